"""Segmented BM25: the same scores as one bm25s index over the same passages, through adds, deletes,
merges, saving and a crash before the stamp."""

from __future__ import annotations

import random

import numpy as np
import pytest

from ingest import bm25 as bm25_module
from ingest.bm25 import Bm25Index, tokenize, tokenize_query

WORDS = ("refugee integration ghent city housing employment language course volunteer school policy "
         "migrant newcomer solidarity mentor jobteam flanders belgium report budget welfare health "
         "asylum reception municipality network children family work training social").split()
QUERIES = ["refugee housing in Ghent", "language course for newcomers", "employment training jobteam",
           "children school welfare", "asylum reception municipality budget"]


def passages(n: int, seed: int, prefix: str) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    ids = [f"{prefix}-{i}" for i in range(n)]
    weights = [1 / (r + 1) for r in range(len(WORDS))]
    texts = [" ".join(rng.choices(WORDS, weights, k=rng.randint(5, 40))) for _ in range(n)]
    return ids, texts


def reference_scores(ids: list[str], texts: list[str], query: str) -> dict[str, float]:
    """bm25s over exactly these passages (what the first, rebuilt-every-time index did)."""
    import bm25s

    retriever = bm25s.BM25()
    retriever.index([tokenize(t) or ["_"] for t in texts], show_progress=False)
    terms = [t for t in tokenize_query(query, ["en"]) if t in retriever.vocab_dict]
    scores = retriever.get_scores(terms) if terms else np.zeros(len(ids))
    return {pid: float(s) for pid, s in zip(ids, scores, strict=True) if s > 0}


def assert_same_as_reference(index: Bm25Index, live: dict[str, str]) -> None:
    ids, texts = list(live), list(live.values())
    assert sorted(index.ids) == sorted(ids)
    assert len(index) == len(ids)
    for query in QUERIES:
        expected = reference_scores(ids, texts, query)
        got = dict(index.search(query, len(ids) + 5))
        assert got.keys() == expected.keys(), query
        for pid, score in expected.items():
            assert got[pid] == pytest.approx(score, rel=1e-5, abs=1e-5), (query, pid)
        for term in tokenize_query(query, ["en"]):
            df = sum(term in tokenize(t) for t in texts)
            assert index.idf(term) == pytest.approx(np.log(1 + (len(ids) - df + 0.5) / (df + 0.5)), rel=1e-6)


def test_one_segment_scores_like_bm25s():
    ids, texts = passages(300, 1, "a")
    index = Bm25Index.build(ids, texts, ["en"] * len(ids), "1")
    assert_same_as_reference(index, dict(zip(ids, texts, strict=True)))


def test_adds_and_deletes_across_segments_score_like_one_index(tmp_path, monkeypatch):
    monkeypatch.setattr(bm25_module, "MERGE_RATIO", 0)  # keep every segment apart: global idf must hold
    ids, texts = passages(400, 2, "base")
    live = dict(zip(ids, texts, strict=True))
    index = Bm25Index.build(ids, texts, ["en"] * len(ids), "1")
    rng = random.Random(3)
    for run in range(4):
        new_ids, new_texts = passages(60, 10 + run, f"run{run}")
        removed = rng.sample(sorted(live), 25)
        for pid in removed:
            del live[pid]
        live.update(zip(new_ids, new_texts, strict=True))
        index = index.updated(new_ids, new_texts, ["en"] * len(new_ids), removed, str(run + 2))
    assert len(index.segments) == 5 and index.dead
    assert_same_as_reference(index, live)
    index.save(tmp_path / "bm25")
    loaded = Bm25Index.load(tmp_path / "bm25")
    assert loaded is not None and loaded.generation == "5" and len(loaded.segments) == 5
    assert_same_as_reference(loaded, live)
    # filters: a mask over rows from mask_for keeps only those passages
    some = set(rng.sample(sorted(live), 50))
    hits = loaded.search("refugee housing", 100, loaded.mask_for(some))
    assert hits and {pid for pid, _ in hits} <= some


