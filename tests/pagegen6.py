"""Generated newspaper pages whose *content* looks like layout: a sixth reading of e-paper text.

Generators 1-5 vary how a page is laid out. This one varies what the articles hold, as
real dailies print it and as a PDF text extractor gives it back, because content of
these kinds has the shape a layout reader keys on:

- Q&A interviews (``记者：`` / ``问：`` / ``答：`` / ``张三：`` openings, or bare questions
  ending in ``？`` on a line of their own): every question and every answer is a
  paragraph of the body, never a headline;
- verse or lyrics quoted in an article (short lines, no closing punctuation, each a
  paragraph), numbered lists (``1.`` / ``一是`` / ``（一）``), and ``小标题`` lines inside
  long articles (short, no full stop, then body paragraphs of the same article);
- long articles run over several column blocks, the next block maybe at another width
  and starting mid-sentence; quotes opening paragraphs; one-sentence paragraphs;
- unsigned briefs among signed articles, editorials (``本报评论员``), readers' letters
  signed ``（读者 张三）``, notices (``公告`` / ``启事``) ending with an organisation line
  and a date line, which the truth keeps as the notice's last two paragraphs (authors
  empty: an organisation is not a person);
- headline stacks (title; kicker over title; title over a ``——`` subtitle) wrapped at
  a frame width of their own, before the body or, on some pages, after the byline;
- bylines: ``（胡位涛 肖 俊）`` after the last sentence or on a line of its own (not body
  text), ``本报记者 张三`` under the headline (not body text), datelines
  ``本报讯（记者 张三）`` opening the first paragraph (body text), ``文/张三``, photo
  credits ``方 曦摄``; the truth's authors are the printed person names, in order,
  without role words.

The page shape (column width in em, punctuation at ½ or 1 em, indented or flush
paragraphs, a blank line after every line, letter-spaced justified lines, numbers set
off by spaces) is drawn per page. Paragraph ends a flush page cannot show (the last line
within 2 em of the column) go to ``optional_breaks``.

Read from: the seed page ``shared/seed/000_5bfbc44df4076cd8.txt`` and its expected
items, ``tests/pagescore.py``, and ``Known``/``known_articles`` in ``tests/pagegen.py``.
Written without reading the parser (``qa/parse``) or generators 2-5. Text comes from
``tests/data`` (real news and captions) and the DRCD (converted to simplified with
opencc) and CMRC passages and questions under ``shared/eval``.
"""

from __future__ import annotations

import bisect
import itertools
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import opencc
from pagegen import Known, known_articles

DATA = Path(__file__).parent / "data"
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

PUNCT = set("，。、；：？！（）《》“”‘’·")
CLOSING = set("，。、；：？！）》”’%") | {"……"}
OPENING = set("（《“‘")
INDENT_ROLES = {"text", "question", "verse", "subhead", "list"}
_WORD = r"[A-Za-z0-9](?:[A-Za-z0-9.,%+\-/:_@]*[A-Za-z0-9%])?"
_TOKEN = re.compile(rf"——|……|{_WORD}(?: {_WORD})*|\s|.", re.S)
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’]*")
_SPACE = re.compile(r"\s+")
_FOREIGN = re.compile("[\u0370-\u052f\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\uac00-\ud7af]")

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁余叶蒋杜苏"
            "魏程吕丁沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江薛尹段雷黎龙陶贺顾毛郝龚")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建志文斌俊鹏辉婷雪琳晨宇浩凯欣怡佳宁昊博思远鑫翔瑶琦慧颖"
PLACES = ["南昌", "九江", "赣州", "上饶", "吉安", "抚州", "宜春", "萍乡", "景德镇", "新余", "鹰潭"]
BUREAUS = ["自然资源局", "住房和城乡建设局", "人力资源和社会保障局", "生态环境局", "市场监督管理局",
           "交通运输局", "文化广电新闻出版旅游局", "供水有限责任公司", "图书馆", "档案馆"]
POEMS = [poem.split("/") for poem in (  # a line a paragraph, no punctuation, as quoted in news
    "床前明月光/疑是地上霜/举头望明月/低头思故乡", "春眠不觉晓/处处闻啼鸟/夜来风雨声/花落知多少",
    "白日依山尽/黄河入海流/欲穷千里目/更上一层楼", "千山鸟飞绝/万径人踪灭/孤舟蓑笠翁/独钓寒江雪",
    "日照香炉生紫烟/遥看瀑布挂前川/飞流直下三千尺/疑是银河落九天", "落霞与孤鹜齐飞/秋水共长天一色",
    "山重水复疑无路/柳暗花明又一村", "小荷才露尖尖角/早有蜻蜓立上头")]
