"""`reportqa eval`: run a question set against the store (and other configurations), print, write a report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eval.dataset import load_eval_set
from eval.metrics import gate_failures
from eval.report import write_report
from eval.runner import EvalRun, format_summary_table, parse_compare_option, run_eval
from ingest.errors import ReportQAError
from ingest.settings import Settings

DEFAULT_SET = Path(__file__).resolve().parent / "questions.jsonl"
STORE_OPTIONS = {"chunk_tokens", "chunk_overlap", "embedder"}  # options that need their own store


def run_configuration(name: str, settings: Settings, items, options: dict | None = None) -> EvalRun:
    """Answer every item with an engine built from `settings`."""
    from qa.engine import Engine
    from qa.result import answer_json

    engine = Engine(settings)
    engine.warm_up()

    def answer_fn(question: str, history: list[str]) -> dict:
        return answer_json(engine.answer(question, history))

    return run_eval(items, answer_fn, name=name, options=options)


def settings_for(base: Settings, options: dict, name: str, out_dir: Path, corpus: Path) -> Settings:
    """Settings for one --compare configuration; a different passage size or embedder gets its own store,
    built from `corpus` under the results folder (kept, so a second run only checks hashes)."""
    unknown = set(options) - set(Settings.__dataclass_fields__)
    if unknown:
        raise ReportQAError(f"--compare {name}: unknown option(s) {', '.join(sorted(unknown))}")
    settings = base.with_(**options)
    if STORE_OPTIONS & set(options):
        from ingest.pipeline import ingest_paths

        settings = settings.with_(data_dir=out_dir / "stores" / name, chroma_host=None)
        report = ingest_paths([corpus], settings)
        if report.failed:
            raise ReportQAError(f"--compare {name}: could not build its store: {report.failed[0]}")
    return settings


def run_eval_command(settings: Settings, eval_set: Path | None, compare: Sequence[str], out_dir: Path,
                     corpus: Path, gate: bool = False) -> int:
    from ingest.store import Store

    items = load_eval_set(eval_set or DEFAULT_SET)
    with Store.open(settings) as store:
        if not store.documents():
            raise ReportQAError(f"the store in {settings.data_dir} is empty; first run: reportqa ingest corpus/")
    runs = []
    if not compare:
        runs.append(run_configuration("default", settings, items))
    for text in compare:
        name, options = parse_compare_option(text)
        runs.append(run_configuration(name, settings_for(settings, options, name, out_dir, corpus), items,
                                      options))
    print(format_summary_table(runs))
    paths = write_report(runs, out_dir)
    print()
    for kind, path in paths.items():
        print(f"{kind}: {path}")
    misses = [f"{run.name}: {line}" for run in runs for line in gate_failures(run.summary)]
    for line in misses:
        print(f"below threshold: {line}")
    return 1 if gate and misses else 0