def test_merges_keep_segment_count_logarithmic_and_scores_unchanged(tmp_path):
    ids, texts = passages(200, 4, "base")
    live = dict(zip(ids, texts, strict=True))
    index = Bm25Index.build(ids, texts, ["en"] * len(ids), "1")
    for run in range(30):
        new_ids, new_texts = passages(20, 100 + run, f"r{run}")
        removed = [pid for pid in list(live)[: 3]]
        for pid in removed:
            del live[pid]
        live.update(zip(new_ids, new_texts, strict=True))
        index = index.updated(new_ids, new_texts, ["en"] * 20, removed, str(run + 2))
        index.save(tmp_path / "bm25")
    assert len(index.segments) <= 6
    assert_same_as_reference(Bm25Index.load(tmp_path / "bm25"), live)
    on_disk = {p.name for p in (tmp_path / "bm25").iterdir()}
    assert {s.name for s in index.segments} <= on_disk and len(on_disk) <= len(index.segments) + 2


def test_readding_a_removed_passage_makes_it_live_once():
    ids, texts = passages(50, 5, "a")
    index = Bm25Index.build(ids, texts, ["en"] * 50, "1")
    index = index.updated([], [], [], ["a-7"], "2")
    assert "a-7" not in index.ids
    index = index.updated(["a-7"], [texts[7]], ["en"], [], "3")
    assert index.ids.count("a-7") == 1
    assert_same_as_reference(index, dict(zip(ids, texts, strict=True)))


def test_crash_between_segment_and_stamp_leaves_the_old_index(tmp_path, monkeypatch):
    ids, texts = passages(100, 6, "a")
    folder = tmp_path / "bm25"
    Bm25Index.build(ids, texts, ["en"] * 100, "1").save(folder)
    old = Bm25Index.load(folder)
    new_ids, new_texts = passages(10, 7, "b")
    updated = old.updated(new_ids, new_texts, ["en"] * 10, ["a-1"], "2")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed before the stamp")

    monkeypatch.setattr(bm25_module.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        updated.save(folder)
    monkeypatch.undo()
    again = Bm25Index.load(folder)  # the new segment's files are there, but the stamp names the old set
    assert again is not None and again.generation == "1" and sorted(again.ids) == sorted(ids)
    assert_same_as_reference(again, dict(zip(ids, texts, strict=True)))
    updated.save(folder)  # the next save commits and removes the leftovers
    assert Bm25Index.load(folder).generation == "2"


def test_unreadable_or_old_format_index_loads_as_none(tmp_path):
    folder = tmp_path / "bm25"
    folder.mkdir()
    assert Bm25Index.load(folder) is None
    (folder / "stamp.json").write_text('{"generation": "3", "langs": ["en"], "count": 2}')  # bm25s format
    assert Bm25Index.load(folder) is None


def test_store_adds_a_changed_report_as_a_segment_without_rebuilding(corpus_copy, hash_settings, monkeypatch):
    from ingest.pipeline import ingest_paths
    from ingest.store import Store

    ingest_paths([corpus_copy], hash_settings)
    target = corpus_copy / "refugee-solidarity-view-from-ghent.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nA new closing paragraph about Ghent.\n",
                      encoding="utf-8")
    monkeypatch.setattr(Store, "rebuild_bm25", lambda self: pytest.fail("BM25 was rebuilt from scratch"))
    ingest_paths([corpus_copy], hash_settings)
    monkeypatch.undo()
    with Store.open(hash_settings) as store:
        index = store.bm25()
        assert sorted(index.ids) == sorted(store.passage_ids())
        rows = store.db.execute("SELECT id, COALESCE(section, '') || char(10) || text FROM passages").fetchall()
    assert_same_as_reference(index, dict(rows))


def test_ize_and_ise_spellings_are_one_term():
    # the reports mix them ("organizations" 20 times beside "organisations"); Snowball alone stems them apart
    assert tokenize("organizations recognized realize") == tokenize("organisations recognised realise")
    assert tokenize("How often does Ghent organize the forum?") == tokenize("How often does Ghent organise the forum?")
    assert tokenize("size citizen") == ["size", "citizen"]
