"""Source (actor) and target (recipient) of a trigger, read off the parse.

Rules, in order: the subject of the trigger's verb is its source (the by-agent
in the passive voice, where the passive subject is the target); a verb with no
subject of its own takes it from the verb it depends on ("Trump ordered X and
vowed to..."; "Trump's decision to classify..."); a nominal trigger takes its
possessor or nationality modifier ("U.S. strikes", "Mexico's extradition") or
the subject of the verb it is the object of ("Mexico announced the
extradition"). Targets come from the slots the lexicon entry names: the direct
object and prepositions such as on/against/to/with/at. Coordinated nouns give
several actors; "X and Y agreed" makes both actors of a reciprocal event.
Also: a blast in a passive sentence stands for its unnamed attackers ("was
killed in a car bomb explosion"); a thing attacked is the recipient when no
one is ("stormed an army base"); freed people are the recipients of a
release that hands them to no one; a few parser slips are repaired ("granted
asylum to five officers holed up...", "kidnapped up to 16 advisers").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .actor_words import ACTOR_ENTITY_LABELS, is_actor_like, is_country_name
from .lexicon import DEFAULT_TARGETS, Lexicon
from .recipients import placed_under
from .syntax import (
    WH_WORDS,
    children,
    governing_verb,
    is_passive,
    is_verbal,
    lemma,
    preposition_objects,
    with_conjuncts,
)
from .triggers import Match

ORDERING = frozenset({"order", "instruct", "direct", "command", "force", "compel"})
NUMBER_WORDS = frozenset({"million", "thousand", "hundred", "dozen", "billion", "score", "ten", "number"})
# Words that take a share of what follows "of": "part of a rebel camp",
# "some of the rebels", "each of the ministers", "a group of refugees".
SHARE_WORDS = frozenset({"part", "half", "rest", "portion", "bulk", "majority", "most", "much", "some",
                         "many", "all", "each", "one", "several", "few", "both", "any", "group"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Verbs whose object is the doer of their complement ("ordered troops to...",
# "urged Mexico to..."); the complement's actor is that object.
OBJECT_CONTROL = frozenset({"order", "urge", "ask", "tell", "force", "allow", "instruct", "direct",
                            "call", "press", "pressure", "encourage", "invite", "persuade", "task"})


@dataclass
class Arguments:
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    source_via: str = ""  # subject, agent, controller, possessor, speaker, reporter, between
    located: bool = False  # the targets are only where the act happened ("returned fire into Mexico")


def owner(token: Token, lex: Lexicon) -> Token | None:
    """An actor inside a non-actor noun: "imports from Mexico", "an Indian proposal"."""
    for child in token.children:
        if child.dep_ == "poss" and is_actor_like(child, lex) and child.pos_ != "PRON":
            return child
    # A named party beats a describing word: "official contact with the
    # United States" is aimed at the United States.
    for prep in ("of", "by", "from", "for", "to", "with"):
        for pobj in preposition_objects(token, prep):
            if is_actor_like(pobj, lex):
                return pobj
    for clause in children(token, "acl"):
        # "the demonstration staged by students", "a plan proposed by France"
        for agent in children(clause, "agent"):
            for pobj in children(agent, "pobj"):
                if is_actor_like(pobj, lex):
                    return pobj
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod") and (
            child.ent_type_ in ACTOR_ENTITY_LABELS or lex.in_class(lemma(child), "actor_nouns")
        ):
            return token  # keep the whole phrase: "Bolivian homes", "rebel bases" name their owner
    return None


def owners(token: Token, lex: Lexicon) -> list[Token]:
    """Like ``owner``, with coordinated owners ("imports from Mexico and Canada")."""
    found = owner(token, lex)
    if found is None:
        return []
    if found == token:
        return [token]
    return [t for t in with_conjuncts(found) if is_actor_like(t, lex)] or [found]


def _counted(token: Token, conjuncts: bool) -> list[Token]:
    """The words a filler stands for, through a count or share: "millions of
    immigrants", "29 of them", "part of the camp", "dozens of soldiers
    and police" (with what is coordinated)."""
    found = []
    for tok in with_conjuncts(token) if conjuncts else [token]:
        share = lemma(tok) in SHARE_WORDS and tok.pos_ != "PROPN"
        if tok.pos_ == "NUM" or lemma(tok) in NUMBER_WORDS or share:
            counted = next(iter(preposition_objects(tok, "of")), None)
            if counted is not None:
                found.extend(with_conjuncts(counted) if conjuncts else [counted])
            elif share:
                found.append(tok)  # "the militant group Sendero": no share of anything
        else:
            found.append(tok)
    return found


