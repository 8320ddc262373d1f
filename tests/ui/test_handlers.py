"""The web chat's handlers as plain functions, with a fake engine: no server, no browser."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from ingest.errors import BadQuestionError
from qa.result import answer_json
from tests.ui.fakes import FakeEngine
from ui import handlers, render


def shown(markup: str) -> str:
    """The text a browser shows for `markup`: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


def run_ask(engine, question, turns=None, doc_ids=None):
    steps = list(handlers.ask(engine, question, turns, doc_ids, pause=0))
    return steps, steps[-1][0], steps[-1][1]


def test_ask_streams_sentence_by_sentence_then_adds_the_sources():
    engine = FakeEngine()
    steps, messages, turns = run_ask(engine, "What is Jobteam Gent?")
    assert [m["role"] for m in messages] == ["user", "assistant"]
    contents = [s[0][-1]["content"] for s in steps]
    assert "Searching the reports" in contents[0]
    assert "helps refugees" in contents[1] and "European Social Fund" not in contents[1]
    assert "rq-sources" not in contents[1]
    final = contents[-1]
    assert "European Social Fund" in final and "rq-sources" in final
    assert final.count('class="rq-cite rq-c-0-1"') == 2  # in the text and in the sources list
    assert 'class="rq-cite rq-c-0-2"' in final
    assert turns[0].answer is not None and turns[0].history == ()


def test_each_question_carries_the_earlier_questions_of_its_own_conversation():
    engine = FakeEngine()
    _, _, turns = run_ask(engine, "What is Jobteam Gent?")
    _, messages, turns = run_ask(engine, "Who pays for it?", turns)
    assert engine.calls[-1][:2] == ("Who pays for it?", ["What is Jobteam Gent?"])
    assert "Read as a follow-up: “Who pays for Jobteam Gent?”" in shown(messages[-1]["content"])
    assert "rq-c-1-2" in messages[-1]["content"]  # the second turn's citations carry turn 1
    _, _, other = run_ask(engine, "Who pays for it?")  # another session: no history
    assert engine.calls[-1][1] == [] and "follow-up" not in handlers.chat_messages(other)[-1]["content"]


def test_restricting_to_reports_passes_their_ids_and_none_means_all():
    engine = FakeEngine()
    run_ask(engine, "jobteam", doc_ids=["ghent-report"])
    run_ask(engine, "jobteam", doc_ids=[])
    assert [c[2] for c in engine.calls] == [["ghent-report"], None]


def test_refusal_is_a_distinct_notice_listing_the_nearest_passages_with_titles():
    _, messages, turns = run_ask(FakeEngine(), "What is the capital of Peru?")
    html = messages[-1]["content"]
    assert "rq-refusal" in html and "The reports don't say." in shown(html) and "The nearest passages are" in html
    assert "Ghent report" in html and "rq-p-0-0" in html and "rq-p-0-1" in html
    assert "<script>" not in html and "<script>alert(1)</script>" in shown(html)
    panel = handlers.show_source("p:0:0:123", turns)
    assert "Nearest passage 1" in panel and "Jobteam Gent helps" in panel and "<mark>" not in panel


def test_a_refusal_says_why_when_a_premise_check_knows():
    _, messages, _ = run_ask(FakeEngine(), "How many boats are there?")
    html = messages[-1]["content"]
    assert "Why: no sentence gives a number of <b>boats</b>." in shown(html) and "<b>boats" not in html
    _, messages, _ = run_ask(FakeEngine(), "What is the capital of Peru?")
    assert "Why:" not in shown(messages[-1]["content"]) and "rq-c-0-0" not in messages[-1]["content"]


def test_the_sentence_a_refusal_quotes_opens_in_the_source_panel():
    _, messages, turns = run_ask(FakeEngine(), "Why is housing plentiful?")
    html = messages[-1]["content"]
    assert "“Housing is scarce”" in shown(html) and "rq-c-0-0" in html and "show it in the report" in html
    panel = handlers.show_source("c:0:0:99", turns)
    assert "The sentence the refusal quotes" in panel and "<mark>Housing is scarce.</mark>" in panel


