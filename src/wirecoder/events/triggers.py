"""Trigger matching: which words of a sentence name a PLOVER action.

A match is a lexicon entry whose conditions hold on the dependency parse (the
right object, particle, preposition, modifier...). Verbs used as adjectives
("a threatening message", "confiscated drugs", "suspected members") never
match: they describe, they do not report an action.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .actor_words import is_actor_like, names_people
from .lexicon import Lexicon, Trigger
from .syntax import (
    children,
    governing_verb,
    is_nominal,
    is_passive,
    is_verbal,
    lemma,
    with_conjuncts,
)

# Dependencies under which a verb form only describes a noun.
ADJECTIVAL_DEPS = frozenset({"amod", "compound", "nmod"})
# Measures that a reversal verb lifts: economic ones (lifting them is a
# material RETREAT) and restrictions / protests (lifting is a CONCEDE).
# Objects that belong to the trigger phrase itself ("opened fire", "took
# issue"); any other object is an argument or a theme.
FIXED_PHRASE_OBJECTS = frozenset({"fire", "issue", "action", "war", "shot", "force"})
# Modals that turn a reported clause into a demand: "declared that China must
# drop barriers" is a REQUEST by the speaker to China.
DEONTIC = frozenset({"must"})
# Reversal verbs that need a particle to mean "end": "hold off", "call off".
PARTICLE_REVERSALS = {"hold": "off", "call": "off", "back": "down", "roll": "back"}


@dataclass
class Match:
    token: Token  # the trigger word
    entry: Trigger
    anchor: Token  # the clause's verb (the token itself for verb triggers)
    words: list[Token] = field(default_factory=list)  # every word of the trigger phrase
    type: str = ""
    mode: str = ""
    contexts: list[str] = field(default_factory=list)
    absorbed: list[Match] = field(default_factory=list)
    action_type: str = ""  # the threatened / promised action, when composed
    modality: str = "occurred"
    suppressed: bool = False

    def __post_init__(self) -> None:
        self.type = self.type or self.entry.type
        self.mode = self.mode or self.entry.mode
        self.contexts = self.contexts or list(self.entry.contexts)
        if not self.words:
            self.words = [self.token]

    @property
    def start(self) -> int:
        return min(w.idx for w in self.words)

    @property
    def end(self) -> int:
        return max(w.idx + len(w.text) for w in self.words)

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


def _objects(verb: Token) -> list[Token]:
    deps = ("dobj", "nsubjpass") if is_passive(verb) else ("dobj",)
    objects = []
    for obj in children(verb, *deps):
        objects.extend(with_conjuncts(obj))
    # "proceed with tariffs", "opened fire on": prepositional objects count
    # for light verbs whose object is a prepositional phrase.
    if not objects:
        for prep in children(verb, "prep"):
            if prep.lower_ in ("with", "for"):
                objects.extend(p for p in prep.children if p.dep_ == "pobj")
    # "25,000 tons of food aid", "part of a military aid program", "a state
    # of emergency", "three of the dozens of hostages": the noun after "of"
    # (after two at most) says what is acted on.
    for _ in range(2):
        for obj in list(objects):
            for prep in children(obj, "prep"):
                if prep.lower_ == "of":
                    objects.extend(p for p in prep.children if p.dep_ == "pobj" and p not in objects)
    return objects


def _particle(token: Token, particle: str) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prt", "advmod", "prep") and child.lower_ == particle:
            return child
    return None


def _has_complement(token: Token) -> bool:
    """A to-clause, a that-clause or a for-phrase: what is asked for."""
    for child in token.children:
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ == "ccomp" and lemma(token) != "ask" and not any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children
        ):
            return True
    return False


def _verb_conditions(token: Token, entry: Trigger, lex: Lexicon) -> list[Token] | None:
    """The extra words of the trigger when the entry's conditions hold, else None."""
    words = [token]
    if entry.particle:
        particle = _particle(token, entry.particle)
        if particle is None:
            return None
        words.append(particle)
    if entry.prep:
        # "called X on Wednesday": a preposition of time is not the trigger's own
        if not any(c.dep_ in ("prep", "prt", "agent") and c.lower_ in entry.prep
                   and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in token.children):
            return None
    if entry.object:
        found = None
        for obj in _objects(token):
            ok = lex.matches_word(lemma(obj), entry.object)
            if not ok and "@any_actor" in entry.object:
                ok = names_people(obj, lex)
            if ok and entry.requires_modifier_object:
                ok = any(lemma(c) in entry.requires_modifier_object for c in obj.children)
            if ok:
                found = obj
                break
        if found is None:
            return None
        # A fixed phrase ("opened fire", "took issue") is the trigger; an
        # object from a word class ("deployed troops") is an argument.
        if abs(found.i - token.i) <= 3 and lemma(found) in FIXED_PHRASE_OBJECTS:
            words.append(found)
    if entry.requires_complement and not _has_complement(token):
        return None
    if entry.designation:
        # "designate X as a terrorist organization": the label makes it a sanction.
        label = " ".join(t.lower_ for t in token.subtree)
        if "terror" not in label:
            return None
    return words


