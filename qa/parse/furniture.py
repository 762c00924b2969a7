"""Page furniture in page text: the lines a text extractor keeps that belong to no article.

A newspaper page's header (`2024年5月8日 星期三 3 要闻`, `江西日报 2024年11月4日 第10版
地方新闻`, or split over lines, `3 要闻` / `2024年5月8日 星期三`) at the top or the foot of
the page, its editors' credit lines (`责任编辑：张三 校对：李四`), the labels over a run of
short items (`简讯`, `县区传真`) or over a commentary column (`今日谈`), jump lines
(`（下转第2版）`, the PDF reader's pattern), the paper's contacts (`新闻热线：…`), a digest
of the issue's pages (`今日导读` over teasers, `…详见第7版`) and pull quotes (a sentence of
an article set large inside its text, which the article says word for word). They
are kept out of the articles (a header read as a kicker, a credit line as a headline, were
the commonest failures on generator 4's pages) and reported, never dropped
(``qa.parse.read``: ``FileResult.notes``). The PDF reader finds the same furniture from
positions (``qa.parse.pdf_furniture``); here only the words and the place on the page tell.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable
from operator import attrgetter
from unicodedata import normalize

from qa.parse.byline import LEAD_MARKS, find_byline, find_credit, find_lead_line, personal_name
from qa.parse.lines import PARAGRAPH_INDENT, PageLine
from qa.parse.pdf_furniture import (
    PAGE_MARK,
    PAPER,
    SEPARATORS,
    WEEKDAY,
    PageFacts,
    find_date,
    header_facts,
    is_contact_line,
    is_editor_line,
    is_editor_role,
    is_jump_line,
)
from qa.parse.words import cuts_number

# How many lines at the top and at the foot of the lines read may hold the page's header.
EDGE_LINES = 3
MAX_HEADER_CHARS = 40
MAX_LABEL_CHARS = 40  # characters a label, jump line or contacts line may hold
# What a header holds beside the date: the weekday, the page (第3版, 3版), the paper's name.
_HEADER_MARK = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日天](?![\u4e00-\u9fff])|第\s*[A-Za-z]?\d{1,3}\s*版|\d\s*版|日报|晚报|晨报|时报")
# A short line beside a header: the page number and section (3 要闻), the weekday, the
# paper's name with its page (江西日报 3).
_HEADER_PART = re.compile(
    r"^(?:[A-Za-z]?\d{1,3}\s*[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,6}\s*[A-Za-z]?\d{1,3}|星期[一二三四五六日天]"
    r"|[\u4e00-\u9fff]{1,8}(?:日报|晚报|晨报|时报)(?:\s*[A-Za-z]?\d{1,3})?)$"
)


# A label over a run of short items (简讯, ■ 短讯, 本报简讯, 新闻速览, 县区传真, 简明新闻): a
# line of its own that names the run, no item's headline (each short item has its own).
_SECTION_LABEL = re.compile(
    rf"^[{LEAD_MARKS}\s]*[\u4e00-\u9fff]{{0,4}}"
    r"(?:简讯|短讯|快讯|速览|简报|速递|传真|集锦|一句话新闻|图说新闻|图片新闻|简明新闻)$"
)
# A commentary column's name over its piece (今日谈, 人民时评, 热点评析, 民生观察, 评论员文章):
# the column, not the piece's headline. (A box's label, 记者观察 or 记者手记, belongs to the
# box: its heading.)
_COLUMN_LABEL = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:时评|短评|快评|锐评|微评|评析|论坛|漫谈|小语|杂谈|随笔)|今日谈|评论员文章|观察者"
    r"|评论|观点|言论|社论|来论|(?!记者)[\u4e00-\u9fff]{2}观察)$"
)
# A box's label over its text (记者手记, 相关链接, 延伸阅读, 背景): the box's heading, its
# kicker when a small headline follows, its title when none does; a box starts there.
_BOX_NAMES = r"(?:记者手记|记者札记|记者观察|采访手记|相关链接|新闻链接|背景链接|知识链接|延伸阅读|相关阅读|背景|新闻背景|小贴士|编后|编后语)[:：]?"
# (Or in brackets, 【相关链接】, as a page may frame it.)
_BOX_LABEL = re.compile(rf"^[{LEAD_MARKS}\s]*(?:{_BOX_NAMES}|【\s*{_BOX_NAMES}\s*】)$")
_BOX_LAST = frozenset("记察接读景士后语：:】")  # the last characters of the labels ``_BOX_LABEL`` matches
# A bare name over a header line at the top of the page: its section (要闻 / 2024年5月8日 星期三).
_SECTION_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


# What every label, jump line and contacts line holds (most body lines do not): a label's
# last character (简讯 … 图说新闻, 时评 … 观察), 版 (a jump line) or a colon (contacts).
_LABEL_LAST = frozenset("讯览报递真锦闻评析坛谈章者察论点语笔")
_FRAMES = LEAD_MARKS + "【】"  # what a label may be set between (■一句话新闻■, 【快评】)
_FURNITURE_CHARS = re.compile("[版：:编校视]")  # what ``furniture_lines`` looks for inside a line
# A digest of the issue's pages (今日导读, 本版导读): its label alone (between marks, 【导读】,
# too), then teasers, each a headline with the page it stands on after it (◆夜间经济点亮
# 城市烟火气 详见第7版, …（详见第16版）, …▶第7版), or on the line under it.
_TEASER_LABEL = re.compile(r"^(?:今日|本版|本期|本刊|要闻|新闻)?导读$")
_PAGE_REFERENCE = re.compile(
    r"(?:[（(]?(?:详见|见|请看|转)第?[A-Za-z]?\d{1,3}版[）)]?|[▶►→]第?[A-Za-z]?\d{1,3}版)$"
)
TEASER_CHARS = 40  # characters a teaser's line holds at most
MIN_TEASERS = 2  # page references a digest gives at least
PULL_QUOTE_LINES = 5  # lines a pull quote is set in at most (in a narrow column)
PULL_QUOTE_CHARS = 40  # characters a pull quote holds at most (its marks aside): a sentence set large
PULL_QUOTE_MIN = 12  # characters a pull quote repeats at least (its marks aside)
PULL_QUOTE_MIN_QUOTED = 8  # ... in quotation marks
PULL_QUOTE_REACH = 80  # lines over and under it where its article's text may hold it
_QUOTE_MARKS = "“”‘’「」『』\"'"
_STOPS = frozenset("。！？!?…")  # a sentence's end, which a sentence starts after (or after a closing mark after it: 。”)
_CLOSERS = frozenset("”’」』")
_OPENERS = frozenset("“‘「『")
_CLOSING = "".join(_CLOSERS)
PULL_QUOTE_CONTEXT = 4  # characters over a pull quote that the text over its source does not say too (a passage printed twice)
PULL_QUOTE_NARROWER = 1.0  # em narrower or wider than the line over it a pull quote opens, at least (unless with a quotation mark)
PULL_QUOTE_RUNS_ON = 3.0  # em the lines over and under a pull quote differ by, at most (its column goes on)


def page_facts(header: list[str]) -> PageFacts:
    """What a page's header lines (``furniture_lines``' "header": 江西日报 2024年5月8日
    星期三 第3版 要闻, or parted over lines) say of it: its paper, date, page and edition
    (``pdf_furniture.header_facts`` over their parts, parted at spaces and marks such as
    ：·|)."""
    return header_facts([cell for text in header for part in text.split() if (cell := part.strip(SEPARATORS))])


def _header(text: str) -> bool:
    compact = text.replace(" ", "")
    return (
        len(compact) <= MAX_HEADER_CHARS
        and bool(find_date(compact))
        and bool(_HEADER_MARK.search(compact))
        and _DATE_IN_TEXT.search(compact) is None
    )


# A date that words go on from (2005年1月16日起在台视于每星期日晚上九…): text, not a
# header's field, which a space, the weekday, the page or the line's end follows.
_DATE_IN_TEXT = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?!星期|周[一二三四五六日天]|第|农历)[\u4e00-\u9fff]")


_CLAUSE_MARK = re.compile("[，。；：、！？,;!?《》“”（）()]")  # what a masthead line never holds (a sentence does)
# A masthead's date, a field of its own: at the line's start or after a space, and the
# weekday, a space or the line's end after it (not 1983 年 5 月 11 日的星期一至…: text).
_DATE_FIELD = re.compile(
    r"(?:^|\s)(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日(?=\s|$|星期|周)"
    r"|\d{4}([.\-/])\d{1,2}\1\d{1,2}(?=\s*星期[一二三四五六日天]))"  # (or in figures, before the weekday: 2020.6.8 星期一)
)


def is_masthead(text: str) -> bool:
    """Whether a line is a page's masthead line, wherever it stands: the page's date as a
    field of its own, with the weekday, page or paper (2024年5月20日 星期日 第7版, 南昌晚报
    2024年6月15日 第12版 文化; in figures before the weekday, 2020.6.8 星期一), and no
    clause mark (据《江西日报》2024年5月20日报道，… is text). A file of pages run together opens each page with its masthead, or closes each
    with one."""
    return (
        ("日" in text or "星期" in text)
        and len(text) <= MAX_HEADER_CHARS
        and _CLAUSE_MARK.search(text) is None
        and _DATE_FIELD.search(text) is not None
        and _header(text)
    )


def masthead_part(text: str, at_top: bool = False) -> bool:
    """Whether a short line beside a header (masthead) line is a part of it: the page and
    section, the weekday, the paper (``_HEADER_PART``), the page alone (第8版), a name
    dailies give a section (社会 over the date at the foot), or, above a header line at the
    top of the page (``at_top``), any bare name (its section: 史海钩沉)."""
    compact = _compact(text)
    return bool(
        _HEADER_PART.match(text.strip()) or PAGE_MARK.fullmatch(compact)
        or (at_top and _SECTION_NAME.match(compact) or is_section_word(compact))
    )


def box_label(text: str) -> bool:
    """Whether a line is a box's label (记者手记, 记 者 观 察, ■相关链接): a box starts there."""
    return (
        text[-1] in _BOX_LAST
        and len(text) <= 2 * MAX_LABEL_CHARS
        and _BOX_LABEL.match(_compact(text)) is not None
    )


