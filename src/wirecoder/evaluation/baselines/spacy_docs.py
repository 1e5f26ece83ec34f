"""Parsing gold texts with the same spaCy model wirecoder uses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from ...nlp import load_nlp


def parse_texts(texts: Sequence[str], batch_size: int = 16) -> Iterator[Doc]:
    yield from load_nlp().pipe(texts, batch_size=batch_size)
