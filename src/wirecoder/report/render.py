"""Render the report as one self-contained HTML file: the page is rendered
by Jinja (autoescaped), the charts by plotly.js inlined once, the evidence
panel by a small script that reads the cited articles from an embedded JSON
block. Nothing is fetched from the network, so the file opens from disk."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jinja2

from .. import __version__ as wirecoder_version
from .brief import make_brief
from .charts import CONFIG, escalation_figure, map_figure, timeline_figure
from .gather import Evidence, ReportData
from .plover import GROUPS, group_colour, group_label, is_action

_PACKAGE = resources.files(__package__)


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """plotly.js as shipped inside the plotly Python package (no CDN)."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return path.read_text(encoding="utf-8")


def _static(name: str) -> str:
    return (_PACKAGE / "static" / name).read_text(encoding="utf-8")


def script_safe(text: str) -> str:
    """Text that cannot close or confuse the <script> element it is inlined in."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def json_for_script(value) -> str:
    """JSON that is safe inside <script type="application/json">: every <, >
    and & is written as a \\u escape, so article text can hold anything."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _evidence(items: list[Evidence]) -> list[dict]:
    return [{"a": e.article_id, "s": e.sentence, "b": e.start, "e": e.end, "l": e.label} for e in items]


@dataclass
class Speaker:
    name: str
    quotes: list  # [(key, QuoteItem)]
    outlets: int


def _speakers(data: ReportData) -> list[Speaker]:
    groups: dict[str, list] = defaultdict(list)
    for i, quote in enumerate(data.quotes):
        groups[quote.speaker].append((f"q{i}", quote))
    speakers = []
    for name, quotes in groups.items():
        articles = {e.article_id for _, q in quotes for e in q.evidence}
        outlets = len({data.articles[a].source or a for a in articles if a in data.articles})
        speakers.append(Speaker(name, quotes, outlets))
    speakers.sort(key=lambda s: (s.name == "unattributed", -len(s.quotes), s.name))
    return speakers


def report_payload(data: ReportData) -> dict:
    """What the page's script needs: evidence of every item, the cited
    articles, the chart specifications."""
    items: dict[str, dict] = {}
    for event in data.events:
        items[f"e{event.id}"] = {"label": event.label, "evidence": _evidence(event.evidence)}
    for i, quote in enumerate(data.quotes):
        items[f"q{i}"] = {"label": f"{quote.speaker}: “{quote.content[:80]}”", "evidence": _evidence(quote.evidence)}
    for i, fact in enumerate(data.facts):
        items[f"f{i}"] = {"label": fact.text + (f" ({fact.counts})" if fact.counts else ""),
                          "evidence": _evidence(fact.evidence)}
    for i, conflict in enumerate(data.conflicts):
        for j, side in enumerate(conflict.sides):
            items[f"c{i}s{j}"] = {"label": f"{conflict.subject}: {side.value}", "evidence": _evidence(side.evidence)}
    cited = {e["a"] for item in items.values() for e in item["evidence"]}
    articles = {
        a.id: {"title": a.title, "outlet": a.outlet, "source": a.source, "published": a.published,
               "url": a.url, "text": a.text, "sentences": a.sentences}
        for a in data.articles.values() if a.id in cited
    }
    charts = {
        "timeline": timeline_figure(data.events),
        "escalation": escalation_figure(data.events),
        "map": map_figure(data.events),
    }
    return {"items": items, "articles": articles, "charts": {k: v for k, v in charts.items() if v},
            "config": CONFIG}


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_PACKAGE / "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["group_label"] = group_label
    env.filters["group_colour"] = group_colour
    return env


def render_report(data: ReportData, generated: datetime | None = None) -> str:
    payload = report_payload(data)
    brief = make_brief(data)
    has_map = "map" in payload["charts"]
    facts = sorted(enumerate(data.facts), key=lambda p: (not p[1].informative, p[0]))
    context = {
        "data": data,
        "brief": brief,
        "speakers": _speakers(data),
        "facts": [(f"f{i}", fact) for i, fact in facts if fact.informative],
        "other_facts": [(f"f{i}", fact) for i, fact in facts if not fact.informative],
        "events": sorted(data.events, key=lambda e: (e.day or "9999", e.id)),
        "groups": [(g, label, colour) for g, (label, colour, _types) in GROUPS.items()],
        "charts": payload["charts"],
        "is_action": is_action,
        "generated": (generated or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC"),
        "version": wirecoder_version,
        "payload_json": json_for_script(payload),
        "plotly_js": script_safe(plotly_js()),
        "geo_assets_js": script_safe(
            "window.PlotlyGeoAssets = {topojson: {world_110m: " + _static("world_110m.json") + "}};"
        ) if has_map else "",
        "report_js": script_safe(_static("report.js")),
        "report_css": _static("report.css"),
    }
    return _environment().get_template("report.html.j2").render(**context)
