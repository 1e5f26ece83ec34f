"""Rebuild readable text from tokens (ECB+, ConfliBERT), keeping each token's
character offsets, so that spans over tokens become spans over the text."""

from __future__ import annotations

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "’s", "n't", "'re", "'ve",
                    "'ll", "'d", "'m", "''", "”", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "‘", "#"}


def detokenize_with_offsets(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    previous = None
    for token in tokens:
        if previous is not None and token not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            pieces.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        pieces.append(token)
        length += len(token)
        previous = token
    return "".join(pieces), offsets


def detokenize(tokens: list[str]) -> str:
    return detokenize_with_offsets(tokens)[0]
