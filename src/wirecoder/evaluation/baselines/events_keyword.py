"""Event baselines: the majority class, and a keyword matcher
(data/event_keywords.yaml) where the earliest keyword in the sentence gives
the PLOVER type."""

from __future__ import annotations

import re
from functools import lru_cache

from ..mappings import load_yaml


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str, int]]:
    patterns = []
    for event_type, keywords in load_yaml("event_keywords.yaml").items():
        for keyword in keywords:
            patterns.append((re.compile(r"\b" + re.escape(keyword.lower())), event_type, len(keyword)))
    return patterns


def keyword_type(text: str) -> str | None:
    """The type of the earliest keyword (longest on a tie), or None."""
    match = keyword_match(text)
    return match[0] if match else None


def keyword_match(text: str) -> tuple[str, int, int] | None:
    """(type, start, end) of the earliest keyword, or None."""
    lowered = text.lower()
    best = None
    for pattern, event_type, length in _patterns():
        m = pattern.search(lowered)
        if m and (best is None or (m.start(), -length) < (best[1], -(best[2] - best[1]))):
            best = (event_type, m.start(), m.end())
    return best
