"""Hybrid retrieval: dense (Chroma) and BM25 candidates fused by reciprocal rank, near-duplicates collapsed."""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from ingest.bm25 import Bm25Index, tokenize, tokenize_query
from ingest.settings import Settings
from ingest.store import DocumentRecord, Store
from qa.composer import PASSAGES_READ, best_sentence_coverage
from qa.question import question_language, question_parts, split_resolved, topic_words
from qa.reports import named_reports
from qa.result import Hit
from qa.synonyms import widen

RRF_K = 60
RERANK_WEIGHT = 0.6  # weight of the best sentence's term coverage against the normalised fused score
DUPLICATE_OVERLAP = 0.6  # share of word 5-grams two passages must share to count as the same text
# A question naming a report ("according to the openDemocracy article") also ranks that report's passages
# alone, fused at this share of the mean of the dense and BM25 weights (0.3: on the eleven evaluation sets
# hit@1 +1, hit@5 +1, one wrong refusal fewer; at 0.6 and 1.0 answers were lost)
NAMED_REPORT_WEIGHT = 0.3
# Where BM25's best passage goes when the fusion left it out (0-based; the composer reads the first six):
# on the thirteen evaluation sets, at 3 one more answer and one more refusal, at 5 one more answer, none lost
LEXICAL_BEST_AT = 3


