"""Actor resolution: dictionary, dated roles, description rules, countries, chains."""

from __future__ import annotations

import re
import textwrap

import pytest

import wirecoder
from wirecoder.actors import ActorDictionaryError, actors_in_span, load_dictionary, read_dictionary_file

ONLY_ACTORS = wirecoder.PipelineConfig(only_stages=["actors"])


def code(text: str, published: str | None = "2025-02-10", dictionaries: list[str] | None = None):
    config = wirecoder.PipelineConfig(only_stages=["actors"], actor_dictionaries=dictionaries or [])
    return wirecoder.extract(text, published=published, config=config)


def actor_of(extraction, phrase: str, occurrence: int = 0):
    """The actor mentioned at the n-th occurrence of ``phrase`` in the clean text."""
    found = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", extraction.article.clean_text))
    match = found[occurrence]
    return extraction.actor_at(match.start(), match.end())


# -- dictionary ------------------------------------------------------------------------


def test_shipped_dictionary_loads_people_with_dated_roles():
    dictionary = load_dictionary()
    hegseth = dictionary.get("pete_hegseth")
    assert hegseth.country == "USA" and hegseth.kind == "person" and hegseth.gender == "m"
    assert "Hegseth" in hegseth.aliases
    role = hegseth.roles[0]
    assert role.title == "Secretary of Defense" and str(role.start) == "2025-01-25" and role.end is None
    assert len(dictionary) > 200


