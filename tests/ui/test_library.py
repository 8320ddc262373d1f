"""Adding and removing reports through the handlers, against a real store (hash embedder, no model)."""

from __future__ import annotations

import html
import re
import threading
from pathlib import Path

from tests.ui.fakes import FakeEngine
from ui import handlers


def shown(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", " ", markup))


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_upload_ingests_each_file_and_lists_failures_per_file(tmp_path: Path, hash_settings):
    uploads, corpus, engine = tmp_path / "uploads", tmp_path / "corpus", FakeEngine()
    files = [
        write(uploads, "Quokka plan.md", "# Quokka plan\n\nThe Quokka plan gives every family a garden.\n"),
        write(uploads, "notes.txt", "Notes on the harbour. The harbour closes at night.\n"),
        write(uploads, "empty.txt", ""),
        write(uploads, "tool.exe", "MZ"),
    ]
    result = shown(handlers.add_reports(files, hash_settings, engine, corpus))
    assert "Added: Quokka plan (Quokka plan.md)" in result and "Added: Notes on the harbour" in result
    assert "(notes.txt)" in result
    assert re.search(r"Not added: empty\.txt — \S", result) and "Not added: tool.exe — unsupported file type" in result
    assert sorted(p.name for p in corpus.iterdir()) == [
        "Quokka-plan.md",
        "notes.txt",
    ]  # failed copies removed
    assert {d.doc_id for d in handlers.documents(hash_settings)} == {"quokka-plan", "notes"}
    assert engine.reloads == 1

    again = shown(handlers.add_reports(files[:1], hash_settings, engine, corpus))
    assert "Already in the collection: Quokka plan (Quokka plan.md)" in again and engine.reloads == 1

    other = write(tmp_path / "elsewhere", "Quokka plan.md", "# Other plan\n\nA different plan about bicycles.\n")
    third = shown(handlers.add_reports([other], hash_settings, engine, corpus))
    assert "Added: Other plan (Quokka plan.md)" in third
    assert (corpus / "Quokka-plan.md").read_text().startswith("# Quokka plan")  # not overwritten
    assert {d.doc_id for d in handlers.documents(hash_settings)} == {"quokka-plan", "quokka-plan-2", "notes"}


def test_remove_deletes_the_report_and_its_corpus_file(tmp_path: Path, hash_settings):
    corpus, engine = tmp_path / "corpus", FakeEngine()
    handlers.add_reports(
        [write(tmp_path / "up", "harbour.txt", "The harbour closes at night.\n")],
        hash_settings,
        engine,
        corpus,
    )
    assert (corpus / "harbour.txt").exists()
    message = shown(handlers.remove_report("harbour", True, hash_settings, engine, corpus))
    assert "Removed “The harbour closes at night.” (harbour)" in message
    assert not (corpus / "harbour.txt").exists() and handlers.documents(hash_settings) == []
    assert engine.reloads == 2
    assert "not in the collection" in shown(handlers.remove_report("harbour", True, hash_settings, engine, corpus))


def test_remove_leaves_files_outside_the_corpus_folder(tmp_path: Path, hash_settings):
    from ingest.pipeline import ingest_paths

    outside = write(tmp_path / "shared", "river.txt", "The river floods in spring.\n")
    ingest_paths([outside], hash_settings)
    message = shown(handlers.remove_report("river", True, hash_settings, FakeEngine(), tmp_path / "corpus"))
    assert "left in place" in message and outside.exists() and handlers.documents(hash_settings) == []


def test_questions_keep_being_answered_while_reports_are_added_and_removed(tmp_path: Path, hash_settings):
    from ingest.pipeline import ingest_paths
    from qa.engine import Engine

    ingest_paths(
        [write(tmp_path / "seed", "harbour.txt", "The harbour closes at night. Ships wait outside.\n")],
        hash_settings,
    )
    engine, corpus = Engine(hash_settings), tmp_path / "corpus"
    errors: list[str] = []
    stop = threading.Event()

    def keep_asking() -> None:
        while not stop.is_set():
            try:
                assert "harbour" in engine.answer("When does the harbour close?").text
            except Exception as e:  # noqa: BLE001 — collect, report below
                errors.append(repr(e))

    askers = [threading.Thread(target=keep_asking) for _ in range(3)]
    for t in askers:
        t.start()
    try:
        for i in range(5):
            handlers.add_reports(
                [write(tmp_path / "up", f"note-{i}.txt", f"Note {i} about bicycles.\n")],
                hash_settings,
                engine,
                corpus,
            )
            handlers.remove_report(f"note-{i}", True, hash_settings, engine, corpus)
    finally:
        stop.set()
        for t in askers:
            t.join()
    assert errors == []