def fuse_rankings(rankings: Sequence[Sequence[str]], weights: Sequence[float], k: int = RRF_K
                  ) -> list[tuple[str, float]]:
    """Reciprocal-rank fusion: score(id) = sum of weight / (k + rank) over the lists it appears in.

    >>> fuse_rankings([["a", "b"], ["b", "c"]], [1.0, 1.0])[0][0]
    'b'
    """
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, pid in enumerate(ranking, start=1):
            scores[pid] = scores.get(pid, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def retrieve(store: Store, query: str, query_vector: np.ndarray | None, settings: Settings,
             doc_ids: Sequence[str] | None = None, k: int | None = None) -> list[Hit]:
    """The best `k` passages for `query`, best first, with near-duplicates folded into `also_in`."""
    k = k or settings.top_k
    # a question in another language than the reports ("Hoeveel asielzoekers ...?" on English reports): its words
    # match only stray quotes in that language (Dutch titles in footnotes), so the multilingual dense ranking alone
    # decides, and BM25 is not searched; on 16 Dutch and French questions (eval/multilingual.jsonl, e5 store)
    # hit@1 .31 -> .69
    cross = settings.retrieval == "hybrid" and query_vector is not None and _other_language(query, store)
    dense, lexical = _search(store, query, query_vector, replace(settings, retrieval="dense") if cross else settings,
                             doc_ids)
    rankings: list[list[str]] = []
    weights: list[float] = []
    for ranking, weight in ((dense, settings.dense_weight), (lexical, settings.bm25_weight)):
        if ranking is not None:
            rankings.append(list(ranking))
            weights.append(weight)
    named = [] if doc_ids else named_reports(query, _documents(store))
    named_best = None  # the best passage of the reports named, by their own ranking
    if named and NAMED_REPORT_WEIGHT > 0:
        alone = [list(r) for r in _search(store, query, query_vector, settings, named) if r is not None]
        rankings.append([pid for pid, _ in fuse_rankings(alone, [1.0] * len(alone))])
        named_best = rankings[-1][0] if rankings[-1] else None
        # a question in another language: the dense ranking alone is flat (e5 puts most passages within 0.03 of
        # each other), so the report it names weighs as much as that ranking
        weights.append(settings.dense_weight if cross
                       else NAMED_REPORT_WEIGHT * (settings.dense_weight + settings.bm25_weight) / 2)
    fused = fuse_rankings(rankings, weights)
    chunks = store.passages([pid for pid, _ in fused[: k * 3]])
    hits = [Hit(chunks[pid], score, dense=(dense or {}).get(pid)) for pid, score in fused[: k * 3] if pid in chunks]
    hits = collapse_duplicates(hits)
    if settings.retrieval == "hybrid" and not cross:
        hits = _with_lexical_best(rerank_by_sentence(hits, query, store.bm25()), lexical, fused, store, k)
        hits = _with_part_bests(hits, query, store, doc_ids, fused)
        hits = _with_rare_word(hits, query, store, lexical, fused)
    if named:  # the composer prefers their sentences
        hits = [replace(h, named=any(c.doc_id in named for c in (h.chunk, *h.also_in))) for h in hits]
        at = min(k, PASSAGES_READ) - 1
        if named_best and at >= 0 and not any(h.named for h in hits[:k]):
            # the report named is read, if only its best passage, the last of those the composer reads: "What do
            # Yar and Laurentsyeva write about Ghent's Reno-boat?" finds the boat in another report only, and the
            # composer can say so
            hits = _placed(hits, named_best, fused, store, k, at)
            hits[at] = replace(hits[at], named=True)
    return hits[:k]


def _with_lexical_best(hits: list[Hit], lexical: list[str] | None, fused: list[tuple[str, float]],
                       store: Store, k: int) -> list[Hit]:
    """BM25's best passage gets a place among the first `k` when the fusion left it out: with the dense weight
    at 2, a passage only BM25 finds scores at most 1/61, below every one of the dense candidates. It keeps its
    fused score, so the JSON shows how the fusion rated it."""
    return _placed(hits, lexical[0], fused, store, k, LEXICAL_BEST_AT) if lexical else hits


def _placed(hits: list[Hit], best: str, fused: list[tuple[str, float]], store: Store, among: int, at: int
            ) -> list[Hit]:
    """`hits` with passage `best` moved or added at position `at`, unless it (or a duplicate folded into one) is
    among the first `among` already. It keeps its fused score."""
    if any(best == h.chunk.id or any(best == c.id for c in h.also_in) for h in hits[:among]):
        return hits
    chunk = store.passages([best]).get(best)
    if chunk is None:
        return hits
    rest = [h for h in hits if h.chunk.id != best]
    score = next((s for pid, s in fused if pid == best), 0.0)
    return rest[:at] + [Hit(chunk, score)] + rest[at:]


def _with_part_bests(hits: list[Hit], query: str, store: Store, doc_ids: Sequence[str] | None,
                     fused: list[tuple[str, float]]) -> list[Hit]:
    """A question of several parts ("what share of first residence permits are for family reunification, and
    what income is required?") gets BM25's best passage for each part among the passages the composer reads,
    when the whole question's ranking left it out: each part may be told in another report."""
    parts = question_parts(split_resolved(query)[0])
    if len(parts) < 2:
        return hits
    index = store.bm25()
    allowed = index.mask_for(set(store.passage_ids(doc_ids))) if doc_ids else None
    for n, part in enumerate(parts):
        if _POINTS_BACK.search(part):
            # "when did they start", "why is it considered so hard": the rest of the question says what
            if n and hits:
                hits = _with_passage_after(hits, part, store, index, fused)
            continue
        words = topic_words(part).strip()
        known = {t for t in tokenize_query(words, index.langs) if index.has_term(t)}
        if sum(index.idf(t) for t in known) < PART_MIN_IDF:
            continue  # "how did the federal government respond": too little of its own to find the passage by
        found = index.search(widen(words), 1, allowed)
        if found:
            hits = _placed(hits, found[0][0], fused, store, PASSAGES_READ, PART_BEST_AT)
    return hits


def _with_passage_after(hits: list[Hit], part: str, store: Store, index: Bm25Index,
                        fused: list[tuple[str, float]]) -> list[Hit]:
    """A later part that points back ("Who chaired the temporary commission ..., and what did it recommend for
    people staying in the country irregularly?") may be told in the passage after the best one, which the whole
    question's words did not find: the one of the next PASSAGES_AFTER that BM25 finds for the part's words gets a
    place among the passages the composer reads."""
    best = hits[0].chunk
    ids = store.passage_ids([best.doc_id])
    if best.id not in ids:
        return hits
    at = ids.index(best.id)
    found = index.search(widen(topic_words(part)), 1, index.mask_for(set(ids[at + 1:at + 1 + PASSAGES_AFTER])))
    return _placed(hits, found[0][0], fused, store, PASSAGES_READ, PART_BEST_AT) if found else hits


PASSAGES_AFTER = 2


def _with_rare_word(hits: list[Hit], query: str, store: Store, lexical: list[str] | None,
                    fused: list[tuple[str, float]]) -> list[Hit]:
    """A word of the question the reports use in one passage only (or in one repeated by another report): "through
    which eurocities group does ghent swap experiences ...?" names the one passage on "the Eurocities working group
    Migration & Integration", which the rest of its words, common ones, left out. When none of the passages the
    composer reads holds such a word, the one BM25 ranks best of those that do gets a place among them."""
    if not lexical or not hits:
        return hits
    index = store.bm25()
    read = {c.id for h in hits[:PASSAGES_READ] for c in (h.chunk, *h.also_in)}
    best = lexical[:RARE_WORD_LEXICAL_AT]
    for word in dict.fromkeys(_WORD.findall(topic_words(query))):
        term = tokenize(word, question_language(query))
        holding = index.passages_with(term[0]) if term else []
        if not 0 < len(holding) <= RARE_WORD_PASSAGES or read.intersection(holding):
            continue
        for pid in best:
            chunk = store.passages([pid]).get(pid) if pid in holding else None
            # a name the reports write with a capital ("Eurocities"), however the question writes it
            if chunk and re.search(rf"\b{re.escape(word[0].upper() + word[1:].lower())}", chunk.text):
                return _placed(hits, pid, fused, store, PASSAGES_READ, PART_BEST_AT)
    return hits


RARE_WORD_PASSAGES = 2  # the passages a word may be in to be rare (a paragraph repeated by another report)
RARE_WORD_LEXICAL_AT = 3  # how high BM25 must rank the passage holding it
_WORD = re.compile(r"[A-Za-z][\w-]{3,}")


# the summed idf of the reports' words a part must have to be searched on its own (on the 31 sets: parts of
# 6.5 to 10.4 brought off-topic passages, parts of 12 and more the passage of a fact the whole question missed)
PART_MIN_IDF = 12.0
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|him|his|her|there)\b", re.I)
PART_BEST_AT = 4


