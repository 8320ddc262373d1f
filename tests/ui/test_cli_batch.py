"""`reportqa ask --batch`: one line that cannot be answered does not stop the others."""

from __future__ import annotations

import json

from tests.ui.fakes import FakeEngine
from ui.cli import ask_batch


class FaultyEngine(FakeEngine):
    """The fake engine, with a fault inside the answering for questions that mention 'fault'."""

    def answer(self, question, history=(), doc_ids=None):
        if "fault" in question:
            raise IndexError("list index out of range")
        return super().answer(question, history, doc_ids)


def test_a_fault_answering_one_line_names_it_and_the_rest_are_answered(tmp_path, capsys):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(item) for item in (
        {"id": "a", "question": "What is Jobteam Gent?"},
        {"id": "b", "question": "a fault in a check"},
        {"id": "c", "question": "What does Jobteam Gent do?"},
    )) + "\n", encoding="utf-8")
    status = ask_batch(FaultyEngine(), batch, True, None)
    out, err = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert f"error: {batch} line 2: could not be answered (IndexError: list index out of range)" in err
    assert "Traceback" not in err
