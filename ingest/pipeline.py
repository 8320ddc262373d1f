"""Files in, passages in the store out: idempotent, incremental, and safe to interrupt."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.embedders import Embedder, load_embedder
from ingest.errors import BadInputError, ReportQAError
from ingest.manifest import MANIFEST_NAME, doc_id_for, merge_metadata, read_manifest
from ingest.passage import Chunk, DocumentRecord, LoadedDocument
from ingest.settings import Settings
from ingest.splitting import split_document
from ingest.store import CHROMA_WRITE_BATCH, Replacement, Store

Progress = Callable[[int, int, str], None]
EMBED_SLICE = 256  # passages per progress step; sorted by length so each batch pads little


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    passages: int = 0  # passages written in this run
    seconds: float = 0.0
    embed_seconds: float = 0.0
    repaired: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class _Pending:
    path: Path
    record: DocumentRecord
    doc: LoadedDocument
    chunks: list[Chunk]
    is_update: bool


def split_config(settings: Settings) -> str:
    """What, besides the file's bytes, decides its passages: a change re-splits every report."""
    # v2: sentences broken by a blank line are joined (ingest.cleanup.join_broken_paragraphs)
    # v3: the rows of a table of facts ("Mayor (party)" / "Mathias De Clercq (Open Vld)") are text, not headings
    # v4: a name and office on a line of its own ("Rudy Coddens, City Councillor for ...") is text, not a heading
    return f"v4 words={settings.chunk_tokens} overlap={settings.chunk_overlap}"


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named or inside named folders (recursively; hidden files and manifests skipped)."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.name != MANIFEST_NAME
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files.append(path)
        else:
            missing.append((str(path), "file not found"))
    return list(dict.fromkeys(files)), missing


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def embed_text(chunk: Chunk) -> str:
    """What gets embedded and indexed: the passage under its nearest heading (headings carry the topic)."""
    heading = chunk.section.split(" > ")[-1] if chunk.section else ""
    return f"{heading}\n{chunk.text}" if heading else chunk.text


def ingest_paths(paths: Sequence[Path | str], settings: Settings, progress: Progress | None = None,
                 store: Store | None = None) -> IngestReport:
    """Ingest files and folders into the store of `settings`; unchanged files cost only a hash."""
    started = time.perf_counter()
    report = IngestReport()
    own_store = store is None
    store = store or Store.open(settings)
    try:
        with store.writing():
            report.repaired = {k: v for k, v in store.reconcile().items() if v}
            files, report.failed = find_files(map(Path, paths))
            pending = _plan(files, settings, store, report)
            if pending:
                embedder = load_embedder(store.embedder_name)
                vectors = _embed(pending, embedder, settings, progress, report)
                config, offset = split_config(settings), 0
                group: list[Replacement] = []
                for item in pending:
                    n = len(item.chunks)
                    if group and sum(len(r.chunks) for r in group) + n > CHROMA_WRITE_BATCH:
                        store.replace_documents(group)  # small reports share one Chroma write
                        group = []
                    group.append(Replacement(item.record, item.doc.text, config, item.chunks,
                                             vectors[offset:offset + n]))
                    offset += n
                    (report.updated if item.is_update else report.added).append(item.record.doc_id)
                    report.passages += n
                store.replace_documents(group)
                store.update_bm25()
    finally:
        if own_store:
            store.close()
    report.seconds = time.perf_counter() - started
    return report


def _plan(files: list[Path], settings: Settings, store: Store, report: IngestReport) -> list[_Pending]:
    """Load and split every new or changed file; record unchanged and failed ones."""
    from ingest.language import detect_language
    from ingest.loaders import load_document

    manifests: dict[Path, dict[str, dict]] = {}
    pending: list[_Pending] = []
    claimed: dict[str, Path] = {}
    config = split_config(settings)
    for path in files:
        try:
            doc_id = doc_id_for(path)
            if doc_id in claimed:
                raise BadInputError(path, f"has the same report id '{doc_id}' as {claimed[doc_id]}; rename one")
            claimed[doc_id] = path
            content_hash = file_hash(path)
            state = store.document_state(doc_id)
            if state and Path(state[0]).resolve() != path.resolve() and Path(state[0]).exists():
                raise BadInputError(path, f"a different file with report id '{doc_id}' is already stored "
                                          f"({state[0]}); rename this one")
            if state and state[1] == content_hash and state[2] == config:
                report.unchanged.append(doc_id)
                continue
            folder = path.parent
            if folder not in manifests:
                manifests[folder] = read_manifest(folder)
            doc = load_document(path)
            metadata = merge_metadata(doc.metadata, manifests[folder].get(path.name))
            lang = str(metadata.get("language") or detect_language(doc.text))
            metadata["language"] = lang
            title = str(metadata.get("title") or path.stem)
            chunks = split_document(doc, doc_id, content_hash, max_words=settings.chunk_tokens,
                                    overlap_sentences=settings.chunk_overlap, lang=lang, title=title)
            if not chunks:
                raise BadInputError(path, "no passages could be made (no sentences found)")
            record = DocumentRecord(doc_id=doc_id, path=str(path), content_hash=content_hash, title=title,
                                    lang=lang, passages=len(chunks), metadata=metadata)
            pending.append(_Pending(path, record, doc, chunks, is_update=state is not None))
        except ReportQAError as e:
            report.failed.append((str(path), e.reason if isinstance(e, BadInputError) else str(e)))
        except (OSError, MemoryError, RecursionError, ValueError) as e:
            report.failed.append((str(path), f"cannot read: {e}"))
    return pending


def _embed(pending: list[_Pending], embedder: Embedder, settings: Settings, progress: Progress | None,
           report: IngestReport) -> np.ndarray:
    """All new passages embedded in length-sorted slices (less padding), returned in passage order."""
    texts = [embed_text(c) for item in pending for c in item.chunks]
    order = np.argsort([len(t) for t in texts], kind="stable")
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    started = time.perf_counter()
    for i in range(0, len(texts), EMBED_SLICE):
        rows = order[i:i + EMBED_SLICE]
        vectors[rows] = embedder.embed_documents([texts[r] for r in rows], batch_size=settings.embed_batch)
        if progress:
            progress(min(i + EMBED_SLICE, len(texts)), len(texts), "embedding passages")
    report.embed_seconds = time.perf_counter() - started
    return vectors
