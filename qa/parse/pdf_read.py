"""Open a PDF with pdfminer.six and hand over each page's glyphs, rules, frames and images.

What comes out is geometry, not text order: every glyph with its box (top-down page
coordinates, points), type size and font, and every rule, rectangle and image. pdfminer's
own layout analysis is not used (the page layout is read in ``qa.pdf_layout``); its
interpreter only runs the content streams, through a device that records each glyph as
it is drawn.

Decisions (each has a test):

- Bad files raise ``InputFileError`` naming the file: not a PDF, encrypted (a password is
  needed), truncated or damaged, no pages, over ``MAX_PDF_BYTES`` or ``MAX_PAGES``.
- A bad page gives a ``PageProblem`` naming the page, and the other pages are still read:
  a page that cannot be interpreted, one without a text layer (a scan: OCR is not built
  in), one whose fonts carry no Unicode mapping, and one over the per-page bounds
  (``MAX_PAGE_GLYPHS`` glyphs, ``MAX_PAGE_SHAPES`` paths, ``MAX_PAGE_SECONDS`` of CPU,
  ``MAX_STREAM_BYTES`` of decoded content stream), which bound time and memory per page.
- Copy restrictions (an owner password with an empty user password) do not stop reading:
  the archive is the user's own.
- Characters are normalised where embedded fonts map glyphs to compatibility code points:
  CJK compatibility ideographs (U+F900 block: 省, 李 and 切 come out there), Kangxi and
  supplementary radicals, Latin ligatures, each by NFKC. Full-width punctuation is left
  as printed (NFKC would turn ，into a comma), as the text parser and the archive keep it.
"""

from __future__ import annotations

import time
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from qa.errors import InputFileError
from qa.parse.decode import reading

MAX_PDF_BYTES = 200 * 1024 * 1024  # a whole issue of a daily is 5–60 MB
MAX_PAGES = 500
MAX_PAGE_GLYPHS = 100_000  # a dense broadsheet page holds about 15,000
MAX_PAGE_SHAPES = 50_000
MAX_PAGE_SECONDS = 20.0  # CPU seconds of this thread; a generated page takes 0.1
MAX_STREAM_BYTES = 32 * 1024 * 1024  # decoded content stream of one page or form
_CHECK_EVERY = 256  # glyphs or paths between two looks at the clock
_OCR_HINT = "OCR is not built in: run OCR on it first (e.g. ocrmypdf) or give the text instead"


class Glyph(NamedTuple):
    """One drawn character: its text and box in points, top-down (0 is the page's top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str


class Shape(NamedTuple):
    """A rule, rectangle or image: kind is "rule", "rect" or "image"; filled for rects."""

    kind: str
    x0: float
    x1: float
    top: float
    bottom: float
    filled: bool = False


@dataclass(frozen=True)
class RawPage:
    """One page as drawn.

    Attributes:
        number: 1-based page number in the file.
        width, height: the page's size in points.
        glyphs: upright glyphs on the page, in drawing order.
        shapes: rules, rectangles and images.
        aside: glyphs that are not upright (rotated or vertical text) or lie off the
            page, kept to be reported.
        label: the page label the PDF gives this page, or "".
    """

    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    shapes: list[Shape]
    aside: list[Glyph]
    label: str = ""


@dataclass(frozen=True)
class PageProblem:
    """A page that could not be read, and why (a sentence naming what to do)."""

    number: int
    reason: str


class _PageLimit(Exception):
    """A page went past one of the per-page bounds."""


_COMPATIBILITY = (
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x2F800, 0x2FA1F),  # their supplement
    (0x2F00, 0x2FDF),  # Kangxi radicals
    (0x2E80, 0x2EFF),  # CJK radicals supplement
    (0xFB00, 0xFB06),  # Latin ligatures ﬁ ﬂ
)


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """A glyph's text with compatibility code points folded by NFKC (see the module
    docstring); everything else as it is."""
    return "".join(
        unicodedata.normalize("NFKC", c) if any(lo <= ord(c) <= hi for lo, hi in _COMPATIBILITY) else c
        for c in text
    )


def _device_class():
    """The recording device: pdfminer's layout analyser with a light ``render_char``."""
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.layout import LTChar
    from pdfminer.pdffont import PDFUnicodeNotDefined

    class Recorder(PDFLayoutAnalyzer):
        """Records glyph boxes as they are drawn instead of building LTChar objects
        (three times faster), and checks the per-page bounds as it goes."""

        def __init__(self, rsrcmgr) -> None:
            super().__init__(rsrcmgr, pageno=1, laparams=None)
            self.glyphs: list[tuple] = []
            self.rotated: list[tuple] = []
            self.unmapped = 0
            self.paths = 0
            self.deadline = 0.0

        def start(self) -> None:
            self.glyphs, self.rotated, self.unmapped, self.paths = [], [], 0, 0
            self.deadline = time.thread_time() + MAX_PAGE_SECONDS

        def _check(self) -> None:
            if len(self.glyphs) > MAX_PAGE_GLYPHS:
                raise _PageLimit(f"has more than {MAX_PAGE_GLYPHS:,} characters")
            if self.paths > MAX_PAGE_SHAPES:
                raise _PageLimit(f"has more than {MAX_PAGE_SHAPES:,} drawn paths")
            if time.thread_time() > self.deadline:
                raise _PageLimit(f"took more than {MAX_PAGE_SECONDS:g} s of CPU to read")

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = ""
                self.unmapped += 1
            a, b, c, d, e, f = matrix
            if font.is_vertical() or b or c or a <= 0 or d <= 0:
                item = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid),
                              font.char_disp(cid), ncs, graphicstate)
                self.rotated.append((text, item.x0, item.x1, item.y0, item.y1, item.size, font.fontname))
                return item.adv
            adv = font.char_width(cid) * fontsize * scaling
            y0 = f + (font.get_descent() * fontsize + rise) * d
            self.glyphs.append((text, e, e + adv * a, y0, y0 + fontsize * d, fontsize * d, font.fontname))
            if len(self.glyphs) % _CHECK_EVERY == 0 or len(self.glyphs) > MAX_PAGE_GLYPHS:
                self._check()
            return adv

        def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:
            self.paths += 1
            if self.paths % _CHECK_EVERY == 0:
                self._check()
            super().paint_path(gstate, stroke, fill, evenodd, path)

    return Recorder


