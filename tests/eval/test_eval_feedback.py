"""Thumbs-down feedback becomes draft evaluation items."""

import json

import pytest

from eval.dataset import EvalSetError, load_eval_set
from eval.feedback import draft_from_feedback


def test_drafts_from_thumbs_down_only(tmp_path):
    feedback = tmp_path / "feedback.jsonl"
    lines = [
        {
            "time": "t1",
            "rating": "up",
            "question": "What is Jobteam?",
            "history": [],
            "answer": "fine",
            "citations": [],
            "refused": False,
        },
        {
            "time": "t2",
            "rating": "down",
            "question": "Who pays for it?",
            "history": ["What is Jobteam?"],
            "answer": "The EU pays [1].",
            "citations": [{"n": 1, "doc": "a", "quote": "x"}],
            "refused": False,
        },
        "this is not json",
        {"time": "t3", "rating": "sideways", "question": "?"},
        {"time": "t4", "rating": "down", "question": "", "answer": "x"},
        {
            "time": "t5",
            "rating": "down",
            "question": "When did Refu Interim start?",
            "answer": "The reports don't contain an answer to this question.",
            "refused": True,
        },
        {
            "time": "t6",
            "rating": "down",
            "question": "Who pays for it?",
            "history": ["What is Jobteam?"],
            "answer": "The city pays [1].",
            "citations": [],
            "refused": False,
        },
    ]
    feedback.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n")
    out = tmp_path / "drafts" / "feedback-draft.jsonl"
    with pytest.warns(UserWarning) as caught:
        count = draft_from_feedback(feedback, out)
    messages = [str(w.message) for w in caught]
    assert [m.split(":")[0] for m in messages] == [f"{feedback} line {n}" for n in (3, 4, 5)]
    assert "skipped" in messages[0]

    drafts = [json.loads(line) for line in out.read_text().splitlines()]
    assert count == 2 == len(drafts)
    refused, followup = drafts
    assert refused["id"] == "fb-0001" and refused["bad_refused"] and "refusal" in refused["todo"]
    assert followup["id"] == "fb-0002" and followup["history"] == ["What is Jobteam?"]
    assert followup["bad_answer"] == "The city pays [1]." and followup["type"] == "followup"
    assert followup["quotes"] == [] and followup["facts"] == [] and followup["reference"] == ""
    assert "quotes" in followup["todo"]

    # a draft cannot be scored until a person completes it
    with pytest.raises(EvalSetError, match="line 1: 'todo' is still set"):
        load_eval_set(out)
    done = dict(followup, quotes=["The city pays."], facts=[["city"]])
    del done["todo"]
    out.write_text(json.dumps(done) + "\n")
    (item,) = load_eval_set(out)
    assert item.answerable and item.extra["bad_answer"] == "The city pays [1]."
