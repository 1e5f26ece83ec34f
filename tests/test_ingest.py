"""Ingestion: real files in, articles (or named problems) out, the batch goes on."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from wirecoder.ingest import MAX_ARTICLE_CHARS, read_inputs
from wirecoder.records import IngestProblem, RawArticle

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Ministers meet at the river | Lakeside Herald</title>
<meta property="og:title" content="Ministers meet at the river">
<meta property="og:site_name" content="Lakeside Herald">
<meta property="og:url" content="https://herald.example/2024/06/03/ministers">
<meta property="article:published_time" content="2024-06-03T08:15:00+02:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Ministers meet at the river</h1>
<p>GENEVA — Two ministers met on the bridge on Friday to discuss the new weir, officials said,
after a month in which the river fell to its lowest level since 1976.</p>
<p>"We agreed to keep talking," the first minister said after the meeting, which lasted three hours.</p>
<p>The talks will resume on July 1 in Basel, according to a joint statement issued in the evening.</p>
</article>
<footer>All rights reserved. Cookie settings.</footer>
</body></html>"""


def split(items):
    items = list(items)
    articles = [i for i in items if isinstance(i, RawArticle)]
    problems = [i for i in items if isinstance(i, IngestProblem)]
    assert len(articles) + len(problems) == len(items)
    return articles, problems


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- the seeds and the examples -------------------------------------------------------


def test_seeds_read_with_manifest_dates_and_first_line_titles(seeds_dir):
    articles, problems = split(read_inputs([seeds_dir], manifest=seeds_dir / "manifest.csv"))
    assert problems == []
    assert len(articles) == 3  # README.md and manifest.csv are not articles
    dates = {"000_9abf273af07d1d32.txt": "2025-02-28", "001_cffb228c8a200e3d.txt": "2025-01-31",
             "002_636c643a7e52bad3.txt": "2025-02-03"}
    for article in articles:
        path = Path(article.source)
        original = path.read_text(encoding="utf-8")
        assert article.text == original  # whole text, headline included
        first = next(line.strip() for line in original.splitlines() if line.strip())
        assert article.title == first
        assert article.published == dates[path.name]
        assert article.warnings == []


def test_seeds_without_manifest_have_no_dates(seeds_dir):
    articles, problems = split(read_inputs([seeds_dir]))
    assert problems == [] and len(articles) == 3
    assert all(a.published is None for a in articles)


def test_examples_read_completely(examples_dir):
    articles, problems = split(read_inputs([examples_dir], manifest=examples_dir / "manifest.csv"))
    assert problems == []
    assert len(articles) == 6
    assert len({a.outlet for a in articles}) == 4
    assert all(a.published and a.title and a.url and a.outlet for a in articles)
    assert sorted(a.published for a in articles) == [
        "2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10", "2025-04-11", "2025-04-14"]
    for article in articles:
        assert 250 <= len(article.text.split()) <= 460, article.source
    html = next(a for a in articles if a.source.endswith(".html"))
    assert html.text.startswith(html.title + "\n\n")
    assert "“Blood has now been spilled over water,” Yusupov said." in html.text
    assert "All rights reserved" not in html.text and "Subscribe" not in html.text


# --- HTML -------------------------------------------------------------------------------


def test_html_metadata_and_main_text(tmp_path):
    page = write(tmp_path / "page.html", HTML_PAGE)
    [article] = list(read_inputs([page]))
    assert isinstance(article, RawArticle)
    assert article.title == "Ministers meet at the river"
    assert article.outlet == "Lakeside Herald"
    assert article.url == "https://herald.example/2024/06/03/ministers"
    assert article.published == "2024-06-03"
    assert '"We agreed to keep talking," the first minister said' in article.text
    assert "Subscribe now" not in article.text and "Cookie" not in article.text
    # paragraphs are separated by blank lines, as in plain text
    assert article.text.count("\n\n") == 3


