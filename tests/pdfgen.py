"""Newspaper e-paper pages as PDF, set with reportlab from known articles, the truth known.

How a generated page is set, from the way Chinese e-paper pages look:

- A header band, mostly over a rule: the paper's name (larger), the date (2024年5月8日 星期三),
  the page and edition (第3版 要闻, 要闻 03), sometimes the editors (责任编辑 …), a
  lunar date or a web address; a footer with the page number and sometimes the editors.
- 3–6 columns with a gutter of 1–2 em; body type 9–10.5 pt, justified, each paragraph's
  first line indented 2 em, closing punctuation kept off a line's start and opening
  punctuation off its end (the line left short is justified).
- Articles placed on the column grid as in a skyline, each over 1–4 columns under its
  headline (16–28 pt, centred or flush left, two lines when long; phrases spaced by an
  em), with a kicker above and a ——subtitle below (11–16 pt) now and then; bylines under
  the headline (本报记者 X), after the last sentence or on a line of their own
  (（胡位涛 肖 俊）, two-character names padded to three), or in a dateline opening the
  body (本报讯（记者 X）); the body balanced over its columns, or, for one-column
  articles, run to the foot of the column and on at the head of the next.
- Photos (an image and a caption ending with a credit, X摄) on their own or between a
  headline and its body; boxed articles framed by a rectangle, sometimes tinted; rules
  between articles.
- The drawing order is shuffled (by piece of text, by line or by article), so the order
  of the content stream is not reading order.
- Now and then: justified lines drawn as one string spread by character spacing (Tc),
  ragged-right columns, fake-bold headlines (drawn twice a hair apart), letter-spaced
  short headlines, and an article cut where its room ends with （下转第N版）.
"""

from __future__ import annotations

import datetime
import io
import math
import random
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pagegen import Known, known_articles

SONG = "STSong-Light"  # Adobe's CID font: referred to, not embedded
WQY = "WQY"  # WenQuanYi Zen Hei from fonts-wqy-zenhei: embedded as a TrueType subset
WQY_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONTS = (SONG, WQY)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵万钱汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉鹏飞宇浩凯俊帆晓琳雪琴云峰斌波宁欣怡慧颖婷洁佳晨阳志国海林曦琼嘉勋"
PAPERS = ("江西日报", "南昌日报", "赣南日报", "九江日报", "上饶日报", "宜春日报", "抚州日报", "井冈山报", "信息日报", "江南都市报")
EDITIONS = ("要闻", "综合", "经济", "社会", "政务", "文化", "体育", "国际", "地方新闻", "理论", "视点", "民生")
PLACES = ("南昌", "九江", "赣州", "上饶", "萍乡", "宜春", "抚州", "吉安", "景德镇", "新余", "鹰潭")
WEEKDAYS = "一二三四五六日"
OPENERS = "“‘（《【〈「『"
CLOSERS = "，。、；：？！”’）》】〉」』…"
_UNIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-/]*|.", re.S)
_CLAUSE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff“”、]{5,15}")
_PAD = "\u3000"  # an em of space on the page: set as a gap, never drawn


@dataclass(frozen=True)
class PageTruth:
    """What one generated page shows.

    Attributes:
        paper, date, page, edition: the header's facts (date in ISO form).
        items: the articles and photos, in placing order (about reading order).
        columns: the body's column count.
        furniture: header and footer texts as printed.
    """

    paper: str
    date: str
    page: str
    edition: str
    items: tuple[Known, ...]
    columns: int
    furniture: tuple[str, ...] = ()


@dataclass(frozen=True)
class Issue:
    """A generated PDF: its bytes and the truth of each page."""

    data: bytes
    pages: tuple[PageTruth, ...]


@dataclass(frozen=True)
class Style:
    """Choices that hold for a whole page; defaults are drawn at random."""

    columns: int
    body_size: float
    pitch: float
    gutter: float
    body_font: str
    head_font: str
    shuffle: str  # "pieces", "lines", "articles" or "none"
    strings: bool = False  # justified lines drawn as one string spread by character spacing (Tc)
    ragged: bool = False  # body lines flush left, not justified
    bold: bool = False  # headlines drawn twice a hair apart (fake bold)
    jumps: bool = False  # an article that does not fit is cut with （下转第N版）


@dataclass
class _Op:
    """One piece of text to draw: top-down coordinates, baseline y."""

    font: str
    size: float
    x: float
    y: float
    text: str
    group: int
    line: int
    char_space: float = 0.0


@dataclass
class _Canvas:
    """What a page draws, collected before it is written in some order."""

    ops: list[_Op] = field(default_factory=list)
    shapes: list[tuple] = field(default_factory=list)  # drawn before the text (tints)
    strokes: list[tuple] = field(default_factory=list)  # rules, frames, images
    lines: int = 0
    group: int = 0

    def text(self, font: str, size: float, x: float, y: float, units: list[str], xs: list[float], bold: bool = False) -> None:
        """Draw units at their x positions on one baseline (pads and spaces not drawn);
        in ``bold``, each twice a hair apart."""
        self.lines += 1
        for unit, ux in zip(units, xs, strict=True):
            if unit.strip() and unit != _PAD:
                self.ops.append(_Op(font, size, ux, y, unit, self.group, self.lines))
                if bold:
                    self.ops.append(_Op(font, size, ux + 0.25, y, unit, self.group, self.lines))

    def string(self, font: str, size: float, x: float, y: float, text: str, char_space: float) -> None:
        """Draw a line as one string spread by character spacing."""
        self.lines += 1
        self.ops.append(_Op(font, size, x, y, text, self.group, self.lines, char_space))


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the CID font and the embedded TrueType font with reportlab (once)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    pdfmetrics.registerFont(TTFont(WQY, WQY_PATH, subfontIndex=0))


