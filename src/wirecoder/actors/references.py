"""References that name no one themselves: "it", "its", "the country", "the agents",
and appositions that say who an unknown name is.

- "it"/"its" -> the country or organisation that is the subject of the
  clause it stands in (or of the verb above it: "Iraq said it would allow"),
  else the nearest country or organisation before it;
- "the country"/"the nation" -> the same, countries only;
- "the agents", "the members" (a definite generic noun with no sector or
  country of its own) -> the nearest organisation or group before it whose
  sector fits the noun (data/sector_nouns.yaml, ``antecedent_sectors``), or
  that was itself named with that noun ("Border Patrol agents");
- "Salaheddine Sidhoum, Algeria's leading activist": an unknown person takes
  the country (and sector) of the description in apposition.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .resolve import Resolved

NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
COUNTRY_NOUNS = frozenset({"country", "nation"})
# "it is clear that", "it seems": no one is meant.
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "happen", "take", "matter", "look"})
WINDOW = 1  # sentences back
STATE = {"GOV", "MIL", "COP", "LEG", "JUD"}


def _subject_chain(token: Token, limit: int = 4) -> list[Token]:
    """Subjects of the verbs above a token, nearest first."""
    subjects, current = [], token
    for _ in range(limit):
        if current.head == current:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            subjects.extend(c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c != token)
    return subjects


def _expletive(token: Token) -> bool:
    if token.dep_ == "expl":
        return True
    return token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in EXPLETIVE_HEADS


def _antecedent(item: Resolved, items: list[Resolved], doc: Doc, fits, window: int = WINDOW) -> Resolved | None:
    token = doc[item.phrase.head]
    before = [i for i in items if i.start < item.start and item.sentence - i.sentence <= window
              and i is not item and fits(i)]
    if not before:
        return None
    heads = {doc[i.phrase.head].i: i for i in before}
    for subject in _subject_chain(token):
        if subject.i in heads:
            return heads[subject.i]
    same = [i for i in before if i.sentence == item.sentence]
    subjects = [i for i in (same or before) if doc[i.phrase.head].dep_ in ("nsubj", "nsubjpass")]
    return (subjects or same or before)[-1]


def _state_or_body(item: Resolved) -> bool:
    if item.kind == "country":
        return True
    if item.kind == "organization":
        return True
    return item.kind == "group" and not item.plural and bool(item.country) and bool(item.sectors)


def _take(item: Resolved, antecedent: Resolved, key) -> None:
    item.actor_id = key(antecedent)
    item.entry_id, item.name, item.country = antecedent.entry_id, antecedent.name, antecedent.country
    item.sectors, item.role = list(antecedent.sectors), antecedent.role


def link_references(items: list[Resolved], doc: Doc, antecedent_sectors: dict, key, name_of) -> None:
    """Link "it", "the country" and "the agents" items (kind "pronoun", via "reference")."""
    for item in items:
        if item.kind != "pronoun" or item.actor_id or not item.refers:
            continue
        token = doc[item.phrase.head]
        if item.refers in NEUTER_PRONOUNS:
            if _expletive(token):
                continue
            found = _antecedent(item, items, doc, lambda i: i.kind != "pronoun" and _state_or_body(i))
        elif item.refers in COUNTRY_NOUNS:
            found = _antecedent(item, items, doc, lambda i: i.kind == "country", window=2) or _antecedent(
                item, items, doc, lambda i: i.kind != "pronoun" and bool(i.country) and bool(set(i.sectors) & STATE),
                window=2)
            if found is not None:
                # The country itself, even when only its officials were named ("Mexico's president").
                item.kind, item.country, item.via = "country", found.country, "reference"
                item.name = found.name if found.kind == "country" else name_of(found.country)
                continue
        else:
            sectors = antecedent_sectors.get(item.refers)

            def fits(i: Resolved, noun=item.refers, sectors=sectors) -> bool:
                if i.kind not in ("organization", "group") or not (i.country or i.entry_id):
                    return False
                if doc[i.phrase.head].lemma_.lower() == noun:
                    return True
                return sectors is None or bool(set(i.sectors) & set(sectors))

            found = _antecedent(item, items, doc, fits)
        if found is not None:
            _take(item, found, key)


def link_appositions(items: list[Resolved], doc: Doc) -> None:
    """An unknown person takes the country and sector of a description beside it."""
    by_head = {i.phrase.head: i for i in items}
    for item in items:
        head = doc[item.phrase.head]
        if head.dep_ != "appos":
            continue
        other = by_head.get(head.head.i)
        if other is None:
            continue
        for person, description in ((item, other), (other, item)):
            if person.kind == "person" and not person.entry_id and not person.country and description.country \
                    and description.kind in ("group", "title", "organization"):
                person.country = description.country
                person.sectors = person.sectors or list(description.sectors)
                person.needs_country = False


def possessor_country(item: Resolved, items: list[Resolved], doc: Doc) -> str | None:
    """"its citizens", "the country's government": the country the possessor stands for,
    the subject of the clause above first ("Pakistan ... urged its citizens")."""
    countries = [i for i in items if i.start < item.start and i.kind == "country" and i.country
                 and item.sentence - i.sentence <= WINDOW]
    if not countries:
        earlier = [i for i in items if i.start < item.start and i.kind == "country" and i.country]
        return earlier[-1].country if earlier else None
    head_tokens = {i.phrase.head: i for i in countries}
    for subject in _subject_chain(doc[item.phrase.head]):
        if subject.i in head_tokens:
            return head_tokens[subject.i].country
    return countries[-1].country
