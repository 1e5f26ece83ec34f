"""One event per article: mentions of the same event are merged.

Articles tell an event several times (headline, lead, photo caption printed
twice, a later recap). Two coded events are the same when they have the same
type, compatible modes and modalities, compatible dates, and their actors agree:
the same source or the same target, and no contradiction on the other side (a
missing side is no contradiction). An event with no actors at all ("the
gunfight broke out in Fronton") only adds its date/place to the nearest
earlier event of its type and mode. The first mention keeps the evidence; the
others are listed in ``Event.mentions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Event

REPORTED_EQUIVALENT = {"occurred": "occurred", "reported": "occurred"}
NEARBY = 3  # sentences
PRECISION_RANK = {"": 0, "publication": 0, "year": 1, "month": 2, "week": 3, "day": 4}


@dataclass
class Candidate:
    event: Event
    source_keys: set[str] = field(default_factory=set)
    target_keys: set[str] = field(default_factory=set)
    has_arguments: bool = True


@dataclass
class Coded:
    """A sentence's coded event before merging; ``keep_without_actors``: an
    act on a named recipient kept although nobody is said to have done it."""

    candidate: Candidate
    keep_without_actors: bool


def _month_index(value: str) -> int | None:
    try:
        return int(value[:4]) * 12 + (int(value[5:7]) if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit() else 6)
    except ValueError:
        return None


def _dates_compatible(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    if a.date_precision == "publication" and b.date_precision == "publication":
        return True
    if "publication" in (a.date_precision, b.date_precision):
        # A dated past event ("pledged in 2023") is not the undated one of
        # the news (dated by publication), unless they are close.
        ma, mb = _month_index(a.date), _month_index(b.date)
        return ma is None or mb is None or abs(ma - mb) <= 1
    return a.date.startswith(b.date) or b.date.startswith(a.date) or "-W" in a.date or "-W" in b.date


def _same_event(a: Candidate, b: Candidate) -> bool:
    ea, eb = a.event, b.event
    if ea.type != eb.type:
        return False
    if ea.mode and eb.mode and ea.mode != eb.mode:
        return False
    if REPORTED_EQUIVALENT.get(ea.modality, ea.modality) != REPORTED_EQUIVALENT.get(eb.modality, eb.modality):
        return False
    if not _dates_compatible(ea, eb):
        return False
    if not b.has_arguments or not (b.source_keys or b.target_keys):
        # No actors, or only pronouns ("he said"): the nearest earlier event
        # of the same kind is the one it tells again.
        return eb.sentence - last_sentence(ea) <= NEARBY

    source_overlap = bool(a.source_keys & b.source_keys)
    target_overlap = bool(a.target_keys & b.target_keys)
    # Reciprocal wording swaps sides ("firefight between the criminals and the agents").
    cross_overlap = bool(a.source_keys & b.target_keys) and bool(a.target_keys & b.source_keys)
    if cross_overlap:
        return True
    if not (source_overlap or target_overlap):
        return False
    source_ok = source_overlap or not a.source_keys or not b.source_keys
    target_ok = target_overlap or not a.target_keys or not b.target_keys or a.target_keys <= b.source_keys
    return source_ok and target_ok


def last_sentence(event: Event) -> int:
    """The last sentence that tells the event (its first mention or a later one)."""
    return max([event.sentence] + [m.get("sentence", event.sentence) for m in event.mentions])


def _strength(a: Candidate, b: Candidate) -> int:
    """2 when ``b`` names both sides of ``a`` (directly, swapped, or as the
    parties of a reciprocal wording: "the firefight between the criminals
    and the agents"), else 1."""
    both = bool(a.source_keys & b.source_keys) and bool(a.target_keys & b.target_keys)
    swapped = bool(a.source_keys & b.target_keys) and bool(a.target_keys & b.source_keys)
    parties = bool(a.source_keys & b.source_keys) and bool(a.target_keys & b.source_keys) and not b.target_keys
    return 2 if both or swapped or parties else 1


def _absorb(kept: Candidate, other: Candidate) -> None:
    a, b = kept.event, other.event
    seen = {(m["sentence"], m["trigger_start"]) for m in a.mentions} | {(a.sentence, a.trigger_start)}
    for mention in [{"sentence": b.sentence, "trigger_start": b.trigger_start, "trigger_end": b.trigger_end,
                     "trigger": b.trigger}] + b.mentions:
        if (mention["sentence"], mention["trigger_start"]) not in seen:
            a.mentions.append(mention)
            seen.add((mention["sentence"], mention["trigger_start"]))
    if not kept.target_keys and other.target_keys:
        a.target_actor_ids, a.target_text, a.target_spans = b.target_actor_ids, b.target_text, b.target_spans
        if "target" in b.spans:
            a.spans["target"] = b.spans["target"]
        kept.target_keys = set(other.target_keys)
    if not kept.source_keys and other.source_keys:
        a.source_actor_ids, a.source_text, a.source_spans = b.source_actor_ids, b.source_text, b.source_spans
        if "source" in b.spans:
            a.spans["source"] = b.spans["source"]
        kept.source_keys = set(other.source_keys)
    if PRECISION_RANK.get(b.date_precision, 0) > PRECISION_RANK.get(a.date_precision, 0):
        a.date, a.date_precision = b.date, b.date_precision
    if a.place_index is None and b.place_index is not None:
        a.place_index = b.place_index
    if not a.mode and b.mode:
        a.mode = b.mode
    a.contexts = sorted(set(a.contexts) | set(b.contexts))
    a.confidence = round(min(0.97, max(a.confidence, b.confidence) + 0.03), 3)


def merge_mentions(candidates: list[Candidate], window: int = 1000) -> list[Candidate]:
    """Merge candidates of one article, in text order; returns the kept ones."""
    kept: list[Candidate] = []
    for candidate in candidates:
        # The nearest earlier event it tells again; one that it names both
        # sides of beats a nearer one that shares only one side.
        target, strength = None, 0
        for previous in reversed(kept):
            if candidate.event.sentence - previous.event.sentence > window:
                break
            if not (previous.source_keys or previous.target_keys):
                continue  # an actorless mention is absorbed, never absorbs
            if _same_event(previous, candidate):
                found = _strength(previous, candidate)
                if found > strength:
                    target, strength = previous, found
                if strength == 2:
                    break
        if target is None:
            kept.append(candidate)
        else:
            _absorb(target, candidate)
    return kept