def test_html_date_is_not_taken_from_the_article_text(tmp_path):
    page = write(tmp_path / "bare.html", "<html><body><p>Officials met on March 4, 2025 in Cairo to talk about "
                 "the canal. They will meet again next month, a spokesman said on Monday.</p></body></html>")
    [article] = list(read_inputs([page]))
    assert isinstance(article, RawArticle)
    assert article.published is None


def test_manifest_overrides_what_the_file_says(tmp_path):
    write(tmp_path / "page.html", HTML_PAGE)
    write(tmp_path / "m.csv", "file,published,outlet,url,title\npage.html,2024-06-04,Other Outlet,,\n")
    [article] = list(read_inputs([tmp_path / "page.html"], manifest=tmp_path / "m.csv"))
    assert article.published == "2024-06-04" and article.outlet == "Other Outlet"
    # empty manifest values leave the file's own
    assert article.title == "Ministers meet at the river"
    assert article.url == "https://herald.example/2024/06/03/ministers"


def test_html_page_without_text_is_a_problem(tmp_path):
    page = write(tmp_path / "empty.html", "<html><head><script>var a = 1;</script></head><body></body></html>")
    [problem] = list(read_inputs([page]))
    assert isinstance(problem, IngestProblem)
    assert problem.source == str(page) and "no article text" in problem.message


# --- JSON Lines --------------------------------------------------------------------------


def test_jsonl_bad_line_in_the_middle(tmp_path):
    lines = [
        json.dumps({"text": "First story about the border.", "title": "One", "outlet": "A", "published": "2024-05-01"}),
        '{"text": "broken line, no closing brace"',
        "",
        json.dumps({"text": "Third story.", "url": "https://x.example/3", "published": "2024-05-03T10:00:00Z"}),
        json.dumps({"title": "no text here"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Dated badly.", "published": "May 5th"}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    articles, problems = split(read_inputs([path]))
    assert [a.text for a in articles] == ["First story about the border.", "Third story.", "Dated badly."]
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:4", f"{path}:7"]
    assert articles[0].title == "One" and articles[0].outlet == "A" and articles[0].published == "2024-05-01"
    assert articles[1].published == "2024-05-03" and articles[1].title == "Third story."
    assert articles[2].published is None and "bad date" in articles[2].warnings[0]
    assert [(p.source, p.line) for p in problems] == [(str(path), 2), (str(path), 5), (str(path), 6), (str(path), 7)]
    assert str(problems[0]).startswith(f"{path}:2: not valid JSON")
    assert "text" in problems[1].message
    assert "not a JSON object" in problems[2].message
    assert "May 5th" in problems[3].message


def test_jsonl_overlong_line_is_skipped_and_the_next_line_read(tmp_path, monkeypatch):
    monkeypatch.setattr("wirecoder.ingest.jsonl.MAX_JSONL_LINE_BYTES", 1000)
    path = write(tmp_path / "long.jsonl", json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "short"}) + "\n")
    articles, problems = split(read_inputs([path]))
    assert [a.text for a in articles] == ["short"] and articles[0].source == f"{path}:2"
    assert problems[0].line == 1 and "too long" in problems[0].message


def test_empty_jsonl_is_a_problem(tmp_path):
    path = write(tmp_path / "blank.jsonl", "\n\n  \n")
    [problem] = list(read_inputs([path]))
    assert isinstance(problem, IngestProblem) and "empty" in problem.message


# --- WARC --------------------------------------------------------------------------------


def _warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for rec_type, uri, content_type, payload in records:
            if rec_type == "response":
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
            else:
                record = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(payload),
                                                   warc_content_type=content_type)
            writer.write_record(record)
    return path


