"""In-document chains without a coreference model.

- names: a full name, then its surname or first name ("Hegseth", "Brian");
  a misspelled name that is close to a person the document names elsewhere
  ("Hegsethold" -> Hegseth, rapidfuzz);
- titles: "the secretary", "the president" -> the person of the document
  holding that title (nearest before), else the dictionary's holder on the date;
- pronouns: he/she/his/her... -> the most salient compatible person before
  it: subjects over objects, the same quotation over outside it, never the
  subject of the pronoun's own clause ("Trump is instructing him"), and not
  the interviewer asking the question;
- countries from context: "the cartels" -> the country of the last cartels
  named; "officials" -> the country named nearest in the sentence.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz
from spacy.tokens import Doc

from .references import possessor_country
from .resolve import STATE_SECTORS, Resolved
from .resources import Resources

NON_STATE_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
ASK_VERBS = {"ask", "question", "interview", "press", "quiz"}
SPEECH_VERBS = {
    "say", "tell", "start", "add", "continue", "write", "note", "state", "explain", "answer", "reply",
    "respond", "warn", "insist", "argue", "claim", "declare", "announce", "conclude",
}


def person_key(item: Resolved) -> str | None:
    if item.entry_id:
        return f"entry:{item.entry_id}"
    if item.kind == "person" and item.name:
        return f"person:{item.name.lower()}"
    return None


def _names_of(item: Resolved, resources: Resources) -> list[str]:
    entry = resources.entry(item.entry_id) if item.entry_id else None
    return entry.names if entry else [item.name]


def link_names(items: list[Resolved], resources: Resources) -> None:
    """Unknown person names -> a person the document names elsewhere."""
    known = [i for i in items if i.kind == "person" and i.entry_id]
    full = [i for i in items if i.kind == "person" and not i.entry_id and len(i.name.split()) > 1]
    for item in items:
        if item.kind != "person" or item.entry_id:
            continue
        name = item.name
        tokens = name.split()
        target = None
        # Surname or first name of a person named in full ("Brian" -> Brian Kilmeade).
        if len(tokens) == 1:
            for other in sorted(known + full, key=lambda o: abs(o.start - item.start)):
                for full_name in _names_of(other, resources):
                    parts = full_name.split()
                    if len(parts) > 1 and tokens[0] in (parts[0], parts[-1]):
                        target = other
                        break
                if target:
                    break
            if target:
                _copy_person(item, target, "surname" if target.name.split()[-1] == tokens[0] else "first name")
                continue
        # A spelling close to a name of someone the document names ("Hegsethold").
        best, best_score = None, 0.0
        for other in known:
            for alias in _names_of(other, resources):
                if len(alias.split()) != len(tokens):
                    continue
                score = fuzz.ratio(name.lower(), alias.lower())
                a, b = name.lower(), alias.lower()
                if len(tokens) == 1 and min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)):
                    score = max(score, 86.0)
                if score > best_score:
                    best, best_score = other, score
        if best is not None and best_score >= 85:
            _copy_person(item, best, "fuzzy")


def _copy_person(item: Resolved, target: Resolved, via: str) -> None:
    item.entry_id = target.entry_id
    item.name = target.name
    item.country = target.country
    item.sectors = list(target.sectors)
    item.role = target.role or item.role
    item.gender = target.gender
    item.needs_country = target.needs_country
    item.via = via


def _role_words(item: Resolved, resources: Resources, date) -> set[str]:
    words = set(item.role.lower().replace("-", " ").split())
    entry = resources.entry(item.entry_id) if item.entry_id else None
    if entry:
        for role in entry.roles:
            if role.active(date):
                for name in role.names:
                    words |= set(name.lower().replace("-", " ").split())
    return words


def focal_country(items: list[Resolved]) -> str | None:
    counts = Counter(i.country for i in items if i.country and i.country not in NON_STATE_CODES and not i.needs_country)
    return counts.most_common(1)[0][0] if counts else None


def link_titles(items: list[Resolved], resources: Resources, date) -> None:
    """Title mentions -> the office holder: in the document first, then the dictionary."""
    focal = focal_country(items)
    for index, item in enumerate(items):
        if item.kind != "title":
            continue
        people = [i for i in items if i.kind == "person" and person_key(i)]
        target = None
        candidates = set(item.role_candidates)
        in_doc = [p for p in people if p.entry_id in candidates]
        if in_doc:
            target = min(in_doc, key=lambda p: (p.start > item.start, abs(p.start - item.start)))
        elif item.title_word:
            word = item.title_word
            matching = [
                p for p in people
                if word in _role_words(p, resources, date) and (not item.country or p.country == item.country)
            ]
            before = [p for p in matching if p.start < item.start]
            if before:
                target = before[-1]
            elif matching:
                target = matching[0]
        if target is None and candidates:
            ordered = [c for c in item.role_candidates if (resources.entry(c).country == (item.country or focal))]
            chosen = (ordered or item.role_candidates)[0] if (ordered or len(candidates) == 1) else None
            if chosen:
                entry = resources.entry(chosen)
                country, sectors, role = entry.coding_at(date)
                item.entry_id, item.name, item.country, item.sectors = chosen, entry.name, country, sectors
                item.role, item.gender, item.kind = role, entry.gender, "person"
                item.needs_country = False
                continue
        if target is not None:
            item.entry_id, item.name, item.country = target.entry_id, target.name, target.country
            item.sectors, item.role, item.gender = list(target.sectors), target.role or item.role, target.gender
            item.kind, item.needs_country = "person", False
            continue
        # Nobody holds it in the document or the dictionary: a described official.
        item.kind = "group"
        item.via = "description"
        item.needs_country = not item.country


def fill_countries(items: list[Resolved], doc: Doc) -> None:
    """A country from context for descriptions that name none."""
    focal = focal_country(items)
    for index, item in enumerate(items):
        if not item.needs_country or item.kind == "pronoun":
            continue
        before = [i for i in items[:index] if i.country and not i.needs_country and i.kind != "pronoun"]
        code = None
        if item.context_possessor:
            code = possessor_country(item, items, doc)
        in_sentence = [
            i for i in items
            if i.sentence == item.sentence and i.country and not i.needs_country and i is not item
            and i.kind != "pronoun" and i.country not in NON_STATE_CODES
        ]
        nearest = None
        if item.sectors and item.sectors[0] not in STATE_SECTORS:
            # Cartels, rebels, civilians belong where they are, not to whoever speaks of them.
            in_sentence = [i for i in in_sentence if i.kind in {"country", "place"}] or in_sentence
        if in_sentence:
            preceding = [i for i in in_sentence if i.start < item.start]
            nearest = (preceding[-1] if preceding else in_sentence[0]).country
        if code is None:
            code = _placed_in_own_phrase(item, items, doc)  # "an army base in the Bolivian town of..."
        if code is None and item.kind == "organization":
            code = nearest  # "the Ministry of Defense ... in Mexico"
        if code is None and item.sectors:
            same = [i for i in before if i.sectors[:1] == item.sectors[:1] and i.kind in {"group", "organization"}]
            if same:
                code = same[-1].country
        if code is None:
            code = nearest
        if code is None and item.sectors and item.sectors[0] in STATE_SECTORS:
            code = focal
        if code:
            item.country = code
            item.needs_country = False


def _placed_in_own_phrase(item: Resolved, items: list[Resolved], doc: Doc) -> str | None:
    """The country of a place named inside the noun phrase the mention heads or
    modifies: "army" in "an army base in the Bolivian town of Cobija" is Bolivian."""
    head = doc[item.phrase.head]
    while head.dep_ in ("compound", "amod") and head.head != head:
        head = head.head
    # only where the phrase says it is ("in", "near"), not what a clause adds ("that worry its neighbours")
    ranges = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in head.children
              if p.dep_ == "prep" and p.lower_ in ("in", "at", "near", "inside", "outside")]
    inside = [i for i in items if i is not item and i.country and not i.needs_country and i.kind in {"country", "place"}
              and i.country not in NON_STATE_CODES and any(low <= i.start and i.end <= high for low, high in ranges)]
    return inside[0].country if inside else None


def _subject(token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"}


def _asker(token) -> bool:
    return _subject(token) and token.head.lemma_.lower() in ASK_VERBS


def link_pronouns(items: list[Resolved], doc: Doc) -> None:
    persons: list[Resolved] = []
    groups: list[Resolved] = []
    for item in items:
        if item.refers:
            continue  # "it", "the country", "the agents": see references
        if item.kind == "pronoun":
            if item.gender:
                _resolve_person_pronoun(item, persons, items, doc)
                if item.actor_id:
                    persons.append(item)
            else:
                _resolve_group_pronoun(item, groups, doc)
            continue
        if item.kind == "person":
            persons.append(item)
        elif item.kind in {"group", "organization"} and (item.plural or item.kind == "organization"):
            groups.append(item)


def actor_key(item: Resolved) -> str | None:
    """What makes two mentions the same actor within a document."""
    if item.kind == "pronoun":
        return item.actor_id
    if item.entry_id:
        return f"entry:{item.entry_id}"
    if item.kind == "person" and item.name:
        return f"person:{item.name.lower()}"
    if item.kind == "country" and item.country:
        return f"country:{item.country}"
    if item.kind == "place":
        return f"place:{item.country}:{item.name.lower()}"
    if item.kind == "organization" and item.name:
        return f"org:{item.name.lower()}"
    if item.kind in {"group", "title"} and (item.country or item.sectors):
        return f"group:{item.country or ''}:{item.sectors[0] if item.sectors else ''}"
    return None


def _key(item: Resolved) -> str | None:
    return actor_key(item)


def _resolve_person_pronoun(item: Resolved, persons: list[Resolved], items: list[Resolved], doc: Doc) -> None:
    token = doc[item.phrase.head]
    sentence_root = token.sent.root
    # Cataphora: "During his campaign, Trump promised..." / "Speaking with his colleagues, Hegseth revealed..."
    main_subjects = [
        i for i in items
        if i.sentence == item.sentence and i.kind == "person" and i.start > item.start
        and doc[i.phrase.head].dep_ in {"nsubj", "nsubjpass"} and doc[i.phrase.head].head == sentence_root
        and (not i.gender or i.gender == item.gender)
    ]
    if main_subjects and token.i < sentence_root.i and token.dep_ in {"poss", "pobj", "dobj"} and (
        token.head.i < doc[main_subjects[0].phrase.head].i
    ) and doc[main_subjects[0].phrase.head] not in list(token.ancestors):
        _take(item, main_subjects[0])
        return
    best, best_score = None, float("-inf")
    for candidate in persons:
        if candidate.start >= item.start or item.sentence - candidate.sentence > 3:
            continue
        if candidate.gender and candidate.gender != item.gender:
            continue
        head = doc[candidate.phrase.head]
        if token.dep_ in {"dobj", "iobj", "dative", "pobj"} and _subject(head) and head.head == token.head:
            continue  # "Trump is instructing him": him is not Trump
        if token.dep_ in {"dobj", "iobj", "dative"} and _subject(head) and head.head == token.head.head and token.head.dep_ == "xcomp":
            continue
        score = -1.5 * (item.sentence - candidate.sentence)
        if candidate.sentence == item.sentence:
            score += 1.0
        score -= 0.002 * (item.start - candidate.start)  # nearer is likelier, within a few hundred characters
        if _subject(head):
            main_clause = not any(c.dep_ == "mark" for c in head.head.children)
            score += 2.0 + (0.5 if head.head.dep_ == "ROOT" and main_clause else 0.0)
        if _asker(head):
            score -= 2.5  # the interviewer asks; the answer is about the one asked
        if head.dep_ in {"dobj", "pobj"} and head.head.lemma_.lower() in ASK_VERBS:
            score += 1.0
        if head.dep_ in {"npadvmod", "intj"} or (head.i + 1 < len(doc) and doc[head.i + 1].text == "," and head.i and doc[head.i - 1].is_quote):
            score -= 1.0  # a vocative ("Brian, I don't want...")
        if item.quote < 0:
            if candidate.quote >= 0:
                score -= 4.0  # a pronoun outside quotations refers outside them
        elif candidate.quote == item.quote:
            score += 1.5
        elif candidate.quote >= 0 and item.sentence - candidate.sentence <= 1:
            score += 1.0
        elif candidate.quote < 0 and _subject(head) and head.head.lemma_.lower() in SPEECH_VERBS:
            score -= 3.0  # the speaker calls themself "I", not "he"
        else:
            score -= 0.5
        if score > best_score:
            best, best_score = candidate, score
    if best is not None:
        _take(item, best)


def _resolve_group_pronoun(item: Resolved, groups: list[Resolved], doc: Doc) -> None:
    if item.quote >= 0:
        return  # "they" inside a quotation is too often someone unnamed
    candidates = [
        g for g in groups
        if g.start < item.start and item.sentence - g.sentence <= 1 and g.quote < 0 and g.sectors
    ]
    if candidates:
        _take(item, candidates[-1])


def _take(item: Resolved, antecedent: Resolved) -> None:
    item.actor_id = _key(antecedent)
    item.entry_id = antecedent.entry_id
    item.name = antecedent.name
    item.country = antecedent.country
    item.sectors = list(antecedent.sectors)
    item.role = antecedent.role
    item.gender = item.gender or antecedent.gender
