"""Quotes: who said what, with the cue, the speaker and the venue.

The pipeline stage ``find_quotes`` fills ``extraction.quotes``:
1. quote marks are paired into quoted stretches (``marks``), in any style,
   never failing on unbalanced marks (a warning instead);
2. each outermost stretch is attributed from the words around it (``direct``);
3. quotes that name no speaker take the speaker of the quote they continue,
   or of the paragraph before (an interviewer's question is answered by the
   person asked, not by the interviewer);
4. indirect speech comes from the parse (``indirect``); a reported clause
   holding quoted words is a mixed quote;
5. speakers are resolved to actors through the actor stage
   (``extraction.actor_at``), and the venue and date of each statement are
   read from its cue clause (``venue``).
``same_statement`` tells whether two quotes (from two articles) are one statement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..pipeline import PipelineConfig
from ..records import Extraction, Quote
from .context import Attribution, QuoteContext, ends_sentence
from .direct import attribute
from .indirect import find_headline_labels, find_indirect
from .marks import ALL_MARKS, QuotedSpan, outermost, scan_quotes
from .same import same_statement
from .transcript import transcript_turns
from .venue import find_venue, statement_date

__all__ = ["find_quotes", "extract_quotes", "same_statement"]

_RECENT_DIRECT_PARAGRAPHS = 6  # how far back a bare quote looks for the quote it continues
_RECENT_ANY_PARAGRAPHS = 2  # ... and for anyone who spoke
_MERGE_GAP = 2000  # characters of cue clause between two halves of a split quote (long speaker descriptions)


def find_quotes(doc: Doc, extraction: Extraction, config: PipelineConfig | None = None) -> None:
    """Pipeline stage: add the article's quotes to ``extraction.quotes``."""
    try:
        extraction.quotes.extend(extract_quotes(doc, extraction, config))
    except Exception as error:  # one odd article must not stop a batch
        extraction.warnings.append(f"quotes: extraction failed ({type(error).__name__}: {error})")


def extract_quotes(doc: Doc, extraction: Extraction, config: PipelineConfig | None = None) -> list[Quote]:
    """The quotes of one parsed article (raises on internal errors, for tests)."""
    ctx = QuoteContext(doc)
    spans, warnings = scan_quotes(ctx.text)
    extraction.warnings.extend(f"quotes: {w}" for w in warnings)
    # transcript turns ("PENCE: ...") are quotes of their own, whatever the
    # quote marks around them say
    turns = transcript_turns(ctx)
    ctx.quoted = [
        s for s in outermost(spans) if not any(_overlaps(s, t) for t in turns) and not _nickname(ctx.text, s)
    ]

    direct: list[Attribution] = []
    for i, span in enumerate(ctx.quoted):
        previous_end = ctx.quoted[i - 1].end if i > 0 else None
        next_start = ctx.quoted[i + 1].start if i + 1 < len(ctx.quoted) else None
        direct.append(attribute(ctx, span, previous_end, next_start))
    statements = [a for a in direct if "fragment" not in a.notes]
    fragments = [a for a in direct if "fragment" in a.notes]
    if turns:
        statements = sorted(statements + turns, key=lambda a: a.start)
        ctx.quoted = sorted(ctx.quoted + [_as_quoted(t) for t in turns], key=lambda s: s.start)

    statements = _merge_shared_cues(statements)
    # "X believes that ..." is an attribution of a view; on unless switched off
    # (no config: the pipeline's defaults)
    with_cognition = (config or PipelineConfig()).quotes_with_cognition
    used_cues = {a.cue.i for a in statements if a.cue is not None}
    indirect = _drop_nested_stances(ctx, find_indirect(ctx, used_cues, with_cognition))
    indirect += find_headline_labels(ctx)
    indirect = _mix(indirect, statements, fragments)
    _resolve_bare(ctx, statements, indirect)
    for statement in statements:
        _take_complementizer(ctx, statement)

    # quoted phrases with a cue that no reported clause holds: partial quotes
    for fragment in fragments:
        if fragment.cue_span is None or fragment.speaker is None:
            continue
        if any(a.start <= fragment.start and fragment.end <= a.end for a in indirect):
            continue
        fragment.kind = "mixed" if _widen_fragment(ctx, fragment) else "direct"
        indirect.append(fragment)
    indirect = _drop_parsed_quotes(indirect)
    found = [a for a in statements if "merged" not in a.notes and "dropped" not in a.notes] + indirect
    found.sort(key=lambda a: (a.start, a.end))
    return [_to_record(ctx, extraction, a) for a in found]


