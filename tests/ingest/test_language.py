"""Language detection on short and longer texts in the corpus languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.language import SNOWBALL_LANGUAGES, detect_language

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city has a plan for the reception of refugees.", "en"),
        ("Newcomers get language courses from the first week.", "en"),
        ("De stad heeft een plan voor de opvang van vluchtelingen.", "nl"),
        ("Nieuwkomers krijgen taallessen vanaf de eerste week.", "nl"),
        ("La ville a un plan pour l'accueil des réfugiés.", "fr"),
        ("Les nouveaux arrivants suivent des cours de langue dès la première semaine.", "fr"),
        (
            "Die Stadt Gent hat eine umfassende Politik für die Aufnahme von Flüchtlingen entwickelt "
            "und arbeitet eng mit der Zivilgesellschaft zusammen.",
            "de",
        ),
    ],
)
def test_short_sentences(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "Ghent", "OK"])
def test_too_short_or_wordless_text_is_english(text):
    assert detect_language(text) == "en"


def test_detection_is_deterministic():
    text = "Integratie en inburgering in Gent"
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_seed_reports_are_english():
    for path in CORPUS.glob("*.txt"):
        assert detect_language(path.read_text(encoding="utf-8")) == "en", path.name


def test_long_text_uses_only_its_beginning():
    text = "De stad heeft een plan voor de opvang van vluchtelingen. " * 200 + "The end is English. " * 2000
    assert detect_language(text) == "nl"


def test_snowball_names_are_known_to_pystemmer():
    stemmer = pytest.importorskip("Stemmer")
    assert set(SNOWBALL_LANGUAGES.values()) <= set(stemmer.algorithms())
    assert {"en", "nl", "fr", "de"} <= set(SNOWBALL_LANGUAGES)
