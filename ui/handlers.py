"""Plain functions the web chat's widgets call: ask, show a source, give feedback, add and remove reports.

They know nothing of Gradio, so tests call them directly with a fake engine. `ui.app` wires them to widgets.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from ingest.errors import BadQuestionError, ReportQAError
from ingest.passage import DocumentRecord
from ingest.settings import Settings
from qa.result import Answer, answer_json
from ui import render

log = logging.getLogger(__name__)

REPORT_SUFFIXES = (".pdf", ".html", ".htm", ".docx", ".txt", ".md")
STREAM_PAUSE = 0.1  # seconds between streamed sentences, so the answer visibly builds up
FEEDBACK_FILE = "feedback.jsonl"
MAX_NAME = 80  # characters of a sanitised file stem

Messages = list[dict[str, str]]
Progress = Callable[[int, int, str], None]


class AnswersQuestions(Protocol):
    def answer(self, question: str, history: Sequence[str] = (), doc_ids: Sequence[str] | None = None) -> Answer: ...

    def reload(self) -> None: ...


@dataclass(frozen=True)
class Turn:
    """One question of a conversation and what came of it: an answer, or an error shown to the user."""

    question: str
    history: tuple[str, ...]  # the earlier questions sent with it
    answer: Answer | None = None
    error: str | None = None


# ---- chat -----------------------------------------------------------------------------------------


def earlier_questions(turns: Sequence[Turn]) -> list[str]:
    """The questions of this conversation that were answered (or refused), oldest first."""
    return [t.question for t in turns if t.answer is not None]


def chat_messages(turns: Sequence[Turn], shown: int | None = None) -> Messages:
    """The chatbot's messages for `turns`; the last answer shows only `shown` sentences while streaming."""
    messages: Messages = []
    for i, t in enumerate(turns):
        messages.append({"role": "user", "content": render.question_html(t.question)})
        if t.answer is not None:
            content = render.answer_html(t.answer, i, shown if i == len(turns) - 1 else None)
        elif t.error is not None:
            content = render.error_html(t.error)
        else:
            content = render.pending_html()
        messages.append({"role": "assistant", "content": content})
    return messages


def ask(
    engine: AnswersQuestions,
    question: str,
    turns: Sequence[Turn] | None,
    doc_ids: Sequence[str] | None = None,
    pause: float = STREAM_PAUSE,
) -> Iterator[tuple[Messages, list[Turn]]]:
    """Answer `question` in this conversation, yielding (chat messages, turns) as the answer streams in."""
    turns = list(turns or [])
    question = (question or "").strip()
    if not question:
        yield chat_messages(turns), turns
        return
    history = tuple(earlier_questions(turns))
    turns.append(Turn(question, history))
    yield chat_messages(turns), turns
    try:
        if _generates(engine):
            answer = None
            for partial, final in _checked_sentences(engine, question, history, doc_ids):
                if final:
                    answer = partial
                else:
                    turns[-1] = Turn(question, history, partial)  # sentences that passed the check so far
                    yield chat_messages(turns), turns
            assert answer is not None
        else:
            answer = engine.answer(question, history=list(history), doc_ids=list(doc_ids) if doc_ids else None)
    except ReportQAError as e:
        turns[-1] = Turn(question, history, error=str(e))
        yield chat_messages(turns), turns
        return
    except Exception:
        log.exception("answering %r failed", question)
        turns[-1] = Turn(question, history, error="something went wrong while answering; it has been logged.")
        yield chat_messages(turns), turns
        return
    turns[-1] = Turn(question, history, answer)
    if not answer.refused and not _generates(engine):
        for shown in range(1, len(answer.sentences)):
            yield chat_messages(turns, shown), turns
            time.sleep(pause)
    yield chat_messages(turns), turns


def _generates(engine: AnswersQuestions) -> bool:
    """A language-model backend streams sentences as they pass the citation check."""
    backend = getattr(engine, "backend", None)
    return hasattr(engine, "stream") and getattr(backend, "name", "extractive") != "extractive"


