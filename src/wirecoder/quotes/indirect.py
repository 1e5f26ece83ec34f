"""Indirect speech from the dependency parse.

"X said (that) ...", "X warned Mexico that ...": the clausal complement
(``ccomp``) of a cue verb is what was reported. "..., another source said":
the clause the cue hangs from. "According to X, ...": the clause the phrase
modifies. A reported clause holding quoted words is a *mixed* quote.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .context import Attribution, QuoteContext
from .marks import ALL_MARKS
from .speaker import addressee_of, phrase_span, subject_of

# Complements that carry what was said when there is no clausal complement,
# in order of preference.
COMPLEMENT_DEPS = ("xcomp", "prep")
_TRIM = " ,;:—–-." + "".join(ch for ch in ALL_MARKS if ch not in "”’\"'»›")


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end) if end - start >= 3 else None


def reported_clause(cue: Token, takes_object: bool = False) -> list[Token] | None:
    """The tokens of what the cue verb reports, or None. ``takes_object``:
    the verb's direct object is reported content ("cited the report")."""
    for child in cue.children:
        if child.dep_ == "ccomp":
            return _with_interrupted_start(cue, list(child.subtree))
    if takes_object:
        for child in cue.children:
            if child.dep_ == "dobj" and child.i > cue.i and child.pos_ != "PRON":
                # "blamed China for taking jobs", "called the deal a disaster":
                # what follows the object says what the stance is about
                objects = [child] + [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "prep") and c.i > child.i]
                return [t for o in objects for t in o.subtree]
    # "urged Mexico to act", "cited the report", "accused her of lying":
    # what the cue verb asks, names or charges
    for dep in COMPLEMENT_DEPS:
        for child in cue.children:
            if child.dep_ == dep and child.i > cue.i:
                if dep == "prep":
                    objects = [c for c in child.children if c.dep_ in ("pcomp", "pobj")]
                    if child.lower_ not in ("of", "about", "that") or not objects:
                        continue
                return list(child.subtree)
    # "The van was diverted, a source said." spaCy hangs the cue on the
    # reported clause's verb.
    head = cue.head
    if cue.dep_ not in ("parataxis", "ccomp") or head is cue or head.pos_ not in ("VERB", "AUX"):
        return None
    doc = cue.doc
    left, right = cue.left_edge.i, cue.right_edge.i
    before = left if doc[left].is_punct else left - 1
    while before > 0 and doc[before].text in ALL_MARKS:
        before -= 1  # '..., "well-paid," she said'
    if before < 0 or doc[before].text not in (",", "—", "–"):
        return None
    comma_after = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
    own = {t.i for t in cue.subtree}
    if head.i < cue.i and not comma_after:
        # "The van was diverted, a source said."
        return [t for t in head.subtree if t.i not in own and t.i < left]
    if comma_after:
        # "Acts of protest, Mr. Obama said, are acts of patriotism": the cue
        # interrupts the clause it reports
        return [t for t in head.subtree if t.i not in own]
    return None


def _with_interrupted_start(cue: Token, clause: list[Token]) -> list[Token]:
    """"The museum, Mr. Obama said, would make visitors face the truth": the
    words before an interrupting cue belong to what was reported."""
    clause_ids = {t.i for t in clause}
    own = [t for t in cue.subtree if t.i not in clause_ids]
    if not clause or min(t.i for t in clause) < cue.i:
        return clause
    left, right = min(t.i for t in own), max(t.i for t in own)
    doc = cue.doc
    sentence_start = cue.sent.start
    comma_before = left - 1 > sentence_start and doc[left - 1].text == ","
    comma_after = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
    if comma_before and comma_after:
        return [t for t in doc[sentence_start : left - 1]] + clause
    return clause


