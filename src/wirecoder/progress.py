"""A progress bar for long commands: articles done, articles/s, time left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


@contextmanager
def article_progress(enabled: bool = True, label: str = "coding") -> Iterator[Callable[[int, int], None]]:
    """Yield ``update(done, total)``; draws on stderr only when enabled."""
    if not enabled:
        yield lambda done, total: None
        return
    columns = (
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task(label, total=None, rate="")

        def update(done: int, total: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:.1f} articles/s" if elapsed > 0 and done else ""
            progress.update(task, completed=done, total=total, rate=rate)

        yield update
