"""The web chat in a real Chromium (Debian's, driven by playwright).

Ask, check a citation, upload, stay inert.

Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from tests.ui.conftest import ARTIFACTS, chromium_path

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.integration]

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAIT = 30_000  # ms


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        try:
            yield b
        finally:
            b.close()


def open_page(browser, url: str, dialogs: list[str]):
    """A fresh page in its own context (its own session); any dialog (alert) is recorded in `dialogs`."""
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url, wait_until="load")
    page.wait_for_selector("#rq-chat", timeout=WAIT)
    return page


@pytest.fixture
def page(browser, live_app):
    """A fresh page on the app; fails the test if any dialog (alert) ever opens."""
    dialogs: list[str] = []
    page = open_page(browser, live_app.url, dialogs)
    yield page
    page.context.close()
    assert dialogs == [], f"a dialog opened: {dialogs}"


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"ui-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


BOT = "#rq-chat .rq-answer, #rq-chat .rq-refusal, #rq-chat .rq-error"


def ask(page, question: str):
    """Ask and wait for the new answer to be complete (answers get their sources list last)."""
    before = page.locator(BOT).count()
    page.fill("#rq-question textarea", question)
    page.click("#rq-send")
    return last_answer(page, before)


def last_answer(page, before: int):
    page.wait_for_function(
        """([sel, before]) => { const m = document.querySelectorAll(sel);
               const last = m[m.length - 1];
               return m.length > before &&
                      (!last.classList.contains('rq-answer') || last.querySelector('.rq-sources')); }""",
        arg=[BOT, before],
        timeout=WAIT,
    )
    return page.locator(BOT).last


def test_empty_chat_shows_example_questions_that_can_be_asked(page):
    examples = page.get_by_text("What is Jobteam Gent?")
    examples.first.wait_for(timeout=WAIT)
    shot(page, "empty-chat")
    examples.first.click()
    answer = last_answer(page, 0)
    assert "Jobteam" in answer.inner_text()


def test_ask_then_click_a_citation_to_see_the_highlighted_passage(page, live_app):
    answer = ask(page, "What is Jobteam Gent?")
    text = answer.inner_text()
    assert "Jobteam" in text and "[1]" in text and "SOURCES" in text.upper()
    page.locator("#rq-chat .rq-text .rq-cite").first.click()
    mark = page.locator("#rq-source-panel mark")
    mark.wait_for(timeout=WAIT)
    panel = page.locator("#rq-source-panel").inner_text()
    assert "[1]" in panel and "Publisher" in panel and "Year" in panel
    assert "Moving Cities" in panel and "2021" in panel  # from the corpus manifest
    quote = page.locator("#rq-chat .rq-sources .rq-quote").first.inner_text().strip("“”…")
    assert mark.inner_text().startswith(quote[:40])
    shot(page, "citation")

    follow = ask(page, "How many people has it reached?")
    assert "Read as a follow-up" in follow.inner_text() and "reach 1.500 persons" in follow.inner_text()
    page.locator("#rq-chat button[aria-label='Like']").last.click()
    feedback = live_app.settings.data_dir / "feedback.jsonl"
    for _ in range(50):
        if feedback.exists() and "How many people" in feedback.read_text():
            break
        page.wait_for_timeout(100)
    record = json.loads(feedback.read_text().splitlines()[-1])
    assert record["rating"] == "up" and record["history"] == ["What is Jobteam Gent?"]
    shot(page, "follow-up")

    refusal = ask(page, "Who painted the Mona Lisa?")
    assert "rq-refusal" in refusal.get_attribute("class")
    assert "The reports don't say." in refusal.inner_text() and "nearest passages" in refusal.inner_text()
    refusal.locator(".rq-link").first.click()
    page.wait_for_function(
        "() => document.querySelector('#rq-source-panel').innerText.includes('Nearest passage 1')",
        timeout=WAIT,
    )
    shot(page, "refusal")

    # a false premise: the refusal says why, and its quoted sentence opens highlighted in its passage
    premise = ask(page, "Why did the federal government agree to Ghent's request to shelter 300 asylum seekers "
                        "from Moria?")
    assert "Why: the reports say this was asked for and rejected" in premise.inner_text()
    premise.locator(".rq-refusal-reason .rq-cite").click()
    page.wait_for_function(
        "() => { const p = document.querySelector('#rq-source-panel');"
        " return p.innerText.includes('The sentence the refusal quotes') && p.querySelector('mark') &&"
        " p.querySelector('mark').innerText.includes('rejected by the Belgian federal government'); }",
        timeout=WAIT,
    )
    shot(page, "refusal-why")

    page.click("#rq-clear")
    page.wait_for_function("() => !document.querySelector('#rq-chat .rq-answer')", timeout=WAIT)


def test_report_markup_shows_as_text_and_runs_nothing(page):
    answer = ask(page, "What is the Zorblat committee motto?")
    page.locator("#rq-chat .rq-sources .rq-cite").last.click()
    page.locator("#rq-source-panel mark").wait_for(timeout=WAIT)
    panel = page.locator("#rq-source-panel").inner_text()
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold**"):
        assert literal in answer.inner_text() and literal in panel
    assert page.locator("#rq-chat img[src='x'], #rq-source-panel img[src='x']").count() == 0
    page.wait_for_timeout(1000)  # give a smuggled script time to run: the page fixture checks for dialogs
    shot(page, "markup-inert")


def test_upload_a_pdf_and_ask_about_it(page, live_app, tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(
        0,
        8,
        "Quokka Housing Fund\n\nThe Quokka Housing Fund gives every newcomer family in Ghent "
        "a small garden plot. The fund was created in 2022 by the city council.",
    )
    path = tmp_path / "Quokka Fund (draft).pdf"
    pdf.output(str(path))

    page.get_by_role("tab", name="Reports").click()
    page.locator("#rq-docs table").wait_for(timeout=WAIT)
    page.locator("#rq-upload input[type=file]").set_input_files(str(path))
    page.wait_for_function(
        "() => (document.querySelector('#rq-upload-result') || {}).innerText?.includes('Added')",
        timeout=60_000,
    )
    page.wait_for_function("() => document.querySelector('#rq-docs').innerText.includes('Quokka')", timeout=WAIT)
    shot(page, "upload")
    assert (live_app.corpus / "Quokka-Fund-draft.pdf").exists()

    page.get_by_role("tab", name="Ask").click()
    answer = ask(page, "What does the Quokka Housing Fund give newcomer families?")
    assert "garden" in answer.inner_text()
    page.locator("#rq-chat .rq-text .rq-cite").first.click()
    page.locator("#rq-source-panel mark").wait_for(timeout=WAIT)
    assert "Quokka" in page.locator("#rq-source-panel").inner_text()
    shot(page, "ask-uploaded")

    page.get_by_role("tab", name="Reports").click()
    page.get_by_text("Remove a report").click()
    page.locator("#rq-remove-choice input").click()
    page.get_by_role("option", name="Quokka Housing Fund").click()
    page.click("#rq-remove")
    page.wait_for_function(
        "() => document.querySelector('#rq-remove-result').innerText.includes('confirm')", timeout=WAIT
    )
    page.locator("#rq-remove-sure input").check()
    # the refused attempt's follow-up steps must not clear a tick set meanwhile (they did, now and then: the
    # second click then asked for confirmation again and the report stayed)
    page.wait_for_timeout(1500)
    assert page.locator("#rq-remove-sure input").is_checked()
    page.click("#rq-remove")
    try:
        page.wait_for_function("() => !document.querySelector('#rq-docs').innerText.includes('Quokka')",
                               timeout=WAIT)
    except Exception as e:  # say what the page showed: this wait timed out in two CI runs out of many
        shot(page, "remove-timeout")
        raise AssertionError(f"the report stayed listed; remove result: "
                             f"{page.locator('#rq-remove-result').inner_text()!r}") from e
    assert "Removed" in page.locator("#rq-remove-result").inner_text()
    assert not (live_app.corpus / "Quokka-Fund-draft.pdf").exists()
    shot(page, "removed")


def test_questions_can_be_restricted_to_chosen_reports(page):
    page.get_by_text("Ask only in some reports").click()
    page.locator("#rq-only").get_by_text("Refugee solidarity: the view from Ghent").click()
    answer = ask(page, "What is Jobteam Gent?")
    sources = answer.locator(".rq-sources b, .rq-link").all_inner_texts()
    assert sources and all(title == "Refugee solidarity: the view from Ghent" for title in sources)
    shot(page, "restricted")


def test_an_upload_being_ingested_does_not_hold_up_questions(browser, live_app, monkeypatch, tmp_path):
    import ingest.pipeline

    real_ingest = ingest.pipeline.ingest_paths
    ingesting = threading.Event()

    def slow_ingest(*args, **kwargs):
        ingesting.set()
        time.sleep(8)
        return real_ingest(*args, **kwargs)

    monkeypatch.setattr(ingest.pipeline, "ingest_paths", slow_ingest)
    report = tmp_path / "ferry-timetable.txt"
    report.write_text("Ferry timetable\n\nThe Wombat ferry leaves the harbour every hour.\n", encoding="utf-8")
    dialogs: list[str] = []
    uploader = open_page(browser, live_app.url, dialogs)
    asker = open_page(browser, live_app.url, dialogs)
    try:
        uploader.get_by_role("tab", name="Reports").click()
        uploader.locator("#rq-upload input[type=file]").set_input_files(str(report))
        assert ingesting.wait(30)
        started = time.perf_counter()
        answer = ask(asker, "What is Jobteam Gent?")
        assert "Jobteam" in answer.inner_text()
        assert time.perf_counter() - started < 6, "the question waited for the upload"
        assert "Added" not in uploader.locator("#rq-upload-result").inner_text()  # still ingesting
        uploader.wait_for_function(
            "() => (document.querySelector('#rq-upload-result') || {}).innerText?.includes('Added')",
            timeout=60_000,
        )
    finally:
        uploader.context.close()
        asker.context.close()
    assert dialogs == []
