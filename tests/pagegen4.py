"""A fourth page generator: newspaper page text as a PDF-to-text extractor leaves it, from an
independent reading of real pages (written without reading qa/parse or the other generators).

What was read: the real page corpus/000_5bfbc44df4076cd8.txt (a 江西 provincial daily's 要闻
page) and what is expected of it (tests/data/seed_expected.json), and tests/pagescore.py.
What that page shows, and what is generalised here from how such pages usually look:

- Lines are hard-wrapped at the column width; Latin runs and digits count half a character
  and usually come out with a space on either side (``活动 40 余场``); a closing mark never
  starts a line, it hangs at the end of the line before (so a line may be one over width).
- Columns differ on one page: each page draws two or three widths (10–26 characters) and
  each article takes one of them; captions sit in a narrow column (8–13).
- Paragraph ends show only as a short last line, or, on some pages, as a first-line indent
  kept by the extractor (``　　`` or two spaces). Without an indent, an end whose last line
  is full cannot be seen: it goes in ``optional_breaks``.
- Spaces sprayed between characters: a justified line that had to be stretched comes out
  ``也 是 享 誉 全 球 的“ 中 国``; a few body lines per page, most lines of a narrow
  caption, and some headlines (letter-spaced display type).
- Headlines are extracted before their article or after it (the seed page has them
  after), chosen per article, so a page mixes the two; a headline wider than its frame (the
  column, or two columns for a spanning headline) wraps over two or three lines; a kicker
  (引题) is printed above the title and a subtitle (副题, often ``——…``) below it, in either
  placement the three stay in that order. A few articles print no headline at all (the seed's
  third article).
- Bylines, per article: at the end, ``（胡位涛 肖 俊）`` after the last sentence on its line
  or on a line of its own, ``（记者 张三）``, ``（本报记者 张三 通讯员 李四）``; at the start,
  on a line of their own, ``本报记者 张三 李四``, ``□ 本报记者 张 三``, ``■ 记者 张三 通讯员
  李四``, ``文/张三``, ``◎ 本报通讯员 李四``; or a dateline opening the first paragraph,
  ``本报讯（记者 张三 通讯员 李四）``, ``本报南昌5月7日电（记者 张三）``, ``新华社北京5月7日电
  （记者 张三 李四）``. Two-character names are often printed padded (``肖 俊``). The
  expected authors are the names only, in order (titles 记者/通讯员 dropped); a dateline
  gives the authors and stays in the first paragraph, as the project documents it (README:
  the dateline stays in the text). This generator first expected the paragraph to start
  after it, its writer's own reading; changed after the one scoring run, the pages
  themselves unchanged (items carrying one are counted in ``style["datelines"]``).
- Editor's notes: ``编者按：…`` printed between the headline and the body; it is the
  article's first paragraph.
- Short items (简讯): a one-line headline over one paragraph, no byline; several in a row,
  sometimes under a ``简讯`` / ``■ 短讯`` label.
- Photo groups: one to three captions (``图①：``, ``▲``, ``图为``, or a dated sentence) in a
  narrow column, then the credit, ``方 曦摄`` alone on a line or after the last caption,
  ``本报记者 张三 摄``, ``张三/摄``, ``新华社记者 张三 摄``. Expected: one photo item, its
  captions as paragraphs, the photographer's name.
- Page furniture the extractor keeps: a header (``2024年5月8日 星期三 3 要闻``, sometimes
  split over two lines, sometimes with the paper's name), ``责任编辑：张三`` / ``美术编辑 李四``
  lines at the top or foot, the 简讯 label. pagescore has no notion of furniture: these
  lines belong to no item, so a parser that leaves them out counts them as unassigned. They
  are on about a third of the pages, listed in ``Page4.furniture`` so a report can subtract
  them or leave those pages out.
- Extraction: a blank line after every line (as in the seed) or single-spaced, per page.

The seams between items are kept readable the way a printed page keeps them: two
headline blocks never meet (an article whose headline follows it is never followed by one
whose headline precedes it), and two bodies meet only where a byline or dateline sits
between them. Text: real news where the repository has it (the seed page's articles and
captions, tests/data/known_articles.json, tests/data/pagegen2_news.json: headlines, kickers
and subtitles as printed there) and CMRC 2018 trial contexts restyled as news (headline,
kicker and subtitle cut from the passage's own clauses; paragraphs of one to three of its
sentences), half and half per article.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from pagegen import Known

DATA = Path(__file__).parent / "data"
CMRC = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "cmrc2018" / "cmrc2018_trial.json"

_CLOSING = set("，。、；：？！”’）》」』〉】…%")
_OPENING = set("“‘（《「『〈【")
_PUNCT = _CLOSING | _OPENING | set("—·")
_ASCII = re.compile(r"[A-Za-z0-9.%+\-:/]+")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱严洪"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆鹏辉峰晨琳婷雪慧晶颖倩欣怡佳文博志翔坤林锋亮成立新波海云飞洁凤兰梅琴"
_PLACES = ["南昌", "九江", "赣州", "上饶", "吉安", "抚州", "宜春", "萍乡", "景德镇", "鹰潭", "新余", "北京", "上海", "广州"]
_SECTIONS = ["要闻", "综合", "经济", "社会", "地方新闻", "文化", "民生", "时事"]
_PAPERS = ["江西日报", "南昌晚报", "赣南日报", "九江日报", "信息日报"]
_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Source4:
    """Text to lay out: an article (headline parts and paragraphs) or a photo's captions."""

    kind: str
    title: str
    kicker: str
    subtitle: str
    paragraphs: tuple[str, ...]
    origin: str  # "news" or "cmrc"


