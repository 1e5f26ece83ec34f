"""Whether a word of the parse names an actor (for the event coder's slots).

The event coder reads the parse before it asks the actor stage which actor a
span is; these checks decide which words may fill a source or recipient slot
at all: names, pronouns, role nouns (the event lexicon's `actor_nouns` and the
actor stage's sector nouns), country names the tagger missed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.countries import load_countries
from ..actors.sectors import load_sector_lexicon
from .lexicon import Lexicon
from .syntax import WH_WORDS, lemma

ACTOR_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Names of things, not of actors: "the Gulf War", "COVID-19", "the Geneva Convention".
NOT_ACTOR_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
                             "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i", "you", "his", "her", "their", "its", "our", "my",
                      "him", "them", "us", "me"})


def is_country_name(token: Token) -> bool:
    return token.text[:1].isupper() and token.text in load_countries().names


def is_actor_like(token: Token, lex: Lexicon) -> bool:
    if token.lower_ in WH_WORDS:
        return False
    if token.ent_type_ in ACTOR_ENTITY_LABELS:
        return True
    if token.pos_ == "PROPN" and token.ent_type_ not in NOT_ACTOR_NAMES:
        return True  # an unknown name is more likely an actor than not
    if token.lower_ in PRONOUNS:
        return True
    if lex.in_class(lemma(token), "actor_nouns"):
        return True
    if is_country_name(token):
        return True  # "Seychelles" tagged as a common noun
    # any role noun the actor stage knows ("experts", "a tribunal", "regulators")
    sectors = load_sector_lexicon()
    return token.pos_ == "NOUN" and (sectors.head_sector([token.text])[0] is not None or sectors.is_generic(token.text))


def names_people(token: Token, lex: Lexicon) -> bool:
    """An actor word, or people described by nationality ("two Chilean engineers")."""
    if is_actor_like(token, lex):
        return True
    return token.tag_ == "NNS" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children)
