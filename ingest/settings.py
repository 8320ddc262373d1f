"""One frozen settings object, built at the edge (CLI flags, environment) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

EMBEDDERS = ("minilm", "e5", "hash")
BACKENDS = ("auto", "extractive", "llm")

ENV_PREFIX = "REPORTQA_"


@dataclass(frozen=True)
class Settings:
    """Where the store lives and how passages are made, retrieved and answered."""

    data_dir: Path = Path("data")
    chroma_host: str | None = None
    chroma_port: int = 8000
    embedder: str | None = None  # minilm | e5 | hash; chosen when a store is created (default minilm)
    collection: str = "passages"
    chunk_tokens: int = 200  # target passage size, in words
    chunk_overlap: int = 1  # sentences repeated at the start of the next passage
    top_k: int = 8  # passages returned with an answer
    candidates: int = 40  # candidates per retriever before fusion
    # dense counts double in the fusion: on the 295 evaluation questions every rank it changed got better (1.0 -> 2.0)
    dense_weight: float = 2.0
    bm25_weight: float = 1.0
    retrieval: str = "hybrid"  # hybrid | dense | bm25
    max_answer_sentences: int = 4
    refusal_threshold: float = 0.0  # calibrated in qa.composer; 0 means its default
    embed_batch: int = 64
    backend: str = "auto"  # auto (a language model when llm_url is set) | extractive | llm
    llm_url: str | None = None  # OpenAI-compatible base URL ending in /v1, e.g. http://127.0.0.1:8080/v1
    llm_model: str | None = None
    llm_api_key_env: str = "REPORTQA_LLM_API_KEY"  # the environment variable holding the API key (if any)
    llm_timeout: float = 60.0  # seconds to wait for the model

    def __post_init__(self) -> None:
        if self.embedder is not None and self.embedder not in EMBEDDERS:
            raise ValueError(f"embedder must be one of {', '.join(EMBEDDERS)}, got {self.embedder!r}")
        if self.retrieval not in ("hybrid", "dense", "bm25"):
            raise ValueError(f"retrieval must be hybrid, dense or bm25, got {self.retrieval!r}")
        for name in ("chunk_tokens", "top_k", "candidates", "embed_batch", "max_answer_sentences"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be > 0, got {getattr(self, name)}")
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, got {self.backend!r}")
        if self.llm_url is not None and not self.llm_url.startswith(("http://", "https://")):
            raise ValueError(f"llm_url must start with http:// or https://, got {self.llm_url!r}")
        if self.backend == "llm" and not self.llm_url:
            raise ValueError("backend=llm needs llm_url (--llm-url or $REPORTQA_LLM_URL)")
        if self.llm_timeout <= 0:
            raise ValueError(f"llm_timeout must be > 0, got {self.llm_timeout}")
        if not 1 <= self.chroma_port <= 65535:
            raise ValueError(f"chroma_port must be between 1 and 65535, got {self.chroma_port}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then REPORTQA_* environment variables, then explicit overrides (None = not given).

        >>> Settings.from_env({"REPORTQA_DATA_DIR": "/tmp/x"}).data_dir
        PosixPath('/tmp/x')
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _convert(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "data_dir" in values:
            values["data_dir"] = Path(values["data_dir"])
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _convert(name: str, raw: str) -> Any:
    default = getattr(Settings, name, None)
    try:
        if isinstance(default, bool):
            return raw.lower() in ("1", "true", "yes")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ValueError(f"{ENV_PREFIX}{name.upper()} must be a number, got {raw!r}") from None
    return raw


def offline_environment() -> None:
    """Make sure nothing tries to reach a model hub or send telemetry."""
    for key, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
    }.items():
        os.environ.setdefault(key, value)
