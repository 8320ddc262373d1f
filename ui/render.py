"""HTML for the web chat: answers, refusals, sources, the document list.

Every string that comes from a report, a file name or a user goes through `esc`, so a report containing
`<script>`, `<img onerror=...>`, markdown or template syntax shows it literally and runs nothing.
Clickable citations are `<button class="rq-cite rq-c-T-N">`: the chat's sanitiser strips data-*
attributes but keeps classes, and the page script (`PAGE_JS` in ui.app) reads turn T and number N back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.passage import Chunk, DocumentRecord
from qa.composer import flat_sentence
from qa.result import Answer, Citation, Hit

PASSAGE_PREVIEW = 180  # characters of a nearest passage shown in a refusal
REFUSAL_PASSAGES = 5  # nearest passages listed in a refusal
QUOTE_PREVIEW = 160  # characters of a cited sentence shown in the sources list

# HTML's special characters and those markdown, LaTeX or a template engine could give a meaning to,
# as numeric entities, in one pass (so no entity is escaped twice).
_INERT = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'*_`[]#$\\{}~|"})


def esc(value: object) -> str:
    """Text as inert HTML: tags, attributes, markdown, LaTeX and `${...}` all show literally.

    >>> esc("<b>it's</b>")
    '&#60;b&#62;it&#39;s&#60;/b&#62;'
    """
    return ("" if value is None else str(value)).translate(_INERT)


def cite_button(turn: int, n: int, label: str | None = None) -> str:
    text = esc(label) if label else f"[{n}]"
    return f'<button type="button" class="rq-cite rq-c-{turn}-{n}" title="Show source {n}">{text}</button>'


def passage_button(turn: int, k: int, label: str) -> str:
    return (
        f'<button type="button" class="rq-cite rq-link rq-p-{turn}-{k}" title="Show this passage">{esc(label)}</button>'
    )


def question_html(question: str) -> str:
    return f'<div class="rq-question">{esc(question)}</div>'


def pending_html() -> str:
    return '<div class="rq-pending">Searching the reports…</div>'


def error_html(message: str) -> str:
    return f'<div class="rq-error"><b>Cannot answer:</b> {esc(message)}</div>'


def answer_html(answer: Answer, turn: int, shown: int | None = None) -> str:
    """The answer of conversation turn `turn`; only its first `shown` sentences while streaming."""
    if answer.refused:
        return refusal_html(answer, turn)
    parts = ['<div class="rq-answer">', _notices(answer)]
    sentences = answer.sentences if shown is None else answer.sentences[:shown]
    if sentences:
        # a row of a table of facts as label and value, as in the answer's text
        body = " ".join(_sentence_html(flat_sentence(s.text), s.citations, turn) for s in sentences)
    else:
        body = esc(answer.text)
    parts.append(f'<p class="rq-text">{body}</p>')
    if shown is None or shown >= len(answer.sentences):
        parts.append(sources_html(answer.citations, turn))
        parts.append(dropped_html(answer.dropped))
    parts.append("</div>")
    return "".join(parts)


def dropped_html(dropped: Sequence[dict]) -> str:
    """Generated sentences that failed the citation check, struck out under a fold, with the reason."""
    if not dropped:
        return ""
    items = "".join(f'<li><s>{esc(d.get("text", ""))}</s> <span class="rq-reason">({esc(d.get("reason", ""))})'
                    f"</span></li>" for d in dropped)
    return (f'<details class="rq-dropped"><summary>{len(dropped)} sentence(s) removed as unsupported</summary>'
            f"<ul>{items}</ul></details>")


def _sentence_html(text: str, citations: Sequence[int], turn: int) -> str:
    """A sentence with its [n] markers as buttons: in place when the text has them, else at its end."""
    wanted = set(citations)
    placed: set[int] = set()

    def button(m: re.Match) -> str:
        n = int(m.group(1))
        if n not in wanted:
            return m.group(0)
        placed.add(n)
        return "\x00" + str(n) + "\x00"

    marked = re.sub(r"\[(\d+)\]", button, text)
    out = re.sub(r"\x00(\d+)\x00", lambda m: cite_button(turn, int(m.group(1))), esc(marked))
    rest = [n for n in citations if n not in placed]
    if rest:
        out = out.rstrip() + " " + "".join(cite_button(turn, n) for n in rest)
    return out


def _notices(answer: Answer) -> str:
    out = []
    resolved = (answer.resolved_question or "").strip()
    if resolved and resolved != answer.question.strip():
        out.append(f'<div class="rq-notice rq-followup">Read as a follow-up: “{esc(resolved)}”</div>')
    if answer.notice:
        out.append(f'<div class="rq-notice">{esc(answer.notice)}</div>')
    return "".join(out)


def sources_html(citations: Sequence[Citation], turn: int) -> str:
    if not citations:
        return ""
    items = []
    for c in citations:
        quote = c.quote if len(c.quote) <= QUOTE_PREVIEW else c.quote[:QUOTE_PREVIEW].rstrip() + "…"
        items.append(
            f"<li>{cite_button(turn, c.n)} <b>{esc(c.chunk.title or c.chunk.doc_id)}</b>"
            f'{esc(_where(c.chunk))} — <span class="rq-quote">“{esc(quote)}”</span></li>'
        )
    return f'<div class="rq-sources"><div class="rq-label">Sources</div><ul>{"".join(items)}</ul></div>'


def refusal_html(answer: Answer, turn: int) -> str:
    items = []
    for k, hit in enumerate(answer.passages[:REFUSAL_PASSAGES]):
        text = hit.chunk.text.strip()
        preview = text if len(text) <= PASSAGE_PREVIEW else text[:PASSAGE_PREVIEW].rstrip() + "…"
        items.append(
            f"<li>{passage_button(turn, k, hit.chunk.title or hit.chunk.doc_id)}"
            f'{esc(_where(hit.chunk))}<div class="rq-quote">{esc(preview)}</div></li>'
        )
    nearest = (
        f"<div>The nearest passages are:</div><ol>{''.join(items)}</ol>"
        if items
        else "<div>No passage comes close.</div>"
    )
    return (
        f'<div class="rq-refusal">{_notices(answer)}'
        '<div class="rq-refusal-title">The reports don\'t say.</div>'
        f"{_reason(answer, turn)}{nearest}</div>"
    )


def _reason(answer: Answer, turn: int) -> str:
    """Why the passages that look relevant don't answer ("the reports say the opposite of 'agree'")."""
    if not answer.refusal_reason:
        return ""
    # the quoted sentence opens in the source panel like a citation: citation 0 of this turn
    show = f" {cite_button(turn, 0, 'show it in the report')}" if answer.refusal_source else ""
    return f'<div class="rq-refusal-reason">Why: {esc(answer.refusal_reason)}.{show}</div>'


