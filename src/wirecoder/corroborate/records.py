"""Records of what several articles say together: one event with its
mentions, one statement or numeric fact with its reports, a conflict, a
measure's status history. Every one keeps the mentions it rests on, each
pointing at an article, a sentence and a character span."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    article_id: str
    outlet: str  # the outlet, or the article id when the outlet is unknown
    published: str | None
    sentence: int
    start: int
    end: int
    record: int  # index of the event / quote / quantity in its article's extraction; -1 for a sentence


class Reported:
    """Counts of what rests on several mentions: a near-duplicate is not
    among them (it is linked, not coded), and an article with no known outlet
    counts as an outlet of its own."""

    mentions: list[Mention]

    @property
    def articles(self) -> int:
        return len({m.article_id for m in self.mentions})

    @property
    def outlets(self) -> int:
        return len({m.outlet for m in self.mentions})


@dataclass
class CorroboratedEvent(Reported):
    type: str
    mode: str
    source: str  # actor labels, "; "-joined
    target: str
    source_countries: list[str]
    target_countries: list[str]
    date: str | None
    modality: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Statement(Reported):
    speaker: str
    content: str  # the longest report of it
    kind: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class NumericFact(Reported):
    text: str  # the figure as most reports write it: "1,600", "25 percent"
    counts: str  # what it counts, as written: "active-duty troops"
    key: str  # the counted thing reduced for comparison: "troop"
    unit: str
    change: str  # =, ~, up, down, >, <
    values: tuple[float, float]  # low, high (equal for a single value)
    event: int | None = None  # index into StoryFindings.events of the event told with it
    actors: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class ConflictSide:
    value: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Conflict:
    kind: str  # number, date, actor
    subject: str  # what the sides disagree about, e.g. "MOBILIZE troops: troops"
    sides: list[ConflictSide] = field(default_factory=list)
    within_article: bool = False  # disputed inside one article


@dataclass
class StatusStep:
    status: str  # announced, imposed, paused, lifted, threatened
    date: str | None  # the date the step is for (e.g. the date a tariff takes effect)
    mention: Mention | None = None


@dataclass
class StatusHistory:
    subject: str  # e.g. "SANCTION by USA on MEX"
    steps: list[StatusStep] = field(default_factory=list)


@dataclass
class StoryFindings:
    events: list[CorroboratedEvent] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    facts: list[NumericFact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    histories: list[StatusHistory] = field(default_factory=list)
