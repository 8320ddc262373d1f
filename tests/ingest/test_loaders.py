"""Each loader on a small file generated here, and the bad files every loader must refuse clearly."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest import loaders, web_page
from ingest.errors import BadInputError
from ingest.loaders import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, load_document
from ingest.passage import LoadedDocument

ROOT = Path(__file__).resolve().parents[2]

PAGE_TEXTS = [
    "Ghent coordinates the reception of newcomers. Shelter and language courses start in the first week.",
    "Job coaches help refugees find work. Most participants sign a contract within one year.",
    "Social rental agencies mediate between landlords and tenants. Waiting lists remain long.",
]


def assert_headings_match(doc: LoadedDocument) -> None:
    for heading in doc.headings:
        assert doc.text[heading.start : heading.end] == heading.text


def refused(path: Path) -> str:
    """The one-line message load_document gives for a bad file."""
    with pytest.raises(BadInputError) as info:
        load_document(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert "\n" not in message
    return info.value.reason


# --- file makers ------------------------------------------------------------------------------


def make_pdf(path: Path, pages: list[list[str]], header: str | None = "Annual Report 2023") -> Path:
    """A PDF with one line of text per entry, a running header and a page number at the bottom."""
    from fpdf import FPDF

    class ReportPDF(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("helvetica", size=9)
                self.cell(0, 8, header, align="C")
                self.ln(14)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("helvetica", size=9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = ReportPDF()
    pdf.set_title("Integration in Flanders")
    pdf.set_author("Jan Peeters")
    pdf.set_creation_date(datetime(2023, 4, 1, tzinfo=UTC))
    for lines in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for line in lines:
            pdf.cell(0, 6, line)
            pdf.ln(6)
    pdf.output(str(path))
    return path


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Refugee solidarity in Ghent"
    document.core_properties.author = "Kathleen Van de Kerckhove"
    document.core_properties.created = datetime(2016, 12, 21)
    document.add_heading("Refugee solidarity", level=0)
    document.add_heading("1. Introduction", level=1)
    document.add_paragraph("The city set up a Taskforce on Refugees in 2015.")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Arrivals in Ghent"  # a merged cell counts once
    for row, cells in zip(table.rows[1:], [("Year", "Asylum seekers"), ("2016", "250")], strict=True):
        row.cells[0].text, row.cells[1].text = cells
    document.add_heading("1.1 Working groups", level=2)
    document.add_paragraph("There are three working groups:   shelter, integration and volunteers.")
    document.save(str(path))
    return path


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Local integration policy in Ghent | City News</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2022-05-17"></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies</div>
<main><article>
<h1>Local integration policy in Ghent</h1>
<p>The city of Ghent has developed a comprehensive approach to the reception of newcomers, combining
language courses, housing support and job coaching in a single trajectory.</p>
<h2>Collaboration with civil society</h2>
<p>Civil society organisations play a central role: the city funds volunteer networks and refers newcomers
to them from the first week of their arrival, which strengthens social cohesion.</p>
<ul><li>Language courses in the first week</li><li>Job coaching   for every newcomer</li></ul>
<table><tr><th>Year</th><th>Newcomers</th></tr><tr><td>2021</td><td>1200</td></tr></table>
<h3>Results so far</h3>
<p>An evaluation in 2022 found that participants found work faster than a comparison group, and that the
cooperation between services improved markedly over three years.</p>
</article>
<div class="share-buttons social-share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</main>
<footer><p>Copyright 2023 City News. All rights reserved.</p></footer>
</body></html>
"""


# --- text -------------------------------------------------------------------------------------


