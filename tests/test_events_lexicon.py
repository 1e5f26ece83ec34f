"""The PLOVER trigger lexicon (data) and the learned quad classifier's weights."""

from __future__ import annotations

import pytest

from wirecoder.events.lexicon import (
    PLOVER_TYPES,
    LexiconError,
    load_lexicon,
    parse_lexicon,
)


def test_every_plover_type_has_triggers_and_a_score():
    lex = load_lexicon()
    covered = {entry.type for entries in lex.triggers.values() for entry in entries}
    assert covered == set(PLOVER_TYPES)
    for event_type in PLOVER_TYPES:
        assert -10 <= lex.score(event_type, "") <= 10
        assert event_type in lex.quads


def test_scores_follow_the_manual_sign_of_each_quad():
    lex = load_lexicon()
    for event_type in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"):
        assert lex.score(event_type, "") > 0
    for event_type in ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"):
        assert lex.score(event_type, "") < 0
    assert lex.score("ASSAULT", "aerial") == -9.5
    assert lex.score("ASSAULT", "no-such-mode") == lex.score("ASSAULT", "")


def test_modes_in_the_lexicon_are_modes_of_their_type():
    lex = load_lexicon()
    for entries in lex.triggers.values():
        for entry in entries:
            if entry.mode:
                assert entry.mode in lex.modes[entry.type], (entry.lemma, entry.type, entry.mode)
    for event_type, cues in lex.mode_cues.items():
        for mode, _ in cues:
            assert mode in lex.modes[event_type], (event_type, mode)
    with pytest.raises(LexiconError, match="not a mode of ASSAULT"):
        parse_lexicon({"modes": {"ASSAULT": ["firearms"]},
                       "triggers": [{"lemma": "x", "type": "ASSAULT", "mode": "harsh-words"}]})


def test_yaml_booleans_are_read_back_as_words():
    # YAML 1.1 turns a bare `on` into True; the loader must give "on" back.
    lex = parse_lexicon({"triggers": [{"lemma": "fire", "type": "ASSAULT", "prep": [True, "at"], "particle": False}]})
    entry = lex.entries("fire", "verb")[0]
    assert entry.prep == ("on", "at")
    assert entry.particle == "off"


@pytest.mark.parametrize(
    "raw, message",
    [
        ({"lemma": "x", "type": "DEMAND"}, "not a PLOVER type"),
        ({"lemma": "x", "type": "AGREE", "pos": "adverb"}, "pos must be"),
        ({"lemma": "x", "type": "AGREE", "colour": "red"}, "unknown keys"),
        ({"type": "AGREE"}, "needs a lemma"),
    ],
)
def test_bad_lexicon_entries_are_refused_with_a_clear_message(raw, message):
    with pytest.raises(LexiconError, match=message):
        parse_lexicon({"triggers": [raw]}, "user.yaml")
