"""Pairing quote marks: every style, apostrophes, nesting, paragraphs, bad input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.quotes.marks import ALL_MARKS, outermost, scan_quotes


def quoted(text: str) -> list[str]:
    spans, _ = scan_quotes(text)
    return [text[s.start : s.end] for s in outermost(spans)]


def test_straight_curly_single_and_guillemet_quotes():
    assert quoted('She said "we will go" today.') == ['"we will go"']
    assert quoted("She said “we will go” today.") == ["“we will go”"]
    assert quoted("She said ‘we will go’ today.") == ["‘we will go’"]
    assert quoted("She said 'we will go' today.") == ["'we will go'"]
    assert quoted("Elle a dit « nous irons » hier.") == ["« nous irons »"]
    assert quoted("Er sagte „wir gehen“ heute.") == ["„wir gehen“"]


def test_mixed_marks_pair_by_family():
    # opened curly, closed straight: still one quote
    text = "“It was an honor to serve,\" the minister wrote."
    assert quoted(text) == ["“It was an honor to serve,\""]


def test_apostrophes_are_not_quote_marks():
    text = "‘The nation’s farmers’ patience with Brazil’s rules is gone,’ she said of the ’90s and rock ’n’ roll."
    assert quoted(text) == ["‘The nation’s farmers’ patience with Brazil’s rules is gone,’"]
    assert quoted("The workers’ union and the Smiths’ house were hit.") == []
    assert quoted("It's Trump's and O'Brien's plan.") == []


def test_bracketed_possessive_inside_a_quote():
    text = "“We thank you and your [neighbors’] courage,” the mayor wrote."
    assert quoted(text) == ["“We thank you and your [neighbors’] courage,”"]


def test_quote_inside_a_quote_is_nested():
    text = "“He told me ‘go home’ and left,” she said."
    spans, warnings = scan_quotes(text)
    assert [text[s.start : s.end] for s in outermost(spans)] == ["“He told me ‘go home’ and left,”"]
    inner = [s for s in spans if s.depth == 1]
    assert [text[s.start : s.end] for s in inner] == ["‘go home’"]
    assert warnings == []


def test_same_style_quote_inside_a_quote():
    text = "“I would rather live in what he calls “hell” than here,” she said. “Yes.”"
    assert quoted(text) == ["“I would rather live in what he calls “hell” than here,”", "“Yes.”"]


def test_quote_running_over_paragraphs():
    text = "She said:\n\n“First paragraph of the statement.\n\n“Second paragraph of it.”\n\nThen she left."
    spans, warnings = scan_quotes(text)
    top = outermost(spans)
    assert len(top) == 1
    assert text[top[0].start : top[0].end].endswith("Second paragraph of it.”")
    assert top[0].paragraph_breaks == 1
    assert warnings == []


def test_a_paragraph_opening_with_another_style_of_mark_starts_its_own_quote():
    # a straight mark opens each paragraph of a block excerpt; its own quotes are curly
    text = (
        'The paper reported:\n\n"The crowd waited in the rain for hours.\n\n'
        "“Here he comes,” the woman said.\n\nThen the rally began."
    )
    assert "“Here he comes,”" in quoted(text)
    assert not any("rain" in q and "Here he comes" in q for q in quoted(text))


def test_a_quote_in_doubled_single_marks_runs_over_paragraphs():
    text = "He said:\n\n''The port stays open.\n\n''The ferries run on Monday.''\n\nThen he left."
    top = outermost(scan_quotes(text)[0])
    assert len(top) == 1 and top[0].paragraph_breaks == 1
    assert text[top[0].start : top[0].end].endswith("run on Monday.''")


def test_unclosed_quote_gives_partial_quote_and_warning():
    text = "He said “this never ends\n\nA new paragraph without marks."
    spans, warnings = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["“this never ends"]
    assert spans[0].closed is False
    assert warnings and "unclosed" in warnings[0]


def test_closing_mark_without_opening_is_a_warning():
    spans, warnings = scan_quotes("nothing opened here” at all.")
    assert spans == []
    assert warnings and "no opening mark" in warnings[0]


def test_two_apostrophes_make_a_double_quote():
    text = "''It is more tinkering at the edges,'' said an economist."
    assert quoted(text) == ["''It is more tinkering at the edges,''"]


QUOTE_CHARS = st.sampled_from(list(ALL_MARKS) + ["`", "``", "''"])
TEXTISH = st.lists(
    st.one_of(QUOTE_CHARS, st.text(min_size=0, max_size=12), st.sampled_from([" ", "\n", "\n\n", ".", ",", ":"])),
    max_size=60,
).map("".join)


def _check_spans(text: str) -> None:
    spans, warnings = scan_quotes(text)
    assert all(isinstance(w, str) for w in warnings)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start] in ALL_MARKS or text[span.start] == "`"
    top = outermost(spans)
    for a, b in zip(top, top[1:]):
        assert a.end <= b.start  # outermost quotes never overlap


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_raises(text):
    _check_spans(text)


@settings(max_examples=400, deadline=None)
@given(TEXTISH)
def test_any_mix_of_quote_marks_never_raises(text):
    _check_spans(text)


def test_marks_around_markup_attribute_values_are_not_quotes():
    text = '<post id="4411" author="@harbour" date="2025-03-01">“The ferry is late again,” she wrote.</post>'
    assert quoted(text) == ["“The ferry is late again,”"]
    assert quoted('He said "a < b" and "c > d" today.') == ['"a < b"', '"c > d"']
