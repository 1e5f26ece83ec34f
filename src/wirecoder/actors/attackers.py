"""Unnamed attackers: "a roadside bomb killed two soldiers".

A bomb or a blast that kills or wounds stands for whoever set it off. PLOVER
codes such attackers as unidentified armed forces (sector UAF) of the country
where the attack happened, so that the attack keeps a source. The mention is
the weapon's phrase, marked ``via="inferred"`` (it names no one, so the entity
list leaves it out).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .mentions import Phrase
from .resolve import Resolved

# Head nouns of an explosive attack ("a car bomb", "the blast", "an IED").
EXPLOSIVES = frozenset({"bomb", "bombing", "explosion", "blast", "ied", "landmine", "grenade", "carbomb"})
# "an improvised explosive device"
DEVICE_WORDS = frozenset({"device"})
# Verbs whose subject (or by-agent) is the weapon of an attack.
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "hit", "strike", "destroy", "damage", "target", "rock",
                        "tear", "claim", "maim", "wreck", "level"})
NON_STATE = frozenset({"IGO", "NGO", "UNO", "EUR", "MNC", "ISM"})


def _is_explosive(token: Token) -> bool:
    word = token.lemma_.lower()
    if word in EXPLOSIVES:
        return True
    return word in DEVICE_WORDS and any(c.lemma_.lower() == "explosive" for c in token.children)


def _harm_verb(token: Token) -> Token | None:
    """The harming verb whose doer ``token`` is, or None."""
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in HARM_VERBS:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_.lower() in HARM_VERBS:
        return token.head.head
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "by") and token.head.dep_ == "prep":
        verb = token.head.head
        if verb.lemma_.lower() in HARM_VERBS and verb.tag_ == "VBN":
            return verb  # "was killed in a car bomb explosion"
    return None


def _country_where(item_sentence: int, start: int, items: list[Resolved]) -> str | None:
    """The country of the attack: a country or place named in the sentence,
    else the country of civilians hurt there (attacks on civilians are local)."""
    same = [i for i in items if i.sentence == item_sentence and i.country and i.country not in NON_STATE
            and i.kind != "pronoun"]
    places = [i for i in same if i.kind in {"country", "place"}]
    if places:
        after = [i for i in places if i.start > start]
        return (after[0] if after else places[-1]).country
    civilians = [i for i in same if i.sectors[:1] == ["CVL"]]
    return civilians[0].country if civilians else None


def unnamed_attackers(doc: Doc, items: list[Resolved], sentence_of) -> list[Resolved]:
    """Resolved mentions for the weapons that stand for unnamed attackers."""
    found: list[Resolved] = []
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or not _is_explosive(token) or _harm_verb(token) is None:
            continue
        first = token.left_edge
        span = doc[first.i : token.i + 1]
        if any(i.start < span.end_char and span.start_char < i.end for i in items):
            continue  # "a Taliban car bomb", "U.S. bombing": the attacker is named
        sentence = sentence_of(span.start_char)
        found.append(
            Resolved(
                phrase=Phrase(first.i, token.i + 1, token.i), sentence=sentence, start=span.start_char,
                end=span.end_char, text=span.text, kind="group", via="inferred",
                country=_country_where(sentence, span.start_char, items), sectors=["UAF"],
                name="unidentified attackers",
            )
        )
    return found
