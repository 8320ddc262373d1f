"""A progress bar (passages per second) around ingestion, for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ingest.pipeline import IngestReport, ingest_paths
from ingest.settings import Settings


def ingest_with_progress(paths: Sequence[Path], settings: Settings) -> IngestReport:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} passages/s"), TimeRemainingColumn())
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("embedding passages", total=None, rate="-")

        def progress(done: int, total: int, message: str) -> None:
            elapsed = bar.tasks[task].elapsed or 0.0
            bar.update(task, completed=done, total=total, description=message,
                       rate=f"{done / elapsed:.0f}" if elapsed > 0 else "-")

        return ingest_paths(paths, settings, progress=progress)
