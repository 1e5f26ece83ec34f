"""Is this the same statement? For quotes reported by several articles."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from ..records import Quote
from .marks import ALL_MARKS

SAME_CONTENT_RATIO = 90.0  # rapidfuzz ratio (0-100) of normalized contents


def normalize_content(text: str) -> str:
    """Quote marks, dashes, case and spacing do not make two quotes different."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(f"[{re.escape(ALL_MARKS)}]", "", text)
    text = re.sub(r"[—–-]+", "-", text)
    text = re.sub(r"\[[^\]]*\]", lambda m: m.group(0)[1:-1], text)  # "[families']" -> "families'"
    text = re.sub(r"[^\w\s-]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


_PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them", "you"}


def _speaker_key(name: str | None) -> str:
    key = normalize_content(name or "")
    # a pronoun says nothing about who it is without the document around it
    return "" if key in _PRONOUNS else key


def compatible_speakers(a: str | None, b: str | None) -> bool:
    """Unknown speakers are compatible with anyone; known ones must share a name
    ("Pete Hegseth" and "Hegseth" are one speaker, "Trump" and "Hegseth" are not)."""
    ka, kb = _speaker_key(a), _speaker_key(b)
    if not ka or not kb:
        return True
    if ka == kb:
        return True
    words_a, words_b = set(ka.split()), set(kb.split())
    if words_a & words_b - {"the", "a", "of", "and", "us", "u"}:
        return True
    return fuzz.ratio(ka, kb) >= SAME_CONTENT_RATIO


def same_statement(a: Quote, b: Quote, speaker_a: str | None = None, speaker_b: str | None = None) -> bool:
    """True when two quotes are one statement: (near-)identical words and
    compatible speakers. ``speaker_a``/``speaker_b`` are the speakers' names
    (actor names when resolved), defaulting to the quotes' speaker texts.
    A short quote contained in a longer one of the same speaker counts too:
    outlets often quote only part of a sentence."""
    ca, cb = normalize_content(a.content), normalize_content(b.content)
    if not ca or not cb:
        return False
    if not compatible_speakers(speaker_a if speaker_a is not None else a.speaker_text,
                               speaker_b if speaker_b is not None else b.speaker_text):
        return False
    if fuzz.ratio(ca, cb) >= SAME_CONTENT_RATIO:
        return True
    shorter, longer = sorted((ca, cb), key=len)
    return len(shorter.split()) >= 6 and fuzz.partial_ratio(shorter, longer) >= 95