# Entity labels of names a trigger word can stand in without being an act.
NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC"})


def names_or_labels(token: Token, lex: Lexicon) -> bool:
    """A word of a name ("Amnesty International") or of a label for people
    ("protest leaders", "asylum seekers", "ceasefire monitors"): not an act."""
    if token.pos_ == "PROPN" and token.ent_type_ in NAME_LABELS and _in_longer_entity(token):
        return True
    return token.dep_ == "compound" and token.head.i > token.i and is_actor_like(token.head, lex)


def _in_longer_entity(token: Token) -> bool:
    """Whether the token is one word of a named entity of several words."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (token.ent_iob_ == "B" and following is not None and following.ent_iob_ == "I")


def _noun_conditions(token: Token, entry: Trigger, lex: Lexicon) -> bool:
    if entry.requires_modifier:
        if not any(lemma(c) in entry.requires_modifier or c.lower_ in entry.requires_modifier
                   for c in token.children):
            return False
    if entry.object_of:
        verb = governing_verb(token)
        if verb is None or not lex.matches_word(lemma(verb), entry.object_of):
            return False
    if entry.designation and "terror" not in token.sent.text.lower():
        return False
    return True


DEATH_VERBS = frozenset({"die", "succumb"})


def died_of(token: Token) -> Token | None:
    """The verb "died" when the act is what someone died of ("died of torture",
    "died after a beating", "died as a result of torture")."""
    current = token
    for _ in range(4):
        if current.head == current:
            return None
        current = current.head
        if lemma(current) in DEATH_VERBS:
            return current
        if current.dep_ not in ("pobj", "prep", "pcomp") and current.pos_ not in ("ADP", "NOUN"):
            return None
    return None


def in_background(token: Token, lex: Lexicon) -> bool:
    """Whether an act is named as the time or cause of another, at any depth:
    "since last year's coup", "after three days of clashes", "because of
    fighting between...", "after a patrol was ambushed", "following a blast
    that killed nine"."""
    phrases = lex.modality_cues.get("background_prepositions", frozenset())
    marks = lex.modality_cues.get("background_conjunctions", frozenset())
    if died_of(token) is not None:
        return False  # "died after torture": what killed is the news
    current = token
    while current.head != current:
        if current.dep_ in ("pobj", "pcomp"):
            prep = current.head
            words = [t.lower_ for t in prep.doc[max(prep.i - 3, prep.sent.start):prep.i + 1]]
            if any(" ".join(words[k:]) in phrases for k in range(len(words))):
                return True
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in current.children):
            return True
        current = current.head
    return False


def _negated_chain(token: Token, lex: Lexicon) -> bool:
    """Negation on the token or a refusal above it ("refused to rule out")."""
    words = lex.modality_cues.get("negation_words", frozenset())
    refusals = lex.modality_cues.get("negation_verbs", frozenset())
    current = token
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ in words and c.dep_ in ("advmod", "neg") for c in current.children):
            return True
        if lemma(current) in refusals and current != token:
            return True
        if current.dep_ not in ("xcomp", "conj", "ccomp") or current.head == current:
            return False
        current = current.head
    return False