def as_actor(token: Token, lex: Lexicon, conjuncts: bool = True) -> list[Token]:
    """The actor(s) a slot filler (and the words coordinated with it) stands for, or nothing."""
    result = []
    for tok in _counted(token, conjuncts):
        if tok.lower_ in WH_WORDS:
            continue
        hosts = _host_country(tok)
        if hosts:
            result.extend(h for h in hosts if h not in result)
            continue
        if is_actor_like(tok, lex):
            result.append(tok)
        else:
            result.extend(t for t in owners(tok, lex) if t not in result)
    return result


MISSION_NOUNS = frozenset({"mission", "force", "operation", "contingent"})
# What makes a force or mission an international one sent to a country.
MISSION_MARKS = frozenset({"peacekeeping", "security", "multinational", "international", "stabilization",
                           "stabilisation", "monitoring"})


def is_mission(token: Token) -> bool:
    """An international force or mission ("the UN peacekeeping mission", "a
    NATO-led force", "a multinational security mission")."""
    return lemma(token) in MISSION_NOUNS and any(
        lemma(c) in MISSION_MARKS or c.ent_type_ == "ORG" or c.text.endswith("-led") for c in token.children)


def joins_mission(match: Match) -> bool:
    """Troops sent to (or for) an international mission: assistance, not a
    show of force ("will send 300 troops to a multinational security mission")."""
    return any(is_mission(t) and t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "into")
               for t in match.token.subtree if t.i > match.token.i)


def _host_country(token: Token) -> list[Token]:
    """A mission sent somewhere is for the country it is in: "troops to the UN
    peacekeeping mission in Haiti" go to Haiti."""
    if token.dep_ in ("nsubj", "nsubjpass") or not is_mission(token):
        return []  # "security forces in Guinea tortured...": the country's own forces act
    return [p for p in preposition_objects(token, "in") if p.ent_type_ in ("GPE", "LOC") or is_country_name(p)]


def _actor_inside(token: Token, lex: Lexicon) -> list[Token]:
    """An actor named inside a misparsed subject ("The Red Cross operating in Iraq")."""
    if token.pos_ != "VERB":
        return []
    for tok in token.subtree:
        if tok.i < token.i and is_actor_like(tok, lex) and tok.dep_ in ("nsubj", "compound", "npadvmod", "dep", "nmod"):
            head = tok
            while head.dep_ == "compound" and head.head.i < token.i:
                head = head.head
            return [head]
    return []