@lru_cache(maxsize=100_000)
def _em(unit: str, font: str) -> float:
    """Width of a unit in em of its size."""
    if unit == _PAD:
        return 1.0
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(unit, font, 1000) / 1000


@lru_cache(maxsize=4096)
def renderable(char: str) -> bool:
    """Whether both fonts draw ``char`` so that it reads back as itself (reportlab drops
    some symbols, 中·文 in STSong-Light, and draws others as nothing, • in WenQuanYi):
    the generator leaves such characters out of the truth and the page alike."""
    if "\u4e00" <= char <= "\u9fff" or char.isascii() and char.isprintable():
        return True
    from pdfminer.high_level import extract_text

    for font in FONTS:
        data = simple_pdf([f"中{char}中"], font=font)
        if extract_text(io.BytesIO(data)).strip() != f"中{char}中":
            return False
    return True


def printable(text: str) -> str:
    """``text`` without the characters the fonts cannot carry (see ``renderable``)."""
    return "".join(c for c in text if renderable(c))


def units_of(text: str) -> list[str]:
    """Pieces that are never broken: a Latin word or number, or one character."""
    return _UNIT.findall(text)


def name(rng: random.Random) -> str:
    """A Chinese name of two or three characters."""
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def padded(person: str) -> str:
    """A two-character name padded to three with an em of space, as bylines set them."""
    return person[0] + _PAD + person[1] if len(person) == 2 else person


# --- setting text ---------------------------------------------------------------------------


def wrap(units: list[str], font: str, size: float, width: float, indent: float = 0.0) -> list[list[str]]:
    """Break units into lines of at most ``width`` points (the first ``indent`` in), keeping
    closing punctuation off a line's start and opening punctuation off its end."""
    lines: list[list[str]] = []
    line: list[str] = []
    used = indent
    for unit in units:
        w = _em(unit, font) * size
        if line and used + w > width + 0.01:
            carry: list[str] = []
            if unit in CLOSERS and len(line) > 1:
                carry.insert(0, line.pop())
            while len(line) > 1 and line[-1] in OPENERS:
                carry.insert(0, line.pop())
            lines.append(line)
            line, used = carry, sum(_em(u, font) * size for u in carry)
        if not line and not unit.strip():
            continue  # a space at a line break vanishes into it
        line.append(unit)
        used += w
    if line:
        lines.append(line)
    # A space at a line's end vanishes into the break (the line is justified without it).
    return [line[: len(line) - next((i for i, u in enumerate(reversed(line)) if u.strip() and u != _PAD), 0)] for line in lines]


def positions(units: list[str], font: str, size: float, x: float, width: float, justify: bool) -> list[float]:
    """The x of each unit, spread to fill ``width`` when justified."""
    widths = [_em(u, font) * size for u in units]
    extra = (width - sum(widths)) / (len(units) - 1) if justify and len(units) > 1 else 0.0
    xs, at = [], x
    for w in widths:
        xs.append(at)
        at += w + max(0.0, extra)
    return xs


@dataclass
class _Body:
    """A body set for one column width: its lines (units, first of a paragraph, last of
    it, set flush right) and the paragraphs as printed."""

    lines: list[tuple[list[str], bool, bool, bool]]
    paragraphs: list[str]
    owners: list[int] = field(default_factory=list)  # the paragraph each line is of (-1: byline)


def set_body(paragraphs: list[str], font: str, size: float, width: float, end_mark: str, own_line: bool) -> _Body:
    """Set paragraphs for a column of ``width`` points; an end byline follows the last
    sentence when it fits on that line, else (or when ``own_line``) it is set flush right
    on a line of its own."""
    lines: list[tuple[list[str], bool, bool, bool]] = []
    owners: list[int] = []
    for number, paragraph in enumerate(paragraphs):
        wrapped = wrap(units_of(paragraph), font, size, width, 2 * size)
        for index, line in enumerate(wrapped):
            lines.append((line, index == 0, index == len(wrapped) - 1, False))
            owners.append(number)
    if end_mark:
        mark = units_of(end_mark)
        last = lines[-1][0]
        indent = 2 * size if lines[-1][1] else 0.0
        used = indent + sum(_em(u, font) * size for u in last + [_PAD] + mark)
        if not own_line and used <= width:
            lines[-1] = (last + [_PAD] + mark, lines[-1][1], True, False)
        else:
            lines.append((mark, False, True, True))
            owners.append(-1)
    return _Body(lines, paragraphs, owners)


# --- the page -------------------------------------------------------------------------------


