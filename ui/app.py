"""The web chat: Gradio widgets wired to `ui.handlers`. `build_app` makes the page, `serve` runs it."""

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.errors import ReportQAError
from ingest.settings import Settings, offline_environment
from ui import handlers, render

if TYPE_CHECKING:
    import gradio as gr

EXAMPLES = (
    "What is Jobteam Gent?",
    "How does Ghent help refugees find housing?",
    "What does the Global Compact for Migration mean for Flanders?",
)
ASK_CONCURRENCY = 8  # questions answered at once; the engine is thread-safe
UPLOAD_CONCURRENCY = 1  # one ingestion at a time, in its own queue, so questions keep flowing

CSS = """
.rq-cite { display:inline; border:0; background:none; padding:0 1px; margin:0; cursor:pointer;
  color:var(--color-accent, #2563eb); font:inherit; font-weight:600; text-decoration:underline dotted; }
.rq-cite:hover, .rq-cite.rq-active { background:#fde68a; color:#111; border-radius:3px; }
.rq-link { font-weight:600; text-align:left; }
.rq-text { margin:0 0 .5em 0; }
.rq-sources { border-top:1px solid var(--border-color-primary, #ddd); margin-top:.5em; padding-top:.4em;
  font-size:.92em; }
.rq-sources ul, .rq-refusal ol { margin:.2em 0 0 0; padding-left:1.2em; }
.rq-sources li, .rq-refusal li { margin:.25em 0; }
.rq-label { font-size:.8em; text-transform:uppercase; letter-spacing:.04em; opacity:.7; margin:.3em 0; }
.rq-quote { opacity:.85; font-style:italic; }
.rq-notice { font-size:.9em; background:rgba(37,99,235,.08); border-left:3px solid #2563eb;
  padding:.25em .6em; margin-bottom:.5em; border-radius:3px; }
.rq-refusal { border-left:4px solid #d97706; background:rgba(217,119,6,.08); padding:.5em .8em;
  border-radius:4px; }
.rq-refusal-title { font-weight:700; color:#b45309; margin-bottom:.3em; }
.rq-refusal .rq-quote { font-size:.9em; font-style:normal; }
.rq-error { border-left:4px solid #dc2626; background:rgba(220,38,38,.08); padding:.4em .8em;
  border-radius:4px; }
.rq-pending { opacity:.7; font-style:italic; }
.rq-source { padding:.6em .9em; border:1px solid var(--border-color-primary, #ddd); border-radius:8px; }
.rq-source-head { font-weight:700; font-size:1.1em; margin-bottom:.3em; }
.rq-source dl { display:grid; grid-template-columns:max-content 1fr; gap:.15em .8em; margin:.3em 0 .6em 0;
  font-size:.92em; }
.rq-source dt { font-weight:600; opacity:.75; }
.rq-source dd { margin:0; }
.rq-passage { white-space:pre-wrap; margin:.3em 0; padding:.5em .7em; border-left:3px solid #94a3b8;
  background:var(--background-fill-secondary, #f8fafc); max-height:28em; overflow:auto; }
.rq-passage mark { background:#fde68a; color:#111; padding:0 1px; }
.rq-hint { opacity:.8; }
.rq-docs table { width:100%; border-collapse:collapse; font-size:.92em; }
.rq-docs th, .rq-docs td { text-align:left; padding:.3em .5em;
  border-bottom:1px solid var(--border-color-primary, #ddd); }
.rq-ok { color:#15803d; } .rq-same { opacity:.8; } .rq-fail { color:#b91c1c; }
"""

# Runs once per page (gr.HTML's js_on_load). Chat messages are sanitised, which strips data-* attributes
# and event handlers, so a citation carries its turn and number in its class: rq-c-TURN-N (citation) or
# rq-p-TURN-K (nearest passage). A click writes "c:TURN:N:time" into this hidden component and fires its
# change event, whose handler fills the source panel. `time` makes a repeated click a change too.
PAGE_JS = """
window.rqBridge = { props: props, trigger: trigger };
if (!window.rqInstalled) {
  window.rqInstalled = true;
  const style = document.createElement('style');
  style.id = 'rq-style';
  style.textContent = CSS_TEXT;
  document.head.appendChild(style);
  document.addEventListener('click', function (ev) {
    const button = ev.target && ev.target.closest ? ev.target.closest('.rq-cite') : null;
    if (!button) return;
    const m = String(button.className).match(/\\brq-([cp])-(\\d+)-(\\d+)\\b/);
    if (!m) return;
    ev.preventDefault();
    document.querySelectorAll('.rq-cite.rq-active').forEach(function (e) {
      e.classList.remove('rq-active');
    });
    button.classList.add('rq-active');
    window.rqBridge.props.value = m[1] + ':' + m[2] + ':' + m[3] + ':' + Date.now();
    window.rqBridge.trigger('change');
    const panel = document.getElementById('rq-source-panel');
    if (panel) panel.scrollIntoView({ block: 'nearest' });
  });
}
""".replace("CSS_TEXT", json.dumps(CSS))