def _interpreter_class():
    """pdfminer's interpreter, refusing content streams that decode past the bound before
    decoding them (a compressed bomb would otherwise be inflated whole)."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, stream_value

    class Interpreter(PDFPageInterpreter):
        def execute(self, streams) -> None:
            for obj in streams:
                stream = stream_value(obj)
                if stream.data is not None:
                    size = len(stream.data)
                else:
                    raw = stream.rawdata or b""
                    filters = [f for f, _ in stream.get_filters()]
                    if filters and filters[0] in LITERALS_FLATE_DECODE and not stream.decipher:
                        try:
                            size = len(zlib.decompressobj().decompress(raw, MAX_STREAM_BYTES + 1))
                        except zlib.error:
                            size = len(raw)  # pdfminer reports or repairs the damage
                    else:
                        size = len(raw)
                if size > MAX_STREAM_BYTES:
                    raise _PageLimit(f"has a content stream of more than {MAX_STREAM_BYTES // 2**20} MB")
            super().execute(streams)

    return Interpreter


def _shapes(item, height: float, out: list[Shape]) -> None:
    """Collect rules, rectangles and images from pdfminer's layout objects (recursively)."""
    from pdfminer.layout import LTCurve, LTFigure, LTImage, LTLine, LTRect

    for obj in item:
        if isinstance(obj, LTImage):
            out.append(Shape("image", obj.x0, obj.x1, height - obj.y1, height - obj.y0))
        elif isinstance(obj, LTFigure):
            _shapes(obj, height, out)
        elif isinstance(obj, (LTLine, LTRect, LTCurve)):
            thin = min(obj.width, obj.height) <= 3.0
            if isinstance(obj, LTCurve) and not isinstance(obj, (LTLine, LTRect)) and not thin:
                continue  # drawings and ornaments: no part of the layout
            kind = "rule" if thin else "rect"
            filled = bool(getattr(obj, "fill", False))
            out.append(Shape(kind, obj.x0, obj.x1, height - obj.y1, height - obj.y0, filled))


