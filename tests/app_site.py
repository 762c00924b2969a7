"""A running app for the app and browser tests: the shipped page plus a hostile article,
indexed into a temporary folder and served on a free loopback port."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from conftest import REPO, SEED_PAGE

from qa.web.settings import AppSettings as Settings

# An article whose text would run script if it were rendered as HTML or Markdown.
HOSTILE_TITLE = "恶意脚本测试<script>alert(1)</script>"
HOSTILE_PAYLOAD = (
    '<script>alert(1)</script><img src=x onerror="window.__xss=1">'
    " [点我](javascript:alert(2))"
)
HOSTILE_ARTICLE = f"""# {HOSTILE_TITLE}

本报讯 为检验网页能否安全显示报道，测试员在正文中放入了 {HOSTILE_PAYLOAD} 这样的内容，页面的安全显示率达99%。

测试员表示，页面应当把这些内容原样显示为文字。
"""
HOSTILE_QUESTION = "恶意脚本测试的安全显示率是多少"
HOSTILE_FILE = "hostile <b>article<img src=x>.md"


class BodyRecorder:
    """ASGI middleware keeping every response body the app sends, as [path, bytes] pairs
    (server-sent events as they stream), so tests can search all of them."""

    def __init__(self, app, bodies: list) -> None:
        self.app, self.bodies = app, bodies

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        entry = [scope.get("path", ""), bytearray()]
        self.bodies.append(entry)

        async def tee(message):
            if message["type"] == "http.response.body":
                entry[1].extend(message.get("body", b""))
            await send(message)

        return await self.app(scope, receive, tee)


@dataclass
class Site:
    """A running app: where it listens, its settings, the Blocks object serving it and
    (when recorded) every response body it sent."""

    url: str
    settings: Settings
    demo: object
    bodies: list = field(default_factory=list)

    def close(self) -> None:
        self.demo.sessions.stop_sweeping()
        self.demo.close()


def load_app() -> ModuleType:
    """Import app.py from the checkout (it is not part of the installed package).

    app.py sets thread and Gradio defaults in the environment for its own process; they
    are taken back here so they do not leak into other tests and their subprocesses.
    """
    if "app" in sys.modules:
        return sys.modules["app"]
    spec = importlib.util.spec_from_file_location("app", REPO / "app.py")
    module = importlib.util.module_from_spec(spec)
    saved = dict(os.environ)
    try:
        spec.loader.exec_module(module)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    sys.modules["app"] = module
    return module


def free_port() -> int:
    """A TCP port nobody listens on at the moment, on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_corpus(folder: Path) -> Path:
    """A corpus folder with the seed page and the hostile article."""
    folder.mkdir(parents=True)
    shutil.copy(SEED_PAGE, folder / SEED_PAGE.name)
    (folder / HOSTILE_FILE).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return folder


def start_site(folder: Path, record: bool = False, **options) -> Site:
    """Index a fresh corpus under ``folder`` and serve the app for it on loopback.

    ``options`` are further AppSettings (upload_mode, admin_key, session_idle, ...);
    ``record`` keeps every response body in ``Site.bodies``.
    """
    from starlette.middleware import Middleware

    app = load_app()
    bodies: list = []
    extra = {"app_kwargs": {"middleware": [Middleware(BodyRecorder, bodies=bodies)]}} if record else {}
    settings = Settings(
        corpus=make_corpus(folder / "corpus"),
        index=folder / "index",
        model=None,
        host="127.0.0.1",
        port=free_port(),
        **options,
    )
    demo = app.build_demo(settings)
    _, url, _ = app.launch(demo, settings, prevent_thread_lock=True, quiet=True, **extra)
    return Site(url=url.rstrip("/") + "/", settings=settings, demo=demo, bodies=bodies)


def serving(tmp_path_factory, name: str, **options):
    """Yield a site started by ``start_site`` in a fresh folder, received uploads kept in
    a folder of their own (outside the site's); close it afterwards (the body of the
    module-scoped ``site`` fixtures)."""
    import pytest

    folder = tmp_path_factory.mktemp(name)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GRADIO_TEMP_DIR", str(tmp_path_factory.mktemp(f"{name}-gradio-uploads")))
        running = start_site(folder, **options)
        yield running
        running.close()
