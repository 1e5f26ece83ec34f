"""An article's text cut into segments, each covered by the extracted spans
(events, actors, quotes, times, places, quantities) that overlap it.

Spans overlap freely (a quotation holds actor mentions and an event
trigger), so the text is cut at every span boundary and each piece lists
the spans over it; the page draws each piece once, with a class per kind
and a link to the innermost span that has one. Segment text is plain text:
the template escapes it."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ["event", "actor", "quote", "time", "place", "quantity"]


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str  # shown on hover
    href: str = ""


@dataclass
class Segment:
    start: int
    end: int
    text: str
    spans: list[Span] = field(default_factory=list)
    sentence: int = -1
    sentence_start: bool = False  # the first segment of a sentence (an anchor goes here)

    @property
    def kinds(self) -> list[str]:
        return sorted({s.kind for s in self.spans}, key=_kind_order)

    @property
    def href(self) -> str:
        """The link of the innermost (shortest) span that has one."""
        linked = [s for s in self.spans if s.href]
        return min(linked, key=lambda s: (s.end - s.start, _kind_order(s.kind))).href if linked else ""

    @property
    def title(self) -> str:
        return " | ".join(dict.fromkeys(s.label for s in self.spans))


def segments(text: str, spans: list[Span], sentences: list[tuple[int, int]] = ()) -> list[Segment]:
    """Cut ``text`` at every span and sentence boundary. Spans outside the
    text or empty are ignored, so bad offsets never break the page."""
    n = len(text)
    valid = [s for s in spans if isinstance(s.start, int) and isinstance(s.end, int) and 0 <= s.start < s.end <= n]
    cuts = {0, n}
    for s in valid:
        cuts.update((s.start, s.end))
    for start, end in sentences:
        if 0 <= start <= n:
            cuts.add(start)
        if 0 <= end <= n:
            cuts.add(end)
    bounds = sorted(cuts)
    sentence_of = _sentence_lookup(sentences)
    result = []
    seen_sentences = set()
    # Spans sorted by start let each segment find its covering spans without
    # scanning everything (articles have hundreds of spans, not millions).
    by_start = sorted(valid, key=lambda s: s.start)
    for start, end in zip(bounds, bounds[1:]):
        covering = [s for s in by_start if s.start <= start and s.end >= end]
        sentence = sentence_of(start)
        first = sentence >= 0 and sentence not in seen_sentences
        seen_sentences.add(sentence)
        result.append(Segment(start, end, text[start:end], covering, sentence, first))
    return result


def _sentence_lookup(sentences):
    ordered = sorted((s, e, i) for i, (s, e) in enumerate(sentences))

    def find(offset: int) -> int:
        for start, end, index in ordered:
            if start <= offset < end:
                return index
        return -1

    return find
