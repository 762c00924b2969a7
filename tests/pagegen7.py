"""A seventh page generator: Chinese daily pages as a PDF text extractor hands them over.

How it reads a real page (from the seed page ``shared/seed/000_5bfbc44df4076cd8.txt`` and
from how 人民日报 and provincial dailies set their e-paper pages):

- the page is a run of blocks in reading order, each article's body extracted column by
  column, so its lines are hard-wrapped at the column's width; columns differ between
  articles on one page (about 10 to 30 em) and an article may go on in a narrower column
  beside a photo (its width changes at a line, mid-paragraph);
- a line is full when the next unbreakable unit does not fit: a closing mark keeps to the
  character before it, an opening mark to the one after it, a number or Latin word is
  never split; punctuation is squeezed to fit one more character on some pages, hangs
  past the margin on others; a line left short is justified by letter-spacing, which the
  extractor shows as spaces sprayed between characters when the spacing grows wide
  (more often in narrow columns), never on a paragraph's last line;
- a paragraph's first line is indented two em: the indent is lost in extraction (the line
  just comes out short), kept as two ideographic spaces or two spaces, or the page sets
  its paragraphs flush; half-width numbers and Latin words are set off by spaces on some
  pages; some pages print full-width digits;
- headlines (引题 kicker, 主题 title, 副题 subtitle) are set at their own width, a long title
  wrapped over two or three lines; they come before the body, or (as on the seed page)
  after the article's end byline; some articles have none;
- bylines: at the end of the last paragraph ``（胡位涛 肖 俊）`` or on a line of their own,
  at the head (``本报记者 张三``, ``文/图 张三``, rarely extracted over the headline), in a
  dateline opening the first paragraph (``本报讯（记者 张三）``, ``新华社北京8月18日电``),
  by an organisation, or none;
- photos: a caption (or a group of numbered captions) set narrow, its credit
  (``方 曦摄``, ``本报记者 张三 摄``, ``（张三 摄）``) after the last caption line or on a line
  of its own;
- briefs (简讯) under a section label, each with a short title; a 记者手记 box; articles
  cut with ``（下转第2版）`` or continued ``（上接第1版）``; numbered paragraphs, subheads,
  one-sentence paragraphs; page header and editor lines as furniture; a blank line after
  every line on some pages, stray leading spaces on some block openings.

Text comes from real sources only: ``tests/data/pagegen2_news.json``,
``tests/data/known_articles.json``, ``tests/data/seed_expected.json`` and the CMRC 2018 and
DRCD (converted to simplified) passages under ``shared/eval``; names, short headlines for
encyclopedia passages, labels and credits are made up here.

Written without reading the parser (``qa/parse``), ``tests/pagegen2.py`` to
``tests/pagegen6.py`` or the parser's tests; read were the seed page, ``seed_expected.json``,
``tests/pagescore.py``, ``tests/pagegen.py`` (for ``Known``), ``tests/parse/test_pagegen6.py``
(for how a generator's tests look) and the data files above.
"""

from __future__ import annotations

import functools
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pagegen import Known

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"

CLOSING = "，。、；：？！）》”’"
CLOSERS = CLOSING + "】…"
OPENERS = "“‘（《【"
_PUNCT = set(CLOSERS + OPENERS + "·—")
_TOKEN = re.compile(r"[!-~]+|[０-９Ａ-Ｚａ-ｚ．％]+|——|……|[ \t]+|.")
_SPACE = re.compile(r"\s+")
_ASCII = re.compile(r"[!-~]")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’）]*|[^。！？]+$")

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            "苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃")
COMPOUND = ("欧阳", "司马", "上官", "诸葛")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍鹏辉建斌宇浩凯俊峰琳晶雪梅婷燕玲丹飞"
         "鑫波亮志勤博嘉欣怡晨阳晓宁海林颖琼琪瑶佳思远航立新春秋卫东国庆旭光荣")
