"""Finding toponyms: where the text names a place.

Sources, merged with longer spans winning:
- the curated phrases ("the southern border", "Fort Bliss", "Rio Grande"),
  matched case-insensitively on the tokens, which spaCy's NER often misses or
  labels ORG;
- spaCy GPE, LOC and FAC entities, trimmed of "the" and a possessive, split at
  a comma ("El Paso, Texas") or a hyphen ("U.S.-Mexico") when both halves
  are places;
- NORP entities and ORG entities that the gazetteer knows as a place name or a
  place adjective: "Mexican officials", "Russians", "Michoacan" (which the small
  model calls NORP). Both gold sets annotate these adjectival and metonymic
  uses, so they are mentions too, marked with their ``kind``;
- a well-known place at the start of an organisation's name or after its "of"
  ("Laurel County Sheriff's Office", "University of Texas"), marked
  ``inside_name`` (both gold sets annotate these; they never place an event);
- every other occurrence of a name the document already uses as a place, when
  the model tagged it a person or organisation or missed it (one sense per
  discourse).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .curated import load_curated_places
from .gazetteer import GENERIC_NAMES, Gazetteer
from .names import name_key

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAYBE_PLACE_LABELS = {"NORP", "ORG"}
_POSSESSIVE = re.compile(r"(['’]s?|\s)+$")
_LEADING_THE = re.compile(r"^(the|The|THE)\s+")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    sentence: int
    kind: str = "name"  # name, adjective ("Mexican troops"), demonym ("Russians")
    source: str = "ner"  # ner, curated, split, organisation, repeat
    label: str = ""  # spaCy label of the entity it came from
    within: int | None = None  # index of the mention that contains it ("El Paso, *Texas*")
    inside_name: bool = False  # part of an organisation's name ("*Gainesville* Police Department")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and a trailing possessive."""
    segment = text[start:end]
    lead = _LEADING_THE.match(segment)
    if lead:
        start += lead.end()
    segment = text[start:end]
    tail = _POSSESSIVE.search(segment)
    if tail and tail.start() > 0:
        end = start + tail.start()
    return start, end


@lru_cache(maxsize=4)
def _curated_matcher(vocab_id: int):
    from wirecoder.nlp import load_nlp

    nlp = load_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    patterns = []
    for place in load_curated_places():
        for name in (place.name, *place.aliases):
            patterns.append(nlp.make_doc(name))
    matcher.add("CURATED", patterns)
    return matcher


def _capitalization_agrees(span: Span, names: set[str]) -> bool:
    """A curated name written with capitals ("Pentagon") needs them in the text too."""
    words = [t.text for t in span if t.lower_ != "the"]
    return any(w[:1].isupper() for w in words) or span.text.lower().lstrip("the ").strip() in names


@lru_cache(maxsize=1)
def _lowercase_curated_names() -> frozenset[str]:
    """Curated names that are written in lower case ("southern border")."""
    names = set()
    for place in load_curated_places():
        for name in (place.name, *place.aliases):
            stripped = _LEADING_THE.sub("", name)
            if stripped and stripped[0].islower():
                names.add(stripped.lower())
    return frozenset(names)


def _curated_mentions(doc: Doc) -> list[tuple[int, int]]:
    matcher = _curated_matcher(id(doc.vocab)) if doc.vocab is _vocab_of_model() else None
    if matcher is None:
        return []
    spans = []
    lowercase = _lowercase_curated_names()
    for _, start, end in matcher(doc):
        span = doc[start:end]
        if _capitalization_agrees(span, lowercase):
            spans.append((span.start_char, span.end_char))
    return spans


def _vocab_of_model():
    from wirecoder.nlp import load_nlp

    return load_nlp().vocab


