"""Recipients the argument slots miss: deeper in the clause, or where it happens.

The lexicon's slots name a trigger's own recipient ("accused X", "fired on
X"). Verbal acts often name it inside their content instead, and the PLOVER
gold standard (after the CAMEO manual) codes an act with no recipient at all
against the place where it happens:
- "demanded that the US cancel...": the subject of the demanded clause;
- "threatened to break relations with Russia", "offered to hand over two
  suspects to Britain": an actor in a prepositional phrase of the content;
- "launched a mediation effort between A and B": the parties;
- "threatened to stop talks if the US deploys...": the one the condition
  names (a threat is aimed at whoever must comply);
- "staged a hunger strike to protest against Sweden's decision": a nominal
  act's purpose clause, beside it under its light verb, names the recipient;
- "rejected calls by Belarus's rulers": the author of the rejected or
  accepted proposal;
- "evacuated settlements in the Gaza Strip": the country (or a place in it)
  named by a locative phrase of the trigger's clause, as a last resort.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import Actor
from .lexicon import Lexicon
from .syntax import children, lemma, preposition_objects, with_conjuncts
from .triggers import died_of

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


def _aside(tok: Token, lex: Lexicon) -> bool:
    """A phrase beside the act, not its content: a background clause ("after
    Chile seized the islands"), its source ("according to a report by X") or
    what the actor says along with it ("..., saying he would appeal to the
    court"). A background phrase stays: "ended the blockade after a meeting
    with the ministry" names whom the blockade was against."""
    if tok.dep_ == "prep":
        return tok.lower_ == "according"
    if tok.dep_ == "advcl":
        marks = lex.modality_cues.get("background_conjunctions", frozenset())
        return lemma(tok) in lex.speech_verbs or any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)
    return False


def _content(token: Token, skip: set[int], lex: Lexicon) -> list[Token]:
    """Tokens of the trigger's content, in breadth-first order (nearest first)."""
    result, frontier = [], [c for c in token.children if c.dep_ in CONTENT_DEPS]
    seen = set(skip) | {token.i}
    while frontier:
        following = []
        for tok in frontier:
            if tok.i in seen or _aside(tok, lex):
                continue
            seen.add(tok.i)
            result.append(tok)
            following.extend(c for c in tok.children if c.dep_ in CONTENT_DEPS or c.dep_ in ("pobj", "prep"))
        frontier = following
    return result


def nested_targets(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """The first actor that a recipient preposition inside the content names."""
    for tok in _content(token, skip, lex):
        if tok.dep_ == "prep" and tok.lower_ in RECIPIENT_PREPS:
            for pobj in (c for c in tok.children if c.dep_ in ("pobj", "pcomp")):
                # a pronoun deep in the content is rarely whom the act is aimed at
                actors = [a for t in with_conjuncts(pobj) for a in as_actor(t, lex)
                          if a.i not in skip and a.pos_ != "PRON"]
                if actors:
                    return actors
    return []


def _actors(tokens, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """The actors the tokens stand for, but those in ``skip``."""
    return [a for t in tokens for a in as_actor(t, lex) if a.i not in skip]


# The prepositions by which a measure names whom it hits: "a ban on imports
# of Peruvian wine", "its blockade of Bolivia", "the travel ban to Chile".
MEASURE_PREPS = ("on", "against", "of", "to", "for", "from")


def measure_targets(measure: Token, lex: Lexicon, as_actor, skip: set[int], depth: int = 0) -> list[Token]:
    """Who a lifted or imposed measure falls on, through "imports of", "sales to"."""
    for prep in (c for c in measure.children if c.dep_ == "prep" and c.lower_ in MEASURE_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            actors = _actors(with_conjuncts(pobj), lex, as_actor, skip)
            if not actors and depth < 2:
                actors = measure_targets(pobj, lex, as_actor, skip, depth + 1)
            if actors:
                return actors
    return []


def given_to(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """"gave Peru a stern warning", "issued the rebels an ultimatum": for a
    nominal act given as an object, whom it is given to."""
    if token.dep_ != "dobj" or token.head == token:
        return []
    verb = token.head
    receivers = [c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    return _actors([t for r in receivers for t in with_conjuncts(r)], lex, as_actor, skip)


def sent_to(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """"sent a letter to the Peruvian president threatening to...", "dispatched
    inspectors to Lima to investigate": an act done by what is sent lands where it is sent."""
    current = token
    for _ in range(2):
        if current.dep_ not in ("advcl", "xcomp", "acl") or current.head == current:
            return []
        current = current.head
        verb = current if current.pos_ in ("VERB", "AUX") else (
            current.head if current.dep_ == "dobj" else None)
        if verb is None:
            continue
        found = _actors([t for p in preposition_objects(verb, "to") for t in with_conjuncts(p)], lex, as_actor, skip)
        if found:
            return found
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
    # "launched a mediation effort to resolve the rift between Qatar and its
    # neighbours": the parties named in the effort's purpose.
    for place in places:
        for clause in (c for c in place.children if c.dep_ in ("acl", "relcl", "advcl", "xcomp")):
            for tok in clause.subtree:
                if tok.dep_ == "prep" and tok.lower_ == "between":
                    parties = [c for c in tok.children if c.dep_ == "pobj"]
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


NON_STATE = frozenset({"IGO", "NGO", "UNO", "EUR", "MNC", "ISM"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Nouns of "in protest of/against X", "in solidarity with X": the recipient is
# inside their prepositional phrase.
PURPOSE_NOUNS = frozenset({"protest", "support", "solidarity"})
# What a denial answers: its author is whom the denial is aimed at.
CLAIM_NOUNS = frozenset({"charge", "accusation", "claim", "allegation", "report", "suggestion", "criticism",
                         "assertion", "statement", "remark", "comment"})
# Prepositions that name who made a proposal, an offer or a call.
AUTHOR_PREPS = ("by", "from")


def condition_subjects(token: Token) -> list[Token]:
    """Subjects of an "if"/"unless" clause under the trigger or its content."""
    found: list[Token] = []
    for tok in token.subtree:
        if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            continue
        for subject in children(tok, "nsubj", "nsubjpass"):
            found.extend(with_conjuncts(subject))
    return found


def _purpose_fillers(verb: Token, after: int) -> list[Token]:
    """Object-like words of the purpose clause or "in protest of" phrase of ``verb``."""
    fillers: list[Token] = []
    for child in verb.children:
        if child.i <= after:
            continue
        if child.dep_ in ("advcl", "xcomp") and child.pos_ in ("VERB", "AUX"):
            fillers.extend(children(child, "dobj"))
            for prep in children(child, "prep"):
                if prep.lower_ in RECIPIENT_PREPS:
                    fillers.extend(children(prep, "pobj"))
    return fillers + _in_protest_of(verb, after)


def _in_protest_of(token: Token, after: int) -> list[Token]:
    """"in protest of X", "in solidarity with X" under ``token``: X."""
    fillers: list[Token] = []
    for child in children(token, "prep"):
        if child.i <= after or child.lower_ != "in":
            continue
        for noun in children(child, "pobj"):
            if noun.lemma_.lower() in PURPOSE_NOUNS:
                for prep in children(noun, "prep"):
                    if prep.lower_ in ("of", "against", "at", "over", "with", "to"):
                        fillers.extend(children(prep, "pobj"))
    return fillers


def purpose_targets(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """"began a hunger strike to protest against X": X, for a nominal trigger
    that is the object of its verb."""
    places = [token]
    if token.dep_ == "compound" and token.head != token:
        places.append(token.head)  # "a hunger strike"
    for noun in places:
        fillers = _in_protest_of(noun, noun.i)
        if noun.dep_ == "dobj" and noun.head != noun:
            fillers += _purpose_fillers(noun.head, noun.i)
        for filler in fillers:
            actors = [a for t in with_conjuncts(filler) for a in as_actor(t, lex) if a.i not in skip]
            if actors:
                return actors
    return []


def _authors(noun: Token, names_before: bool = False) -> list[Token]:
    """Who made a proposal, a call, a request: its possessor ("Peru's offer"),
    a name before it ("the FARC demand", with ``names_before``), its by/from phrase."""
    found = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if names_before:
        found += [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "PERSON")]
    for prep in AUTHOR_PREPS:
        found.extend(preposition_objects(noun, prep))
    return found


def pressed_by(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """"declined to resign despite the president's request", "under pressure from his
    party": a refusal is aimed at whoever pressed for what is refused."""
    places = [token] + [c for c in token.children if c.dep_ == "xcomp"]  # "declined to resign despite..."
    for prep in (c for p in places for c in p.children if c.dep_ == "prep" and c.lower_ in ("despite", "under")):
        for noun in children(prep, "pobj"):
            actors = _actors(_authors(noun), lex, as_actor, skip)
            if actors:
                return actors
    return []


def author_targets(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """"rejected calls by Belarus's rulers", "accepted Peru's offer", "denounced
    Peru's crackdown on...": the author."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    for obj in children(token, "dobj", "nsubjpass"):
        for noun in with_conjuncts(obj):
            authors = _authors(noun, names_before=True)
            for clause in children(noun, "acl"):  # "the rally staged by students"
                authors.extend(p for a in children(clause, "agent") for p in children(a, "pobj"))
            actors = _actors(authors, lex, as_actor, skip)
            if actors:
                return actors
    return []


def placed_under(token: Token) -> list[Token]:
    """"a US national was put under investigation", "placed under arrest":
    the passive subject of the verb whose "under/into" phrase the act is."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("under", "into"):
        return []
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [s for c in children(verb, "nsubjpass") for s in with_conjuncts(c)]


def more_targets(match, lex: Lexicon, as_actor, sources: list[Token], skip: set[int]) -> list[Token]:
    """Recipients from the content when the trigger's own slots held none."""
    token = match.token
    source_ids = {s.i for s in sources}
    if match.entry.role == "refusal" and any(lemma(o) in CLAIM_NOUNS for o in children(token, "dobj")):
        # "denied charges by X that it cheated...": the denial answers X
        authors = author_targets(token, lex, as_actor, skip | source_ids)
        if authors:
            return authors
    if match.entry.role in ("request", "refusal"):
        clauses = clause_subjects(token)
        if not clauses and token.dep_ == "dobj" and token.head != token:
            # "reiterated its demand that Israel ease...": the clause hangs on the verb
            clauses = [s for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       for s in children(c, "nsubj", "nsubjpass") for s in with_conjuncts(s)]
        subjects = [a for s in clauses for a in as_actor(s, lex) if a.i not in source_ids]
        if subjects:
            return subjects
    undergoer = placed_under(token)
    if undergoer:
        found = [a for s in undergoer for a in as_actor(s, lex) if a.i not in source_ids]
        if found:
            return found
    parties = [a for p in between_parties(token) for a in as_actor(p, lex) if a.i not in source_ids]
    if parties:
        return parties
    if match.entry.reciprocal and len(sources) > 1:
        return []  # "A and B agreed on X": both are actors, no one else is the recipient
    skip = skip | source_ids
    if match.type == "THREATEN":
        conditioned = [a for s in condition_subjects(token) for a in as_actor(s, lex) if a.i not in skip]
        if conditioned:
            return conditioned
    # (whom a nominal act is given to was asked first, in events._code_match)
    sent = sent_to(token, lex, as_actor, skip)
    if sent:
        return sent
    death = died_of(token) if match.entry.pos == "noun" else None
    if death is not None:  # "a prisoner died of torture": the prisoner was tortured
        victims = _actors(children(death, "nsubj"), lex, as_actor, skip)
        if victims:
            return victims
    measure = getattr(match, "reversed_measure", None)
    found = measure_targets(measure, lex, as_actor, skip) if measure is not None else []
    if not found and match.type == "REJECT":
        found = pressed_by(token, lex, as_actor, skip)
    if not found and match.type in ("REJECT", "AGREE", "CONCEDE", "COERCE", "ACCUSE"):
        # who holds the rally, makes the offer, did what is condemned: nearer
        # than anyone named inside it
        found = author_targets(token, lex, as_actor, skip)
    if not found and match.type in HELPING_TYPES:
        found = helped(token, lex, as_actor, skip)  # "donated tents to assist Bolivia with..."
    if not found and match.entry.pos == "noun":
        found = toll_of(token, match.type, lex, as_actor, skip)
    if not found and match.entry.role != "promise":
        # (a promise's content names its beneficiaries rarely: "agreed to join
        # forces with the U.S. to defeat...", the U.S. is no recipient)
        found = nested_targets(token, lex, as_actor, skip)
    if not found and token.dep_ == "compound" and token.head != token:
        # "ended mediation efforts with the truckers": the phrase's head holds it
        found = nested_targets(token.head, lex, as_actor, skip)
    if not found and match.entry.pos == "noun":
        found = purpose_targets(token, lex, as_actor, skip)
    return found


def toll_of(token: Token, event_type: str, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """"claimed the bombing that killed nine soldiers": whom the act's own
    relative clause says it struck."""
    for clause in children(token, "relcl"):
        if any(entry.type == event_type for entry in lex.entries(lemma(clause), "verb")):
            struck = [o for d in children(clause, "dobj") for o in with_conjuncts(d)]
            found = _actors(struck, lex, as_actor, skip)
            if found:
                return found
    return []


# Acts done to help someone, and the verbs that name whom.
HELPING_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT", "AGREE"})
HELP_VERBS = frozenset({"help", "assist", "support", "aid", "enable", "allow", "benefit"})


def helped(token: Token, lex: Lexicon, as_actor, skip: set[int]) -> list[Token]:
    """"sent aid to help North Korea cope", "earmarked funds to assist Haiti": whom
    the purpose clause helps."""
    for clause in (c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS):
        helped_ones = list(children(clause, "dobj"))
        helped_ones += [s for c in clause.children if c.dep_ in ("ccomp", "xcomp") for s in children(c, "nsubj")]
        actors = _actors([t for h in helped_ones for t in with_conjuncts(h)], lex, as_actor, skip)
        if actors:
            return actors
    return []


def location_actor_ids(extraction, clause: Token, base: int, skip: set[int], exclude: set[str],
                       limit: int = 2, event_type: str = "") -> list[tuple[list[int], str]]:
    """(span, actor id) of countries or places named where the clause's act happens,
    and of the people there (a protest's, of the government there)."""
    local_actor = government_of if event_type == "PROTEST" else people_of
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
        if not found:
            found = _gazetteer_places(extraction, group, base, exclude)
        if found:
            found = found[:limit]  # the first phrase that names a place
            people = [(span, local_actor(extraction, extraction.actor(actor_id).country)) for span, actor_id in found
                      if extraction.actor(actor_id).country not in NON_STATE]
            return found + [p for p in people if p[1] not in exclude]
    return []


def _gazetteer_places(extraction, group: list[Token], base: int, exclude: set[str]) -> list[tuple[list[int], str]]:
    """Places the actor stage did not know but the place stage resolved
    ("a state of emergency in West Darfur State"), as place actors."""
    found: list[tuple[list[int], str]] = []
    for tok in group:
        start, end = tok.idx + base, tok.idx + len(tok.text) + base
        for place in getattr(extraction, "places", []):
            if not (place.start < end and start < place.end) or not place.resolved or not place.country:
                continue
            if place.mention_kind != "name":
                continue
            actor_id = f"{place.country}_place_{re.sub(r'[^a-z0-9]+', '_', (place.name or place.text).lower()).strip('_')}"
            if actor_id in exclude:
                continue
            if extraction.actor(actor_id) is None:
                extraction.actors.append(Actor(id=actor_id, name=place.name or place.text, country=place.country,
                                               kind="place", source="country"))
            if all(actor_id != a for _, a in found):
                found.append(([place.start, place.end], actor_id))
    return found


def _country_group(extraction, country: str, sector: str, name: str) -> str:
    """The id of a country's group of one sector, added to the actors when missing."""
    actor_id = f"{country}_{sector}"
    if extraction.actor(actor_id) is None:
        extraction.actors.append(Actor(id=actor_id, name=f"{name} ({country})", country=country,
                                       sectors=[sector], kind="group", source="rule"))
    return actor_id


def government_of(extraction, country: str) -> str:
    """The government of a country: a protest that names no one it is against
    is against the authorities where it is held ("marched on the capital")."""
    return _country_group(extraction, country, "GOV", "government")


def people_of(extraction, country: str) -> str:
    """The civilians of a country: an act with no named recipient falls on the
    people where it happens (PLOVER codes them CVL): "extended the curfew in
    Puno" targets the people of Peru as well as the place."""
    return _country_group(extraction, country, "CVL", "civilians")


# Acts that fall on the people of a place they strike ("shelled Cobija",
# "extended the curfew in Puno"); PLOVER codes those people CVL.
STRIKING_TYPES = frozenset({"AID", "ASSAULT", "COERCE", "THREATEN", "SANCTION"})


def civilians_of_struck_places(extraction, event_type: str, target_ids: list[str | None]) -> list[str]:
    """The civilians of each town or region an act strikes, not yet among the targets."""
    if event_type not in STRIKING_TYPES:
        return []
    added: list[str] = []
    for actor_id in target_ids:
        actor = extraction.actor(actor_id) if actor_id else None
        if actor is None or actor.kind != "place" or not actor.country or actor.country in NON_STATE:
            continue
        people = people_of(extraction, actor.country)
        if people not in target_ids and people not in added:
            added.append(people)
    return added
