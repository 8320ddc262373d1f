"""`reportqa bench scale`: how the store's costs grow from 10^4 to 10^6 passages, embedded and on a server.

Stores are written through the product's own write path (`Store.replace_documents` and `Store.update_bm25`
per ingestion run of 30 reports of 300 passages), with random vectors instead of embeddings (embedding is not
what this measures) and text drawn from the seed corpus's vocabulary with Zipf-like frequencies plus a long
tail of rare words, so BM25 posting lists look like real ones.

Vectors (`vectors=`): "corpus" (default) draws them from a Gaussian fitted to MiniLM embeddings of the seed
corpus's sentences, so they have the structure of real passage vectors (a few dozen dominant directions);
"uniform" draws uniform random unit vectors, the worst case for an HNSW index (slower to build, lower recall).
Each row also reports the recall@10 of Chroma's dense search against exact search for 50 queries.

Per size and Chroma mode: write throughput, query latency p50/p95 of `Engine.answer` minus the query
embedding (answering runs in a fresh process; its peak RSS is read from /proc), the real MiniLM query
embedding time, disk size, cold start (`reportqa ask` in a new process until the answer is printed) and the
time to add one more 300-passage report to the full store (registry + Chroma + BM25, embedding excluded).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

import numpy as np

from ingest.settings import Settings, offline_environment

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
OUT_DIR = Path("results") / "bench" / "scale"
DIM = 384
PASSAGES_PER_REPORT = 300
REPORTS_PER_RUN = 30
WORDS_PER_PASSAGE = 150
RARE_WORDS = 60_000
ZIPF_S = 1.05
QUERY_ROUNDS = 3
WARM_UP = 3
COLUMNS = ("mode", "passages", "write_per_s", "p50_ms", "p95_ms", "embed_ms", "peak_rss_mb", "server_rss_mb",
           "disk_mb", "cold_start_s", "add_report_s", "recall_at_10")
GOALS = {"p95_ms": 300.0, "peak_rss_mb": 6144.0, "cold_start_s": 15.0, "add_report_s": 5.0}


def run_scale_benchmark(settings: Settings, sizes: list[int], modes: list[str], out_dir: Path | None = None,
                        work_dir: Path | None = None, vectors: str = "corpus") -> int:
    """Measure every size in every mode ("embedded", "server"); print a table, write table.md,
    scale.json and scale.png to `out_dir`."""
    if not sizes or any(n < PASSAGES_PER_REPORT for n in sizes):
        raise ValueError(f"sizes must be >= {PASSAGES_PER_REPORT} passages, got {sizes}")
    if not modes or set(modes) - {"embedded", "server"}:
        raise ValueError(f"modes must be embedded and/or server, got {modes}")
    if vectors not in ("corpus", "uniform"):
        raise ValueError(f"vectors must be corpus or uniform, got {vectors!r}")
    offline_environment()
    out_dir = Path(out_dir or OUT_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    vocabulary = Vocabulary.from_corpus(SEED_CORPUS)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="reportqa-bench-scale-", dir=work_dir) as tmp_name:
        shape = VectorShape.uniform() if vectors == "uniform" else VectorShape.from_corpus(SEED_CORPUS)
        shape.save(Path(tmp_name) / "vectors.npz")
        for size in sorted(sizes):
            for mode in modes:
                folder = Path(tmp_name) / f"{mode}-{size}"
                row = measure(size, mode, folder, vocabulary, shape, settings)
                rows.append(row)
                print(format_row(row), flush=True)
                shutil.rmtree(folder, ignore_errors=True)
                table = write_results(rows, out_dir)  # after every row: a long run that is stopped keeps its rows
    print(table)
    print(f"wrote {out_dir}/table.md, scale.json, scale.png")
    return 0


# ---- synthetic reports ---------------------------------------------------------------------------
class Vocabulary:
    """Words ranked by their frequency in the seed corpus, then a tail of rare made-up words; sampled
    with probability ~ 1/rank^s (Zipf), so common words are very common and most words are rare."""

    def __init__(self, words: list[str], seed: int = 7):
        self.words = np.array(words, dtype=object)
        ranks = np.arange(1, len(words) + 1, dtype=np.float64)
        p = ranks ** -ZIPF_S
        self.cdf = np.cumsum(p / p.sum())
        self.rng = np.random.default_rng(seed)

    @classmethod
    def from_corpus(cls, corpus: Path) -> Vocabulary:
        counts: Counter[str] = Counter()
        for path in sorted(corpus.glob("*.txt")):
            counts.update(re.findall(r"[A-Za-z][A-Za-z-]+", path.read_text(encoding="utf-8")))
        words = [w for w, _ in counts.most_common()]
        rng = np.random.default_rng(11)
        syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "ber", "dan", "gor", "lin", "mar", "tus"]
        rare = {"".join(rng.choice(syllables, size=rng.integers(3, 6))) for _ in range(RARE_WORDS)}
        return cls(words + sorted(rare - set(words)))

    def passage(self) -> str:
        picks = np.searchsorted(self.cdf, self.rng.random(WORDS_PER_PASSAGE))
        words = self.words[np.minimum(picks, len(self.words) - 1)]
        sentences, i = [], 0
        while i < len(words):
            n = int(self.rng.integers(8, 22))
            part = list(words[i:i + n])
            part[0] = part[0].capitalize()
            sentences.append(" ".join(part) + ".")
            i += n
        return " ".join(sentences)


class VectorShape:
    """Random unit vectors: from N(mean, cov) fitted to real passage embeddings, or uniform on the sphere."""

    def __init__(self, name: str, mean: np.ndarray, factor: np.ndarray | None):
        self.name, self.mean, self.factor = name, mean, factor  # factor: Cholesky factor of the covariance

    @classmethod
    def uniform(cls) -> VectorShape:
        return cls("uniform", np.zeros(DIM, dtype=np.float32), None)

    @classmethod
    def from_corpus(cls, corpus: Path) -> VectorShape:
        """Fitted to MiniLM embeddings of the corpus's sentences (about 600 for the seed corpus; ~20 s)."""
        from ingest.embedders import load_embedder
        from ingest.sentences import split_sentences

        sentences = []
        for path in sorted(corpus.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            sentences += [text[a:b] for a, b in split_sentences(text, 0) if len(text[a:b].split()) > 5]
        embedded = np.asarray(load_embedder("minilm").embed_documents(sentences), dtype=np.float64)
        cov = np.cov(embedded, rowvar=False) + 1e-6 * np.eye(DIM)
        return cls("corpus", embedded.mean(axis=0), np.linalg.cholesky(cov))

    def save(self, path: Path) -> None:
        np.savez(path, name=self.name, mean=self.mean, factor=self.factor if self.factor is not None else [])

    @classmethod
    def load(cls, path: Path) -> VectorShape:
        data = np.load(path)
        factor = data["factor"]
        return cls(str(data["name"]), data["mean"], factor if factor.size else None)

    def sample(self, n: int, rng: np.random.Generator) -> np.ndarray:
        z = rng.standard_normal((n, DIM))
        vectors = (self.mean + z @ self.factor.T if self.factor is not None else z).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def synthetic_report(number: int, vocabulary: Vocabulary, shape: VectorShape, rng: np.random.Generator):
    """A 300-passage report: (record, text, chunks, unit vectors)."""
    from ingest.passage import Chunk, DocumentRecord

    doc_id = f"synthetic-{number:06d}"
    texts = [vocabulary.passage() for _ in range(PASSAGES_PER_REPORT)]
    title = f"Synthetic monitoring report {number}"
    chunks, start = [], 0
    for seq, text in enumerate(texts):
        chunks.append(Chunk(id=f"{doc_id}-{seq:04d}", doc_id=doc_id, text=text, start=start, end=start + len(text),
                            page=seq // 3 + 1, section=f"{seq // 20 + 1}. Section {seq // 20 + 1}", lang="en",
                            title=title))
        start += len(text) + 2
    metadata = {"year": 2000 + number % 25, "language": "en", "title": title}
    record = DocumentRecord(doc_id=doc_id, path=f"/synthetic/{doc_id}.txt", content_hash=f"{number:064d}",
                            title=title, lang="en", passages=len(chunks), metadata=metadata)
    return record, "\n\n".join(texts), chunks, shape.sample(len(chunks), rng)


def write_store(store, first: int, reports: int, vocabulary: Vocabulary, shape: VectorShape,
                rng: np.random.Generator, written: list | None = None) -> float:
    """Write `reports` synthetic reports in ingestion runs; returns seconds spent in the store. The
    (ids, vectors) written are appended to `written` when given."""
    from ingest.store import Replacement

    spent = 0.0
    with store.writing():
        for run_start in range(first, first + reports, REPORTS_PER_RUN):
            batch = [Replacement(record, text, "v1 synthetic", chunks, vectors)
                     for record, text, chunks, vectors in (
                         synthetic_report(n, vocabulary, shape, rng)
                         for n in range(run_start, min(run_start + REPORTS_PER_RUN, first + reports)))]
            if written is not None:
                written += [([c.id for c in r.chunks], r.vectors) for r in batch]
            started = time.perf_counter()
            store.replace_documents(batch)
            store.update_bm25()
            spent += time.perf_counter() - started
    return spent


# ---- measuring -----------------------------------------------------------------------------------
def measure(size: int, mode: str, folder: Path, vocabulary: Vocabulary, shape: VectorShape, base: Settings) -> dict:
    from ingest.store import Store

    folder.mkdir(parents=True)
    server = ChromaServer(folder / "server") if mode == "server" else None
    try:
        settings = Settings(data_dir=folder / "data", embedder="minilm", collection="passages",
                            chroma_host="127.0.0.1" if server else None,
                            chroma_port=server.port if server else base.chroma_port)
        rng = np.random.default_rng(size)
        reports = size // PASSAGES_PER_REPORT
        with Store.open(settings) as store:
            written: list = []
            seconds = write_store(store, 0, reports, vocabulary, shape, rng, written)
            passages = store.passage_count()
            adds = [write_store(store, reports + i, 1, vocabulary, shape, rng, written) for i in range(3)]
            counts = store.counts()
            recall = dense_recall(store, written, shape, np.random.default_rng(size + 1))
            del written
        if not counts["registry"] == counts["chroma"] == counts["bm25"]:
            raise RuntimeError(f"inconsistent store after writing: {counts}")
        answering = answer_in_subprocess(settings, folder.parent / "vectors.npz")
        cold = cold_start(settings)
        disk = folder_bytes(folder / "data") + (folder_bytes(folder / "server") if server else 0)
        return {"mode": mode, "passages": passages, "write_per_s": passages / seconds,
                "p50_ms": answering["p50_ms"], "p95_ms": answering["p95_ms"], "embed_ms": answering["embed_ms"],
                "peak_rss_mb": answering["peak_rss_mb"], "server_rss_mb": server.peak_rss_mb() if server else 0.0,
                "disk_mb": disk / 2**20, "cold_start_s": cold, "add_report_s": statistics.median(adds),
                "add_report_max_s": max(adds), "stages_ms": answering["stages_ms"],
                "bm25_segments": answering["bm25_segments"], "refused_share": answering["refused_share"],
                "recall_at_10": recall, "vectors": shape.name}
    finally:
        if server:
            server.stop()


def dense_recall(store, written: list, shape: VectorShape, rng: np.random.Generator, queries: int = 50,
                 k: int = 10) -> float:
    """Share of the exact top-k (cosine over every vector written) that Chroma's HNSW search returns."""
    ids = [pid for chunk_ids, _ in written for pid in chunk_ids]
    matrix = np.concatenate([vectors for _, vectors in written])
    found = 0
    for q in shape.sample(queries, rng):
        exact = {ids[i] for i in np.argpartition(-(matrix @ q), k)[:k]}
        found += len(exact & {pid for pid, _ in store.dense_search(q, k)})
    return found / (queries * k)


def answer_in_subprocess(settings: Settings, shape_path: Path) -> dict:
    """Run `answer_worker` in a fresh Python: latencies and that process's peak memory."""
    config = {"data_dir": str(settings.data_dir), "chroma_host": settings.chroma_host,
              "chroma_port": settings.chroma_port, "vectors": str(shape_path)}
    done = subprocess.run([sys.executable, "-m", "eval.bench_scale", "answer-worker", json.dumps(config)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1800,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise RuntimeError(f"answer worker failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


class _FixedVectors:
    """Stands in for the query embedder: random vectors shaped like the stored ones."""

    name = "minilm"
    dim = DIM

    def __init__(self, shape: VectorShape, seed: int = 3):
        self.shape = shape
        self.rng = np.random.default_rng(seed)

    def embed_query(self, text: str) -> np.ndarray:
        return self.shape.sample(1, self.rng)[0]


def answer_worker(config: dict) -> dict:
    """In a fresh process: Engine.answer for the seed questions, query embedding replaced by random
    vectors and timed apart with the real MiniLM query embedder."""
    from ingest.embedders import load_query_embedder
    from qa.engine import Engine

    settings = Settings(data_dir=Path(config["data_dir"]), chroma_host=config["chroma_host"],
                        chroma_port=config["chroma_port"])
    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
                 if line.strip()][:20]
    real = load_query_embedder("minilm")
    embed_ms = []
    for q in questions:
        started = time.perf_counter()
        real.embed_query(q)
        embed_ms.append((time.perf_counter() - started) * 1000)
    engine = Engine(settings)
    engine._embedder = _FixedVectors(VectorShape.load(Path(config["vectors"])))  # type: ignore[assignment]  # the seam: query embedding is measured above, not here
    latencies: list[float] = []
    stages: dict[str, list[float]] = {"retrieve": [], "compose": []}
    refused = 0
    for round_ in range(QUERY_ROUNDS):
        for i, q in enumerate(questions):
            answer = engine.answer(q)
            if round_ == 0 and i < WARM_UP:
                continue
            latencies.append(answer.timings["total"] - answer.timings["embed"])
            for key in stages:
                stages[key].append(answer.timings[key])
            refused += answer.refused
    return {"p50_ms": float(np.percentile(latencies, 50)), "p95_ms": float(np.percentile(latencies, 95)),
            "embed_ms": statistics.median(embed_ms), "peak_rss_mb": peak_rss_mb(),
            "stages_ms": {k: float(np.percentile(v, 50)) for k, v in stages.items()},
            "bm25_segments": len(engine.store.bm25().segments), "refused_share": refused / len(latencies)}


def cold_start(settings: Settings) -> float:
    """Seconds from starting `reportqa ask` to its exit with an answer printed."""
    command = [sys.executable, "-m", "ui.cli", "ask", "What does Jobteam Gent do for refugees?",
               "--data-dir", str(settings.data_dir)]
    if settings.chroma_host:
        command += ["--chroma-host", settings.chroma_host, "--chroma-port", str(settings.chroma_port)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"reportqa ask failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


class ChromaServer:
    """`chroma run` on a free loopback port, stopped by `stop()`."""

    def __init__(self, path: Path, timeout: float = 60):
        chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen([chroma, "run", "--path", str(path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"chroma server did not start within {timeout} s")

    def peak_rss_mb(self) -> float:
        return peak_rss_mb(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def peak_rss_mb(pid: int | str = "self") -> float:
    """VmHWM (peak resident memory) of a process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def machine_note(rows: list[dict]) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    kinds = {"corpus": "drawn from a Gaussian fitted to MiniLM embeddings of the seed corpus",
             "uniform": "uniform on the sphere (worst case for HNSW)"}
    shapes = ", ".join(kinds[k] for k in dict.fromkeys(r.get("vectors", "uniform") for r in rows))
    return (f"Machine: {os.cpu_count()} cores, load average {load:.1f} at the end (shared with other "
            f"processes: numbers are noisy). Vectors: random {DIM}-d unit vectors {shapes}; texts are synthetic.")


# ---- output --------------------------------------------------------------------------------------
def write_results(rows: list[dict], out_dir: Path) -> str:
    (out_dir / "scale.json").write_text(json.dumps({"rows": rows, "goals": GOALS, "machine": machine_note(rows)},
                                                   indent=2))
    table = format_table(rows)
    (out_dir / "table.md").write_text(table + "\n\n" + machine_note(rows) + "\n")
    plot(rows, out_dir / "scale.png")
    return table


def format_row(row: dict) -> str:
    return (f"{row['mode']:>8} {row['passages']:>9,} passages: write {row['write_per_s']:,.0f}/s, "
            f"p50 {row['p50_ms']:.0f} ms, p95 {row['p95_ms']:.0f} ms, RSS {row['peak_rss_mb']:.0f} MB, "
            f"disk {row['disk_mb']:.0f} MB, cold {row['cold_start_s']:.1f} s, add 300 {row['add_report_s']:.2f} s, "
            f"dense recall@10 {row['recall_at_10']:.3f}")


def format_table(rows: list[dict]) -> str:
    header = ("| mode | passages | write (passages/s) | query p50 (ms) | query p95 (ms) | query embedding (ms) | "
              "answering peak RSS (MB) | server peak RSS (MB) | disk (MB) | cold start (s) | add 300-passage "
              "report (s) | dense recall@10 |")
    lines = [header, "|" + " --- |" * len(COLUMNS)]
    for r in rows:
        lines.append(f"| {r['mode']} | {r['passages']:,} | {r['write_per_s']:,.0f} | {r['p50_ms']:.0f} | "
                     f"{r['p95_ms']:.0f} | {r['embed_ms']:.1f} | {r['peak_rss_mb']:.0f} | "
                     f"{r['server_rss_mb']:.0f} | {r['disk_mb']:.0f} | {r['cold_start_s']:.1f} | "
                     f"{r['add_report_s']:.2f} | {r['recall_at_10']:.3f} |")
    return "\n".join(lines)


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (lat, mem) = plt.subplots(1, 2, figsize=(11, 4.2))
    for mode in dict.fromkeys(r["mode"] for r in rows):
        mine = sorted((r for r in rows if r["mode"] == mode), key=lambda r: r["passages"])
        x = [r["passages"] for r in mine]
        lat.plot(x, [r["p50_ms"] for r in mine], "o-", label=f"{mode} p50")
        lat.plot(x, [r["p95_ms"] for r in mine], "s--", label=f"{mode} p95")
        lat.plot(x, [r["add_report_s"] * 1000 for r in mine], "^:", label=f"{mode} add report")
        mem.plot(x, [r["peak_rss_mb"] for r in mine], "o-", label=f"{mode} answering process")
        if mode == "server":
            mem.plot(x, [r["server_rss_mb"] for r in mine], "s--", label="chroma server")
        mem.plot(x, [r["disk_mb"] for r in mine], "^:", label=f"{mode} disk")
    lat.axhline(GOALS["p95_ms"], color="grey", lw=0.8, label="p95 goal")
    lat.set(xscale="log", yscale="log", xlabel="passages", ylabel="ms", title="query latency (no embedding)")
    mem.set(xscale="log", yscale="log", xlabel="passages", ylabel="MB", title="memory and disk")
    for ax in (lat, mem):
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "answer-worker":
        offline_environment()
        print(json.dumps(answer_worker(json.loads(sys.argv[2]))))
    else:
        raise SystemExit("usage: python -m eval.bench_scale answer-worker CONFIG_JSON")
