"""Composition: one event from a trigger and the action in its complement.

"X threatened to impose sanctions": the threat is the event (THREATEN,
restrict), the sanction its content. "X agreed to withdraw troops": AGREE (or
CONCEDE for a promised retreat, per the manual). "X demanded that Y release
prisoners": REQUEST yield. "X refused to rule out force": a threat.

Then the manual's rules for actions that have not happened (chapter
"Auxiliary modes"): a planned or conditional cooperative act is AGREE, a
promised retreat is CONCEDE, and a conflictual act held over a recipient
("prepared to take action against the cartels if...") is THREATEN. A
conflictual act announced for a date ("a 25% tariff will be levied on Feb. 1")
stays what it is, with the modality "planned".
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import joins_mission
from .lexicon import Lexicon
from .modality import modality_of
from .syntax import lemma
from .triggers import Match

MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
CONFLICT = MATERIAL_CONFLICT | {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "attr", "oprd", "acl", "advcl", "dative"})
# Prepositions that introduce what is said or done, not when or why.
CONTENT_PREPS = frozenset({"to", "on", "for", "of", "against", "with", "about", "over", "from", "into"})


def complement_tokens(match: Match, lex: Lexicon) -> set[int]:
    """Token indices of what a trigger says, asks, threatens or promises.

    For a noun ("issued a warning, stating that..."), the reporting clause
    attached to its verb is its content too.
    """
    token = match.token
    result: set[int] = set()
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ not in CONTENT_PREPS:
            continue  # "agreed to a ceasefire after two days of fighting"
        if child.dep_ in COMPLEMENT_DEPS:
            result.update(t.i for t in child.subtree)
    if match.entry.pos == "noun" and match.anchor != token:
        for child in match.anchor.children:
            if child.dep_ in ("advcl", "xcomp", "ccomp") and lemma(child) in lex.speech_verbs:
                result.update(t.i for t in child.subtree)
    if match.entry.role and token.dep_ in ("parataxis", "ccomp") and token.head != token and token.i > token.head.i:
        # "'I will impose an embargo,' Trump pledged": the quote is the content.
        own = {t.i for t in token.subtree}
        result.update(t.i for t in token.head.subtree if t.i not in own)
    return result


def scheduled(match: Match, lex: Lexicon) -> bool:
    """Whether a future act has a date ("on February 1", "tomorrow", "starting March 4")."""
    schedule_words = lex.modality_cues.get("schedule_words", frozenset())
    clause = match.anchor if match.anchor is not None else match.token
    if match.entry.pos == "noun" and clause != match.token:
        tokens = list(clause.subtree)
    else:
        tokens = list(match.token.subtree)
    for token in tokens:
        if token.ent_type_ == "DATE" and token.lower_ not in ("today", "now", "recent", "days"):
            return True
        if token.lower_ in schedule_words:
            return True
    return False


def threat_mode(match: Match, lex: Lexicon, words: list[str]) -> str:
    """The THREATEN mode for a threatened action (manual: the content of the threat)."""
    if match.type in ("ASSAULT", "MOBILIZE"):
        return "violence"
    if match.type == "SANCTION":
        if match.mode == "expel":
            return "expel"
        if any(w in lex.classes.get("talks", frozenset()) for w in words):
            return "relations"
        return "restrict"
    if match.type == "COERCE":
        return {"arrest": "arrest", "deport": "expel"}.get(match.mode, "restrict")
    if match.type == "PROTEST":
        return "restrict"
    return cue_mode("THREATEN", words, lex) or "violence"


def cue_mode(event_type: str, words: list[str], lex: Lexicon) -> str:
    """The first mode of ``event_type`` whose cue words occur among ``words``."""
    joined = " " + " ".join(words) + " "
    for mode, cues in lex.mode_cues.get(event_type, []):
        for cue in cues:
            if cue.startswith("@"):
                if any(lex.in_class(w, cue) for w in words):
                    return mode
            elif (" " in cue and f" {cue} " in joined) or cue in words:
                return mode
    return ""


def _words(tokens: set[int], doc) -> list[str]:
    return [lemma(doc[i]) for i in sorted(tokens)] + [doc[i].lower_ for i in sorted(tokens)]


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 50:
        token = token.head
        depth += 1
    return depth


def _request_mode(inner: Match | None, words: list[str], lex: Lexicon, event_type: str) -> str:
    if inner is not None:
        if inner.type in ("RETREAT", "CONCEDE"):
            return "yield"
        if inner.type == "CONSULT":
            return "meet"
        if inner.type in ("AID", "COOPERATE", "SUPPORT", "AGREE"):
            return "assist"
    return cue_mode(event_type, words, lex) or ("change" if inner is not None else "")


# Prepositions by which an act names who takes part in it.
PARTY_PREPS = frozenset({"between", "by", "among"})
# How a protest's demand hangs from it: "marched to demand...",
# "rallied, calling for...", "struck, joining teachers in demanding...".
PURPOSE_PATH_DEPS = frozenset({"advcl", "xcomp", "acl", "pcomp", "prep", "pobj", "dobj"})


def _fold(outer: Match, inner: Match) -> None:
    """``inner`` is part of ``outer``'s act, not an event of its own."""
    inner.suppressed = True
    outer.absorbed.append(inner)


