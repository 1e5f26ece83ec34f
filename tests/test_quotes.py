"""Direct, split and indirect quotes with their speaker, cue, venue and date
(example sentences written for these tests)."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.pipeline import PipelineConfig

QUOTES_ONLY = PipelineConfig(only_stages=["quotes"])


def code(text: str, published: str | None = "2025-03-10"):
    return wirecoder.extract(text, published=published, config=QUOTES_ONLY)


def quotes(text: str, kind: str | None = None, published: str | None = "2025-03-10"):
    found = code(text, published).quotes
    return [q for q in found if kind is None or q.kind == kind]


def one(found, needle: str):
    matches = [q for q in found if needle in q.content]
    assert len(matches) == 1, [q.content for q in found]
    return matches[0]


def spoken(q, text: str) -> str:
    return text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else ""


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("“We will not back down,” the minister said.", "“We will not back down,”", "the minister", "said"),
        ('"We will not back down," said Finance Minister Ana Ruiz.', '"We will not back down,"', "Finance Minister Ana Ruiz", "said"),
        ("‘We will not back down,’ Ruiz told reporters.", "‘We will not back down,’", "Ruiz", "told"),
        ("'We will not back down,' Ruiz warned.", "'We will not back down,'", "Ruiz", "warned"),
        ("« We will not back down », Ruiz wrote.", "« We will not back down »", "Ruiz", "wrote"),
        ("Ruiz said: “We will not back down.”", "“We will not back down.”", "Ruiz", "said"),
        ("Ruiz announced, \"We will not back down.\"", '"We will not back down."', "Ruiz", "announced"),
    ],
)
def test_direct_quote_in_every_style(text, content, speaker, cue):
    found = quotes(text, "direct")
    assert len(found) == 1
    q = found[0]
    assert q.content == content
    assert spoken(q, text) == speaker == q.speaker_text
    assert q.cue == cue and text[q.cue_start : q.cue_end] == cue
    assert text[q.content_start : q.content_end] == content


def test_split_quote_is_one_quote_with_two_parts():
    text = "‘I do not want to get ahead of the governor,’ the spokeswoman began. ‘That is her call.’"
    q = one(quotes(text, "direct"), "get ahead")
    assert len(q.parts) == 2
    assert "That is her call" in q.content
    assert q.speaker_text == "the spokeswoman"
    assert q.cue == "began"


def test_quote_split_around_the_cue_in_one_sentence():
    text = '"By signing this deal," the mayor said, "we have saved the port."'
    found = quotes(text, "direct")
    assert len(found) == 1
    assert [text[s:e] for s, e in found[0].parts] == ['"By signing this deal,"', '"we have saved the port."']
    assert found[0].speaker_text == "the mayor"


def test_quote_over_several_sentences_and_paragraphs():
    text = (
        "The governor spoke at length.\n\n"
        "“The harbor will reopen. The ferries will run again.\n\n"
        "“Nobody will be left behind,” she said."
    )
    q = one(quotes(text, "direct"), "harbor will reopen")
    assert "Nobody will be left behind" in q.content
    assert q.speaker_text == "she"


def test_colon_introduces_a_quote_in_the_next_paragraph():
    text = (
        "A ministry statement released on Tuesday said the talks had stalled:\n\n"
        '"The ministry regrets that no agreement was reached."\n\n'
        "The statement continued:\n\n"
        '"Further talks are planned for the spring."'
    )
    found = quotes(text, "direct")
    first = one(found, "no agreement")
    assert first.speaker_text == "A ministry statement"
    assert first.attribution == "colon"
    second = one(found, "Further talks")
    assert second.speaker_text == "The statement"
    assert second.cue == "continued"


def test_quote_paragraph_right_after_a_quote_continues_that_quote():
    text = (
        "‘We are ready to talk,’ Minister Ana Ruiz told the council.\n\n"
        "‘If they refuse, we will go to court.’"
    )
    found = quotes(text, "direct")
    assert len(found) == 1
    q = found[0]
    assert [text[s:e] for s, e in q.parts] == ["‘We are ready to talk,’", "‘If they refuse, we will go to court.’"]
    assert q.speaker_text == "Minister Ana Ruiz"


def test_bare_quote_paragraph_later_on_inherits_the_previous_speaker():
    text = (
        "‘We are ready to talk,’ Minister Ana Ruiz told the council.\n\n"
        "The council meets again on Friday.\n\n"
        "‘If they refuse, we will go to court.’"
    )
    found = quotes(text, "direct")
    second = one(found, "go to court")
    assert len(second.parts) == 1
    assert second.speaker_text == "Minister Ana Ruiz"
    assert "inherited" in second.attribution


def test_interviewer_question_is_answered_by_the_person_asked():
    text = (
        "Host Sam Lee asked Governor Ana Ruiz: ‘Will you send the guard to the port?’\n\n"
        "‘Nothing is decided yet.’"
    )
    found = quotes(text, "direct")
    question = one(found, "send the guard")
    assert question.speaker_text == "Host Sam Lee"
    answer = one(found, "Nothing is decided")
    assert answer.speaker_text == "Governor Ana Ruiz"
    assert answer.attribution == "answer"


def test_quote_credited_after_a_dash():
    text = "“The port must stay open for everyone.” ― Ana Ruiz"
    q = one(quotes(text, "direct"), "port must stay open")
    assert q.speaker_text == "Ana Ruiz"


def test_headline_scare_quotes_are_not_statements():
    text = "Farmers 'Stunned and Angry' at New Rules\n\nThe rules were published on Monday."
    assert quotes(text, "direct") == []


def test_headline_with_a_named_speaker_is_a_statement():
    text = "Ruiz: 'Every Option Is Open'\n\nThe minister spoke on Monday."
    q = one(quotes(text, "direct"), "Every Option")
    assert q.speaker_text == "Ruiz"
    assert q.cue == ":"


def test_scare_quotes_and_titles_in_running_text_are_not_direct():
    text = "The so-called “border tsar” met officials who watched “Morning Report” on Monday."
    assert quotes(text, "direct") == []


def test_partial_quote_inside_reported_speech_is_mixed():
    text = "The minister said the plan would “do nothing for farmers” in the north."
    found = quotes(text)
    assert [q.kind for q in found] == ["mixed"]
    assert "the plan would" in found[0].content
    assert found[0].speaker_text == "The minister"


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Ruiz said that the port would reopen next week.", "Ruiz", "said", "that the port would reopen next week"),
        ("The minister told reporters the port would reopen.", "The minister", "told", "the port would reopen"),
        ("Ruiz warned the council that the port could close.", "Ruiz", "warned", "that the port could close"),
        ("Ruiz wrote that the deal was dead.", "Ruiz", "wrote", "that the deal was dead"),
        ("The ministry announced that the port would reopen.", "The ministry", "announced", "that the port would reopen"),
        (
            "According to the ministry, the port will reopen in May.",
            "the ministry",
            "According to",
            "the port will reopen in May",
        ),
        (
            "The ministry's readout stated that both sides agreed to meet again.",
            "The ministry's readout",
            "stated",
            "that both sides agreed to meet again",
        ),
        (
            "The harbor will reopen in May, a ministry spokesman said.",
            "a ministry spokesman",
            "said",
            "The harbor will reopen in May",
        ),
    ],
)
def test_indirect_speech(text, speaker, cue, content):
    found = quotes(text, "indirect")
    assert len(found) == 1, found
    q = found[0]
    assert q.speaker_text == speaker
    assert q.cue == cue
    assert q.content == content
    assert text[q.content_start : q.content_end] == content


def test_words_inside_a_quote_are_not_the_articles_attributions():
    text = "“My father said that we should never give up,” Ruiz told the crowd."
    found = quotes(text)
    assert [q.kind for q in found] == ["direct"]


@pytest.mark.parametrize(
    "text, venue",
    [
        ("“Prices are too high,” Ruiz wrote on Truth Social.", "Truth Social"),
        ("“Prices are too high,” Ruiz said during a Morning Report interview.", "Morning Report interview"),
        ("“Prices are too high,” Ruiz said in a statement.", "statement"),
        ("“Prices are too high,” Ruiz said on social media.", "social media"),
        ("“Prices are too high,” Ruiz said at a news conference.", "news conference"),
        ("“Prices are too high,” Ruiz said.", ""),
    ],
)
def test_venue_from_the_cue_clause(text, venue):
    q = one(quotes(text, "direct"), "Prices")
    assert q.venue == venue


def test_statement_date_stated_in_the_text_else_publication():
    text = "‘We will build the bridge,’ Ruiz pledged in 2019.\n\n‘Nobody believed us,’ Ruiz said."
    found = quotes(text, "direct", published="2025-03-10")
    assert one(found, "build the bridge").date == "2019"
    assert one(found, "Nobody believed").date == "2025-03-10"


def test_sentence_index_points_at_the_quote():
    text = "The talks ended. “We will return,” Ruiz said."
    ex = code(text)
    q = one(ex.quotes, "return")
    sentence = ex.sentences[q.sentence]
    assert sentence.start <= q.content_start < sentence.end


def test_unbalanced_marks_give_partial_quote_and_warning_not_exception():
    text = "Ruiz said: “The port will reopen and\n\nThe council met later."
    ex = code(text)
    assert any("unclosed" in w for w in ex.warnings)
    q = one(ex.quotes, "port will reopen")
    assert q.speaker_text == "Ruiz"


def test_quotes_are_in_the_json_export():
    ex = code("“We will return,” Ruiz said.")
    data = ex.to_dict()
    assert data["quotes"][0]["speaker_text"] == "Ruiz"
    assert data["quotes"][0]["parts"] == [[0, len("“We will return,”")]]
