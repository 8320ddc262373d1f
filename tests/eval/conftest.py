"""Hand-made eval items and correct answers for them."""

from __future__ import annotations

import pytest

from eval.dataset import EvalItem
from tests.eval.fakes import FILLER, JOBTEAM, TASKFORCE, answer_json


@pytest.fixture
def items() -> list[EvalItem]:
    return [
        EvalItem(
            id="n1",
            question="How many newcomers did Jobteam Ghent help?",
            reference="1,500",
            facts=(("1,500", "fifteen hundred"),),
            min_facts=1,
            quotes=("It has helped 1.500 newcomers",),
            type="number",
        ),
        EvalItem(
            id="f1",
            question="Who is in the Refugee Taskforce?",
            facts=(("OCMW",), ("civil society",)),
            min_facts=2,
            quotes=(TASKFORCE,),
            type="list",
        ),
        EvalItem(id="u1", question="Why did Ghent close Jobteam in 2019?", type="false_premise", answerable=False),
    ]


@pytest.fixture
def good_answers() -> dict[str, dict]:
    """Correct, fully cited answers for the `items` fixture, keyed by question."""
    return {
        "How many newcomers did Jobteam Ghent help?": answer_json(
            [("It has helped 1.500 newcomers find work, at a cost of 0,44% of the social budget [1].", [1])],
            [JOBTEAM],
            [JOBTEAM, FILLER],
            ms=10,
        ),
        "Who is in the Refugee Taskforce?": answer_json(
            [(TASKFORCE + " [1]", [1])], [TASKFORCE], [FILLER, TASKFORCE], ms=30
        ),
        "Why did Ghent close Jobteam in 2019?": answer_json(refused=True, passages=[JOBTEAM], ms=20),
    }