@dataclass
class _Frame:
    """The page's geometry (top-down coordinates) and its column grid."""

    width: float
    height: float
    left: float
    right: float
    top: float  # body top
    bottom: float  # body bottom
    style: Style

    @property
    def column_width(self) -> float:
        n, gutter = self.style.columns, self.style.gutter
        return (self.right - self.left - (n - 1) * gutter) / n

    def column_x(self, column: int) -> float:
        return self.left + column * (self.column_width + self.style.gutter)

    def span_width(self, columns: int) -> float:
        return columns * self.column_width + (columns - 1) * self.style.gutter


def draw_style(rng: random.Random, columns: int | None = None, font: str | None = None) -> Style:
    """A page style drawn at random (columns and body font may be fixed)."""
    size = rng.choice((9.0, 9.5, 10.0, 10.5))
    body_font = font or rng.choice(FONTS)
    return Style(
        columns=columns or rng.randint(3, 6),
        body_size=size,
        pitch=round(size * rng.uniform(1.35, 1.7), 2),
        gutter=round(size * rng.uniform(1.0, 2.0), 2),
        body_font=body_font,
        head_font=rng.choice((WQY, body_font)),
        shuffle=rng.choice(("pieces", "lines", "articles", "pieces")),
        strings=rng.random() < 0.3,
        ragged=rng.random() < 0.1,
        bold=rng.random() < 0.2,
        jumps=rng.random() < 0.3,
    )


def _date(rng: random.Random) -> datetime.date:
    return datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(7 * 365))


