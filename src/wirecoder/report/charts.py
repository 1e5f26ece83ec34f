"""The report's charts as plotly figure specifications (plain dicts drawn by
the inlined plotly.js): the event timeline, the escalation chart per actor
pair and the map of event places.

Every point carries ``customdata``: the ids of the events behind it, so that
clicking it opens their evidence. Text that comes from articles is escaped
here because plotly renders a few HTML tags in hover labels.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from datetime import datetime, timedelta

from .gather import EventItem
from .plover import GROUPS, TYPE_ORDER, UNKNOWN_GROUP, group_colour, group_label, is_action

FONT = {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 13}
CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def _text(value: str) -> str:
    return html.escape(value or "", quote=False)


def _short(text: str, limit: int = 34) -> str:
    return _text(text if len(text) <= limit else text[: limit - 1] + "…")


def _hover(event: EventItem) -> str:
    kind = event.type + (f" / {event.mode}" if event.mode else "")
    lines = [
        f"<b>{_text(kind)}</b> ({_text(event.modality)})",
        f"{_text(event.source or '?')} → {_text(event.target or '?')}",
        f"“{_text(event.trigger)}” · {_text(event.date or 'no date')}",
        f"intensity {event.intensity:+.1f} · {event.outlets} source(s)",
    ]
    if event.place:
        lines.append(f"at {_text(event.place)}")
    return "<br>".join(lines)


def _spread(events: list[EventItem]) -> dict[int, str]:
    """An x position per event: its day, with events of the same day and type
    spread over the day so that each stays clickable."""
    cells: dict[tuple[str, str], list[EventItem]] = defaultdict(list)
    for event in events:
        if event.day:
            cells[(event.day, event.type)].append(event)
    positions = {}
    for (day, _type), members in cells.items():
        start = datetime.fromisoformat(day)
        for i, event in enumerate(members):
            offset = timedelta(hours=24 * (i + 1) / (len(members) + 1))
            positions[event.id] = (start + offset).isoformat(sep=" ", timespec="minutes")
    return positions


def timeline_figure(events: list[EventItem]) -> dict | None:
    """Events by day (x) and PLOVER type (y), coloured by group; actions are
    filled circles, threats/plans/statements open diamonds."""
    dated = [e for e in events if e.day]
    if not dated:
        return None
    x = _spread(dated)
    traces = []
    for group in list(GROUPS) + [UNKNOWN_GROUP[0]]:
        for action in (True, False):
            members = [e for e in dated if e.group == group and is_action(e.modality) == action]
            if not members:
                continue
            traces.append({
                "type": "scatter", "mode": "markers",
                "name": f"{group_label(group)} — {'action' if action else 'threat / plan / claim'}",
                "legendgroup": str(group),
                "x": [x[e.id] for e in members], "y": [e.type for e in members],
                "customdata": [e.id for e in members],
                "hovertext": [_hover(e) for e in members], "hoverinfo": "text",
                "marker": {
                    # an open symbol is drawn in marker.color, its inside left empty
                    "color": group_colour(group),
                    "symbol": "circle" if action else "diamond-open",
                    "size": [11 + 3 * min(e.outlets - 1, 4) for e in members],
                    "line": {"color": group_colour(group), "width": 1 if action else 2.5},
                },
            })
    present = {e.type for e in dated}
    order = [t for t in TYPE_ORDER if t in present] + sorted(present - set(TYPE_ORDER))
    layout = {
        "font": FONT, "height": 150 + 34 * len(order), "margin": {"l": 100, "r": 20, "t": 10, "b": 40},
        "hovermode": "closest", "clickmode": "event",
        "xaxis": {"type": "date", "gridcolor": "#eee"},
        "yaxis": {"type": "category", "categoryorder": "array", "categoryarray": order,
                  "autorange": "reversed", "gridcolor": "#eee"},
        "showlegend": False,  # the page explains colours and symbols above the chart
        "plot_bgcolor": "white",
    }
    return {"data": traces, "layout": layout}


def dyads(event: EventItem) -> list[tuple[str, str]]:
    """The directed actor pairs of an event, by country code where known
    (``USA→MEX``), else by actor name."""
    sources = event.source_countries or [n.strip() for n in event.source.split(";") if n.strip()]
    targets = event.target_countries or [n.strip() for n in event.target.split(";") if n.strip()]
    return [(s, t) for s in sources for t in targets]


def escalation_figure(events: list[EventItem], limit: int = 8) -> dict | None:
    """Intensity over time for the most active actor pairs: one line per
    pair, one point per day (the mean of that day's events)."""
    pairs: dict[tuple[str, str], list[EventItem]] = defaultdict(list)
    for event in events:
        if event.day:
            for pair in dyads(event):
                pairs[pair].append(event)
    if not pairs:
        return None
    ranked = sorted(pairs, key=lambda p: (-len(pairs[p]), p))[:limit]
    traces = []
    for source, target in ranked:
        days: dict[str, list[EventItem]] = defaultdict(list)
        for event in pairs[(source, target)]:
            days[event.day].append(event)
        ordered = sorted(days)
        means = [sum(e.intensity for e in days[d]) / len(days[d]) for d in ordered]
        hover = []
        for day, mean in zip(ordered, means):
            kinds = Counter(e.type for e in days[day])
            listing = ", ".join(f"{t}×{n}" if n > 1 else t for t, n in kinds.most_common())
            hover.append(
                f"<b>{_text(source)} → {_text(target)}</b><br>{day}: mean intensity {mean:+.1f}"
                f"<br>{len(days[day])} event(s): {_text(listing)}"
            )
        traces.append({
            "type": "scatter", "mode": "lines+markers", "name": _short(f"{source} → {target}"),
            "x": ordered, "y": [round(m, 2) for m in means],
            "customdata": [",".join(str(e.id) for e in days[d]) for d in ordered],
            "hovertext": hover, "hoverinfo": "text",
            "marker": {"size": [8 + 2 * min(len(days[d]), 6) for d in ordered]},
            "line": {"width": 2},
        })
    layout = {
        "font": FONT, "height": 420, "margin": {"l": 60, "r": 20, "t": 10, "b": 40},
        "hovermode": "closest", "plot_bgcolor": "white",
        "xaxis": {"type": "date", "gridcolor": "#eee"},
        "yaxis": {"range": [-10.5, 10.5], "zeroline": True, "zerolinecolor": "#999", "gridcolor": "#eee",
                  "title": {"text": "intensity (− conflict … + cooperation)"}},
        "legend": {"orientation": "h", "x": 0, "y": -0.12, "yanchor": "top"},
    }
    return {"data": traces, "layout": layout}


def map_figure(events: list[EventItem]) -> dict | None:
    """Event places with coordinates, one marker per place sized by its
    number of events and coloured by their most frequent PLOVER group."""
    places: dict[tuple[str, float, float], list[EventItem]] = defaultdict(list)
    for event in events:
        if event.latitude is not None and event.longitude is not None:
            places[(event.place, event.latitude, event.longitude)].append(event)
    if not places:
        return None
    keys = sorted(places, key=lambda k: -len(places[k]))
    colours, hover = [], []
    for key in keys:
        members = places[key]
        group = Counter(e.group for e in members).most_common(1)[0][0]
        colours.append(group_colour(group))
        kinds = Counter(e.type for e in members)
        hover.append(
            f"<b>{_text(key[0])}</b><br>{len(members)} event(s): "
            + _text(", ".join(f"{t}×{n}" if n > 1 else t for t, n in kinds.most_common()))
        )
    lats = [k[1] for k in keys]
    lons = [k[2] for k in keys]
    trace = {
        "type": "scattergeo", "mode": "markers+text", "lat": lats, "lon": lons,
        "text": [_text(k[0]) for k in keys], "textposition": "top center",
        "customdata": [",".join(str(e.id) for e in places[k]) for k in keys],
        "hovertext": hover, "hoverinfo": "text",
        "marker": {"size": [10 + 4 * min(len(places[k]), 8) for k in keys], "color": colours,
                   "line": {"color": "white", "width": 1}, "opacity": 0.85},
        "textfont": {"size": 12},
    }
    pad_lat = max(6.0, (max(lats) - min(lats)) * 0.25)
    pad_lon = max(10.0, (max(lons) - min(lons)) * 0.25)
    geo = {
        "projection": {"type": "mercator"}, "resolution": 110, "showcountries": True,
        "countrycolor": "#aaa", "showland": True, "landcolor": "#f3f1ea", "showocean": True,
        "oceancolor": "#e6f0f7", "showlakes": False, "coastlinecolor": "#999",
        "lataxis": {"range": [max(min(lats) - pad_lat, -80), min(max(lats) + pad_lat, 84)]},
        "lonaxis": {"range": [max(min(lons) - pad_lon, -180), min(max(lons) + pad_lon, 180)]},
    }
    layout = {"font": FONT, "height": 460, "margin": {"l": 0, "r": 0, "t": 0, "b": 0}, "geo": geo,
              "showlegend": False}
    return {"data": [trace], "layout": layout}
