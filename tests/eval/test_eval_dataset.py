"""Loading evaluation sets: JSONL and CSV, defaults, and errors naming file, line and field."""

import json
from pathlib import Path

import pytest

from eval.dataset import EvalSetError, check_quotes, load_eval_set
from ingest.errors import ReportQAError

ROOT = Path(__file__).resolve().parents[2]

CSV_HEADER = "id,question,reference,facts,min_facts,docs,quotes,type,history,answerable\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_with_defaults(tmp_path):
    path = write(
        tmp_path,
        "mine.jsonl",
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "a",
                        "question": "How many?",
                        "facts": [["1,500", "1500"], "newcomers"],
                        "quotes": ["helped 1.500 newcomers"],
                        "type": "number",
                    }
                ),
                "",
                json.dumps({"question": "Why did Ghent close it?", "type": "false_premise"}),
                json.dumps(
                    {
                        "id": 7,
                        "question": "Who pays?",
                        "history": ["What is Jobteam?"],
                        "facts": [["city"]],
                        "min_facts": 1,
                        "answerable": True,
                        "type": "followup",
                        "note": "kept",
                    }
                ),
            ]
        ),
    )
    a, b, c = load_eval_set(path)
    assert a.facts == (("1,500", "1500"), ("newcomers",)) and a.min_facts == 2 and a.answerable
    assert a.line == 1 and a.history == ()
    assert b.id == "mine-3" and b.type == "false_premise" and not b.answerable and b.min_facts == 0
    assert c.id == "7" and c.history == ("What is Jobteam?",) and c.extra == {"note": "kept"}


def test_csv(tmp_path):
    path = write(
        tmp_path,
        "mine.csv",
        CSV_HEADER + 'q1,How many newcomers?,1500,"1,500|1500;newcomers",,report-a;report-b,'
        "first quote || second quote,number,,\n"
        + 'q2,"Who pays for it?",,city,1,,,followup,What is Jobteam? || Where is it?,yes\n'
        + "q3,Why did Ghent close it?,,,,,,false_premise,,false\n",
    )
    q1, q2, q3 = load_eval_set(path)
    assert q1.facts == (("1,500", "1500"), ("newcomers",)) and q1.min_facts == 2
    assert q1.docs == ("report-a", "report-b") and q1.quotes == ("first quote", "second quote")
    assert q1.answerable
    assert q2.history == ("What is Jobteam?", "Where is it?") and q2.line == 3 and q2.answerable
    assert not q3.answerable


@pytest.mark.parametrize(
    "row, message",
    [
        ("q1,,ref,,,,,fact,,\n", "line 3: 'question' is empty"),
        ("q1,What?,,a;b,3,,,fact,,\n", "line 3: 'min_facts' must be a whole number from 0 to 2"),
        ("q1,What?,,a,,,,factoid,,\n", "line 3: 'type' is 'factoid'"),
        ("q1,What?,,a,,,,fact,,maybe\n", "line 3: 'answerable' must be true or false"),
        ("q1,What?,,a,,,,fact,,,extra\n", "line 3: more cells than columns"),
        ("q0,What?,,a,,,,fact,,\n", "line 3: 'id' 'q0' already used on line 2"),
    ],
)
def test_csv_errors_name_file_line_and_field(tmp_path, row, message):
    path = write(tmp_path, "mine.csv", CSV_HEADER + "q0,Fine?,,a,,,,fact,,\n" + row)
    with pytest.raises(EvalSetError) as err:
        load_eval_set(path)
    assert str(err.value).startswith(str(path)) and message in str(err.value)
    assert isinstance(err.value, ReportQAError) and isinstance(err.value, ValueError)


def test_csv_line_numbers_count_multiline_cells(tmp_path):
    path = write(
        tmp_path,
        "mine.csv",
        CSV_HEADER + 'q0,"A question\nover two lines",,a,,,,fact,,\n' + "q1,,,,,,,fact,,\n",
    )
    with pytest.raises(EvalSetError, match="line 4: 'question' is empty"):
        load_eval_set(path)


def test_csv_header_must_have_question(tmp_path):
    with pytest.raises(EvalSetError, match="line 1: the header has no 'question' column"):
        load_eval_set(write(tmp_path, "mine.csv", "id,query\nq1,What?\n"))


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "x", "question": "What?"', "line 2: not valid JSON"),
        ('["What?"]', "line 2: expected a JSON object"),
        ('{"question": "  "}', "line 2: 'question' is empty"),
        ('{"question": "What?", "facts": "1500"}', "line 2: 'facts' must be a list"),
        ('{"question": "What?", "facts": [[]]}', "line 2: 'facts' has a fact that is not"),
        ('{"question": "What?", "quotes": [""]}', "line 2: 'quotes' must be a list of non-empty texts"),
        ('{"question": "What?", "todo": "fill in"}', "line 2: 'todo' is still set"),
    ],
)
def test_jsonl_errors_name_file_line_and_field(tmp_path, line, message):
    path = write(tmp_path, "mine.jsonl", '{"question": "Fine?"}\n' + line + "\n")
    with pytest.raises(EvalSetError) as err:
        load_eval_set(path)
    assert f"{path} {message}" in str(err.value)


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(EvalSetError, match="cannot read"):
        load_eval_set(tmp_path / "nope.jsonl")
    with pytest.raises(EvalSetError, match="no questions"):
        load_eval_set(write(tmp_path, "empty.jsonl", "\n"))


def test_check_quotes(tmp_path):
    (tmp_path / "corpus").mkdir()
    write(tmp_path / "corpus", "a.txt", "Ghent has an active civil society.")
    path = write(
        tmp_path,
        "set.jsonl",
        "\n".join(
            [
                json.dumps({"id": "ok", "question": "?", "docs": ["a"], "quotes": ["an active civil society"]}),
                json.dumps({"id": "bad", "question": "?", "docs": ["b"], "quotes": ["a passive civil society"]}),
            ]
        ),
    )
    problems = check_quotes(load_eval_set(path), tmp_path / "corpus")
    assert len(problems) == 2 and all(p.startswith("bad (line 2)") for p in problems)


@pytest.mark.parametrize("name", ["questions.jsonl", *sorted(p.name for p in (ROOT / "eval").glob("heldout*.jsonl"))])
def test_shipped_sets_load_and_quote_the_corpus(name):
    path = ROOT / "eval" / name
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    items = load_eval_set(path)
    assert check_quotes(items, ROOT / "corpus") == []
    assert sum(not i.answerable for i in items) >= (12 if name == "questions.jsonl" else 1)
