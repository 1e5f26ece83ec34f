"""The glue between wirecoder's output, the gold formats and the scorers:
offset mapping back to the gold text, type mappings, quote classes, token
alignment; on hand-made records, no gold data needed."""

from __future__ import annotations

from wirecoder.clean import make_article
from wirecoder.evaluation.baselines.events_keyword import keyword_type
from wirecoder.evaluation.mappings import current_plover_type, quad_class
from wirecoder.evaluation.ours import CodedDocument, GoldDocument
from wirecoder.evaluation.readers.conflibert import ActorSentence
from wirecoder.evaluation.readers.detokenize import detokenize_with_offsets
from wirecoder.evaluation.readers.plover_gsr import normalize_country, normalize_sector
from wirecoder.evaluation.readers.re3d import Re3dEntity, resolve_entities
from wirecoder.evaluation.tasks.entities import our_spans
from wirecoder.evaluation.tasks.events_cameo import align
from wirecoder.evaluation.tasks.events_plover import main_event
from wirecoder.evaluation.tasks.quotes import is_direct
from wirecoder.records import Actor, ActorMention, Event, Extraction, RawArticle


def coded(text: str) -> CodedDocument:
    article = make_article(RawArticle(text=text))
    return CodedDocument(GoldDocument(text), Extraction(article=article))


def test_clean_text_spans_map_back_to_the_gold_text():
    caption = "The caption repeated here, long enough."
    text = f"Officials  met   on\tMonday.\n\n\n\n{caption}\n\n{caption}\n\nTalks resume in March."
    doc = coded(text)
    clean = doc.extraction.article.clean_text
    assert "  " not in clean and clean.count("caption") == 1
    start = clean.index("March")
    gold_start, gold_end = doc.to_gold(start, start + len("March"))
    assert text[gold_start:gold_end] == "March"
    start = clean.index("on Monday")
    gold_start, gold_end = doc.to_gold(start, start + len("on Monday"))
    assert text[gold_start:gold_end] == "on\tMonday"


def test_carriage_returns_in_the_gold_text_are_mapped_back():
    text = "First line.\r\n\r\nTroops left Kabul on Friday."
    doc = coded(text)
    clean = doc.extraction.article.clean_text
    start = clean.index("Kabul")
    gold_start, gold_end = doc.to_gold(start, start + 5)
    assert text[gold_start:gold_end] == "Kabul"


def test_entity_spans_from_actor_mentions_places_and_ner():
    text = "The Freedonian minister Rufus Firefly said he met Sylvanian envoys."
    doc = coded(text)
    x = doc.extraction
    x.actors = [Actor("p1", "Rufus Firefly", "FRD", ["GOV"], kind="person"),
                Actor("c1", "Sylvania", "SYL", [], kind="country")]
    firefly = text.index("Rufus")
    he = text.index(" he ") + 1
    sylvanian = text.index("Sylvanian")
    x.actor_mentions = [ActorMention(firefly, firefly + 13, "Rufus Firefly", 0, "p1", via="name"),
                        ActorMention(he, he + 2, "he", 0, "p1", via="pronoun"),
                        ActorMention(sylvanian, sylvanian + 9, "Sylvanian", 0, "c1", via="demonym")]
    spans = {(text[s.start:s.end], s.label) for s in our_spans(0, doc)}
    assert spans == {("Rufus Firefly", "Person"), ("he", "Person"), ("Sylvanian", "Nationality")}


def test_main_event_is_the_most_confident_then_the_earliest():
    late = Event("ASSAULT", 0, 30, 36, "bombed", confidence=0.9)
    early = Event("THREATEN", 0, 5, 11, "warned", confidence=0.9)
    weak = Event("AGREE", 0, 0, 4, "said", confidence=0.2)
    assert main_event([late, weak, early]) is early
    assert main_event([]) is None


def test_old_plover_draft_types_map_to_current_types():
    assert current_plover_type("DEMAND") == "REQUEST"
    assert current_plover_type("DISAPPROVE") == "ACCUSE"
    assert current_plover_type("INVESTIGATE") == "ACCUSE"
    assert current_plover_type("FIGHT", "firearms") == "ASSAULT"
    assert current_plover_type("FIGHT", "deport") == "COERCE"
    assert current_plover_type("agree") == "AGREE"


