"""Where actors are mentioned: named units, then the noun phrases around them.

A *unit* is a name found in the text: a dictionary match (actor alias, role
title, country, demonym, capital) or a spaCy entity (PERSON, ORG, GPE, NORP,
FAC, LOC) that no dictionary name covers. A *phrase* is the noun phrase in
which units and role nouns combine: "top Mexican military leaders" (demonym +
role noun), "Defense Secretary Pete Hegseth" (role + person), "Mexico's armed
forces" (country possessor + role noun), "U.S. Border Patrol agents"
(organisation + generic noun). One phrase gives one actor mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import ACTOR, CAPITAL, COUNTRY, DEMONYM, PEOPLE, REGION, ROLE, LexiconMatch, Payload  # noqa: F401
from .sectors import SectorLexicon

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# Children that stand before a head noun inside its noun phrase.
PREMODIFIERS = {"det", "predet", "amod", "compound", "nummod", "quantmod", "poss", "nmod", "npadvmod"}
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
NEUTER_PRONOUNS = {"it", "its"}


@dataclass
class Unit:
    start: int  # token indices, end exclusive
    end: int
    payloads: list[Payload] = field(default_factory=list)
    label: str = ""  # spaCy entity label when the unit comes from NER (or overlaps one)
    inner: list[Payload] = field(default_factory=list)  # dictionary names inside an entity unit

    def kinds(self) -> set[str]:
        return {p.kind for p in self.payloads}

    def refs(self, *kinds: str) -> list[str]:
        return [p.ref for p in self.payloads if p.kind in kinds]


@dataclass
class Phrase:
    start: int  # token span of the mention, end exclusive
    end: int
    head: int
    units: list[Unit] = field(default_factory=list)
    pronoun: str = ""  # lower-case pronoun when the phrase is one
    attached: list[Unit] = field(default_factory=list)  # units of an "of/in/from" complement


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def find_units(doc: Doc, matches: list[LexiconMatch]) -> list[Unit]:
    """Dictionary matches, and NER entities that no dictionary match explains."""
    units = [Unit(m.start, m.end, list(dict.fromkeys(m.payloads))) for m in matches]
    named = [u for u in units if u.kinds() & {ACTOR, COUNTRY, CAPITAL, PEOPLE, DEMONYM, REGION}]
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or "\n" in ent.text:
            continue  # an entity across a paragraph break is a parse of two lines run together
        inside = [u for u in named if _overlaps(u.start, u.end, ent.start, ent.end)]
        ent_start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        ent_end = ent.end - 1 if ent[-1].tag_ == "POS" and len(ent) > 1 else ent.end
        covering = [u for u in inside if u.start <= ent_start and u.end >= ent_end]
        if covering:
            for u in covering:
                u.label = u.label or ent.label_
            continue
        if ent.label_ == "PERSON" and any(u.kinds() & {ACTOR, COUNTRY, CAPITAL} for u in inside):
            continue  # "Trump Cracks Down", "Warns Mexico" (headlines): the names inside are the mentions
        # "Central American" is not "American": an extra capitalised word before the name.
        partial = bool(inside) and ent.label_ in {"NORP", "GPE", "LOC"} and any(
            doc[i].is_title for i in range(ent_start, min(u.start for u in inside))
        )
        if ent.label_ in {"PERSON", "ORG", "FAC"} or not inside or partial:
            # The entity is the unit; dictionary names inside it describe it
            # ("the Mexican Embassy"), they are not mentions of their own.
            absorbed = [u for u in units if _overlaps(u.start, u.end, ent.start, ent.end) and u.kinds() != {ROLE}]
            units = [u for u in units if u not in absorbed]
            named = [u for u in named if u in units]
            units.append(Unit(ent.start, ent.end, [], ent.label_, [p for u in absorbed for p in u.payloads]))
        else:
            for u in inside:
                u.label = u.label or ent.label_
    # A role title glued into a PERSON entity ("Defense Secretary Pete Hegseth")
    # stays a unit of its own: it tells the person's office.
    units.sort(key=lambda u: (u.start, -u.end))
    result: list[Unit] = []
    for unit in units:
        if result and _overlaps(result[-1].start, result[-1].end, unit.start, unit.end):
            previous = result[-1]
            if ROLE in previous.kinds() and unit.label == "PERSON" and unit.end > previous.end:
                result.append(Unit(previous.end, unit.end, unit.payloads, unit.label))
            continue
        result.append(unit)
    return result


def _is_nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"} or token.tag_ in {"NNP", "NNPS", "NN", "NNS"}


def phrase_span(doc: Doc, head: Token, floor: int = 0) -> tuple[int, int]:
    start = head.i
    for child in head.lefts:
        if child.dep_ in PREMODIFIERS and not (child.dep_ == "npadvmod" and child.pos_ != "PROPN"):
            start = min(start, child.left_edge.i)
    # Never across a paragraph break (headlines run into the next line in the parse).
    for k in range(head.i - 1, start - 1, -1):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            start = k + 1
            break
    while start < head.i and doc[start].dep_ in {"cc", "punct", "advmod", "mark", "prep"} and doc[start].pos_ != "PROPN":
        start += 1
    return max(start, floor), head.i + 1


def _split_coordination(doc: Doc, phrase: "Phrase", units: list["Unit"], sectors: SectorLexicon) -> list["Phrase"]:
    """"the country's government and drug cartels" parsed as one phrase: two phrases.
    Conjoined countries before one noun ("U.S. and Russian negotiators") stay together."""
    for k in range(phrase.head - 1, phrase.start, -1):
        if doc[k].dep_ != "cc" and doc[k].lower_ not in {"and", "or", ","}:
            continue
        before = range(phrase.start, k)
        countries_only = all(
            any(u.start <= i < u.end and u.kinds() & {COUNTRY, DEMONYM} for u in units) or doc[i].dep_ in {"cc", "punct", "det"}
            for i in before
        )
        if countries_only:
            return [phrase]
        left_head = doc[k - 1]
        right = Phrase(k + 1, phrase.end, phrase.head, [u for u in phrase.units if u.start > k], "", phrase.attached)
        if left_head.pos_ in {"NOUN", "PROPN"} and (
            sectors.head_sector([left_head.text])[0] or any(u.start <= k - 1 < u.end for u in phrase.units)
        ):
            left = Phrase(phrase.start, k, k - 1, [u for u in phrase.units if u.end <= k])
            return [left, right]
        return [right]
    return [phrase]


def _attach_head(
    doc: Doc, unit: Unit, unit_of: dict[int, Unit], sectors: SectorLexicon, person_ids: set[str]
) -> Token:
    """The head noun of the phrase a unit belongs to ("Mexican" -> "officials")."""
    span = doc[unit.start : unit.end]
    head = span.root
    person_like = unit.label == "PERSON" or any(ref in person_ids for ref in unit.refs(ACTOR))
    while head.dep_ in {"compound", "amod", "nmod", "poss", "flat", "nummod"} and head.head.i > head.i:
        target = head.head
        if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[head.i : target.i]):
            break
        if target.pos_ not in {"NOUN", "PROPN"}:
            break
        target_unit = unit_of.get(target.i)
        words = [t.text for t in doc[target.i : target.i + 1]]
        role_noun = sectors.head_sector(words)[0] is not None or sectors.is_generic(target.text)
        if head.dep_ == "poss" and (person_like or not role_noun):
            break  # "Hegseth's remarks": the possessor is a phrase of its own
        if not role_noun and target_unit is None:
            if ROLE in unit.kinds() and head.dep_ == "compound" and target.pos_ == "PROPN" and target.is_title:
                head = target  # "President Ruto": a name the tagger missed, after a title
                break
            # "Israeli police custody": attach to the role noun standing before the head.
            between = [t for t in doc[head.i + 1 : target.i] if sectors.head_sector([t.text])[0] is not None]
            if between and not person_like:
                head = between[-1]
            break
        if target_unit is not None and target_unit is not unit:
            if target_unit.label != "PERSON" and ACTOR not in target_unit.kinds() and ROLE not in target_unit.kinds():
                break
        elif not role_noun:
            break
        head = target
        if target_unit is not None and target_unit is not unit:
            break
    return head


def find_phrases(doc: Doc, units: list[Unit], sectors: SectorLexicon, person_ids: set[str]) -> list[Phrase]:
    unit_of: dict[int, Unit] = {}
    for unit in units:
        for i in range(unit.start, unit.end):
            unit_of[i] = unit
    by_head: dict[int, list[Unit]] = {}
    for unit in units:
        head = _attach_head(doc, unit, unit_of, sectors, person_ids)
        if head.i >= unit.end or head.i < unit.start:
            # The unit modifies a head outside it: the head's own unit joins too.
            by_head.setdefault(head.i, [])
        by_head.setdefault(head.i, []).append(unit)
    # Role nouns heading a phrase without any name: "officials", "the cartels".
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"} or token.i in by_head or token.i in unit_of:
            continue
        if token.dep_ in {"compound", "amod"} and token.head.i > token.i:
            target = token.head
            if (
                target.i in unit_of
                or sectors.head_sector([target.text])[0] is not None
                or sectors.is_generic(target.text)
                or sectors.head_sector([token.text])[0] is None
            ):
                continue  # a modifier of a later role noun ("cartel" in "cartel members")
            # "Israeli police custody": the police are an actor, the custody is not.
        if token.lower_ == "opposition" and token.i and doc[token.i - 1].lower_ == "in":
            continue  # "in opposition to"
        sector, n = sectors.head_sector([t.text for t in doc[max(0, token.i - 2) : token.i + 1]])
        if sector is not None or sectors.is_generic(token.text):
            by_head[token.i] = []
    phrases: list[Phrase] = []
    for head_i, members in by_head.items():
        head = doc[head_i]
        start, end = phrase_span(doc, head)
        if head_i in unit_of:
            own = unit_of[head_i]
            if own not in members:
                members.append(own)
            start, end = min(start, own.start), max(end, own.end)
            if own.kinds() & {COUNTRY, CAPITAL, REGION, PEOPLE} and not own.kinds() & {ACTOR}:
                # A country takes no modifiers but "the": "US Defense Secretary Warns Mexico".
                the = own.start and doc[own.start - 1].lower_ == "the" and REGION not in own.kinds()
                start = own.start - 1 if the else own.start
                members = [own]
        for unit in members:
            start, end = min(start, unit.start), max(end, unit.end)
        inside = [u for u in units if u.start >= start and u.end <= end]
        for unit in inside:
            if unit not in members:
                members.append(unit)
        members.sort(key=lambda u: u.start)
        phrase = Phrase(start, end, head_i, members)
        # "members of the cartel", "security forces in Guinea": the complement names the group or its country.
        if end < len(doc) and doc[end].lower_ in {"of", "in", "from"}:
            complement = [u for u in units if u.start > end and u.start <= end + 2]
            phrase.attached = complement[:1]
        phrases.extend(_split_coordination(doc, phrase, units, sectors))
    for token in doc:
        lower = token.lower_
        if token.tag_ in {"PRP", "PRP$"} and (lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS or lower in NEUTER_PRONOUNS):
            phrases.append(Phrase(token.i, token.i + 1, token.i, [], lower))
        elif lower in {"country", "nation"} and token.i not in by_head and token.tag_ == "NN":
            # "the country": a country named before (see references)
            left = list(token.lefts)
            if len(left) == 1 and left[0].lower_ in {"the", "this"} and left[0].i == token.i - 1:
                phrases.append(Phrase(token.i - 1, token.i + 1, token.i, [], lower))
    phrases.sort(key=lambda p: (p.start, p.end))
    # Phrases must not overlap (``Extraction.actor_at`` returns the first one found):
    # a phrase nested in another gives way; a partial overlap is cut.
    result: list[Phrase] = []
    for phrase in sorted(phrases, key=lambda p: (p.start, -(p.end - p.start))):
        clash = [r for r in result if _overlaps(r.start, r.end, phrase.start, phrase.end)]
        if not clash:
            result.append(phrase)
            continue
        previous = clash[-1]
        if previous.start <= phrase.start and phrase.end <= previous.end:
            continue  # nested
        if phrase.head >= previous.end:
            phrase.start = previous.end
            phrase.units = [u for u in phrase.units if u.start >= phrase.start]
            result.append(phrase)
    result.sort(key=lambda p: p.start)
    return result
