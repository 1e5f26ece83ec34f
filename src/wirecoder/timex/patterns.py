"""The rules that find time expressions: one regular expression each, built
once from the lexicons, with the function that normalizes what it matches.

A rule whose match holds a group named "core" gives only that group as the
span (the cue word around it is not part of the expression). Rules are tried
over the whole clean text; where matches overlap the longest
wins (ties: the earlier rule), as in HeidelTime. Spans follow TimeML: "the",
"last", "early", "about", "more than" belong to the expression; prepositions
("on", "in", "since") do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import normalize as n
from .lexicon import alternation, lexicon
from .numbers import cardinal_words_pattern


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    normalizer: n.Normalizer
    # Lower-case words one of which every match contains ("#" = a digit):
    # a stretch of text without any of them is not searched with this rule,
    # which keeps the finder fast.
    triggers: frozenset[str]


def _words(phrases) -> set[str]:
    return {w for p in phrases for w in re.findall(r"[a-z]+", p.lower())}


def _last_words(phrases) -> set[str]:
    return {re.findall(r"[a-z]+", p.lower())[-1] for p in phrases if re.findall(r"[a-z]+", p.lower())}


_COMMON = {"day", "s", "eve", "st", "jr", "the", "of", "year", "new"}


def _first_distinctive(name: str) -> str:
    words = re.findall(r"[a-z]+", name.lower())
    return next((w for w in words if w not in _COMMON), words[0])


# Shapes of text that digit rules need, checked once per sentence: the rule
# runs only where its shape occurs. Keys are pseudo-words added to the
# sentence's word set.
SHAPES = {
    "#year": re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)"),
    "#decade": re.compile(r"\d0['’]?s\b"),
    "#clock": re.compile(r"\d\s*[ap]\.?\s?m\b|\d[:.]\d\d\s+[A-Z]", re.IGNORECASE),
    "#slash": re.compile(r"\d/\d"),
    "#dash": re.compile(r"\d{4}-\d\d-\d\d"),
    "#q": re.compile(r"\bQ[1-4]\b"),
}


@lru_cache(maxsize=1)
def _trigger_sets() -> dict[str, set[str]]:
    lex = lexicon()
    months = _words(lex.months)
    weekdays = _words(lex.weekdays)
    units = _words(lex.units) | {"fortnight"}
    return {
        "MONTH": months,
        "WEEKDAY": weekdays | {w + "s" for w in weekdays},
        "UNITS": units,
        "SEASON": _words(lex.seasons),
        "HOLIDAY": {_first_distinctive(name) for name in lex.holidays},
        "REFS": _last_words(lex.present_ref + lex.past_ref + lex.future_ref),
        "ADVERB": set(lex.set_adverbs),
        "DECADEWORD": set(lex.decade_words),
        "CLOCK": set(lex.clock_words),
        "ORDINALS": _words(lex.ordinals),
    }


def _fragments() -> dict[str, str]:
    lex = lexicon()
    number_words = cardinal_words_pattern()
    vague = alternation(lex.vague)
    num = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|(?:{number_words})(?:\s+and\s+a\s+half)?"
        rf"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|a\s+pair\s+of|half\s+an?|an?|{vague})"
    )
    units = alternation(lex.units)
    ordinal_words = alternation(lex.ordinals)
    return {
        "MONTH": alternation(lex.months, case_sensitive=True),
        "WEEKDAY": alternation(lex.weekdays, case_sensitive=True),
        "SEASON": alternation(lex.seasons),
        "PART": alternation(lex.parts_of_day),
        "CLOCK": alternation(lex.clock_words),
        "HOLIDAY": alternation(lex.holidays, case_sensitive=True),
        "NUM": num,
        "UNIT": units,
        "FILLER": alternation(lex.unit_fillers),
        "AMOD": alternation(lex.amount_mods),
        "POSMOD": alternation(lex.position_mods),
        "ADVERB": alternation(lex.set_adverbs),
        "DECADEWORD": alternation(lex.decade_words),
        "REFS": alternation(lex.present_ref + lex.past_ref + lex.future_ref),
        "DAY": rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|{ordinal_words})",
        "ORD": rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{ordinal_words})",
        "YEAR": r"(?:1[0-9]|20)\d\d",
        # a year spelled out ("nineteen ninety-six"); before SPOKEN_YY, which it holds
        "SPOKEN_YEAR": r"(?:nineteen|two\s+thousand(?:\s+and)?)[\s-]+(?:{SPOKEN_YY})",
        # the last two digits of a year spelled out: "ninety-six", "twelve"
        "SPOKEN_YY": r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)",
        "TZ": r"(?:[ECMP][SD]?T|GMT|UTC|local\s+time|Eastern(?:\s+time)?|Pacific(?:\s+time)?)",
        "AMPM": r"(?:[ap]\.\s?m\.?|[ap]m\b)",
    }


# Whole-word guards: no letter or digit right before or after.
_B = r"(?<![\w$#@])"
_E = r"(?![\w])"
_NOT_NUMBER_AFTER = r"(?![\w%]|[.,:]\d|-\d)"


def _rule_specs() -> list[tuple[str, str, str, n.Normalizer]]:
    """(name, triggers, pattern, normalizer). Triggers are lower-case words
    or names of trigger sets (MONTH, UNITS, #year: see SHAPES)."""
    wd_prefix = r"(?:(?P<wd>{WEEKDAY}),?\s+)?"
    return [
        # dates with a year
        ("date_mdy", "MONTH", wd_prefix + r"(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?:of\s+)?(?P<year>{YEAR})" + _NOT_NUMBER_AFTER, n.full_date),
        ("date_dmy", "MONTH", wd_prefix + r"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})" + _NOT_NUMBER_AFTER, n.full_date),
        ("date_iso", "#dash", r"(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])", n.iso_date),
        ("date_numeric", "#slash", r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:1[89]|20)\d\d|\d\d)(?![\d/])", n.numeric_date),
        # dates without a year
        ("date_md", "MONTH", wd_prefix + r"(?:(?P<rel>last|this\s+past|next|this\s+coming)\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})" + _NOT_NUMBER_AFTER, n.full_date),
        ("date_dm", "MONTH", wd_prefix + r"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})" + _E, n.full_date),
        ("week_of_date", "MONTH", r"(?:the\s+)?week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?" + _NOT_NUMBER_AFTER, n.week_of_date),
        ("month_year", "MONTH", r"(?:(?P<pos>{POSMOD})\s*)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR})" + _NOT_NUMBER_AFTER, n.month_year),
        ("month_rel_year", "MONTH", r"(?:(?P<pos>{POSMOD})\s*)?(?P<month>{MONTH})\s+(?P<rel>last|this|next)\s+year" + _E, n.month_year),
        ("month", "MONTH", r"(?:(?P<rel>last|this\s+past|this\s+coming|this|next)\s+|(?P<pos>{POSMOD})\s*)?(?P<month>{MONTH})(?:'s|’s)?" + _E, n.month_alone),
        # years, decades, centuries
        ("fiscal_year", "fiscal fy", r"(?:(?P<pos>{POSMOD})\s*)?(?:(?:the\s+)?fiscal\s+year\s+|fiscal\s+|FY\s?)(?P<year>{YEAR}|\d\d)" + _NOT_NUMBER_AFTER, n.fiscal_year),
        ("year", "#year", r"(?:(?P<pos>{POSMOD})\s*)?(?P<year>{YEAR})(?:'s|’s)?" + _NOT_NUMBER_AFTER, n.year_alone),
        ("decade", "#decade DECADEWORD", r"(?:(?P<pos>{POSMOD})\s*)?(?:the\s+)?(?:(?:early|late|mid)-?\s*)?(?:(?P<dec>(?:1\d|20)\d0)'?s|['’](?P<dec2>\d)0s|(?P<dword>{DECADEWORD}))" + _E, n.decade),
        ("century", "century", r"(?:(?P<pos>{POSMOD})\s*)?(?:the\s+)?(?P<ord>{ORD})\s+century" + _E, n.century),
        # quarters and halves
        ("quarter", "quarter quarters", r"(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's|the\s+year-earlier|the\s+year-ago|the\s+comparable|the\s+same|a|this|the\s+latest)\s+)?(?:(?P<year1>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)(?:[\s-]+fiscal)?[\s-]+quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year2>{YEAR})|\s+(?P<year3>{YEAR}))?" + _E, n.quarter),
        ("quarter_q", "#q", r"(?-i:Q)(?P<qn>[1-4])(?:\s*(?P<year>{YEAR}))?" + _E, n.quarter),
        ("quarter_rel", "quarter", r"(?:the\s+|this\s+|its\s+)?(?P<rel>latest|current|past|previous|last|next|coming|same|year-ago|year-earlier|comparable|recent|this|the)\s+(?:fiscal\s+)?quarter" + _E, n.relative_quarter),
        ("year_period", "#year", r"(?:the\s+)?(?P<year>{YEAR})\s+(?:(?P<q>first|second|third|fourth)[\s-]+)?(?:quarter|period)" + _E, n.year_period),
        ("period_rel", "period", r"(?:the\s+)(?P<rel>latest|year-ago|year-earlier|comparable)\s+period" + _E, n.relative_quarter),
        ("year_end", "end year", r"(?:around\s+)?(?:the\s+)?(?:year-end|year\s+end|year's\s+end|end\s+of\s+the\s+year)" + _E, n.year_end),
        ("spoken_year", "nineteen thousand", r"(?:the\s+year\s+)?(?P<century>nineteen|two\s+thousand(?:\s+and)?)[\s-]+(?P<rest>{SPOKEN_YY})" + _E, n.spoken_year),
        ("year_two_thousand", "thousand", r"the\s+year\s+(?P<century>two\s+thousand)(?P<rest>)" + _E, n.spoken_year),
        ("year_earlier", "year", r"(?:the\s+)?(?:year-earlier|year-ago|year\s+earlier|year-before)(?:\s+(?:period|quarter|level|figure|results?))?" + _E, n.year_earlier),
        ("half_year", "half quarters", r"(?:the\s+)?(?:(?P<h>first|second|1st|2nd|last|latter)\s+half|(?P<h2>first|last)\s+two\s+quarters)\s+of\s+(?:the\s+)?(?:(?P<year>{YEAR})|(?P<rel>last|this|next)\s+year|(?:the\s+)?year)" + _E, n.half_year),
        # seasons and holidays
        ("season", "SEASON", r"(?:(?P<pos>{POSMOD})\s*)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the|that)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR}))?" + _E, n.season),
        ("holiday", "HOLIDAY", r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<hol>{HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?" + _E, n.holiday),
        # days and times of day
        ("weekday", "WEEKDAY", r"(?:(?P<rel>last|this\s+past|this\s+coming|this|next|the\s+previous|the\s+following)\s+|(?P<pos>early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})(?:'s|’s)?(?:,?\s+(?P<part>{PART}))?" + _E, n.weekday),
        ("day_next_to", "before after", r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:(?:(?P<rel>last|this\s+past|next|this\s+coming)\s+)?(?P<wd>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>{DAY}))" + _E, n.day_next_to),
        ("weekday_set", "WEEKDAY", r"(?-i:(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))" + _E, n.weekday_set),
        ("relative_day", "today tonight yesterday tomorrow", r"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)(?:'s|’s)?(?:\s+(?P<part>{PART}))?" + _E, n.relative_day),
        ("part_of_day", "morning afternoon evening night", r"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rd>this|last)\s+(?P<part>morning|afternoon|evening|night)" + _E, n.relative_day),
        ("clock", "#clock CLOCK", r"(?:(?P<amod>about|around|approximately|roughly)\s+)?(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>{AMPM})|(?P<clock>{CLOCK}))(?:\s+(?P<tz>{TZ}))?(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<rd>today|tomorrow|yesterday))(?:,?\s+(?P<month>{MONTH})\s+(?P<day>{DAY}))?|,?\s+(?P<month2>{MONTH})\s+(?P<day2>{DAY}))?(?![\w])", n.clock_time),
        ("clock_24h", "#clock", r"(?P<h>[01]?\d|2[0-3])[:.]?(?P<min>[0-5]\d)\s+(?P<tz>(?-i:GMT|UTC|[ECMP][SD]T))" + _E, n.clock_time),
        # periods counted from a date the text named ("that year", "the following month")
        ("anaphoric", "that same following next previous preceding prior", r"(?:(?P<pos>earlier|later)\s+)?(?P<rel>that(?:\s+same)?|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)" + _E + r"(?!\s+(?:of|when|that|in\s+which)\b)|(?P<rel2>the\s+next)\s+(?P<unit2>day|morning|afternoon|evening|night)" + _E, n.anaphoric),
        # periods relative to the publication date
        ("relative_period", "week month year decade century", r"(?:(?P<pos>{POSMOD})\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+coming|the\s+previous|the\s+following|the\s+current|the\s+next|the\s+full|the\s+entire|the\s+whole|the)\s+(?P<unit>week|month|year|fiscal\s+year|decade|century)" + _E, n.relative_period),
        ("weekend", "weekend", r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the)\s+)?weekend" + _E, n.weekend),
        ("ago", "ago now hence earlier", r"(?:(?P<amod>{AMOD})\s+)?(?P<num>{NUM})\s+(?:(?:{FILLER})\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence|earlier)" + _E, n.ago),
        ("duration", "UNITS", r"(?:(?P<amod>{AMOD})\s+(?!the\b))?(?:(?P<det>the|another|all|each\s+of\s+the)\s+)?(?:(?P<rel>past|last|next|first|coming|final|previous|following|remaining|latest|initial|ensuing|preceding|better\s+part\s+of\s+the)\s+)?(?P<num>{NUM})(?:\s+to\s+{NUM})?(?:-|\s+)(?:(?:{FILLER})(?:-|\s+))?(?P<unit>{UNIT})(?:\s+and\s+a\s+half)?(?!-old|\s+old|-\w+-old)(?:-long|\s+period)?" + _E, n.duration),
        ("bare_units", "UNITS", r"(?:for|within|in)\s+(?P<core>(?P<unit>days|weeks|months|years|decades|centuries))" + _E + r"(?!\s+(?:of|before|after|that|when|since|to|ahead|later|earlier|ago))", n.duration),
        ("vague_duration", "UNITS", r"(?:(?P<det>the)\s+)?(?P<rel>past|last|next|coming|first|final)\s+(?P<num>{NUM})\s+(?P<unit>days|weeks|months|years|decades|hours|minutes)" + _E, n.duration),
        ("frequency", "every each per times once twice thrice ADVERB", r"(?:(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<num>{NUM})\s+)?(?:(?P<wd>{WEEKDAY})|(?P<month>{MONTH})|(?P<season>{SEASON})|(?P<part>morning|afternoon|evening|night)|(?P<unit>{UNIT}))|(?:once|twice|thrice|(?:\d+|{NUM})\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit2>{UNIT})|(?P<adverb>{ADVERB}))" + _E, n.frequency),
        # the present, past and future
        ("reference", "REFS", r"(?:{REFS})" + _E, n.reference),
    ]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    fragments = _fragments()
    sets = _trigger_sets()
    compiled = []
    for name, trigger_spec, pattern, normalizer in _rule_specs():
        text = pattern
        for key, value in fragments.items():
            text = text.replace("{" + key + "}", value)
        triggers: set[str] = set()
        for item in trigger_spec.split():
            triggers |= sets.get(item, {item})
        compiled.append(Rule(name, re.compile(_B + text, re.IGNORECASE), normalizer, frozenset(triggers)))
    return tuple(compiled)
