"""Clean an article's text while keeping every character traceable.

The clean text is built only from pieces copied out of the original (plus
single separators), and ``Article.offset_map`` records where each piece came
from, so that any span found later can be shown in the original text.

What cleaning does, and why:
- paragraphs printed twice (photo captions repeated by the page template) are
  dropped on their second appearance, so they are not coded twice;
- runs of white space inside a paragraph become one space, paragraphs are
  separated by one blank line: spaCy's sentences and our offsets stay stable;
- exotic spaces and zero-width characters are removed or made plain spaces.
Quote marks are kept as they are: curly marks tell opening from closing,
which the quote extractor needs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .records import Article, RawArticle

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WHITESPACE_RUN = re.compile(r"\s+")
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def normalize_for_identity(text: str) -> str:
    """The form of a text used for its identity: case, spacing and quote style
    do not make two copies of an article different."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`´]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f\u2033«»]", '"', text)
    return _WHITESPACE_RUN.sub(" ", text).strip().lower()


def article_id(text: str) -> str:
    """Stable id from the normalized text: the same article read from another
    file, with other spacing or quote marks, gets the same id."""
    return hashlib.sha256(normalize_for_identity(text).encode("utf-8")).hexdigest()[:16]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of the original text."""
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def clean_text(text: str) -> tuple[str, list[tuple[int, int, int]], int]:
    """Return (clean text, offset map, number of repeated paragraphs dropped)."""
    pieces: list[str] = []
    offset_map: list[tuple[int, int, int]] = []
    seen: set[str] = set()
    dropped = 0
    length = 0

    def copy(original_start: int, chunk: str) -> None:
        nonlocal length
        if offset_map and offset_map[-1][0] + offset_map[-1][2] == length and (
            offset_map[-1][1] + offset_map[-1][2] == original_start
        ):
            c, o, n = offset_map[-1]
            offset_map[-1] = (c, o, n + len(chunk))
        else:
            offset_map.append((length, original_start, len(chunk)))
        pieces.append(chunk)
        length += len(chunk)

    def separator(sep: str) -> None:
        nonlocal length
        pieces.append(sep)
        length += len(sep)

    for p_start, p_end in _paragraphs(text):
        key = normalize_for_identity(text[p_start:p_end])
        # Only paragraphs of some length count as repeats: a short line such
        # as "Advertisement" or a lone dash can legitimately recur.
        if key in seen and len(key) > 20:
            dropped += 1
            continue
        seen.add(key)
        if pieces:
            separator("\n\n")
        first_word = True
        for word in re.finditer(r"\S+", text[p_start:p_end]):
            token = word.group()
            if any(ch in _INVISIBLE for ch in token):
                # drop invisible characters one by one, copying the rest
                parts = re.split("([" + "".join(_INVISIBLE) + "])", token)
                pos = p_start + word.start()
                visible = "".join(part for part in parts if part not in _INVISIBLE)
                if not visible:
                    continue
                if not first_word:
                    separator(" ")
                for part in parts:
                    if part and part not in _INVISIBLE:
                        copy(pos, part)
                    pos += len(part)
            else:
                if not first_word:
                    separator(" ")
                copy(p_start + word.start(), token)
            first_word = False
    return "".join(pieces), offset_map, dropped


def make_article(raw: RawArticle) -> Article:
    """Clean a raw article and give it its identity."""
    text = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    # Normalizing line ends changes offsets; keep the decoded text as the
    # original so that offsets always point into what is stored.
    clean, offset_map, dropped = clean_text(text)
    warnings = list(raw.warnings)
    if dropped:
        warnings.append(f"dropped {dropped} repeated paragraph(s)")
    title = raw.title
    if not title:
        first = clean.split("\n\n", 1)[0]
        title = first if len(first) < 300 else first[:297] + "..."
    return Article(
        id=article_id(clean),
        text=text,
        clean_text=clean,
        offset_map=offset_map,
        title=title,
        outlet=raw.outlet,
        url=raw.url,
        published=raw.published,
        source=raw.source,
        warnings=warnings,
    )
