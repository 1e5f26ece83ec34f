"""The corroboration lexicon (data/corroboration.yaml), loaded once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def lexicon() -> dict:
    text = resources.files("wirecoder").joinpath("data/corroboration.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def measure_status(sentence: str, modality: str) -> str:
    """The status of a measure as one sentence tells it."""
    lowered = f" {sentence.lower()} "
    for status, cues in lexicon()["measure_status"].items():
        if any(f" {cue}" in lowered for cue in cues):
            return status
    return {"occurred": "imposed", "threatened": "threatened"}.get(modality, "announced")


def disputes(sentence: str) -> bool:
    lowered = f" {sentence.lower()} "
    return any(f" {cue}" in lowered for cue in lexicon()["dispute_cues"])
