"""A fifth page generator: newspaper pages as a PDF text extractor flattens them, from a
reading of real dailies independent of the parser and of generators 1-4.

Read before writing it: tests/pagescore.py (what a page must provide and how paragraph
ends are named), the ``Known`` record of tests/pagegen.py, the seed page
(../shared/seed/000_5bfbc44df4076cd8.txt) with tests/data/seed_expected.json, and the
README's conventions. Not read: qa/parse/, the other generators, tests/parse/.

What it models, from how 人民日报, 经济日报, 光明日报, provincial and city dailies and
新华社 wire copy set their pages, and how a text extractor gives them back:

- columns hard-wrapped at a width in em (ASCII half an em) that differs per page and, on
  harder pages, per article; line-breaking rules: a closing mark never opens a line (it
  is squeezed into the line before, or that line's last character is pushed down, so the
  line ends early), an opening mark never ends one, a number is never split; a line so
  shortened is sometimes letter-spaced by the extractor, as justified lines are;
- a blank line after every line (as in the seed) or none; paragraphs flush (their ends
  seen only from short last lines) or indented with full-width or ASCII spaces; spaces
  sprayed around ASCII runs (``活动 40 余场``);
- headline stacks: 引题 (kicker) / 主题 (title, wrapped at its frame when long) / 副题
  (subtitle, often opening with ——), sometimes letter-spaced or indented by a space;
  printed before the article, after it (the extractor draws headlines last, as on the
  seed), or not at all (a headline set as an image);
- bylines: a line under the headline (本报记者 张三 李四, 本报记者 张三 通讯员 李四,
  新华社记者 张三, 文/张三, □ 张三; two-character names padded to three with a space),
  datelines opening the first paragraph (本报讯（记者 张三）, 本报南昌5月7日讯, 本报北京
  5月7日电 （记者 张三 李四）, 新华社北京5月7日电（记者 张三、李四）), which stay in the
  paragraph's text, and end bylines in parentheses (（胡位涛 肖 俊）, （本报记者 张三）,
  （记者 张三 通讯员 李四）) on the last line or a line of their own; authors are the
  printed names without 记者/通讯员;
- commentary (评论员文章 signed 本报评论员 under the headline: an institutional signature
  that names nobody, so no authors; 短评 and 时评 signed with a name at the end), with a
  column label (今日谈, 人民时评, 短评...) above it as page furniture;
- boxes after an article (记者手记, 相关链接, 延伸阅读): the label is the box's kicker
  when it has a small headline of its own, its title when it has none;
- numbered paragraphs (一是……, （一）, 1.) and 小标题 lines inside a body (paragraphs of
  their own, marks and all, as printed);
- 简讯 columns: a section label (furniture) over short items, each led by its title on a
  line of its own (■ 标题) or inline in brackets (【标题】正文); the marks are not part of
  the title;
- photos: captions (in a narrow column, often letter-spaced; groups with ①②) with their
  credit (方 曦摄, 本报记者 张三摄, 新华社记者 张三 摄, （张三 摄）) at the end of the caption
  or on a line of its own; the photographer is the name;
- jump lines (（下转第2版）, （上接第1版）) and page furniture: a header band (paper, date,
  page, section), 责任编辑 / 本版责编 lines, an e-mail footer; all listed in ``furniture``
  and part of no item.

About a third of pages are simple (one column width, headlines before their articles,
one byline habit, no furniture, boxes, 简讯 or jumps); the rest draw each hard feature
with its own probability. Text comes from tests/data (known articles, real news and
captions) and, when ../shared is at hand, DRCD paragraphs (converted to simplified
Chinese with opencc) and CMRC 2018 paragraphs set as articles under their entry titles.

The truth is what is printed: every character of every item appears on the page in
order, spaces aside. A paragraph end the page cannot show (a flush page whose paragraph
ends on a line within an em of the full width, which a pushed-down line also looks like)
is listed in ``optional_breaks`` as the offset, in the item's text without spaces, that
tests/pagescore.py counts neither way.
"""

from __future__ import annotations

import datetime
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from pagegen import Known

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

