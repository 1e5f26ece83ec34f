"""`wirecoder report`: write the story report as one HTML file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..store import DEFAULT_DB


@click.command("report")
@click.option("--out", required=True, type=click.Path(dir_okay=False, writable=True), help="HTML file to write.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database file.")
@click.option("--story", "story_id", type=int, help="Only this story (an id of the stories table).")
@click.option("--quiet", is_flag=True, help="No progress bar, no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print what the report holds as JSON.")
def report_command(out, db_path, story_id, quiet, as_json):
    """Write a self-contained HTML report (opens from disk, no network): a
    brief, a timeline of events by PLOVER group, escalation per actor pair,
    a quote board, numbers, conflicts between sources and a map; every item
    opens the sentence it came from."""
    from ..progress import article_progress
    from . import ReportError, write_report

    try:
        with article_progress(enabled=not quiet and not as_json, label="reading") as progress:
            data = write_report(db_path, out, story_id, progress=progress)
    except ReportError as error:
        raise click.ClickException(str(error)) from error
    summary = {
        "out": str(out), "bytes": Path(out).stat().st_size, "scope": data.scope,
        "articles": len(data.articles), "outlets": data.outlet_count(), "events": len(data.events),
        "quotes": len(data.quotes), "facts": len(data.facts), "conflicts": len(data.conflicts),
        "mapped_events": sum(e.latitude is not None for e in data.events),
    }
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    elif not quiet:
        click.echo(
            f"Report written to {out}: {summary['articles']} article(s), {summary['events']} event(s), "
            f"{summary['quotes']} quote(s), {summary['facts']} number(s), {summary['conflicts']} conflict(s)."
        )


if __name__ == "__main__":
    report_command()
