"""A keyword baseline for event types, to measure the coder against.

The first word of a sentence found in the lexicon (its lemma, any part of
speech, no parse, no arguments, no modality) gives the type. It is what a
dictionary coder without syntax does; ``wirecoder eval`` reports it next to
the real coder so that the gain of the parse is visible.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon, load_lexicon


@lru_cache(maxsize=1)
def _keywords() -> dict[str, str]:
    lex: Lexicon = load_lexicon()
    keywords: dict[str, str] = {}
    for (lemma, _pos), entries in lex.triggers.items():
        keywords.setdefault(lemma, entries[0].type)
    return keywords


def keyword_type(lemmas: list[str]) -> str | None:
    """The PLOVER type of the first keyword among a sentence's lemmas, or None."""
    keywords = _keywords()
    for lemma in lemmas:
        event_type = keywords.get(lemma.lower())
        if event_type:
            return event_type
    return None


def keyword_baseline(text: str) -> str | None:
    """Type of a sentence by keyword only (spaCy lemmas, no parse used)."""
    from ..nlp import parse

    return keyword_type([t.lemma_ for t in parse(text)])
