"""A ninth page generator: a file of one issue's pages as a PDF text extractor hands them
over, with the blocks, interruptions and headline forms the other generators leave out.

How it reads a real page (the seed page, and what pdftotext makes of a paper's PDF): a page
comes out one column of text at a time, each article hard-wrapped at its own column width
(9-28 em: an ideograph or full-width mark 1 em, ASCII ½ em, punctuation squeezed to ½ em on
some pages); a paragraph's first line is two em short, its indent printed as two
full-width spaces, two ASCII spaces, or lost, or the paragraph is set flush at full width;
closing punctuation never opens a line (it hangs at the end of the one before), an opening
mark never ends one; a line left short by an unbreakable Latin word or number is sprayed
with spaces between its characters on some pages; numbers are set off by spaces on some;
there is a blank line after every line on some pages, between blocks on others, none on
the rest. What this generator adds:

- a file holding one to three pages of an issue, each opening with its own header lines
  (date and weekday, page number, section, paper name, ``责任编辑：张三`` at the top or the
  foot of the page), pages parted by a form feed ``\\f`` (pdftotext's page break) on some
  files and by the headers alone on others;
- blocks that are not news: a weather box (城市 / 天气 / 气温 rows), a table (results,
  fixtures, a price list) set one row a line with spaces between cells, a 遗失声明 /
  招聘启事 / 公告 notice, a 更正 note, an advertisement, and a 导读 list of teasers
  pointing to later pages (``详见第3版``, ``▶第3版``, a teaser on one line or two); at most
  one block a page, one 导读 a file (on its first page, under the header);
- articles interrupted by what the extractor puts inside them: a pull quote (a sentence of
  the article set large at 9-15 em, sometimes put in quotation marks) or a photo caption
  group, between two paragraphs or in the middle of a paragraph after a line that is not
  its last (the paragraph then goes on after it);
- headline forms: kicker over title under subtitle (with or without a leading ``——``), a
  title of two parts on one line (full-width space or ``：``), titles with numbers, Latin
  or a question mark, a title wrapped over two or three lines at its own width; headlines
  before the body, or after the article's end byline, or (on a few pages) before on the
  page's first articles and after on its last ones; an article with its headline after it
  ends with a byline, and so does the last one before it on a mixed page (two headlines are
  never printed back to back); an article printed without a headline opens with a dateline;
- bylines: ``本报记者 张三 通讯员 李四`` / ``□本报记者 张三`` / ``文/张三 图/李四`` /
  ``本报特约记者 张三`` on a line at the head; ``（记者 张三 通讯员 李四）`` /
  ``（胡位涛 肖 俊）`` at the end, after the last sentence or on its own line; datelines
  ``本报讯（记者 张三）``, ``新华社北京5月8日电（记者 张三）``; none;
- photo items at 8-16 em, captions set flush (or their indent lost), sprayed more often
  than text: captions (``图①：``... groups too) then a credit ``方 曦摄`` /
  ``本报记者 张三 摄`` / ``张三 李四 摄`` / ``新华社记者 张三 摄`` / ``（新华社发）``, on
  its own line or after the last caption.

The truth it holds (``Page9.expected``, in the order each item's first line is printed):

- an article: kicker, title and subtitle exactly as printed (a subtitle's ``——`` kept when
  printed, a two-part title's parts with their separator); authors the names of its byline
  or dateline, in print order, without roles, padding or brackets (``文/张三 图/李四``
  gives both names); paragraphs its text: a dateline stays at the head of the first
  paragraph, an end byline and the headline are no text, and neither is what interrupts it
  (its paragraphs read on across a pull quote or a caption group);
- a photo item: ``kind`` "photo", paragraphs its captions (``图①：`` markers kept),
  photographer the credit's name(s) (two joined by a space; ``新华社`` for ``（新华社发）``),
  no headline or authors; a caption group printed inside an article is its own item,
  placed after that article (its first line comes later);
- a weather box or table: an article whose title is its printed label and whose
  paragraphs are its rows, the header row first (cells as printed, spaces aside);
- a notice (遗失声明, 招聘启事, 公告), a 更正 or an advertisement: an article with its
  printed title, its paragraphs each printed paragraph or set-apart line (each 遗失声明 a
  paragraph; a 招聘启事 or 公告 ends with its issuer and its date, each a paragraph; an
  advertisement's lines each a paragraph), no authors;
- furniture (``Page9.furniture``): every header line, editor line, pull quote line and
  导读 line (the 导读 label and its teasers).

``optional_breaks`` holds, per item, the paragraph ends the page cannot show: with the
indent lost, an end whose last line is within 1 em of full and whose next paragraph is a
single line (it reads as the last line of the paragraph before); whatever the indent, an
end under such a full line followed by a set-apart line (a notice's issuer); with
paragraphs or captions set flush (no first line short), an end whose last line is within
1½ em of full; never an end before a caption marker (``图②``, ``▲``) or a table row.

Left out or faked: columns side by side and articles jumping to other pages (each article
is extracted whole, save for what interrupts it); pages of a file share one date but not
one set of widths; the names (bylines, credits, editors), labels, and the contents of
blocks, ads and notices are made up (an encyclopedia passage's headline is its CMRC entry
name; a caption group may join two photos' captions under made-up ``图①`` marks); texts come
from tests/data (news, known articles, the seed page) and CMRC 2018 (simplified Chinese
encyclopedia passages, cut at sentence ends into paragraphs). Written from the seed page,
tests/pagescore.py, the ``Known`` dataclass of tests/pagegen.py and tests/data, without
reading the parser (qa/), the other generators (tests/pagegen2.py to tests/pagegen8.py)
or the parser's tests.
"""

