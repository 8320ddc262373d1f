"""The store: a SQLite registry of reports and passages (the source of truth), their vectors in Chroma
(embedded or a server) and a BM25 index on disk.

Write protocol, so that a crash at any point leaves a store the next run repairs to a consistent state:
1. new passages' vectors are upserted into Chroma under content-derived ids;
2. one SQLite transaction swaps the document's passages in the registry (the commit point);
3. the old passages' vectors are deleted from Chroma;
4. at the end of the run, BM25 gets the run's passages as a new segment and the replaced ones as
   tombstones (`update_bm25`), committed by swapping its stamp, which names the registry generation.
`reconcile()` deletes vectors the registry doesn't know (crash between 1 and 3) and re-embeds nothing:
a passage in the registry without a vector is impossible because step 2 follows step 1. A BM25 stamp
behind the registry generation (crash before 4) means a full rebuild from the registry.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from ingest.bm25 import Bm25Index
from ingest.embedders import DEFAULT_EMBEDDER
from ingest.errors import StoreError
from ingest.passage import Chunk, DocumentRecord
from ingest.settings import Settings, offline_environment

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL, split_config TEXT NOT NULL,
    title TEXT NOT NULL, lang TEXT NOT NULL, metadata TEXT NOT NULL, text TEXT NOT NULL,
    passages INTEGER NOT NULL, added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
    id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, page INTEGER, section TEXT, lang TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
"""
# Chroma's embedded client accepts up to 5,461 records per call; fewer, bigger calls write faster (about
# 10% at 3,000 than at 300 in eval/bench_scale.py's stores).
CHROMA_WRITE_BATCH = 3000


