"""Acts the lexicon codes, each with its recipient: one sentence of our own per
trigger family (aid given as sums or kit, measures lifted on someone, phone
calls, lawsuits, human shields...)."""

from __future__ import annotations

import pytest

import wirecoder


def events_of(text: str):
    x = wirecoder.extract(text, published="2024-06-10")
    found = []
    for event in x.events:
        targets = {x.actor(i).country for i in event.target_actor_ids if x.actor(i)}
        found.append((event.type, event.trigger, targets))
    return found


@pytest.mark.parametrize("text, event_type, target", [
    ("Chile provided $40 million in emergency funding to Peru last year.", "AID", "PER"),
    ("The Chilean army gave 300 new rifles to the Peruvian police.", "AID", "PER"),
    ("Chile has earmarked 2 million euros in relief for Bolivia.", "AID", "BOL"),
    ("Chile distributed tents and blankets to Bolivian flood victims.", "AID", "BOL"),
    ("Chile continued military aid to Peru despite the protests.", "AID", "PER"),
    ("Chile accepted 400 Venezuelan refugees in May.", "AID", "VEN"),
    ("Chile shared evidence with Peru about the smuggling ring.", "COOPERATE", "PER"),
    ("The Chilean president called his Peruvian counterpart on Tuesday.", "CONSULT", "PER"),
    ("The Chilean president received the Peruvian ambassador in Santiago.", "CONSULT", "PER"),
    ("The Chilean foreign minister defended Peru's decision to close the border.", "SUPPORT", "PER"),
    ("Chile lifted its ban on imports of Peruvian wine.", "CONCEDE", "PER"),
    ("Chile suspended its new tax on Peruvian wine exporters.", "RETREAT", "PER"),
    ("Chilean fishermen filed a lawsuit against the Peruvian navy.", "ACCUSE", "PER"),
    ("Chile refuted Peru's claims about the border incident.", "REJECT", "PER"),
    ("Peruvian police apprehended two Bolivian smugglers near the border.", "COERCE", "BOL"),
    ("The Bolivian government outlawed the Peruvian Workers Party.", "COERCE", None),
    ("Rebels held 300 Bolivian villagers as human shields.", "COERCE", "BOL"),
    ("Bolivia declared a state of siege in Pando on Friday.", "COERCE", "BOL"),
    ("Peruvian rebels stormed a police station in southern Bolivia.", "ASSAULT", None),
    ("Peru launched cyber warfare against Chile last year.", "COERCE", "CHL"),
    ("Some 3,000 Venezuelans sought refuge in Peru last year.", "REQUEST", "PER"),
    ("Chile returned a stolen statue to Peru on Monday.", "RETREAT", "PER"),
    ("Chile pushed Peru for a new extradition treaty.", "REQUEST", "PER"),
    ("The Chilean president gave Peru a stern warning over the border.", "THREATEN", "PER"),
    ("Chilean soldiers have participated in peacekeeping work in Haiti since 2004.", "AID", "HTI"),
    ("Peruvian peacekeepers arrived in Haiti on Monday.", "AID", "HTI"),
    ("Peru will seek support from Chile for its bid.", "REQUEST", "CHL"),
    ("The Chilean president defended Peru over its disputed election.", "SUPPORT", "PER"),
    ("Chilean jets forced a Peruvian cargo plane to land in Arica.", "COERCE", "PER"),
    ("Peru eased curfew hours in Bolivia's border towns.", "CONCEDE", None),
    ("Bolivian authorities extended the curfew order in the Peruvian town of Puno.", "COERCE", "PER"),
    # en_core_web_sm reads "Seychelles" here as a plural common noun
    ("Bolivia established diplomatic ties with Seychelles in 2019, the ministry said.", "SUPPORT", "SYC"),
    ("The Chilean president had lunch with the Peruvian president in Lima.", "CONSULT", "PER"),
    ("The Chilean president sent a letter to the Peruvian president threatening to cut off trade.", "THREATEN", "PER"),
    ("Chile agreed to lift a ban on imports of Peruvian wine.", "AGREE", "PER"),
    ("The Chilean government rejected the Hamas demand for a prisoner exchange.", "REJECT", "PSE"),
    ("The rebels agreed to a ceasefire in the Peruvian town of Puno.", "AGREE", "PER"),
    ("Chile earmarked 2 million dollars in emergency aid to help Peru recover from the floods.", "AID", "PER"),
    ("Peruvian rebels hit an army base in Bolivia's Pando region on Monday.", "ASSAULT", None),
    ("Peru's envoy refused to leave Santiago despite the Chilean president's request.", "REJECT", "CHL"),
    ("Chile returned 12 pre-Columbian vases to the Bolivian culture ministry.", "RETREAT", "BOL"),
    ("A Chilean air force plane flew 40 tonnes of food aid to Bolivia on Sunday.", "AID", "BOL"),
    ("Chile gave border-police training to Bolivian officers last year.", "AID", "BOL"),
    ("Peru is to mount a military operation against Bolivian smuggling gangs next month.", "ASSAULT", "BOL"),
    ("Farm unions from Puno handed a batch of petitions to the Bolivian Congress.", "REQUEST", "BOL"),
    ("Chile lended 300 million dollars to Peru's port authority.", "AID", "PER"),
    ("Chile tried to convince Bolivia to reopen the border crossing at Tambo Quemado.", "REQUEST", "BOL"),
    ("Chile eased its curbs on Bolivian truck drivers.", "CONCEDE", "BOL"),
    ("The guerrillas promised to free two of the many Peruvian soldiers in their camps.", "AGREE", "PER"),
    ("Chile made available 20 trucks of grain and fuel for Bolivia's flood victims.", "AID", "BOL"),
    ("The Chilean cabinet approved 80 million dollars in flood relief for Peru.", "AID", "PER"),
    # A headline: the tagger does not read "Trump" as a name, the actor dictionary does
    ("Trump urges Chile to expel Cuban envoys.", "REQUEST", "CHL"),
])
def test_the_act_and_its_recipient(text, event_type, target):
    found = events_of(text)
    matching = [e for e in found if e[0] == event_type]
    assert matching, found
    if target is not None:
        assert any(target in targets for _, _, targets in matching), found


