"""Metrics on hand-made items with known values."""

import pytest

from eval.dataset import EvalItem
from eval.metrics import (
    citation_scores,
    fact_found,
    gate_failures,
    passage_supports,
    percentile,
    retrieval_rank,
    score_item,
    summarise,
)
from tests.eval.fakes import FILLER, JOBTEAM, TASKFORCE, answer_json, passage

QUOTE = (
    "The city of Ghent supports civil society initiatives to a high degree, in some cases even "
    "through official cooperation agreements."
)  # 130 characters: a cut piece must have 78


# --- retrieval --------------------------------------------------------------------------------------------


def test_quote_contained_after_normalising_whitespace_quotes_and_hyphenation():
    text = (
        "Intro. The city of Ghent sup-\nports civil  society initiatives to a high degree, in some "
        "cases even\nthrough official cooperation agreements. More."
    )
    assert passage_supports(text, QUOTE)
    assert passage_supports("He said \u201cno\u201d to it.", 'He said "no" to it.')


def test_quote_cut_by_passage_end_counts_when_long_enough():
    assert passage_supports("Earlier sentence. " + QUOTE[:80], QUOTE)  # 62% of the quote
    assert not passage_supports("Earlier sentence. " + QUOTE[:75], QUOTE)  # 58%: too short


def test_quote_cut_by_passage_start_counts_when_long_enough():
    assert passage_supports(QUOTE[-80:] + " Next sentence.", QUOTE)
    assert not passage_supports(QUOTE[-75:] + " Next sentence.", QUOTE)


def test_short_quote_never_counts_when_cut():
    quote = "Jobteam Ghent helps newcomers find a job quickly."  # 49 chars: a cut piece has < 40
    assert not passage_supports("Something else. Jobteam Ghent helps newcomers", quote)


def test_retrieval_rank_is_first_supporting_passage_and_counts_also_in():
    passages = [passage(FILLER), passage("Intro. " + QUOTE[:90]), passage(QUOTE)]
    assert retrieval_rank(passages, [QUOTE]) == 2
    assert retrieval_rank([passage(FILLER)], [QUOTE]) is None
    collapsed = passage("A reworded copy.", also_in=[passage(QUOTE, doc="other")])
    assert retrieval_rank([passage(FILLER), collapsed], [QUOTE]) == 2


def test_hit_at_k_and_mrr():
    items = [EvalItem(id=f"q{i}", question="q", quotes=(QUOTE,)) for i in range(3)]
    ranks = [[QUOTE], [FILLER, FILLER, QUOTE], [FILLER] * 10]
    metrics = [score_item(item, answer_json(passages=p)) for item, p in zip(items, ranks, strict=True)]
    assert [m.rank for m in metrics] == [1, 3, None]
    s = summarise(metrics)
    assert s["hit@1"] == pytest.approx(1 / 3)
    assert s["hit@3"] == pytest.approx(2 / 3)
    assert s["hit@5"] == pytest.approx(2 / 3)
    assert s["mrr"] == pytest.approx((1 + 1 / 3 + 0) / 3)
    assert s["hit_curve"][:3] == pytest.approx([1 / 3, 1 / 3, 2 / 3])
    assert "retrieval miss" in metrics[2].failures and "retrieval miss" not in metrics[1].failures


# --- correctness ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fact, answer, found",
    [
        ("1.500", "It helped 1,500 newcomers [1].", True),
        ("1,500", "It helped 1.500 newcomers [1].", True),
        ("1 500 newcomers", "It helped 1.500 newcomers [1].", True),
        ("0,44%", "It cost 0.44% of the budget.", True),
        ("0.44%", "It cost 0,44 % of the budget.", True),
        ("1,500", "It helped 15 newcomers, 500 in 2018.", False),
        ("1", "Jobteam helped newcomers [1].", False),  # the citation marker is not a fact
        ("EU", "Europe is large.", False),
        ("block", "The government blocked the pledge.", True),
        ("art", "An artistic project.", False),
        ("newcomer", "Newcomers to Ghent.", True),
        ("civil society", "The Taskforce includes Civil  Society organisations.", True),
        ("Ghent\u2019s Taskforce", "Ghent's Taskforce met.", True),
        ("Reno", "a temporary reception initiative called the Reno-boat.", True),  # zu005: a word of a compound
        ("Reno-boat", "a temporary reception initiative called the Reno-boat.", True),
        ("Renovation", "a temporary reception initiative called the Reno-boat.", False),
        ("boat", "a temporary reception initiative called the Renoboat.", False),
    ],
)
def test_fact_found(fact, answer, found):
    assert (fact_found([fact], answer) is not None) is found


def test_fact_alternatives():
    assert fact_found(["fifteen hundred", "1500"], "It helped 1.500 newcomers.") == "1500"