class Store:
    """Open with `Store.open(settings)`; close with `.close()` or use as a context manager."""

    def __init__(self, settings: Settings, db: sqlite3.Connection):
        self.settings = settings
        self.db = db
        self.lock = threading.RLock()
        self._collection = None
        self._bm25: Bm25Index | None = None
        self._bm25_pending: _Bm25Changes | None = None
        stored = self._meta("embedder")
        if stored and settings.embedder and settings.embedder != stored:
            raise StoreError(
                f"the store in {settings.data_dir} was built with the '{stored}' embedder, not "
                f"'{settings.embedder}'; use another --data-dir for a store with '{settings.embedder}'")
        self.embedder_name = stored or settings.embedder or DEFAULT_EMBEDDER

    # ---- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings) -> Store:
        data_dir = Path(settings.data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(data_dir / "registry.sqlite3", check_same_thread=False, timeout=30,
                                 isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot open the store in {data_dir}: {e}") from e
        return cls(settings, db)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self.lock:
            self.db.close()

    @property
    def collection(self):
        """The Chroma collection, connected on first use (embedded, or the server in settings)."""
        if self._collection is None:
            self._collection = open_collection(self.settings, self.embedder_name, self.store_id())
        return self._collection

    def store_id(self) -> str:
        """This store's identity, kept in its registry and in its Chroma collection's metadata, so that two
        data dirs never share one server collection (each would delete the other's vectors as orphans)."""
        with self.lock:
            found = self._meta("store_id")
            if not found:
                found = uuid.uuid4().hex
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('store_id', ?)", (found,))
                found = self._meta("store_id") or found
        return found

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Exclusive right to change this store, across processes (two ingests never interleave)."""
        path = Path(self.settings.data_dir) / "write.lock"
        with open(path, "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                if not self._meta("embedder"):
                    self._set_meta("embedder", self.embedder_name)
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    # ---- reading -------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        with self.lock:
            rows = self.db.execute(
                "SELECT doc_id, path, content_hash, title, lang, passages, metadata FROM documents "
                "ORDER BY doc_id").fetchall()
        return [DocumentRecord(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]

    def document(self, doc_id: str) -> DocumentRecord | None:
        return next((d for d in self.documents() if d.doc_id == doc_id), None)

    def document_state(self, doc_id: str) -> tuple[str, str, str] | None:
        """(path, content_hash, split_config) of a stored report, or None."""
        with self.lock:
            row = self.db.execute("SELECT path, content_hash, split_config FROM documents WHERE doc_id=?",
                                  (doc_id,)).fetchone()
        return tuple(row) if row else None  # type: ignore[return-value]

    def document_text(self, doc_id: str) -> str | None:
        with self.lock:
            row = self.db.execute("SELECT text FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def passages(self, ids: Sequence[str]) -> dict[str, Chunk]:
        """Passages by id (unknown ids are left out), with their report's title and metadata."""
        out: dict[str, Chunk] = {}
        docs: dict[str, tuple[str, dict]] = {}
        with self.lock:
            for i in range(0, len(ids), 500):
                part = list(ids[i:i + 500])
                marks = ",".join("?" * len(part))
                rows = self.db.execute(
                    f'SELECT p.id, p.doc_id, p.text, p.start, p."end", p.page, p.section, p.lang, d.title, '
                    f"d.metadata FROM passages p JOIN documents d ON d.doc_id = p.doc_id WHERE p.id IN ({marks})",
                    part).fetchall()
                for r in rows:
                    if r[1] not in docs:
                        docs[r[1]] = (r[8], json.loads(r[9]))
                    out[r[0]] = Chunk(id=r[0], doc_id=r[1], text=r[2], start=r[3], end=r[4], page=r[5],
                                      section=r[6], lang=r[7], title=docs[r[1]][0], metadata=docs[r[1]][1])
        return out

    def passage_ids(self, doc_ids: Sequence[str] | None = None) -> list[str]:
        with self.lock:
            if doc_ids is None:
                return [r[0] for r in self.db.execute("SELECT id FROM passages ORDER BY doc_id, seq")]
            marks = ",".join("?" * len(doc_ids))
            return [r[0] for r in self.db.execute(
                f"SELECT id FROM passages WHERE doc_id IN ({marks}) ORDER BY doc_id, seq", list(doc_ids))]

    def passage_count(self) -> int:
        with self.lock:
            return self.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]

    def counts(self) -> dict[str, int]:
        """Passages as each part of the store sees them; all equal in a consistent store."""
        stamp = Bm25Index.read_stamp(self._bm25_dir())
        return {"registry": self.passage_count(), "chroma": self.collection.count(),
                "bm25": int(stamp["count"]) if stamp else 0,
                "documents": len(self.documents())}

    def dense_search(self, vector: np.ndarray, k: int, doc_ids: Sequence[str] | None = None
                     ) -> list[tuple[str, float]]:
        """Top-k (passage id, cosine similarity) from Chroma, optionally only in some reports."""
        n = self.collection.count()
        if n == 0 or k <= 0:
            return []
        where = {"doc_id": {"$in": list(doc_ids)}} if doc_ids else None
        result = self.collection.query(query_embeddings=[vector.tolist()], n_results=min(k, n), where=where,
                                       include=["distances"])
        return [(pid, 1.0 - float(d)) for pid, d in zip(result["ids"][0], result["distances"][0], strict=True)]

    def generation(self) -> str:
        """The registry's generation: it changes whenever a report is added, replaced or removed."""
        return self._meta("generation") or "0"

    def bm25(self) -> Bm25Index:
        """The BM25 index matching the registry; rebuilt first when stale (after a crash)."""
        generation = self.generation()
        if self._bm25 is None or self._bm25.generation != generation:
            index = Bm25Index.load(self._bm25_dir())
            if index is None or index.generation != generation:
                with self.writing():  # a writer mid-run holds this; its update usually makes ours needless
                    generation = self._meta("generation") or "0"
                    index = Bm25Index.load(self._bm25_dir())
                    if index is None or index.generation != generation:
                        index = self.rebuild_bm25()
            self._bm25 = index
        return self._bm25

    # ---- writing (inside `with store.writing():`) -----------------------------------------------
    def replace_document(self, record: DocumentRecord, text: str, split_config: str,
                         chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Store a report's passages, replacing any earlier version, following the write protocol."""
        self.replace_documents([Replacement(record, text, split_config, chunks, vectors)])

    def replace_documents(self, replacements: Sequence[Replacement]) -> None:
        """Store several reports: all their vectors go to Chroma first, in batches of the size it prefers
        (a 300-passage report alone is a small batch), then each report's registry swap commits on its own."""
        for r in replacements:
            if len(r.chunks) != len(r.vectors):
                raise ValueError(f"{len(r.chunks)} passages but {len(r.vectors)} vectors for {r.record.doc_id}")
        old = {r.record.doc_id: set(self.passage_ids([r.record.doc_id])) for r in replacements}
        self._chroma_upsert(replacements)
        for r in replacements:
            self._commit_document(r, old[r.record.doc_id])

    def _commit_document(self, r: Replacement, old_ids: set[str]) -> None:
        record, new = r.record, list(r.chunks)
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute("DELETE FROM passages WHERE doc_id=?", (record.doc_id,))
                self.db.execute("DELETE FROM documents WHERE doc_id=?", (record.doc_id,))
                self.db.execute(
                    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (record.doc_id, record.path, record.content_hash, r.split_config, record.title, record.lang,
                     json.dumps(record.metadata, ensure_ascii=False), r.text, len(new),
                     datetime.now(UTC).isoformat(timespec="seconds")))
                self.db.executemany(
                    "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?,?)",
                    [(c.id, c.doc_id, seq, c.start, c.end, c.page, c.section, c.lang, c.text)
                     for seq, c in enumerate(new)])
                self._bump_generation()
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        stale = sorted(old_ids - {c.id for c in new})
        self._note_bm25_change([c.id for c in new if c.id not in old_ids], stale)
        if stale:
            self._chroma_delete(stale)

    def remove(self, doc_id: str) -> bool:
        """Delete a report everywhere. Returns False when it was not stored."""
        with self.writing():
            ids = self.passage_ids([doc_id])
            with self.lock:
                self.db.execute("BEGIN IMMEDIATE")
                if self.db.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,)).rowcount == 0:
                    self.db.execute("ROLLBACK")
                    return False
                self.db.execute("DELETE FROM passages WHERE doc_id=?", (doc_id,))
                self._bump_generation()
                self.db.execute("COMMIT")
            self._note_bm25_change([], ids)
            self._chroma_delete(ids)
            self.update_bm25()
        return True

    def copy_vectors_to(self, target: Settings, progress: Callable[[int, int], None] | None = None) -> int:
        """Copy every vector (with its metadata) of this store's Chroma into the collection `target` names,
        e.g. a Chroma server; no passage is embedded again. Upserts, so an interrupted copy can be rerun.
        Returns how many of this store's passages the target holds afterwards (all, unless it failed)."""
        destination = open_collection(target, self.embedder_name, self.store_id())
        ids, done = self.passage_ids(), 0
        for part in _batches(ids):
            got = self.collection.get(ids=part, include=["embeddings", "metadatas"])
            if len(got["ids"]) != len(part):
                missing = sorted(set(part) - set(got["ids"]))
                raise StoreError(f"{len(missing)} passages have no vector in {self.settings.data_dir}/chroma "
                                 f"(e.g. {missing[0]}); run `reportqa ingest` on this store first to repair it")
            destination.upsert(ids=got["ids"], embeddings=got["embeddings"], metadatas=got["metadatas"])
            done += len(part)
            if progress:
                progress(done, len(ids))
        return sum(len(destination.get(ids=part, include=[])["ids"]) for part in _batches(ids))

    def reconcile(self) -> dict[str, int]:
        """Repair what an interrupted run left: vectors the registry doesn't know, a stale BM25 index."""
        fixed = {"orphan_vectors": 0, "bm25_rebuilt": 0}
        if self.collection.count() != self.passage_count():  # only then list ids (costly at 10^6)
            known = set(self.passage_ids())
            orphans = [pid for pid in self._chroma_ids() if pid not in known]
            self._chroma_delete(orphans)
            fixed["orphan_vectors"] = len(orphans)
        stamp = Bm25Index.read_stamp(self._bm25_dir())
        if stamp is None or stamp["generation"] != (self._meta("generation") or "0"):
            self.rebuild_bm25()
            # a new, empty store simply has no index yet: that is not a repair
            fixed["bm25_rebuilt"] = int(stamp is not None or self.passage_count() > 0)
        return fixed

    def rebuild_bm25(self) -> Bm25Index:
        """BM25 from scratch from the registry (after a crash, or when changes weren't tracked): O(passages)."""
        with self.lock:
            generation = self._meta("generation") or "0"
            rows = self.db.execute(
                "SELECT p.id, COALESCE(p.section, '') || char(10) || p.text, p.lang "
                "FROM passages p ORDER BY p.doc_id, p.seq").fetchall()
        index = Bm25Index.build([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], generation)
        index.save(self._bm25_dir())
        self._bm25 = index
        self._bm25_pending = None
        return index

    def update_bm25(self) -> Bm25Index:
        """Bring BM25 up to the registry: the passages this Store wrote since the index's generation go in
        as a new segment, the ones it replaced become tombstones; O(changed passages), not O(store).
        Falls back to `rebuild_bm25` when the changes are not all known (another writer, a crash)."""
        with self.lock:
            generation = self._meta("generation") or "0"
            pending, self._bm25_pending = self._bm25_pending, None
            index = self._bm25 if self._bm25 is not None else Bm25Index.load(self._bm25_dir())
            if index is not None and index.generation == generation and pending is None:
                return index
            if (pending is None or index is None or not pending.valid or index.generation != pending.base
                    or pending.expected != generation):
                return self.rebuild_bm25()
            added = sorted(pending.added)
            rows: list[tuple[str, str, str]] = []
            for i in range(0, len(added), 500):
                part = added[i:i + 500]
                rows += self.db.execute(
                    "SELECT p.id, COALESCE(p.section, '') || char(10) || p.text, p.lang FROM passages p "
                    f"WHERE p.id IN ({','.join('?' * len(part))}) ORDER BY p.doc_id, p.seq", part).fetchall()
        index = index.updated([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                              pending.removed, generation)
        index.save(self._bm25_dir())
        self._bm25 = index
        return index

    def _note_bm25_change(self, added: Sequence[str], removed: Sequence[str]) -> None:
        """Remember what a committed write changed, for `update_bm25` (in memory: a crash loses it, and the
        stamp left behind the registry generation then asks for a rebuild)."""
        generation = int(self._meta("generation") or "0")
        pending = self._bm25_pending
        if pending is None:
            pending = self._bm25_pending = _Bm25Changes(base=str(generation - 1), expected=str(generation - 1))
        if str(generation - 1) != pending.expected:
            pending.valid = False  # someone else wrote in between
        pending.expected = str(generation)
        for pid in removed:
            if pid in pending.added:
                pending.added.discard(pid)
            else:
                pending.removed.add(pid)
        pending.added.update(added)

    # ---- internals -----------------------------------------------------------------------------
    def _bm25_dir(self) -> Path:
        return Path(self.settings.data_dir) / "bm25"

    def _meta(self, key: str) -> str | None:
        with self.lock:
            row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        with self.lock:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _bump_generation(self) -> None:
        generation = int(self._meta("generation") or "0") + 1
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))

    def _chroma_upsert(self, replacements: Sequence[Replacement]) -> None:
        ids: list[str] = []
        metadatas: list[dict] = []
        for r in replacements:
            year = r.record.metadata.get("year")
            meta = {"doc_id": r.record.doc_id, "lang": r.record.lang,
                    "year": int(str(year)) if str(year).isdigit() else -1}
            ids += [c.id for c in r.chunks]
            metadatas += [meta] * len(r.chunks)
        if not ids:
            return
        vectors = np.concatenate([np.asarray(r.vectors, dtype=np.float32) for r in replacements if len(r.chunks)])
        for i in range(0, len(ids), CHROMA_WRITE_BATCH):
            part = slice(i, i + CHROMA_WRITE_BATCH)
            self.collection.upsert(ids=ids[part], embeddings=vectors[part], metadatas=metadatas[part])

    def _chroma_delete(self, ids: Sequence[str]) -> None:
        for part in _batches(ids):
            self.collection.delete(ids=part)

    def _chroma_ids(self) -> list[str]:
        ids: list[str] = []
        offset, page = 0, 10000
        while True:
            got = self.collection.get(include=[], limit=page, offset=offset)["ids"]
            ids.extend(got)
            if len(got) < page:
                return ids
            offset += page