def box_labels(lines: list[PageLine]) -> frozenset[int]:
    """The indices of the lines that are a box's label (``box_label``), but the page's
    first and last (a label heads text under it)."""
    last = _BOX_LAST  # (box_label's first test, made here without a call: most lines fail it)
    return frozenset(
        i for i in range(1, len(lines) - 1) if lines[i].text[-1] in last and box_label(lines[i].text)
    )


def may_label_the_page(name: str, header: Iterable[str]) -> bool:
    """Whether ``name``, a few ideographs alone over the page's first headline, may be the
    page's furniture (its section's name, or the paper's) rather than that headline's
    kicker, given the page's header lines ``header``: where the header prints the
    section's name among its fields (第13版 / 理论 / 2022年10月18日 星期二), another name
    there is a kicker (专访 / 聊聊战斗机), but for the paper's name (井冈山报), a name dailies
    give their sections (``is_section_word``: 政务, 体育) or a part of the section that
    names the news it holds (时事 … 综合新闻)."""
    named = {
        token
        for text in header
        for token in text.split()
        if _SECTION_NAME.match(token) and not PAPER.fullmatch(token) and not _field(token)
    }
    return not named or name in named or name in _SECTION_WORDS or name.endswith("新闻") or PAPER.fullmatch(name) is not None


# The names dailies give their sections, which an article seldom takes for its title (综合,
# 要闻, 城事): such a name alone over the page's first text names its section, not the text.
_SECTION_WORDS = frozenset((
    "要闻", "综合", "时事", "国内", "国际", "社会", "经济", "财经", "民生", "城事", "都市", "文化", "体育", "教育",
    "健康", "科技", "法治", "理论", "评论", "观点", "副刊", "读书", "旅游", "三农", "农村", "视点", "专题", "地方",
    "县域", "周刊", "文体", "娱乐", "生活", "消费", "军事", "两岸", "本地", "新闻", "关注", "政务", "政法", "党建",
))


def _section_news(text: str) -> bool:
    """Whether ``text`` names a section's news (综合新闻, 国际新闻, 本地新闻: a name dailies
    give a section, then 新闻): a band's label over the items under it wherever it stands,
    as the header may print it (the page's name, 第3版 综合新闻), no item's kicker."""
    return text.endswith("新闻") and text[:-2] in _SECTION_WORDS


