"""Generated e-paper pages of an eighth kind, read off dailies, evening papers and supplements.

How it reads a real page (the seed page, and what pdfminer, pdfplumber or Acrobat's "save as
text" make of a Chinese daily): each column comes out as lines hard-wrapped at its width, one
article after another; most pages have no blank lines (a few a blank after every line, as the
seed page; some blanks between blocks only). Articles on one page are set at different widths (8
to 30 em), and one may change width part-way, running round a photo. Indents come out as two
ideographic spaces, as ASCII spaces, or not at all (the first line just two em short); some
supplements set paragraphs flush. A line left short by an unbreakable Latin word, number or a
carried opening quote is justified, which some pages hand over as spaces sprayed between
characters (``截 至 目 前 ，铜 鼓``); captions centred in a narrow box may come out sprayed throughout.
Latin words and digits are set off by spaces on some pages, and some pages set digits full
width.

What it models: a daily's news page, an evening/metro paper's page and a theory/culture
supplement (``style``; features per item in ``style["items"]``), mixing news articles of 1 to 8
paragraphs, briefs under a section label (``【title】text`` or a title line), one-sentence news
behind ``●``, a commentary with its writer at the head, an interview of labelled questions and
answers, notices, photo captions and caption groups, and boxes (记者手记, 延伸阅读, 相关链接 ...); headline
stacks (kicker, title, subtitle with or without ``——``, two-part titles, titles wrapped at the
headline's own width, questions, exclamations, quotes), before the body or after the end byline,
kickers and labels marked ■ ● ◆ ▲ 【】 on some pages; bylines at the end in brackets, at the head
on their own line, in a dateline, source credits, or none.

The truth it holds (what ``pagescore.check_page`` compares):

- a dateline stays in the first paragraph, its names are the authors as well;
- names carry no roles and no padding spaces; ``文/张三 图/李四`` gives both names;
- source credits (（据新华社）, （完）, 据《人民日报》) are neither body nor authors;
- marks (■ ● ◆ ▲ □ 【】) round a kicker, a brief's title or a box label, or before a one-sentence
  item, are not text; quotes and 《》 in a title are;
- a box is always its own article, printed after the article it goes with; its label is its
  title, or its kicker when a headline of its own follows;
- an editor's note (编者按：...) is the first paragraph of the article it opens;
- a notice's organisation and date are its last two paragraphs, not authors;
- jump lines (（下转第2版）, 上接第1版) are furniture, as are headers, footers, editor lines and section
  labels (新闻速览, 今日谈 ...: a column's name over a commentary is a label, not a kicker);
- a caption group (图①… 图②…) is one photo item; ``新华社发`` credits 新华社;
- a paragraph end is optional where its last line is within one em of the column's width and the
  next paragraph's first line shows no indent.

What it leaves out or fakes: advertisements, weather boxes, tables, subheads, a box set inside
an article's text, captions falling between an article's paragraphs, columns read out of order.
A notice's body, an editor's note and a 记者手记 borrow real paragraphs of other news items, so they
read oddly; an interview's answers are the passage sentences holding the CMRC/DRCD answers;
where a title wraps is drawn at random (near an even share, after a comma if there is one, never
inside quotes), not chosen by sense.

What it was written without reading: the parser under ``qa/``, the other generators
(``pagegen2.py`` ... ``pagegen7.py``) and the parser's tests but the seventh generator's own; it
takes ``Known`` from ``pagegen.py`` and its truth conventions from ``data/seed_expected.json``
and ``pagescore.py``. Text comes from ``data/pagegen2_news.json``, ``data/known_articles.json``,
``data/seed_expected.json`` and the CMRC 2018 and DRCD passages (DRCD turned simplified with
OpenCC if installed, else left out); names, organisations, labels, credits and headlines over
encyclopedia passages are made up.
"""

from __future__ import annotations

import datetime
import functools
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from pagegen import Known

DATA = Path(__file__).parent / "data"
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