def _batches(ids: Sequence[str]) -> Iterator[list[str]]:
    """`ids` in lists of at most CHROMA_WRITE_BATCH, the size Chroma's calls take well."""
    for i in range(0, len(ids), CHROMA_WRITE_BATCH):
        yield list(ids[i:i + CHROMA_WRITE_BATCH])


@dataclass(frozen=True)
class Replacement:
    """One report to store: its record, full text, split configuration, passages and their vectors."""

    record: DocumentRecord
    text: str
    split_config: str
    chunks: Sequence[Chunk]
    vectors: np.ndarray


@dataclass
class _Bm25Changes:
    """Passages added to and removed from the registry since BM25 generation `base`."""

    base: str
    expected: str  # the registry generation after the last change noted
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    valid: bool = True


# Opening Chroma clients from two threads at once (the web chat reloading its store while an upload is
# ingested) risks the same CPython 3.11.7 bug as ingest.bm25 ("AST constructor recursion depth mismatch")
# inside the libraries' start-up; opening one at a time costs nothing measurable.
_OPENING = threading.Lock()


def open_collection(settings: Settings, embedder_name: str, store_id: str | None = None):
    """The Chroma collection of this store (created with cosine space), embedded or on a server."""
    with _OPENING:
        return _open_collection(settings, embedder_name, store_id)