VERSE_LEADS = ["正如古诗所云：", "他随口吟出几句：", "歌中这样唱道：", "墙上写着这样几句话：", "诗中写道："]
NUMBERINGS = ["{}.", "{}、", "（{}）", "{c}是", "（{c}）", "{c}、"]


@dataclass(frozen=True)
class Source:
    """A real text to set: its printed headline (empty for encyclopedia passages)."""

    title: str
    kicker: str
    subtitle: str
    place: str
    paragraphs: tuple[str, ...]
    qas: tuple[tuple[str, str], ...] = ()  # (question ending in ？, sentence answering it)
    headline: bool = False  # the title, kicker and subtitle are as a paper printed them


@dataclass(frozen=True)
class Pool:
    """The text sources, loaded once."""

    news: tuple[Source, ...]
    wiki: tuple[Source, ...]
    captions: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Page6:
    """A generated page, its items in page order, and what was drawn for it."""

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    furniture: list[str]
    style: dict


def _plain(text: str) -> str:
    return _SPACE.sub("", text)


def _clean(text: str) -> str:
    """Simplified-paper punctuation, no spaces except between Latin words."""
    text = text.translate(str.maketrans("「」『』", "“”‘’"))
    text = re.sub(r"-\{(.*?)\}-", r"\1", text)  # Wikipedia's conversion markup
    text = _SPACE.sub(" ", text).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)


def _sentences(text: str) -> list[str]:
    found = _SENTENCE.findall(text)
    rest = text[sum(map(len, found)) :]
    if rest and found:
        found[-1] += rest
    return found or [text]


def _chunk(text: str, target: int) -> list[str]:
    paragraphs, current = [], ""
    for sentence in _sentences(text):
        current += sentence
        if len(current) >= target and current.count("“") == current.count("”"):  # quote closed
            paragraphs.append(current)
            current = ""
    if current and paragraphs and len(current) <= 30:
        paragraphs[-1] += current
    elif current:
        paragraphs.append(current)
    return paragraphs


def _answering(text: str, answer: str, near: int) -> str:
    """The sentence holding the answer occurrence nearest its recorded offset."""
    found = [m.start() for m in re.finditer(re.escape(answer), text)] if answer else []
    sentences = _sentences(text)
    ends = list(itertools.accumulate(map(len, sentences)))
    at = min(found, key=lambda i: abs(i - near)) if found else -1
    return sentences[bisect.bisect_right(ends, at)] if found else ""


def _wiki(entries: list[dict], convert: Callable[[str], str]) -> list[Source]:
    sources = []
    for number, entry in enumerate(entries):
        paragraphs, qas = [], []
        for context in entry["paragraphs"]:
            text = _clean(convert(context["context"]))
            latin = sum(c.isascii() and c.isalpha() for c in text)
            if latin > 0.03 * len(text) or _FOREIGN.search(text) or len(text) < 120:
                continue
            paragraphs += _chunk(text, (90, 140, 200, 160)[number % 4])
            for qa in context["qas"]:
                question = _clean(convert(qa["question"])).rstrip("?？") + "？"
                answer = qa["answers"][0]
                said = _answering(text, _clean(convert(answer["text"])), answer["answer_start"])
                if 8 <= len(question) <= 30 and 15 <= len(said) <= 160:
                    qas.append((question, said))
        if paragraphs:
            title = re.sub(r"_?\(.*\)$", "", _clean(convert(entry["title"]))).replace("_", " ")
            sources.append(Source(title, "", "", "", tuple(paragraphs), tuple(dict.fromkeys(qas))))
    return sources


@lru_cache(maxsize=1)
def default_pool() -> Pool:
    """Real news and captions from tests/data, DRCD and CMRC passages from shared/eval.

    Returns:
        the pool; loading takes well under a second.
    """
    news, captions = [], []
    records = json.loads((DATA / "pagegen2_news.json").read_text(encoding="utf-8"))
    for r in records:
        if r["kind"] == "photo":
            captions.append(tuple(r["paragraphs"]))
        else:
            news.append(Source(r["title"], r["kicker"], r["subtitle"], r["place"],
                               tuple(r["paragraphs"]), headline=True))
    for k in known_articles():
        if k.kind == "photo":
            captions.append(k.paragraphs)
        else:
            news.append(Source(k.title, k.kicker, k.subtitle, "", k.paragraphs, (), bool(k.title)))
    drcd = json.loads((EVAL / "drcd/DRCD_test.json").read_text(encoding="utf-8"))["data"]
    cmrc = json.loads((EVAL / "cmrc2018/cmrc2018_trial.json").read_text(encoding="utf-8"))["data"]
    wiki = _wiki(drcd, opencc.OpenCC("t2s").convert) + _wiki(cmrc, str)
    return Pool(tuple(news), tuple(wiki), tuple(captions))