def is_section_word(text: str) -> bool:
    """Whether ``text`` is one of the names dailies give their sections (综合, 要闻, 城事)."""
    return text in _SECTION_WORDS


def names_a_section(text: str) -> bool:
    """Whether a line is what a section's name is: two to six ideographs, nothing else
    (要闻, 史海钩沉)."""
    return _SECTION_NAME.match(text) is not None


def furniture_lines(lines: list[PageLine]) -> dict[int, str]:
    """The furniture among a page's lines, by index: "header", "page number", "editor
    line", "section label", "column label", "jump line", "footer", "teasers" or "pull
    quote".

    A header is a line holding the page's date with its weekday, page or paper, among the
    first or last ``EDGE_LINES`` lines, with the short lines next to it (beside it or beside
    one of them) that name the page or its section, or the header's fields, each a line of
    its own (江南都市报 / 2021年9月1日 / 第9版: ``_header_fields``), with the page's number
    alone at the foot (a "page number"); an editor line is a credit line of the
    page's editors anywhere (and the names under a role alone: 责任编辑 / 冯勇文); a
    section label is a line that only names a run of short items (简讯, ■ 短讯, 县区传真)
    or repeats alone the section's name its header prints (第11版  知识窗 / 知识窗);
    a column label names a commentary column (今日谈); a jump
    line says where an article goes on or came from (（下转第2版）, 上接第一版); a footer
    gives the paper's contacts (电子信箱：…, 新闻热线：…); "teasers" are a digest of the
    issue's pages, 今日导读 over headlines each sending the reader to its page
    (``_teasers``); a "pull quote" is a sentence of an article set large inside its text
    (``_pull_quotes``).
    """
    found: dict[int, str] = {}
    count = len(lines)
    edges = [range(min(EDGE_LINES, count)), range(max(count - EDGE_LINES, 0), count)]
    for top, edge in zip((True, False), edges, strict=True):
        todo = [i for i in edge if _header(lines[i].text)]
        for i in todo:
            found[i] = "header"
        while todo:
            i = todo.pop()
            for j in (i - 1, i + 1):
                # (A name dailies give a section beside a header line is a part of it even
                # past the edge's lines: 社会 over 2023年12月15日 星期五 / 10版 / 江南都市报.)
                if (
                    0 <= j < count and j not in found
                    and (j in edge and masthead_part(lines[j].text, top and j < i) or is_section_word(_compact(lines[j].text)))
                    and not (j > i and _number_runs_on(lines, j))
                ):
                    found[j] = "header"
                    todo.append(j)
    _header_fields(lines, found)
    # The section's name its header prints (第11版  知识窗): a line of that name alone is the
    # section's label over its items, whatever the name (史海钩沉, 博览), no kicker.
    named = {token for i in found for token in lines[i].text.split() if _SECTION_NAME.match(token)}
    for i, line in enumerate(lines):
        if i in found:
            continue
        text = line.text
        if named and _compact(text) in named:
            found[i] = "section label"
            continue
        # (One search for what the tests below look for inside a line: most lines hold none.)
        marked = _FURNITURE_CHARS.search(text) is not None
        # (A label set between marks, ■一句话新闻■, ◆观点◆: a headline's mark stands before it only.)
        framed = text[-1] in LEAD_MARKS and text[0] in LEAD_MARKS and len(text) > 2
        # (... or in brackets, 【快评】, as a box's label or a brief's title may be: only a
        # label's own words tell it.)
        bracketed = text[-1] == "】" and text[0] == "【"
        if (len(text) <= MAX_LABEL_CHARS and not line.ends_sentence
                and (text[-1] in _LABEL_LAST or framed or bracketed or marked and ("版" in text or "：" in text or ":" in text))):
            # (Labels, jump lines and contacts are short lines that end no sentence.)
            compact = _compact(text).strip(_FRAMES) if framed or bracketed else _compact(text)
            if _SECTION_LABEL.match(compact) or framed and _SECTION_NAME.match(compact) or _section_news(compact):
                found[i] = "section label"
            elif _COLUMN_LABEL.match(compact):
                found[i] = "column label"
            elif is_jump_line(compact):
                found[i] = "jump line"
            elif (
                is_contact_line(text) and (i < EDGE_LINES or i >= count - EDGE_LINES or i - 1 in found)
                and not _notice_contacts(lines, i) and not closes_offer(lines, i, found)
            ):
                # (The paper's contacts stand at the page's edge or with its furniture;
                # a notice's own, 投稿邮箱：…, inside its text is the notice's, and an
                # advertisement's, under its offer, the advertisement's.)
                found[i] = "footer"
            if i in found:
                continue
        edge = i < EDGE_LINES or i >= count - EDGE_LINES
        # (Away from the edges an editor line opens with its role, which holds 编, 版, 校
        # or 视: 编辑, 责编, 版式, 组版, 校对, 视觉设计; most lines hold none of them.)
        may_edit = marked and ("编" in text or "版" in text or "校" in text or "视" in text)
        if (edge or may_edit) and is_editor_line(text, edge=edge):
            found[i] = "editor line"
            # (A role alone, its names cut to the next line by the extractor: 责任编辑 / 冯勇文.)
            if i + 1 < count and is_editor_role(text) and _names_alone(lines[i + 1].text):
                found[i + 1] = "editor line"
    _header_run(lines, found)
    _named_top(lines, found)
    _teasers(lines, found)
    _pull_quotes(lines, found)
    return found


