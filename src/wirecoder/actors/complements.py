"""Descriptions completed by their "of/in" complement.

"the president of Armenia", "security forces in Guinea", "the Albanians of
southern Serbia": the phrase names one actor (ARM GOV, GIN MIL, Albanians
living in Serbia). Its mention is stretched over the complement, so that a
later stage asking "which actor is this phrase?" finds the described group
rather than the bare country at its end; a people "of" a country lives there
and takes that country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import CAPITAL, COUNTRY, REGION
from .resolve import Resolved

PLACE_KINDS = {COUNTRY, CAPITAL, REGION}


def stretch_over_complements(items: list[Resolved], doc: Doc) -> None:
    for item in items:
        if item.kind not in {"group", "title"} or not item.phrase.attached:
            continue
        unit = item.phrase.attached[0]
        codes = [p.ref for p in unit.payloads if p.kind in PLACE_KINDS]
        if not codes:
            continue
        between = doc[item.phrase.end : unit.start]
        if not between or between[0].lower_ not in {"of", "in"}:
            continue
        item.end = doc[unit.end - 1].idx + len(doc[unit.end - 1].text)
        item.text = doc.text[item.start : item.end]
        if item.via == "demonym" and item.sectors[:1] == ["CVL"] and between[0].lower_ == "of":
            item.country = codes[0]  # "the Albanians of southern Serbia"
