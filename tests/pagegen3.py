"""A third page generator, from yet another reading of real Chinese newspaper pages, held
out: the parser was never tuned on it (benchmarks/parse.py reports it as such).

Written before its pages were parsed, from how a daily's e-paper PDF (a 人民日报 or a
provincial daily) is typeset and how a text extractor hands it over. The choices, each the
page's or the item's, made without regard to what the parser reads:

- A page grid. Body text is set in columns of one base width (10–14 em) that most
  articles share; a lead article or a box is set wider or narrower (变栏). So two items
  next to each other often have the same column width.
- Typesetting. Every line but a paragraph's last is justified to the full column: a line
  one character short (a closing mark pushed down with the character before it, an
  opening mark that may not end a line, a number that may not break) is stretched, and on
  some pages the extractor shows the stretch as spaces between its characters (when the
  gap passes its threshold). Marks are full width, and on such pages a closing mark next
  to another mark is squeezed to ½ em and a closing mark at a line's end may be squeezed
  to fit (挤进) where the page allows it; other pages set all marks ½ em. ——, …… are
  2 em whatever the page. Digits are ½ em, Latin letters proportional.
- Extraction. A text block per column: an article that runs over several columns is cut
  into blocks wherever its column ends, mid-paragraph or mid-sentence. Pages are extracted
  single-spaced, with a blank line between blocks, or with a blank line after every line.
  A paragraph's indent is lost, or kept as two spaces.
- Headlines span the article's columns in a larger type, so a long title wraps wherever
  the frame ends (mid-word); an 引题 (kicker) over the title and a 副题 (subtitle) under it,
  the subtitle with or without ——; a title may hold a space between two phrases, a mark,
  end with ！ or ？. The extractor gives the headline block before the body, or after it
  when the headline sits lower on the page than the body's first column (a page leans one
  way or mixes).
- Bylines as dailies print them: under the headline `本报记者  张三  李四`, `□本报记者 王五`,
  `记者 张三 通讯员 李四`, `文/图 张三`; a dateline `本报北京1月5日电 （记者张三、李四）`,
  `本报讯（通讯员 王五）`, `新华社北京1月5日电（记者张三）`, `本报南昌讯`; at the end
  `（张三）`, `（记者 张三、李四）`, `（本报记者 张三 通讯员 李四）`; or none. Names of two to four
  characters, two-character ones padded on some pages.
- Long articles carry 小标题 between their paragraphs on some pages (`■ 产业升级`,
  `一、…`): paragraphs of the article. An article may open with an editor's note `【编者按】…`.
- Photos: single, or a group of two or three numbered captions (`图①：…`) with one credit
  (`本报记者 张三摄`, `新华社记者 张三 摄`, `（张三 摄）`), set at the photo's width.

Article text: DRCD passages (Traditional Chinese Wikipedia) converted to simplified with
OpenCC, quotes as mainland papers set them; headlines made of clauses of the passage.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from pagegen import Known

_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_UNIT = re.compile(r"[A-Za-z0-9.%+\-/:]+|——|……|.", re.S)
CLOSING = set("，。、；：？！”’）》】」")
OPENING = set("“‘（《【「")
MARKS = CLOSING | OPENING | set("·")
SENTENCE_END = re.compile(r"[。！？…][”’）」]*$")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
COMPOUND = ("欧阳", "司马", "上官", "诸葛")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰萍红鹏辉建国志宏海波宁晨欣怡浩宇轩涵俊琼斌曦嘉卿勋凯雪梅春燕峰云飞亮鑫颖婷佳琪"
CITIES = ("北京", "上海", "南昌", "广州", "杭州", "成都", "武汉", "西安", "长沙", "合肥")
SUBHEAD_MARKS = ("■", "◆", "▲")
NUMERALS = "一二三四五六七八九"
NOTES = (
    "【编者按】历史是最好的教科书。本报今起推出“读史”专栏，带读者走近那些值得记住的人和事。",
    "【编者按】知识的边界在哪里？本期我们请专家带大家一起梳理来龙去脉，欢迎读者来信交流。",
)


@dataclass(frozen=True)
class Source3:
    """A passage to lay out: its entry's name and its sentences in paragraphs."""

    name: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Page3:
    """A generated page: its text, the items it shows, where paragraph ends cannot show,
    and the page's choices (``style``) for reports."""

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    style: dict