@dataclass
class Page4:
    """A generated page: its text, the items it shows (pagescore's ``expected``), where
    paragraph ends cannot show, the furniture lines no item owns, and the page's choices."""

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    furniture: list[str] = field(default_factory=list)
    style: dict = field(default_factory=dict)


# ---------------------------------------------------------------- sources


def news_sources() -> list[Source4]:
    """The news in tests/data: the seed page's items, known_articles.json, pagegen2_news.json."""
    records = []
    for name in ("seed_expected.json", "known_articles.json", "pagegen2_news.json"):
        records += json.loads((DATA / name).read_text(encoding="utf-8"))
    out = []
    for r in records:
        paragraphs = tuple(_plain_text(p) for p in r["paragraphs"] if p.strip())
        if not paragraphs:
            continue
        if r["kind"] == "photo":
            out.append(Source4("photo", "", "", "", paragraphs, "news"))
        elif r["title"]:
            out.append(Source4("article", r["title"], r["kicker"], r["subtitle"], paragraphs, "news"))
    return out


def _plain_text(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _sentences(text: str) -> list[str]:
    parts = re.findall(r"[^。！？]+[。！？]+[”’」』）]*|[^。！？]+$", text)
    return [p for p in (s.strip() for s in parts) if p]


def _clauses(sentence: str) -> list[str]:
    parts = re.split(r"[，。！？；：、（）()“”‘’《》「」『』\s]+", sentence)
    return [c for c in (re.sub(r"^[是为](?=.{4})", "", p) for p in parts) if c]


def _headline_like(clause: str, low: int, high: int) -> bool:
    """Long enough in Chinese characters, not opening on a particle."""
    cjk = len(re.findall(r"[\u4e00-\u9fff]", clause))
    return low <= len(clause) <= high and cjk >= min(4, low) and clause[0] not in "的了着和与及或"


def _headings_from(text: str, title: str, rng: random.Random) -> tuple[str, str, str]:
    """A headline cut from the passage's own clauses: the first sentence's longest
    clause of fitting length (or the dataset's title and a clause), sometimes a kicker
    from the second sentence and a ——subtitle from a later one."""
    sentences = _sentences(text)
    first = [c for c in _clauses(sentences[0]) if _headline_like(c, 5, 20)] if sentences else []
    if first and rng.random() < 0.7:
        head = max(first[:3], key=len)
    else:
        clause = next((c for c in _clauses(text) if _headline_like(c, 4, 12) and c != title), "")
        head = f"{title}：{clause}" if clause and title else (title or clause or text[:12])
        if len(head) > 22:
            head = clause if clause and len(title) > 18 else title[:22]
    kicker = subtitle = ""
    later = [c for s in sentences[1:4] for c in _clauses(s) if _headline_like(c, 5, 14) and c not in head]
    if later and rng.random() < 0.3:
        kicker = later.pop(0)
    if later and rng.random() < 0.3:
        sub = later[-1]
        subtitle = ("——" + sub) if rng.random() < 0.6 else sub
    return kicker, head, subtitle


def cmrc_sources(path: Path = CMRC, limit: int = 256) -> list[Source4]:
    """CMRC 2018 contexts as news: headline parts from the passage's own words, paragraphs
    of one to three sentences (up to about 500 characters)."""
    from qa.evaluate import load_squad

    articles, _ = load_squad(path)
    rng = random.Random(2018)
    out = []
    for article in articles[:limit]:
        text = _plain_text("".join(article.paragraphs))
        sentences = _sentences(text)
        if len(sentences) < 2:
            continue
        kicker, title, subtitle = _headings_from(text, article.title, rng)
        paragraphs, kept = [], 0
        i = 0
        while i < len(sentences) and kept < 500:
            n = rng.choice((1, 2, 2, 3))
            para = "".join(sentences[i : i + n])
            paragraphs.append(para)
            kept += len(para)
            i += n
        out.append(Source4("article", title, kicker, subtitle, tuple(paragraphs), "cmrc"))
        # a captioned photo from a short sentence of the passage, now and then
        short = [s for s in sentences if 15 <= len(s) <= 60]
        if short and rng.random() < 0.15:
            caption = rng.choice(short)
            out.append(Source4("photo", "", "", "", (("图为" if rng.random() < 0.5 else "") + caption,), "cmrc"))
    return out


def default_pool() -> list[Source4]:
    """News from tests/data plus CMRC 2018 trial contexts (when the file is there)."""
    pool = news_sources()
    if CMRC.exists():
        pool += cmrc_sources(CMRC)
    return pool


# ---------------------------------------------------------------- setting lines


def _units(text: str) -> list[str]:
    """Characters, with each Latin/digit run one unit."""
    out, i = [], 0
    while i < len(text):
        m = _ASCII.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def _w(unit: str) -> float:
    return len(unit) * 0.5 if _ASCII.fullmatch(unit) else 1.0


def set_lines(text: str, width: int) -> list[tuple[list[str], bool]]:
    """Greedy setting at ``width``: each line's units and whether it is full (within one
    character of the width). Closing marks hang on the line before; an opening mark is
    never left at a line's end."""
    lines: list[list[str]] = []
    line: list[str] = []
    used = 0.0
    for unit in _units(text):
        w = _w(unit)
        if line and used + w > width:
            if unit in _CLOSING:  # hang it
                line.append(unit)
                used += w
                continue
            carry = []
            if line[-1] in _OPENING and len(line) > 1:
                carry = [line.pop()]
            lines.append(line)
            line = carry
            used = sum(_w(u) for u in line)
        line.append(unit)
        used += w
    if line:
        lines.append(line)
    return [(ln, sum(_w(u) for u in ln) >= width - 1) for ln in lines]


def _spaced(units: list[str], rng: random.Random) -> str:
    """A stretched line: a space between characters, marks often glued to a neighbour."""
    out = ""
    for i, unit in enumerate(units):
        if i and not (unit in _CLOSING and rng.random() < 0.7) and not (units[i - 1] in _OPENING and rng.random() < 0.5):
            out += " "
        out += unit
    return out


def render(units: list[str], style: dict, rng: random.Random, spaced: bool = False) -> str:
    if spaced:
        return _spaced(units, rng)
    out = ""
    for i, unit in enumerate(units):
        if _ASCII.fullmatch(unit) and style["ascii_gap"] and i and units[i - 1] not in _PUNCT:
            out += " "
        out += unit
        if _ASCII.fullmatch(unit) and style["ascii_gap"] and i + 1 < len(units) and units[i + 1] not in _PUNCT:
            out += " "
    return out


def _body_lines(paragraphs: list[str], width: int, style: dict, rng: random.Random):
    """Body lines, and offsets (in the joined text, no spaces) of ends that cannot show."""
    lines, optional, offset = [], set(), 0
    for n, para in enumerate(paragraphs):
        indent = style["indent"] if n or not style.get("first_flush") else ""
        set_ = set_lines(para, width - (1 if indent else 0))
        for k, (units, full) in enumerate(set_):
            stretched = full and rng.random() < style["stretch"]
            text = render(units, style, rng, spaced=stretched)
            lines.append((indent if k == 0 else "") + text)
        offset += len(_plain_text(para))
        if n + 1 < len(paragraphs) and not style["indent"] and set_[-1][1]:
            optional.add(offset)
    return lines, frozenset(optional)


# ---------------------------------------------------------------- names, bylines, headlines


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 1, 2, 2, 2))))


