"""Rough quoted regions, for salience only (the quotes stage does the real work).

A pronoun inside a quotation usually points at someone named inside it, and
one outside at someone named outside ("'...his decision,' he said"): knowing
roughly where quotations are is enough for that. Apostrophes inside or at the
end of words ("Mexico’s", "families’") are not quote marks.
"""

from __future__ import annotations

OPENING = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "'": "'", "\u00ab": "\u00bb"}


def quote_regions(text: str) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if ch in OPENING and not before.isalnum() and not after.isspace():
            close = OPENING[ch]
            j = i + 1
            end = -1
            while j < n and text[j] != "\n":
                if text[j] == close or (ch == "\u2018" and text[j] == "'") or (ch == '"' and text[j] == "\u201d"):
                    nxt = text[j + 1] if j + 1 < n else " "
                    if not (text[j - 1].isalnum() and nxt.isalpha()):  # not an apostrophe
                        end = j
                        if not nxt.isalpha():
                            break
                j += 1
            if end > i:
                regions.append((i, end + 1))
                i = end + 1
                continue
        i += 1
    return regions


def inside(regions: list[tuple[int, int]], offset: int) -> int:
    """Index of the region holding the offset, or -1."""
    for k, (start, end) in enumerate(regions):
        if start <= offset < end:
            return k
        if start > offset:
            break
    return -1
