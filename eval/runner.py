"""Run an evaluation set through an answering function and print runs side by side.

run = run_eval(load_eval_set("eval/questions.jsonl"), answer_fn, name="hybrid")
print(format_summary_table([run]))
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass

from eval.dataset import EvalItem
from eval.metrics import ItemMetrics, score_item, summarise
from eval.thresholds import GATES
from ingest.errors import ReportQAError

AnswerFn = Callable[[str, list[str]], dict]
Progress = Callable[[int, int, str], None]  # (done, total, id of the item just answered)


class CompareOptionError(ReportQAError, ValueError):
    """A --compare value that is not NAME=KEY=VALUE,KEY=VALUE,..."""


@dataclass(frozen=True)
class ItemResult:
    item: EvalItem
    answer: dict  # the answer JSON of qa.result.answer_json
    metrics: ItemMetrics


@dataclass(frozen=True)
class EvalRun:
    name: str
    results: tuple[ItemResult, ...]
    summary: dict
    options: dict | None = None  # the configuration this run used, for the report


def run_eval(
    items: Sequence[EvalItem],
    answer_fn: AnswerFn,
    *,
    name: str = "default",
    progress: Progress | None = None,
    options: dict | None = None,
) -> EvalRun:
    """Answer every item with `answer_fn(question, history) -> answer JSON` and score it.

    A ReportQAError from answer_fn (a question the engine rejects) is recorded as a refusal with an
    "error" key, not raised; any other exception is a bug and propagates. If the answer has no "ms", the
    wall time of the call is used.
    """
    results = []
    for done, item in enumerate(items, start=1):
        started = time.perf_counter()
        try:
            answer = dict(answer_fn(item.question, list(item.history)))
        except ReportQAError as exc:
            answer = {
                "question": item.question,
                "answer": "",
                "refused": True,
                "citations": [],
                "passages": [],
                "sentences": [],
                "dropped": [],
                "error": str(exc),
            }
        answer.setdefault("ms", round((time.perf_counter() - started) * 1000, 2))
        answer["id"] = item.id
        results.append(ItemResult(item, answer, score_item(item, answer)))
        if progress is not None:
            progress(done, len(items), item.id)
    return EvalRun(name, tuple(results), summarise(results), options)


# rows of the summary table: (label, summary key, format)
TABLE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("questions", "items", "int"),
    ("answerable", "answerable", "int"),
    ("unanswerable", "unanswerable", "int"),
    ("hit@1", "hit@1", "share"),
    ("hit@3", "hit@3", "share"),
    ("hit@5", "hit@5", "share"),
    ("hit@10", "hit@10", "share"),
    ("MRR", "mrr", "share"),
    ("correct", "correct", "share"),
    ("fact recall", "fact_recall", "share"),
    ("citation recall", "citation_recall", "share"),
    ("citation precision", "citation_precision", "share"),
    ("unanswerable refused", "refused_unanswerable", "share"),
    ("answerable refused", "wrongly_refused", "share"),
    ("latency p50 (ms)", "latency_p50", "ms"),
    ("latency p95 (ms)", "latency_p95", "ms"),
    ("answer length (words)", "answer_words", "ms"),
    ("dropped sentences", "dropped_share", "share"),
    ("items passed", "passed", "share"),
)


def format_value(value: object, kind: str) -> str:
    if value is None:
        return "n/a"
    if kind == "int":
        return str(value)
    if kind == "ms":
        return f"{value:.1f}"
    return f"{value:.3f}"


def gate_text(key: str) -> str:
    if key not in GATES:
        return ""
    kind, threshold, _ = GATES[key]
    return f"{'>=' if kind == 'min' else '<='} {threshold:.2f}"


def format_summary_table(runs: Sequence[EvalRun]) -> str:
    """Rows = metrics, columns = runs, plus the gate threshold; a value missing its gate is marked '!'."""
    header = ["metric", *[r.name for r in runs], "gate"]
    rows = [header]
    for label, key, kind in TABLE_ROWS:
        cells = [label]
        for run in runs:
            value = run.summary.get(key)
            cell = format_value(value, kind)
            if misses_gate(key, value):
                cell += " !"
            cells.append(cell)
        rows.append([*cells, gate_text(key)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def misses_gate(key: str, value: float | None) -> bool:
    """True if summary[key] has a gate in eval.thresholds and `value` misses it."""
    if key not in GATES or value is None:
        return False
    kind, threshold, _ = GATES[key]
    return value < threshold - 1e-9 if kind == "min" else value > threshold + 1e-9


def parse_compare_option(text: str) -> tuple[str, dict[str, int | float | bool | str]]:
    """'bm25=retrieval=bm25,chunk_tokens=120' -> ('bm25', {'retrieval': 'bm25', 'chunk_tokens': 120}).

    Values become int, float or bool (true/false) when they look like one, else stay text. A bare
    'NAME' (or 'NAME=') means the default configuration under that name.
    """
    name, _, rest = text.strip().partition("=")
    name = name.strip()
    if not name or not all(c.isalnum() or c in "-_.+" for c in name):
        raise CompareOptionError(
            f"--compare {text!r}: expected NAME=KEY=VALUE,KEY=VALUE (NAME of letters, digits, - _ . +), "
            f"e.g. bm25=retrieval=bm25,chunk_tokens=120"
        )
    options: dict[str, int | float | bool | str] = {}
    for part in rest.split(",") if rest.strip() else []:
        key, eq, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not eq or not key or not value:
            raise CompareOptionError(f"--compare {text!r}: {part.strip()!r} is not KEY=VALUE")
        if key in options:
            raise CompareOptionError(f"--compare {text!r}: {key!r} is given twice")
        options[key] = _typed(value)
    return name, options


def _typed(value: str) -> int | float | bool | str:
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    for convert in (int, float):
        with suppress(ValueError):  # not a number of this kind: the next, or the text itself
            return convert(value)
    return value
