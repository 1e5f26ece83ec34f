"""Finding dictionary names in a parsed document: one token trie for all names.

Actor aliases, role titles, country names, demonyms, capitals and US states
are tokenized with spaCy's own tokenizer, so that a name matches the tokens
the parser produced ("U.S.", "Da’esh", "Mexico's"). Matching ignores case
except where case carries meaning: an alias in capitals of up to five
letters ("DEA", "IS", "US") matches only the same capitals, and a capitalised
alias ("Trump", "Ban") only a capitalised word, so "ban" and "us" stay words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .countries import CountryTable
from .dictionary import ActorDictionary

# Payload kinds.
ACTOR, ROLE, COUNTRY, DEMONYM, PEOPLE, CAPITAL, REGION = (
    "actor", "role", "country", "demonym", "people", "capital", "region",
)


def normalize(text: str) -> str:
    return text.casefold().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")


@dataclass(frozen=True)
class Payload:
    kind: str
    ref: str  # entry id, "entry_id#role_index", or ISO-3
    surface: tuple[str, ...]  # the alias tokens as written in the dictionary


@dataclass
class LexiconMatch:
    start: int  # token indices, end exclusive
    end: int
    payloads: list[Payload]

    def of_kind(self, *kinds: str) -> list[Payload]:
        return [p for p in self.payloads if p.kind in kinds]


@dataclass
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    payloads: list[Payload] = field(default_factory=list)


def _case_ok(alias_token: str, text_token: str, capitalised_matters: bool) -> bool:
    if alias_token.isupper() and alias_token.isalpha() and len(alias_token) <= 5:
        return text_token == alias_token  # acronyms: "US" is not "us"
    if capitalised_matters and any(c.isupper() for c in alias_token) and text_token[:1].isalpha():
        return text_token[:1].isupper()
    return True



class Lexicon:
    def __init__(self, tokenizer, dictionary: ActorDictionary, countries: CountryTable, regions: dict[str, str]):
        self.root = _Node()
        self._tokenizer = tokenizer
        for entry in dictionary.entries.values():
            for name in entry.names:
                self._add(name, Payload(ACTOR, entry.id, ()))
            for i, role in enumerate(entry.roles):
                for name in role.names:
                    self._add(name, Payload(ROLE, f"{entry.id}#{i}", ()))
        for table, kind in (
            (countries.names, COUNTRY),
            (countries.demonyms, DEMONYM),
            (countries.people, PEOPLE),
            (countries.capitals, CAPITAL),
            (regions, REGION),
        ):
            for name, code in table.items():
                self._add(name, Payload(kind, code, ()))

    def _add(self, name: str, payload: Payload) -> None:
        tokens = [t.text for t in self._tokenizer(name) if not t.is_space]
        if not tokens:
            return
        node = self.root
        for token in tokens:
            node = node.children.setdefault(normalize(token), _Node())
        payload = Payload(payload.kind, payload.ref, tuple(tokens))
        if payload not in node.payloads:
            node.payloads.append(payload)

    def _valid(self, payload: Payload, tokens: list[str]) -> bool:
        # Role titles are often written in lower case ("the defense secretary").
        capitalised_matters = payload.kind != ROLE
        return all(_case_ok(a, t, capitalised_matters) for a, t in zip(payload.surface, tokens))

    def find(self, doc: Doc) -> list[LexiconMatch]:
        """Longest matches, left to right, not overlapping."""
        matches: list[LexiconMatch] = []
        i, n = 0, len(doc)
        while i < n:
            node, j, best = self.root, i, None
            while j < n and normalize(doc[j].text) in node.children:
                node = node.children[normalize(doc[j].text)]
                j += 1
                if node.payloads:
                    texts = [t.text for t in doc[i:j]]
                    valid = [p for p in node.payloads if self._valid(p, texts)]
                    if valid:
                        best = LexiconMatch(i, j, valid)
            if best is None:
                i += 1
            else:
                matches.append(best)
                i = best.end
        return matches