def _shown(name: str, pad: bool) -> str:
    return f"{name[0]} {name[1]}" if pad and len(name) == 2 else name


def _byline(place: str, rng: random.Random, names: list[str], pad: bool) -> tuple[str, str]:
    """(form, printed text) for a byline at ``place`` ("start", "end" or "dateline")."""
    a = [_shown(n, pad) for n in names]
    if place == "end":
        form = rng.choice(["plain", "plain", "reporter", "mixed"])
        if form == "plain" or len(a) == 1 and form == "mixed":
            return form, "（" + " ".join(a) + "）"
        if form == "reporter":
            return form, "（" + rng.choice(["记者", "本报记者"]) + " " + " ".join(a) + "）"
        return form, f"（记者 {a[0]} 通讯员 {' '.join(a[1:])}）"
    if place == "start":
        mark = rng.choice(["", "", "□ ", "■ ", "◎ ", "●"])
        form = rng.choice(["reporter", "reporter", "mixed", "wen"])
        if form == "wen":
            return form, "文/" + "、".join(names) if len(a) > 1 else "文/" + a[0]
        if form == "mixed" and len(a) > 1:
            return form, f"{mark}本报记者 {a[0]} 通讯员 {' '.join(a[1:])}"
        return form, mark + rng.choice(["本报记者 ", "记者 ", "本报通讯员 "]) + " ".join(a)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    form = rng.choice(["benbao", "benbao", "dated", "xinhua"])
    who = f"记者 {a[0]}" + (f" 通讯员 {' '.join(a[1:])}" if len(a) > 1 and rng.random() < 0.5 else (" " + " ".join(a[1:]) if len(a) > 1 else ""))
    if form == "benbao":
        return form, f"本报讯（{who}）"
    if form == "dated":
        return form, f"本报{rng.choice(_PLACES)}{month}月{day}日电（{who}）"
    return form, f"新华社{rng.choice(_PLACES)}{month}月{day}日电（{who}）"


