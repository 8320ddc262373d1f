"""The HTML evaluation report opened in a real Chromium: summary table, plots, filter (screenshot saved)."""

from __future__ import annotations

import pytest

from eval.report import write_report
from eval.runner import run_eval
from tests.ui.conftest import ARTIFACTS, chromium_path
from tests.ui.test_browser import CHROMIUM_FLAGS

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.integration]


def test_report_opens_in_chromium_with_table_plots_and_filter(tmp_path, items, good_answers):
    from playwright.sync_api import sync_playwright

    def half_wrong(question, history):
        answer = good_answers[question]
        return {**answer, "refused": True, "answer": "", "sentences": [], "citations": []} \
            if question.startswith("Who") else answer

    runs = [run_eval(items, lambda q, h: good_answers[q], name="good"), run_eval(items, half_wrong, name="worse")]
    html = write_report(runs, tmp_path / "report")["html"]
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 1400})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(html.as_uri(), wait_until="load")
            assert page.locator("#summary tr", has_text="hit@5").count() == 1
            widths = page.eval_on_selector_all(".plots img", "imgs => imgs.map(i => i.naturalWidth)")
            assert len(widths) == 3 and all(w > 100 for w in widths)
            rows = page.locator("#items tbody tr")
            assert rows.count() == 6
            page.select_option("#filter", "failed")
            visible = page.eval_on_selector_all("#items tbody tr", "rs => rs.filter(r => r.offsetParent).length")
            assert 0 < visible < 6
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "eval-report.png"), full_page=True)
        finally:
            browser.close()
    assert dialogs == []
