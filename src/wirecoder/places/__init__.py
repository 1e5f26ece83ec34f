"""Places: toponyms found in the text, resolved offline to coordinates.

The pipeline stage is ``find_places(doc, extraction, config)``; the event
coder asks ``place_for_span(extraction, start, end)`` for the place governing
an event's clause. ``resolve_spans`` resolves given spans (the evaluation
uses it to measure resolution on the gold toponyms alone).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors.cities import correct_town_countries
from ..records import Extraction, Place
from .disambiguate import Resolution, Weights, resolve_mentions
from .gazetteer import load_gazetteer
from .toponyms import Mention, find_mentions

__all__ = ["find_places", "place_for_span", "resolve_spans", "Weights"]

# Prepositions that put an event somewhere ("clashed near Fronton", "troops to
# the border"); "from" and "into" too, since news places movements by them.
PLACE_PREPOSITIONS = {
    "in", "at", "near", "to", "into", "from", "across", "along", "inside", "outside", "on", "onto",
    "toward", "towards", "around", "within", "through", "over", "off", "outside", "throughout", "via",
}


def find_places(doc: Doc, extraction: Extraction, config=None, weights: Weights | None = None) -> None:
    """The pipeline stage: every toponym mention, resolved or unresolved with a reason."""
    try:
        gazetteer = load_gazetteer()
    except Exception as error:  # a broken install must not stop the other stages
        extraction.warnings.append(f"places: gazetteer unavailable ({error})")
        return
    mentions = find_mentions(doc, gazetteer)
    resolutions = resolve_mentions(mentions, gazetteer, weights, doc.text)
    extraction.places.extend(_place(doc, m, r) for m, r in zip(mentions, resolutions))
    # The actor stage placed towns by the largest of their name; these places read the context.
    correct_town_countries(extraction)


def resolve_spans(doc: Doc, spans: list[tuple[int, int]], weights: Weights | None = None) -> list[Place]:
    """Resolve given character spans of ``doc`` as toponyms, in the document's context."""
    gazetteer = load_gazetteer()
    mentions = []
    for start, end in spans:
        text = doc.text[start:end]
        kinds = {e.match for e in gazetteer.lookup(text)}
        kind = "name" if kinds & {"name", "alias", "alt"} or not kinds else ("demonym" if "demonym" in kinds else "adjective")
        span = doc.char_span(start, end, alignment_mode="expand")
        sentence = _sentence_index(doc, start)
        mentions.append(Mention(start, end, text, sentence, kind=kind, source="given", label=span.root.ent_type_ if span else ""))
    from .toponyms import _link_containment

    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    ordered = [mentions[i] for i in order]
    _link_containment(doc.text, ordered, gazetteer)
    resolutions = resolve_mentions(ordered, gazetteer, weights, doc.text)
    places: list[Place | None] = [None] * len(mentions)
    for position, i in enumerate(order):
        places[i] = _place(doc, ordered[position], resolutions[position])
    return places  # type: ignore[return-value]


def _sentence_index(doc: Doc, offset: int) -> int:
    if not doc.has_annotation("SENT_START"):
        return 0
    for i, sentence in enumerate(doc.sents):
        if sentence.start_char <= offset < sentence.end_char:
            return i
    return -1


def _attachment(doc: Doc, start: int, end: int) -> tuple[str, int | None]:
    """The preposition governing the place ("in Fronton") and the word it attaches to."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return "", None
    head = span.root
    # Climb appositions and compounds: "in Fronton, Texas", "at the U.S.-Mexico border".
    for _ in range(4):
        if head.dep_ in ("pobj", "pcomp") and head.head.pos_ == "ADP" or head.dep_ == "prep":
            break
        if head.dep_ in ("appos", "compound", "conj", "nmod", "amod", "poss") and head.head is not head:
            head = head.head
        else:
            break
    preposition = head.head if head.dep_ in ("pobj", "pcomp") else None
    if preposition is None or preposition.lower_ not in PLACE_PREPOSITIONS:
        return "", None
    return preposition.lower_, preposition.head.idx


def _place(doc: Doc, mention: Mention, resolution: Resolution) -> Place:
    # A place inside an organisation's name does not place an event ("at the University of Texas").
    preposition, attached_to = ("", None) if mention.inside_name else _attachment(doc, mention.start, mention.end)
    place = Place(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        sentence=mention.sentence,
        mention_kind=mention.kind,
        preposition=preposition,
        attached_to=attached_to,
    )
    entry = resolution.entry
    if entry is None:
        place.reason = resolution.reason
        return place
    place.name = entry.name
    place.latitude = entry.latitude
    place.longitude = entry.longitude
    place.country = entry.country
    place.admin1 = entry.admin1
    place.admin1_code = entry.admin1_code
    place.geonames_id = entry.geonames_id
    place.feature = "local" if resolution.approximate else entry.feature
    place.approximate = resolution.approximate
    place.resolved = True
    place.reason = resolution.reason
    return place


_SPECIFICITY = {"country": 0, "continent": 0, "region": 1, "sea": 1, "admin1": 2, "border": 3, "admin2": 3, "river": 3}


def place_for_span(extraction: Extraction, start: int, end: int) -> int | None:
    """Index into ``extraction.places`` of the place governing the clause at [start, end), else None.

    Only a place attached by a preposition (in, at, near, to, ...) in the same
    sentence counts: "Mexico" in "warned Mexico" is a target, not a location,
    and the dateline is not an event's place by default. A place whose
    preposition depends on a word inside the span wins; then the most specific,
    then the nearest.
    """
    sentence = next(
        (s.index for s in extraction.sentences if s.start <= start < s.end),
        None,
    )
    best: tuple[tuple, int] | None = None
    for index, place in enumerate(extraction.places):
        if not place.preposition or place.mention_kind != "name":
            continue
        if sentence is not None and place.sentence != sentence:
            continue
        if sentence is None and not (abs(place.start - end) < 200 or abs(start - place.end) < 200):
            continue
        inside = place.attached_to is not None and start <= place.attached_to < end
        distance = min(abs(place.start - end), abs(start - place.end))
        rank = (not inside, not place.resolved, _SPECIFICITY.get(place.feature, 4) * -1, distance)
        if best is None or rank < best[0]:
            best = (rank, index)
    return best[1] if best else None
