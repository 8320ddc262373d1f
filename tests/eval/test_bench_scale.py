"""`reportqa bench scale` at a tiny size: every column is measured, in both Chroma modes, and written out."""

from __future__ import annotations

import json

import numpy as np
import pytest

from eval.bench_scale import COLUMNS, DIM, VectorShape, Vocabulary, format_table, run_scale_benchmark
from ingest.settings import Settings
from tests.conftest import CORPUS


@pytest.mark.integration
def test_scale_benchmark_measures_every_column_embedded_and_on_a_server(tmp_path):
    out = tmp_path / "out"
    assert run_scale_benchmark(Settings(data_dir=tmp_path / "unused"), [900], ["embedded", "server"],
                               out_dir=out, work_dir=tmp_path) == 0
    result = json.loads((out / "scale.json").read_text())
    assert [r["mode"] for r in result["rows"]] == ["embedded", "server"]
    for row in result["rows"]:
        assert row["passages"] == 900
        for column in COLUMNS[1:]:
            if column == "server_rss_mb" and row["mode"] == "embedded":
                continue
            assert row[column] > 0, (row["mode"], column, row[column])
        assert row["vectors"] == "corpus" and 0.5 < row["recall_at_10"] <= 1.0
    table = (out / "table.md").read_text()
    assert table.splitlines()[0].count("|") == len(COLUMNS) + 1
    assert "fitted to MiniLM embeddings" in table
    assert (out / "scale.png").stat().st_size > 10_000


def test_synthetic_text_has_a_zipf_like_vocabulary():
    vocabulary = Vocabulary.from_corpus(CORPUS)
    words = " ".join(vocabulary.passage() for _ in range(200)).lower().split()
    counts = sorted((words.count(w) for w in set(words)), reverse=True)
    assert len(words) == 200 * 150
    assert counts[0] > 20 * counts[len(counts) // 2]  # a few words are very common, most are rare
    assert len(set(words)) > 2000


def test_table_has_one_line_per_row():
    row = dict.fromkeys(COLUMNS, 1.0) | {"mode": "embedded", "passages": 10}
    assert len(format_table([row, row]).splitlines()) == 4


def test_vector_shapes_sample_unit_vectors_uniform_or_with_the_fitted_structure(tmp_path):
    rng = np.random.default_rng(0)
    uniform = VectorShape.uniform().sample(500, rng)
    assert np.allclose(np.linalg.norm(uniform, axis=1), 1.0, atol=1e-5)
    assert abs(float((uniform @ uniform.T)[np.triu_indices(500, 1)].mean())) < 0.01
    # a fitted shape: a shared mean direction plus variance in a few directions, like real embeddings
    mean = np.zeros(DIM)
    mean[0] = 0.5
    factor = np.diag(np.r_[np.full(8, 0.3), np.full(DIM - 8, 0.01)])
    shaped = VectorShape("corpus", mean, factor)
    shaped.save(tmp_path / "v.npz")
    loaded = VectorShape.load(tmp_path / "v.npz")
    sample = loaded.sample(500, rng)
    assert loaded.name == "corpus" and np.allclose(np.linalg.norm(sample, axis=1), 1.0, atol=1e-5)
    assert float((sample @ sample.T)[np.triu_indices(500, 1)].mean()) > 0.2
    assert VectorShape.load(_saved(VectorShape.uniform(), tmp_path / "u.npz")).factor is None


def _saved(shape: VectorShape, path):
    shape.save(path)
    return path
