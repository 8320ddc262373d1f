"""What an answer is: plain data, and its JSON form shared by the CLI, the web chat and the evaluation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ingest.passage import Chunk

REFUSAL_TEXT = "The reports don't contain an answer to this question."


@dataclass(frozen=True)
class Hit:
    """A retrieved passage and its fused score; `also_in` lists near-duplicate passages collapsed into it."""

    chunk: Chunk
    score: float
    also_in: tuple[Chunk, ...] = ()
    dense: float | None = None  # cosine similarity to the question, when dense retrieval found it
    named: bool = False  # from a report the question names ("the local integration paper")


@dataclass(frozen=True)
class Citation:
    """Citation [n]: the sentence text[start:end] of document chunk.doc_id, found in passage `chunk`."""

    n: int
    chunk: Chunk
    start: int  # character span of the cited sentence in the document text
    end: int
    quote: str  # the cited sentence itself (== document text[start:end])


@dataclass(frozen=True)
class AnswerSentence:
    text: str
    citations: tuple[int, ...]  # citation numbers, 1-based


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    sentences: tuple[AnswerSentence, ...]
    citations: tuple[Citation, ...]
    passages: tuple[Hit, ...]
    refused: bool
    timings: dict[str, float] = field(default_factory=dict)  # milliseconds per stage
    notice: str | None = None  # shown to the user, e.g. "your question was shortened"
    resolved_question: str | None = None  # the question after follow-up resolution
    dropped: tuple[dict, ...] = ()  # generated sentences removed as unsupported: {"text", "reason"}
    backend: str = "extractive"
    fallback: str | None = None  # "extractive" when a language model's answer was replaced (see notice)
    evidence: float = 0.0  # how strongly the passages cover the question (refusal below a threshold)
    refusal_reason: str | None = None  # for some refusals: what the reports lack ("no sentence gives a number of X")
    refusal_source: Citation | None = None  # the sentence a refusal reason quotes, as citation 0, to check it


def chunk_json(chunk: Chunk) -> dict[str, Any]:
    return {
        "doc": chunk.doc_id,
        "title": chunk.title,
        "text": chunk.text,
        "page": chunk.page,
        "section": chunk.section,
        "start": chunk.start,
        "end": chunk.end,
        "id": chunk.id,
    }


def answer_json(answer: Answer, qid: str | None = None) -> dict[str, Any]:
    """The `reportqa ask --json` object: one per question."""
    citations = [citation_json(c) for c in answer.citations]
    passages = []
    for h in answer.passages:
        item = chunk_json(h.chunk)
        item["score"] = round(h.score, 6)
        item["also_in"] = [chunk_json(c) for c in h.also_in]
        passages.append(item)
    return {
        "id": qid,
        "question": answer.question,
        "answer": answer.text,
        "refused": answer.refused,
        "citations": citations,
        "passages": passages,
        "ms": round(sum(v for k, v in answer.timings.items() if k != "total") if "total" not in answer.timings
                    else answer.timings["total"], 2),
        "sentences": [{"text": s.text, "citations": list(s.citations)} for s in answer.sentences],
        "timings": {k: round(v, 2) for k, v in answer.timings.items()},
        "notice": answer.notice,
        "resolved_question": answer.resolved_question,
        "dropped": list(answer.dropped),
        "backend": answer.backend,
        "fallback": answer.fallback,
        "refusal_reason": answer.refusal_reason,
        "refusal_source": citation_json(answer.refusal_source) if answer.refusal_source else None,
    }


def citation_json(c: Citation) -> dict[str, Any]:
    item = chunk_json(c.chunk)
    item.update({"n": c.n, "start": c.start, "end": c.end, "quote": c.quote,
                 "passage_start": c.chunk.start, "passage_end": c.chunk.end})
    return item