def _subject(verb: Token, lex: Lexicon, depth: int = 0) -> tuple[list[Token], str]:
    """The doer of a verb, climbing to the verb it depends on when it has none."""
    if depth > 5:
        return [], ""
    if is_passive(verb):
        for agent in children(verb, "agent"):
            objects = [t for p in agent.children if p.dep_ == "pobj" for t in with_conjuncts(p)]
            if objects:
                return objects, "agent"
    else:
        subjects = children(verb, "nsubj")
        if subjects:
            # The subject nearest the verb: a dateline ("EL PASO, Texas — As
            # Trump has deployed...") or a stray "that" can parse as a second one.
            named = [s for s in subjects if s.lower_ not in WH_WORDS]
            if named:
                subject = min(named, key=lambda s: abs(verb.i - s.i))
                return with_conjuncts(subject), "subject"
            if verb.dep_ == "relcl":
                return with_conjuncts(verb.head), "subject"
    if is_passive(verb) and children(verb, "nsubjpass"):
        weapon = _weapon_agent(verb)
        return ([weapon], "agent") if weapon is not None else ([], "")
    head = verb.head
    if head == verb:
        return [], ""
    if verb.dep_ == "xcomp":
        if lemma(head) in ORDERING:
            # "ordered ICE to round up migrants": the one who orders acts.
            return _subject(head, lex, depth + 1)
        if lemma(head) in OBJECT_CONTROL:
            objects = children(head, "dobj")
            if objects:
                return with_conjuncts(objects[0]), "controller"
        return _climb(head, lex, depth)
    if verb.dep_ in ("conj", "advcl", "pcomp", "acomp"):
        return _climb(head, lex, depth)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and not is_verbal(head) and is_actor_like(head, lex):
        return with_conjuncts(head), "subject"  # "rebels fighting to topple him": the rebels fight
    if verb.dep_ in ("acl", "relcl") and not is_verbal(head):
        possessors = [c for c in head.children if c.dep_ == "poss"]
        if possessors:
            return with_conjuncts(possessors[0]), "possessor"
        if head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and head.i < verb.i:
            # A sentence the parser left verbless: "Doctors from X donated..."
            # hangs the verb under its subject.
            return with_conjuncts(head), "subject"
        root = verb.sent.root
        finite = verb.tag_ == "VBD" or any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)
        if (finite and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and not children(verb, "agent")
                and root.lower_ not in WH_WORDS):
            # ... or under a noun of its subject: "Doctors from two aid groups
            # donated and delivered...": the sentence's head noun acts.
            return with_conjuncts(root), "subject"
        if head.dep_ in ("dobj", "pobj") and governing_verb(head) is not None:
            # "issued a declaration demanding that...": the issuer demands.
            return _subject(governing_verb(head), lex, depth + 1)
        return [], ""
    if verb.dep_ == "prep" or (head.dep_ == "prep" and verb.dep_ == "pcomp"):
        return _climb(head, lex, depth)
    return [], ""


# "was killed in a car bomb explosion": the blast stands for whoever set it
# off (the actor stage codes it as unidentified attackers).
WEAPON_AGENTS = frozenset({"bomb", "bombing", "explosion", "blast", "ied", "landmine", "grenade"})


def _weapon_agent(verb: Token) -> Token | None:
    for prep in children(verb, "prep"):
        if prep.lower_ == "in":
            for pobj in children(prep, "pobj"):
                if lemma(pobj) in WEAPON_AGENTS:
                    return pobj
    return None


def _climb(head: Token, lex: Lexicon, depth: int) -> tuple[list[Token], str]:
    while head.dep_ == "prep" and head.head != head:
        head = head.head
    if is_verbal(head) or head.pos_ == "ADJ":
        return _subject(head, lex, depth + 1)
    return [], ""


# Prepositions that set an act in the background of the clause's own act
# ("offered talks following the invasion"): the clause's subject did not do it.
BACKGROUND_PREPS = frozenset({"after", "following", "during", "since", "amid", "amidst", "despite", "before",
                              "throughout", "in", "over", "because"})


def _in_background(noun: Token) -> bool:
    head = noun.head
    if noun.dep_ == "compound" and head != noun:
        noun, head = head, head.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in BACKGROUND_PREPS:
        return head.lower_ != "in" or any(c.dep_ in ("amod", "det") and c.lower_ in ("recent", "earlier", "last", "past")
                                          for c in noun.children) or noun.tag_ == "NNS"
    return False


# Acts whose "of" names the one who acts, not the one acted on.
SELF_MOVING = frozenset({"deployment", "redeployment", "withdrawal", "pullout", "pullback", "arrival", "visit",
                         "retreat", "departure"})


CLAIMING_VERBS = frozenset({"claim", "take", "accept", "admit", "acknowledge"})


