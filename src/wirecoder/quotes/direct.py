"""Direct quotes: a quoted stretch, its cue and its speaker.

For each outermost quote the words around it (its *frame*: from the end of
the previous sentence or quote to the start of the quote, and from its end to
the end of the sentence or the next quote) are searched for a cue verb and
its subject: "'...,' the secretary said", "Trump wrote: '...'". A quote with
no cue of its own that fills whole sentences takes the speaker of the
sentence introducing it ("The readout continued:"), or of the quote next to
it. A short quoted phrase with no cue is a scare quote or a title, not a
statement, and is dropped.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .context import Attribution, QuoteContext, ends_sentence
from .marks import ALL_MARKS, QuotedSpan
from .speaker import addressee_of, nearest_noun, phrase_span, subject_before, subject_of

# Marks at the end of a quote that call for a cue after it: "'...,' he said".
_CONTINUING = {",", "?", "!", "—", "–", "-", "…", ":"}
_AFTER_FRAME_MAX = 12  # tokens of a trailing cue clause ("..., the secretary said on Friday.")
_DASH_CREDIT = re.compile(r"[ \t\u00a0]*(?P<dash>[―—–]|--)[ \t\u00a0]*(?P<name>[A-Z][\w.’'-]*(?:[ \t\u00a0]+[A-Z][\w.’'-]*){0,4})")
_LABEL = re.compile(r"^[ \t]*([A-Z][A-Za-z.'’ -]{0,40}?)\s*:\s*$")


def _last_inner_char(ctx: QuoteContext, span: QuotedSpan) -> str:
    inner = ctx.text[span.start : span.end].rstrip().rstrip(ALL_MARKS).rstrip()
    after = ctx.text[span.end : span.end + 1]
    if after in _CONTINUING:
        return after
    return inner[-1:] if inner else ""


def before_frame(ctx: QuoteContext, span: QuotedSpan, previous_end: int | None) -> tuple[int, int]:
    """From the end of the previous sentence (or quote) to the quote's start."""
    p_start, _ = ctx.paragraph_span(ctx.paragraph_of(span.start))
    start = p_start
    if previous_end is not None and previous_end > start:
        start = previous_end
    for token in reversed(ctx.tokens_in(start, span.start)):
        if ends_sentence(token):
            start = token.idx + len(token.text)
            break
    return start, span.start


def after_frame(ctx: QuoteContext, span: QuotedSpan, next_start: int | None) -> tuple[int, int]:
    """From the quote's end to the end of its sentence (or the next quote)."""
    _, p_end = ctx.paragraph_span(ctx.paragraph_of(max(span.end - 1, 0)))
    end = p_end
    if next_start is not None and span.end <= next_start < end:
        end = next_start
    for token in ctx.tokens_in(span.end, end):
        if ends_sentence(token):
            end = token.idx + len(token.text)
            break
    return span.end, end


def _content_tokens(ctx: QuoteContext, tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not t.is_punct and not t.is_space and t.text not in ALL_MARKS]


def _is_cue_verb(ctx: QuoteContext, token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and ctx.lexicon.is_quote_cue(token.lemma_)


def _attach(ctx: QuoteContext, found: Attribution, cue: Token, frame: tuple[int, int]) -> None:
    found.cue = cue
    found.cue_span = (cue.idx, cue.idx + len(cue.text))
    found.frame = frame
    subject = subject_of(cue)
    if subject is not None and not (frame[0] <= subject.idx < frame[1]):
        # the parser tied the cue to a subject inside the quote
        subject = None
    if subject is None:
        subject = subject_before(cue, ctx.tokens_in(*frame))
    if subject is None:
        subject = nearest_noun(
            [t for t in ctx.tokens_in(*frame) if t.i != cue.i and t.pos_ in ("PROPN", "PRON", "NOUN")], cue.i
        )
    if subject is not None:
        found.speaker = phrase_span(subject, frame)
    addressee = addressee_of(cue)
    if addressee is not None:
        found.addressee = phrase_span(addressee, frame)
    found.is_question = ctx.lexicon.is_speech(cue.lemma_) and cue.lemma_.lower() in ctx.lexicon.question


def _cue_after(ctx: QuoteContext, span: QuotedSpan, frame: tuple[int, int]) -> Token | None:
    """"'...,' the secretary said": a verb in a short clause after the quote."""
    tokens = ctx.tokens_in(*frame)
    words = _content_tokens(ctx, tokens)
    if not words:
        return None
    continuing = _last_inner_char(ctx, span) in _CONTINUING
    speech = [t for t in words if _is_cue_verb(ctx, t)]
    if speech and not continuing and any(c.dep_ == "ccomp" and c.i > speech[0].i for c in speech[0].children):
        # '"It shows a lack of character." Reid said both are "non-entities"':
        # after a finished quote, a verb reporting a clause of its own starts
        # the next sentence
        return None
    if speech and (continuing or speech[0].i - words[0].i <= 3):
        return speech[0]
    if continuing and len(words) <= _AFTER_FRAME_MAX:
        verbs = [t for t in words if t.pos_ == "VERB"]
        if verbs and any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in words[: verbs[0].i - words[0].i + 3]):
            return verbs[0]
    return None