def _header(rng: random.Random, canvas: _Canvas, frame: _Frame, facts: dict, editors: str) -> tuple[float, list[str]]:
    """Set the header band; returns where it ends (top-down) and its texts."""
    day: datetime.date = facts["day"]
    weekday = f"星期{WEEKDAYS[day.weekday()]}"
    date_text = rng.choice(
        (
            f"{day.year}年{day.month}月{day.day}日{_PAD}{weekday}",
            f"{day.year}年{day.month}月{day.day}日",
            f"{day.year}年{day.month:02d}月{day.day:02d}日{_PAD}{weekday}",
        )
    )
    page, edition = facts["page"], facts["edition"]
    page_text = rng.choice(
        (f"第{page}版{_PAD}{edition}", f"{edition}{_PAD}第{page}版", f"第{page}版：{edition}", f"第{page}版")
    )
    texts = [date_text, facts["paper"]]
    slots = [(date_text, 10.0), (facts["paper"], rng.uniform(14, 22))]
    if page_text == f"第{page}版":
        slots.append((page_text, 10.0))
        slots.append((edition, rng.uniform(12, 16)))
        texts += [page_text, edition]
    elif rng.random() < 0.15:  # the edition and a big page number: 要闻 03
        big = f"{edition}{_PAD}{int(page):02d}" if page.isdigit() else f"{edition}{_PAD}{page}"
        slots.append((big, rng.uniform(14, 20)))
        texts.append(big)
    else:
        slots.append((page_text, 10.0))
        texts.append(page_text)
    if editors:
        slots.append((editors, 9.0))
        texts.append(editors)
    if rng.random() < 0.2:
        extra = rng.choice(("农历甲辰年三月三十", "国内统一连续出版物号 CN36-0001", "www.jxnews.com.cn"))
        slots.append((extra, 9.0))
        texts.append(extra)
    rng.shuffle(slots)
    font = frame.style.head_font
    row_height = 26.0
    y = frame_top = 36.0
    usable = frame.right - frame.left
    rows = [slots[: (len(slots) + 1) // 2], slots[(len(slots) + 1) // 2 :]] if len(slots) > 3 else [slots]
    for row in rows:
        biggest = max(size for _, size in row)
        baseline = y + biggest * 0.9
        cell = usable / len(row)
        for index, (text, size) in enumerate(row):
            units = units_of(text)
            width = sum(_em(u, font) * size for u in units)
            if index == 0:
                x = frame.left
            elif index == len(row) - 1:
                x = frame.right - width
            else:
                x = frame.left + cell * index + (cell - width) / 2
            canvas.text(font, size, x, baseline, units, positions(units, font, size, x, width, False))
        y += max(row_height, biggest * 1.3)
    ruled = rng.random() < 0.85  # some headers stand over white space alone
    if ruled:
        canvas.strokes.append(("line", frame.left, y, frame.right, y, rng.choice((0.8, 1.5, 2.0))))
    if ruled and rng.random() < 0.3:
        canvas.strokes.append(("line", frame.left, y + 3, frame.right, y + 3, 0.4))
        y += 3
    del frame_top
    return y + 10, texts


def _footer(rng: random.Random, canvas: _Canvas, frame: _Frame, page: str, editors: str) -> tuple[float, list[str]]:
    """Set the footer; returns where the body must end (top-down) and its texts."""
    font, texts = frame.style.body_font, []
    baseline = frame.height - 28
    rows = 0
    if rng.random() < 0.7:
        number = rng.choice((page, f"- {page} -", f"第{page}版"))
        units = units_of(number)
        width = sum(_em(u, font) * 9 for u in units)
        x = rng.choice((frame.left, (frame.left + frame.right - width) / 2, frame.right - width))
        canvas.text(font, 9, x, baseline, units, positions(units, font, 9, x, width, False))
        texts.append(number)
        rows = 1
    if editors:
        units = units_of(editors)
        y = baseline - (14 if rows else 0)
        canvas.text(font, 9, frame.left, y, units, positions(units, font, 9, frame.left, 0, False))
        texts.append(editors)
        rows += 1
    bottom = frame.height - 28 - 14 * rows - 6
    if rows and rng.random() < 0.5:
        canvas.strokes.append(("line", frame.left, bottom, frame.right, bottom, 0.6))
    return bottom - 8, texts


# --- items ----------------------------------------------------------------------------------


@dataclass
class _Article:
    """An article's parts as set for one span."""

    known: Known
    heads: list[tuple[str, str, float]]  # (role, text, size): kicker/title/subtitle/byline
    body: _Body
    photo: tuple[str, str] | None = None  # (caption, credit) between headline and body


def fit_title(text: str, font: str, size: float, width: float) -> tuple[list[list[str]], float] | None:
    """A headline's lines and size: one line when it fits, else broken at its phrase
    space, else wherever it must; shrunk down to 16 pt to stay within three lines."""
    units = units_of(text)
    while size >= 16:
        if sum(_em(u, font) * size for u in units) <= width:
            return [units], size
        if _PAD in units:
            cut = units.index(_PAD)
            parts = [units[:cut], units[cut + 1 :]]
            if all(sum(_em(u, font) * size for u in part) <= width for part in parts):
                return parts, size
        lines = wrap([u for u in units if u != _PAD], font, size, width)
        if len(lines) <= 2 or (len(lines) == 3 and size <= 18):
            return lines, size
        size -= 1
    return None


def _byline_style(rng: random.Random) -> str:
    return rng.choice(("end", "end", "own", "report", "report", "dateline", "none"))


def make_known(rng: random.Random, title: str, paragraphs: tuple[str, ...], day: datetime.date) -> tuple[Known, dict]:
    """An article to set: its truth, and how it is printed (byline form, heads)."""
    authors = tuple(name(rng) for _ in range(rng.choice((1, 1, 2, 2, 3))))
    form = _byline_style(rng)
    spec: dict = {"form": form}
    paragraphs = tuple(paragraphs)
    if form == "none":
        authors = ()
    elif form in ("end", "own"):
        spec["mark"] = "（" + _PAD.join(padded(a) for a in authors) + "）"
    elif form == "report":
        role = rng.choice(("本报记者", "记者", "本报记者", "本报通讯员"))
        spec["line"] = role + _PAD + _PAD.join(padded(a) if rng.random() < 0.5 else a for a in authors)
    else:
        place = rng.choice(("", f"{rng.choice(PLACES)}{day.month}月{day.day}日"))
        lead = f"本报{place}讯（记者{_PAD}" + _PAD.join(authors) + "）"
        spec["lead"] = lead
        paragraphs = (lead.replace(_PAD, "") + paragraphs[0],) + paragraphs[1:]
    clauses = [c for p in paragraphs for c in _CLAUSE.findall(p)]
    kicker = rng.choice(clauses) if clauses and rng.random() < 0.3 else ""
    subtitle = "——" + rng.choice(clauses) if clauses and rng.random() < 0.3 else ""
    known = Known("article", title, kicker, subtitle, authors, "", paragraphs)
    return known, spec


def make_photo(rng: random.Random, caption: str, agency: float = 0.0) -> tuple[Known, str]:
    """A photo item and its credit as printed: a person's, or with chance ``agency`` the
    agency's that sent it (新华社发, which credits 新华社)."""
    person = name(rng)
    credit = rng.choice((f"{padded(person)}摄", f"（{person} 摄）", f"本报记者 {padded(person)} 摄", f"{person} 摄"))
    if agency and rng.random() < agency:  # (no draw otherwise: the default pages stay as they were)
        person, credit = "新华社", rng.choice(("新华社发", "（新华社发）"))
    return Known("photo", "", "", "", (), person, (caption,)), credit


class _Layout:
    """Places items on the column grid like blocks in a skyline and sets them."""

    def __init__(self, rng: random.Random, canvas: _Canvas, frame: _Frame) -> None:
        self.rng, self.canvas, self.frame = rng, canvas, frame
        self.skyline = [frame.top] * frame.style.columns
        self.placed: list[Known] = []

    # where

    def _choose(self, span: int, need: float) -> int | None:
        """The first column of the flattest, highest place ``span`` columns wide with
        ``need`` points of room, or None."""
        best, best_key = None, None
        for first in range(self.frame.style.columns - span + 1):
            tops = self.skyline[first : first + span]
            top = max(tops)
            if self.frame.bottom - top < need:
                continue
            waste = sum(top - t for t in tops)
            key = (waste > 3 * self.frame.style.pitch, top, waste, first)
            if best_key is None or key < best_key:
                best, best_key = first, key
        return best

    def _gap_after(self, first: int, span: int, bottom: float) -> None:
        """Leave space (and sometimes a rule) under an item."""
        gap = self.frame.style.pitch * self.rng.uniform(1.2, 2.2)
        if self.rng.random() < 0.35 and bottom + gap < self.frame.bottom:
            x0 = self.frame.column_x(first)
            y = bottom + gap / 2
            self.canvas.strokes.append(("line", x0, y, x0 + self.frame.span_width(span), y, 0.5))
        for column in range(first, first + span):
            self.skyline[column] = max(self.skyline[column], bottom + gap)

    # what

    def place_photo(self, known: Known, credit: str, span: int) -> bool:
        frame, style = self.frame, self.frame.style
        width = frame.span_width(span)
        height = round(width * self.rng.uniform(0.45, 0.7), 1)
        caption = self._caption_lines(known.paragraphs[0], credit, width)
        need = height + 6 + len(caption) * style.pitch
        first = self._choose(span, need)
        if first is None:
            return False
        x, y = frame.column_x(first), max(self.skyline[first : first + span])
        self.canvas.group += 1
        self.canvas.strokes.append(("image", x, y, width, height))
        self._set_caption(caption, x, y + height + 6)
        self.placed.append(known)
        self._gap_after(first, span, y + height + 6 + len(caption) * style.pitch)
        return True

    def _caption_lines(self, caption: str, credit: str, width: float) -> list[list[str]]:
        """A caption's lines, its credit after the last sentence when it fits, else on a
        line of its own (a credit is never broken)."""
        size = self.frame.style.body_size
        font = self.frame.style.head_font
        lines = wrap(units_of(caption), font, size, width)
        mark = units_of(credit)
        used = sum(_em(u, font) * size for u in lines[-1] + [_PAD] + mark)
        if self.rng.random() < 0.5 and used <= width:
            lines[-1] = lines[-1] + [_PAD] + mark
        else:
            lines.append(mark)
        return lines

    def _set_caption(self, lines: list[list[str]], x: float, y: float) -> None:
        style = self.frame.style
        size, font = style.body_size, style.head_font
        for number, units in enumerate(lines):
            baseline = y + number * style.pitch + size * 0.88
            self.canvas.text(font, size, x, baseline, units, positions(units, font, size, x, 0, False))

    def place_article(self, known: Known, spec: dict, span: int, photo: tuple[Known, str] | None, boxed: bool) -> bool:
        """Set an article over ``span`` columns, cutting paragraphs from its end to fit."""
        style, frame = self.frame.style, self.frame
        pad = style.body_size if boxed else 0.0
        # A boxed article sets its own narrower columns inside the frame.
        inner_gutter = style.gutter
        span_width = frame.span_width(span) - 2 * pad
        column_width = (span_width - (span - 1) * inner_gutter) / span
        if column_width < 6 * style.body_size:
            return False
        if "mark" in spec and sum(_em(u, style.body_font) for u in units_of(spec["mark"])) * style.body_size > column_width:
            # A byline wider than the column goes under the headline instead.
            spec = {"form": "report", "line": "本报记者" + _PAD + _PAD.join(known.authors)}
        title_size = self.rng.uniform(16, 28) if span > 1 else self.rng.uniform(16, 22)
        fitted = fit_title(known.title, style.head_font, round(title_size), span_width)
        if fitted is None:
            return False
        title_lines, title_size = fitted
        heads: list[tuple[str, list[str], float]] = []
        side_size = min(16.0, max(round(style.body_size * 1.3), round(title_size * self.rng.uniform(0.5, 0.7))))
        if known.kicker:
            for line in wrap(units_of(known.kicker), style.head_font, side_size, span_width):
                heads.append(("kicker", line, side_size))
        heads += [("title", line, title_size) for line in title_lines]
        if known.subtitle:
            for line in wrap(units_of(known.subtitle), style.head_font, side_size, span_width):
                heads.append(("subtitle", line, side_size))
        if spec["form"] == "report":
            # A byline too wide for the span loses its padding, then names from its end.
            def fits(text: str) -> bool:
                return sum(_em(u, style.body_font) for u in units_of(text)) * style.body_size <= span_width

            role = spec["line"].split(_PAD)[0]
            authors = list(known.authors)
            line = spec["line"]
            while not fits(line) and authors:
                line = role + _PAD + _PAD.join(authors)
                if not fits(line):
                    authors.pop()
                    line = role + _PAD + _PAD.join(authors)
            if not authors:
                return False
            known = replace(known, authors=tuple(authors))
            heads.append(("byline", units_of(line), style.body_size))
        head_height = sum(size * 1.3 for _, _, size in heads) + style.pitch * 0.6
        photo_height = 0.0
        caption_lines: list[list[str]] = []
        if photo is not None:
            photo_height = round(span_width * self.rng.uniform(0.35, 0.5), 1)
            caption_lines = self._caption_lines(photo[0].paragraphs[0], photo[1], span_width)
            photo_height += 6 + len(caption_lines) * style.pitch + style.pitch * 0.6
        own_line = spec["form"] == "own" or (spec["form"] == "end" and self.rng.random() < 0.3)
        flow = span == 1 and not boxed and photo is None and self.rng.random() < 0.5
        for keep in range(len(known.paragraphs), 0, -1):
            paragraphs = list(known.paragraphs[:keep])
            if "lead" in spec:  # the dateline as printed, names an em apart
                paragraphs[0] = spec["lead"] + paragraphs[0][len(spec["lead"].replace(_PAD, "")) :]
            body = set_body(paragraphs, style.body_font, style.body_size, column_width, spec.get("mark", ""), own_line)
            lines = len(body.lines)
            per_column = math.ceil(lines / span)
            need = 2 * pad + head_height + photo_height + min(per_column, 4) * style.pitch
            first = self._choose(span, need)
            if first is None:
                continue
            top = max(self.skyline[first : first + span])
            room = int((frame.bottom - top - 2 * pad - head_height - photo_height) // style.pitch)
            if room < 2:
                continue
            if per_column <= room:
                columns = [body.lines[i * per_column : (i + 1) * per_column] for i in range(span)]
                self._set_article(known, keep, heads, body, columns, first, span, top, pad, column_width, photo, caption_lines, photo_height, boxed)
                return True
            if style.jumps and keep == len(known.paragraphs) and not flow and room * span >= 6 and self.rng.random() < 0.5:
                # Cut the article where its room ends and send the reader on: （下转第N版）.
                kept, owners = body.lines[: room * span - 1], body.owners[: room * span - 1]
                last = owners[-1]
                partial = "".join(u for line, o in zip(kept, owners, strict=True) if o == last for u in line[0]).replace(_PAD, "")
                if "lead" in spec and last == 0:
                    partial = partial.replace(" ", "")
                jump = (units_of(f"（下转第{self.rng.randint(2, 16)}版）"), False, True, True)
                per_column = math.ceil((len(kept) + 1) / span)
                lines_all = kept + [jump]
                columns = [lines_all[i * per_column : (i + 1) * per_column] for i in range(span)]
                cut = replace(
                    known, paragraphs=known.paragraphs[:last] + (partial,),
                    authors=() if spec["form"] in ("end", "own") else known.authors,
                )
                self._set_article(cut, last + 1, heads, body, columns, first, span, top, pad, column_width, photo, caption_lines, photo_height, boxed)
                return True
            if flow and first + 1 < style.columns and lines > room:
                # Run to the foot of the column and on at the head of the next one.
                next_top = self.skyline[first + 1]
                room_next = int((frame.bottom - next_top) // style.pitch)
                if lines <= room + room_next and lines - room >= 2:
                    self._set_article(
                        known, keep, heads, body, [body.lines[:room]], first, 1, top, pad, column_width,
                        photo, caption_lines, photo_height, boxed,
                    )
                    self._set_lines(body.lines[room:], frame.column_x(first + 1), next_top, column_width)
                    self._gap_after(first + 1, 1, next_top + (lines - room) * style.pitch)
                    return True
        return False

    def _set_article(self, known, keep, heads, body, columns, first, span, top, pad, column_width, photo, caption_lines, photo_height, boxed) -> None:
        style, frame = self.frame.style, self.frame
        self.canvas.group += 1
        x0 = frame.column_x(first)
        span_width = frame.span_width(span)
        bottom_of = top + 2 * pad
        y = top + pad
        centred = self.rng.random() < 0.6
        spaced = self.rng.random() < 0.15  # a short headline letter-spaced to fill more width
        for role, units, size in heads:
            y += size * 0.3
            font = style.head_font if size > style.body_size else style.body_font
            width = sum(_em(u, font) * size for u in units)
            tracking = 0.5 * size if spaced and role == "title" and len(units) <= 8 and _PAD not in units else 0.0
            if width + tracking * (len(units) - 1) > span_width - 2 * pad:
                tracking = 0.0
            width += tracking * (len(units) - 1)
            x = x0 + pad + ((span_width - 2 * pad - width) / 2 if centred else 0)
            xs = [x + sum(_em(u, font) * size + tracking for u in units[:i]) for i in range(len(units))]
            self.canvas.text(font, size, x, y + size * 0.88, units, xs, bold=style.bold and size > style.body_size)
            y += size
        y += style.pitch * 0.6
        if photo is not None:
            height = photo_height - 6 - len(caption_lines) * style.pitch - style.pitch * 0.6
            self.canvas.strokes.append(("image", x0 + pad, y, span_width - 2 * pad, height))
            self.canvas.group += 1
            self._set_caption(caption_lines, x0 + pad, y + height + 6)
            self.canvas.group -= 1
            self.placed.append(photo[0])
            y += photo_height
        deepest = y
        for number, lines in enumerate(columns):
            x = x0 + pad + number * (column_width + style.gutter)
            end = self._set_lines(lines, x, y, column_width)
            deepest = max(deepest, end)
        bottom_of = deepest + pad
        if boxed:
            box = ("rect", x0, top, span_width, bottom_of - top)
            if self.rng.random() < 0.4:
                self.canvas.shapes.append(("tint",) + box[1:])
            self.canvas.strokes.append(box)
        # Photos placed inside an article come before it in the truth (the caption is printed first).
        self.placed.append(replace(known, paragraphs=known.paragraphs[:keep]))
        self._gap_after(first, span, bottom_of)

    def _set_lines(self, lines, x: float, top: float, width: float) -> float:
        style = self.frame.style
        size, font = style.body_size, style.body_font
        y = top
        for units, first, last, right in lines:
            baseline = y + size * 0.88
            y += style.pitch
            if right:
                natural = sum(_em(u, font) * size for u in units)
                xs = positions(units, font, size, x + width - natural, 0, False)
                self.canvas.text(font, size, x, baseline, units, xs)
                continue
            indent = 2 * size if first else 0.0
            justify = not last and not style.ragged
            if style.strings and justify and len(units) > 1 and all(len(u) == 1 and u.strip() and u != _PAD for u in units):
                natural = sum(_em(u, font) * size for u in units)
                spread = (width - indent - natural) / (len(units) - 1)
                self.canvas.string(font, size, x + indent, baseline, "".join(units), spread)
                continue
            xs = positions(units, font, size, x + indent, width - indent, justify)
            self.canvas.text(font, size, x, baseline, units, xs)
        return y


def _sources(rng: random.Random, pool: list[tuple[str, tuple[str, ...]]], count: int):
    picks = rng.sample(pool, min(count, len(pool)))
    return picks


def _title_for(rng: random.Random, title: str, paragraphs: tuple[str, ...]) -> str:
    """A headline: the source's own when it reads like one, else a clause of its lead;
    sometimes two phrases an em apart."""
    if not (4 <= len(title) <= 26) or not re.search(r"[\u4e00-\u9fff]", title) or " " in title:
        clauses = _CLAUSE.findall(paragraphs[0]) or [paragraphs[0][:12]]
        title = clauses[0]
    if rng.random() < 0.25:
        clauses = [c for p in paragraphs for c in _CLAUSE.findall(p) if 4 <= len(c) <= 10]
        if clauses:
            title = title[:14] + _PAD + rng.choice(clauses)
    return title


def make_page(
    rng: random.Random,
    sources: list[tuple[str, tuple[str, ...]]],
    facts: dict,
    style: Style | None = None,
    articles: int | None = None,
    agency: float = 0.0,
) -> tuple[_Canvas, _Frame, PageTruth]:
    """Lay out one page: header, footer, 2–6 articles (and maybe photos, credited to an
    agency with chance ``agency``)."""
    style = style or draw_style(rng)
    width, height = rng.choice(((842.0, 1191.0), (935.0, 1320.0), (1000.0, 1414.0)))
    margin = rng.uniform(36, 56)
    frame = _Frame(width, height, margin, width - margin, 0.0, 0.0, style)
    canvas = _Canvas()
    editors = f"责任编辑{rng.choice(('', '：', _PAD))}{name(rng)}" if rng.random() < 0.7 else ""
    if editors and rng.random() < 0.5:
        editors += f"{_PAD}美术编辑{rng.choice(('', '：'))}{name(rng)}"
    in_header = rng.random() < 0.5
    frame.top, head_texts = _header(rng, canvas, frame, facts, editors if in_header else "")
    frame.bottom, foot_texts = _footer(rng, canvas, frame, facts["page"], "" if in_header else editors)
    layout = _Layout(rng, canvas, frame)
    wanted = articles or rng.randint(2, 6)
    photos = 0
    for title, paragraphs in sources:
        if sum(k.kind == "article" for k in layout.placed) >= wanted:
            break
        known, spec = make_known(rng, _title_for(rng, title, paragraphs), paragraphs, facts["day"])
        span = rng.choice([s for s in (1, 1, 2, 2, 3, 4) if s <= style.columns])
        photo = None
        if photos == 0 and rng.random() < 0.5:
            caption = _caption_from(rng, sources)
            photo = make_photo(rng, caption, agency)
            photos += 1
            if rng.random() < 0.5 or span == 1:  # a photo of its own
                layout.place_photo(photo[0], photo[1], rng.choice((1, 2)) if style.columns > 3 else 1)
                photo = None
        boxed = rng.random() < 0.15
        if not layout.place_article(known, spec, span, photo, boxed):
            layout.place_article(known, spec, 1, None, False)
    furniture = tuple(t.replace(_PAD, " ") for t in head_texts + foot_texts)
    truth = PageTruth(
        facts["paper"], facts["day"].isoformat(), facts["page"], facts["edition"],
        tuple(_printed(k) for k in layout.placed), style.columns, furniture,
    )
    return canvas, frame, truth


def _printed(known: Known) -> Known:
    """The truth as printed: pads read as spaces."""
    return replace(known, title=known.title.replace(_PAD, " "))


def _caption_from(rng: random.Random, sources) -> str:
    title, paragraphs = rng.choice(sources)
    sentences = [s for p in paragraphs for s in re.findall(r"[^。！？]+[。！？]", p) if 12 <= len(s) <= 80]
    return rng.choice(sentences) if sentences else paragraphs[0][:40] + "。"


def _draw(pdf, canvas: _Canvas, frame: _Frame, rng: random.Random) -> None:
    """Write a page's shapes, strokes and text, the text in the page's shuffled order."""
    from reportlab.lib.utils import ImageReader

    height = frame.height
    for _, x, y, w, h in canvas.shapes:
        pdf.setFillGray(0.92)
        pdf.rect(x, height - y - h, w, h, stroke=0, fill=1)
    pdf.setFillGray(0)
    strokes = list(canvas.strokes)
    rng.shuffle(strokes)
    for stroke in strokes:
        if stroke[0] == "line":
            _, x0, y0, x1, y1, width = stroke
            pdf.setLineWidth(width)
            pdf.line(x0, height - y0, x1, height - y1)
        elif stroke[0] == "rect":
            _, x, y, w, h = stroke
            pdf.setLineWidth(0.8)
            pdf.rect(x, height - y - h, w, h, stroke=1, fill=0)
        else:
            _, x, y, w, h = stroke
            pdf.drawImage(ImageReader(_photo_image()), x, height - y - h, w, h)
    ops = list(canvas.ops)
    how = frame.style.shuffle
    if how == "pieces":
        rng.shuffle(ops)
    elif how in ("lines", "articles"):
        key = (lambda op: op.line) if how == "lines" else (lambda op: op.group)
        groups: dict[int, list[_Op]] = {}
        for op in ops:
            groups.setdefault(key(op), []).append(op)
        order = list(groups)
        rng.shuffle(order)
        ops = [op for g in order for op in groups[g]]
    for op in ops:
        if op.char_space:
            text = pdf.beginText(op.x, height - op.y)
            text.setFont(op.font, op.size)
            text.setCharSpace(op.char_space)
            text.textOut(op.text)
            text.setCharSpace(0)  # Tc outlives the text object: later strings would inherit it
            pdf.drawText(text)
        else:
            pdf.setFont(op.font, op.size)
            pdf.drawString(op.x, height - op.y, op.text)


@lru_cache(maxsize=1)
def _photo_image():
    from PIL import Image

    image = Image.new("RGB", (8, 6))
    image.putdata([(40 * (i % 8), 30 * (i // 8), 120) for i in range(48)])
    return image


def source_pool() -> list[tuple[str, tuple[str, ...]]]:
    """(title, paragraphs) of the known articles in tests/data."""
    return [(k.title, k.paragraphs) for k in known_articles() if k.kind == "article"]


def make_issue(
    seed: int,
    pages: int = 1,
    sources: list[tuple[str, tuple[str, ...]]] | None = None,
    font: str | None = None,
    columns: int | None = None,
    articles: int | None = None,
    shuffle: str | None = None,
    agency: float = 0.0,
) -> Issue:
    """A PDF of ``pages`` generated pages (one issue: same paper and date), and its truth.

    Args:
        seed: the random seed; the same seed gives the same bytes' content.
        pages: how many pages.
        sources: (title, paragraphs) to draw articles from; default the known articles.
        font: fix the body font (SONG or WQY); default drawn per page.
        columns: fix the column count; default 3–6 per page.
        articles: fix the article count per page; default 2–6.
        shuffle: fix the drawing order ("pieces", "lines", "articles", "none"); the page
            laid out is the same whatever it is.
        agency: the chance that a photo is credited to the agency that sent it (新华社发)
            rather than a person; with 0 no draw is made, so pages are as before.

    Returns:
        the PDF bytes and each page's truth.
    """
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    rng = random.Random(seed)
    pool = list(sources or source_pool())
    day = _date(rng)
    paper = rng.choice(PAPERS)
    first_page = rng.randint(1, 12)
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=(842, 1191), invariant=1)
    truths = []
    for number in range(pages):
        page = str(first_page + number)
        if rng.random() < 0.1:
            page = f"A{page}"
        facts = {"day": day, "paper": paper, "page": page, "edition": rng.choice(EDITIONS)}
        style = draw_style(rng, columns, font)
        picks = [(printable(title), tuple(printable(p) for p in paragraphs)) for title, paragraphs in _sources(rng, pool, 8)]
        canvas, frame, truth = make_page(rng, picks, facts, style, articles, agency)
        if shuffle is not None:
            frame.style = replace(frame.style, shuffle=shuffle)
        pdf.setPageSize((frame.width, frame.height))
        _draw(pdf, canvas, frame, random.Random(f"{seed}-{number}-draw"))
        pdf.showPage()
        truths.append(truth)
    pdf.save()
    return Issue(buffer.getvalue(), tuple(truths))


# --- PDFs that cannot (all) be read ------------------------------------------------------


def simple_pdf(pages: list[str | None], font: str = SONG, **options) -> bytes:
    """A PDF with one line of text on each page, or for None a scanned page (an image
    only); options go to reportlab's Canvas (``encrypt``, ``pageCompression``)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, invariant=1, **options)
    for text in pages:
        if text is None:
            pdf.drawImage(ImageReader(_photo_image()), 36, 36, 520, 760)
        else:
            pdf.setFont(font, 12)
            pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages are images only, as a scanner makes them (no text layer)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    pdf = Canvas(buffer, invariant=1)
    for _ in range(pages):
        pdf.drawImage(ImageReader(_photo_image()), 36, 36, 520, 760)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def with_page_damaged(data: bytes, page: int) -> bytes:
    """An uncompressed PDF (``pageCompression=0``) with one page's content stream given a
    filter no reader knows, so that page alone cannot be read."""
    streams = list(re.finditer(rb"<<\s*/Length (\d+)\s*>>\s*stream", data))
    match = streams[page - 1]
    damaged = b"<< /Filter /NoSuchFilter /Length " + match.group(1) + b" >>\nstream"
    return data[: match.start()] + damaged + data[match.end() :]


def with_compatibility_ideographs(text: str) -> str:
    """``text`` with 省, 李 and 切 written as the CJK compatibility ideographs embedded
    fonts map them to (U+F96D, U+F9E1, U+FA00)."""
    return text.translate({ord("省"): "\uf96d", ord("李"): "\uf9e1", ord("切"): "\ufa00"})


def without_unicode_map(data: bytes) -> bytes:
    """An uncompressed PDF with its fonts' ToUnicode maps blanked out (same length, so
    the cross-reference table still holds): glyphs whose characters cannot be known."""
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), data)