# ---- names, bylines, headlines ------------------------------------------------------


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2, 2))))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2022, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


_CONNECTIVES = tuple("但而并且其这那它他她和与及或则就也又还即此该是在为对从被将于") + (
    "由于", "因为", "所以", "因此", "如果", "虽然", "以及", "同时", "然而", "另外", "不过")


def _clauses(text: str) -> list[str]:
    """Phrases a headline or a 小标题 could be: 4-15 characters between marks, no brackets,
    not opening with a connective."""
    return [c for c in re.split(r"[，。；：！？、]", text) if 4 <= len(c) <= 15
            and not set(c) & set("“”‘’《》（）()") and not c.startswith(_CONNECTIVES)]


@dataclass(frozen=True)
class Shape:
    """How the page is set: column width in em and the typographic habits drawn."""

    width: int
    punct_em: float  # ½ or 1 em for full-width punctuation
    indent: str  # a paragraph's first-line indent, "" on flush pages
    blank: bool  # a blank line after every line
    spray: float  # chance a full line comes out letter-spaced
    ascii_space: float  # chance a Latin/number run is set off by spaces
    hang: bool  # closing punctuation hangs past the column (else a character is pushed down)
    pad: bool  # two-character names padded to three: 肖 俊
    lead: bool  # headline lines start with a space
    after: bool  # headlines after the article's byline
    gap: bool  # an empty line between items
    simple: bool


@dataclass
class Draft:
    """An item before it is set: what it says and how it is signed."""

    kind: str = "article"
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    paras: list[tuple[str, str]] = field(default_factory=list)  # (role, text)
    authors: tuple[str, ...] = ()
    photographer: str = ""
    top: list[str] = field(default_factory=list)  # byline lines under the headline
    end: str = ""  # printed after the body
    end_alone: bool = False
    features: list[str] = field(default_factory=list)


def _pad(name: str, shape: Shape) -> str:
    return f"{name[0]} {name[1]}" if shape.pad and len(name) == 2 else name


BYLINES = (["end", "top", "dateline", "wen", "none"], [35, 20, 20, 8, 17])
BYLINES_AFTER = (["end", "dateline", "none"], [8, 1, 1])  # headline after: nothing above the body


