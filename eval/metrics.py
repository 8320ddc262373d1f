"""Deterministic metrics: retrieval rank, key facts, citation support (ALCE-style), refusals, latency.

Everything is computed from an EvalItem and the answer JSON of `qa.result.answer_json`; no model judges.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eval.dataset import EvalItem
from eval.thresholds import GATES
from qa.support import check_support, content_words, guess_language, normalise_numbers, normalise_text

MIN_CUT_SHARE = 0.6  # a quote cut by a passage border counts when this share of it lies in the passage...
MIN_CUT_CHARS = 40  # ...and at least this many characters
RETRIEVAL_MISS_K = 5  # "retrieval miss": no supporting passage in the top 5 (the hit@5 gate)
CURVE_K = 10

_MARKERS = re.compile(r"\s*\[\s*\d+(?:\s*[,;\-]\s*\d+)*\s*\]")


@dataclass(frozen=True)
class ItemMetrics:
    id: str
    type: str
    answerable: bool
    refused: bool
    rank: int | None  # 1-based rank of the first supporting passage; None if none or not scored
    retrieval_scored: bool  # answerable with gold quotes
    facts_found: tuple[str, ...]  # the alternative found, one per fact found
    facts_missing: tuple[str, ...]  # "alt1 | alt2", one per fact missing
    fact_recall: float | None  # None for unanswerable items and items without facts
    correct: bool  # answerable: enough facts and not refused; unanswerable: refused
    citation_recall: float | None  # None when there is no answer sentence (e.g. a refusal)
    citation_precision: float | None
    unsupported: tuple[tuple[str, str], ...]  # (sentence, reason) for answer sentences that failed the check
    sentences: int
    dropped: int
    words: int
    ms: float | None
    failures: tuple[str, ...]  # "retrieval miss", "wrong answer", "wrongly refused", "not refused", ...

    @property
    def passed(self) -> bool:
        return not self.failures


# --- retrieval --------------------------------------------------------------------------------------------


def passage_supports(passage_text: str, quote: str) -> bool:
    """The passage contains the quote, or a piece of it cut by the passage border: a prefix of the quote
    at the passage's end, a suffix at its start, or the whole passage inside the quote, each of at least
    MIN_CUT_SHARE of the quote and MIN_CUT_CHARS characters. Compared after normalise_text."""
    p, q = normalise_text(passage_text), normalise_text(quote)
    if not q or not p:
        return False
    if q in p:
        return True
    min_len = max(MIN_CUT_CHARS, math.ceil(MIN_CUT_SHARE * len(q)))
    if len(p) >= min_len and p in q:
        return True
    for size in range(min(len(q) - 1, len(p)), min_len - 1, -1):
        if p.endswith(q[:size]) or p.startswith(q[-size:]):
            return True
    return False


def retrieval_rank(passages: Sequence[dict], quotes: Sequence[str]) -> int | None:
    """1-based rank of the first passage supporting any gold quote. A passage standing for collapsed
    near-duplicates (`also_in`) supports if any of its copies does."""
    for rank, passage in enumerate(passages, start=1):
        texts = [passage.get("text") or ""] + [c.get("text") or "" for c in passage.get("also_in") or ()]
        if any(passage_supports(t, q) for t in texts for q in quotes):
            return rank
    return None


# --- correctness ------------------------------------------------------------------------------------------


def strip_markers(text: str) -> str:
    """Answer text without its [n] citation markers (whose numbers must not count as facts)."""
    return _MARKERS.sub("", text)


def _bare(numbers: set[str]) -> set[str]:
    return numbers | {n[:-1] for n in numbers if n.endswith("%")}


_COMPOUND_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def fact_found(alternatives: Sequence[str], answer_text: str) -> str | None:
    """The first alternative present in the answer, or None. Present: as whole words after normalise_text
    (an alternative of 4+ characters ending in a letter may take up to 3 more letters: "block" is found
    in "blocked"), or, for an alternative with numbers, all its numbers (after normalise_numbers, so
    "1.500" == "1,500" and "0,44%" == "0.44%") and content words occur in the answer."""
    text = strip_markers(answer_text)
    norm = normalise_text(text)
    # "Reno" is named in "the Reno-boat" too: the words of a compound (which normalise_text joins) as well
    parts = normalise_text(_COMPOUND_HYPHEN.sub(" ", text))
    numbers = _bare(normalise_numbers(text))
    lang = guess_language(text)
    words = set(content_words(text, lang))
    for alt in alternatives:
        a = normalise_text(alt)
        inflection = r"[^\W\d_]{0,3}" if len(a) >= 4 and a[-1].isalpha() else ""
        if a and any(re.search(rf"(?<!\w){re.escape(a)}{inflection}(?!\w)", t) for t in (norm, parts)):
            return alt
        alt_numbers = normalise_numbers(alt)
        if alt_numbers and alt_numbers <= numbers and set(content_words(alt, lang)) <= words:
            return alt
    return None


def match_facts(item: EvalItem, answer_text: str) -> tuple[list[str], list[str]]:
    found, missing = [], []
    for fact in item.facts:
        hit = fact_found(fact, answer_text)
        if hit is None:
            missing.append(" | ".join(fact))
        else:
            found.append(hit)
    return found, missing


# --- citations --------------------------------------------------------------------------------------------


def citation_scores(answer: dict) -> tuple[float | None, float | None, list[tuple[str, str]]]:
    """(citation recall, citation precision, unsupported sentences with reasons), ALCE-style.

    Recall: share of answer sentences supported (check_support) by the union of the passages they cite;
    a sentence without citations is unsupported. Precision: share of (sentence, citation) pairs that are
    relevant. In a supported sentence with one citation it is relevant; with several, a citation is
    irrelevant only if it does not support the sentence alone while the other citations do without it.
    In an unsupported sentence no citation is relevant. (None, None, []) when there are no sentences.
    """
    sentences = answer.get("sentences") or []
    if answer.get("refused") or not sentences:
        return None, None, []
    texts = {c.get("n"): c.get("text") or c.get("quote") or "" for c in answer.get("citations") or ()}
    supported, relevant, pairs = 0, 0, 0
    unsupported: list[tuple[str, str]] = []
    for sentence in sentences:
        text, cited = sentence.get("text", ""), list(sentence.get("citations") or ())
        joint = check_support(text, [texts.get(n, "") for n in cited])
        if joint.supported:
            supported += 1
        else:
            unsupported.append((text, joint.reason if cited else "no citation"))
        pairs += len(cited)
        if not joint.supported:
            continue
        if len(cited) == 1:
            relevant += 1
            continue
        for n in cited:
            alone = check_support(text, [texts.get(n, "")]).supported
            others = check_support(text, [texts.get(m, "") for m in cited if m != n]).supported
            relevant += alone or not others
    precision = relevant / pairs if pairs else None
    return supported / len(sentences), precision, unsupported


# --- one item ---------------------------------------------------------------------------------------------


def score_item(item: EvalItem, answer: dict) -> ItemMetrics:
    """All metrics of one question from its answer JSON."""
    refused = bool(answer.get("refused"))
    text = answer.get("answer") or ""
    scored = item.answerable and bool(item.quotes)
    rank = retrieval_rank(answer.get("passages") or [], item.quotes) if scored else None
    found, missing = match_facts(item, text) if item.answerable else ([], [])
    correct = (not refused and len(found) >= item.min_facts) if item.answerable else refused
    recall, precision, unsupported = citation_scores(answer)
    failures = []
    if item.answerable:
        if refused:
            failures.append("wrongly refused")
        elif not correct:
            failures.append("wrong answer")
        if scored and (rank is None or rank > RETRIEVAL_MISS_K):
            failures.append("retrieval miss")
    elif not refused:
        failures.append("not refused")
    if unsupported:
        failures.append("unsupported sentence")
    if answer.get("error"):
        failures.append("error")
    ms = answer.get("ms")
    return ItemMetrics(
        id=item.id,
        type=item.type,
        answerable=item.answerable,
        refused=refused,
        rank=rank,
        retrieval_scored=scored,
        facts_found=tuple(found),
        facts_missing=tuple(missing),
        fact_recall=len(found) / len(item.facts) if item.answerable and item.facts else None,
        correct=correct,
        citation_recall=recall,
        citation_precision=precision,
        unsupported=tuple(unsupported),
        sentences=len(answer.get("sentences") or ()),
        dropped=len(answer.get("dropped") or ()),
        words=0 if refused else len(strip_markers(text).split()),
        ms=float(ms) if isinstance(ms, int | float) else None,
        failures=tuple(failures),
    )


# --- summary ----------------------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default); None for no values."""
    s = sorted(values)
    if not s:
        return None
    pos = (len(s) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _share(flags: Sequence[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def _metrics(result: Any) -> ItemMetrics:
    return result if isinstance(result, ItemMetrics) else result.metrics


def summarise(results: Sequence[Any]) -> dict:
    """Summary of ItemMetrics (or objects with a `.metrics`). Shares in [0, 1]; None where nothing counts.

    Retrieval over answerable items with quotes; correctness and wrongly-refused over answerable items;
    citation recall/precision averaged over answers with sentences; dropped share over all sentences.
    """
    ms = [_metrics(r) for r in results]
    answerable = [m for m in ms if m.answerable]
    unanswerable = [m for m in ms if not m.answerable]
    ranked = [m for m in answerable if m.retrieval_scored]
    curve = [_share([m.rank is not None and m.rank <= k for m in ranked]) for k in range(1, CURVE_K + 1)]
    by_type: dict[str, list[bool]] = defaultdict(list)
    for m in ms:
        by_type[m.type].append(m.correct)
    sentences = sum(m.sentences for m in ms)
    dropped = sum(m.dropped for m in ms)
    latencies = [m.ms for m in ms if m.ms is not None]
    lengths = [m.words for m in ms if not m.refused]
    return {
        "items": len(ms),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "retrieval_items": len(ranked),
        "hit@1": curve[0],
        "hit@3": curve[2],
        "hit@5": curve[4],
        "hit@10": curve[9],
        "mrr": _mean([1 / m.rank if m.rank else 0.0 for m in ranked]),
        "hit_curve": curve,
        "correct": _share([m.correct for m in answerable]),
        "fact_recall": _mean([m.fact_recall for m in answerable if m.fact_recall is not None]),
        "citation_recall": _mean([m.citation_recall for m in ms if m.citation_recall is not None]),
        "citation_precision": _mean([m.citation_precision for m in ms if m.citation_precision is not None]),
        "refused_unanswerable": _share([m.refused for m in unanswerable]),
        "wrongly_refused": _share([m.refused for m in answerable]),
        "latency_p50": percentile(latencies, 50),
        "latency_p95": percentile(latencies, 95),
        "answer_words": _mean(lengths),
        "dropped_share": dropped / (dropped + sentences) if dropped + sentences else None,
        "passed": _share([m.passed for m in ms]),
        "correct_by_type": {t: sum(v) / len(v) for t, v in sorted(by_type.items())},
    }


def gate_failures(summary: dict, gates: dict[str, tuple[str, float, str]] | None = None) -> list[str]:
    """One line per threshold of eval.thresholds that the summary misses; metrics that are None (nothing
    to measure, e.g. a set without unanswerable questions) are skipped."""
    lines = []
    for key, (kind, threshold, label) in (GATES if gates is None else gates).items():
        value = summary.get(key)
        if value is None:
            continue
        name = label if label == key else f"{label} ({key})"
        if kind == "min" and value < threshold - 1e-9:
            lines.append(f"{name} is {value:.3f}, below the minimum {threshold:.2f}")
        elif kind == "max" and value > threshold + 1e-9:
            lines.append(f"{name} is {value:.3f}, above the maximum {threshold:.2f}")
    return lines
