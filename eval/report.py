"""The evaluation report: report.md, a self-contained report.html (inline CSS, plots as base64 PNG, a
small inline script to filter rows), results.jsonl with every per-item result, and summary.json.

All text from questions, answers and reports is HTML-escaped: reports can contain `<script>`.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Sequence
from html import escape
from pathlib import Path

from eval.metrics import RETRIEVAL_MISS_K, gate_failures
from eval.runner import TABLE_ROWS, EvalRun, ItemResult, format_value, gate_text, misses_gate
from eval.thresholds import HIT_AT_1_MIN, HIT_AT_5_MIN

FILTERS = (
    "all",
    "failed",
    "retrieval miss",
    "wrong answer",
    "wrongly refused",
    "not refused",
    "unsupported sentence",
)


def write_report(runs: Sequence[EvalRun], out_dir: str | Path) -> dict[str, Path]:
    """Write the report files into out_dir (created if needed); returns {"markdown", "html", "results",
    "summary"} -> path."""
    if not runs:
        raise ValueError("write_report needs at least one run, got none")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "markdown": out / "report.md",
        "html": out / "report.html",
        "results": out / "results.jsonl",
        "summary": out / "summary.json",
    }
    paths["markdown"].write_text(render_markdown(runs), encoding="utf-8")
    paths["html"].write_text(render_html(runs), encoding="utf-8")
    with paths["results"].open("w", encoding="utf-8") as f:
        for run in runs:
            for result in run.results:
                f.write(json.dumps(result_json(run.name, result), ensure_ascii=False) + "\n")
    summary = {
        run.name: {
            "options": run.options,
            "summary": run.summary,
            "gate_failures": gate_failures(run.summary),
        }
        for run in runs
    }
    paths["summary"].write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return paths


def failure_reasons(result: ItemResult) -> list[str]:
    """Why an item failed, one line per failure kind."""
    m, reasons = result.metrics, []
    for kind in m.failures:
        if kind == "wrong answer":
            reasons.append(
                f"wrong answer: missing {'; '.join(m.facts_missing) or 'nothing'} "
                f"({len(m.facts_found)} of {result.item.min_facts} facts needed)"
            )
        elif kind == "retrieval miss":
            n_passages = len(result.answer.get("passages") or [])
            where = f"first at rank {m.rank}" if m.rank else f"none in {n_passages}"
            reasons.append(f"retrieval miss: no supporting passage in the top {RETRIEVAL_MISS_K} ({where})")
        elif kind == "unsupported sentence":
            reasons += [f"unsupported sentence: {s!r}: {why}" for s, why in m.unsupported]
        elif kind == "error":
            reasons.append(f"error: {result.answer.get('error')}")
        else:
            reasons.append(kind)
    return reasons


def result_json(run_name: str, result: ItemResult) -> dict:
    m, item = result.metrics, result.item
    return {
        "run": run_name,
        "id": item.id,
        "type": item.type,
        "question": item.question,
        "history": list(item.history),
        "answerable": item.answerable,
        "passed": m.passed,
        "failures": list(m.failures),
        "reasons": failure_reasons(result),
        "rank": m.rank,
        "correct": m.correct,
        "refused": m.refused,
        "facts_found": list(m.facts_found),
        "facts_missing": list(m.facts_missing),
        "fact_recall": m.fact_recall,
        "citation_recall": m.citation_recall,
        "citation_precision": m.citation_precision,
        "unsupported": [list(u) for u in m.unsupported],
        "ms": m.ms,
        "words": m.words,
        "dropped": m.dropped,
        "answer": result.answer,
    }


# --- Markdown ---------------------------------------------------------------------------------------------


def _md(text: object) -> str:
    """Escaped so a Markdown viewer shows report text as text, never as HTML; no pipes to break tables."""
    return escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ")


def render_markdown(runs: Sequence[EvalRun]) -> str:
    lines = [
        "# reportqa evaluation",
        "",
        "| metric | " + " | ".join(_md(r.name) for r in runs) + " |",
        "|---|" + "---:|" * len(runs),
    ]
    for label, key, kind in TABLE_ROWS:
        values = " | ".join(format_value(r.summary.get(key), kind) for r in runs)
        lines.append(f"| {label} | {values} |")
    for run in runs:
        lines += ["", f"## {_md(run.name)}", ""]
        if run.options:
            lines.append("Options: " + ", ".join(f"`{_md(k)}={_md(v)}`" for k, v in run.options.items()))
            lines.append("")
        gates = gate_failures(run.summary)
        lines += [f"- gate missed: {g}" for g in gates] or ["All quality gates passed."]
        failed = [r for r in run.results if not r.metrics.passed]
        lines += ["", f"### Failed items ({len(failed)} of {len(run.results)})", ""]
        for r in failed:
            answer = (r.answer.get("answer") or "")[:400]
            lines.append(f"- **{_md(r.item.id)}** ({_md(r.item.type)}): {_md(r.item.question)}")
            if r.item.history:
                lines.append(f"  - history: {_md(' / '.join(r.item.history))}")
            lines.append(f"  - answer: {_md(answer)}")
            lines += [f"  - {_md(reason)}" for reason in failure_reasons(r)]
    return "\n".join(lines) + "\n"


# --- plots ------------------------------------------------------------------------------------------------


def _png(fig) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def plot_hit_curve(runs: Sequence[EvalRun]) -> str:
    """hit@k for k = 1..10, one line per run; base64 PNG."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3.6))
    ax = fig.add_subplot()
    for run in runs:
        curve = run.summary.get("hit_curve") or []
        ks = [k for k, v in enumerate(curve, start=1) if v is not None]
        ax.plot(ks, [curve[k - 1] for k in ks], marker="o", label=run.name)
    ax.scatter([1, 5], [HIT_AT_1_MIN, HIT_AT_5_MIN], marker="_", s=400, color="red", label="gate", zorder=3)
    ax.set(
        xlabel="k (passages)",
        ylabel="share with a supporting passage in top k",
        ylim=(0, 1.02),
        xticks=range(1, 11),
        title="Retrieval: hit@k",
    )
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    return _png(fig)


