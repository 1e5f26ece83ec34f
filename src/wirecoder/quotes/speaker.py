"""Who is speaking: the grammatical subject of a cue, as a mention span."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Right-hand parts of a noun phrase that still name the speaker
# ("Gov. Mike Pence (R-IN)", "a spokeswoman for the campaign"), as opposed to
# relative clauses and appositions that describe them at length.
_KEEP_RIGHT = {"compound", "flat", "nummod", "poss", "case", "prep", "pobj", "amod", "nmod", "cc", "conj", "det"}
_NOUNISH = {"PROPN", "NOUN", "PRON"}


def phrase_span(token: Token, limit: tuple[int, int] | None = None) -> tuple[int, int]:
    """The character span of the noun phrase headed by ``token``."""
    left = token
    for child in token.lefts:
        if child.dep_ in ("punct",) or child.pos_ == "PUNCT":
            continue
        if child.left_edge.i < left.i:
            left = child.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in _KEEP_RIGHT and child.pos_ != "PUNCT":
            if child.right_edge.i > right.i:
                right = child.right_edge
        else:
            break
    start, end = left.idx, right.idx + len(right.text)
    # Do not run into a quote or past the frame the speaker was found in.
    if limit is not None:
        start, end = max(start, limit[0]), min(end, limit[1])
        if end <= start:
            start, end = token.idx, token.idx + len(token.text)
    text = token.doc.text
    # a mention never runs over a paragraph break (spaCy's sentences may)
    newline = text.rfind("\n", start, token.idx)
    if newline != -1:
        start = newline + 1
    newline = text.find("\n", token.idx + len(token.text), end)
    if newline != -1:
        end = newline
    while end > start and text[end - 1] in " ,;:—–-(\"'“”‘’":
        end -= 1
    while start < end and text[start] in " ,;:—–-)\"'“”‘’":
        start += 1
    return start, end


def subject_of(cue: Token) -> Token | None:
    """The subject of a cue verb; for "stopped and said" the subject of the first verb,
    for "Hegseth, who said" the noun the relative clause is about."""
    for dep in SUBJECT_DEPS:
        for child in cue.children:
            if child.dep_ == dep:
                if child.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
                    return cue.head
                return child
    # passive "was told by X" has no speaker; "X stopped and said": the
    # conjoined verb shares the first verb's subject.
    if cue.dep_ in ("conj", "xcomp", "advcl") and cue.head is not cue and cue.head.pos_ in ("VERB", "AUX"):
        for dep in SUBJECT_DEPS:
            for child in cue.head.children:
                if child.dep_ == dep:
                    return child
    for child in cue.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def addressee_of(cue: Token) -> Token | None:
    """Who was told or asked: "asked Hegseth", "told Kilmeade"."""
    for child in cue.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in _NOUNISH:
            return child
    return None


def subject_before(cue: Token, tokens: list[Token]) -> Token | None:
    """When the parser gave the cue no subject ("A readout ..., released
    earlier, stated"), the first subject of the clause before the cue."""
    for token in tokens:
        if token.i >= cue.i:
            break
        if token.dep_ in SUBJECT_DEPS and token.pos_ in _NOUNISH and token.tag_ not in ("WP", "WDT"):
            return token
    return None


def nearest_noun(tokens: list[Token], anchor: int) -> Token | None:
    """A fallback speaker: the noun or pronoun of the frame closest to the cue."""
    best = None
    for token in tokens:
        if token.pos_ in _NOUNISH and token.dep_ not in ("compound", "poss"):
            if best is None or abs(token.i - anchor) < abs(best.i - anchor):
                best = token
    return best
