"""Passages read, for the unit tests of the premise checks."""

from __future__ import annotations

from ingest.passage import Chunk
from qa.result import Hit


def read(*texts: str, section: str | None = None) -> list[Hit]:
    """A passage read for each text, in one report, under `section`."""
    return [Hit(Chunk(id=f"p{i}", doc_id="d", text=t, start=0, end=len(t), lang="en", section=section), 1.0)
            for i, t in enumerate(texts)]
