"""Turn a report file (.txt, .md, .html, .pdf, .docx) into one clean text with stable offsets.

Every problem with a file surfaces as a BadInputError naming the file and the reason. Text and Markdown
are read here; PDF, web pages and Word have their own modules (ingest.pdf, ingest.web_page, ingest.word),
which import pypdf, trafilatura/lxml and python-docx only inside their functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ingest.cleanup import clean_plain_text, normalise_whitespace
from ingest.errors import BadInputError
from ingest.passage import Heading, LoadedDocument
from ingest.pdf import load_pdf
from ingest.reading import (
    MAX_FILE_BYTES,
    make_document,
    read_bytes,
    refuse_binary,
    require_text,
    short_message,
    year_and_date,
)
from ingest.web_page import load_html
from ingest.word import load_docx

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_EXTENSIONS", "load_docx", "load_document", "load_html", "load_markdown",
           "load_pdf", "load_text"]


def load_document(path: str | Path) -> LoadedDocument:
    """Load any supported file; anything wrong with it raises BadInputError, never another exception."""
    path = Path(path)
    if not path.exists():
        raise BadInputError(path, "file not found")
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        raise BadInputError(path, f"unsupported file type {kind} (supported: {supported})")
    try:
        return loader(path)
    except BadInputError:
        raise
    except Exception as exc:  # a library choking on a malformed file: still the file's fault
        raise BadInputError(path, f"cannot read file ({short_message(exc)})") from exc


def load_text(path: str | Path) -> LoadedDocument:
    """A plain-text file: decoded, whitespace tidied, words broken at line ends rejoined."""
    path = Path(path)
    raw, encoding = _decode_text(path, read_bytes(path))
    text = require_text(path, clean_plain_text(raw))
    metadata = {"doc_type": "text", "encoding": encoding}
    return make_document(path, text, metadata=metadata)


def load_markdown(path: str | Path) -> LoadedDocument:
    """A Markdown file: '#' headings become Heading entries (markers stripped), the rest kept as written."""
    path = Path(path)
    raw, encoding = _decode_text(path, read_bytes(path))
    front, body = _split_front_matter(raw)
    text, headings = _markdown_headings(normalise_whitespace(body))
    text = require_text(path, text)
    metadata = {"doc_type": "markdown", "encoding": encoding, **front}
    return make_document(path, text, headings=headings, metadata=metadata)


_LOADERS: dict[str, Callable[[Path], LoadedDocument]] = {
    ".txt": load_text,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}
SUPPORTED_EXTENSIONS = tuple(_LOADERS)



# --- text and markdown ---------------------------------------------------------------------


def _decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode as UTF-8 (BOM allowed), UTF-16 with a BOM, or Windows-1252; refuse binary data.

    Windows-1252 stands in for Latin-1 too: the two agree on every printable character, and the five
    bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) are control codes in Latin-1, which
    no real text contains. So bytes that are neither UTF-8 nor Windows-1252 are refused as undecodable.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_strict(path, data, "utf-16"), "utf-16"
    refuse_binary(path, data)
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as cp1252_error:
            utf8_at, cp1252_at = utf8_error.start, cp1252_error.start
            raise BadInputError(
                path,
                f"cannot decode text: not UTF-8 (byte 0x{data[utf8_at]:02x} at offset {utf8_at}) "
                f"and not Windows-1252/Latin-1 (byte 0x{data[cp1252_at]:02x} at offset {cp1252_at})",
            ) from None
    return text, encoding


def _decode_strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"cannot decode text as {encoding.upper()} (at byte offset {exc.start})"
        raise BadInputError(path, reason) from None


def _split_front_matter(text: str) -> tuple[dict, str]:
    """YAML-style front matter ('---' lines around 'key: value' lines) -> (title/author/date, rest)."""
    match = re.match(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", text, re.DOTALL)
    if not match:
        return {}, text
    fields: dict = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip().strip("\"'")
        if key in ("title", "author") and value:
            fields[key] = value
        elif key == "date":
            fields.update(year_and_date(value))
    return fields, text[match.end() :]


_ATX_HEADING = re.compile(r" {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(=+|-+)[ \t]*")
_FENCE = re.compile(r" {0,3}(```|~~~)")


def _markdown_headings(text: str) -> tuple[str, tuple[Heading, ...]]:
    """Strip '#' markers (and setext underlines) from heading lines; Heading offsets are in the result."""
    lines = text.split("\n")
    out: list[str] = []
    headings: list[Heading] = []
    offset, in_fence, i = 0, False, 0
    while i < len(lines):
        line, level, title = lines[i], 0, ""
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            level, title, i = _markdown_heading_at(lines, i)
        if level:
            headings.append(Heading(offset, offset + len(title), level, title))
            line = title
        out.append(line)
        offset += len(line) + 1
        i += 1
    return "\n".join(out), tuple(headings)


def _markdown_heading_at(lines: list[str], i: int) -> tuple[int, str, int]:
    """(level, text, index of the heading's last line) if lines[i] starts a heading, else (0, "", i)."""
    atx = _ATX_HEADING.fullmatch(lines[i])
    if atx:
        return len(atx.group(1)), atx.group(2).strip(), i
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    underline = _SETEXT_UNDERLINE.fullmatch(nxt)
    plain = lines[i].strip() and not re.match(r" {0,3}([-*+>|]|\d+[.)])", lines[i])
    if underline and plain:
        return (1 if underline.group(1)[0] == "=" else 2), lines[i].strip(), i + 1
    return 0, "", i
