"""The HTML report: self-contained, escaped, every section fed by the data."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from test_report_data import HOSTILE, database, plain_database  # noqa: F401  (fixtures)

from wirecoder.report import build_report
from wirecoder.report.charts import escalation_figure, map_figure, timeline_figure
from wirecoder.report.command import report_command
from wirecoder.report.gather import gather
from wirecoder.report.render import json_for_script, report_payload
from wirecoder.store import Store


def _payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_report_is_self_contained(database):
    html, _ = build_report(database)
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    assert "cdn.plot.ly" not in html.replace("https://cdn.plot.ly/un/", "")  # only plotly's unused default
    assert len(re.findall(r"\* plotly\.js v\d", html)) == 1  # inlined once
    assert "window.PlotlyGeoAssets" in html  # the map's world outline travels with the file


def test_article_text_is_escaped_everywhere(database):
    html, _ = build_report(database)
    assert HOSTILE not in html
    assert "<script>alert" not in html
    assert "\\u003cscript\\u003ealert" in html  # the article text, inside the embedded JSON
    payload = _payload(html)
    assert HOSTILE in payload["articles"]["a1"]["text"]  # intact once parsed back


def test_json_for_script_cannot_close_the_script():
    text = json_for_script({"t": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><!-- & \u2028"}


def test_every_item_carries_evidence_into_its_article(database):
    html, data = build_report(database)
    payload = _payload(html)
    for key, item in payload["items"].items():
        assert item["evidence"], key
        for mention in item["evidence"]:
            article = payload["articles"][mention["a"]]
            start, end = article["sentences"][mention["s"]]
            assert start <= mention["b"] < mention["e"] <= end, key
    quote = next(v for k, v in payload["items"].items() if k.startswith("q"))
    mention = quote["evidence"][0]
    assert payload["articles"]["a1"]["text"][mention["b"]:mention["e"]] == "We will not be bullied,"


def test_sections_follow_the_data(database, plain_database):
    html, _ = build_report(database)
    for heading in ("Brief", "Timeline", "Escalation by actor pair", "Quote board", "Numbers",
                    "Conflicts between sources", "Where events took place", "All events"):
        assert f"<h2>{heading}" in html, heading
    assert "Anna Weiss" in html and "We will not be bullied," in html
    plain, _ = build_report(plain_database)
    assert "Conflicts between sources" not in plain  # no conflict rows: no section


def test_timeline_separates_threats_from_actions(database):
    with Store(database, readonly=True) as store:
        events = gather(store).events
    figure = timeline_figure(events)
    traces = {t["name"]: t for t in figure["data"]}
    threat = traces["verbal conflict — threat / plan / claim"]
    assert threat["marker"]["symbol"] == "diamond-open" and threat["y"] == ["THREATEN"]
    action = traces["material conflict — action"]
    assert action["marker"]["symbol"] == "circle" and action["y"] == ["ASSAULT"]
    assert traces["verbal cooperation — action"]["marker"]["color"] != action["marker"]["color"]
    assert figure["layout"]["yaxis"]["categoryarray"] == ["AGREE", "THREATEN", "ASSAULT"]


def test_escalation_per_country_pair(database):
    with Store(database, readonly=True) as store:
        events = gather(store).events
    figure = escalation_figure(events)
    names = [t["name"] for t in figure["data"]]
    assert "BOR → RUR" in names and "RUR → BOR" in names
    bor_rur = next(t for t in figure["data"] if t["name"] == "BOR → RUR")
    assert bor_rur["y"] == [-9.0] and bor_rur["x"] == ["2025-04-06"]


def test_map_places_events_with_coordinates(database):
    with Store(database, readonly=True) as store:
        events = gather(store).events
    figure = map_figure(events)
    (trace,) = figure["data"]
    assert trace["type"] == "scattergeo" and trace["text"] == ["Klow"]
    assert trace["lat"] == [41.3] and trace["lon"] == [69.2]
    assert map_figure([e for e in events if e.latitude is None]) is None


def test_hover_text_from_articles_is_escaped():
    from wirecoder.report.charts import _hover
    from wirecoder.report.gather import EventItem

    event = EventItem(0, "ASSAULT", "", "occurred", 4, "<b>x</b>", "?", [], [], None, "2025-01-01", -9.0, "<i>")
    assert "&lt;b&gt;x&lt;/b&gt;" in _hover(event) and "<i>" not in _hover(event)


def test_report_command_writes_the_file_and_summarises(database, tmp_path):
    out = tmp_path / "story.html"
    result = CliRunner().invoke(report_command, ["--db", str(database), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["events"] == 3 and summary["conflicts"] == 1 and summary["outlets"] == 2
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_command_story_and_errors(database, tmp_path):
    out = tmp_path / "story.html"
    ok = CliRunner().invoke(report_command, ["--db", str(database), "--out", str(out), "--story", "1", "--quiet"])
    assert ok.exit_code == 0 and ok.output == ""
    assert "Klow shooting" in out.read_text(encoding="utf-8")
    missing = CliRunner().invoke(report_command, ["--db", str(database), "--out", str(out), "--story", "5"])
    assert missing.exit_code == 1 and "no story 5" in missing.output
    nodb = CliRunner().invoke(report_command, ["--db", str(tmp_path / "none.db"), "--out", str(out)])
    assert nodb.exit_code == 1 and "no such database" in nodb.output


def test_empty_database_still_makes_a_report(tmp_path):
    Store(tmp_path / "empty.db").close()
    html, data = build_report(tmp_path / "empty.db")
    assert data.events == [] and "The database holds no articles yet." in html
    assert "No quotations were found" in html
