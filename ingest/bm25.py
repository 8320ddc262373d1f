"""A BM25 index over the passages (Snowball stemmers), kept as segments on disk so it grows without rebuilds.

Each ingestion run adds one small segment (raw term frequencies, term-major, memory-mapped) and marks the
passages it replaced as deleted (tombstones); small segments are merged into bigger ones as they pile up.
Queries score every segment with GLOBAL statistics (document frequencies and average length summed over
the live passages of all segments), so scores equal those of one index built over the same passages.

On disk (`bm25/`): `seg-*/` folders and `tomb-*.json` files, and `stamp.json`, which names the segments and
tombstones in use and the registry generation they match. New files are written first, under new names;
replacing the stamp is the commit point, so a crash leaves the old or the new set, never a mix.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ingest.language import snowball_stemmer

# np.load parses each .npy header with ast.literal_eval; on CPython 3.11.7 two threads parsing at once
# can fail with "SystemError: AST constructor recursion depth mismatch" (a CPython bug), which the
# web chat hit when one user's upload reloaded the index while others asked. Headers are read one at a time.
_NPY_HEADERS = threading.Lock()

_TOKEN = re.compile(r"\w+", re.UNICODE)
STAMP = "stamp.json"
FORMAT = 3  # 3: English -ize spellings indexed as -ise
K1, B = 1.5, 0.75  # bm25s defaults (Lucene variant), which the first version of this index used
MERGE_RATIO = 4  # merge the newest segment into the one before while that one is at most 4x bigger
MAX_MERGED = 250_000  # passages: bigger segments are left alone (their merge would cost an add seconds)
MAX_DEAD_SHARE = 0.25  # a segment with more deleted rows than this is rewritten at the next update


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
    text = text.lower()
    if lang == "en" and "iz" in text:
        text = british(text)
    words = [w for w in _TOKEN.findall(text) if w not in _stopwords(lang)]
    return snowball_stemmer(lang).stemWords(words)


_IZE = re.compile(r"(?<=\w\w)iz(e|es|ed|ing|ation|ations|er|ers)\b")


def british(text: str) -> str:
    """One spelling for -ise/-ize, which reports mix ("organizations" 20 times beside "organisations"):
    Snowball stems "organization" to "organ" but "organisation" to "organis". Lower-case text.

    >>> british("organizations"), british("recognized"), british("citizen")
    ('organisations', 'recognised', 'citizen')
    """
    return _IZE.sub(r"is\1", text)


def tokenize_query(text: str, langs: Sequence[str]) -> list[str]:
    """Query terms stemmed in every language of the index (the query's language is often unclear)."""
    terms: list[str] = []
    for lang in dict.fromkeys(langs or ["en"]):
        for t in tokenize(text, lang):
            if t not in terms:
                terms.append(t)
    return terms


@dataclass
class Segment:
    """Term frequencies of some passages, term-major: rows[indptr[c]:indptr[c+1]] contain term c."""

    name: str
    ids: list[str]
    terms: list[str]
    indptr: np.ndarray  # int64, len(terms) + 1
    rows: np.ndarray  # int32
    tf: np.ndarray  # float32
    doc_len: np.ndarray  # float32, one per row
    saved: bool = False

    def __post_init__(self) -> None:
        self.col = {t: c for c, t in enumerate(self.terms)}

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_tokens(cls, ids: Sequence[str], tokens: Sequence[Sequence[str]]) -> Segment:
        vocab: dict[str, int] = {}
        row_parts: list[int] = []
        col_parts: list[int] = []
        tf_parts: list[int] = []
        for row, words in enumerate(tokens):
            counts: dict[int, int] = {}
            for w in words:
                c = vocab.setdefault(w, len(vocab))
                counts[c] = counts.get(c, 0) + 1
            row_parts.extend([row] * len(counts))
            col_parts.extend(counts)
            tf_parts.extend(counts.values())
        doc_len = np.array([len(w) for w in tokens], dtype=np.float32)
        return cls._from_triples(_new_name(), list(ids), list(vocab), np.array(row_parts, dtype=np.int32),
                                 np.array(col_parts, dtype=np.int64), np.array(tf_parts, dtype=np.float32), doc_len)

    @classmethod
    def _from_triples(cls, name: str, ids: list[str], terms: list[str], rows: np.ndarray, cols: np.ndarray,
                      tf: np.ndarray, doc_len: np.ndarray) -> Segment:
        order = np.lexsort((rows, cols))
        counts = np.bincount(cols, minlength=len(terms)) if len(terms) else np.zeros(0, dtype=np.int64)
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        return cls(name, ids, terms, indptr, rows[order].astype(np.int32), tf[order].astype(np.float32), doc_len)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        c = self.col.get(term)
        if c is None:
            return None
        lo, hi = int(self.indptr[c]), int(self.indptr[c + 1])
        return self.rows[lo:hi], self.tf[lo:hi]

    def save(self, directory: Path) -> None:
        folder = directory / self.name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for key in ("indptr", "rows", "tf", "doc_len"):
            np.save(folder / f"{key}.npy", getattr(self, key))
        (folder / "ids.json").write_text(json.dumps(self.ids))
        (folder / "terms.json").write_text(json.dumps(self.terms, ensure_ascii=False))
        _fsync_dir(folder)
        self.saved = True

    @classmethod
    def load(cls, directory: Path, name: str) -> Segment:
        folder = directory / name
        with _NPY_HEADERS:
            arrays = {key: np.load(folder / f"{key}.npy", mmap_mode="r") for key in ("indptr", "rows", "tf", "doc_len")}
        return cls(name, json.loads((folder / "ids.json").read_text()),
                   json.loads((folder / "terms.json").read_text()), saved=True, **arrays)


def merge_segments(segments: Sequence[Segment], dead: dict[str, set[int]]) -> Segment:
    """One segment holding the live rows of `segments`, in order."""
    terms: dict[str, int] = {}
    ids: list[str] = []
    rows_out, cols_out, tf_out, len_out = [], [], [], []
    for seg in segments:
        keep = np.ones(len(seg), dtype=bool)
        keep[list(dead.get(seg.name, ()))] = False
        new_row = np.full(len(seg), -1, dtype=np.int64)
        new_row[keep] = np.arange(int(keep.sum())) + len(ids)
        ids.extend(pid for pid, k in zip(seg.ids, keep, strict=True) if k)
        len_out.append(np.asarray(seg.doc_len)[keep])
        col_map = np.array([terms.setdefault(t, len(terms)) for t in seg.terms], dtype=np.int64)
        cols = np.repeat(col_map, np.diff(np.asarray(seg.indptr)))
        rows = new_row[np.asarray(seg.rows)]
        alive = rows >= 0
        rows_out.append(rows[alive])
        cols_out.append(cols[alive])
        tf_out.append(np.asarray(seg.tf)[alive])
    rows = np.concatenate(rows_out) if rows_out else np.zeros(0, dtype=np.int64)
    cols = np.concatenate(cols_out) if cols_out else np.zeros(0, dtype=np.int64)
    used = np.unique(cols)  # drop terms only dead rows had
    term_list = list(terms)
    remap = np.full(len(term_list), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return Segment._from_triples(_new_name(), ids, [term_list[c] for c in used], rows, remap[cols],
                                 np.concatenate(tf_out) if tf_out else np.zeros(0, dtype=np.float32),
                                 np.concatenate(len_out) if len_out else np.zeros(0, dtype=np.float32))


class Bm25Index:
    """Scores passages for a query. Row i of a score array or `allowed` mask is passage `row_ids[i]`
    (deleted rows included, never returned); `ids` lists the live passages."""

    def __init__(self, segments: list[Segment], dead: dict[str, set[int]], langs: list[str], generation: str):
        self.segments = segments
        self.dead = {name: set(rows) for name, rows in dead.items() if rows}
        self.langs = langs
        self.generation = generation
        self.offsets = np.cumsum([0] + [len(s) for s in segments])
        self.alive = np.ones(int(self.offsets[-1]), dtype=bool)
        for s, start in zip(segments, self.offsets, strict=False):
            rows = list(self.dead.get(s.name, ()))
            self.alive[np.asarray(rows, dtype=np.int64) + start] = False
        self.n = int(self.alive.sum())
        total_len = sum(float(np.asarray(s.doc_len, dtype=np.float64).sum()) for s in segments)
        dead_len = sum(float(np.asarray(s.doc_len)[list(self.dead.get(s.name, ()))].sum()) for s in segments)
        self.avgdl = (total_len - dead_len) / self.n if self.n else 1.0
        self._ids: list[str] | None = None
        self._row_of: dict[str, int] | None = None

    # ---- building ------------------------------------------------------------------------------
    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str], langs: Sequence[str], generation: str) -> Bm25Index:
        segments = [_segment(ids, texts, langs)] if len(ids) else []
        return cls(segments, {}, sorted(set(langs)), generation)

    def updated(self, ids: Sequence[str], texts: Sequence[str], langs: Sequence[str], removed: Iterable[str],
                generation: str) -> Bm25Index:
        """A new index: this one with `removed` passages deleted and `ids` added as a new segment (then
        small segments merged). The passages' raw statistics are kept, so no other segment is rebuilt."""
        dead = {name: set(rows) for name, rows in self.dead.items()}
        row_of = self.row_of
        for pid in [*removed, *ids]:  # re-adding a live id replaces its row
            row = row_of.get(pid)
            if row is not None:
                seg = int(np.searchsorted(self.offsets, row, side="right")) - 1
                dead.setdefault(self.segments[seg].name, set()).add(row - int(self.offsets[seg]))
        segments = list(self.segments)
        if len(ids):
            segments.append(_segment(ids, texts, langs))
        segments = _compact(segments, dead)
        live_names = {s.name for s in segments}
        dead = {name: rows for name, rows in dead.items() if name in live_names}
        return Bm25Index(segments, dead, sorted(set(self.langs) | set(langs)), generation)

    # ---- saving and loading ----------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        """Write new segments and tombstones under new names, then swap the stamp (the commit point),
        then delete what the old stamp used and the new one doesn't."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        for seg in self.segments:
            if not seg.saved or not (directory / seg.name).is_dir():
                seg.save(directory)
        tombs = None
        if self.dead:
            tombs = f"tomb-{uuid.uuid4().hex[:12]}.json"
            _write_durably(directory / tombs, json.dumps({k: sorted(v) for k, v in self.dead.items()}))
        stamp = {"format": FORMAT, "generation": self.generation, "langs": self.langs, "count": self.n,
                 "segments": [s.name for s in self.segments], "tombstones": tombs}
        _write_durably(directory / (STAMP + ".tmp"), json.dumps(stamp))
        os.replace(directory / (STAMP + ".tmp"), directory / STAMP)
        _fsync_path(directory)
        keep = {STAMP, *(s.name for s in self.segments), *([tombs] if tombs else [])}
        for path in directory.iterdir():
            if path.name not in keep:
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)

    @staticmethod
    def read_stamp(directory: Path) -> dict | None:
        try:
            stamp = json.loads((Path(directory) / STAMP).read_text())
        except (OSError, ValueError):
            return None
        return stamp if isinstance(stamp, dict) and stamp.get("format") == FORMAT else None

    @classmethod
    def load(cls, directory: Path) -> Bm25Index | None:
        """The saved index (segments memory-mapped), or None when there is none or it is unreadable."""
        directory = Path(directory)
        for _ in range(3):  # a writer may swap the stamp and delete old segments while we read
            stamp = cls.read_stamp(directory)
            if stamp is None:
                return None
            try:
                segments = [Segment.load(directory, name) for name in stamp["segments"]]
                dead = json.loads((directory / stamp["tombstones"]).read_text()) if stamp["tombstones"] else {}
            except (OSError, ValueError, KeyError):
                continue
            return cls(segments, {k: set(v) for k, v in dead.items()}, stamp.get("langs", ["en"]),
                       stamp["generation"])
        return None

    # ---- reading ---------------------------------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        """The live passages, in row order."""
        if self._ids is None:
            self._ids = [pid for seg, start in zip(self.segments, self.offsets, strict=False)
                         for pid, ok in zip(seg.ids, self.alive[start:start + len(seg)], strict=True) if ok]
        return self._ids

    @property
    def row_ids(self) -> list[str]:
        return [pid for seg in self.segments for pid in seg.ids]

    @property
    def row_of(self) -> dict[str, int]:
        if self._row_of is None:
            row_of: dict[str, int] = {}
            for seg, start in zip(self.segments, self.offsets, strict=False):
                alive = self.alive[start:start + len(seg)]
                row_of.update((pid, int(start) + i) for i, pid in enumerate(seg.ids) if alive[i])
            self._row_of = row_of
        return self._row_of

    def __len__(self) -> int:
        return self.n

    def has_term(self, term: str) -> bool:
        return any(term in seg.col for seg in self.segments)

    @property
    def vocab_dict(self) -> _Vocabulary:
        return _Vocabulary(self)

    @property
    def retriever(self) -> Bm25Index | None:
        """Compatibility: callers that read `index.retriever.vocab_dict` (the bm25s-based first version)."""
        return self if self.n else None

    def doc_freq(self, term: str) -> int:
        """Live passages containing `term`, over all segments."""
        df = 0
        for seg, start in zip(self.segments, self.offsets, strict=False):
            post = seg.postings(term)
            if post is not None:
                df += int(self.alive[np.asarray(post[0], dtype=np.int64) + start].sum()) if self.dead else len(post[0])
        return df

    def passages_with(self, term: str) -> list[str]:
        """Ids of the live passages containing the stemmed `term`."""
        out: list[str] = []
        for seg, start in zip(self.segments, self.offsets, strict=False):
            post = seg.postings(term)
            if post is not None:
                out.extend(seg.ids[int(r)] for r in post[0] if self.alive[int(r) + start])
        return out

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term (unknown terms count as rare)."""
        if self.n == 0:
            return 1.0
        df = self.doc_freq(term)
        return float(np.log(1.0 + (self.n - df + 0.5) / (df + 0.5)))

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every row (deleted rows score 0) for stemmed query `terms`."""
        out = np.zeros(len(self.alive), dtype=np.float32)
        for term in dict.fromkeys(terms):
            idf = self.idf(term)
            for seg, start in zip(self.segments, self.offsets, strict=False):
                post = seg.postings(term)
                if post is None:
                    continue
                rows, tf = post
                norm = K1 * ((1.0 - B) + B * np.asarray(seg.doc_len)[rows] / self.avgdl)
                out[rows.astype(np.int64) + start] += (idf * tf / (norm + tf)).astype(np.float32)
        if self.dead:
            out *= self.alive
        return out

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top-k (passage id, score) with score > 0; `allowed` is a 0/1 mask over rows (see `mask_for`)."""
        if self.n == 0 or k <= 0:
            return []
        terms = [t for t in tokenize_query(query, self.langs) if self.has_term(t)]
        if not terms:
            return []
        scores = self.scores(terms)
        if allowed is not None:
            scores = scores * allowed
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self._row_id(int(i)), float(scores[i])) for i in top if scores[i] > 0]

    def mask_for(self, passage_ids: set[str]) -> np.ndarray:
        mask = np.zeros(len(self.alive), dtype=np.float32)
        for pid in passage_ids:
            row = self.row_of.get(pid)
            if row is not None:
                mask[row] = 1.0
        return mask

    def _row_id(self, row: int) -> str:
        seg = int(np.searchsorted(self.offsets, row, side="right")) - 1
        return self.segments[seg].ids[row - int(self.offsets[seg])]


class _Vocabulary:
    """`term in index.vocab_dict` over all segments (what the bm25s `vocab_dict` offered)."""

    def __init__(self, index: Bm25Index):
        self.index = index

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.index.has_term(term)

    def __len__(self) -> int:
        return len(self._terms())

    def __bool__(self) -> bool:
        return any(len(seg.terms) for seg in self.index.segments)

    def __iter__(self) -> Iterator[str]:
        """Each term once, over all segments."""
        return iter(self._terms())

    def _terms(self) -> set[str]:
        return set().union(*(seg.col for seg in self.index.segments))


def _segment(ids: Sequence[str], texts: Sequence[str], langs: Sequence[str]) -> Segment:
    return Segment.from_tokens(ids, [tokenize(t, lang) or ["_"] for t, lang in zip(texts, langs, strict=True)])


def _compact(segments: list[Segment], dead: dict[str, set[int]]) -> list[Segment]:
    """Merge the newest segment into the previous one while that one is not much bigger (so there are
    O(log n) segments and each passage is rewritten O(log n) times), and rewrite mostly-deleted segments."""
    def live(seg: Segment) -> int:
        return len(seg) - len(dead.get(seg.name, ()))

    segments = [s for s in segments if live(s) > 0]
    while (len(segments) >= 2 and live(segments[-2]) <= MERGE_RATIO * live(segments[-1])
           and live(segments[-2]) + live(segments[-1]) <= MAX_MERGED):
        segments[-2:] = [merge_segments(segments[-2:], dead)]
    return [merge_segments([s], dead) if len(dead.get(s.name, ())) > MAX_DEAD_SHARE * len(s) else s
            for s in segments]


def _new_name() -> str:
    return f"seg-{uuid.uuid4().hex[:12]}"


def _write_durably(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    for path in directory.iterdir():
        with open(path, "rb") as f:
            os.fsync(f.fileno())
    _fsync_path(directory)