def _wrap_heading(text: str, frame: int) -> list[str]:
    """A headline over as many lines as its frame needs, broken at a space when one is near."""
    if len(text) <= frame:
        return [text]
    out = []
    while len(text) > frame:
        cut = text.rfind(" ", 0, frame + 1)
        if cut < frame // 2:
            cut = frame
            while cut < len(text) and text[cut] in _CLOSING:
                cut += 1
        out.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        out.append(text)
    return out


def _heading_lines(src: Source4, frame: int, rng: random.Random, letter_spaced: bool) -> list[str]:
    lines = []
    if src.kicker:
        lines += _wrap_heading(src.kicker, frame + 4)
    title = _wrap_heading(src.title, frame)
    if letter_spaced and len(src.title) <= 10:
        title = [" ".join(t.replace(" ", "")) for t in title]
    lines += title
    if src.subtitle:
        lines += _wrap_heading(src.subtitle, frame + 4)
    return lines


# ---------------------------------------------------------------- items


def page_style(rng: random.Random) -> dict:
    widths = rng.sample(range(10, 27), rng.choice((1, 2, 2, 3)))
    return {
        "widths": widths,
        "double": rng.random() < 0.55,
        "indent": rng.choice(["", "", "", "　　", "  "]),
        "first_flush": rng.random() < 0.3,
        "ascii_gap": rng.random() < 0.75,
        "stretch": rng.choice((0.0, 0.01, 0.03, 0.06)),
        "lean": rng.choice(["before", "after", "mixed", "mixed"]),
        "furniture": rng.random() < 0.35,
        "pad_names": rng.random() < 0.6,
        "datelines": 0,
    }


