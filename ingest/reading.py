"""What every loader shares: reading a file's bytes within limits, refusing binary data, and assembling
the LoadedDocument (with a title even when the file declares none)."""

from __future__ import annotations

import math
import re
from datetime import datetime
from pathlib import Path

from ingest.errors import BadInputError
from ingest.passage import Heading, LoadedDocument, PageSpan

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TITLE_CHARS = 150
MAX_CONTROL_SHARE = 0.05  # a file with more control bytes than this is binary, whatever its name
_MB = 1024 * 1024
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, after checking it exists, is a file, is not empty and is not too large."""
    try:
        if path.is_dir():
            raise BadInputError(path, "not a file (it is a folder)")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = math.ceil(size / _MB * 10) / 10
            raise BadInputError(path, f"file too large ({megabytes:g} MB; limit {MAX_FILE_BYTES // _MB} MB)")
        if size == 0:
            raise BadInputError(path, "empty file (no text)")
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInputError(path, "file not found") from None
    except OSError as exc:
        raise BadInputError(path, f"cannot read file ({exc.strerror or exc})") from None


def require_text(path: Path, text: str) -> str:
    if not text.strip():
        raise BadInputError(path, "empty file (no text)")
    return text


def make_document(
    path: Path,
    text: str,
    pages: tuple[PageSpan, ...] = (),
    headings: tuple[Heading, ...] = (),
    metadata: dict | None = None,
) -> LoadedDocument:
    """The LoadedDocument, with a title even when the file declares none."""
    metadata = {key: value for key, value in (metadata or {}).items() if value not in (None, "")}
    if not metadata.get("title"):
        metadata["title"] = headings[0].text if headings else first_short_line(text) or path.stem
    return LoadedDocument(path=str(path), text=text, pages=pages, headings=headings, metadata=metadata)


def first_short_line(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if line and len(line) < MAX_TITLE_CHARS:
            return line
    return None


def short_message(exc: BaseException, limit: int = 100) -> str:
    """A one-line version of a library's error message."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= limit else message[: limit - 1] + "…"


def year_and_date(value: object) -> dict:
    """{"year": 2021, "date": "2021-03-04"} from a datetime or a date string ("June 2021" is kept as is)."""
    if isinstance(value, datetime):
        return {"year": value.year, "date": value.date().isoformat()}
    text = " ".join(str(value or "").split())
    iso = re.match(r"((?:19|20)\d\d)(?:-\d\d(?:-\d\d)?)?", text)
    if iso:
        return {"year": int(iso.group(1)), "date": iso.group(0)}
    year = re.search(r"\b(?:19|20)\d\d\b", text)
    return {"year": int(year.group()), "date": text} if year else {}


def refuse_binary(path: Path, data: bytes) -> None:
    """Raise if the bytes hold NULs or many control codes: an image or archive with a text name."""
    sample = data[:_MB]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInputError(path, "binary file, not text (contains NUL bytes)")
    if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > MAX_CONTROL_SHARE * len(sample):
        raise BadInputError(path, "binary file, not text (mostly non-printable characters)")


def assemble_blocks(blocks: list[tuple[str, int]]) -> tuple[str, tuple[Heading, ...]]:
    """Blocks joined by blank lines; headings recorded at their offsets in the joined text."""
    headings: list[Heading] = []
    offset = 0
    for text, level in blocks:
        if level:
            headings.append(Heading(offset, offset + len(text), level, text))
        offset += len(text) + 2
    return "\n\n".join(text for text, _ in blocks), tuple(headings)
