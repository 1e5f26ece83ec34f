"""Actors: every person, group and state mention resolved to a coded actor.

The stage ``resolve_actors(doc, extraction, config)`` fills
``extraction.actors`` (one record per distinct actor: country, PLOVER
sectors, role) and ``extraction.actor_mentions`` (every mention, including
surnames, titles such as "the secretary" and pronouns, with how it was
linked), and corrects ``extraction.entities`` with the dictionary and the
country tables. ``actors_in_span`` answers "which actors are mentioned here?".
"""

from __future__ import annotations

from ..records import Actor, Extraction
from .dictionary import ActorDictionary, ActorEntry, Role, load_dictionary, read_dictionary_file
from .errors import ActorDictionaryError
from .stage import resolve_actors


def actors_in_span(extraction: Extraction, start: int, end: int) -> list[Actor]:
    """Every actor mentioned inside or across a character span, in text order, once each."""
    seen: dict[str, Actor] = {}
    for mention in extraction.actor_mentions:
        if mention.start < end and start < mention.end and mention.actor_id not in seen:
            actor = extraction.actor(mention.actor_id)
            if actor is not None:
                seen[mention.actor_id] = actor
    return list(seen.values())


__all__ = [
    "ActorDictionary",
    "ActorDictionaryError",
    "ActorEntry",
    "Role",
    "actors_in_span",
    "load_dictionary",
    "read_dictionary_file",
    "resolve_actors",
]