PAPERS = ("江西日报", "南昌日报", "赣南日报", "九江日报", "上饶日报", "人民日报", "湖南日报", "大众日报")
SECTIONS = ("要闻", "综合新闻", "地方新闻", "经济", "社会", "民生", "文化", "科教", "视点", "县域经济")
KNOWLEDGE = ("百科", "知识窗", "科普", "博览", "域外", "史海钩沉")
BRIEF_LABELS = ("简讯", "短讯", "新闻速递", "本地快讯", "简明新闻")
PLACES = ("南昌", "九江", "赣州", "上饶", "抚州", "宜春", "吉安", "景德镇", "萍乡", "北京", "长沙")
WEEKDAYS = "一二三四五六日"
CIRCLED = "①②③④"
NUMERALS = "一二三四五六七八九"
_FULL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F) if chr(c).isalnum()} | {".": "．", "%": "％"})


@dataclass(frozen=True)
class Story:
    """A real text to lay out: its headline (if the source has one) and paragraphs."""

    title: str
    kicker: str
    subtitle: str
    place: str
    paragraphs: tuple[str, ...]
    wiki: bool = False


@dataclass(frozen=True)
class Pool:
    """The texts pages are made of: news stories, encyclopedia passages, photo captions."""

    news: tuple[Story, ...]
    wiki: tuple[Story, ...]
    captions: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Page7:
    """A generated page: its text, the items it shows and the furniture it prints.

    Attributes:
        text: the page as PDF extraction hands it over, lines joined by "\\n".
        expected: every article and photo item, in reading order.
        optional_breaks: per item, offsets into its paragraphs joined with all whitespace
            removed of paragraph ends the page cannot show.
        furniture: lines printed that belong to no item.
        style: what was drawn; ``style["lines"]`` gives each line's owner (item index, -1
            for furniture and blank lines), role and the body text it carries.
    """

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    furniture: list[str]
    style: dict


def squeezed(text: str) -> str:
    """``text`` without whitespace."""
    return _SPACE.sub("", text)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _clean_wiki(text: str) -> str:
    text = text.replace("「", "“").replace("」", "”").replace("『", "‘").replace("』", "’")
    text = re.sub(r"\(\s*\)|（\s*）|\(\s*）|（\s*\)", "", text)
    return text.replace("(", "（").replace(")", "）").strip()


def _wiki_story(title: str, context: str) -> Story | None:
    text = _clean_wiki(context)
    sentences = _sentences(text)
    if len(sentences) < 3 or len(_ASCII.findall(text)) > len(text) * 0.12 or text[0] in CLOSERS:
        return None
    sentences = [s for s in sentences if s[0] not in CLOSERS]
    return Story(_clean_wiki(title), "", "", "", tuple(sentences), wiki=True)


@functools.cache
def default_pool() -> Pool:
    """Load the texts once: the project's news items and the CMRC / DRCD passages."""
    news: list[Story] = []
    captions: list[tuple[str, ...]] = []
    for name in ("pagegen2_news.json", "known_articles.json", "seed_expected.json"):
        for record in json.loads((DATA / name).read_text(encoding="utf-8")):
            paragraphs = tuple(record["paragraphs"])
            if record["kind"] == "photo":
                captions.append(paragraphs)
            else:
                news.append(Story(record["title"], record["kicker"], record["subtitle"],
                                  record.get("place", ""), paragraphs))
    wiki: list[Story] = []
    cmrc = SHARED / "eval" / "cmrc2018" / "cmrc2018_trial.json"
    if cmrc.exists():
        for doc in json.loads(cmrc.read_text(encoding="utf-8"))["data"]:
            for paragraph in doc["paragraphs"][:1]:
                story = _wiki_story(doc["title"], paragraph["context"])
                if story:
                    wiki.append(story)
    drcd = SHARED / "eval" / "drcd" / "DRCD_test.json"
    if drcd.exists():
        import opencc

        convert = opencc.OpenCC("t2s").convert
        for doc in json.loads(drcd.read_text(encoding="utf-8"))["data"]:
            for paragraph in doc["paragraphs"][:2]:
                story = _wiki_story(convert(doc["title"]), convert(paragraph["context"]))
                if story:
                    wiki.append(story)
    return Pool(tuple(news), tuple(wiki), tuple(captions))


# ---------------------------------------------------------------- setting lines


@dataclass
class _Style:
    """The page's typesetting habits."""

    squeeze: bool
    hang: bool
    spray: float
    spaced: bool
    indent: str
    pad: bool
    full: bool


