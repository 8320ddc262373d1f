"""PDF reports: text per page (pypdf), running headers and footers removed, page spans kept."""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from ingest.cleanup import PAGE_BREAK, clean_pdf_text, remove_running_lines
from ingest.errors import BadInputError
from ingest.passage import LoadedDocument, PageSpan
from ingest.reading import make_document, read_bytes, short_message, year_and_date


def load_pdf(path: str | Path) -> LoadedDocument:
    """A PDF: text per page without running headers, footers or page numbers; pages joined by a blank line."""
    path = Path(path)
    data = read_bytes(path)
    with _quiet_pypdf():
        reader = _open_pdf(path, data)
        pages, unreadable = _pdf_page_texts(path, reader)
        metadata = {"doc_type": "pdf", **_pdf_metadata(reader)}
    if not any(page.strip() for page in pages):
        raise BadInputError(path, "no extractable text (scanned PDF? OCR is not supported)")
    if unreadable:
        metadata["unreadable_pages"] = ", ".join(map(str, unreadable))  # a string: store metadata is flat
    text, spans = _join_pages(remove_running_lines(pages))
    return make_document(path, text, pages=spans, metadata=metadata)



@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs warnings ('EOF marker not found') for files we report on ourselves."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _open_pdf(path: Path, data: bytes):  # -> pypdf.PdfReader
    from pypdf import PdfReader

    if b"%PDF" not in data[:1024]:
        raise BadInputError(path, "corrupt or unreadable PDF (no %PDF header: is it really a PDF?)")
    try:
        reader = PdfReader(io.BytesIO(data))
    except Exception as exc:
        raise BadInputError(path, f"corrupt or unreadable PDF ({short_message(exc)})") from None
    if reader.is_encrypted and not _opens_without_password(path, reader):
        raise BadInputError(path, "encrypted PDF (password protected)")
    return reader


def _opens_without_password(path: Path, reader) -> bool:
    """True when the PDF is encrypted with an empty user password (only copying or printing is locked)."""
    from pypdf.errors import DependencyError

    try:
        return bool(reader.decrypt(""))
    except DependencyError:
        raise BadInputError(path, "encrypted PDF (opening it needs the 'cryptography' package)") from None
    except Exception:
        return False


def _pdf_page_texts(path: Path, reader) -> tuple[list[str], list[int]]:
    """Each page's text ("" for a page pypdf cannot read) and the numbers of unreadable pages."""
    try:
        pages = list(reader.pages)
    except Exception as exc:
        raise BadInputError(path, f"corrupt or unreadable PDF ({short_message(exc)})") from None
    texts, unreadable = [], []
    for number, page in enumerate(pages, 1):
        try:
            texts.append((page.extract_text() or "").replace(PAGE_BREAK, "\n"))
        except Exception:
            texts.append("")
            unreadable.append(number)
    if pages and len(unreadable) == len(pages):
        raise BadInputError(path, "corrupt or unreadable PDF (no page could be read)")
    return texts, unreadable


def _join_pages(pages: list[str]) -> tuple[str, tuple[PageSpan, ...]]:
    """Clean the pages as one text (so sentences and footnotes can cross pages), then record page spans."""
    cleaned = clean_pdf_text(f"\n{PAGE_BREAK}\n".join(pages))
    pieces = re.split(rf"\n*{PAGE_BREAK}\n*", cleaned)
    parts: list[str] = []
    spans: list[PageSpan] = []
    offset = 0
    for number, piece in enumerate(pieces, 1):
        piece = piece.strip("\n")
        if not piece:
            continue
        if parts:
            offset += 2  # the "\n\n" between pages
        spans.append(PageSpan(number, offset, offset + len(piece)))
        parts.append(piece)
        offset += len(piece)
    return "\n\n".join(parts), tuple(spans)


def _pdf_metadata(reader) -> dict:
    try:
        info = reader.metadata
        if info is None:
            return {}
        metadata: dict = {"title": _useful_title(info.title), "author": (info.author or "").strip()}
        with contextlib.suppress(Exception):  # malformed dates are common and not worth failing for
            metadata.update(year_and_date(info.creation_date))
        return metadata
    except Exception:
        return {}


def _useful_title(title: object) -> str:
    """The PDF's title unless it is a leftover file name like 'Microsoft Word - draft3.docx'."""
    title = " ".join(str(title or "").split())
    leftover = re.search(r"\.(docx?|pdf|indd|pptx?|rtf|odt)$", title, re.IGNORECASE)
    return "" if leftover or title.lower() in ("untitled", "title") else title