def test_text_file_keeps_its_words_and_tidies_whitespace(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("\ufeffIntegration in Ghent\r\n\r\n\r\nThe city  funds   volunteer\tnetworks.  \r\n".encode())
    doc = load_document(path)
    assert doc.text == "Integration in Ghent\n\nThe city funds volunteer networks."
    assert doc.metadata == {"doc_type": "text", "encoding": "utf-8", "title": "Integration in Ghent"}
    assert doc.pages == () and doc.headings == ()


def test_text_file_in_windows_1252_is_decoded(tmp_path):
    path = tmp_path / "brief.TXT"
    path.write_bytes("Le café « Solidarité » – 2021".encode("cp1252"))
    doc = load_document(path)
    assert doc.text == "Le café « Solidarité » – 2021"
    assert doc.metadata["encoding"] == "cp1252"


def test_utf16_text_with_bom_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Opvang van nieuwkomers".encode("utf-16"))
    assert load_document(path).text == "Opvang van nieuwkomers"


def test_title_falls_back_to_the_file_stem_when_no_line_is_short(tmp_path):
    path = tmp_path / "long-lines.txt"
    path.write_text("word " * 100, encoding="utf-8")
    assert load_document(path).metadata["title"] == "long-lines"


# --- markdown ---------------------------------------------------------------------------------


def test_markdown_headings_have_offsets_in_the_final_text(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(
        "---\ntitle: Moving Cities: Ghent\ndate: 2021-06-01\n---\n"
        "# Ghent city report\n\nIntro text.\n\n## 2. Local background ##\n\nThe city has   260 000 inhabitants.\n\n"
        "```bash\n# not a heading\n```\n\nSelected approaches\n-------------------\n\nJobteam Ghent helps.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert [(h.level, h.text) for h in doc.headings] == [
        (1, "Ghent city report"),
        (2, "2. Local background"),
        (2, "Selected approaches"),
    ]
    assert_headings_match(doc)
    assert "# not a heading" in doc.text and "## " not in doc.text and "---" not in doc.text
    assert "The city has 260 000 inhabitants." in doc.text
    assert doc.metadata["title"] == "Moving Cities: Ghent"
    assert doc.metadata["year"] == 2021 and doc.metadata["doc_type"] == "markdown"


def test_markdown_title_falls_back_to_the_first_heading(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Some words first that are not a heading.\n\n# The real title\n\nBody.", encoding="utf-8")
    assert load_document(path).metadata["title"] == "The real title"


# --- html -------------------------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_the_page_furniture(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = load_document(path)
    assert "comprehensive approach to the reception of newcomers" in doc.text
    assert "cooperation between services improved markedly" in doc.text
    assert "Year | Newcomers\n2021 | 1200" in doc.text
    assert "Language courses in the first week\nJob coaching for every newcomer" in doc.text
    # a paragraph wrapped over several source lines stays one paragraph
    assert "combining language courses, housing support" in doc.text
    for junk in ("About us", "cookies", "Share on Facebook", "Copyright", "|---|"):
        assert junk not in doc.text
    assert [(h.level, h.text) for h in doc.headings] == [
        (1, "Local integration policy in Ghent"),
        (2, "Collaboration with civil society"),
        (3, "Results so far"),
    ]
    assert_headings_match(doc)
    assert doc.metadata["title"] == "Local integration policy in Ghent"
    assert doc.metadata["author"] == "Jane Doe"
    assert doc.metadata["year"] == 2022 and doc.metadata["date"] == "2022-05-17"
    assert doc.metadata["doc_type"] == "web page"


def test_html_falls_back_to_body_text_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(web_page, "_trafilatura_extract", lambda data: None)
    path = tmp_path / "plain.HTM"
    path.write_text(
        "<html><head><title>Opening hours</title><style>p {color: red}</style></head><body>"
        "<nav>Home | Contact</nav><header>City of Ghent</header><h2>Opening hours</h2>"
        "<p>The welcome desk is open on weekdays.</p><script>track()</script>"
        "<footer>Privacy policy</footer></body></html>",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.text == "Opening hours\n\nThe welcome desk is open on weekdays."
    assert doc.metadata["title"] == "Opening hours"
    assert_headings_match(doc)


def test_html_without_readable_text_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><style>p {color: red}</style></head><body><script>var x = 1;</script></body></html>",
        encoding="utf-8",
    )
    assert refused(path) == "no readable text"


# --- pdf --------------------------------------------------------------------------------------


def test_pdf_pages_without_running_header_and_numbers(tmp_path):
    path = make_pdf(tmp_path / "annual.pdf", [[text] for text in PAGE_TEXTS])
    doc = load_document(path)
    assert "Annual Report" not in doc.text
    assert [span.number for span in doc.pages] == [1, 2, 3]
    for span, page_text in zip(doc.pages, PAGE_TEXTS, strict=True):
        assert doc.text[span.start : span.end] == page_text
    assert doc.text == "\n\n".join(PAGE_TEXTS)
    assert doc.metadata == {
        "doc_type": "pdf",
        "title": "Integration in Flanders",
        "author": "Jan Peeters",
        "year": 2023,
        "date": "2023-04-01",
    }


def test_pdf_sentence_cut_by_a_footnote_and_a_page_break_is_rejoined(tmp_path):
    pages = [
        ["In 2018 the agreement was criticised.1 Its target should", "1 See https://example.org/agreement"],
        ["increase to 0.7% by 2030. Other measures follow.", "The city also funds volunteer work."],
        ["Housing remains the main challenge."],
    ]
    doc = load_document(make_pdf(tmp_path / "notes.pdf", pages))
    first, second, third = (doc.text[span.start : span.end] for span in doc.pages)
    # the end of the cut sentence counts as page 1, where the sentence starts; the footnote follows it
    assert first == (
        "In 2018 the agreement was criticised.1 Its target should increase to 0.7% by 2030.\n\n"
        "1 See https://example.org/agreement"
    )
    assert second == "Other measures follow.\nThe city also funds volunteer work."
    assert third == "Housing remains the main challenge."


def test_pdf_owner_password_only_still_opens(tmp_path):
    from pypdf import PdfWriter

    source = make_pdf(tmp_path / "open.pdf", [[text] for text in PAGE_TEXTS])
    writer = PdfWriter(clone_from=str(source))
    writer.encrypt(user_password="", owner_password="owner-secret")
    path = tmp_path / "restricted.pdf"
    writer.write(str(path))
    assert PAGE_TEXTS[0] in load_document(path).text


# --- docx -------------------------------------------------------------------------------------


def test_docx_paragraphs_tables_and_headings_in_order(tmp_path):
    doc = load_document(make_docx(tmp_path / "solidarity.docx"))
    assert doc.text == (
        "Refugee solidarity\n\n1. Introduction\n\nThe city set up a Taskforce on Refugees in 2015.\n\n"
        "Arrivals in Ghent\nYear | Asylum seekers\n2016 | 250\n\n1.1 Working groups\n\n"
        "There are three working groups: shelter, integration and volunteers."
    )
    assert [(h.level, h.text) for h in doc.headings] == [
        (1, "Refugee solidarity"),
        (1, "1. Introduction"),
        (2, "1.1 Working groups"),
    ]
    assert_headings_match(doc)
    assert doc.metadata == {
        "doc_type": "word document",
        "title": "Refugee solidarity in Ghent",
        "author": "Kathleen Van de Kerckhove",
        "year": 2016,
        "date": "2016-12-21",
    }


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.pdf", "empty.docx", "empty.html"])
def test_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert refused(path) == "empty file (no text)"


def test_whitespace_only_text_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n\u00a0\n", encoding="utf-8")
    assert refused(path) == "empty file (no text)"


def test_random_bytes_named_pdf(tmp_path):
    path = tmp_path / "random.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    assert refused(path).startswith("corrupt or unreadable PDF (")


def test_web_page_saved_with_a_pdf_name(tmp_path):
    path = tmp_path / "download.pdf"
    path.write_text("<html><body>Access denied</body></html>", encoding="utf-8")
    assert refused(path) == "corrupt or unreadable PDF (no %PDF header: is it really a PDF?)"


def test_truncated_pdf(tmp_path):
    whole = make_pdf(tmp_path / "whole.pdf", [[text] for text in PAGE_TEXTS]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    assert refused(path).startswith("corrupt or unreadable PDF (")


def test_password_protected_pdf(tmp_path):
    from pypdf import PdfWriter

    source = make_pdf(tmp_path / "open.pdf", [[text] for text in PAGE_TEXTS])
    writer = PdfWriter(clone_from=str(source))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    writer.write(str(path))
    assert refused(path) == "encrypted PDF (password protected)"


def test_pdf_without_text(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")  # a "scan": marks on the page but no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    assert refused(path) == "no extractable text (scanned PDF? OCR is not supported)"


def test_corrupt_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    assert refused(path).startswith("corrupt or unreadable Word document (")


def test_old_word_file_with_a_docx_name(tmp_path):
    path = tmp_path / "legacy.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert refused(path) == "old Word 97-2003 (.doc) file with a .docx name; save it as .docx"


def test_binary_file_named_html(tmp_path):
    path = tmp_path / "photo.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)))
    assert refused(path) == "binary file, not text (contains NUL bytes)"


def test_binary_file_named_txt(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert refused(path) == "binary file, not text (contains NUL bytes)"


def test_control_characters_named_md(tmp_path):
    path = tmp_path / "data.md"
    path.write_bytes(bytes(range(1, 32)) * 20 + b"some text")
    assert refused(path) == "binary file, not text (mostly non-printable characters)"


def test_undecodable_text(tmp_path):
    # 0xE9 is not UTF-8 here, and 0x81 is undefined in Windows-1252 (a C1 control code in Latin-1)
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Le caf\xe9 est \x81 ouvert.")
    reason = refused(path)
    assert reason.startswith("cannot decode text: not UTF-8 (byte 0xe9 at offset 6)")
    assert "not Windows-1252/Latin-1 (byte 0x81 at offset 12)" in reason


def test_unsupported_extension(tmp_path):
    path = tmp_path / "slides.xyz"
    path.write_text("text", encoding="utf-8")
    reason = refused(path)
    assert reason.startswith("unsupported file type '.xyz' (supported: .txt, .md")
    assert all(ext in reason for ext in SUPPORTED_EXTENSIONS)


def test_missing_file(tmp_path):
    assert refused(tmp_path / "nowhere.pdf") == "file not found"


def test_folder_with_a_supported_name(tmp_path):
    path = tmp_path / "folder.txt"
    path.mkdir()
    assert refused(path) == "not a file (it is a folder)"


@pytest.mark.parametrize("name", ["huge.pdf", "huge.txt"])
def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, name):
    path = tmp_path / name
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written
    assert refused(path) == "file too large (50.1 MB; limit 50 MB)"


def test_library_errors_become_bad_input(tmp_path, monkeypatch):
    def broken_loader(path):
        raise KeyError("/Root")

    monkeypatch.setitem(loaders._LOADERS, ".txt", broken_loader)
    path = tmp_path / "odd.txt"
    path.write_text("text", encoding="utf-8")
    assert refused(path) == "cannot read file ('/Root')"


def test_importing_the_loaders_imports_no_document_library():
    code = (
        "import sys, ingest.loaders, ingest.cleanup, ingest.language; "
        "print(sorted(m for m in ('pypdf', 'docx', 'trafilatura', 'lxml', 'langdetect') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_pdf_page_that_cannot_be_read_is_skipped_and_reported(tmp_path, monkeypatch):
    from pypdf import PageObject

    real_extract = PageObject.extract_text

    def flaky_extract(self, *args, **kwargs):
        text = real_extract(self, *args, **kwargs)
        if "Job coaches" in text:
            raise ValueError("bad content stream")
        return text

    monkeypatch.setattr(PageObject, "extract_text", flaky_extract)
    doc = load_document(make_pdf(tmp_path / "flaky.pdf", [[text] for text in PAGE_TEXTS]))
    assert [span.number for span in doc.pages] == [1, 3]
    assert doc.metadata["unreadable_pages"] == "2"


def test_every_evaluation_quote_is_in_the_loaded_seed_report():
    import json

    question_files = [ROOT / "eval" / "questions.jsonl", ROOT / "eval" / "heldout.jsonl"]
    items = [json.loads(line) for f in question_files if f.exists() for line in f.read_text().splitlines() if line]
    if not items:
        pytest.skip("no evaluation questions")
    texts = {}
    for item in items:
        for doc_id in item["docs"]:
            if doc_id not in texts:
                texts[doc_id] = " ".join(load_document(ROOT / "corpus" / f"{doc_id}.txt").text.split())
        for quote in item["quotes"]:
            assert any(" ".join(quote.split()) in texts[d] for d in item["docs"]), (item["id"], quote)