def _introduces_next(ctx: QuoteContext, span: QuotedSpan, frame: tuple[int, int], next_start: int | None) -> bool:
    """'"I was just kidding." To which she said, "Thank God."': after a quote
    that ends its sentence, a cue leading into the next quote is that quote's."""
    if next_start is None or frame[1] != next_start or _last_inner_char(ctx, span) in _CONTINUING:
        return False
    return ctx.text[frame[0] : frame[1]].rstrip().endswith((",", ":"))


def _cue_before(ctx: QuoteContext, span: QuotedSpan, frame: tuple[int, int]) -> Token | None:
    """"Trump wrote: '...'", "he vowed 'to wage war'": a cue verb before the quote."""
    tokens = ctx.tokens_in(*frame)
    words = _content_tokens(ctx, tokens)
    if not words:
        return None
    tail = ctx.text[frame[0] : frame[1]].rstrip()
    introduces = tail.endswith((":", ","))
    quote_tokens = ctx.tokens_in(span.start, span.end)
    for token in reversed(words):
        if not _is_cue_verb(ctx, token) and not (introduces and token.pos_ == "VERB" and token is words[-1]):
            continue
        if introduces:
            return token
        # without a colon or comma the quote must be part of what the verb says
        if quote_tokens and any(q.i in {d.i for d in token.subtree} for q in quote_tokens[:3]):
            return token
        if token.i >= words[-1].i - 1:  # "Trump said 'We will win.'"
            return token
    return None


def _label_before(ctx: QuoteContext, frame: tuple[int, int]) -> tuple[int, int] | None:
    """"Hegseth: 'All options'" and transcript turns "PENCE: ...": a name and a colon."""
    text = ctx.text[frame[0] : frame[1]]
    m = _LABEL.match(text)
    if not m:
        return None
    start = frame[0] + m.start(1)
    end = frame[0] + m.end(1)
    return start, end


def _introducing_sentence(ctx: QuoteContext, span: QuotedSpan) -> tuple[int, int] | None:
    """The sentence ending in a colon just before a quote ("The readout continued:")."""
    text = ctx.text
    i = span.start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    colon = i
    # back to the previous sentence end (or the start of its paragraph)
    p_start, _ = ctx.paragraph_span(ctx.paragraph_of(colon))
    start = p_start
    for token in reversed(ctx.tokens_in(p_start, colon)):
        if ends_sentence(token):
            start = token.idx + len(token.text)
            break
    return start, colon + 1


def _cue_in_introduction(ctx: QuoteContext, frame: tuple[int, int]) -> Token | None:
    """The main cue verb of an introducing sentence: the speech verb nearest the root
    ("A readout ... stated that Hegseth emphasized his priority:" is the readout's)."""
    words = [t for t in _content_tokens(ctx, ctx.tokens_in(*frame)) if not ctx.inside_quote(t.idx, t.idx + 1)]
    speech = [t for t in words if _is_cue_verb(ctx, t)]
    if speech:
        return min(speech, key=lambda t: (_depth(t), t.i))
    verbs = [t for t in words if t.pos_ == "VERB"]
    if verbs:
        return min(verbs, key=lambda t: (_depth(t), -t.i))
    return None


def _depth(token: Token) -> int:
    depth = 0
    while token.head is not token and depth < 50:
        token = token.head
        depth += 1
    return depth


# "on CNN’s “New Day.”", "to the tune of “Silent Night.”": a title named
# right after a possessive, "of", "the" or "titled"
_NAMING_TITLE = re.compile(r"(?:['’]s|\bof|\bthe|\b(?:en)?titled)\s*$", re.IGNORECASE)


def attribute(ctx: QuoteContext, span: QuotedSpan, previous_end: int | None, next_start: int | None) -> Attribution:
    """The attribution of one quoted stretch (see ``_attribute``); a title
    ('on HBO’s “Real Time.”') is a quoted phrase, never a statement of its
    own, whatever cue its sentence has."""
    found = _attribute(ctx, span, previous_end, next_start)
    if (
        "fragment" not in found.notes
        and _title_like(ctx, span)
        and _NAMING_TITLE.search(ctx.text, max(0, span.start - 12), span.start)
    ):
        found.notes = [n for n in found.notes if n not in ("bare", "title")] + ["fragment"]
    return found


