"""Recipients the argument slots miss: deeper in the clause, or where it happens.

The lexicon's slots name a trigger's own recipient ("accused X", "fired on
X"). Verbal acts often name it inside their content instead, and the PLOVER
gold standard (after the CAMEO manual) codes an act with no recipient at all
against the place where it happens:
- "demanded that the US cancel...": the subject of the demanded clause;
- "threatened to break relations with Russia", "offered to hand over two
  suspects to Britain": an actor in a prepositional phrase of the content;
- "launched a mediation effort between A and B": the parties;
- "evacuated settlements in the Gaza Strip": the country (or a place in it)
  named by a locative phrase of the trigger's clause, as a last resort.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import children, preposition_objects, with_conjuncts

# Prepositions that introduce the one an act is aimed at, inside its content.
RECIPIENT_PREPS = ("to", "with", "against", "on", "from", "for", "between", "toward", "towards", "upon")
# Prepositions that say where an act happens.
LOCATIVE_PREPS = frozenset({"in", "into", "inside", "near", "at", "across", "throughout", "from", "to",
                            "outside", "within", "around", "along", "over", "of"})
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "acl", "advcl", "prep", "pobj", "conj", "relcl", "attr",
                          "oprd", "dative", "pcomp", "compound", "amod", "nmod", "appos", "npadvmod"})


def clause_subjects(token: Token) -> list[Token]:
    """Subjects of the that-clause of a demand or refusal ("demanded that the US cancel...")."""
    found: list[Token] = []
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "acl")]
    for clause in clauses:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        for subject in children(clause, "nsubj", "nsubjpass"):
            found.extend(with_conjuncts(subject))
    return found


def _content(token: Token, skip: set[int]) -> list[Token]:
    """Tokens of the trigger's content, in breadth-first order (nearest first)."""
    result, frontier = [], [c for c in token.children if c.dep_ in CONTENT_DEPS]
    seen = set(skip) | {token.i}
    while frontier:
        following = []
        for tok in frontier:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            result.append(tok)
            following.extend(c for c in tok.children if c.dep_ in CONTENT_DEPS or c.dep_ in ("pobj", "prep"))
        frontier = following
    return result


def nested_targets(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """The first actor that a recipient preposition inside the content names."""
    for tok in _content(token, skip):
        if tok.dep_ == "prep" and tok.lower_ in RECIPIENT_PREPS:
            for pobj in (c for c in tok.children if c.dep_ in ("pobj", "pcomp")):
                actors = [a for t in with_conjuncts(pobj) for a in as_actor(t, lex) if a.i not in skip]
                if actors:
                    return actors
    return []


def between_parties(token: Token) -> list[Token]:
    """"a mediation effort between A and B": A and B, also from the noun the trigger modifies."""
    places = [token]
    if token.dep_ == "compound" and token.head != token:
        places.append(token.head)
        if token.head.head != token.head:
            places.append(token.head.head)
    for place in places:
        parties = preposition_objects(place, "between")
        if parties:
            return parties
    return []


def _locative_prep(token: Token, clause: Token) -> Token | None:
    """The locative preposition whose phrase holds ``token`` within the clause:
    the nearest preposition above it, when locative ("of" only when a
    locative one stands above it: "in the town of Gorazde"). None when the
    path to the clause crosses another clause: what happens there is its own
    business."""
    found, current = None, token
    for _ in range(12):
        if current == clause:
            return found
        if current.head == current:
            return None
        if current != token and (current.dep_ in ("ccomp", "advcl", "relcl", "acl", "parataxis", "pcomp")
                                 or (current.dep_ == "conj" and current.pos_ in ("VERB", "AUX"))):
            return None
        if found is None and current.dep_ == "prep" and current.lower_ != "of":
            if current.lower_ not in LOCATIVE_PREPS:
                return None
            found = current
        current = current.head
    return None


def locative_groups(clause: Token, skip: set[int]) -> list[list[Token]]:
    """Nouns of the clause inside locative prepositional phrases, grouped by phrase, in text order."""
    groups: dict[int, list[Token]] = {}
    for tok in clause.subtree:
        if tok.i in skip or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        prep = _locative_prep(tok, clause)
        if prep is not None:
            groups.setdefault(prep.i, []).append(tok)
    return [groups[k] for k in sorted(groups)]


def more_targets(match, lex: Lexicon, as_actor, sources: list[Token], skip: set[int]) -> list[Token]:
    """Recipients from the content when the trigger's own slots held none."""
    token = match.token
    source_ids = {s.i for s in sources}
    if match.entry.role in ("request", "refusal"):
        subjects = [a for s in clause_subjects(token) for a in as_actor(s, lex) if a.i not in source_ids]
        if subjects:
            return subjects
    parties = [a for p in between_parties(token) for a in as_actor(p, lex) if a.i not in source_ids]
    if parties:
        return parties
    if match.entry.reciprocal and len(sources) > 1:
        return []  # "A and B agreed on X": both are actors, no one else is the recipient
    return nested_targets(token, lex, as_actor, skip | source_ids)


def location_actor_ids(extraction, clause: Token, base: int, skip: set[int], exclude: set[str],
                       limit: int = 2) -> list[tuple[list[int], str]]:
    """(span, actor id) of countries or places named where the clause's act happens."""
    for group in locative_groups(clause, skip):
        found: list[tuple[list[int], str]] = []
        for tok in group:
            start, end = tok.idx + base, tok.idx + len(tok.text) + base
            for mention in extraction.actor_mentions:
                if not (mention.start < end and start < mention.end) or mention.actor_id in exclude:
                    continue
                actor = extraction.actor(mention.actor_id)
                if actor is None or actor.kind not in ("country", "place") or not actor.country:
                    continue
                if all(mention.actor_id != a for _, a in found):
                    found.append(([mention.start, mention.end], mention.actor_id))
        if found:
            return found[:limit]  # the first phrase that names a place
    return []