CLOSING = set("，。、；：？！）》”’」』】〉…—·%")
OPENING = set("（《“‘「『【〈")
SENTENCE_END = "。！？"
FULL_SPACE = "\u3000"

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文辉力宇鹏飞俊峰波琳雪梅晨阳海燕红丹玲"
    "斌浩凯亮婷颖璐倩蕾嘉欣雨萱思远志宏振兴慧佳晓东南北春秋冬晶莉萍云博瑞鑫琦昊然航天翔龙"
)
PLACES = ("南昌", "北京", "上海", "广州", "杭州", "武汉", "成都", "长沙", "赣州", "九江", "西安", "郑州")
PAPERS = ("人民日报", "经济日报", "光明日报", "江西日报", "南昌晚报", "赣南日报", "湖南日报", "浙江日报")
SECTIONS = ("要闻", "综合新闻", "经济", "社会", "地方新闻", "民生", "评论", "文化", "国内新闻")
WEEKDAYS = "一二三四五六日"
CN_NUMBERS = "一二三四五六七八九十"
CIRCLED = "①②③④"
COMMENT_LABELS = ("今日谈", "人民时评", "短评", "评论员文章", "观察者", "民生观察", "热点评析")
BRIEF_LABELS = ("简讯", "新闻速览", "本地快讯", "要闻简报", "图说新闻", "县区传真")
BOX_LABELS = ("记者手记", "相关链接", "延伸阅读", "记者观察", "背景")


@dataclass(frozen=True)
class Story:
    """Text to set as one article: headline parts, paragraphs, and a place for datelines."""

    title: str
    kicker: str
    subtitle: str
    paragraphs: tuple[str, ...]
    place: str
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pool5:
    """The generator's text: stories (news first, then encyclopaedia text) and captions."""

    stories: tuple[Story, ...]
    news: tuple[Story, ...]
    captions: tuple[str, ...]


@dataclass
class Page5:
    """One generated page: its text, the items it shows, and the choices that made it."""

    text: str
    expected: list[Known]
    optional_breaks: list[set[int]]
    furniture: list[str] = field(default_factory=list)
    style: dict = field(default_factory=dict)


# ---------------------------------------------------------------- text sources


def _shared() -> Path | None:
    """../shared beside this checkout, or beside a folder holding it (a git worktree)."""
    for parent in ROOT.parents:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared"
    return None


_ASCII_PUNCT = str.maketrans({"(": "（", ")": "）", "「": "“", "」": "”", "『": "‘", "』": "’", ",": "，",
                              ";": "；", "?": "？", "!": "！", ":": "："})


def _newsify(text: str) -> str:
    """Encyclopaedia text with the marks a Chinese daily prints (full-width brackets and
    punctuation, “” quotes); ASCII kept inside numbers (1,000 and 3.5 stay)."""
    text = re.sub(r"(?<=\d),(?=\d)", "\x00", re.sub(r"\s+", " ", text)).translate(_ASCII_PUNCT).replace("\x00", ",")
    return re.sub(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])", "", text)


def _sentences(text: str) -> list[str]:
    """Sentences of ``text``, losing nothing: a cut after 。！？ and the quotes closing
    with them, unless a mark follows (“……！”，他说 goes on)."""
    parts, start = [], 0
    for match in re.finditer(r"[。！？]+[”’）」]*", text):
        if match.end() < len(text) and text[match.end()] in CLOSING:
            continue
        parts.append(text[start : match.end()])
        start = match.end()
    return [*parts, text[start:]] if start < len(text) else parts


def _paragraphs_of(text: str, rng: random.Random) -> list[str]:
    """Cut a long context into newspaper paragraphs of roughly 60-220 characters."""
    paragraphs, current = [], ""
    for sentence in _sentences(text):
        current += sentence
        if len(current) >= rng.randint(60, 220):
            paragraphs.append(current)
            current = ""
    if current:
        if paragraphs and len(current) < 25:
            paragraphs[-1] += current
        else:
            paragraphs.append(current)
    return paragraphs


def _squad_stories(path: Path, convert, rng: random.Random) -> list[Story]:
    data = json.loads(path.read_text("utf-8-sig"))["data"]
    stories = []
    for entry in data:
        title = _newsify(convert(entry.get("title", "")).replace("_", ""))[:24]
        for paragraph in entry.get("paragraphs", []):
            text = _newsify(convert(paragraph.get("context", "")))
            text = text.lstrip("".join(CLOSING))  # a context cut after a sentence's start
            if len(text) < 80 or not title:
                continue
            if not text.endswith(tuple(SENTENCE_END + "”）")):
                text = "".join(_sentences(text)[:-1]) or text
            stories.append(Story(title, "", "", tuple(_paragraphs_of(text, rng)), rng.choice(PLACES)))
    return stories


