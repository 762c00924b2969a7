"""The browser chat over the news archive (Gradio; the Hugging Face Space entry): wiring only."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

# One BLAS thread per request: the queue runs requests side by side, and BLAS threads
# spinning against them (or other processes) are slow. Measured on a busy 2-core machine:
# embedding one query took 2-7 ms with one thread, 2-420 ms with two; the load benchmark
# went from 14.7 to 45 asks/s. Set before numpy loads; the environment's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
# Gradio's queue rebuilds a pandas summary of every past event after each event (by default);
# every 100th event is plenty and cut the app's CPU per ask from 23 to 19 ms under load.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "100")

import gradio as gr  # noqa: E402

from qa.errors import IndexStoreError, QAError  # noqa: E402
from qa.web import catalogue as ui  # noqa: E402
from qa.web import render, uploads  # noqa: E402
from qa.web.settings import AppSettings  # noqa: E402

if TYPE_CHECKING:
    from qa.index import Index

log = logging.getLogger("qa.app")
APP_DIR = Path(__file__).resolve().parent
CONCURRENCY = 8  # queue workers sharing the one loaded index (searches are thread-safe)
CSS = """
.qa-reply mark.qa-quote { background: #fff3a3; color: inherit; }
.qa-reply details.qa-source { margin: .4em 0; border-left: 3px solid #ccc; padding-left: .6em; }
.qa-reply summary { cursor: pointer; }
.qa-unsupported { color: #8a5a00; }
"""


class TextChatInterface(gr.ChatInterface):
    """A ChatInterface that shows the user's messages as text, not HTML or Markdown.

    Gradio renders chat messages as Markdown with HTML; a question is stored for display
    escaped (``qa.web.render.user_text_to_html``) and turned back into what was typed wherever
    ChatInterface hands it on (retry, undo). The chat function's history therefore holds
    display forms, which ``qa.web.catalogue.history_questions`` reads back. (A Chatbot subclass would
    do it more directly, but Gradio writes a .pyi file beside any module defining one.)
    """

    def _append_message_to_history(self, message, history, role="user"):
        extended = super()._append_message_to_history(message, history, role)
        if role != "user":
            return extended
        added = [render.display_user_message(m) for m in extended[len(history) :]]
        return extended[: len(history)] + added

    def _pop_last_user_message(self, history):
        history, text = super()._pop_last_user_message(history)
        return history, render.user_text_from_html(text) if isinstance(text, str) else text


class IndexHolder:
    """The one index every request shares, loaded (or built) on first use."""

    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings
        self._index = None
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one upload at a time

    def set(self, index: Index) -> None:
        """Serve this index from now on (requests already running finish on the old one)."""
        self._index = index

    def get(self) -> Index:
        """The loaded index; the first call loads ``index/``, updating it from the corpus."""
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._load()
        return self._index

    def _load(self) -> Index:
        from qa.index import Index
        from qa.ingest import update_index

        s = self.settings
        log.info("checking %s against %s (model %s)", s.target, s.corpus, s.model or "as built")
        try:
            report = update_index([str(s.corpus)], s.target, model=s.model, progress=True)
        except IndexStoreError as error:  # damaged, or built with another model
            if s.store:  # an engine's index is shared: never dropped by an app starting up
                raise
            log.warning("rebuilding the index: %s", error)
            report = update_index([str(s.corpus)], s.target, model=s.model, rebuild=True)
        log.info("index: %s", report.summary())
        for skip in report.skipped:
            log.warning("skipped %s", skip)
        return report.index if report.index is not None else Index.load(s.target)


def build_demo(settings: AppSettings) -> gr.Blocks:
    """The app for these settings; nothing heavy happens until the first request."""
    holder = IndexHolder(settings)

    def respond(message: str, history: list, article_ids: list[str], sources: list[str]) -> str:
        try:
            answer = holder.get().ask(
                message,
                history=ui.history_questions(history),
                article_ids=article_ids or None,
                sources=sources or None,
            )
        except QAError as error:
            return render.render_error(str(error))
        return render.render_answer(answer)

    def ask(
        question: str,
        k: int = 5,
        article_ids: list[str] | None = None,
        sources: list[str] | None = None,
    ) -> dict:
        """Answer a question; the same JSON as `qa ask --json`."""
        from qa.answer.compose import answer_to_dict

        try:
            answer = holder.get().ask(
                question, k=k, article_ids=article_ids or None, sources=sources or None
            )
        except QAError as error:
            raise gr.Error(str(error)) from error
        return answer_to_dict(answer)

    def search(
        query: str,
        k: int = 5,
        mode: str = "hybrid",
        article_ids: list[str] | None = None,
        sources: list[str] | None = None,
    ) -> dict:
        """Find passages; the same JSON as `qa search --json`."""
        try:
            hits = holder.get().search(
                query, k=k, mode=mode, article_ids=article_ids or None, sources=sources or None
            )
        except QAError as error:
            raise gr.Error(str(error)) from error
        return {"query": query, "hits": [hit.to_dict() for hit in hits]}

    shown: dict = {}  # the catalogue of the index version it was made for

    def refresh():
        index = holder.get()
        articles = index.articles  # a new dict whenever the index changes
        if shown.get("articles") is not articles:
            made = ui.catalogue(list(articles.values()), len(index.passages))
            shown.update(articles=articles, catalogue=made)
        made = shown["catalogue"]
        return (
            gr.update(examples=[{"text": q} for q in made.examples] or None),
            gr.update(choices=list(made.articles)),
            gr.update(choices=list(made.sources)),
            [list(row) for row in made.rows],
            gr.update(choices=list(made.articles)),
            made.status,
        )

    def show_article(article_id: str | None) -> str:
        article = holder.get().articles.get(article_id or "")
        return render.render_article(article) if article else ""

    def show_selected(event: gr.SelectData) -> str:
        row = event.row_value or []
        return show_article(row[-1] if row else None)

    def add_files(paths: list[str] | None, progress=gr.Progress()):  # noqa: B008 (Gradio's way)
        received = [uploads.Upload(Path(p), Path(p).name) for p in paths or []]
        try:
            with holder.write_lock:
                report = uploads.add_uploads(
                    holder.get(),
                    received,
                    settings.corpus,
                    settings.target,
                    progress=lambda share, what: progress(share, desc=what),
                )
                holder.set(report.index)
        except QAError as error:
            return (f"没有添加任何文件 (nothing was added): {error}", None, *refresh())
        return (report.summary(), None, *refresh())

    examples = [[q, None, None] for q, _ in ui.SEED_QUESTIONS]
    title = "新闻问答 · news archive QA"
    with gr.Blocks(title=title, fill_height=True, analytics_enabled=False) as demo:
        gr.Markdown("## 新闻问答 · Ask the news archive")
        status = gr.Markdown()
        with gr.Tab("问答 Chat"):
            chatbot = gr.Chatbot(
                height=560,
                show_label=False,
                sanitize_html=True,
                latex_delimiters=[],
                feedback_options=None,
                placeholder="问一个关于这些报道的问题，例如：铜鼓县电子公函使用率",
                elem_id="qa-chat",
            )
            # Choices arrive with the page (refresh); custom values let API callers pass ids.
            pick = {"multiselect": True, "choices": [], "allow_custom_value": True, "render": False}
            article_filter = gr.Dropdown(label="只看这些文章 (articles)", **pick)
            source_filter = gr.Dropdown(label="只看这些文件 (files)", **pick)
            TextChatInterface(
                respond,
                chatbot=chatbot,
                textbox=gr.Textbox(placeholder="输入问题 (ask a question)", elem_id="qa-question"),
                additional_inputs=[article_filter, source_filter],
                additional_inputs_accordion="限定范围 (restrict to articles or files)",
                examples=examples,
                api_name="chat",
                save_history=False,
                analytics_enabled=False,
            )
        with gr.Tab("文章 Articles"):
            table = gr.Dataframe(
                headers=["标题 headline", "作者 byline", "段落 paragraphs", "文件 file", "id"],
                column_widths=["38%", "16%", "10%", "22%", "14%"],
                interactive=False,
                wrap=True,
                elem_id="qa-articles",
            )
            picker = gr.Dropdown(label="查看文章 (show an article)", choices=[])
            article_view = gr.HTML(elem_id="qa-article")
        with gr.Tab("添加文件 Add files"):
            gr.Markdown(
                f"Page text (.txt), Markdown (.md) or JSONL (.jsonl), up to"
                f" {uploads.MAX_UPLOAD_BYTES // 2**20} MB each; stored in the corpus folder."
            )
            files = gr.File(file_count="multiple", file_types=list(uploads.ALLOWED_SUFFIXES))
            add_button = gr.Button("添加到索引 (add to the index)", variant="primary")
            add_result = gr.Textbox(label="结果 (result)", interactive=False, lines=3)

        refreshed = [chatbot, article_filter, source_filter, table, picker, status]
        demo.load(refresh, None, refreshed, api_visibility="undocumented")
        picker.change(show_article, picker, article_view, api_visibility="undocumented")
        table.select(show_selected, None, article_view, api_visibility="undocumented")
        add_button.click(
            add_files, files, [add_result, files, *refreshed], concurrency_limit=1, api_name="add_files"
        )
        gr.api(ask, api_name="ask")
        gr.api(search, api_name="search")
    demo.queue(default_concurrency_limit=CONCURRENCY)
    demo.holder = holder  # for the start-up step and tests
    return demo


def launch(demo: gr.Blocks, settings: AppSettings, **options):
    """Load the index, then serve ``demo`` (blocking unless prevent_thread_lock=True)."""
    demo.holder.get()
    return demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        max_file_size=uploads.MAX_UPLOAD_BYTES,
        css=CSS,
        **options,
    )


settings = AppSettings.from_env(base=APP_DIR)
demo = build_demo(settings)

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    launch(demo, settings)