# store -> (registry generation, its reports)
_DOCUMENTS: weakref.WeakKeyDictionary[Store, tuple[str, list[DocumentRecord]]] = weakref.WeakKeyDictionary()


def _documents(store: Store) -> list[DocumentRecord]:
    """The store's reports, read again only when the registry changed (its generation): a question should not
    read every report's metadata."""
    generation = store.generation()
    cached = _DOCUMENTS.get(store)
    if cached is None or cached[0] != generation:
        cached = _DOCUMENTS[store] = (generation, store.documents())
    return cached[1]


def _other_language(query: str, store: Store) -> bool:
    """Is the question in a language none of the reports is written in?"""
    langs = {record.lang for record in _documents(store)}
    return bool(langs) and question_language(query) not in langs


def _search(store: Store, query: str, query_vector: np.ndarray | None, settings: Settings,
            doc_ids: Sequence[str] | None) -> tuple[dict[str, float] | None, list[str] | None]:
    """The dense candidates (id -> similarity) and the BM25 ranking, each None when the settings leave it out."""
    dense = lexical = None
    if settings.retrieval in ("hybrid", "dense") and query_vector is not None:
        dense = dict(store.dense_search(query_vector, settings.candidates, doc_ids))
    if settings.retrieval in ("hybrid", "bm25"):
        index = store.bm25()
        allowed = index.mask_for(set(store.passage_ids(doc_ids))) if doc_ids else None
        bm25_query = widen(topic_words(query).strip() or query)
        lexical = [pid for pid, _ in index.search(bm25_query, settings.candidates, allowed)]
    return dense, lexical


def rerank_by_sentence(hits: list[Hit], query: str, index: Bm25Index) -> list[Hit]:
    """Reorder fused passages by their fused rank plus how well their best sentence covers the question's
    rare terms: a passage that answers in one sentence beats one that mentions the terms far apart."""
    coverage = best_sentence_coverage(query, hits, index)
    top = hits[0].score if hits else 1.0
    scored = [(h.score / top + RERANK_WEIGHT * c, -i, h) for i, (h, c) in enumerate(zip(hits, coverage, strict=True))]
    return [h for *_, h in sorted(scored, key=lambda t: (t[0], t[1]), reverse=True)]


def collapse_duplicates(hits: list[Hit]) -> list[Hit]:
    """Keep the first of passages that repeat the same text (reports copy paragraphs); keep both sources."""
    kept: list[Hit] = []
    shingles: list[set[tuple[str, ...]]] = []
    for hit in hits:
        grams = _shingles(hit.chunk.text)
        for i, other in enumerate(shingles):
            if grams and other and len(grams & other) / min(len(grams), len(other)) >= DUPLICATE_OVERLAP:
                kept[i] = Hit(kept[i].chunk, kept[i].score, kept[i].also_in + (hit.chunk,),
                              max(kept[i].dense or 0.0, hit.dense or 0.0) if dense_known(kept[i], hit) else None)
                break
        else:
            kept.append(hit)
            shingles.append(grams)
    return kept


def dense_known(a: Hit, b: Hit) -> bool:
    return a.dense is not None or b.dense is not None


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 5]) for i in range(max(0, len(words) - 4))}


