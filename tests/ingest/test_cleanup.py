"""Clean-up functions on small inputs, and on the PDF-extracted seed report."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from ingest.cleanup import (
    PAGE_BREAK,
    clean_pdf_text,
    clean_plain_text,
    join_broken_paragraphs,
    join_hyphenated_words,
    normalise_whitespace,
    remove_running_lines,
    separate_footnote_lines,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
GCM_REPORT = CORPUS / "global-compact-migration-belgium-flanders.txt"


def squash(text: str) -> str:
    return " ".join(text.split())


# --- normalise_whitespace ---------------------------------------------------------------------


def test_normalise_whitespace_collapses_spaces_and_keeps_line_breaks():
    text = "Ghent\u00a0 has\t\ta  plan.   \r\nIt works.\u202f\n\n\n\nNext   paragraph.\n"
    assert normalise_whitespace(text) == "Ghent has a plan.\nIt works.\n\nNext paragraph."


def test_normalise_whitespace_strips_line_ends_and_blank_lines_at_the_edges():
    assert normalise_whitespace("\n\n   indented line  \n \n\t\n last ") == "indented line\n\nlast"


def test_normalise_whitespace_drops_zero_width_spaces_only():
    assert normalise_whitespace("inte\u200bgration café") == "integration café"


# --- join_hyphenated_words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the integra-\ntion of newcomers", "the integration of newcomers"),
        ("a de-\nvelopment plan", "a development plan"),
        ("soft\u00ad\nhyphen", "softhyphen"),
    ],
)
def test_join_hyphenated_words_rejoins_broken_words(text, expected):
    assert join_hyphenated_words(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a long-term plan",  # not at a line end
        "a long-\nterm plan",  # known compound head
        "for low-\nskilled workers",
        "evidence-\nbased policy",  # known compound tail
        "socialist, Christian-\ndemocratic parties",  # capitalised first part
        "the Flemish-\nSpeaking community",  # capital after the hyphen
        "state-of-the-\nart tools",  # part of a longer compound
        "CommHR/DM/sf 062-\n2018",  # digits
        "e-\nmail",  # one-letter prefix
    ],
)
def test_join_hyphenated_words_keeps_real_hyphens(text):
    assert join_hyphenated_words(text) == text


# --- separate_footnote_lines ------------------------------------------------------------------


def test_text_without_notes_is_returned_unchanged():
    text = "1. The first point.\n2. The second point\nruns on.\n\n40 years. A line starting with a number."
    assert separate_footnote_lines(text) == text


def test_url_line_after_a_finished_sentence_gets_its_own_paragraph():
    text = "The city funds volunteer networks.\nhttps://example.org/report.pdf\nIt refers newcomers to them."
    assert separate_footnote_lines(text) == (
        "The city funds volunteer networks.\n\nhttps://example.org/report.pdf\n\nIt refers newcomers to them."
    )


def test_url_lines_that_cut_a_sentence_move_after_it():
    text = "The city funds volunteer networks and\n\nhttps://example.org/report.pdf\nrefers newcomers to them."
    assert separate_footnote_lines(text) == (
        "The city funds volunteer networks and refers newcomers to them.\n\nhttps://example.org/report.pdf"
    )


def test_url_after_an_unfinished_phrase_stays_in_the_sentence():
    text = "The full text is available at\nhttps://example.org\nand on paper."
    assert separate_footnote_lines(text) == text


def test_footnote_lines_with_reference_marks_move_out_of_the_sentence():
    text = (
        "The agreement was criticised.12 It was then\n"
        "12 See https://example.org/agreement\n"
        "13 Ibid.\n"
        "signed by all parties."
    )
    assert separate_footnote_lines(text) == (
        "The agreement was criticised.12 It was then signed by all parties.\n\n"
        "12 See https://example.org/agreement\n13 Ibid."
    )


def test_multi_line_footnote_after_a_blank_line_keeps_its_continuation():
    text = (
        "Access remains limited, whereas this should\n\n"
        "3 See generally Moonen, Desmet and Ruys (eds), Het Migratiepact,\n"
        "die Keure 2020.\n"
        "4 Ibid.\n\n"
        "increase by 2030. A new paragraph starts here."
    )
    assert separate_footnote_lines(text) == (
        "Access remains limited, whereas this should increase by 2030.\n\n"
        "3 See generally Moonen, Desmet and Ruys (eds), Het Migratiepact,\ndie Keure 2020.\n4 Ibid.\n\n"
        "A new paragraph starts here."
    )


def test_notes_before_a_new_sentence_stay_where_they_are():
    text = "The first part ends here.\n\n5 Ibid.\n\nA new sentence begins."
    assert separate_footnote_lines(text) == text


def test_numbers_that_are_not_footnotes_stay_in_the_paragraph():
    text = "Since then, the city has received\n10 000 people and\n3 days later another\n12 Member States joined."
    assert separate_footnote_lines(text) == text


def test_numbered_headings_are_not_footnotes():
    text = "The method is described below, in\n\n2 Methodology\n\nthree steps."
    assert separate_footnote_lines(text) == text


def test_page_breaks_are_kept_and_a_sentence_crossing_them_is_rejoined():
    text = f"It was agreed that\n{PAGE_BREAK}\nthe plan starts in 2024.\n\nNext paragraph."
    assert separate_footnote_lines(text) == (
        f"It was agreed that the plan starts in 2024.\n\n{PAGE_BREAK}\n\nNext paragraph."
    )


# --- remove_running_lines ---------------------------------------------------------------------


TOPICS = ["Reception of newcomers.", "Labour market access.", "Housing policy.", "Health care for all."]


def test_running_header_and_page_numbers_are_removed():
    pages = [f"Annual Report 2023\n{topic}\nMore on {topic}\n{n}" for n, topic in enumerate(TOPICS, 1)]
    assert remove_running_lines(pages) == [f"{topic}\nMore on {topic}" for topic in TOPICS]


def test_header_differing_only_in_digits_counts_as_the_same():
    pages = [f"Chapter 2 | page {n}\n{topic}" for n, topic in enumerate(TOPICS[:3], 1)]
    assert remove_running_lines(pages) == TOPICS[:3]


def test_a_line_repeated_on_two_pages_only_is_kept():
    pages = ["Summary\nFirst page.", "Summary\nSecond page.", "Other\nThird page."]
    assert remove_running_lines(pages) == pages


def test_page_number_forms():
    pages = [f"Page 1 of 3\n{TOPICS[0]}", f"- 2 -\n{TOPICS[1]}", f"{TOPICS[2]}\n3/3"]
    assert remove_running_lines(pages) == TOPICS[:3]


# --- composed clean-ups -----------------------------------------------------------------------


def test_clean_pdf_text_keeps_one_break_per_page():
    pages = ["First page text.", "  Second  page,\nwith a bro-\nken word.", "Third."]
    cleaned = clean_pdf_text(f"\n{PAGE_BREAK}\n".join(pages))
    assert cleaned.count(PAGE_BREAK) == 2
    assert "broken word." in cleaned


def test_clean_plain_text_turns_form_feeds_into_paragraph_breaks():
    assert clean_plain_text("Page one.\fPage two.") == "Page one.\n\nPage two."


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_clean_plain_text_loses_and_changes_no_word_of_a_seed_report(path):
    original = path.read_text(encoding="utf-8")
    cleaned = clean_plain_text(original)
    assert Counter(cleaned.split()) == Counter(original.split())
    flat = squash(cleaned)
    for line in original.split("\n"):
        # a line is intact, or cut in two at a sentence end (where moved footnotes now sit)
        pieces = re.split(r"(?<=[.!?])\s+(?=[A-Z])", squash(line))
        assert squash(line) in flat or all(piece in flat for piece in pieces), line


def test_clean_plain_text_rejoins_sentences_cut_by_footnotes_in_the_seed_report():
    cleaned = clean_plain_text(GCM_REPORT.read_text(encoding="utf-8"))
    paragraphs = cleaned.split("\n\n")
    flat = [squash(p) for p in paragraphs]
    assert any(p.endswith("whereas this should increase to 0,7% by 2030 to achieve the SDGs.") for p in flat)
    assert any(p.startswith("In the same year, Belgium spent 37,1% of ODA") for p in flat)
    assert any("entitled to legal assistance. 42 Undocumented migrant families" in p for p in flat)
    assert any("they are proportionate, equitable, non-discriminatory" in p for p in flat)
    # footnotes and link lists now start paragraphs of their own
    assert any(p.startswith("8 The non-inclusion of certain objectives") for p in paragraphs)
    assert any(p.startswith("https://www.myria.be/en") for p in paragraphs)
    # real hyphens at line ends are left alone
    assert "Christian-\ndemocratic" in cleaned and '"low-\nskilled"' in cleaned


@pytest.mark.parametrize(
    "name",
    [
        "ghent-city-profile-moving-cities.txt",
        "ghent-city-report-moving-cities-2021.txt",
        "migrant-integration-local-level-belgium.txt",
        "refugee-solidarity-view-from-ghent.txt",
    ],
)
def test_seed_reports_without_footnotes_only_get_whitespace_changes(name):
    original = (CORPUS / name).read_text(encoding="utf-8")
    assert clean_plain_text(original) == join_broken_paragraphs(normalise_whitespace(original))
    assert clean_plain_text(original).split() == original.split()


def test_a_sentence_cut_by_a_blank_line_is_joined_but_paragraphs_and_headings_stay():
    text = ("youth organisations (JES vzw and Tumult vzw)\n\narranged a four-day cycling tour.\n\n"
            "An active civil society\n\nSecondly, many organisations are active.\n\nwww.example.org")
    assert join_broken_paragraphs(text) == (
        "youth organisations (JES vzw and Tumult vzw) arranged a four-day cycling tour.\n\n"
        "An active civil society\n\nSecondly, many organisations are active.\n\nwww.example.org")
