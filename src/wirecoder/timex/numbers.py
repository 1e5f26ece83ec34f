"""Reading amounts written in words or digits: "twenty-four", "2 1/2",
"a couple of", "several" (vague: None)."""

from __future__ import annotations

import re

from .lexicon import lexicon

VAGUE = "X"


def parse_amount(text: str) -> float | str | None:
    """The number an amount phrase says; ``VAGUE`` for "several", "a few";
    None when it is not an amount."""
    lex = lexicon()
    words = re.sub(r"\s+", " ", text.strip().lower().replace("-", " "))
    if not words:
        return None
    if words in lex.vague:
        return VAGUE
    half = 0.0
    for tail in (" and a half", " and one half", " 1/2", " ½"):
        if words.endswith(tail):
            words, half = words[: -len(tail)].strip(), 0.5
            break
    if words in ("a half", "half"):
        return 0.5
    digits = words.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", digits):
        return float(digits) + half
    if words in lex.cardinals:
        return float(lex.cardinals[words]) + half
    total, current = 0.0, 0.0
    for word in words.split(" "):
        if word == "and":
            continue
        if word in lex.cardinals:
            current += lex.cardinals[word]
        elif re.fullmatch(r"\d+", word):
            current += float(word)
        elif word in lex.multipliers:
            current = (current or 1) * lex.multipliers[word]
            if lex.multipliers[word] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
    value = total + current
    return value + half if value else None


def parse_ordinal(text: str) -> int | None:
    """1 for "1st" or "first", 31 for "thirty-first"; None otherwise."""
    text = text.strip().lower()
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.?", text)
    if match:
        return int(match.group(1))
    return lexicon().ordinals.get(text.replace(" ", "-"))


def cardinal_words_pattern() -> str:
    """A regex for a cardinal written in words: "seventy-five", "a hundred"."""
    lex = lexicon()
    singles = sorted((w for w in lex.cardinals if " " not in w and w not in ("a", "an")), key=len, reverse=True)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    compound = rf"(?:{tens})(?:[\s-](?:{ones}))"
    simple = "|".join(singles)
    multiplier = "|".join(lex.multipliers)
    return rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:{multiplier})|{compound}|{simple})"


_TENS = {"ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SPOKEN_CENTURY = re.compile(r"(nineteen|two thousand(?: and)?|twenty)\s+(.+)")


def spoken_year_number(text: str) -> int | None:
    """The year a transcript spells out ("nineteen ninety-six", "two thousand
    and one"), or None."""
    m = _SPOKEN_CENTURY.fullmatch(re.sub(r"[\s-]+", " ", text.strip().lower()))
    if m is None:
        return None
    base = 1900 if m.group(1) == "nineteen" else 2000
    words = m.group(2).split()
    if len(words) == 1 and words[0] in _TEENS:
        number = _TEENS[words[0]]
    elif words[0] in _TENS and (len(words) == 1 or (len(words) == 2 and words[1] in _ONES)):
        number = _TENS[words[0]] * 10 + (_ONES[words[1]] if len(words) == 2 else 0)
    elif len(words) == 1 and words[0] in _ONES:
        number = _ONES[words[0]]
    else:
        return None
    return base + number
