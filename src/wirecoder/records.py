"""Plain typed records passed between pipeline stages.

Every span is a pair of character offsets into the article's *clean* text
(``Article.clean_text``); ``Article.to_original`` maps an offset back to the
original text as it was read. Records are plain dataclasses so that each stage
can be tested, evaluated and replaced on its own, and so that storing and
exporting them is ``dataclasses.asdict``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawArticle:
    """An article as read from its input, before cleaning and identity."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str = ""  # "path", "path:line" for JSONL, "path#record" for WARC
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestProblem:
    """Input that could not be read (or only partly): named by file and line."""

    source: str  # the file path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class Article:
    id: str
    text: str  # original text, exactly as read (after decoding)
    clean_text: str
    # Segments (clean_start, original_start, length): runs of clean text that
    # are copied character for character from the original.
    offset_map: list[tuple[int, int, int]]
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    published_estimated: bool = False
    published_note: str = ""  # why/how the date was estimated
    source: str = ""  # file path (and line / record) it was read from
    warnings: list[str] = field(default_factory=list)

    def to_original(self, offset: int) -> int:
        """Map an offset in ``clean_text`` to the matching offset in ``text``."""
        if not self.offset_map:
            return offset
        # no list of starts built per call: this runs once per span mapped
        i = max(bisect.bisect_right(self.offset_map, offset, key=lambda seg: seg[0]) - 1, 0)
        clean_start, original_start, length = self.offset_map[i]
        return original_start + min(offset - clean_start, length)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.to_original(start), self.to_original(start)
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class EntityMention:
    """A named entity as the NER model found it."""

    start: int
    end: int
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC, DATE, ...
    sentence: int


@dataclass
class Actor:
    """A canonical actor: one record per distinct actor in a document."""

    id: str  # stable within the document, e.g. "USA_GOV_pete_hegseth"
    name: str
    country: str | None = None  # ISO-3, or IGO/NGO/MNC codes as in PLOVER
    sectors: list[str] = field(default_factory=list)  # PLOVER sector codes
    role: str = ""
    kind: str = ""  # person, organization, country, group, place
    source: str = ""  # how it was resolved: dictionary, rule, country, ner
    dictionary_id: str = ""  # the actor dictionary entry, when it came from one


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    sentence: int
    actor_id: str
    via: str = ""  # name, surname, title, pronoun, fuzzy, description, country


@dataclass
class TimeExpression:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value, e.g. 2025-01-31, 2025-W05, P2W, PRESENT_REF
    sentence: int = -1
    anchor: str | None = None  # the date it was resolved against
    mod: str = ""  # TIMEX3 mod: START, END, MID, APPROX, MORE_THAN, LESS_THAN, ...


@dataclass
class Place:
    start: int
    end: int
    text: str
    sentence: int = -1
    name: str = ""  # resolved canonical name
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None  # ISO-3
    admin1: str = ""
    geonames_id: int | None = None
    feature: str = ""  # city, country, admin1, river, base, crossing, region
    resolved: bool = False
    reason: str = ""  # why unresolved, or how resolved
    mention_kind: str = "name"  # name, adjective ("Mexican troops"), demonym ("Russians")
    admin1_code: str = ""  # ISO 3166-2, e.g. US-TX, when known
    preposition: str = ""  # the preposition that attaches it to its clause: in, at, near, ...
    attached_to: int | None = None  # character offset of the word that preposition depends on
    approximate: bool = False  # a street or building placed at the article's main town


@dataclass
class Quote:
    content_start: int
    content_end: int
    content: str
    kind: str  # direct, indirect, mixed
    sentence: int = -1
    speaker_text: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_actor_id: str | None = None
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    venue: str = ""
    date: str | None = None
    # The pieces of a split quote ("'A,' the secretary said. 'B.'"), each
    # [start, end]; content_start/content_end span them all.
    parts: list[list[int]] = field(default_factory=list)
    # How the speaker was found: after/before (a cue next to the quote),
    # colon (an introducing sentence), label ("Name: ...", "... ― Name"),
    # transcript (a turn of an interview transcript, "PENCE: ..."), inherited
    # (the quote before), answer (the person asked), parse (indirect speech).
    attribution: str = ""


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    unit: str = ""
    counts: str = ""  # what is counted: "troops", "overdose deaths"
    change: str = "="  # =, ~, up, down, >, <
    sentence: int = -1
    value_low: float | None = None
    value_high: float | None = None
    # value is None for a range ("between 5 and 10", "tens of millions"): read value_low/value_high
    unit_text: str = ""  # the unit as written: "per cent", "kilos", "US $"
    counts_phrase: str = ""  # the counted noun phrase as written: "active-duty troops" (counts: "troops")
    kind: str = ""  # what the unit measures: ratio, money, length, mass, duration, age, count, ...
    bound: str = ""  # ~, > or < when the text qualifies the value ("about", "more than", "up to"), even if change is up/down
    link: str = ""  # range, from, to, or: how it is tied to the quantity next to it ("from 31,000 to 87,000")


@dataclass
class Event:
    type: str  # one of the 16 PLOVER types
    sentence: int
    trigger_start: int
    trigger_end: int
    trigger: str
    mode: str = ""
    contexts: list[str] = field(default_factory=list)
    source_actor_ids: list[str] = field(default_factory=list)
    target_actor_ids: list[str] = field(default_factory=list)
    source_text: str = ""
    target_text: str = ""
    modality: str = "occurred"  # occurred, threatened, planned, hypothetical, negated, reported
    date: str | None = None
    # day, week, month, year (read from the text) or publication (the article's date)
    date_precision: str = ""
    place_index: int | None = None  # index into Extraction.places
    intensity: float = 0.0  # PLOVER score of type:mode x modality weight, -10..+10
    confidence: float = 0.5
    spans: dict[str, list[int]] = field(default_factory=dict)  # argument -> [start, end]
    # The action a THREATEN / AGREE / REQUEST / REJECT is about ("SANCTION" for a
    # threatened tariff), when the text names one.
    action_type: str = ""
    quad: int = 0  # PLOVER quad: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    source_spans: list[list[int]] = field(default_factory=list)  # one [start, end] per actor
    target_spans: list[list[int]] = field(default_factory=list)
    # Other sentences of the same article reporting this same event:
    # {"sentence", "trigger_start", "trigger_end", "trigger"}.
    mentions: list[dict[str, Any]] = field(default_factory=list)
    # The learned classifier's reading of the event's sentence (events/quad_classifier.py):
    # its CAMEO quad class (0 statement/appeal .. 4 material conflict) and probability;
    # None when no classifier weights are shipped. It never creates or retypes an event.
    sentence_quad: int | None = None
    sentence_quad_probability: float | None = None
    # The main event of its sentence: the most confident (then earliest) of the
    # sentence's events whose quad class the classifier agrees with, else of all.
    sentence_main: bool = False


@dataclass
class Extraction:
    """Everything wirecoder extracted from one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)  # stages that ran
    warnings: list[str] = field(default_factory=list)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor mentioned at (or overlapping) a character span, if any."""
        for m in self.actor_mentions:
            if m.start < end and start < m.end:
                return self.actor(m.actor_id)
        return None

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        data = asdict(self)
        data["article"].pop("offset_map")
        return data
