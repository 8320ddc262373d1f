"""The few errors a user can see. The CLI and the web chat show their message, never a traceback."""

from __future__ import annotations

from pathlib import Path


class ReportQAError(Exception):
    """An error caused by input or configuration the user can fix; its message is shown as is."""


class BadInputError(ReportQAError):
    """A file that cannot be ingested. The message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class StoreError(ReportQAError):
    """The store cannot be opened or used as asked (wrong embedder, unreachable server, ...)."""


class BadQuestionError(ReportQAError):
    """A question that cannot be answered as given (empty, too long)."""