def _reversal(token: Token, lex: Lexicon) -> Match | None:
    """"lifted the curfew", "hold off the tariff": a measure being ended."""
    verb_lemma = lemma(token)
    if verb_lemma not in lex.reversal_verbs:
        return None
    words = [token]
    if verb_lemma in PARTICLE_REVERSALS:
        particle = _particle(token, PARTICLE_REVERSALS[verb_lemma])
        if particle is None:
            return None
        words.append(particle)
    for obj in _objects(token):
        # "eased curfew hours": the measure may be the object's modifier
        noun = next((lemma(c) for c in obj.children if c.dep_ == "compound"
                     and lex.matches_word(lemma(c), ("@economic_measures", "@restrictions"))), lemma(obj))
        if lex.in_class(noun, "economic_measures"):
            event_type, contexts = "RETREAT", ["economic"]
        elif lex.in_class(noun, "restrictions"):
            event_type, contexts = "CONCEDE", []
        else:
            continue
        entry = Trigger(lemma=verb_lemma, type=event_type, target=("prep:on", "prep:for", "prep:against", "prep:in", "prep:to"))
        match = Match(token=token, entry=entry, anchor=token, words=words, contexts=contexts)
        match.reversed_measure = obj  # type: ignore[attr-defined]
        return match
    return None


def _deontic_demand(token: Token, lex: Lexicon) -> Match | None:
    """"X said that Y must do Z": a demand by X on Y (REQUEST)."""
    if lemma(token) not in lex.speech_verbs and lemma(token) not in ("reiterate", "conclude", "insist"):
        return None
    for clause in children(token, "ccomp"):
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in clause.children):
            entry = Trigger(lemma=lemma(token), type="REQUEST", role="request", target=())
            match = Match(token=token, entry=entry, anchor=token)
            match.demand_clause = clause  # type: ignore[attr-defined]
            return match
    return None


def find_matches(sent: Span, lex: Lexicon) -> list[Match]:
    """Every trigger match in a sentence, in text order (before composition)."""
    matches: list[Match] = []
    reversed_measures: set[int] = set()
    sentence_text = sent.text.lower()
    sentence_lemmas = frozenset(lemma(t) for t in sent)

    def sentence_lacks(entry: Trigger) -> bool:
        if entry.requires_phrase and entry.requires_phrase not in sentence_text:
            return True
        return bool(entry.sentence_has) and not any(lex.matches_word(w, entry.sentence_has) for w in sentence_lemmas)

    for token in sent:
        if token.is_punct or token.like_num:
            continue
        key = lemma(token)
        if is_verbal(token) and token.dep_ not in ADJECTIVAL_DEPS:
            reversal = _reversal(token, lex)
            if reversal is not None:
                matches.append(reversal)
                reversed_measures.add(reversal.reversed_measure.i)  # type: ignore[attr-defined]
                continue
            demand = _deontic_demand(token, lex)
            entries = lex.entries(key, "verb")
            if (demand is not None or entries) and in_background(token, lex):
                continue  # (the climb to the root only for words that could be an act)
            if demand is not None:
                matches.append(demand)
                continue
            for entry in entries:
                if sentence_lacks(entry):
                    continue
                if entry.type == "ASSAULT" and any(lex.in_class(lemma(o), "abstract_foes") for o in _objects(token)):
                    continue
                words = _verb_conditions(token, entry, lex)
                if words is None:
                    continue
                if entry.negated_only and not _negated_chain(token, lex):
                    continue
                matches.append(Match(token=token, entry=entry, anchor=token, words=words))
                break
        elif is_nominal(token) and not names_or_labels(token, lex):
            for entry in lex.entries(key, "noun"):
                if sentence_lacks(entry):
                    continue
                if not _noun_conditions(token, entry, lex) or in_background(token, lex):
                    continue
                anchor = governing_verb(token) or token
                matches.append(Match(token=token, entry=entry, anchor=anchor))
                break
    return [m for m in matches if m.token.i not in reversed_measures]
