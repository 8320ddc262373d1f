"""The written report: files, escaping of report text, embedded plots, results.jsonl."""

import json
import re

from eval.report import write_report
from eval.runner import run_eval
from tests.eval.fakes import JOBTEAM, answer_json

EVIL = '<script>alert("x")</script>'


def test_report_files_escape_everything_and_embed_plots(tmp_path, items, good_answers):
    def evil(question, history):
        if question.startswith("Who"):
            text = f"The Refugee Taskforce says {EVIL} [1]."
            return answer_json([(text, [1])], [f"The Refugee Taskforce says {EVIL}."], [JOBTEAM])
        return good_answers[question]

    runs = [run_eval(items, lambda q, h: good_answers[q], name="good"), run_eval(items, evil, name="evil<b>")]
    paths = write_report(runs, tmp_path / "out")
    assert set(paths) == {"markdown", "html", "results", "summary"}
    html = paths["html"].read_text(encoding="utf-8")

    # the only script element is ours; the answer's script is shown as text
    assert html.count("<script") == 1 and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "evil<b>" not in html and "evil&lt;b&gt;" in html
    # self-contained: no external URLs, three plots inline
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert len(re.findall(r'src="data:image/png;base64,[A-Za-z0-9+/=]{200,}"', html)) == 3
    # one row per question per run, with the failure kinds the filter uses
    assert html.count('<tr class="pass"') + html.count('<tr class="fail"') == 6
    assert 'data-failures="wrong answer|retrieval miss"' in html
    assert '<option value="wrongly refused">' in html and "<th>metric</th>" in html and ">hit@5<" in html

    md = paths["markdown"].read_text(encoding="utf-8")
    assert "| hit@5 |" in md and "<script>" not in md and "f1" in md

    lines = [json.loads(line) for line in paths["results"].read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 6 and {line["run"] for line in lines} == {"good", "evil<b>"}
    failed = next(line for line in lines if line["run"] == "evil<b>" and line["id"] == "f1")
    assert failed["failures"] == ["wrong answer", "retrieval miss"]
    assert failed["facts_missing"] == ["OCMW", "civil society"]
    assert failed["answer"]["answer"].startswith("The Refugee Taskforce says <script>")
    summary = json.loads(paths["summary"].read_text(encoding="utf-8"))
    assert summary["good"]["gate_failures"] == ["hit@1 is 0.500, below the minimum 0.80"]


def test_report_with_refusals_only(tmp_path, items):
    run = run_eval(items, lambda q, h: answer_json(refused=True, ms=5), name="refuse-all")
    paths = write_report([run], tmp_path)
    html = paths["html"].read_text(encoding="utf-8")
    assert html.count('data-failures="wrongly refused|retrieval miss"') == 2