def _open_collection(settings: Settings, embedder_name: str, store_id: str | None):
    offline_environment()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_host:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                         settings=chroma_settings)
            client.heartbeat()
        else:
            client = chromadb.PersistentClient(path=str(Path(settings.data_dir) / "chroma"),
                                               settings=chroma_settings)
        collection = client.get_or_create_collection(
            settings.collection, embedding_function=None,
            configuration={"hnsw": {"space": "cosine", "ef_construction": 128, "ef_search": 96,
                                    "max_neighbors": 24}},
            metadata={"embedder": embedder_name, **({"store": store_id} if store_id else {})})
    except Exception as e:  # chromadb raises many kinds; the user needs the where and the why
        where = (f"Chroma server {settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host
                 else f"{settings.data_dir}/chroma")
        raise StoreError(f"cannot open the vector store at {where}: {e}") from e
    owner = (collection.metadata or {}).get("store")
    if settings.chroma_host and store_id and owner and owner != store_id:
        raise StoreError(f"Chroma collection '{settings.collection}' on {settings.chroma_host}:{settings.chroma_port} "
                         f"belongs to another store, not the one in {settings.data_dir}; give this store its own "
                         f"collection with --collection NAME (or $REPORTQA_COLLECTION)")
    stored = (collection.metadata or {}).get("embedder")
    if stored and stored != embedder_name:
        raise StoreError(f"Chroma collection '{settings.collection}' holds '{stored}' vectors, "
                         f"not '{embedder_name}'; use another --collection NAME or data dir")
    return collection
