"""A second page generator, drawn from another reading of real pages than tests/pagegen.py.

What a page from an e-paper PDF shows once its text is extracted, as read here (each
choice is the page's or the item's, drawn independently of what the parser assumes):

- Widths. Each article is set in its own column of 11–24 em (captions 8–14 em). The
  page sets all its punctuation full width (1 em) or all of it half width (½ em);
  digits and Latin letters are ½ em; symbols such as ℃, ①, ▲ are 1 em. A line is filled
  greedily; a closing mark that does not fit either hangs past the column (the page's
  habit) or pulls the character before it down with it, leaving the line short; an
  opening mark never ends a line; a run of digits or Latin letters is never broken.
  Some pages show a short line's justification as spaces sprayed between its
  characters; some pages set spaces around digit and Latin runs.
- A paragraph's first line is 2 em short (its indent lost), or on some pages it keeps
  the indent as two ideographic spaces.
- Line spacing: a blank line after every line, none, or one between blocks only; a
  block (a headline, a caption) now and then starts with a leading space.
- Headlines (title, sometimes a kicker over it, a subtitle under it with or without
  ——) stand before the body or after the byline; a page leans one way (before,
  after) or mixes both. A long title is wrapped over two lines, at its space or mark or
  in the middle. Titles may hold or end with ？ or ！.
- Bylines: at the end `（张三 李四）` `（记者 张三 通讯员 李四）` (on the last line or
  alone), under the headline `本报记者 张三`, `■本报记者 张三`, `记者 张三 报道`,
  `文/张三`, or in a dateline opening the body `本报讯（记者 张三）`, `新华社南昌5月8日电
  （记者 张三）`, `中新网1月11日电` (no names), or none. Two-character names are padded
  to three with a space on some pages.
- An editor's note `编者按：…` opens some articles (a paragraph of the article).
- Photo groups: one to three captions in a row, then one credit (`张三 摄`,
  `本报记者 张三 摄`, `（张三 摄）`), set narrow.

Article text: tests/data/pagegen2_news.json (written for this generator), or any list
of ``Source`` (``cmrc_sources`` turns CMRC 2018 contexts into articles).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from pagegen import Known

DATA = Path(__file__).parent / "data"

_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Units a line is made of: a run of digits/Latin (never broken), one other character.
_UNIT = re.compile(r"[A-Za-z0-9.%+\-/:]+|.", re.S)
PUNCTUATION = set("，。、；：？！“”‘’（）《》「」…—·")
CLOSING = set("，。、；：？！”’）》」…")
OPENING = set("“‘（《「")
SENTENCE_END = re.compile(r"[。！？…][”’）」]*$")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏海波宁晨欣怡浩宇子轩梓涵俊琼斌曦嘉卿勋文凯雪梅春燕峰云飞龙斌亮鑫颖婷佳琪"
PLACES = ("南昌", "北京", "赣州", "九江", "上饶", "抚州", "吉安", "宜春", "景德镇", "萍乡")
NOTES = (
    "编者按：连日来，各地干部群众立足岗位、真抓实干，涌现出许多生动故事。本版今起推出系列报道，敬请关注。",
    "编者按：发展成果如何惠及群众？答案写在一个个具体的场景里。今天，我们走进基层，听听他们怎么说。",
    "编者按：好的做法值得推广，存在的问题也需要正视。本报记者近日深入一线进行了调查采访。",
)


@dataclass(frozen=True)
class Source:
    """An article or a photo group to lay out: text and headlines, names are drawn."""

    kind: str
    title: str
    kicker: str
    subtitle: str
    place: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Page2:
    """A generated page and what a parser should recover from it.

    Attributes:
        text: the page text.
        expected: the items in page order (headlines as printed, names as printed
            without their padding, the dateline kept in the first paragraph).
        optional_breaks: per item, offsets into ``"".join(paragraphs)`` where the page
            cannot show whether a paragraph ends (either reading is right).
        style: the page's choices, for reports.
        item_of_line: for each line of ``text`` (0-based), the item it belongs to, or -1
            for a blank line.
    """

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    style: dict
    item_of_line: tuple[int, ...]


def news_sources() -> list[Source]:
    """The articles and photo groups written for this generator."""
    records = json.loads((DATA / "pagegen2_news.json").read_text(encoding="utf-8"))
    return [
        Source(r["kind"], r["title"], r["kicker"], r["subtitle"], r["place"], tuple(r["paragraphs"]))
        for r in records
    ]


def cmrc_sources(path: Path, limit: int = 200) -> list[Source]:
    """Articles made of CMRC 2018 contexts (real Chinese text, not news): the context cut
    into paragraphs of one to three sentences, a title made of the entry's name and a
    clause of its first sentence.

    Returns:
        up to ``limit`` sources.
    """
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    out = []
    rng = random.Random(7)
    for entry in data:
        for paragraph in entry["paragraphs"]:
            sentences = re.findall(r"[^。！？]+[。！？]+[”’」）)]*", paragraph["context"].replace("\n", ""))
            if len(sentences) < 3:
                continue
            groups, group = [], []
            for sentence in sentences:
                group.append(sentence)
                if len(group) >= rng.randint(1, 3):
                    groups.append("".join(group))
                    group = []
            if group:
                groups.append("".join(group))
            name = entry.get("title", "") or sentences[0][:6]
            clauses = [c for c in re.split(r"[，。、；：,;:（）()“”《》]", sentences[0]) if 4 <= len(c) <= 12]
            title = f"{name}：{clauses[0]}" if clauses and name not in clauses[0] else (clauses[0] if clauses else name)
            kicker = clauses[1] if len(clauses) > 1 and rng.random() < 0.3 else ""
            out.append(Source("article", title[:24], kicker, "", rng.choice(PLACES), tuple(groups[:5])))
            if len(out) >= limit:
                return out
    return out


# --- widths and wrapping -------------------------------------------------------------------


def unit_width(unit: str, punct: float) -> float:
    """Width in em of one unit as set on a page with marks ``punct`` wide."""
    if _IDEOGRAPH.match(unit):
        return 1.0
    if unit in PUNCTUATION:
        return punct
    if unit.isascii():
        return 0.5 * len(unit)
    return 1.0  # ℃ ① ▲ and other symbols are set full width


@dataclass
class _Line:
    units: list[str]
    width: float  # as set, in em
    first: bool  # a paragraph's first line
    last: bool  # a paragraph's last line


def wrap(paragraph: str, width: int, punct: float, hang: bool) -> list[_Line]:
    """Set one paragraph in a column ``width`` em wide (first line 2 em in)."""
    units = _UNIT.findall(paragraph)
    lines: list[_Line] = []
    current: list[str] = []
    used, room = 0.0, width - 2.0
    index = 0
    while index < len(units):
        unit = units[index]
        size = unit_width(unit, punct)
        if used + size <= room + 1e-9 or not current:
            current.append(unit)
            used += size
            index += 1
            continue
        if unit in CLOSING:
            if hang:  # the mark hangs past the column's end
                current.append(unit)
                used += size
                index += 1
            elif len(current) > 1:  # the character before it goes down with it
                index -= 1
                used -= unit_width(current.pop(), punct)
        while len(current) > 1 and current[-1] in OPENING:  # an opening mark never ends a line
            index -= 1
            used -= unit_width(current.pop(), punct)
        lines.append(_Line(current, used, not lines, False))
        current, used, room = [], 0.0, float(width)
    if current:
        lines.append(_Line(current, used, not lines, True))
    else:  # the paragraph's last mark hung past the column: that line is its last
        lines[-1].last = True
    return lines


def render(line: _Line, width: int, style: dict, rng: random.Random) -> str:
    """A set line as extraction gives it: sprayed when justified and the page shows it,
    spaces around digit runs on pages that set them, an indent kept on some pages."""
    short = width - line.width >= 1 and not line.last
    if short and style["spray"]:
        # (Stripped as an unsprayed line is: a space of the text itself that opens the
        # line would read as the leading space that starts a block.)
        return " ".join(line.units).strip()
    out = ""
    for index, unit in enumerate(line.units):
        runs = unit.isascii() and unit.isalnum() or (unit.isascii() and len(unit) > 1)
        if runs and style["digit_spaces"]:
            if index > 0 and not out.endswith(" "):
                out += " "
            out += unit + (" " if index + 1 < len(line.units) else "")
        else:
            out += unit
    out = re.sub(" +", " ", out).strip()
    if line.first and style["indent"]:
        out = "\u3000\u3000" + out
    return out


# --- names and bylines ----------------------------------------------------------------------


def _name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def _shown(name: str, pad: bool) -> str:
    return " ".join(name) if pad and len(name) == 2 else name


END_FORMS = ("plain", "roles", "own_roles")
HEAD_FORMS = ("head_reporter", "head_square", "head_reports", "head_wen")
DATELINE_FORMS = ("dateline_bao", "dateline_xinhua", "dateline_cns", "dateline_bare")


def _byline(form: str, names: list[str], place: str, pad: bool, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """The byline as printed in ``form`` and the names a reader should get from it."""
    shown = [_shown(n, pad) for n in names]
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if form == "plain":
        return f"（{' '.join(shown)}）", tuple(names)
    if form == "roles":
        inside = f"记者 {shown[0]}" + (f" 通讯员 {' '.join(shown[1:])}" if len(shown) > 1 else "")
        return f"（{inside}）", tuple(names)
    if form == "own_roles":
        return f"（本报记者 {' '.join(shown)}）", tuple(names)
    if form == "head_reporter":
        return f"本报记者 {' '.join(shown)}", tuple(names)
    if form == "head_square":
        return f"■本报记者 {' '.join(shown)}", tuple(names)
    if form == "head_reports":
        return f"记者 {' '.join(shown)} 报道", tuple(names)
    if form == "head_wen":
        return f"文/{' '.join(shown)}", tuple(names)
    if form == "dateline_bao":
        return f"本报讯（记者 {' '.join(shown)}）", tuple(names)
    if form == "dateline_xinhua":
        return f"新华社{place}{month}月{day}日电（记者 {' '.join(shown)}）", tuple(names)
    if form == "dateline_cns":
        return f"中新网{month}月{day}日电 ", ()
    if form == "dateline_bare":
        return "本报讯 ", ()
    return "", ()


def _credit(names: list[str], pad: bool, rng: random.Random) -> str:
    shown = " ".join(_shown(n, pad) for n in names)
    form = rng.choice(("bare", "bare", "spaced", "reporter", "bracket"))
    return {
        "bare": f"{shown}摄",
        "spaced": f"{shown} 摄",
        "reporter": f"本报记者 {shown} 摄",
        "bracket": f"（{shown} 摄）",
    }[form]


# --- headlines ------------------------------------------------------------------------------


def _headline_lines(source: Source, style: dict, rng: random.Random) -> tuple[list[str], tuple[str, str, str]]:
    """Heading lines as printed, and (kicker, title, subtitle) a reader should get."""
    kicker = source.kicker if rng.random() < 0.8 else ""
    subtitle = source.subtitle if rng.random() < 0.8 else ""
    title = source.title
    if subtitle and not subtitle.startswith("——") and rng.random() < 0.3:
        subtitle = "——" + subtitle
    lines = [kicker] if kicker else []
    if len(title) > 14 and rng.random() < 0.6:
        lines.extend(_wrap_title(title, rng))
    else:
        lines.append(title)
    if subtitle:
        lines.append(subtitle)
    if style["digit_spaces"]:
        lines = [re.sub(r"(?<=[^\x00-\x7f])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[^\x00-\x7f])", " ", h) for h in lines]
    return lines, (kicker, title, subtitle)


def _wrap_title(title: str, rng: random.Random) -> list[str]:
    """A long title over two lines: at its space or inner mark, else near its middle."""
    if " " in title:
        left, right = title.split(" ", 1)
        return [left, right]
    marks = [i + 1 for i, c in enumerate(title[:-1]) if c in "：，？！" and 4 <= i + 1 <= len(title) - 4]
    if marks:
        cut = marks[0]
    else:
        cut = int(len(title) * rng.uniform(0.5, 0.62))
        while 0 < cut < len(title) and (title[cut] in CLOSING or title[cut - 1] in OPENING):
            cut += 1
    return [title[:cut], title[cut:]]


# --- the page -------------------------------------------------------------------------------


def page_style(rng: random.Random) -> dict:
    """The choices a page makes once for all its items."""
    return {
        "punct": rng.choice((1.0, 0.5)),
        "hang": rng.random() < 0.5,
        "spray": rng.random() < 0.5,
        "digit_spaces": rng.random() < 0.4,
        "indent": rng.random() < 0.12,
        "spacing": rng.choice(("double", "double", "single", "blocks")),
        "lean": rng.choice(("before", "before", "after", "mixed", "mixed")),
        "pad": rng.random() < 0.5,
        "bylines": rng.choice(("end", "end", "head", "dateline", "mixed")),
    }


def _placement(lean: str, rng: random.Random) -> str:
    roll = rng.random()
    if lean == "before":
        return "before" if roll < 0.88 else "none"
    if lean == "after":
        return "after" if roll < 0.88 else "none"
    return "before" if roll < 0.5 else "after" if roll < 0.9 else "none"


def _form(style: dict, placement: str, rng: random.Random) -> str:
    family = style["bylines"] if style["bylines"] != "mixed" else rng.choice(("end", "head", "dateline", "none"))
    if rng.random() < 0.1:
        family = "none"
    if family == "head" and placement != "before":
        family = "end"
    if family == "end":
        return rng.choice(END_FORMS)
    if family == "head":
        return rng.choice(HEAD_FORMS)
    if family == "dateline":
        return rng.choice(DATELINE_FORMS)
    return "none"


def make_page2(sources: list[Source], rng: random.Random) -> Page2:
    """Lay ``sources`` out in order as one page (see the module docstring).

    Returns:
        the page and what a parser should recover from it.
    """
    style = page_style(rng)
    blocks: list[tuple[int, list[str]]] = []  # (item, lines), each list starting a block
    expected: list[Known] = []
    optional: list[frozenset[int]] = []
    for number, source in enumerate(sources):
        if source.kind == "photo":
            item_blocks, known, loose = _photo(source, style, rng)
        else:
            item_blocks, known, loose = _article(source, style, rng)
        blocks.extend((number, block) for block in item_blocks)
        expected.append(known)
        optional.append(loose)
    text_lines: list[str] = []
    owners: list[int] = []
    for index, (owner, block) in enumerate(blocks):
        for position, line in enumerate(block):
            start = position == 0
            blank = style["spacing"] == "double" and text_lines
            if blank or style["spacing"] == "blocks" and start and index:
                text_lines.append("")
                owners.append(-1)
            if start and index and rng.random() < 0.1 and not line.startswith("\u3000"):
                line = " " + line
            text_lines.append(line + (" " if rng.random() < 0.05 else ""))
            owners.append(owner)
    return Page2("\n".join(text_lines) + "\n", expected, optional, style, tuple(owners))


def _photo(source: Source, style: dict, rng: random.Random):
    width = rng.randint(8, 14)
    names = [_name(rng) for _ in range(rng.choice((1, 1, 1, 2)))]
    credit = _credit(names, style["pad"], rng)
    lines, loose = set_paragraphs(list(source.paragraphs), width, style, rng)
    if rng.random() < 0.3 and not credit.startswith("（"):
        lines[-1] += " " + credit
    else:
        lines.append(credit)
    known = Known("photo", "", "", "", (), " ".join(names), source.paragraphs)
    return [lines], known, loose


def _article(source: Source, style: dict, rng: random.Random):
    width = rng.randint(11, 24)
    placement = _placement(style["lean"], rng) if source.title else "none"
    form = _form(style, placement, rng)
    names = [_name(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    mark, authors = _byline(form, names, source.place or "南昌", style["pad"], rng)
    paragraphs = list(source.paragraphs)
    if rng.random() < 0.1:
        paragraphs.insert(0, rng.choice(NOTES))
    if form.startswith("dateline"):
        paragraphs[0] = mark + paragraphs[0]
    body, loose = set_paragraphs(paragraphs, width, style, rng)
    heads, (kicker, title, subtitle) = _headline_lines(source, style, rng) if placement != "none" else ([], ("", "", ""))
    blocks: list[list[str]] = []
    if form in END_FORMS:
        if rng.random() < 0.5 and len(body[-1]) + len(mark) < width:
            body[-1] += rng.choice((" ", "", "\u3000")) + mark
        else:
            body.append(mark)
    if placement == "before":
        blocks.append(heads + ([mark] if form in HEAD_FORMS else []))
        blocks.append(body)
    else:
        blocks.append(body)
        if placement == "after":
            blocks.append(heads)
    expected_paragraphs = tuple(_cleaned(p) for p in paragraphs)
    known = Known("article", title, kicker, subtitle, authors, "", expected_paragraphs)
    return blocks, known, loose


def set_paragraphs(paragraphs: list[str], width: int, style: dict, rng: random.Random) -> tuple[list[str], frozenset[int]]:
    """Set paragraphs in a column: the lines as extracted, and the offsets into the
    joined clean paragraphs where the page cannot show whether a paragraph ends.

    Those are: a sentence ends at a line's end inside a paragraph and the next line is
    short (it may read as an opening); a full line ends a paragraph whose next one fits
    on one short line (it may read as the last line of the same paragraph); an opening
    hangs a mark and reads as a full line. Pages that keep indents show every end.
    """
    laid: list[tuple[_Line, str]] = []
    for paragraph in paragraphs:
        for line in wrap(paragraph, width, style["punct"], style["hang"]):
            laid.append((line, render(line, width, style, rng)))
    loose: set[int] = set()
    offset = 0
    for index, (line, text) in enumerate(laid[:-1]):
        offset += len(re.sub(r"\s+", "", "".join(line.units)))
        following = laid[index + 1][0]
        if not SENTENCE_END.search(text) or style["indent"]:
            continue
        if not line.last and following.width <= width - 1:
            loose.add(offset)
        if line.last and line.width >= width - 1.25 and following.last and following.width <= width - 1:
            loose.add(offset)
        if line.last and following.first and following.width > width - 1.5:
            loose.add(offset)
    return [text for _, text in laid], frozenset(loose)


def _cleaned(paragraph: str) -> str:
    """A paragraph as a reader gives it back: spaces gone (the texts hold no Latin words)."""
    return re.sub(r"\s+", "", paragraph)


def random_page2(pool: list[Source], seed: int) -> Page2:
    """The page of ``seed``: two to six items of ``pool``, about one in five a photo group."""
    rng = random.Random(seed)
    articles = [s for s in pool if s.kind == "article"]
    photos = [s for s in pool if s.kind == "photo"]
    count = rng.randint(2, 6)
    chosen: list[Source] = []
    for _ in range(count):
        if photos and rng.random() < 0.2:
            chosen.append(rng.choice([p for p in photos if p not in chosen] or photos))
        else:
            chosen.append(rng.choice([a for a in articles if a not in chosen] or articles))
    return make_page2(chosen, rng)
