"""One question from text to a cited answer: resolve follow-ups, retrieve, compose (or refuse)."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Protocol

from ingest.bm25 import Bm25Index
from ingest.embedders import Embedder, load_query_embedder
from ingest.settings import Settings, offline_environment
from ingest.store import Store
from qa.composer import REFUSAL_THRESHOLD, Composition, compose_answer
from qa.question import check_question, resolve_followup, shorten
from qa.result import Answer, Hit
from qa.retrieval import retrieve


class AnswerBackend(Protocol):
    """The seam for generation: turns retrieved passages into an answer whose sentences cite them."""

    name: str

    def compose(self, question: str, history: Sequence[str], hits: Sequence[Hit], index: Bm25Index,
                settings: Settings) -> Composition: ...


class ExtractiveBackend:
    """The default: the reports' own sentences (qa.composer); no language model."""

    name = "extractive"

    def compose(self, question: str, history: Sequence[str], hits: Sequence[Hit], index: Bm25Index,
                settings: Settings) -> Composition:
        return compose_answer(question, hits, index, settings.max_answer_sentences,
                              settings.refusal_threshold or REFUSAL_THRESHOLD)


class Engine:
    """Holds the store and the models; answers questions. Safe to share between threads."""

    def __init__(self, settings: Settings, backend: AnswerBackend | None = None, store: Store | None = None):
        offline_environment()
        self.settings = settings
        self.backend: AnswerBackend = backend or ExtractiveBackend()
        self._store = store
        self._embedder: Embedder | None = None
        self._lock = threading.RLock()

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

    def reload(self) -> None:
        """Pick up changes another writer made to the store (new or removed reports)."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def warm_up(self) -> None:
        """Load models and indexes now rather than on the first question."""
        self.store.bm25()
        self.embedder.embed_query("warm up")

    def answer(self, question: str, history: Sequence[str] = (), doc_ids: Sequence[str] | None = None,
               k: int | None = None) -> Answer:
        """Answer `question` from the reports; `history` holds the earlier questions, oldest first."""
        started = time.perf_counter()
        timings: dict[str, float] = {}
        text, notice = shorten(check_question(question))
        history = [h for h in (" ".join(str(h).split()) for h in history) if h]
        resolved = resolve_followup(text, history)
        query = resolved or text
        store = self.store
        mark = time.perf_counter()
        vector = self.embedder.embed_query(query) if self.settings.retrieval != "bm25" else None
        timings["embed"] = _ms(mark)
        mark = time.perf_counter()
        hits = retrieve(store, query, vector, self.settings, doc_ids=doc_ids, k=k)
        index = store.bm25()
        timings["retrieve"] = _ms(mark)
        mark = time.perf_counter()
        composition = self.backend.compose(query, history, hits, index, self.settings)
        timings["compose"] = _ms(mark)
        timings["total"] = _ms(started)
        return Answer(question=question, text=composition.text, sentences=composition.sentences,
                      citations=composition.citations, passages=tuple(hits), refused=composition.refused,
                      timings=timings, notice=notice, resolved_question=resolved,
                      backend=self.backend.name, evidence=composition.evidence)


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