def _units(text: str) -> list[str]:
    """Break opportunities: closing marks stick to what is before them, opening marks to
    what follows, numbers and Latin words stay whole."""
    units: list[str] = []
    opening = ""
    for token in _TOKEN.findall(text):
        if token.isspace():
            if units and not opening and units[-1] != " ":
                units.append(" ")
            continue
        if len(token) > 14 and _ASCII.match(token):  # a very long Latin run breaks somewhere
            pieces = [token[i : i + 10] for i in range(0, len(token), 10)]
        else:
            pieces = [token]
        for piece in pieces:
            if piece in OPENERS:
                opening += piece
            elif (piece[0] in CLOSERS) and units and not opening:
                if units[-1] == " ":
                    units.pop()
                units[-1] += piece
            else:
                units.append(opening + piece)
                opening = ""
    if opening:
        units.append(opening)
    return units


def _pieces(unit: str) -> list[str]:
    return [t for t in _TOKEN.findall(unit) if not t.isspace()] if unit != " " else []


def _measure(units: list[str], squeeze: bool) -> float:
    width = 0.0
    for unit in units:
        if unit == " ":
            width += 0.25
            continue
        mark = False
        for piece in _pieces(unit):
            if _ASCII.match(piece):
                width += 0.5 * len(piece) + 0.25
                mark = False
            elif piece in ("——", "……"):
                width += 2.0
                mark = False
            elif piece in _PUNCT:
                width += 0.5 if (squeeze or mark) else 1.0
                mark = True
            else:
                width += float(len(piece))
                mark = False
    return width


def _fits(units: list[str], room: float, style: _Style) -> bool:
    return _measure(units, False) <= room + 1e-9 or (style.squeeze and _measure(units, True) <= room + 1e-9)


@dataclass
class _Set:
    """One set line: its units, room and the gap left at its end."""

    units: list[str]
    room: float
    gap: float
    last: bool = False


def _wrap(text: str, room_of: Callable[[int], float], start: int, cut: float, style: _Style) -> list[_Set]:
    """Hard-wrap one paragraph from line ``start`` of its block, its first line ``cut`` short."""
    lines: list[_Set] = []
    current: list[str] = []

    def room() -> float:
        return room_of(start + len(lines)) - (0.0 if lines else cut)

    def close(gap: float | None = None) -> None:
        nonlocal current
        while current and current[-1] == " ":
            current.pop()
        if gap is None:
            gap = max(0.0, room() - _measure(current, False))
        lines.append(_Set(current, room(), gap))
        current = []

    for unit in _units(text):
        if not current and unit == " ":
            continue
        if not current or _fits([*current, unit], room(), style):
            current.append(unit)
            continue
        core = unit.rstrip(CLOSERS)
        if style.hang and core and core != unit and len(unit) - len(core) <= 2 and _fits([*current, core], room(), style):
            current.append(unit)
            close(0.0)
            continue
        close()
        if unit != " ":
            current.append(unit)
    if current or not lines:
        close()
    lines[-1].last = True
    return lines


def _spaced_join(units: list[str], style: _Style, rng: random.Random) -> str:
    out = ""
    for unit in units:
        if unit == " ":
            out += " "
            continue
        if out and style.spaced and out[-1] != " ":
            left, right = out[-1], unit[0]
            if ((_IDEOGRAPH.match(left) and right.isascii() and right.isalnum())
                    or (left.isascii() and left.isalnum() and _IDEOGRAPH.match(right))) and rng.random() < 0.92:
                out += " "
        out += unit
    return out


def _sprayed(units: list[str]) -> str:
    pieces: list[str] = []
    for unit in units:
        if unit == " ":
            continue
        for piece in _pieces(unit):
            pieces.extend([piece] if _ASCII.match(piece) or piece in ("——", "……") else list(piece))
    out = pieces[0]
    for left, right in zip(pieces, pieces[1:], strict=False):
        out += right if (left in CLOSERS or right in OPENERS) else " " + right
    return out


def _render(line: _Set, style: _Style, rng: random.Random) -> str:
    """A set line's text: letter-spaced when its justification spacing grows wide."""
    count = sum(len(_pieces(u)) for u in line.units)
    if not line.last and count > 2 and line.gap >= max(0.5, style.spray * (count - 1)):
        return _sprayed(line.units)
    return _spaced_join(line.units, style, rng)


