"""Task results as plain dicts (for --json) and as a plain-text table."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class SystemResult:
    name: str
    metrics: dict[str, float | None] = field(default_factory=dict)
    status: str = "ok"  # ok, "not built yet", or "failed: ..."
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "status": self.status,
            "metrics": self.metrics,
            "counts": self.counts,
            "seconds": round(self.seconds, 2),
            "notes": self.notes,
        }


def not_run(name: str, why: tuple[str, str]) -> SystemResult:
    """The row of a system that could not run: (status, note)."""
    status, note = why
    return SystemResult(name, status=status, notes=[note])


@contextmanager
def timed(result: SystemResult) -> Iterator[SystemResult]:
    start = time.perf_counter()
    try:
        yield result
    finally:
        result.seconds += time.perf_counter() - start


def task_result(task: str, data: str, n_documents: int, seconds: float, systems: list[SystemResult],
                metrics: list[str], notes: list[str] | None = None) -> dict:
    return {
        "task": task,
        "data": data,
        "n_documents": n_documents,
        "seconds": round(seconds, 2),
        "metrics": metrics,
        "systems": {s.name: s.as_dict() for s in systems},
        "notes": notes or [],
    }


def format_value(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.0f}"
    return str(value)


def format_table(result: dict, width: int = 110) -> str:
    """One row per system, one column per metric, wrapped into blocks of
    columns that fit ``width`` characters."""
    lines = [
        f"{result['task']}  ({result['n_documents']} documents, {result['seconds']:.1f} s, data: {result['data']})"
    ]
    systems = result["systems"]
    metrics = result["metrics"]
    name_width = max(len("system"), *(len(n) for n in systems)) + 2
    blocks: list[list[str]] = [[]]
    used = name_width
    for metric in metrics:
        w = max(len(metric), 6) + 2
        if blocks[-1] and used + w > width:
            blocks.append([])
            used = name_width
        blocks[-1].append(metric)
        used += w
    for block in blocks:
        lines.append("")
        lines.append("system".ljust(name_width) + "".join(m.ljust(max(len(m), 6) + 2) for m in block).rstrip())
        for name, row in systems.items():
            if row["status"] != "ok":
                lines.append(name.ljust(name_width) + row["status"])
                continue
            cells = [format_value(row["metrics"].get(m)).ljust(max(len(m), 6) + 2) for m in block]
            lines.append(name.ljust(name_width) + "".join(cells).rstrip())
    timing = ", ".join(f"{name} {row['seconds']:.1f} s" for name, row in systems.items() if row["status"] == "ok")
    if timing:
        lines.append("")
        lines.append(f"time: {timing}")
    notes = list(result.get("notes", []))
    for name, row in systems.items():
        notes.extend(f"{name}: {note}" for note in row.get("notes", []))
    if notes:
        lines.append("")
        lines.extend(f"note: {note}" for note in notes)
    return "\n".join(lines)
