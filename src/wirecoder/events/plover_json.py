"""Events as PLOVER JSON records (manual, chapter "Data Fields").

Field names follow the manual's PLOVER JSON table: id, date, actor and
recipient (lists of entity objects with code, sector, entity_text), event,
mode, context, event_loc, quad_code, event_scale, event_text, text_info
(sentence sequence and character offsets) and cite_info. wirecoder adds what
an auditor needs in ``wirecoder``: modality, confidence, date precision, the
underlying action of a threat or promise, and every evidence span.
"""

from __future__ import annotations

from typing import Any

from ..records import Event, Extraction

CODER = "wirecoder"
CODEBOOK = "plover-2.0-draft"


def _entities(extraction: Extraction, actor_ids: list[str], spans: list[list[int]], text: str) -> list[dict[str, Any]]:
    entities = []
    for actor_id in actor_ids:
        actor = extraction.actor(actor_id)
        if actor is None:
            continue
        entities.append({
            "code": actor.country or "",
            "sector": actor.sectors[0] if actor.sectors else "",
            "other_sector_codes": actor.sectors[1:],
            "entity_text": actor.name,
            "identifier_id": actor.id,
        })
    if not entities and text:
        # Not resolved to a known actor: keep the words, without codes.
        entities.append({"code": "", "sector": "", "entity_text": text})
    for entity, span in zip(entities, spans):
        entity["offsets"] = list(span)
    return entities


def _location(extraction: Extraction, event: Event) -> dict[str, Any] | None:
    if event.place_index is None or not (0 <= event.place_index < len(extraction.places)):
        return None
    place = extraction.places[event.place_index]
    return {
        "extracted_place": place.text,
        "resolved_place": place.name or place.text,
        "geonameid": place.geonames_id,
        "lat": place.latitude,
        "lon": place.longitude,
        "country_code": place.country or "",
        "province": place.admin1,
        "offsets": [place.start, place.end],
    }


def event_record(extraction: Extraction, event: Event, number: int) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    article = extraction.article
    sentence = extraction.sentences[event.sentence] if 0 <= event.sentence < len(extraction.sentences) else None
    return {
        "id": f"{article.id}-{number:04d}",
        "has_event": True,
        "date": event.date or article.published or "",
        "actor": _entities(extraction, event.source_actor_ids, event.source_spans, event.source_text),
        "recipient": _entities(extraction, event.target_actor_ids, event.target_spans, event.target_text),
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.contexts),
        "event_loc": _location(extraction, event),
        "event_text": [event.trigger],
        "quad_code": event.quad or None,
        "event_scale": event.intensity,
        "text_info": {
            "sequence": event.sentence,
            "start": sentence.start if sentence else event.trigger_start,
            "end": sentence.end if sentence else event.trigger_end,
            "spans": {name: list(span) for name, span in event.spans.items()},
        },
        "cite_info": {
            "citation": article.id,
            "url": article.url,
            "title": article.title,
            "publication": article.outlet,
            "language": "en",
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "coder": CODER,
        "wirecoder": {
            "modality": event.modality,
            "date_precision": event.date_precision,
            "confidence": event.confidence,
            "action_type": event.action_type,
            "source_text": event.source_text,
            "target_text": event.target_text,
            "mentions": list(event.mentions),
        },
    }


def export_plover_json(extraction: Extraction) -> list[dict[str, Any]]:
    """Every event of an extraction as PLOVER JSON records, in text order."""
    events = sorted(extraction.events, key=lambda e: (e.sentence, e.trigger_start))
    return [event_record(extraction, event, i + 1) for i, event in enumerate(events)]