def _serves(token: Token, clause_words: set[int], steps: int = 6) -> bool:
    """Whether ``token`` lies in a subjectless purpose or manner phrase of the clause."""
    current = token
    for _ in range(steps):
        if current.dep_ not in PURPOSE_PATH_DEPS or current.head == current:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False  # a clause with a subject of its own is an act of its own
        current = current.head
        if current.i in clause_words:
            return True
    return False


def fold_protest_demands(matches: list[Match]) -> None:
    """A demand made by protesting is the protest's aim, not a second event
    (PLOVER codes one PROTEST; the demand says what it is against)."""
    for protest in matches:
        if protest.type != "PROTEST" or protest.suppressed:
            continue
        clause_words = {protest.token.i, protest.anchor.i}
        for demand in matches:
            if demand.type == "REQUEST" and not demand.suppressed and _serves(demand.token, clause_words):
                _fold(protest, demand)


def _argument_of(noun: Token, verb: Token) -> bool:
    """Whether a noun is an object of a verb, directly or through a preposition."""
    if noun.head == verb and noun.dep_ in ("dobj", "nsubjpass", "dative"):
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == verb


def fold_descriptions(matches: list[Match]) -> None:
    """An act named to describe the participant of another ("freed a journalist
    it detained", "returned a boat it seized", "freed a mayor arrested in May")
    is background to the act reported, not a second event."""
    for described in matches:
        clause = described.anchor if described.anchor is not None else described.token
        if described.suppressed or clause.dep_ not in ("relcl", "acl") or described.token.pos_ == "NOUN":
            continue
        for outer in matches:
            if outer is not described and not outer.suppressed and _argument_of(clause.head, outer.token):
                _fold(outer, described)
                break


def compose(matches: list[Match], lex: Lexicon) -> list[Match]:
    """Fold complement actions into the verbal act that governs them."""
    if not matches:
        return matches
    doc = matches[0].token.doc
    by_position = sorted(matches, key=lambda m: _depth(m.token))
    for outer in by_position:
        if outer.suppressed:
            continue
        complement = complement_tokens(outer, lex)
        inner = [m for m in matches if m is not outer and not m.suppressed and m.token.i in complement]
        # The content is the closest action that is not itself another frame
        # of the same kind ("reaffirmed a commitment to cooperation": cooperation).
        inner.sort(key=lambda m: (m.entry.role == outer.entry.role, _depth(m.token), m.token.i))
        primary = inner[0] if inner else None
        words = _words(complement, doc)
        role = outer.entry.role

        if role == "":
            # A noun trigger inside a verb trigger of the same type adds detail
            # ("wounded two soldiers in a bomb attack"), not a second event;
            # a verbal act as the object is what the verb acts on ("accepted
            # demands", "prevented the demonstration"); what an accusation
            # condemns is its content ("denounced Peru's crackdown on...",
            # "complained about the border raids").
            for m in inner:
                # "was attacked by militiamen, killing 156 people": the killing is the attack's toll
                same_kind = m.type == outer.type and (m.entry.pos == "noun" or (
                    m.token.dep_ == "advcl" and m.token.head == outer.token and m.token.tag_ == "VBG"))
                object_act = m.entry.pos == "noun" and m.token.dep_ == "dobj" and m.token.head == outer.token
                if same_kind or object_act or outer.type == "ACCUSE":
                    _fold(outer, m)
            # "A roadside bombing killed one soldier": the bombing is the killing
            # (unless it names its own parties: "fighting between X and Y killed...").
            for m in matches:
                if (m is not outer and not m.suppressed and m.entry.pos == "noun" and m.type == outer.type
                        and m.token.dep_ in ("nsubj", "nsubjpass") and m.token.head == outer.token
                        and not any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in m.token.children)):
                    _fold(outer, m)
            continue

        silent = lex.modality_cues.get("refused_non_events", frozenset())
        if role == "refusal" and any(c.dep_ == "xcomp" and lemma(c) in silent for c in outer.token.children):
            outer.suppressed = True  # "declined to comment": no one is rejected
            continue
        if role == "refusal" and primary is not None and primary.entry.negated_only:
            outer.suppressed = True  # "refused to rule out X" is X's threat
            primary.modality = "threatened"
            continue
        if role in ("threat", "speech") and primary is not None and primary.type in MATERIAL_CONFLICT:
            inner_modality = modality_of(primary.token, lex)
            if inner_modality == "planned" and scheduled(primary, lex):
                # "warned that 25% tariffs will start on March 4": the
                # announced measure itself is the event.
                outer.suppressed = True
                continue
        if role == "speech":
            if primary is None or primary.type not in MATERIAL_CONFLICT or modality_of(primary.token, lex) not in (
                "hypothetical", "planned"
            ):
                outer.suppressed = True  # plain speech: its content stands alone
                continue
            role = "threat"

        for m in inner:
            _fold(outer, m)

        if role == "threat":
            if primary is not None:
                outer.mode = threat_mode(primary, lex, words)
                outer.action_type = primary.type
            elif outer.entry.content_required and not any(
                w in lex.classes.get("violence_words", frozenset()) for w in words
            ):
                outer.suppressed = True
                continue
            else:
                outer.mode = cue_mode("THREATEN", words, lex) or outer.mode
            outer.type = "THREATEN"
            outer.modality = "threatened"
        elif role == "promise":
            if primary is not None and primary.type in CONFLICT:
                outer.type, outer.action_type = "THREATEN", primary.type
                outer.mode = threat_mode(primary, lex, words)
                outer.modality = "threatened"
            elif primary is not None:
                # "agreed to resign", "will allow inspectors back": intent to
                # yield is AGREE (CAMEO 035 in the 2021 crosswalk).
                outer.type, outer.mode, outer.action_type = "AGREE", "", primary.type
                outer.contexts = sorted(set(outer.contexts) | set(primary.contexts))
            elif lemma(outer.token) in ("vow", "pledge", "promise") and any(
                w in lex.classes.get("violence_words", frozenset()) for w in words
            ):
                outer.type, outer.mode, outer.modality = "THREATEN", "violence", "threatened"
        elif role in ("request", "refusal"):
            if role == "request" and any(doc[i].text == "?" for i in complement):
                outer.suppressed = True  # a question asked, not a request
                continue
            outer.mode = _request_mode(primary, words, lex, outer.type) or outer.mode
            if primary is not None:
                outer.action_type = primary.type
    fold_protest_demands(matches)
    fold_descriptions(matches)
    return [m for m in matches if not m.suppressed]