def plot_latency(runs: Sequence[EvalRun]) -> str:
    """Histogram of per-question latency, one colour per run; base64 PNG."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3.6))
    ax = fig.add_subplot()
    for run in runs:
        values = [r.metrics.ms for r in run.results if r.metrics.ms is not None]
        if values:
            ax.hist(values, bins=20, alpha=0.5, label=run.name)
    ax.set(xlabel="milliseconds per question", ylabel="questions", title="Latency")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    return _png(fig)


def plot_correct_by_type(runs: Sequence[EvalRun]) -> str:
    """Share correct per question type (unanswerable types: share refused), grouped bars per run."""
    from matplotlib.figure import Figure

    types = sorted({t for run in runs for t in run.summary.get("correct_by_type", {})})
    fig = Figure(figsize=(6, 3.6))
    ax = fig.add_subplot()
    width = 0.8 / len(runs)
    for i, run in enumerate(runs):
        shares = run.summary.get("correct_by_type", {})
        xs = [j + i * width - 0.4 + width / 2 for j in range(len(types))]
        ax.bar(xs, [shares.get(t, 0.0) for t in types], width=width, label=run.name)
    ax.set_xticks(range(len(types)), types, rotation=30, ha="right", fontsize=8)
    ax.set(ylim=(0, 1.05), ylabel="share correct", title="Correct answers by question type")
    ax.legend(fontsize=8)
    return _png(fig)


# --- HTML -------------------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem;color:#222;max-width:1500px}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
#items td{font-size:.85rem;max-width:28rem;white-space:pre-wrap;word-wrap:break-word}
tr.fail td.result{background:#fde2e1}tr.pass td.result{background:#e3f6e3}td.miss{background:#fff3cd}
#summary td.miss{background:#fde2e1;font-weight:bold}
.plots img{max-width:32%;min-width:320px;margin-right:.5rem;border:1px solid #ddd}
.cite{margin-bottom:.3rem}.missing{color:#a40000}.found{color:#1a6b1a}.muted{color:#666}
"""