def test_plover_types_map_to_cameo_quad_classes():
    types = ("CONSULT", "AID", "THREATEN", "ASSAULT", "SANCTION", "CONCEDE")
    assert [quad_class(t) for t in types] == [1, 2, 3, 4, 4, 2]
    assert quad_class(None) == 0


def test_gold_codes_are_normalized():
    assert normalize_sector("CVLalb") == "CVL" and normalize_sector("***") is None and normalize_sector("CIV") == "CVL"
    assert normalize_country("JAP") == "JPN" and normalize_country("igo") == "IGO" and normalize_country("") is None


def test_keyword_baseline_takes_the_earliest_keyword():
    assert keyword_type("Rebels attacked the town after talks failed.") == "ASSAULT"
    assert keyword_type("After talks, rebels attacked the town.") == "CONSULT"
    assert keyword_type("The weather was fine.") is None


def test_direct_quote_detection():
    text = 'He said: \u201cWe will stay.\u201d Officials said the talks failed.'
    content = text.index("We")
    assert is_direct(text, content, text.index("\u201d"))  # inside the marks
    assert is_direct(text, content - 1, text.index("\u201d") + 1)  # marks included
    assert not is_direct(text, text.index("the talks"), len(text) - 1)  # indirect


def test_bio_spans_and_token_alignment():
    sentence = ActorSentence(["Freedonian", "troops", "shelled", "the", "Sylvanian", "border", "."],
                             ["B-S", "I-S", "O", "B-T", "I-T", "I-T", "O"], 1)
    assert sentence.spans("S") == [(0, 2)] and sentence.spans("T") == [(3, 6)]
    lone = ActorSentence(["a", "b"], ["I-T", "I-T"], 1)  # I- without B- opens a span
    assert lone.spans("T") == [(0, 2)]
    text, offsets = detokenize_with_offsets(["Freedonia", "'s", "army", "(", "FA", ")", "left", "."])
    assert text == "Freedonia's army (FA) left."
    assert [text[s:e] for s, e in offsets] == ["Freedonia", "'s", "army", "(", "FA", ")", "left", "."]
    original = "Freedoniaʼs army left."
    assert align(["Freedonia", "'s", "army", "left", "."], original) == [(0, 9), (9, 11), (12, 16), (17, 21), (21, 22)]
    assert align(["Sylvania", "left"], original) is None


def test_re3d_competing_labels_keep_the_most_confident():
    entities = [Re3dEntity(0, 5, "Location", "Syria", 0.0),
                Re3dEntity(0, 5, "Organisation", "Syria", 1.0),
                Re3dEntity(10, 26, "Location", "west of Damascus", 1.0),
                Re3dEntity(18, 26, "Location", "Damascus", 0.0),  # inside a more confident span
                Re3dEntity(30, 34, "Person", "hope", 0.0)]  # a rejected suggestion
    kept = resolve_entities(entities)
    assert [(e.value, e.type) for e in kept] == [("Syria", "Organisation"), ("west of Damascus", "Location")]


def test_current_un_eu_and_ngo_codes_are_scored_as_the_drafts_igo():
    from wirecoder.evaluation.mappings import draft_actor_code

    assert draft_actor_code("UNO") == "IGO" and draft_actor_code("EUR") == "IGO"
    assert draft_actor_code("NGO") == "IGO"  # the draft codes Amnesty International IGO
    assert draft_actor_code("ISM") == "ISM" and draft_actor_code("USA") == "USA"
    assert draft_actor_code(None) is None


def test_a_pronoun_argument_is_scored_at_the_name_of_its_actor_in_the_sentence():
    import wirecoder
    from wirecoder.evaluation.tasks.events_cameo import _named_antecedent

    x = wirecoder.extract("Donald Trump called Claudia Sheinbaum on Monday and urged her to act.", published="2025-06-10")
    text = x.article.clean_text
    start = text.index("her ")
    assert text[slice(*_named_antecedent(x, start, start + 3))] == "Claudia Sheinbaum"
    name = text.index("Claudia")
    assert _named_antecedent(x, name, name + 7) == (name, name + 7)  # a name stays itself
