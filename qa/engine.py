"""One question from text to a cited answer: resolve follow-ups, retrieve, compose (or refuse)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

import numpy as np

from ingest.bm25 import Bm25Index
from ingest.embedders import MULTILINGUAL_EMBEDDERS, Embedder, load_query_embedder
from ingest.settings import Settings, offline_environment
from ingest.store import Store
from qa.composer import PASSAGES_READ, REFUSAL_THRESHOLD, Composition, compose_answer, quoted_source, recased
from qa.figures import START_ASKED, other_start, start_lookup
from qa.question import check_question, needs_context, resolve_followup, shorten, spelled_out
from qa.result import REFUSAL_TEXT, Answer, Hit
from qa.retrieval import retrieve
from qa.support import check_support

if TYPE_CHECKING:
    from qa.generate import StreamEvent

START_LOOKUP_PASSAGES = 3  # passages read for where a dated thing began
SENTENCE_CACHE = 20_000  # sentence vectors kept for questions in another language than the reports


class AnswerBackend(Protocol):
    """The seam for generation: turns retrieved passages into an answer whose sentences cite them."""

    name: str

    def compose(self, question: str, history: Sequence[str], hits: Sequence[Hit], index: Bm25Index,
                settings: Settings) -> Composition: ...


class ExtractiveBackend:
    """The default: the reports' own sentences (qa.composer); no language model. `meaning` (set by the Engine:
    question, sentences -> similarities) lets a question in another language than the reports be answered."""

    name = "extractive"

    def __init__(self, meaning: Callable[[str, Sequence[str]], Sequence[float]] | None = None):
        self.meaning = meaning

    def compose(self, question: str, history: Sequence[str], hits: Sequence[Hit], index: Bm25Index,
                settings: Settings) -> Composition:
        meaning = self.meaning
        similarity = (lambda texts: meaning(question, texts)) if meaning else None
        return compose_answer(question, hits, index, settings.max_answer_sentences,
                              settings.refusal_threshold or REFUSAL_THRESHOLD, similarity)


class Engine:
    """Holds the store and the models; answers questions. Safe to share between threads."""

    def __init__(self, settings: Settings, backend: AnswerBackend | None = None, store: Store | None = None):
        offline_environment()
        self.settings = settings
        self.backend: AnswerBackend = backend or backend_for(settings)
        self._store = store
        self._embedder: Embedder | None = None
        self._lock = threading.RLock()
        self._sentence_vectors: dict[str, np.ndarray] = {}  # sentence -> embedding, for questions in other languages
        self._embedded = threading.local()  # the last question this thread embedded, with its vector
        if isinstance(self.backend, ExtractiveBackend) and self.backend.meaning is None:
            self.backend.meaning = self.similarities

    @property
    def store(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = Store.open(self.settings)
            return self._store

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = load_query_embedder(self.store.embedder_name)
            return self._embedder

    def similarities(self, question: str, sentences: Sequence[str]) -> list[float]:
        """Cosine similarity of the question to each sentence, by the store's embedder if it is multilingual
        (else none). Sentence vectors are kept (up to SENTENCE_CACHE of them): e5 takes about 25 ms a sentence."""
        if self.store.embedder_name not in MULTILINGUAL_EMBEDDERS:
            return []  # MiniLM knows English only: its similarities say nothing about a Dutch question
        embedder = self.embedder
        with self._lock:
            missing = [s for s in dict.fromkeys(sentences) if s not in self._sentence_vectors]
        vectors: Sequence[np.ndarray] = list(embedder.embed_documents(missing)) if missing else []
        with self._lock:
            if len(self._sentence_vectors) + len(missing) > SENTENCE_CACHE:
                self._sentence_vectors.clear()
            self._sentence_vectors.update(zip(missing, vectors, strict=True))
            matrix = np.stack([self._sentence_vectors[s] for s in sentences]) if sentences else None
        if matrix is None:
            return []
        query = self._question_vector(question)
        norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(query) or 1.0)
        return [float(x) for x in (matrix @ query) / np.where(norms > 0, norms, 1.0)]

    def _embed_fresh(self, question: str) -> np.ndarray:
        """Embed the question (always: the timings measure it) and keep it for _question_vector."""
        vector = self.embedder.embed_query(question)
        self._embedded.last = (question, vector)
        return vector

    def _question_vector(self, question: str) -> np.ndarray:
        """The question's embedding. Retrieval embeds it; the similarities of a question in another language
        than the reports, composed next in the same thread, reuse that vector instead of embedding it again."""
        last = getattr(self._embedded, "last", None)
        return last[1] if last is not None and last[0] == question else self._embed_fresh(question)

    def reload(self) -> None:
        """Pick up changes another writer made to the store (new or removed reports)."""
        with self._lock:
            # Swap, don't close: questions in flight keep using the old store (its connection is
            # closed when the last of them lets go of it).
            self._store = None

    def warm_up(self) -> None:
        """Load models and indexes now rather than on the first question."""
        self.store.bm25()
        self.embedder.embed_query("warm up")

    def answer(self, question: str, history: Sequence[str] = (), doc_ids: Sequence[str] | None = None,
               k: int | None = None) -> Answer:
        """Answer `question` from the reports; `history` holds the earlier questions, oldest first."""
        asked = self._retrieve(question, history, doc_ids, k)
        mark = time.perf_counter()
        composition = verify_citations(self.backend.compose(asked.query, asked.history, asked.hits, asked.index,
                                                            self.settings))
        return self._finish(asked, self._checked_start(asked, composition), mark)

    def _checked_start(self, asked: _Asked, composition: Composition) -> Composition:
        """An answer to a question that dates a thing's start, checked against the passages that tell of its start
        (looked up by name, without the claimed year): "refu interim was set up back in 2015, right? who started
        it?" is refused with "the reports give another start, 2017" though the answer's passages never date it."""
        if composition.refused or not START_ASKED.search(asked.query):
            return composition
        question = recased(asked.query, asked.hits[:PASSAGES_READ], loose=True)
        lookup = start_lookup(question)
        if lookup is None:
            return composition
        ids = [pid for pid, _ in asked.index.search(lookup, START_LOOKUP_PASSAGES)]
        chunks = self.store.passages(ids)
        told = [Hit(chunks[pid], 0.0) for pid in ids if pid in chunks]
        problem = other_start(question, [], told)
        if problem is None:
            return composition
        return Composition((), (), REFUSAL_TEXT, True, composition.evidence, refusal_reason=problem,
                           refusal_source=quoted_source(problem, told))

    def stream(self, question: str, history: Sequence[str] = (), doc_ids: Sequence[str] | None = None,
               k: int | None = None) -> Iterator[StreamEvent]:
        """Like `answer`, as events for a chat that shows sentences while they are generated: "sentence"
        (passed the check; show it), "dropped" (failed it), then "answer" with the final Answer, which
        replaces everything shown (it may be the extractive answer after a fallback). A backend that
        can't stream (the extractive one) yields only the "answer" event."""
        from qa.generate import StreamEvent

        asked = self._retrieve(question, history, doc_ids, k)
        mark = time.perf_counter()
        streaming = getattr(self.backend, "stream", None)
        if streaming is None:
            composition = self.backend.compose(asked.query, asked.history, asked.hits, asked.index, self.settings)
        else:
            composition = None
            for event in streaming(asked.query, asked.history, asked.hits, asked.index, self.settings):
                if event.kind == "done":
                    composition = event.composition
                else:
                    yield event
        assert composition is not None
        checked = self._checked_start(asked, verify_citations(composition))
        yield StreamEvent("answer", answer=self._finish(asked, checked, mark))

    def _retrieve(self, question: str, history: Sequence[str], doc_ids: Sequence[str] | None,
                  k: int | None) -> _Asked:
        started = time.perf_counter()
        timings: dict[str, float] = {}
        text, notice = shorten(check_question(question))
        history = [spelled_out(h) for h in (" ".join(str(h).split()) for h in history) if h]
        read = spelled_out(text)  # "whats the ..." as "what is the ...": the answer still shows the question as asked
        resolved = resolve_followup(read, history)
        if resolved:
            # "how many ppl did jobteam gent reach after its first yr ...": a question that names its own subject in
            # lower case is asked as it is; and as an earlier question it is no follow-up to skip, so the subject of
            # "and the targets for the whole project?" is its own
            history = [self._with_capitals(earlier) for earlier in history]
            resolved = resolve_followup(read, history) if needs_context(self._with_capitals(read)) else None
        query = resolved or read
        store = self.store
        mark = time.perf_counter()
        vector = self._embed_fresh(query) if self.settings.retrieval != "bm25" else None
        timings["embed"] = _ms(mark)
        mark = time.perf_counter()
        hits = retrieve(store, query, vector, self.settings, doc_ids=doc_ids, k=k)
        index = store.bm25()
        timings["retrieve"] = _ms(mark)
        return _Asked(question, query, history, hits, index, timings, started, notice, resolved)

    def _with_capitals(self, question: str) -> str:
        """The question with the capitals the passages BM25 finds for it give its words, when it reads as a follow-up
        as typed and names its own subject so written; otherwise as it is."""
        if not needs_context(question):
            return question
        hits = retrieve(self.store, question, None, replace(self.settings, retrieval="bm25"), k=PASSAGES_READ)
        # loosely: "refu interim" is a name though one passage writes "Refu interim opens possibilities"
        cased = recased(question, hits, loose=True)
        return cased if not needs_context(cased) else question

    def _finish(self, asked: _Asked, composition: Composition, mark: float) -> Answer:
        timings = dict(asked.timings)
        timings["compose"] = _ms(mark)
        timings["total"] = _ms(asked.started)
        notices = [n for n in (asked.notice, getattr(composition, "notice", None)) if n]
        return Answer(question=asked.question, text=composition.text, sentences=composition.sentences,
                      citations=composition.citations, passages=tuple(asked.hits), refused=composition.refused,
                      timings=timings, notice="; ".join(notices) or None, resolved_question=asked.resolved,
                      backend=self.backend.name, fallback=getattr(composition, "fallback", None),
                      evidence=composition.evidence, dropped=composition.dropped,
                      refusal_reason=getattr(composition, "refusal_reason", None),
                      refusal_source=getattr(composition, "refusal_source", None))