def _pull_quotes(lines: list[PageLine], found: dict[int, str]) -> None:
    """Mark as "pull quote" a run of up to ``PULL_QUOTE_LINES`` lines ending a sentence
    (``PULL_QUOTE_MIN`` to ``PULL_QUOTE_CHARS`` characters, its marks aside;
    ``PULL_QUOTE_MIN_QUOTED`` in quotation marks) that the text within
    ``PULL_QUOTE_REACH`` lines says again word for word as a whole sentence: a sentence of
    an article set large in its column, which the extractor gives where it stands.

    The run is set so: inside a sentence of the text (…联合体 / 内将实现检查检验结果 /
    “一位来自吉安的患者家属说。” / 互认、专家资源共享…), narrower or wider than the line
    over it (the line under it going on at that line's width, or ending its sentence short
    of it); or in quotation marks, between two sentences or two paragraphs. Else it is
    taken only right after the sentence it repeats (…具有自己的思想。 / 蓝甲虫原本是…具有
    自己的思想。); of two such copies both on lines of their own, the one set farther from
    its column's width.

    The text says it as a whole sentence after a sentence's end (and the mark opening a
    quotation), opening a paragraph, or opening a line set at another width than the quote
    where the text over it is not the text over the quote; read with the quote taken out,
    as a quote may stand inside the very sentence it repeats (食 / 食堂还为…服务。 / 堂还为…).

    None is taken that opens a paragraph (indented as the text's are) or stands under a
    byline; nor a passage printed twice (broken into lines as its source is, going on as
    its source goes on, or longer than a sentence set large), a caption printed twice
    between credits, a paragraph's last line the text says again in a longer sentence, or
    the text a quote taken already repeats (of two copies set as quotes, the one nearer its
    column's width is the text)."""
    texts = [line.text.replace(" ", "").replace("\u3000", "") for line in lines]  # (``_compact``, inline: every line)
    starts = list(itertools.accumulate(map(len, texts), initial=0))
    whole = "".join(texts)
    candidates = []  # (first line, last line, the words, set so)
    for end in itertools.compress(range(len(lines) - 1), map(attrgetter("ends_sentence"), lines)):
        if end in found:
            continue
        between = lines[end + 1].indent >= PARAGRAPH_INDENT
        quoted = lines[end].text[-1] in _QUOTE_MARKS
        for first in range(end, max(0, end - PULL_QUOTE_LINES + 1) - 1, -1):
            if first in found or first == 0:
                break
            opening, over = lines[first], lines[first - 1]
            if over.text[-1] in "）)】》" or first - 1 in found:
                break  # (not under a byline, （胡兰芳）)
            if opening.indent >= PARAGRAPH_INDENT:
                break  # (a paragraph's opening, set as the text's are)
            opens_quoted = opening.text[0] in _QUOTE_MARKS
            quote = whole[starts[first] : starts[end + 1]].strip(_QUOTE_MARKS)
            if len(quote) < (PULL_QUOTE_MIN_QUOTED if opens_quoted and quoted else PULL_QUOTE_MIN):
                continue
            if len(quote) > PULL_QUOTE_CHARS:
                break  # (a passage, not a sentence set large: a longer run holds more)
            under = lines[end + 1]
            # (Set so: inside a sentence and set apart, or in quotation marks.)
            shaped = not (over.ends_sentence or between) or quoted and opens_quoted
            if shaped and not opens_quoted and (
                abs(opening.width - over.width) < PULL_QUOTE_NARROWER
                or abs(under.width - over.width) >= PULL_QUOTE_RUNS_ON and not (under.ends_sentence and under.width < over.width)
            ):
                shaped = False  # (set another width, the column going on under it as over it, or its sentence ending there)
            if not shaped and not (
                over.ends_sentence and whole.endswith(quote, 0, starts[first]) and _after_stop(whole, starts[first] - len(quote))
            ):
                continue  # (not set so: only right after the sentence it repeats, both whole sentences)
            candidates.append((first, end, quote, shaped))
    if not candidates:
        return
    line_starts = frozenset(starts)
    runs = {(first, end) for first, end, _, shaped in candidates if shaped}
    for first, end, quote, shaped in candidates:
        if any(i in found for i in range(first, end + 1)):
            continue  # (a longer run ending there was taken)
        if not shaped:  # (right after the sentence it repeats)
            at = starts[first] - len(quote)
            # (Both set on lines of their own: the quote is the one set farther from the
            # column's width.)
            source = bisect_right(starts, at) - 1
            column = _column(lines, source, end)
            if starts[source] == at and _off(lines, source, first - 1, column) > _off(lines, first, end, column):
                first, end = source, first - 1
            if not _signed_round(lines, first, end):
                for i in range(first, end + 1):
                    found[i] = "pull quote"
            continue
        low = starts[max(0, first - PULL_QUOTE_REACH)]
        high = starts[min(len(lines), end + 1 + PULL_QUOTE_REACH)]
        # (The text round it, the quote taken out: it may stand inside the very sentence
        # it repeats, 食 / 食堂还为…服务。 / 堂还为…)
        text = whole[low : starts[first]] + whole[starts[end + 1] : high]
        at = text.find(quote)
        if at < 0 or _signed_round(lines, first, end):
            continue
        # (Not a passage printed twice: unless right after its source, the text going on
        # after the quote is not the text going on after its source.)
        after = text[at + len(quote) : at + len(quote) + PULL_QUOTE_CONTEXT + 1].lstrip(_CLOSING)
        at += low if at < starts[first] - low else low + starts[end + 1] - starts[first]
        source, source_end = bisect_right(starts, at) - 1, bisect_right(starts, at + len(quote) - 1) - 1
        if any(i in found for i in range(source, source_end + 1)):
            continue  # (its source is a quote taken already: this is the text the quote repeats)
        if (source, source_end) in runs and _off(lines, source, source_end, _column(lines, source, source_end)) > _off(
            lines, first, end, _column(lines, first, end)
        ):
            continue  # (its source, set as a quote too, is set farther from its column: this is the text)
        adjacent = not whole[at + len(quote) : starts[first]].lstrip(_CLOSING)
        if at < starts[first] and not adjacent and after[:PULL_QUOTE_CONTEXT] == whole[starts[end + 1] : starts[end + 1] + PULL_QUOTE_CONTEXT]:
            continue
        # (Where the text says it, a whole sentence: after a sentence's end (and the mark
        # opening a quotation), opening a paragraph, or opening a line set another width
        # than the quote, the text's own column.)
        set_apart = abs(lines[source].width - lines[first].width) >= PULL_QUOTE_NARROWER
        over = texts[first - 1][-PULL_QUOTE_CONTEXT:]
        opens = at - (whole[at - 1 : at] in _OPENERS)
        whole_sentence = (
            _after_stop(whole, opens)
            or opens == starts[source] and lines[source].indent >= PARAGRAPH_INDENT
            or at in line_starts and set_apart and whole[max(0, at - len(over)) : at] != over
        )
        # (A passage printed twice repeats its lines as they are broken.)
        if whole_sentence and (set_apart or not (at == starts[source] and _same_lines(texts, source, first, end))):
            for i in range(first, end + 1):
                found[i] = "pull quote"


