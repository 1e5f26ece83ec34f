"""Span matching and span precision/recall/F1.

A span is ``(doc, start, end, label)`` with character offsets into the gold
text of ``doc``. Definitions:
- duplicates: identical spans (same doc, offsets and label) count once, in
  the gold and in the predictions;
- matching is one-to-one: each gold span pairs with at most one predicted
  span and vice versa, best overlap first, so a second prediction over the
  same gold span is a false positive;
- ``exact``: same offsets after trimming, at both ends, white space and any
  character in ``trim`` (e.g. quote marks and punctuation for quotes);
- ``overlap`` (partial, any overlap): the spans share at least one word token
  (``\\w+``), or at least one character when either span has no word;
- ``half`` (partial, >= 50 % token overlap): the shared word tokens are at
  least half of the gold span's tokens and at least half of the predicted
  span's tokens;
- with ``labeled``, a pair also needs the same label.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from .prf import PRF

_WORD = re.compile(r"\w+")
MODES = ("exact", "overlap", "half")
QUOTE_TRIM = "\"'“”‘’«»„‚‹›`´.,;:!?-—– "


@dataclass(frozen=True)
class Span:
    doc: Hashable
    start: int
    end: int
    label: str = ""


class TokenIndex:
    """Word tokens of one text, to count shared tokens between spans."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def tokens(self, start: int, end: int) -> range:
        """Indices of the word tokens that the span touches."""
        first = bisect.bisect_right(self.ends, start)
        last = bisect.bisect_left(self.starts, end)
        return range(first, max(first, last))


def trim(text: str, start: int, end: int, chars: str = "") -> tuple[int, int]:
    """Offsets with leading/trailing white space and ``chars`` removed."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


def _overlap(a: Span, b: Span, index: TokenIndex | None, mode: str) -> float:
    """How well two spans overlap: 0 when they do not match under ``mode``."""
    if a.start >= b.end or b.start >= a.end:
        return 0.0
    if index is not None:
        ta, tb = index.tokens(a.start, a.end), index.tokens(b.start, b.end)
        if len(ta) and len(tb):
            shared = max(0, min(ta.stop, tb.stop) - max(ta.start, tb.start))
            if shared == 0:
                return 0.0
            ratio = min(shared / len(ta), shared / len(tb))
            if mode == "half" and ratio < 0.5:
                return 0.0
            return ratio
    shared = min(a.end, b.end) - max(a.start, b.start)
    ratio = min(shared / max(1, a.end - a.start), shared / max(1, b.end - b.start))
    if mode == "half" and ratio < 0.5:
        return 0.0
    return ratio


def match_spans(
    gold: list[Span],
    pred: list[Span],
    mode: str = "exact",
    texts: dict | None = None,
    labeled: bool = True,
    trim_chars: str = "",
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index) matched under ``mode``."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    texts = texts or {}
    indexes: dict = {}

    def trimmed(span: Span) -> Span:
        text = texts.get(span.doc)
        if text is None:
            return span
        s, e = trim(text, span.start, span.end, trim_chars)
        return Span(span.doc, s, e, span.label) if s < e else span

    g_spans = [trimmed(s) for s in gold]
    p_spans = [trimmed(s) for s in pred]
    candidates: list[tuple[float, int, int]] = []
    by_doc: dict = defaultdict(list)
    for j, p in enumerate(p_spans):
        by_doc[p.doc].append(j)
    for i, g in enumerate(g_spans):
        for j in by_doc.get(g.doc, ()):
            p = p_spans[j]
            if labeled and g.label != p.label:
                continue
            if (g.start, g.end) == (p.start, p.end):
                candidates.append((2.0, i, j))  # exact beats any partial
            elif mode != "exact":
                if g.doc not in indexes and g.doc in texts:
                    indexes[g.doc] = TokenIndex(texts[g.doc])
                score = _overlap(g, p, indexes.get(g.doc), mode)
                if score > 0:
                    candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def dedupe(spans: Iterable[Span]) -> list[Span]:
    return list(dict.fromkeys(spans))


def score_spans(
    gold: Iterable[Span],
    pred: Iterable[Span],
    mode: str = "exact",
    texts: dict | None = None,
    labeled: bool = True,
    trim_chars: str = "",
) -> PRF:
    gold, pred = dedupe(gold), dedupe(pred)
    pairs = match_spans(gold, pred, mode, texts, labeled, trim_chars)
    return PRF(len(pairs), len(pred), len(pairs), len(gold))


def score_spans_by_label(
    gold: Iterable[Span],
    pred: Iterable[Span],
    labels: Iterable[str],
    mode: str = "exact",
    texts: dict | None = None,
) -> dict[str, PRF]:
    """Per-label scores, each label scored on its own spans only."""
    gold, pred = dedupe(gold), dedupe(pred)
    return {
        label: score_spans([g for g in gold if g.label == label], [p for p in pred if p.label == label], mode, texts)
        for label in labels
    }