def _photo(src: Source4, style: dict, rng: random.Random):
    width = rng.randint(8, 13)
    spaced = rng.random() < 0.5
    captions = list(src.paragraphs)[: rng.randint(1, 3)]
    names = [_name(rng)]
    pad = style["pad_names"]
    form = rng.choice(["bare", "bare", "reporter", "slash", "xinhua", "paren"])
    credit = {
        "bare": f"{_shown(names[0], pad)}摄",
        "reporter": f"本报记者 {_shown(names[0], pad)} 摄",
        "slash": f"{names[0]}/摄",
        "xinhua": f"新华社记者 {names[0]} 摄",
        "paren": f"（{_shown(names[0], pad)} 摄）",
    }[form]
    lines, optional, offset = [], set(), 0
    lead = " " if rng.random() < 0.4 else ""
    for n, caption in enumerate(captions):
        set_ = set_lines(caption, width)
        for k, (units, full) in enumerate(set_):
            text = render(units, style, rng, spaced=spaced and full)
            lines.append((lead if k == 0 else "") + text)
        offset += len(_plain_text(caption))
        if n + 1 < len(captions) and set_[-1][1] and not lead:
            optional.add(offset)
    if form in ("bare", "paren") and rng.random() < 0.3 and len(lines[-1]) + len(credit) < width * 2:
        lines[-1] += " " + credit
    else:
        lines.append(credit)
    known = Known("photo", "", "", "", (), names[0], tuple(captions))
    return lines, known, frozenset(optional)


def _editors_note(src: Source4, rng: random.Random) -> str:
    topic = re.sub(r"[：:].*", "", src.title)[:14]
    return "编者按：" + rng.choice([
        f"{topic}，牵动着许多人的心。本报记者深入一线采访，记录下其中的点滴变化，敬请关注。",
        f"围绕{topic}，本版今起推出系列报道，展现各地的探索与实践。",
        f"{topic}背后有怎样的故事？我们邀请读者一同走近。",
    ])


