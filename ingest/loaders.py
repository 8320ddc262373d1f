"""Turn a report file (.txt, .md, .html, .pdf, .docx) into one clean text with stable offsets.

Every problem with a file surfaces as a BadInputError naming the file and the reason. pypdf,
python-docx, trafilatura and lxml are imported inside the loaders that use them.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from ingest.cleanup import (
    PAGE_BREAK,
    clean_pdf_text,
    clean_plain_text,
    normalise_whitespace,
    remove_running_lines,
)
from ingest.errors import BadInputError
from ingest.passage import Heading, LoadedDocument, PageSpan

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TITLE_CHARS = 150
MAX_CONTROL_SHARE = 0.05  # a file with more control bytes than this is binary, whatever its name
_MB = 1024 * 1024
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")


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
        raise BadInputError(path, f"cannot read file ({_short(exc)})") from exc


def load_text(path: str | Path) -> LoadedDocument:
    """A plain-text file: decoded, whitespace tidied, words broken at line ends rejoined."""
    path = Path(path)
    raw, encoding = _decode_text(path, _read_bytes(path))
    text = _require_text(path, clean_plain_text(raw))
    metadata = {"doc_type": "text", "encoding": encoding}
    return _document(path, text, metadata=metadata)


def load_markdown(path: str | Path) -> LoadedDocument:
    """A Markdown file: '#' headings become Heading entries (markers stripped), the rest kept as written."""
    path = Path(path)
    raw, encoding = _decode_text(path, _read_bytes(path))
    front, body = _split_front_matter(raw)
    text, headings = _markdown_headings(normalise_whitespace(body))
    text = _require_text(path, text)
    metadata = {"doc_type": "markdown", "encoding": encoding, **front}
    return _document(path, text, headings=headings, metadata=metadata)


def load_html(path: str | Path) -> LoadedDocument:
    """A web page: its main text by trafilatura (no menus, banners, comments), else the plain <body> text."""
    path = Path(path)
    data = _read_bytes(path)
    _refuse_binary(path, data)
    extracted = _trafilatura_extract(data)
    blocks = list(_trafilatura_blocks(extracted.body)) if extracted is not None and extracted.body is not None else []
    if blocks:
        text, headings = _assemble_blocks(blocks)
    else:
        text = _html_body_text(data)
        headings = _locate_headings(text, _html_headings(data))
    if not text:
        raise BadInputError(path, "no readable text")
    metadata = {"doc_type": "web page", **_html_metadata(extracted, data)}
    return _document(path, text, headings=headings, metadata=metadata)


def load_pdf(path: str | Path) -> LoadedDocument:
    """A PDF: text per page without running headers, footers or page numbers; pages joined by a blank line."""
    path = Path(path)
    data = _read_bytes(path)
    with _quiet_pypdf():
        reader = _open_pdf(path, data)
        pages, unreadable = _pdf_page_texts(path, reader)
        metadata = {"doc_type": "pdf", **_pdf_metadata(reader)}
    if not any(page.strip() for page in pages):
        raise BadInputError(path, "no extractable text (scanned PDF? OCR is not supported)")
    if unreadable:
        metadata["unreadable_pages"] = ", ".join(map(str, unreadable))  # a string: store metadata is flat
    text, spans = _join_pages(remove_running_lines(pages))
    return _document(path, text, pages=spans, metadata=metadata)


def load_docx(path: str | Path) -> LoadedDocument:
    """A Word document: paragraphs and tables in document order; Heading styles become Heading entries."""
    path = Path(path)
    data = _read_bytes(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # the OLE container of .doc files
        raise BadInputError(path, "old Word 97-2003 (.doc) file with a .docx name; save it as .docx")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_docx_blocks(document))
    except Exception as exc:
        raise BadInputError(path, f"corrupt or unreadable Word document ({_short(exc)})") from None
    text, headings = _assemble_blocks(blocks)
    text = _require_text(path, text)
    metadata = {"doc_type": "word document", **_docx_metadata(document)}
    return _document(path, text, headings=headings, metadata=metadata)


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


# --- shared -----------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
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


def _require_text(path: Path, text: str) -> str:
    if not text.strip():
        raise BadInputError(path, "empty file (no text)")
    return text


def _document(
    path: Path,
    text: str,
    pages: tuple[PageSpan, ...] = (),
    headings: tuple[Heading, ...] = (),
    metadata: dict | None = None,
) -> LoadedDocument:
    """The LoadedDocument, with a title even when the file declares none."""
    metadata = {key: value for key, value in (metadata or {}).items() if value not in (None, "")}
    if not metadata.get("title"):
        metadata["title"] = headings[0].text if headings else _first_short_line(text) or path.stem
    return LoadedDocument(path=str(path), text=text, pages=pages, headings=headings, metadata=metadata)


def _first_short_line(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if line and len(line) < MAX_TITLE_CHARS:
            return line
    return None


def _short(exc: BaseException, limit: int = 100) -> str:
    """A one-line version of a library's error message."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _year_and_date(value: object) -> dict:
    """{"year": 2021, "date": "2021-03-04"} from a datetime or a date string ("June 2021" is kept as is)."""
    if isinstance(value, datetime):
        return {"year": value.year, "date": value.date().isoformat()}
    text = " ".join(str(value or "").split())
    iso = re.match(r"((?:19|20)\d\d)(?:-\d\d(?:-\d\d)?)?", text)
    if iso:
        return {"year": int(iso.group(1)), "date": iso.group(0)}
    year = re.search(r"\b(?:19|20)\d\d\b", text)
    return {"year": int(year.group()), "date": text} if year else {}


# --- text and markdown ------------------------------------------------------------------------


