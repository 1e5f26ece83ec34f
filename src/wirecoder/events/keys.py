"""Who an event argument is: the actor mentioned at it and the keys that
identify it when mentions of one event are merged."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Extraction


def argument_keys(token: Token, actor_id: str | None, extraction: Extraction) -> set[str]:
    """What identifies an argument for merging: the resolved actor and its
    country/sector ("Leavitt" and "the President" are both USA GOV), else
    the head noun and its compounds ("cartel members" ~ "drug cartel")."""
    keys: set[str] = set()
    if actor_id:
        keys.add(actor_id)
        actor = extraction.actor(actor_id)
        if actor is not None and actor.country:
            keys.add(f"{actor.country}/{actor.sectors[0] if actor.sectors else ''}")
    if token.pos_ == "PRON":
        return keys  # "he", "they": only what the actor stage made of them
    # The words too: one name may be resolved in one sentence and not another.
    keys.add(word_key(token))
    keys.update(word_key(c) for c in token.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
    return keys


def word_key(token: Token) -> str:
    # "Rebels" (a capitalised plural the tagger calls a name) ~ "the rebels"
    word = token.lemma_.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def quote_speaker(extraction: Extraction, offset: int) -> tuple[int, int] | None:
    """Span of the speaker of the quotation holding ``offset``, if known."""
    for quote in extraction.quotes:
        if quote.content_start <= offset < quote.content_end and quote.speaker_start is not None:
            return (quote.speaker_start, quote.speaker_end)
    return None


def actor_ids_at(extraction: Extraction, spans: list[tuple[int, int]],
                 heads: list[tuple[int, int]] | None = None) -> list[str | None]:
    """The actor of each argument span: the mention holding its head word
    ("workers of the port company" are workers, not the company), or when the
    head is not given its last word, so that "his former colleagues" is not
    resolved to "his"."""
    result = []
    for k, (start, end) in enumerate(spans):
        overlapping = [m for m in extraction.actor_mentions if m.start < end and start < m.end]
        head = heads[k] if heads else None
        at_head = [m for m in overlapping if head and m.start <= head[0] and head[1] <= m.end]
        at_head = at_head or [m for m in overlapping if m.end >= end - 1]
        # Else a name inside the phrase ("Ugandan opposition candidates"),
        # but never a possessive pronoun ("his colleagues").
        inside = [m for m in overlapping if m.via != "pronoun" and m.text.lower() not in ("his", "her", "its", "their")]
        pool = at_head or inside
        best = max(pool, key=lambda m: m.end - m.start) if pool else None
        result.append(best.actor_id if best is not None else None)
    return result
