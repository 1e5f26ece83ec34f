"""Export stored records: JSON Lines, CSV, Parquet, PLOVER JSON.

Every row keeps its evidence: the article id, and for records found in a
sentence, that sentence's text (column ``evidence``) next to the character
spans, so that an exported fact can be checked without the database.
"""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from .store import Store
from .store.schema import ARTICLE_TABLES, STORY_TABLES

EXPORTABLE = ["articles", "article_sources", "stories", "story_articles"] + [
    t for t in ARTICLE_TABLES if t != "sentences"
] + ["sentences"] + [t for t in STORY_TABLES if t != "event_mentions"] + ["event_mentions"]


class ExportError(RuntimeError):
    pass


def _rows(store: Store, table: str) -> list[dict]:
    if table not in EXPORTABLE:
        raise ExportError(f"unknown table {table!r}; choose one of: {', '.join(EXPORTABLE)}")
    if table == "articles":
        query = "SELECT * FROM articles ORDER BY published, id"
    elif table in ARTICLE_TABLES and table != "sentences":
        query = (
            f"SELECT t.*, s.text AS evidence FROM {table} t LEFT JOIN sentences s "
            "ON s.article_id = t.article_id AND s.idx = t.sentence ORDER BY t.article_id, t.idx"
        )
    else:
        query = f"SELECT * FROM {table}"
    return [dict(row) for row in store.db.execute(query)]


@contextmanager
def _output(out: str | None, binary: bool = False):
    if out is None:
        yield sys.stdout
    else:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle


def export_table(store: Store, fmt: str, table: str, out: str | None) -> int:
    if fmt == "plover-json":
        return _export_plover(store, out)
    rows = _rows(store, table)
    if fmt == "jsonl":
        with _output(out) as handle:
            for row in rows:
                for key in ("data", "offset_map", "warnings", "stages", "mentions", "sides", "steps"):
                    if isinstance(row.get(key), str):
                        row[key] = json.loads(row[key])
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with _output(out) as handle:
            columns = list(rows[0]) if rows else []
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "parquet":
        if out is None:
            raise ExportError("parquet needs --out FILE")
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), Path(out))
    else:
        raise ExportError(f"unknown format {fmt!r}")
    return len(rows)


def _export_plover(store: Store, out: str | None) -> int:
    try:
        from .events.plover_json import export_plover_json
    except ModuleNotFoundError as error:
        raise ExportError("PLOVER JSON needs the event coder, which this installation lacks") from error
    records = []
    for article_id in store.article_ids():
        records.extend(export_plover_json(store.load_extraction(article_id)))
    with _output(out) as handle:
        json.dump(records, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    return len(records)
