"""The corroboration lexicon (data/corroboration.yaml), loaded once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def lexicon() -> dict:
    text = resources.files("wirecoder").joinpath("data/corroboration.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _has(lowered: str, cues: list[str]) -> bool:
    return any(f" {cue}" in lowered for cue in cues)


def measure_status(sentence: str) -> str | None:
    """The status of a measure as one sentence tells it, or None when the
    sentence only names it."""
    lowered = f" {sentence.lower()} "
    statuses = lexicon()["measure_status"]
    for status in ("paused", "lifted", "threatened"):
        if _has(lowered, statuses[status]):
            return status
    if _has(lowered, lexicon()["future_markers"]):
        return "announced"
    if _has(lowered, statuses["imposed"]):
        return "imposed"
    return None


def disputes(sentence: str) -> bool:
    return _has(f" {sentence.lower()} ", lexicon()["dispute_cues"])
