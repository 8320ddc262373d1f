"""Kill a real `reportqa ingest` process with SIGKILL midway; the next run must leave a consistent store."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.settings import Settings
from ingest.store import Store
from tests.conftest import CORPUS, ROOT


def make_large_corpus(folder: Path, copies: int) -> Path:
    """The seed reports many times over, each copy changed so that its passages differ."""
    folder.mkdir(parents=True)
    seeds = sorted(CORPUS.glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")
            (folder / f"{seed.stem}-{i:03d}.txt").write_text(f"Copy {i} of the report.\n\n{text}\n\nEnd of copy {i}.",
                                                             encoding="utf-8")
    return folder


def documents_committed(data_dir: Path) -> int:
    try:
        with sqlite3.connect(data_dir / "registry.sqlite3", timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def ingest_command(corpus: Path, data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "ui.cli", "ingest", str(corpus), "--data-dir", str(data_dir), "--embedder", "hash"]


def kill_when(corpus: Path, data_dir: Path, committed: int, timeout: float = 120) -> int:
    """Start an ingest, SIGKILL it once `committed` reports are in the registry; return how many were."""
    proc = subprocess.Popen(ingest_command(corpus, data_dir), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if documents_committed(data_dir) >= committed:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    return documents_committed(data_dir)


def consistent_snapshot(data_dir: Path) -> dict[str, list[str]]:
    with Store.open(Settings(data_dir=data_dir)) as store:
        counts = store.counts()
        assert counts["registry"] == counts["chroma"] == counts["bm25"], counts
        ids = store.passage_ids()
        assert len(ids) == len(set(ids)), "duplicate passages"
        return {d.doc_id: sorted(store.passage_ids([d.doc_id])) for d in store.documents()}


def run_ingest(corpus: Path, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_command(corpus, data_dir), cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.integration
def test_sigkill_mid_ingest_then_rerun_gives_the_same_store_as_a_clean_run(tmp_path):
    corpus = make_large_corpus(tmp_path / "corpus", copies=12)
    # on a loaded machine the poll can miss the middle and land in the last step (all 60 reports in);
    # such a kill proves nothing about half-written stores, so it is tried again in a fresh folder
    for attempt in range(3):
        data = tmp_path / f"killed{attempt}"
        killed_at = kill_when(corpus, data, committed=15)
        if killed_at < 60:
            break
    assert 0 < killed_at < 60
    rerun = run_ingest(corpus, data)
    assert rerun.returncode == 0, rerun.stderr
    clean = tmp_path / "clean"
    assert run_ingest(corpus, clean).returncode == 0
    assert consistent_snapshot(data) == consistent_snapshot(clean)


@pytest.mark.slow
@pytest.mark.integration
@pytest.mark.parametrize("committed", [1, 60, 150])
def test_sigkill_at_several_points_is_always_repaired(tmp_path, committed):
    corpus = make_large_corpus(tmp_path / "corpus", copies=40)
    data = tmp_path / "data"
    kill_when(corpus, data, committed=committed)
    # a store that was killed is usable for reading right away (answers never show half-written reports)
    with Store.open(Settings(data_dir=data)) as store:
        index = store.bm25()
        assert len(index.ids) == store.passage_count()
    assert run_ingest(corpus, data).returncode == 0
    snapshot = consistent_snapshot(data)
    assert len(snapshot) == 200
