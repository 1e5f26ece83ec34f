"""The browser explorer: Datasette over a wirecoder database, with
wirecoder's metadata and a small plugin (this package) for article and
event pages. The package itself is the Datasette plugin, so that Datasette
finds its templates folder."""

from .plugin import register_routes, render_cell

__all__ = ["register_routes", "render_cell"]
