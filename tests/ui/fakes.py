"""A fake engine for the web chat's fast tests: fixed passages, answers chosen by keyword."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from ingest.errors import BadQuestionError
from ingest.passage import Chunk
from qa.result import REFUSAL_TEXT, Answer, AnswerSentence, Citation, Hit

DOC_TEXT = (
    "Ghent has many services. Jobteam Gent helps refugees find work. It is funded by the city "
    "and the European Social Fund. Housing is scarce."
)
EVIL = "<script>alert(1)</script> and <img src=x onerror=alert(1)> and **bold** [x](javascript:alert(1)) ${1+1}"
META = {"publisher": "City of Ghent", "year": 2021, "url": "https://example.org/ghent"}


def chunk(
    text: str = DOC_TEXT, start: int = 100, doc_id: str = "ghent-report", title: str = "Ghent report", **kw
) -> Chunk:
    return Chunk(
        id=f"{doc_id}:{start}",
        doc_id=doc_id,
        text=text,
        start=start,
        end=start + len(text),
        page=kw.get("page", 3),
        section=kw.get("section", "2. Work > 2.1 Jobteam"),
        title=title,
        metadata=kw.get("metadata", META),
    )


def citation(n: int, sentence: str, c: Chunk) -> Citation:
    offset = c.text.index(sentence)
    return Citation(n=n, chunk=c, start=c.start + offset, end=c.start + offset + len(sentence), quote=sentence)


class FakeEngine:
    """Answers 'jobteam' questions with two cited sentences, 'evil' with report text full of markup,
    a follow-up 'who pays' after a jobteam question; refuses everything else."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str], list[str] | None]] = []
        self.reloads = 0
        self._lock = threading.Lock()

    def reload(self) -> None:
        self.reloads += 1

    def answer(self, question: str, history: Sequence[str] = (), doc_ids: Sequence[str] | None = None) -> Answer:
        with self._lock:
            self.calls.append((question, list(history), list(doc_ids) if doc_ids is not None else None))
        q = question.strip().lower()
        if not q:
            raise BadQuestionError("the question is empty")
        if len(q) > 1000:
            raise BadQuestionError(f"the question is too long ({len(q)} characters; at most 1000)")
        c = chunk()
        hit = Hit(c, 0.9)
        resolved = None
        if "who pays" in q and any("jobteam" in h.lower() for h in history):
            resolved, q = "Who pays for Jobteam Gent?", "jobteam funded"
        if "evil" in q:
            e = chunk(
                text=f"Before. {EVIL} After.",
                start=0,
                doc_id="evil",
                title="Evil <b>title</b>",
                metadata={"publisher": "<img src=x onerror=alert(2)>"},
            )
            cites = (citation(1, EVIL, e),)
            sentences = (AnswerSentence(EVIL, (1,)),)
            return Answer(question, f"{EVIL} [1]", sentences, cites, (Hit(e, 0.8),), False)
        if "jobteam" in q:
            s1, s2 = (
                "Jobteam Gent helps refugees find work.",
                "It is funded by the city and the European Social Fund.",
            )
            cites = (citation(1, s1, c), citation(2, s2, c))
            if "funded" in q:
                sentences = (AnswerSentence(s2, (2,)),)
            else:
                sentences = (AnswerSentence(s1, (1,)), AnswerSentence(s2, (2,)))
            text = " ".join(f"{s.text} [{s.citations[0]}]" for s in sentences)
            return Answer(question, text, sentences, cites, (hit,), False, resolved_question=resolved)
        reason = "no sentence gives a number of <b>boats</b>" if "how many boats" in q else None
        source = None
        if "housing" in q:  # a premise the report contradicts: the reason quotes the sentence
            reason = "the reports say the opposite of 'plentiful': “Housing is scarce”"
            source = citation(0, "Housing is scarce.", c)
        return Answer(question, REFUSAL_TEXT, (), (), (hit, Hit(chunk(text=EVIL, start=0, doc_id="evil"), 0.1)), True,
                      refusal_reason=reason, refusal_source=source)