from __future__ import annotations

import datetime
import functools
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

from pagegen import Known

DATA = Path(__file__).parent / "data"
CMRC = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "cmrc2018" / "cmrc2018_trial.json"

OPENERS = "“‘（《【「〔"
CLOSERS = "，。、；：？！”’）》】」〕…"
_HANGING = CLOSERS + ",.;:!?)]"
_MARKED = re.compile(r"^(图[①-⑥]|▲)")
_SQUEEZABLE = set("，。、；：？！“”‘’（）《》【】「」〔〕")
_UNIT = re.compile(r"[!-~]+| |.")
_SPACE = re.compile(r"\s+")
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」]*|[^。！？]+$")
_CIRCLED = "①②③④⑤⑥"

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙黎贺顾毛龚邵万钱严戴莫孔汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬斌宇浩凯健俊帆旭宁林欣佳琪雪婷晨曦阳瑶怡欢馨楠蕾薇琳瑞鹏飞亮波辉婧昊睿"
_CITIES = ["南昌", "九江", "景德镇", "萍乡", "新余", "鹰潭", "赣州", "宜春", "上饶", "吉安", "抚州"]
_SECTIONS = ["要闻", "综合", "经济", "社会", "文化", "民生", "体育", "地方新闻", "视点"]
_PAPERS = ["赣江日报", "洪城晚报", "赣东都市报", "江南商报"]


@dataclass(frozen=True)
class Source:
    """A text to lay out: a news article, an encyclopedia passage ("wiki") or captions."""

    kind: str
    title: str
    kicker: str
    subtitle: str
    place: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Pool:
    news: tuple[Source, ...]
    wiki: tuple[Source, ...]
    photos: tuple[Source, ...]


@dataclass(frozen=True)
class Page9:
    """A generated file of one to three pages.

    Attributes:
        text: the file as the extractor hands it over.
        expected: the items a parser should recover, in page order.
        optional_breaks: per item, offsets into its whitespace-free joined paragraphs where
            the page cannot show whether a paragraph ends.
        furniture: the furniture lines, in order, as in ``text.splitlines()``.
        style: the choices made: the file's (``pages``, ``break``, ``blank``, ``indent``,
            ``squeeze``, ``spray``, ``digits``, ``heads``, ``headers``), ``items`` (per item
            the features used) and ``lines`` (per line of ``text.splitlines()``: owner item
            or -1, role, its body text and its heading text, both without whitespace).
    """

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    furniture: list[str]
    style: dict


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def plain(text: str) -> str:
    """``text`` without whitespace."""
    return _SPACE.sub("", text)