def intent_of(token: Token, lex: Lexicon) -> bool:
    """Whether the act is stated as a will: "prepared to", "willing to", "ready to"."""
    adjectives = lex.modality_cues.get("intent_adjectives", frozenset())
    current = token
    for _ in range(4):
        if current.head == current:
            return False
        current = current.head
        if current.pos_ == "ADJ" and lemma(current) in adjectives:
            return True
        if lemma(current) in ("be",) and any(c.dep_ == "acomp" and lemma(c) in adjectives for c in current.children):
            return True
    return False


def _intent_verb(token: Token, lex: Lexicon) -> str:
    """The intent verb governing the act ("plans to impose"), if any."""
    verbs = lex.modality_cues.get("intent_verbs", frozenset())
    current = token
    for _ in range(3):
        if current.head == current or current.dep_ not in ("xcomp", "ccomp", "conj"):
            return ""
        current = current.head
        if lemma(current) in verbs and current.pos_ == "VERB":
            return lemma(current)
    return ""


def apply_modality_rules(match: Match, has_target: bool, has_source: bool, scheduled: bool, lex: Lexicon) -> None:
    """The manual's treatment of future and conditional actions (see module doc)."""
    if match.type == "MOBILIZE" and (any(lemma(t).startswith("peacekeep") for t in match.token.subtree)
                                     or joins_mission(match)):
        match.type, match.mode = "AID", ""  # peacekeepers, troops for an international mission: assistance
    if match.modality == "negated" and has_source and match.type in COOPERATION and match.type != "AGREE":
        # "will not accept refugees", "refused to meet": a rejection (manual: REJECT).
        match.action_type, match.type, match.mode, match.modality = match.type, "REJECT", "", "occurred"
        return
    if match.modality in ("hypothetical", "planned") and has_source and match.type in COOPERATION and match.type != "AGREE":
        # Future, offered or conditional cooperation is AGREE (manual: AGREE),
        # and so is intent to yield (CAMEO 035 -> AGREE in the crosswalk).
        match.action_type, match.type, match.mode, match.modality = match.type, "AGREE", "", "occurred"
        return
    intent_verb = _intent_verb(match.token, lex)
    if intent_verb == "prepare" and match.type == "ASSAULT" and has_source:
        # "the army prepared to resume shelling": readiness, not yet force.
        match.action_type, match.type, match.mode = "ASSAULT", "MOBILIZE", "weapons"
        return
    intent = (match.modality == "hypothetical" and intent_of(match.token, lex)) or (
        match.modality == "planned" and intent_verb in ("plan", "intend", "threaten", "prepare", "vow", "seek")
    )
    if intent and has_source:
        if match.type in ("COERCE", "ASSAULT", "SANCTION"):
            words = [lemma(t) for t in match.token.subtree]
            match.action_type = match.type
            match.mode = threat_mode(match, lex, words)
            match.type, match.modality = "THREATEN", "threatened"
            return
    if match.modality in ("planned", "hypothetical"):
        if match.type in MATERIAL_CONFLICT and has_target and has_source:
            if match.modality == "planned" and scheduled:
                return
            words = [lemma(w) for w in match.words] + [lemma(t) for t in match.token.subtree]
            match.action_type = match.type
            match.mode = threat_mode(match, lex, words)
            match.type = "THREATEN"
            match.modality = "threatened"
