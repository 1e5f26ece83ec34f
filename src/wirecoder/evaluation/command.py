"""``wirecoder eval TASK --data PATH [--json] [--limit N]``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from . import TASKS, default_data_path, format_table, run_task
from .errors import GoldDataError

EPILOG = """\b
Examples:
  wirecoder eval time --limit 20
  wirecoder eval quotes --data ../shared/gold/polnear --split dev
  wirecoder eval places --data ../shared/gold/geoparsing/lgl.xml --json
"""


@click.command("eval", epilog=EPILOG)
@click.argument("task", type=click.Choice(list(TASKS)))
@click.option("--data", "data", type=click.Path(path_type=Path),
              help="Gold data: the dataset folder or one file of its format. Default: ../shared/gold/<folder>.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents (sentences, records).")
@click.option("--split", default="dev", show_default=True, help="quotes: PolNeAR split (dev or train).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of metrics instead of the table.")
def eval_command(task: str, data: Path | None, limit: int | None, split: str, as_json: bool) -> None:
    """Score wirecoder and a peer baseline on public gold data.

    Tasks and their default data: events-plover (plover_gsr), events-cameo
    (conflibert_cameo), quotes (polnear), time (tempeval3), entities (re3d),
    places (geoparsing), stories (ecbplus), quantities (newsquant). Metric
    definitions: docs/accuracy.md."""
    path = data if data is not None else default_data_path(task)
    if not path.exists():
        raise click.ClickException(f"{path}: no such file or folder (give the gold data with --data)")
    try:
        result = run_task(task, path, limit, split=split)
    except GoldDataError as error:
        raise click.ClickException(f"malformed gold data: {error}") from error
    if as_json:
        click.echo(json.dumps(result, indent=2, default=str))
    else:
        click.echo(format_table(result))


if __name__ == "__main__":
    eval_command()