def _paragraphs_of(text: str, rng: random.Random, most: int = 520) -> tuple[str, ...]:
    """An encyclopedia passage cut at sentence ends into two to four paragraphs."""
    sentences: list[str] = []
    for sentence in _SENTENCE.findall(_clean(text)):
        if sentences and (sentence.strip()[:1] in CLOSERS or not sentence.strip()):
            sentences[-1] += sentence  # a mark after a sentence's end goes with it
        elif sentence.strip():
            sentences.append(sentence)
    kept, size = [], 0
    for sentence in sentences:
        if kept and size + len(sentence) > most:
            break
        kept.append(sentence.strip())
        size += len(sentence)
    count = min(len(kept), rng.randint(2, 4))
    if count <= 1:
        return ("".join(kept),)
    cuts = sorted(rng.sample(range(1, len(kept)), count - 1))
    bounds = [0, *cuts, len(kept)]
    return tuple("".join(kept[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))


@functools.cache
def default_pool() -> Pool:
    """The texts, read once: news articles and captions from tests/data, CMRC 2018 passages
    (when the data set is at hand), paragraphs cut the same way whatever the seed."""
    news, photos, wiki = [], [], []
    records = []
    for name in ("pagegen2_news.json", "known_articles.json", "seed_expected.json"):
        records += json.loads((DATA / name).read_text(encoding="utf-8"))
    for r in records:
        paragraphs = tuple(_clean(p) for p in r["paragraphs"] if _clean(p))
        if r["kind"] == "photo":
            photos.append(Source("photo", "", "", "", "", paragraphs))
            continue
        kept, size = [], 0
        for paragraph in paragraphs:  # the seed's long articles: their first paragraphs
            if kept and size + len(paragraph) > 650:
                break
            kept.append(paragraph)
            size += len(paragraph)
        news.append(Source("news", _clean(r["title"]), _clean(r["kicker"]), _clean(r["subtitle"]),
                           r.get("place") or "", tuple(kept)))
    if CMRC.exists():
        rng = random.Random(2018)
        for entry in json.loads(CMRC.read_text(encoding="utf-8"))["data"]:
            for block in entry["paragraphs"][:1]:
                title, context = _clean(entry["title"]), block["context"]
                latin = sum(c.isascii() for c in context) / len(context)
                if 2 <= len(title) <= 16 and latin < 0.12 and "-{" not in context and "\n" not in context:
                    wiki.append(Source("wiki", title, "", "", "", _paragraphs_of(block["context"], rng)))
    return Pool(tuple(news), tuple(wiki), tuple(photos))


# ---------------------------------------------------------------- measuring and wrapping


def _units(text: str) -> list[str]:
    return _UNIT.findall(text)


def _width(unit: str, squeeze: bool) -> float:
    if unit.isascii():
        return 0.5 * len(unit)
    if squeeze and unit in _SQUEEZABLE:
        return 0.5
    return 1.0


def measure(text: str, squeeze: bool = False) -> float:
    """The width in em of ``text`` without its whitespace."""
    return sum(_width(u, squeeze) for u in _units(plain(text)))


def _wrap(text: str, first: float, rest: float, squeeze: bool) -> list[tuple[list[str], float]]:
    """``text`` broken into lines: each line's units and its width."""
    units = _units(text)
    widths = [_width(u, squeeze) for u in units]
    lines, start, avail, n = [], 0, first, len(units)
    while start < n:
        while start < n and units[start] == " ":
            start += 1
        if start >= n:
            break
        end, used = start, 0.0
        while end < n and (end == start or used + widths[end] <= avail + 1e-9):
            used += widths[end]
            end += 1
        while True:  # closing marks hang (past a space before them)
            j = end
            while j < n and units[j] == " ":
                j += 1
            if j >= n or units[j][0] not in _HANGING:
                break
            used += widths[j]
            end = j + 1
        while end < n and end - start > 1 and units[end - 1] in OPENERS:  # opening marks go down
            end -= 1
            used -= widths[end]
        line = units[start:end]
        while line and line[-1] == " ":
            line.pop()
        lines.append((line, used))
        start, avail = end, rest
    return lines


def _render(units: list[str], spaced_digits: bool, spray: bool) -> str:
    if spray:
        out = ""
        for k, unit in enumerate(units):
            if unit == " ":
                continue
            out += unit
            if k + 1 < len(units) and unit not in "，。、；：“‘（《":
                out += " "
        return out.rstrip()
    if not spaced_digits:
        return "".join(units)
    out = []
    for k, unit in enumerate(units):
        if unit.isascii() and unit != " " and unit[0].isalnum():
            if k > 0 and not units[k - 1].isascii() and units[k - 1] not in CLOSERS + OPENERS:
                out.append(" ")
            out.append(unit)
            if k + 1 < len(units) and not units[k + 1].isascii() and units[k + 1] not in CLOSERS + OPENERS:
                out.append(" ")
        else:
            out.append(unit)
    return "".join(out)


# ---------------------------------------------------------------- the page being written


class _Writer:
    def __init__(self, style: dict):
        self.style = style
        self.records: list[tuple[str, int, str, str, str]] = []

    def put(self, text: str, owner: int = -1, role: str = "furniture", body: str = "", head: str = "") -> None:
        self.records.append((text, owner, role, plain(body), plain(head)))
        if self.style["blank"] == "every":
            self.records.append(("", -1, "blank", "", ""))

    def gap(self) -> None:
        if self.style["blank"] == "blocks" and self.records and self.records[-1][2] != "blank":
            self.records.append(("", -1, "blank", "", ""))

    def form_feed(self) -> None:
        self.records.append(("\f", -1, "blank", "", ""))

    def text(self) -> str:
        return "".join(r[0] if r[0] == "\f" else r[0] + "\n" for r in self.records)


class _Names:
    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def one(self) -> str:
        while True:
            name = self.rng.choice(_SURNAMES) + "".join(
                self.rng.choice(_GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            if name not in self.used:
                self.used.add(name)
                return name


def _day(date: datetime.date) -> str:
    return f"{date.month}月{date.day}日"


def _pad(name: str) -> str:
    return name[0] + " " + name[1] if len(name) == 2 else name


@dataclass
class _Body:
    """An item's paragraphs wrapped: per line its text, body, paragraph and width."""

    lines: list[list]  # [text, body, paragraph index, first?, last?, width]
    width: int
    optional: frozenset[int]


def _lay_paragraphs(paragraphs: list[str], width: int, style: dict, *, indent: str | None = None,
                    rows: frozenset[int] = frozenset(), marked: bool = False, spray: bool | None = None) -> _Body:
    indent = indent or style["indent"]
    spray = style["spray"] if spray is None else spray
    squeeze = style["squeeze"]
    lines, optional, offset = [], set(), 0
    ends = []
    for number, paragraph in enumerate(paragraphs):
        if number in rows:
            wrapped = [(_units(paragraph), measure(paragraph))]
        else:
            first = width if indent == "flush" else width - 2
            wrapped = _wrap(paragraph, first, width, squeeze)
        for k, (units, used) in enumerate(wrapped):
            last = k == len(wrapped) - 1
            avail = width if (k or indent == "flush") else width - 2
            if number in rows:
                text = paragraph
            else:
                sprayed = spray and not last and used < avail - 0.75
                text = _render(units, style["digits"] == "spaced", sprayed)
                if k == 0 and indent == "ideographic":
                    text = "\u3000\u3000" + text
                elif k == 0 and indent == "spaces":
                    text = "  " + text
            lines.append([text, plain("".join(units)), number, k == 0, last, used])
        ends.append((wrapped[-1][1], len(wrapped)))
        offset += len(plain(paragraph))
        if number + 1 < len(paragraphs):
            last_width = ends[-1][0]
            following = paragraphs[number + 1]
            next_row = number + 1 in rows
            if marked or (next_row and number in rows):
                pass  # a marker or a row shows where it starts
            elif indent == "flush":
                if last_width >= width - 1.5:
                    optional.add(offset)
            elif (next_row or (indent == "lost" and len(_wrap(following, width - 2, width, squeeze)) == 1)) \
                    and last_width >= width - 1:  # a short line under a full one: the paragraph's last?
                optional.add(offset)
    return _Body(lines, width, frozenset(optional))


# ---------------------------------------------------------------- items


@dataclass
class _Ctx:
    rng: random.Random
    style: dict
    writer: _Writer
    names: _Names
    date: datetime.date
    expected: list
    optional: list
    features: list
    photos: list  # photo sources not yet used


def _emit_body(ctx: _Ctx, body: _Body, owner: int, tail: str = "", tail_role: str = "body+byline",
               interrupt=None, at: int | None = None) -> None:
    """The body lines, ``tail`` (an end byline or credit) after the last, ``interrupt``
    called after line ``at``."""
    for k, (text, line_body, *_rest) in enumerate(body.lines):
        if k == len(body.lines) - 1 and tail:
            ctx.writer.put(text + " " + tail, owner, tail_role, line_body)
        else:
            ctx.writer.put(text, owner, "body", line_body)
        if interrupt is not None and k == at:
            interrupt()


def _headline(ctx: _Ctx, src: Source, features: list[str]) -> tuple[str, str, str, list[str]]:
    """The printed kicker, title, subtitle and heading lines."""
    rng = ctx.rng
    kicker, title, subtitle = src.kicker, src.title, src.subtitle
    if not title:
        return "", "", "", []
    if kicker and rng.random() < 0.15:
        kicker = ""
    if subtitle.startswith("——") and rng.random() < 0.35:
        subtitle = subtitle[2:]
    elif subtitle and not subtitle.startswith("——") and rng.random() < 0.35:
        subtitle = "——" + subtitle
    if " " in kicker and not subtitle and rng.random() < 0.5:
        title, subtitle, kicker = kicker.replace(" ", rng.choice(("\u3000", "\u3000\u3000"))), title, ""
        features.append("two-part")
    kicker = kicker.replace(" ", "\u3000") if kicker else ""
    lines = []
    if kicker:
        lines.append(kicker)
        features.append("kicker")
    if "：" in title and "two-part" not in features and not title.endswith("："):
        features.append("two-part")
    if len(title) >= 11 and "\u3000" not in title and rng.random() < 0.4:
        parts = rng.choice((2, 2, 3)) if len(title) >= 15 else 2
        size = math.ceil(measure(title) / parts)
        lines += ["".join(units) for units, _ in _wrap(title, size, size, False)]
        features.append("wrapped")
    else:
        lines.append(title)
    if subtitle:
        lines.append(subtitle)
        features.append("subtitle")
        if subtitle.startswith("——"):
            features.append("dash-subtitle")
    if "？" in title:
        features.append("question")
    if re.search(r"[A-Za-z0-9]", title):
        features.append("latin")
    return kicker, title, subtitle, lines


def _byline(ctx: _Ctx, src: Source, form: str) -> tuple[list[str], str, str]:
    """The authors, the printed byline and (for datelines) the text heading the body."""
    rng, names = ctx.rng, ctx.names
    a, b = names.one(), names.one()
    place = src.place or rng.choice(_CITIES)
    day = f"{ctx.date.month}月{ctx.date.day}日"
    if form == "top":
        return rng.choice((
            ([a, b], f"本报记者 {a} 通讯员 {b}"), ([a], f"□本报记者 {a}"), ([a, b], f"□ 本报记者 {a} {b}"),
            ([a, b], f"文/{a} 图/{b}"), ([a], f"文/{a}"), ([a], f"本报特约记者 {a}"),
            ([a, b], f"本报记者 {a} 实习生 {b}"), ([a], f"■本报记者 {a}"),
        )) + ("",)
    if form == "end":
        return rng.choice((
            ([a, b], f"（记者 {a} 通讯员 {b}）"), ([a, b], f"（{_pad(a)} {_pad(b)}）"), ([a], f"（{_pad(a)}）"),
            ([a], f"（本报记者 {a}）"), ([a, b], f"（实习生 {a} 记者 {b}）"), ([a], f"（记者 {a}）"),
        )) + ("",)
    if form == "dateline":
        authors, line = rng.choice((
            ([a], f"本报讯（记者 {a}）"), ([a, b], f"本报讯（记者 {a} 通讯员 {b}）"),
            ([a, b], f"新华社{place}{day}电（记者 {a} {b}）"), ([a], f"新华社{place}{day}电（记者 {a}）"),
            ([a], f"本报{place}{day}讯（特约记者 {a}）"),
        ))
        return authors, "", line
    return [], "", ""


def _pull_quote(ctx: _Ctx, paragraphs: list[str]) -> list[str] | None:
    sentences = [s for p in paragraphs for s in _SENTENCE.findall(p) if 8 <= len(s) <= 34]
    if not sentences:
        return None
    sentence = ctx.rng.choice(sentences)
    if ctx.rng.random() < 0.4 and not sentence.startswith("“"):
        sentence = "“" + sentence + "”"
    size = ctx.rng.randint(9, 15)
    return ["".join(units) for units, _ in _wrap(sentence, size, size, False)]


def _photo(ctx: _Ctx, index: int, feature: str = "") -> tuple[Known, frozenset[int], list[str]] | None:
    """A caption group at ``index``, written now."""
    rng, writer = ctx.rng, ctx.writer
    if not ctx.photos:
        return None
    src = ctx.photos.pop()
    features = ["photo", *([feature] if feature else [])]
    captions = list(src.paragraphs)
    marked = len(captions) > 1 and all(_MARKED.match(c) for c in captions[1:])
    if not marked and len(captions) == 1 and ctx.photos and rng.random() < 0.3:
        captions.append(ctx.photos.pop().paragraphs[0])
        captions = [f"图{_CIRCLED[k]}：{c.lstrip('▲ ')}" if not c.startswith("图") else c
                    for k, c in enumerate(captions)]
        marked = True
    if marked or len(captions) > 1:
        features.append("group")
    a, b = ctx.names.one(), ctx.names.one()
    photographer, credit = rng.choice((
        (a, f"{_pad(a)}摄"), (a, f"本报记者 {a} 摄"), (f"{a} {b}", f"{a} {b} 摄"),
        (a, f"新华社记者 {a} 摄"), ("新华社", "（新华社发）"), (a, f"{_pad(a)} 摄"),
    ))
    width = rng.randint(8, 16)
    indent = "flush" if rng.random() < 0.8 else "lost"
    body = _lay_paragraphs(captions, width, ctx.style, indent=indent, marked=marked,
                           spray=ctx.style["spray"] or rng.random() < 0.3)
    inline = rng.random() < 0.3 and body.lines[-1][5] + measure(credit) <= width + 6
    features += ["credit:inline" if inline else "credit:line", f"width:{width}"]
    writer.gap()
    _emit_body(ctx, body, index, credit if inline else "", "body+credit")
    if not inline:
        writer.put(credit, index, "credit")
    known = Known("photo", "", "", "", (), photographer, tuple(captions))
    return known, body.optional, features


def _article(ctx: _Ctx, src: Source, head_after: bool, signs_off: bool = False) -> None:
    """An article (``signs_off``: it must end with a byline, an article with its headline
    after it coming next) and what interrupts it."""
    rng, style, writer = ctx.rng, ctx.style, ctx.writer
    index = len(ctx.expected)
    features = [src.kind]
    kicker, title, subtitle, head_lines = _headline(ctx, src, features)
    if not head_lines:
        features.append("no-headline")
    if head_after:
        form = "end"  # the byline shows where the article ends and its headline starts
    elif not head_lines:
        form = "dateline"  # no headline: the dateline shows where it starts
    elif signs_off:
        form = "end"
    else:
        form = rng.choices(("top", "end", "dateline", "none"), (3, 4, 2, 1))[0]
    if head_after and head_lines:
        features.append("head-after")
    authors, byline, dateline = _byline(ctx, src, form)
    paragraphs = list(src.paragraphs)
    if dateline:
        paragraphs[0] = dateline + paragraphs[0]
    features.append(f"byline:{form}")
    width = rng.randint(9, 28)
    features.append(f"width:{width}")
    body = _lay_paragraphs(paragraphs, width, style)
    # what interrupts it
    interrupt, at = None, None
    kind = rng.choices(("none", "quote", "caption"), (6, 2, 2))[0] if len(body.lines) >= 4 else "none"
    extra: list = []
    if kind != "none":
        between = [k for k, line in enumerate(body.lines[:-1]) if line[4]]
        inside = [k for k, line in enumerate(body.lines[:-2]) if not line[4] and k > 0]
        where = "between" if between and (not inside or rng.random() < 0.5) else "inside"
        choices = between if where == "between" else inside
        if choices:
            at = rng.choice(choices)
            features += ["interrupted", f"interrupted:{kind}", "mid-paragraph" if where == "inside" else "between"]
            if kind == "quote":
                quote = _pull_quote(ctx, paragraphs)
                if quote is None:
                    at = None
                    features = [f for f in features if not f.startswith("interrupted") and f not in (
                        "mid-paragraph", "between")]
                else:
                    features.append("pull-quote")

                    def interrupt():
                        writer.gap()
                        for line in quote:
                            writer.put(line)
                        writer.gap()
            else:
                def interrupt():
                    made = _photo(ctx, index + 1, "interrupts")
                    if made:
                        extra.append(made)
                    writer.gap()
    if at is None:
        interrupt = None
    end_tail, end_line = "", ""
    if form == "end":
        if rng.random() < 0.55 and body.lines[-1][5] + measure(byline) <= width + 8:
            end_tail = byline
            features.append("end-inline")
        else:
            end_line = byline
            features.append("end-line")
    lead = " " if rng.random() < 0.2 else ""
    writer.gap()
    if not head_after:
        for line in head_lines:
            writer.put(lead + line, index, "heading", head=line)
    if form == "top":
        writer.put(byline, index, "byline")
    _emit_body(ctx, body, index, end_tail, "body+byline", interrupt, at)
    if end_line:
        writer.put(end_line if rng.random() < 0.6 else " " + end_line, index, "byline")
    if head_after:
        for line in head_lines:
            writer.put(lead + line, index, "heading", head=line)
    if interrupt is not None and not extra and "interrupted:caption" in features:
        features = [f for f in features if not f.startswith("interrupted") and f not in ("mid-paragraph", "between")]
    ctx.expected.append(Known("article", title, kicker, subtitle, tuple(authors), "", tuple(paragraphs)))
    ctx.optional.append(body.optional)
    ctx.features.append(features)
    for known, optional, photo_features in extra:
        ctx.expected.append(known)
        ctx.optional.append(optional)
        ctx.features.append(photo_features)


# ---------------------------------------------------------------- blocks


def _block(ctx: _Ctx, kind: str, others: list[Source]) -> None:
    """A weather box, table, notice, correction or advertisement: an item of its own."""
    rng, names, date = ctx.rng, ctx.names, ctx.date
    rows: list[list[str]] = []
    prose: list[str] = []
    tail: list[str] = []
    day = f"{date.month}月{date.day}日"
    if kind == "weather":
        title = rng.choice(("天气预报", "今日天气", "全省天气", f"{day}天气"))
        rows = [["城市", "天气", "气温"]]
        for city in rng.sample(_CITIES, rng.randint(4, 7)):
            low = rng.randint(8, 24)
            rows.append([city, rng.choice(("晴", "多云", "阴", "小雨", "阵雨", "雷阵雨", "多云转晴", "阴转小雨")),
                         f"{low}～{low + rng.randint(4, 10)}℃"])
    elif kind == "table":
        which = rng.choice(("results", "fixtures", "prices"))
        teams = [c + "队" for c in rng.sample(_CITIES, 6)]
        if which == "results":
            title = rng.choice(("城市足球联赛第5轮赛果", "全省篮球联赛战报", "本周赛果"))
            rows = [["主队", "比分", "客队"]] + [[teams[k], f"{rng.randint(0, 4)}：{rng.randint(0, 4)}", teams[k + 1]]
                                                for k in range(0, 6, 2)]
        elif which == "fixtures":
            title = rng.choice(("本周赛程", "下轮赛程"))
            rows = [["日期", "时间", "对阵"]] + [[_day(date + datetime.timedelta(days=k // 2)), rng.choice(("15:30", "19:30")),
                                                 f"{teams[k]}—{teams[k + 1]}"] for k in range(0, 6, 2)]
        else:
            title = rng.choice(("今日菜价", "农贸市场菜价", "主要蔬菜零售价格"))
            rows = [["品名", "单位", "价格（元）"]] + [[veg, rng.choice(("斤", "公斤")), f"{rng.uniform(0.8, 9):.2f}"]
                                                   for veg in rng.sample(("白菜", "萝卜", "西红柿", "黄瓜", "土豆", "芹菜", "茄子",
                                                                          "青椒", "豆角", "菠菜"), rng.randint(4, 7))]
    elif kind == "lost":
        title = rng.choice(("遗失声明", "声明"))
        for _ in range(rng.randint(1, 3)):
            shop = f"{rng.choice(_CITIES)}市{rng.choice(('东湖区', '西湖区', '青山湖区', '红谷滩区', '章贡区'))}" \
                   f"{rng.choice(('兴旺', '鑫源', '华顺', '美佳', '福临'))}{rng.choice(('餐饮店', '商贸有限公司', '建材经营部'))}"
            doc = rng.choice(("营业执照副本", "食品经营许可证正本", "公章一枚", "开户许可证"))
            prose.append(f"{shop}遗失{doc}，统一社会信用代码：91360{rng.randint(100000, 999999)}MA"
                         f"{rng.randint(10, 99)}，声明作废。")
    elif kind == "hiring":
        company = f"{rng.choice(_CITIES)}{rng.choice(('城投', '水务', '文旅', '交通'))}集团有限公司"
        title = rng.choice(("招聘启事", f"{company}招聘启事"))
        prose = [f"因业务发展需要，{company}现面向社会公开招聘工作人员若干名。",
                 f"一、招聘岗位：会计{rng.randint(1, 3)}名，工程管理{rng.randint(2, 6)}名。",
                 f"二、报名条件：大专及以上学历，年龄{rng.choice((35, 40))}周岁以下，身体健康。",
                 f"联系电话：0791-86{rng.randint(100000, 999999)}"]
        tail = [company]
    elif kind == "notice":
        road = rng.choice(("北京东路", "洪都大道", "八一大道", "长江路", "抚河北路"))
        title = rng.choice(("公告", "通告", f"关于{road}封闭施工的通告"))
        prose = [f"因{road}改造工程需要，自{day}起至{date.month % 12 + 1}月{rng.randint(1, 28)}日止，对{road}"
                 f"实行全封闭施工，请过往车辆和行人提前绕行。", "特此公告。"]
        tail = [f"{rng.choice(_CITIES)}市公安局交通管理局"]
    elif kind == "correction":
        title = "更正"
        wrong = names.one()
        right = wrong[:-1] + rng.choice(_GIVEN)
        earlier = date - datetime.timedelta(days=rng.randint(1, 6))
        prose = [f"本报{earlier.month}月{earlier.day}日第{rng.randint(1, 8)}版刊发的《{rng.choice(others).title or '稿件'}》"
                 f"一文中，“{wrong}”应为“{right}”，特此更正。"]
    else:  # an advertisement
        title, ad = rng.choice((
            ("江景名苑　臻品现房", ["建面约89—143㎡江景三房四房", "VIP热线：0791-8888 6666", "地址：红谷滩区丰和中大道188号"]),
            ("家电以旧换新　补贴再加码", ["活动时间：5月1日—5月31日", "以旧换新最高补贴2000元", "咨询电话：0791-8612 3456"]),
            ("暑期游学季", ["井冈山红色研学三日游 每人980元", "婺源篁岭赏秋二日游 每人560元", "报名电话：0791-8677 1234"]),
        ))
        rows = [[line] for line in ad]
    if tail:
        tail.append(f"{date.year}年{date.month}月{date.day}日")
    index = len(ctx.expected)
    sep = rng.choice((" ", "  ", "\u3000", "   "))
    paragraphs = [sep.join(r) for r in rows] + prose + tail
    row_numbers = frozenset(range(len(rows))) | frozenset(range(len(rows) + len(prose), len(paragraphs)))
    widest = max(measure(p) for k, p in enumerate(paragraphs) if k in row_numbers) if row_numbers else 0
    width = max(rng.randint(13, 24), math.ceil(widest) + 3)
    body = _lay_paragraphs(paragraphs, width, ctx.style, rows=row_numbers, spray=False)
    ctx.writer.gap()
    ctx.writer.put(title, index, "heading", head=title)
    _emit_body(ctx, body, index)
    ctx.expected.append(Known("article", title, "", "", (), "", tuple(paragraphs)))
    ctx.optional.append(body.optional)
    ctx.features.append(["block", kind, "byline:none", f"width:{width}"])


def _teasers(ctx: _Ctx, others: list[Source], pages: list[int]) -> int:
    """A 导读 list (furniture): a label, then teasers naming other pages."""
    rng, writer = ctx.rng, ctx.writer
    writer.gap()
    writer.put(rng.choice(("本版导读", "导读", "今日导读", "■导读")))
    titled = [s for s in others if s.title]
    chosen = rng.sample(titled, min(len(titled), rng.randint(2, 4)))
    form = rng.choice(("one", "two", "marked"))
    for src in chosen:
        page = rng.choice(pages)
        where = rng.choice((f"详见第{page}版", f"（详见第{page}版）", f"▶第{page}版"))
        if form == "two":
            writer.put(src.title)
            writer.put(where)
        else:
            writer.put(("◆" if form == "marked" else "") + src.title + " " + where)
    return len(chosen)


def _header(ctx: _Ctx, number: int, section: str, paper: str, editor: str, editor_top: bool) -> str:
    rng, date = ctx.rng, ctx.date
    weekday = "星期" + "一二三四五六日"[date.weekday()]
    long_date = f"{date.year}年{date.month}月{date.day}日"
    form = rng.choice(("lines", "one-line", "paper", "letter"))
    if form == "lines":
        lines = [f"{long_date} {weekday}", f"第{number}版", section]
    elif form == "one-line":
        lines = [f"{long_date}\u3000{weekday}\u3000\u3000第{number}版\u3000{section}"]
    elif form == "paper":
        lines = [paper, f"{date.year}.{date.month}.{date.day} {weekday}", f"{section} 第{number}版"]
    else:
        lines = [f"A{number}", section, f"{long_date}  {weekday}"]
    if editor_top:
        lines.append(editor)
    ctx.writer.gap()
    for line in lines:
        ctx.writer.put(line)
    return form


# ---------------------------------------------------------------- a file of pages


def random_page9(pool: Pool, seed: int) -> Page9:
    """A file of one to three pages of one issue, laid out from ``pool`` (deterministic per seed)."""
    rng = random.Random(seed)
    style: dict = {
        "pages": rng.choices((1, 2, 3), (4, 4, 2))[0],
        "blank": rng.choices(("none", "every", "blocks"), (5, 3, 2))[0],
        "indent": rng.choices(("ideographic", "spaces", "lost", "flush"), (3, 2, 4, 1))[0],
        "squeeze": rng.random() < 0.5,
        "spray": rng.random() < 0.5,
        "digits": rng.choice(("spaced", "tight")),
        "heads": rng.choices(("before", "after", "mixed"), (6, 3, 2))[0],
    }
    style["break"] = "formfeed" if rng.random() < 0.5 else "headers"
    date = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 5 * 365))
    writer = _Writer(style)
    news = list(pool.news)
    wiki = list(pool.wiki)
    rng.shuffle(news)
    rng.shuffle(wiki)
    photos = list(pool.photos)
    rng.shuffle(photos)
    ctx = _Ctx(rng, style, writer, _Names(rng), date, [], [], [], photos)
    first_page = rng.randint(1, 12)
    numbers = [first_page + k for k in range(style["pages"])]
    paper = rng.choice(_PAPERS)
    headers, blocks, teasers = [], [], 0
    per_page = {1: (2, 5), 2: (2, 3), 3: (1, 3)}[style["pages"]]
    block_kinds = ["weather", "table", "lost", "hiring", "notice", "correction", "ad"]
    for page_number, number in enumerate(numbers):
        if page_number and style["break"] == "formfeed":
            writer.form_feed()
        editor = rng.choice(("责任编辑：", "编辑：", "责编：")) + ctx.names.one()
        if rng.random() < 0.4:
            editor += rng.choice(("\u3000美术编辑：", "  美编：", " 校对：")) + ctx.names.one()
        editor_top = rng.random() < 0.5
        headers.append(_header(ctx, number, rng.choice(_SECTIONS), paper, editor, editor_top))
        plan = []
        for _ in range(rng.randint(*per_page)):
            plan.append("wiki" if wiki and rng.random() < 0.25 else "news")
        plan += ["photo"] * rng.choices((0, 1, 2), (4, 4, 1))[0]
        rng.shuffle(plan)
        if rng.random() < 0.45:
            kind = rng.choice(block_kinds)
            blocks.append(kind)
            plan.insert(rng.randint(0, len(plan)), kind)
        if page_number == 0 and rng.random() < 0.3:
            teasers += _teasers(ctx, news[:12], [n + 1 + k for k in range(3) for n in numbers[-1:]])
        articles = sum(p in ("news", "wiki") for p in plan)
        split = rng.randint(1, max(1, articles - 1)) if style["heads"] == "mixed" else None
        seen = 0
        for what in plan:
            if len(ctx.expected) >= 14:
                break
            if what in ("news", "wiki"):
                src = (wiki if what == "wiki" else news).pop()
                if not src.title and style["heads"] == "mixed":  # it could not both open and close plainly
                    src = news.pop()
                after = style["heads"] == "after" or (split is not None and seen >= split)
                seen += 1
                _article(ctx, src, after, split is not None and seen == split)
            elif what == "photo":
                made = _photo(ctx, len(ctx.expected))
                if made:
                    ctx.expected.append(made[0])
                    ctx.optional.append(made[1])
                    ctx.features.append(made[2])
            else:
                _block(ctx, what, news[:12])
        if not editor_top:
            writer.gap()
            writer.put(editor)
    if style["break"] == "formfeed":
        writer.form_feed()
    style["headers"] = headers
    style["blocks"] = blocks
    style["teasers"] = teasers
    style["items"] = ctx.features
    style["lines"] = [(owner, role, body, head) for _, owner, role, body, head in writer.records]
    furniture = [text for text, _, role, _, _ in writer.records if role == "furniture"]
    return Page9(writer.text(), ctx.expected, ctx.optional, furniture, style)