def _describe(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _open(path: Path, handle):
    """pdfminer's document for an open file, or InputFileError saying what is wrong."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    try:
        return PDFDocument(PDFParser(handle))
    except PDFPasswordIncorrect as error:
        raise InputFileError(
            str(path), "is encrypted (it needs a password to open); save a copy without the"
            " password (e.g. qpdf --decrypt) and give that"
        ) from error
    except PDFEncryptionError as error:
        raise InputFileError(str(path), f"is encrypted in a way that cannot be read ({_describe(error)})") from error
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError, zlib.error) as error:
        raise InputFileError(str(path), f"{_damaged(path)} ({_describe(error)})") from error


def _damaged(path: Path) -> str:
    """'truncated' when the file stops before its end marker, else 'damaged'."""
    try:
        with open(path, "rb") as handle:
            handle.seek(max(0, path.stat().st_size - 1024))
            tail = handle.read()
    except OSError:
        tail = b""
    if b"%%EOF" not in tail:
        return "cannot be read as a PDF: it is truncated (the end of the file is missing)"
    return "cannot be read as a PDF: it is damaged"


def check_file(path: Path) -> int:
    """Refuse what is not a readable PDF before pdfminer opens it.

    Returns:
        the file's size in bytes.

    Raises:
        InputFileError: missing, unreadable, empty, not a PDF, or over MAX_PDF_BYTES.
    """
    with reading(path):
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(1024)
    if size == 0:
        raise InputFileError(str(path), "empty file")
    if b"%PDF-" not in head:
        raise InputFileError(str(path), "is not a PDF (it does not start with %PDF)")
    if size > MAX_PDF_BYTES:
        raise InputFileError(
            str(path), f"is {size / 2**20:.0f} MB; PDFs up to {MAX_PDF_BYTES // 2**20} MB are read"
            " (split it, e.g. qpdf --split-pages)"
        )
    return size


def iter_raw_pages(path: str | Path) -> Iterator[RawPage | PageProblem]:
    """Each page of a PDF as drawn, or the problem that page has.

    Yields:
        a RawPage for each readable page, a PageProblem for each page that is not, in
        page order.

    Raises:
        InputFileError: the file as a whole cannot be read (see the module docstring);
            raised before any page is yielded.
    """
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.psexceptions import PSException

    path = Path(path)
    check_file(path)
    with open(path, "rb") as handle:
        document = _open(path, handle)
        try:
            pages = []
            for page in PDFPage.create_pages(document):
                pages.append(page)
                if len(pages) > MAX_PAGES:
                    raise InputFileError(
                        str(path), f"has more than {MAX_PAGES} pages; up to {MAX_PAGES} are read"
                        " (split it, e.g. qpdf --split-pages)"
                    )
        except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError, zlib.error) as error:
            raise InputFileError(str(path), f"{_damaged(path)} ({_describe(error)})") from error
        if not pages:
            damage = _damaged(path)
            raise InputFileError(str(path), "has no pages" + (f" ({damage})" if "truncated" in damage else ""))
        resources = PDFResourceManager(caching=True)
        device = _device_class()(resources)
        interpreter = _interpreter_class()(resources, device)
        for number, page in enumerate(pages, 1):
            yield _read_page(number, page, device, interpreter)


def _read_page(number: int, page, device, interpreter) -> RawPage | PageProblem:
    from pdfminer.psexceptions import PSException

    device.start()
    try:
        interpreter.process_page(page)
    except _PageLimit as error:
        return PageProblem(number, f"{error} (the bound for one page), so it was not read")
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError, zlib.error,
            RecursionError, OverflowError, ZeroDivisionError) as error:
        return PageProblem(number, f"cannot be read: its content is damaged ({_describe(error)})")
    layout = device.cur_item
    width, height = layout.width, layout.height
    glyphs: list[Glyph] = []
    aside: list[Glyph] = []
    for text, x0, x1, y0, y1, size, font in device.glyphs:
        glyph = Glyph(normalise(text), x0, x1, height - y1, height - y0, size, _font_name(font))
        if x1 < 0 or x0 > width or y1 < 0 or y0 > height:
            aside.append(glyph)
        elif text:
            glyphs.append(glyph)
    for text, x0, x1, y0, y1, size, font in device.rotated:
        if text:
            aside.append(Glyph(normalise(text), x0, x1, height - y1, height - y0, size, _font_name(font)))
    shapes: list[Shape] = []
    _shapes(layout, height, shapes)
    visible = [g for g in glyphs if g.text.strip()]
    if device.unmapped and device.unmapped >= len(visible):
        return PageProblem(
            number, "has text whose fonts carry no Unicode mapping, so its characters cannot be"
            f" read; {_OCR_HINT}"
        )
    if not visible and not aside and any(s.kind == "image" for s in shapes):
        return PageProblem(number, f"has no text layer, only images (a scanned page?); {_OCR_HINT}")
    return RawPage(number, width, height, glyphs, shapes, aside, _label(page))


def _label(page) -> str:
    label = getattr(page, "label", None)
    return label if isinstance(label, str) else ""


def _font_name(name: object) -> str:
    """A font's name without the subset tag (ABCDEF+SimSun → SimSun)."""
    text = str(name)
    return text.split("+", 1)[1] if len(text) > 7 and text[6] == "+" else text
