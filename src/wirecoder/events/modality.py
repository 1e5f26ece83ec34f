"""Modality: did the event happen, or is it planned, hypothetical, negated, reported?

Read along the chain of verbs that governs the trigger, up to the reporting
verb if there is one: auxiliaries ("could", "will"), conditions ("if Mexico
does not..."), intent ("prepared to", "plans to"), negation ("did not",
"no one was"), and reporting ("reportedly", "X said Y attacked Z").

Order of precedence: negated > hypothetical > planned > reported > occurred.
"would" right under a past-tense reporting verb is the future of the past
("announced it would send troops"): planned, not hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import children, lemma

RANK = {"occurred": 0, "reported": 1, "planned": 2, "hypothetical": 3, "negated": 4}
# Dependencies along which the governing chain is followed.
CHAIN_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "prep", "pobj", "dobj",
                        "acl", "relcl", "attr", "oprd", "nsubj", "nsubjpass"})


def _stronger(current: str, new: str) -> str:
    return new if RANK[new] > RANK[current] else current


def governing_chain(token: Token, lex: Lexicon, limit: int = 8) -> list[Token]:
    """The trigger's verb and the words above it, stopping after a reporting verb."""
    chain = [token]
    current = token
    for _ in range(limit):
        head = current.head
        if head == current or current.dep_ not in CHAIN_DEPS:
            break
        chain.append(head)
        if lemma(head) in lex.speech_verbs and current.dep_ in ("ccomp", "dobj", "xcomp"):
            break
        current = head
    return chain


def _under_past_report(token: Token, lex: Lexicon) -> bool:
    head = token
    for _ in range(6):
        if head.head == head:
            return False
        if lemma(head.head) in lex.speech_verbs or lemma(head.head) in ("promise", "pledge", "vow"):
            return head.head.tag_ in ("VBD", "VBN")
        head = head.head
    return False


def modality_of(token: Token, lex: Lexicon, source_ids: set[int] | None = None) -> str:
    cues = lex.modality_cues
    hypothetical_aux = cues.get("hypothetical_aux", frozenset())
    planned_aux = cues.get("planned_aux", frozenset())
    intent_adjectives = cues.get("intent_adjectives", frozenset())
    intent_verbs = cues.get("intent_verbs", frozenset())
    condition_marks = cues.get("condition_marks", frozenset())
    reported_adverbs = cues.get("reported_adverbs", frozenset())
    negation_words = cues.get("negation_words", frozenset())

    result = "occurred"
    chain = governing_chain(token, lex)
    for position, word in enumerate(chain):
        is_report = position > 0 and lemma(word) in lex.speech_verbs
        for child in word.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "advmod" and low in ("never",)):
                if not is_report:
                    result = _stronger(result, "negated")
            elif child.dep_ == "aux" and not is_report:
                if low in hypothetical_aux:
                    if low == "would" and _under_past_report(word, lex):
                        result = _stronger(result, "planned")
                    else:
                        result = _stronger(result, "hypothetical")
                elif low in planned_aux or low == "going":
                    result = _stronger(result, "planned")
            elif child.dep_ == "mark" and low in condition_marks and not is_report:
                result = _stronger(result, "hypothetical")
            elif child.dep_ == "advcl" and not is_report and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children
            ):
                # "will withdraw its force unless X arranges a ceasefire"
                result = _stronger(result, "hypothetical")
            elif child.dep_ == "advmod" and low in reported_adverbs:
                result = _stronger(result, "reported")
        if position > 0 and not is_report:
            if word.pos_ == "ADJ" and lemma(word) in intent_adjectives:
                result = _stronger(result, "hypothetical")
            elif lemma(word) in intent_verbs and word.pos_ == "VERB":
                result = _stronger(result, "planned")
        # "no one was injured", "no troops were sent"
        for subject in children(word, "nsubj", "nsubjpass"):
            if any(c.dep_ == "det" and c.lower_ in negation_words for c in subject.children) and position == 0:
                result = _stronger(result, "negated")
        if is_report:
            speaker = children(word, "nsubj")
            pronoun_source = source_ids is not None and any(word.doc[i].pos_ == "PRON" for i in source_ids)
            if (result == "occurred" and speaker and source_ids is not None and speaker[0].i not in source_ids
                    and not pronoun_source and speaker[0].pos_ != "PRON"):
                result = "reported"
            break
    return result