# ---------------------------------------------------------------- names and lines


def _name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND) if rng.random() < 0.03 else rng.choice(SURNAMES)
    return surname + "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.4 else 2))


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _name(rng)
        if name not in names:
            names.append(name)
    return names


def _pad(name: str, style: _Style) -> str:
    return f"{name[0]} {name[1]}" if style.pad and len(name) == 2 else name


def _heading_lines(text: str, width: float) -> list[str]:
    """A headline wrapped at its own width, broken where a typesetter would."""
    size, width = _measure(_units(text), False), max(width, 7.0)
    parts = 1 if size <= width * 1.1 else min(3, -int(-size // (width * 1.1)))
    if parts <= 1 or len(text) < 8:
        return [text]
    depth, inside = 0, set()
    for i, char in enumerate(text):
        depth += (char in OPENERS) - (char in CLOSERS[:-4] and char in "）》”’")
        if depth > 0:
            inside.add(i + 1)
    cuts = [i for i in range(2, len(text) - 1)
            if text[i] not in CLOSERS and text[i - 1] not in OPENERS and text[i] != " " and i not in inside
            and not (text[i - 1].isascii() and text[i].isascii()) and text[i - 1 : i + 1] not in ("——", "……")]
    chosen: list[int] = []
    for k in range(1, parts):
        target = len(text) * k / parts
        best = min((c for c in cuts if not chosen or c > chosen[-1] + 1),
                   key=lambda c: abs(c - target) - (1.5 if text[c - 1] in "，：？！ " else 0), default=None)
        if best is not None:
            chosen.append(best)
    bounds = [0, *chosen, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


@dataclass
class _Builder:
    """The page being laid out: lines with their owners, items, furniture."""

    rng: random.Random
    style: _Style
    lines: list[tuple[str, int, str, str]] = field(default_factory=list)
    expected: list[Known] = field(default_factory=list)
    optional: list[frozenset[int]] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    features: list[list[str]] = field(default_factory=list)
    lead: float = 0.0

    def furnish(self, text: str) -> None:
        self.lines.append((text, -1, "furniture", ""))
        self.furniture.append(text)

    def put(self, text: str, role: str, body: str = "", opening: bool = False) -> None:
        if opening and self.rng.random() < self.lead:
            text = " " + text
        self.lines.append((text, len(self.expected), role, body))

    def body(self, paragraphs: list[str], room_of: Callable[[int], float], indent: str) -> tuple[frozenset[int], _Set]:
        """Set paragraphs in the owner's column; the ends the page cannot show."""
        at = 0
        ends: list[tuple[float, int]] = []
        offset, optional = 0, set()
        last_line = _Set([], 0, 0)
        for number, paragraph in enumerate(paragraphs):
            cut = 0.0 if indent == "flush" else 2.0
            lines = _wrap(paragraph, room_of, at, cut, self.style)
            at += len(lines)
            if number:
                gap, _ = ends[-1]
                if gap < 1.0 and (indent == "flush" or (indent == "lost" and len(lines) == 1)):
                    optional.add(offset)
            for index, line in enumerate(lines):
                text = _render(line, self.style, self.rng)
                if index == 0 and indent == "ideographic":
                    text = "\u3000\u3000" + text
                elif index == 0 and indent == "spaces":
                    text = "  " + text
                self.put(text, "body", squeezed("".join(line.units)))
            ends.append((lines[-1].gap, len(lines)))
            offset += len(squeezed(paragraph))
            last_line = lines[-1]
        return frozenset(optional), last_line

    def sign_last(self, byline: str, last: _Set) -> None:
        """An end byline after the last sentence when the line has room, else on its own."""
        if last.gap >= _measure(_units(byline), False) + 1.0 and self.rng.random() < 0.8:
            text, owner, _, body = self.lines[-1]
            self.lines[-1] = (text + (" " if self.rng.random() < 0.8 else "  ") + byline, owner, "body+byline", body)
        else:
            self.put(byline, "byline", opening=True)


# ---------------------------------------------------------------- items


def _convert(text: str, style: _Style) -> str:
    return text.translate(_FULL) if style.full else text


def _numbered(paragraphs: list[str], rng: random.Random) -> list[str]:
    form = rng.choice(["arabic", "chinese", "paren", "circled"])
    out = []
    for i, paragraph in enumerate(paragraphs[:9]):
        mark = {"arabic": f"{i + 1}.", "chinese": f"{NUMERALS[i]}、", "paren": f"（{NUMERALS[i]}）",
                "circled": CIRCLED[i] if i < len(CIRCLED) else f"{i + 1}."}[form]
        out.append(mark + paragraph)
    return out + paragraphs[9:]


def _split_sentences(paragraphs: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        parts = _sentences(paragraph)
        if len(parts) > 1 and rng.random() < 0.6 and all(p[0] not in CLOSERS for p in parts):
            out.extend(parts)
        else:
            out.append(paragraph)
    return out


def _wiki_paragraphs(story: Story, rng: random.Random) -> list[str]:
    out: list[str] = []
    current = ""
    target = rng.choice([50, 90, 140, 220])
    for sentence in story.paragraphs:
        current += sentence
        if len(current) >= target * rng.uniform(0.6, 1.4):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def _wiki_heads(story: Story, rng: random.Random) -> tuple[str, str, str]:
    clause = re.split(r"[，。；：（]", story.paragraphs[0])[0]
    if 6 <= len(clause) <= 16 and not re.search(r"[0-9０-９]", clause) and rng.random() < 0.5:
        return (story.title if rng.random() < 0.3 and len(story.title) <= 12 else ""), clause, ""
    return "", story.title, ""


def _dateline(place: str, authors: list[str], rng: random.Random, style: _Style) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    sp = " " if rng.random() < 0.7 else ""
    who = sp.join(authors)
    if len(authors) == 2 and rng.random() < 0.4:
        who = f"{authors[0]}{sp}通讯员{sp}{authors[1]}"
    form = rng.random()
    if form < 0.4:
        head = f"本报讯（记者{sp}{who}）"
    elif form < 0.7:
        head = f"本报{place}{month}月{day}日讯（记者{sp}{who}）"
    elif form < 0.85:
        head = f"新华社{place}{month}月{day}日电（记者{sp}{who}）"
    else:
        head = f"本报讯（{' '.join(_pad(a, style) for a in authors)}）"
    return head


def _top_byline(authors: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    """A head byline's lines and the authors it names."""
    a = authors
    if len(a) == 1:
        forms = [[f"本报记者 {a[0]}"], [f"□ 本报记者 {a[0]}"], [f"文/图 {a[0]}"], [f"文/本报记者 {a[0]}"],
                 [f"新华社记者 {a[0]}"], [a[0]], [f"◎ {a[0]}"]]
    else:
        forms = [[f"本报记者 {a[0]} {a[1]}"], [f"本报记者 {a[0]}  通讯员 {a[1]}"], [f"记者 {a[0]} 实习生 {a[1]}"],
                 [f"本报记者 {a[0]}", f"通讯员 {a[1]}"], [f"文/{a[0]} {a[1]}"], [f"新华社记者 {a[0]} {a[1]}"]]
    return rng.choice(forms), a


def _end_byline(authors: list[str], rng: random.Random, style: _Style) -> tuple[str, bool]:
    """An end byline and whether it must stand on a line of its own."""
    a = authors
    r = rng.random()
    if r < 0.6:
        return "（" + " ".join(_pad(n, style) for n in a) + "）", False
    if r < 0.75:
        return ("（本报记者 " + " ".join(a) + "）") if len(a) > 1 or rng.random() < 0.5 else f"（记者 {a[0]}）", False
    if r < 0.85 and len(a) == 2:
        return f"（通讯员 {a[0]} 记者 {a[1]}）", False
    return "本报记者 " + " ".join(a), True


def _headings(builder: _Builder, heads: tuple[str, str, str], width: float, tracked: bool) -> None:
    kicker, title, subtitle = heads
    first = True
    for text, size, main in ((kicker, width * 1.5, False), (title, width, True), (subtitle, width * 1.5, False)):
        if not text:
            continue
        for line in _heading_lines(text, size):
            if tracked and main and len(line) <= 12:
                line = " ".join(line)
            builder.put(line, "heading", opening=first)
            first = False


@dataclass(frozen=True)
class _Plan:
    """How one article is to be set."""

    width: int
    columns: int
    beside: int = 0
    placement: str = "before"
    byline: str = "end"
    headless: bool = False
    numbered: bool = False
    short: bool = False
    subheads: bool = False
    cut: int = 0
    continued: bool = False
    kind: str = "article"


def _article(builder: _Builder, story: Story, plan: _Plan) -> None:
    """Lay out one article and record its truth."""
    rng, style = builder.rng, builder.style
    features = [f"width:{plan.width}", f"columns:{plan.columns}", f"byline:{plan.byline}"]
    if story.wiki:
        paragraphs = _wiki_paragraphs(story, rng)
        heads = _wiki_heads(story, rng)
        features.append("wiki")
    else:
        paragraphs = list(story.paragraphs)
        heads = (story.kicker, story.title, story.subtitle)
    if plan.kind == "brief":
        paragraphs = paragraphs[:1]
        heads = ("", story.title, "")
        features.append("brief")
    if plan.kind == "notebook":
        paragraphs = paragraphs[1:] or paragraphs
        heads = ("", "记者手记", "")
        features.append("notebook")
    if plan.continued:
        paragraphs = paragraphs[1:] or paragraphs
        features.append("continued")
    if plan.cut:
        paragraphs = paragraphs[: plan.cut]
        features.append("cut")
    if plan.short:
        paragraphs = _split_sentences(paragraphs, rng)
        features.append("one-sentence")
    if plan.numbered and len(paragraphs) >= 3:
        paragraphs = paragraphs[:1] + _numbered(paragraphs[1:], rng)
        features.append("numbered")
    if plan.subheads and len(paragraphs) >= 3:
        out = [paragraphs[0]]
        for paragraph in paragraphs[1:]:
            sentences = _sentences(paragraph)  # a short lead sentence set apart as a subhead
            if len(sentences) > 1 and 4 <= len(sentences[0]) <= 18 and rng.random() < 0.8:
                out += [sentences[0], "".join(sentences[1:])]
                features.append("subheads")
            else:
                out.append(paragraph)
        paragraphs = out
    if plan.headless or not heads[1]:
        heads = ("", "", "")
        features.append("no-headline")
    count = 2 if rng.random() < 0.45 else 1
    authors = _names(rng, count)
    top: list[str] = []
    end = ""
    own_line = False
    if plan.byline == "dateline":
        paragraphs[0] = _dateline(story.place or rng.choice(PLACES), authors, rng, style) + paragraphs[0]
    elif plan.byline == "top":
        top, authors = _top_byline(authors, rng)
    elif plan.byline == "end":
        end, own_line = _end_byline(authors, rng, style)
    elif plan.byline == "org":
        if rng.random() < 0.5:
            top, authors = ["本报评论员"], []
        else:
            end, authors = rng.choice(["（据新华社电）", "（本报综合）", "（县委宣传部供稿）"]), []
    else:
        authors = []
    paragraphs = [_convert(p, style) for p in paragraphs]
    heads = tuple(_convert(h, style) for h in heads)
    width = plan.width
    beside_at = rng.randint(2, 6) if plan.beside else 10**6

    def room_of(line: int) -> float:
        return float(width - plan.beside if line >= beside_at else width)

    heading_width = width * plan.columns / rng.uniform(1.4, 2.4)
    tracked = rng.random() < 0.04
    after = plan.placement == "after" and bool(end)
    features.append("after" if after else "before")
    over = bool(top) and rng.random() < 0.08
    if over:
        features.append("byline-over")
        for line in top:
            builder.put(line, "byline", opening=True)
    if not after:
        _headings(builder, heads, heading_width, tracked)
    if top and not over:
        for line in top:
            builder.put(line, "byline", opening=True)
    if plan.continued:
        builder.furnish(f"（上接第{rng.randint(1, 2)}版）")
    indent = style.indent if plan.kind != "brief" or style.indent != "ideographic" else "lost"
    optional, last = builder.body(paragraphs, room_of, indent)
    if plan.cut:
        builder.furnish(f"（下转第{rng.randint(2, 8)}版）")
    if end:
        if own_line:
            builder.put(end, "byline", opening=True)
        else:
            builder.sign_last(end, last)
    if after:
        _headings(builder, heads, heading_width, tracked)
    if plan.beside:
        features.append("beside-photo")
    builder.expected.append(Known("article", heads[1], heads[0], heads[2], tuple(authors), "", tuple(paragraphs)))
    builder.optional.append(optional)
    builder.features.append(features)


def _photo(builder: _Builder, captions: list[str], width: int) -> None:
    """Lay out a caption (or a numbered caption group) and its credit."""
    rng, style = builder.rng, builder.style
    features = ["photo", f"width:{width}"]
    if len(captions) > 1:
        marks = [f"图{CIRCLED[i]}：" for i in range(len(captions))]
        if len(captions) == 2 and rng.random() < 0.3:
            marks = ["上图：", "下图："]
        captions = [m + c for m, c in zip(marks, captions, strict=False)]
        features.append("group")
    captions = [_convert(c, style) for c in captions]
    names = _names(rng, 2 if rng.random() < 0.2 else 1)
    n = names[0]
    if len(names) == 2:
        credit = rng.choice([f"{names[0]} {names[1]} 摄", f"本报记者 {names[0]} 通讯员 {names[1]} 摄"])
    else:
        credit = rng.choice([f"{_pad(n, style)}摄", f"{n} 摄", f"本报记者 {n}摄", f"本报记者 {n} 摄",
                             f"通讯员 {n} 摄", f"新华社记者 {n} 摄", f"（{n} 摄）"])
    indent = rng.choice(["flush", "flush", style.indent])
    optional, last = builder.body(captions, lambda _: float(width), indent)
    features.append(f"credit:{credit[0] == '（'}")
    if credit.startswith("（") or (last.gap >= _measure(_units(credit), False) + 1 and rng.random() < 0.4):
        text, owner, _, body = builder.lines[-1]
        builder.lines[-1] = (text + " " + credit, owner, "body+credit", body)
        features.append("credit-inline")
    else:
        builder.put(credit, "credit", opening=True)
    builder.expected.append(Known("photo", "", "", "", (), " ".join(names), tuple(captions)))
    builder.optional.append(optional)
    builder.features.append(features)


def _caption_from(story: Story) -> list[str]:
    first = _sentences(story.paragraphs[0])[0]
    return [first] if len(first) <= 70 else []


# ---------------------------------------------------------------- pages


def _header(builder: _Builder, paper: str, section: str) -> None:
    rng = builder.rng
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}年{month}月{day}日"
    weekday = f"星期{rng.choice(WEEKDAYS)}"
    number = rng.randint(2, 12)
    form = rng.random()
    if form < 0.4:
        builder.furnish(f"{date} {weekday} {paper} 第{number}版")
    elif form < 0.7:
        builder.furnish(f"{section} {number:02d}")
        builder.furnish(f"{date} {weekday}")
    else:
        builder.furnish(f"{paper}")
        builder.furnish(f"{date}  {weekday}  第{number}版  {section}")


def _editors(builder: _Builder) -> None:
    rng = builder.rng
    a, b = _names(rng, 2)
    builder.furnish(rng.choice([f"责任编辑 {a}", f"责任编辑：{a}  美术编辑：{b}", f"本版责编 {a} 版式 {b}",
                                f"责编：{a}  校对：{b}", f"责任编辑 {a} 见习编辑 {b}"]))


def random_page7(pool: Pool, seed: int) -> Page7:
    """A page drawn from ``pool``, the same for the same seed."""
    rng = random.Random(seed)
    style = _Style(
        squeeze=rng.random() < 0.7,
        hang=rng.random() < 0.5,
        spray=rng.uniform(0.05, 0.13),
        spaced=rng.random() < 0.65,
        indent=rng.choices(["lost", "ideographic", "spaces", "flush"], [0.45, 0.2, 0.1, 0.25])[0],
        pad=rng.random() < 0.6,
        full=rng.random() < 0.12,
    )
    builder = _Builder(rng, style, lead=rng.choice([0.0, 0.0, 0.2, 0.5]))
    kind = rng.choices(["news", "mixed", "knowledge"], [0.6, 0.25, 0.15])[0]
    if not pool.wiki:
        kind = "news"
    paper, section = rng.choice(PAPERS), rng.choice(KNOWLEDGE if kind == "knowledge" else SECTIONS)
    header, editors_top, editors_end = rng.random() < 0.7, rng.random() < 0.3, rng.random() < 0.3
    if header:
        _header(builder, paper, section)
    if editors_top:
        _editors(builder)
    if kind == "knowledge" and rng.random() < 0.5:
        builder.furnish(section)
    late = rng.random() < 0.35
    grid = rng.randint(11, 20)
    news = list(pool.news)
    rng.shuffle(news)
    wiki = rng.sample(pool.wiki, min(len(pool.wiki), 8))
    captions = list(pool.captions)
    rng.shuffle(captions)
    blocks = rng.randint(2, 6)
    order = []
    for _ in range(blocks):
        order.append(rng.choices(["article", "photo", "briefs", "notebook", "continued", "cut"],
                                 [0.62, 0.2, 0.07, 0.03, 0.04, 0.04])[0])
    if "article" not in order and "continued" not in order and "cut" not in order:
        order[0] = "article"
    for number, block in enumerate(order):
        if block == "photo" or (block == "notebook" and not news):
            pictures = [captions.pop()] if captions and rng.random() < 0.6 else []
            caption = list(pictures[0]) if pictures else (_caption_from(news.pop()) if news else [])
            if not caption and captions:
                caption = list(captions.pop())
            if rng.random() < 0.15 and news:
                more = _caption_from(news.pop())
                caption = (caption + more)[:3] if more else caption
            if caption:
                _photo(builder, caption, rng.choice([8, 9, 10, 12, 14, 16, 20, 24]))
            continue
        if block == "briefs":
            builder.furnish(rng.choice(BRIEF_LABELS))
            for _ in range(rng.randint(2, 4)):
                if not news:
                    break
                story = news.pop()
                plan = _Plan(width=grid, columns=1, byline=rng.choice(["end", "end", "none", "dateline"]), kind="brief")
                _article(builder, story, plan)
            continue
        wide = rng.random() < 0.2
        width = min(32, grid * 2 + 1) if wide else grid + rng.choice([-2, 0, 0, 0, 1, 3])
        use_wiki = kind == "knowledge" or (kind == "mixed" and rng.random() < 0.4)
        story = wiki.pop() if use_wiki and wiki else (news.pop() if news else wiki.pop())
        beside = 0
        if not wide and width >= 16 and rng.random() < 0.15:
            beside = rng.randint(4, width - 10)
        byline = rng.choices(["end", "top", "dateline", "none", "org"], [0.42, 0.22, 0.2, 0.12, 0.04])[0]
        if story.wiki:
            byline = rng.choices(["end", "top", "none"], [0.3, 0.2, 0.5])[0]
        plan = _Plan(
            width=width,
            columns=rng.choice([1, 1, 2, 2, 3, 4]),
            beside=beside,
            placement="after" if late and rng.random() < 0.6 else "before",
            byline=byline if block != "cut" else rng.choice(["top", "dateline", "none"]),
            headless=rng.random() < 0.08,
            numbered=rng.random() < 0.06,
            short=rng.random() < 0.12,
            subheads=rng.random() < 0.1,
            cut=rng.randint(1, 2) if block == "cut" else 0,
            continued=block == "continued",
            kind="notebook" if block == "notebook" else "article",
        )
        if block == "continued" and rng.random() < 0.5:
            plan = replace(plan, headless=True)
        _article(builder, story, plan)
        if beside and captions and number + 1 < len(order):
            _photo(builder, list(captions.pop()), beside + rng.randint(1, 3))
    if editors_end:
        _editors(builder)
    lines = builder.lines
    if rng.random() < 0.5:
        spread: list[tuple[str, int, str, str]] = []
        for line in lines:
            spread += [line, ("", -1, "blank", "")]
        lines = spread
    styled = {
        "kind": kind,
        "blank": any(role == "blank" for _, _, role, _ in lines),
        "indent": style.indent,
        "squeeze": style.squeeze,
        "hang": style.hang,
        "spaced": style.spaced,
        "pad": style.pad,
        "full": style.full,
        "lead": builder.lead > 0,
        "late": late,
        "furniture": bool(builder.furniture),
        "items": builder.features,
        "lines": [(owner, role, body) for _, owner, role, body in lines],
    }
    return Page7("\n".join(text for text, *_ in lines), builder.expected, builder.optional, builder.furniture, styled)
