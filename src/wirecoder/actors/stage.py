"""The actor stage: phrases -> resolved mentions -> chains -> actor records."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..records import Actor, ActorMention, Extraction
from .attackers import unnamed_attackers
from .chains import actor_key, fill_countries, link_names, link_pronouns, link_titles
from .complements import stretch_over_complements
from .entities import complete_entities
from .lexicon import ACTOR, COUNTRY, DEMONYM
from .mentions import Phrase, find_phrases, find_units
from .quoted import inside, quote_regions
from .references import link_appositions, link_references
from .resolve import PhraseResolver, Resolved, _date
from .resources import Resources, load_resources


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60] or "x"


def _split_conjoined(items: list[Resolved], resolver: PhraseResolver, doc: Doc) -> list[Resolved]:
    """"U.S. and Russian negotiators" are two actors: USA GOV and RUS GOV."""
    result: list[Resolved] = []
    for item in items:
        phrase = item.phrase
        country_units = [
            u for u in phrase.units
            if u.start < phrase.head and any(p.kind in {COUNTRY, DEMONYM} for p in u.payloads)
            and not any(p.kind == ACTOR for p in u.payloads)
        ]
        codes = [next(p.ref for p in u.payloads if p.kind in {COUNTRY, DEMONYM}) for u in country_units]
        if item.kind != "group" or len(set(codes)) < 2:
            result.append(item)
            continue
        for unit, code in zip(country_units[:-1], codes[:-1]):
            span = doc[unit.start : unit.end]
            part = Phrase(unit.start, unit.end, unit.end - 1, [unit])
            result.append(
                Resolved(
                    phrase=part, sentence=item.sentence, start=span.start_char, end=span.end_char,
                    text=span.text, kind="group", via="description", country=code, sectors=list(item.sectors),
                    name=span.text, plural=item.plural,
                )
            )
        last = country_units[-1]
        span = doc[last.start : phrase.end]
        item.start, item.text, item.country, item.needs_country = span.start_char, span.text, codes[-1], False
        item.phrase = Phrase(last.start, phrase.end, phrase.head, phrase.units[phrase.units.index(last) :])
        result.append(item)
    return result


def _actor_id(key: str, item: Resolved, taken: set[str]) -> str:
    country = item.country or "XXX"
    sector = item.sectors[0] if item.sectors else ""
    kind, _, rest = key.partition(":")
    if kind == "entry":
        base = f"{country}_{sector or 'UNK'}_{rest}"
    elif kind == "country":
        base = country
    elif kind == "group":
        base = f"{country}_{sector or 'UNK'}"
    elif kind == "place":
        base = f"{country}_place_{_slug(item.name)}"
    else:
        base = f"{country}_{sector or 'UNK'}_{_slug(item.name)}"
    actor_id, n = base, 2
    while actor_id in taken:
        actor_id, n = f"{base}_{n}", n + 1
    return actor_id


def _source(item: Resolved) -> str:
    if item.entry_id:
        return "dictionary"
    if item.kind in {"country", "place"} or item.via in {"capital", "demonym"}:
        return "country"
    if item.kind in {"group", "title"}:
        return "rule"
    return "ner"


def code_actors(doc: Doc, extraction: Extraction, resources: Resources) -> list[Resolved]:
    starts = [s.start for s in extraction.sentences] or [0]

    def sentence_of(char: int) -> int:
        return max(bisect.bisect_right(starts, char) - 1, 0)

    matches = resources.lexicon.find(doc)
    units = find_units(doc, matches)
    phrases = find_phrases(doc, units, resources.sectors, resources.person_ids)
    resolver = PhraseResolver(doc, resources, extraction.article.published)
    items = []
    for phrase in phrases:
        item = resolver.resolve(phrase, sentence_of(doc[phrase.start].idx))
        if item is not None:
            items.append(item)
    items = _split_conjoined(items, resolver, doc)
    stretch_over_complements(items, doc)
    regions = quote_regions(doc.text)
    for item in items:
        item.quote = inside(regions, item.start)
    date = _date(extraction.article.published)
    link_names(items, resources)
    link_titles(items, resources, date)
    link_appositions(items, doc)
    fill_countries(items, doc)
    attackers = unnamed_attackers(doc, items, sentence_of)
    if attackers:
        items = sorted(items + attackers, key=lambda i: (i.start, i.end))
    link_pronouns(items, doc)
    link_references(items, doc, resources.sectors.antecedent_sectors, actor_key, resources.countries.name_of)
    return items


def resolve_actors(doc: Doc, extraction: Extraction, config) -> None:
    resources = load_resources(getattr(config, "actor_dictionaries", None) or ())
    items = code_actors(doc, extraction, resources)
    actors: dict[str, Actor] = {}
    ids: dict[str, str] = {}
    for item in items:
        key = actor_key(item)
        if key is None:
            continue
        if key not in ids:
            if item.kind == "pronoun":
                continue
            ids[key] = _actor_id(key, item, set(ids.values()))
            actors[ids[key]] = Actor(
                id=ids[key], name=item.name or item.text, country=item.country, sectors=list(item.sectors),
                role=item.role, kind=item.kind if item.kind != "title" else "group", source=_source(item),
                dictionary_id=item.entry_id or "",
            )
        actor = actors[ids[key]]
        if not actor.role and item.role and item.kind != "pronoun":
            actor.role = item.role
        extraction.actor_mentions.append(
            ActorMention(item.start, item.end, item.text, item.sentence, ids[key], item.via)
        )
    extraction.actors.extend(actors.values())
    extraction.actor_mentions.sort(key=lambda m: (m.start, m.end))
    complete_entities(doc, extraction, items, resources)
