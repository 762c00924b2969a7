"""Who may add files where: the upload mode, the admin key, and refusals that say why."""

from __future__ import annotations

import hmac

from qa.errors import QAError
from qa.web.settings import AppSettings
from qa.web.uploads import MAX_UPLOAD_BYTES

SHARED, SESSION = "shared", "session"


class UploadRefused(QAError):
    """An upload is not allowed (uploads off, a missing or wrong key, caps reached)."""


def key_matches(entered: str, expected: str) -> bool:
    """Compare an entered key with the configured one in constant time."""
    return hmac.compare_digest(entered.encode("utf-8"), expected.encode("utf-8"))


def upload_target(settings: AppSettings, entered_key: str | None) -> str:
    """Where an upload goes: SHARED (the corpus, for everyone) or SESSION (private).

    A key entered asks for a shared upload: it is checked, and a wrong one is refused,
    never taken as a private upload instead. Without a key, "session" mode keeps the
    files private; "shared" mode shares them where no key is required (loopback with no
    QA_ADMIN_KEY) and refuses them elsewhere.

    Raises:
        UploadRefused: uploads are off, or the key is missing or wrong (bilingual message).
    """
    mode = settings.upload_mode
    key = (entered_key or "").strip()
    if mode == "off":
        raise UploadRefused("这个服务器不接受上传 (uploads are off on this server)")
    if key:
        if settings.admin_key is None:
            raise UploadRefused(
                "这个服务器没有设置管理密钥 QA_ADMIN_KEY，不能用密钥添加共享文件"
                " (this server has no admin key, QA_ADMIN_KEY: nothing can be added for everyone)"
            )
        if not key_matches(key, settings.admin_key):
            raise UploadRefused("管理密钥不对 (wrong admin key)")
        return SHARED
    if mode == SESSION:
        return SESSION
    if not settings.key_required:
        return SHARED
    if settings.admin_key is None:
        raise UploadRefused(
            "公开的服务器要有管理密钥才能添加共享文件，但没有设置 QA_ADMIN_KEY"
            " (shared uploads on a public server need the QA_ADMIN_KEY secret; none is set)"
        )
    raise UploadRefused(
        "添加给所有人的文件需要管理密钥 (adding files for everyone needs the admin key)"
    )


def mode_label(settings: AppSettings) -> str:
    """The upload mode in a few words, for the page's status line (plain text)."""
    if settings.upload_mode == "off":
        return "上传：关闭 (uploads: off)"
    if settings.upload_mode == SESSION:
        return "上传：只在本会话可见 (uploads: private to your session)"
    if settings.key_required:
        return "上传：所有人可见，需要管理密钥 (uploads: shared with everyone, admin key needed)"
    return "上传：所有人可见 (uploads: shared with everyone)"


def upload_help(settings: AppSettings, idle: float, files: int, megabytes: float) -> str:
    """What the upload tab says, Chinese then English (Markdown of our own text only).

    Args:
        settings: the app's settings (mode, key).
        idle: seconds a session's private files outlive its last request.
        files, megabytes: the per-session caps on private files.
    """
    kinds = (
        "报纸 PDF .pdf、网页文本 .txt、Markdown .md 或 JSONL .jsonl"
        " · newspaper PDFs (.pdf), page text (.txt), Markdown (.md) or JSONL (.jsonl)"
    )
    size = uploads_cap_mb()
    if settings.upload_mode == "off":
        return "这个服务器不接受上传。\n\nUploads are off on this server."
    minutes = max(1, round(idle / 60))
    if settings.upload_mode == SESSION:
        text = (
            f"添加的文件只在你的这个会话中可检索，别人看不到；关闭或刷新页面、或闲置 {minutes} 分钟后删除。"
            f"每个会话最多 {files} 个文件，共 {megabytes:g} MB。\n\n"
            f"Files you add are searchable in this session only and never shown to anyone else;"
            f" they are gone when you close or reload the page, or after {minutes} idle minutes."
            f" Up to {files} files, {megabytes:g} MB in all, per session."
        )
        if settings.admin_key is not None:
            text += (
                "\n\n管理员：填写管理密钥即可添加给所有人。"
                " Admins: enter the admin key to add files for everyone."
            )
    else:
        text = (
            f"添加的文件保存在语料库（corpus/uploads）中，所有人都能检索；每个文件最多 {size} MB。\n\n"
            f"Files you add are stored in the corpus (corpus/uploads) and searchable by everyone;"
            f" up to {size} MB each."
        )
        if settings.key_required and settings.admin_key is None:
            text += (
                "\n\n这个公开的服务器没有设置管理密钥 QA_ADMIN_KEY，不能添加文件。"
                " This public server has no admin key (QA_ADMIN_KEY): adding files is refused."
            )
        elif settings.key_required:
            text += "\n\n需要管理密钥。 The admin key is needed."
    return f"{text}\n\n{kinds}."


def uploads_cap_mb() -> int:
    """The size cap on one shared upload, in MB."""
    return MAX_UPLOAD_BYTES // 2**20