def default_pool() -> Pool5:
    """Known articles and real news (tests/data), their captions, and DRCD (simplified with
    opencc) and CMRC paragraphs when ../shared is found.

    Returns:
        the pool; its order is fixed, so a seed makes the same page every time.
    """
    rng = random.Random(5)
    news: list[Story] = []
    captions: list[str] = []
    for name in ("known_articles.json", "pagegen2_news.json"):
        for entry in json.loads((DATA / name).read_text("utf-8")):
            if entry["kind"] == "photo":
                captions.extend(entry["paragraphs"])
                continue
            news.append(Story(
                entry["title"], entry.get("kicker", ""), entry.get("subtitle", ""), tuple(entry["paragraphs"]),
                entry.get("place") or rng.choice(PLACES), tuple(entry.get("authors") or ()),
            ))
    stories = list(news)
    shared = _shared()
    if shared is not None:
        drcd = shared / "eval" / "drcd" / "DRCD_test.json"
        cmrc = shared / "eval" / "cmrc2018" / "cmrc2018_trial.json"
        if drcd.exists():
            import opencc

            stories += _squad_stories(drcd, opencc.OpenCC("t2s").convert, rng)
        if cmrc.exists():
            stories += _squad_stories(cmrc, lambda text: text, rng)
    return Pool5(tuple(stories), tuple(news), tuple(captions))


# ---------------------------------------------------------------- names and lines


def _name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.35 else 2))
    return surname + given


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _name(rng)
        if name not in names:
            names.append(name)
    return names


def _show(name: str, pad: bool) -> str:
    """A name as a byline prints it: two characters padded to three with a space."""
    return f"{name[0]} {name[1]}" if pad and len(name) == 2 else name


def _latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff"


def _em(char: str) -> float:
    return 0.5 if _latin(char) else 1.0


