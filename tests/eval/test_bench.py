"""Both benchmarks run end to end in a reduced size and print their table (goals are not checked here)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.integration]


def _row(output: str, label: str) -> list[str]:
    """The cells after `label` on its table row."""
    line = next((line for line in output.splitlines() if line.startswith(label)), None)
    assert line is not None, f"no row {label!r} in:\n{output}"
    return line[len(label) :].split()


def _number(cell: str) -> float:
    assert re.fullmatch(r"-?\d+(\.\d+)?", cell), cell
    return float(cell)


def test_ingest_benchmark_prints_three_rates_and_two_ratios(tmp_path: Path, capsys: pytest.CaptureFixture):
    from eval.bench_ingest import run_ingest_benchmark

    assert run_ingest_benchmark(Settings(data_dir=tmp_path / "unused"), 3, rounds=1, out_dir=tmp_path) == 0
    output = capsys.readouterr().out
    for label in ("(a) bare embedder", "(b) ingest_paths", "(c) llama-index pipeline"):
        passages, seconds, rate, words_rate = map(_number, _row(output, label))
        assert passages > 0 and seconds > 0 and rate > 0 and words_rate > 0, output
    for label in ("full / bare", "full / llama-index"):
        assert _number(_row(output, label)[0]) > 0, output
    saved = json.loads((tmp_path / "ingest.json").read_text())
    assert set(saved["passages_per_s"]) == {"bare", "ingest", "llama"}
    assert all(rate > 0 for rate in saved["passages_per_s"].values())


def test_answer_benchmark_prints_latencies_and_cold_start(tmp_path: Path, capsys: pytest.CaptureFixture):
    from eval.bench_answer import run_answer_benchmark

    settings = Settings(data_dir=tmp_path / "empty")
    assert run_answer_benchmark(settings, limit=4, repeats=1, cold_runs=1, out_dir=tmp_path) == 0
    output = capsys.readouterr().out
    for label in ("ours total", "ours embed+retrieve", "llama-index retrieve (incl. embed)"):
        p50, p95 = map(_number, _row(output, label))
        assert 0 < p50 <= p95, output
    for label in ("ours embed", "ours retrieve", "ours compose", "llama-index query embed"):
        assert len(_row(output, label)) == 2, output
    assert _number(_row(output, "ours total / llama-index retrieve")[0]) > 0
    assert _number(_row(output, "cold start reportqa ask, median (s)")[0]) > 0
    saved = json.loads((tmp_path / "answer.json").read_text())
    assert saved["answers"] == 4 and saved["cold_start_s"]["median"] > 0
