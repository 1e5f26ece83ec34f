"""quotes: attributions on PolNeAR (dev split by default).

Gold: every attribution's Content span (a discontinuous content is scored by
its extent, first fragment to last), with its Source span. Two sets:
- "direct": contents inside quote marks: the content, trimmed of white space,
  starts with an opening mark or follows one, and ends with a closing mark
  or is followed by one (mixed quotes, partly quoted, are not direct);
- "all": every attribution, speech or not (PolNeAR also marks beliefs and
  knowledge), direct, indirect and mixed.
Predictions: for "direct", wirecoder's quotes of kind "direct" (textacy's
are all direct) except transcript turns ("PENCE: ..."): those are verbatim
but their words are not inside quote marks (the speaker's label stands
between the mark and the words), so, like their gold, they count in "all"
only; for "all", every quote.
Matching: exact (offsets equal once quote marks, punctuation and white space
are trimmed at both ends) and partial (shared words >= 50 % of each span),
one-to-one. Speaker accuracy, on partially matched pairs whose gold has a
Source: right when the predicted speaker span shares a word with the gold
Source, or when any mention of the quote's resolved speaker actor does.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..baselines import quotes_textacy
from ..baselines.spacy_docs import parse_texts
from ..ours import GoldDocument, code_documents, failure_note, unavailable
from ..readers.polnear import PolnearDoc, read_polnear
from ..result import SystemResult, not_run, task_result, timed
from ..scorers.spans import QUOTE_TRIM, Span, TokenIndex, match_spans, score_spans

OPENING = "\"'“‘«„‚‹"
CLOSING = "\"'”’»‟‛›"
SETS = ("direct", "all")
METRICS = [f"{s}_{m}_{k}" for s in SETS for m in ("exact", "partial") for k in ("precision", "recall", "f1")] + [
    "direct_speaker_accuracy", "all_speaker_accuracy"]
BASELINE = "textacy direct_quotations"


# A double mark cannot be an apostrophe, so either kind of double mark counts
# at either end: PolNeAR's texts have typos such as a closing mark typed to
# open a quotation at a paragraph start ('”Fear. I am truly afraid ...”') or an
# opening one typed to close it ('“Mostly False.“'); those contents are still
# inside quote marks. Single marks keep their side: a leading ’ or a trailing
# ‘ is more often an elision ("’90s") or an apostrophe than a quote mark.
DOUBLE = "\"“”„‟"


def is_direct(text: str, start: int, end: int) -> bool:
    """Is the content [start, end) inside quote marks (see the module doc)?"""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return False
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    opening, closing = OPENING + DOUBLE, CLOSING + DOUBLE
    opens = text[start] in opening or (before != "" and before in opening)
    closes = text[end - 1] in closing or (after != "" and after in closing) or (
        end >= 2 and text[end - 1] in ".,!?" and text[end - 2] in closing)
    return opens and closes


class Prediction:
    """A predicted quote in gold offsets, with the gold-offset spans that
    name its speaker (the speaker mention and its actor's other mentions)."""

    def __init__(self, content: tuple[int, int], kind: str, speaker_spans: list[tuple[int, int]],
                 transcript: bool = False):
        self.content = content
        self.kind = kind
        self.speaker_spans = speaker_spans
        self.transcript = transcript  # a transcript turn: verbatim, not inside quote marks

    @property
    def direct(self) -> bool:
        return self.kind == "direct" and not self.transcript


def our_predictions(coded) -> list[Prediction]:
    x = coded.extraction
    if x is None:
        return []
    out = []
    for q in x.quotes:
        speakers = []
        if q.speaker_start is not None and q.speaker_end is not None and q.speaker_end > q.speaker_start:
            speakers.append(coded.to_gold(q.speaker_start, q.speaker_end))
        if q.speaker_actor_id:
            speakers += [coded.to_gold(m.start, m.end) for m in x.actor_mentions if m.actor_id == q.speaker_actor_id]
        transcript = "transcript" in q.attribution.split("+")
        out.append(Prediction(coded.to_gold(q.content_start, q.content_end), q.kind or "", speakers, transcript))
    return out


def _gold_rows(docs: list[PolnearDoc]):
    rows = []
    for i, d in enumerate(docs):
        for a in d.attributions:
            # pieces are not always listed in text order in the .ann files
            start, end = min(s for s, _ in a.content), max(e for _, e in a.content)
            source = (min(s for s, _ in a.source), max(e for _, e in a.source)) if a.source else None
            rows.append((i, start, end, source, is_direct(d.text, start, end)))
    return rows


def _speaker_right(index: TokenIndex, source: tuple[int, int], speakers: list[tuple[int, int]]) -> bool:
    gold_tokens = set(index.tokens(*source))
    return any(gold_tokens & set(index.tokens(s, e)) for s, e in speakers)


def score(docs: list[PolnearDoc], predictions: list[list[Prediction]]) -> tuple[dict, dict]:
    texts = {i: d.text for i, d in enumerate(docs)}
    indexes = {i: TokenIndex(t) for i, t in texts.items()}
    rows = _gold_rows(docs)
    metrics, counts = {}, {}
    for name in SETS:
        g_rows = [r for r in rows if name == "all" or r[4]]
        p_rows = [(i, p) for i, preds in enumerate(predictions) for p in preds if name == "all" or p.direct]
        gold = [Span(r[0], r[1], r[2]) for r in g_rows]
        pred = [Span(i, p.content[0], p.content[1]) for i, p in p_rows]
        for mode, label in (("exact", "exact"), ("half", "partial")):
            prf = score_spans(gold, pred, mode, texts, labeled=False, trim_chars=QUOTE_TRIM)
            metrics.update(prf.as_metrics(f"{name}_{label}"))
        right = total = 0
        for gi, pj in match_spans(gold, pred, "half", texts, labeled=False, trim_chars=QUOTE_TRIM):
            doc, _, _, source, _ = g_rows[gi]
            if source is None:
                continue
            total += 1
            right += _speaker_right(indexes[doc], source, p_rows[pj][1].speaker_spans)
        metrics[f"{name}_speaker_accuracy"] = right / total if total else None
        counts[f"{name}_gold"] = len(gold)
        counts[f"{name}_predicted"] = len(pred)
    return metrics, counts


def run(data: Path, limit: int | None = None, split: str = "dev", **_) -> dict:
    started = time.perf_counter()
    docs = read_polnear(data, split=split or "dev", limit=limit)
    systems = []

    why = unavailable(["quotes"], "quotes")
    if why:
        systems.append(not_run("wirecoder", why))
    else:
        ours = SystemResult("wirecoder")
        with timed(ours):
            coded = code_documents([GoldDocument(d.text) for d in docs], "quotes")
            ours.metrics, ours.counts = score(docs, [our_predictions(c) for c in coded])
            ours.notes += failure_note(coded)
        systems.append(ours)

    baseline = SystemResult(BASELINE)
    with timed(baseline):
        predictions, failed = [], 0
        for sdoc in parse_texts([d.text for d in docs]):
            try:
                guesses = quotes_textacy.predict(sdoc)
            except Exception:  # noqa: BLE001 - textacy raises on unbalanced quote marks
                failed += 1
                guesses = []
            predictions.append([Prediction(g.content, "direct", [g.speaker] if g.speaker else []) for g in guesses])
        baseline.metrics, baseline.counts = score(docs, predictions)
        baseline.counts["documents_failed"] = failed
        baseline.notes.append(f"textacy raised on {failed} of {len(docs)} documents (scored as no predictions)")
    systems.append(baseline)
    return task_result("quotes", str(data), len(docs), time.perf_counter() - started, systems, METRICS)
