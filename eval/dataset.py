"""Evaluation sets: questions with their reference answer, key facts and exact supporting quotes.

JSONL, one object per line:
    {"id": "q001", "question": "...", "reference": "...", "facts": [["1,500", "1500"], ["Jobteam"]],
     "min_facts": 2, "docs": ["ghent-city-report-moving-cities-2021"], "quotes": ["exact text"],
     "type": "number", "history": [], "answerable": true}
CSV, with a header row: id, question, reference, facts (alternatives separated by "|", facts by ";"),
min_facts, docs (";"), quotes (" || "), type, history (" || "), answerable.
Only `question` is required; `answerable` defaults to having quotes or facts (and a type other than
unanswerable/false_premise), `min_facts` to all facts. A malformed row raises EvalSetError naming the
file, the line and the field.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import ReportQAError

TYPES = (
    "fact",
    "number",
    "list",
    "why",
    "paraphrase",
    "multi_doc",
    "followup",
    "unanswerable",
    "false_premise",
)
CSV_COLUMNS = (
    "id",
    "question",
    "reference",
    "facts",
    "min_facts",
    "docs",
    "quotes",
    "type",
    "history",
    "answerable",
)


class EvalSetError(ReportQAError, ValueError):
    """An evaluation set that cannot be read; the message names the file, the line and the field."""


@dataclass(frozen=True)
class EvalItem:
    id: str
    question: str
    reference: str = ""
    facts: tuple[tuple[str, ...], ...] = ()  # each fact: alternatives, any one of which counts
    min_facts: int = 0
    docs: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()  # exact substrings of the reports that support the answer
    type: str = "fact"
    history: tuple[str, ...] = ()  # earlier questions of the conversation, oldest first
    answerable: bool = True
    line: int = 0  # line in the source file, for messages
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


def load_eval_set(path: str | Path) -> list[EvalItem]:
    """Read a JSONL or CSV evaluation set (by extension; .csv is CSV, anything else JSONL)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalSetError(f"{path}: cannot read the evaluation set ({exc})") from exc
    rows = _csv_rows(path, text) if path.suffix.lower() == ".csv" else _jsonl_rows(path, text)
    items: list[EvalItem] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        item = _item(path, line, row)
        if item.id in seen:
            raise EvalSetError(f"{path} line {line}: 'id' {item.id!r} already used on line {seen[item.id]}")
        seen[item.id] = line
        items.append(item)
    if not items:
        raise EvalSetError(f"{path}: the evaluation set has no questions")
    return items


