"""Text clean-up for extracted documents: whitespace, words broken at line ends, footnotes, running headers.

Every function takes text and returns new text; none changes a word or a punctuation mark except
`join_hyphenated_words`, which rejoins words split by a line-end hyphen.
"""

from __future__ import annotations

import re
from collections import Counter

PAGE_BREAK = "\f"  # a line holding only this marks the end of a PDF page; clean_pdf_text keeps it

_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028]")
_SPACES = re.compile(r"[ \t\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff]")  # zero-width spaces and stray byte-order marks
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise_whitespace(text: str) -> str:
    """One space between words, no spaces at line ends or starts, at most one blank line between paragraphs.

    >>> normalise_whitespace("a \\u00a0 b  \\n\\n\\n\\nc\\t")
    'a b\\n\\nc'
    """
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    text = "\n".join(line.strip(" ") for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


# Hyphenated compounds whose first part is one of these keep their hyphen when split at a line end.
_COMPOUND_HEADS = frozenset(
    "anti co cross cyber ex full half high long low medium mid middle non one part post self semi "
    "short small so socio three two well".split()
)
# ... and so do those whose second part is one of these.
_COMPOUND_TAILS = frozenset(
    "based being born bound building centred centered driven free friendly funded led level like "
    "making minded oriented owned related run scale sensitive skilled speaking specific style term "
    "up wide wise".split()
)
_LINE_END_HYPHEN = re.compile(r"[-\u00ad]\n(?=[^\W\d_])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_WORD_AFTER = re.compile(r"[^\W\d_]+")


def join_hyphenated_words(text: str) -> str:
    """Rejoin words split by a hyphen at a line end; keep the hyphen of real compounds.

    >>> join_hyphenated_words("integra-\\ntion and long-\\nterm")
    'integration and long-\\nterm'
    """
    pieces: list[str] = []
    done = 0
    for match in _LINE_END_HYPHEN.finditer(text):
        head = _WORD_BEFORE.search(text, max(0, match.start() - 100), match.start())
        tail = _WORD_AFTER.match(text, match.end())
        if head and tail and _is_broken_word(text, head, match.group()[0], tail.group()):
            pieces.append(text[done : match.start()])
            done = match.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _is_broken_word(text: str, head: re.Match[str], hyphen: str, tail: str) -> bool:
    if hyphen == "\u00ad":  # a soft hyphen only ever marks a break
        return tail[0].islower()
    part_of_longer_compound = head.start() > 0 and text[head.start() - 1] == "-"  # state-of-the-art
    return not part_of_longer_compound and not _is_compound(head.group(), tail)


def _is_compound(head: str, tail: str) -> bool:
    """True for 'long-term', 'Christian-democratic', 'e-mail', '-' before a capital: real hyphens."""
    return (
        not tail[0].islower()
        or head[0].isupper()
        or len(head) == 1
        or head.lower() in _COMPOUND_HEADS
        or tail.lower() in _COMPOUND_TAILS
    )


_URL_LINE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_ENDS_WITH_URL = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
_FOOTNOTE_START = re.compile(r"([1-9]\d{0,2})\s+(\S.*)")
_NOTE_OPENERS = ("ibid", "op. cit", "cf.", "see ", "http", "www.")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\d{0,3}$")  # "... in Belgium.12" ends a sentence too

_SHORT_LINE = 60  # a numbered line shorter than this, without a full stop, is a heading rather than a note
_BLANK, _BODY, _NOTE, _BREAK = "blank", "body", "note", "break"


def separate_footnote_lines(text: str) -> str:
    """Give footnote and bare-URL lines their own paragraphs and rejoin the sentence they interrupted.

    Meant for PDF-extracted text (already whitespace-normalised), where a page's footnotes and link
    annotations sit between the end of one page and the rest of a sentence on the next. Nothing is
    dropped: the notes move to just after the end of the sentence they cut.

    >>> separate_footnote_lines("It was\\n\\n3 Ibid.\\nhttps://x.org\\nagreed in 2020.")
    'It was agreed in 2020.\\n\\n3 Ibid.\\nhttps://x.org'
    """
    lines = text.split("\n")
    kinds = _classify_lines(lines)
    if _NOTE not in kinds and _BREAK not in kinds:
        return text
    blocks = _rejoin_interrupted_sentences(_group_blocks(lines, kinds))
    return "\n\n".join("\n".join(block_lines) for _, block_lines in blocks)


def _classify_lines(lines: list[str]) -> list[str]:
    """Label each line blank, body, note (footnote or bare URL) or break (a PAGE_BREAK line)."""
    first_marks = _first_reference_marks("\n".join(lines))
    kinds: list[str] = []
    previous = _BLANK
    note_continues = False  # the footnote on the previous line goes on to this one
    last_number = 0
    offset = 0  # where the current line starts in text
    for i, line in enumerate(lines):
        kind = _BODY
        number = _footnote_number(line)
        if not line.strip(" "):
            kind = _BLANK
        elif line == PAGE_BREAK:
            kind = _BREAK
        elif note_continues:
            kind = _NOTE
        elif _URL_LINE.fullmatch(line):
            if previous != _BODY or _ends_sentence(lines[i - 1]):
                kind = _NOTE
        elif number and (
            previous in (_BLANK, _NOTE)
            or last_number < number <= last_number + 3
            or first_marks.get(number, offset) < offset
        ):
            kind = _NOTE
        if kind == _NOTE and last_number < number <= last_number + 10:
            last_number = number
        note_continues = kind == _NOTE and not _ends_sentence(line) and not _ENDS_WITH_URL.search(line)
        kinds.append(kind)
        previous = kind
        offset += len(line) + 1
    return kinds


def _footnote_number(line: str) -> int:
    """The footnote number of a line like '12 See https://…' or '3 Ibid.', else 0."""
    match = _FOOTNOTE_START.fullmatch(line)
    if not match:
        return 0
    rest = match.group(2)
    if re.match(r"\d{3}\b", rest):  # "10 000 people": a thousands group, not a note
        return 0
    if len(line) < _SHORT_LINE and not _ends_sentence(line) and not _ENDS_WITH_URL.search(line):
        return 0  # "2 Methodology": a numbered heading
    first = rest[0]
    if first.isupper() or first.isdigit() or first in "“\"‘'([" or rest.lower().startswith(_NOTE_OPENERS):
        return int(match.group(1))
    return 0


def _first_reference_marks(text: str) -> dict[int, int]:
    """Where each footnote mark first appears glued to a word, as the 12 in 'litigation.12'."""
    first: dict[int, int] = {}
    for match in re.finditer(r"(?<=[^\s\d])([1-9]\d{0,2})(?!\d)", text):
        first.setdefault(int(match.group(1)), match.start())
    return first


def _ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line.rstrip(" ")) is not None


def _group_blocks(lines: list[str], kinds: list[str]) -> list[tuple[str, list[str]]]:
    """Runs of same-kind lines; blank lines end a run, a break is a block of its own."""
    blocks: list[tuple[str, list[str]]] = []
    previous = _BLANK
    for line, kind in zip(lines, kinds, strict=True):
        if kind == _BLANK:
            previous = _BLANK
            continue
        if kind == previous and kind != _BREAK:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
        previous = kind
    return blocks


def _rejoin_interrupted_sentences(blocks: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """When notes or a page break cut a sentence, glue its end to its start and put the notes after it."""
    out: list[tuple[str, list[str]]] = []
    pending: list[tuple[str, list[str]]] = []  # notes and page breaks not yet placed
    cut = False  # notes or a page break stand between the last body block and this one
    for kind, block_lines in blocks:
        if kind != _BODY:
            pending.append((kind, block_lines))
            cut = True
            continue
        previous = out[-1][1] if out and out[-1][0] == _BODY else None
        if cut and previous and _continues(previous[-1], block_lines[0]):
            head, rest = _split_after_first_sentence(block_lines)
            previous[-1] += ("\n" if previous[-1].endswith("-") else " ") + head[0]
            previous.extend(head[1:])
            if rest or _ends_sentence(head[-1]):  # the sentence is whole again: the notes go here
                out.extend(pending)
                pending = []
                if rest:
                    out.append((_BODY, rest))
        else:
            out.extend(pending)
            pending = []
            out.append((kind, list(block_lines)))
        cut = False
    out.extend(pending)
    return out


_SENTENCE_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*\d{0,3}(\s+)[\"“‘(]?(\w)")


def _split_after_first_sentence(lines: list[str]) -> tuple[list[str], list[str]]:
    """(lines up to the end of the first sentence, the lines after it); a line may be cut in two."""
    text = "\n".join(lines)
    for match in _SENTENCE_BOUNDARY.finditer(text):
        if match.group(2).isupper():
            head, rest = text[: match.start(1)], text[match.end(1) :]
            return head.split("\n"), rest.split("\n")
    return lines, []


def _continues(line: str, next_line: str) -> bool:
    """True when `next_line` carries on the unfinished sentence at the end of `line`."""
    return not _ends_sentence(line) and next_line[:1].islower()


_PAGE_NUMBER = re.compile(
    r"(?:page|pagina|p\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of|van|sur|de)\s*\d{1,4})?",
    re.IGNORECASE,
)
_EDGE_DEPTH = 2  # how many lines at the top and bottom of a page may be a running header or footer


def remove_running_lines(pages: list[str]) -> list[str]:
    """Drop running headers and footers (the same line, digits aside, at the top or bottom of most
    pages, at least 3) and bare page numbers from the top and bottom of each page."""
    page_lines = [page.split("\n") for page in pages]
    needed = max(3, len(pages) // 2)
    top = Counter(key for lines in page_lines for key in set(map(_running_key, _edge(lines, top=True))))
    bottom = Counter(key for lines in page_lines for key in set(map(_running_key, _edge(lines, top=False))))
    running = {key for counts in (top, bottom) for key, n in counts.items() if n >= needed and key}
    return ["\n".join(_trim_page(lines, running)) for lines in page_lines]


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _edge(lines: list[str], top: bool) -> list[str]:
    non_blank = [line for line in lines if line.strip()]
    return non_blank[:_EDGE_DEPTH] if top else non_blank[-_EDGE_DEPTH:]


def _trim_page(lines: list[str], running: set[str]) -> list[str]:
    lines = list(lines)
    for top in (True, False):
        for _ in range(_EDGE_DEPTH):
            while lines and not lines[0 if top else -1].strip():
                lines.pop(0 if top else -1)
            if not lines:
                break
            line = lines[0 if top else -1]
            if _running_key(line) in running or _PAGE_NUMBER.fullmatch(line.strip()):
                lines.pop(0 if top else -1)
            else:
                break
    return lines


def clean_pdf_text(text: str) -> str:
    """Whitespace, footnotes and broken words fixed in PDF-extracted text; PAGE_BREAK lines are kept."""
    text = normalise_whitespace(text.replace(PAGE_BREAK, f"\n{PAGE_BREAK}\n"))
    return join_hyphenated_words(separate_footnote_lines(text))


def clean_plain_text(text: str) -> str:
    """The same clean-up for a .txt file (often itself a PDF dump); form feeds become paragraph breaks.

    Only whitespace changes, words split by a line-end hyphen are rejoined, and footnote lines that
    cut a sentence move after it; every other word and punctuation mark stays as it was.
    """
    text = clean_pdf_text(text)
    return join_broken_paragraphs(re.sub(rf"\n*{PAGE_BREAK}\n*", "\n\n", text).strip("\n"))


_BROKEN_PARAGRAPH = re.compile(r"(?<=[\w,)\]])\n\n(?=[a-z])")


def join_broken_paragraphs(text: str) -> str:
    r"""A blank line inside a sentence (the text before it ends without punctuation, the text after starts in
    lower case: "... (SINGA and MENA)\n\narranged a tour") is a copy-paste or page artefact; it becomes a space.
    Only whitespace changes, so passages and citations still quote the report word for word.

    >>> join_broken_paragraphs("refugee organisations (SINGA and MENA)\n\narranged a tour.\n\nNext one.")
    'refugee organisations (SINGA and MENA) arranged a tour.\n\nNext one.'
    """
    return _BROKEN_PARAGRAPH.sub(" ", text)