def _signed_round(lines: list[PageLine], first: int, end: int) -> bool:
    """Whether lines ``first`` … ``end`` stand under a byline line (■本报记者 周涛玉) or a
    photo's credit, or over a credit or a byline: no text goes on round them (a caption
    printed twice, an article's opening)."""
    over, under = lines[first - 1].text, lines[end + 1].text
    return (
        find_credit(over) is not None or find_credit(under) is not None or find_byline(under) is not None
        or find_lead_line(over) is not None
    )


def _column(lines: list[PageLine], first: int, end: int) -> float:
    """The width of the column round lines ``first`` … ``end``: the widest of the two
    lines over them and the two under them."""
    return max((lines[i].width for i in (first - 2, first - 1, end + 1, end + 2) if 0 <= i < len(lines)), default=0.0)


def _off(lines: list[PageLine], first: int, end: int, column: float) -> float:
    """How far the widest of lines ``first`` … ``end`` is set from ``column``'s width."""
    return abs(max(lines[i].width for i in range(first, end + 1)) - column)


def _after_stop(text: str, at: int) -> bool:
    """Whether ``text`` ends a sentence right before ``at`` (。 or 。”)."""
    return at > 0 and (text[at - 1] in _STOPS or text[at - 1] in _CLOSERS and text[at - 2 : at - 1] in _STOPS)


def _same_lines(texts: list[str], line: int, first: int, end: int) -> bool:
    """Whether the lines from ``line`` on are the quote's lines ``first`` … ``end`` (its
    marks aside): the same lines printed twice."""
    quote = texts[first : end + 1]
    quote[0], quote[-1] = quote[0].lstrip(_QUOTE_MARKS), quote[-1].rstrip(_QUOTE_MARKS)
    return texts[line : line + len(quote)] == quote


def _teasers(lines: list[PageLine], found: dict[int, str]) -> None:
    """Mark as "teasers" a digest's label and the teasers under it, up to the last page
    reference, where it gives ``MIN_TEASERS`` or more: headlines of articles on other
    pages, each of which the reader is sent to (the articles' own headlines stand there;
    here they are no text, and a first article under them is no teaser)."""
    for i, line in enumerate(lines):
        if i in found or "导读" not in line.text or not _TEASER_LABEL.match(_compact(line.text).strip(_FRAMES)):
            continue
        last, references, pending = i, 0, False
        for j in range(i + 1, len(lines)):
            text = _compact(lines[j].text)
            if j in found or len(text) > TEASER_CHARS:
                break
            if _PAGE_REFERENCE.search(text):
                last, references, pending = j, references + 1, False
            elif not pending:
                pending = True  # (a teaser's headline, its page on the line under it)
            else:
                break
        if references >= MIN_TEASERS:
            for j in range(i, last + 1):
                found[j] = "teasers"


# A header's field as a line of its own (an extractor parts a header at the wide gaps between
# its fields: 江南都市报 / 2021年9月1日 / 第9版 / 理论): the date, the page (第9版, 第7版：民生,
# 经济 第6版, or its number after its section: 政务 04), the weekday, the paper, the lunar
# date or the serial number; and the page's number alone (08 among them, -9- at the foot).
FIELD_LINES = 8  # lines at the top of the page where a header's fields may stand
FOOT_LINES = 4  # ... at its foot
SHORT_FIELD = 4  # characters of a field alone right under a byline closing the text that may be a header's
_DATE_ALONE = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?:星期[一二三四五六日天])?$")
_PAGE_ALONE = re.compile(
    r"^(?:第[A-Za-z]?\d{1,3}版(?:[：:·|丨]?[\u4e00-\u9fff]{2,6})?|[\u4e00-\u9fff]{2,6}[：:·|丨]?第[A-Za-z]?\d{1,3}版"
    r"|[A-Za-z]\d{1,3}|\d{1,3}版)$"  # (a page of a lettered section, A12, or its number with 版: 14版)
)
_PAPER_ALONE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:日报|晚报|晨报|时报|商报|都市报|青年报|法治报)$")
# Any paper's name alone, also one ending in 报 alone (井冈山报, 中国教育报), not a word that
# ends so (工作简报, 年终喜报, 天气预报, 情况通报: a label's or a headline's). Only beside
# the page's other fields: a headline may name a paper (南华早报 over an article on it).
_PAPER_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,6}(?<![简快喜捷海情通预举汇公回申电警画战年月季])报$")
_SERIAL_ALONE = re.compile(r"^(?:农历[\u4e00-\u9fff]{4,12}|(?:国内统一连续出版物号)?CN\d{2}-?\d{4}(?:/[A-Z])?)$")
_NUMBER_ALONE = re.compile(r"^[-—–]?\d{1,3}[-—–]?$")
_SECTION_PAGE = re.compile(r"^[\u4e00-\u9fff]{2,6}[A-Za-z]?\d{1,3}$")  # 政务 04


def _field(text: str) -> str:
    """What header field a line is alone ("date", "page", "field" for the others, "number"
    for a number alone), or ""."""
    if len(text) > MAX_HEADER_CHARS:
        return ""
    compact = normalize("NFKC", text).replace(" ", "")
    if _DATE_ALONE.match(compact):
        return "date"
    if (_PAGE_ALONE.match(compact) or _SECTION_PAGE.match(compact)) and not is_jump_line(compact):
        return "page"
    if WEEKDAY.match(compact) or _PAPER_ALONE.match(compact) or _SERIAL_ALONE.match(compact):
        return "field"
    return "number" if _NUMBER_ALONE.match(compact) else ""


def _named_top(lines: list[PageLine], found: dict[int, str]) -> None:
    """Mark as "header" the page's first two lines where, no header found at the top, one
    names the paper (江西日报, 井冈山报) or the page (第2版, A01) and the
    other a section by a word dailies use (综合 / 江西日报, 九江日报 / 社会, 城事 / 第2版):
    a page without its date heads itself so. (A section's word alone says nothing here: a
    kicker may be one.)"""
    if len(lines) < 3 or 0 in found or 1 in found or "header" in (found.get(i) for i in range(min(FIELD_LINES, len(lines)))):
        return
    first, second = (_compact(lines[i].text) for i in (0, 1))
    for name, section in ((first, second), (second, first)):
        names = _PAPER_ALONE.match(name) is not None or bool(_paper_named(name)) or _field(name) == "page"
        if names and is_section_word(section):
            found[0] = found[1] = "header"
            return


