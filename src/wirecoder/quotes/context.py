"""What every part of the quote extractor needs to look at one document."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon, cue_lexicon
from .marks import QuotedSpan, paragraph_spans

SENTENCE_FINAL = {".", "!", "?", "…"}


def ends_sentence(token: Token) -> bool:
    """A sentence-final mark, but not the period of a title or an initial
    that the tokenizer split off ("Army Capt. Christian Pardo", "George W.
    Bush"), unless a paragraph ends there."""
    if token.text not in SENTENCE_FINAL:
        return False
    if token.text == "." and token.i > 0 and "\n" not in token.whitespace_:
        previous = token.doc[token.i - 1]
        if not previous.whitespace_ and (
            (len(previous.text) == 1 and previous.text.isupper())
            or previous.text.lower() in cue_lexicon().abbreviations
        ):
            return False
    return True


@dataclass
class Attribution:
    """A quote being built: where its words are, who said them, and how we know."""

    parts: list[tuple[int, int]]  # content pieces (a split quote has several)
    kind: str  # direct, indirect, mixed
    cue: Token | None = None
    cue_span: tuple[int, int] | None = None  # the cue's characters (":" or "according to" too)
    speaker: tuple[int, int] | None = None  # speaker mention span
    addressee: tuple[int, int] | None = None  # who was asked/told, for interviews
    frame: tuple[int, int] | None = None  # the words around the quote that attribute it
    inherited_from: "Attribution | None" = None  # a bare quote continuing this one
    paragraph: int = -1
    is_question: bool = False
    date: str | None = None
    venue: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class QuoteContext:
    """Offsets, paragraphs and tokens of one parsed document."""

    def __init__(self, doc: Doc, lexicon: CueLexicon | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicon = lexicon or cue_lexicon()
        self.paragraphs = paragraph_spans(self.text)
        self._paragraph_starts = [p[0] for p in self.paragraphs]
        self._token_starts = [t.idx for t in doc]
        self.quoted: list[QuotedSpan] = []  # outermost quotes, set by the stage

    def paragraph_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)

    def paragraph_span(self, index: int) -> tuple[int, int]:
        if 0 <= index < len(self.paragraphs):
            return self.paragraphs[index]
        return (0, len(self.text))

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside [start, end)."""
        i = bisect.bisect_left(self._token_starts, start)
        out = []
        while i < len(self.doc) and self.doc[i].idx + len(self.doc[i].text) <= end:
            out.append(self.doc[i])
            i += 1
        return out

    def token_at(self, offset: int) -> Token | None:
        i = bisect.bisect_right(self._token_starts, offset) - 1
        if 0 <= i < len(self.doc) and offset < self.doc[i].idx + len(self.doc[i]):
            return self.doc[i]
        return None

    def inside_quote(self, start: int, end: int) -> QuotedSpan | None:
        for span in self.quoted:
            if span.start <= start and end <= span.end:
                return span
        return None

    def sentence_index(self, offset: int) -> int:
        token = self.token_at(offset)
        if token is None:
            for t in self.doc:
                if t.idx >= offset:
                    token = t
                    break
        if token is None:
            return -1
        for i, sent in enumerate(self.doc.sents):
            if sent.start <= token.i < sent.end:
                return i
        return -1
