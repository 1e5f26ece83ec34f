"""Time baseline: spaCy DATE and TIME entities, each normalized by dateparser
against the document creation time.

Type: TIME for spaCy TIME entities, DURATION when the text reads as a length
of time ("three weeks", "24 hours") or SET ("every week"), else DATE. Value:
dateparser's date at the granularity dateparser reports (day, week, month,
year); no value when dateparser cannot read the expression.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateparser.date import DateDataParser

from ..scorers.tempeval import TimexSpan

_DURATION = re.compile(r"^(?:the\s+)?(?:last|past|next|first|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"several|few|many|some|twenty|thirty|\w+-\w+)\b.*\b(?:seconds?|minutes?|hours?|days?|weeks?|"
                       r"months?|years?|decades?|centuries)$", re.I)
_SET = re.compile(r"\b(?:every|each|daily|weekly|monthly|annually|yearly)\b", re.I)


@lru_cache(maxsize=256)
def _parser(anchor: str | None) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor)
    return DateDataParser(languages=["en"], settings=settings)


def timex_value(text: str, label: str, anchor: str | None) -> tuple[str, str]:
    """(type, value) for one spaCy DATE/TIME entity."""
    if _SET.search(text):
        return "SET", ""
    if _DURATION.match(text.strip()) and not re.search(r"\b(ago|last|next)\b\s*$", text, re.I):
        kind = "DURATION"
    else:
        kind = "TIME" if label == "TIME" else "DATE"
    try:
        data = _parser(anchor).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises on odd inputs; that is "no value"
        return kind, ""
    date = data.date_obj
    if date is None or kind == "DURATION":
        return kind, ""
    period = data.period or "day"
    if kind == "TIME" and period == "time":
        return kind, date.strftime("%Y-%m-%dT%H:%M")
    if period == "year":
        return kind, f"{date.year:04d}"
    if period == "month":
        return kind, f"{date.year:04d}-{date.month:02d}"
    if period == "week":
        year, week, _ = date.isocalendar()
        return kind, f"{year:04d}-W{week:02d}"
    return kind, date.strftime("%Y-%m-%d")


def predict(doc_id, spacy_doc, anchor: str | None) -> list[TimexSpan]:
    out = []
    for ent in spacy_doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            kind, value = timex_value(ent.text, ent.label_, anchor)
            out.append(TimexSpan(doc_id, ent.start_char, ent.end_char, kind, value))
    return out