def _pieces(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Split "El Paso, Texas" or "U.S.-Mexico" into places when the whole is not one name."""
    segment = text[start:end]
    if gazetteer.has_key(segment):
        return [(start, end)]
    for separator in (", ", "-", "–", "/"):
        if separator in segment:
            parts, offset = [], start
            for part in segment.split(separator):
                stripped = part.strip()
                if stripped:
                    part_start = offset + part.index(stripped)
                    parts.append((part_start, part_start + len(stripped)))
                offset += len(part) + len(separator)
            if len(parts) > 1 and all(gazetteer.has_key(text[a:b]) for a, b in parts):
                return parts
    return [(start, end)]


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    text = doc.text
    sentence_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]

    def sentence_of(offset: int) -> int:
        index = 0
        for i, start in enumerate(sentence_starts):
            if start <= offset:
                index = i
            else:
                break
        return index

    candidates: list[Mention] = []
    for start, end in _curated_mentions(doc):
        start, end = _trim(text, start, end)
        candidates.append(Mention(start, end, text[start:end], sentence_of(start), source="curated"))

    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MAYBE_PLACE_LABELS:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if end <= start or name_key(text[start:end]) in GENERIC_NAMES:
            continue  # "our Country", "the State": common nouns written with a capital
        for a, b in _pieces(text, start, end, gazetteer):
            surface = text[a:b]
            if ent.label_ in PLACE_LABELS:
                kind = "name"
            else:
                matches = gazetteer.lookup(surface)
                kinds = {m.match for m in matches}
                if ent.label_ == "NORP":
                    # The small model calls some places NORP ("Michoacan").
                    if kinds & {"adjective"}:
                        kind = "adjective" if not surface.endswith("s") or "demonym" not in kinds else "demonym"
                    elif kinds & {"demonym"}:
                        kind = "demonym"
                    elif kinds & {"name", "alias"}:
                        kind = "name"
                    else:
                        continue
                else:
                    # ORG: only well-known place names ("U.S." in "U.S.-Mexico", "Pentagon"),
                    # not the long tail of small towns that share a word with a company.
                    if not any(m.match in ("name", "alias") and m.feature in ("country", "admin1", "continent")
                               or m.source == "curated" for m in matches):
                        if EMBEDDED_IN_ORGANISATIONS and (a, b) == (start, end):
                            candidates.extend(_place_in_organisation(doc, ent, gazetteer, sentence_of))
                        continue
                    kind = "name"
            candidates.append(Mention(a, b, surface, sentence_of(a), kind=kind, label=ent.label_,
                                      source="split" if (a, b) != (start, end) else "ner"))

    mentions = _extended(text, _without_overlaps(candidates), gazetteer)
    mentions = _extended(text, _without_overlaps(mentions + _repeated_names(doc, mentions, gazetteer, sentence_of)), gazetteer)
    _link_containment(text, mentions, gazetteer)
    return mentions


# Whether a place name inside an organisation's name ("Gainesville Police
# Department", "University of Texas") is a mention too; LGL annotates these.
EMBEDDED_IN_ORGANISATIONS = True


_ORGANISATION_MIN_POPULATION = 50_000
# "Northwest Cancer Centre": a direction, not Cameroon's Northwest region.
_COMPASS_POINTS = {"northwest", "northeast", "southwest", "southeast"}


def _place_in_organisation(doc: Doc, ent: Span, gazetteer: Gazetteer, sentence_of) -> list[Mention]:
    """The well-known place at the start of an organisation's name or after its "of":
    "Laurel County Sheriff's Office", "Ohio State University", "University of Texas",
    "the U.S. Federal Trade Commission"; else a country anywhere in it: "Air Canada Cargo"."""
    tokens = list(ent)
    lead = 1 if tokens and tokens[0].lower_ == "the" else 0
    starts = [lead] + [i + 1 for i, t in enumerate(tokens[:-1]) if t.lower_ == "of"]
    for first in starts:
        for last in range(min(len(tokens), first + 4), first, -1):
            if first == lead and last == len(tokens):
                continue  # the whole name was judged already
            piece = doc[ent.start + first: ent.start + last]
            if not piece.text[:1].isupper() or name_key(piece.text) in GENERIC_NAMES | _COMPASS_POINTS:
                continue
            matches = gazetteer.lookup(piece.text)
            if first == lead and last == first + 1 and any(
                    m.match == "adjective" and m.feature in ("country", "continent") for m in matches):
                # A country's adjective opening the name: "Nigerian Army", "the Canadian Press".
                return [Mention(piece.start_char, piece.end_char, piece.text, sentence_of(piece.start_char),
                                kind="adjective", source="organisation", label="ORG", inside_name=True)]
            if any(m.match in ("name", "alias") and (
                    m.feature in ("country", "admin1", "admin2", "continent") or m.source == "curated"
                    or m.population >= _ORGANISATION_MIN_POPULATION) for m in matches):
                return [Mention(piece.start_char, piece.end_char, piece.text, sentence_of(piece.start_char),
                                source="organisation", label="ORG", inside_name=True)]
    for first in range(lead + 1, len(tokens)):
        for last in range(min(len(tokens), first + 3), first, -1):
            piece = doc[ent.start + first: ent.start + last]
            if not piece.text[:1].isupper():
                continue
            if any(m.match in ("name", "alias") and m.feature == "country" for m in gazetteer.lookup(piece.text)):
                return [Mention(piece.start_char, piece.end_char, piece.text, sentence_of(piece.start_char),
                                source="organisation", label="ORG", inside_name=True)]
    return []


def _repeated_names(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, sentence_of) -> list[Mention]:
    """Other occurrences of a name the document already uses as a place.

    One sense per discourse for recognition too: the small model tags "Gainesville"
    as a place once and as a person or an organisation elsewhere, or skips the
    upper-case dateline ("GAINESVILLE, Fla. —"). An occurrence inside a longer
    person's name ("Paris Hilton") or after another capitalised word ("New Paris")
    is not the place.
    """
    text = doc.text
    names = {
        m.text for m in mentions
        if m.kind == "name" and (m.label in PLACE_LABELS or m.source == "curated")
        and len(m.text) >= 3 and m.text[:1].isupper() and gazetteer.lookup(m.text)
    }
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for name in names:
        pattern = re.compile(r"(?<![\w.-])(" + re.escape(name) + "|" + re.escape(name.upper()) + r")(?![\w-])")
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            entity = next((e for e in doc.ents if e.start_char < end and start < e.end_char), None)
            if entity is not None and entity.label_ not in PLACE_LABELS | MAYBE_PLACE_LABELS | {"PERSON"}:
                continue
            inside = entity is not None and (entity.start_char, entity.end_char) != (start, end)
            if inside and (entity.label_ != "ORG" or not EMBEDDED_IN_ORGANISATIONS):
                continue  # part of a person's or a work's name
            if span.start > 0:
                previous = doc[span.start - 1]
                if previous.text[:1].isupper() and not previous.is_sent_start and previous.lower_ != "the":
                    continue
            found.append(Mention(start, end, text[start:end], sentence_of(start), source="repeat",
                                 label=entity.label_ if entity is not None else "", inside_name=inside))
    return found


_NEXT_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")
_ABBREVIATED_PREFIX = {"st", "ste", "ft", "mt"}


def _extended(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions the model cut short, grown by the capitalised words after them when the
    longer name is a known place: "MEXICO" + "CITY", "U.S." + "Virgin Islands",
    "Baja" + "California", "ST" + ". LOUIS"; and an unknown name by the street or
    building word after it: "North State" + "Street"."""
    from .disambiguate import LOCAL_FEATURE_WORDS  # (disambiguate imports this module)

    result: list[Mention] = []
    for mention in mentions:
        grown = None
        if mention.kind == "name" and not gazetteer.has_key(mention.text):
            word = _NEXT_WORD.match(text, mention.end)
            if word is not None and word.group(1).lower() in LOCAL_FEATURE_WORDS:
                grown = (word.end(), text[mention.start:word.end()])
        if grown is None and mention.kind == "name":
            end = mention.end
            if name_key(mention.text) in _ABBREVIATED_PREFIX and text[end:end + 1] == ".":
                end += 1  # "ST. LOUIS": the model stopped at the period
            for _ in range(2):
                word = _NEXT_WORD.match(text, end)
                if word is None or "\n" in text[end:word.start(1)]:
                    break
                end = word.end()
                surface = text[mention.start:end]
                if any(e.match in ("name", "alias") and (
                        e.feature in ("country", "admin1", "admin2", "continent") or e.source == "curated"
                        or e.population >= 1000) for e in gazetteer.lookup(surface)):
                    grown = (end, surface)
        if grown is None:
            result.append(mention)
        else:
            end, surface = grown
            result.append(Mention(mention.start, end, surface, mention.sentence, label=mention.label, source=mention.source))
    # The grown mention swallows the mentions it now covers ("California" of "Baja California").
    return _without_overlaps(result)


def _without_overlaps(candidates: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (curated phrases over NER pieces)."""
    chosen: list[Mention] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.source != "curated", m.start)):
        if all(mention.end <= other.start or other.end <= mention.start for other in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


_CONTAINER_GAP = re.compile(r"^\s*,\s*$")


def _link_containment(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """"El Paso, Texas": the second names a place that contains the first."""
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if _CONTAINER_GAP.match(text[first.end:second.start]) and first.kind == "name" and second.kind == "name":
            if any(e.feature in ("country", "admin1", "admin2") for e in gazetteer.lookup(second.text)):
                first.within = i + 1
