"""First pass: each phrase on its own -> an actor description.

Sources, in order: the dictionary (people and organisations, with the role
they hold on the article's date), role titles ("Defense Secretary" -> its
holder on that date), description rules (nationality or country + role noun:
"Mexican military leaders" -> MEX MIL; "cartel members" -> CRM), then
countries, capitals and demonyms. What needs the rest of the document
(a country from context, surnames, titles, pronouns) is left to ``chains``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .cities import city_country
from .lexicon import ACTOR, CAPITAL, COUNTRY, DEMONYM, PEOPLE, REGION, ROLE
from .mentions import PERSON_PRONOUNS, Phrase, Unit
from .resources import Resources
from .sectors import singular as lex_singular


def plural_head(token) -> bool:
    return token.tag_ in {"NNS", "NNPS"}

STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
# Single nouns that name one office holder: "the secretary" is a person to find in the document.
TITLE_NOUNS = {
    "president", "secretary", "minister", "premier", "chancellor", "king", "queen", "emir", "general",
    "commander", "spokesman", "spokeswoman", "spokesperson", "ambassador", "governor", "mayor", "czar",
    "tsar", "director", "chief", "senator", "congressman", "congresswoman", "judge", "prosecutor", "host",
    "leader", "pope", "admiral", "envoy", "secretary-general",
}
REFERENCE_WORDS = {"it", "its", "country", "nation"}
# Words of an organisation's name that say it is not one country's: such a
# name takes no country from the sentence around it.
INTERNATIONAL_WORDS = {"international", "world", "global", "united", "nations", "union", "league", "council",
                       "forum", "organization", "organisation", "office", "committee", "fund", "bank"}
LOCATIVE = {"in", "at", "near", "from", "into", "across", "around", "inside", "outside", "to", "on"}


@dataclass
class Resolved:
    phrase: Phrase
    sentence: int
    start: int  # character span of the mention
    end: int
    text: str
    kind: str  # person, organization, group, country, place, pronoun, title
    via: str  # name, title, description, country, pronoun, ...
    entry_id: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    name: str = ""
    role: str = ""
    gender: str = ""
    needs_country: bool = False
    title_word: str = ""  # "secretary" for "the secretary"
    role_candidates: list[str] = field(default_factory=list)  # entry ids holding a matched title
    context_possessor: bool = False  # "the country's government"
    quote: int = -1
    actor_id: str | None = None
    plural: bool = False
    refers: str = ""  # "it", "country", "agent": a reference to an actor named before (see references)


ORGANISATION_WORDS = {
    "agency", "ministry", "department", "council", "party", "front", "army", "company", "inc", "corp",
    "office", "bureau", "commission", "committee", "union", "league", "association", "organization",
    "organisation", "institute", "foundation", "movement", "brigade", "brigades", "forces", "force",
    "group", "authority", "service", "services", "command", "corps", "embassy", "court", "bank",
}


def _looks_like_organisation(text: str) -> bool:
    return bool(set(text.lower().replace("-", " ").split()) & ORGANISATION_WORDS)


def _sector_in_name(words: list[str], lex) -> str | None:
    """The sector an organisation's name says: REB for a movement ("Westland
    Independence Movement"), else the longest sector noun inside the name."""
    if lex.movement_words & set(words):
        return "REB"
    for n in range(min(lex.longest, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            sector, _ = lex.head_sector(words[i : i + n])
            if sector:
                return sector
    return None


def _date(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _clean_name(text: str) -> str:
    text = text.strip()
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return " ".join(text.split())


class PhraseResolver:
    def __init__(self, doc: Doc, resources: Resources, published: str | None):
        self.doc = doc
        self.res = resources
        self.date = _date(published)

    # -- features --------------------------------------------------------------------
    def _countries(self, units: list[Unit]) -> list[tuple[str, Unit]]:
        found = []
        for unit in units:
            if self._against(unit):
                continue  # "an anti-Syria journalist" is not Syrian
            for payload in unit.payloads + unit.inner:
                if payload.kind in {COUNTRY, DEMONYM, CAPITAL, PEOPLE}:
                    found.append((payload.ref, unit))
                    break
                if payload.kind == ACTOR:
                    entry = self.res.entry(payload.ref)
                    if entry and entry.country:  # "Bush administration", "UN peacekeepers"
                        found.append((entry.country, unit))
                        break
                if payload.kind == ROLE:
                    # "Israeli Prime Minister", "British Foreign Secretary": the title names its country.
                    words = self.doc[unit.start : unit.end]
                    code = next((self.res.countries.demonyms.get(t.text) or self.res.countries.names.get(t.text)
                                 for t in words if t.text in self.res.countries.demonyms or t.text in self.res.countries.names), None)
                    if code:
                        found.append((code, unit))
                        break
        return found

    def _against(self, unit: Unit) -> bool:
        """A country named as what one is for or against: "anti-Syria", "pro-U.S."."""
        doc = self.doc
        first = doc[unit.start]
        if first.lower_.startswith(("anti-", "pro-")):
            return True
        before = doc[unit.start - 2 : unit.start] if unit.start >= 2 else doc[0:0]
        return len(before) == 2 and before[0].lower_ in ("anti", "pro") and before[1].text == "-" \
            and before[1].idx + 1 == first.idx

    def _people_name(self, unit: Unit) -> str | None:
        """The country of a "name" made only of a demonym and a people ("Bosnian Serbs"), else None."""
        kinds = [p.kind for p in unit.inner]
        words = sum(len(p.surface) for p in unit.inner)
        if words == unit.end - unit.start and kinds and kinds[-1] == PEOPLE and set(kinds) <= {DEMONYM, PEOPLE}:
            return unit.inner[0].ref
        return None

    def _ethnic(self, unit: Unit) -> bool:
        return (unit.start > 0 and self.doc[unit.start - 1].lower_ == "ethnic") or self.doc[unit.start].lower_ == "ethnic"

    def _person_entry(self, unit: Unit) -> str | None:
        for ref in unit.refs(ACTOR):
            if ref in self.res.person_ids:
                return ref
        return None

    def _org_entry(self, unit: Unit) -> str | None:
        for ref in unit.refs(ACTOR):
            if ref not in self.res.person_ids:
                return ref
        return None

    def _role_holders(self, unit: Unit, country: str | None) -> list[str]:
        holders = []
        for ref in unit.refs(ROLE):
            found = self.res.role(ref)
            if found is None:
                continue
            entry, role = found
            if not role.active(self.date):
                continue
            if country and (role.country or entry.country) != country:
                continue
            holders.append(entry.id)
        return list(dict.fromkeys(holders))

    def _sector_words(self, start: int, end: int, skip: set[int]) -> tuple[str | None, list[str], bool]:
        """(head sector, modifier sectors, former) of the words in [start, end)."""
        words = [t for t in self.doc[start:end] if t.i not in skip]
        lex = self.res.sectors
        head_sector = None
        if words:
            head_sector, _ = lex.head_sector([t.text for t in words])
        modifiers = []
        for t in words[:-1]:
            sector = lex.modifier_sector(t.text)
            if sector:
                modifiers.append(sector)
        former = any(t.lower_ in lex.former or t.lower_.startswith("ex-") for t in words)
        return head_sector, modifiers, former

    def _coding(self, entry_id: str) -> tuple[str | None, list[str], str]:
        entry = self.res.entry(entry_id)
        return entry.coding_at(self.date) if entry else (None, [], "")

    # -- resolution ------------------------------------------------------------------
    def resolve(self, phrase: Phrase, sentence: int) -> Resolved | None:
        doc = self.doc
        span = doc[phrase.start : phrase.end]
        base = dict(phrase=phrase, sentence=sentence, start=span.start_char, end=span.end_char, text=span.text)
        if phrase.pronoun in REFERENCE_WORDS:
            return Resolved(**base, kind="pronoun", via="reference", refers=phrase.pronoun)
        if phrase.pronoun:
            gender = PERSON_PRONOUNS.get(phrase.pronoun, "")
            return Resolved(**base, kind="pronoun", via="pronoun", gender=gender, plural=not gender)
        head = doc[phrase.head]
        head_unit = next((u for u in phrase.units if u.start <= phrase.head < u.end), None)
        countries = self._countries([u for u in phrase.units if u is not head_unit] + phrase.attached)
        country = countries[0][0] if countries else None
        # The possessor "the country's" points back at the last country named.
        context_possessor = any(
            t.dep_ == "poss" and t.lower_ in {"country", "nation", "its"} for t in doc[phrase.start : phrase.head]
        )
        unit_tokens = {i for u in phrase.units for i in range(u.start, u.end)}

        if head_unit is not None:
            person_id = self._person_entry(head_unit)
            if person_id:
                c, sectors, role = self._coding(person_id)
                entry = self.res.entry(person_id)
                return Resolved(
                    **base, kind="person", via="name", entry_id=person_id, country=c, sectors=sectors,
                    name=entry.name, role=role, gender=entry.gender,
                )
            if head_unit.label == "PERSON" and not head_unit.payloads:
                people = self._people_name(head_unit)
                if people:  # "Bosnian Serbs" taken for a name: the Serbs of Bosnia
                    return Resolved(**base, kind="group", via="demonym", country=people, sectors=["CVL"],
                                    name=_clean_name(span.text), plural=True)
                if self._located(head_unit):
                    city = self._city(base, head_unit, tagged_person=True)
                    if city is not None:  # a town tagged PERSON after "in": people are not "in" someone
                        return city
                return self._unknown_person(base, phrase, head_unit, countries)
            org_id = self._org_entry(head_unit)
            if org_id:
                c, sectors, role = self._coding(org_id)
                entry = self.res.entry(org_id)
                return Resolved(
                    **base, kind=entry.kind, via="name", entry_id=org_id, country=c, sectors=sectors,
                    name=entry.name, role=role,
                )
            if ROLE in head_unit.kinds():
                return self._role_title(base, phrase, head_unit, country)
            kinds = head_unit.kinds()
            if kinds & {COUNTRY, CAPITAL, PEOPLE, DEMONYM, REGION}:
                return self._country_unit(base, head_unit, head)
            if head_unit.label == "GPE" and not head_unit.payloads:
                code = self.res.countries.misspelled(doc[head_unit.start : head_unit.end].text)
                if code:
                    return Resolved(**base, kind="country", via="country", country=code,
                                    name=self.res.countries.name_of(code))
            if head_unit.label in {"GPE", "LOC", "ORG", "NORP"} and not head_unit.payloads:
                city = self._city(base, head_unit)
                if city is not None:
                    return city
            if head_unit.label in {"ORG", "FAC", "NORP"} and not head_unit.payloads:
                words = [t.text for t in doc[head_unit.start : head_unit.end] if t.dep_ != "det"]
                if not (words and self.res.sectors.head_sector(words)[1] == len(words)):
                    return self._unknown_org(base, phrase, head_unit, countries)
                # "Cartels" tagged ORG: a role noun, described below.
            else:
                return None

        # No name heads the phrase: a role noun does ("Mexican officials", "cartel members").
        lex = self.res.sectors
        if head_unit is not None and not head_unit.payloads:
            # "Israel's Cabinet": a role noun the tagger took for a name
            unit_tokens -= set(range(head_unit.start, head_unit.end))
        head_sector, modifiers, former = self._sector_words(phrase.start, phrase.head + 1, unit_tokens)
        generic = lex.is_generic(head.text)
        org_units = [u for u in phrase.units + phrase.attached if self._org_entry(u)]
        if generic and org_units:
            # "Border Patrol agents", "members of the Jalisco New Generation Cartel"
            org_id = self._org_entry(org_units[-1])
            c, sectors, role = self._coding(org_id)
            entry = self.res.entry(org_id)
            return Resolved(**base, kind=entry.kind, via="description", entry_id=org_id, country=c, sectors=sectors, name=entry.name)
        role_units = [u for u in phrase.units if ROLE in u.kinds()]
        if role_units and any(u.label == "PERSON" and role_units[-1].end <= u.start and u.end <= phrase.head
                              for u in phrase.units):
            role_units = []  # "President Suharto's government": a named holder's, not the title's
        if role_units and head.pos_ == "PROPN" and head.i >= role_units[-1].end and head.is_title:
            # "President Suharto": a title before a name the dictionary does not know.
            name_unit = Unit(role_units[-1].end, phrase.head + 1, [], "PERSON")
            return self._unknown_person(base, phrase, name_unit, countries)
        if role_units:
            return self._role_title(base, phrase, role_units[-1], country)
        sector = head_sector
        multiword_head = head_sector is not None and lex.head_sector([t.text for t in doc[phrase.start : phrase.head + 1] if t.i not in unit_tokens])[1] > 1
        if generic and not multiword_head:  # "security forces" is one role, not "security" + "forces"
            default = lex.generic_default(head.text)
            if not modifiers and default in (None, "GOV"):
                # "leaders of the opposition alliance": a post in the group the complement names
                default = self._complement_sector(phrase) or default
            sector = modifiers[-1] if modifiers else default
            if sector is None and head_sector and head.lower_ not in lex.generic:
                sector = head_sector
        if sector is None and not countries:
            left = [t for t in doc[phrase.start : phrase.head]]
            if generic and plural_head(head) and left and all(t.lower_ in ("the", "these", "those") for t in left):
                # "The agents returned fire": the agents of an organisation named before.
                return Resolved(**base, kind="pronoun", via="reference", refers=lex_singular(head.text), plural=True)
            return None
        if sector == "MIL" and generic and any(
                u.label == "NORP" and not u.kinds() & {COUNTRY, DEMONYM, PEOPLE} for u in phrase.units):
            sector = "REB"  # "Kurdish forces", "Druze fighters": a people's, not a state's, army
        sectors = [sector] if sector else []
        if former and sectors and sectors[0] in STATE_SECTORS:
            sectors = ["ELI"]
        plural = head.tag_ in {"NNS", "NNPS"}
        title_word = ""
        determiners = {t.lower_ for t in doc[phrase.start : phrase.head] if t.dep_ == "det"}
        if head.lower_ in TITLE_NOUNS and not plural and determiners & {"the", "this", "that"}:
            title_word = head.lower_
        if any(t.lower_ == "ethnic" for t in span):
            country = None  # "ethnic Albanians" in Macedonia: the country is the one they live in
        resolved = Resolved(
            **base, kind="group", via="description", country=country, sectors=sectors,
            needs_country=country is None, context_possessor=context_possessor, title_word=title_word,
            plural=plural, name=span.text,
        )
        if title_word or (head.lower_ in TITLE_NOUNS and not plural):
            # "the Mexican president": the holder of that office on the date, if known.
            holders = self._holders_by_title(head.lower_, country)
            resolved.role_candidates = holders
            resolved.kind = "title"
            resolved.via = "title"
        return resolved

    def _complement_sector(self, phrase: Phrase) -> str | None:
        """The sector of the group an "of/from" complement names, by its head
        noun or its modifiers ("the Andean opposition alliance": OPP)."""
        doc = self.doc
        if phrase.end >= len(doc) or doc[phrase.end].lower_ not in {"of", "from"}:
            return None
        for group in (c for c in doc[phrase.end].children if c.dep_ == "pobj"):
            if group.ent_type_ == "PERSON" or group.lower_ in TITLE_NOUNS:
                return None  # "fans of the president": not a post in a group
            head_sector, modifiers, _ = self._sector_words(group.left_edge.i, group.i + 1, set())
            return head_sector or (modifiers[-1] if modifiers else None)
        return None

    def _holders_by_title(self, word: str, country: str | None) -> list[str]:
        holders = []
        for entry in self.res.dictionary.entries.values():
            if entry.kind != "person":
                continue
            for role in entry.roles:
                if role.active(self.date) and any(word in name.lower().split() for name in role.names):
                    if country is None or (role.country or entry.country) == country:
                        holders.append(entry.id)
                    break
        return holders

    def _unknown_person(self, base: dict, phrase: Phrase, unit: Unit, countries) -> Resolved:
        doc = self.doc
        name = _clean_name(doc[unit.start : unit.end].text)
        title_tokens = {i for u in phrase.units if u is not unit for i in range(u.start, u.end)}
        head_sector, modifiers, former = self._sector_words(phrase.start, unit.start, title_tokens)
        if head_sector is None and unit.start > phrase.start:
            head_sector = self.res.sectors.generic_default(doc[unit.start - 1].text)  # "Libyan leader X"
        country = countries[0][0] if countries else None
        sectors = [head_sector] if head_sector else []
        role = ""
        for other in phrase.units:
            if other is not unit and ROLE in other.kinds():
                found = self.res.role(other.refs(ROLE)[0])
                if found:
                    # Another holder's title says the office, not the country:
                    # "President Levy Mwanawasa" is not American.
                    entry, r = found
                    sectors = sectors or list(r.sectors or entry.sectors)
                    role = r.title
        if former and (not sectors or sectors[0] in STATE_SECTORS):
            sectors = ["ELI"]
        words = [t.text for t in doc[phrase.start : unit.start] if t.i not in title_tokens and t.dep_ != "det"]
        return Resolved(
            **base, kind="person", via="name", country=country, sectors=sectors, name=name,
            role=role or " ".join(words).strip(), needs_country=country is None and bool(sectors),
        )

    def _located(self, unit: Unit) -> bool:
        """Whether a one-word name is the object of "in" or "near": where something is."""
        if unit.end - unit.start != 1:
            return False
        token = self.doc[unit.start]
        return token.dep_ == "pobj" and token.head.lower_ in ("in", "near", "outside")

    def _city(self, base: dict, unit: Unit, tagged_person: bool = False) -> Resolved | None:
        """A city the country table does not list ("Samarra"): a place of its country."""
        words = [t for t in self.doc[unit.start : unit.end] if t.dep_ != "det"]
        if not words or not all(t.pos_ == "PROPN" for t in words):
            return None
        phrase = base["phrase"]
        if any(t.pos_ == "PROPN" for t in self.doc[phrase.start : unit.start]):
            return None  # "Kenzo Oshima": a name that ends like a town
        name = self.doc[words[0].i : words[-1].i + 1].text
        if _looks_like_organisation(name) or self.res.sectors.head_sector([t.text for t in words])[0]:
            return None  # "Police", "Army": a role, not a town
        if unit.label == "NORP" and (len(words) > 1 or words[0].tag_ != "NNP"):
            return None  # "Kurds", "Arab League"
        country = city_country(name, alternates=unit.label in {"GPE", "LOC"} and not tagged_person)
        if country is None:
            return None
        return Resolved(**base, kind="place", via="city", country=country, name=name)

    def _unknown_org(self, base: dict, phrase: Phrase, unit: Unit, countries) -> Resolved | None:
        doc = self.doc
        text = doc[unit.start : unit.end]
        parts = [p for p in text.text.replace("\u2013", "-").split("-") if p]
        if len(parts) > 1 and all(p in self.res.countries.names for p in parts):
            return None  # "U.S.-Mexico" (border): two countries, no organisation
        sector = _sector_in_name([t.lower_ for t in text], self.res.sectors)
        inner_countries = [p.ref for p in unit.inner if p.kind in {COUNTRY, DEMONYM, CAPITAL}]
        for payload in unit.inner:
            entry = self.res.entry(payload.ref) if payload.kind == ACTOR else None
            if entry is not None and entry.country and entry.kind != "person":
                inner_countries.append(entry.country)  # "the United Nations Emergency Relief Coordinator"
        country = inner_countries[0] if inner_countries else (countries[0][0] if countries else None)
        if unit.label == "NORP":
            if country and not self._ethnic(unit) and doc[unit.end - 1].tag_ in ("NNS", "NNPS"):
                # "Iraqi Kurds": a people of that country.
                return Resolved(**base, kind="group", via="demonym", country=country, sectors=["CVL"],
                                name=_clean_name(base["text"]), plural=True)
            return None  # "Republican", "Yazidi": a belonging, not an actor
        if sector is None and inner_countries and not _looks_like_organisation(text.text):
            # "US Warning" (a headline): a country and a word, not an organisation.
            return Resolved(**base, kind="country", via="country", country=country, name=self.res.countries.name_of(country))
        return Resolved(
            **base, kind="organization", via="name", country=country, sectors=[sector] if sector else [],
            name=_clean_name(text.text),
            # An unknown group is most often of the country the sentence is
            # about ("Nigerian police jailed members of the MASSOB"); an
            # international body is not.
            needs_country=country is None and (
                sector in STATE_SECTORS or not any(t.lower_ in INTERNATIONAL_WORDS for t in text)),
        )

    def _role_title(self, base: dict, phrase: Phrase, unit: Unit, country: str | None) -> Resolved:
        holders = self._role_holders(unit, country)
        found = self.res.role(unit.refs(ROLE)[0])
        role_country = None
        sectors: list[str] = []
        title = ""
        if found:
            entry, role = found
            role_country, sectors, title = role.country or entry.country, list(role.sectors or entry.sectors), role.title
        resolved = Resolved(
            **base, kind="title", via="title", country=country or role_country, sectors=sectors, role=title,
            name=base["text"], role_candidates=holders,
        )
        return resolved

    def _demonym_group(self, base: dict, unit: Unit, code: str, name: str) -> Resolved | None:
        """A demonym that names people, not the state: "Bolivian homes" (the
        people who live in them), "Peruvian and Bolivian refugees" (refugees
        of each country, parsed as two adjectives or as "Peruvian" and
        "Bolivian refugees")."""
        owner = self.doc[unit.end - 1]
        if owner.dep_ == "amod" and owner.head.lower_ in self.res.sectors.civilian_property:
            return Resolved(**base, kind="group", via="demonym", country=code, sectors=["CVL"],
                            name=f"{name} people", plural=True)
        role = None
        if owner.dep_ == "conj" and owner.head.dep_ == "amod":
            role = owner.head.head
        elif owner.pos_ in ("ADJ", "PROPN"):
            role = next((c for c in owner.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                         and any(m.dep_ == "amod" and m.ent_type_ == "NORP" for m in c.children)), None)
        sector = self.res.sectors.head_sector([role.text])[0] if role is not None else None
        if sector is None:
            return None
        return Resolved(**base, kind="group", via="description", country=code, sectors=[sector],
                        name=f"{base['text']} {role.text}", plural=role.tag_ in ("NNS", "NNPS"))

    def _country_unit(self, base: dict, unit: Unit, head) -> Resolved | None:
        for payload in unit.payloads:
            code = payload.ref
            name = self.res.countries.name_of(code)
            if payload.kind == COUNTRY:
                return Resolved(**base, kind="country", via="country", country=code, name=name)
            if payload.kind == CAPITAL:
                governing = head.dep_ in {"nsubj", "nsubjpass", "agent"} or (
                    head.dep_ == "pobj" and head.head.lower_ in {"by", "with", "against"}
                )
                if governing:
                    return Resolved(**base, kind="group", via="capital", country=code, sectors=["GOV"], name=f"{name} government")
                return Resolved(**base, kind="place", via="country", country=code, name=base["text"])
            if payload.kind == PEOPLE:
                if self._ethnic(unit):
                    # "ethnic Turks" in Sweden: the country is the one they live in, from context.
                    return Resolved(**base, kind="group", via="demonym", sectors=["CVL"], name=base["text"],
                                    plural=True, needs_country=True)
                return Resolved(**base, kind="group", via="demonym", country=code, sectors=["CVL"], name=f"{name} people", plural=True)
            if payload.kind == DEMONYM:
                group = self._demonym_group(base, unit, code, name)
                if group is not None:
                    return group
                return Resolved(**base, kind="country", via="demonym", country=code, name=name)
            if payload.kind == REGION:
                return Resolved(**base, kind="place", via="country", country=code, name=base["text"])
        return None
