"""Word (.docx) reports: paragraphs and tables in document order; Heading styles become headings."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

from ingest.cleanup import normalise_whitespace
from ingest.errors import BadInputError
from ingest.passage import LoadedDocument
from ingest.reading import assemble_blocks, make_document, read_bytes, require_text, short_message, year_and_date


def load_docx(path: str | Path) -> LoadedDocument:
    """A Word document: paragraphs and tables in document order; Heading styles become Heading entries."""
    path = Path(path)
    data = read_bytes(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # the OLE container of .doc files
        raise BadInputError(path, "old Word 97-2003 (.doc) file with a .docx name; save it as .docx")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_docx_blocks(document))
    except Exception as exc:
        raise BadInputError(path, f"corrupt or unreadable Word document ({short_message(exc)})") from None
    text, headings = assemble_blocks(blocks)
    text = require_text(path, text)
    metadata = {"doc_type": "word document", **_docx_metadata(document)}
    return make_document(path, text, headings=headings, metadata=metadata)


def _docx_blocks(document) -> Iterator[tuple[str, int]]:
    """(text, heading level or 0) for each paragraph and table of the body, in document order."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            text = _docx_table_text(item)
            level = 0
        else:
            text = normalise_whitespace(item.text)
            level = _docx_heading_level(item)
        if text:
            yield text, level


def _docx_table_text(table) -> str:
    """Rows on their own lines, cells joined by ' | '; a merged cell counted once."""
    rows = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:
            if cell._tc is not previous:  # a horizontally merged cell repeats in row.cells
                cells.append(" ".join(cell.text.split()))
            previous = cell._tc
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _docx_heading_level(paragraph) -> int:
    name = getattr(paragraph.style, "name", "") or ""
    if name == "Title":
        return 1
    match = re.fullmatch(r"Heading (\d)", name)
    return int(match.group(1)) if match else 0


def _docx_metadata(document) -> dict:
    try:
        core = document.core_properties
        return {
            "title": (core.title or "").strip(),
            "author": (core.author or "").strip(),
            **year_and_date(core.created),
        }
    except Exception:
        return {}
