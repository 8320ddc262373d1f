"""A launched web chat over a real store (hash embedder, no model) built from a few seed reports."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import CORPUS

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SEED_FILES = (
    "ghent-city-report-moving-cities-2021.txt",
    "refugee-solidarity-view-from-ghent.txt",
    "manifest.toml",
)
# A report whose text is full of markup: it must show literally and run nothing.
MARKUP_REPORT = (
    "Markup test report\n\n"
    "The Zorblat committee meets every month in the town hall. "
    "The Zorblat committee motto is <script>alert(1)</script> and <img src=x onerror=alert(1)> "
    "and **bold** and [link](javascript:alert(1)).\n"
)
MARKUP_NAME = "markup-test-report.txt"


@dataclass
class LiveApp:
    url: str
    settings: object
    corpus: Path
    engine: object


def make_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in SEED_FILES:
        shutil.copy(CORPUS / name, folder / name)
    (folder / MARKUP_NAME).write_text(MARKUP_REPORT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def live_app(tmp_path_factory: pytest.TempPathFactory):
    """The web chat on a free loopback port, over a hash-embedder store of a small corpus copy."""
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings
    from qa.engine import Engine
    from ui.app import build_app

    root = tmp_path_factory.mktemp("ui")
    corpus = make_corpus(root / "corpus")
    settings = Settings(data_dir=root / "data", embedder="hash")
    report = ingest_paths([corpus], settings)
    assert not report.failed, report.failed
    engine = Engine(settings)
    demo = build_app(settings, engine, corpus)
    demo.launch(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True)
    try:
        yield LiveApp(demo.local_url, settings, corpus, engine)
    finally:
        demo.close()


def chromium_path() -> str:
    """Debian's chromium; skips the test when missing unless REPORTQA_REQUIRE_BROWSER is set (CI)."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        if os.environ.get("REPORTQA_REQUIRE_BROWSER"):
            pytest.fail("chromium is required (REPORTQA_REQUIRE_BROWSER is set): apt-get install -y chromium")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return path
