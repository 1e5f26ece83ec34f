"""Which spans of a sentence to code: split at line breaks, headlines
re-parsed in lower case (offsets unchanged)."""

from __future__ import annotations

from spacy.tokens import Span


def looks_like_headline(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or text.rstrip().endswith((".", "?", "!")):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def line_pieces(sent: Span) -> list[tuple[int, int]]:
    """Character ranges of a sentence split at line breaks.

    The parser sometimes runs a headline or caption into the next paragraph
    as one sentence; a line break always ends a sentence in news text.
    """
    ranges = []
    start = sent.start_char
    for token in sent:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.idx if token.is_space else token.idx + len(token.text)
            if sent.doc.text[start:end].strip():
                ranges.append((start, end))
            start = token.idx + len(token.text_with_ws)
    if sent.doc.text[start:sent.end_char].strip():
        ranges.append((start, sent.end_char))
    return ranges


def spans_to_code(sent: Span, nlp_parse) -> list[tuple[Span, int]]:
    """The spans to code for one sentence, each with the offset of its text.

    A piece split off at a line break is parsed again on its own; a Title Case
    headline is parsed in lower case (Title Case misleads the tagger: "Warns"
    becomes a proper noun), keeping named entities capitalised. Only letter
    case changes, so every character offset stays exact.
    """
    pieces = line_pieces(sent)
    if nlp_parse is None or (len(pieces) == 1 and pieces[0] == (sent.start_char, sent.end_char)
                             and not looks_like_headline(sent.text)):
        return [(sent, 0)]
    doc = sent.doc
    result = []
    for start, end in pieces:
        text = doc.text[start:end]
        if looks_like_headline(text):
            entity_chars = {i for ent in doc.ents if ent.start_char < end and start < ent.end_char
                            for i in range(ent.start_char, ent.end_char)}
            first_word = len(text) - len(text.lstrip())
            text = "".join(
                c if (start + k) in entity_chars or k == first_word else c.lower() for k, c in enumerate(text)
            )
        redone = nlp_parse(text)
        if len(redone.text) == end - start:
            result.append((redone[:], start))
    return result
