"""Scoring-side mappings between event vocabularies (data/event_mappings.yaml)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT",
                "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict:
    return yaml.safe_load(resources.files("wirecoder.evaluation").joinpath(f"data/{name}").read_text("utf-8"))


def current_plover_type(draft_type: str, mode: str = "") -> str:
    """The current PLOVER type of a type from the older draft used by plover_gsr."""
    table = load_yaml("event_mappings.yaml")
    draft_type = draft_type.strip().upper()
    by_mode = table["plover_draft_mode_exceptions"].get(draft_type, {})
    if mode and mode.strip().lower() in by_mode:
        return by_mode[mode.strip().lower()]
    return table["plover_draft_to_current"].get(draft_type, draft_type)


def draft_actor_code(code: str | None) -> str | None:
    """A current PLOVER country code in the older draft's scheme (UNO -> IGO)."""
    return load_yaml("event_mappings.yaml")["current_actor_code_to_draft"].get(code, code)


def quad_class(plover_type: str | None) -> int:
    """ConfliBERT's CAMEO quad class (0-4) of a PLOVER type; no event is 0."""
    table = load_yaml("event_mappings.yaml")
    if not plover_type:
        return table["no_event_quad"]
    return table["plover_to_quad"].get(plover_type.upper(), table["no_event_quad"])
