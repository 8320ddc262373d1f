"""A BM25 index over the passages (bm25s + Snowball stemmers), saved next to the vector store.

The index is rebuilt from the registry after each ingestion run and swapped in atomically; a stamp
records which registry generation it was built from, so a stale index is detected and rebuilt.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

SNOWBALL = {"en": "english", "nl": "dutch", "fr": "french", "de": "german", "es": "spanish",
            "it": "italian", "pt": "portuguese"}
_TOKEN = re.compile(r"\w+", re.UNICODE)
STAMP = "stamp.json"


@lru_cache(maxsize=16)
def _stemmer(lang: str):
    import Stemmer

    return Stemmer.Stemmer(SNOWBALL.get(lang, "english"))


@lru_cache(maxsize=16)
def _stopwords(lang: str) -> frozenset[str]:
    from bm25s import stopwords

    lists = {"en": stopwords.STOPWORDS_EN_PLUS, "nl": stopwords.STOPWORDS_DUTCH, "fr": stopwords.STOPWORDS_FRENCH,
             "de": stopwords.STOPWORDS_GERMAN}
    return frozenset(lists.get(lang, stopwords.STOPWORDS_EN))


def tokenize(text: str, lang: str = "en") -> list[str]:
    """Lower-cased, stop words removed, stemmed in `lang`.

    >>> tokenize("The refugees were integrated", "en")
    ['refuge', 'integr']
    """
    words = [w for w in _TOKEN.findall(text.lower()) if w not in _stopwords(lang)]
    return _stemmer(lang).stemWords(words)


def tokenize_query(text: str, langs: Sequence[str]) -> list[str]:
    """Query terms stemmed in every language of the index (the query's language is often unclear)."""
    terms: list[str] = []
    for lang in dict.fromkeys(langs or ["en"]):
        for t in tokenize(text, lang):
            if t not in terms:
                terms.append(t)
    return terms


class Bm25Index:
    """Scores passages for a query; `ids[i]` is the passage id of row i."""

    def __init__(self, retriever, ids: list[str], langs: list[str], generation: str):
        self.retriever = retriever
        self.ids = ids
        self.langs = langs
        self.generation = generation
        self.row_of = {pid: i for i, pid in enumerate(ids)}

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str], langs: Sequence[str], generation: str) -> Bm25Index:
        import bm25s

        retriever = bm25s.BM25()
        corpus_tokens = [tokenize(t, lang) or ["_"] for t, lang in zip(texts, langs, strict=True)]
        if corpus_tokens:
            retriever.index(corpus_tokens, show_progress=False)
        return cls(retriever if corpus_tokens else None, list(ids), sorted(set(langs)), generation)

    def save(self, directory: Path) -> None:
        """Write to a temporary folder, then swap it in with renames, so a crash leaves old or new."""
        directory = Path(directory)
        tmp = directory.with_name(directory.name + ".tmp")
        old = directory.with_name(directory.name + ".old")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.retriever is not None:
            self.retriever.save(str(tmp), show_progress=False)
        (tmp / "ids.json").write_text(json.dumps(self.ids))
        (tmp / STAMP).write_text(json.dumps({"generation": self.generation, "langs": self.langs,
                                             "count": len(self.ids)}))
        _fsync_dir(tmp)
        shutil.rmtree(old, ignore_errors=True)
        if directory.exists():
            directory.rename(old)
        tmp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> Bm25Index | None:
        """The saved index, or None when there is none (or it is unreadable)."""
        import bm25s

        directory = Path(directory)
        try:
            stamp = json.loads((directory / STAMP).read_text())
            ids = json.loads((directory / "ids.json").read_text())
            retriever = bm25s.BM25.load(str(directory), mmap=True, show_progress=False) if ids else None
        except (OSError, ValueError):
            return None
        return cls(retriever, ids, stamp.get("langs", ["en"]), stamp["generation"])

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top-k (passage id, score) with score > 0; `allowed` is a 0/1 mask over rows (filters)."""
        if self.retriever is None or not self.ids:
            return []
        vocab = self.retriever.vocab_dict
        terms = [t for t in tokenize_query(query, self.langs) if t in vocab]
        if not terms:
            return []
        scores = self.retriever.get_scores(terms)
        if allowed is not None:
            scores = scores * allowed
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term (unknown terms count as rare)."""
        n = len(self.ids)
        if self.retriever is None or n == 0:
            return 1.0
        col = self.retriever.vocab_dict.get(term)
        indptr = self.retriever.scores["indptr"]
        df = int(indptr[col + 1] - indptr[col]) if col is not None else 0
        return float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))

    def mask_for(self, passage_ids: set[str]) -> np.ndarray:
        mask = np.zeros(len(self.ids), dtype=np.float32)
        for pid in passage_ids:
            row = self.row_of.get(pid)
            if row is not None:
                mask[row] = 1.0
        return mask


def _fsync_dir(directory: Path) -> None:
    for path in directory.iterdir():
        with open(path, "rb") as f:
            os.fsync(f.fileno())