def _header_fields(lines: list[PageLine], found: dict[int, str]) -> None:
    """Mark the header's fields that stand as lines of their own (``_field``) as "header":
    among the page's first ``FIELD_LINES`` lines or its last ``FOOT_LINES``, where two of
    them at least stand and one is the date or the page (not a date alone: a notice closes
    with one, 2023年6月13日), with a number alone among them (08) and a section's name (要闻)
    between two of them or at the page's edge beside one, or a name dailies give a section
    beside one (社会 over the footer's date); then, on a page whose header was
    found, the page alone among its last lines (-9-, 第7版), as "page number"."""
    count = len(lines)
    headed = "header" in found.values()
    for window in (range(min(FIELD_LINES, count)), range(max(count - FOOT_LINES, FIELD_LINES, 0), count)):
        fields = {
            i: kind for i in window
            if i not in found and (kind := _field(lines[i].text) or _paper_named(lines[i].text))
            and not (window[0] and _closes_notice(lines, i))  # (a notice's date at the foot: its own)
        }
        kinds = [kind for kind in fields.values() if kind != "number"]
        if len(kinds) < 2 or "page" not in kinds and not _dated(lines, fields, len(kinds), at_foot=window[0] > 0):
            continue
        headed = True
        for i in fields:
            found[i] = "header"
        edge = (window[0], window[-1])
        for i in window:
            name = lines[i].text.replace(" ", "")
            if i in found or not names_a_section(name):
                continue
            before, after = i - 1 in fields, i + 1 in fields
            # (Beside one field only, a name dailies give a section, 社会 over a footer's
            # date, is the header's too: a late headline is seldom one.)
            if before and after or (i in edge or is_section_word(name)) and (before or after):
                found[i] = "header"
    if headed:
        for i in range(max(count - FOOT_LINES, 0), count):
            # (Not over a jump line: the text cut there, 该区已建成社区食堂27 / （下转第2版）.)
            jumps = i + 1 < count and is_jump_line(_compact(lines[i + 1].text))
            if i not in found and not jumps and _field(lines[i].text) in ("number", "page"):
                found[i] = "page number"


def _dated(lines: list[PageLine], fields: dict[int, str], count: int, at_foot: bool) -> bool:
    """Whether header fields as lines of their own (``fields``, ``count`` of them not a bare
    number) hold the page's date; at the page's foot, with its weekday (2023年8月21日 星期一,
    or 星期一 a line of its own) or beside two fields more. There a date alone beside a
    paper's name is not enough: a notice closes with its date (九江市住房和城乡建设局 /
    2023年8月21日) over the paper's name."""
    days = [i for i, kind in fields.items() if kind == "date"]
    return bool(days) and (
        not at_foot or count >= 3 or any("星期" in _compact(lines[i].text) for i in days) or any(WEEKDAY.match(_compact(lines[i].text)) for i in fields)
    )


def _paper_named(text: str) -> str:
    return "field" if len(text) <= MAX_HEADER_CHARS and _PAPER_NAMED.match(_compact(text)) else ""


