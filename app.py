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

from qa.answer.question import MAX_QUESTION_CHARS  # noqa: E402
from qa.errors import IndexStoreError, QAError  # noqa: E402
from qa.web import access, render, uploads  # noqa: E402
from qa.web import catalogue as ui  # noqa: E402
from qa.web.redact import redact  # noqa: E402
from qa.web.sessions import SessionLimits, SessionStore  # noqa: E402
from qa.web.settings import MAX_FILES_PER_UPLOAD, AppSettings, check_asked  # noqa: E402

if TYPE_CHECKING:
    from qa.index import Index

log = logging.getLogger("qa.app")
APP_DIR = Path(__file__).resolve().parent
CONCURRENCY = 8  # queue workers sharing the one loaded index (searches are thread-safe)
UPLOAD_CONCURRENCY = 2  # uploads embedded at once (each may take seconds of CPU)
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
        self.write_lock = threading.Lock()  # one shared upload at a time
        self.version = 0  # counts the indexes served, so open pages can tell theirs is stale
        self.folders = {settings.corpus: "corpus", settings.index: "index", APP_DIR: ""}

    def public(self, text: object) -> str:
        """Text without the server's paths (for messages and logs)."""
        return redact(str(text), self.folders)

    def set(self, index: Index) -> None:
        """Serve this index from now on (requests already running finish on the old one)."""
        self._index = index
        self.version += 1

    def loaded(self) -> Index | None:
        """The index if it has been loaded, else None (never loads it)."""
        return self._index

    def get(self) -> Index:
        """The loaded index; the first call loads ``index/``, updating it from the corpus."""
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self.set(self._load())
        return self._index

    def _load(self) -> Index:
        from qa.index import Index
        from qa.ingest import update_index

        s = self.settings
        model = self.public(s.model or "as built")
        log.info("checking the index against the corpus (model %s)", model)
        try:
            report = update_index([str(s.corpus)], s.target, model=s.model, progress=True)
        except IndexStoreError as error:  # damaged, or built with another model
            if s.store:  # an engine's index is shared: never dropped by an app starting up
                raise
            log.warning("rebuilding the index: %s", self.public(error))
            report = update_index([str(s.corpus)], s.target, model=s.model, rebuild=True)
        log.info("index: %s", self.public(report.summary()))
        for skip in report.skipped:
            log.warning("skipped %s", self.public(skip))
        return report.index if report.index is not None else Index.load(s.target)


def _session_id(request: gr.Request | None = None) -> str | None:
    """The Gradio session of the request being served (ChatInterface passes no request to
    its function, so the one Gradio keeps for the running event is read there)."""
    if request is None:
        from gradio.context import LocalContext

        request = LocalContext.request.get(None)
    return getattr(request, "session_hash", None) or None


