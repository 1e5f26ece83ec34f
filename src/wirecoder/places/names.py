"""Place-name keys: the form under which names are indexed and looked up.

"St. Louis", "Saint Louis" and "ST LOUIS" must meet; so must "Río Bravo" and
"Rio Bravo", "U.S." and "US". Keys are accent-free, case-folded, without
periods or a leading "the".
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_PREFIXES = {"saint": "st", "ste": "st", "ft": "fort", "mt": "mount", "mount": "mount"}


def name_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = text.replace(".", " ").replace(",", " ").replace("-", " ").replace("–", " ").replace("—", " ").replace("&", " and ")
    text = text.replace("'s ", "s ").replace("'", "")
    words = _SPACES.sub(" ", text).strip(" ,;:").split(" ")
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    words = [_PREFIXES.get(w, w) for w in words if w]
    # Initials spelled with periods ("U.S.", "D.C.") become one word: "us", "dc".
    merged: list[str] = []
    in_initials = False
    for word in words:
        if len(word) == 1 and word.isalpha():
            if in_initials:
                merged[-1] += word
            else:
                merged.append(word)
            in_initials = True
        else:
            merged.append(word)
            in_initials = False
    return " ".join(merged)


def is_latin(text: str) -> bool:
    """True for names written in the Latin script (the ones English news uses)."""
    return bool(text) and all(ord(c) < 0x250 or c in "’‘ʻ" for c in text)
