"""Answers in the terminal: `reportqa ask` output and the `reportqa chat` loop."""

from __future__ import annotations

import textwrap

from ingest.errors import ReportQAError
from ingest.settings import Settings
from qa.result import Answer


def format_answer(answer: Answer) -> str:
    """The answer, then its numbered sources with title, section or page, and the quoted span."""
    lines = []
    if answer.notice:
        lines.append(f"note: {answer.notice}")
    if answer.resolved_question:
        lines.append(f"(read as: {answer.resolved_question})")
    lines.append(textwrap.fill(answer.text, width=100))
    if answer.refused:
        if answer.refusal_reason:
            lines.append(f"Why: {answer.refusal_reason}.")
        if answer.refusal_source:
            source = answer.refusal_source
            lines.append(f"     ({source.chunk.title}{_where(source.chunk.section, source.chunk.page)}, "
                         f"characters {source.start}-{source.end})")
        lines.append("")
        lines.append("Closest passages:")
        for hit in answer.passages[:3]:
            where = _where(hit.chunk.section, hit.chunk.page)
            lines.append(f"  - {hit.chunk.title}{where}: \"{_short(hit.chunk.text, 160)}\"")
        lines.extend(_dropped_lines(answer))
        return "\n".join(lines)
    lines.append("")
    lines.append("Sources:")
    for c in answer.citations:
        where = _where(c.chunk.section, c.chunk.page)
        lines.append(f"  [{c.n}] {c.chunk.title}{where}")
        lines.append(textwrap.indent(textwrap.fill(f"\"{' '.join(c.quote.split())}\"", width=96), "      "))
    lines.extend(_dropped_lines(answer))
    return "\n".join(lines)


def _dropped_lines(answer: Answer) -> list[str]:
    """The language model's sentences that failed the support check, with the reason."""
    if not answer.dropped:
        return []
    lines = ["", "Removed as unsupported:"]
    for item in answer.dropped:
        lines.append(textwrap.indent(textwrap.fill(f"- {item['text']} ({item['reason']})", width=96), "  "))
    return lines


def print_answer(answer: Answer) -> None:
    print(format_answer(answer))


def chat(settings: Settings) -> int:
    """Ask questions until an empty line or Ctrl-D; follow-ups use the earlier questions."""
    from qa.engine import Engine

    engine = Engine(settings)
    history: list[str] = []
    print("Ask a question about the reports (empty line or Ctrl-D to quit; /new starts over).")
    while True:
        try:
            question = input("\n> ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        if question == "/new":
            history.clear()
            print("(new conversation)")
            continue
        try:
            answer = engine.answer(question, history=history)
        except ReportQAError as e:
            print(f"error: {e}")
            continue
        print(format_answer(answer))
        history.append(question)


def _where(section: str | None, page: int | None) -> str:
    parts = []
    if section:
        parts.append(f"section \"{section.split(' > ')[-1]}\"")
    if page:
        parts.append(f"p. {page}")
    return f" ({', '.join(parts)})" if parts else ""


def _short(text: str, n: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"
