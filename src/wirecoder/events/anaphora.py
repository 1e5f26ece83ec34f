"""Events told again or left without a source: a restatement ("made the
statement during a Jan. 31 call") dates the verbal event it refers back to,
and an act on a named recipient with no source inherits the source of the
previous event of its type nearby."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from ..records import Extraction
from .anchoring import event_date
from .keys import actor_ids_at, argument_keys
from .lexicon import Lexicon
from .merge import Coded
from .syntax import argument_span, lemma

# Inheritance of a missing source ("A 10 percent tariff will also be imposed
# against China"): from the previous event of the same type this close.
INHERIT_WINDOW = 2
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


@dataclass
class Anaphor:
    """"made the statement during a Jan. 31 call": refers back to a verbal event."""

    sentence: int
    start: int
    end: int
    text: str
    source_keys: set[str]
    date: str | None
    precision: str


def find_anaphors(span: Span, sent_index: int, base: int, extraction: Extraction, lex: Lexicon) -> list[Anaphor]:
    found = []
    for token in span:
        if (lemma(token) in lex.anaphoric_nouns and token.dep_ == "dobj" and lemma(token.head) in lex.anaphoric_verbs
                and not any(c.lower_ in ("another", "new", "a", "an", "second", "fresh") for c in token.children)):
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            keys: set[str] = set()
            if subjects:
                subject_span = tuple(x + base for x in argument_span(subjects[0]))
                keys = argument_keys(subjects[0], actor_ids_at(extraction, [subject_span])[0], extraction)
            start, end = token.head.idx + base, token.idx + len(token.text) + base
            date, precision = event_date(extraction, sent_index, start, end)
            found.append(Anaphor(sent_index, start, end, extraction.article.clean_text[start:end], keys, date, precision))
    return found


def resolve_anaphors(coded: list[Coded], anaphors: list[Anaphor]) -> None:
    """Give an earlier verbal event the date its restatement names."""
    from .merge import PRECISION_RANK

    for anaphor in anaphors:
        for item in reversed(coded):
            event = item.candidate.event
            if event.sentence >= anaphor.sentence or anaphor.sentence - event.sentence > 3:
                continue
            if event.type not in VERBAL_TYPES or event.modality == "negated":
                continue
            # The same speaker (by actor or name, not merely the same country).
            own = {k for k in anaphor.source_keys if "/" not in k}
            theirs = {k for k in item.candidate.source_keys if "/" not in k}
            if own and theirs and not (own & theirs):
                continue
            if anaphor.date and PRECISION_RANK.get(anaphor.precision, 0) > PRECISION_RANK.get(event.date_precision, 0):
                event.date, event.date_precision = anaphor.date, anaphor.precision
            event.mentions.append({"sentence": anaphor.sentence, "trigger_start": anaphor.start,
                                   "trigger_end": anaphor.end, "trigger": anaphor.text})
            break


def inherit_sources(coded: list[Coded]) -> None:
    for position, item in enumerate(coded):
        event = item.candidate.event
        if item.candidate.source_keys or event.source_text or not item.candidate.target_keys:
            continue  # only an act on a named recipient inherits its actor
        for previous in reversed(coded[:position]):
            prev = previous.candidate.event
            if event.sentence - prev.sentence > INHERIT_WINDOW:
                break
            if prev.type == event.type and prev.source_text:
                event.source_text, event.source_spans = prev.source_text, prev.source_spans
                event.source_actor_ids = prev.source_actor_ids
                if "source" in prev.spans:
                    event.spans["source"] = prev.spans["source"]
                item.candidate.source_keys = set(previous.candidate.source_keys)
                item.candidate.has_arguments = True
                item.keep_without_actors = True
                break
