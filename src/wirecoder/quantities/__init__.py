"""Quantities: numbers with their unit, what they count and how they changed.

"1,600 active-duty troops" -> 1600, counts "troops"; "a 25% tariff" -> 25
percent, counts "tariff"; "rising from 31,000 to 87,000" -> two quantities,
both "up", linked as from/to; "tens of millions" -> a vague range
(value None, value_low 1e7, value_high 1e8). Dates, clock times, years and
ordinals are left to the time stage.

The stage ``find_quantities(doc, extraction, config)`` fills
``extraction.quantities``; ``quantities_in(doc)`` is the same for any parsed
text without an Extraction.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Extraction, Quantity
from .context import bound_of, counts_of, direction_after, direction_before, subject_counted
from .mentions import Mention, find_mentions
from .units import load_units

__all__ = ["find_quantities", "quantities_in"]


def find_quantities(doc: Doc, extraction: Extraction, config=None) -> None:
    extraction.quantities.extend(quantities_in(doc))


def quantities_in(doc: Doc) -> list[Quantity]:
    lexicon = load_units()
    text = doc.text
    result: list[Quantity] = []
    for index, sent in enumerate(doc.sents):
        mentions = find_mentions(sent.text, lexicon)
        offset = sent.start_char
        quantities: list[Quantity | None] = []
        for m in mentions:
            quantities.append(_quantity(doc, sent, index, offset, m))
        _resolve_links(text, mentions, quantities, offset)
        result.extend(q for q in quantities if q is not None)
    return result


def _quantity(doc: Doc, sent, index: int, offset: int, m: Mention) -> Quantity | None:
    start, end = offset + m.start, offset + m.end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    number_span = doc.char_span(offset + m.number.start, offset + m.number.end, alignment_mode="expand")
    first = span.start
    if m.link == "score":
        return None
    counted, counted_phrase = counts_of(doc, first, span.end - 1, has_unit=m.unit is not None)
    if m.number.kind == "words" and m.value == 1 and m.unit is None:
        # "one" counts only something it modifies ("one hand"), never "one of them" or a pronoun
        if not counted or number_span is None or number_span[0].pos_ == "PRON":
            return None
    if m.unit is None and _is_name_number(doc, number_span):
        return None
    if not counted and m.unit is None and number_span is not None:
        counted = counted_phrase = subject_counted(doc, number_span[-1].i)
    unit_code = m.unit_code or (m.unit.code if m.unit else "")
    kind = m.unit.kind if m.unit else ("count" if counted else "")
    if m.number.kind == "fraction" and m.unit is None:
        kind = "fraction"  # "a third of those screened": a share, not a count
    unit_text = m.unit_text
    if m.unit is None and _is_age_apposition(doc, number_span, m):
        unit_code, kind, counted, counted_phrase = "year of age", "age", "", ""
    bound = bound_of(doc.text, start, end)
    anchor = first
    if m.link == "from":
        # the change word stands before "from": "rose from 31,000 to 87,000"
        while anchor > sent.start and doc[anchor - 1].lower_ in ("from", "about", "around", "roughly", "nearly", "just"):
            anchor -= 1
    direction = direction_before(doc, anchor, sent.start) or direction_after(doc, span.end)
    return Quantity(
        start=start,
        end=end,
        text=doc.text[start:end],
        value=m.value,
        unit=unit_code,
        counts=counted,
        counts_phrase=counted_phrase,
        change=direction or bound or "=",
        sentence=index,
        value_low=m.low,
        value_high=m.high,
        unit_text=unit_text,
        kind=kind,
        bound=bound,
        link=m.link if m.link in ("range", "from", "to", "or") else "",
    )


def _is_age_apposition(doc: Doc, span, m: Mention) -> bool:
    """ "Maddon, 66, has ...": a person's age between commas after the name."""
    if span is None or m.value is None or not (0 < m.value < 120) or m.value != int(m.value):
        return False
    first, last = span[0], span[-1]
    if first.i < 2 or last.i + 1 >= len(doc):
        return False
    return (doc[first.i - 1].text == "," and doc[first.i - 2].ent_type_ == "PERSON"
            and doc[last.i + 1].text in (",", ")"))


