"""Sentence boundaries with character offsets, shared by the passage splitter and the answer composer."""

from __future__ import annotations

import re
from functools import lru_cache

# Words after which a period does not end a sentence.
_ABBREVIATIONS = {
    "e.g", "i.e", "etc", "cf", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nr", "art", "vol", "fig",
    "p", "pp", "ed", "eds", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "ltd", "co", "dhr", "mevr", "bijv", "o.a", "m.a.w", "mme", "mlle", "cfr", "approx",
}

# A candidate end: . ! ? or … possibly followed by closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_BULLET_LINE = re.compile(r"\n\s*(?:[•\-–*]|\d{1,2}[.)])\s+")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text`, shifted by `offset`, whitespace trimmed.

    Paragraph breaks (blank lines) and bullet lines always end a sentence.

    >>> t = "Ghent is a city. It has e.g. a taskforce of 2.5 people.\\n\\nNew paragraph"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Ghent is a city.', 'It has e.g. a taskforce of 2.5 people.', 'New paragraph']
    """
    spans = _passage_spans(text) if len(text) <= _CACHED_LENGTH else _spans(text)
    return [(s + offset, e + offset) for s, e in spans] if offset else list(spans)


# A passage is split again by each answer that reads it (and by each premise check): keep the spans of passages
# (not of whole documents, which ingestion splits once).
_CACHED_LENGTH = 20_000


@lru_cache(maxsize=1024)
def _passage_spans(text: str) -> tuple[tuple[int, int], ...]:
    return _spans(text)


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        block = text[block_start:block_end]
        for m in _END.finditer(block):
            end = block_start + m.end()
            if (_is_abbreviation(text, block_start + m.start(), start) or not _next_starts_sentence(text, end)
                    or _inside_running_quote(text, start, end)):
                continue
            spans.append((start, end))
            start = end
        spans.append((start, block_end))
    return tuple((s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs and bullet items: runs of text separated by blank lines or bullet starts. A row of a table of
    facts ("Mayor (party)", blank line, "Mathias De Clercq (Open Vld)") is one block, label and value."""
    cuts = [0]
    for m in re.finditer(r"\n[ \t]*\n", text):
        cuts.extend([m.start(), m.end()])
    for m in _BULLET_LINE.finditer(text):
        cuts.extend([m.start(), m.start() + 1])
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    blocks = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]
    rows = fact_rows([text[a:b].strip() for a, b in blocks])
    joined = {i + 1 for i in rows}  # a value joins its label
    return [(a, blocks[i + 1][1] if i in rows else b) for i, (a, b) in enumerate(blocks) if i not in joined]


# A table of facts laid out as stand-alone lines, label then value ("Population", "263,608", "Mayor (party)",
# "Mathias De Clercq (Open Vld)"): short lines without a sentence's end, two or more rows, one value a bare number
_FACT_LINE_WORDS = 8
_BARE_NUMBER = re.compile(r"[\d.,\s]*\d[\d.,\s]*%?")
_FACT_ROWS = 2


def fact_rows(lines: list[str]) -> set[int]:
    """The indexes of the labels of the rows of each table of facts in `lines` (consecutive stand-alone lines):
    a run of an even number of short lines without a sentence's end, one of whose values is a bare number."""
    short = [len(re.findall(r"\w+", line)) <= _FACT_LINE_WORDS and bool(line) and line[-1] not in ".!?:;,”\"'"
             and not line.startswith(("•", "-", "–", "*")) for line in lines]
    labels: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and short[j]:
            j += 1
        run = range(i, j - (j - i) % 2)  # an odd line out is no value
        if len(run) >= 2 * _FACT_ROWS and any(_BARE_NUMBER.fullmatch(lines[k]) for k in run[1::2]):
            labels.update(run[::2])
        i = j + 1
    return labels


def _is_abbreviation(text: str, dot: int, sentence_start: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([\w.]+)$", text[sentence_start:dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # single capital letter initials ("A.W.A.") or single letters
    return len(word) == 1 or bool(re.fullmatch(r"(?:\w\.)+\w", word))


# a quotation the sentence runs on after: "The “You don’t lock up a child. Period” campaign ... found support."
_QUOTE_RUNS_ON = re.compile(r"[^“”\n.!?]{1,40}”\s+[a-z]")


def _inside_running_quote(text: str, start: int, end: int) -> bool:
    """The end falls inside a short quotation opened in this sentence, and after its closing quote the sentence
    goes on in lower case: the quotation's own full stop, not the sentence's."""
    before = text[start:end]
    return before.count("“") > before.count("”") and bool(_QUOTE_RUNS_ON.match(text, end))


def _next_starts_sentence(text: str, end: int) -> bool:
    """A sentence ends only if what follows looks like a new sentence (capital, digit, quote, bullet)."""
    rest = text[end:end + 40].lstrip()
    if not rest:
        return True
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘([•-–*" or "\n" in text[end:end + 3]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
