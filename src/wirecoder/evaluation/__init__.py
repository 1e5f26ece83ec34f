"""Accuracy against public gold data, side by side with peer baselines.

``run_task(name, data, limit)`` reads the gold data of one task, runs
wirecoder (through its public pipeline) and the task's peer baselines on it,
and scores all of them with the same scorer; ``format_table`` prints the
result. ``wirecoder eval TASK`` is the command line over these, and
``python -m wirecoder.evaluation.report`` runs every task and writes
docs/accuracy.md.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from .errors import GoldDataError
from .result import format_table
from .tasks import TASKS

__all__ = ["TASKS", "GoldDataError", "default_data_path", "format_table", "run_task"]


def default_data_path(task: str, base: Path | None = None) -> Path:
    """``../shared/gold/<folder>`` of the task, relative to ``base`` (the
    current directory by default)."""
    if task not in TASKS:
        raise KeyError(task)
    return Path(os.path.normpath((base or Path.cwd()) / ".." / "shared" / "gold" / TASKS[task][1]))


def run_task(name: str, data: Path, limit: int | None = None, **options) -> dict:
    """Metrics of wirecoder and of each baseline on one task's gold data, with
    the number of documents and the run time. ``options``: ``split`` for
    quotes (default dev)."""
    if name not in TASKS:
        raise ValueError(f"unknown task {name!r}; tasks: {', '.join(TASKS)}")
    if limit is not None and limit < 1:
        raise ValueError("limit must be at least 1")
    module = importlib.import_module(TASKS[name][0])
    return module.run(Path(data), limit, **options)
