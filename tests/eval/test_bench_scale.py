"""`reportqa bench scale` at a tiny size: every column is measured, in both Chroma modes, and written out."""

from __future__ import annotations

import json

import pytest

from eval.bench_scale import COLUMNS, Vocabulary, format_table, run_scale_benchmark
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
    table = (out / "table.md").read_text()
    assert table.splitlines()[0].count("|") == len(COLUMNS) + 1
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
