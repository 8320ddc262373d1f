"""Saved web pages: the main text (trafilatura) without menus, banners and comments; plain <body> text
as the fallback; h1-h4 headings at their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ingest.cleanup import normalise_whitespace
from ingest.errors import BadInputError
from ingest.passage import Heading, LoadedDocument
from ingest.reading import assemble_blocks, make_document, read_bytes, refuse_binary, year_and_date


def load_html(path: str | Path) -> LoadedDocument:
    """A web page: its main text by trafilatura (no menus, banners, comments), else the plain <body> text."""
    path = Path(path)
    data = read_bytes(path)
    refuse_binary(path, data)
    extracted = _trafilatura_extract(data)
    blocks = list(_trafilatura_blocks(extracted.body)) if extracted is not None and extracted.body is not None else []
    if blocks:
        text, headings = assemble_blocks(blocks)
    else:
        text = _html_body_text(data)
        headings = _locate_headings(text, _html_headings(data))
    if not text:
        raise BadInputError(path, "no readable text")
    metadata = {"doc_type": "web page", **_html_metadata(extracted, data)}
    return make_document(path, text, headings=headings, metadata=metadata)



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
        metadata.update(title=extracted.title, author=extracted.author, **year_and_date(extracted.date))
    if not metadata.get("title"):
        root = _parse_html(data)
        title = root.findtext(".//title") if root is not None else None
        metadata["title"] = " ".join((title or "").split())
    return metadata
