"""Publication dates as ISO dates (YYYY-MM-DD)."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def iso_date(value: object) -> str | None:
    """The ISO date (YYYY-MM-DD) of a date or full ISO timestamp; None when
    empty. A value that is not a real ISO date raises ValueError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if not _ISO_START.match(text):
        raise ValueError(f"bad date {text!r}: expected YYYY-MM-DD or a full ISO timestamp")
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise ValueError(f"bad date {text!r}: expected YYYY-MM-DD or a full ISO timestamp") from None
