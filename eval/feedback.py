"""From thumbs-down feedback to draft evaluation items a person completes.

The web chat appends one JSON line per rating: {"time", "rating": "up"|"down", "question", "history",
"answer", "citations", "refused"}. Each "down" becomes a draft item with empty quotes and facts and a
"todo" field; `load_eval_set` refuses items that still carry "todo", so a draft cannot be scored by mistake.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

TODO_ANSWERABLE = (
    "Find the passage that answers the question: copy it exactly into 'quotes' and its doc id "
    "into 'docs', write 'reference' and the key 'facts' (alternatives allowed), set 'type'. "
    "If the reports do not answer it, set \"answerable\": false instead. Then delete 'todo'."
)
TODO_REFUSED = (
    "The answer was a refusal. If the reports do answer the question, copy the supporting text "
    "exactly into 'quotes', its doc id into 'docs', and write 'reference' and 'facts'; if they "
    "don't, set \"answerable\": false. Then delete 'todo'."
)


def draft_from_feedback(feedback_jsonl: str | Path, out: str | Path) -> int:
    """Write one draft eval item per thumbs-down line of `feedback_jsonl` to `out` (JSONL, ids fb-0001...);
    returns how many. Repeated thumbs-down for the same question and history give one draft (the latest
    answer). Malformed lines are skipped with a warning naming the line."""
    feedback_jsonl, out = Path(feedback_jsonl), Path(out)
    drafts: dict[tuple[str, tuple[str, ...]], dict] = {}
    with feedback_jsonl.open(encoding="utf-8") as f:
        for line_no, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            record = _parse(feedback_jsonl, line_no, raw)
            if record is None or record.get("rating") != "down":
                continue
            history = tuple(record.get("history") or ())
            drafts.pop((record["question"], history), None)  # keep the latest, at its latest position
            drafts[(record["question"], history)] = record
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for n, record in enumerate(drafts.values(), start=1):
            f.write(json.dumps(_draft(n, record), ensure_ascii=False) + "\n")
    return len(drafts)


def _parse(path: Path, line_no: int, raw: str) -> dict | None:
    def skip(reason: str) -> None:
        warnings.warn(f"{path} line {line_no}: {reason}; skipped", stacklevel=3)

    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        skip(f"not valid JSON ({exc.msg})")
        return None
    if not isinstance(record, dict):
        skip("not a JSON object")
        return None
    if record.get("rating") not in ("up", "down"):
        skip(f'\'rating\' must be "up" or "down", got {record.get("rating")!r}')
        return None
    question = record.get("question")
    if not isinstance(question, str) or not question.strip():
        skip("'question' is empty")
        return None
    history = record.get("history") or []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        skip(f"'history' must be a list of texts, got {history!r}")
        return None
    return record


def _draft(n: int, record: dict) -> dict:
    refused = bool(record.get("refused"))
    return {
        "id": f"fb-{n:04d}",
        "question": record["question"].strip(),
        "history": list(record.get("history") or []),
        "reference": "",
        "facts": [],
        "docs": [],
        "quotes": [],
        "type": "followup" if record.get("history") else "fact",
        "todo": TODO_REFUSED if refused else TODO_ANSWERABLE,
        "bad_answer": record.get("answer") or "",
        "bad_citations": record.get("citations") or [],
        "bad_refused": refused,
        "feedback_time": record.get("time"),
    }