def test_warc_gz_articles_and_a_record_without_text(tmp_path):
    path = _warc(tmp_path / "crawl.warc.gz", [
        ("response", "https://herald.example/a", "text/html; charset=utf-8", HTML_PAGE.encode()),
        ("response", "https://herald.example/empty", "text/html", b""),
        ("response", "https://herald.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("resource", "file:///notes/b.txt", "text/plain", "Second headline\n\nBody of the note.".encode()),
        ("metadata", "https://herald.example/a", "application/json", b'{"crawler": "x"}'),
    ])
    assert gzip.open(path).read(4) == b"WARC"  # really gzipped
    articles, problems = split(read_inputs([path]))
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#4"]
    assert articles[0].title == "Ministers meet at the river"
    assert articles[0].url == "https://herald.example/2024/06/03/ministers"  # the page's own (canonical) url
    assert articles[1].title == "Second headline" and articles[1].url == "file:///notes/b.txt"
    [problem] = problems
    assert problem.source == str(path)
    assert "record 2" in problem.message and "https://herald.example/empty" in problem.message


def test_not_a_warc_file_and_a_truncated_one(tmp_path):
    fake = write(tmp_path / "fake.warc", "this is not a web archive\n")
    noise = write(tmp_path / "noise.warc.gz", gzip.compress(bytes(range(256)) * 100))
    good = _warc(tmp_path / "good.warc.gz", [
        ("resource", "file:///a.txt", "text/plain", b"Kept headline\n\nbody"),
        ("resource", "file:///b.txt", "text/plain", b"Lost headline\n\nbody" * 50)])
    truncated = write(tmp_path / "truncated.warc.gz", good.read_bytes()[:-40])
    plain = _warc(tmp_path / "plain.warc", [
        ("resource", "file:///a.txt", "text/plain", b"Kept headline\n\nbody"),
        ("resource", "file:///b.txt", "text/plain", b"Lost headline\n\nbody" * 50)])
    cut = write(tmp_path / "cut.warc", plain.read_bytes()[:-300])
    articles, problems = split(read_inputs([fake, noise, truncated, cut]))
    assert [a.title for a in articles] == ["Kept headline", "Kept headline"]
    assert [p.source for p in problems] == [str(fake), str(noise), str(truncated), str(cut)]
    assert "not a WARC file" in problems[0].message and "not a WARC file" in problems[1].message
    assert problems[2].message.startswith("record 2 (file:///b.txt): damaged or truncated")
    assert problems[3].message.startswith("record 2 (file:///b.txt): truncated record")


# --- bad input: the rest of the batch goes on ----------------------------------------------


def test_empty_binary_and_good_files_in_one_batch(tmp_path):
    write(tmp_path / "a_empty.txt", "")
    write(tmp_path / "b_blank.txt", " \n\n \t\n")
    write(tmp_path / "c_binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    write(tmp_path / "d_good.txt", "Headline here\n\nThe body of the article.\n")
    articles, problems = split(read_inputs([tmp_path]))
    assert [Path(a.source).name for a in articles] == ["d_good.txt"]
    assert [(Path(p.source).name, p.message) for p in problems] == [
        ("a_empty.txt", "empty file"), ("b_blank.txt", "empty file"),
        ("c_binary.txt", "binary file (not text); skipped")]


def test_control_characters_without_nul_are_binary(tmp_path):
    path = write(tmp_path / "noise.txt", bytes([1, 2, 3, 4, 5, 6, 7, 65]) * 100)
    [problem] = list(read_inputs([path]))
    assert isinstance(problem, IngestProblem) and "binary" in problem.message


def test_invalid_utf8_is_decoded_with_a_warning_and_nothing_else(tmp_path):
    path = write(tmp_path / "latin1.txt", "Caf\xe9 talks resume\n\nThe minister said it was na\xefve.\n".encode("latin-1"))
    items = list(read_inputs([path]))
    [article] = items  # no problem besides the article
    assert isinstance(article, RawArticle)
    assert article.title == "Caf\ufffd talks resume"
    assert article.text.count("\ufffd") == 2
    [warning] = article.warnings
    assert "invalid UTF-8" in warning and "offset 3" in warning and "2 replacement characters" in warning


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        line = b"The same sentence again and again, about nothing in particular.\n"
        for _ in range(50 * 2**20 // len(line)):
            handle.write(line)
        handle.write(b"x" * (50 * 2**20 - handle.tell()))
    small = write(tmp_path / "small.txt", "Small headline\n\nSmall body.")
    tracemalloc.start()
    articles, problems = split(read_inputs([big, small]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [a.source for a in articles] == [str(small)]
    [problem] = problems
    assert problem.source == str(big)
    assert problem.message.startswith("file too large (50.0 MB; limit ") and "split it" in problem.message
    assert peak < 5 * 2**20  # the 50 MB were never loaded


def test_article_over_the_character_limit(tmp_path):
    path = write(tmp_path / "long.txt", "Headline\n\n" + "word " * (MAX_ARTICLE_CHARS // 5 + 10))
    [problem] = list(read_inputs([path]))
    assert isinstance(problem, IngestProblem) and "article too long" in problem.message


def test_missing_path_and_unknown_type(tmp_path):
    notes = write(tmp_path / "notes.md", "# notes")
    good = write(tmp_path / "ok.txt", "Fine\n\nText.")
    articles, problems = split(read_inputs([tmp_path / "nope.txt", notes, good]))
    assert [a.source for a in articles] == [str(good)]
    assert problems[0].source == str(tmp_path / "nope.txt") and "no such file" in problems[0].message
    assert problems[1].source == str(notes) and "unknown file type" in problems[1].message


def test_folders_are_read_recursively_in_order_skipping_what_is_not_an_article(tmp_path):
    write(tmp_path / "b.txt", "B\n\nbody")
    write(tmp_path / "a" / "z.txt", "AZ\n\nbody")
    write(tmp_path / "a" / "y.md", "not an article")
    write(tmp_path / ".hidden.txt", "Hidden\n\nbody")
    write(tmp_path / ".git" / "x.txt", "Hidden too\n\nbody")
    write(tmp_path / "README.md", "# about")
    write(tmp_path / "manifest.csv", "file,published\nb.txt,2024-01-02\n")
    articles, problems = split(read_inputs([tmp_path, tmp_path / "b.txt"], manifest=tmp_path / "manifest.csv"))
    assert problems == []
    assert [a.title for a in articles] == ["AZ", "B"]  # b.txt named twice, read once
    assert [a.published for a in articles] == [None, "2024-01-02"]


def test_empty_folder_is_a_problem(tmp_path):
    write(tmp_path / "README.md", "# nothing")
    [problem] = list(read_inputs([tmp_path]))
    assert isinstance(problem, IngestProblem) and "no articles" in problem.message


def test_reading_is_streamed(tmp_path):
    first = write(tmp_path / "1.txt", "One\n\nbody")
    second = write(tmp_path / "2.txt", "Two\n\nbody")
    stream = read_inputs([tmp_path])
    assert next(stream).title == "One"
    second.unlink()  # not read yet: it was not loaded in advance
    rest = list(stream)
    assert len(rest) == 1 and isinstance(rest[0], IngestProblem) and rest[0].source == str(second)
    assert first.exists()


def test_encodings_and_line_ends(tmp_path):
    bom = write(tmp_path / "bom.txt", "\ufeffTitle with BOM\r\n\r\nBody.\r\n".encode("utf-8"))
    utf16 = write(tmp_path / "utf16.txt", "Sixteen bits\n\nBody.".encode("utf-16"))
    articles, problems = split(read_inputs([bom, utf16]))
    assert problems == []
    assert articles[0].text == "Title with BOM\n\nBody.\n" and articles[0].title == "Title with BOM"
    assert articles[1].title == "Sixteen bits" and articles[1].warnings == []


# --- manifest ------------------------------------------------------------------------------


def test_manifest_row_naming_a_missing_file(tmp_path):
    write(tmp_path / "one.txt", "One\n\nbody")
    manifest = write(tmp_path / "manifest.csv",
                     "file,published,outlet,url,title\none.txt,2024-03-01,Daily,https://d.example/1,\nghost.txt,2024-03-02,,,\n")
    articles, problems = split(read_inputs([tmp_path], manifest=manifest))
    assert [(a.title, a.outlet, a.url, a.published) for a in articles] == [("One", "Daily", "https://d.example/1", "2024-03-01")]
    [problem] = problems
    assert problem.source == str(manifest) and problem.line == 3
    assert "ghost.txt" in problem.message and str(problem).startswith(f"{manifest}:3: ")


def test_manifest_bad_date_names_its_line_and_the_file_is_still_read(tmp_path):
    write(tmp_path / "one.txt", "One\n\nbody")
    manifest = write(tmp_path / "m.csv", "file,published\none.txt,2024-02-30\n")
    articles, problems = split(read_inputs([tmp_path / "one.txt"], manifest=manifest))
    assert len(articles) == 1 and articles[0].published is None
    assert problems[0].line == 2 and "2024-02-30" in problems[0].message


def test_manifest_in_another_folder_matches_by_basename(tmp_path):
    write(tmp_path / "articles" / "one.txt", "One\n\nbody")
    manifest = write(tmp_path / "meta" / "m.json",
                     json.dumps([{"file": "one.txt", "published": "2024-03-01T09:00:00+01:00", "outlet": "Daily"}]))
    articles, problems = split(read_inputs([tmp_path / "articles"], manifest=manifest))
    assert problems == []
    assert (articles[0].published, articles[0].outlet) == ("2024-03-01", "Daily")


def test_manifest_not_found_is_a_problem_and_the_files_are_still_read(tmp_path):
    write(tmp_path / "one.txt", "One\n\nbody")
    articles, problems = split(read_inputs([tmp_path], manifest=tmp_path / "absent.csv"))
    assert len(articles) == 1
    assert problems[0].source == str(tmp_path / "absent.csv") and "not found" in problems[0].message


# --- published default and stdin ---------------------------------------------------------------


def test_published_applies_only_to_articles_without_a_date(tmp_path):
    plain = write(tmp_path / "plain.txt", "Plain\n\nbody")
    lines = write(tmp_path / "x.jsonl", json.dumps({"text": "dated", "published": "2020-01-01"}) + "\n"
                  + json.dumps({"text": "undated"}) + "\n")
    articles, _ = split(read_inputs([plain, lines], published="2025-02-03T12:00:00"))
    assert [a.published for a in articles] == ["2025-02-03", "2020-01-01", "2025-02-03"]


def test_bad_published_is_a_usage_error():
    with pytest.raises(ValueError, match="bad date"):
        read_inputs(["-"], published="03/02/2025")


def test_stdin_plain_text():
    [article] = list(read_inputs(["-"], stdin=io.StringIO("\n\nPasted headline\n\nPasted body."), published="2025-01-01"))
    assert isinstance(article, RawArticle)
    assert (article.title, article.source, article.published) == ("Pasted headline", "<stdin>", "2025-01-01")
    assert article.text == "\n\nPasted headline\n\nPasted body."


def test_stdin_json_lines_with_a_bad_line():
    data = json.dumps({"text": "one"}) + "\nnot json\n" + json.dumps({"text": "three"}) + "\n"
    articles, problems = split(read_inputs(["-"], stdin=io.StringIO(data)))
    assert [a.source for a in articles] == ["<stdin>:1", "<stdin>:3"]
    assert [(p.source, p.line) for p in problems] == [("<stdin>", 2)]


def test_stdin_bytes_invalid_utf8_and_empty():
    stream = io.TextIOWrapper(io.BytesIO(b"Bad \xff byte\n\nbody"), encoding="utf-8")
    [article] = list(read_inputs(["-"], stdin=stream))
    assert article.text == "Bad \ufffd byte\n\nbody" and "invalid UTF-8" in article.warnings[0]
    [problem] = list(read_inputs(["-"], stdin=io.StringIO("  \n")))
    assert isinstance(problem, IngestProblem) and problem.message == "empty input"
