"""The `wirecoder` command line: a small CLI over the library."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from .evaluation.command import eval_command
from .explorer.command import serve_command
from .pipeline import STAGES, PipelineConfig
from .report.command import report_command

STAGE_NAMES = [name for name, _ in STAGES]
from .store import DEFAULT_DB, Store, StoreError

EPILOG = """\b
Examples:
  wirecoder run examples/ --manifest examples/manifest.csv
  wirecoder run article.txt --published 2025-02-03 --db story.db
  cat article.txt | wirecoder extract - --published 2025-02-03 --json
  wirecoder stats
  wirecoder export --format plover-json --out events.json
  wirecoder export --format csv --table quotes --out quotes.csv
  wirecoder eval time --data ../shared/gold/tempeval3 --limit 20
  wirecoder bench --data ../shared/gold/polnear/dev/text
"""

db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    help="SQLite database file.",
)


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wirecoder")
def main() -> None:
    """wirecoder: news articles in, a sourced and de-duplicated record of
    political events (PLOVER) out, offline, every fact linked to its sentence."""
    # trafilatura logs pages it cannot use; ingestion reports those as problems.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _config(actors: tuple[str, ...], processes: int = 1, stages: str | None = None) -> PipelineConfig:
    only = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    unknown = set(only or []) - set(STAGE_NAMES)
    if unknown:
        raise click.BadParameter(f"unknown stage(s) {', '.join(sorted(unknown))}; stages: {', '.join(STAGE_NAMES)}")
    if actors:
        # Check the user's dictionaries before reading any input: a bad entry
        # stops the run with its file and line, nothing half done.
        from .actors import ActorDictionaryError, load_dictionary

        try:
            load_dictionary(list(actors))
        except ActorDictionaryError as error:
            raise click.ClickException(str(error)) from error
    return PipelineConfig(actor_dictionaries=list(actors), n_process=processes, only_stages=only)


stages_option = click.option(
    "--stages", help=f"Comma-separated stages to run (default: all of {', '.join(STAGE_NAMES)}).",
)


actors_option = click.option(
    "--actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra actor dictionary (YAML), merged over the shipped one. Repeatable.",
)


@main.command(epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False), help="CSV or JSON: file,published,outlet,url,title.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that give none.")
@click.option("--processes", default=1, show_default=True, help="Parser processes (spaCy nlp.pipe n_process).")
@actors_option
@stages_option
@db_option
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
def run(inputs, manifest, published, processes, actors, stages, db_path, quiet, as_json):
    """Ingest files, folders or - (stdin), code them, store them in the database.

    Reads .txt (first line = headline), .html, .jsonl, .warc/.warc.gz. Articles
    already stored are not coded again; re-running changes nothing."""
    from .progress import article_progress
    from .run import run as run_job

    def report(problem):
        click.echo(f"warning: {problem}", err=True)

    config = _config(actors, processes, stages)
    try:
        store = Store(db_path)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    with store, article_progress(enabled=not quiet and not as_json) as progress:
        try:
            summary = run_job(
                inputs, store, manifest=manifest, published=published, config=config,
                stdin=sys.stdin, on_problem=report, progress=progress,
            )
        except ValueError as error:  # a bad --published, refused before anything is read
            raise click.BadParameter(str(error), param_hint="--published") from error
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2))
    else:
        click.echo(
            f"{summary.read} article(s) read: {summary.new} new, {summary.recoded} re-coded, "
            f"{summary.unchanged} unchanged; {len(summary.problems)} problem(s). Database: {db_path}"
        )
    if summary.problems:
        sys.exit(2 if summary.read == 0 else 1)


@main.command(epilog=EPILOG)
@click.argument("file", type=click.File("r", encoding="utf-8", errors="replace"))
@click.option("--published", help="Publication date (YYYY-MM-DD); estimated from the text if absent.")
@click.option("--title", default="", help="Headline (default: the first line).")
@click.option("--outlet", default="")
@actors_option
@stages_option
@click.option("--json", "as_json", is_flag=True, help="Everything extracted, as JSON.")
def extract(file, published, title, outlet, actors, stages, as_json):
    """Code one document (a file or - for stdin) and print it; nothing is stored."""
    from .pipeline import extract as extract_text
    from .summary import describe_extraction

    text = file.read()
    if not text.strip():
        raise click.ClickException(f"{file.name}: empty input, nothing to extract")
    extraction = extract_text(text, published=published, title=title, outlet=outlet, config=_config(actors, stages=stages))
    if as_json:
        click.echo(json.dumps(extraction.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(describe_extraction(extraction))


@main.command(epilog=EPILOG)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover-json"]), default="jsonl", show_default=True)
@click.option("--table", default="events", show_default=True, help="Which records (ignored for plover-json).")
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: stdout; required for parquet).")
@db_option
def export(fmt, table, out, db_path):
    """Write stored records as JSON Lines, CSV, Parquet or PLOVER JSON."""
    from .export import ExportError, export_table

    try:
        with Store(db_path, readonly=True) as store:
            count = export_table(store, fmt, table, out)
    except (StoreError, ExportError) as error:
        raise click.ClickException(str(error)) from error
    if out:
        click.echo(f"{count} record(s) written to {out}", err=True)


@main.command(epilog=EPILOG)
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db_path, as_json):
    """What the database holds."""
    from .summary import database_stats, format_stats

    try:
        with Store(db_path, readonly=True) as store:
            data = database_stats(store)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    click.echo(json.dumps(data, indent=2) if as_json else format_stats(data))


@main.command(epilog=EPILOG)
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True), help="Articles: a folder or file of any supported format.")
@click.option("--limit", type=int, help="Use only the first N articles.")
@click.option("--processes", default=1, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def bench(data_dir, limit, processes, as_json):
    """Speed and peak memory: parse only vs. the full pipeline, same input, one run."""
    from .bench import format_bench, run_bench

    result = run_bench(Path(data_dir), limit=limit, processes=processes)
    click.echo(json.dumps(result, indent=2) if as_json else format_bench(result))


main.add_command(eval_command, name="eval")
main.add_command(report_command, name="report")
main.add_command(serve_command, name="serve")

if __name__ == "__main__":
    main()
