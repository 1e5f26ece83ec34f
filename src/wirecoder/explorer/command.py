"""`wirecoder serve`: browse a database in the browser (Datasette, localhost, read-only)."""

from __future__ import annotations

import click

from ..store import DEFAULT_DB


@click.command("serve")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The default serves this machine only.")
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--immutable", is_flag=True, help="Open the file as immutable (faster; only if no run will write to it).")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def serve_command(db_path, host, port, immutable, quiet):
    """Browse the database in the browser with Datasette: facets on event
    type, actor, country and date; full-text search over articles and quotes;
    canned queries; an article page with every extracted span highlighted and
    an event page with all its mentions. Read-only."""
    from pathlib import Path

    from .server import serve

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database (create it with `wirecoder run`)")
    if not quiet:
        click.echo(f"Serving {db_path} read-only at http://{host}:{port}/  (Ctrl+C to stop)", err=True)
    serve(db_path, host=host, port=port, immutable=immutable, log_level="warning" if quiet else "info")


if __name__ == "__main__":
    serve_command()
