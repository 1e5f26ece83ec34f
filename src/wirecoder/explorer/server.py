"""Build and run the Datasette instance behind `wirecoder serve`."""

from __future__ import annotations

from pathlib import Path

from .metadata import build_metadata


def register_plugin() -> None:
    """Register this package as a Datasette plugin (once per process)."""
    from datasette.plugins import pm

    from .. import explorer

    if not pm.is_registered(explorer) and pm.get_plugin("wirecoder") is None:
        pm.register(explorer, name="wirecoder")


def make_datasette(db_path: str | Path, immutable: bool = False):
    """A Datasette over one wirecoder database, read-only: the file is opened
    with ``mode=ro`` (or ``immutable=1`` when it will not change), and no
    write endpoint is enabled."""
    from datasette.app import Datasette

    path = Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such database (create it with `wirecoder run`)")
    register_plugin()
    files, immutables = ([], [str(path)]) if immutable else ([str(path)], [])
    return Datasette(
        files=files, immutables=immutables, metadata=build_metadata(path),
        settings={"default_page_size": 50, "facet_time_limit_ms": 500, "sql_time_limit_ms": 3000,
                  "allow_download": False},
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False,
          log_level: str = "warning") -> None:
    import asyncio

    import uvicorn

    datasette = make_datasette(db_path, immutable=immutable)
    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level=log_level, lifespan="on", workers=1)
