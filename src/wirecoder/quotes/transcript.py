"""Transcripts: "WALLACE: ... / PENCE: ..." paragraphs, one speaker a turn.

News sites print interview transcripts as paragraphs that each start with
the speaker's name in capitals and a colon, sometimes all wrapped in one
long quotation (each paragraph re-opening the quote). Every turn is the
direct speech of the person named by its label, never one quote for the
whole transcript.
"""

from __future__ import annotations

import re

from .context import Attribution, QuoteContext
from .marks import ALL_MARKS

# "PENCE:", "JAKE TAPPER:", "SEN. TIM KAINE:", "O'REILLY:" at the start of a paragraph,
# after an optional opening quote mark.
_TURN = re.compile(
    rf"[ \t]*[{re.escape(ALL_MARKS)}]?[ \t]*"
    r"(?P<label>[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,3})[ \t]*:[ \t]+(?P<rest>\S)"
)
_MIN_TURNS = 2  # a dialogue: turns of at least two different speakers


def transcript_turns(ctx: QuoteContext) -> list[Attribution]:
    """The turns of the transcripts in the document ([] when there is none).

    A label counts only in a dialogue (at least two different labels in the
    document) and when it is not a heading word ("UPDATE:", "VIDEO:")."""
    found: list[tuple[int, tuple[int, int], int, int]] = []
    for index, (start, end) in enumerate(ctx.paragraphs):
        m = _TURN.match(ctx.text, start, end)
        if m is None:
            continue
        label = m.group("label")
        if label.replace("’", "'").lower() in ctx.lexicon.not_speakers or sum(c.isalpha() for c in label) < 2:
            continue
        found.append((index, (m.start("label"), m.end("label")), m.start("rest"), end))
    labels = {ctx.text[s:e] for _, (s, e), _, _ in found}
    if len(labels) < _MIN_TURNS:
        return []
    turns = []
    for index, label, start, end in found:
        while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in ALL_MARKS and _unopened(ctx.text[start:end])):
            end -= 1  # the quote mark closing a transcript wrapped in quotes
        if end <= start:
            continue
        turn = Attribution(parts=[(start, end)], kind="direct", paragraph=index)
        turn.speaker = label
        colon = ctx.text.index(":", label[1])
        turn.cue_span = (colon, colon + 1)
        turn.frame = (label[0], colon + 1)
        turn.notes.append("transcript")
        turn.is_question = ctx.text[start:end].rstrip(ALL_MARKS + " ").endswith("?")
        turns.append(turn)
    return turns


def _unopened(text: str) -> bool:
    """Does the text end with a quote mark that nothing in it opened?"""
    last = text.rstrip()[-1:]
    if not last or last not in ALL_MARKS:
        return False
    openers = {'"': '"', "”": "“", "’": "‘", "'": "'", "»": "«", "›": "‹"}
    opener = openers.get(last)
    if opener is None:
        return True
    body = text.rstrip()[:-1]
    if opener == last:  # straight marks: balanced when their count is even
        return body.count(last) % 2 == 0
    return body.count(opener) <= body.count(last)