def build_demo(settings: AppSettings) -> gr.Blocks:
    """The app for these settings; nothing heavy happens until the first request."""
    holder = IndexHolder(settings)
    sessions = SessionStore(SessionLimits(idle=settings.session_idle))
    limits = sessions.limits
    public = holder.public

    def index_for(request: gr.Request | None = None) -> Index:
        """The shared index, with the session's private files when it has any."""
        return sessions.view(_session_id(request), holder.get())

    def respond(message: str, history: list, article_ids: list[str], sources: list[str]) -> str:
        try:
            check_asked(message)
            answer = index_for().ask(
                message,
                history=ui.history_questions(history),
                article_ids=article_ids or None,
                sources=sources or None,
            )
        except QAError as error:
            return render.render_error(public(error))
        return render.render_answer(answer)

    def ask(
        question: str,
        k: int = 5,
        article_ids: list[str] | None = None,
        sources: list[str] | None = None,
        request: gr.Request = None,
    ) -> dict:
        """Answer a question; the same JSON as `qa ask --json`."""
        from qa.answer.compose import answer_to_dict

        try:
            check_asked(question, k)
            answer = index_for(request).ask(
                question, k=k, article_ids=article_ids or None, sources=sources or None
            )
        except QAError as error:
            raise gr.Error(public(error)) from error
        return answer_to_dict(answer)

    def search(
        query: str,
        k: int = 5,
        mode: str = "hybrid",
        article_ids: list[str] | None = None,
        sources: list[str] | None = None,
        request: gr.Request = None,
    ) -> dict:
        """Find passages; the same JSON as `qa search --json`."""
        try:
            check_asked(query, k)
            hits = index_for(request).search(
                query, k=k, mode=mode, article_ids=article_ids or None, sources=sources or None
            )
        except QAError as error:
            raise gr.Error(public(error)) from error
        return {"query": query, "hits": [hit.to_dict() for hit in hits]}

    shown: dict = {}  # the shared index's catalogue, for the index version it was made for

    def page_version(request: gr.Request | None) -> str:
        """Changes whenever what this page lists changes (a shared or a private upload)."""
        return f"{holder.version}:{sessions.version(_session_id(request))}"

    def refresh(request: gr.Request):
        sid = _session_id(request)
        index = sessions.view(sid, holder.get())
        articles = index.articles
        if sessions.own_articles(sid):
            made = ui.catalogue(list(articles.values()), len(index.passages))
        else:
            if shown.get("articles") is not articles:  # a new mapping whenever the index changes
                shown.update(articles=articles, catalogue=ui.catalogue(list(articles.values()), len(index.passages)))
            made = shown["catalogue"]
        status = f"{made.status} · {access.mode_label(settings)}"
        own = sessions.own_articles(sid)
        if own:
            status += f" · 其中 {own} 篇是你的私有文件 ({own} of them your own, this session only)"
        return (
            gr.update(examples=[{"text": q} for q in made.examples] or None),
            gr.update(choices=list(made.articles)),
            gr.update(choices=list(made.sources)),
            [list(row) for row in made.rows],
            gr.update(choices=list(made.articles)),
            status,
            page_version(request),
        )

    def refresh_if_changed(version: str, request: gr.Request):
        """The page's lists again when the index it shows has changed since (another
        session's shared upload), else nothing."""
        if version == page_version(request):
            return tuple(gr.skip() for _ in range(7))
        return refresh(request)

    def show_article(article_id: str | None, request: gr.Request) -> str:
        article = index_for(request).articles.get(article_id or "")
        return render.render_article(article) if article else ""

    def show_selected(event: gr.SelectData, request: gr.Request) -> str:
        row = event.row_value or []
        return show_article(row[-1] if row else None, request)

    def add_files(paths: list[str] | None, key: str | None, request: gr.Request, progress=gr.Progress()):  # noqa: B008 (Gradio's way)
        received = [uploads.Upload(Path(p), Path(p).name) for p in paths or []]
        on_progress = lambda share, what: progress(share, desc=what)  # noqa: E731
        try:
            if len(received) > MAX_FILES_PER_UPLOAD:
                raise access.UploadRefused(
                    f"一次最多添加 {MAX_FILES_PER_UPLOAD} 个文件"
                    f" (up to {MAX_FILES_PER_UPLOAD} files at a time; {len(received)} were sent)"
                )
            if access.upload_target(settings, key) == access.SHARED:
                with holder.write_lock:
                    report = uploads.add_uploads(
                        holder.get(), received, settings.corpus, settings.target, progress=on_progress
                    )
                    holder.set(report.index)
            else:
                report = sessions.add(_session_id(request), holder.get(), received, progress=on_progress)
        except QAError as error:
            return (f"没有添加任何文件 (nothing was added): {public(error)}", None, "", *refresh(request))
        return (report.summary(), None, "", *refresh(request))

    def end_session(request: gr.Request) -> None:
        sessions.end(_session_id(request))

    def health() -> dict:
        """For monitoring: the index's size and model, the uploads, the sessions, the queue."""
        index = holder.loaded()
        held = sessions.stats()
        queue = getattr(demo, "_queue", None)
        return {
            "status": "ok" if index is not None else "loading",
            "articles": len(index.articles) if index is not None else None,
            "passages": len(index.passages) if index is not None else None,
            "model": public(index.embedder.name) if index is not None else None,
            "uploads": settings.upload_mode,
            "sessions": {
                "with_files": held.sessions,
                "files": held.files,
                "passages": held.passages,
                "max": limits.sessions,
                "idle_seconds": limits.idle,
            },
            "queue": {"waiting": len(queue) if queue is not None else 0, "max": settings.queue_size},
        }

    examples = [[q, None, None] for q, _ in ui.SEED_QUESTIONS]
    title = "新闻问答 · news archive QA"
    with gr.Blocks(title=title, fill_height=True, analytics_enabled=False) as demo:
        gr.Markdown("## 新闻问答 · Ask the news archive")
        status = gr.Markdown(elem_id="qa-status")
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
                textbox=gr.Textbox(
                    placeholder="输入问题 (ask a question)", elem_id="qa-question", max_length=MAX_QUESTION_CHARS
                ),
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
            picker = gr.Dropdown(label="查看文章 (show an article)", choices=[], elem_id="qa-picker")
            article_view = gr.HTML(elem_id="qa-article")
        with gr.Tab("添加文件 Add files"):
            uploading = settings.upload_mode != "off"
            gr.Markdown(
                access.upload_help(settings, limits.idle, limits.files, limits.bytes / 2**20),
                elem_id="qa-upload-help",
            )
            files = gr.File(
                file_count="multiple", file_types=list(uploads.ALLOWED_SUFFIXES), visible=uploading, elem_id="qa-files"
            )
            key = gr.Textbox(
                label="管理密钥 (admin key: adds the files for everyone)",
                type="password",
                value="",
                visible=uploading and (settings.admin_key is not None or settings.key_required),
                elem_id="qa-admin-key",
            )
            add_button = gr.Button("添加到索引 (add to the index)", variant="primary", visible=uploading)
            add_result = gr.Textbox(label="结果 (result)", interactive=False, lines=3, elem_id="qa-add-result")
        shown_version = gr.State("")
        timer = gr.Timer(settings.refresh_seconds)

        refreshed = [chatbot, article_filter, source_filter, table, picker, status, shown_version]
        hidden = {"api_visibility": "undocumented", "show_progress": "hidden"}
        demo.load(refresh, None, refreshed, **hidden)
        timer.tick(refresh_if_changed, shown_version, refreshed, queue=False, **hidden)
        picker.change(show_article, picker, article_view, api_visibility="undocumented")
        table.select(show_selected, None, article_view, api_visibility="undocumented")
        add_button.click(
            add_files,
            [files, key],
            [add_result, files, key, *refreshed],
            concurrency_limit=UPLOAD_CONCURRENCY,
            concurrency_id="uploads",
            api_name="add_files",
        )
        demo.unload(end_session)
        gr.api(ask, api_name="ask")
        gr.api(search, api_name="search")
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=settings.queue_size)
    demo.holder = holder  # for the start-up step and tests
    demo.sessions = sessions
    demo.health = health
    return demo


def launch(demo: gr.Blocks, settings: AppSettings, **options):
    """Load the index, then serve ``demo`` (blocking unless prevent_thread_lock=True),
    with GET /health beside Gradio's routes."""
    from fastapi.routing import APIRoute

    demo.holder.get()
    demo.sessions.start_sweeping()
    app_kwargs = dict(options.pop("app_kwargs", None) or {})
    app_kwargs["routes"] = [*app_kwargs.get("routes", []), APIRoute("/health", demo.health, methods=["GET"])]
    return demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        max_file_size=uploads.MAX_UPLOAD_BYTES,
        css=CSS,
        app_kwargs=app_kwargs,
        **options,
    )


def configure_logging() -> None:
    """Log the app's progress at INFO, without faiss's probing for CPU-specific builds
    (its "ModuleNotFoundError ... avx512" lines are expected, not errors)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)


settings = AppSettings.from_env(base=APP_DIR)
demo = build_demo(settings)

if __name__ == "__main__":
    configure_logging()
    launch(demo, settings)