CLOSERS = "，。、；：？！”’）》】」』…,.;:!?)%"
OPENERS = "“‘（《【「『("
_CJK_PUNCT = set("，。、；：？！“”‘’（）《》【】「」『』…—·")
_UNIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-/:'&]*|……|——|\s+|.", re.S)
_SPACE = re.compile(r"\s+")
_SENTENCE = re.compile(r"[^。！？]+[。！？]+[”’」』）]*|[^。！？]+$")
_TIGHT = re.compile(r"\s+(?=[，。、；：？！”’）》」』])|(?<=[（《“‘「『])\s+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任卢姚钟姜崔谭陆汪范廖石金夏付方邹熊白孟秦邱侯江尹薛段雷龙黎陶贺毛顾龚邵万钱严覃戴莫孔汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建辉玲斌波宇浩凯鹏晨婷琳雪燕俊峰翔欣怡佳琪嘉晓红亮飞鑫蕾琼曦卿勋群志功富天松柏海云帆舟宁远航"
_PLACES = ("南昌", "九江", "赣州", "上饶", "吉安", "宜春", "抚州", "景德镇", "萍乡", "北京")
_PAPERS = ("江西日报", "南昌晚报", "江南都市报", "信息日报", "赣州晚报", "九江日报", "井冈山报")
_SECTIONS = {"daily": ("要闻", "综合", "时事", "经济"), "metro": ("民生", "城事", "社会", "都市"),
             "supplement": ("理论", "文化", "读书", "副刊")}
_MARKS = ("■", "● ", "◆", "▲", "【】")
_WIKI_TITLES = ("{t}", "“{t}”", "{t}是什么？", "你了解{t}吗？", "走近{t}", "{t}，原来如此！", "说说{t}", "《{t}》小识")
_WIKI_KICKERS = ("百科知识", "知识窗", "文化视点", "科普之窗", "听专家讲")
_WIKI_SUBTITLES = ("——关于{t}的几点知识", "——{t}小考", "{t}的来龙去脉", "——从{t}说起")
_BOXES = ("记者手记", "延伸阅读", "相关链接", "背景链接", "小贴士")
_NOTICES = ("公告", "启事", "声明", "通告", "征稿启事", "招聘启事", "停电通知")
_ORGS = ("{p}市自然资源局", "{p}市住房和城乡建设局", "国网{p}供电公司", "{p}市城市管理局", "{p}市人民政府办公室",
         "江西{p}实业有限公司", "{p}日报社")


@dataclass(frozen=True)
class Source:
    """A real text to set: its headline (if it came with one) and paragraphs."""

    title: str
    kicker: str
    subtitle: str
    paragraphs: tuple[str, ...]
    place: str = ""
    questions: tuple[tuple[str, str], ...] = ()  # (question, the passage's sentence holding the answer)
    wiki: bool = False


@dataclass(frozen=True)
class Pool:
    """The texts pages are made of: news articles, encyclopedia passages, photo captions."""

    news: tuple[Source, ...]
    wiki: tuple[Source, ...]
    captions: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Page8:
    """A generated page.

    Attributes:
        text: the page as the extractor hands it over.
        expected: the items a parser should recover, in page order.
        optional_breaks: per item, offsets into "".join(paragraphs) with spaces removed where
            the page cannot show whether a paragraph ends.
        furniture: the page's furniture lines (headers, footers, editor, jump and label lines),
            as printed, in page order.
        style: the page's choices; ``items`` lists per item the features used, ``lines`` per
            line of ``text.splitlines()`` its (owner item or -1, role, body text, heading text).
    """

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    furniture: list[str]
    style: dict = field(default_factory=dict)


def squeezed(text: str) -> str:
    """``text`` without whitespace (ideographic spaces too)."""
    return _SPACE.sub("", text)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _grouped(sentences: list[str], target: int = 110) -> tuple[str, ...]:
    """Sentences gathered into paragraphs of about ``target`` characters."""
    paragraphs = [""]
    for sentence in sentences:
        if len(paragraphs[-1]) >= target:
            paragraphs.append("")
        paragraphs[-1] += sentence
    if len(paragraphs) > 1 and len(paragraphs[-1]) < 30:
        paragraphs[-2] += paragraphs.pop()
    return tuple(p.strip() for p in paragraphs if p.strip())


def _wiki_sources(path: Path, convert=None) -> list[Source]:
    if not path.exists():
        return []
    sources = []
    for entry in json.loads(path.read_text(encoding="utf-8"))["data"]:
        title = _clean(entry.get("title", ""))
        for passage in entry["paragraphs"]:
            context = _TIGHT.sub("", _clean(passage["context"]))
            if not 150 <= len(context) <= 900 or len(_CJK.findall(context)) < len(context) * 0.6:
                continue
            if convert:
                context, title = convert(context), convert(title)
            sentences, starts, at = _sentences(context), [], 0
            for sentence in sentences:
                starts.append(at)
                at += len(sentence)
            questions, seen = [], set()
            for qa in passage.get("qas", []):
                answer = qa["answers"][0] if qa.get("answers") else None
                question = _clean(convert(qa["question"]) if convert else qa["question"])
                if not answer or not question.endswith(("？", "?")):
                    continue
                index = max((i for i, s in enumerate(starts) if s <= answer["answer_start"]), default=0)
                sentence = sentences[index].strip()
                text = convert(answer["text"]) if convert else answer["text"]
                if 10 <= len(sentence) <= 160 and sentence not in seen and text in sentence:
                    seen.add(sentence)
                    questions.append((question, sentence))
            if 2 <= len(title) <= 20:
                sources.append(Source(title, "", "", _grouped(sentences), "", tuple(questions), True))
    return sources


@functools.cache
def default_pool() -> Pool:
    """The real texts pages are made of (deterministic: files read in order).

    Returns:
        news articles (pagegen2's news, the known articles, the seed page), encyclopedia
        passages (CMRC 2018 trial, DRCD test in simplified characters when OpenCC is
        installed), and the photo captions of the news files.
    """
    records = json.loads((DATA / "pagegen2_news.json").read_text(encoding="utf-8"))
    records += json.loads((DATA / "known_articles.json").read_text(encoding="utf-8"))
    records += json.loads((DATA / "seed_expected.json").read_text(encoding="utf-8"))
    news, captions = [], []
    for r in records:
        paragraphs = tuple(_clean(p) for p in r["paragraphs"] if p.strip())
        if r["kind"] == "photo":
            captions.append(paragraphs)
        else:
            news.append(Source(_clean(r["title"]), _clean(r["kicker"]), _clean(r["subtitle"]), paragraphs,
                               r.get("place", "")))
    wiki = _wiki_sources(EVAL / "cmrc2018" / "cmrc2018_trial.json")
    try:
        import opencc

        wiki += _wiki_sources(EVAL / "drcd" / "DRCD_test.json", opencc.OpenCC("t2s").convert)[:400]
    except ImportError:  # DRCD is traditional Chinese: left out without a converter
        pass
    return Pool(tuple(news), tuple(wiki), tuple(captions))


def _unit_width(unit: str) -> float:
    if unit[0].isspace():
        return 0.5
    if unit in ("……", "——"):
        return 2.0
    return len(unit) / 2 if unit.isascii() else 1.0


def _units(text: str, squeeze: bool) -> list[tuple[str, float]]:
    """A text cut into the pieces a line may not split, with their widths in em: CJK
    punctuation following another is squeezed to half width on pages that squeeze."""
    out, after_mark = [], False
    for unit in _UNIT.findall(text):
        width, mark = _unit_width(unit), unit in _CJK_PUNCT
        if squeeze and mark and after_mark:
            width = 0.5
        after_mark = mark
        out.append((unit, width))
    return out


def _wrap(units: list[tuple[str, float]], room_at, cut: float) -> list[tuple[list[str], float, int]]:
    """Hard-wrap units: (units, em used, column width) per line. A closing mark may hang one
    em past the column, else it pulls the character before it down; an opening mark never
    ends a line."""
    lines: list[tuple[list[str], float, int]] = []
    line: list[tuple[str, float]] = []
    used = 0.0

    def room() -> float:
        return room_at(len(lines)) - (cut if not lines else 0)

    def close(line: list[tuple[str, float]]) -> None:
        lines.append(([u for u, _ in line], sum(w for u, w in line if not u.isspace()), room_at(len(lines))))

    for unit, width in units:
        if not line and unit[0].isspace():
            continue
        if line and used + width > room() + 1e-6:
            if unit[0].isspace():  # a word space at the break vanishes into it
                close(line)
                line, used = [], 0.0
                continue
            if unit[0] in CLOSERS and used + width <= room() + 1 + 1e-6:
                line.append((unit, width))
                used += width
                continue
            carry = []
            if unit[0] in CLOSERS:
                while line and line[-1][0].isspace():
                    line.pop()
                carry += [line.pop()] if line else []
                while line and carry and carry[0][0][0] in CLOSERS:
                    carry.insert(0, line.pop())
            while line and line[-1][0][0] in OPENERS:
                carry.insert(0, line.pop())
            if not line:  # a column too narrow to break here: the line runs over
                line = carry
            else:
                close(line)
                line = [c for c in carry if not c[0].isspace()]
            used = sum(w for _, w in line)
        line.append((unit, width))
        used += width
    close(line)
    return lines


def _render(units: list[str], sprayed: bool, latin: float, rng: random.Random) -> str:
    """A line's text: justification spaces sprayed between its characters, or Latin words
    and numbers set off by spaces as often as the page does."""
    while units and units[-1].isspace():
        units = units[:-1]
    while units and units[0].isspace():
        units = units[1:]
    if sprayed:
        units = [u for u in units if not u.isspace()]
        out = units[0] if units else ""
        for a, b in zip(units, units[1:], strict=False):
            out += ("" if a[-1] in CLOSERS or b[0] in OPENERS else " ") + b
        return out
    out = ""
    for index, unit in enumerate(units):
        if unit.isspace():
            out += " "
            continue
        latin_run = unit[0].isascii() and unit[0].isalnum()
        if latin_run and index and not units[index - 1].isascii() and rng.random() < latin:
            out += " "
        out += unit
        if latin_run and index + 1 < len(units) and not units[index + 1].isascii() and rng.random() < latin:
            out += " "
    return out


@dataclass
class _Draft:
    """One item before it is set: its truth and how it is to be printed."""

    kind: str
    paragraphs: list[str]
    features: list[str]
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    photographer: str = ""
    width: int = 14
    width2: int = 0  # the width from line ``change`` on (0: none)
    change: int = 0
    note_width: int = 0  # the width of an editor's note opening the article
    head_after: bool = False
    top: str = ""  # a byline on its own line at the head
    end: str = ""  # a byline, source credit or photo credit after the text
    end_inline: bool = False
    jump_before: str = ""
    jump_after: str = ""
    lead: str = ""  # a mark printed before the first body line
    title_inline: bool = False  # a brief's 【title】 opens its first line
    mark: str = ""  # the decoration of the first headline line, if any
    dateline: int = 0  # characters of the first paragraph a dateline takes
    first_indent: bool = True
    flush_from: int = 99  # paragraphs from here on are set right (a notice's organisation and date)
    spray_all: bool = False
    indent: str = ""  # overrides the page's indent


class _Builder:
    """Lays one page out line by line, keeping each line's owner and role."""

    def __init__(self, pool: Pool, seed: int):
        rng = self.rng = random.Random(seed)
        self.pool = pool
        kind = rng.choices(("daily", "metro", "supplement"), (0.45, 0.33, 0.22))[0]
        day = datetime.date(2022, 1, 1) + datetime.timedelta(days=rng.randrange(900))
        self.style: dict = {
            "kind": kind, "blank": rng.choices(("none", "every", "blocks"), (0.62, 0.18, 0.2))[0],
            "indent": rng.choices(("lost", "ideographic", "spaces", "flush"), (0.45, 0.25, 0.18, 0.12))[0],
            "digits": "full" if rng.random() < 0.15 else "half", "latin": rng.choice((0.0, 0.0, 0.5, 0.9)),
            "spray": rng.random() < 0.6, "squeeze": rng.random() < 0.5, "lead": rng.random() < 0.35,
            "marks": rng.random() < 0.4, "heads_after": rng.random() < 0.25, "pad": rng.random() < 0.4,
            "header": rng.choices(("top", "foot", "both", "none"), (0.5, 0.2, 0.2, 0.1))[0],
            "editors": rng.choices(("foot", "top", "none"), (0.5, 0.2, 0.3))[0], "date": day.isoformat(), "items": [],
        }
        self.day = day
        self.lines: list[tuple[str, int, str, str, str, int]] = []  # text, owner, role, body, head, block
        self.expected: list[Known] = []
        self.loose: list[frozenset[int]] = []
        self.block = 0
        self.names: set[str] = set()
        self.news = rng.sample(pool.news, len(pool.news))
        self.captions = rng.sample(pool.captions, len(pool.captions))
        self.wiki = rng.sample(pool.wiki, min(len(pool.wiki), 40)) if pool.wiki else []

    def take(self, wiki: bool = False, questions: int = 0, titled: bool = False) -> Source:
        stock = self.wiki if wiki and self.wiki else self.news
        for index, source in enumerate(stock):
            if len(source.questions) >= questions and (source.title or not titled):
                return stock.pop(index)
        return stock.pop() if stock else self.pool.news[0]

    def t(self, text: str) -> str:
        return text.translate(_FULL_DIGITS) if self.style["digits"] == "full" else text

    def name(self) -> str:
        while True:
            given = "".join(self.rng.sample(_GIVEN, self.rng.choice((1, 1, 2, 2, 2))))
            name = self.rng.choice(_SURNAMES) + given
            if name not in self.names:
                self.names.add(name)
                return name

    def pad(self, name: str) -> str:
        return " ".join(name) if self.style["pad"] and len(name) == 2 else name

    def emit(self, text: str, owner: int, role: str, body: str = "", head: str = "") -> None:
        self.lines.append((text, owner, role, body, head, self.block))

    def furniture(self, text: str) -> None:
        self.block += 1
        self.emit(self.t(text), -1, "furniture")

    def width(self, low: int, high: int) -> int:
        low, high = max(8, min(30, low)), max(8, min(30, high))
        return self.rng.randint(min(low, high), high)

    def byline(self, d: _Draft, weights: dict[str, float], place: str) -> None:
        """Give ``d`` a byline of a kind drawn from ``weights``: end, top, dateline, source, none."""
        rng = self.rng
        how = rng.choices(list(weights), list(weights.values()))[0]
        names = [self.name() for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        d.features.append(f"byline:{how}")
        if how == "end":
            d.end, d.authors = self.end_byline(names)
            d.end_inline = rng.random() < 0.55
            d.features.append("end-inline" if d.end_inline else "end-line")
        elif how == "top":
            d.top, d.authors = self.top_byline(names)
        elif how == "dateline":
            lead, d.authors = self.dateline(names, place)
            d.paragraphs[0] = lead + d.paragraphs[0]
            d.dateline = len(lead)
            if lead.startswith("新华社") and rng.random() < 0.4:
                d.end, d.end_inline = "（完）", rng.random() < 0.5
        elif how == "source":
            d.end = rng.choice(("（据新华社）", "（完）", "据《人民日报》", "（据中新网）", "（本报综合）"))
            d.end_inline = rng.random() < 0.4

    def end_byline(self, names: list[str]) -> tuple[str, tuple[str, ...]]:
        rng, r = self.rng, self.rng.random()
        if r < 0.45:
            return "（" + " ".join(self.pad(n) for n in names) + "）", tuple(names)
        if r < 0.65 or len(names) == 1:
            return "（本报记者 " + " ".join(names) + "）", tuple(names)
        if r < 0.85:
            first, second = rng.choice((("通讯员", "记者"), ("记者", "通讯员"), ("本报记者", "通讯员")))
            return f"（{first} {' '.join(names[:-1])} {second} {names[-1]}）", tuple(names)
        return "（记者 " + "、".join(names) + "）", tuple(names)

    def top_byline(self, names: list[str]) -> tuple[str, tuple[str, ...]]:
        a, rest = names[0], names[1:]
        forms = [("本报记者 " + " ".join(names), names), (f"■本报记者 {a} 文/图", [a]), (f"□ {a}", [a]),
                 (f"首席记者 {a}", [a]), (f"见习记者 {a}", [a]), (f"◎ 记者 {a}", [a])]
        if rest:
            b = rest[0]
            forms += [(f"记者 {a} 通讯员 {b}", [a, b]), (f"文/{a} 图/{b}", [a, b]), (f"本报记者 {a} 实习生 {b}", [a, b]),
                      (f"本报记者 {a} 通讯员 {' '.join(rest)}", names)]
        text, shown = self.rng.choice(forms)
        return text, tuple(shown)

    def dateline(self, names: list[str], place: str) -> tuple[str, tuple[str, ...]]:
        rng = self.rng
        place = place or rng.choice(_PLACES)
        day = self.day - datetime.timedelta(days=rng.randint(0, 2))
        date = f"{day.month}月{day.day}日"
        a = names[0]
        forms = [(f"本报讯（记者 {a}）", [a]), (f"本报{place}{date}讯 记者{a}报道：", [a]),
                 (f"本报{place}{date}讯（记者 {a}）", [a]), (f"本报讯（通讯员 {a}）", [a]),
                 (f"新华社{place}{date}电（记者{a}）", [a]), (f"中新网{date}电 ", []),
                 (f"新华社{place}{date}电 ", []), ("本报讯 ", [])]
        if len(names) > 1:
            forms += [(f"本报讯（记者 {a} 通讯员 {names[1]}）", names[:2]),
                      (f"新华社{place}{date}电（记者 {'、'.join(names)}）", names),
                      (f"本报{place}{date}讯 记者{'、'.join(names)}报道：", names)]
        text, shown = rng.choice(forms)
        return text, tuple(shown)

    def credit(self) -> tuple[str, str]:
        rng = self.rng
        a, b = self.name(), self.name()
        return rng.choice((
            (f"本报记者 {a} 摄", a), (f"{a} 摄", a), (f"{self.pad(a)}摄", a), ("新华社发", "新华社"),
            (f"新华社记者 {a} 摄", a), (f"（{a} 摄）", a), (f"{a} {b} 摄", f"{a} {b}"), (f"本报通讯员 {a} 摄", a),
            (f"{a}/摄", a)))

    def heads(self, d: _Draft) -> list[tuple[str, str]]:
        """The headline stack as printed: (line, headline text it carries)."""
        rng, out = self.rng, []
        lead = " " if self.style["lead"] and rng.random() < 0.6 else ""
        if not d.mark and d.kicker and self.style["marks"] and rng.random() < 0.6:
            d.mark = rng.choice(_MARKS)
        if d.mark:
            d.features.append("marked")
        if d.kicker:
            out.append((lead + _marked(d.kicker, d.mark), squeezed(d.kicker)))
            d.features.append("kicker")
        if d.title and d.mark and not d.kicker:
            out.append((lead + _marked(d.title, d.mark), squeezed(d.title)))
        elif d.title and not d.title_inline:
            parts = [d.title]
            width = rng.randint(7, 22)
            if re.search(r"[\u4e00-\u9fff”] [“\u4e00-\u9fff]", d.title):
                d.features.append("two-part")
            if "two-part" in d.features and rng.random() < 0.5:
                parts = d.title.split(" ", 1)
            elif len(d.title) >= 8 and (len(d.title) > width or rng.random() < 0.15):
                parts = _split_title(d.title, min(3, 2 + (len(d.title) > 2 * width)), rng)
            if len(parts) > 1:
                d.features.append("wrapped")
            out += [(lead + part, squeezed(part)) for part in parts]
            d.features += [f for f, end in (("question", "？"), ("exclamation", "！")) if d.title.endswith(end)]
            if d.title[0] in "“《":
                d.features.append("quoted")
        if d.subtitle:
            out.append((lead + d.subtitle, squeezed(d.subtitle)))
            d.features.append("dash-subtitle" if d.subtitle.startswith("——") else "subtitle")
        if not d.title and d.kind != "photo":
            d.features.append("no-headline")
        return out

    def item(self, d: _Draft) -> None:
        """Print ``d`` and record its truth."""
        rng, style = self.rng, self.style
        owner = len(self.expected)
        d.paragraphs = [self.t(p) for p in d.paragraphs]
        d.kicker, d.title, d.subtitle = self.t(d.kicker), self.t(d.title), self.t(d.subtitle)
        heads = self.heads(d)
        d.features.append(f"width:{d.width}")
        if d.head_after and heads:
            d.features.append("head-after")
        if not d.head_after:
            self.stack(heads, owner)
        if d.jump_before:
            self.furniture(d.jump_before)
        self.block += 1
        if d.top:
            self.emit(self.t(d.top), owner, "byline")
        loose = self.body(d, owner)
        credit = "credit" if d.kind == "photo" else "byline"
        if d.end:
            end = self.t(d.end)
            if d.end_inline:
                text, who, _, body, head, block = self.lines[-1]
                self.lines[-1] = (text + " " * rng.randint(1, 3) + end, who, f"body+{credit}", body, head, block)
            else:
                self.emit(" " * rng.choice((0, 0, 2, 6)) + end, owner, credit)
        if d.jump_after:
            self.furniture(d.jump_after)
        if d.head_after:
            self.stack(heads, owner)
        self.expected.append(Known(d.kind, d.title, d.kicker, d.subtitle, d.authors, d.photographer,
                                   tuple(d.paragraphs)))
        self.loose.append(frozenset(loose))
        style["items"].append(d.features)

    def stack(self, heads: list[tuple[str, str]], owner: int) -> None:
        self.block += 1
        for text, head in heads:
            self.emit(text, owner, "heading", head=head)

    def body(self, d: _Draft, owner: int) -> set[int]:
        """Print the paragraphs of ``d`` hard-wrapped; return the paragraph ends the page
        cannot show."""
        rng, style = self.rng, self.style
        indent = d.indent or style["indent"]
        loose, offset, at, full = set(), 0, 0, False
        for number, paragraph in enumerate(d.paragraphs):
            if number >= d.flush_from:
                prefix, cut = (" " * rng.randint(2, 10) if rng.random() < 0.6 else ""), 0
            elif number == 0 and not d.first_indent:
                prefix, cut = "", 0
            else:
                prefix, cut = {"ideographic": ("\u3000\u3000", 2), "spaces": (rng.choice(("  ", " ")), 2),
                               "lost": ("", 2), "flush": ("", 0)}[indent]
            # a brief's 【title】 or a mark opens the first line and wraps with the text
            lead = (f"【{d.title}】" if d.title_inline else d.lead) if number == 0 else ""
            taken = len(squeezed(lead))
            if number and full and not prefix:
                loose.add(offset)
            span = at

            def column(line: int, number: int = number, span: int = span) -> int:
                if d.note_width and number == 0:
                    return d.note_width
                return d.width2 if d.width2 and span + line >= d.change else d.width

            wrapped = _wrap(_units(lead + paragraph, style["squeeze"]), column, cut)
            for index, (units, used, width) in enumerate(wrapped):
                last = index == len(wrapped) - 1
                gap = width - used - (cut if index == 0 else 0)
                sprayed = (d.spray_all and len(units) > 2) or (style["spray"] and not last and gap >= 1 and len(units) > 3)
                text = (prefix if index == 0 else "") + _render(units, sprayed, style["latin"], rng)
                plain = squeezed("".join(units))
                head, plain, taken = "".join(c for c in plain[:taken] if c not in "【】■●◆▲"), plain[taken:], max(
                    0, taken - len(plain))
                role = ("heading+body" if plain else "heading") if head else "body"
                self.emit(text, owner, role, plain, head)
                full = last and width - used < 1
            offset += len(squeezed(paragraph))
            at += len(wrapped)
        return loose

    def article(self, source: Source, weights: dict[str, float], width: int, most: int = 8) -> _Draft:
        """A news article or an encyclopedia passage set as one, with its headline."""
        rng = self.rng
        paragraphs = list(source.paragraphs[:most])
        if len(paragraphs) > 1 and rng.random() < 0.25:
            paragraphs = paragraphs[: rng.randint(1, len(paragraphs))]
        d = _Draft("article", paragraphs, ["article", "wiki" if source.wiki else "news"], width=width)
        if source.wiki:
            t = source.title
            d.title = rng.choice(_WIKI_TITLES).format(t=t)
            if rng.random() < 0.25:
                d.kicker = rng.choice(_WIKI_KICKERS)
            if rng.random() < 0.3:
                d.subtitle = rng.choice(_WIKI_SUBTITLES).format(t=t)
        else:
            d.title = source.title
            d.kicker = source.kicker if rng.random() < 0.85 else ""
            d.subtitle = source.subtitle if rng.random() < 0.85 else ""
        if rng.random() < 0.07:
            d.title = d.kicker = d.subtitle = ""
        if not d.title:
            d.kicker = d.subtitle = ""
        self.byline(d, weights, source.place)
        if self.style["heads_after"] and d.end and rng.random() < 0.7:
            d.head_after = True
        if rng.random() < 0.18 and width > 10:
            d.width2, d.change = self.width(width - 6, width + 6), rng.randint(2, 10)
            d.features.append("width-change")
        return d

    def note(self, d: _Draft) -> None:
        """Open ``d`` with an editor's note: a few sentences of another text."""
        text = "".join(_sentences(self.take().paragraphs[-1])[:2])
        d.paragraphs.insert(0, "编者按：" + text)
        d.note_width = self.width(d.width + 2, 30)
        d.features.append("editors-note")

    def brief(self, source: Source, width: int, inline: bool) -> _Draft:
        rng = self.rng
        title = source.title if not source.wiki else rng.choice(_WIKI_TITLES[:5]).format(t=source.title)
        paragraph = source.paragraphs[0] if len(source.paragraphs[0]) < 220 else "".join(
            _sentences(source.paragraphs[0])[:2])
        d = _Draft("article", [paragraph], ["brief"], title=title, width=width, title_inline=inline)
        if inline:
            d.features.append("brief-inline")
        elif self.style["marks"] and rng.random() < 0.5:
            d.mark = rng.choice(_MARKS)
        self.byline(d, {"end": 0.35, "dateline": 0.2, "none": 0.45}, source.place)
        return d

    def photo(self, width: int, group: bool) -> _Draft:
        rng = self.rng
        if group or not self.captions:
            source = self.take()
            sentences = [s for p in source.paragraphs for s in _sentences(p)[:1] if 10 <= len(s) <= 80][:3]
            marks = rng.choice((("图①：", "图②：", "图③："), ("上图：", "下图：", "右图："), ("图①", "图②", "图③")))
            captions = [m + s for m, s in zip(marks, sentences, strict=False)] or list(source.paragraphs[:1])
        else:
            captions = list(self.captions.pop())
        d = _Draft("photo", captions, ["photo"] + (["group"] if len(captions) > 1 else []), width=width)
        d.end, d.photographer = self.credit()
        d.end_inline = rng.random() < 0.45
        d.features.append("credit:inline" if d.end_inline else "credit:line")
        d.indent = "flush" if rng.random() < 0.7 else ""
        d.spray_all = self.style["spray"] and rng.random() < 0.4
        return d

    def commentary(self, width: int) -> _Draft:
        rng = self.rng
        source = self.take(wiki=self.style["kind"] == "supplement" and rng.random() < 0.6, titled=True)
        d = self.article(source, {"top": 1.0}, width, most=4)
        d.features[0] = "commentary"
        writer = d.authors[0] if d.authors else self.name()
        d.top = rng.choice((f"□ {writer}", f"本报评论员 {writer}", " " * rng.randint(0, 6) + writer, f"■{writer}",
                            f"文/{writer}"))
        d.authors = (writer,)
        d.head_after = False
        return d

    def interview(self, width: int) -> _Draft:
        rng = self.rng
        source = self.take(wiki=True, questions=2)
        if len(source.questions) < 2:
            return self.article(source, {"top": 1.0}, width)
        guest = self.name()
        ask, answer = rng.choice((("记者", guest), ("问", "答"), ("本报记者", guest)))
        pairs = source.questions[: rng.randint(2, 4)]
        paragraphs = [p for q, s in pairs for p in (f"{ask}：{q}", f"{answer}：{s}")]
        if not any(s in source.paragraphs[0] for _, s in pairs):
            paragraphs.insert(0, source.paragraphs[0])
        d = _Draft("article", paragraphs, ["interview"], width=width)
        d.title = rng.choice(("{t}背后的故事", "聊聊{t}", "{t}：听{g}说", "“{t}”面面观")).format(t=source.title, g=guest)
        d.kicker = rng.choice(("", "", "对话", "专访", "访谈录"))
        names = [self.name() for _ in range(rng.choice((1, 2)))]
        d.top, d.authors = self.top_byline(names)
        d.features.append("byline:top")
        return d

    def notice(self, width: int) -> _Draft:
        rng = self.rng
        source = self.take()
        paragraphs = list(source.paragraphs[-rng.randint(1, 2):])
        org = rng.choice(_ORGS).format(p=source.place or rng.choice(_PLACES[:-1]))
        day = self.day - datetime.timedelta(days=rng.randint(1, 9))
        paragraphs += [org, f"{day.year}年{day.month}月{day.day}日"]
        d = _Draft("article", paragraphs, ["notice", "byline:none"], title=rng.choice(_NOTICES), width=width)
        d.flush_from = len(paragraphs) - 2
        return d

    def box(self, width: int) -> _Draft:
        rng = self.rng
        label = rng.choice(_BOXES)
        source = self.take(wiki=label != "记者手记")
        paragraphs = list(source.paragraphs[: rng.randint(1, 3)])
        d = _Draft("article", paragraphs, ["box"], width=width)
        if self.style["marks"] and rng.random() < 0.7:
            d.mark = rng.choice(_MARKS)
        if rng.random() < 0.4 and source.title:
            d.kicker, d.title = label, (rng.choice(_WIKI_TITLES[:5]).format(t=source.title) if source.wiki
                                       else source.title)
        else:
            d.title = label
        if label == "记者手记" and rng.random() < 0.6:
            d.end, d.authors = self.end_byline([self.name()])
        d.features += ["byline:end" if d.end else "byline:none", "box-label:" + ("kicker" if d.kicker else "title")]
        return d

    def header(self) -> list[str]:
        rng, day = self.rng, self.day
        week = "一二三四五六日"[day.weekday()]
        number = rng.randint(1, 16)
        page = rng.choice((f"第{number}版", f"A{number:02d}", f"{number:02d}版"))
        parts = [f"{day.year}年{day.month}月{day.day}日 星期{week}", rng.choice(_PAPERS), page,
                 rng.choice(_SECTIONS[self.style["kind"]])]
        if rng.random() < 0.5:
            return ["  ".join(rng.sample(parts, len(parts)))]
        return [p for p in rng.sample(parts, len(parts)) if rng.random() < 0.85] or parts[:1]

    def editors(self) -> list[str]:
        rng = self.rng
        a, b, c = self.name(), self.name(), self.name()
        return rng.choice(([f"责任编辑：{a}"], [f"责任编辑 {a}  美术编辑 {b}"], [f"本版编辑：{a} 版式：{b} 校对：{c}"],
                           [f"责编/{a} 美编/{b} 校对/{c}"], [f"责任编辑：{a}", f"版式：{b}  校对：{c}"]))

    def label(self, text: str) -> None:
        if self.style["marks"] and self.rng.random() < 0.7:
            mark = self.rng.choice(_MARKS)
            text = _marked(text, mark) + (mark.strip() if mark != "【】" else "")
        self.furniture(text)


def _marked(text: str, mark: str) -> str:
    return f"【{text}】" if mark == "【】" else mark + text


def _split_title(title: str, parts: int, rng: random.Random) -> list[str]:
    """Where a typesetter breaks a title over ``parts`` lines: after a comma or space if it
    can, else near an even share, never inside quotes or a Latin word."""
    depth, places = 0, []
    for i in range(1, len(title)):
        depth += (title[i - 1] in "“《（") - (title[i - 1] in "”》）")
        if (i >= 2 and i <= len(title) - 2 and depth <= 0 and title[i] not in CLOSERS and title[i - 1] not in OPENERS
                and not (title[i - 1].isascii() and title[i].isascii())):
            places.append(i)
    soft = [i for i in places if title[i - 1] in "，、：；？！ "]
    cuts: list[int] = []
    for share in range(1, parts):
        even = len(title) * share // parts
        near = [i for i in places if abs(i - even) <= 2 and all(abs(i - c) > 1 for c in cuts)]
        choices = [i for i in soft if all(abs(i - c) > 1 for c in cuts)] if soft and rng.random() < 0.7 else near
        if choices:
            cuts.append(rng.choice(choices))
    cuts = sorted(set(cuts))
    pieces = [title[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(title)], strict=True)]
    return [p for p in pieces if p] or [title]


_WEIGHTS = {"daily": {"dateline": 0.35, "end": 0.35, "top": 0.1, "source": 0.1, "none": 0.1},
            "metro": {"top": 0.45, "dateline": 0.2, "end": 0.2, "source": 0.05, "none": 0.1},
            "supplement": {"top": 0.6, "end": 0.2, "none": 0.2}}
_WIDTHS = {"daily": (11, 17), "metro": (10, 20), "supplement": (14, 30)}
# How often a page of each kind holds each kind of extra item.
_EXTRAS = ("photo", "box", "commentary", "briefs", "onesentence", "notice", "interview", "continued", "cut")
_ODDS = {"daily": (0.45, 0.2, 0.25, 0.35, 0.1, 0.08, 0.05, 0.2, 0.3),
         "metro": (0.6, 0.2, 0.15, 0.25, 0.35, 0.3, 0.25, 0.1, 0.15),
         "supplement": (0.2, 0.5, 0.5, 0.05, 0.0, 0.05, 0.4, 0.05, 0.1)}


def random_page8(pool: Pool, seed: int) -> Page8:
    """A page of the eighth kind, the same for the same ``seed``.

    Returns:
        the page: its text, the items in page order, their optional paragraph ends, its
        furniture lines and the choices made (see ``Page8``).
    """
    b = _Builder(pool, seed)
    rng, style = b.rng, b.style
    kind = style["kind"]
    low, high = _WIDTHS[kind]
    header = b.header() if style["header"] != "none" else []
    editors = b.editors() if style["editors"] != "none" else []
    for line in (header if style["header"] in ("top", "both") else []) + (editors if style["editors"] == "top" else []):
        b.furniture(line)
    plan = ["article"] * (rng.randint(1, 3) if kind == "supplement" else rng.randint(2, 5))
    odds = dict(zip(_EXTRAS, _ODDS[kind], strict=True))
    for extra in ("commentary", "interview", "photo", "photo"):
        if rng.random() < odds[extra]:
            plan.insert(rng.randint(0, len(plan)), extra)
    if rng.random() < odds["continued"]:
        plan.insert(0, "continued")
    if rng.random() < odds["cut"]:
        plan.append("cut")
    for extra in ("briefs", "onesentence", "notice"):
        if rng.random() < odds[extra]:
            plan.insert(rng.choice((0, len(plan))), extra)
    note_at = rng.randrange(len(plan)) if rng.random() < (0.35 if kind == "supplement" else 0.12) else -1
    for step, what in enumerate(plan):
        if len(b.expected) >= 10:
            break
        width = b.width(low, high)
        if what in ("article", "continued", "cut"):
            source = b.take(wiki=kind == "supplement" and rng.random() < 0.75)
            d = b.article(source, _WEIGHTS[kind] if what != "cut" else {"dateline": 0.5, "top": 0.3, "none": 0.2},
                          width)
            if what == "continued":
                _continued(b, d)
            if what == "cut":
                _cut(b, d)
            if step == note_at and what == "article":
                b.note(d)
            photo = rng.choice(("before", "after")) if what == "article" and rng.random() < 0.2 else ""
            if photo == "before":
                b.item(b.photo(b.width(8, 14), rng.random() < 0.4))
            b.item(d)
            if photo == "after" and len(b.expected) < 11:
                b.item(b.photo(b.width(8, 14), rng.random() < 0.4))
            if what == "article" and rng.random() < odds["box"] and len(b.expected) < 11:
                b.item(b.box(b.width(low - 2, high)))
        elif what == "photo":
            b.item(b.photo(b.width(8, 16), rng.random() < 0.4))
        elif what == "commentary":
            b.label(rng.choice(("今日谈", "短评", "评论", "观点", "快评", "凡人小语")))
            b.item(b.commentary(width))
        elif what == "interview":
            b.item(b.interview(width))
        elif what == "notice":
            b.item(b.notice(width))
        elif what == "briefs":
            b.label(rng.choice(("新闻速览", "简讯", "要闻简报", "本省快讯", "综合新闻")))
            inline = rng.random() < 0.5
            for _ in range(min(rng.randint(2, 4), 12 - len(b.expected))):
                b.item(b.brief(b.take(wiki=rng.random() < 0.3, titled=True), width, inline))
        elif what == "onesentence":
            b.label(rng.choice(("一句话新闻", "新闻速递", "简讯")))
            mark = rng.choice(("●", "■", "▲", "◆"))
            for _ in range(min(rng.randint(2, 5), 12 - len(b.expected))):
                paragraphs = b.take().paragraphs
                sentence = next((s for p in paragraphs for s in _sentences(p) if 15 <= len(s) <= 90), paragraphs[0])
                b.item(_Draft("article", [sentence], ["one-sentence", "byline:none"], width=width, lead=mark))
    footer = {"foot": header, "both": header[:1]}.get(style["header"], [])
    for line in (editors if style["editors"] == "foot" else []) + footer:
        b.furniture(line)
    return _page(b)


def _continued(b: _Builder, d: _Draft) -> None:
    """Make ``d`` the rest of an article begun on another page: it opens mid-sentence
    under a jump line, its headline repeated or left out."""
    rng = b.rng
    paragraph = d.paragraphs[0]
    commas = [i + 1 for i, c in enumerate(paragraph) if c == "，" and 8 < i < len(paragraph) - 10]
    if not commas:
        return
    d.paragraphs[0] = paragraph[rng.choice(commas):]
    if d.paragraphs[0].startswith("”"):
        d.paragraphs[0] = d.paragraphs[0][1:]
    d.first_indent = False
    d.jump_before = rng.choice(("（上接第1版）", "上接第1版", "（上接A01版）", "□上接第2版"))
    if {"byline:top", "byline:dateline"} & set(d.features):
        d.features = [f for f in d.features if not f.startswith("byline:")] + ["byline:none"]
        d.top, d.authors = "", ()
    if rng.random() < 0.5:
        d.kicker = d.subtitle = d.title = ""
    d.features.append("continued")


def _cut(b: _Builder, d: _Draft) -> None:
    """End ``d`` mid-sentence where the page runs out, under a jump line."""
    rng = b.rng
    last = d.paragraphs[-1]
    start = max(12, d.dateline + 6) if len(d.paragraphs) == 1 else 12
    if len(last) > start + 10:
        d.paragraphs[-1] = last[: rng.randint(start, len(last) - 8)].rstrip(" ")
        while d.paragraphs[-1][-1] in OPENERS:
            d.paragraphs[-1] = d.paragraphs[-1][:-1]
    d.end, d.head_after = "", False
    d.jump_after = rng.choice(("（下转第2版）", "下转第2版", "（下转A02版）", "（下转第3版）"))
    d.features.append("cut")


def _page(b: _Builder) -> Page8:
    style, rows, owners = b.style, [], []
    blank = (-1, "blank", "", "")
    previous = None
    for text, owner, role, body, head, block in b.lines:
        if style["blank"] == "blocks" and previous is not None and block != previous:
            rows.append("")
            owners.append(blank)
        rows.append(text)
        owners.append((owner, role, body, head))
        if style["blank"] == "every":
            rows.append("")
            owners.append(blank)
        previous = block
    style["lines"] = owners
    furniture = [text for text, owner, role, *_ in b.lines if role == "furniture"]
    return Page8("\n".join(rows) + "\n", b.expected, b.loose, furniture, style)