def drcd_sources(path: Path, limit: int = 400) -> list[Source3]:
    """Passages of DRCD (a SQuAD-style file) in simplified Chinese, cut into paragraphs of
    one to four sentences.

    Returns:
        up to ``limit`` sources of at least three sentences.
    """
    import opencc

    convert = opencc.OpenCC("t2s").convert
    data = json.loads(path.read_text(encoding="utf-8-sig"))["data"]
    rng = random.Random(3)
    out: list[Source3] = []
    for entry in data:
        for paragraph in entry["paragraphs"]:
            text = convert(paragraph["context"]).replace("\n", "")
            text = text.translate(str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", " ": ""}))
            sentences = re.findall(r"[^。！？]+[。！？]+[”’）]*", text)
            if len(sentences) < 3 or re.search(r"[A-Za-z]{9}", text):  # news holds few long Latin runs
                continue
            groups: list[str] = []
            while sentences:
                take = rng.randint(1, 4)
                groups.append("".join(sentences[:take]))
                sentences = sentences[take:]
            out.append(Source3(convert(entry["title"]), tuple(groups)))
            if len(out) >= limit:
                return out
    return out


# --- widths and setting -----------------------------------------------------------------


def _latin(run: str) -> float:
    width = 0.0
    for char in run:
        if char in "il1.,:'|!jIft":
            width += 0.3
        elif char in "mwMW%":
            width += 0.85
        elif char.isupper():
            width += 0.65
        else:
            width += 0.5
    return width


def _unit_width(unit: str, punct: float) -> float:
    if _IDEOGRAPH.match(unit):
        return 1.0
    if unit in ("——", "……"):
        return 2.0
    if unit in MARKS:
        return punct
    if unit.isascii():
        return _latin(unit)
    return 1.0  # ℃, ①, ■ and other symbols


def _widths(units: list[str], punct: float) -> list[float]:
    """Each unit's width; on a page of full-width marks, a closing mark before another
    mark and an opening mark after one are squeezed to ½ em."""
    out = [_unit_width(unit, punct) for unit in units]
    if punct == 1.0:
        for i in range(len(units) - 1):
            if units[i] in CLOSING and units[i + 1] in MARKS:
                out[i] = 0.5
            if units[i + 1] in OPENING and units[i] in MARKS:
                out[i + 1] = 0.5
    return out


@dataclass
class _Set:
    units: list[str]
    width: float  # the characters' width before justification
    first: bool
    last: bool


def set_paragraph(paragraph: str, width: int, style: dict) -> list[_Set]:
    """Set one paragraph in a column ``width`` em wide, its first line indented 2 em."""
    units = _UNIT.findall(paragraph)
    sizes = _widths(units, style["punct"])
    lines: list[_Set] = []
    start, used, room = 0, 0.0, width - 2.0
    i = 0
    while i < len(units):
        size = sizes[i]
        if used + size <= room + 1e-9 or i == start:
            used += size
            i += 1
            continue
        # The line is full at unit i.
        if units[i] in CLOSING:
            if style["squeeze_end"] and style["punct"] == 1.0 and used + 0.5 <= room + 1e-9:
                i += 1  # squeezed to ½ em at the line's end (挤进)
                used += 0.5
            elif i - start > 1:  # pushed down with the character before it (推出)
                i -= 1
                used -= sizes[i]
        while i - start > 1 and units[i - 1] in OPENING:  # no line ends with an opening mark
            i -= 1
            used -= sizes[i]
        lines.append(_Set(units[start:i], used, not lines, False))
        start, used, room = i, 0.0, float(width)
    if start < len(units):
        lines.append(_Set(units[start:], used, not lines, True))
    else:
        lines[-1].last = True
    return lines


def render(line: _Set, width: int, style: dict) -> str:
    """A set line as the extractor gives it."""
    slack = width - (2.0 if line.first else 0.0) - line.width
    glyphs = [u for u in line.units if u != " "]
    if not line.last and style["spray"] and len(glyphs) > 1 and slack / (len(glyphs) - 1) >= style["spray"]:
        return " ".join(glyphs)
    out = ""
    for unit in line.units:
        if unit.isascii() and unit.strip() and style["ascii_spaces"] and len(unit) > 0:
            out += " " + unit + " "
        else:
            out += unit
    out = re.sub(" +", " ", out).strip()
    if line.first and style["indent"]:
        out = style["indent"] + out
    return out


# --- names, bylines, credits ----------------------------------------------------------------


def _name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND) if rng.random() < 0.04 else rng.choice(SURNAMES)
    return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))