def test_bad_question_shows_the_engines_message_and_is_not_history():
    engine = FakeEngine()
    _, messages, turns = run_ask(engine, "x" * 1200)
    assert "rq-error" in messages[-1]["content"] and "too long" in messages[-1]["content"]
    _, _, turns = run_ask(engine, "jobteam", turns)
    assert engine.calls[-1][1] == []


def test_blank_question_changes_nothing():
    engine = FakeEngine()
    steps, messages, turns = run_ask(engine, "   ")
    assert messages == [] and turns == [] and engine.calls == []


def test_an_engine_crash_becomes_a_message_not_a_traceback():
    class Broken(FakeEngine):
        def answer(self, *a, **k):
            raise RuntimeError("database is locked")

    _, messages, _ = run_ask(Broken(), "jobteam")
    assert "something went wrong" in messages[-1]["content"] and "database" not in messages[-1]["content"]


def test_source_panel_shows_report_details_and_highlights_the_cited_sentence():
    _, _, turns = run_ask(FakeEngine(), "What is Jobteam Gent?")
    panel = handlers.show_source("c:0:2:1700000000", turns)
    for text in ("Ghent report", "City of Ghent", "2021", "2. Work > 2.1 Jobteam"):
        assert text in shown(panel)
    assert 'href="https://example.org/ghent"' in panel
    assert "<dd>3</dd>" in panel
    assert "<mark>It is funded by the city and the European Social Fund.</mark>" in panel
    assert handlers.show_source("c:5:1:0", turns) == render.source_hint_html()
    assert handlers.show_source("garbage", turns) == render.source_hint_html()
    assert handlers.show_source("c:0:9:0", turns) == render.source_hint_html()


def test_highlight_uses_the_spans_and_falls_back_to_the_quote():
    from tests.ui.fakes import chunk, citation

    c = chunk()
    cite = citation(1, "Housing is scarce.", c)
    assert render.highlight(c, cite.start, cite.end).endswith("<mark>Housing is scarce.</mark>")
    from dataclasses import replace

    outside = replace(cite, start=5, end=10)
    html = render.citation_source_html(outside)
    assert "Cited sentence" in html and "<mark>Housing is scarce.</mark>" in html


def test_report_text_is_always_inert():
    _, messages, turns = run_ask(FakeEngine(), "evil")
    answer_html = messages[-1]["content"]
    panel = handlers.show_source("c:0:1:0", turns)
    for markup in (answer_html, panel):
        assert "<script" not in markup and "<img" not in markup and "<b>title" not in markup
        assert "onerror=alert" in markup  # shown, as text
        # markdown and template syntax neutralised
        assert "**" not in markup and "${" not in markup and "[x]" not in markup
        assert "<script>alert(1)</script> and <img src=x onerror=alert(1)> and **bold**" in shown(markup)
        assert "[x](javascript:alert(1)) ${1+1}" in shown(markup)
    assert "<img src=x onerror=alert(2)>" in shown(panel)  # publisher metadata too
    assert "Evil <b>title</b>" in shown(panel)
    assert re.search(r"<mark>&#60;script&#62;", panel)


def test_user_question_is_escaped():
    _, messages, _ = run_ask(FakeEngine(), "<img src=x onerror=alert(1)> jobteam")
    assert "<img" not in messages[0]["content"] and "<img src=x" in shown(messages[0]["content"])


def test_only_http_links_are_shown():
    from tests.ui.fakes import chunk

    html = render.source_html(chunk(metadata={"url": "javascript:alert(1)"}), "x")
    assert "href" not in html


def test_feedback_appends_one_json_line_per_rating(tmp_path: Path):
    engine = FakeEngine()
    _, _, turns = run_ask(engine, "What is Jobteam Gent?")
    _, _, turns = run_ask(engine, "Who pays for it?", turns)
    assert handlers.record_feedback(tmp_path, turns, 3, True)
    assert handlers.record_feedback(tmp_path, turns, 1, False)
    assert handlers.record_feedback(tmp_path, turns, 2, True) is None  # a user message
    assert handlers.record_feedback(tmp_path, turns, 9, True) is None
    lines = [json.loads(x) for x in (tmp_path / "feedback.jsonl").read_text().splitlines()]
    assert [x["rating"] for x in lines] == ["up", "down"]
    first = lines[0]
    assert set(first) == {"time", "rating", "question", "history", "answer", "citations", "refused"}
    assert first["question"] == "Who pays for it?" and first["history"] == ["What is Jobteam Gent?"]
    assert first["refused"] is False and any(c["quote"].startswith("It is funded") for c in first["citations"])


