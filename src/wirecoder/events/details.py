"""Mode, contexts, intensity and confidence of a coded event.

Intensity scale (documented in the lexicon): the PLOVER manual's
conflict-cooperation score of the type and mode (-10 most conflictual, +10
most cooperative; "PLOVER scores" table) times a modality weight: 1 for
occurred, reported and threatened events (THREATEN's score is already that of
a threat), 0.75 planned, 0.5 hypothetical, 0 negated.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .compose import cue_mode
from .lexicon import Lexicon
from .syntax import lemma
from .triggers import Match

QUAD_CODES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}
# Types whose entry mode is only a default that weapon or target words refine.
REFINABLE = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "PROTEST"})


def neighbourhood(match: Match, exclude: set[int]) -> list[str]:
    """Lemmas and words near the trigger: its phrase, dependents and absorbed triggers."""
    tokens: list[Token] = list(match.words)
    for token in list(match.words):
        for t in token.subtree:
            if t.i not in exclude and abs(t.i - token.i) <= 12:
                tokens.append(t)
    for inner in match.absorbed:
        tokens.extend(inner.words)
        tokens.extend(c for c in inner.token.children if c.dep_ in ("compound", "amod"))
    words: list[str] = []
    for t in tokens:
        words.append(lemma(t))
        if t.lower_ != words[-1]:
            words.append(t.lower_)
    return words


def refine_mode(match: Match, words: list[str], lex: Lexicon) -> None:
    if match.type == "THREATEN":
        return
    if match.mode and match.type not in REFINABLE:
        return
    if match.type == "ASSAULT" and match.mode in ("firearms", "targeted", "abduct", "torture", "beat", "sexual"):
        return  # the verb itself says how ("opened fire", "assassinated")
    found = cue_mode(match.type, words, lex)
    if found:
        match.mode = found


def contexts_for(match: Match, sentence: Span, lex: Lexicon) -> list[str]:
    contexts = set(match.contexts)
    for inner in match.absorbed:
        contexts.update(inner.contexts)
    lemmas = [lemma(t) for t in sentence]
    joined = " " + " ".join(t.lower_ for t in sentence) + " "
    lemma_set = set(lemmas)
    for context, cues in lex.context_cues.items():
        for cue in cues:
            if (" " in cue and f" {cue} " in joined) or cue in lemma_set:
                contexts.add(context)
                break
    # The manual: "crime" is not coded when a more specific crime context is.
    if contexts & {"illegal_drugs", "trafficking", "corruption"}:
        contexts.discard("crime")
    if match.mode in ("cyber", "misinformation"):
        contexts.add(match.mode)
    return sorted(contexts)


def intensity_of(event_type: str, mode: str, modality: str, lex: Lexicon) -> float:
    weight = lex.modality_weights.get(modality, 1.0)
    return round(lex.score(event_type, mode) * weight, 2)


def quad_of(event_type: str, lex: Lexicon) -> int:
    return QUAD_CODES.get(lex.quads.get(event_type, ""), 0)


def confidence_of(match: Match, has_source: bool, has_target: bool, modality: str) -> float:
    """A prior from the lexicon, raised by complete arguments and a main-clause trigger."""
    value = match.entry.confidence
    value += 0.1 if has_source else -0.15
    value += 0.08 if has_target else 0.0
    if match.anchor.dep_ == "ROOT" or match.token.dep_ == "ROOT":
        value += 0.07
    if match.entry.role:
        value += 0.05  # a verbal act that frames the sentence
    clause = match.token if match.entry.pos == "verb" else match.anchor
    if clause.dep_ in ("advcl", "acl", "relcl", "pcomp") or (match.entry.pos == "noun" and match.token.dep_ in ("relcl",)):
        value -= 0.15  # a subordinate act: purpose, manner, description
    elif clause.dep_ == "conj":
        value -= 0.03
    if modality in ("hypothetical", "negated"):
        value -= 0.15
    return round(max(0.05, min(0.95, value)), 3)