@dataclass(frozen=True)
class _Asked:
    """A question after checking, follow-up resolution and retrieval: what a backend composes from."""

    question: str
    query: str
    history: list[str]
    hits: list[Hit]
    index: Bm25Index
    timings: dict[str, float]
    started: float
    notice: str | None
    resolved: str | None


def backend_for(settings: Settings) -> AnswerBackend:
    """The extractive composer, or a language model when settings.llm_url is set (or backend=llm)."""
    if settings.backend == "extractive" or (settings.backend == "auto" and not settings.llm_url):
        return ExtractiveBackend()
    from qa.generate import GenerativeBackend

    return GenerativeBackend(settings)


def verify_citations(composition: Composition) -> Composition:
    """Every sentence must pass the shared support check against the passages it cites; the ones that
    don't are removed and listed in `dropped` (an extractive answer always passes: its sentences are spans)."""
    by_n = {c.n: c for c in composition.citations}
    kept, dropped = [], list(composition.dropped)
    for sentence in composition.sentences:
        cited = [by_n[n].chunk.text for n in sentence.citations if n in by_n]
        result = check_support(sentence.text, cited)
        if result.supported:
            kept.append(sentence)
        else:
            dropped.append({"text": sentence.text, "reason": result.reason})
    if len(kept) == len(composition.sentences):
        return composition
    if not kept:
        return replace(composition, sentences=(), citations=(), text=REFUSAL_TEXT, refused=True,
                       dropped=tuple(dropped))
    used = {n for s in kept for n in s.citations}
    text = " ".join(f"{' '.join(s.text.split())} " + "".join(f"[{n}]" for n in s.citations) for s in kept)
    return replace(composition, sentences=tuple(kept), citations=tuple(c for c in composition.citations
                   if c.n in used), text=text, dropped=tuple(dropped))


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000.0


_DEFAULT: Engine | None = None


def answer(question: str, history: Sequence[str] = (), settings: Settings | None = None,
           doc_ids: Sequence[str] | None = None) -> Answer:
    """`qa.answer(question, history)` with a process-wide engine built from the environment's settings."""
    global _DEFAULT
    if settings is not None:
        return Engine(settings).answer(question, history, doc_ids)
    if _DEFAULT is None:
        _DEFAULT = Engine(Settings.from_env())
    return _DEFAULT.answer(question, history, doc_ids)
