"""Small helpers over spaCy's dependency parse, shared by the event modules."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# Dependents cut from an argument's span: they describe the actor, they are
# not its name ("Border Patrol who were monitoring the zone").
SPAN_PRUNED_DEPS = frozenset({
    "relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "prep", "parataxis", "dep",
    "npadvmod", "advmod", "case",
})
# Prepositions that stay in an actor's name: "members of the cartel",
# "officials from Mexico".
SPAN_KEPT_PREPS = frozenset({"of", "from"})
WH_WORDS = frozenset({"who", "whom", "which", "that", "what", "whose", "whoever", "whatever"})


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_nominal(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("NN")


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Mexico and Canada")."""
    result = [token]
    for conj in token.conjuncts:
        if conj.i > token.i and conj not in result:
            result.append(conj)
    return result


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children)


def preposition_objects(token: Token, prep: str) -> list[Token]:
    """Objects of a preposition attached to ``token`` ("fire on agents" -> agents)."""
    result = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent", "prt") and child.lower_ == prep:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    result.extend(with_conjuncts(pobj))
    return result


# Nouns that only count or group what follows "of".
QUANTITY_NOUNS = frozenset({"set", "slate", "series", "batch", "list", "pair", "couple", "bundle", "raft",
                            "wave", "string", "round", "package", "number"})


def governing_verb(token: Token) -> Token | None:
    """The verb a noun is an argument of: its head, or the head of its preposition."""
    head = token.head
    if head == token:
        return None
    if token.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in QUANTITY_NOUNS:
        return governing_verb(head.head)  # "handed in a batch of petitions": the batch's verb
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative"):
        head = head.head
    elif token.dep_ in ("conj", "appos", "compound") and head != token:
        return governing_verb(head)  # "extended the curfew order": the order's verb
    return head if is_verbal(head) else None


def argument_span(token: Token) -> tuple[int, int]:
    """Character span of an argument: the noun with its name-like modifiers."""
    kept = _span_tokens(token)
    start = min(t.idx for t in kept)
    end = max(t.idx + len(t.text) for t in kept)
    return start, end


def _span_tokens(token: Token) -> list[Token]:
    kept = [token]
    for child in token.children:
        if child.dep_ in SPAN_PRUNED_DEPS:
            if child.dep_ == "prep" and child.lower_ in SPAN_KEPT_PREPS and child.i > token.i:
                kept.extend(_span_tokens(child))
            continue
        if child.dep_ == "det" and child.lower_ in ("the", "a", "an"):
            kept.append(child)
            continue
        kept.extend(_span_tokens(child))
    # Keep the span contiguous around the head: a pruned dependent in the
    # middle would otherwise leave a hole.
    return [t for t in kept if not (t.is_punct and t.i in (min(k.i for k in kept), max(k.i for k in kept)))] or [token]


def negated(token: Token, words: frozenset[str]) -> bool:
    """A negation attached to the token itself ("did not attack", "never met")."""
    return any(
        (c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj") and c.lower_ in words))
        for c in token.children
    )
