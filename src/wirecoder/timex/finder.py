"""Finding time expressions in running text and normalizing them.

Every rule of ``patterns.py`` runs over the text; each match is normalized
(a normalizer may reject it: "May" the modal, "a second time"); among
overlapping accepted matches the longest wins. Expressions counted from a
date the text named ("the following year") are then moved to the date named
last before them (``reference.py``). The parse, when given, tells
the tense of the governing verb and lets names that merely contain a
calendar word ("Sunday Times", "April Ryan") be dropped.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .normalize import Context, Normal
from .patterns import SHAPES, rules
from .reference import count_from_reference, reference_of
from .tense import tense_at

# Entity labels under which a weekday or month name is part of a name.
_NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE", "LOC", "NORP", "EVENT"}
_NAME_SENSITIVE_RULES = {"weekday", "month", "season", "weekday_set", "reference"}
# Rules whose number could be a count rather than a year ("1990 troops").
_COUNT_SENSITIVE_RULES = {"year"}
_TRAILING = " \t\n,;:"
_QUARTER_WORD = re.compile(r"\bquarter\b", re.IGNORECASE)
_CONTEXT_CHARS = 40
_SPILL = 40
_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


@dataclass
class Found:
    """A time expression: its span in the text, TIMEX3 type, value and mod,
    and the rule that found it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str
    rule: str


def _sentence_bounds(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    if doc is not None and doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    bounds, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"'“‘])|\n\s*\n", text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ in _NAME_LABELS for t in span)


def _counts_something(doc: Doc, start: int, end: int) -> bool:
    """True when a four-digit number counts things ("1990 troops")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if not token.like_num:
            continue
        if token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
            return True
        if not token.ent_type_ and token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS"):
            return True
    return False


def find_time_expressions(text: str, anchor: dt.date | None, doc: Doc | None = None) -> list[Found]:
    """All time expressions of ``text``, normalized against ``anchor``;
    ``doc`` must be the parse of this very text (else it is not used)."""
    if doc is not None and doc.text != text:
        doc = None
    bounds = _sentence_bounds(text, doc)
    # Earnings reports compare with "a year ago": the same quarter, not the year
    earnings = len(_QUARTER_WORD.findall(text)) >= 2
    candidates: list[tuple[int, int, int, Normal, str]] = []
    seen: set[tuple[int, int, str]] = set()
    all_rules = rules()
    for s_start, s_end in bounds:
        # a match may run past a wrong sentence split ("Jan." taken as an end)
        window_end = min(len(text), s_end + _SPILL)
        window = text[s_start:window_end].lower()
        words = set(_WORD.findall(window))
        if _DIGIT.search(window):
            words.update(name for name, shape in SHAPES.items() if shape.search(text, s_start, window_end))
        for priority, rule in enumerate(all_rules):
            if rule.triggers.isdisjoint(words):
                continue
            pos = s_start
            while pos < s_end:
                m = rule.regex.search(text, pos, window_end)
                if m is None or m.start() >= s_end:
                    break
                # a rejected match must not hide a shorter one inside it
                # ("last a year and a half" -> "a year and a half")
                pos = m.start() + 1
                start, end = m.span("core") if "core" in rule.regex.groupindex else m.span()
                while end > start and text[end - 1] in _TRAILING:
                    end -= 1
                if end <= start or (start, end, rule.name) in seen:
                    continue
                seen.add((start, end, rule.name))
                if doc is not None:
                    if rule.name in _NAME_SENSITIVE_RULES and _inside_name(doc, start, end):
                        continue
                    if rule.name in _COUNT_SENSITIVE_RULES and _counts_something(doc, start, end):
                        continue
                ctx = Context(
                    anchor=anchor,
                    tense_of=lambda s=start, e=end: tense_at(doc, s, e),
                    sentence=text[s_start:s_end],
                    before=text[max(s_start, start - _CONTEXT_CHARS) : start],
                    after=text[end : end + _CONTEXT_CHARS],
                    earnings=earnings,
                )
                try:
                    normal = rule.normalizer(m, ctx)
                except (ValueError, OverflowError, KeyError):
                    normal = None
                if normal is not None:
                    candidates.append((start, end, priority, normal, rule.name))
                    pos = max(pos, m.end())
    # longest first, then the earlier rule; keep what does not overlap
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken_starts: list[int] = []  # sorted, with taken_ends in step: no overlaps
    taken_ends: list[int] = []
    chosen = []
    for start, end, _, normal, name in candidates:
        i = bisect.bisect_left(taken_starts, end)  # taken spans starting before our end
        if i > 0 and taken_ends[i - 1] > start:
            continue
        taken_starts.insert(i, start)
        taken_ends.insert(i, end)
        chosen.append((start, end, normal, name))
    chosen.sort(key=lambda c: c[0])
    return _counted_from_named_dates(text, chosen)


def _counted_from_named_dates(text: str, chosen: list[tuple[int, int, Normal, str]]) -> list[Found]:
    """The chosen expressions in text order, those counted from a date the
    text named ("the following year") moved to the date named last."""
    found, last_named = [], None
    for start, end, normal, name in chosen:
        value = normal.value
        if normal.from_reference:
            value = count_from_reference(normal.from_reference, last_named, value)
        if normal.type in ("DATE", "TIME"):
            last_named = reference_of(value) or last_named
        found.append(Found(start, end, text[start:end], normal.type, value, normal.mod, name))
    return found
