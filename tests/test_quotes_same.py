"""One statement reported by several articles."""

from __future__ import annotations

from wirecoder.quotes import same_statement
from wirecoder.quotes.same import normalize_content
from wirecoder.records import Quote


def q(content: str, speaker: str = "") -> Quote:
    return Quote(content_start=0, content_end=len(content), content=content, kind="direct", speaker_text=speaker)


def test_same_words_in_other_quote_marks_and_spacing():
    a = q("“We will not back down,”", "Ruiz")
    b = q('"We will  not back down,"', "Ana Ruiz")
    assert same_statement(a, b)
    assert same_statement(a, b, "Ana Ruiz", "Ana Ruiz")


def test_near_identical_words_with_a_typo():
    a = q("‘The harbor will reopen for all ships next spring.’")
    b = q("'The harbour will reopen for all ships next spring.'")
    assert same_statement(a, b, "Ana Ruiz", "Ruiz")


def test_partial_quote_of_the_same_statement():
    a = q("“The harbor will reopen for all ships next spring, and nobody will be left behind.”")
    b = q("“nobody will be left behind”")
    assert not same_statement(a, b, "Ruiz", "Ruiz")  # too short to be sure
    c = q("“The harbor will reopen for all ships next spring,”")
    assert same_statement(a, c, "Ruiz", "Ruiz")


def test_different_speakers_are_different_statements():
    a = q("“All options are on the table.”")
    b = q("“All options are on the table.”")
    assert not same_statement(a, b, "Pete Hegseth", "Donald Trump")
    assert same_statement(a, b, "Pete Hegseth", None)  # unknown speaker: the words decide
    assert same_statement(a, b, "Pete Hegseth", "he")  # a pronoun names nobody by itself


def test_different_words_are_different_statements():
    assert not same_statement(q("“Prices will fall this year.”"), q("“Nobody expected the strike.”"), "Ruiz", "Ruiz")
    assert not same_statement(q(""), q(""), "Ruiz", "Ruiz")


def test_normalized_content():
    assert normalize_content("“Your [families’] sacrifice —  thank you.”") == "your families sacrifice - thank you"