def _drop_parsed_quotes(indirect: list[Attribution]) -> list[Attribution]:
    """'The minister said "as long as we win."': the parse reports the quoted
    words a second time as an indirect clause of the same cue; the quote is
    the statement."""
    quotes = [a for a in indirect if a.kind == "direct" and a.cue is not None]
    return [
        a for a in indirect
        if a.kind == "direct" or a.cue is None
        or not any(q.cue.i == a.cue.i and q.start <= a.start and a.end <= q.end for q in quotes)
    ]


_NICKNAME = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}")


def _nickname(text: str, span: QuotedSpan) -> bool:
    """'state Del. Marcia "Cia" Price': a nickname between a first and a
    last name is part of the name, not a quote (nor the end of a cue clause)."""
    inner = text[span.start + 1 : span.end - 1]
    words_before = text[max(0, span.start - 40) : span.start].split()
    after = text[span.end : span.end + 2]
    return (
        _NICKNAME.fullmatch(inner) is not None
        and text[span.start - 1 : span.start] == " "
        and bool(words_before) and words_before[-1].isalpha() and words_before[-1].istitle()
        and after[:1] == " " and after[1:].isupper()
    )


def _overlaps(span: QuotedSpan, turn: Attribution) -> bool:
    label_start = turn.speaker[0] if turn.speaker else turn.start
    return span.start < turn.end and label_start < span.end


def _as_quoted(turn: Attribution) -> QuotedSpan:
    """A turn as a quoted stretch: its words are the speaker's, not the article's."""
    return QuotedSpan(turn.start, turn.end, "double")


def _merge_shared_cues(statements: list[Attribution]) -> list[Attribution]:
    """'"A," Mr. Obama said, "B."': two quoted pieces around one cue are one quote."""
    merged: list[Attribution] = []
    for att in statements:
        last = merged[-1] if merged else None
        if (
            last is not None
            and att.cue is not None
            and last.cue is not None
            and att.cue.i == last.cue.i
            and last.paragraph == att.paragraph
        ):
            last.parts.extend(att.parts)
            continue
        merged.append(att)
    return merged


_COMPLEMENTIZER = re.compile(r"\bthat,?\s*$")


def _take_complementizer(ctx: QuoteContext, att: Attribution) -> None:
    """'Trump told reporters that "the wall will be built."': the quote is
    the clause of the cue, introduced by "that", so the statement is a
    reported clause holding quoted words (mixed), content "that ..." (as
    PolNeAR marks it). Only with the cue before the quote, so the "that"
    is the cue's; a quote with the cue after it keeps its words alone."""
    if att.kind != "direct" or att.cue_span is None or att.cue_span[1] > att.start:
        return
    if "merged" in att.notes or "dropped" in att.notes or "transcript" in att.notes:
        return
    m = _COMPLEMENTIZER.search(ctx.text, att.cue_span[1], att.start)
    if m is None or "\n" in ctx.text[m.start() : att.start]:
        return
    att.parts[0] = (m.start(), att.parts[0][1])
    att.kind = "mixed"


def _drop_nested_stances(ctx: QuoteContext, indirect: list[Attribution]) -> list[Attribution]:
    """"The readout stated that both sides agreed to meet": the agreeing is
    part of what was stated, not another statement. Speech verbs nested in a
    reported clause are kept (someone reporting what someone else said)."""
    kept = []
    for att in indirect:
        cue = att.cue
        nested = cue is not None and any(
            other is not att and other.start <= cue.idx < other.end for other in indirect
        )
        lemma = cue.lemma_.lower() if cue is not None else ""
        if nested and lemma not in ctx.lexicon.speech and lemma not in ctx.lexicon.question:
            continue
        kept.append(att)
    return kept


def _mix(indirect: list[Attribution], statements: list[Attribution], fragments: list[Attribution]) -> list[Attribution]:
    """Reported clauses holding quoted words become mixed quotes; a clause that
    is mostly one direct quote is left to that quote."""
    kept = []
    for att in indirect:
        start, end = att.parts[0]
        length = max(end - start, 1)
        covered = sum(
            max(0, min(end, d.end) - max(start, d.start)) for d in statements if "bare" not in d.notes or d.speaker
        )
        if covered / length >= 0.6:
            continue
        if any(start <= f.start and f.end <= end for f in fragments + statements):
            att.kind = "mixed"
        kept.append(att)
    return kept


