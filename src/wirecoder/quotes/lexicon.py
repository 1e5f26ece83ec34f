"""The quote extractor's word lists, read from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class CueLexicon:
    speech: frozenset[str]  # lemmas of verbs reporting speech or writing
    question: frozenset[str]  # lemmas of verbs asking a question
    quote_only: frozenset[str]  # lemmas that are cues only next to a quote
    cognition: frozenset[str]  # believe, think: attributions of views
    phrases: tuple[str, ...]  # multi-word cues ("according to")
    objects: frozenset[str] = frozenset()  # cues whose direct object is the content
    stance: frozenset[str] = frozenset()  # declined to, plans to, attacked: stances
    abbreviations: frozenset[str] = frozenset()  # "Capt", "Sen": a period after them ends no sentence
    not_speakers: frozenset[str] = frozenset()  # "UPDATE:", "VIDEO:": labels that name no speaker

    def is_quote_cue(self, lemma: str) -> bool:
        """A cue right next to a quote: any speech verb, and the verbs that
        introduce a quote only ("'...,' the secretary started", "she sang")."""
        return self.is_speech(lemma) or lemma.lower() in self.quote_only

    def takes_object(self, lemma: str) -> bool:
        return lemma.lower() in self.objects

    def is_speech(self, lemma: str, with_cognition: bool = False) -> bool:
        lemma = lemma.lower()
        return (
            lemma in self.speech
            or lemma in self.question
            or lemma in self.stance
            or (with_cognition and lemma in self.cognition)
        )


DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _data(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    data = yaml.safe_load(_data("speech_cues.yaml")) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).strip().lower() for w in data.get(key) or [] if str(w).strip())

    return CueLexicon(
        speech=words("speech"),
        question=words("question"),
        quote_only=words("quote_only"),
        cognition=words("cognition"),
        phrases=tuple(sorted(words("phrases"))),
        objects=words("objects"),
        stance=words("stance"),
        not_speakers=words("not_speakers"),
        abbreviations=words("abbreviations"),
    )


@lru_cache(maxsize=1)
def venue_patterns() -> tuple[re.Pattern[str], ...]:
    entries = yaml.safe_load(_data("quote_venues.yaml")) or []
    patterns = []
    for entry in entries:
        pattern = re.compile(entry["pattern"])
        if "venue" not in pattern.groupindex:
            raise ValueError(f"venue pattern without a (?P<venue>...) group: {entry['pattern']}")
        patterns.append(pattern)
    return tuple(patterns)
