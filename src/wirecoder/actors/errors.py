"""Errors of the actor stage."""

from __future__ import annotations


class ActorDictionaryError(ValueError):
    """A bad actor dictionary: the message names the file and the line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")