def _widen_fragment(ctx: QuoteContext, fragment: Attribution) -> bool:
    """A quoted phrase is part of a reported clause: 'Sanders said the plan
    would "do nothing,"' reports "the plan would do nothing". The content
    runs from the cue to the quote (cue before) or from the clause start to
    the quote (cue after). True when the content was widened; False for a
    quote that is, as it stands, all that was said (``_whole_complement``)."""
    start, end = fragment.parts[0]
    if fragment.cue is not None and fragment.cue.idx < start:
        if (
            _introduced_by_punctuation(ctx.text[fragment.cue.idx : start])
            and not _interrupting(ctx, fragment)
            and not ctx.lexicon.takes_object(fragment.cue.lemma_.lower())
        ):
            return False
        words = [t for t in ctx.tokens_in(fragment.cue.idx + len(fragment.cue.text), start) if not t.is_space]
        if fragment.speaker is not None and fragment.speaker[0] > fragment.cue.idx:
            words = [t for t in words if t.idx >= fragment.speaker[1]]  # "said Trump" is not content
        words = [t for t in words if not t.is_punct or t.text in "\"“‘'"]
        if words:
            fragment.parts = [(words[0].idx, end)]
            return True
        return not _whole_complement(ctx, fragment)
    if fragment.frame is not None and fragment.frame[0] >= end:
        sentence_start = ctx.text.rfind("\n", 0, start) + 1
        for token in reversed(ctx.tokens_in(sentence_start, start)):
            if token.text in (".", "!", "?") or ctx.inside_quote(token.idx, token.idx + 1):
                sentence_start = token.idx + len(token.text)
                break
        while sentence_start < start and ctx.text[sentence_start].isspace():
            sentence_start += 1
        fragment.parts = [(sentence_start, end)]
        return sentence_start < start
    return True


_INTRODUCING = re.compile(r"(?<!\bthat)[,:]\s*$", re.IGNORECASE)


def _introduced_by_punctuation(between: str) -> bool:
    """'She told the crowd, "we will win."': a comma or colon between the
    cue's words and the quote introduces direct speech; the words before it
    (the addressee, the time, the place) are the cue's, not content. Not
    after "that," ('wrote that, "we will win"'), a reported clause, nor
    for a verb whose object is part of what was said ('called them, in a
    letter, "traitors"': the caller's words are "them ... traitors")."""
    return _INTRODUCING.search(between) is not None


def _whole_complement(ctx: QuoteContext, fragment: Attribution) -> bool:
    """'Clinton said "as long as we follow the law."': a quote right after
    its cue that ends the sentence is all that was said. Not when the
    sentence goes on after it ('said "most people" cannot be trusted') or
    when the cue interrupts a clause begun before it ('The club, she said,
    "is a perfect example."')."""
    start, end = fragment.parts[0]
    _, p_end = ctx.paragraph_span(ctx.paragraph_of(start))
    rest = ctx.text[end:p_end]
    finished = ctx.text[start:end].rstrip(ALL_MARKS + " ").endswith((".", "!", "?"))
    cut = min((i for i in (rest.find(". "), rest.find("\n")) if i != -1), default=len(rest))
    if not finished and rest[:cut].strip(" .,;:!?\u00a0" + ALL_MARKS):
        return False
    return not _interrupting(ctx, fragment)


def _interrupting(ctx: QuoteContext, fragment: Attribution) -> bool:
    """'The club, she said, "is a perfect example."': the cue clause
    interrupts a clause begun before it."""
    lead = min(fragment.cue.idx, fragment.speaker[0]) if fragment.speaker else fragment.cue.idx
    return ctx.text[:lead].rstrip().endswith(",")


