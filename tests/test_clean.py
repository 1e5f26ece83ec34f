"""Cleaning keeps every character traceable to the original text."""

from wirecoder.clean import article_id, clean_text, make_article
from wirecoder.records import RawArticle

CAPTION = "Soldiers stand guard at the Itaipu crossing on Tuesday, March 3, 2026. (Photo: Staff)"
ARTICLE = (
    "Dam talks stall as troops gather\n\n"
    f"{CAPTION}\n\n"
    "The  foreign   minister said on Monday that talks\nwould resume.\n\n"
    f"{CAPTION.replace(':', ':')}\n\n"
    "Officials\u00a0declined to comment.\u200b\n"
)


def test_repeated_paragraph_is_dropped_once_and_offsets_map_back():
    clean, offset_map, dropped = clean_text(ARTICLE)
    assert dropped == 1
    assert clean.count(CAPTION) == 1
    assert "The foreign minister said on Monday that talks would resume." in clean
    # every word of the clean text maps back to the same word in the original
    article = make_article(RawArticle(text=ARTICLE))
    for word in ("minister", "resume.", "Officials", "comment.", "Itaipu"):
        start = article.clean_text.index(word)
        o_start, o_end = article.original_span(start, start + len(word))
        assert article.text[o_start:o_end] == word


def test_invisible_characters_and_exotic_spaces_are_removed():
    clean, _, _ = clean_text("a\u200bb c\u00a0d\n\n\ufeffe")
    assert clean == "ab c d\n\ne"


def test_identity_ignores_spacing_and_quote_style():
    a = "He said \u201cno deal\u201d on Friday.\n\nMore text here."
    b = 'He  said "no deal" on Friday.\r\n\r\nMore text here.'
    assert article_id(clean_text(a)[0]) == article_id(clean_text(b)[0])
    assert article_id("one text") != article_id("another text")


def test_short_repeated_lines_are_kept():
    clean, _, dropped = clean_text("Advertisement\n\nBody one.\n\nAdvertisement\n\nBody two.")
    assert dropped == 0 and clean.count("Advertisement") == 2


def test_title_defaults_to_first_paragraph():
    article = make_article(RawArticle(text="Headline here\n\nBody of the story."))
    assert article.title == "Headline here"


def test_seed_repeated_captions_are_gone_and_map_to_original(seeds_dir):
    path = seeds_dir / "001_cffb228c8a200e3d.txt"
    article = make_article(RawArticle(text=path.read_text(encoding="utf-8")))
    assert any("repeated paragraph" in w for w in article.warnings)
    paragraphs = article.clean_text.split("\n\n")
    # the headline and each photo caption appear once in the clean text ...
    assert paragraphs[0] != paragraphs[1]
    caption = next(p for p in paragraphs if p.startswith("Jalisco New Generation Cartel, which operates"))
    assert sum(p[:60] == caption[:60] for p in paragraphs) == 1
    # ... while the original keeps both copies, and the clean one points into it
    assert article.text.count(caption[:40]) == 2
    start = article.clean_text.index(caption)
    o_start, o_end = article.original_span(start, start + len(caption))
    assert " ".join(article.text[o_start:o_end].split()) == caption