def _checked_sentences(engine: Any, question: str, history: Sequence[str], doc_ids: Sequence[str] | None
                       ) -> Iterator[tuple[Answer, bool]]:
    """(answer, final): provisional answers with the sentences checked so far, then the final answer."""
    sentences: list = []
    citations: dict[int, Any] = {}
    for event in engine.stream(question, history=list(history), doc_ids=list(doc_ids) if doc_ids else None):
        if event.kind == "sentence" and event.sentence is not None:
            sentences.append(event.sentence)
            citations.update({c.n: c for c in event.citations})
            yield Answer(question=question, text=" ".join(x.text for x in sentences), sentences=tuple(sentences),
                         citations=tuple(citations[n] for n in sorted(citations)), passages=(), refused=False), False
        elif event.kind == "answer" and event.answer is not None:
            yield event.answer, True


def show_source(key: str, turns: Sequence[Turn] | None) -> str:
    """The source panel for a clicked citation: key 'c:TURN:N' (citation N) or 'p:TURN:K' (passage K)."""
    m = re.match(r"^([cp]):(\d+):(\d+)", key or "")
    turns = turns or []
    if not m or int(m.group(2)) >= len(turns) or turns[int(m.group(2))].answer is None:
        return render.source_hint_html()
    answer = turns[int(m.group(2))].answer
    assert answer is not None
    number = int(m.group(3))
    if m.group(1) == "c":
        citation = next((c for c in answer.citations if c.n == number), None) or (
            answer.refusal_source if number == 0 else None)
        return render.citation_source_html(citation) if citation else render.source_hint_html()
    if number < len(answer.passages):
        return render.hit_source_html(answer.passages[number], number)
    return render.source_hint_html()


def parse_history(history: str | None) -> list[str]:
    """The /ask endpoint's history: a JSON list of earlier questions; "" or None means none."""
    if history is None or not str(history).strip():
        return []
    try:
        value = json.loads(history)
    except json.JSONDecodeError as e:
        raise BadQuestionError(
            f'history must be a JSON list of earlier questions such as ["What is '
            f'Jobteam Gent?"] (or "[]"), got {history!r}: {e.msg}'
        ) from None
    if not isinstance(value, list) or not all(isinstance(q, str) for q in value):
        raise BadQuestionError(f"history must be a JSON list of strings (earlier questions), got {history!r}")
    return value


def ask_api(engine: AnswersQuestions, question: str, history: str | None = "[]") -> dict[str, Any]:
    """The /ask endpoint: the same JSON object as `reportqa ask --json`."""
    return answer_json(engine.answer(question or "", history=parse_history(history)))


# ---- feedback -------------------------------------------------------------------------------------

_feedback_lock = threading.Lock()


def record_feedback(
    data_dir: Path, turns: Sequence[Turn] | None, index: int | Sequence[int], liked: bool | str | None
) -> dict[str, Any] | None:
    """Append a rating of the answer at chat message `index` to data_dir/feedback.jsonl; returns it."""
    if isinstance(index, (list, tuple)):
        index = index[0]
    turns = turns or []
    if not isinstance(index, int) or index % 2 != 1 or index // 2 >= len(turns) or not isinstance(liked, bool):
        return None
    turn = turns[index // 2]
    if turn.answer is None:
        return None
    record = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": "up" if liked else "down",
        "question": turn.question,
        "history": list(turn.history),
        "answer": turn.answer.text,
        "citations": answer_json(turn.answer)["citations"],
        "refused": turn.answer.refused,
    }
    path = Path(data_dir) / FEEDBACK_FILE
    with _feedback_lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record


# ---- the collection -------------------------------------------------------------------------------


def documents(settings: Settings) -> list[DocumentRecord]:
    from ingest.store import Store

    with Store.open(settings) as store:
        return store.documents()


