"""The quote lexicons are data files: they load, and say what they should."""

from __future__ import annotations

import pytest

from wirecoder.quotes.lexicon import cue_lexicon, venue_patterns
from wirecoder.quotes.venue import find_venue


def test_cue_lexicon_has_the_common_cues():
    lexicon = cue_lexicon()
    for lemma in ("say", "tell", "warn", "write", "announce", "add", "state", "ask"):
        assert lexicon.is_speech(lemma), lemma
    assert not lexicon.is_speech("believe")
    assert lexicon.is_speech("believe", with_cognition=True)
    assert "according to" in lexicon.phrases
    assert lexicon.takes_object("cite") and not lexicon.takes_object("say")
    assert not lexicon.is_speech("eat")


def test_every_venue_pattern_compiles_with_a_venue_group():
    patterns = venue_patterns()
    assert len(patterns) >= 5
    assert all("venue" in p.groupindex for p in patterns)


@pytest.mark.parametrize(
    "clause, venue",
    [
        ("he said during a Fox & Friends interview when asked", "Fox & Friends interview"),
        ("Trump wrote on Truth Social.", "Truth Social"),
        ("she said in a post on X", "post on X"),
        ("the ministry said in a joint statement on Monday", "statement"),
        ("he told CNN", "CNN"),
        ("she said at a White House press briefing", "press briefing"),
        ("he said on social media", "social media"),
        ("she said on Monday", ""),
    ],
)
def test_find_venue(clause, venue):
    assert find_venue(clause) == venue


def test_quote_only_cues_heading_labels_and_abbreviations_load():
    lexicon = cue_lexicon()
    assert lexicon.is_quote_cue("chant") and lexicon.is_quote_cue("say")
    assert not lexicon.is_speech("chant")  # a cue next to a quote only, never for indirect speech
    assert {"update", "video"} <= lexicon.not_speakers
    assert {"capt", "sen", "rep"} <= lexicon.abbreviations