# The source panel scrolls its passage so that the highlighted sentence is in view.
SOURCE_JS = """
watch('value', function () {
  const mark = element.querySelector('.rq-passage mark');
  if (!mark) return;
  const box = mark.closest('.rq-passage');
  box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 24;
});
"""

PLACEHOLDER = (
    "**Ask a question about the reports.** Every sentence of an answer comes from a report; "
    "click its **[n]** to see the passage it comes from. Try one of these:"
)


def build_app(
    settings: Settings,
    engine: Any = None,
    corpus_dir: Path = Path("corpus"),
    examples: Sequence[str] = EXAMPLES,
) -> "gr.Blocks":
    """The web chat over the store of `settings`; uploaded reports are saved into `corpus_dir`."""
    import gradio as gr

    offline_environment()
    if engine is None:
        from qa.engine import Engine

        engine = Engine(settings)
    corpus_dir = Path(corpus_dir)

    def on_ask(question: str, turns: list, only: list[str] | None):
        for messages, new_turns in handlers.ask(engine, question, turns, only):
            yield messages, new_turns, ""

    def on_example(turns: list, only: list[str] | None, event: gr.SelectData):
        value = event.value
        yield from on_ask(value.get("text", "") if isinstance(value, dict) else str(value), turns, only)

    def on_like(turns: list, event: gr.LikeData) -> None:
        handlers.record_feedback(settings.data_dir, turns, event.index, event.liked)

    def on_upload(files: list[str] | None, progress=gr.Progress()) -> str:  # noqa: B008 (Gradio's idiom)
        def report(done: int, total: int, message: str) -> None:
            progress((done, total), desc=message)

        progress(0, desc="Saving the files")
        return handlers.add_reports(files, settings, engine, corpus_dir, progress=report)

    def on_remove(doc_id: str | None, sure: bool) -> tuple[str, Any]:
        """The outcome, and the confirmation tick cleared only once a report is removed: clearing it after a
        refused attempt could undo a tick the user set in the meantime."""
        result = handlers.remove_report(doc_id, sure, settings, engine, corpus_dir)
        return result, (False if sure and handlers.REMOVED in result else gr.skip())

    def refresh_library(only: list[str] | None, chosen: str | None):
        """The document list and the report pickers, keeping what is still picked and still there."""
        try:
            docs = handlers.documents(settings)
        except ReportQAError as e:
            return render.message_html(str(e), ok=False), gr.CheckboxGroup(), gr.Dropdown()
        choices = [(d.title or d.doc_id, d.doc_id) for d in docs]
        ids = {d.doc_id for d in docs}
        return (
            render.documents_html(docs),
            gr.CheckboxGroup(choices=choices, value=[i for i in (only or []) if i in ids]),
            gr.Dropdown(choices=choices, value=chosen if chosen in ids else None),
        )

    def ask_endpoint(question: str, history: str = "[]") -> dict:
        """Answer a question from the reports. history: JSON list of earlier questions ("[]" when none)."""
        try:
            return handlers.ask_api(engine, question, history)
        except ReportQAError as e:
            raise gr.Error(str(e)) from None

    with gr.Blocks(title="reportqa — answers from the reports") as demo:
        turns = gr.State([])
        bridge = gr.HTML("", html_template="<span></span>", js_on_load=PAGE_JS, elem_id="rq-bridge", visible="hidden")
        gr.Markdown("## reportqa — answers from the policy reports, with the passage behind every sentence")
        with gr.Tabs():
            with gr.Tab("Ask", id="ask") as ask_tab:
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label="Answers",
                            elem_id="rq-chat",
                            height=560,
                            render_markdown=False,
                            sanitize_html=True,
                            latex_delimiters=[],
                            placeholder=PLACEHOLDER,
                            examples=[{"text": q} for q in examples],
                            buttons=[],
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                show_label=False,
                                placeholder="Ask a question about the reports…",
                                elem_id="rq-question",
                                scale=6,
                                max_lines=4,
                                autofocus=True,
                            )
                            send = gr.Button("Ask", variant="primary", elem_id="rq-send", scale=1, min_width=80)
                        with gr.Row():
                            clear = gr.Button("Clear chat", elem_id="rq-clear", size="sm")
                        with gr.Accordion("Ask only in some reports", open=False):
                            only = gr.CheckboxGroup(
                                choices=[], label="Reports (none ticked: all reports)", elem_id="rq-only"
                            )
                    with gr.Column(scale=2):
                        source = gr.HTML(
                            render.source_hint_html(),
                            elem_id="rq-source-panel",
                            label="Source",
                            show_label=True,
                            container=True,
                            js_on_load=SOURCE_JS,
                        )
            with gr.Tab("Reports", id="reports") as reports_tab:
                docs_table = gr.HTML(elem_id="rq-docs")
                upload = gr.File(
                    label="Add reports (PDF, HTML, DOCX, TXT, MD; several at once)",
                    file_count="multiple",
                    file_types=list(handlers.REPORT_SUFFIXES),
                    elem_id="rq-upload",
                )
                upload_result = gr.HTML(elem_id="rq-upload-result")
                with gr.Accordion("Remove a report", open=False):
                    to_remove = gr.Dropdown(choices=[], label="Report", elem_id="rq-remove-choice")
                    sure = gr.Checkbox(
                        label="Yes, remove it from the collection and delete its file",
                        elem_id="rq-remove-sure",
                    )
                    remove = gr.Button("Remove", variant="stop", elem_id="rq-remove")
                    remove_result = gr.HTML(elem_id="rq-remove-result")

        chat_io: dict[str, Any] = dict(
            outputs=[chatbot, turns, question],
            concurrency_id="ask",
            concurrency_limit=ASK_CONCURRENCY,
            api_visibility="private",
        )
        send.click(on_ask, [question, turns, only], **chat_io)
        question.submit(on_ask, [question, turns, only], **chat_io)
        chatbot.example_select(on_example, [turns, only], **chat_io)
        clear.click(
            lambda: ([], [], render.source_hint_html()),
            None,
            [chatbot, turns, source],
            api_visibility="private",
            queue=False,
        )
        bridge.change(
            handlers.show_source,
            [bridge, turns],
            source,
            api_visibility="private",
            concurrency_limit=None,
            show_progress="hidden",
        )
        chatbot.clear(
            lambda: ([], render.source_hint_html()),
            None,
            [turns, source],
            api_visibility="private",
            queue=False,
        )
        chatbot.like(on_like, [turns], None, api_visibility="private", concurrency_limit=None)

        library = [docs_table, only, to_remove]
        refresh: dict[str, Any] = dict(
            fn=refresh_library, inputs=library[1:], outputs=library, api_visibility="private"
        )
        upload.upload(
            on_upload,
            [upload],
            upload_result,
            concurrency_id="library",
            concurrency_limit=UPLOAD_CONCURRENCY,
            api_visibility="private",
        ).then(**refresh).then(lambda: None, None, upload, api_visibility="private")
        remove.click(
            on_remove,
            [to_remove, sure],
            [remove_result, sure],
            concurrency_id="library",
            concurrency_limit=UPLOAD_CONCURRENCY,
            api_visibility="private",
        ).then(**refresh)
        demo.load(**refresh)
        ask_tab.select(**refresh)
        reports_tab.select(**refresh)
        gr.api(ask_endpoint, api_name="ask", concurrency_id="ask", concurrency_limit=ASK_CONCURRENCY)
    return demo


def serve(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
    corpus_dir: Path = Path("corpus"),
) -> None:
    """Run the web chat until interrupted; prints the address to open."""
    from qa.engine import Engine

    offline_environment()
    engine = Engine(settings)
    demo = build_app(settings, engine, corpus_dir)
    demo.queue(max_size=256)
    demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        prevent_thread_lock=True,
        quiet=True,
        show_error=False,
        max_file_size="200mb",
        footer_links=["api"],
    )
    print(f"reportqa web chat: open {demo.local_url} in a browser (Ctrl+C stops it)", flush=True)
    try:
        demo.block_thread()
    finally:
        demo.close()