def test_api_takes_history_as_json_and_returns_the_cli_json():
    engine = FakeEngine()
    result = handlers.ask_api(engine, "Who pays for it?", '["What is Jobteam Gent?"]')
    assert result["resolved_question"] == "Who pays for Jobteam Gent?"
    assert result == answer_json(engine.answer("Who pays for it?", ["What is Jobteam Gent?"]))
    assert handlers.ask_api(engine, "jobteam", "[]")["citations"]
    assert handlers.ask_api(engine, "jobteam", "")["refused"] is False


@pytest.mark.parametrize("bad", ["not json", '{"q": 1}', "[1, 2]", '"text"'])
def test_api_rejects_bad_history_with_a_clear_message(bad):
    with pytest.raises(BadQuestionError, match="history must be a JSON list"):
        handlers.ask_api(FakeEngine(), "jobteam", bad)


@pytest.mark.parametrize(
    "name, safe",
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\boot.ini.md", "boot-ini.md"),
        ("Rapport Gent (v2).PDF", "Rapport-Gent-v2.pdf"),
        ("école <script>.html", "ecole-script.html"),
        (".hidden.txt", "hidden.txt"),
        ("....pdf", "report.pdf"),
    ],
)
def test_safe_filename(name, safe):
    assert handlers.safe_filename(name) == safe


def test_place_upload_never_overwrites_another_report(tmp_path: Path):
    corpus, uploads = tmp_path / "corpus", tmp_path / "up"
    corpus.mkdir(), uploads.mkdir()
    (corpus / "report.txt").write_text("old report")
    new = uploads / "report.txt"
    new.write_text("a different report")
    target, created = handlers.place_upload(new, corpus, {})
    assert target.name == "report-2.txt" and created and (corpus / "report.txt").read_text() == "old report"
    again, created = handlers.place_upload(new, corpus, {})
    assert again == target and not created  # the same file again lands on its copy
    # a different name with the report id of a stored report elsewhere gets a suffix too
    other = uploads / "Annual Plan.md"
    other.write_text("plan")
    target, _ = handlers.place_upload(other, corpus, {"annual-plan": "/elsewhere/annual plan.pdf"})
    assert target.name == "Annual-Plan-2.md"
    # and so does one whose id matches a file of another type in the corpus
    pdf = uploads / "report-2.pdf"
    pdf.write_bytes(b"%PDF")
    assert handlers.place_upload(pdf, corpus, {})[0].name == "report-2-2.pdf"


def test_add_reports_lists_unsupported_files_without_touching_the_corpus(tmp_path: Path, monkeypatch):
    from ingest.settings import Settings

    monkeypatch.setattr(handlers, "documents", lambda settings: [])
    bad = tmp_path / "virus.exe"
    bad.write_bytes(b"MZ")
    html = handlers.add_reports(
        [bad], Settings(data_dir=tmp_path / "data", embedder="hash"), FakeEngine(), tmp_path / "corpus"
    )
    assert "virus.exe" in html and "unsupported file type" in html
    assert not (tmp_path / "corpus").exists() or not any((tmp_path / "corpus").iterdir())


def test_remove_needs_a_report_and_a_confirmation(tmp_path: Path):
    from ingest.settings import Settings

    settings = Settings(data_dir=tmp_path / "data", embedder="hash")
    engine = FakeEngine()
    assert "Choose a report" in handlers.remove_report(None, True, settings, engine, tmp_path)
    assert "confirm" in handlers.remove_report("ghent-report", False, settings, engine, tmp_path)
    assert engine.reloads == 0


def test_documents_table_escapes_titles():
    from ingest.passage import DocumentRecord

    html = render.documents_html(
        [DocumentRecord("d", "p", "h", "<img src=x onerror=alert(1)>", "en", 3, {"publisher": "P", "year": 2020})]
    )
    assert "<img" not in html and "<img src=x" in shown(html) and "<td>2020</td>" in html and "<td>3</td>" in html
    assert "No reports yet" in render.documents_html([])
