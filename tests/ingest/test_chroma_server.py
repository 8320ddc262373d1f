"""Ingestion and answering against a real `chroma run` server on loopback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ingest.pipeline import ingest_paths
from ingest.settings import Settings
from ingest.store import Store
from tests.conftest import CORPUS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path):
    from eval.bench_scale import ChromaServer  # the benchmark's server starter: one way to run `chroma run`

    server = ChromaServer(tmp_path / "server")
    try:
        yield server.port
    finally:
        server.stop()


@pytest.mark.integration
def test_ingest_and_answer_against_a_chroma_server(chroma_server, tmp_path):
    from qa.engine import Engine

    settings = Settings(data_dir=tmp_path / "data", embedder="hash", chroma_host="127.0.0.1",
                        chroma_port=chroma_server)
    report = ingest_paths([CORPUS], settings)
    assert report.ok and len(report.added) == 5
    assert ingest_paths([CORPUS], settings).passages == 0
    with Store.open(settings) as store:
        counts = store.counts()
    assert counts["registry"] == counts["chroma"] == counts["bm25"] > 50
    # nothing went into an embedded Chroma folder: the vectors live on the server
    assert not (tmp_path / "data" / "chroma").exists()
    answer = Engine(settings).answer("How many asylum seekers could the pontoon reception centre house?")
    assert not answer.refused and "250" in answer.text


@pytest.mark.integration
def test_unreachable_server_gives_a_clear_error(tmp_path):
    from ingest.errors import StoreError

    settings = Settings(data_dir=tmp_path / "data", embedder="hash", chroma_host="127.0.0.1",
                        chroma_port=free_port())
    with pytest.raises(StoreError, match="cannot open the vector store at Chroma server 127.0.0.1"):
        ingest_paths([CORPUS / "refugee-solidarity-view-from-ghent.txt"], settings)
