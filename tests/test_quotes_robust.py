"""Never crash: arbitrary text, arbitrary quote marks, and seed text with
quote marks deleted or inserted at random (property-based, hypothesis)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder.clean import make_article
from wirecoder.nlp import parse
from wirecoder.quotes import extract_quotes, find_quotes
from wirecoder.quotes.marks import ALL_MARKS
from wirecoder.records import Extraction, RawArticle

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
MARKS = list(ALL_MARKS) + ["``", "''", "«", "»"]


def check(text: str) -> None:
    article = make_article(RawArticle(text=text, published="2025-01-01"))
    doc = parse(article.clean_text)
    extraction = Extraction(article=article)
    quotes = extract_quotes(doc, extraction)  # raises on any internal error
    clean = article.clean_text
    for q in quotes:
        assert 0 <= q.content_start < q.content_end <= len(clean)
        assert q.kind in ("direct", "indirect", "mixed")
        assert q.parts and all(0 <= s < e <= len(clean) for s, e in q.parts)
        assert q.content == " ".join(clean[s:e] for s, e in q.parts)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(clean)
            assert q.speaker_text == clean[q.speaker_start : q.speaker_end]
        if q.cue_start is not None:
            assert q.cue == clean[q.cue_start : q.cue_end]
    assert all(isinstance(w, str) for w in extraction.warnings)


QUOTEY = st.lists(
    st.one_of(
        st.sampled_from(MARKS),
        st.sampled_from(["We will win", " he said", " said Ruiz", ". ", ", ", ": ", "\n\n", " the minister told reporters that ", "’s", " ’90s "]),
        st.text(max_size=8),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUOTEY)
def test_arbitrary_quote_marks_and_cues(text):
    check(text)


def _seed_paragraphs() -> list[str]:
    if not SEEDS.exists():
        return ["“We will win,” Ruiz said. ‘Yes,’ he added."]
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if any(m in p for m in MARKS)]
    return paragraphs


SEED_PARAGRAPHS = _seed_paragraphs()


@st.composite
def damaged_seed_text(draw):
    """A few seed paragraphs with quote marks deleted, swapped and inserted."""
    chosen = draw(st.lists(st.sampled_from(SEED_PARAGRAPHS), min_size=1, max_size=3))
    text = list("\n\n".join(chosen))
    for _ in range(draw(st.integers(0, 6))):
        marks = [i for i, c in enumerate(text) if c in ALL_MARKS]
        action = draw(st.sampled_from(["delete", "swap", "insert"]))
        if action != "insert" and marks:
            i = draw(st.sampled_from(marks))
            if action == "delete":
                del text[i]
            else:
                text[i] = draw(st.sampled_from(MARKS))
        else:
            text.insert(draw(st.integers(0, len(text))), draw(st.sampled_from(MARKS)))
    return "".join(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_seed_text())
def test_seed_text_with_damaged_quote_marks(text):
    check(text)


def test_stage_never_raises_and_warns_instead(monkeypatch):
    """The pipeline stage turns an internal error into a warning."""
    import wirecoder.quotes as quotes_module

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(quotes_module, "extract_quotes", broken)
    article = make_article(RawArticle(text="“Yes,” he said."))
    extraction = Extraction(article=article)
    find_quotes(parse(article.clean_text), extraction, None)
    assert extraction.quotes == []
    assert any("quotes: extraction failed" in w and "boom" in w for w in extraction.warnings)
