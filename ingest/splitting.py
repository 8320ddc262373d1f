"""Structure-aware passages: sections first, then paragraphs, then sentences, with exact offsets."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass

from ingest.passage import Chunk, Heading, LoadedDocument
from ingest.sentences import fact_rows, split_sentences

_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")
# a person's name and office on a line of its own, under what they said: "Rudy Coddens, City Councillor for Social
# Policy and Finance" (a name of two or more capitalised words, then a comma)
_ATTRIBUTION = re.compile(r"^[A-Z][\w’'-]+(?: (?:[a-z]{2,3} )?[A-Z][\w’'-]+)+, ")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Section:
    """text[start:end] belongs under the heading path `path` (None before the first heading)."""

    start: int
    end: int
    path: str | None


def find_headings(text: str) -> list[Heading]:
    """Guess headings in plain text: short stand-alone lines without a final period.

    >>> [h.text for h in find_headings("Intro text here.\\n\\n3.2 Jobteam Ghent\\n\\nJobteam helps people.")]
    ['3.2 Jobteam Ghent']
    """
    lines = _lines(text)
    headings = []
    for k, (offset, line) in enumerate(lines):
        stripped = line.strip()
        before_blank = k == 0 or not lines[k - 1][1].strip()
        after_blank = k + 1 == len(lines) or not lines[k + 1][1].strip()
        if not (before_blank and after_blank and 2 <= len(stripped) <= 90 and _looks_like_heading(stripped)):
            continue
        start = offset + len(line) - len(line.lstrip())
        numbered = _NUMBERED.match(stripped)
        level = numbered.group(1).count(".") + 1 if numbered else 9
        headings.append(Heading(start=start, end=start + len(stripped), level=level, text=stripped))
    return _without_fact_rows(text, headings)


def _without_fact_rows(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings less the rows of a table of facts ("Population", "263,608", "Mayor (party)", "Mathias De Clercq
    (Open Vld)"): text, not headings. A numbered heading ends a table."""
    table: set[int] = set()
    run: list[int] = []
    for k in range(len(headings) + 1):
        if k < len(headings) and (not run or not text[headings[run[-1]].end:headings[k].start].strip()):
            run.append(k)
            continue
        lines = ["" if _NUMBERED.match(headings[i].text) else headings[i].text for i in run]
        table.update(run[i + j] for i in fact_rows(lines) for j in (0, 1))
        run = [k]
    return [h for k, h in enumerate(headings) if k not in table]


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _looks_like_heading(line: str) -> bool:
    words = _WORD.findall(line)
    if not words or len(words) > 12 or line.startswith(("•", "-", "–", "*", "(", "“", "\"")):
        return False
    if line[-1] in ".,;:" and not _NUMBERED.match(line):
        return False
    if line.endswith("?"):
        return len(words) <= 12
    if line.isdigit() or len(words) == 1 and len(line) < 4 or _ATTRIBUTION.match(line):
        return False
    return line[0].isupper() or line[0].isdigit()


def split_sections(text: str, headings: list[Heading] | tuple[Heading, ...]) -> list[Section]:
    """Cut the text at headings; each section carries its heading path ("2. Context > Political context")."""
    sections: list[Section] = []
    stack: list[Heading] = []
    cuts = sorted(headings, key=lambda h: h.start)
    if not cuts or cuts[0].start > 0:
        sections.append(Section(0, cuts[0].start if cuts else len(text), None))
    for i, h in enumerate(cuts):
        while stack and stack[-1].level >= h.level:
            stack.pop()
        stack.append(h)
        end = cuts[i + 1].start if i + 1 < len(cuts) else len(text)
        sections.append(Section(h.start, end, " > ".join(x.text for x in stack)))
    return [s for s in sections if text[s.start:s.end].strip()]


def split_document(
    doc: LoadedDocument,
    doc_id: str,
    content_hash: str,
    *,
    max_words: int = 160,
    overlap_sentences: int = 1,
    lang: str = "en",
    title: str = "",
) -> list[Chunk]:
    """Passages of at most `max_words` words that never cross a section and prefer paragraph ends."""
    text = doc.text
    headings = list(doc.headings) or find_headings(text)
    heading_spans = {(h.start, h.end) for h in headings}
    page_starts = [p.start for p in doc.pages]
    chunks: list[Chunk] = []
    for section in split_sections(text, headings):
        sentences = [s for s in split_sentences(text[section.start:section.end], section.start)
                     if s not in heading_spans]
        for start, end in _pack(text, sentences, max_words, overlap_sentences):
            page = doc.pages[bisect_right(page_starts, start) - 1].number if doc.pages and page_starts[0] <= start \
                else (doc.pages[0].number if doc.pages else None)
            seq = len(chunks)
            chunks.append(Chunk(
                id=passage_id(doc_id, content_hash, seq),
                doc_id=doc_id, text=text[start:end], start=start, end=end, page=page,
                section=section.path, lang=lang, title=title,
            ))
    return chunks


def passage_id(doc_id: str, content_hash: str, seq: int) -> str:
    """Stable id: the same file content always gives the same passage ids."""
    digest = hashlib.sha1(f"{doc_id}\0{content_hash}".encode()).hexdigest()[:12]
    return f"{digest}-{seq:05d}"


def _pack(text: str, sentences: list[tuple[int, int]], max_words: int, overlap: int) -> list[tuple[int, int]]:
    """Group consecutive sentences into spans of at most max_words words (long sentences are cut)."""
    units = [u for s in sentences for u in _cut_long(text, s, max_words)]
    counts = [len(_WORD.findall(text[s:e])) for s, e in units]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        j, words = i, 0
        while j < len(units) and (j == i or words + counts[j] <= max_words):
            words += counts[j]
            j += 1
        j = _prefer_paragraph_end(text, units, i, j, counts, max_words)
        spans.append((units[i][0], units[j - 1][1]))
        if j >= len(units):
            break
        i = max(j - overlap, i + 1) if j - i > overlap else j
    return spans


def _prefer_paragraph_end(text: str, units: list[tuple[int, int]], i: int, j: int,
                          counts: list[int], max_words: int) -> int:
    """Move the cut back to the last paragraph break if that still leaves a passage of half size."""
    if j >= len(units):
        return j
    words = sum(counts[i:j])
    for k in range(j - 1, i, -1):
        words -= counts[k]
        if words < max_words // 2:
            break
        if "\n\n" in text[units[k - 1][1]:units[k][0]]:
            return k
    return j


def _cut_long(text: str, span: tuple[int, int], max_words: int) -> list[tuple[int, int]]:
    words = list(_WORD.finditer(text, span[0], span[1]))
    if len(words) <= max_words:
        return [span]
    pieces, start = [], span[0]
    for k in range(max_words, len(words), max_words):
        cut = words[k].start()
        pieces.append((start, cut))
        start = cut
    pieces.append((start, span[1]))
    return [(s, e) for s, e in ((s, e - (len(text[s:e]) - len(text[s:e].rstrip()))) for s, e in pieces) if e > s]