def _is_name_number(doc: Doc, span) -> bool:
    """A number that is part of a name: "S&P 500", "Game 6", "iPhone 11", "Nick Hague 44"."""
    if span is None:
        return False
    first = span[0]
    if first.ent_type_ in ("ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC", "PERSON", "GPE", "DATE", "TIME", "ORDINAL"):
        if first.ent_type_ in ("DATE", "TIME"):
            ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
            # durations ("three months", "200 days") stay; calendar dates and times go
            return ent is not None and _is_calendar(ent)
        return True
    if first.i > 0:
        prev = doc[first.i - 1]
        if prev.pos_ == "PROPN" and prev.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL"):
            return True
    return False


def _is_calendar(ent) -> bool:
    words = {t.lower_.rstrip(".") for t in ent}
    calendar = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
                "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
                "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "am", "pm", "a.m", "p.m", "gmt", "edt", "est", "noon", "midnight"}
    if words & calendar:
        return True
    durations = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                 "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
                 "year-old", "old", "ago", "later", "earlier"}
    if words & durations:
        return False
    # a bare year ("in 2019") or a season ("the 2019-20 season")
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100 for t in ent)


def _resolve_links(text: str, mentions: list[Mention], quantities: list[Quantity | None], offset: int) -> None:
    """Ranges become one quantity; from/to pairs share a direction; conversions
    in parentheses and "or" restatements ("190 points, or 0.6%") share the change."""
    for i, m in enumerate(mentions):
        q = quantities[i]
        if q is None:
            continue
        j = m.partner
        if m.link == "range" and j is not None and j > i and quantities[j] is not None:
            other = quantities[j]
            low, high = q.value, other.value
            quantities[i] = Quantity(
                start=q.start, end=other.end, text=text[q.start:other.end], value=None,
                unit=other.unit or q.unit, counts=other.counts or q.counts,
                counts_phrase=other.counts_phrase or q.counts_phrase,
                change=q.change if q.change != "=" else other.change, sentence=q.sentence,
                value_low=low, value_high=high, unit_text=other.unit_text or q.unit_text,
                kind=other.kind or q.kind, bound=q.bound, link="range",
            )
            quantities[j] = None
        elif m.link == "from" and j is not None and quantities[j] is not None:
            other = quantities[j]
            direction = q.change if q.change in ("up", "down") else ""
            if not direction:
                # no change word: "homes from $750,000 to $1 million" is a range
                quantities[i] = Quantity(
                    start=q.start, end=other.end, text=text[q.start:other.end], value=None,
                    unit=other.unit or q.unit, counts=other.counts or q.counts,
                    counts_phrase=other.counts_phrase or q.counts_phrase, change=q.bound or "=",
                    sentence=q.sentence, value_low=q.value, value_high=other.value,
                    unit_text=other.unit_text or q.unit_text, kind=other.kind or q.kind, bound=q.bound,
                    link="range",
                )
                quantities[j] = None
                continue
            q.change = other.change = direction
            if not q.counts:
                q.counts, q.counts_phrase = other.counts, other.counts_phrase
            if not q.unit:
                q.unit, q.unit_text, q.kind = other.unit, other.unit_text, other.kind
    # restatements: "87 mph (140 km/h)", "lost 190 points, or 0.6%"
    previous: Quantity | None = None
    for q in quantities:
        if q is None:
            continue
        if previous is not None and q.sentence == previous.sentence:
            gap = text[previous.end:q.start]
            if gap.strip() in ("(", ", or", "or", "(or", "/", "(about", "(around") or gap.strip() == "":
                if q.change == "=" and previous.change != "=" and gap.strip() in ("(", ", or", "or", "(or", "/"):
                    q.change = previous.change
                if not q.counts and gap.strip() in ("(", "(or"):
                    q.counts, q.counts_phrase = previous.counts, previous.counts_phrase
        previous = q