def _shown(name: str, pad: bool) -> str:
    return " ".join(name) if pad and len(name) == 2 else name


def _byline(form: str, names: list[str], pad: bool, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """The byline as printed in ``form`` and the names a reader should get from it."""
    shown = [_shown(n, pad) for n in names]
    city, month, day = rng.choice(CITIES), rng.randint(1, 12), rng.randint(1, 28)
    spaced = "  ".join(shown)
    listed = "、".join(names)
    people = tuple(names)
    if form == "head_own":
        return f"本报记者  {spaced}", people
    if form == "head_box":
        return f"□本报记者 {' '.join(shown)}", people
    if form == "head_roles":
        tail = f" 通讯员 {' '.join(shown[1:])}" if len(shown) > 1 else ""
        return f"记者 {shown[0]}{tail}", people
    if form == "head_wen":
        return f"文/图 {' '.join(shown)}", people
    if form == "date_city":
        return f"本报{city}{month}月{day}日电  （记者{listed}）", people
    if form == "date_bao":
        return f"本报讯（通讯员 {' '.join(shown)}）", people
    if form == "date_xinhua":
        return f"新华社{city}{month}月{day}日电（记者{listed}）", people
    if form == "date_bare":
        return f"本报{city}讯  ", ()
    if form == "end_plain":
        return f"（{' '.join(shown)}）", people
    if form == "end_listed":
        return f"（记者 {listed}）", people
    if form == "end_roles":
        tail = f" 通讯员 {' '.join(shown[1:])}" if len(shown) > 1 else ""
        return f"（本报记者 {shown[0]}{tail}）", people
    return "", ()


HEAD_FORMS = ("head_own", "head_box", "head_roles", "head_wen")
DATE_FORMS = ("date_city", "date_bao", "date_xinhua", "date_bare")
END_FORMS = ("end_plain", "end_listed", "end_roles")


def _credit(names: list[str], pad: bool, rng: random.Random) -> str:
    shown = " ".join(_shown(n, pad) for n in names)
    form = rng.choice(("own", "own", "xinhua", "bracket", "bare"))
    return {
        "own": f"本报记者 {shown}摄",
        "xinhua": f"新华社记者 {shown} 摄",
        "bracket": f"（{shown} 摄）",
        "bare": f"{shown}摄",
    }[form]


# --- headlines ------------------------------------------------------------------------------


def _clauses(source: Source3) -> list[str]:
    text = "".join(source.paragraphs)
    return [c for c in re.split(r"[，。、；：？！（）“”《》‘’]", text) if 4 <= len(c) <= 14 and not re.search(r"[A-Za-z0-9]", c)]


def _headings(source: Source3, rng: random.Random) -> tuple[str, str, str]:
    """(kicker, title, subtitle) made of the passage's own clauses."""
    clauses = _clauses(source) or [source.name]
    rng.shuffle(clauses)
    title = clauses[0]
    roll = rng.random()
    if roll < 0.25 and len(source.name) <= 8:
        title = f"{source.name}：{title}"
    elif roll < 0.4 and len(clauses) > 1 and len(clauses[0]) + len(clauses[1]) <= 18:
        title = f"{clauses[0]} {clauses[1]}"
        clauses = clauses[1:]
    elif roll < 0.5:
        title += rng.choice("！？")
    kicker = clauses[1] if len(clauses) > 1 and rng.random() < 0.3 else ""
    subtitle = ""
    if len(clauses) > 2 and rng.random() < 0.3:
        subtitle = ("——" if rng.random() < 0.5 else "") + clauses[2]
    return kicker, title, subtitle


def _title_lines(title: str, frame: int) -> list[str]:
    """A title in a frame of ``frame`` characters of its type: wrapped where it ends, no
    closing mark opening the second line."""
    if len(title) <= frame:
        return [title]
    cut = min(frame, len(title) - 3)  # an editor leaves no stub of a line or two
    while cut > 2 and (title[cut] in CLOSING or title[cut - 1] in OPENING):
        cut -= 1
    return [title[:cut].strip(), title[cut:].strip()]


# --- the page -------------------------------------------------------------------------------


def page_style(rng: random.Random) -> dict:
    """The choices a page makes once for all its items."""
    return {
        "grid": rng.randint(10, 14),
        "punct": rng.choice((1.0, 1.0, 0.5)),
        "squeeze_end": rng.random() < 0.5,
        "spray": rng.choice((0.0, 0.08, 0.15)),
        "ascii_spaces": rng.random() < 0.3,
        "indent": rng.choice(("", "", "", "", "  ", "\u3000\u3000")),
        "spacing": rng.choice(("single", "blocks", "blocks", "double")),
        "lean": rng.choice(("before", "before", "before", "after", "mixed")),
        "bylines": rng.choice(("head", "dateline", "end", "mixed", "mixed")),
        "pad": rng.random() < 0.4,
        "subheads": rng.random() < 0.2,
        "column_lines": rng.randint(12, 40),
    }


def _placement(lean: str, rng: random.Random) -> str:
    if lean == "mixed":
        return rng.choice(("before", "before", "after"))
    return lean


def _form(style: dict, placement: str, rng: random.Random) -> str:
    family = style["bylines"] if style["bylines"] != "mixed" else rng.choice(("head", "dateline", "end"))
    if rng.random() < 0.1:
        return "none"
    if family == "head" and placement != "before":
        family = "end"
    return rng.choice({"head": HEAD_FORMS, "dateline": DATE_FORMS, "end": END_FORMS}[family])


def _width(style: dict, rng: random.Random) -> int:
    grid = style["grid"]
    if rng.random() < 0.6:
        return grid
    return max(9, min(26, grid + rng.choice((-2, 2, 3, 4, 6, 8, grid))))


def _columns(lines: list[str], style: dict) -> list[list[str]]:
    """Body lines cut into blocks where the column ends."""
    size = style["column_lines"]
    return [lines[i : i + size] for i in range(0, len(lines), size)]


def _optional(laid: list[tuple[_Set, str]], width: int, style: dict) -> frozenset[int]:
    """Offsets into the joined clean paragraphs where the page does not show whether a
    paragraph ends: a sentence ending at a line's end inside a paragraph before a line
    short enough to open one; a paragraph's full last line before a one-line paragraph;
    an opening as wide as a full line (a mark hung or squeezed in). Pages that keep
    indents show every end."""
    loose: set[int] = set()
    offset = 0
    for index, (line, text) in enumerate(laid[:-1]):
        offset += len(re.sub(r"\s+", "", "".join(line.units)))
        following = laid[index + 1][0]
        if style["indent"] or not SENTENCE_END.search(text.strip()):
            continue
        follow_width = following.width + (2.0 if following.first else 0.0)
        if not line.last and follow_width <= width - 1:
            loose.add(offset)
        if line.last and line.width >= width - 1.5 and following.last and following.width <= width - 1:
            loose.add(offset)
        if line.last and following.first and not following.last and following.width > width - 2.75:
            loose.add(offset)
        if line.last and following.first and following.last and following.width >= width - 3.5:
            loose.add(offset)
    return frozenset(loose)


def _body(paragraphs: list[str], width: int, style: dict) -> tuple[list[str], frozenset[int]]:
    laid = [(line, render(line, width, style)) for p in paragraphs for line in set_paragraph(p, width, style)]
    return [text for _, text in laid], _optional(laid, width, style)


def _with_subheads(paragraphs: list[str], source: Source3, rng: random.Random) -> list[str]:
    """小标题 between the paragraphs of a long article: a mark or a numeral, then a clause."""
    clauses = _clauses(source)
    if len(paragraphs) < 4 or len(clauses) < 3:
        return paragraphs
    numbered = rng.random() < 0.5
    mark = rng.choice(SUBHEAD_MARKS)
    out, count = [], 0
    for index, paragraph in enumerate(paragraphs):
        if index and index % 2 == 0 and index + 1 < len(paragraphs) and count < 8:
            clause = clauses[-1 - count]
            out.append(f"{NUMERALS[count]}、{clause}" if numbered else f"{mark}{clause}")
            count += 1
        out.append(paragraph)
    return out


def _article(source: Source3, style: dict, rng: random.Random, width: int, headed: bool):
    placement = _placement(style["lean"], rng) if headed else "none"
    form = _form(style, placement, rng)
    names = [_name(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    mark, authors = _byline(form, names, style["pad"], rng)
    paragraphs = list(source.paragraphs)[: rng.randint(1, 8)]
    if style["subheads"]:
        paragraphs = _with_subheads(paragraphs, source, rng)
    if rng.random() < 0.06:
        paragraphs.insert(0, rng.choice(NOTES))
    if form in DATE_FORMS:
        paragraphs[0] = mark + paragraphs[0]
    body, loose = _body(paragraphs, width, style)
    if form in END_FORMS:
        if rng.random() < 0.5 and len(body[-1]) + len(mark) < width:
            body[-1] += rng.choice(("", " ")) + mark
        else:
            body.append(mark)
    kicker, title, subtitle = _headings(source, rng) if placement != "none" else ("", "", "")
    blocks: list[list[str]] = []
    if placement != "none":
        span = max(1, min(3, -(-len(body) // style["column_lines"])))
        frame = max(6, int(width * span / rng.choice((1.5, 2.0, 2.5))))
        heads = ([kicker] if kicker else []) + _title_lines(title, frame) + ([subtitle] if subtitle else [])
        if style["ascii_spaces"]:
            heads = [re.sub(r"(?<=[^\x00-\x7f])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[^\x00-\x7f])", " ", h) for h in heads]
        if form in HEAD_FORMS:
            heads.append(mark)
        if placement == "before":
            blocks.append(heads)
    blocks.extend(_columns(body, style))
    if placement == "after":
        blocks.append(heads)
    cleaned = tuple(re.sub(r"\s+", "", p) for p in paragraphs)
    shown_end = form in END_FORMS or placement == "after"
    return blocks, Known("article", title, kicker, subtitle, authors, "", cleaned), loose, shown_end


def _photo(captions: list[str], style: dict, rng: random.Random):
    width = rng.choice((style["grid"], style["grid"] * 2, rng.randint(8, 20)))
    names = [_name(rng) for _ in range(rng.choice((1, 1, 1, 2)))]
    credit = _credit(names, style["pad"], rng)
    if len(captions) > 1:
        captions = [f"图{'①②③'[i]}：{c}" for i, c in enumerate(captions)]
    elif rng.random() < 0.5:
        captions = ["图为" + captions[0]]
    lines, loose = _body(captions, width, style)
    if rng.random() < 0.4 and not credit.startswith("（"):
        lines[-1] += rng.choice(("  ", " ", "")) + credit
    else:
        lines.append(credit)
    known = Known("photo", "", "", "", (), " ".join(names), tuple(re.sub(r"\s+", "", c) for c in captions))
    return [lines], known, loose, True


def make_page3(sources: list[Source3], rng: random.Random) -> Page3:
    """Lay two to eight items out as one page (see the module docstring).

    Returns:
        the page and what a parser should recover from it.
    """
    style = page_style(rng)
    blocks: list[list[str]] = []
    expected: list[Known] = []
    optional: list[frozenset[int]] = []
    signed_before = True  # the page's start, or an item whose end shows (a byline, a credit, a headline after it)
    previous_width = 0
    for source in sources:
        if rng.random() < 0.15:
            sentences = re.findall(r"[^。！？]+[。！？]+[”’）]*", "".join(source.paragraphs))
            captions = [s for s in sentences if len(s) <= 60][: rng.choice((1, 1, 2, 3))] or sentences[:1]
            item_blocks, known, loose, signed_before = _photo(captions, style, rng)
        else:
            width = _width(style, rng)
            # An article goes without a headline only where the page shows where it starts.
            headed = rng.random() > 0.06 or not (signed_before or abs(width - previous_width) >= 4)
            item_blocks, known, loose, signed_before = _article(source, style, rng, width, headed)
            previous_width = width
        blocks.extend(item_blocks)
        expected.append(known)
        optional.append(loose)
    out: list[str] = []
    for index, block in enumerate(blocks):
        for position, line in enumerate(block):
            if out and (style["spacing"] == "double" or style["spacing"] == "blocks" and position == 0 and index):
                out.append("")
            out.append(line + (" " if rng.random() < 0.03 else ""))
    return Page3("\n".join(out) + "\n", expected, optional, style)


def random_page3(pool: list[Source3], seed: int) -> Page3:
    """The page of ``seed``: two to eight distinct passages of ``pool``."""
    rng = random.Random(seed)
    return make_page3(rng.sample(pool, rng.randint(2, 8)), rng)