def _where(chunk: Chunk) -> str:
    """' · section · p. 3' (empty parts left out); plain text, to be escaped by the caller."""
    parts = []
    if chunk.section:
        parts.append(chunk.section)
    if chunk.page:
        parts.append(f"p. {chunk.page}")
    return "".join(" · " + p for p in parts)


def source_html(
    chunk: Chunk, label: str, start: int | None = None, end: int | None = None, quote: str | None = None
) -> str:
    """The source panel: report details and the passage, with document span [start, end) marked.

    When the span does not fall inside the passage, the cited sentence `quote` is shown above it.
    """
    meta = chunk.metadata or {}
    rows = [
        ("Report", chunk.title or chunk.doc_id),
        ("Publisher", meta.get("publisher")),
        ("Author", meta.get("author")),
        ("Year", meta.get("year")),
        ("Section", chunk.section),
        ("Page", chunk.page),
        ("Report id", chunk.doc_id),
    ]
    details = "".join(f"<dt>{name}</dt><dd>{esc(value)}</dd>" for name, value in rows if value not in (None, ""))
    span = _span_in(chunk, start, end)
    cited = ""
    if span is None and quote:
        cited = (
            f'<div class="rq-label">Cited sentence</div><blockquote class="rq-passage"><mark>{esc(quote)}'
            '</mark></blockquote><div class="rq-label">Passage</div>'
        )
    link = ""
    url = str(meta.get("url") or "")
    if re.match(r"https?://", url):
        link = f'<a class="rq-open" href="{esc(url)}" target="_blank" rel="noopener noreferrer">Open the report</a>'
    return (
        f'<div class="rq-source"><div class="rq-source-head">{esc(label)}</div><dl>{details}</dl>{cited}'
        f'<blockquote class="rq-passage">{highlight(chunk, start, end)}</blockquote>{link}</div>'
    )