_SCRIPT = """
function applyFilter(){
  var f=document.getElementById('filter').value, r=document.getElementById('run').value, n=0;
  document.querySelectorAll('#items tbody tr').forEach(function(tr){
    var fails=tr.dataset.failures?tr.dataset.failures.split('|'):[];
    var ok=f==='all'||(f==='failed'&&fails.length>0)||fails.indexOf(f)>=0;
    ok=ok&&(r==='all'||tr.dataset.run===r);
    tr.style.display=ok?'':'none'; if(ok){n++;}
  });
  document.getElementById('count').textContent=n+' shown';
}
document.getElementById('filter').addEventListener('change',applyFilter);
document.getElementById('run').addEventListener('change',applyFilter);
applyFilter();
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _summary_table_html(runs: Sequence[EvalRun]) -> str:
    head = "".join(f"<th>{_e(r.name)}</th>" for r in runs) + "<th>gate</th>"
    rows = []
    for label, key, kind in TABLE_ROWS:
        cells = "".join(
            f'<td class="num{" miss" if misses_gate(key, r.summary.get(key)) else ""}">'
            f"{_e(format_value(r.summary.get(key), kind))}</td>"
            for r in runs
        )
        rows.append(f'<tr><th>{_e(label)}</th>{cells}<td class="muted">{_e(gate_text(key))}</td></tr>')
    body = "".join(rows)
    return f'<table id="summary"><thead><tr><th>metric</th>{head}</tr></thead><tbody>{body}</tbody></table>'


def _citations_html(answer: dict) -> str:
    parts = []
    for c in answer.get("citations") or ():
        where = " · ".join(
            _e(x) for x in (c.get("doc"), c.get("section"), f"p. {c['page']}" if c.get("page") else None) if x
        )
        parts.append(
            f'<div class="cite">[{_e(c.get("n"))}] <b>{_e(c.get("title") or c.get("doc"))}</b> '
            f'<span class="muted">{where}</span><br>“{_e(c.get("quote"))}”</div>'
        )
    return "".join(parts)


def _row_html(run: EvalRun, result: ItemResult, show_run: bool) -> str:
    m, item, answer = result.metrics, result.item, result.answer
    history = "".join(f'<div class="muted">↳ earlier: {_e(h)}</div>' for h in item.history)
    facts = "".join(f'<div class="found">✓ {_e(f)}</div>' for f in m.facts_found)
    facts += "".join(f'<div class="missing">✗ {_e(f)}</div>' for f in m.facts_missing)
    if not item.answerable:
        facts = '<span class="muted">unanswerable: should be refused</span>'
    rank = "–" if not m.retrieval_scored else (m.rank or "none")
    rank_class = "num miss" if m.retrieval_scored and (m.rank is None or m.rank > RETRIEVAL_MISS_K) else "num"
    verdict = "pass" if m.passed else "FAIL"
    reasons = "".join(f"<div>{_e(r)}</div>" for r in failure_reasons(result))
    refused = ' <span class="muted">(refused)</span>' if m.refused else ""
    return (
        f'<tr class="{"pass" if m.passed else "fail"}" data-run="{_e(run.name)}" '
        f'data-failures="{_e("|".join(m.failures))}">'
        f"<td>{_e(item.id)}<br><span class='muted'>{_e(item.type)}</span>"
        f"{'<br>' + _e(run.name) if show_run else ''}</td>"
        f"<td>{_e(item.question)}{history}</td><td>{_e(answer.get('answer'))}{refused}</td>"
        f"<td>{_citations_html(answer)}</td><td>{facts}</td><td class='{rank_class}'>{_e(rank)}</td>"
        f"<td class='num'>{_e(format_value(m.ms, 'ms'))}</td>"
        f"<td class='result'><b>{verdict}</b>{reasons}</td></tr>"
    )


def render_html(runs: Sequence[EvalRun]) -> str:
    plots = [
        ("hit@k curve", plot_hit_curve(runs)),
        ("latency histogram", plot_latency(runs)),
        ("correct by question type", plot_correct_by_type(runs)),
    ]
    images = "".join(f'<img alt="{_e(alt)}" src="data:image/png;base64,{data}">' for alt, data in plots)
    gates = []
    for run in runs:
        missed = gate_failures(run.summary) or ["all quality gates passed"]
        gates += [f"<li><b>{_e(run.name)}</b>: {_e(line)}</li>" for line in missed]
    filter_options = "".join(f'<option value="{_e(f)}">{_e(f)}</option>' for f in FILTERS)
    run_options = '<option value="all">all runs</option>' + "".join(
        f'<option value="{_e(r.name)}">{_e(r.name)}</option>' for r in runs
    )
    rows = "".join(_row_html(run, result, len(runs) > 1) for run in runs for result in run.results)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>reportqa evaluation</title>
<style>{_CSS}</style></head><body>
<h1>reportqa evaluation</h1>
<h2>Summary</h2>
{_summary_table_html(runs)}
<ul>{"".join(gates)}</ul>
<h2>Plots</h2>
<div class="plots">{images}</div>
<h2>Questions</h2>
<p><label>Show <select id="filter">{filter_options}</select></label>
<label>Run <select id="run">{run_options}</select></label> <span id="count"></span></p>
<table id="items"><thead><tr><th>id</th><th>question</th><th>answer</th><th>citations</th><th>facts</th>
<th>rank</th><th>ms</th><th>result</th></tr></thead>
<tbody>{rows}</tbody></table>
<script>{_SCRIPT}</script>
</body></html>
"""