def test_a_time_phrase_is_not_a_request_preposition():
    # "called X on Tuesday" is a call, not "called on X" (a request)
    found = events_of("The Chilean president called the Peruvian president on Tuesday to discuss trade.")
    assert [e[0] for e in found if e[1] == "called"] == ["CONSULT"], found


def test_people_named_by_nationality_can_be_released():
    found = events_of("Peruvian rebels released two Chilean engineers on Monday.")
    assert ("RETREAT", "released", {"CHL"}) in found, found


def test_troops_sent_to_a_peacekeeping_mission_go_to_its_country():
    found = events_of("Chile is sending 300 troops to the UN peacekeeping mission in Haiti.")
    assert any("HTI" in targets for _, _, targets in found), found


def test_a_thing_attacked_stands_for_its_place_in_one_span():
    x = wirecoder.extract("Peruvian rebels shelled a hotel in Bolivia's Pando region on Friday.",
                          published="2024-06-10")
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert [x.article.clean_text[slice(*span)] for span in attack.target_spans] == ["a hotel"]
    assert "BOL" in {x.actor(i).country for i in attack.target_actor_ids}


def test_a_group_takes_the_country_of_the_place_in_its_own_phrase():
    found = events_of("Peruvian rebels attacked an army base in the Bolivian town of Cobija on Friday.")
    assert any(e[0] == "ASSAULT" and e[2] == {"BOL"} for e in found), found


def test_names_of_wars_and_diseases_are_not_recipients():
    found = events_of("Chile mobilized troops for the Pacific War against Peru.")
    assert not any("Pacific War" in str(e) for e in found)


def test_what_someone_died_of_is_an_attack_on_them():
    found = events_of("A Bolivian miner held in Lima died as a result of torture.")
    assert ("ASSAULT", "torture", {"BOL"}) in found, found


def test_a_deal_struck_is_an_agreement_not_an_attack():
    found = events_of("Chile struck a deal with Peru on fishing rights on Monday.")
    assert [e[0] for e in found] == ["AGREE"], found


def test_what_is_given_is_not_whom_it_is_given_to():
    found = events_of("Chile provided technical expertise to the Peruvian navy last year.")
    aid = [e for e in found if e[0] == "AID"]
    assert aid and all(targets == {"PER"} for _, _, targets in aid), found


def test_no_one_asks_or_warns_itself():
    found = events_of("The Chilean government insists it must enforce the sanctions on Peru.")
    assert all("CHL" not in targets for kind, _, targets in found if kind == "REQUEST"), found


def test_lifting_a_measure_names_everyone_it_is_lifted_for():
    found = events_of("Chile lifted its embargo on grain shipments to Peru, Bolivia and Ecuador.")
    lifted = [targets for kind, _, targets in found if kind == "RETREAT"]
    assert lifted and {"PER", "BOL", "ECU"} <= set().union(*lifted), found