def _span_in(chunk: Chunk, start: int | None, end: int | None) -> tuple[int, int] | None:
    """Document span [start, end) as offsets into the passage text, or None when it lies outside."""
    if start is None or end is None:
        return None
    a, b = start - chunk.start, end - chunk.start
    return (a, b) if 0 <= a < b <= len(chunk.text) else None


def highlight(chunk: Chunk, start: int | None, end: int | None) -> str:
    """The passage as HTML with document span [start, end) in <mark>; unmarked when it lies outside."""
    span = _span_in(chunk, start, end)
    if span is None:
        return esc(chunk.text)
    a, b = span
    return f"{esc(chunk.text[:a])}<mark>{esc(chunk.text[a:b])}</mark>{esc(chunk.text[b:])}"


def citation_source_html(citation: Citation) -> str:
    label = f"[{citation.n}]" if citation.n else "The sentence the refusal quotes"
    return source_html(citation.chunk, label, citation.start, citation.end, citation.quote)


def hit_source_html(hit: Hit, k: int) -> str:
    return source_html(hit.chunk, f"Nearest passage {k + 1}")


def source_hint_html() -> str:
    return (
        '<div class="rq-source rq-hint">Click a <b>[n]</b> in an answer to see the passage it comes from, '
        "with the cited sentence highlighted.</div>"
    )


def documents_html(docs: Iterable[DocumentRecord]) -> str:
    rows = []
    for d in docs:
        meta = d.metadata or {}
        rows.append(
            f"<tr><td>{esc(d.title or d.doc_id)}</td><td>{esc(meta.get('publisher'))}</td>"
            f"<td>{esc(meta.get('year'))}</td><td>{esc(d.lang)}</td><td>{d.passages}</td>"
            f"<td><code>{esc(d.doc_id)}</code></td></tr>"
        )
    if not rows:
        return '<div class="rq-docs rq-hint">No reports yet: add some below.</div>'
    head = "<tr><th>Title</th><th>Publisher</th><th>Year</th><th>Language</th><th>Passages</th><th>Id</th></tr>"
    return (
        f'<div class="rq-docs"><div class="rq-label">{len(rows)} report(s)</div>'
        f"<table>{head}{''.join(rows)}</table></div>"
    )


def ingest_report_html(
    added: Sequence[str],
    updated: Sequence[str],
    unchanged: Sequence[str],
    failed: Sequence[tuple[str, str]],
    passages: int,
    seconds: float,
) -> str:
    """What an upload did, per file; the arguments are display names (titles or file names)."""
    lines: list[str] = []
    for label, names, css in (
        ("Added", added, "rq-ok"),
        ("Updated", updated, "rq-ok"),
        ("Already in the collection", unchanged, "rq-same"),
    ):
        lines.extend(f'<li class="{css}">{label}: {esc(n)}</li>' for n in names)
    lines.extend(f'<li class="rq-fail">Not added: {esc(name)} — {esc(reason)}</li>' for name, reason in failed)
    summary = f"{passages} new passage(s) in {seconds:.1f} s" if (added or updated) else "No new passages"
    return f'<div class="rq-ingest"><div class="rq-label">{esc(summary)}</div><ul>{"".join(lines)}</ul></div>'


def message_html(text: str, ok: bool = True) -> str:
    return f'<div class="{"rq-ok" if ok else "rq-fail"}">{esc(text)}</div>'