def _plain_len(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def _width(text: str) -> float:
    return sum(_em(char) for char in text if not char.isspace())


def _is_ascii_word(char: str) -> bool:
    """A character of a Latin word or a number (not split across lines)."""
    return _latin(char) and (char.isalnum() or char in ".%+-/:")


def _spray_ascii(line: str, rng: random.Random) -> str:
    """Spaces around ASCII runs, as extractors print a Latin font's run inside CJK text
    (活动 40 余场, 达 96.3%以上): mostly before the run, less often after it."""

    def spaced(match: re.Match) -> str:
        run, start, end = match.group(0), match.start(), match.end()
        before = line[start - 1] if start else ""
        after = line[end] if end < len(line) else ""
        if before and not _latin(before) and before not in OPENING and rng.random() < 0.9:
            run = " " + run
        if after and not _latin(after) and after not in CLOSING and run[-1].isalnum() and rng.random() < 0.75:
            run += " "
        return run

    return re.sub(r"[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff][0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff.%+:/-]*", spaced, line)


def _letter_space(line: str) -> str:
    """A justified line's stretch, as the extractor shows it: a space between characters,
    none after a closing mark or before an opening one (as on the seed page)."""
    out = []
    for index, char in enumerate(line):
        out.append(char)
        after = line[index + 1] if index + 1 < len(line) else ""
        if after and char not in CLOSING and after not in OPENING and not (_latin(char) and _latin(after)):
            out.append(" ")
    return "".join(out)


def _broken(text: str, cut: int, words: bool) -> bool:
    """Whether cutting ``text`` before ``cut`` breaks a rule: a closing mark opening the
    next line, an opening mark ending this one, …… or —— split, or (``words``) a Latin
    word or number split."""
    return (text[cut] in CLOSING or text[cut - 1] in OPENING or text[cut - 1 : cut + 1] in ("……", "——")
            or (words and _is_ascii_word(text[cut]) and _is_ascii_word(text[cut - 1])))


@dataclass
class Wrapped:
    """A paragraph's lines, which of them were shortened, and the last line's width."""

    lines: list[str]
    shortened: list[bool]
    last_width: float


def wrap(text: str, width: float, rng: random.Random, hang: float, first_indent: float = 0.0) -> Wrapped:
    """Break ``text`` into lines of ``width`` em under the rules a Chinese typesetter keeps.

    Args:
        text: the paragraph (no spaces).
        width: the column's width in em.
        rng: the page's random source.
        hang: the probability that a closing mark due to open a line is squeezed into the
            line before instead of pushing that line's last character down.
        first_indent: em taken by the first line's indent.

    Returns:
        the lines, whether each was left short by a rule, the width of the last one.
    """
    lines, shortened = [], []
    start, n = 0, len(text)
    while start < n:
        room = width - (first_indent if not lines else 0.0)
        end, used = start, 0.0
        while end < n and used + _em(text[end]) <= room + 1e-9:
            used += _em(text[end])
            end += 1
        short = False
        if end < n and text[end] in CLOSING and rng.random() < hang and (end + 1 >= n or text[end + 1] not in CLOSING):
            end += 1
        for words in (True, False):  # a word longer than the room is cut rather than a mark left
            cut = end
            while start + 1 < cut < n and _broken(text, cut, words):
                cut -= 1
            if cut < n and not _broken(text, cut, words) or not words:
                short = short or cut < end
                end = cut
                break
        lines.append(text[start:end])
        shortened.append(short)
        start = end
    last = _width(lines[-1]) + (first_indent if len(lines) == 1 else 0.0)
    return Wrapped(lines, shortened, last)


def _display_lines(text: str, frame: float, rng: random.Random) -> list[str]:
    """A headline part set in its frame: one line, or wrapped at a space or mark nearest the
    middle when it is wider than the frame (then at the frame)."""
    if _width(text) <= frame:
        return [text]
    cuts = [i + 1 for i, char in enumerate(text[:-1]) if char in " ，、：；！？" and 2 <= i + 1 <= len(text) - 2]
    cuts = [cut for cut in cuts if _width(text[:cut]) <= frame and _width(text[cut:]) <= frame]
    if cuts:
        cut = min(cuts, key=lambda c: abs(c - len(text) / 2))
        return [text[:cut].strip(), text[cut:].strip()]
    return [line.strip() for line in wrap(text, frame, rng, 1.0).lines if line.strip()]


# ---------------------------------------------------------------- the page


class _Builder:
    """Collects the page's lines, items, optional breaks and furniture in reading order."""

    def __init__(self, rng: random.Random, style: dict) -> None:
        self.rng = rng
        self.style = style
        self.lines: list[str] = []
        self.expected: list[Known] = []
        self.optional: list[set[int]] = []
        self.furniture: list[str] = []
        # whether the last item's end can be seen (an end byline, a headline after it, a
        # credit): only then may an article without a headline follow it
        self.closed = True
        self.last_placement = "before"

    def furnish(self, line: str) -> None:
        self.furniture.append(line)
        self.lines.append(line)

    def display(self, text: str, frame: float) -> None:
        """Headline lines: sometimes letter-spaced (short ones) or opened with a space."""
        for line in _display_lines(text, frame, self.rng):
            if self.style["display_spacing"] and len(line) <= 9 and self.rng.random() < 0.35:
                line = (FULL_SPACE if self.rng.random() < 0.3 else " ").join(line.replace(" ", ""))
            if self.rng.random() < self.style["display_lead_space"]:
                line = " " + line
            self.lines.append(line)

    def body(self, paragraphs: list[str], width: float, tail: str = "") -> set[int]:
        """Set paragraphs in a column; ``tail`` (an end byline) follows the last line after
        a space. Returns the offsets of the paragraph ends the page cannot show."""
        style, rng = self.style, self.rng
        hidden: set[int] = set()
        offset = 0
        indent = style["indent"]
        indent_em = 0.0 if indent == "none" else 2.0
        for number, paragraph in enumerate(paragraphs):
            wrapped = wrap(paragraph, width, rng, style["hang"], indent_em)
            offset += _plain_len(paragraph)
            if number < len(paragraphs) - 1 and indent == "none" and wrapped.last_width >= width - 1.0:
                hidden.add(offset)
            for index, (line, short) in enumerate(zip(wrapped.lines, wrapped.shortened, strict=True)):
                if short and rng.random() < style["letter_space"]:
                    line = _letter_space(line)
                elif rng.random() < style["spray_ascii"]:
                    line = _spray_ascii(line, rng)
                if index == 0 and indent == "full":
                    line = FULL_SPACE * 2 + line
                elif index == 0 and indent == "ascii":
                    line = "  " + line
                self.lines.append(line)
        if tail and wrapped.last_width + 0.5 + _width(tail) <= width + 1.0:
            self.lines[-1] += " " + tail
        elif tail:  # no room left on the last line: the byline takes a line of its own
            self.lines.append(tail)
        return hidden

    def add(self, item: Known, hidden: set[int]) -> None:
        self.expected.append(item)
        self.optional.append(hidden)


def _byline_line(rng: random.Random, names: list[str], pad: bool, wire: bool) -> tuple[str, list[str]]:
    """A byline under the headline and the authors it names."""
    shown = [_show(name, pad) for name in names]
    if wire:
        return "新华社记者 " + " ".join(shown), names
    form = rng.random()
    if len(names) >= 2 and form < 0.3:
        return f"本报记者 {shown[0]} 通讯员 {' '.join(shown[1:])}", names
    if form < 0.75:
        mark = rng.choice(("", "", "■", "□ ", "◎"))
        return f"{mark}本报记者 {' '.join(shown)}", names
    if form < 0.87:
        return f"文/{'、'.join(names)}", names
    if form < 0.94:
        return f"本报通讯员 {' '.join(shown)}", names
    return "□ " + " ".join(shown), names


def _dateline(rng: random.Random, names: list[str], place: str, wire: bool, month: int, day: int) -> str:
    """The opening of a first paragraph: where and when the story was filed, and by whom."""
    inside = ""
    if names:
        sep = "、" if wire or rng.random() < 0.25 else " "
        if not wire and len(names) >= 2 and rng.random() < 0.35:
            inside = f"（记者 {names[0]} 通讯员 {sep.join(names[1:])}）"
        else:
            inside = f"（记者 {sep.join(names)}）"
    if wire:
        return f"新华社{place}{month}月{day}日电{inside}"
    form = rng.random()
    if form < 0.45:
        return f"本报讯{inside}"
    if form < 0.7:
        return f"本报{place}{month}月{day}日讯{inside}"
    return f"本报{place}{month}月{day}日电{' ' if inside and rng.random() < 0.5 else ''}{inside}"


def _end_byline(rng: random.Random, names: list[str], pad: bool) -> str:
    shown = [_show(name, pad) for name in names]
    form = rng.random()
    if form < 0.6:
        return f"（{' '.join(shown)}）"
    if form < 0.8 or len(names) < 2:
        return f"（本报记者 {' '.join(shown)}）"
    return f"（记者 {shown[0]} 通讯员 {' '.join(shown[1:])}）"


def _numbered(rng: random.Random, paragraphs: list[str]) -> list[str]:
    """Mark a run of middle paragraphs 一是/二是, （一）, 1., or put 小标题 before them."""
    if len(paragraphs) < 3:
        return paragraphs
    first = rng.randint(1, len(paragraphs) - 2)
    run = rng.randint(2, min(4, len(paragraphs) - first))
    kind = rng.choice(("是", "paren", "digit", "subhead"))
    out = paragraphs[:first]
    for number, paragraph in enumerate(paragraphs[first : first + run]):
        if kind == "是":
            out.append(f"{CN_NUMBERS[number]}是{paragraph}")
        elif kind == "paren":
            out.append(f"（{CN_NUMBERS[number]}）{paragraph}")
        elif kind == "digit":
            out.append(f"{number + 1}.{paragraph}")
        else:
            clause = re.split(r"[，。；：！？]", paragraph)[0]
            head = clause if 4 <= len(clause) <= 14 else paragraph[: rng.randint(5, 10)]
            out.append(rng.choice(("", "■", "◆", f"{CN_NUMBERS[number]}、")) + head)
            out.append(paragraph)
    return out + paragraphs[first + run :]


def _cut(paragraphs: list[str], rng: random.Random) -> list[str]:
    """The part of an article printed before its jump line: whole paragraphs, the last one
    cut at a sentence end."""
    keep = paragraphs[: rng.randint(1, max(1, len(paragraphs) - 1))]
    sentences = _sentences(keep[-1])
    if len(sentences) > 1:
        keep[-1] = "".join(sentences[: rng.randint(1, len(sentences) - 1)])
    return keep


def _article(page: _Builder, story: Story, kind: str, width: float) -> None:
    """Set one article (kind: news, wire, comment, jump_out, jump_in) with its headline,
    byline and body, and record what it shows."""
    rng, style = page.rng, page.style
    paragraphs = list(story.paragraphs)
    kicker, title, subtitle = story.kicker, story.title, story.subtitle
    if style["simple"] or rng.random() < 0.5:
        kicker = kicker if rng.random() < 0.8 else ""
        subtitle = subtitle if rng.random() < 0.8 else ""
    if subtitle and not subtitle.startswith("——") and rng.random() < 0.4:
        subtitle = "——" + subtitle
    if kind in ("comment", "jump_in"):
        kicker, subtitle = "", ""
    if kind == "comment":
        paragraphs = paragraphs[: rng.randint(2, 4)]
    if not style["simple"] and rng.random() < style["numbered"]:
        paragraphs = _numbered(rng, paragraphs)
    if kind == "jump_out":
        paragraphs = _cut(paragraphs, rng)
    if kind == "jump_in" and len(paragraphs) > 1:
        paragraphs = paragraphs[rng.randint(1, len(paragraphs) - 1) :]
    placement = "before"
    if not style["simple"] and kind != "comment":
        placement = _placement(page, kind)
    pad = rng.random() < style["pad_names"]
    count = rng.choice((1, 1, 2, 2, 3))
    names = list(story.authors) if story.authors and rng.random() < 0.5 else _names(rng, count)
    byline = style["byline"] if style["simple"] else rng.choice(style["bylines"])
    if kind == "wire":
        byline = rng.choice(("line", "dateline", "dateline"))
    if kind == "comment":
        byline = rng.choice(("staff", "sign", "sign"))
    if kind == "jump_out":
        byline = rng.choice(("line", "dateline", "none"))
    if kind == "jump_in":
        byline = rng.choice(("end", "none"))
    if placement != "before" and byline == "line":  # a byline line stands under its headline
        byline = "dateline" if kind in ("wire", "jump_out") else "end"
    place = story.place or rng.choice(PLACES)
    month, day = style["date"]
    head_lines: list[str] = []
    tail, sign_line, authors = "", "", []
    if byline == "line":
        line, authors = _byline_line(rng, names, pad, kind == "wire")
        head_lines.append(line)
        if kind == "wire":
            paragraphs[0] = f"新华社{place}{month}月{day}日电　" + paragraphs[0]
        elif rng.random() < 0.25:
            paragraphs[0] = f"本报{place}{month}月{day}日讯　" + paragraphs[0]
    elif byline == "dateline":
        authors = names if rng.random() < 0.85 else []
        paragraphs[0] = _dateline(rng, authors, place, kind == "wire", month, day) + paragraphs[0]
    elif byline == "end":
        authors = names
        tail = _end_byline(rng, names, pad)
    elif byline == "staff":
        head_lines.append("本报评论员")
    elif byline == "sign":
        authors = names[:1]
        sign_line = rng.choice(("", "□", "■")) + _show(names[0], True)
    if kind == "comment" and (page.last_placement == "after" or rng.random() < 0.7):
        page.furnish(rng.choice(COMMENT_LABELS))
    frame = width * rng.choice((1, 1, 2, 2, 3)) if not style["simple"] else width * 2
    frame = max(frame, 8.0)

    def headline() -> None:
        if kicker:
            page.display(kicker, frame)
        page.display(title, frame)
        if subtitle:
            page.display(subtitle, frame)

    if placement == "before":
        headline()
    page.lines.extend(head_lines)
    if kind == "jump_in":
        page.furnish(rng.choice(("（上接第1版）", "（上接第一版）", "上接第1版")))
    own_line = tail and rng.random() < 0.4
    hidden = page.body(paragraphs, width, "" if own_line else tail)
    if own_line:
        page.lines.append((" " * rng.randint(4, 20) if rng.random() < 0.5 else "") + tail)
    if sign_line:
        page.lines.append(sign_line)
    if kind == "jump_out":
        page.furnish(rng.choice(("（下转第2版）", "（下转第二版）", "下转第4版", "（转第3版）")))
    if placement == "after":
        headline()
    shown = placement != "none"
    page.add(Known("article", title if shown else "", kicker if shown else "", subtitle if shown else "",
                   tuple(authors), "", tuple(paragraphs)), hidden)
    page.last_placement = placement
    page.closed = bool(tail or sign_line) or placement == "after" or kind == "jump_out"


def _placement(page: _Builder, kind: str) -> str:
    """Where an article's headline goes on this page: before it, after it (drawn last), or
    nowhere (an image). Fair to a reader: never a headline before an article right after
    one printed after its own (two stacks in a row belong to nobody in particular), and a
    headline after or missing only when the item before ends visibly (an end byline, its
    own headline after it, a credit), else two bodies would run into each other."""
    rng, mode = page.rng, page.style["headlines"]
    if kind == "jump_in":  # its repeated title stands over the 上接 line
        choice = "after" if page.last_placement == "after" else "before"
    elif mode in ("before", "after"):
        choice = mode
    else:
        choice = rng.choice(("before", "before", "after", "none"))
    if choice == "before" and page.last_placement == "after":
        choice = rng.choice(("after", "none"))
    if choice != "before" and not page.closed:
        choice = "before"
    return choice


def _box(page: _Builder, story: Story, width: float) -> None:
    """A box set after an article: a label, perhaps a small headline, a short body."""
    rng = page.rng
    label = rng.choice(BOX_LABELS)
    small = story.title if rng.random() < 0.6 else ""
    paragraphs = list(story.paragraphs[: rng.randint(1, 3)])
    page.display(label, width)
    if small:
        page.display(small, width * 2)
    authors: list[str] = []
    tail = ""
    if label == "记者手记" and rng.random() < 0.6:
        authors = _names(rng, 1)
        tail = f"（{authors[0]}）"
    hidden = page.body(paragraphs, width, tail)
    page.add(Known("article", small or label, label if small else "", "", tuple(authors), "", tuple(paragraphs)),
             hidden)
    page.last_placement, page.closed = "before", bool(tail)


def _briefs(page: _Builder, stories: list[Story], width: float) -> None:
    """A 简讯 column: its label, then short items each led by a title."""
    rng = page.rng
    page.furnish(rng.choice(BRIEF_LABELS))
    inline = rng.random() < 0.5
    for story in stories:
        text = "".join(_sentences(story.paragraphs[0])[: rng.randint(1, 3)])
        authors: list[str] = []
        if rng.random() < 0.4:
            text = "本报讯" + text
        tail = ""
        if rng.random() < 0.5:
            authors = _names(rng, rng.choice((1, 2)))
            tail = f"（{' '.join(_show(name, rng.random() < 0.5) for name in authors)}）"
        title = story.title
        if inline:
            page.body([f"【{title}】{text}"], width, tail)
        else:
            page.lines.append(rng.choice(("■", "■ ", "●", "◆")) + title)
            page.body([text], width, tail)
        page.add(Known("article", title, "", "", tuple(authors), "", (text,)), set())
        page.closed = bool(tail)
    page.last_placement = "before"


def _photo(page: _Builder, captions: list[str], width: float) -> None:
    """A photo's captions and credit."""
    rng, style = page.rng, page.style
    if len(captions) > 1:
        captions = [f"图{CIRCLED[i]}：{caption.lstrip('图①②③：▲ ')}" for i, caption in enumerate(captions)]
    photographer = _name(rng)
    shown = _show(photographer, rng.random() < 0.6)
    credit = rng.choice((f"{shown}摄", f"{shown} 摄", f"本报记者 {shown}摄", f"新华社记者 {shown} 摄",
                         f"本报通讯员 {shown} 摄", f"（{shown} 摄）"))
    narrow = max(6.0, width * rng.uniform(0.5, 1.0)) if not style["simple"] else width
    start = len(page.lines)
    offset, hidden = 0, set()
    for number, caption in enumerate(captions):
        wrapped = wrap(caption, narrow, rng, style["hang"])
        offset += _plain_len(caption)
        if number < len(captions) - 1 and wrapped.last_width >= narrow - 1.0:
            hidden.add(offset)
        spaced = rng.random() < style["caption_spacing"]
        for line in wrapped.lines:
            page.lines.append(_letter_space(line) if spaced else line)
    if rng.random() < 0.5:
        page.lines[start] = " " + page.lines[start]
    if credit.startswith("（") or rng.random() < 0.35:
        page.lines[-1] += " " + credit
    else:
        page.lines.append(credit)
    page.add(Known("photo", "", "", "", (), photographer, tuple(captions)), hidden)
    page.last_placement, page.closed = "photo", True


def _header(page: _Builder) -> None:
    rng, style = page.rng, page.style
    month, day = style["date"]
    paper, section = rng.choice(PAPERS), rng.choice(SECTIONS)
    number = rng.randint(1, 16)
    date = f"{style['year']}年{month}月{day}日"
    weekday = "星期" + WEEKDAYS[datetime.date(style["year"], month, day).weekday()]
    form = rng.random()
    if form < 0.3:
        page.furnish(f"{number} {section} {date} {weekday}")
    elif form < 0.55:
        page.furnish(f"{date}　{weekday}")
        page.furnish(f"{paper}")
        page.furnish(f"第{number}版")
    elif form < 0.8:
        page.furnish(f"{paper} {date} {weekday} {section} {number}")
    else:
        page.furnish(f"{section}")
        page.furnish(f"{date} {weekday}")


def _editor_line(rng: random.Random) -> str:
    first, second, third = _names(rng, 3)
    return rng.choice((
        f"责任编辑：{first}　美术编辑：{second}",
        f"本版责编：{first} {second} {third}",
        f"责任编辑 {first}",
        f"本版编辑：{first}　校对：{second}",
    ))


def random_page5(pool: Pool5, seed: int) -> Page5:
    """A page laid out from ``pool`` with the choices ``seed`` makes (see the module doc).

    Returns:
        the page: text, expected items in reading order, optional breaks per item, the
        furniture lines, and the style (the page's choices).
    """
    rng = random.Random(seed)
    simple = rng.random() < 1 / 3
    hard = not simple
    base = rng.choice((rng.uniform(10, 14), rng.uniform(14, 20), rng.uniform(14, 20), rng.uniform(20, 30)))
    base = round(base * 2) / 2
    style: dict = {
        "simple": simple,
        "spacing": rng.choice(("double", "double", "single")),
        "indent": rng.choice(("none", "none", "full", "ascii")) if hard else rng.choice(("none", "full")),
        "width": base,
        "widths_vary": hard and rng.random() < 0.7,
        "hang": rng.choice((0.0, 0.5, 1.0)),
        "letter_space": rng.choice((0.0, 0.3, 0.8)) if hard else 0.0,
        "spray_ascii": rng.choice((0.0, 0.6, 1.0)),
        "caption_spacing": rng.choice((0.0, 0.5, 1.0)) if hard else 0.0,
        "display_spacing": hard and rng.random() < 0.5,
        "display_lead_space": rng.choice((0.0, 0.2)) if hard else 0.0,
        "pad_names": rng.choice((0.0, 0.5, 1.0)),
        "numbered": rng.choice((0.0, 0.3)) if hard else 0.0,
        "byline": rng.choice(("line", "dateline", "end")),
        "bylines": rng.sample(("line", "dateline", "end", "none"), rng.randint(1, 4)),
        "headlines": "before" if simple else rng.choice(("before", "before", "after", "mixed")),
        "header": hard and rng.random() < 0.5,
        "editor": hard and rng.random() < 0.4,
        "year": rng.randint(2019, 2024),
        "date": (rng.randint(1, 12), rng.randint(1, 28)),
        "kinds": [],
    }

    page = _Builder(rng, style)
    if style["header"]:
        _header(page)
    if style["editor"] and rng.random() < 0.5:
        page.furnish(_editor_line(rng))

    news_text = rng.random() < 0.5 or len(pool.stories) == len(pool.news)
    source = list(pool.news if news_text else pool.stories[len(pool.news):])
    rng.shuffle(source)
    plan: list[str] = []
    for _ in range(rng.randint(2, 6 if simple else 7)):
        roll = rng.random()
        if simple:
            plan.append("photo" if roll < 0.15 else "news")
        elif roll < 0.45:
            plan.append("news")
        elif roll < 0.55:
            plan.append("wire")
        elif roll < 0.63:
            plan.append("comment")
        elif roll < 0.71:
            plan.append("box")
        elif roll < 0.78:
            plan.append("briefs")
        elif roll < 0.92:
            plan.append("photo")
        else:
            plan.append(rng.choice(("jump_out", "jump_in")))
    if all(kind == "photo" for kind in plan):
        plan.append("news")
    if plan[0] == "box":
        plan[0] = "news"
    style["kinds"] = plan
    for kind in plan:
        width = base
        if style["widths_vary"]:
            width = round(rng.choice((base, base, base * rng.uniform(0.6, 1.6))) * 2) / 2
        width = max(width, 7.0)
        if kind == "photo":
            captions = rng.sample(pool.captions, rng.choice((1, 1, 1, 2)))
            _photo(page, captions, width)
            continue
        if kind == "briefs":
            _briefs(page, [source.pop() if source else rng.choice(pool.stories) for _ in range(rng.randint(2, 4))],
                    width)
            continue
        story = source.pop() if source else rng.choice(pool.stories)
        if kind == "box":
            _box(page, story, width)
            continue
        _article(page, story, kind, width)
    if style["editor"] and not any(line.startswith(("责任编辑", "本版")) for line in page.furniture):
        page.furnish(_editor_line(rng))
    if hard and rng.random() < 0.15:
        page.furnish(rng.choice(("电子信箱：news@example.cn", "新闻热线：0791-86849000")))
    joiner = "\n\n" if style["spacing"] == "double" else "\n"
    text = ("\n" if style["spacing"] == "double" else "") + joiner.join(page.lines) + "\n"
    return Page5(text, page.expected, page.optional, page.furniture, style)
