"""The quotes evaluation's own rules: which gold contents count as direct
quotes and which predictions are scored with them (invented sentences)."""

from __future__ import annotations

from wirecoder.evaluation.tasks.quotes import Prediction, is_direct, score


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_closing_double_mark_typed_to_open_a_paragraph_still_opens_a_quote():
    text = "The readers wrote in.\n”The ferry is always late.” ― A. Reader"
    assert is_direct(text, *_span(text, "”The ferry is always late.”"))


def test_an_opening_double_mark_typed_to_close_a_quote_still_closes_it():
    text = "The panel rated the claim “Half True.“ on Monday."
    assert is_direct(text, *_span(text, "“Half True.“"))


def test_a_leading_single_closing_mark_is_an_elision_not_a_quote():
    text = "The band played hits from the ’90s for hours."
    assert not is_direct(text, *_span(text, "’90s for hours"))


def test_reported_clause_with_a_quote_at_its_end_is_not_direct():
    text = "The mayor said that “the bridge will reopen.”"
    assert not is_direct(text, *_span(text, "that “the bridge will reopen.”"))
    assert is_direct(text, *_span(text, "“the bridge will reopen.”"))


def test_transcript_turns_are_scored_with_all_attributions_only():
    class Doc:  # the two fields the scorer reads
        def __init__(self, text, attributions):
            self.text, self.attributions = text, attributions

    class Gold:
        def __init__(self, content, source):
            self.content, self.source = [content], [source]

    text = '"LEE: Will the ferry run?\n\n"RUIZ: It runs on Monday."'
    turn = _span(text, "It runs on Monday.")
    doc = Doc(text, [Gold(turn, _span(text, "RUIZ"))])
    as_turn = Prediction(turn, "direct", [_span(text, "RUIZ")], transcript=True)
    metrics, counts = score([doc], [[as_turn]])
    assert counts["direct_gold"] == 0 and counts["direct_predicted"] == 0
    assert counts["all_predicted"] == 1 and metrics["all_exact_f1"] == 1.0
    as_quote = Prediction(turn, "direct", [_span(text, "RUIZ")])
    _, counts = score([doc], [[as_quote]])
    assert counts["direct_predicted"] == 1