def _decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode as UTF-8 (BOM allowed), UTF-16 with a BOM, or Windows-1252; refuse binary data.

    Windows-1252 stands in for Latin-1 too: the two agree on every printable character, and the five
    bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) are control codes in Latin-1, which
    no real text contains. So bytes that are neither UTF-8 nor Windows-1252 are refused as undecodable.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_strict(path, data, "utf-16"), "utf-16"
    _refuse_binary(path, data)
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


def _refuse_binary(path: Path, data: bytes) -> None:
    """Raise if the bytes hold NULs or many control codes: an image or archive with a text name."""
    sample = data[:_MB]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInputError(path, "binary file, not text (contains NUL bytes)")
    if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > MAX_CONTROL_SHARE * len(sample):
        raise BadInputError(path, "binary file, not text (mostly non-printable characters)")


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
            fields.update(_year_and_date(value))
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


# --- html -------------------------------------------------------------------------------------


def _trafilatura_extract(data: bytes):  # -> trafilatura.settings.Document | None
    import trafilatura

    try:
        return trafilatura.bare_extraction(data, include_comments=False, include_tables=True, with_metadata=True)
    except Exception:  # trafilatura gives up on odd markup; the lxml fallback may still read it
        return None


def _trafilatura_blocks(body) -> Iterator[tuple[str, int]]:
    """(text, heading level or 0) for each block of trafilatura's extracted tree: head, p, list, table, code..."""
    for element in body:
        if element.tag == "table":
            text = "\n".join(_squash(" | ".join(_squash(c) for c in row.iter("cell"))) for row in element.iter("row"))
        elif element.tag == "list":
            text = "\n".join(_squash(item) for item in element.findall("item"))
        elif element.tag == "code":
            text = normalise_whitespace("".join(element.itertext()))
        else:
            text = _squash(element)
        rend = element.get("rend", "") if element.tag == "head" else ""
        level = int(rend[1]) if re.fullmatch(r"h[1-4]", rend) else 0
        if text.strip(" |\n"):
            yield text, level


def _squash(element_or_text) -> str:
    """All the text of an element (or a string) on one line, single-spaced."""
    text = element_or_text if isinstance(element_or_text, str) else "".join(element_or_text.itertext())
    return " ".join(text.split())


_HTML_DROPPED = ("script", "style", "nav", "footer", "header", "noscript", "template")
_HTML_BLOCKS = tuple("p div li tr h1 h2 h3 h4 h5 h6 section article blockquote pre table ul ol dd dt br".split())


def _parse_html(data: bytes):  # -> lxml.html.HtmlElement | None
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(data)
    except (ParserError, ValueError):
        return None


def _html_body_text(data: bytes) -> str:
    """Plain text of <body> without scripts, styles, navigation, header and footer: the fallback."""
    root = _parse_html(data)
    body = root.find("body") if root is not None else None
    if body is None:
        return ""
    for element in list(body.iter(*_HTML_DROPPED)):
        element.drop_tree()
    for element in body.iter(*_HTML_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = [_squash(line) for line in body.text_content().split("\n")]
    return "\n\n".join(line for line in lines if line)


def _html_headings(data: bytes) -> list[tuple[int, str]]:
    """(level, text) of every h1-h4 in the page, in order."""
    root = _parse_html(data)
    if root is None:
        return []
    found = []
    for element in root.iter("h1", "h2", "h3", "h4"):
        text = _squash(element.text_content())
        if text:
            found.append((int(element.tag[1]), text))
    return found


def _locate_headings(text: str, headings: list[tuple[int, str]]) -> tuple[Heading, ...]:
    """Headings found as whole lines of the fallback text, in order; those not found are skipped."""
    located: list[Heading] = []
    position = 0
    for level, title in headings:
        match = re.compile(rf"^{re.escape(title)}$", re.MULTILINE).search(text, position)
        if match:
            located.append(Heading(match.start(), match.end(), level, title))
            position = match.end()
    return tuple(located)


def _html_metadata(extracted, data: bytes) -> dict:
    metadata: dict = {}
    if extracted is not None:
        metadata.update(title=extracted.title, author=extracted.author, **_year_and_date(extracted.date))
    if not metadata.get("title"):
        root = _parse_html(data)
        title = root.findtext(".//title") if root is not None else None
        metadata["title"] = " ".join((title or "").split())
    return metadata


# --- pdf --------------------------------------------------------------------------------------


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
        raise BadInputError(path, f"corrupt or unreadable PDF ({_short(exc)})") from None
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
        raise BadInputError(path, f"corrupt or unreadable PDF ({_short(exc)})") from None
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
            metadata.update(_year_and_date(info.creation_date))
        return metadata
    except Exception:
        return {}


def _useful_title(title: object) -> str:
    """The PDF's title unless it is a leftover file name like 'Microsoft Word - draft3.docx'."""
    title = " ".join(str(title or "").split())
    leftover = re.search(r"\.(docx?|pdf|indd|pptx?|rtf|odt)$", title, re.IGNORECASE)
    return "" if leftover or title.lower() in ("untitled", "title") else title


# --- docx -------------------------------------------------------------------------------------


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


def _assemble_blocks(blocks: list[tuple[str, int]]) -> tuple[str, tuple[Heading, ...]]:
    """Blocks joined by blank lines; headings recorded at their offsets in the joined text."""
    headings: list[Heading] = []
    offset = 0
    for text, level in blocks:
        if level:
            headings.append(Heading(offset, offset + len(text), level, text))
        offset += len(text) + 2
    return "\n\n".join(text for text, _ in blocks), tuple(headings)


def _docx_metadata(document) -> dict:
    try:
        core = document.core_properties
        return {
            "title": (core.title or "").strip(),
            "author": (core.author or "").strip(),
            **_year_and_date(core.created),
        }
    except Exception:
        return {}
