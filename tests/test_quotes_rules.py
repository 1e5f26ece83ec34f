"""The rules that decide where a quote starts and ends and whose it is:
transcripts, quotes running on, cues that belong to the next quote, and the
extent of reported clauses (example sentences written for these tests)."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.pipeline import PipelineConfig

QUOTES_ONLY = PipelineConfig(only_stages=["quotes"])


def quotes(text: str, kind: str | None = None):
    found = wirecoder.extract(text, published="2025-03-10", config=QUOTES_ONLY).quotes
    return [q for q in found if kind is None or q.kind == kind]


def one(found, needle: str):
    matches = [q for q in found if needle in q.content]
    assert len(matches) == 1, [q.content for q in found]
    return matches[0]


TRANSCRIPT = (
    "LEE: Will the port reopen this spring?\n\n"
    "RUIZ: It will reopen in May. The ferries are ready.\n\n"
    "LEE: And the tariffs?\n\n"
    "RUIZ: We will talk about tariffs next week."
)


@pytest.mark.parametrize("wrapped", [False, True])
def test_transcript_turns_are_quotes_of_their_own_speakers(wrapped):
    text = "Part of the interview follows.\n\n" + (
        "\n\n".join('"' + p for p in TRANSCRIPT.split("\n\n")) + '"' if wrapped else TRANSCRIPT
    )
    found = quotes(text, "direct")
    assert [q.speaker_text for q in found] == ["LEE", "RUIZ", "LEE", "RUIZ"]
    assert one(found, "reopen in May").content == "It will reopen in May. The ferries are ready."
    assert one(found, "tariffs next week").cue == ":"
    assert {q.attribution for q in found} == {"transcript"}


def test_heading_labels_and_a_single_label_are_not_a_transcript():
    assert quotes("UPDATE: The port reopened on Monday.\n\nVIDEO: Ferries leave the port.", "direct") == []
    assert quotes("RUIZ: The port will reopen in May.\n\nThe ferries are ready.", "direct") == []


def test_narrative_between_two_quotes_stops_the_quote():
    text = (
        "“The port will reopen,” Ruiz said. Her deputy shook his head at the news. "
        "“Nobody believes that.”"
    )
    found = quotes(text, "direct")
    assert len(one(found, "port will reopen").parts) == 1
    assert len(one(found, "Nobody believes").parts) == 1


def test_quote_split_around_a_cue_with_a_long_speaker_description():
    text = (
        "“The port will reopen,” said Army Capt. Ana Ruiz, who commands the harbor unit and has served "
        "in the region for a decade. “The ferries are ready.”"
    )
    found = quotes(text, "direct")
    assert len(found) == 1
    assert found[0].speaker_text.startswith("Army Capt. Ana Ruiz")
    assert "The ferries are ready" in found[0].content


def test_a_cue_leading_into_the_next_quote_is_that_quotes():
    text = "“I was only joking about the port.” Her husband replied, “Never again.”"
    found = quotes(text, "direct")
    assert len(found) == 2
    assert one(found, "Never again").speaker_text == "Her husband"
    assert one(found, "only joking").cue != "replied"


def test_after_a_finished_quote_a_new_reporting_sentence_is_not_its_cue():
    text = (
        "“The tariffs are a disgrace,” the senator said. “It shows a lack of judgment.” "
        "Ruiz said both ministers were “out of their depth.”"
    )
    found = quotes(text, "direct")
    q = one(found, "tariffs are a disgrace")
    assert "lack of judgment" in q.content and q.speaker_text == "the senator"


def test_quote_right_after_its_cue_ending_the_sentence_is_direct():
    text = "The minister said “as long as we follow the law, the port stays open.”"
    q = one(quotes(text), "follow the law")
    assert q.kind == "direct"
    assert q.speaker_text == "The minister"


def test_sung_or_chanted_words_have_their_cue():
    text = "“Keep the port open,” the crowd chanted outside the ministry."
    q = one(quotes(text, "direct"), "Keep the port open")
    assert q.cue == "chanted" and q.speaker_text == "the crowd"


def test_reported_clause_stops_before_a_gloss_and_another_statement():
    text = (
        "Ruiz said the ferries would be delayed by the storm, which hit the coast on Monday, "
        "and accused the council of ignoring the warnings."
    )
    said = next(q for q in quotes(text, "indirect") if q.cue == "said")
    assert said.content == "the ferries would be delayed by the storm"


def test_what_a_stance_is_about_is_part_of_its_content():
    text = "The minister blamed the council for the closure of the port."
    q = one(quotes(text), "the council")
    assert q.content == "the council for the closure of the port"


def test_reported_clause_ending_in_a_quoted_phrase_keeps_its_closing_mark():
    text = "Hua said her country was watching the race with “bemused interest,” and there was a strong current of opinion online."
    found = quotes(text)
    assert len(found) == 1, [q.content for q in found]
    assert found[0].content.endswith("bemused interest,”")
    assert found[0].kind == "mixed"


def test_a_nickname_inside_a_name_is_not_a_quote():
    text = '"The port will reopen!" state Del. Ana "Nana" Ruiz shouted to the crowd.'
    found = quotes(text, "direct")
    assert len(found) == 1
    assert found[0].content == '"The port will reopen!"'
    assert found[0].speaker_text.endswith('Ana "Nana" Ruiz') and found[0].cue == "shouted"


def test_a_title_like_quote_goes_on_with_the_quote_just_before():
    text = "“Here comes the mayor,” she said, clapping. “The Mayor. Our Mayor.”\n\nThe band played “Harbor Lights.”"
    found = quotes(text, "direct")
    assert len(found) == 1
    assert "Our Mayor" in found[0].content and found[0].speaker_text == "she"


def test_parsed_clause_ending_on_a_quoted_word_runs_to_the_closing_mark():
    from wirecoder.nlp import parse
    from wirecoder.quotes.context import QuoteContext
    from wirecoder.quotes.indirect import find_indirect
    from wirecoder.quotes.marks import outermost, scan_quotes

    text = "Hua said her country was watching the race with “bemused interest,” and there was a strong current of opinion online."
    ctx = QuoteContext(parse(text))
    ctx.quoted = outermost(scan_quotes(text)[0])
    said = next(a for a in find_indirect(ctx, set()) if a.cue is not None and a.cue.text == "said")
    assert text[said.start : said.end].endswith("“bemused interest,”")


def test_quote_introduced_by_that_is_a_reported_clause_holding_quoted_words():
    text = "The mayor told reporters on Monday that “I will not let the bridge stay closed. The ferries run.”"
    q = one(quotes(text), "bridge stay closed")
    assert q.kind == "mixed"
    assert q.content.startswith("that “I will") and q.speaker_text == "The mayor"
    q = one(quotes("Ruiz wrote that, “We are ready for the storm.”"), "ready for the storm")
    assert q.kind == "mixed" and q.content.startswith("that, “We")
    # without "that" the quote is all that was said
    assert one(quotes("The mayor told reporters: “The bridge will reopen in June.”"), "bridge").kind == "direct"


def test_words_between_the_cue_and_a_comma_before_the_quote_are_not_content():
    text = "Ruiz told the dockworkers at the rally, “the port will stay open all winter.”"
    q = one(quotes(text), "stay open all winter")
    assert q.kind == "direct" and q.content == "“the port will stay open all winter.”"
    # without the comma the words are part of the reported clause
    q = one(quotes("Ruiz told the dockworkers that the port “will stay open all winter.”"), "open all winter")
    assert q.kind == "mixed" and q.content.startswith("that the port")
    # the object of a naming verb is part of what was said
    q = one(quotes("The minister called the deal, in a letter, “a betrayal of the fishermen.”"), "betrayal")
    assert q.content.startswith("the deal")


def test_a_title_named_after_a_possessive_is_not_a_statement():
    text = "Ruiz said the port has reopened on Friday’s broadcast of Radio Harbour’s “Morning Tide.”"
    assert quotes(text, "direct") == []
    assert one(quotes(text, "mixed"), "Morning Tide").content.startswith("the port has reopened")
    assert quotes("Ruiz sang the anthem to the tune of “Quiet Harbour Nights.”", "direct") == []
    # a statement in title case after its cue stays a quote
    q = one(quotes("The mayor said: “Build The Bridge Now.”"), "Build The Bridge")
    assert q.kind == "direct"
