"""Quotes baseline: textacy's ``direct_quotations`` over the spaCy parse.

It finds direct quotations only, each with speaker tokens and cue; it raises
on some texts (unbalanced quote marks): such a document counts as no
predictions and is reported.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class QuoteGuess:
    content: tuple[int, int]
    speaker: tuple[int, int] | None


def predict(spacy_doc) -> list[QuoteGuess]:
    """Raises whatever textacy raises; the caller counts the failure."""
    from textacy.extract.triples import direct_quotations

    guesses = []
    for triple in direct_quotations(spacy_doc):
        speaker = None
        if triple.speaker:
            speaker = (min(t.idx for t in triple.speaker), max(t.idx + len(t.text) for t in triple.speaker))
        guesses.append(QuoteGuess((triple.content.start_char, triple.content.end_char), speaker))
    return guesses
