"""Every direct quote of the three seed articles, with its speaker.

Quotes are named by a few distinctive words; the seed texts are read from
../shared/seeds at run time (fixture ``seed_extractions``)."""

from __future__ import annotations

import pytest

SEED_A, SEED_B, SEED_C = "000_9abf273af07d1d32.txt", "001_cffb228c8a200e3d.txt", "002_636c643a7e52bad3.txt"

# (seed, words in the quote, speaker mention, speaker actor surname or None, other words (or a tuple of
# them) of the same quote)
DIRECT_QUOTES = [
    (SEED_A, "Safeguarding the United States", "A Pentagon readout of the conversation", None, None),
    (SEED_A, "Secretary highlighted the importance", "The readout", None, None),
    (SEED_A, "All Options on the Table", "Hegseth", "Hegseth", None),
    (SEED_A, "All options will be on the table,", "he", "Hegseth", None),
    (SEED_A, "Drugs are still pouring", "Trump", "Trump", None),
    (SEED_B, "If we find that they continue", "Host Brian Kilmeade", "Kilmeade", None),
    (SEED_B, "Brian, I don’t want to get ahead", "the secretary", "Hegseth", "ultimately going to be his decision"),
    (SEED_B, "But let me be clear", "he", "Hegseth", "designated to be foreign terrorist"),
    # the next paragraph, a bare quote, goes on with the same quote
    (SEED_B, "The military is orienting", "Hegseth", "Hegseth", ("do and do robustly", "Should there be other options")),
    (SEED_B, "I will deploy all necessary", "Trump", "Trump", "guarantee that the waters"),
    (SEED_B, "Furthermore, I will order", "Trump", "Trump", None),
    (SEED_B, "Tomorrow, the President will be", "Leavitt", "Leavitt", None),
    (SEED_C, "It was an honor to meet the troops", "Hegseth", "Hegseth", "[families’] sacrifice"),
    (SEED_C, "These soldiers will be specifically", "Trump", "Trump", None),
]


def _quote(extraction, words, kind="direct"):
    found = [q for q in extraction.quotes if q.kind == kind and words in q.content]
    assert len(found) == 1, f"{words!r}: {[q.content[:50] for q in extraction.quotes if q.kind == kind]}"
    return found[0]


@pytest.mark.parametrize("seed, words, mention, surname, more", DIRECT_QUOTES, ids=[q[1] for q in DIRECT_QUOTES])
def test_seed_direct_quote_and_speaker(seed_extractions, seed, words, mention, surname, more):
    extraction = seed_extractions[seed]
    quote = _quote(extraction, words)
    assert quote.speaker_text == mention
    for words_too in (more,) if isinstance(more, str) else more or ():
        assert words_too in quote.content  # the other half of a split quote, or its continuation
    if surname and "actors" in extraction.stages:
        actor = extraction.actor(quote.speaker_actor_id)
        assert actor is not None and surname in actor.name, (words, actor)


@pytest.mark.parametrize("seed", [SEED_A, SEED_B, SEED_C])
def test_seed_has_no_other_direct_quotes(seed_extractions, seed):
    expected = [q for q in DIRECT_QUOTES if q[0] == seed]
    assert len([q for q in seed_extractions[seed].quotes if q.kind == "direct"]) == len(expected)


def test_seed_scare_quotes_are_not_direct_quotes(seed_extractions):
    contents = [q.content for e in seed_extractions.values() for q in e.quotes if q.kind == "direct"]
    for phrase in ("Shocked and Angered", "border czar"):
        assert not any(phrase in c for c in contents)
    assert not any(c.strip("'‘’ ") == "all options" for c in contents)


def test_seed_statement_dates_and_venues(seed_extractions):
    a, b, c = (seed_extractions[s] for s in (SEED_A, SEED_B, SEED_C))
    assert _quote(a, "Drugs are still pouring").venue == "Truth Social"
    assert _quote(a, "Drugs are still pouring").date == "2025-02-28"
    assert _quote(a, "All options will be on the table,").venue == "Fox & Friends interview"
    assert _quote(b, "I will deploy all necessary").date == "2023"
    assert _quote(b, "Furthermore, I will order").date == "2023"  # the 2023 pledge, continued
    assert _quote(c, "These soldiers will be specifically").venue == "social media"


def test_seed_partial_quotes_are_mixed(seed_extractions):
    b, c = seed_extractions[SEED_B], seed_extractions[SEED_C]
    vow = _quote(b, "to wage war on the cartels", kind="mixed")
    assert vow.speaker_text == "he" and vow.cue == "vowed"
    told = _quote(b, "keeping 'all options' on the table", kind="mixed")  # the curly copy is a dropped repeat
    assert told.speaker_text == "Defense Secretary Pete Hegseth"
    briefed = [q for q in c.quotes if q.kind == "mixed" and "homeland defense and security priorities" in q.content]
    assert len(briefed) == 2 and all(q.venue == "social media" for q in briefed)


def test_seed_interviewer_is_not_the_answerer(seed_extractions):
    b = seed_extractions[SEED_B]
    question = _quote(b, "If we find that they continue")
    answer = _quote(b, "Brian, I don’t want to get ahead")
    assert question.speaker_text != answer.speaker_text
    if "actors" in b.stages:
        assert question.speaker_actor_id != answer.speaker_actor_id