def _jsonl_rows(path: Path, text: str) -> list[tuple[int, dict]]:
    rows = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            problem = f"not valid JSON ({exc.msg} at column {exc.colno})"
            raise EvalSetError(f"{path} line {line}: {problem}") from exc
        if not isinstance(row, dict):
            raise EvalSetError(f"{path} line {line}: expected a JSON object, got {type(row).__name__}")
        rows.append((line, row))
    return rows


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict]]:
    reader = csv.DictReader(text.splitlines(keepends=True))
    header = reader.fieldnames or []
    if "question" not in header:
        columns = ", ".join(header)
        raise EvalSetError(f"{path} line 1: the header has no 'question' column (columns: {columns})")
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown:
        raise EvalSetError(
            f"{path} line 1: unknown column(s) {', '.join(map(repr, unknown))}; expected {', '.join(CSV_COLUMNS)}"
        )
    rows = []
    start = 2  # reader.line_num is the line the row *ends* on; a quoted cell may span lines
    try:
        for record in reader:
            if None in record:
                raise EvalSetError(f"{path} line {start}: more cells than columns in the header")
            if any((v or "").strip() for v in record.values()):
                rows.append((start, _from_csv(record)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise EvalSetError(f"{path} line {reader.line_num}: malformed CSV ({exc})") from exc
    return rows


def _split(value: str | None, sep: str) -> list[str]:
    return [part.strip() for part in (value or "").split(sep) if part.strip()]


def _from_csv(record: dict[str, str | None]) -> dict:
    """A CSV record as the JSON shape; empty cells are left out so the defaults apply."""
    row: dict[str, Any] = {k: (v or "").strip() for k, v in record.items() if (v or "").strip()}
    if "facts" in row:
        row["facts"] = [_split(fact, "|") for fact in _split(row["facts"], ";")]
    for key, sep in (("docs", ";"), ("quotes", "||"), ("history", "||")):
        if key in row:
            row[key] = _split(row[key], sep)
    return row


def _item(path: Path, line: int, row: dict) -> EvalItem:
    def fail(key: str, problem: str) -> EvalSetError:
        return EvalSetError(f"{path} line {line}: '{key}' {problem}")

    if "todo" in row:
        raise fail("todo", "is still set: complete this draft (quotes, facts or answerable) and remove it")
    question = row.get("question")
    if not isinstance(question, str | None):
        raise fail("question", f"must be text, got {question!r}")
    if not question or not question.strip():
        raise fail("question", "is empty")
    qid = row.get("id", f"{path.stem}-{line}")
    if isinstance(qid, int):
        qid = str(qid)
    if not isinstance(qid, str) or not qid.strip():
        raise fail("id", f"must be non-empty text, got {qid!r}")
    reference = row.get("reference", "")
    if not isinstance(reference, str):
        raise fail("reference", f"must be text, got {reference!r}")
    facts = _facts(row.get("facts", []), fail)
    quotes = _strings(row.get("quotes", []), "quotes", fail)
    min_facts = _min_facts(row.get("min_facts", len(facts)), len(facts), fail)
    kind = row.get("type", "fact")
    if kind not in TYPES:
        raise fail("type", f"is {kind!r}; expected one of {', '.join(TYPES)}")
    default_answerable = kind not in ("unanswerable", "false_premise") and bool(quotes or facts)
    answerable = _bool(row.get("answerable", default_answerable), fail)
    extra = {k: v for k, v in row.items() if k not in CSV_COLUMNS}
    return EvalItem(
        id=qid.strip(),
        question=question.strip(),
        reference=reference.strip(),
        facts=facts,
        min_facts=min_facts,
        docs=_strings(row.get("docs", []), "docs", fail),
        quotes=quotes,
        type=kind,
        history=_strings(row.get("history", []), "history", fail),
        answerable=answerable,
        line=line,
        extra=extra,
    )


def _strings(value: Any, key: str, fail) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(key, f"must be a list of non-empty texts, got {value!r}")
    return tuple(value)


def _facts(value: Any, fail) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        raise fail("facts", f"must be a list of facts (each a list of alternatives), got {value!r}")
    facts = []
    for fact in value:
        alternatives = [fact] if isinstance(fact, str) else fact
        if (
            not isinstance(alternatives, list)
            or not alternatives
            or not all(isinstance(a, str) and a.strip() for a in alternatives)
        ):
            raise fail("facts", f"has a fact that is not a non-empty text or list of texts: {fact!r}")
        facts.append(tuple(a.strip() for a in alternatives))
    return tuple(facts)


def _min_facts(value: Any, n_facts: int, fail) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= n_facts:
        raise fail("min_facts", f"must be a whole number from 0 to {n_facts} (the number of facts), got {value!r}")
    return value


def _bool(value: Any, fail) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "yes", "1", "y"}:
        return True
    if text in {"false", "no", "0", "n"}:
        return False
    raise fail("answerable", f"must be true or false, got {value!r}")


def check_quotes(items: list[EvalItem], corpus_dir: str | Path) -> list[str]:
    """Problems with quotes that are not exact substrings of corpus_dir/<doc>.txt (of the item's docs, or of
    any report when the item names none). Empty list when every quote is found."""
    corpus_dir = Path(corpus_dir)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))}
    problems = []
    for item in items:
        for doc in item.docs:
            if doc not in texts:
                problems.append(f"{item.id} (line {item.line}): doc {doc!r} is not in {corpus_dir}")
        docs = [texts[d] for d in item.docs if d in texts] or list(texts.values())
        for quote in item.quotes:
            if not any(quote in text for text in docs):
                problems.append(f"{item.id} (line {item.line}): quote not found verbatim: {quote[:80]!r}")
    return problems
