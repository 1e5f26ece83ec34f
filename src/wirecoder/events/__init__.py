"""Event coding: PLOVER events with actors, modality, date, place and evidence.

The stage ``code_events`` reads each sentence's dependency parse, finds trigger
words from the lexicon (``data/plover_triggers.yaml``), folds complements into
the verbal act that governs them (threats, promises, demands, refusals), reads
source and target off the parse, sets modality, date, place, mode, contexts,
intensity and confidence, and merges the mentions of one event within the
article. Every event keeps the character spans of its trigger and arguments.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Event, Extraction
from .anaphora import (
    VERBAL_TYPES,
    Anaphor,
    find_anaphors,
    inherit_sources,
    resolve_anaphors,
)
from .anchoring import event_date, event_place
from .arguments import GIVING_TYPES, as_actor, find_arguments, is_actor_like
from .compose import apply_modality_rules, compose, cue_mode, scheduled
from .details import (
    confidence_of,
    contexts_for,
    intensity_of,
    neighbourhood,
    quad_of,
    refine_mode,
)
from .keys import actor_ids_at, argument_keys, quote_speaker
from .lexicon import Lexicon, load_lexicon
from .merge import Candidate, Coded, merge_mentions
from .modality import modality_of
from .pieces import spans_to_code
from .quad_classifier import annotate_events
from .recipients import civilians_of_struck_places, given_to, location_actor_ids, measure_targets, more_targets
from .syntax import argument_span, lemma
from .triggers import Match, find_matches

__all__ = ["code_events", "code_sentence_events", "load_lexicon", "primary_event"]

def _in_question(token: Token) -> bool:
    """A question reports no action: "are you permitted to go after them?"."""
    sent = token.sent
    return any(t.text == "?" for t in sent if t.i > token.i)


# Pronouns by which an actor names itself as the one asked or warned.
REFLEXIVE_WORDS = frozenset({"it", "itself", "they", "themselves", "he", "himself", "she", "herself", "we", "us"})
# Verbs of a relative clause that say what a thing is for
PURPOSE_VERBS = frozenset({"aim", "seek", "intend", "design", "mean"})


def _states_a_purpose(match: Match) -> bool:
    """"a plan that aims to impose tariffs": what a thing is meant to do, not an act."""
    clause = match.anchor if match.anchor is not None else match.token
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "relcl" and lemma(clause) in PURPOSE_VERBS and clause is not match.token


def _describes_by_relative(token: Token) -> bool:
    """"what are designated to be ...": an agentless passive in a relative clause describes."""
    if not token.tag_.startswith("VB"):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    agents = [c for c in token.children if c.dep_ == "agent"]
    return bool(subjects) and subjects[0].lower_ in ("what", "which", "that", "who") and not agents


def _add_places(places, targets: list[Token], base: int, target_spans: list, target_ids: list) -> None:
    """Add the places where an act happens to its recipients. A place inside a
    thing's phrase ("shelled a base in the Pando region") is that thing's
    actor, under the thing's span, not a second recipient span."""
    for span, actor_id in places:
        holder = next((k for k, t in enumerate(targets) if t.left_edge.idx + base <= span[0]
                       and span[1] <= t.right_edge.idx + len(t.right_edge) + base), None)
        if holder is None:
            target_spans.append(tuple(span))
            target_ids.append(actor_id)
        elif target_ids[holder] is None:
            target_ids[holder] = actor_id
        else:
            target_ids.append(actor_id)


def _without_self(spans: list, ids: list, own: set[str], doc_text: str) -> tuple[list, list]:
    """Recipients but a pronoun naming the source again ("Chile insists it
    enforces the embargo"): no one asks or warns itself. ``ids`` may run
    longer than ``spans`` (actors added without a span of their own)."""
    drop = {k for k, (start, end) in enumerate(spans)
            if ids[k] in own and doc_text[start:end].lower() in REFLEXIVE_WORDS}
    return ([s for k, s in enumerate(spans) if k not in drop], [i for k, i in enumerate(ids) if k not in drop])