def test_correctness_needs_min_facts_and_no_refusal(items):
    item = items[1]  # two facts, both needed
    half = score_item(item, answer_json([("The OCMW takes part [1].", [1])], [TASKFORCE]))
    assert half.facts_found == ("OCMW",) and half.facts_missing == ("civil society",)
    assert half.fact_recall == 0.5 and not half.correct and "wrong answer" in half.failures
    refused = score_item(item, answer_json(refused=True, passages=[TASKFORCE]))
    assert not refused.correct and refused.failures == ("wrongly refused",)


def test_refusals(items):
    unanswerable = items[2]
    assert score_item(unanswerable, answer_json(refused=True)).correct
    answered = score_item(unanswerable, answer_json([(JOBTEAM, [1])], [JOBTEAM]))
    assert not answered.correct and answered.failures == ("not refused",)
    metrics = [
        score_item(items[0], answer_json(refused=True)),
        score_item(items[1], answer_json([(TASKFORCE, [1])], [TASKFORCE])),
        score_item(unanswerable, answer_json(refused=True)),
    ]
    s = summarise(metrics)
    assert s["wrongly_refused"] == 0.5 and s["refused_unanswerable"] == 1.0 and s["correct"] == 0.5


# --- citations --------------------------------------------------------------------------------------------


def test_citation_recall_and_precision_supported_and_unsupported_sentence():
    answer = answer_json(
        [
            ("It has helped 1.500 newcomers find work [1].", [1]),
            ("Jobteam Ghent has helped 2,000 newcomers [2].", [2]),
        ],
        [JOBTEAM, TASKFORCE],
    )
    recall, precision, unsupported = citation_scores(answer)
    assert recall == 0.5 and precision == 0.5
    assert unsupported == [("Jobteam Ghent has helped 2,000 newcomers [2].", "number 2000 not in cited passage")]


def test_citation_precision_counts_an_unneeded_extra_citation_as_irrelevant():
    answer = answer_json([("It has helped 1.500 newcomers find work [1][2].", [1, 2])], [JOBTEAM, TASKFORCE])
    assert citation_scores(answer)[:2] == (1.0, 0.5)


def test_citation_precision_when_both_citations_are_needed():
    sentence = "Jobteam Ghent helped 1,500 newcomers and the Refugee Taskforce brings together the OCMW [1][2]."
    answer = answer_json([(sentence, [1, 2])], [JOBTEAM, TASKFORCE])
    assert citation_scores(answer)[:2] == (1.0, 1.0)


def test_sentence_without_citation_is_unsupported_and_refusal_has_no_citation_scores():
    recall, precision, unsupported = citation_scores(answer_json([(JOBTEAM, [])], [JOBTEAM]))
    assert recall == 0.0 and precision is None and unsupported[0][1] == "no citation"
    assert citation_scores(answer_json(refused=True)) == (None, None, [])


# --- summary and gates ------------------------------------------------------------------------------------


def test_summary_of_good_answers(items, good_answers):
    metrics = [score_item(i, good_answers[i.question]) for i in items]
    assert all(m.passed for m in metrics), [m.failures for m in metrics]
    s = summarise(metrics)
    assert (s["hit@5"], s["correct"], s["citation_recall"], s["citation_precision"]) == (1.0, 1.0, 1.0, 1.0)
    assert s["hit@1"] == 0.5 and s["mrr"] == pytest.approx(0.75)  # ranks 1 and 2
    assert s["refused_unanswerable"] == 1.0 and s["wrongly_refused"] == 0.0
    assert s["latency_p50"] == 20 and s["latency_p95"] == pytest.approx(29)
    assert s["answer_words"] == (16 + 13) / 2
    assert s["dropped_share"] == 0.0
    assert s["correct_by_type"] == {"false_premise": 1.0, "list": 1.0, "number": 1.0}
    assert gate_failures(s) == ["hit@1 is 0.500, below the minimum 0.80"]


def test_dropped_share():
    m = score_item(
        EvalItem(id="x", question="q", facts=(("1.500",),)),
        answer_json([(JOBTEAM, [1])], [JOBTEAM], dropped=[{"text": "x", "reason": "r"}] * 3),
    )
    assert summarise([m])["dropped_share"] == 0.75


def test_gate_failures_name_the_metric_and_threshold():
    lines = gate_failures({"hit@5": 0.9, "hit@1": 0.8, "wrongly_refused": 0.1, "correct": None})
    assert len(lines) == 2
    assert "hit@5" in lines[0] and "0.900" in lines[0] and "0.95" in lines[0]
    assert "wrongly_refused" in lines[1] and "maximum 0.05" in lines[1]


def test_percentile():
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([1, 2, 3, 4], 50) == 2.5