def _attribute(ctx: QuoteContext, span: QuotedSpan, previous_end: int | None, next_start: int | None) -> Attribution:
    """The attribution of one quoted stretch, as far as its own sentence tells.

    ``notes`` says how it was found: "after", "before", "label", "colon",
    "bare" (fills its sentences but names no speaker: inherits one later),
    "fragment" (a quoted phrase with no cue: not a statement)."""
    found = Attribution(parts=[(span.start, span.end)], kind="direct", paragraph=ctx.paragraph_of(span.start))
    before = before_frame(ctx, span, previous_end)
    after = after_frame(ctx, span, next_start)
    found.is_question = ctx.text[span.start : span.end].rstrip(ALL_MARKS + " ").endswith("?")

    before_words = _content_tokens(ctx, ctx.tokens_in(*before))
    after_words = _content_tokens(ctx, ctx.tokens_in(*after))
    sentence_like = _sentence_like(ctx, span)
    dash = _DASH_CREDIT.match(ctx.text, span.end, after[1] if after[1] > span.end else len(ctx.text))
    if dash is not None:
        # '"..." ― Sonya Herridge': a quote credited after a dash
        found.speaker = (dash.start("name"), dash.end("name"))
        found.cue_span = (dash.start("dash"), dash.end("dash"))
        found.frame = (span.end, dash.end())
        found.notes.append("label")
        return found
    cue = _cue_after(ctx, span, after)
    if cue is not None and _introduces_next(ctx, span, after, next_start):
        cue = None
    if cue is not None:
        _attach(ctx, found, cue, after)
        found.notes.append("after")
        lead_in = ctx.text[before[0] : before[1]].rstrip()
        if before_words and (not sentence_like or not lead_in.endswith((",", ":", ";", "—", "–"))):
            # 'the CEO was "well-paid," Warren said': quoted words inside a
            # reported clause; the clause is the (mixed) quote
            found.notes.append("fragment")
        return found
    cue = _cue_before(ctx, span, before)
    if cue is not None:
        _attach(ctx, found, cue, before)
        found.notes.append("before")
        introduced = ctx.text[before[0] : before[1]].rstrip().endswith((":", ","))
        # '"By locking in China," Mr. Obama said, "it now allowed me...":
        # the second half of a quote split by its cue starts in lower case
        second_half = introduced and previous_end is not None and before[0] <= previous_end
        if not (second_half or (sentence_like and (introduced or not after_words))):
            found.notes.append("fragment")
        return found
    label = _label_before(ctx, before)
    if label is not None and len(_content_tokens(ctx, ctx.tokens_in(*label))) <= 6:
        found.speaker = label
        colon = ctx.text.rfind(":", before[0], before[1])
        found.cue_span = (colon, colon + 1)
        found.frame = before
        found.notes.append("label")
        return found
    if before_words and ctx.text[before[0] : before[1]].rstrip().endswith(":"):
        cue = _cue_in_introduction(ctx, before)
        if cue is not None:
            _attach(ctx, found, cue, before)
            found.notes.append("colon")
            return found
    if before_words:
        found.notes.append("fragment")
        return found
    intro = _introducing_sentence(ctx, span)
    if intro is not None:
        cue = _cue_in_introduction(ctx, intro)
        if cue is not None:
            _attach(ctx, found, cue, intro)
            found.notes.append("colon")
            return found
        label = _label_before(ctx, intro)
        if label is not None:
            found.speaker = label
            found.cue_span = (intro[1] - 1, intro[1])
            found.frame = intro
            found.notes.append("label")
            return found
    if after_words and not _fills_sentence(ctx, span, after_words):
        found.notes.append("fragment")
        return found
    if not sentence_like:
        # a headline in quote marks, an embedded tweet's id: no statement
        found.notes.append("fragment")
        return found
    found.notes.append("bare")
    if _title_like(ctx, span):
        # a title ('All Bets Are Off.'), unless it goes on with the quote
        # just before ('"Here he comes," she said. "The Donald. Big Daddy."')
        found.notes.append("title")
    return found


def _title_like(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """'All Bets Are Off.': short, and nearly every word capitalized."""
    words = re.findall(r"[A-Za-z][\w’']*", ctx.text[span.start : span.end])
    if not words or len(words) > 8:
        return False
    capitalized = sum(w[0].isupper() for w in words if len(w) > 3 or w[0].isupper())
    long_words = sum(1 for w in words if len(w) > 3 or w[0].isupper())
    return long_words >= 2 and capitalized / long_words >= 0.8


def _sentence_like(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """Does the quote read as whole sentences ("We will win," / "We will win.")
    rather than a quoted phrase ("well-paid", "Grand Bargain")?"""
    inner = ctx.text[span.start : span.end].strip().strip(ALL_MARKS).strip()
    if not inner:
        return False
    first = inner.lstrip("([…. ")[:1]
    last = inner.rstrip(")] ")[-1:]
    if not span.closed:
        # a quote cut off by a missing mark: judge it by its start alone
        return first.isupper() or first.isdigit()
    return (first.isupper() or first.isdigit()) and last in ".!?,…—–-;:"


def _fills_sentence(ctx: QuoteContext, span: QuotedSpan, after_words: list[Token]) -> bool:
    """A quote that ends its sentence before the words after it start."""
    inner = ctx.text[span.start : span.end].rstrip(ALL_MARKS + " ")
    return bool(inner) and inner[-1] in ".!?…"
