"""Find quoted stretches of text by pairing quote marks, whatever their style.

News text mixes straight, curly, single and angle quote marks, uses the same
character (’) for closing quotes and apostrophes, and continues long quotes
over paragraphs by re-opening each paragraph without closing the previous
one. This module pairs marks with a stack, character by character, and never
fails: a mark it cannot pair is reported as a warning and the best partial
quote is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_MARKS = '"“”„‟«»'
SINGLE_MARKS = "'‘’‚‛‹›"
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS

# Which way a mark faces by its shape alone; None = the shape does not tell.
_SHAPE = {
    '"': None, "“": "open", "”": "close", "„": "open", "‟": "open", "«": "open", "»": "close",
    "'": None, "‘": "open", "’": None, "‚": "open", "‛": "open", "‹": "open", "›": "close",
}
_OPEN_BEFORE = "([{—–-/" + ALL_MARKS  # after these a mark starts a quote
_CLOSE_AFTER = ".,;:!?)]}—–-…" + ALL_MARKS  # before these a mark ends a quote
_SENTENCE_END = ".!?…"
# Words that start with an elision apostrophe: ’90s, ’em, ’til, rock ’n’ roll.
_ELISION = re.compile(r"(?:\d\d(?:s|\b)|em|til|tis|twas|cause|bout|n[’'](?=\s)|n(?=[’']\s)|n\b|round)\b", re.I)


@dataclass
class QuotedSpan:
    """A stretch between an opening mark and its closing mark (both included)."""

    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or the end of a partial quote)
    family: str  # "double" or "single"
    depth: int = 0  # 0 = outermost quote, 1 = a quote inside a quote, ...
    closed: bool = True  # False when the closing mark is missing
    paragraph_breaks: int = 0  # how many paragraph boundaries it runs over
    inner: list[tuple[int, int]] = field(default_factory=list)  # nested quotes

    def content(self, text: str) -> str:
        return strip_marks(text[self.start : self.end])


def strip_marks(text: str) -> str:
    return text.strip().strip(ALL_MARKS).strip()


def family_of(char: str) -> str:
    return "double" if char in DOUBLE_MARKS else "single"


_STRAIGHT = "\"'"
_ANGLE = "«»‹›"


def same_style(a: str, b: str) -> bool:
    """Are the two marks of one style (straight, curly or angle)? A paragraph
    re-opening a quote repeats the mark that opened it; a paragraph opening
    with a mark of another style starts a quotation of its own, as when a
    straight mark opens each paragraph of a block excerpt whose own quotes
    are curly ('"The crowd cheered.' then '“Here he is,” she said.')."""

    def style(c: str) -> str:
        return "straight" if c in _STRAIGHT else "angle" if c in _ANGLE else "curly"

    return style(a) == style(b)


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def _left_bounded(prev: str) -> bool:
    return _is_space(prev) or prev in _OPEN_BEFORE


def _right_bounded(nxt: str) -> bool:
    return _is_space(nxt) or nxt in _CLOSE_AFTER


@dataclass
class _Open:
    pos: int
    char: str
    family: str
    paragraph_breaks: int = 0
    inner: list[tuple[int, int]] = field(default_factory=list)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.spans: list[QuotedSpan] = []
        self.warnings: list[str] = []

    # -- helpers -------------------------------------------------------------
    def _open_family(self, family: str) -> int | None:
        """Index in the stack of the innermost open quote of this family."""
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].family == family:
                return i
        return None

    def _close(self, index: int, end: int, closed: bool = True) -> None:
        """Close the stack entry at ``index`` (and, unclosed, those above it)."""
        while len(self.stack) > index + 1:
            inner = self.stack.pop()
            self.warnings.append(f"unclosed quote mark {inner.char!r} at offset {inner.pos}")
            self._record(inner, self._trim_end(end), closed=False)
        entry = self.stack.pop()
        self._record(entry, end, closed)

    def _record(self, entry: _Open, end: int, closed: bool) -> None:
        depth = len(self.stack)
        if end <= entry.pos + 1:
            return
        span = QuotedSpan(entry.pos, end, entry.family, depth, closed, entry.paragraph_breaks, entry.inner)
        self.spans.append(span)
        if self.stack:
            self.stack[-1].inner.append((span.start, span.end))

    def _trim_end(self, end: int) -> int:
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        return end

    def _later_single_close(self, pos: int, paragraph_end: int) -> bool:
        """Is there another mark later in the paragraph that could close a single quote?"""
        for m in re.finditer("[’'›]", self.text[pos + 1 : paragraph_end]):
            j = pos + 1 + m.start()
            prev = self.text[j - 1]
            nxt = self.text[j + 1] if j + 1 < len(self.text) else ""
            if not _is_space(prev) and _right_bounded(nxt) and not nxt.isalnum():
                return True
        return False

    # -- one mark ------------------------------------------------------------
    def mark(self, pos: int, paragraph_end: int, width: int = 1, char: str | None = None) -> None:
        """One quote mark at ``pos``; ``width``/``char`` for a mark written
        with two characters (''...'' and ``...'' are double quotes)."""
        text = self.text
        char = char or text[pos]
        prev = text[pos - 1] if pos > 0 else ""
        nxt = text[pos + width] if pos + width < len(text) else ""
        family = family_of(char)
        shape = _SHAPE[char]
        opening_place = _left_bounded(prev) and not _is_space(nxt)
        closing_place = not _is_space(prev) and _right_bounded(nxt)
        open_index = self._open_family(family)

        if family == "single":
            if prev.isalnum() and nxt.isalnum():
                return  # don’t, Mexico’s, rock’n’roll: an apostrophe
            if _left_bounded(prev) and _ELISION.match(text, pos + 1):
                return  # ’90s, ’em, ’n’
            if prev.isalnum() and nxt in "sS" and (pos + 2 >= len(text) or not text[pos + 2].isalnum()):
                return  # straight possessive: Trump's
            if shape != "open" and closing_place:
                if open_index is None:
                    return  # families’ or Americans’ with no quote open: possessive
                if prev in "sS" and text[pos + 1 : pos + 3].strip()[:1].islower() and self._later_single_close(
                    pos, paragraph_end
                ):
                    return  # "the Americans’ rights’": plural possessive inside a quote
                self._close(open_index, pos + 1)
                return
            if shape != "close" and opening_place:
                self.stack.append(_Open(pos, char, family))
                return
            if open_index is not None and not _is_space(prev):
                self._close(open_index, pos + 1)
            return  # anything else is taken for an apostrophe

        # double marks
        if open_index is not None:
            entry = self.stack[open_index]
            if closing_place or (shape == "close" and not opening_place) or (
                shape is None and not opening_place
            ):
                self._close(open_index, pos + width)
                return
            if char == "»" and entry.char == "«":
                self._close(open_index, pos + width)
                return
            if opening_place:
                # A quote re-opened after a sentence end without being closed:
                # the paragraph-continuation convention with the paragraph
                # break lost. Keep the quote going.
                before = text[entry.pos + width : pos].rstrip()
                if before and before[-1] in _SENTENCE_END + ",":
                    entry.paragraph_breaks += 1
                    return
                later = sum(1 for c in text[pos + width : paragraph_end] if c in DOUBLE_MARKS)
                if later >= 2:
                    # '"...what he calls "hell" than..."': a quote inside a
                    # quote written with the same marks
                    self.stack.append(_Open(pos, char, family))
                    return
                self.warnings.append(f"unclosed quote mark {entry.char!r} at offset {entry.pos}")
                self._close(open_index, self._trim_end(pos), closed=False)
                self.stack.append(_Open(pos, char, family))
                return
            self._close(open_index, pos + width)
            return
        if opening_place or (shape == "open" and not closing_place) or (shape is None and not closing_place):
            self.stack.append(_Open(pos, char, family))
            return
        if shape == "close" and char == "»" and not _is_space(nxt):
            self.stack.append(_Open(pos, char, family))  # German »…«
            return
        self.warnings.append(f"closing quote mark {char!r} at offset {pos} has no opening mark")

    # -- paragraphs ----------------------------------------------------------
    def end_paragraph(self, paragraph_end: int, next_start: int | None) -> None:
        """At a paragraph end: continue, or close what is still open."""
        if not self.stack:
            return
        text = self.text
        # Inner single quotes left open at a paragraph end were apostrophes
        # more often than not (’90s, goin’): drop them quietly.
        while self.stack and self.stack[-1].family == "single" and len(self.stack) > 1:
            self.stack.pop()
        bottom = self.stack[0]
        continues = False
        if next_start is not None and next_start < len(text):
            char = text[next_start]
            if text[next_start : next_start + 2] in ("''", "``"):
                char = '"'  # a double quote written with two marks
            continues = (
                char in ALL_MARKS
                and family_of(char) == bottom.family
                and _SHAPE[char] != "close"
                and same_style(char, bottom.char)
            )
        if continues:
            while len(self.stack) > 1:
                self.stack.pop()
            bottom.paragraph_breaks += 1
            return
        end = self._trim_end(paragraph_end)
        if len(self.stack) == 1 and bottom.family == "single" and _ELISION.match(text, bottom.pos + 1):
            self.stack.pop()
            return
        self.warnings.append(f"unclosed quote mark {bottom.char!r} at offset {bottom.pos}")
        self._close(0, end, closed=False)


_PARAGRAPH = re.compile(r"\n+")
# '<tweet id="6993" author="@someone">': markup left in the text; the marks
# around its attribute values delimit values, not quotations.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s\"'<>]+))?)*\s*/?>")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each markup tag with attributes in the text."""
    return [m.span() for m in _TAG.finditer(text) if "=" in m.group()]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between line breaks."""
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def scan_quotes(text: str) -> tuple[list[QuotedSpan], list[str]]:
    """All quoted stretches of ``text`` (outermost and nested), and warnings
    about marks that could not be paired."""
    scanner = _Scanner(text)
    paragraphs = paragraph_spans(text)
    tag_end = {start: end for start, end in markup_spans(text)}
    for i, (p_start, p_end) in enumerate(paragraphs):
        skip_first = False
        if scanner.stack:
            # This paragraph continues a quote opened before: its opening
            # mark re-opens that quote rather than starting a new one.
            skip_first = True
        pos = p_start
        while pos < p_end:
            if pos in tag_end:
                pos = tag_end[pos]
                continue
            char = text[pos]
            if char in ALL_MARKS or char == "`":
                pair = text[pos : pos + 2]
                width, as_char = (2, '"') if pair in ("''", "``") else (1, None)
                if char == "`" and width == 1:
                    pos += 1
                    continue
                if skip_first:
                    skip_first = False
                    if pos == p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()):
                        pos += width
                        continue
                scanner.mark(pos, p_end, width, as_char)
                pos += width
                continue
            pos += 1
        next_start = None
        if i + 1 < len(paragraphs):
            n_start, n_end = paragraphs[i + 1]
            next_start = n_start + len(text[n_start:n_end]) - len(text[n_start:n_end].lstrip())
        scanner.end_paragraph(p_end, next_start)
    scanner.spans.sort(key=lambda s: (s.start, -s.end))
    return scanner.spans, scanner.warnings


def outermost(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    return [s for s in spans if s.depth == 0]
