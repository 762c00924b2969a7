"""Read a text file of unknown encoding as a stream of lines, refusing binary files.

Order of trust: a byte-order mark; strict UTF-8; strict GB18030 (a superset of GBK and
GB2312) when the text reads as common Chinese; only then charset-normalizer, whose guesses
on short Chinese texts are unreliable. The whole file is validated in bounded chunks
before any line is handed out, so a bad byte deep in a large file refuses the file
instead of leaving it half read. Memory stays bounded by the chunk size.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from qa.errors import InputFileError

CHUNK_BYTES = 1 << 18
_SAMPLE_BYTES = 64 << 10
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an Office 97 document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CJK_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》【】—…·「」『』〈〉￥％")
_NEWLINES = re.compile(r"\r\n|\r|\n")


@contextlib.contextmanager
def reading(path: Path) -> Iterator[None]:
    """Turn an OS error while reading ``path`` into an InputFileError naming it and why
    (missing, a folder, permission, any other OS error); for every parser's first read."""
    try:
        yield
    except FileNotFoundError as error:
        raise InputFileError(str(path), "no such file") from error
    except IsADirectoryError as error:
        raise InputFileError(str(path), "is a folder, not a file") from error
    except PermissionError as error:
        raise InputFileError(str(path), "cannot read: permission denied") from error
    except OSError as error:
        raise InputFileError(str(path), f"cannot read: {error.strerror or error}") from error


def _read(path: Path, size: int) -> bytes:
    with reading(path), open(path, "rb") as handle:
        return handle.read(size)


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes strictly, read in bounded chunks."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as error:
        raise InputFileError(str(path), f"cannot read: {error.strerror or error}") from error
    return True


def _reads_as_chinese(sample: str) -> bool:
    """Most ideographs of real GB text are in GB2312's first level (the 3,755 common
    characters); Latin-1 or random bytes decoded as GB18030 land elsewhere."""
    ideographs = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    if not ideographs:  # then only CJK punctuation may be beyond ASCII
        return all(c.isascii() or c in _CJK_PUNCTUATION for c in sample)
    common = 0
    for char in ideographs:
        with contextlib.suppress(UnicodeEncodeError):
            common += 0xB0 <= char.encode("gb2312")[0] <= 0xD7
    return common >= 0.8 * len(ideographs)


def detect_encoding(path: str | Path) -> str:
    """Find the encoding of a text file, refusing empty, binary and undecodable files.

    Returns:
        a Python codec name ("utf-8", "utf-8-sig", "utf-16", "gb18030", ...).

    Raises:
        InputFileError: the file is empty, binary, unreadable or undecodable.
    """
    path = Path(path)
    head = _read(path, _SAMPLE_BYTES)
    if not head:
        raise InputFileError(str(path), "empty file")
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            if _decodes(path, encoding):
                return encoding
            raise InputFileError(str(path), f"starts with a {encoding} byte-order mark but does not decode")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputFileError(str(path), f"binary file ({what}), not text")
    if b"\x00" in head:
        raise InputFileError(str(path), "binary file (contains NUL bytes), not text")
    if _decodes(path, "utf-8"):
        encoding = "utf-8"
    elif _decodes(path, "gb18030") and _reads_as_chinese(head.decode("gb18030", "ignore")):
        encoding = "gb18030"
    else:
        encoding = _guess(path, head)
    sample = head.decode(encoding, "ignore")
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise InputFileError(str(path), "binary file (control characters), not text")
    return encoding


def _guess(path: Path, head: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is not None and best.encoding and _decodes(path, best.encoding):
        return best.encoding
    raise InputFileError(str(path), "cannot decode: not UTF-8, GB18030/GBK or another known encoding")


def iter_lines(path: str | Path, encoding: str) -> Iterator[tuple[int, str]]:
    """Lines of a file with 1-based numbers, read one at a time; \r\n, \r and \n all
    end a line.

    Yields:
        (line number, line without its line ending).
    """
    with open(path, encoding=encoding, newline="") as handle:
        for number, line in enumerate(handle, 1):
            yield number, line.rstrip("\r\n")


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """Number the lines of a string the way ``iter_lines`` numbers a file's."""
    yield from enumerate(_NEWLINES.split(text), 1)
