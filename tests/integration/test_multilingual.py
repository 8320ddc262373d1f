"""The multilingual e5 store: Dutch and French questions find the English passages."""

from __future__ import annotations

import pytest

from ingest.pipeline import ingest_paths
from ingest.settings import Settings
from tests.conftest import CORPUS

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def e5_engine(tmp_path_factory):
    from qa.engine import Engine

    settings = Settings(data_dir=tmp_path_factory.mktemp("e5") / "data", embedder="e5")
    # the Global Compact report quotes Dutch and French titles in its footnotes: a Dutch question's words
    # match those, which is why a question in another language is ranked by the multilingual embedder alone
    report = ingest_paths([CORPUS / "ghent-city-report-moving-cities-2021.txt",
                           CORPUS / "refugee-solidarity-view-from-ghent.txt",
                           CORPUS / "global-compact-migration-belgium-flanders.txt"], settings)
    assert report.ok
    return Engine(settings)


@pytest.mark.parametrize("question, expected", [
    ("Wat is het doel van Jobteam Gent?", "Jobteam"),
    ("Combien de demandeurs d'asile pouvait accueillir le nouveau centre d'accueil sur l'eau à Gand ?", "250"),
    ("Hoeveel asielzoekers kon het nieuwe drijvende opvangcentrum (de ponton) in Gent huisvesten?", "250"),
    ("Op welke datum werd de nieuwe Belgische federale regering gevormd?", "30 September 2020"),
])
def test_cross_language_questions_find_english_passages(e5_engine, question, expected):
    answer = e5_engine.answer(question)
    top = " ".join(h.chunk.text for h in answer.passages[:3])
    assert expected in top


def test_store_records_its_embedder(e5_engine):
    assert e5_engine.store.embedder_name == "e5"


@pytest.mark.parametrize("question, expected", [
    ("Wie onderhandelde namens België over het Global Compact for Migration?", "Bodson"),
    ("Wat is momenteel het enige zogenaamde alternatief voor detentie van migranten in België?", "return homes"),
    ("Par quelle procédure les migrants en séjour irrégulier en Belgique peuvent-ils obtenir des soins de santé ?",
     "urgent medical assistance"),
    ("Quel niveau de revenus est exigé pour le regroupement familial avec des Belges et des ressortissants de "
     "l'EEE ?", "120%"),
    # a footnote of Dutch and French titles comes close to a question in those languages, yet says nothing
    ("Qui présidait la commission chargée d'évaluer la politique belge de retour volontaire et forcé ?", "Bossuyt"),
])
def test_cross_language_questions_are_answered_from_the_sentences_closest_in_meaning(e5_engine, question, expected):
    answer = e5_engine.answer(question)
    assert not answer.refused and expected in answer.text, answer.text
    for c in answer.citations:  # still the reports' own sentences, cited exactly
        assert c.chunk.text[c.start - c.chunk.start:c.end - c.chunk.start] == c.quote


def test_a_report_a_cross_language_question_names_is_read(e5_engine):
    # "volgens het openDemocracy-artikel": the multilingual ranking alone is flat, the named report weighs as much
    answer = e5_engine.answer("Welk aandeel van de asielzoekers in België werd volgens het openDemocracy-artikel "
                              "van 2016 erkend als vluchteling?")
    assert "60%" in " ".join(h.chunk.text for h in answer.passages[:3])


@pytest.mark.parametrize("question", [
    "Wanneer werd de Reno-boot uit dienst genomen?",
    "Quel pourcentage des habitants de Gand a un passé migratoire ?",
])
def test_cross_language_questions_the_reports_do_not_answer_are_refused(e5_engine, question):
    assert e5_engine.answer(question).refused
