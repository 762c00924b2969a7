"""Who may add files where: upload modes by deployment, the admin key, request limits, and
server paths kept out of messages."""

from __future__ import annotations

import pytest

from qa.errors import QueryError
from qa.web import access
from qa.web.access import UploadRefused, upload_target
from qa.web.redact import redact
from qa.web.settings import MAX_ASKED_CHARS, MAX_K, AppSettings, check_asked, is_loopback

KEY = "s3cret-admin-key-0123"


def settings(tmp_path, **options) -> AppSettings:
    return AppSettings(tmp_path / "corpus", tmp_path / "index", None, options.pop("host", "127.0.0.1"), 7860, **options)


# --- modes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "mode", "public"),
    [
        ({}, "shared", False),
        ({"QA_HOST": "localhost"}, "shared", False),
        ({"QA_HOST": "::1"}, "shared", False),
        ({"QA_HOST": "0.0.0.0"}, "session", True),
        ({"QA_HOST": "192.168.1.5"}, "session", True),
        ({"SPACE_ID": "someone/news-qa"}, "session", True),
        ({"SPACE_ID": "someone/news-qa", "QA_HOST": "127.0.0.1"}, "session", True),
        ({"QA_UPLOADS": "shared", "SPACE_ID": "x/y"}, "shared", True),
        ({"QA_UPLOADS": "OFF"}, "off", False),
        ({"QA_UPLOADS": "session"}, "session", False),
        ({"QA_HOST": "0.0.0.0", "QA_STORE": "milvus://db:19530/news"}, "off", True),
        ({"QA_STORE": "milvus://db:19530/news"}, "shared", False),
    ],
)
def test_upload_mode_defaults_to_session_when_public(tmp_path, env, mode, public):
    found = AppSettings.from_env(env, base=tmp_path)
    assert (found.upload_mode, found.public) == (mode, public)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"QA_UPLOADS": "everyone"}, "QA_UPLOADS='everyone': choose one of session, shared, off"),
        ({"QA_ADMIN_KEY": "1234"}, "QA_ADMIN_KEY is too short"),
        ({"QA_SESSION_IDLE": "soon"}, "QA_SESSION_IDLE='soon' is not a positive number"),
        ({"QA_QUEUE_SIZE": "0"}, "QA_QUEUE_SIZE='0' is not a positive number"),
        ({"QA_UPLOADS": "session", "QA_STORE": "milvus:x.db"}, "QA_UPLOADS=session needs the index in a folder"),
    ],
)
def test_bad_settings_are_refused_by_name(tmp_path, env, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        AppSettings.from_env(env, base=tmp_path)


def test_settings_read_the_session_and_queue_limits(tmp_path):
    found = AppSettings.from_env({"QA_SESSION_IDLE": "90", "QA_QUEUE_SIZE": "16"}, base=tmp_path)
    assert (found.session_idle, found.queue_size) == (90.0, 16)


def test_the_admin_key_never_shows_in_repr(tmp_path):
    found = AppSettings.from_env({"QA_ADMIN_KEY": f"  {KEY} "}, base=tmp_path)
    assert found.admin_key == KEY
    assert KEY not in repr(found) and KEY not in str(found)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.0.1", True), ("localhost", True), ("[::1]", True),
     ("0.0.0.0", False), ("::", False), ("example.org", False), ("10.0.0.2", False)],
)
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


# --- where an upload goes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "entered", "target"),
    [
        ({}, "", "shared"),  # loopback, no key set: today's behaviour
        ({"upload_mode": "session"}, "", "session"),
        ({"upload_mode": "session", "admin_key": KEY}, "", "session"),
        ({"upload_mode": "session", "admin_key": KEY}, KEY, "shared"),
        ({"upload_mode": "shared", "admin_key": KEY}, f" {KEY} ", "shared"),
        ({"upload_mode": "shared", "admin_key": KEY, "host": "0.0.0.0"}, KEY, "shared"),
        ({"upload_mode": "shared", "admin_key": KEY, "on_space": True}, KEY, "shared"),
    ],
)
def test_upload_target(tmp_path, options, entered, target):
    assert upload_target(settings(tmp_path, **options), entered) == target


