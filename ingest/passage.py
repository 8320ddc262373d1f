"""The plain data that flows from ingestion to answering."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageSpan:
    """Page `number` (1-based) covers text[start:end] of the document."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Heading:
    """A heading found by a loader that knows the structure (Markdown, HTML, DOCX)."""

    start: int  # offset of the heading text in the document text
    end: int
    level: int  # 1 = top
    text: str


@dataclass(frozen=True)
class LoadedDocument:
    """A file turned into one clean text, with where its pages and headings are in that text."""

    path: str
    text: str
    pages: tuple[PageSpan, ...] = ()
    headings: tuple[Heading, ...] = ()
    metadata: dict = field(default_factory=dict)  # title, author, year, ... derived from the file


@dataclass(frozen=True)
class Chunk:
    """One passage: text[start:end] of document `doc_id`, with where it came from."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    page: int | None = None
    section: str | None = None  # heading path, e.g. "3. Selected local approaches > 3.2 Jobteam Ghent"
    lang: str = "en"
    title: str = ""
    metadata: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class DocumentRecord:
    """A report as the store knows it."""

    doc_id: str
    path: str
    content_hash: str
    title: str
    lang: str
    passages: int
    metadata: dict = field(default_factory=dict, compare=False, hash=False)