def _claimed_by(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for the attacks": who claims it did it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or lemma(prep.head) != "responsibility":
        return None
    verb = prep.head.head
    return verb if lemma(verb) in CLAIMING_VERBS else None


def _noun_source(noun: Token, match: Match, lex: Lexicon) -> tuple[list[Token], str]:
    claimed = _claimed_by(noun)
    if claimed is not None:
        subjects, via = _subject(claimed, lex)
        if subjects:
            return subjects, via
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in WH_WORDS and child.ent_type_ not in ("DATE", "TIME"):
            if child.pos_ == "PRON" and noun.dep_ == "dobj" and noun.head != noun:
                # "the rebels continued their strike": "their" is the subject
                subjects, via = _subject(noun.head, lex)
                if subjects and all(s.pos_ in ("NOUN", "PROPN") for s in subjects):
                    return subjects, via
            return with_conjuncts(child), "possessor"
    if noun.dep_ == "dobj" and noun.head != noun:
        # "Trump is discussing army strikes": who orders or discusses acts.
        subjects, via = _subject(noun.head, lex)
        if subjects and any(is_actor_like(s, lex) for s in subjects):
            return subjects, via
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i and (
            child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or lex.in_class(lemma(child), "actor_nouns")
        ):
            return [child], "modifier"
    for pobj in preposition_objects(noun, "by"):
        return with_conjuncts(pobj), "agent"
    between = preposition_objects(noun, "between")
    if between:
        return between, "between"
    if lemma(noun) in SELF_MOVING:
        # "the deployment of NATO troops", "the withdrawal of Syrian forces":
        # the ones who move are the actors.
        movers = [p for p in preposition_objects(noun, "of") if is_actor_like(p, lex)]
        if movers:
            return with_conjuncts(movers[0]), "possessor"
    if noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head  # "a mediation effort": the effort's verb
    if noun.dep_ in ("nsubj", "nsubjpass") or _in_background(noun):
        return [], ""
    verb = governing_verb(noun)
    if verb is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        verb = governing_verb(noun.head.head)  # "launched ten days of war games"
    if verb is not None:
        return _subject(verb, lex)
    return [], ""


SPEAKING = frozenset({"pledge", "vow", "promise", "warn", "threaten", "ask", "urge"})


def speaker_of(token: Token, lex: Lexicon) -> Token | None:
    """The subject of the reporting verb whose complement holds ``token``.

    Also "'I will deploy...,' Trump pledged": the reporting verb hangs below
    the quoted clause (parataxis) rather than above it.
    """
    current = token
    for _ in range(10):
        head = current.head
        if head == current:
            break
        if lemma(head) in lex.speech_verbs and current.dep_ in ("ccomp", "dobj", "parataxis", "xcomp", "advcl"):
            subjects = children(head, "nsubj")
            if subjects and subjects[0].lower_ not in WH_WORDS:
                return subjects[0]
            return None
        current = head
    for child in current.children:  # current is the root now
        if child.dep_ in ("parataxis", "ccomp", "conj") and (lemma(child) in lex.speech_verbs or lemma(child) in SPEAKING):
            subjects = children(child, "nsubj")
            if subjects and subjects[0].lower_ not in WH_WORDS and child.i > token.i:
                return subjects[0]
    return None


def _object_phrase(verb: Token, depth: int = 3) -> list[Token]:
    """The direct object and the nouns inside it: "use force like airstrikes
    and special forces against the cartels" puts the recipient deep inside."""
    result: list[Token] = []
    frontier = [o for d in children(verb, "dobj") for o in with_conjuncts(d)]
    for _ in range(depth):
        result.extend(frontier)
        following = []
        for tok in frontier:
            for prep in children(tok, "prep"):
                if prep.lower_ in ("like", "including", "such"):
                    following.extend(p for c in prep.children if c.dep_ == "pobj" for p in with_conjuncts(c))
        frontier = following
    return result


def _stranded_object(token: Token, prep: str) -> list[Token]:
    """"granted asylum to five officers holed up in...": the parser makes the
    object the subject of the participle that follows, leaving "to" bare."""
    found: list[Token] = []
    for child in children(token, "prep"):
        if child.lower_ != prep or any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            continue
        for noun in child.doc[child.i + 1 : child.i + 8]:
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i and noun.head.tag_ in ("VBN", "VBD") \
                    and noun.head.dep_ in ("advcl", "acl", "conj"):
                found.extend(with_conjuncts(noun))
                break
    return found


def _up_to_object(verb: Token) -> list[Token]:
    """"kidnapped up to 16 advisers": the parser reads "up" as a particle and
    the object as the object of "to"."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    for particle in children(verb, "prt"):
        for prep in children(particle, "prep"):
            if prep.lower_ == "to":
                return [o for p in children(prep, "pobj") if any(c.dep_ == "nummod" for c in p.children)
                        for o in with_conjuncts(p)]
    return []


def _slot(match: Match, slot: str, lex: Lexicon) -> list[Token]:
    token = match.token
    verb = token if match.entry.pos == "verb" else None
    found: list[Token] = []
    if slot.startswith("prep:"):
        prep = slot[5:]
        places = [token]
        if verb is not None:
            places.extend(_object_phrase(verb))
            if not children(verb, "dobj"):
                # "donated and delivered goods to X": the shared object's phrase
                for conj in children(verb, "conj"):
                    if conj.pos_ == "VERB":
                        places.append(conj)
                        places.extend(_object_phrase(conj))
        elif match.anchor != token:
            places.append(match.anchor)
        for place in places:
            found.extend(preposition_objects(place, prep))
            found.extend(_stranded_object(place, prep))
        return found
    if verb is None:
        return found
    passive = is_passive(verb)
    if slot == "dobj":
        deps = ("nsubjpass",) if passive else ("dobj",)
        for obj in children(verb, *deps):
            found.extend(with_conjuncts(obj))
        if not found and not passive:
            found.extend(_up_to_object(verb))
    elif slot == "nsubjpass" and passive:
        for obj in children(verb, "nsubjpass"):
            found.extend(with_conjuncts(obj))
    elif slot in ("iobj", "dative"):
        for obj in children(verb, "dative", "iobj"):
            if obj.pos_ != "ADP":
                found.extend(with_conjuncts(obj))
            else:
                found.extend(t for p in obj.children if p.dep_ == "pobj" for t in with_conjuncts(p))
    return found


# Acts whose object is what is given or shared, never whom it is for.
GIVING_TYPES = frozenset({"AID", "COOPERATE"})


def _theme_tokens(match: Match, lex: Lexicon) -> set[int]:
    themes: set[int] = set()
    for slot in match.entry.theme:
        for tok in _slot(match, slot, lex):
            themes.update(t.i for t in tok.subtree)
    if match.entry.object and match.entry.pos == "verb" and match.entry.type in GIVING_TYPES:
        # what is given or done ("provided military expertise to the UN"): the
        # object that makes the verb this act is not its recipient
        for obj in children(match.token, "dobj"):
            if lex.matches_word(lemma(obj), match.entry.object) and not is_actor_like(obj, lex):
                themes.update(t.i for t in obj.subtree)
    return themes


# What an attack lands on when it is no one: a base, a town, a convoy. The
# thing attacked is the recipient (its owner or place, when named, gives the
# actor; else the place where it happens does).
ATTACK_TYPES = frozenset({"ASSAULT"})


def _attacked_thing(match: Match, slot: str, filler: Token) -> bool:
    return (match.type in ATTACK_TYPES and match.entry.pos == "verb" and slot in ("dobj", "nsubjpass")
            and filler.pos_ == "NOUN" and filler.lower_ not in WH_WORDS and lemma(filler) not in VAGUE_NOUNS)


VAGUE_NOUNS = frozenset({"other", "one", "some", "many", "dozen", "score", "number", "part", "rest", "lot"})


def find_arguments(match: Match, lex: Lexicon) -> Arguments:
    """Sources and targets of a match (before article-level inheritance)."""
    token = match.token
    if match.entry.pos == "verb":
        sources, via = _subject(token, lex)
    else:
        sources, via = _noun_source(token, match, lex)
    unique: dict[int, Token] = {}
    for tok in sources:
        for actor in as_actor(tok, lex) or _actor_inside(tok, lex) or [tok]:
            if actor.lower_ not in WH_WORDS:
                unique.setdefault(actor.i, actor)
    sources = list(unique.values())
    first_person = bool(sources) and all(s.lower_ in FIRST_PERSON for s in sources)
    pronoun_only = bool(sources) and all(s.pos_ == "PRON" for s in sources)
    if pronoun_only and not first_person:
        # "Iraq said it would allow...": the pronoun is the speaker.
        speaker = speaker_of(match.anchor, lex)
        if speaker is not None and speaker.pos_ != "PRON" and is_actor_like(speaker, lex):
            sources, via = with_conjuncts(speaker), "speaker"
    if not sources or first_person:
        # "'I will deploy...,' Trump pledged": the speaker is the actor. With
        # no subject at all the speaker only reports ("a bombing killed two,
        # the military said"): marked "reporter", the event decides.
        speaker = speaker_of(match.anchor, lex)
        if speaker is not None and speaker.lower_ not in FIRST_PERSON:
            via = "speaker" if sources else "reporter"
            sources = with_conjuncts(speaker)

    slots = match.entry.target if match.entry.target is not None else DEFAULT_TARGETS[match.entry.pos]
    ordered_object: list[Token] = []
    if match.entry.pos == "verb" and token.dep_ == "xcomp" and lemma(token.head) in ORDERING:
        ordered_object = [o for d in children(token.head, "dobj") for o in with_conjuncts(d)]
    themes = _theme_tokens(match, lex)
    trigger_words = {w.i for w in match.words}
    source_ids = {s.i for s in sources}
    targets: list[Token] = []
    things: set[int] = set()
    for slot in slots:
        for filler in _slot(match, slot, lex):
            if filler.i in themes or filler.i in trigger_words:
                continue
            # Each attacked thing on its own: "attacked the airport and the
            # army base" hit both, though only the base names an actor.
            attacked = _attacked_thing(match, slot, filler)
            actors = as_actor(filler, lex, conjuncts=not attacked)
            if not actors and attacked:
                actors = [filler]  # "stormed an army base", "shelled the city"
                things.add(filler.i)
            for actor in actors:
                if actor.i not in source_ids and all(actor.i != t.i for t in targets):
                    targets.append(actor)
    if not targets:
        # "was put under investigation in Italy": the one put under it, not the place
        targets = [a for t in placed_under(token) for a in as_actor(t, lex) if a.i not in source_ids]
    located = False
    only_things = all(t.i in things for t in targets)
    if only_things and match.type not in ("CONSULT", "PROTEST", "AGREE", "SUPPORT"):
        # Where the act lands when no one is named: "strengthened its forces
        # in Lebanon", "returned fire into Mexico" (a country, not a city).
        for place in (token, match.anchor):
            for prep in ("in", "into", "inside"):
                for pobj in preposition_objects(place, prep):
                    if pobj.ent_type_ == "GPE" and pobj.i not in source_ids and pobj.i not in themes:
                        targets.append(pobj)
                        located = True
            if located:
                break
    if not targets and match.type == "RETREAT" and match.entry.mode == "release":
        # "freed two journalists": the freed people are the ones it is for,
        # also when handed to a go-between ("released two hostages to the Red
        # Cross"); who receives them only when the freed are not named.
        for slot in match.entry.theme:
            for filler in _slot(match, slot, lex):
                targets.extend(a for a in as_actor(filler, lex) if a.i not in source_ids and a.pos_ != "PRON"
                               and all(a.i != t.i for t in targets))
        for filler in () if targets else _slot(match, "prep:to", lex):
            targets.extend(a for a in as_actor(filler, lex) if a.i not in source_ids)
    if not targets and ordered_object and match.type in ("COERCE", "SANCTION"):
        # "ordered the newspaper to suspend publication": the one ordered is coerced.
        targets = [t for t in ordered_object if is_actor_like(t, lex)]
    return Arguments(sources=sources, targets=targets, source_via=via, located=located and bool(targets))