def test_a_promise_does_not_aim_at_whoever_its_content_names():
    x = wirecoder.extract("Peruvian rebels agreed to lay down their arms and march with the Bolivian army.",
                          published="2024-06-10")
    agree = [e for e in x.events if e.type == "AGREE"]
    assert agree and all("Bolivian army" not in e.target_text for e in agree), [(e.type, e.target_text) for e in x.events]


def test_aid_goes_where_its_purpose_lies_and_fighting_a_disease_is_no_attack():
    found = events_of("Chile provided $3 million to fight the cholera outbreak in Haiti.")
    assert [e[0] for e in found] == ["AID"], found
    assert "HTI" in found[0][2]


def test_denying_charges_answers_whoever_made_them():
    found = events_of("Chile denied charges by Peruvian fishermen that its navy sank their boats.")
    assert any(e[0] == "REJECT" and e[2] == {"PER"} for e in found), found


def test_troops_for_an_international_force_go_to_its_country():
    found = events_of("Chile has pledged to contribute troops to the multinational security force in Haiti.")
    assert found and found[0][0] == "AGREE", found
    x = wirecoder.extract("Chile has pledged to contribute troops to the multinational security force in Haiti.",
                          published="2024-06-10")
    assert [x.article.clean_text[slice(*s)] for s in x.events[0].target_spans] == ["Haiti"]


def test_a_deadline_given_is_a_threat_to_whom_it_is_given():
    found = events_of("The Chilean president gave Peru a 24-hour deadline to withdraw its troops from the border.")
    assert ("THREATEN", "deadline", {"PER"}) in found, found


def test_aid_to_assist_someone_is_for_them_before_anything_deeper():
    found = events_of("Chile donated 40 tents to assist Peru with its flood relief.")
    assert ("AID", "donated", {"PER"}) in found, found


def test_an_actor_saying_it_killed_is_the_killer():
    found = events_of("The Bolivian army said it had shot dead four smugglers near the border.")
    assert any(kind == "ASSAULT" and trigger == "shot" for kind, trigger, _ in found), found


def test_each_thing_attacked_is_a_recipient():
    x = wirecoder.extract("Peruvian rebels shelled the bus station and the police barracks in Cobija.", published="2024-06-10")
    attack = next(e for e in x.events if e.type == "ASSAULT")
    spans = [x.article.clean_text[slice(*span)] for span in attack.target_spans]
    assert any("station" in s for s in spans) and any("barracks" in s for s in spans), spans


def test_a_deadline_is_aimed_at_whom_it_is_given_not_at_whom_its_reason_names():
    found = events_of("The Chilean president gave Peru a 48-hour deadline over the raid on a Bolivian consulate.")
    assert ("THREATEN", "deadline", {"PER"}) in found, found


def test_who_claims_an_attack_carried_it_out():
    x = wirecoder.extract("The Shining Path claimed responsibility for the Puno attack on a police station.",
                          published="2024-06-10")
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert attack.source_text == "The Shining Path", attack.source_text


def test_a_strike_by_workers_is_a_protest_not_an_attack():
    found = events_of("Bolivian teachers walked out of their schools in a strike over wages on Tuesday.")
    assert [kind for kind, trigger, _ in found if trigger == "strike"] == ["PROTEST"], found
    found = events_of("A Chilean strike on a rebel camp in Bolivia killed nine fighters.")
    assert any(kind == "ASSAULT" for kind, _, _ in found), found


def test_everyone_counted_in_a_number_of_people_is_a_recipient():
    found = events_of("Chile sent food to a large number of Venezuelans, Bolivians and Peruvians in its camps.")
    aid = [targets for kind, _, targets in found if kind == "AID"]
    assert aid and {"VEN", "BOL", "PER"} <= set().union(*aid), found


def test_troops_for_an_international_mission_are_assistance_not_a_threat():
    found = events_of("Chile will send 300 troops to a multinational security mission in Haiti.")
    assert [kind for kind, _, _ in found] == ["AGREE"], found
    assert found[0][2] == {"HTI"}, found
    found = events_of("Chile will send troops to the border with Peru.")
    assert [kind for kind, _, _ in found] == ["THREATEN"], found


def test_making_a_report_available_is_no_aid():
    assert events_of("Chile made the report available to the public.") == []


@pytest.mark.parametrize("text, act", [
    ("Peruvian police detained the head of the rights group Amnesty International in Lima.", "COERCE"),
    ("Bolivia deported four Peruvian asylum seekers on Monday.", "COERCE"),
    ("Protest leaders in Lima agreed to end the general strike.", "AGREE"),
])
def test_a_word_of_a_name_or_of_a_label_for_people_is_no_act(text, act):
    # "Amnesty", "asylum", "protest" here name or describe people, they report no act
    assert [kind for kind, _, _ in events_of(text)] == [act], events_of(text)
