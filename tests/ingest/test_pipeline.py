"""Ingestion with the hash embedder: idempotent, incremental, bad input isolated, store consistent."""

from __future__ import annotations

import pytest

from ingest.errors import StoreError
from ingest.pipeline import ingest_paths
from ingest.settings import Settings
from ingest.store import Store
from ui.cli import main


def snapshot(settings: Settings) -> dict[str, list[str]]:
    with Store.open(settings) as store:
        return {d.doc_id: sorted(store.passage_ids([d.doc_id])) for d in store.documents()}


def assert_consistent(settings: Settings) -> None:
    with Store.open(settings) as store:
        counts = store.counts()
        ids = store.passage_ids()
    assert counts["registry"] == counts["chroma"] == counts["bm25"], counts
    assert len(ids) == len(set(ids))


def test_second_run_adds_nothing_and_list_is_unchanged(corpus_copy, hash_settings, capsys):
    first = ingest_paths([corpus_copy], hash_settings)
    assert len(first.added) == 5 and first.ok
    before = snapshot(hash_settings)
    main(["list", "--data-dir", str(hash_settings.data_dir)])
    listing = capsys.readouterr().out
    second = ingest_paths([corpus_copy], hash_settings)
    assert second.added == [] and second.updated == [] and len(second.unchanged) == 5 and second.passages == 0
    assert snapshot(hash_settings) == before
    main(["list", "--data-dir", str(hash_settings.data_dir)])
    assert capsys.readouterr().out == listing
    assert len(listing.strip().splitlines()) == 5
    assert_consistent(hash_settings)


def test_changed_report_replaces_only_its_own_passages(corpus_copy, hash_settings):
    ingest_paths([corpus_copy], hash_settings)
    before = snapshot(hash_settings)
    target = corpus_copy / "refugee-solidarity-view-from-ghent.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nA new closing paragraph about Ghent.\n",
                      encoding="utf-8")
    report = ingest_paths([corpus_copy], hash_settings)
    assert report.updated == ["refugee-solidarity-view-from-ghent"] and len(report.unchanged) == 4
    after = snapshot(hash_settings)
    for doc_id in before:
        if doc_id == "refugee-solidarity-view-from-ghent":
            assert set(after[doc_id]).isdisjoint(before[doc_id])
        else:
            assert after[doc_id] == before[doc_id]
    assert_consistent(hash_settings)
    with Store.open(hash_settings) as store:
        hits = store.bm25().search("closing paragraph", 3)
        assert hits and hits[0][0] in after["refugee-solidarity-view-from-ghent"]


def test_remove_deletes_a_report_everywhere(corpus_copy, hash_settings, capsys):
    ingest_paths([corpus_copy], hash_settings)
    assert main(["remove", "migrant-integration-local-level-belgium", "--data-dir",
                 str(hash_settings.data_dir)]) == 0
    assert "migrant-integration-local-level-belgium" not in snapshot(hash_settings)
    assert_consistent(hash_settings)
    assert main(["remove", "no-such-report", "--data-dir", str(hash_settings.data_dir)]) == 1
    assert "no report 'no-such-report'" in capsys.readouterr().err


def test_manifest_metadata_travels_with_every_passage(corpus_copy, hash_settings):
    ingest_paths([corpus_copy], hash_settings)
    with Store.open(hash_settings) as store:
        doc = store.document("refugee-solidarity-view-from-ghent")
        assert doc.metadata["author"] == "Kathleen Van de Kerckhove" and doc.metadata["year"] == 2016
        chunks = store.passages(store.passage_ids(["refugee-solidarity-view-from-ghent"]))
    assert all(c.title == "Refugee solidarity: the view from Ghent" for c in chunks.values())
    assert all(c.metadata["publisher"].startswith("openDemocracy") for c in chunks.values())


def test_report_without_manifest_entry_gets_metadata_from_the_file(tmp_path, hash_settings):
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "Rapport Gent (v2).md").write_text("# Integratie in Gent\n\nGent heeft een taskforce voor "
                                                 "vluchtelingen opgericht in 2015.\n", encoding="utf-8")
    report = ingest_paths([folder], hash_settings)
    assert report.added == ["rapport-gent-v2"]
    with Store.open(hash_settings) as store:
        doc = store.document("rapport-gent-v2")
    assert doc.title == "Integratie in Gent"
    assert doc.lang == "nl"


def test_good_files_beside_bad_ones_are_ingested_and_nothing_stored_changes(corpus_copy, hash_settings):
    ingest_paths([corpus_copy], hash_settings)
    before = snapshot(hash_settings)
    bad = corpus_copy.parent / "incoming"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (bad / "slides.pptx").write_bytes(b"PK\x03\x04")
    (bad / "good.md").write_text("# Good\n\nThis report says the city opened a new reception centre.\n")
    report = ingest_paths([bad], hash_settings)
    assert report.added == ["good"]
    failed = {p.split("/")[-1]: reason for p, reason in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "broken.pdf", "slides.pptx"}
    after = snapshot(hash_settings)
    assert {k: v for k, v in after.items() if k != "good"} == before
    assert_consistent(hash_settings)


def test_cli_ingest_reports_failures_with_nonzero_exit_and_one_line_each(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("   ")
    (folder / "ok.txt").write_text("The taskforce met every month in 2016 to coordinate the reception.")
    code = main(["ingest", str(folder), "--data-dir", str(tmp_path / "data"), "--embedder", "hash"])
    captured = capsys.readouterr()
    assert code == 1
    lines = [line for line in captured.err.splitlines() if line.startswith("failed:")]
    assert len(lines) == 1 and "empty.txt" in lines[0] and "Traceback" not in captured.err
    assert "added 1 / updated 0 / unchanged 0 / failed 1" in captured.out


def test_store_refuses_another_embedder(corpus_copy, hash_settings):
    ingest_paths([corpus_copy / "refugee-solidarity-view-from-ghent.txt"], hash_settings)
    with pytest.raises(StoreError, match="built with the 'hash' embedder"):
        Store.open(hash_settings.with_(embedder="minilm"))
    # not naming an embedder means: use the store's own
    with Store.open(hash_settings.with_(embedder=None)) as store:
        assert store.embedder_name == "hash"


def test_reconcile_removes_orphan_vectors_and_rebuilds_stale_bm25(corpus_copy, hash_settings):
    import numpy as np

    ingest_paths([corpus_copy], hash_settings)
    with Store.open(hash_settings) as store:
        store.collection.upsert(ids=["orphan-1"], embeddings=[np.ones(256, dtype=np.float32)],
                                metadatas=[{"doc_id": "ghost", "lang": "en", "year": -1}])
        store.db.execute("UPDATE meta SET value = '999' WHERE key = 'generation'")
        fixed = store.reconcile()
        assert fixed == {"orphan_vectors": 1, "bm25_rebuilt": 1}
    assert_consistent(hash_settings)


def test_changing_passage_size_resplits_every_report(corpus_copy, hash_settings):
    ingest_paths([corpus_copy], hash_settings)
    report = ingest_paths([corpus_copy], hash_settings.with_(chunk_tokens=80))
    assert len(report.updated) == 5
    assert_consistent(hash_settings)