def _to_quote_end(ctx: QuoteContext, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'said her country watched with "bemused interest," and ...': the
    parse may end the clause on the last quoted word; the quote it opened
    ends with its closing mark."""
    if span is None:
        return None
    start, end = span
    quote = ctx.inside_quote(end - 1, end)
    if quote is not None and start < quote.start and quote.end > end:
        end = quote.end
    return start, end


def _prune_asides(ctx: QuoteContext, clause: list[Token]) -> list[Token]:
    """The reported clause without what is another statement or an aside:
    a coordinated speech verb ("... and also accused ISIS of ...", "... and
    said that ...": a statement of its own) and a non-restrictive relative
    clause (", which is spread by mosquitoes": the writer's gloss)."""
    if len(clause) < 2:
        return clause
    ids = {t.i for t in clause}
    root = min(clause, key=lambda t: (t.head.i in ids and t.head is not t, t.i))
    doc = root.doc
    drop: set[int] = set()
    for token in clause:
        if token is root or token.i in drop or token.pos_ not in ("VERB", "AUX"):
            continue
        left = token.left_edge.i
        another_statement = token.dep_ == "conj" and token.lemma_.lower() in ctx.lexicon.speech
        gloss = token.dep_ == "relcl" and left > 0 and doc[left - 1].text == ","
        if not (another_statement or gloss):
            continue
        drop.update(t.i for t in token.subtree)
        # the "and" or the comma joining it
        for sibling in token.head.children:
            if sibling.dep_ in ("cc", "punct") and left - 2 <= sibling.i < left:
                drop.add(sibling.i)
        if left > 0 and doc[left - 1].text in (",", "—", "–", ";"):
            drop.add(left - 1)
    return [t for t in clause if t.i not in drop]


def _according_to(token: Token) -> tuple[Token, Token, list[Token]] | None:
    """("according", source, reported tokens) for "according to X"."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree}
    sentence = token.sent
    reported = [t for t in sentence if t.i not in phrase]
    return to, source, reported


def _in_paragraph(ctx: QuoteContext, tokens: list[Token], anchor: Token) -> list[Token]:
    """Only the tokens in the anchor's paragraph: spaCy's sentences can run
    over a paragraph break (a headline into the first paragraph)."""
    p_start, p_end = ctx.paragraph_span(ctx.paragraph_of(anchor.idx))
    return [t for t in tokens if p_start <= t.idx < p_end]


def find_indirect(ctx: QuoteContext, used_cues: set[int], with_cognition: bool = False) -> list[Attribution]:
    found: list[Attribution] = []
    text = ctx.text
    for token in ctx.doc:
        if ctx.inside_quote(token.idx, token.idx + len(token.text)):
            continue  # the speaker's own words are not the article's attributions
        according = _according_to(token)
        if according is not None:
            to, source, reported = according
            span = _span_of(_in_paragraph(ctx, reported, token))
            span = _to_quote_end(ctx, _trim(text, span)) if span else None
            if span is None:
                continue
            att = Attribution(parts=[span], kind="indirect", cue=token, paragraph=ctx.paragraph_of(span[0]))
            att.cue_span = (token.idx, to.idx + len(to.text))
            att.speaker = phrase_span(source)
            att.frame = _span_of(list(token.subtree))
            found.append(att)
            continue
        if token.i in used_cues or token.pos_ not in ("VERB", "AUX"):
            continue
        if not ctx.lexicon.is_speech(token.lemma_, with_cognition):
            continue
        lemma = token.lemma_.lower()
        if lemma in ctx.lexicon.cognition and not ctx.lexicon.is_speech(lemma):
            # "X believes that ...": a view, reported only with its clause
            reported = [t for c in token.children if c.dep_ == "ccomp" for t in c.subtree]
        else:
            reported = reported_clause(token, ctx.lexicon.takes_object(lemma)) or []
        clause = _in_paragraph(ctx, _prune_asides(ctx, reported), token)
        if not clause:
            continue
        span = _span_of(clause)
        span = _to_quote_end(ctx, _trim(text, span)) if span else None
        if span is None:
            continue
        att = Attribution(parts=[span], kind="indirect", cue=token, paragraph=ctx.paragraph_of(span[0]))
        att.cue_span = (token.idx, token.idx + len(token.text))
        subject = subject_of(token)
        if subject is not None and not (span[0] <= subject.idx < span[1]):
            att.speaker = phrase_span(subject)
        addressee = addressee_of(token)
        if addressee is not None:
            att.addressee = phrase_span(addressee)
        clause_ids = {t.i for t in clause}
        att.frame = _span_of([t for t in token.sent if t.i not in clause_ids])
        found.append(att)
    return found


_HEADLINE_LABEL = re.compile(r"^(?P<label>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}): (?P<rest>\S.*)$")
# Headline labels that name a source without being a person's name
_SOURCE_WORDS = {"poll", "report", "survey", "study", "sources", "source", "officials", "police"}
_HEADLINE_MAX = 200  # characters: a headline, not a paragraph of text


def find_headline_labels(ctx: QuoteContext) -> list[Attribution]:
    """"Sanders: Clinton needs to get away from personality": a headline
    giving a named source a statement after a colon."""
    found = []
    for index, (start, end) in enumerate(ctx.paragraphs):
        line = ctx.text[start:end]
        if len(line) > _HEADLINE_MAX or line.rstrip().endswith((".", "!", "?")) and index > 0:
            continue
        m = _HEADLINE_LABEL.match(line)
        if not m:
            continue
        label = m.group("label")
        label_span = (start + m.start("label"), start + m.end("label"))
        ents = [e for e in ctx.doc.ents if e.start_char >= label_span[0] and e.end_char <= label_span[1]]
        named = any(e.label_ in ("PERSON", "ORG", "NORP", "GPE") and e.end_char - e.start_char >= len(label) - 1 for e in ents)
        if not named and label.lower() not in _SOURCE_WORDS:
            continue
        content = _trim(ctx.text, (start + m.start("rest"), end))
        if content is None:
            continue
        att = Attribution(parts=[content], kind="indirect", paragraph=index)
        att.speaker = label_span
        colon = label_span[1]
        att.cue_span = (colon, colon + 1)
        att.frame = (start, end)
        att.notes.append("label")
        found.append(att)
    return found
