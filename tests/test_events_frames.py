"""Event coding on our own sentences: each frame of the lexicon, with type,
mode, source/target, modality and evidence spans."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.events import primary_event
from wirecoder.events.plover_json import export_plover_json


def code(text: str, published: str = "2024-03-15"):
    return wirecoder.extract(text, published=published)


def only(extraction, event_type: str):
    found = [e for e in extraction.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger, e.source_text, e.target_text) for e in extraction.events]
    return found[0]


def text_at(extraction, span):
    return extraction.article.clean_text[span[0]:span[1]]


def test_warning_that_names_force_is_a_threat_by_the_speaker_against_the_listener():
    x = code("The Ruritanian defence minister warned Freedonian officials that the army was prepared to strike "
             "the smuggling networks if Freedonia did not act.")
    event = only(x, "THREATEN")
    assert event.mode == "violence"
    assert "defence minister" in event.source_text
    assert "Freedonian officials" in event.target_text
    assert event.modality == "threatened"
    assert event.action_type == "ASSAULT"
    assert text_at(x, event.spans["trigger"]) == "warned"
    assert text_at(x, event.spans["source"]) == event.source_text


def test_imposing_a_tariff_on_a_country_is_a_sanction_on_it():
    x = code("Ruritania imposed a 40% tariff on steel from Freedonia last week.")
    event = only(x, "SANCTION")
    assert event.mode == "discontinue"
    assert event.source_text == "Ruritania"
    assert "Freedonia" in event.target_text
    assert "economic" in event.contexts
    assert event.modality == "occurred"


def test_deploying_troops_is_mobilize_troops_without_a_recipient():
    x = code("The president deployed 3,000 troops to the northern frontier on Tuesday.")
    event = only(x, "MOBILIZE")
    assert event.mode == "troops"
    assert event.source_text == "The president"
    assert event.target_text == ""


def test_extradition_is_cooperation_with_the_receiving_country():
    x = code("Freedonia extradited 12 gang leaders to Ruritania on Monday.")
    event = only(x, "COOPERATE")
    assert event.source_text == "Freedonia"
    assert event.target_text == "Ruritania"  # the people handed over are not the recipient
    assert "legal" in event.contexts


def test_opening_fire_is_assault_with_firearms():
    x = code("Masked gunmen opened fire on a police patrol near the port.")
    event = only(x, "ASSAULT")
    assert event.mode == "firearms"
    assert "gunmen" in event.source_text
    assert "police patrol" in event.target_text
    assert event.intensity == -9.0


def test_ordering_bombings_is_an_aerial_assault_by_the_one_who_orders():
    x = code("The prime minister ordered the bombing of two rebel bases in Freedonia.")
    event = only(x, "ASSAULT")
    assert event.mode == "aerial"
    assert event.source_text == "The prime minister"
    assert "rebel bases" in event.target_text


def test_terrorist_designation_is_a_sanction_with_terrorism_context():
    x = code("The government designated the Red Hand militia as a foreign terrorist organization.")
    event = only(x, "SANCTION")
    assert event.mode == "discontinue"
    assert "terrorism" in event.contexts
    assert "Red Hand militia" in event.target_text


def test_designation_without_a_terrorist_label_is_no_event():
    x = code("These soldiers will be designated to guard the museum.")
    assert not x.events


def test_reported_speech_makes_the_speaker_the_actor_of_a_threat():
    x = code("All options will be on the table, the foreign minister said on Sunday.")
    event = only(x, "THREATEN")
    assert event.source_text == "the foreign minister"
    assert event.modality == "threatened"


def test_refusing_to_rule_out_force_is_a_threat_not_a_rejection():
    x = code("The general refused to rule out military action against the insurgents.")
    event = only(x, "THREATEN")
    assert event.source_text == "The general"
    assert event.target_text == "the insurgents"
    assert not [e for e in x.events if e.type == "REJECT"]


def test_a_hypothetical_is_not_an_occurred_event():
    x = code("Analysts said the two armies could clash along the river.")
    assert all(e.modality != "occurred" for e in x.events)


def test_negation_sets_the_modality():
    x = code("Ruritanian troops did not attack the village.")
    event = only(x, "ASSAULT")
    assert event.modality == "negated"
    assert event.intensity == 0.0


def test_refusing_cooperation_is_a_rejection():
    x = code("Freedonia will not accept any more refugees from the war zone.")
    event = primary_event(x.events)
    assert event is not None and event.type == "REJECT"


def test_passive_voice_puts_the_agent_first():
    x = code("Two border guards were attacked by smugglers on Friday.")
    event = only(x, "ASSAULT")
    assert event.source_text == "smugglers"
    assert event.target_text == "Two border guards"


def test_conjoined_actors_of_an_agreement_are_all_actors():
    x = code("Ruritania and Freedonia signed a trade agreement in the capital.")
    event = only(x, "SUPPORT")
    assert event.source_text == "Ruritania and Freedonia"
    assert len(event.source_spans) == 2
    assert event.target_text == ""


def test_future_cooperation_is_agree():
    x = code("Freedonia offered to send doctors and medicine to the flooded provinces.")
    event = primary_event(x.events)
    assert event.type == "AGREE"
    assert event.action_type == "AID"


def test_a_demand_on_someone_is_a_request_with_a_mode():
    x = code("The opposition demanded that the government release all political prisoners.")
    event = only(x, "REQUEST")
    assert event.mode == "yield"
    assert event.target_text == "the government"


def test_a_dated_announcement_stays_a_planned_sanction():
    x = code("The spokesman said that a 15 percent tariff will be levied on Freedonia on June 1.")
    event = only(x, "SANCTION")
    assert event.modality == "planned"
    assert event.source_text == "The spokesman"
    assert event.target_text == "Freedonia"


def test_an_undated_conflict_held_over_a_recipient_becomes_a_threat():
    x = code("The minister said his country would cut aid to Freedonia.")
    event = only(x, "THREATEN")
    assert event.action_type == "SANCTION"
    assert event.target_text == "Freedonia"


@pytest.mark.parametrize(
    "text",
    [
        "Members of the group pose for a photo at a market in the capital.",
        "The number of deaths from the drug has tripled since 2019, according to federal data.",
        "A threatening message was sent to a local radio station.",
        "Police displayed the confiscated weapons to reporters.",
        "Will the army attack the rebels?",
    ],
)
def test_sentences_that_report_no_action_give_no_event(text):
    assert code(text).events == []


def test_mentions_of_one_event_in_an_article_are_merged():
    x = code(
        "Rebels shelled the town of Eastport on Monday.\n\n"
        "The rebels shelled Eastport again, officials said, as residents fled.\n\n"
        "The shelling of Eastport drew protests from the government."
    )
    shelling = [e for e in x.events if e.type == "ASSAULT"]
    assert len(shelling) == 1
    assert len(shelling[0].mentions) >= 1


def test_date_falls_back_to_publication_and_says_so():
    x = code("Ruritania expelled two Freedonian diplomats.", published="2024-05-02")
    event = only(x, "SANCTION")
    assert event.date == "2024-05-02"
    assert event.date_precision == "publication"


def test_plover_json_records_carry_ids_codes_and_offsets():
    x = code("Masked gunmen opened fire on a police patrol near the port.")
    records = export_plover_json(x)
    assert len(records) == 1
    record = records[0]
    assert record["id"].startswith(x.article.id)
    assert record["event"] == ["ASSAULT"] and record["mode"] == ["firearms"]
    assert record["quad_code"] == 4
    assert record["date"] == "2024-03-15"
    start, end = record["text_info"]["spans"]["trigger"]
    assert x.article.clean_text[start:end] == "opened fire"
    assert record["actor"] and record["recipient"]
    assert record["wirecoder"]["modality"] == "occurred"


@pytest.mark.parametrize("text", ["", "   ", "?!?", "\u201c\u2019\u2018 ' \" [[]] \u2014", "a " * 3000, "Fire.\n\n\n\nOn."])
def test_never_crashes_on_odd_text(text):
    x = code(text)
    assert isinstance(x.events, list)
