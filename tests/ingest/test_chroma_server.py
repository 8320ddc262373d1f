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


@pytest.mark.integration
def test_move_an_embedded_store_to_a_server_without_re_embedding(chroma_server, tmp_path, capsys):
    from qa.engine import Engine
    from ui.cli import main

    data = tmp_path / "data"
    embedded = Settings(data_dir=data, embedder="hash")
    assert ingest_paths([CORPUS], embedded).ok
    question = "How many asylum seekers could the pontoon reception centre house?"
    before = Engine(embedded).answer(question)
    args = ["--data-dir", str(data)]
    assert main(["move-to-server", *args, "--to-host", "127.0.0.1", "--to-port", str(chroma_server)]) == 0
    assert "moved" in capsys.readouterr().out
    served = Settings(data_dir=data, embedder="hash", chroma_host="127.0.0.1", chroma_port=chroma_server)
    with Store.open(served) as store:
        counts = store.counts()
    assert counts["registry"] == counts["chroma"] == counts["bm25"] > 50
    after = Engine(served).answer(question)
    assert after.text == before.text and [h.chunk.id for h in after.passages] == [h.chunk.id for h in before.passages]
    # running it again is harmless; a store with no embedded vectors says so
    assert main(["move-to-server", *args, "--to-host", "127.0.0.1", "--to-port", str(chroma_server)]) == 0
    assert main(["move-to-server", "--data-dir", str(tmp_path / "none"), "--to-host", "127.0.0.1"]) == 2
    assert "no embedded vector store" in capsys.readouterr().err


@pytest.mark.integration
def test_two_stores_never_share_one_server_collection(chroma_server, tmp_path):
    from ingest.errors import StoreError

    one = CORPUS / "refugee-solidarity-view-from-ghent.txt"
    first = Settings(data_dir=tmp_path / "a", embedder="hash", chroma_host="127.0.0.1", chroma_port=chroma_server)
    assert ingest_paths([one], first).ok
    second = Settings(data_dir=tmp_path / "b", embedder="hash", chroma_host="127.0.0.1", chroma_port=chroma_server)
    with pytest.raises(StoreError, match="belongs to another store.*--collection"):
        ingest_paths([one], second)
    own = Settings(data_dir=tmp_path / "b", embedder="hash", chroma_host="127.0.0.1", chroma_port=chroma_server,
                   collection="second-store")
    assert ingest_paths([CORPUS], own).ok
    with Store.open(first) as store:  # the first store's vectors are untouched
        counts = store.counts()
    assert counts["registry"] == counts["chroma"] == counts["bm25"] > 0
