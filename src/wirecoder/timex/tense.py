"""The tense of the clause a time expression sits in, read from the
dependency parse: it decides whether "Monday" is the Monday before or after
the publication date."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .dates import FUTURE, PAST, PAST_PERFECT, PRESENT

_FUTURE_AUX = {"will", "wo", "'ll", "ll", "shall", "would", "'d"}
# Verbs and adjectives whose infinitive complement lies ahead ("plans to
# visit Friday", "is scheduled to vote Monday"); other infinitives ("met to
# mark the day") take the tense of the verb above them.
_INTENT = {
    "plan", "expect", "schedule", "set", "due", "intend", "hope", "want", "aim", "seek", "prepare",
    "promise", "vow", "threaten", "agree", "decide", "likely", "go", "ready", "able", "try", "wish",
    "propose", "pledge", "slate", "poise", "offer", "ask", "urge", "call", "suppose", "need", "have",
    # nouns of intent: "an agreement to buy", not "an effort to smuggle"
    "agreement", "deal", "decision", "proposal", "bid", "intention", "promise", "threat", "commitment",
}
# Verbs that put their date ahead whatever their tense ("planned a rally
# Saturday", "has scheduled a news conference Thursday").
_SCHEDULING = {"schedule", "plan", "slate", "postpone", "reschedule", "delay", "defer"}
_REPORTING = {"say", "tell", "announce", "report", "state", "write", "post", "add", "note", "confirm"}
_MAX_CLIMB = 8


def _in_past_perfect(verb: Token) -> bool:
    """"had met", "had been scheduled", "had been due": the clause tells what
    came before a past moment, so its date lies behind the publication too."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "had" in auxes and (verb.tag_ == "VBN" or "been" in auxes):
        return True
    # "had been due to expire": the adjective hangs from "been"
    head = verb.head
    return verb.dep_ in ("acomp", "attr") and head is not verb and head.lower_ == "been" and _in_past_perfect(head)


def verb_tense(verb: Token) -> str:
    """PAST_PERFECT, PAST, PRESENT, FUTURE, or "" when the verb alone does
    not tell."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if _in_past_perfect(verb):
        return PAST_PERFECT  # before any scheduling reading: "had been scheduled for Friday"
    if verb.lemma_.lower() in _SCHEDULING or words & _FUTURE_AUX:
        return FUTURE
    if "going" in words and "to" in words:
        return FUTURE
    if "to" in words:
        head = verb.head
        if head is not verb and _in_past_perfect(head):
            return PAST_PERFECT  # "had been due to expire Friday"
        if head is not verb and head.lemma_.lower() in _INTENT:
            return FUTURE  # "plans to visit", "an agreement to buy ... in January"
        return ""
    if any(a.tag_ == "VBD" for a in auxes):
        return PAST  # was, were, had, did
    if words & {"has", "have", "'ve"}:
        return PAST  # the present perfect reports what happened
    if words & {"can", "could", "may", "might", "must", "should", "ca"}:
        return ""
    if words & {"is", "are", "am", "'s", "'re", "'m"}:
        # "is heard in May", "are meeting Friday": news puts scheduled events
        # in the present; "is said" reports
        return PAST if verb.lemma_ in _REPORTING else PRESENT
    if verb.tag_ in ("VBD", "VBN"):
        return PAST  # "troops deployed Monday", "the decision, announced Wednesday"
    if verb.tag_ in ("VBZ", "VBP"):
        return PAST if verb.lemma_ in _REPORTING else PRESENT
    return ""


def tense_at(doc: Doc | None, start: int, end: int) -> str:
    """The tense of the verb governing the characters [start, end)."""
    if doc is None:
        return ""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    node = span.root
    for _ in range(_MAX_CLIMB):
        if node.pos_ in ("VERB", "AUX") and not span.start <= node.i < span.end:
            tense = verb_tense(node)
            if tense:
                return tense
        if node.head is node:
            return ""
        node = node.head
    return ""
