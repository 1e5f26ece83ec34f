"""The learned CAMEO quad-class classifier: shipped weights, plain-Python
inference equal to scikit-learn's, honest cross-validation, and its hook in
the events stage (it reorders, never creates or retypes). Sentences here are
invented for the tests."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from wirecoder.events import primary_event
from wirecoder.events.quad_classifier import (
    WEIGHTS_FILE,
    QuadModel,
    QuadPrediction,
    annotate_events,
    combined_quad,
    features,
    load_quad_model,
    main_candidate,
)
from wirecoder.records import Event

WEIGHTS = resources.files("wirecoder") / "data" / WEIGHTS_FILE

# Invented sentences, a few per quad class, for training tiny models.
TINY = {
    0: ["The minister said he hoped the weather would improve soon.",
        "The spokesman commented on the budget figures at a press briefing.",
        "The ambassador expressed concern over the rising prices.",
        "The senator urged voters to stay calm during the count.",
        "Officials said they were optimistic about the harvest.",
        "The governor made an appeal for patience after the storm.",
        "The prime minister expressed condolences to the victims' families."],
    1: ["The two foreign ministers met in Vienna for talks on trade.",
        "The presidents praised each other's efforts at the summit.",
        "Both governments agreed to hold negotiations next month.",
        "The envoy visited the capital and discussed border cooperation.",
        "The leaders signed a statement welcoming the peace talks.",
        "The ministers held consultations on energy supplies.",
        "The chancellor hosted the visiting king for a meeting."],
    2: ["The agency provided emergency food assistance to displaced families.",
        "The government released 50 prisoners on Monday.",
        "The army withdrew its troops from the disputed valley.",
        "The two countries extradited suspects to each other under the treaty.",
        "Donors delivered medical supplies to the flooded region.",
        "The authorities lifted the curfew in the northern province.",
        "The navy handed over two patrol boats to the coast guard."],
    3: ["The opposition condemned the decision of the electoral board.",
        "The government rejected the proposal for a new inquiry.",
        "The president threatened to expel the foreign diplomats.",
        "The ministry accused the neighbouring state of spying.",
        "Parliament demanded the resignation of the defence minister.",
        "The court denied the request for an appeal.",
        "The union criticised the plan and refused to negotiate."],
    4: ["Warplanes bombed rebel positions overnight, killing twelve fighters.",
        "Gunmen opened fire on a police checkpoint, wounding three officers.",
        "Police arrested forty protesters in the main square.",
        "Artillery shelled the town for a third day.",
        "A car bomb exploded near the market, killing five people.",
        "Troops attacked the militant camp at dawn.",
        "Rebels ambushed an army convoy on the highway."],
}


def tiny_dataset():
    texts = [t for label in sorted(TINY) for t in TINY[label]]
    labels = [label for label in sorted(TINY) for _ in TINY[label]]
    return texts, labels


def test_shipped_weights_load_and_are_consistent_and_small():
    assert WEIGHTS.is_file()
    size = len(WEIGHTS.read_bytes())
    assert size < 5 * 1024 * 1024
    model = load_quad_model()
    assert model is not None and model.classes == [0, 1, 2, 3, 4]
    n_terms = len(model.vocabulary)
    assert n_terms > 1000 and len(model.idf) == n_terms
    assert len(model.coef) == 5 and all(len(row) == n_terms for row in model.coef)
    assert 0.0 < model.threshold <= 1.0
    assert model.quad_of_type("ASSAULT") == 4 and model.quad_of_type("AGREE") == 1
    assert model.quad_of_type("AID") == 2 and model.quad_of_type("THREATEN") == 3
    assert model.quad_of_type(None) == 0


@pytest.mark.parametrize(
    "sentence, quad",
    [
        ("Government warplanes bombed rebel positions near the northern town overnight, killing twelve fighters.", 4),
        ("Rebel fighters shelled the army base, killing four soldiers.", 4),
        ("The World Food Programme provided emergency food assistance to 300,000 displaced people.", 2),
        ("The government released 200 political prisoners on Monday.", 2),
        ("The president condemned the decision and rejected the proposal.", 3),
        ("The two foreign ministers signed a cooperation agreement and praised the talks.", 1),
    ],
)
def test_shipped_model_reads_invented_sentences_sensibly(sentence, quad):
    prediction = load_quad_model().predict(sentence)
    assert prediction.quad == quad, prediction
    assert prediction.probability == max(prediction.probabilities) > 0.5
    assert math.isclose(sum(prediction.probabilities), 1.0, abs_tol=1e-9)


@pytest.mark.parametrize("text", ["", "   ", "!!! ???", "Ça va très bien 123", "x" * 5000, "\n\n\t"])
def test_odd_text_gets_a_class_without_crashing(text):
    prediction = load_quad_model().predict(text)
    assert prediction.quad in range(5) and 0.0 < prediction.probability <= 1.0


def test_features_are_lower_case_words_and_word_pairs():
    # curly apostrophes as straight ones, inside a word only
    assert features("Russia’s ARMY left, troops' town!") == [
        "russia's", "army", "left", "troops", "town", "russia's army", "army left", "left troops", "troops town"]
    assert features("") == []


def test_combination_rule():
    confident, unsure = QuadPrediction(4, 0.9, ()), QuadPrediction(1, 0.3, ())
    candidates = [(3, 0.9, 0), (1, 0.6, 10)]
    assert combined_quad(candidates, confident, 0.5) == 4  # the classifier decides
    assert combined_quad(candidates, unsure, 0.5) == 1  # the agreeing lexicon event, though less confident
    assert combined_quad([(3, 0.9, 0)], unsure, 0.5) == 3  # none agrees: the lexicon's main event
    assert combined_quad([], unsure, 0.5) == 0  # no event: statement class
    assert main_candidate([(2, 0.5, 9), (2, 0.5, 3)], 2) == (2, 0.5, 3)  # ties: the earliest


def _event(event_type: str, confidence: float, start: int, sentence: int = 0) -> Event:
    return Event(type=event_type, sentence=sentence, trigger_start=start, trigger_end=start + 3, trigger="xyz",
                 confidence=confidence)


def test_annotation_marks_the_main_event_but_adds_and_retypes_nothing():
    sentences = ["The ministers met in Geneva and then troops bombed the rebel camp, killing ten fighters.",
                 "The ministers held talks in Geneva."]
    events = [_event("CONSULT", 0.9, 4), _event("ASSAULT", 0.6, 40), _event("CONSULT", 0.8, 2, sentence=1)]
    before = [(e.type, e.confidence, e.trigger_start) for e in events]
    model = QuadModel(vocabulary={"bombed": 0, "talks": 1}, idf=[1.0, 1.0],
                      coef=[[0, 0], [0, 5], [0, 0], [0, 0], [5, 0]], intercept=[0.0] * 5,
                      classes=[0, 1, 2, 3, 4], plover_to_quad={"CONSULT": 1, "ASSAULT": 4})
    annotate_events(events, lambda i: sentences[i], model)
    assert [(e.type, e.confidence, e.trigger_start) for e in events] == before
    assert events[0].sentence_quad == events[1].sentence_quad == 4
    assert events[2].sentence_quad == 1 and events[2].sentence_quad_probability > 0.5
    assert [e.sentence_main for e in events] == [False, True, True]
    assert primary_event(events, sentence=0) is events[1]
    assert primary_event(events) is events[0]  # the article's most confident event is unchanged


def test_shipped_model_annotates_with_its_own_probabilities():
    events = [_event("AGREE", 0.9, 0), _event("ASSAULT", 0.5, 30)]
    sentence = "Warplanes bombed rebel positions overnight, killing twelve fighters, the army agreed."
    annotate_events(events, lambda i: sentence)
    prediction = load_quad_model().predict(sentence)
    assert all(e.sentence_quad == prediction.quad for e in events)
    assert events[0].sentence_quad_probability == round(prediction.probability, 4)
    assert sum(e.sentence_main for e in events) == 1


# --- training (scikit-learn, the baselines extra) ---------------------------------------------


def test_cv_folds_never_put_a_sentence_in_train_and_test():
    pytest.importorskip("sklearn")
    from wirecoder.events.train_quad import cv_folds, sentence_key

    texts, labels = tiny_dataset()
    # copies of sentences differing in case and punctuation are one sentence
    texts += [texts[0].upper(), texts[8].replace(".", "!"), texts[30] + "  "]
    labels += [labels[0], labels[8], labels[30]]
    folds = cv_folds(texts, labels, k=5)
    assert len(folds) == 5
    tested = sorted(i for _, test in folds for i in test)
    assert tested == list(range(len(texts)))  # every sentence held out exactly once
    for train, test in folds:
        assert not set(train) & set(test)
        assert not {sentence_key(texts[i]) for i in train} & {sentence_key(texts[i]) for i in test}


def test_plain_python_inference_equals_scikit_learn():
    pytest.importorskip("sklearn")
    from wirecoder.events.train_quad import as_quad_model, fit_sklearn

    texts, labels = tiny_dataset()
    vectorizer, sk_model = fit_sklearn(texts, labels, min_df=1)
    # as shipped: through the JSON form, weights rounded
    model = QuadModel.from_dict(json.loads(json.dumps(as_quad_model(vectorizer, sk_model).to_dict())))
    unseen = ["Jets bombed the camp and killed the fighters.", "The minister met the envoy for talks.",
              "The court rejected the request.", "Nothing at all here.", ""]
    expected = sk_model.predict_proba(vectorizer.transform(unseen))
    for text, row in zip(unseen, expected):
        assert model.probabilities(text) == pytest.approx(list(row), abs=1e-4)
        assert model.predict(text).quad == int(sk_model.classes_[row.argmax()])


def test_cross_validation_predicts_each_sentence_from_other_folds():
    pytest.importorskip("sklearn")
    from wirecoder.events.train_quad import THRESHOLDS, cross_validate

    texts, labels = tiny_dataset()
    candidates = [[(label, 0.8, 0)] if k % 2 else [] for k, label in enumerate(labels)]
    result = cross_validate(texts, labels, candidates, k=5)
    assert len(result["classifier"]) == len(result["combined"]) == len(texts)
    assert len(result["thresholds"]) == 5 and all(t in THRESHOLDS for t in result["thresholds"])
    assert set(result["classifier"]) <= set(range(5))


def test_shipped_weights_are_what_the_training_code_makes(gold_dir):
    pytest.importorskip("sklearn")
    from wirecoder.events.train_quad import fit, read_training

    texts, labels = read_training(gold_dir / "conflibert_cameo" / "class_train.tsv")
    fresh, shipped = fit(texts, labels), load_quad_model()
    assert fresh.vocabulary == shipped.vocabulary
    probe = ["Troops shelled the village.", "The leaders held talks.", "Aid arrived in the camps."]
    for text in probe:
        assert fresh.probabilities(text) == pytest.approx(shipped.probabilities(text), abs=1e-4)
