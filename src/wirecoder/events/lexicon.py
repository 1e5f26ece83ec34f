"""The PLOVER trigger lexicon: loaded from YAML once, checked, indexed by lemma.

The lexicon is data (``wirecoder/data/plover_triggers.yaml``), written from the
PLOVER manual's definitions; this module only reads and validates it, so that
an analyst can extend the coder without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "plover_triggers.yaml"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ROLES = ("", "threat", "promise", "request", "refusal", "order", "speech")
TRIGGER_KEYS = {
    "lemma", "pos", "type", "mode", "contexts", "object", "particle", "prep", "role", "target",
    "theme", "needs_agent", "reciprocal", "intensity", "confidence", "object_of",
    "requires_modifier", "requires_modifier_object", "requires_phrase", "negated_only",
    "content_required", "designation", "requires_complement", "sentence_has",
}


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str
    pos: str = "verb"  # verb | noun
    mode: str = ""
    contexts: tuple[str, ...] = ()
    object: tuple[str, ...] = ()  # required direct object lemmas or @classes
    particle: str = ""
    prep: tuple[str, ...] = ()
    role: str = ""
    target: tuple[str, ...] | None = None  # None: the default slots
    theme: tuple[str, ...] = ()
    needs_agent: bool = False
    reciprocal: bool = False
    intensity: float | None = None
    confidence: float = 0.7
    object_of: tuple[str, ...] = ()
    requires_modifier: tuple[str, ...] = ()
    requires_modifier_object: tuple[str, ...] = ()
    requires_phrase: str = ""
    sentence_has: tuple[str, ...] = ()  # lemmas or @classes, one of which the sentence must hold
    negated_only: bool = False
    content_required: bool = False
    designation: bool = False
    requires_complement: bool = False


# Recipient slots when an entry does not name its own.
DEFAULT_TARGETS = {"verb": ("dobj", "nsubjpass", "dative"), "noun": ("prep:against", "prep:on")}


@dataclass
class Lexicon:
    triggers: dict[tuple[str, str], list[Trigger]]  # (lemma, pos) -> entries
    scores: dict[str, float]
    modality_weights: dict[str, float]
    quads: dict[str, str]  # PLOVER type -> quad name
    classes: dict[str, frozenset[str]]
    reversal_verbs: frozenset[str]
    imposing_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    modality_cues: dict[str, frozenset[str]]
    mode_cues: dict[str, list[tuple[str, frozenset[str]]]]  # type -> [(mode, cue words)]
    context_cues: dict[str, frozenset[str]]
    anaphoric_nouns: frozenset[str]
    anaphoric_verbs: frozenset[str]
    modes: dict[str, frozenset[str]] = field(default_factory=dict)  # type -> its modes
    source: str = ""
    _verb_lemmas: frozenset[str] = field(default=frozenset())

    def entries(self, lemma: str, pos: str) -> list[Trigger]:
        return self.triggers.get((lemma, pos), [])

    def in_class(self, lemma: str, name: str) -> bool:
        """Whether a lemma belongs to a word class ("@military_personnel")."""
        return lemma in self.classes.get(name.lstrip("@"), frozenset())

    def matches_word(self, lemma: str, words: tuple[str, ...] | frozenset[str]) -> bool:
        """A lemma against a list mixing plain lemmas and @class names."""
        for word in words:
            if word.startswith("@"):
                if word == "@imposing":
                    if lemma in self.imposing_verbs:
                        return True
                elif self.in_class(lemma, word):
                    return True
            elif lemma == word:
                return True
        return False

    def score(self, event_type: str, mode: str) -> float:
        """The PLOVER conflict-cooperation score of a type (and mode)."""
        if mode and f"{event_type}:{mode}" in self.scores:
            return self.scores[f"{event_type}:{mode}"]
        return self.scores.get(event_type, 0.0)


def _word(value) -> str:
    # YAML 1.1 reads a bare on/off/yes/no as a boolean: take the word back.
    if value is True:
        return "on"
    if value is False:
        return "off"
    return str(value)


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, bool)):
        return (_word(value),)
    return tuple(_word(v) for v in value)


def _trigger(raw: dict, where: str) -> Trigger:
    unknown = set(raw) - TRIGGER_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    if "lemma" not in raw or "type" not in raw:
        raise LexiconError(f"{where}: a trigger needs a lemma and a type")
    if raw["type"] not in PLOVER_TYPES:
        raise LexiconError(f"{where}: {raw['type']!r} is not a PLOVER type")
    pos = raw.get("pos", "verb")
    if pos not in ("verb", "noun"):
        raise LexiconError(f"{where}: pos must be verb or noun, not {pos!r}")
    role = raw.get("role", "")
    if role not in ROLES:
        raise LexiconError(f"{where}: unknown role {role!r}")
    target = raw.get("target")
    if target == "none":
        target_slots: tuple[str, ...] | None = ()
    else:
        target_slots = _tuple(target) if target is not None else None
    return Trigger(
        lemma=str(raw["lemma"]).lower(),
        type=raw["type"],
        pos=pos,
        mode=raw.get("mode", "") or "",
        contexts=_tuple(raw.get("contexts")),
        object=_tuple(raw.get("object")),
        particle=_word(raw["particle"]) if raw.get("particle") not in (None, "") else "",
        prep=_tuple(raw.get("prep")),
        role=role,
        target=target_slots,
        theme=_tuple(raw.get("theme")),
        needs_agent=bool(raw.get("needs_agent", False)),
        reciprocal=bool(raw.get("reciprocal", False)),
        intensity=raw.get("intensity"),
        confidence=float(raw.get("confidence", 0.7)),
        object_of=_tuple(raw.get("object_of")),
        requires_modifier=_tuple(raw.get("requires_modifier")),
        requires_modifier_object=_tuple(raw.get("requires_modifier_object")),
        requires_phrase=str(raw.get("requires_phrase", "") or ""),
        sentence_has=_tuple(raw.get("sentence_has")),
        negated_only=bool(raw.get("negated_only", False)),
        content_required=bool(raw.get("content_required", False)),
        designation=bool(raw.get("designation", False)),
        requires_complement=bool(raw.get("requires_complement", False)),
    )


def parse_lexicon(data: dict, source: str = "") -> Lexicon:
    """Build a Lexicon from the YAML structure, with clear errors."""
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    for i, raw in enumerate(data.get("triggers") or []):
        trigger = _trigger(raw, f"{source} trigger #{i + 1} ({raw.get('lemma', '?')})")
        triggers.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    quads = {}
    for quad, types in (data.get("quads") or {}).items():
        for event_type in types:
            quads[event_type] = quad
    mode_cues = {
        event_type: [(mode, frozenset(str(w).lower() for w in words)) for mode, words in modes.items()]
        for event_type, modes in (data.get("mode_cues") or {}).items()
    }
    modes = {t: frozenset(m) for t, m in (data.get("modes") or {}).items()}
    for entries in triggers.values():
        for entry in entries:
            if entry.mode and entry.type in modes and entry.mode not in modes[entry.type]:
                raise LexiconError(f"{source} trigger {entry.lemma!r}: {entry.mode!r} is not a mode of {entry.type}")
    return Lexicon(
        modes=modes,
        triggers=triggers,
        scores={str(k): float(v) for k, v in (data.get("scores") or {}).items()},
        modality_weights={k: float(v) for k, v in (data.get("modality_weights") or {}).items()},
        quads=quads,
        classes={k: frozenset(v) for k, v in (data.get("classes") or {}).items()},
        reversal_verbs=frozenset(data.get("reversal_verbs") or ()),
        imposing_verbs=frozenset(data.get("imposing_verbs") or ()),
        speech_verbs=frozenset(data.get("speech_verbs") or ()),
        modality_cues={k: frozenset(str(w) for w in v) for k, v in (data.get("modality_cues") or {}).items()},
        mode_cues=mode_cues,
        context_cues={k: frozenset(str(w).lower() for w in v) for k, v in (data.get("context_cues") or {}).items()},
        anaphoric_nouns=frozenset(data.get("anaphoric_nouns") or ()),
        anaphoric_verbs=frozenset(data.get("anaphoric_verbs") or ()),
        source=source,
    )


@lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped lexicon, or one at ``path`` (same format)."""
    if path is None:
        text = DEFAULT_PATH.read_text(encoding="utf-8")
        source = DEFAULT_PATH.name
    else:
        text = Path(path).read_text(encoding="utf-8")
        source = str(path)
    return parse_lexicon(yaml.safe_load(text) or {}, source)