def test_user_dictionary_adds_and_overrides(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            actors:
              - id: zorba_quintanilla
                name: Zorba Quintanilla
                kind: person
                gender: f
                country: PER
                sectors: [LEG]
                aliases: [Quintanilla]
              - id: pete_hegseth
                name: Pete Hegseth
                kind: person
                country: USA
                sectors: [MIL]
            """
        ),
        encoding="utf-8",
    )
    dictionary = load_dictionary([str(path)])
    assert dictionary.get("zorba_quintanilla").country == "PER"
    assert dictionary.get("pete_hegseth").sectors == ["MIL"]  # replaced, not merged
    extraction = code("Senator Zorba Quintanilla met reporters. Quintanilla said she would vote no.", dictionaries=[str(path)])
    actor = actor_of(extraction, "Quintanilla", 1)
    assert (actor.country, actor.sectors, actor.name) == ("PER", ["LEG"], "Zorba Quintanilla")
    assert actor_of(extraction, "she").id == actor.id


@pytest.mark.parametrize(
    "body, line, words",
    [
        ("actors:\n  - id: a\n    name: A\n    sectors: [GOV]\n  - id: b\n    name: B\n    sectors: [XYZ]\n", 5, "sector"),
        ("actors:\n  - id: a\n    name: A\n    country: QQQ\n", 2, "country"),
        ("actors:\n  - id: a\n    name: A\n    roles:\n      - title: Boss\n        start: 2025-13-45\n", 5, "date"),
        ("actors:\n  - id: a\n    name: A\n  - id: a\n    name: B\n", 4, "duplicate"),
        ("actors:\n  - id: a\n    nam: A\n", 2, "unknown field"),
        ("actors:\n  - id: a\n    name: [unclosed\n", 4, "YAML"),
    ],
)
def test_bad_dictionary_names_file_and_line(tmp_path, body, line, words):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ActorDictionaryError) as error:
        read_dictionary_file(path)
    assert str(error.value).startswith(f"{path}:{line}:"), str(error.value)
    assert words.lower() in str(error.value).lower()
    assert error.value.line == line


def test_bad_user_dictionary_fails_the_stage(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("actors:\n  - id: x\n    name: X\n    sectors: [NOPE]\n", encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match="bad.yaml:2"):
        code("Nothing to see.", dictionaries=[str(path)])


# -- dated roles ------------------------------------------------------------------------


def test_role_title_resolves_to_the_holder_on_the_date():
    text = "The Defense Secretary said the troops would stay."
    assert actor_of(code(text, "2025-03-01"), "Defense Secretary").dictionary_id == "pete_hegseth"
    in_2020 = actor_of(code(text, "2020-03-01"), "Defense Secretary")
    assert in_2020.dictionary_id == "mark_esper"
    assert in_2020.country == "USA" and "GOV" in in_2020.sectors


def test_named_person_gets_the_role_held_on_the_date():
    extraction = code("Lloyd Austin visited the base.", "2022-05-01")
    assert actor_of(extraction, "Lloyd Austin").role == "Secretary of Defense"
    assert actor_of(code("Lloyd Austin visited the base.", "2026-05-01"), "Lloyd Austin").role == ""


# -- description rules, countries, demonyms, aliases -------------------------------------


@pytest.mark.parametrize(
    "text, phrase, country, sector",
    [
        ("Mexican officials rejected the plan on Tuesday.", "Mexican officials", "MEX", "GOV"),
        ("Top Mexican military leaders met in the capital.", "military leaders", "MEX", "MIL"),
        ("Israeli police arrested three men in Hebron.", "Israeli police", "ISR", "COP"),
        ("Suspected cartel members opened fire near the border in Mexico.", "cartel members", "MEX", "CRM"),
        ("U.S. Border Patrol agents returned fire.", "Border Patrol agents", "USA", "COP"),
        ("Afghan rebels kidnapped two engineers.", "Afghan rebels", "AFG", "REB"),
        ("Colombia's armed forces bombed a camp.", "armed forces", "COL", "MIL"),
        ("Kenyan lawmakers voted against the bill.", "Kenyan lawmakers", "KEN", "LEG"),
        ("Turkish journalists protested in Ankara.", "Turkish journalists", "TUR", "JRN"),
        ("Egyptian protesters gathered in Cairo.", "Egyptian protesters", "EGY", "CVL"),
        ("The Kremlin rejected the offer.", "Kremlin", "RUS", "GOV"),
        ("Washington imposed new sanctions on Caracas.", "Washington", "USA", "GOV"),
        ("The White House announced the tariffs.", "White House", "USA", "GOV"),
        ("The Pentagon sent 1,500 troops.", "Pentagon", "USA", "MIL"),
        ("Thousands of Iraqis fled the city.", "Iraqis", "IRQ", "CVL"),
        # a post in the group an "of" phrase names; "workers" of a company stay workers
        ("Leaders of the Peruvian opposition alliance called off Friday's rally.", "Leaders", "PER", "OPP"),
        ("Peruvian police questioned workers of the Callao Port Company.", "workers", "PER", "LAB"),
        # international organisations of the shipped dictionary
        ("The International Labor Office urged Chile to raise wages.", "International Labor Office", "UNO", "LAB"),
        ("Reporters Without Borders condemned the arrest in Lima.", "Reporters Without Borders", "NGO", "JRN"),
    ],
)
def test_descriptions_and_metonyms(text, phrase, country, sector):
    actor = actor_of(code(text), phrase)
    assert actor is not None, phrase
    assert actor.country == country and actor.sectors[:1] == [sector], (actor.id, actor.sectors)


@pytest.mark.parametrize(
    "text, phrase, country",
    [
        ("The U.S. said it would respond.", "U.S.", "USA"),
        ("The States will not accept this.", "The States", "USA"),
        ("Britain and Mexico signed the deal.", "Britain", "GBR"),
        ("Russia closed its border.", "Russia", "RUS"),
        ("North Korea fired a missile.", "North Korea", "PRK"),
        ("Ivory Coast rejected the plan.", "Ivory Coast", "CIV"),
    ],
)
def test_country_aliases(text, phrase, country):
    actor = actor_of(code(text), phrase)
    assert actor.country == country and actor.kind == "country" and actor.sectors == []


def test_drug_cartels_take_their_country_from_context():
    extraction = code("Mexico must deal with the drug cartels. The cartels have grown stronger.")
    first, second = actor_of(extraction, "drug cartels"), actor_of(extraction, "The cartels")
    assert first.country == "MEX" and first.sectors == ["CRM"]
    assert second.id == first.id


def test_conjoined_nationalities_are_two_actors():
    extraction = code("U.S. and Russian negotiators return to Geneva this week.")
    assert actor_of(extraction, "U.S.").id == "USA_GOV"
    assert actor_of(extraction, "Russian negotiators").id == "RUS_GOV"


def test_acronyms_need_their_capitals():
    extraction = code("Let us ban the trade, the UN said.")
    assert extraction.actor_at(4, 6) is None  # "us"
    assert extraction.actor_at(8, 11) is None  # "ban"
    assert actor_of(extraction, "UN").country == "UNO"


# -- chains ------------------------------------------------------------------------------


def test_surname_title_and_pronoun_chain_to_one_person():
    text = (
        "Defense Secretary Pete Hegseth spoke to reporters on Monday. "
        "Hegseth said the border was secure. "
        "The secretary added that he would visit Texas."
    )
    extraction = code(text)
    hegseth = actor_of(extraction, "Pete Hegseth")
    assert hegseth.dictionary_id == "pete_hegseth" and hegseth.country == "USA" and "GOV" in hegseth.sectors
    assert actor_of(extraction, "Hegseth", 1).id == hegseth.id
    assert actor_of(extraction, "The secretary").id == hegseth.id
    assert actor_of(extraction, "he").id == hegseth.id
    vias = {m.text: m.via for m in extraction.actor_mentions}
    assert vias["he"] == "pronoun" and vias["The secretary"] == "title"


def test_unknown_person_surname_and_first_name():
    text = "Peruvian minister Maria Ochoa arrived in Lima. Ochoa told supporters to stay calm. Maria smiled."
    extraction = code(text)
    first = actor_of(extraction, "Maria Ochoa")
    assert first.kind == "person" and first.country == "PER" and first.sectors == ["GOV"]
    assert actor_of(extraction, "Ochoa", 1).id == first.id
    assert actor_of(extraction, "Maria", 1).id == first.id


def test_misspelling_joins_the_person_named_elsewhere():
    extraction = code("Secretary Pete Hegsethold met the generals. Later Pete Hegseth flew home.")
    misspelt = next(m for m in extraction.actor_mentions if "Hegsethold" in m.text)
    assert misspelt.via == "fuzzy"
    assert misspelt.actor_id == actor_of(extraction, "Pete Hegseth").id


def test_pronoun_prefers_the_subject_and_respects_gender():
    text = "Claudia Sheinbaum met Donald Trump in Washington. She said the talks went well, and he agreed."
    extraction = code(text)
    assert actor_of(extraction, "She").dictionary_id == "claudia_sheinbaum"
    assert actor_of(extraction, "he").dictionary_id == "donald_trump"


def test_pronoun_is_not_the_interviewer():
    text = (
        "Host Brian Kilmeade asked Pete Hegseth about the cartels. "
        '"All options are on the table," he said.'
    )
    extraction = code(text)
    assert actor_of(extraction, "he").dictionary_id == "pete_hegseth"


def test_pronoun_cannot_be_the_subject_of_its_own_clause():
    extraction = code("Speaking to reporters, Hegseth said that Trump is instructing him to act.")
    assert actor_of(extraction, "him").dictionary_id == "pete_hegseth"


def test_actors_in_span_lists_every_actor_once():
    extraction = code("Mexico and Canada rejected the tariffs.")
    assert [a.id for a in actors_in_span(extraction, 0, 17)] == ["MEX", "CAN"]


def test_never_crashes_on_odd_text():
    for text in ["", "   ", "he he he", "‘’“”'\"", "Secretary", "The the the president president.", "\n\n\n"]:
        code(text)
