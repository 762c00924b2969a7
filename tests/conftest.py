"""Shared fixtures: no network, no writes outside tmp_path, the seed page at hand, and
the working copy's own corpus/ and index/ out of reach."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from qa.types import Article

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
# The shipped page: the one file of the working copy's corpus/ a test may read. Tests
# build their corpora in temporary folders (``seed_corpus``), so files a user adds to
# corpus/ (the app's uploads) or an index/ the app built never change what they see.
SEED_PAGE = REPO / "corpus" / "000_5bfbc44df4076cd8.txt"
SHARED = REPO.parent / "shared"
EVAL = SHARED / "eval"
# A milvus-lite server on loopback for the store contract tests (started on first use).
pytest_plugins = ("milvus_fixtures",)
_OFF_LIMITS = tuple(os.path.join(str(REPO), name) for name in ("corpus", "index"))


def _keep_out_of_the_working_copy(event: str, args: tuple) -> None:
    """Audit hook: opening or listing anything under corpus/ or index/ of the working
    copy, but the shipped page, fails the test that does it."""
    if event not in ("open", "os.listdir", "os.scandir") or not args or not isinstance(args[0], (str, Path)):
        return
    path = os.path.abspath(args[0])
    if path != str(SEED_PAGE) and any(path == root or path.startswith(root + os.sep) for root in _OFF_LIMITS):
        raise PermissionError(f"a test may not read the working copy's {path}: copy what it needs into tmp_path")


sys.addaudithook(_keep_out_of_the_working_copy)

# Set before anything imports huggingface_hub, so no test can reach a hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"


# The model tests build with unless they name one: the fast USE. The default, e5-small,
# embeds ~2k characters a second here and some 60 tests index the seed page (6k
# characters); the tests that concern e5 or the default name it (``E5``), on the seed page
# or a few paragraphs. Set in the environment (here, so module- and session-scoped
# fixtures see it too), so `qa` and app subprocesses use it as well.
TEST_MODEL = "use"
E5 = "e5-small"
os.environ["QA_MODEL"] = TEST_MODEL


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """Keep caches and settings inside tmp_path; clear the app's settings; build with
    TEST_MODEL unless a test names a model."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for name in (
        "QA_CORPUS",
        "QA_INDEX",
        "QA_STORE",
        "QA_MILVUS_TOKEN",
        "QA_HOST",
        "QA_PORT",
        "QA_UPLOADS",
        "QA_ADMIN_KEY",
        "SPACE_ID",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QA_MODEL", TEST_MODEL)


@pytest.fixture
def seed_page() -> Path:
    """The real newspaper page shipped in corpus/ (read it; never list its folder)."""
    return SEED_PAGE


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory) -> Path:
    """A corpus folder holding a copy of the shipped page, and nothing else."""
    folder = tmp_path_factory.mktemp("seed-corpus")
    shutil.copy(SEED_PAGE, folder / SEED_PAGE.name)
    return folder


def qa(capsys, *argv: object) -> tuple[int, str, str]:
    """Run the `qa` command in this process: (exit code, stdout, stderr)."""
    from qa.cli import main

    capsys.readouterr()
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_:  # argparse's usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def eval_file(name: str) -> Path:
    """A file under ../shared/eval, or skip with a reason when ../shared is absent."""
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared/eval is only beside CI and developer clones")
    return path


def same_json(a: object, b: object, tolerance: float = 1e-5) -> bool:
    """Equal JSON data, floats within ``tolerance``: scores computed in two processes (or
    two threads with other BLAS settings) differ in their last digits."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) <= tolerance
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k], tolerance) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_json(x, y, tolerance) for x, y in zip(a, b, strict=True))
    return a == b


def make_article(text: str = "铜鼓县电子公函使用率达100%。", title: str = "铜鼓县推行电子公函") -> Article:
    """A one-article fixture for rendering tests: a lead paragraph, then ``text``."""
    return Article(
        id="a1",
        title=title,
        paragraphs=("前言。", text),
        authors=("刘琼",),
        source="/srv/corpus/000_page.txt",
    )


@pytest.fixture(scope="session")
def pool4():
    """The fourth page generator's source pool (its text files read once a session)."""
    import pagegen4

    return pagegen4.default_pool()


@pytest.fixture(scope="session")
def pool5():
    """The fifth page generator's source pool (its text files read once a session)."""
    import pagegen5

    return pagegen5.default_pool()


@pytest.fixture
def generated_page(request):
    """A page of generator 4, 5 or 6 by its seed: ``generated_page("gen4", 400_106)``
    (each generator's pool read once a session, when first asked for: generators 4 and 5
    through their session fixtures, generator 6 caches its own)."""
    import pagegen4
    import pagegen5
    import pagegen6

    makers = {
        "gen4": (pagegen4.random_page4, lambda: request.getfixturevalue("pool4")),
        "gen5": (pagegen5.random_page5, lambda: request.getfixturevalue("pool5")),
        "gen6": (pagegen6.random_page6, pagegen6.default_pool),
    }

    def make(generator: str, seed: int):
        random_page, pool = makers[generator]
        return random_page(pool(), seed)

    return make
