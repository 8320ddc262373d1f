"""Answer JSON in the shape of qa.result.answer_json, and passages, for the evaluation's fast tests."""

from __future__ import annotations

REFUSAL = "The reports don't contain an answer to this question."

JOBTEAM = (
    "Jobteam Ghent was set up in 2017. It has helped 1.500 newcomers find work, at a cost of 0,44% "
    "of the social budget."
)
TASKFORCE = "The Refugee Taskforce brings together the city, the OCMW and civil society organisations."
FILLER = "Ghent has an active civil society and values its varied initiatives."


def passage(text: str, doc: str = "report", **extra) -> dict:
    return {
        "doc": doc,
        "title": doc.title(),
        "text": text,
        "page": None,
        "section": "3.2 Jobteam Ghent",
        "start": 0,
        "end": len(text),
        "score": 0.5,
        "also_in": [],
        **extra,
    }


def answer_json(
    sentences: list[tuple[str, list[int]]] = (),
    citations: list[str] = (),
    passages: list[str] = (),
    refused: bool = False,
    ms: float = 20.0,
    dropped: list[dict] = (),
    question: str = "q",
) -> dict:
    """An answer JSON: sentences as (text, [citation numbers]); citations as passage texts, numbered 1..n."""
    cits = [{**passage(t), "n": n, "quote": t[:60]} for n, t in enumerate(citations, start=1)]
    text = REFUSAL if refused else " ".join(s for s, _ in sentences)
    return {
        "id": None,
        "question": question,
        "answer": text,
        "refused": refused,
        "citations": cits,
        "passages": [passage(t) for t in passages],
        "ms": ms,
        "sentences": [] if refused else [{"text": s, "citations": c} for s, c in sentences],
        "dropped": list(dropped),
    }