def _header_run(lines: list[PageLine], found: dict[int, str]) -> None:
    """Mark as "header" the rest of a header found at the page's top or foot: the lines
    that run from the page's edge through it, each furniture already or a header's field
    as a line of its own (``_field``, or a section's name, 要闻, or a paper's, 井冈山报), as
    far as the line farthest from the edge that is the header or a field naming the date,
    the page or the paper (南昌晚报 / 2023年7月31日 星期一 / 都市; A11 / 综合 / 井冈山报 /
    2022年10月6日 星期四 at the foot). A section's name past that line is not taken but
    for a word dailies name a section by or a paper's name (``_names_a_part``: 社会, 井冈山报):
    at the top it may be the first headline (乡村振兴 under the masthead), at the foot a
    writer's name closing the text (王娟 over the masthead), unless the page's editors'
    line stands over it there (then a paper's name or the page's field alone there makes
    a header too: 本版编辑：… / 理论 / 赣州晚报), or, if short (``_short_field``), a line
    closing the text (a byline, a photo's credit: （尹宁 摄） / 时事 / 2022年1月17日 星期一 /
    江南都市报). Those words are taken past the fields at the top or the foot (民生 /
    井冈山报 / 2024年6月9日 星期日), but not past the editors' line or, at the foot, a jump
    line (the text's last words); and a date alone under the lines
    naming who issues a notice, under its last sentence, is the notice's (江西南昌实业有限公司
    / 2024年5月10日 / 责任编辑：… / 2024年5月17日 星期五): the run stops there. First,
    such a field among the page's first lines that its last lines print again is a header,
    there and at the foot: a running head (时事 … 时事, 第2版 … 第2版; a headline is not printed twice so)."""
    count = len(lines)
    # A running head printed again at the foot (时事 … 时事, 第2版 … 第2版): a header's.
    heads = {_compact(lines[i].text): i for i in range(min(EDGE_LINES, count // 2)) if i not in found}
    for j in range(max(count - EDGE_LINES, count // 2), count):
        i = heads.get(_compact(lines[j].text))
        if i is not None and j not in found and _header_part(lines[j].text):
            found[i] = found[j] = "header"
    for foot, edge in enumerate((range(min(FIELD_LINES, count)), range(count - 1, max(count - FIELD_LINES, 0) - 1, -1))):
        run = []
        for i in edge:
            if i not in found and (not _header_part(lines[i].text) or _number_runs_on(lines, i)):
                break  # (南昌地铁4 / 号线开通运营: a headline's first line)
            if foot and i not in found and _closes_notice(lines, i):
                break  # (江西南昌实业有限公司 / 2024年5月10日 / 责任编辑：… / 2024年5月17日 星期五)
            run.append(i)
        # At the foot, the page's editors' line over the fields fences them off from the
        # text: a section's name between is no writer's name closing it (本版编辑：… /
        # 理论 / 赣州晚报, 责任编辑 陆霞 / 井冈山报 / 文化, 责任编辑… / 第2版); so does a
        # jump line sending the text on to another page (（下转第3版） / 时事 / 2024年3月17日
        # 星期日 / 井冈山报). At the top, the editors' line under the fields does (井冈山报 /
        # 时事 / 责编/覃翔 美编/… over the first items): no headline stands over it.
        fence = max((k for k, i in enumerate(run) if found.get(i) in (_FENCES if foot else _EDITORS)), default=0)
        fenced = any(
            found.get(i) == "header" or i not in found and (_names_the_page(lines[i].text) or _paper_named(lines[i].text))
            for i in run[:fence]
        )
        # At the top, a label over the first items (简讯, 凡人小语) under the fields fences
        # them off from the text as the editors' line does at the foot: the names between
        # are the header's (信息日报 / 民生 / 一句话新闻, 第14版 / 2023年10月15日 星期日 /
        # 井冈山报 / 城事 / 简讯), where one names the page.
        label = 0 if foot else max((k for k, i in enumerate(run) if found.get(i) in _LABELS), default=0)
        labelled = any(found.get(i) == "header" or _names_the_page(lines[i].text) for i in run[:label])
        # (The page's own number on its first line, 第16版 over 要闻, heads it as a header does.)
        numbered = not foot and run[:1] == [0] and _PAGE_ALONE.match(normalize("NFKC", _compact(lines[0].text))) is not None
        if not fenced and not labelled and not numbered and not any(found.get(i) == "header" for i in run):
            continue  # (no header found there: a paper's name or a section's alone makes none)
        strong = [k for k, i in enumerate(run) if found.get(i) == "header" or _names_the_page(lines[i].text)]
        if labelled:
            strong.append(label)
            strong.sort()
        if numbered and not strong:
            strong.append(0)
        if fenced:
            strong.append(fence)
            strong.sort()
        elif foot and run[-1] and _short_field(lines[run[-1]].text) and _closes_text(lines[run[-1] - 1].text):
            strong.append(len(run) - 1)  # (right under a byline or credit closing the text: no writer's name)
        # (A paper's or a section's name right past the fields is theirs too, 读书 / 06版 /
        # 信息日报 at the foot, 2023年12月2日 星期六 / 社会 / 井冈山报 at the top: a writer's
        # name closing the text is no such word, 王娟, nor is a first headline, 乡村振兴. Not
        # past the editors' line or a jump line: the text's, 吸引更多 / 社会 / （下转第2版）.)
        while (
            strong[-1] + 1 < len(run) and found.get(run[strong[-1]]) not in (_FENCES if foot else _EDITORS)
            and _names_a_part(lines[run[strong[-1] + 1]].text)
        ):
            strong.append(strong[-1] + 1)
        for i in run[: strong[-1] + 1]:
            found.setdefault(i, "header")


CLOSING_LINES = 2  # lines naming who issues a notice, over its date
ISSUER = re.compile(r"^\s*[\u4e00-\u9fff（）()]{1,24}\s*$")  # a line naming who (one name, no mark; wrapped, its last may be 局)
_LABELS = ("section label", "column label")  # furniture labelling the items under it
_FENCES = ("editor line", "jump line")  # furniture at the foot under which no item's text goes on
_EDITORS = ("editor line",)  # ... at the top over which no item's headline stands


def closes_the_text(lines: list[PageLine], index: int) -> bool:
    """Whether the header whose masthead line is line ``index`` stands at the foot of the
    last page of ``lines``: the lines under it, ``FIELD_LINES`` at most, are each a part
    of a header (``masthead_part``, a field alone: 要闻 / A12) or an editors' line."""
    rest = lines[index + 1 :]
    return len(rest) <= FIELD_LINES and all(
        masthead_part(line.text) or _field(line.text) or is_editor_line(line.text, edge=True) for line in rest
    )


def header_top(lines: list[PageLine], index: int) -> int:
    """The first line of the header whose masthead line is line ``index``: the masthead's
    parts over it (``masthead_part``: 3 要闻 / 2024年5月8日 星期三), and the fields an
    extractor gave a line each as far as the farthest naming the page or the paper (A11 /
    综合 / 井冈山报 / 2022年10月6日 星期四: ``_header_run``), and one more under a line
    closing the text before (``_closes_text``), if short (``_short_field``)."""
    top = at = index
    while at and (masthead_part(lines[at - 1].text) or _header_part(lines[at - 1].text)):
        at -= 1
        if masthead_part(lines[at].text) or _names_the_page(lines[at].text) or _paper_named(lines[at].text):
            top = at  # (井冈山报 / 2024年6月9日 星期日 / 第10版: a paper's name names the page too)
    # A short field past those right under a line closing an item (a byline, a photo's
    # credit) or the page's editors' line is the header's too (（本报记者 张三） / 综合 / 赣州晚报 /
    # 第8版 / 2024年1月10日 星期三): a writer's name closing the text stands under its text.
    if at < top and top > 1 and _short_field(lines[top - 1].text) and _closes_text(lines[top - 2].text):
        top -= 1
    return top


def _short_field(text: str) -> bool:
    """Whether a line is a field of ``SHORT_FIELD`` characters at most (时事, 要闻, -4-): a
    headline printed after its text, right under its byline, is longer (说说马祖列岛)."""
    return len(_compact(text)) <= SHORT_FIELD


def _names_a_part(text: str) -> bool:
    """Whether a line alone is a paper's name (井冈山报) or a word dailies name a section by
    (读书, 民生)."""
    return is_section_word(_compact(text)) or bool(_paper_named(text))


def _closes_notice(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` is a date alone closing a notice, not the page's: under the one
    or two lines naming who issues it (江西南昌实业有限公司, no mark, no paper's or
    section's name), under a finished sentence (…特此公告。)."""
    if _field(lines[i].text) != "date" or "星期" in _compact(lines[i].text):
        return False
    above = over_issuers(lines, i, lambda k: _header_part(lines[k].text) or bool(_paper_named(lines[k].text)))
    return i - above > 1 and above >= 0 and lines[above].ends_sentence


_ADDRESS = re.compile(r"^(?:地址|网址|店址)\s*[:：]\s*\S")
FIGURE = re.compile(r"[0-9０-９]")  # a figure: a digit, ASCII or full width


_PAPERS_DESK = re.compile(r"^[^:：]*(?:新闻|投稿|读者|报社|编辑)")  # the paper's own contacts (新闻热线：…)


def advert_contact(text: str) -> bool:
    """Whether a line gives contacts as an advertisement does: a telephone or mail line
    (``is_contact_line``: 咨询电话：0791-8612 3456, VIP热线：…) or an address (地址：…); not
    the paper's own (新闻热线, 投稿邮箱, 读者来信: the newsroom's, set at the page's foot
    or wherever the columns put it)."""
    return (is_contact_line(text) or _ADDRESS.match(text) is not None) and not _PAPERS_DESK.match(text)


ADVERT_LINES = 4  # lines of an advertisement's offer over its contacts, at most


_SENTENCE_MARKS = re.compile("[。！？!?]")


def _phrase_line(line: PageLine) -> bool:
    """Whether ``line`` may be a line of an advertisement: a heading-like line holding no
    sentence's end anywhere (an advertisement's lines are phrases), not ending in a
    bracket (a byline's) nor opening with a dash (a subtitle's)."""
    return (
        line.heading_like and not _SENTENCE_MARKS.search(line.text) and line.text[-1] not in "）)】"
        and line.text.lstrip()[:1] not in "—－-"
    )


def states_figure(line: PageLine) -> bool:
    """Whether ``line`` may be a line of an advertisement's offer: a phrase line
    (``_phrase_line``) stating a figure (a price, a size, a date: 以旧换新最高补贴2000元)."""
    return _phrase_line(line) and FIGURE.search(line.text) is not None


def advert_title(lines: list[PageLine], first: int, taken: Container[int]) -> int | None:
    """The line of an advertisement's title over its contact lines from line ``first``
    on: over one to ``ADVERT_LINES`` lines of its offer (``states_figure``), a heading line
    that ends no sentence and holds no figure (暑期游学季 / 井冈山红色研学三日游 每人980元 /
    婺源篁岭赏秋二日游 每人560元 / 报名电话：0791-8677 1234); None where there is none.
    ``taken``: lines that are something else (a byline's, furniture)."""
    top = first
    while top and first - top < ADVERT_LINES and top - 1 not in taken and states_figure(lines[top - 1]):
        top -= 1
    title = top - 1
    if top == first or title < 0 or title in taken:
        return None
    line = lines[title]
    return title if _phrase_line(line) and not FIGURE.search(line.text) else None


def closes_offer(lines: list[PageLine], i: int, taken: Container[int] = ()) -> bool:
    """Whether line ``i`` gives contacts under an advertisement's offer and title
    (``advert_title``), past other contact lines over it."""
    if not advert_contact(lines[i].text):
        return False
    j = i
    while j and advert_contact(lines[j - 1].text):
        j -= 1
    return advert_title(lines, j, taken) is not None


def _notice_contacts(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` is a notice's contacts: the lines under it name who issues the
    notice (``ISSUER``, up to ``CLOSING_LINES``), then its date alone."""
    j = i + 1
    while j < len(lines) and j - i <= CLOSING_LINES and ISSUER.match(lines[j].text):
        j += 1
    return i + 1 < j < len(lines) and _DATE_ALONE.match(normalize("NFKC", _compact(lines[j].text))) is not None


def over_issuers(lines: list[PageLine], i: int, unlike: Callable[[int], bool]) -> int:
    """The index of the line over those naming who issues a notice over line ``i``: up to
    ``CLOSING_LINES`` of them (``ISSUER``: 九江市住房和城乡建设局, wrapped or not), none of
    them a line ``unlike`` says is no issuer's (i - 1 where there are none, -1 past the
    page's first line)."""
    above = i - 1
    while above >= 0 and i - above <= CLOSING_LINES and not unlike(above) and ISSUER.match(lines[above].text):
        above -= 1
    return above


def _closes_text(text: str) -> bool:
    """Whether a line ends with a byline or a photo's credit (an item closes there), or is
    the page's editors' line or a jump line sending the text on ((下转第3版))."""
    signature = find_byline(text) or find_credit(text)
    return (
        signature is not None and signature.end >= len(text.rstrip()) or is_editor_line(text, edge=True)
        or is_jump_line(_compact(text))
    )


def _names_the_page(text: str) -> bool:
    """Whether a line alone is a header's field naming the page: its date, its number, the
    paper or the weekday (``_field``; not a bare number, nor a section's name)."""
    return _field(text) in ("date", "page", "field")


def _header_part(text: str) -> bool:
    """Whether a line may be a header's field standing alone (``_header_run``)."""
    if len(text) > MAX_HEADER_CHARS:
        return False
    compact = _compact(text)
    return bool(_field(text) or _SECTION_NAME.match(compact) or PAPER.fullmatch(compact))


def _compact(text: str) -> str:
    """``text`` without its spaces, ASCII and ideographic (a label letter-spaced: 记 者 手 记)."""
    return text.replace(" ", "").replace("\u3000", "")


RUNS_ON_REACH = 12  # lines under a headline's first line that may write its number again


def _number_runs_on(lines: list[PageLine], j: int) -> bool:
    """Whether line ``j``'s number runs on into the line under it, as the text under them
    writes it (南昌地铁4 / 号线开通运营 over …南昌地铁4号线一期工程…): a headline's first
    line, not a section's name and the page's number (南昌晚报 7 / 年轻人为何…: 晚报7年轻
    is nowhere in the text)."""
    if j + 1 >= len(lines) or not cuts_number(lines[j].text, lines[j + 1].text):
        return False
    # (Digits full width in one and half width in the other are one number: NFKC.)
    run = normalize("NFKC", lines[j].text[-3:] + lines[j + 1].text[:2]).replace(" ", "")
    under = normalize("NFKC", "".join(line.text for line in lines[j + 2 : j + 2 + RUNS_ON_REACH]))
    return run in under.replace(" ", "")


_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,2}")


def _names_alone(text: str) -> bool:
    """Whether a line holds up to three persons' names and nothing else (冯勇文, 梁斌洁 杜浩浩)."""
    text = text.strip()
    return _NAMES.fullmatch(text) is not None and all(personal_name(name) for name in text.split())
