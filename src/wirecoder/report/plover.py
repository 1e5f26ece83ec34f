"""PLOVER's four event groups (verbal/material x cooperation/conflict), as
the report colours them, and how an event's modality is drawn."""

from __future__ import annotations

# Group key -> (label, colour, PLOVER types); the keys match Event.quad (1..4).
GROUPS: dict[int, tuple[str, str, tuple[str, ...]]] = {
    1: ("verbal cooperation", "#2b8cbe", ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")),
    2: ("material cooperation", "#1a9850", ("COOPERATE", "AID", "RETREAT")),
    3: ("verbal conflict", "#fd8d3c", ("REQUEST", "REJECT", "ACCUSE", "THREATEN")),
    4: ("material conflict", "#d7301f", ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")),
}
UNKNOWN_GROUP = (0, "other", "#888888")

# Timeline rows, top to bottom: cooperation first, then conflict.
TYPE_ORDER: list[str] = [t for _, (_, _, types) in sorted(GROUPS.items()) for t in types]

_GROUP_OF_TYPE = {t: quad for quad, (_, _, types) in GROUPS.items() for t in types}


def group_of(event_type: str, quad: int = 0) -> int:
    """The PLOVER group (1..4) of an event; 0 when the type is not PLOVER's."""
    if quad in GROUPS:
        return quad
    return _GROUP_OF_TYPE.get((event_type or "").upper(), 0)


def group_label(group: int) -> str:
    return GROUPS[group][0] if group in GROUPS else UNKNOWN_GROUP[1]


def group_colour(group: int) -> str:
    return GROUPS[group][1] if group in GROUPS else UNKNOWN_GROUP[2]


def is_action(modality: str | None) -> bool:
    """True for what happened; threats, plans, announcements, hypotheticals,
    denials and hearsay are drawn apart from actions."""
    return (modality or "occurred") == "occurred"
