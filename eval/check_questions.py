"""Validate the evaluation question sets against the corpus.

Usage (from the repo root):  python eval/check_questions.py [FILE.jsonl ...]

Checks the given files, or eval/questions.jsonl and the held-out sets eval/heldout*.jsonl:
  * every line is valid JSON with all keys and the right types;
  * ids are unique across both files;
  * every quote is an exact substring of (one of) the item's docs
    (corpus/<doc>.txt), is a single line, and is 20-200 characters long;
  * every listed doc is supported by at least one quote;
  * every fact (a list of alternatives) has at least one alternative that
    occurs, case-insensitively, in at least one of the item's quotes;
  * min_facts is consistent with the facts;
  * follow-ups have a non-empty history; other items have an empty one;
  * unanswerable / false-premise items have no facts, quotes or docs.
Prints per-type counts per file and exits 1 on any failure.  Stdlib only.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FILES = [ROOT / "eval" / "questions.jsonl", *sorted((ROOT / "eval").glob("heldout*.jsonl"))]

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
UNANSWERABLE_TYPES = {"unanswerable", "false_premise"}
KEYS = {
    "id": str,
    "question": str,
    "reference": str,
    "facts": list,
    "min_facts": int,
    "docs": list,
    "quotes": list,
    "type": str,
    "history": list,
    "answerable": bool,
}
QUOTE_MIN, QUOTE_MAX = 20, 200

_doc_cache: dict[str, str | None] = {}


def doc_text(doc_id: str) -> str | None:
    if doc_id not in _doc_cache:
        path = CORPUS / f"{doc_id}.txt"
        _doc_cache[doc_id] = (
            path.read_text(encoding="utf-8") if path.is_file() else None
        )
    return _doc_cache[doc_id]


def is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def check_item(item: dict) -> list[str]:
    """Return a list of problems with one item (empty if fine)."""
    errors: list[str] = []

    for key, typ in KEYS.items():
        if key not in item:
            errors.append(f"missing key {key!r}")
        elif typ is int and isinstance(item[key], bool):
            errors.append(f"key {key!r} must be int, got bool")
        elif not isinstance(item[key], typ):
            errors.append(
                f"key {key!r} must be {typ.__name__}, got {type(item[key]).__name__}"
            )
    extra = set(item) - set(KEYS)
    if extra:
        errors.append(f"unexpected keys {sorted(extra)}")
    if errors:
        return errors

    for key in ("id", "question", "reference"):
        if not item[key].strip():
            errors.append(f"{key!r} is empty")
    for key in ("docs", "quotes", "history"):
        if not is_str_list(item[key]):
            errors.append(f"{key!r} must be a list of strings")
    facts = item["facts"]
    if not all(is_str_list(f) for f in facts):
        errors.append("'facts' must be a list of lists of strings")
        return errors
    if errors:
        return errors

    qtype = item["type"]
    if qtype not in TYPES:
        errors.append(f"unknown type {qtype!r}")

    # history
    if qtype == "followup":
        if not 1 <= len(item["history"]) <= 2:
            errors.append("followup must have 1-2 earlier questions in 'history'")
        if any(not h.strip() for h in item["history"]):
            errors.append("empty string in 'history'")
    elif item["history"]:
        errors.append("non-followup item must have empty 'history'")

    # unanswerable / false premise
    if qtype in UNANSWERABLE_TYPES:
        if item["answerable"]:
            errors.append(f"{qtype} item must have answerable=false")
        for key in ("facts", "quotes", "docs"):
            if item[key]:
                errors.append(f"{qtype} item must have empty {key!r}")
        if item["min_facts"] != 0:
            errors.append(f"{qtype} item must have min_facts=0")
        return errors

    if not item["answerable"]:
        errors.append(f"{qtype} item must have answerable=true")

    # docs
    docs = item["docs"]
    if not docs:
        errors.append("answerable item needs at least one doc")
    if len(set(docs)) != len(docs):
        errors.append("duplicate doc ids in 'docs'")
    texts: dict[str, str] = {}
    for doc in docs:
        text = doc_text(doc)
        if text is None:
            errors.append(f"unknown doc {doc!r} (no corpus/{doc}.txt)")
        else:
            texts[doc] = text

    # quotes
    quotes = item["quotes"]
    if not 1 <= len(quotes) <= 3:
        errors.append(f"needs 1-3 quotes, has {len(quotes)}")
    docs_supported: set[str] = set()
    for i, quote in enumerate(quotes, 1):
        short = quote if len(quote) <= 60 else quote[:57] + "..."
        if "\n" in quote:
            errors.append(f"quote {i} spans a line break: {short!r}")
        if not QUOTE_MIN <= len(quote) <= QUOTE_MAX:
            errors.append(
                f"quote {i} has {len(quote)} chars (want {QUOTE_MIN}-{QUOTE_MAX}): {short!r}"
            )
        if quote != quote.strip():
            errors.append(f"quote {i} has leading/trailing whitespace: {short!r}")
        found = [d for d, t in texts.items() if quote in t]
        if found:
            docs_supported.update(found)
        elif texts:
            # help locate the mismatch: longest matching prefix
            best_doc, best_len = "", 0
            for d, t in texts.items():
                lo, hi = 0, len(quote)
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if quote[:mid] in t:
                        lo = mid
                    else:
                        hi = mid - 1
                if lo > best_len:
                    best_doc, best_len = d, lo
            errors.append(
                f"quote {i} not found in {docs}: {short!r} "
                f"(longest matching prefix: {best_len} chars in {best_doc or '-'}, "
                f"breaks at {quote[best_len:best_len + 15]!r})"
            )
    for doc in texts:
        if doc not in docs_supported and quotes:
            errors.append(f"doc {doc!r} is listed but none of the quotes is in it")

    # facts
    if not facts:
        errors.append("answerable item needs at least one fact")
    lowered = [q.lower() for q in quotes]
    for j, alternatives in enumerate(facts, 1):
        if not alternatives or any(not a.strip() for a in alternatives):
            errors.append(f"fact {j} has an empty alternative list or string")
            continue
        if not any(a.lower() in q for a in alternatives for q in lowered):
            errors.append(f"fact {j} {alternatives} occurs in none of the quotes")
    if not 1 <= item["min_facts"] <= len(facts):
        errors.append(
            f"min_facts={item['min_facts']} must be between 1 and {len(facts)}"
        )
    return errors


def main(files: list[Path] | None = None) -> int:
    failures = 0
    seen_ids: dict[str, str] = {}
    seen_questions: dict[str, str] = {}
    counts: dict[str, Counter] = {}

    for path in files or FILES:
        path = path.resolve()
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        counts[str(rel)] = Counter()
        if not path.is_file():
            print(f"FAIL {rel}: file not found")
            failures += 1
            continue
        try:
            lines = path.read_text(encoding="utf-8").split("\n")
        except UnicodeDecodeError as exc:
            print(f"FAIL {rel}: not valid UTF-8 ({exc})")
            failures += 1
            continue
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{rel}:{lineno}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"FAIL {where}: invalid JSON ({exc})")
                failures += 1
                continue
            if not isinstance(item, dict):
                print(f"FAIL {where}: line is not a JSON object")
                failures += 1
                continue
            errors = check_item(item)
            item_id = item.get("id")
            if isinstance(item_id, str):
                where = f"{where} ({item_id})"
                if item_id in seen_ids:
                    errors.append(f"duplicate id, first seen at {seen_ids[item_id]}")
                else:
                    seen_ids[item_id] = f"{rel}:{lineno}"
            question = item.get("question")
            if isinstance(question, str):
                norm = " ".join(question.lower().split())
                if norm in seen_questions:
                    errors.append(
                        f"duplicate question, first seen at {seen_questions[norm]}"
                    )
                else:
                    seen_questions[norm] = f"{rel}:{lineno}"
            for err in errors:
                print(f"FAIL {where}: {err}")
            failures += len(errors)
            counts[str(rel)][item.get("type", "?")] += 1

    for name, counter in counts.items():
        total = sum(counter.values())
        print(f"\n{name}: {total} items")
        for qtype in TYPES:
            print(f"  {qtype:<14} {counter.get(qtype, 0):>3}")
        for qtype in sorted(set(counter) - set(TYPES)):
            print(f"  {qtype!s:<14} {counter[qtype]:>3}")

    if failures:
        print(f"\n{failures} problem(s) found.")
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]]))