def _resolve_bare(ctx: QuoteContext, statements: list[Attribution], indirect: list[Attribution]) -> None:
    """Give quotes that name no speaker the speaker of the quote they continue."""
    for i, bare in enumerate(statements):
        if "bare" not in bare.notes:
            continue
        earlier = [a for a in statements[:i] if a.speaker is not None and "merged" not in a.notes]
        # "'A,' the secretary said. 'B.'": the second half of a split quote;
        # "'A,' she said.\n\n'B.'": a quote going on in the next paragraph
        if earlier:
            last = earlier[-1]
            same_paragraph = (
                last.paragraph == bare.paragraph
                and bare.start - last.end <= _MERGE_GAP
                and _at_most_one_sentence(ctx, last.end, bare.start)
            )
            p_start, _ = ctx.paragraph_span(bare.paragraph)
            _, last_p_end = ctx.paragraph_span(ctx.paragraph_of(last.end - 1))
            next_paragraph = (
                ctx.paragraph_of(last.end - 1) == bare.paragraph - 1
                and not ctx.text[p_start : bare.start].strip()
                and _at_most_one_sentence(ctx, last.end, last_p_end)
            )
            if (same_paragraph or next_paragraph and "title" not in bare.notes) and not last.is_question:
                last.parts.append(bare.parts[0])
                bare.notes.append("merged")
                continue
        if "title" in bare.notes:
            bare.notes.append("dropped")
            continue
        source = _continued_quote(bare, earlier, indirect)
        if source is None:
            continue
        if source.is_question and source.paragraph == bare.paragraph - 1:
            # the interviewer asked; the next quote is the answer of the person asked
            if source.addressee is not None:
                bare.speaker = source.addressee
                bare.notes.append("answer")
                continue
            others = [a for a in earlier if a.speaker is not None and _text_key(ctx, a) != _text_key(ctx, source)]
            if others:
                source = others[-1]
            else:
                continue
        bare.speaker = source.speaker
        bare.inherited_from = source
        bare.notes.append("inherited")


def _at_most_one_sentence(ctx: QuoteContext, start: int, end: int) -> bool:
    """Between two quotes, only the cue clause of the first ('"A," she said.
    "B."'), no sentence of narrative ('... she said. Her husband shook his
    head. "B."': someone else may be speaking)."""
    ended = False
    for token in ctx.tokens_in(start, end):
        if ends_sentence(token):
            ended = True
        elif ended and not (token.is_punct or token.is_space):
            return False
    return True


def _text_key(ctx: QuoteContext, att: Attribution) -> str:
    if att.speaker is None:
        return ""
    return ctx.text[att.speaker[0] : att.speaker[1]].lower()


def _continued_quote(
    bare: Attribution, earlier: list[Attribution], indirect: list[Attribution]
) -> Attribution | None:
    """The attribution a bare quote paragraph most likely continues."""
    before = [a for a in earlier if a.paragraph < bare.paragraph]
    spoken = [a for a in indirect if a.speaker is not None and a.paragraph < bare.paragraph]
    previous = bare.paragraph - 1
    if before and before[-1].paragraph == previous:
        return before[-1]
    near = [a for a in spoken if a.paragraph == previous]
    if near:
        return near[-1]
    if before and bare.paragraph - before[-1].paragraph <= _RECENT_DIRECT_PARAGRAPHS:
        return before[-1]
    near = [a for a in spoken if bare.paragraph - a.paragraph <= _RECENT_ANY_PARAGRAPHS]
    return near[-1] if near else None


def _to_record(ctx: QuoteContext, extraction: Extraction, att: Attribution) -> Quote:
    text = ctx.text
    start, end = att.start, att.end
    content = " ".join(text[s:e] for s, e in att.parts)
    source = att
    while source.inherited_from is not None and source.inherited_from is not source:
        source = source.inherited_from
    frame = source.frame
    venue = ""
    if frame is not None:
        cue_clause = text[frame[0] : frame[1]]
        venue = find_venue(cue_clause)
    date = statement_date(frame, text, extraction.times, extraction.article.published)
    speaker_text, speaker_start, speaker_end, actor_id = "", None, None, None
    if att.speaker is not None:
        speaker_start, speaker_end = att.speaker
        speaker_text = text[speaker_start:speaker_end]
        actor = extraction.actor_at(speaker_start, speaker_end)
        actor_id = actor.id if actor is not None else None
    cue_start, cue_end = (source.cue_span if source.cue_span else (None, None))
    how = [n for n in att.notes if n not in ("merged", "bare")]
    return Quote(
        content_start=start,
        content_end=end,
        content=content,
        kind=att.kind,
        sentence=ctx.sentence_index(start),
        speaker_text=speaker_text,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        speaker_actor_id=actor_id,
        cue=text[cue_start:cue_end] if cue_start is not None else "",
        cue_start=cue_start,
        cue_end=cue_end,
        venue=venue,
        date=date,
        parts=[[s, e] for s, e in att.parts],
        attribution="+".join(how) if how else ("parse" if att.kind != "direct" else ""),
    )