def _code_match(match: Match, sent_index: int, base: int, extraction: Extraction, lex: Lexicon,
                doc_text: str) -> Coded | None:
    if _describes_by_relative(match.token) or _in_question(match.token) or _states_a_purpose(match):
        return None
    args = find_arguments(match, lex)
    # For a composed act with no recipient of its own, the content's
    # recipient is the act's ("vowed to wage war on the cartels").
    targets = list(args.targets)
    demand_clause = getattr(match, "demand_clause", None)
    if demand_clause is not None and not targets:
        targets = [s for c in demand_clause.children if c.dep_ in ("nsubj", "nsubjpass") for s in [c] + list(c.conjuncts)]
    if not targets:
        # "gave Peru a deadline over the raid on its consulate": whom the act
        # is given to comes before anyone its content names.
        targets = given_to(match.token, lex, as_actor, {s.i for s in args.sources})
    if not targets:
        for inner in match.absorbed:
            inner_args = find_arguments(inner, lex)
            if match.entry.role in ("request",) and inner.entry.pos == "verb":
                subjects = [s for s in inner_args.sources if is_actor_like(s, lex)]
                if subjects and inner_args.source_via == "subject":
                    targets = subjects
                    break
            if match.type == "ACCUSE":
                # the accused is who did the condemned act ("Peru's crackdown")
                doers = [s for s in inner_args.sources if is_actor_like(s, lex)]
                if doers and inner_args.source_via in ("subject", "possessor", "agent"):
                    targets = doers
                    break
            inner_targets = inner_args.targets
            measure = getattr(inner, "reversed_measure", None)
            if not inner_targets and measure is not None:  # "agreed to lift a ban on imports of X"
                inner_targets = measure_targets(measure, lex, as_actor, {s.i for s in args.sources})
            if inner_targets:
                targets = [t for t in inner_targets if t.i not in {s.i for s in args.sources}]
                if targets:
                    break
    sources = args.sources
    if not targets:
        skip = {t.i for s in sources for t in s.subtree} | {w.i for w in match.words}
        targets = more_targets(match, lex, as_actor, sources, skip)

    def names_actor(token: Token) -> bool:
        # The parse's guess, or the actor stage's: a headline's "Trump urges"
        # may not be tagged a name, but the actor dictionary knows him.
        if is_actor_like(token, lex):
            return True
        start = token.idx + base  # the word itself, not its phrase ("much of it")
        return actor_ids_at(extraction, [(start, start + len(token.text))])[0] is not None

    if match.type in VERBAL_TYPES and sources and not any(names_actor(s) for s in sources):
        return None  # "activities that threaten the country": no one acts
    if match.entry.needs_agent:
        # "killed" needs a killer: a person or group, or a weapon ("a roadside
        # bomb killed..."); "fentanyl killed Americans" is no attack. The
        # speaker counts when "it" stands for them ("the army says it killed").
        absorbed = {m.token.i for m in match.absorbed}  # "a car bombing killed...": the bombing did
        if args.source_via not in ("subject", "agent", "controller", "possessor", "speaker") or not any(
            names_actor(s) or s.i in absorbed
            or cue_mode("ASSAULT", [lemma(s)] + [lemma(c) for c in s.children], lex)
            for s in sources
        ):
            return None

    source_ids = {s.i for s in sources}
    found = modality_of(match.token, lex, source_ids)
    if match.entry.negated_only:
        modality = "threatened"
    elif match.modality == "threatened":
        modality = "negated" if found == "negated" else "threatened"
    else:
        modality = found
    match.modality = modality
    apply_modality_rules(match, bool(targets), bool(sources), scheduled(match, lex), lex)
    if match.type == "THREATEN" and match.modality != "negated":
        match.modality = "threatened"  # a threat is made, whatever the tense of its content
    modality = match.modality
    # "A bombing killed two, the military said": who reports a material act
    # that happened did not do it.
    reported_act = match.type not in VERBAL_TYPES and modality in ("occurred", "reported")
    if args.source_via == "reporter" and reported_act:
        sources = []

    exclude = {t.i for s in sources for t in s.subtree}
    refine_mode(match, neighbourhood(match, exclude), lex)

    source_spans = [tuple(x + base for x in argument_span(s)) for s in sources]
    speaker = quote_speaker(extraction, match.start + base)
    first_person = bool(sources) and all(s.lower_ in ("i", "we", "me", "us") for s in sources)
    if speaker is not None and (first_person or (not sources and not reported_act)):
        # Inside a quotation the speaker acts: "'All options will be on the
        # table,' he said" (the quotes stage found who said it).
        source_spans = [speaker]
        sources = []
    target_spans = [tuple(x + base for x in argument_span(t)) for t in targets]
    def heads(tokens: list[Token]) -> list[tuple[int, int]]:
        return [(t.idx + base, t.idx + len(t.text) + base) for t in tokens]

    source_ids_resolved = actor_ids_at(extraction, source_spans, heads(sources) if sources else None)
    target_ids_resolved = actor_ids_at(extraction, target_spans, heads(targets))
    if not any(target_ids_resolved) and not (match.entry.reciprocal and len(sources) > 1):
        # No recipient named: the act lands where it happens ("evacuated
        # settlements in the Gaza Strip"), as the PLOVER gold codes it.
        # A composed act happens where its content does ("agreed to a truce in Puno").
        clauses = [match.anchor if match.anchor is not None else match.token] + [m.token for m in match.absorbed]
        if match.type in GIVING_TYPES:
            # "gave 20 million euros to rebuild schools in Haiti": aid goes where its purpose lies
            clauses += [c for c in match.token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
        skip = {t.i for s in sources for t in s.subtree}
        for clause in clauses:
            places = location_actor_ids(extraction, clause, base, skip, set(filter(None, source_ids_resolved)),
                                        event_type=match.type)
            if places:
                _add_places(places, targets, base, target_spans, target_ids_resolved)
                break

    target_ids_resolved += civilians_of_struck_places(extraction, match.type, target_ids_resolved)
    if match.type in VERBAL_TYPES:
        target_spans, target_ids_resolved = _without_self(target_spans, target_ids_resolved,
                                                          set(filter(None, source_ids_resolved)), doc_text)
    start, end = match.start + base, match.end + base
    clause = match.anchor if match.anchor is not None else match.token
    clause_span = (clause.left_edge.idx + base, clause.right_edge.idx + len(clause.right_edge.text) + base)
    date, precision = event_date(extraction, sent_index, start, end, clause_span)
    place = event_place(extraction, sent_index, clause_span, source_spans + target_spans)
    sentence = match.token.sent

    def covering(spans):
        return [min(s for s, _ in spans), max(e for _, e in spans)] if spans else None

    source_cover, target_cover = covering(source_spans), covering(target_spans)
    event = Event(
        type=match.type,
        sentence=sent_index,
        trigger_start=start,
        trigger_end=end,
        trigger=doc_text[start:end],
        mode=match.mode,
        contexts=contexts_for(match, sentence, lex),
        source_actor_ids=sorted({i for i in source_ids_resolved if i}),
        target_actor_ids=sorted({i for i in target_ids_resolved if i}),
        source_text=doc_text[source_cover[0]:source_cover[1]] if source_cover else "",
        target_text=doc_text[target_cover[0]:target_cover[1]] if target_cover else "",
        modality=modality,
        date=date,
        date_precision=precision,
        place_index=place,
        intensity=intensity_of(match.type, match.mode, modality, lex),
        confidence=confidence_of(match, bool(source_spans), bool(target_spans), modality),
        action_type=match.action_type,
        quad=quad_of(match.type, lex),
        source_spans=[list(s) for s in source_spans],
        target_spans=[list(t) for t in target_spans],
    )
    event.spans["trigger"] = [start, end]
    if source_cover:
        event.spans["source"] = source_cover
    if target_cover:
        event.spans["target"] = target_cover
    candidate = Candidate(
        event=event,
        source_keys={k for s, i in zip(sources, source_ids_resolved) for k in argument_keys(s, i, extraction)},
        # A place where it happened contradicts no recipient named elsewhere.
        target_keys=set() if args.located else {k for t, i in zip(targets, target_ids_resolved)
                                                 for k in argument_keys(t, i, extraction)},
        has_arguments=bool(source_spans or targets),
    )
    if not sources and source_spans:  # the quotation's speaker
        speaker_id = source_ids_resolved[0] if source_ids_resolved else None
        if speaker_id:
            candidate.source_keys = argument_keys(match.token, speaker_id, extraction)
        else:
            candidate.source_keys = {doc_text[source_spans[0][0]:source_spans[0][1]].split()[-1].lower()}
    keep = bool(source_spans) or (bool(targets) and modality in ("occurred", "reported"))
    return Coded(candidate, keep)


def code_sentence_events(sent: Span, sent_index: int, extraction: Extraction, lex: Lexicon,
                         nlp_parse=None, anaphors: list | None = None) -> list[Coded]:
    """Coded events of one sentence, before article-level merging."""
    doc_text = extraction.article.clean_text or sent.doc.text
    coded = []
    for span, base in spans_to_code(sent, nlp_parse):
        for match in compose(find_matches(span, lex), lex):
            item = _code_match(match, sent_index, base, extraction, lex, doc_text)
            if item is not None:
                coded.append(item)
        if anaphors is not None:
            anaphors.extend(find_anaphors(span, sent_index, base, extraction, lex))
    return coded


def code_events(doc: Doc, extraction: Extraction, config) -> None:
    """Pipeline stage: fill ``extraction.events``."""
    lex = load_lexicon(config.event_lexicon)
    from ..nlp import parse

    coded: list[Coded] = []
    anaphors: list[Anaphor] = []
    for index, sent in enumerate(doc.sents):
        try:
            coded.extend(code_sentence_events(sent, index, extraction, lex, nlp_parse=parse, anaphors=anaphors))
        except Exception as error:  # noqa: BLE001 - one odd sentence must not cost the article its events
            extraction.warnings.append(f"events: sentence {index} skipped ({type(error).__name__}: {error})")
    inherit_sources(coded)
    resolve_anaphors(coded, anaphors)
    merged = merge_mentions([item.candidate for item in coded])
    # PLOVER events need an actor; an unattributed act is kept only when it
    # happened to a named recipient ("three soldiers were shot").
    extraction.events.extend(
        c.event for c in merged
        if c.event.source_text or (c.event.target_text and c.event.modality in ("occurred", "reported"))
    )
    _read_with_classifier(doc, extraction)


def _read_with_classifier(doc: Doc, extraction: Extraction) -> None:
    """The learned quad classifier's reading of each event's sentence, and
    which event is its sentence's main one (it adds no event, changes no type)."""
    sentences = [s.text for s in doc.sents]
    try:
        annotate_events(extraction.events, lambda i: sentences[i] if 0 <= i < len(sentences) else "")
    except Exception as error:  # noqa: BLE001 - the lexicon's events stand without it
        extraction.warnings.append(f"events: quad classifier skipped ({type(error).__name__}: {error})")


def primary_event(events: list[Event], sentence: int | None = None) -> Event | None:
    """The most confident event; of one sentence, if given: the sentence's
    main event (the one the quad classifier chose, see ``Event.sentence_main``)."""
    pool = [e for e in events if sentence is None or e.sentence == sentence
            or any(m.get("sentence") == sentence for m in e.mentions)]
    if not pool:
        return None
    if sentence is not None:
        # the main event the classifier chose among the sentence's own events
        return max(pool, key=lambda e: (e.sentence == sentence and e.sentence_main, e.confidence, -e.trigger_start))
    return max(pool, key=lambda e: (e.confidence, -e.trigger_start))
