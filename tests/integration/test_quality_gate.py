"""The quality gate: the seed evaluation set must meet the thresholds of eval/thresholds.py."""

from __future__ import annotations

import pytest

from eval.cli import run_configuration
from eval.dataset import load_eval_set
from eval.metrics import gate_failures
from eval.runner import format_summary_table
from tests.conftest import ROOT

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("set_name", ["questions", "heldout"])
def test_quality_gate(seed_store, set_name):
    run = run_configuration(set_name, seed_store, load_eval_set(ROOT / "eval" / f"{set_name}.jsonl"))
    table = format_summary_table([run])
    print(table)
    assert gate_failures(run.summary) == [], table
