"""The seed articles: every actor the issue lists resolves to one actor with the right coding."""

from __future__ import annotations

import re

import pytest

HEGSETH_SPELLINGS = re.compile(r"\bHegseth(?:old)?\b")


def mentions_of(extraction, pattern: str):
    regex = re.compile(pattern)
    return [m for m in extraction.actor_mentions if regex.search(m.text)]


def one_actor(extraction, pattern: str):
    found = mentions_of(extraction, pattern)
    assert found, f"no mention matches {pattern!r}"
    ids = {m.actor_id for m in found}
    assert len(ids) == 1, (pattern, ids)
    return extraction.actor(ids.pop())


@pytest.fixture(scope="module")
def seeds(seed_extractions):
    return [seed_extractions[name] for name in sorted(seed_extractions)]


def test_hegseth_every_spelling_title_and_pronoun(seeds):
    for extraction in seeds:
        hegseth = one_actor(extraction, r"Hegseth")
        assert hegseth.dictionary_id == "pete_hegseth"
        assert hegseth.country == "USA" and "GOV" in hegseth.sectors and "MIL" in hegseth.sectors
        assert hegseth.role == "Secretary of Defense"
    first, second, third = seeds
    assert any(m.via == "fuzzy" and "Hegsethold" in m.text for m in first.actor_mentions)
    # "The Secretary highlighted..." (the Pentagon readout) and "the secretary started" (the interview).
    for extraction, title in ((first, "The Secretary"), (second, "the secretary")):
        mention = next(m for m in extraction.actor_mentions if m.text == title)
        assert extraction.actor(mention.actor_id).dictionary_id == "pete_hegseth"
    # "'All options will be on the table,' he said" and "'But let me be clear,' he said".
    for extraction in (first, second):
        text = extraction.article.clean_text
        for quote_end in re.finditer(r"[,’\"”] he said", text):
            start = quote_end.start() + 2
            actor = extraction.actor_at(start, start + 2)
            assert actor is not None and actor.dictionary_id == "pete_hegseth", text[start - 60 : start + 10]
    # "He was accompanied by 'border czar' Tom Homan": the He is Hegseth, who flew to Texas.
    he = next(m for m in third.actor_mentions if m.text == "He")
    assert third.actor(he.actor_id).dictionary_id == "pete_hegseth"


@pytest.mark.parametrize(
    "pattern, entry, country, sector",
    [
        (r"\bTrump\b", "donald_trump", "USA", "GOV"),
        (r"Sheinbaum", "claudia_sheinbaum", "MEX", "GOV"),
        (r"Leavitt", "karoline_leavitt", "USA", "GOV"),
        (r"Homan", "tom_homan", "USA", "GOV"),
        (r"Kilmeade", "brian_kilmeade", "USA", "JRN"),
        (r"Trevilla Trejo", "ricardo_trevilla_trejo", "MEX", "MIL"),
        (r"Jalisco New Generation Cartel|CJNG", "cjng", "MEX", "CRM"),
        (r"Border Patrol", "us_border_patrol", "USA", "COP"),
        (r"\bDEA\b|Drug Enforcement Administration", "us_dea", "USA", "COP"),
        (r"Pentagon", "us_department_of_defense", "USA", "MIL"),
        (r"Northern Command", "us_northern_command", "USA", "MIL"),
        (r"North American Aerospace Defense Command", "norad", "USA", "MIL"),
    ],
)
def test_named_actors(seeds, pattern, entry, country, sector):
    seen = 0
    for extraction in seeds:
        if not mentions_of(extraction, pattern):
            continue
        actor = one_actor(extraction, pattern)
        assert actor.dictionary_id == entry
        assert actor.country == country and actor.sectors[0] == sector, (actor.id, actor.sectors)
        seen += 1
    assert seen, pattern


def test_mexico_government_and_military(seeds):
    first, second, third = seeds
    government = one_actor(second, r"^Mexico’s government$")
    assert (government.country, government.sectors[0]) == ("MEX", "GOV")
    hers = one_actor(third, r"^her government$")  # Sheinbaum's
    assert (hers.country, hers.sectors[0]) == ("MEX", "GOV")
    armed_forces = one_actor(first, r"Mexico’s armed forces")
    assert (armed_forces.country, armed_forces.sectors[0]) == ("MEX", "MIL")
    leaders = one_actor(first, r"Mexican military leaders")
    assert leaders.id == armed_forces.id
    troops = one_actor(third, r"Mexican troops")
    assert (troops.country, troops.sectors[0]) == ("MEX", "MIL")


def test_cartels_are_mexican_criminals(seeds):
    for extraction in seeds:
        for mention in mentions_of(extraction, r"(?i)\bcartels?\b"):
            actor = extraction.actor(mention.actor_id)
            assert "CRM" in actor.sectors, (mention.text, actor.id)
            assert actor.country == "MEX", (mention.text, actor.id)
