"""Numbers as news writes them: "1,600", "2.5 million", "$1tn", "twenty-five",
"a third", "dozens", "tens of millions".

``find_numbers`` returns every number expression in a piece of text with its
span and value; a vague amount ("tens of millions") is a range (low, high)
rather than a single value. Nothing here decides whether the number is a
quantity (dates, years and product names are filtered later).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# Abbreviated scales glued to (or just after) digits: "$7.2bn", "35m", "25k", "8 B".
SHORT_SCALES = {
    "k": 1e3, "K": 1e3, "thousand": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9,
    "tn": 1e12, "trn": 1e12, "trillion": 1e12,
    "crore": 1e7, "lakh": 1e5,
}
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
    "tenth": 0.1, "tenths": 0.1,
}
# Vague plurals: "dozens" is 12..120 (one to ten dozen), "hundreds" 100..1000, ...
VAGUE = {"dozens": (12, 120), "scores": (20, 200), "hundreds": (100, 1_000),
         "thousands": (1_000, 10_000), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
         "trillions": (1e12, 1e13)}
VAGUE_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}


@dataclass
class NumberMatch:
    start: int
    end: int
    text: str
    value: float | None  # None for a range
    low: float | None = None
    high: float | None = None
    kind: str = "digits"  # digits, words, fraction, vague
    scaled: bool = False  # a scale word or suffix was applied ("2.5 million")
    scale: float = 1.0  # the factor the scale applied
    unit_hint: str = ""  # a unit the number word itself carries ("sixfold" -> times)

    @property
    def is_range(self) -> bool:
        return self.value is None


DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
SCALE_AFTER = re.compile(
    r"(?:[ \u00a0]|-)?(?P<scale>thousand|million|billion|trillion|crore|lakh|mln|bln|trn|mil|mn|bn|tn|k|K|m|M|b|B)"
    r"(?![A-Za-z])"
)
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def parse_digits(text: str) -> float:
    return float(text.replace(",", ""))


def _scale_after(text: str, end: int) -> tuple[float, int] | None:
    """A scale word or suffix right after a number ending at ``end``."""
    m = SCALE_AFTER.match(text, end)
    if not m:
        return None
    scale = m.group("scale")
    glued = m.start("scale") == end
    # One-letter scales count only glued ("35m", "$2bn") or after money
    # ("8 B people" is too rare to be worth "5 m" being misread); "m" with a
    # space is a metre. "k" / "K" likewise.
    if len(scale) == 1 and not glued:
        if scale not in ("B", "M") or m.group(0).startswith("-"):
            return None
    if scale in ("m", "M", "b", "B", "k", "K") and not glued:
        # "8 B people": only when a word follows (not "5 M." initials)
        rest = text[m.end():m.end() + 2]
        if not rest.startswith(" ") or not rest[1:2].isalpha():
            return None
    if m.group(0).startswith("-") and scale not in ("million", "billion", "trillion", "thousand"):
        return None
    return SHORT_SCALES[scale], m.end()


def find_digit_numbers(text: str) -> list[NumberMatch]:
    found = []
    for m in DIGITS.finditer(text):
        start, end = m.start(), m.end()
        # part of a longer digit run with a decimal point ("1.2.3") or of a word
        if start > 0 and (text[start - 1].isdigit() or (text[start - 1] in ".," and start > 1 and text[start - 2].isdigit())):
            continue
        value = parse_digits(m.group(0))
        scaled = False
        scale = _scale_after(text, end)
        if scale is not None:
            value *= scale[0]
            end = scale[1]
            scaled = True
        factor = scale[0] if scale is not None else 1.0
            # "1.3 billion" may be followed by a unit; "2.5 million-year-old" keeps the hyphen
        found.append(NumberMatch(start, end, text[start:end], value, kind="digits", scaled=scaled, scale=factor))
    return found


def _word_value(words: list[str]) -> float | None:
    """Value of a run of number words: "three hundred and twenty-five thousand"."""
    total, current, seen = 0.0, 0.0, False
    for word in words:
        for part in word.lower().split("-"):
            if part == "and":
                continue
            if part in SMALL:
                current += SMALL[part]
            elif part in TENS:
                current += TENS[part]
            elif part == "hundred":
                current = (current or 1) * 100
            elif part in SCALES:
                total += (current or 1) * SCALES[part]
                current = 0
            elif part in ("a", "an"):
                current += 1
            elif part == "dozen":
                current = (current or 1) * 12
            else:
                return None
            seen = True
    return total + current if seen else None


NUMBER_WORDS = set(SMALL) | set(TENS) | set(SCALES) | {"dozen"}


def _is_number_word(word: str) -> bool:
    parts = word.lower().split("-")
    return all(p in NUMBER_WORDS for p in parts) and bool(parts)


def find_word_numbers(text: str) -> list[NumberMatch]:
    """Spelled-out numbers, fractions and vague amounts."""
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    found: list[NumberMatch] = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        low = word.lower()
        # vague: "tens of thousands", "hundreds of millions", "dozens", "thousands"
        if low in ("tens", "hundreds") and i + 2 < len(words) and words[i + 1][2].lower() == "of" \
                and words[i + 2][2].lower() in VAGUE_SCALES and _adjacent(text, words[i:i + 3]):
            base = 10 if low == "tens" else 100
            scale = VAGUE_SCALES[words[i + 2][2].lower()]
            s, e = start, words[i + 2][1]
            found.append(NumberMatch(s, e, text[s:e], None, base * scale, base * scale * 10, kind="vague"))
            i += 3
            continue
        if low in VAGUE:
            lo, hi = VAGUE[low]
            found.append(NumberMatch(start, end, word, None, lo, hi, kind="vague"))
            i += 1
            continue
        # multiples written as one word: "sixfold", "ten-fold"
        if low.endswith("fold") and _is_number_word(low[:-4].rstrip("-")):
            found.append(NumberMatch(start, end, word, _word_value([low[:-4].rstrip("-")]), kind="words", unit_hint="times"))
            i += 1
            continue
        # fractions: "a third", "two-thirds", "one fourth", "half"
        parts = low.split("-")
        if len(parts) == 2 and parts[0] in SMALL and parts[1] in FRACTIONS and parts[1] != "half":
            value = SMALL[parts[0]] * FRACTIONS[parts[1]]
            found.append(NumberMatch(start, end, word, value, kind="fraction"))
            i += 1
            continue
        if low in ("a", "an", "one") or low in SMALL and low not in ("zero",):
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt and nxt[2].lower() in FRACTIONS and nxt[2].lower() not in ("half", "halves") \
                    and _adjacent(text, [words[i], nxt]) and _followed_by_of(text, nxt[1]):
                n = 1 if low in ("a", "an") else SMALL[low]
                found.append(NumberMatch(start, nxt[1], text[start:nxt[1]], n * FRACTIONS[nxt[2].lower()], kind="fraction"))
                i += 2
                continue
        if low == "half" and _half_is_fraction(text, words, i):
            found.append(NumberMatch(start, end, word, 0.5, kind="fraction"))
            i += 1
            continue
        # a number glued to its unit by a hyphen: "a five-year plan", "a two-month contract"
        if "-" in word and not _is_number_word(word):
            prefix = _number_prefix(parts)
            if prefix:
                e = start + len("-".join(parts[:prefix]))
                value = _word_value(["-".join(parts[:prefix])])
                if value is not None:
                    found.append(NumberMatch(start, e, text[start:e], value, kind="words"))
                i += 1
                continue
        # spelled-out numbers; "a" / "an" only before a scale word ("a million")
        if _is_number_word(word) or (low in ("a", "an") and i + 1 < len(words)
                                     and words[i + 1][2].lower() in ("hundred", "thousand", "million", "billion", "trillion", "dozen")):
            j = i + 1
            while j < len(words) and _adjacent(text, [words[j - 1], words[j]]) and (
                _is_number_word(words[j][2]) or (words[j][2].lower() == "and" and j + 1 < len(words)
                                                  and _is_number_word(words[j + 1][2])
                                                  and words[j - 1][2].lower() in ("hundred", "thousand", "million", "billion"))
            ):
                j += 1
            run = [w[2] for w in words[i:j]]
            value = _word_value(run)
            bare_scale = all(w.lower() in SCALES or w.lower() == "dozen" for w in run)
            if value is not None and not (len(run) == 1 and low in ("a", "an")) and not bare_scale:
                s, e = start, words[j - 1][1]
                found.append(NumberMatch(s, e, text[s:e], value, kind="words",
                                         scaled=any(w.lower() in SCALES for w in run)))
            i = max(j, i + 1)
            continue
        i += 1
    return found


def _number_prefix(parts: list[str]) -> int:
    """How many leading parts of a hyphenated word are number words ("twenty-five-year" -> 2)."""
    n = 0
    while n < len(parts) - 1 and parts[n] in NUMBER_WORDS:
        n += 1
    return n


def _adjacent(text: str, run: list[tuple[int, int, str]]) -> bool:
    """Words separated only by spaces (not by punctuation)."""
    return all(text[a[1]:b[0]].strip() == "" for a, b in zip(run, run[1:]))


def _followed_by_of(text: str, end: int) -> bool:
    return re.match(r"\s+of\b", text[end:end + 5]) is not None


def _half_is_fraction(text: str, words, i: int) -> bool:
    """ "half the condos", "half of", "almost half": not "first half", "half-time"."""
    start, end, word = words[i]
    if "-" in word:
        return False
    before = words[i - 1][2].lower() if i > 0 else ""
    if before in ("first", "second", "the", "a", "this", "last", "next", "that", "one", "and"):
        return False
    after = words[i + 1][2].lower() if i + 1 < len(words) else ""
    return after in ("of", "the", "its", "their", "his", "her", "all", "a", "an")


def find_numbers(text: str) -> list[NumberMatch]:
    """All number expressions in ``text``, in order, without overlaps."""
    found = sorted(find_digit_numbers(text) + find_word_numbers(text), key=lambda n: (n.start, -n.end))
    result: list[NumberMatch] = []
    for n in found:
        if result and n.start < result[-1].end:
            continue
        result.append(n)
    return result
