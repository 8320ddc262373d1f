"""The default answer: the reports' own sentences that answer the question, each citing its span.

Nothing in an extractive answer can be invented: every sentence is a span of a report. The work is in
choosing which sentences (term overlap weighted by rarity, the passage's retrieval rank, and what kind
of answer the question wants) and in refusing when the evidence is weak.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.bm25 import Bm25Index, tokenize, tokenize_query
from ingest.sentences import split_sentences
from qa.question import QuestionKind, classify
from qa.result import REFUSAL_TEXT, AnswerSentence, Citation, Hit

PASSAGES_READ = 6  # top passages whose sentences compete
REFUSAL_THRESHOLD = 0.40  # evidence below this is "the reports don't say" (calibrated on eval/questions.jsonl)
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|"
                    r"december)\b", re.I)
_REASON = re.compile(r"\b(because|due to|in order to|so that|since|as a result|aims?|aimed|therefore|"
                     r"reason|to ensure|to help|to allow|allows?|thanks to)\b", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_JUNK = re.compile(r"https?://|www\.|^\W*\d+\W*$")


@dataclass(frozen=True)
class Candidate:
    hit_rank: int
    hit: Hit
    start: int  # span in the document
    end: int
    text: str
    score: float
    coverage: float


@dataclass(frozen=True)
class Composition:
    sentences: tuple[AnswerSentence, ...]
    citations: tuple[Citation, ...]
    text: str
    refused: bool
    evidence: float


def compose_answer(question: str, hits: Sequence[Hit], index: Bm25Index, max_sentences: int = 4,
                   threshold: float = REFUSAL_THRESHOLD) -> Composition:
    """Pick 1..max_sentences sentences from the top passages, or refuse when the evidence is weak."""
    kind = classify(question)
    weights = _term_weights(question, index)
    candidates = sorted(_candidates(hits[:PASSAGES_READ], weights, kind, index.langs),
                        key=lambda c: (-c.score, c.hit_rank, c.start))
    evidence = evidence_strength(question, hits, weights, index.langs, candidates)
    if not candidates or evidence < threshold:
        return Composition((), (), REFUSAL_TEXT, True, evidence)
    chosen = _select(candidates, kind, max_sentences)
    chosen.sort(key=lambda c: (c.hit_rank, c.start))
    citations = tuple(Citation(n=i, chunk=c.hit.chunk, start=c.start, end=c.end, quote=c.text)
                      for i, c in enumerate(chosen, start=1))
    sentences = tuple(AnswerSentence(text=c.text, citations=(i,)) for i, c in enumerate(chosen, start=1))
    text = " ".join(f"{_flat(s.text)} [{s.citations[0]}]" for s in sentences)
    return Composition(sentences, citations, text, False, evidence)


def evidence_strength(question: str, hits: Sequence[Hit], weights: dict[str, float], langs: Sequence[str],
                      candidates: Sequence[Candidate]) -> float:
    """0..1: how well the best passages cover the question's terms (rare terms count more), checked
    against the premise: a year or name the question states must appear in the evidence."""
    if not hits or not weights:
        return 0.0
    total = sum(weights.values())
    best_passage = max(_coverage(_terms(_context(h), langs), weights, total) for h in hits[:PASSAGES_READ])
    best_sentence = max((c.coverage for c in candidates), default=0.0)
    dense = max((h.dense or 0.0 for h in hits[:PASSAGES_READ]), default=0.0)
    score = 0.45 * best_passage + 0.35 * best_sentence + 0.2 * dense
    context = " ".join(_context(h) for h in hits[:PASSAGES_READ]).lower()
    for year in _YEAR.findall(question):
        if year not in context:
            score *= 0.5
    return score


def _term_weights(question: str, index: Bm25Index) -> dict[str, float]:
    return {t: index.idf(t) for t in tokenize_query(question, index.langs)}


def _terms(text: str, langs: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for lang in langs or ["en"]:
        out.update(tokenize(text, lang))
    return out


def _coverage(terms: set[str], weights: dict[str, float], total: float) -> float:
    return sum(w for t, w in weights.items() if t in terms) / total if total else 0.0


def _context(hit: Hit) -> str:
    return f"{hit.chunk.section or ''}\n{hit.chunk.text}"


def _candidates(hits: Sequence[Hit], weights: dict[str, float], kind: QuestionKind,
                langs: Sequence[str]) -> list[Candidate]:
    total = sum(weights.values())
    out = []
    for rank, hit in enumerate(hits):
        chunk = hit.chunk
        context_cov = _coverage(_terms(_context(hit), langs), weights, total)
        for start, end in split_sentences(chunk.text, chunk.start):
            text = chunk.text[start - chunk.start:end - chunk.start]
            words = re.findall(r"\w+", text)
            if len(words) < 5 or _JUNK.search(text) and len(words) < 12 or text.rstrip().endswith("?"):
                continue
            cov = _coverage(_terms(text, langs), weights, total)
            score = (0.6 * cov + 0.2 * context_cov + 0.12 / (1 + rank) + 0.12 * _kind_match(text, kind)
                     - 0.05 * (len(words) > 60))
            out.append(Candidate(rank, hit, start, end, text, score, cov))
    return out


def _kind_match(text: str, kind: QuestionKind) -> float:
    score = 0.0
    if kind.wants_number:
        score += 1.0 if _NUMBER.search(text) else -0.5
    if kind.wants_date:
        score += 1.0 if _YEAR.search(text) or _MONTH.search(text) else -0.5
    if kind.wants_person:
        score += 0.6 if _NAME.search(text) else 0.0
    if kind.wants_reason:
        score += 0.6 if _REASON.search(text) else 0.0
    return score


def _select(candidates: list[Candidate], kind: QuestionKind, max_sentences: int) -> list[Candidate]:
    best = candidates[0]
    limit = max_sentences if (kind.wants_list or kind.wants_reason or kind.wants_process) else 2
    ratio = 0.75 if limit > 2 else 0.85
    chosen = [best]
    for c in candidates[1:]:
        if len(chosen) >= limit:
            break
        if c.score < ratio * best.score:
            break
        if any(_same_text(c.text, o.text) or _overlaps(c, o) for o in chosen):
            continue
        chosen.append(c)
    return chosen


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.hit.chunk.doc_id == b.hit.chunk.doc_id and a.start < b.end and b.start < a.end


def _same_text(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > 0.7


def _flat(text: str) -> str:
    return " ".join(text.split())
