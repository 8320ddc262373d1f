"""Shared fixtures: offline environment, a network blocker, and stores over the seed corpus."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

for key, value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1",
                   "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False",
                   "TOKENIZERS_PARALLELISM": "false"}.items():
    os.environ[key] = value
for key in [k for k in os.environ if k.startswith("REPORTQA_") and k != "REPORTQA_REQUIRE_BROWSER"]:
    del os.environ[key]


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return True  # unix sockets


@pytest.fixture(autouse=True)
def block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests may talk to servers on this machine only."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(sock: socket.socket, address: object, real=real_connect):  # type: ignore[no-untyped-def]
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"tests may not reach the network ({address!r})")
        return real(sock, address)

    def guarded_ex(sock: socket.socket, address: object):  # type: ignore[no-untyped-def]
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"tests may not reach the network ({address!r})")
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the seed corpus (with its manifest) that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def hash_settings(tmp_path: Path):
    from ingest.settings import Settings

    return Settings(data_dir=tmp_path / "data", embedder="hash")


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory):
    """The seed corpus ingested with the real MiniLM embedder into embedded Chroma (built once)."""
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("seed") / "data", embedder="minilm")
    report = ingest_paths([CORPUS], settings)
    assert report.ok, report.failed
    return settings


@pytest.fixture(scope="session")
def seed_engine(seed_store):
    from qa.engine import Engine

    engine = Engine(seed_store)
    engine.warm_up()
    return engine