def _article(src: Source4, style: dict, rng: random.Random, placement: str, seam_needs_mark: bool):
    """Lines, expected item, optional ends, and whether the article ends with a mark
    (an end byline) that separates it from a following body."""
    width = rng.choice(style["widths"])
    frame = width if rng.random() < 0.7 else min(2 * width + 1, 34)
    names = [_name(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    pad = style["pad_names"]
    paragraphs = list(src.paragraphs)
    # where the byline goes; a body that meets another body needs one at its start
    choices = ["end", "end", "start", "dateline", "none"]
    if seam_needs_mark:
        choices = ["start", "dateline"]
    elif placement == "none":  # an article printed without a headline still says who wrote it
        choices = ["start", "dateline", "end"]
    where = rng.choice(choices)
    authors: tuple[str, ...] = () if where == "none" else tuple(names)
    note = placement == "before" and where != "dateline" and rng.random() < 0.07
    if note:  # the note sits under the headline, above the story and its byline
        paragraphs = [_editors_note(src, rng), *paragraphs]
        if where == "start":
            where = "end"
    byline_line = ""
    if where == "dateline":
        style["datelines"] += 1
        _form, printed = _byline(where, rng, names, pad)
        paragraphs = [printed + paragraphs[0], *paragraphs[1:]]
        body, optional = _body_lines(paragraphs, width, style, rng)
    else:
        if where != "none":
            _form, byline_line = _byline(where, rng, names, pad)
        body, optional = _body_lines(paragraphs, width, style, rng)
    if where == "start":
        body = [byline_line, *body]
    elif where == "end":
        last = body[-1]
        if len(_plain_text(last)) + len(_plain_text(byline_line)) <= width + 6 and rng.random() < 0.6:
            body[-1] = last + " " + byline_line
        else:
            body.append((" " * rng.randint(0, 8)) + byline_line)
    heading = _heading_lines(src, frame, rng, rng.random() < 0.15) if placement != "none" else []
    lines = heading + body if placement == "before" else body + heading
    title, kicker, subtitle = (src.title, src.kicker, src.subtitle) if placement != "none" else ("", "", "")
    known = Known("article", title, kicker, subtitle, authors, "", tuple(paragraphs))
    return lines, known, optional, where == "end"


def _short(src: Source4, style: dict, rng: random.Random):
    width = rng.choice(style["widths"])
    para = src.paragraphs[0]
    head = src.title
    lines = _wrap_heading(("■" if rng.random() < 0.3 else "") + head, width + 4)
    body, _ = _body_lines([para], width, style, rng)
    known = Known("article", head, "", "", (), "", (para,))
    return lines + body, known, frozenset()


# ---------------------------------------------------------------- the page


def _furniture(rng: random.Random) -> tuple[list[str], list[str]]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"2024年{month}月{day}日"
    weekday = "星期" + rng.choice(_WEEKDAYS)
    page = rng.randint(1, 12)
    section = rng.choice(_SECTIONS)
    top = rng.choice([
        [f"{date} {weekday} {page} {section}"],
        [f"{page} {section}", f"{date} {weekday}"],
        [f"{section} {date} 星期{_WEEKDAYS[rng.randint(0, 6)]}", f"{rng.choice(_PAPERS)} {page}"],
        [f"{rng.choice(_PAPERS)} {date} 第{page}版 {section}"],
    ])
    editor = f"责任编辑：{_name(rng)}" if rng.random() < 0.6 else f"责任编辑 {_shown(_name(rng), True)}"
    extra = rng.choice(["", f" 美术编辑：{_name(rng)}", f" 校对：{_name(rng)}"])
    foot = [editor + extra]
    if rng.random() < 0.5:
        return top + foot, []
    return top, foot


def make_page4(pool: list[Source4], rng: random.Random) -> Page4:
    style = page_style(rng)
    articles = [s for s in pool if s.kind == "article"]
    news = [s for s in articles if s.origin == "news"] or articles
    cmrc = [s for s in articles if s.origin == "cmrc"] or articles
    photos = [s for s in pool if s.kind == "photo"]
    count = rng.randint(1, 6)
    kinds = []
    for _ in range(count):
        r = rng.random()
        kinds.append("photo" if r < 0.15 and photos else "short" if r < 0.27 else "article")
    if all(k == "photo" for k in kinds) and count > 1:
        kinds[0] = "article"
    used: set[int] = set()

    def pick(group):
        for _ in range(20):
            src = rng.choice(group)
            if id(src) not in used:
                break
        used.add(id(src))
        return src

    lines: list[str] = []
    expected: list[Known] = []
    optional: list[frozenset[int]] = []
    prev_after = False  # the previous item's headline came after it
    prev_open = False  # the previous item ended in body text with no mark after it
    shorts_open = False
    furniture: list[str] = []
    top, foot = _furniture(rng) if style["furniture"] else ([], [])
    lines += top
    furniture += top
    style["placements"] = []
    for kind in kinds:
        if kind == "photo":
            src = pick(photos)
            item_lines, known, opt = _photo(src, style, rng)
            prev_after, prev_open = False, False
            placement = "photo"
        elif kind == "short" and not prev_after:
            src = pick(news if rng.random() < 0.5 else cmrc)
            src = Source4("article", src.title, "", "", (min(src.paragraphs, key=len),), src.origin)
            if not shorts_open and style["furniture"] and rng.random() < 0.5:
                label = rng.choice(["简讯", "■ 短讯", "本报简讯", "新闻速览"])
                lines.append(label)
                furniture.append(label)
            shorts_open = True
            item_lines, known, opt = _short(src, style, rng)
            prev_after, prev_open = False, True
            placement = "short"
        else:
            shorts_open = False
            src = pick(news if rng.random() < 0.5 else cmrc)
            lean = style["lean"]
            if prev_after:
                choices = ["after"] * 6 + ["none"]
            elif lean == "before":
                choices = ["before"] * 9 + ["none"]
            elif lean == "after":
                choices = ["after"] * 9 + ["none"]
            else:
                choices = ["before"] * 5 + ["after"] * 4 + ["none"]
            placement = rng.choice(choices)
            if not expected and placement == "none":
                placement = "after"
            seam = prev_open and placement in ("after", "none")
            item_lines, known, opt, marked = _article(src, style, rng, placement, seam)
            prev_after = placement == "after"
            prev_open = placement in ("before", "none") and not marked
        style["placements"].append(placement)
        lines += item_lines
        expected.append(known)
        optional.append(opt)
    lines += foot
    furniture += foot
    text = ("\n\n" if style["double"] else "\n").join(lines) + "\n"
    return Page4(text, expected, optional, furniture, style)


def random_page4(pool: list[Source4], seed: int) -> Page4:
    """The page for ``seed`` (the same seed, the same page)."""
    return make_page4(pool, random.Random(seed))
