"""Quantity mentions in one sentence: number + scale + unit, with the text
around it that changes what it means (currency before, "per day" after,
"between ... and ..." ranges, "8 or 9 euros" sharing a unit).

This module works on plain text; reading the parse (what a quantity counts,
whether it rose or fell) is ``context.py``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import NumberMatch, find_numbers
from .units import Unit, UnitLexicon, load_units

MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
MONTH_BEFORE = re.compile(rf"(?:\b(?:{MONTHS})\.?,?\s+(?:the\s+)?)$", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"^(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b)", re.IGNORECASE)
CLOCK_AFTER = re.compile(
    r"^\s?(?:a\.?m\b\.?|p\.?m\b\.?|am\b|pm\b|o'clock|GMT|EDT|EST|EDT|CET|BST|UTC|ET\b|PT\b|CT\b|hrs\b|local time)",
    re.IGNORECASE,
)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
# Words glued by a hyphen before a number that still leave it a quantity.
HYPHEN_PREFIXES = {"sub", "minus", "now", "then", "over", "under", "mid", "all", "top", "about", "some",
                   "nearly", "almost", "around", "roughly", "up", "a", "an", "the", "pre", "post"}
NEGATIVE_BEFORE = re.compile(r"(?:^|[\s(=$])(?:minus[\s-]|[-−])$", re.IGNORECASE)
IDENTIFIER_BEFORE = re.compile(r"(?:#|\bNo\.?\s?|\bno\.\s?|\bNos?\.\s?|\bNumber\s)$")
# "per day", "a year", "/share": the denominator of a rate
RATE_AFTER = re.compile(
    r"^\s*(?:per|an?|each|every|/)\s*(?P<den>second|minute|hour|day|week|month|year|annum|share|barrel|"
    r"gallon|gram|ounce|kilogram|kilo|kg|litre|liter|person|capita|head|mile|kilometre|kilometer|km|"
    r"century|decade|game|night|ton|tonne|unit|kwh|mmbtu|pound|lb|square foot|sq ft|sqm|ticket|vote|"
    r"student|patient|household)s?\b(?!\s+(?:earlier|ago|before|later|after|prior|previously|from)\b)",
    re.IGNORECASE,
)
RATE_TIME_ONLY = {"a", "an"}  # "a" makes a rate only with some units: "$3,500 a month", not "$25 a ticket"
A_DENOMINATORS = {"second", "minute", "hour", "day", "week", "month", "year", "annum", "share", "night",
                  "game", "century", "decade", "barrel", "gallon", "ounce", "ton", "tonne", "kilo", "kilogram",
                  "kg", "pound", "lb", "litre", "liter", "gram"}
DENOMINATOR_NAMES = {"annum": "year", "kilo": "kilogram", "kg": "kilogram", "liter": "litre",
                     "kilometer": "kilometre", "km": "kilometre", "lb": "pound", "capita": "person",
                     "head": "person", "sq ft": "square foot", "sqm": "square metre"}


@dataclass
class Mention:
    """A quantity as written, before the parse is read."""

    start: int  # span in the text given to find_mentions (offsets added by the caller)
    end: int
    number: NumberMatch
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: Unit | None = None
    unit_text: str = ""
    unit_code: str = ""  # unit.code, or a rate "USD per barrel"
    currency_before: bool = False
    bound: str = ""  # ~, >, < from "about", "more than", "up to"
    link: str = ""  # range, or, from, to: how it is tied to its neighbour
    partner: int | None = None  # index of the other end of a from/to pair
    number_end: int = 0  # end of the number (and scale) itself


def _preceding_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)-$", text[max(0, start - 20):start])
    return m.group(1).lower() if m else ""


def is_not_a_quantity(text: str, n: NumberMatch, has_unit: bool, has_currency: bool) -> bool:
    """Dates, clock times, ordinals, years, identifiers ("COVID-19", "ID.3", "No. 5")."""
    before = text[max(0, n.start - 30):n.start]
    after = text[n.end:n.end + 20]
    if n.kind != "digits":
        return False
    if ORDINAL_AFTER.match(after):
        return True
    if CLOCK_AFTER.match(after) and not has_unit:
        return True
    if re.match(r"^[:/]\d", after) or re.search(r"\d[:/]$", before):
        return True  # 12:01, 24/7, 12/25/2019
    if not has_currency and not has_unit and (MONTH_BEFORE.search(before) or MONTH_AFTER.match(after)):
        return True
    if before.endswith(".") and len(before) >= 2 and before[-2].isalnum():
        return True  # "ID.3", version numbers
    if IDENTIFIER_BEFORE.search(before):
        return True
    if before and before[-1].isalpha() and not has_currency:
        return True  # glued to a word: "S22", "G7", "PLX-R18"
    if re.search(r"[A-Z][A-Za-z]+\s[-−]$", before):
        return True  # "COVID -19": a name with a stray space
    if before.endswith("-") and len(before) >= 2 and before[-2].isalnum():
        word = _preceding_word(text, n.start)
        if before[-2].isdigit():
            return False  # the second end of a range "5-10"
        if word not in HYPHEN_PREFIXES:
            return True  # "COVID-19", "TA-35", "F-150"
    if after[:1].isalpha() and not has_unit and not n.scaled:
        return True  # glued letters that are no unit: "5G", "3D", "1990s"
    if after.startswith("'s") or after.startswith("’s"):
        return True  # "the 1990's"
    digits = n.text.replace(".", "")
    if (not has_currency and not has_unit and not n.scaled and len(digits) == 4 and "," not in n.text
            and "." not in n.text and (1800 <= n.value <= 2200 or re.search(r"\b(?:A\.?D\.?|B\.?C\.?)\s+$|\band\s+$", before) and 1000 <= n.value <= 2200)):
        return True  # a year
    return False


def _unit_after(text: str, n: NumberMatch, lexicon: UnitLexicon):
    match = lexicon.after(text, n.end)
    if match is None and (n.kind in ("vague",) or n.scaled):
        # "tens of millions of dollars", "2 million barrels"
        m = re.match(r"\s+of\s+", text[n.end:n.end + 6])
        if m:
            match = lexicon.after(text, n.end + m.end() - 1)
            if match is not None and match.unit.kind not in ("money", "mass", "volume", "energy", "length", "area"):
                match = None
    return match


def find_mentions(text: str, lexicon: UnitLexicon | None = None) -> list[Mention]:
    """Every quantity written in ``text`` (one sentence), in order."""
    lexicon = lexicon or load_units()
    mentions: list[Mention] = []
    for n in find_numbers(text):
        currency = lexicon.before(text, n.start) if n.kind == "digits" else None
        if currency is None and n.kind == "digits" and text[n.start - 1:n.start] == "-":
            currency = lexicon.before(text, n.start - 1)  # "$-50.8bn"
        unit_match = _unit_after(text, n, lexicon)
        if unit_match is not None and currency is not None:
            # "$5 million dollars" keeps the currency; a currency then a measure
            # ("$10 per gram") is a rate handled below
            if unit_match.unit.kind == "money":
                unit_match = unit_match if unit_match.unit == currency.unit else None
            elif unit_match.unit.kind in ("ratio",):
                currency = None
        if unit_match is not None and unit_match.text.lower() in ("pounds", "pound") and n.scaled:
            unit_match = type(unit_match)(lexicon.get("GBP"), unit_match.start, unit_match.end, unit_match.text)
        if is_not_a_quantity(text, n, unit_match is not None or bool(n.unit_hint), currency is not None):
            continue
        if n.kind == "words" and text[n.end:n.end + 1] == "-" and unit_match is None and not n.unit_hint:
            continue  # "a six-speed gearbox", "a one-off": a compound adjective, not an amount
        if (n.kind == "words" and not n.scaled and n.value is not None and n.value == 1
                and unit_match is None):
            # "one" is a quantity only before a noun it counts; decided with the parse
            pass
        unit: Unit | None = None
        unit_text = ""
        start, end = n.start, n.end
        if currency is not None:
            unit, unit_text, start = currency.unit, currency.text, currency.start
            if unit_match is not None and unit_match.unit == currency.unit:
                end = unit_match.end
        elif unit_match is not None:
            unit, unit_text, end = unit_match.unit, unit_match.text, unit_match.end
        elif n.unit_hint:
            unit = lexicon.get(n.unit_hint)
            unit_text = n.text
        value, low, high = n.value, n.low, n.high
        negative = NEGATIVE_BEFORE.search(text[max(0, start - 7):start]) if currency is None else None
        if currency is not None and text[n.start - 1:n.start] == "-":
            negative = True  # "$-50.8bn"
        if negative:
            m = NEGATIVE_BEFORE.search(text[max(0, start - 7):start])
            if m is not None:
                start = max(0, start - 7) + m.start() + (1 if m.group(0)[:1] in " (=$" or m.group(0)[:1].isspace() else 0)
            value = -value if value is not None else None
        code = unit.code if unit else ""
        rate = RATE_AFTER.match(text[end:end + 30])
        if rate and (unit is None or unit.kind in ("money", "volume", "mass", "duration", "length", "energy")):
            den = rate.group("den").lower()
            word = text[end:end + rate.end()].strip().split()[0].lower()
            if word not in RATE_TIME_ONLY or den in A_DENOMINATORS:
                den = DENOMINATOR_NAMES.get(den, den)
                if unit is not None:
                    code = f"{code} per {den}"
                    end = end + rate.end()
        if mentions and start < mentions[-1].end:
            continue  # inside the previous quantity's unit: "1200 parts per million"
        mentions.append(Mention(start, end, n, value, low, high, unit, unit_text, code,
                                currency_before=currency is not None, number_end=n.end))
    _link_neighbours(text, mentions)
    return mentions


RANGE_BETWEEN = re.compile(r"^\s*(?:-|–|—|to|and|through|until)\s*$")
OR_BETWEEN = re.compile(r"^\s*(?:,\s*)?or\s*$")
FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$", re.IGNORECASE)
FROM_TO_GAP = re.compile(r"^(?:[^.;:()]|(?<=\d)\.(?=\d)){0,40}\bto\s*$")
RANGE_WORDS = re.compile(r"\b(?:range[sd]?|ranging|priced|vary|varying|varies|anywhere|starting|start)\b", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)


def _link_neighbours(text: str, mentions: list[Mention]) -> None:
    """Ranges ("5 to 10 km", "between $62 and $68"), from/to pairs, "8 or 9 euros"."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end:b.start]
        before_a = text[max(0, a.start - 25):a.start]
        if a.link or a.value is None or b.value is None:
            continue
        if RANGE_BETWEEN.match(gap):
            word = gap.strip().lower()
            if re.search(r"\bby\s*$", before_a, re.IGNORECASE):
                continue  # "increased by $43.6 billion to $419.2 billion": a change, then a level
            if word == "and" and not BETWEEN_BEFORE.search(before_a):
                continue
            if word in ("-", "–", "—") and a.unit is None and b.unit is None and not a.number.scaled \
                    and not b.number.scaled and gap.strip() == gap:
                # "2-1", "9-2": a score or a code, not a range
                a.link = b.link = "score"
                continue
            if a.unit is not None and b.unit is not None and a.unit != b.unit:
                continue  # "fell 3% to $45.88": a change and a level, not a range
            if a.unit is not None and b.unit is None and not FROM_BEFORE.search(before_a):
                continue  # "rose 8.15% to 3.65"
            _share_unit(a, b)
            if FROM_BEFORE.search(before_a) and not RANGE_WORDS.search(text[max(0, a.start - 45):a.start]):
                a.link, b.link = "from", "to"
                a.partner, b.partner = i + 1, i
            else:
                a.link = b.link = "range"
                a.partner, b.partner = i + 1, i
        elif FROM_BEFORE.search(before_a) and FROM_TO_GAP.match(gap) and not (
                a.unit is not None and b.unit is not None and a.unit != b.unit):
            # "rose from 31,000 in 2018 to 87,000 in 2023"
            _share_unit(a, b)
            a.link, b.link = "from", "to"
            a.partner, b.partner = i + 1, i
        elif OR_BETWEEN.match(gap):
            _share_unit(a, b)
            a.link = b.link = "or"


def _share_unit(a: Mention, b: Mention) -> None:
    """The first end of a range borrows the unit and scale written after the second."""
    if (a.unit is None or a.unit == b.unit) and b.unit is not None:
        a.unit, a.unit_code = b.unit, b.unit_code
    elif b.unit is None and a.unit is not None:
        b.unit, b.unit_code = a.unit, a.unit_code  # "from 208 pounds to 193"
    if not a.number.scaled and b.number.scaled and a.value is not None and b.value is not None \
            and abs(a.value) < 1000 and a.number.kind == "digits" and abs(a.value) <= abs(b.value / b.number.scale):
        # "$10 to $15 billion", not "$200 to $4 million"
        a.value = a.value * b.number.scale