@pytest.mark.parametrize(
    ("options", "entered", "message"),
    [
        ({"upload_mode": "off"}, "", "uploads are off"),
        ({"upload_mode": "off", "admin_key": KEY}, KEY, "uploads are off"),
        # a wrong key is refused, never taken as a private upload instead
        ({"upload_mode": "session", "admin_key": KEY}, KEY + "x", "wrong admin key"),
        ({"upload_mode": "session"}, "anything", "this server has no admin key"),
        ({"upload_mode": "shared", "admin_key": KEY}, "", "needs the admin key"),
        ({"upload_mode": "shared", "admin_key": KEY}, KEY[:-1], "wrong admin key"),
        ({"upload_mode": "shared", "host": "0.0.0.0"}, "", "need the QA_ADMIN_KEY secret; none is set"),
        ({"upload_mode": "shared", "on_space": True}, "", "need the QA_ADMIN_KEY secret; none is set"),
    ],
)
def test_refused_uploads_say_why(tmp_path, options, entered, message):
    with pytest.raises(UploadRefused, match=message) as caught:
        upload_target(settings(tmp_path, **options), entered)
    assert KEY not in str(caught.value)  # the message never echoes a key


def test_key_comparison_uses_hmac_compare_digest(monkeypatch):
    calls = []
    real = access.hmac.compare_digest
    monkeypatch.setattr(access.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    assert access.key_matches(KEY, KEY) and not access.key_matches("x" * 21, KEY)
    assert calls == [(KEY.encode(), KEY.encode()), (b"x" * 21, KEY.encode())]
    assert access.key_matches("密钥-0123456789ab", "密钥-0123456789ab")  # any Unicode key


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"upload_mode": "session"}, ["只在你的这个会话中", "in this session only", "30 idle minutes"]),
        ({"upload_mode": "session", "admin_key": KEY}, ["管理密钥", "admin key"]),
        ({}, ["所有人都能检索", "searchable by everyone"]),
        ({"upload_mode": "shared", "on_space": True}, ["没有设置管理密钥", "adding files is refused"]),
        ({"upload_mode": "off"}, ["不接受上传", "Uploads are off"]),
    ],
)
def test_upload_help_is_bilingual_and_names_the_mode(tmp_path, options, says):
    text = access.upload_help(settings(tmp_path, **options), 1800, 10, 2)
    for phrase in says:
        assert phrase in text, (phrase, text)


# --- request limits --------------------------------------------------------------------------


def test_request_limits():
    check_asked("铜" * MAX_ASKED_CHARS, MAX_K)
    with pytest.raises(QueryError, match=f"up to {MAX_ASKED_CHARS} are accepted"):
        check_asked("铜" * (MAX_ASKED_CHARS + 1))
    with pytest.raises(QueryError, match=f"k may be at most {MAX_K}"):
        check_asked("铜鼓县", MAX_K + 1)


# --- server paths out of messages ------------------------------------------------------------


def test_redact_names_folders_by_their_public_names(tmp_path):
    app = tmp_path / "app"
    folders = {app / "corpus": "corpus", app / "index": "index", app: ""}
    message = (
        f"{app}/index is damaged (x); rebuild it with qa index --rebuild PATH... --index {app}/index;"
        f" {app}/corpus/uploads/a.md: is empty; {app}/app.py failed; /tmp/gradio/0a1b/page.md: line 3;"
        " see https://huggingface.co/spaces/x/y and uploads/a.md"
    )
    shown = redact(message, folders)
    assert str(tmp_path) not in shown and "/tmp/gradio" not in shown
    assert shown.startswith("index is damaged (x); rebuild it with qa index --rebuild PATH... --index index;")
    assert "corpus/uploads/a.md: is empty" in shown and "app.py failed" in shown and "page.md: line 3" in shown
    assert "https://huggingface.co/spaces/x/y and uploads/a.md" in shown


def test_redact_matches_resolved_folders(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    assert redact(f"{real}/index: locked", {link / "index": "index"}) == "index: locked"