def safe_filename(name: str) -> str:
    """A file name safe to write into the corpus folder: basename only, ASCII letters, digits, . _ -

    >>> safe_filename("../../etc/Rapport Gent (v2).PDF")
    'Rapport-Gent-v2.pdf'
    """
    base = re.split(r"[\\/]", str(name))[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-_")[:MAX_NAME].strip("-_") or "report"
    suffix = re.sub(r"[^a-z0-9]", "", suffix.lower())
    return f"{stem}.{suffix}" if suffix else stem


def place_upload(source: Path, corpus_dir: Path, stored: dict[str, str]) -> tuple[Path, bool]:
    """Copy an uploaded file into the corpus under a safe name; returns (where, whether a file was created).

    The same file uploaded again lands on its earlier copy. A different file never replaces another
    report: neither one with the same name nor one with the same report id (`stored`: doc id -> path);
    it gets a suffix instead: report.pdf, report-2.pdf, ...
    """
    from ingest.manifest import doc_id_for

    name = safe_filename(source.name)
    stem, suffix = Path(name).stem, Path(name).suffix
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for i in range(1, 10_000):
        target = (corpus_dir / (name if i == 1 else f"{stem}-{i}{suffix}")).resolve()
        if target.exists():
            if _same_bytes(target, source):
                return target, False
            continue
        doc_id = doc_id_for(target)
        owner = stored.get(doc_id)
        if owner is not None and Path(owner).resolve() != target:
            continue
        if any(doc_id_for(p) == doc_id for p in corpus_dir.iterdir() if p.is_file() and p.resolve() != target):
            continue
        shutil.copyfile(source, target)
        return target, True
    raise ReportQAError(f"too many files named like {name} in {corpus_dir}")


def _same_bytes(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


def add_reports(
    files: Sequence[str | Path] | None,
    settings: Settings,
    engine: AnswersQuestions,
    corpus_dir: Path,
    progress: Progress | None = None,
) -> str:
    """Save uploaded files into the corpus and ingest them; returns HTML listing what happened per file."""
    from ingest.manifest import doc_id_for
    from ingest.pipeline import ingest_paths

    if not files:
        return render.message_html("Choose one or more reports to add (PDF, HTML, DOCX, TXT or MD).", ok=False)
    stored = {d.doc_id: d.path for d in documents(settings)}
    failed: list[tuple[str, str]] = []
    placed: dict[Path, tuple[str, bool]] = {}  # saved path -> (name the user gave, created by us)
    for f in files:
        source = Path(f)
        original = source.name
        if source.suffix.lower() not in REPORT_SUFFIXES:
            failed.append((original, f"unsupported file type; use one of {', '.join(REPORT_SUFFIXES)}"))
            continue
        try:
            target, created = place_upload(source, Path(corpus_dir), stored)
        except (OSError, ReportQAError) as e:
            failed.append((original, f"cannot save: {e}"))
            continue
        placed[target] = (original, created)
        stored.setdefault(doc_id_for(target), str(target))
    if not placed:
        return render.ingest_report_html([], [], [], failed, 0, 0.0)
    try:
        report = ingest_paths(list(placed), settings, progress=progress)
    except ReportQAError as e:
        _discard(placed)
        return render.ingest_report_html([], [], [], failed + [(n, str(e)) for n, _ in placed.values()], 0, 0.0)
    by_path = {str(p): p for p in placed}
    for path, reason in report.failed:
        saved = by_path.get(str(path)) or Path(path).resolve()
        original, created = placed.get(saved, (Path(path).name, False))
        failed.append((original, reason))
        if created:
            saved.unlink(missing_ok=True)
    if report.added or report.updated:
        engine.reload()
    titles = {d.doc_id: d.title or d.doc_id for d in documents(settings)}
    uploaded = {doc_id_for(path): original for path, (original, _) in placed.items()}

    def name(doc_id: str) -> str:
        title, original = titles.get(doc_id, doc_id), uploaded.get(doc_id)
        return f"{title} ({original})" if original and original != title else title

    return render.ingest_report_html(
        [name(i) for i in report.added],
        [name(i) for i in report.updated],
        [name(i) for i in report.unchanged],
        failed,
        report.passages,
        report.seconds,
    )


def _discard(placed: dict[Path, tuple[str, bool]]) -> None:
    for path, (_, created) in placed.items():
        if created:
            path.unlink(missing_ok=True)


REMOVED = "Removed"  # how a removal's message opens


def remove_report(
    doc_id: str | None, confirmed: bool, settings: Settings, engine: AnswersQuestions, corpus_dir: Path
) -> str:
    """Delete a report from the store and, when it lives in the corpus folder, its file."""
    from ingest.store import Store

    if not doc_id:
        return render.message_html("Choose a report to remove.", ok=False)
    if not confirmed:
        return render.message_html("Tick “Yes, remove it” to confirm.", ok=False)
    with Store.open(settings) as store:
        record = store.document(doc_id)
        if record is None or not store.remove(doc_id):
            return render.message_html(f"{doc_id} is not in the collection (already removed?).", ok=False)
    engine.reload()
    path = Path(record.path).resolve()
    note = ""
    if path.is_relative_to(Path(corpus_dir).resolve()):
        path.unlink(missing_ok=True)
    else:
        note = f" Its file {record.path} is outside the corpus folder and was left in place."
    return render.message_html(f"{REMOVED} “{record.title or doc_id}” ({doc_id}).{note}")