def _sign(draft: Draft, shape: Shape, rng: random.Random, place: str, form: str = "") -> None:
    """Sign an article in one of the byline forms; authors are the printed names in order."""
    names = [_name(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    form = form or rng.choices(*(BYLINES_AFTER if shape.after else BYLINES))[0]
    printed = [_pad(n, shape) for n in names]
    roles = ["记者"] + ["通讯员"] * (len(names) - 1) if rng.random() < 0.4 else [""] * len(names)
    pairs = " ".join(f"{r} {n}" if r else n for r, n in zip(roles, printed, strict=True))
    if form == "end":
        draft.end, draft.end_alone = f"（{pairs}）", rng.random() < 0.3
    elif form == "top":
        draft.top.append(pairs if roles[0] else f"本报记者 {pairs}")
    elif form == "dateline":
        wire = f"新华社{place}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电"
        opener = rng.choice(["本报讯", f"本报{place}讯", wire])
        people = pairs if roles[0] else "记者 " + " ".join(printed)
        role, text = draft.paras[0]
        draft.paras[0] = (role, f"{opener}（{people}）{text}")
    elif form == "wen":
        line = rng.choice(["文/", "文／", "文/ "]) + " ".join(printed)
        if rng.random() < 0.5 and not shape.after:
            draft.top.append(line)
        else:
            draft.end, draft.end_alone = line, True
    else:
        names = []
    draft.authors = tuple(names)
    draft.features.append(f"byline:{form}")


def _wiki_head(src: Source, rng: random.Random) -> tuple[str, str, str]:
    clauses = _clauses(src.paragraphs[0]) or [src.title or _sentences(src.paragraphs[0])[0][:12]]
    name = src.title or clauses[0]
    r = rng.random()
    if r < 0.35:
        title = name
    elif r < 0.55 and name not in clauses:
        title = f"{name}：{rng.choice(clauses)}"
    elif r < 0.7:
        title = rng.choice(clauses)
    elif r < 0.75 and len(clauses) > 1:
        title = " ".join(rng.sample(clauses, 2))
    else:
        title = rng.choice(src.qas)[0] if src.qas else name + "！"
    kicker = subtitle = ""
    r = rng.random()
    if r < 0.18:
        kicker = rng.choice([c for c in clauses if c not in title] or [name])
    elif r < 0.36:
        dash = "——" if rng.random() < 0.6 else ""
        subtitle = dash + rng.choice([c for c in clauses if c not in title] or clauses)
    return kicker, title, subtitle


def _head(draft: Draft, src: Source, rng: random.Random, keep: float = 0.88) -> None:
    if rng.random() >= keep:
        draft.features.append("no-headline")
        return
    if src.headline:
        draft.kicker, draft.title, draft.subtitle = src.kicker, src.title, src.subtitle
    else:
        draft.kicker, draft.title, draft.subtitle = _wiki_head(src, rng)
    draft.features.append("headline:" + "k" * bool(draft.kicker) + "t" + "s" * bool(draft.subtitle))


# ---- content ------------------------------------------------------------------------


def _source(pool: Pool, rng: random.Random, min_paras: int = 1) -> Source:
    texts = pool.news if rng.random() < 0.45 else pool.wiki
    return rng.choice([s for s in texts if len(s.paragraphs) >= min_paras]
                      or [s for s in pool.wiki if len(s.paragraphs) >= min_paras])


def _body(src: Source, rng: random.Random, most: int) -> list[tuple[str, str]]:
    start = 0 if src.headline else rng.randrange(max(1, len(src.paragraphs) - most + 1))
    return [("text", p) for p in src.paragraphs[start : start + most]]


def _quote_and_split(draft: Draft, rng: random.Random) -> None:
    """A quote opening a paragraph; a sentence standing alone as a paragraph."""
    texts = [i for i, (role, _) in enumerate(draft.paras) if role == "text"]
    if rng.random() < 0.3 and len(texts) > 1:
        i = rng.choice(texts[1:])
        sentences = _sentences(draft.paras[i][1])
        if len(sentences) > 1 and not set("“”") & set(sentences[0]):
            speaker = rng.choice(["{}说。", "{}告诉记者。", "相关负责人{}表示。"]).format(_name(rng))
            draft.paras[i] = ("text", f"“{sentences[0]}”{speaker}{''.join(sentences[1:])}")
            draft.features.append("quote")
    if rng.random() < 0.3:
        for i in rng.sample(texts, len(texts)):
            sentences = _sentences(draft.paras[i][1])
            if len(sentences) > 2:
                draft.paras[i : i + 1] = [("text", "".join(sentences[:-1])),
                                          ("text", sentences[-1])]
                draft.features.append("one-sentence")
                break


def _add_list(draft: Draft, pool: Pool, rng: random.Random) -> None:
    """One of the article's paragraphs printed as numbered items, one a paragraph."""
    def plain_sentences(text: str) -> bool:  # a quote and its 某某说 make no list
        sentences = _sentences(text)
        return len(sentences) > 1 and all(len(s) > 9 for s in sentences) and "“" not in text

    spots = [i for i, (_, t) in enumerate(draft.paras) if plain_sentences(t)] or [0]
    at = rng.choice(spots[1:] or spots)
    sentences = _sentences(draft.paras[at][1])
    count = min(len(sentences), rng.randint(2, 5))
    items, rest = sentences[:count], "".join(sentences[count:])
    if len(items) < 2:  # a single sentence: cut it at its commas
        items = [c + "。" for c in re.split("[，；]", items[0].rstrip("。")) if c][:5]
    style = rng.choice(NUMBERINGS)
    if style == "{c}是":  # 一是……；二是……。
        items = [s.rstrip("。；") + ("；" if n < len(items) - 1 else "。") for n, s in enumerate(items)]
    lead = [("text", rng.choice(["具体措施如下：", "主要有以下几点：", "记者梳理发现，有这样几个特点："]))]
    listed = [("list", style.format(n + 1, c="一二三四五"[n]) + s) for n, s in enumerate(items)]
    lead = lead * (at > 0 and rng.random() < 0.6)
    draft.paras[at : at + 1] = lead + listed + [("text", rest)] * bool(rest)
    draft.features.append("list:" + style.format(1, c="一"))


def _add_verse(draft: Draft, pool: Pool, rng: random.Random) -> None:
    if rng.random() < 0.6:
        lines = rng.choice(POEMS)
    else:
        clauses = [c for c in _clauses("".join(rng.choice(pool.wiki).paragraphs)) if len(c) <= 9]
        start = rng.randrange(max(1, len(clauses) - 3))
        lines = clauses[start : start + rng.randint(3, 6)]
    if len(lines) < 2:
        return
    at = rng.randint(1, len(draft.paras))
    role, text = draft.paras[at - 1]
    draft.paras[at - 1] = (role, text + rng.choice(VERSE_LEADS))
    draft.paras[at:at] = [("verse", line) for line in lines]
    draft.features.append("verse")


def _add_subheads(draft: Draft, pool: Pool, rng: random.Random) -> None:
    mark = rng.choice(["", "", "", "■", "◆", "▲"])
    spots = list(range(1, len(draft.paras)))[:: rng.choice((1, 2))]
    if not spots:
        return
    stock = [s.kicker or s.title for s in pool.news if 0 < len(s.kicker or s.title) <= 12]
    for at in reversed(spots):
        words = _clauses(draft.paras[at][1])[:1] if rng.random() < 0.5 else []
        draft.paras.insert(at, ("subhead", mark + (words or [rng.choice(stock)])[0]))
    draft.features.append("subheads")


def _article(pool: Pool, shape: Shape, rng: random.Random, extra: str = "") -> Draft:
    src = _source(pool, rng, 4 if extra == "subheads" else 1)
    draft = Draft(paras=_body(src, rng, 9 if extra == "subheads" else rng.randint(2, 6)))
    _head(draft, src, rng)
    if not shape.simple:
        _quote_and_split(draft, rng)
        if extra:
            add = {"list": _add_list, "verse": _add_verse, "subheads": _add_subheads}[extra]
            add(draft, pool, rng)
    # an article whose inner lines look like headlines carries an end mark most of the time
    form = "end" if extra and rng.random() < 0.85 else ""
    _sign(draft, shape, rng, src.place or rng.choice(PLACES), form)
    return draft


def _interview(pool: Pool, shape: Shape, rng: random.Random) -> Draft:
    src = rng.choice([s for s in pool.wiki if len(s.qas) >= 3])
    guest = _name(rng)
    style = rng.choice(["记者", "问答", "bare", "names"])
    pairs = sorted(rng.sample(src.qas, min(len(src.qas), rng.randint(2, 5))), key=src.qas.index)
    pairs = list({answer: (q, answer) for q, answer in reversed(pairs)}.values())[::-1]
    said = {answer for _, answer in pairs}
    intro = "".join(s for s in _sentences(src.paragraphs[0]) if s not in said)
    intro = intro or next((p for p in src.paragraphs if not set(_sentences(p)) & said), "")
    draft = Draft(paras=[("text", intro or "记者日前就此进行了采访。")], features=[f"qa:{style}"])
    form = "end" if shape.after else rng.choices(["top", "end", "none"], [5, 4, 1])[0]
    _sign(draft, shape, rng, rng.choice(PLACES), form)
    reporter = draft.authors[0] if draft.authors else _name(rng)  # asks under their own name
    for question, answer in pairs:
        ask, say = {"记者": ("记者：", f"{guest}："), "问答": ("问：", "答："),
                    "names": (f"{reporter}：", f"{guest}："),
                    "bare": ("", f"{guest}：" if rng.random() < 0.3 else "")}[style]
        draft.paras += [("question", ask + question), ("text", say + answer)]
    draft.kicker, draft.title, draft.subtitle = _wiki_head(src, rng)
    if rng.random() < 0.5:
        draft.subtitle = f"——访{rng.choice(PLACES)}市{rng.choice(BUREAUS)}负责人{guest}"
    draft.features.append("headline:" + "k" * bool(draft.kicker) + "t" + "s" * bool(draft.subtitle))
    return draft


def _editorial(pool: Pool, shape: Shape, rng: random.Random) -> Draft:
    src = _source(pool, rng, 2)
    draft = Draft(paras=_body(src, rng, rng.randint(3, 5)), features=["editorial"])
    draft.kicker, draft.title, draft.subtitle = _wiki_head(src, rng)
    if shape.after or rng.random() < 0.3:
        draft.end, draft.end_alone = "（本报评论员）", rng.random() < 0.5
    else:
        draft.top.append(rng.choice(["本报评论员", "■ 本报评论员", "本报评论员 "]))
    return draft


def _letter(pool: Pool, shape: Shape, rng: random.Random) -> Draft:
    src = _source(pool, rng)
    draft = Draft(paras=_body(src, rng, rng.randint(1, 3)), features=["letter"])
    draft.title = rng.choice(src.qas)[0] if src.qas else src.title if src.headline else (
        _wiki_head(src, rng)[1])
    reader, place = _name(rng), rng.choice(PLACES)
    where = rng.choice(["读者", f"{place}读者", f"{place}市民"])
    draft.end, draft.end_alone = f"（{where} {_pad(reader, shape)}）", rng.random() < 0.6
    draft.authors = (reader,)
    return draft


def _notice(pool: Pool, shape: Shape, rng: random.Random) -> Draft:
    """A 公告 or 启事: its lines, then 特此公告。, the organisation and the date as paragraphs."""
    place = rng.choice(PLACES)
    org = rng.choice([f"{place}市{rng.choice(BUREAUS)}", f"江西省{rng.choice(BUREAUS[:6])}"])
    phone = f"0791-{rng.randint(80000000, 89999999)}"
    road = rng.choice(["八一大道", "洪都大道", "红谷中大道", "长征路", "滨江路", "人民路"])
    when = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日8时至20时"
    kind = rng.choice(["停水", "招聘", "征集", "公示"])
    title, body = {
        "停水": (rng.choice(["停水公告", f"关于{road}临时停水的公告"]), [
            f"因{road}供水管网改造施工需要，{when}，{road}沿线及周边小区将暂停供水。",
            "请相关用户提前做好储水准备，由此带来的不便，敬请谅解。", "特此公告。"]),
        "招聘": ("招聘启事", [
            f"{org}因工作需要，现面向社会公开招聘工作人员{rng.randint(2, 12)}名。有关事项公告如下：",
            "一、报名条件：具有全日制大学本科及以上学历，年龄35周岁以下。",
            f"二、报名时间：即日起至{_date(rng)}。", f"三、联系电话：{phone}。", "特此启事。"]),
        "征集": (rng.choice(["征集启事", f"{place}城市形象标识征集启事"]), [
            f"为展示城市形象，{org}决定面向社会公开征集城市形象标识。",
            f"征集时间：即日起至{_date(rng)}。", f"投稿邮箱：zhengji{rng.randint(10, 99)}@163.com",
            "特此启事。"]),
        "公示": (f"关于{place}市{road}改造工程的公告", [
            f"根据《中华人民共和国城乡规划法》有关规定，现将{road}改造工程规划方案予以公告。",
            f"公告期间，如有异议，请以书面形式向{org}反映。联系电话：{phone}。", "特此公告。"]),
    }[kind]
    paras = [("text", t) for t in body] + [("sign", org), ("sign", _date(rng))]
    return Draft(title=title, paras=paras, features=[f"notice:{kind}"])


def _brief(pool: Pool, shape: Shape, rng: random.Random) -> Draft:
    src = _source(pool, rng)
    first = "".join(_sentences(src.paragraphs[0])[: rng.randint(1, 3)])
    more = list(src.paragraphs[1:2]) if rng.random() < 0.4 else []
    draft = Draft(paras=[("text", t) for t in [first, *more]], features=["brief"])
    _head(draft, src, rng, keep=0.6)
    return draft


def _photo(pool: Pool, shape: Shape, rng: random.Random) -> Draft:
    if rng.random() < 0.7:
        captions = rng.choice(pool.captions)
    else:
        captions = (_sentences(rng.choice(pool.news).paragraphs[0])[0],)
    who = _name(rng)
    credits = [(f"{_pad(who, shape)}摄", True), (f"（{who} 摄）", rng.random() < 0.5),
               (f"本报记者 {_pad(who, shape)} 摄", True), (f"{who}　摄", True)]
    credit, alone = rng.choices(credits, [45, 25, 20, 10])[0]
    return Draft(kind="photo", paras=[("caption", c) for c in captions], photographer=who,
                 end=credit, end_alone=alone, features=["photo"])


CONTENT = {  # kind: (maker, weight on a full page, weight on a simple page)
    "article": (_article, 30, 70), "qa": (_interview, 9, 0), "verse": (_article, 8, 0),
    "list": (_article, 8, 0), "subheads": (_article, 8, 0), "editorial": (_editorial, 5, 0),
    "letter": (_letter, 5, 0), "notice": (_notice, 6, 0), "brief": (_brief, 10, 10),
    "photo": (_photo, 11, 20),
}


# ---- setting text into lines ----------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """A piece that never breaks across lines, with its width in em as set and counted plain."""

    text: str
    em: float
    plain: float
    pad: bool = False


def _tokens(text: str, shape: Shape, rng: random.Random) -> list[Token]:
    tokens = []
    for piece in _TOKEN.findall(text):
        if piece in ("——", "……"):
            tokens.append(Token(piece, 2, 2))
        elif piece.isascii():
            padded = (len(piece) > 1 or piece.isalnum()) and rng.random() < shape.ascii_space
            tokens.append(Token(piece, len(piece) / 2, len(piece) / 2, padded))
        else:
            tokens.append(Token(piece, shape.punct_em if piece in PUNCT else 1, 1))
    return tokens


def _cut(row: list[Token], pushing: bool) -> list[Token]:
    """The tokens to carry to the next line: an opening mark never ends a line, and when
    pushing, the character before a closing mark goes down with it."""
    k = len(row)
    if pushing:
        while k and row[k - 1].text in CLOSING:
            k -= 1
        k -= 1
        if k < 1 or row[k].text.isspace():
            return []
    while k > 1 and row[k - 1].text in OPENING:
        k -= 1
    carry = row[k:]
    del row[k:]
    return carry


def _wrap(tokens: list[Token], capacity: Callable[[int], float], hang: bool) -> list[list[Token]]:
    rows: list[list[Token]] = []
    row: list[Token] = []
    used = 0.0
    for token in tokens:
        if not row and token.text.isspace():
            continue
        if row and not token.text.isspace() and used + token.em > capacity(len(rows)) + 1e-9:
            if token.text in CLOSING:
                carry = [] if hang else _cut(row, True)
                if not carry:  # hangs past the column
                    row.append(token)
                    used += token.em
                    continue
            else:
                carry = _cut(row, False)
            rows.append(row)
            row = carry + [token]
            used = sum(t.em for t in row)
        else:
            row.append(token)
            used += token.em
    return rows + [row] if row else rows


def _print(row: list[Token], sprayed: bool) -> str:
    out = [row[0].text] if row else []
    for before, token in itertools.pairwise(row):
        spread = sprayed and before.text not in PUNCT and not before.text.isspace()
        if spread or token.pad and _ideograph(before) or before.pad and _ideograph(token):
            out.append(" ")  # numbers and Latin words set off from ideographs only
        out.append(token.text)
    return "".join(out).strip()


def _ideograph(token: Token) -> bool:
    return not token.text.isascii() and token.text not in PUNCT


def _width(row: list[Token], plain: bool = False) -> float:
    return sum(t.plain if plain else t.em for t in row)


def _head_lines(text: str, frame: int) -> list[str]:
    """A headline wrapped at its own frame width, in at most two lines."""
    if len(text) <= frame or not text:
        return [text] if text else []
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " " and abs(i - middle) < len(text) // 4]
    cut = spaces[0] if spaces else max(frame, (len(text) + 1) // 2)
    if len(text) - cut < 3:  # no orphan: balance the two lines
        cut = (len(text) + 1) // 2
    while cut < len(text) - 1 and re.fullmatch(r"[^\W_]{2}", text[cut - 1 : cut + 1], re.A):
        cut += 1  # never inside a number or a Latin word
    while cut < len(text) - 1 and text[cut] in CLOSING:
        cut += 1
    while cut > 1 and text[cut - 1] in OPENING:
        cut -= 1
    return [text[:cut].strip(), text[cut:].strip()]


def _set_body(
    draft: Draft, shape: Shape, rng: random.Random, widths: Callable[[int], float]
) -> tuple[list[str], set[int], float]:
    """Set an item's paragraphs line by line.

    Returns:
        the printed lines; the offsets (whitespace removed) of paragraph ends the page
        cannot show; the width in em left free on the last line.
    """
    lines, hidden = [], set()
    offset, line_no, last_short = 0, 0, True
    subhead_flush = rng.random() < 0.5
    right = " " * rng.randint(6, 20) if rng.random() < 0.5 else ""  # a right-aligned signature
    for number, (role, text) in enumerate(draft.paras):
        indent = shape.indent if role in INDENT_ROLES else ""
        if role == "subhead" and subhead_flush or role == "caption" and rng.random() < 0.3:
            indent = " " * (role == "caption")
        indent_em = 2 if len(indent) >= 2 else 0
        start = line_no

        def capacity(k: int, start: int = start, indent_em: int = indent_em) -> float:
            return widths(start + k) - (indent_em if k == 0 else 0)

        rows = _wrap(_tokens(text, shape, rng), capacity, shape.hang)
        if number and not indent_em and not last_short:
            hidden.add(offset)
        for k, row in enumerate(rows):
            slack = capacity(k) - _width(row)
            chance = shape.spray * (3 if role == "caption" else 1)
            justified = k < len(rows) - 1 and (slack > 1.5 or rng.random() < chance)
            margin = right if role == "sign" else indent if k == 0 else ""
            lines.append(margin + _print(row, justified))
        last = rows[-1] if rows else []
        free = capacity(len(rows) - 1) - max(_width(last), _width(last, plain=True))
        last_short = free >= 2
        offset += len(_plain(text))
        line_no += len(rows)
    return lines, hidden, capacity(len(rows) - 1) - _width(last)


def _render(draft: Draft, shape: Shape, rng: random.Random) -> tuple[list[str], set[int]]:
    """An item's printed lines (headline, byline, body) and its hidden paragraph ends."""
    if draft.kind == "photo":
        base, block = rng.randint(8, 14), 10**6
    else:
        base = shape.width if rng.random() < 0.7 else rng.randint(11, 28)
        long = sum(len(t) for _, t in draft.paras) > base * 24
        block = rng.randint(10, 30) if long and not shape.simple and rng.random() < 0.55 else 10**6
    block_widths = [base]

    def widths(line_no: int) -> float:
        while len(block_widths) <= line_no // block:
            block_widths.append(block_widths[-1] if rng.random() < 0.6 else rng.randint(11, 28))
        return block_widths[line_no // block]

    body, hidden, free = _set_body(draft, shape, rng, widths)
    if block < 10**6 and len(body) > block:
        draft.features.append("blocks")
        if rng.random() < 0.3 and not shape.blank:
            for at in reversed(range(block, len(body), block)):
                body.insert(at, "")
    if draft.end:
        own = draft.end_alone or free < len(draft.end) + 1 or not body
        gap = rng.choice([" ", "  ", "　"])
        body = body + [draft.end] if own else body[:-1] + [body[-1] + gap + draft.end]
    frame = rng.randint(8, 22)
    lead = " " if shape.lead else ""
    stack = (draft.kicker, draft.title, draft.subtitle)
    head = [lead + line for text in stack for line in _head_lines(text, frame)]
    if shape.after:
        return draft.top + body + head, hidden
    return head + draft.top + body, hidden


# ---- the page -----------------------------------------------------------------------


def _shape(rng: random.Random) -> Shape:
    simple = rng.random() < 0.25
    return Shape(
        width=rng.randint(11, 28),
        punct_em=rng.choice((0.5, 1.0)),
        indent=rng.choices(["", "\u3000\u3000", "  "], [50, 40, 10])[0],
        blank=not simple and rng.random() < 0.3,
        spray=0.0 if simple or rng.random() < 0.6 else rng.uniform(0.05, 0.2),
        ascii_space=rng.choice((0.0, 0.9, 0.9)),
        hang=rng.random() < 0.6,
        pad=rng.random() < 0.6,
        lead=not simple and rng.random() < 0.25,
        after=not simple and rng.random() < 0.18,
        gap=not simple and rng.random() < 0.15,
        simple=simple,
    )


def _furniture(rng: random.Random) -> tuple[list[str], list[str]]:
    section = rng.choice(["要闻", "综合新闻", "社会", "文化"])
    top = [f"{_date(rng)} 星期{rng.choice('一二三四五六日')}  {section}  {rng.randint(2, 16)}"]
    bottom = [rng.choice([f"责任编辑 {_name(rng)}  美术编辑 {_name(rng)}", f"本版编辑：{_name(rng)}"])]
    return (top, bottom if rng.random() < 0.5 else []) if rng.random() < 0.7 else ([], bottom)


def random_page6(pool: Pool, seed: int) -> Page6:
    """A page of 1-7 items drawn from ``seed`` (the same seed gives the same page).

    Returns:
        the page: text, expected items in page order, per item the paragraph-end offsets
        the page cannot show, furniture lines, and the style drawn.
    """
    rng = random.Random(seed)
    shape = _shape(rng)
    kinds = list(CONTENT)
    weights = [CONTENT[k][2 if shape.simple else 1] for k in kinds]
    count = rng.choices(range(1, 8), [8, 14, 18, 18, 16, 13, 10])[0]
    drafts = []
    for kind in rng.choices(kinds, weights, k=count):
        maker = CONTENT[kind][0]
        extra = () if maker is not _article or kind == "article" else (kind,)
        drafts.append(maker(pool, shape, rng, *extra))
    top, bottom = _furniture(rng) if not shape.simple and rng.random() < 0.15 else ([], [])
    lines, expected, optional = list(top), [], []
    for draft in drafts:
        printed, hidden = _render(draft, shape, rng)
        if shape.gap and lines:
            lines.append("")
        lines += printed
        paragraphs = tuple(text for _, text in draft.paras)
        expected.append(Known(draft.kind, draft.title, draft.kicker, draft.subtitle,
                              draft.authors, draft.photographer, paragraphs))
        optional.append(frozenset(hidden))
    lines += bottom
    text = ("\n\n" if shape.blank else "\n").join(lines) + "\n"
    style = {**shape.__dict__, "items": [d.features for d in drafts],
             "furniture": bool(top or bottom)}
    return Page6(text, expected, optional, top + bottom, style)
