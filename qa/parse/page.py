"""Raw newspaper-page layout: lines → items (articles, captioned photos) with their
headlines, bylines and paragraphs.

A page extracted from PDF has lost its typography but kept its evidence:

- Width: each article is hard-wrapped at its column's width, measured in em (an
  ideograph is 1, digits and Latin letters ½, punctuation ½ or 1 as the page sets it:
  ``qa.parse.lines.page_metric``). A body line is full, or a paragraph's first line (its
  two-em indent lost, so about 2 em short), or a paragraph's last line ending a sentence.
- Justification sprays spaces into a full line (`截 至 目 前`).
- An article ends at its byline `（胡位涛 肖 俊）`, a photo caption at its credit `方 曦摄`
  (see ``qa.parse.byline``); a byline that follows no finished sentence (`记者 张三 报道`,
  `本报记者 王五` under a headline) opens the item after it. An item without a byline
  takes its authors from a dateline opening its body (`本报讯（记者 张三）…`), which stays
  in the body as printed: the names are copies (``PageItem.authors_in_text``).
- Layout breaks (a leading space, a missing blank line in a double-spaced file, a blank
  line in a single-spaced one) mark where a block starts, unless the page keeps every
  paragraph's indent.

Where items start, which lines are headlines and whose, is decided for the page as a
whole (``qa.parse.segment``); every line ends in an item, and decisions read with a small
margin are reported with the item (``PageItem.doubts``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, compress, islice
from operator import attrgetter, itemgetter
from unicodedata import normalize

from qa.parse.byline import (
    COMPOUND_SURNAMES,
    LEAD_MARKS,
    REPORTS,
    Signature,
    find_bare_name,
    find_byline,
    find_credit,
    find_dateline,
    find_lead_line,
    find_name_line,
    find_report_line,
    joined_bylines,
    leaves_bracket_open,
    may_credit,
    personal_name,
    wire_end,
)
from qa.parse.columns import WIDTH_CHANGE, PageLines, PageText
from qa.parse.furniture import (
    FIGURE,
    advert_contact,
    advert_title,
    box_label,
    box_labels,
    closes_the_text,
    furniture_lines,
    header_top,
    is_masthead,
    is_section_word,
    may_label_the_page,
    names_a_section,
    over_issuers,
)
from qa.parse.headings import bigrams, breaks_phrase, clean_heading, roles_read, sets_titles_framed
from qa.parse.interleave import untangle
from qa.parse.lines import (
    CLAUSE_MARKS,
    FULL,
    INDENT,
    INDENT_SHOWN,
    INDENT_SLACK,
    MARKED_TITLE,
    PARAGRAPH_INDENT,
    SUBHEAD,
    SUBHEAD_CLAUSES,
    SUBHEAD_MAX,
    SURE_SHORT,
    PageLine,
    block_width,
    page_metric,
    read_lines,
    remeasured,
    unit_width,
)
from qa.parse.pdf_furniture import is_contact_line
from qa.parse.segment import (
    CAPTION_LINES,
    ECHO_LINES,
    MAX_HEADS,
    NOTE_REACH,
    SUBTITLE_DASHES,
    bracket_title,
    bracket_wrapped,
    caption_mark,
    confidence,
    decode,
    is_dateline,
    keeps_subject,
    leaves_open,
    left_short,
    opens_item,
    opens_note,
    reads_on,
    takes_up,
)
from qa.parse.viterbi import DOUBT, Span
from qa.parse.wording import (
    LIST_ITEM,
    TOPIC_LINES,
    restated,
    sentence_openings,
    speaker_turns,
    subject_change,
)
from qa.parse.words import cuts_word, is_word
from qa.text import clean_spaces

# What a byline line holds (a role word, 报道, a mark, 文/): only such lines are read for one.
_SIGN_MARKS = frozenset(LEAD_MARKS)
_DASHES = ("—", "－", "-", "─")  # what opens a subtitle line (——越南枢机)
_CLAUSE_ENDS = frozenset("，、；：,;:")
_PUSHED_DOWN = re.compile(r"[（(《“\"]?\s*[A-Za-z0-9]")  # a run no line break may split
_LEADING_IN = frozenset("道说云曰话句点下示出绍称述讲言告问答写唱吟")  # last words of a lead-in to a quotation or a list
_QUOTES = frozenset("道云曰写唱吟话")  # ... to what was written, said or sung (写道：, 几句话：, 唱道：)
MINOR_REACH = 40  # lines between two 小标题 of one article on a page that sets paragraphs flush, at most
MINOR_GAP = 3  # ... at least (a paragraph of two lines between)
HEADS_UNDER = 4  # lines under a heading line whose widest shows the column of the body under it
REPEAT_REACH = 5  # lines under a sprayed line whose words, repeated, show it a title over its body (a stack and a dateline between)
LED_IN_LINES = 12  # short lines (verse, a list) a paragraph ending in a colon may lead into
# A notice's title (关于…的公告 or a short name: running text wrapped after 发布公告 is
# longer) and a date alone closing it (2024年 11 月 3 日), under the lines naming who
# issues it (``furniture.ISSUER``).
_NOTICE_TITLE = re.compile(r"^\s*(?:关于.{2,30}的(?:公告|通知|通告|公示)|.{0,12}(?:公告|启事|通告|公示))\s*$")
_DATE_ALONE = re.compile(r"^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
_CLOSING_FORMULA = re.compile(r"特此|此致|敬请|谨此")  # a notice's closing words (特此公告。)
MAX_NAME_LINE = 20  # characters a line of names alone may hold (□ 邹晶伟 梁雪)
NAME_REACH = 8  # lines under a bare name in which a piece about that person names them
LETTER_SPACED_MAX = 12  # em: letter spacing spreads a short headline
LETTER_SPACED_REACH = 6  # lines either side whose upper quartile of widths a letter-spaced headline is well under
# What opens each of the words and marks ``_may_sign`` looks for (most lines hold none:
# one search is cheaper than a test for each).
_ROLE_KINDS = ("记者", "通讯员", "实习生", "评论员")  # what a role word names, whoever's it is
_SECOND_ROLES = ("通讯员", "实习生")  # roles a byline names after its reporters' (本报记者 张三 / 通讯员 李四)
_SIGN_CHARS = re.compile("[记报通实评编/／]")
_CREDIT_LAST = frozenset("摄发图真")  # what a credit's last character may be (方 曦摄, 新华社发, 视觉中国供图)
_TITLE_MARKS = frozenset("■◆●")  # marks a title may stand behind (▲ opens captions too)
_BARE_SOURCE_LAST = frozenset("》社网")  # what ends a source printed bare (据《人民日报》, 据新华社, 据中新网)
_BULLETS = frozenset("■◆●▲")  # marks a short item may open with under a section label
SUBHEAD_REACH = 3  # lines over a 小标题 whose widest shows the column's width
_SUBHEAD_FIRST = frozenset("■◆●▲一二三四五六七八九十")  # what a 小标题 may open with (cheap first test)
BRIEF_GAP = 0.5  # change of subject (qa.parse.wording.subject_change) at a marked line that heads a short item
_LABELS = frozenset(("section label", "column label"))  # furniture an item starts under
BRIEF_REACH = 40  # lines under a section label that may hold its short items' marked titles
SPACING_WINDOW = 8  # lines either side that show whether a page is double-spaced
WINDOW_LINES = 3000  # page lines parsed at once when streaming
MAX_WINDOWS = 16  # a window without item boundaries grows to this many times its size
FLUSH_SLACK = 0.75  # em an opening of a flush page may differ from the line under it
FLUSH_MIN = 2  # openings of one shape a page needs to show it sets paragraphs flush (or lost its indents): a short page has few
FLUSH_SHARE = 2.0  # ... and how many times the openings about 2 em short
SHORT_OPENING = 1.0  # per unit of log odds of full openings to short ones on a flush page
SPRAYED_MIN = 3  # sprayed openings a page needs (and more than plain ones) to show it sprays its paragraphs' first lines
PLAIN_OPENING = 3.0  # per unit of log odds of sprayed openings to plain ones on such a page
INDENTED_OPENINGS = 0.25  # share of lines after a sentence end kept indented: the page keeps indents
OTHER_WAY = 4.0  # how much cheaper a page must read with its either-way bylines turned round than as its habit reads them


@dataclass(frozen=True, slots=True)
class Doubt:
    """A layout decision read with a small margin.

    Attributes:
        line: the file line where it was made (1-based).
        confidence: the probability that the decision is right, in [0.5, 1).
        what: what was decided ("item starts here", "item goes on").
    """

    line: int
    confidence: float
    what: str


@dataclass(frozen=True, slots=True)
class PageItem:
    """An article or captioned photo rebuilt from page lines.

    Attributes:
        kind: "article", "photo" or "furniture" (a line of the page's header, an
            editors' credit line, a section or column label, a jump line or a contacts
            footer, its text the one paragraph).
        title, kicker, subtitle: heading lines, cleaned ("" when none).
        paragraphs: clean paragraphs in reading order.
        authors: byline names; photographer: credit names joined by a space.
        first_line, last_line: the span of file lines the item was built from.
        consumed: the characters of its byline or credit that are in no field (see
            ``qa.parse.byline``).
        roles: the byline's role words, in order (`记者`, `通讯员`).
        authors_in_text: the authors were read from a dateline that stays in the first
            paragraph (本报讯（记者 张三）), so their characters are copies.
        confidence: the probability that the item is read as printed where its layout
            decides it: the least sure of where it starts (with the headings it has), the
            decisions inside it and where the next item starts, which is where it ends
            (1.0 when nothing else fits).
        doubts: decisions inside the item read with a small margin (its start included).
        leftover: lines no item could take, kept as an item of their own so that nothing
            is lost.
        what: for a "furniture" item, what it is ("header", "editor line", "section label",
            "column label", "jump line", "footer", "teasers", "pull quote").
        across: its lines came row by row across columns set side by side and were read
            back column by column (``interleave.untangle``).
        sheet: the page of the file it stands on, 0 for the first (``iter_page``: a form
            feed or a masthead under a page's text opens the next).
    """

    kind: str
    title: str
    kicker: str
    subtitle: str
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]
    photographer: str
    first_line: int
    last_line: int
    consumed: str = ""
    roles: tuple[str, ...] = ()
    authors_in_text: bool = False
    confidence: float = 1.0
    doubts: tuple[Doubt, ...] = ()
    leftover: bool = False
    what: str = ""
    across: bool = False
    sheet: int = 0


@dataclass(frozen=True)
class PageLayout:
    """Items in page order (every line in one) and the conventions the page was read under."""

    items: list[PageItem]
    conventions: str = ""

    @property
    def doubts(self) -> list[Doubt]:
        """Every item's doubts, in page order."""
        return [doubt for item in self.items for doubt in item.doubts]


@dataclass
class _Marked:
    """The lines with their signatures, as the decoder and the item builder read them
    (``closings``: see ``_closings``; ``led``: see ``_led_lines``)."""

    lines: list[PageLine]
    ends: dict[int, tuple[Signature, str]]
    leads: dict[int, Signature]
    closings: frozenset[int] = frozenset()
    led: frozenset[int] = frozenset()
    either_way: bool | None = None  # how the byline lines that may sign above or open below were read (``_sign_by_habit``)

    @property
    def signed(self) -> list[int]:
        """The lines of its bylines, credits and leads, in order."""
        return sorted(self.ends.keys() | self.leads)


@dataclass(frozen=True)
class _Scan:
    """What ``_mark`` finds before the page's habit is asked (``_scan``): the lines, the
    bylines and credits ending items and those opening them, the byline lines that may
    do either, and how many sign the text above over a headline. Never changed: each
    reading of the page marks a copy."""

    lines: list[PageLine]
    ends: dict[int, tuple[Signature, str]]
    leads: dict[int, Signature]
    either: list[int]
    signing: int


def _mark(lines: list[PageLine], labelled: frozenset[int] = frozenset(), habit: bool | None = None) -> _Marked:
    """Find bylines and credits: one ending a line after a finished sentence ends an item
    (the line is split into its text and the signature); one that follows no finished
    sentence (`记者 张三 报道`, `（本报记者 王五）`, `■本报记者 王五` under a headline)
    opens the item after it. ``habit``: how to read a byline line that may do either
    (``_sign_by_habit``; None: by the page's habit)."""
    return _marked(_scan(lines, labelled), habit)


def _marked(scan: _Scan, habit: bool | None) -> _Marked:
    """``_mark`` of the lines ``scan`` read, the byline lines that may sign the text above
    or open the item under them read as ``habit`` says."""
    out, ends, leads = scan.lines, dict(scan.ends), dict(scan.leads)
    either_way = _sign_by_habit(out, ends, leads, scan.either, scan.signing, habit) if scan.either else None
    closings = _closings(out, ends, leads)  # (adds the notices' dates to ends first)
    closings |= _adverts(out, ends, leads, closings)  # (and the adverts' last contacts)
    return _Marked(out, ends, leads, closings, _led_lines(out, ends, leads), either_way)


def _scan(lines: list[PageLine], labelled: frozenset[int], jumped: frozenset[int] = frozenset()) -> _Scan:
    """``_mark``'s reading of the lines, whatever the page's habit (the same for both
    readings of a page's either-way byline lines: ``_analyse`` scans once); ``jumped``: the
    file line numbers of the lines under a jump line sending the text above it to another
    page (（下转第4版）), where no sentence is finished: the text goes on there, and its
    byline with it, so a byline under the jump line opens the item under it. So does one
    under a label, ``labelled`` (评论 / ■顾娜 / 近日，…): what the label names starts there."""
    out: list[PageLine] = []
    ends: dict[int, tuple[Signature, str]] = {}
    leads: dict[int, Signature] = {}
    scanned, last_colon = 0, -LED_IN_LINES - 2
    either: list[int] = []  # bylines read as opening the item under them that may end the one above
    signing = 0  # byline lines after a finished sentence read as signing the text above (over a headline)
    for index, line in enumerate(lines):
        text = line.text
        size = len(text)
        marked = text[0] in _SIGN_MARKS
        # (``_may_sign``'s tests made here, its words only where one of their characters
        # stands: most lines fail the first two, no call.)
        may_sign = size <= 40 and (marked or _SIGN_CHARS.search(text) is not None and _sign_words(text))
        if not (
            may_sign or marked or size <= 4 or text[-1] in "）)" or text[-1] in _CREDIT_LAST and may_credit(text)
            or " " in text and size <= MAX_NAME_LINE or text[-1] in _BARE_SOURCE_LAST and "据" in text
        ):
            # Running text: every reading below needs one of these (a byline's words, a
            # mark, a short name, a bracket or a credit at the end, a space between names
            # on a short line).
            out.append(line)
            continue
        while scanned < len(out):  # (the last line ending in a colon: few do, so _led_in is seldom asked)
            if out[scanned].text[-1] in "：:":
                last_colon = scanned
            scanned += 1
        finished = bool(out) and line.number not in jumped and line.number not in labelled and (
            out[-1].ends_sentence and len(out) - 1 not in ends
            or len(out) - 1 - last_colon <= LED_IN_LINES and _led_in(out, ends, leads)
            # (Names in brackets under a colon sign what it led into, left unprinted.)
            or text[0] in "（(" and out[-1].text[-1] in "：:" and _signs_under_colon(text)
        )
        # A ？/！ line that goes on with running text above it (a line of clauses, not a
        # headline's first line) ends a paragraph: a bracket under it is its end byline.
        above = len(out) - 2
        question = bool(out) and out[-1].headline_mark and (
            above < 0 or above in ends or above in leads or not _running(out[above])
        )
        # (A bracket under a line ending a dateline, 本报西安11月24日电, is its byline.)
        # (A line under a bracket left open, 电（记者 赵玉鹏 / 通讯员 何 兰 丁 / 彬飞）, goes
        # on inside it: no byline line of its own.)
        goes_on = (may_sign or " " in text or text[0] in _SIGN_MARKS) and bool(out) and (
            text[0] in "（(" and out[-1].text[-1] in "讯电" and is_dateline(out[-1].text) or leaves_bracket_open(out[-1].text)
        )
        if (text[0] in _SIGN_MARKS or " " in text) and len(text) <= MAX_NAME_LINE and not goes_on:
            # Names alone (□ 邹晶伟 梁雪, ■陆文东, 林 萱): under the text they end, a
            # signature; elsewhere (under a headline) a byline opening the item.
            named = find_name_line(text)
            if named is not None and not _named_below(named.names, lines[index + 1 : index + 1 + NAME_REACH]):
                # (Under a ？/！ headline line, 这样的好事，谁不喜欢？, names open the item.)
                if finished and not question:
                    ends[len(out)] = (named, "article")
                else:
                    leads[len(out)] = named
                out.append(line)
                continue
        if (
            finished and not question and len(text) <= 4
            and _signs_above(text, lines[index + 1 : index + 1 + NAME_REACH])
            and not _signed(out, ends, leads, text, labelled)
        ):
            ends[len(out)] = (find_bare_name(text), "article")
            out.append(line)
            continue
        if size <= 4 and _writer_over_heading(out, ends, leads, text, lines[index + 1 : index + 1 + NAME_REACH], labelled):
            leads[len(out)] = Signature(0, (text.strip(),), "", (), len(text))
            out.append(line)
            continue
        below = lines[index + 1 : index + 1 + NAME_REACH]
        # (A name under a ？/！ headline standing alone, or set in from text set flush under
        # it, is set apart from the text: no running text going on, whatever the widths.)
        apart = question or bool(line.indent and below and not below[0].indent)
        if (not finished or question) and out and _writer_under_heading(out, ends, leads, text, below, apart):
            leads[len(out)] = Signature(0, (text.strip(),), "", (), len(text))
            out.append(line)
            continue
        last_line = index + 1 == len(lines)  # (a byline there opens nothing: no text follows it)
        if may_sign and not goes_on and not last_line:
            lead = find_lead_line(text)
            # Under a headline any byline line opens the item; after a finished sentence
            # one led by a mark or 文/ does too, and so does a bare one but for a report
            # (■本报记者 王五, 文/王五, 本报记者 王五), for a headline may be printed after
            # its article, the byline over the body; a bracketed one there, or a report
            # (记者 王五 报道), ends the item before. (One there over heading lines signs
            # the text above, 文/秦 洋 / 一体化运作 一揽子解决 / 上栗创新…: no byline
            # opens an item over its headline. One there over text, but for a marked
            # one, may sign the text above too: it is read both ways, ``_sign_by_habit``.)
            if lead is not None and (not finished or question or _opens_lead(text)
                                     or text[0] not in "（(" and not text.endswith(REPORTS)):
                if finished and not question and lead.names and (
                    _heads_under(lines, index) or _captions_under(lines, index)
                ):
                    ends[len(out)] = (lead, "article")
                    signing += 1
                else:
                    if finished and not question and lead.names and text[0] not in _SIGN_MARKS:
                        # (文/张三 too: it heads a feature under its headline or ends one,
                        # over the next headline where that is as wide as the column.)
                        either.append(len(out))
                    leads[len(out)] = lead
                out.append(line)
                continue
        if may_sign and not goes_on and last_line and finished and not question:
            # The page's last line: a byline there opens nothing, so under a finished
            # sentence it signs the text above (文/邱 凯 closing a feature).
            lead = find_lead_line(text)
            if lead is not None and lead.names:
                ends[len(out)] = (lead, "article")
                out.append(line)
                continue
        signature, kind = None, "article"
        last = text[-1]
        if last in "）)" or last in _BARE_SOURCE_LAST and "据" in text:  # (or a source printed bare: 据《人民日报》)
            signature = find_byline(text)
        elif may_sign and not goes_on:
            signature = find_report_line(text)
        if signature is None and may_credit(text):
            signature, kind = find_credit(text), "photo"
            if (
                signature is not None and not signature.roles and index + 1 < len(lines)
                and any(len(name) > 4 and "·" not in name for name in signature.names)
                and cuts_word(text, lines[index + 1].text)
            ):
                signature = None  # (对人类而言，正常摄 / 入的咖啡因: the word 摄入 cut by the column)
        before = line.text[: signature.start].rstrip() if signature is not None else ""
        text_before = PageLine.read(line.number, before, line.indent, line.blank_before) if before else None
        if (
            signature is None
            or signature.start == 0 and not finished and not last_line
            or text_before is not None and not text_before.ends_sentence and not signature.roles
            and not (kind == "article" and (
                _set_apart(line.text, signature, lines[index + 1 : index + 2], labelled)
                or _apart_after_led_in(out, ends, leads, line.text, signature, text_before)
            ))
        ):
            # A bracket line that follows no finished sentence is text, and so is a
            # bracket after words that end none (第1舰队 (日本海军): a title), unless it
            # names a role (…举行 （本报记者 张三）: an article ending without a full stop)
            # or people set apart from the words (身高 182CM （苏辉怡）).
            out.append(line)
            continue
        if text_before is not None:
            out.append(text_before)
            ends[len(out)] = (signature, kind)
            out.append(PageLine.read(line.number, line.text[signature.start :].strip()))
        else:
            ends[len(out)] = (signature, kind)
            out.append(line)
    for i in [i for i in either if _one_byline_over_two(out, leads, i)]:
        either.remove(i)  # (本报记者 贾光 / 通讯员 陆思: one byline over two lines opens the item under it)
    for i in [i for i in either if _over_another_byline(out, leads, i) or i + 1 < len(out) and caption_mark(out[i + 1].text)]:
        # (Nor does a writer's byline open a photo's captions, 上图：…, ▲…: the one over
        # them signs the text above.)
        ends[i] = (leads.pop(i), "article")
        either.remove(i)
    return _Scan(out, ends, leads, either, signing)


def _one_byline_over_two(out: list[PageLine], leads: dict, i: int) -> bool:
    """Whether the byline line ``i`` (one that may sign the text above or open the item
    under it) and the byline line right under it are one byline over two lines: the one
    under names only roles that go with a reporter's (通讯员, 实习生), and none of the
    line's own, no mark leading it (本报记者 贾光 / 通讯员 陆思). Then
    ``i`` opens the item under it with its second line, whatever the page's habit."""
    under = leads.get(i + 1)
    if under is None or not under.names or not leads[i].roles or out[i + 1].text[0] in _SIGN_MARKS:
        return False
    return _second_roles_only(under) and not set(under.roles) & set(leads[i].roles)


def _second_roles_only(signature: Signature) -> bool:
    """Whether a byline names only roles that go with a reporter's (通讯员 陆思, 实习生 王五)."""
    return bool(signature.roles) and all(role.endswith(_SECOND_ROLES) for role in signature.roles)


def _over_another_byline(out: list[PageLine], leads: dict, i: int) -> bool:
    """Whether the byline line ``i`` (one that may sign the text above or open the item
    under it) stands right over another byline line that opens an item of its own: led
    by a mark (本报记者 谢琪平 程波艳 / □ 本报记者 崔国) or naming the same role again (a
    byline over two lines names a second role on its second: 本报记者 张三 / 通讯员 李四).
    Then ``i`` signs the text above, whatever the page's habit."""
    under = leads.get(i + 1)
    if under is None or not under.names:
        return False
    # (本报记者 and 记者 name one role: a paper's or agency's name before it says whose.)
    return out[i + 1].text[0] in _SIGN_MARKS or bool(set(map(_role_kind, under.roles)) & set(map(_role_kind, leads[i].roles)))


def _role_kind(role: str) -> str:
    """A role word without whose it is (本报记者, 新华社记者, 记者: 记者)."""
    return next((kind for kind in _ROLE_KINDS if role.endswith(kind)), role)


def _sign_by_habit(
    out: list[PageLine], ends: dict, leads: dict, either: list[int], signing: int, habit: bool | None
) -> bool | None:
    """Read the byline lines ``either`` (one alone after a finished sentence, over text:
    本报记者 沈婷 between two articles, read as opening the item under it) as signing the
    text above where nothing else signs that text and ``habit`` says so, or, when it is
    None, the page shows that habit: more of its byline lines sign the text above them
    (``signing``: after a finished sentence, over the next item's headline) than stand
    under a headline. A page keeps one habit. (Where headlines are printed after their
    articles, a byline over the body opens its item and none stands over a headline: no
    such page shows the habit.) Changes ``ends`` and ``leads`` in place.

    Returns:
        whether such lines were read as signing the text above; None if no line could be.
    """
    under = sum(1 for i, lead in leads.items() if i not in either and lead.names and i and not out[i - 1].ends_sentence)
    sign = signing > under if habit is None else habit
    could = False
    for i in either:
        start = max((j for j in ends if j < i), default=-1) + 1
        if not any(j in leads or _dated_by_name(out, j) for j in range(start, i)):
            could = True
            if sign:
                ends[i] = (leads.pop(i), "article")
    return sign if could else None


def _signs_under_colon(text: str) -> bool:
    """Whether a bracket line under a paragraph ending in a colon signs the text above:
    people's names (a role's or not) or a photo's credit. What the colon led into (a
    table, a chart: 以下为历届赛事的总奖金：) is not printed; words in brackets there
    (（附表）, （详见附件）) are the text's own."""
    signature = find_credit(text) if may_credit(text) else find_byline(text)
    return signature is not None and signature.start == 0 and (
        bool(signature.roles) or all(map(personal_name, signature.names))
    )


def _led_in(lines: list[PageLine], ends: dict, leads: dict) -> bool:
    """Whether the last of ``lines`` ends what a paragraph ending in a colon inside an
    article leads into (``_leads_in``): a byline under it signs the article, as under a
    finished sentence."""
    last = len(lines) - 1
    j = last
    while j >= 0 and last - j < LED_IN_LINES and not lines[j].ends_sentence and lines[j].text[-1] not in "：:":
        if j in ends or j in leads:
            return False
        j -= 1
    return j < last and _leads_in(lines, j, ends, leads)


def _leads_in(lines: list[PageLine], j: int, ends: dict, leads: dict) -> bool:
    """Whether line ``j`` is a paragraph ending in a colon inside an article, which leads
    into what follows (诗中写道： / 白日依山尽 / … / 更上一层楼: verse, a list): it holds a
    sentence end, or its last word leads in and it goes on from running text or a list's
    first item follows it (a title's first line wrapped at its colon follows an item's end
    or stands under a shorter heading line, and names a topic). Not a line opening an
    item, whose credit may end so (本报抚州1月20日讯 记者黎超报道：): it opens its own body."""
    if j < 0 or lines[j].text[-1] not in "：:" or j in ends or j in leads:
        return False
    colon = lines[j].text
    if opens_item(colon):
        return False
    above = j - 1
    if any(stop in colon[:-1] for stop in "。！？"):
        return True
    # The words before the colon lead in (写道：, 所云：, 如下：, 几点：, where a title's
    # first line names its topic, AI进课堂：), and it goes on from running text (which fills its
    # column: wider than the colon line, or sprayed) or, a paragraph of its own, a list's
    # first item follows it (主要有以下几点： / 1、…).
    if len(colon) < 2 or colon[-2] not in _LEADING_IN or above < 0 or above in ends or above in leads:
        return False
    over = lines[above]
    if not over.ends_sentence:
        return over.justified or over.width >= lines[j].width + INDENT
    # (A paragraph of its own: a list's first item follows it, or it quotes what was
    # written or sung, 诗中写道： / 歌中这样唱道：, no title's topic.)
    return colon[-2] in _QUOTES or j + 1 < len(lines) and LIST_ITEM.match(lines[j + 1].text) is not None


def _led_lines(lines: list[PageLine], ends: dict, leads: dict) -> frozenset[int]:
    """The lines of a paragraph ending in a colon that leads into what follows
    (``_leads_in``), and those it leads into, up to the first that ends a sentence, a
    byline or ``LED_IN_LINES``: its article's text. Not where they run into a line
    opening an item (a dateline): where the verse or the list ends and the headline over
    that line starts, only the costs can tell (诗中写道： / 呈点状分布 / 吕宋以北 /
    一碗米粉里的乡村振兴 / 本报抚州讯…), so none of them is taken as led into."""
    out: set[int] = set()
    for j in [j for j, line in enumerate(lines) if line.text[-1] in "：:"]:
        if _leads_in(lines, j, ends, leads):
            out.add(j)  # (a lead-in of its own, 主要有以下几点：, is the article's text too)
            run = []
            i = j + 1
            while i < len(lines) and i - j <= LED_IN_LINES and i not in ends and i not in leads:
                if opens_item(lines[i].text):
                    run = []
                    break
                run.append(i)
                if lines[i].ends_sentence or lines[i].text[-1] in "：:":
                    break
                i += 1
            out.update(run)
    return frozenset(out)


def _unbroken(led: frozenset[int], breaks: frozenset[int]) -> frozenset[int]:
    """The lines ``led`` into by a paragraph ending in a colon (``_led_lines``) up to a
    layout break (``breaks``): what it leads into is set with it."""
    out: set[int] = set()
    broken = False
    for i in sorted(led):
        broken = i - 1 in led and (broken or i in breaks)
        if not broken:
            out.add(i)
    return frozenset(out)


CLOSING_CONTACTS = 2  # lines of a notice's contacts over who issues it, at most


def _closings(lines: list[PageLine], ends: dict[int, tuple[Signature, str]], leads: dict[int, Signature]) -> frozenset[int]:
    """Find notices' closings: a date alone on its line (2024年11月3日, in full-width
    digits too: ２０２４年１１月３日) under a finished sentence (特此公告。), with at most
    ``furniture.CLOSING_LINES`` lines between naming who issues it (江西省人力资源和社会保障局,
    wrapped or not), and over them up to ``CLOSING_CONTACTS`` lines of its contacts
    (联系电话：0791-86559889); right under the sentence, only where it closes as a notice does
    (特此, 敬请). The date ends the notice (added to
    ``ends``, kind "notice", naming nobody); the lines between are returned: its text,
    where no item starts."""
    out: set[int] = set()
    for j in [j for j, line in enumerate(lines) if line.text[-1] == "日"]:
        line = lines[j]
        if j in ends or j in leads or not _DATE_ALONE.match(normalize("NFKC", line.text)):
            continue
        i = over_issuers(lines, j, lambda k: k in ends or k in leads)
        contacts = i
        while i >= 0 and contacts - i < CLOSING_CONTACTS and i not in ends and i not in leads and is_contact_line(lines[i].text):
            i -= 1  # (its contacts over who issues it: 联系电话：0791-86559889)
        if i < 0 or not lines[i].ends_sentence or i in ends:
            continue
        if i == j - 1 and not _CLOSING_FORMULA.search(lines[i].text):
            # A date right under running text closes a notice only where the text closes as
            # one (特此公告。): a chronicle's dates (1904年2月7日) head its paragraphs.
            continue
        ends[j] = (Signature(0, (), "", (), len(line.text)), "notice")
        out.update(range(i + 1, j))
    return frozenset(out)


def _adverts(lines: list[PageLine], ends: dict[int, tuple[Signature, str]], leads: dict[int, Signature],
             taken: frozenset[int]) -> frozenset[int]:
    """Find advertisements: a title on one line, lines of its offer stating figures
    (prices, sizes, dates) and a run of contact lines (``furniture.advert_contact``,
    ``advert_title``): 暑期游学季 / 井冈山红色研学三日游 每人980元 / 婺源篁岭赏秋二日游 每人560元 /
    报名电话：0791-8677 1234. No headline holds a telephone number, and no article's text
    runs in lines that end no sentence: such a block is an item of its own, each line of
    its text a paragraph. Its last contact line ends it (added to ``ends``, kind "advert",
    naming nobody); the lines under its title are returned: its text, where no item
    starts. Not a notice's contacts (``taken``: over who issues it)."""
    out: set[int] = set()
    marked = ends.keys() | leads.keys() | taken
    j = 0
    while j < len(lines):
        text = lines[j].text
        if j in marked or "：" not in text and ":" not in text or not advert_contact(text):
            j += 1
            continue
        first = j
        while j + 1 < len(lines) and j + 1 not in marked and advert_contact(lines[j + 1].text):
            j += 1
        title = advert_title(lines, first, marked)
        if title is not None:
            ends[j] = (Signature(0, (), "", (), len(lines[j].text)), "advert")
            out.update(range(title + 1, j))
        j += 1
    return frozenset(out)


def _signs_above(text: str, below: list[PageLine]) -> bool:
    """Whether a line under a finished sentence is a bare name (`韩倩燕`) signing the text
    above rather than titling the text below (``below``: the next ``NAME_REACH`` lines). A
    piece about a person names them early, so a name the lines below hold is their title
    (`李日华` / `李日华（），字君实，…`); so is a name over a note in brackets, a subtitle or
    a byline (`张永海` / `(1979年出生)：…`, `——越南枢机`, `本报记者 张三`). Else it signs
    the text above, whatever follows (a headline, a label, a dateline, a text without a
    headline), and so does the page's last line; ``_signed`` tells the text above that is
    signed or names the person already."""
    if find_bare_name(text) is None:
        return False
    if not below:
        return True
    under = below[0].text
    if under[0] in "(（" or under.startswith(_DASHES) or _byline_line(under):
        return False
    return text not in "".join(line.text for line in below).replace(" ", "")


# The characters a heading line ends with where it goes on in the next (的, 和, a name's
# dot), and those a line opens with that joins it to the one above (和, 与, 及).
_GOES_ON_AFTER = frozenset("的之和与及在对·•、")
_JOINS_ON = frozenset("和与及并同")
_CLOSES_TITLE = frozenset("”」』》）)")  # what closes a heading line's last phrase
_IDEOGRAPHS_ONLY = re.compile(r"[\u4e00-\u9fff]+$")
# A person's post ending a heading line, the person named under it (——访市档案馆负责人 / 朱秀鑫).
_POST_AT_END = re.compile(r"(?:负责人|[局厅处科部市县区镇村院校所站队会社]长|主任|书记|主席|经理|董事长|总裁|代表|委员|专家|教授)$")


def _writer_under_heading(
    out: list[PageLine], ends: Container[int], leads: Container[int], text: str, below: list[PageLine], apart: bool = False
) -> bool:
    """Whether a line that is one person's name alone (``find_bare_name``: 徐凯勤; or of two
    characters, 田玲: under a headline few places stand alone) under a heading line (the
    last of ``out``, the lines read so far) is the article's byline under its headline, as
    a padded or marked name there is (``find_name_line``), not the headline's last part
    wrapped. Not where the name is a word, or a word and a character
    (任命之), or its given name is one (全覆盖, 武改革), or the break cuts one; not under a
    line that goes on (…自杀的 / 方式上, 马文• / 闵斯基) or ends in a person's post (…局负责人
    / 熊宁杰: the person it names); not opening with a word that joins it on (和协调); not
    over a note in brackets (龙类科 / （Rullessosaurina））; not under a line as wide as the
    lines ``below`` (running text going on: 签给经纪人 / 方登恺), unless the name is set
    ``apart`` from the text (under a ？/！ headline standing alone, or set in over text set
    flush); not where the text of the page, above or below, names the person (a piece about
    them, titled with the name)."""
    above = out[-1]
    name = text.strip()
    if len(out) - 1 in leads or not (above.heading_like or above.headline_mark):
        return False
    # (Under a line closed by a quotation's or a bracket's end, 县城里的“博物馆热” / 周新颖, the
    # title wrapped no tail: a given name that is a word as well, 新颖, is a name there.)
    if not _may_be_writer(name, above.text[-1] in _CLOSES_TITLE) or cuts_word(above.text, name):
        return False
    if above.text[-1] in _GOES_ON_AFTER or _POST_AT_END.search(above.text) or above.text.lstrip("—－-─ ").startswith("访"):
        return False
    if below and below[0].text[0] in "(（":
        return False
    widths = sorted(line.width for line in below[:HEADS_UNDER])
    if not apart and widths and abs(above.width - (column := widths[len(widths) // 2])) < 1.0 and not _heads_a_stack(out, ends, column):
        return False
    text_above = (line.text for i, line in enumerate(out) if i not in ends and i not in leads)  # (not its bylines)
    return not _named_below((name,), below) and name not in "".join(text_above).replace(" ", "")


def _heads_a_stack(out: list[PageLine], ends: Container[int], column: float) -> bool:
    """Whether the last line of ``out`` (the lines read so far) ends a stack of heading
    lines standing right after an item's end (its byline, or a finished sentence): two
    (a kicker over a title: 果园里的直播间 / 赣南脐橙开启“云上”销售季, as wide as the
    ``column`` under it), or one narrower than the column by an em, none holding a clause
    mark. Such a stack is a headline, not running text going on (…。 / 当时在倪雅伦的介绍下
    签给经纪人 / 方登恺: one full line after a sentence's end)."""
    for size in (1, 2):
        top = len(out) - size
        if top < 0 or not all(line.heading_like and CLAUSE_MARKS.search(line.text) is None for line in out[top:]):
            return False
        if top == 0 or top - 1 in ends or out[top - 1].ends_sentence:
            return size == 2 or out[-1].width <= column - 1.0
    return False


def _may_be_writer(name: str, given_word: bool = False) -> bool:
    """Whether a line's text may be one person's name alone, a writer's (``find_bare_name``:
    徐凯勤; or of two characters, 田玲): not a word, or a word and a character (任命之), nor
    one whose given name is a word (全覆盖, 武改革) unless ``given_word`` says nothing else
    may stand there (a title's tail), nor one opening with a word that joins it on (和协调)."""
    if find_bare_name(name) is None and not (len(name) == 2 and _IDEOGRAPHS_ONLY.match(name) and personal_name(name)):
        return False
    if is_word(name) or not given_word and is_word(name[-2:]) or name[0] in _JOINS_ON:
        return False
    return not is_word(name[:2]) or name.startswith(COMPOUND_SURNAMES)


def _writer_over_heading(out: list[PageLine], ends: dict, leads: dict, text: str, below: list[PageLine], labelled: Container[int]) -> bool:
    """Whether a line that is one person's name alone (``_may_be_writer``) over a heading
    line (one holding no full stop) is the byline of the item that heading opens, set over
    its headline (余晓 / 高温下的坚守：…): at the page's top, or under a finished sentence
    of text a byline or a dateline signs already (``_signed``), where it can sign nothing
    above. Not under a byline (a headline printed after its article may be a name: the
    article's, about that person), not where the text above or the lines ``below`` name
    the person (a piece about them: the name is its kicker or title), nor over another
    name or a byline."""
    name = text.strip()
    if not below or not below[0].heading_like or "。" in below[0].text or _byline_line(below[0].text) or not _may_be_writer(name):
        return False
    if out:
        # (Signed by a line, not by naming the person: a text that names them is about them.)
        start = next(reversed(ends), -1) + 1
        if not (
            out[-1].ends_sentence and len(out) - 1 not in ends and _signed_by_line(out, leads, _under_label(out, start, labelled))
            and name not in _text_since(out, start)
        ):
            return False
    return not _named_below((name,), below) and not _may_be_writer(below[0].text.strip())


def _named_below(names: tuple[str, ...], below: list[PageLine]) -> bool:
    """Whether a line of one name alone (■周公旦, 王 珊) has the lines ``below`` name that
    person: then it titles a piece about them (a short item's marked title), no byline."""
    return len(names) == 1 and names[0] in "".join(line.text for line in below).replace(" ", "")


def _signed(out: list[PageLine], ends: dict, leads: dict, name: str, labelled: Container[int] = frozenset()) -> bool:
    """Whether the text since the last signature ending an item (or since the last line
    under a section label, ``labelled``: file line numbers, where an item starts) is
    signed already, by a byline line or a dateline naming its writers, or names ``name``:
    an article is signed once, and its writer is seldom in its text, so a bare name under
    it (see ``_signs_above``) is no signature of it there (but the title of a piece about
    that person, printed after it)."""
    start = _under_label(out, next(reversed(ends), -1) + 1, labelled)
    return _signed_by_line(out, leads, start) or name in _text_since(out, start)


def _under_label(out: list[PageLine], start: int, labelled: Container[int]) -> int:
    """The index of the last line from ``start`` on that stands under a section label
    (``labelled``: file line numbers, where an item starts), or ``start``."""
    return next((i for i in range(len(out) - 1, start - 1, -1) if out[i].number in labelled), start)


def _signed_by_line(out: list[PageLine], leads: Container[int], start: int) -> bool:
    """Whether a byline line or a dateline naming writers stands among ``out[start:]``."""
    return any(i in leads or _dated_by_name(out, i) for i in range(start, len(out)))


def _text_since(out: list[PageLine], start: int) -> str:
    """The text of ``out[start:]``, spaces dropped (a name printed padded reads whole)."""
    return "".join(line.text for line in out[start:]).replace(" ", "")


def _dated_by_name(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` opens with a dateline naming its writers (本报讯（记者 张三）…,
    read on into the two lines after it)."""
    text = lines[i].text
    # (A dateline holds 讯 or 电, or opens with 本, 新 or 中: most lines do neither, the cheap test first.)
    return (
        ("讯" in text or "电" in text or text[0] in "本新中")
        and is_dateline(text)
        and find_dateline("\n".join(line.text for line in lines[i : i + 3])) is not None
    )


def _letter_spaced(lines: list[PageLine]) -> list[PageLine]:
    """The lines with each letter-spaced headline (`稻 田 里 的 “ 智 慧 管 家 ”`, `难 在 哪 ？`)
    read as a heading line: a short sprayed line of single characters, no clause mark (a
    closing ？ or ！ reads as a headline's mark; a question may hold one, 电 梯 ， 难 在 哪 ？,
    and a title's first line may end at one over its next, display, line: A I 进 课 堂 ：),
    well under
    the lines around it and under it. (Justification sprays a line its column is full
    with, or one left a little short; a line above a run of digits or Latin that could
    not be split, or above its paragraph's last line, may be well short and still go on;
    a line much wider under it, even one ending a sentence, is no last line of its
    paragraph; one over a subtitle, ——…, goes on into nothing: display type however
    near its column's width; so does one over heading lines and a byline however narrow
    they are, and one after a sentence end whose words the lines under it repeat. Read
    from the page's end up: a line over a letter-spaced headline's line goes on into no
    paragraph, so a headline spread over two lines, 省 内 首 个 跨 区 域 / 医 疗 联 合 体 成 立,
    is read whole.)"""
    out = lines
    # (Only sprayed lines may be: their indices found without a Python step a line.)
    for i in reversed(list(compress(range(len(lines)), map(attrgetter("justified"), lines)))):
        line = lines[i]
        text = line.text
        if line.width > LETTER_SPACED_MAX or line.ends_sentence and text[-1] not in "？！?!":
            continue
        if text[1::2].strip() or " " in text[::2] or text[-1] == "摄":
            continue
        inner = len(CLAUSE_MARKS.findall(text, 0, len(text) - 1))
        if (inner or text[-1] in _CLAUSE_ENDS) and not (
            # (A headline asks in two clauses, 电 梯 ， 难 在 哪 ？; a title wraps at its mark
            # over its display line, A I 进 课 堂 ： / 老 师 多 了 个 “ 助 教 ”.)
            inner == 1 and text[-1] in "？！?!"
            or not inner and text[-1] in _CLAUSE_ENDS and i + 1 < len(out) and out[i + 1].display
        ):
            continue
        # (The page's last line, under a sentence's end or a line standing alone after one,
        # goes on with nothing: spread over its column, it is display type however wide.)
        last = i == len(lines) - 1 and i and (
            lines[i - 1].ends_sentence or lines[i - 1].heading_like and i > 1 and lines[i - 2].ends_sentence
        )
        around = sorted(other.width for other in lines[max(0, i - LETTER_SPACED_REACH) : i + LETTER_SPACED_REACH + 1])
        wide = not last and line.width > around[(3 * len(around) - 1) // 4] - SURE_SHORT
        # The line under it must not go on with it: a last line (a sentence's end, a credit)
        # or a run of digits or Latin that could not be broken.
        under = out[i + 1 : i + 3]
        goes_on = bool(under) and not under[0].display and (
            under[0].ends_sentence and under[0].width < line.width + SURE_SHORT  # its paragraph's last line
            or "摄" in under[0].text[-4:]
            or _PUSHED_DOWN.match(under[0].text) and not under[0].indent  # (an indented line opens a paragraph)
            or max(other.width for other in under) < line.width + SURE_SHORT
        )
        # Either way it is display type where the line under goes on from none (or, narrow
        # enough, where heading lines and a byline stand under it: no paragraph goes on there).
        if (wide or goes_on) and not _set_alone(lines, i) and (wide or not _signed_under(under)):
            continue
        if out is lines:
            out = list(lines)
        out[i] = replace(line, justified=False, heading_like=True, display=True, headline_mark=text[-1] in "？！?!")
    return out


def _fenced_boxes(boxes: frozenset[int], ends: dict) -> frozenset[int]:
    """The box labels where an item starts whatever the costs: all but one right under an
    article's end byline, which may be that article's own, printed after it as its headline
    would be (记者手记 under （陶洋晓 冯燕）, the box's text over the byline), for the costs
    to weigh (``segment.BOX_LATE``)."""
    return frozenset(i for i in boxes if ends.get(i - 1, (None, ""))[1] != "article")


# A table's row: three cells or more, set apart by runs of spaces (城市   天气   气温 /
# 景德镇   晴   10～18℃, 黄瓜  斤  6.55), which no sentence of text holds (a sprayed line has
# one space).
_TABLE_GAP = re.compile(r" {2,}|\u3000+")
TABLE_CELLS = 3  # cells of a table's row, at least
TABLE_ROWS = 3  # rows in a run, at least, that make a table
TABLE_LABEL = 16  # characters of a table's label over its rows, at most (5月8日天气, 全省篮球联赛战报)


def _table_row(line: PageLine) -> bool:
    """Whether ``line`` may be a table's row (``_row_cells``)."""
    return _row_cells(line)[0] > 0


def _row_cells(line: PageLine) -> tuple[int, bool]:
    """The cells of ``line`` as a table's row (0 where it is none), and whether single
    spaces set them apart. A row: three cells or more, none holding a space of its own
    (not a line sprayed with spaces: 由 Tara   Butters 和, ( 饰 ) John   Oliver); or cells
    set apart by single spaces (城市 天气 气温 / 上饶 晴 13～18℃), none holding a mark of
    running text (，。、：“) and fewer than half of them one character (not a line sprayed
    with spaces: 截 至 目 前)."""
    text = line.text
    if "  " in text or "\u3000" in text:
        cells = _TABLE_GAP.split(text)
        return (len(cells), False) if len(cells) >= TABLE_CELLS and not any(" " in cell for cell in cells) else (0, False)
    if " " not in text:
        return 0, False  # (most lines: no space at all)
    if "，" in text or "。" in text:
        return 0, True  # (running text: most lines with a space hold a clause mark)
    cells = text.split(" ")
    single = (
        len(cells) >= TABLE_CELLS and all(cells) and 2 * sum(len(cell) == 1 for cell in cells) < len(cells)
        and _RUNNING_MARKS.search(_UNIT.sub("", text)) is None
    )
    return (len(cells), True) if single else (0, True)


_RUNNING_MARKS = re.compile(r"[，。、；！？“”‘’《》「」\"（）()]|[^0-9０-９][:：]")  # (not 2：1, a score)
_UNIT = re.compile(r"[（(][^（）()]{1,2}[）)]$")  # a unit in brackets closing a header's cell: 价格（元）


def _table_runs(lines: list[PageLine]) -> list[tuple[int, int]]:
    """The first and last indices of each run of ``TABLE_ROWS`` table rows or more. Rows
    whose cells single spaces set apart open with a header stating no figure (城市 天气
    气温) and run on only with as many cells as the row over them: text with numbers set
    apart by spaces (纽约市 24 家股票经纪) states one in its first line, and its lines
    break into more or fewer pieces."""
    runs = []
    first = last = -2
    shape = None
    for i, line in enumerate(lines):
        text = line.text
        if " " not in text and "\u3000" not in text:
            continue  # (most lines: no space)
        cells, single = _row_cells(line)
        if not cells:
            continue
        row_shape = cells if single else None
        if i != last + 1 or row_shape != shape:
            if last - first + 1 >= TABLE_ROWS:
                runs.append((first, last))
            if single and FIGURE.search(text):
                continue  # (rows set apart by single spaces open with their header, which states no figure)
            first = i
        last, shape = i, row_shape
    if last - first + 1 >= TABLE_ROWS:
        runs.append((first, last))
    return runs




def _tables(lines: list[PageLine]) -> frozenset[int]:
    """The lines where a table's item starts and where the item after it starts: a table
    is an item of its own, from the short label over its rows (its title, where one
    stands) to its last row, whatever the costs say of the lines around it; text does not
    run on into or out of a table. (Its rows are no heading lines: see ``_analyse``.)"""
    out = set()
    for first, last in _table_runs(lines):
        over = lines[first - 1] if first else None
        label = over is not None and over.heading_like and len(over.text) <= TABLE_LABEL
        out.update((first - 1 if label else first, last + 1))
    return frozenset(j for j in out if 0 < j < len(lines))


def _table_label(lines: list[PageLine], body: Sequence[int]) -> bool:
    """Whether the first of the ``body`` lines is a table's label over its rows, the rest
    of the body (``_tables``: 天气预报 / 城市 天气 气温 / …)."""
    label = lines[body[0]]
    return label.heading_like and len(label.text) <= TABLE_LABEL and all(_table_row(lines[i]) for i in body[1:])


def _byline_line(text: str) -> bool:
    """Whether a line is a byline of its own: one opening an item (本报记者 张三) or names
    alone (张三 李四)."""
    return find_lead_line(text) is not None or find_name_line(text) is not None


def _signed_under(under: list[PageLine]) -> bool:
    """Whether ``under`` holds a byline under heading lines only."""
    for line in under:
        if _byline_line(line.text):
            return True
        if not line.heading_like:
            return False
    return False


def _set_alone(lines: list[PageLine], i: int) -> bool:
    """Whether sprayed line ``i`` cannot be a justified line going on into the next: that
    one goes on from no line (a subtitle, a dateline or a byline opening an item) or is
    indented to open a paragraph under this flush one (a paragraph's last line is set
    ragged, not sprayed: 长 宗 我 部 元 亲 的 嫡 男 / ␣␣长宗我部信亲…) or opens one that lost
    its indent (about 2 em short of the full line under it, no wider than this one), or,
    after a sentence end or a byline in brackets, the next lines repeat its words (一 种 三 维 正 交 坐 标 系 /
    椭球坐标系是一种三维正交…: a title over its body; running text does not repeat
    itself so)."""
    if i + 1 < len(lines) and _goes_on_from_none(lines[i + 1].text):
        return True
    if i + 1 < len(lines) and not lines[i].indent and lines[i + 1].indent >= PARAGRAPH_INDENT:
        return True
    if i + 2 < len(lines) and _opens_lost_indent(lines[i + 1], lines[i + 2]) and lines[i + 2].width <= lines[i].width + 1.0:
        return True
    if not i or not (lines[i - 1].ends_sentence or _ends_signed(lines[i - 1].text)):
        return False
    plain = lines[i].text.replace(" ", "")
    after = "".join(other.text for other in lines[i + 1 : i + 1 + REPEAT_REACH]).replace(" ", "")
    return any(plain[j : j + 5] in after for j in range(len(plain) - 4))


def _opens_lost_indent(line: PageLine, following: PageLine) -> bool:
    """Whether ``line`` opens a paragraph that lost its indent: unindented, ending no
    sentence, about 2 em shorter than the full line going on under it."""
    return (
        not line.indent and not line.ends_sentence and not following.ends_sentence and not following.indent
        and _an_indent_short(following.width - line.width)
    )


def _ends_signed(text: str) -> bool:
    """Whether a line is a byline in brackets alone (（江海静 司马明娟）): an item ends there."""
    signature = find_byline(text) if text[-1] in "）)" else None
    return signature is not None and signature.start == 0 and bool(signature.names)


def _goes_on_from_none(text: str) -> bool:
    """Whether a line goes on from no line over it: a subtitle (——…), what opens an
    item's body (a dateline, 本报讯…, an editor's note, 编者按：…: ``opens_item``) or a
    byline (本报记者 张三) opening an item."""
    return (
        text.lstrip().startswith(SUBTITLE_DASHES) or opens_item(text)
        or _may_sign(text.replace(" ", "")) and find_lead_line(text) is not None
    )


def _title_tails(lines: list[PageLine]) -> list[PageLine]:
    """The lines with each one-character tail of a wrapped title (`夜间经济点亮城市烟火` /
    `气`) read as a heading line: an ideograph alone on a line under a heading line is no
    paragraph's end (that ends a sentence) and no heading of its own."""
    out = lines
    for i in range(1, len(lines)):
        line = lines[i]
        if len(line.text) == 1 and "\u4e00" <= line.text <= "\u9fff" and lines[i - 1].heading_like:
            if out is lines:
                out = list(lines)
            out[i] = replace(line, heading_like=True)
    return out


def _set_apart(text: str, signature: Signature, following: list[PageLine], labelled: frozenset[int] = frozenset()) -> bool:
    """Whether a bracket ending a line is set apart from the words before it by a space and
    names people only (each a common surname and one or two characters, or padded), and the
    text does not go on under it (the page ends, or a line that could stand alone as a
    headline and holds no clause follows, or a label, ``labelled``: file line numbers
    under one): how an article's end byline stands after a last line that ends no
    sentence (`身高 182CM （苏辉怡）`), where a note in brackets (`第1舰队 (日本海军)`)
    names no one."""
    if not _people_set_apart(text, signature):
        return False
    return (
        not following or following[0].number in labelled
        or following[0].heading_like and not CLAUSE_MARKS.search(following[0].text)
    )


def _apart_after_led_in(out: list[PageLine], ends: dict, leads: dict, text: str, signature: Signature, before: PageLine) -> bool:
    """Whether a bracket set apart by a space and naming people ends the last line of what
    a paragraph ending in a colon led into (``_led_in``: 他随口吟出几句： / … / 花落知多少
    （段 怡 韦军瑶）): it signs the article, as a byline line under the verse does."""
    return _people_set_apart(text, signature) and _led_in([*out, before], ends, leads)


def _people_set_apart(text: str, signature: Signature) -> bool:
    """Whether the bracket ``signature`` finds ending ``text`` stands after a space and
    names people only (``byline.personal_name``)."""
    return text[signature.start - 1 : signature.start].isspace() and all(map(personal_name, signature.names))


def _marked_name(lead: Signature) -> bool:
    """Whether a byline line opening an item is one name alone after a mark (■陆文东): no
    role word, nothing consumed but the mark."""
    return len(lead.names) == 1 and not lead.roles and len(lead.consumed) == 1 and lead.consumed in _SIGN_MARKS


def _heads_under(lines: list[PageLine], index: int) -> bool:
    """Whether the line under line ``index`` reads as a heading line, not as a body's
    first: it could stand alone as one (a ？/！ line that reads as a headline too, 冬奥冠军要
    搬到加拿大？), holds no clause mark and is well short of the widest of the few lines
    under it, not left so by a run opening the next line that no break may split
    (卡洛·玛利亚·贝尔纳多·真纳罗 / （CarloMariaBernardoGennaro），…); or far wider than any
    of them (no paragraph opens wider than its column); or set flush over an indented line
    (the paragraph under it opens there, so it opens none); or set in by less than a
    paragraph's indent (a space, ½ em) over a flush line: a paragraph opens flush or
    indented, a line set in so is a heading set apart (generator 7 sets its titles so)."""
    under = lines[index + 1] if index + 2 < len(lines) else None
    if under is not None and index + 3 < len(lines) and _wrapped_title(under, lines[index + 2], lines[index + 3 : index + 3 + HEADS_UNDER]):
        return True
    if under is None or not (under.heading_like or under.headline_mark) or CLAUSE_MARKS.search(under.text) is not None:
        return False
    if _SIGN_CHARS.search(under.text) is not None:
        second = find_lead_line(under.text)
        if second is not None and _second_roles_only(second):
            return False  # (a byline's second line, 本报记者 贾光 / 通讯员 陆思: no heading)
    widest = max(line.width for line in lines[index + 2 : index + 2 + HEADS_UNDER])
    if (
        under.width >= widest + WIDTH_CHANGE
        or _flush_over_indented(under, lines[index + 2])
        or 0 < under.indent < PARAGRAPH_INDENT and not lines[index + 2].indent
    ):
        return True  # (a title of one question, 为什么今年的荔枝这么便宜？, too)
    return under.width <= widest - SURE_SHORT and not _pushed_down(lines[index + 2].text, widest - under.width)


def _wrapped_title(first: PageLine, second: PageLine, after: list[PageLine]) -> bool:
    """Whether ``first`` and ``second`` read as one title wrapped at its mark (老旧小区加装电梯，
    / 难在哪？) over ``after``: the first ends at its only clause mark, the second could end
    a headline, and both are well short of the widest line after them."""
    widest = max(line.width for line in after) - SURE_SHORT
    return (
        first.text[-1] in _CLAUSE_ENDS and not first.justified and CLAUSE_MARKS.search(first.text, 0, len(first.text) - 1) is None
        and (second.heading_like or second.headline_mark) and CLAUSE_MARKS.search(second.text) is None
        and first.width <= widest and second.width <= widest
    )


def _captions_under(lines: list[PageLine], index: int) -> bool:
    """Whether the lines under line ``index`` are a photo's captions: a credit
    (本报记者 蒋丽思 摄) ends them within ``CAPTION_LINES`` lines. A byline opens no
    photo, whose credit names its photographer: one over captions signs the text above
    it (文／秦文伟 黎勇芳 / 7月20日，工人们冒着高 / 温在抢修供水管道。 / 本报记者 王五 摄)."""
    for line in lines[index + 1 : index + 1 + CAPTION_LINES]:
        text = line.text
        if may_credit(text) and find_credit(text) is not None:
            return True
        if len(text) <= 40 and _may_sign(text):
            return False  # (another byline first: the captions, if any, are not under this one)
    return False


def _opens_lead(text: str) -> bool:
    """Whether a byline line shows it opens an item: a leading mark (■本报记者 王五) or a
    writer's 文/ (文/张三, 文/图 张三)."""
    return text[0] in _SIGN_MARKS or text.startswith(("文/", "文／", "文图", "图文"))


def _may_sign(text: str) -> bool:
    """Whether a line holds what a byline shows: a role word or 报道 (评论员, 编辑部: the
    paper's signature), a slash near its start (文/, 文/图), or a leading mark (■本报记者)."""
    return text[0] in _SIGN_MARKS or _SIGN_CHARS.search(text) is not None and _sign_words(text)


def _sign_words(text: str) -> bool:
    """``_may_sign``'s words and slash, asked of a line holding one of ``_SIGN_CHARS``."""
    head = text[:4]
    return (
        "记者" in text or "报道" in text or "通讯员" in text or "实习生" in text or "评论员" in text
        or text.endswith("编辑部")
        or "/" in head or "／" in head
    )


def _running(line: PageLine) -> bool:
    """Whether ``line`` is running text that goes on in the next line: no sentence end,
    and justified or holding two clause marks (a headline hardly does)."""
    return not line.ends_sentence and (line.justified or len(CLAUSE_MARKS.findall(line.text)) >= 2)


def _over_headline(lines: list[PageLine], i: int, leads: Container[int]) -> bool:
    """Whether line ``i`` stands over a headline: heading lines and then a byline, a
    dateline or a paragraph's opening, indented or after a layout break under a line
    ending in a headline's ！ or ？ (■家门口上车 十八天抵欧洲 / 赣江新区首列中欧班 / 列满载出发 /
    本报记者 郭秀 邱航; ◆果园里的直播间 / 赣南脐橙开启“云上”销售季 / 本报讯…): a headline's
    kicker, not a 小标题, which stands over its paragraph's text; a line of that text
    ends its sentence before a paragraph opens. (Not a byline right under it: a 小标题
    wrapped may leave a tail a name could be, ■发展形成所知的沃夫-瑞 / 叶星; nor over a
    paragraph's opening under one line no wider than it: that tail again; nor a numbered
    one, 一、从现存为数 / 不多的高丽作品中, wrapped short of the column's end.)"""
    widest = 0.0
    for j in range(i + 1, min(len(lines), i + 1 + MAX_HEADS)):
        line = lines[j]
        if j in leads:
            return j > i + 1
        if opens_item(line.text):
            return True
        # (A paragraph opens indented, or after a layout break under a title ending in a
        # headline's ！ or ？: ▲乡村足球联赛点燃夏夜 / 这个夏天，“村超”火了！ / (blank) / 夜幕降临…)
        if line.indent >= PARAGRAPH_INDENT or j > i + 1 and line.blank_before and lines[j - 1].headline_mark:
            # (Behind a bullet: over a wider line, or over two or more, more than a
            # 小标题's tail: ● 一体化运作 一揽子解决 / 上栗创新湘 / 赣边“基层之治”.)
            return lines[i].text[0] in _BULLETS and (widest > lines[i].indent + lines[i].width or j > i + 2)
        if not (line.heading_like or line.headline_mark):
            return False
        widest = max(widest, line.width)
    return False


def _subheads(marked: _Marked, briefs: frozenset[int] = frozenset()) -> list[PageLine]:
    """The lines with each 小标题 marked: a short line opening with a mark or a numeral
    (■产业升级, 二、…) after a sentence end inside an item (not after a byline, where a
    headline would stand, nor among a photo's captions), before more text; wrapped at the column's end, with the short
    line after it. It is a paragraph of the article, read as a finished one so that no
    headline is looked for there. (Not a line of ``briefs``: a short item's title under a
    section label, or one the page read once shows, ``_brief_subheads``.)"""
    lines, ends = marked.lines, marked.ends
    out = list(lines)
    # Lines a few before a photo's credit may be its captions: one opening with ▲ there
    # opens a caption (■ or 一、 opens none).
    captions = [False] * len(lines)
    for end, (_, kind) in ends.items():
        if kind == "photo":
            for i in range(max(0, end - CAPTION_LINES), end):
                captions[i] = True
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if (
            lines[i - 1].ends_sentence  # (most lines follow none: the one test first)
            and line.text[0] in _SUBHEAD_FIRST
            and line.heading_like
            and line.width <= SUBHEAD_MAX
            and i - 1 not in ends
            and i not in marked.leads
            and i not in ends
            and not (captions[i] and line.text[0] == "▲")
            and line.number not in briefs
            and (SUBHEAD.match(line.text) or _clauses_subhead(line, lines[i + 1]))
            and not box_label(line.text)  # (◆相关链接 / 走近乌尔巴克齿龙: a box's label over its title)
            and not _over_headline(lines, i, marked.leads)
        ):
            following = lines[i + 1]
            # (Where the lines over it and the two under the next end: the column's width.)
            above = max(other.indent + other.width for other in lines[max(0, i - SUBHEAD_REACH) : i])
            below = max((other.indent + other.width for other in lines[i + 2 : i + 4]), default=0.0)
            heading_under = following.heading_like and i + 1 not in ends
            if (
                heading_under
                and following.width <= SUBHEAD_MAX - line.width
                and any(column - SURE_SHORT <= line.indent + line.width <= column + 1.0 for column in (above, below))
                and i + 2 < len(lines)
                and SUBHEAD.match(line.text + following.text)
                and not _heading_line_under(lines, i + 2)
            ):
                # Wrapped at the column's end, that of the text over it or under it (no
                # wider than either by more than an em: ▲数字技术赋能春耕生产, 11 em, over
                # 稻田里的 / “智慧管家” between a column of 9 and one of 20 is a kicker): the
                # next short line ends it. (Not over a line that can be no paragraph's:
                # ■一湖碧水迎客来 / 鄱阳湖候鸟越冬数 / 量创新高 / 白鹤占全球种群数量98%以上 is a
                # kicker and a title wrapped, then a subtitle, though the ■ line is about as
                # wide as the column of the article ending over it.)
                out[i] = replace(line, subhead=True, heading_like=False)
                out[i + 1] = replace(following, subhead=True, heading_like=False, ends_sentence=True)
            elif not (
                heading_under
                and following.indent < PARAGRAPH_INDENT
                and following.indent + following.width < below - SURE_SHORT
            ):
                out[i] = replace(line, subhead=True, heading_like=False, ends_sentence=True)
            # (Short of the column's end, over a short line that ends no sentence either
            # and opens no paragraph, it is a headline's first line, a kicker over its
            # title (▲暑期研学游升温 / 县城里的“博物馆热”): a 小标题 stands over its
            # paragraph's first line, which runs to the column's end or is indented.)
    return out


def _heading_line_under(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` can be no paragraph's line: it ends no sentence or clause and is
    ``SURE_SHORT`` short of the two lines under it (a paragraph's line that short ends
    the paragraph, with its sentence), so it is a headline's (量创新高 over 白鹤占全球种群数
    量98%以上 over a column of 14)."""
    line = lines[i]
    under = max((other.indent + other.width for other in lines[i + 1 : i + 3]), default=0.0)
    return line.heading_like and line.indent + line.width < under - SURE_SHORT


def _minor_heads(lines: list[PageLine], leads: Container[int]) -> frozenset[int]:
    """On a page that keeps its indents, the lines that may be an unmarked 小标题
    (``PageLines.minor``, see ``_minor``), and a 小标题 wrapped over two lines, both (an
    indented line, its shorter rest flush under it, then an indented line: 当我们用一般的
    听诊器听 / 诊)."""
    out = set()
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if not line.heading_like or i in leads:
            continue
        if _minor(line, lines[i + 1 : i + 2]):
            out.add(i)
        elif i + 2 < len(lines) and i + 1 not in leads and _minor_wrapped(line, lines[i + 1], lines[i + 2]):
            out.update((i, i + 1))
    return frozenset(out)


def _minor_wrapped(line: PageLine, rest: PageLine, after: PageLine) -> bool:
    """Whether ``line`` and ``rest`` under it may be an unmarked 小标题 wrapped over two
    lines, on a page that keeps its indents: ``line`` set with a paragraph's indent, short
    enough (``SUBHEAD_MAX``), ``rest`` flush, shorter, ending no sentence or clause, and
    the line ``after`` them indented to open a paragraph."""
    return (
        line.indent >= PARAGRAPH_INDENT
        and line.width <= SUBHEAD_MAX
        and rest.heading_like
        and not rest.indent
        and rest.width < line.width
        and after.indent >= PARAGRAPH_INDENT
    )


def _echo_heads(lines: list[PageLine], marked: _Marked) -> frozenset[int]:
    """The lines under a sentence end that the line under them repeats up to its first
    clause mark (``wording.restated``: 在一家竹木加工厂 / 在一家竹木加工厂，工人们用…), where
    another stands near (or a marked 小标题 restated so), no byline between: the 小标题 an
    article sets several of. (One alone may be an entry's name its text opens with:
    渡川之战 / 渡川之战，又名….)"""
    leads = marked.leads
    found = [
        i
        for i, (previous, line, following) in enumerate(zip(lines, lines[1:], lines[2:], strict=False), 1)
        if previous.ends_sentence  # (most lines follow none: the one test first)
        and (line.heading_like or line.subhead)
        and i not in leads
        and restated(line.text, following.text)
    ]
    # (A marked 小标题 the line under it restates, ■截至目前 / 截至目前，…, is read as one
    # already: a partner for the lines after it, not for one over it, which may be the
    # name of the entry whose 小标题 it is.)
    out = set()
    for first, second, _ in _near_pairs(found, marked.signed, 1):
        if not lines[second].subhead:
            out.add(second)
            if not lines[first].subhead:
                out.add(first)
    return frozenset(out)


def _near_pairs(found: list[int], signed: list[int], least: int) -> Iterator[tuple[int, int, int]]:
    """Each two neighbours of ``found`` (line indices in order) ``least`` to
    ``MINOR_REACH`` lines apart with no line of ``signed`` (bylines, in order) between, and
    where the first byline after them stands in ``signed``."""
    for first, second in zip(found, found[1:], strict=False):
        at = bisect_left(signed, first)
        if least <= second - first <= MINOR_REACH and at == bisect_left(signed, second):
            yield first, second, at


def _flush_minor_heads(
    lines: list[PageLine], marked: _Marked, indents: bool, furniture: Collection[int], titles: Container[int]
) -> frozenset[int]:
    """The flush short lines that may be an unmarked 小标题 (``PageLines.minor``, see
    ``_flush_minor``) on a page that sets its paragraphs flush, or (``indents``) over an
    indented line on one that keeps its indents: not under a byline, where a headline
    stands, nor over one or a dateline, nor one of ``titles`` (a short item's title behind
    a mark under a section label, ``PageLines.titles``); paired, and inside one signed
    article (below). ``furniture``: the file line numbers of the page's furniture lines."""
    ends, leads = marked.ends, marked.leads
    found = [
        i
        for i in range(1, len(lines) - 1)
        if lines[i - 1].ends_sentence  # (most lines follow none: the one test is cheaper than the call)
        and _flush_minor(lines[i - 1], lines[i], lines[i + 1 : i + 2], indents)
        and i - 1 not in ends and i not in leads and i not in ends and i + 1 not in leads and i + 1 not in ends
        and not opens_item(lines[i + 1].text)
        and i not in titles
    ]
    # An article sets several 小标题, each over a paragraph or more (a short line alone is
    # the headline of the next item): one counts where another stands near it, no byline,
    # credit or dateline between, and a byline after them signs the article (short lines
    # between unsigned paragraphs are the headlines printed after them, or head briefs).
    # On a page that keeps indents, where a flush short line over an indented one is a
    # headline's shape as well, the first after a lead byline (本报记者 李文勇) may be the
    # headline of the article the byline after them signs, which runs on from there: it
    # pairs with none (the lead signs an article before it).
    signed = marked.signed
    out = set()
    for first, second, at in _near_pairs(found, signed, MINOR_GAP):
        led = at > 0 and signed[at - 1] in leads
        if (
            at < len(signed)
            and ends.get(signed[at], (None, ""))[1] == "article"
            and not (
                led and indents and first == found[bisect_left(found, signed[at - 1])]
                and not _asked_between(lines, signed[at - 1] + 1, first)
            )
        ):
            # The article runs from the byline before (or the page's top) to the one after,
            # no dateline opening it (which signs it, or opens another) and no furniture
            # (上接第一版) inside.
            start, stop = signed[at - 1] + 1 if at else 0, signed[at]
            if not any(opens_item(line.text) for line in lines[start:stop]) and not any(
                lines[start].number < number < lines[stop].number for number in furniture
            ):
                out.update((first, second))
    return frozenset(out)


def _minor_on(minor: frozenset[int], marked: _Marked) -> frozenset[int]:
    """The lines of ``minor`` that stand under another of them, no byline between and
    within ``MINOR_REACH``: 小标题 of an article that already showed one over them (the
    first of a pair may be the headline of the article the others belong to)."""
    return frozenset(second for _, second, _ in _near_pairs(sorted(minor), marked.signed, 1))


def _flush_over_indented(line: PageLine, under: PageLine) -> bool:
    """Whether ``line`` is set flush over ``under`` set with a paragraph's indent: on a
    page that keeps its indents, a heading's shape (the paragraph opens under it, so
    ``line`` opens none)."""
    return line.indent < PARAGRAPH_INDENT <= under.indent


def _asked_between(lines: list[PageLine], start: int, stop: int) -> bool:
    """Whether a headline of one sentence ending in ？ or ！ (摩托化自行车指的是什么？) stands
    flush under a sentence end and over an indented line among lines ``start`` to ``stop``
    - 1: the article after a lead byline's may start there, not at the short line after."""
    return any(
        lines[i].headline_mark
        and lines[i - 1].ends_sentence
        and _flush_over_indented(lines[i], lines[i + 1])
        for i in range(max(start, 1), stop)
    )


def _flush_minor(before: PageLine, line: PageLine, after: list[PageLine], indents: bool = False) -> bool:
    """Whether ``line`` may be an unmarked 小标题 between ``before`` and the line ``after``
    it (a list of one, or none at the end): short (``SUBHEAD_MAX``; on a page that sets its
    paragraphs flush, shorter than a paragraph's first line with its indent lost would be
    under it, not left so by a run opening that line that no break may split; on one that
    keeps its indents, ``indents``, flush over an indented line),
    holding no clause mark, not opening with a bracket (a byline), a caption's ▲ or a
    dash (a subtitle under its title: ——访吉安市交通运输局负责人廖晨), not
    ending in a Latin letter or digit (cut at the column), under a sentence end and over a
    line ending none."""
    return (
        bool(after)
        and before.ends_sentence
        and line.heading_like
        and not after[0].ends_sentence
        and (
            line.width <= SUBHEAD_MAX and _flush_over_indented(line, after[0])
            if indents
            else line.width <= min(SUBHEAD_MAX, after[0].width - INDENT - SURE_SHORT)
        )
        and CLAUSE_MARKS.search(line.text) is None
        and not line.text[-1].isascii()
        and line.text[0] not in "（(▲"
        and not line.text.startswith(_DASHES)
        and not _pushed_down(after[0].text, after[0].width - line.width)
    )


def _pushed_down(text: str, room: float) -> bool:
    """Whether a line ``room`` em short of its column may be so only because ``text``, the
    line after it, opens with a run no line break may split (a Latin word, a number) that
    would not have fitted in what it leaves (1928年 under a line 17 em short fits)."""
    return _PUSHED_DOWN.match(text) is not None and unit_width(text) > room - 1.0


def _minor(line: PageLine, after: list[PageLine]) -> bool:
    """Whether ``line`` may be an unmarked 小标题 over the line ``after`` it (a list of one,
    or none at the end), on a page that keeps its indents: short (``SUBHEAD_MAX``), ending
    no sentence or clause, set with a paragraph's indent (where the page's headlines stand
    flush) over a line that is too, so a paragraph of one line ending no sentence."""
    return (
        bool(after)
        and line.heading_like
        and line.indent >= PARAGRAPH_INDENT
        and after[0].indent >= PARAGRAPH_INDENT
        and line.width <= SUBHEAD_MAX
    )


def _clauses_subhead(line: PageLine, following: PageLine) -> bool:
    """Whether ``line`` is a 小标题 of clauses (◆目前，该技术, ■守住底线，筑牢防线): shaped
    as one but for its commas, and well short of the line under it (the first line of a
    paragraph opening with a mark runs to the column's end)."""
    return following.width - line.width >= SURE_SHORT and SUBHEAD_CLAUSES.match(line.text) is not None


def _spacing(lines: list[PageLine]) -> list[bool]:
    """For each line, whether the page around it is double-spaced (most lines follow a
    blank line); pages of both kinds may share a file."""
    n = len(lines)
    blank = list(accumulate((1 if line.blank_before else 0 for line in lines), initial=0))  # before each line
    out = [True] * n
    reach, span = SPACING_WINDOW, 2 * SPACING_WINDOW + 1
    if n > span + 1:  # away from the ends each window holds all its lines: read in one pass
        out[reach + 1 : n - reach - 1] = [
            (ahead - behind) * 2 >= span for behind, ahead in zip(blank[1 : n - span], blank[span + 1 : n], strict=True)
        ]
    # Near the ends the window is cut (at line 1: the first line's blanks say nothing).
    for i in (*range(1, min(reach + 1, n)), *range(max(reach + 1, n - reach - 1), n)):
        lo = i - reach if i > reach else 1
        hi = i + reach + 1 if i + reach + 1 < n else n
        out[i] = (blank[hi] - blank[lo]) * 2 >= hi - lo
    if n > 1:
        out[0] = out[1]
    return out


def _usual_gap(lines: list[PageLine]) -> int:
    """The blank lines the page sets between its lines where it is double-spaced (most
    often one): fewer or more between two lines is a layout break. The most frequent gap,
    the narrower of two as frequent; not counting the blank lines before the first line,
    which stand between no two lines."""
    gaps = Counter(map(attrgetter("blank_before"), lines[1:]))  # (counted without a Python step a line)
    del gaps[0]  # (a line right under the one over it: no gap)
    return max(gaps.items(), key=lambda item: (item[1], -item[0]))[0] if gaps else 1


def _keeps_indents(lines: list[PageLine], signed: Container[int] = frozenset()) -> bool:
    """Whether the page keeps paragraph indents: many lines after a sentence end start
    with spaces, or on a short page the few indented lines all but one open a line after a
    sentence end (a few indented lines elsewhere are layout breaks instead). A line after a
    signature (``signed``: indices of byline and credit lines ending an item) or under a
    line that may be a heading counts where it is set with a paragraph's indent
    (``PARAGRAPH_INDENT`` em or more: the first paragraph of the next item, or of the item
    under a short item's title, ■上饶婺源… / 　　本报讯国庆…); else it may be a headline or
    a block set apart, and says nothing."""
    openings = [
        line
        for i, (previous, line) in enumerate(zip(lines, lines[1:], strict=False), 1)
        if previous.ends_sentence
        # (The indent first: most lines have none.)
        or line.indent >= PARAGRAPH_INDENT and (i - 1 in signed or previous.heading_like) and i not in signed
    ]
    indented = sum(1 for line in openings if line.indent)
    if indented >= 3 and indented >= INDENTED_OPENINGS * len(openings):
        return True
    elsewhere = sum(1 for line in lines if line.indent) - indented
    return indented >= 2 and elsewhere <= 1 and indented >= INDENTED_OPENINGS * len(openings)


def _flush_openings(
    lines: list[PageLine], indented: bool = False, signatures: Container[int] = frozenset()
) -> tuple[bool, float, bool]:
    """Whether the page sets its paragraphs flush: most lines after a sentence end, with a
    line going on under them, are as wide as that line (an indent lost leaves them about
    2 em short); ``indented``: whether the indented ones are, on a page that keeps its
    indents (the indent typed ahead of a full line's text, not taken from it). On such a
    page an opening about 2 em short costs the log of the odds of the page's full
    openings to its short ones (a headline is often that wide, and the page's own
    openings show how rarely a paragraph opens so). On a page that keeps its indents and
    is not flush, an opening with no indent about 2 em short (its indent lost in
    extraction) costs the same log odds, read from the page's unindented openings.
    ``signatures``: the byline and credit lines, no paragraph's (（韦琪涛） over a
    headline is no opening 3 em short).

    Returns:
        (whether the page is flush, what a short opening costs on it (on a page that keeps
        its indents and is not flush, an unindented one): 0.0 when neither, whether the
        page shows its indents lost instead: at least ``FLUSH_MIN`` openings about 2 em
        short, more than full ones).
    """
    flush = short = flush_bare = short_bare = 0  # (_bare: the lines with no indent on a page that keeps them)
    for i, (previous, line, following) in enumerate(zip(lines, lines[1:], lines[2:], strict=False), 1):  # (each line but the ends, with its neighbours)
        if not previous.ends_sentence or line.ends_sentence or following.ends_sentence:
            continue
        if i in signatures or i + 1 in signatures:
            continue  # (a byline or credit is no paragraph's line: （韦琪涛） over a headline)
        if line.justified or following.justified:
            continue
        gap = following.width - line.width
        full, cut = abs(gap) <= FLUSH_SLACK, _an_indent_short(gap)
        if indented and not line.indent:
            flush_bare += full
            short_bare += cut
        else:
            flush += full
            short += cut
    if flush < FLUSH_MIN or flush <= FLUSH_SHARE * short:
        # (On a page that keeps its indents, an opening without one may have lost it: the
        # page's unindented lines after a sentence end show how often, as a flush page's
        # openings do; no cost where they show it as often as full lines.)
        bare = SHORT_OPENING * max(0.0, math.log((flush_bare + 1) / (short_bare + 1))) if indented else 0.0
        return False, bare, short >= FLUSH_MIN and short > flush
    return True, SHORT_OPENING * math.log((flush + 1) / (short + 1)), False


def _sprayed_openings(lines: list[PageLine], signatures: Container[int] = frozenset()) -> float:
    """What an opening not sprayed costs on a page that sprays its paragraphs' first lines
    (letter-spaced to fill the line, as e-paper text often is: 截 至 目 前 ，铜 鼓 县 纪 委 监):
    more of the lines that go on after a sentence end are sprayed than not (bylines and
    credits, ``signatures``, left out; headlines are among those that are not). The cost
    is the log of the odds of the page's sprayed openings to its plain ones: a headline
    over a body is seldom sprayed, and the page's own openings show how rarely a paragraph
    opens plain.

    Returns:
        the cost, 0.0 on a page that does not spray its openings.
    """
    sprayed = plain = 0
    for i, (previous, line) in enumerate(zip(lines, lines[1:], strict=False), 1):
        if previous.ends_sentence and not line.ends_sentence and i not in signatures:
            if line.justified or line.display:
                sprayed += 1
            else:
                plain += 1
    if sprayed < SPRAYED_MIN or sprayed <= plain:
        return 0.0
    return PLAIN_OPENING * math.log((sprayed + 1) / (plain + 1))


def analyse_page(lines: list[PageLine], top: bool = True) -> PageLayout:
    """Rebuild the items of a page from its non-empty lines.

    Args:
        lines: the page's lines.
        top: whether they open the page (``iter_page`` reads a long page in windows, each
            after the first opening inside it): a section's name over the page's first
            headline is read there (``_section_over``).

    Returns:
        items in page order; every line is in one of them: the page's furniture (its
        header, editors' credit lines, labels, jump lines: ``qa.parse.furniture``) in items of kind
        "furniture", one a line, read apart from the articles.
    """
    if not lines:
        return PageLayout([])
    lines = joined_bylines(lines)  # (a byline an extractor gave out in pieces, read as one line)
    untangled = untangle(lines)  # (columns side by side given out row by row, read column by column)
    if untangled is not lines:
        moved = sorted(line.number for line, put in zip(lines, untangled, strict=True) if line is not put)
        layout = _analyse_page(untangled, top)
        return replace(layout, items=[_read_across(item, moved) for item in layout.items])
    return _analyse_page(lines, top)


def _read_across(item: PageItem, moved: list[int]) -> PageItem:
    """``item``, marked ``across`` where a line read back in column order stands in its span."""
    if item.kind == "furniture":
        return item
    at = bisect_left(moved, item.first_line)
    return replace(item, across=True) if at < len(moved) and moved[at] <= item.last_line else item


def _analyse_page(lines: list[PageLine], top: bool) -> PageLayout:
    """``analyse_page`` on lines in reading order."""
    furniture = furniture_lines(lines)
    if not furniture:
        layout = _analyse(lines)
        return replace(layout, items=_section_over(layout.items, lines)) if top else layout
    listed = _listed(lines, furniture)
    layout = _analyse(
        [line for i, line in enumerate(lines) if i not in furniture],
        _brief_titles(lines, furniture) - listed,
        _labelled(lines, furniture) | listed,
        _jumped(lines, furniture),
        frozenset(lines[i].number for i in furniture),
        _continued(lines, furniture),
        _jumps_on(lines, furniture),
        _brief_runs(lines, furniture),
        listed,
    )
    if listed:
        layout = replace(layout, items=[_unbulleted(item) if item.first_line in listed else item for item in layout.items])
    apart = [
        PageItem("furniture", "", "", "", (lines[i].text,), (), "", lines[i].number, lines[i].number, what=kind)
        for i, kind in sorted(furniture.items())
    ]
    items = sorted([*layout.items, *apart], key=lambda item: item.first_line)
    return PageLayout(_section_over(items, lines) if top else items, layout.conventions)


SECTION_NAME_MAX = 4  # ideographs of a section's name over the page's first headline (史海钩沉)


def _section_over(items: list[PageItem], lines: list[PageLine]) -> list[PageItem]:
    """``items`` with the page's section name read apart where the first article's kicker
    is one, or its title where it has no other heading line and stands right under the
    header: a line of a few ideographs alone (``names_a_section``) over the page's first
    headline, sharing no pair of characters with the article's headline and text (史海钩沉
    over 泡泡战士, 知识窗 over 黑龙江), or a name dailies give a section alone over its
    text, whatever the text says (2024年5月17日 星期五 / 综合 over 12月26日上午，南昌地铁…;
    A09 / 文化 over a text on 汉堡包文化), names the page's section, as a header may print it
    (``qa.parse.furniture``); a kicker leads into its article's words, and a title names
    what its text is about (南韩 over 南韩位于…, 启事 over …特此启事). The name becomes the
    section's label and the article keeps the rest of its heading. (So for a photo's
    captions right under the header, under a name dailies give a section: 第6版 / 经济 /
    图①受强降雨影响，…, which no title heads.)"""
    at = next((index for index, item in enumerate(items) if item.kind != "furniture"), None)
    if at is None:
        return items
    item = items[at]
    # (A title alone over the text, right under the header's last line.)
    alone = not item.kicker and not item.subtitle and at and items[at - 1].what == "header" and is_section_word(item.title)
    name = item.kicker or (item.title if alone else "")
    if (
        item.kind != "article" and not (item.kind == "photo" and alone) or not name or len(name) > SECTION_NAME_MAX
        or not names_a_section(name)
        or not alone and bigrams(name) & bigrams("".join((item.title, item.subtitle, *item.paragraphs)))
    ):
        return items
    if not may_label_the_page(name, (text for other in items if other.what == "header" for text in other.paragraphs)):
        return items  # (第13版 / 理论 / 2022年10月18日 星期二 / 专访 / 聊聊战斗机: a kicker)
    index = next((i for i, line in enumerate(lines) if line.number == item.first_line), None)
    if index is None or index + 1 == len(lines) or clean_heading(lines[index].text) != name:
        return items  # (not a kicker over the headline: one printed after its article)
    number = lines[index].number
    label = PageItem("furniture", "", "", "", (lines[index].text,), (), "", number, number, what="section label")
    rest = replace(item, kicker="", first_line=lines[index + 1].number) if item.kicker else replace(item, title="", first_line=lines[index + 1].number)
    return [*items[:at], label, rest, *items[at + 1 :]]


def _signed_twice(marked: _Marked) -> frozenset[int]:
    """``PageLines.twice``: the lines after each byline under a headline (not after a
    finished sentence) or dateline naming writers (本报讯（记者 张三）…) up to an article's
    end byline naming writers, no other byline, credit or dateline between."""
    lines, leads, ends = marked.lines, marked.leads, marked.ends
    heads = {i for i, lead in leads.items() if lead.names and not (i and lines[i - 1].ends_sentence)}
    # (A byline after a finished sentence may end the text above it instead.)
    heads.update(
        i
        for i, line in enumerate(lines)
        # (``_dated_by_name``'s cheap test first, made here: most lines fail it, no call.)
        if ("讯" in line.text or "电" in line.text or line.text[0] in "本新中")
        and i not in ends
        and _dated_by_name(lines, i)
    )
    marks = sorted(heads | leads.keys() | ends.keys())
    out: set[int] = set()
    for head, end in zip(marks, marks[1:], strict=False):
        if head in heads and end in ends and ends[end][1] == "article" and ends[end][0].names:
            out.update(range(head + 1, end))
    return frozenset(out)


def _restated_late(marked: _Marked) -> frozenset[int]:
    """The paragraph openings that restate a headline printed after their article: where
    a heading line stands under an article's end byline and a paragraph since the mark
    before opens with its words (英属维京群岛 after （本报记者 …）, over 英属维京群岛大约由…),
    the article it heads may start there, not at the mark (an item may start at such a
    line as at any among ``_signed_twice``'s)."""
    lines, ends = marked.lines, marked.ends
    signed = marked.signed
    out: set[int] = set()
    for at, end in enumerate(signed):
        if ends.get(end, (None, ""))[1] != "article" or end + 1 >= len(lines) or end + 1 in marked.leads:
            continue
        head = lines[end + 1]
        if not (head.heading_like or head.headline_mark):
            continue
        title = head.text.replace(" ", "").replace("\u3000", "")
        if len(title) < 2:
            continue
        start = signed[at - 1] + 1 if at else 0
        # (Only the first opening that does: an entry's name may open several of its
        # paragraphs, and the article starts at the first.)
        # (A line holding no first character of the title cannot open with it: the cheap test first.)
        opener = title[0]
        first = next(
            (
                i
                for i in range(start, end)
                if opener in lines[i].text and lines[i].text.replace(" ", "").replace("\u3000", "").startswith(title)
            ),
            None,
        )
        if first is not None and first > start and lines[first - 1].ends_sentence:
            out.add(first)
    return frozenset(out)


def _labelled(lines: list[PageLine], furniture: dict[int, str]) -> frozenset[int]:
    """The file line numbers of the lines under a section or column label (简讯, 今日谈),
    past any furniture: an item starts at each (what a label names starts under it); and
    in a run of short items under a section label, of each line of running text behind a
    bullet after a sentence's end (一句话新闻 / ◆“全体队员，今晚7：00…。” / ◆暑期以来，…):
    the next item. (Not a 小标题 behind one, ◆培训采取“理论+实践”模式: the run may reach
    into an article.)"""
    bullets = (
        lines[j].number
        for j in _under_labels(lines, furniture, BRIEF_REACH)
        if lines[j].text[0] in _BULLETS and lines[j - 1].ends_sentence and not SUBHEAD.match(lines[j].text)
    )
    return _lines_after(lines, furniture, lambda i, kind: kind in _LABELS).union(bullets)


def _unbulleted(item: PageItem) -> PageItem:
    """A list's item (``_listed``) without the bullet its text opens with (●避开热门景区，…):
    the list's mark, consumed as a byline's is, not the item's words."""
    opening = item.paragraphs[0] if item.paragraphs else ""
    if item.title or opening[:1] not in _BULLETS or len(opening) < 2:
        return item
    return replace(item, paragraphs=(opening[1:].lstrip(), *item.paragraphs[1:]), consumed=opening[0] + item.consumed)


def _listed(lines: list[PageLine], furniture: dict[int, str]) -> frozenset[int]:
    """The file line numbers of the bullets of a list of one-sentence items under a
    section label (一句话新闻 / ●避开热门景区，专挑小众目的 / 地——…。 / ●以迎接党的二十大
    胜利召开为 / 契机，…。): where the label's run opens behind a bullet, the lines behind
    it there and after each sentence's end whose sentence goes on into the line under
    (``_goes_on``), when one of them at least opens running text
    (``_runs_on_behind_bullet``) or each of them, two or more, wraps on (``_wraps_on``,
    its indent maybe lost); each is running text too or, holding no clause, wraps on (an
    indent short of the line under, where two or more are so: the bullet stands in the
    indent's room, ■在南昌市一所小学的数 / 学课上，…, and the sentence runs on into that line).
    Each opens an item, and none is a title or a 小标题: the list's items share their
    bullet. (Not ◆培训采取“理论+实践”模式, a 小标题 in an article the run reaches into;
    nor ■这个夏天，“村超”火了！ over 本报讯… or an indented paragraph, a brief's title
    over its text; nor a photo's captions under the list behind another bullet, ▲进贤县….)"""
    listed: list[int] = []
    run: list[int] = []
    for j in [*_under_labels(lines, furniture, BRIEF_REACH), None]:
        if j is not None and (not run or run[-1] == j - 1):
            run.append(j)
            continue
        bullet = lines[run[0]].text[0] if run else ""
        opens = [
            i for i in run
            if bullet in _BULLETS and lines[i].text[0] == bullet and (i == run[0] or lines[i - 1].ends_sentence) and _goes_on(lines, i)
        ]
        # (Where two of the lines behind the bullet or more are an indent short of the full
        # line under them, the bullet stands in the indent's room: a line so short whose
        # sentence runs on into the line under wraps on.)
        lost = sum(not lines[i + 1].ends_sentence and _an_indent_short(_short_of_under(lines, i)) for i in opens) > 1
        if any(_runs_on_behind_bullet(lines, i, lost) for i in opens):
            # (A line leaving a quotation open goes on into the next: no 小标题 does.)
            listed += (
                lines[i].number
                for i in opens
                if not SUBHEAD.match(lines[i].text) or _wraps_on(lines, i) or leaves_open(lines[i].text)
                or lost and _wraps_on(lines, i, indent_lost=True) and _sentence_runs_into(lines[i].text, lines[i + 1].text)
            )
        elif len(opens) > 1 and all(_wraps_on(lines, i, indent_lost=True) for i in opens):
            listed += (lines[i].number for i in opens)  # (each item's first line wraps on: the list's shape)
        run = [j] if j is not None else []
    return frozenset(listed)


def _goes_on(lines: list[PageLine], j: int) -> bool:
    """Whether line ``j``'s sentence may go on into the line under it: it ends none (nor a
    clause with ！ or ？), and the line under opens no paragraph (no indent, no bullet) and
    no item (本报讯…, a dateline)."""
    if j + 1 >= len(lines) or lines[j].ends_sentence or lines[j].text[-1] in "！？!?":
        return False
    under = lines[j + 1]
    return not under.indent and under.text[0] not in _BULLETS and not opens_item(under.text)


def _titles(lines: list[PageLine], briefs: frozenset[int], leads: Container[int]) -> frozenset[int]:
    """The indices of the titles behind a mark: short items' titles under a section label
    (file line numbers ``briefs``), and any marked title (■首届青年创新创业大赛落幕) where it
    can be no 小标题 (not after a sentence end inside an article) and is no byline
    (``leads``): running text opens with ■, ◆ or ● only as a one-sentence item does
    (``_runs_on_behind_bullet``); and notices' titles (…的公告, 招聘启事)."""
    marks, first = _TITLE_MARKS, _SUBHEAD_FIRST  # (every title opens with one of ``first``)
    return frozenset(
        i
        for i, line in enumerate(lines)
        if line.text[0] in first
        and (
            line.number in briefs
            or line.text[0] in marks and not line.subhead and i not in leads and MARKED_TITLE.match(line.text)
            and not _runs_on_behind_bullet(lines, i)
        )
        # A notice's title names it (关于人民路临时停水的公告, 招聘启事): no running text ends so.
        # (Both read in one pass.)
        or line.text[-1] in "告事示知" and line.heading_like and _NOTICE_TITLE.match(line.text)
    )


def _jumped(lines: list[PageLine], furniture: dict[int, str]) -> frozenset[int]:
    """The file line numbers of the lines after a jump line sending the text above it to
    another page (（下转第2版）, 转第3版), past any furniture: the item above ends there (a
    headline printed after it may still follow)."""
    return _lines_after(lines, furniture, lambda i, kind: _sends_on(lines[i], kind))


def _jumps_on(lines: list[PageLine], furniture: dict[int, str]) -> bool:
    """Whether the page's text ends at a jump line sending it on to another page
    (（下转第2版）), only furniture after it: its last item goes on there."""
    last = max((i for i in range(len(lines)) if i not in furniture), default=-1)
    return any(i > last and _sends_on(lines[i], kind) for i, kind in furniture.items())


def _sends_on(line: PageLine, kind: str) -> bool:
    """Whether a furniture line of ``kind`` is a jump line sending the text above it to
    another page (（下转第2版）, 转第3版), not one saying where the text under it came from."""
    return kind == "jump line" and "转" in line.text


def _continued(lines: list[PageLine], furniture: dict[int, str]) -> frozenset[int]:
    """The file line numbers of the lines after a jump line saying where the text under it
    came from (上接第1版, （上接第一版）), past any furniture: an article's continuation
    opens there (``PageLines.continued``)."""
    return _lines_after(lines, furniture, lambda i, kind: kind == "jump line" and "接" in lines[i].text)


def _lines_after(
    lines: list[PageLine], furniture: dict[int, str], chosen: Callable[[int, str], bool]
) -> frozenset[int]:
    """The file line numbers of the first line that is no furniture after each furniture
    line ``chosen`` takes (given its index and kind)."""
    out = set()
    for i, kind in furniture.items():
        if chosen(i, kind):
            j = i + 1
            while j < len(lines) and j in furniture:
                j += 1
            if j < len(lines):
                out.add(lines[j].number)
    return frozenset(out)


def _brief_runs(lines: list[PageLine], furniture: dict[int, str]) -> frozenset[int]:
    """The file line numbers of the runs of short items under a section label (简讯, 本地快讯):
    from the label down to the next furniture line or the first byline under a headline
    (■本报记者 张三: a full article starts there)."""
    return frozenset(lines[j].number for j in _under_labels(lines, furniture, len(lines)))


def _under_labels(lines: list[PageLine], furniture: dict[int, str], reach: int) -> Iterator[int]:
    """The indices of the lines under each section label, up to the next furniture line,
    the first byline under a headline or ``reach`` lines: the label's run of short items."""
    for i, kind in furniture.items():
        if kind != "section label":
            continue
        for j in range(i + 1, min(len(lines), i + 1 + reach)):
            if j in furniture or find_lead_line(lines[j].text) is not None:
                break
            yield j


def _unsigned_runs(lines: list[PageLine], runs: frozenset[int], ends: dict[int, tuple[Signature, str]]) -> frozenset[int]:
    """The indices of the lines of the runs of short items (file line numbers ``runs``,
    ``_brief_runs``) whose items sign no names: no byline naming anyone ends an item in
    the run or right under it (a credit naming no one may end the run, （本报综合）; a
    photo's credit names its photographer). Where the run's items sign, they are weighed
    as any item is."""
    out: list[int] = []
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        inside = line is not None and line.number in runs
        if inside and (not run or run[-1] == i - 1):
            run.append(i)
            continue
        if run and not any(j in ends and ends[j][1] == "article" and ends[j][0].names for j in (*run, run[-1] + 1)):
            out.extend(run)
        run = [i] if inside else []
    return frozenset(out)


def _brief_titles(lines: list[PageLine], furniture: dict[int, str]) -> frozenset[int]:
    """The file line numbers of the marked lines (■ 标题) in a run of short items under a
    section label (简讯, 县区传真), up to the next furniture line, the first byline under a
    headline (■本报记者 张三: a full article, whose 小标题 are its own, starts there) or
    ``BRIEF_REACH`` lines: each is a short item's title, no 小标题. (A mark or 一、, then
    a title: not 十二月二十六日上午，…, nor a sentence run on behind a bullet,
    ``_runs_on_behind_bullet``.)"""
    return frozenset(
        lines[j].number
        for j in _under_labels(lines, furniture, BRIEF_REACH)
        if lines[j].text[0] in _SUBHEAD_FIRST and SUBHEAD_CLAUSES.match(lines[j].text) and not _runs_on_behind_bullet(lines, j)
    )


WRAP_SLACK = 1.5  # em a line wrapping on may differ from the line under it (digits, spaces)


def _wraps_on(lines: list[PageLine], j: int, indent_lost: bool = False) -> bool:
    """Whether line ``j``'s text wraps on into the line under it (●以迎接党的二十大胜利召开为
    / 契机，开展系列活动，…), where its sentence may go on there (``_goes_on``, which the
    caller reads): it is about as wide as that line, or wider where that line ends the sentence (◆铜鼓县纪委监委相关负责
    / 人表示。), or, where an opening's indent may have been lost (``indent_lost``), about
    2 em short of it (``_an_indent_short``)."""
    if j + 1 >= len(lines):
        return False
    gap = _short_of_under(lines, j)
    return abs(gap) <= WRAP_SLACK or lines[j + 1].ends_sentence and gap < 0 or indent_lost and _an_indent_short(gap)


def _short_of_under(lines: list[PageLine], j: int) -> float:
    """How many em line ``j`` (its indent counted) is short of the line under it."""
    line = lines[j]
    return lines[j + 1].width - line.width - line.indent


def _sentence_runs_into(text: str, under: str) -> bool:
    """Whether the sentence of line ``text`` runs on into the line ``under`` as running text
    does: the break cuts a phrase (``breaks_phrase``: 一所小学的 / 数学课上), or the line
    under holds a clause mark (果园 / 里，果农们忙着采摘、分拣，); a title's second line
    holds none (■数字赣州加速建设 / 赣州5G基站突破1万个)."""
    return breaks_phrase(text, under) or CLAUSE_MARKS.search(under) is not None


def _runs_on_behind_bullet(lines: list[PageLine], j: int, indent_lost: bool = False) -> bool:
    """Whether the marked line ``j`` is running text behind a bullet (◆暑期以来，安福县博物馆
    每天接待观 / 众上千人次，…。: a one-sentence item) rather than a title: a clause goes on
    in it after a comma, and the line under it, shorter, ends the sentence, or is as wide
    as it, the column's width (a title wrapped leaves a short tail that ends no sentence,
    ■新能源汽车下乡，充电难题如 / 何破解; one line of title stands over a wider body), or,
    where the bullets of its run stand in an opening's indent (``indent_lost``), an indent
    short of it with a phrase running on across the break (■随着一声汽笛长鸣，满 /
    载50个标准集装箱的中欧班列: no title ends inside a word)."""
    text = lines[j].text
    if not ("，" in text or "," in text) or j + 1 >= len(lines):
        return False
    under, width = lines[j + 1], lines[j].width
    return (
        under.ends_sentence and under.width < width
        or abs(under.width - width) <= 1
        or indent_lost and not under.ends_sentence and _an_indent_short(_short_of_under(lines, j))
        and breaks_phrase(text, under.text)
    )


def _analyse(
    lines: list[PageLine],
    briefs: frozenset[int] = frozenset(),
    labelled: frozenset[int] = frozenset(),
    jumped: frozenset[int] = frozenset(),
    furniture: frozenset[int] = frozenset(),
    continued: frozenset[int] = frozenset(),
    jumps_on: bool = False,
    brief_runs: frozenset[int] = frozenset(),
    listed: frozenset[int] = frozenset(),
) -> PageLayout:
    """Read a page's lines into items (``_read``). Byline lines that may sign the text
    above them or open the item under them (``_sign_by_habit``) are read as the page's
    habit says, unless the page reads ``OTHER_WAY`` cheaper with all of them turned round:
    a byline line signs the text above where the text under it signs its own end, and
    the cost of the whole page says so, not a count of the page's other byline lines."""
    # (The lines measured and read as headings where their shape says so once: the same
    # for both readings, and for the reading again with more brief titles.)
    lines = _title_tails(_letter_spaced(remeasured(lines, page_metric(lines)))) if lines else lines
    if listed:  # (a list's item opens with running text: no heading there)
        lines = [replace(line, heading_like=False, headline_mark=False) if line.number in listed else line for line in lines]
    rows = {i for first, last in _table_runs(lines) for i in range(first, last + 1)}
    if rows:  # (a table's rows are its text: no heading there either)
        lines = [replace(line, heading_like=False, headline_mark=False) if i in rows else line for i, line in enumerate(lines)]
    # (... and their bylines and credits found once: only the either-way lines differ.)
    given = (lines, _scan(lines, labelled, jumped) if lines else None, briefs, labelled, jumped, furniture, continued, jumps_on, brief_runs, listed)
    layout, cost, either_way = _read(*given)
    if either_way is None:
        return layout
    other, other_cost, _ = _read(*given, habit=not either_way)
    return other if other_cost < cost - OTHER_WAY else layout


def _read(
    lines: list[PageLine],
    scan: _Scan | None,
    briefs: frozenset[int],
    labelled: frozenset[int],
    jumped: frozenset[int],
    furniture: frozenset[int],
    continued: frozenset[int],
    jumps_on: bool,
    brief_runs: frozenset[int],
    listed: frozenset[int],
    habit: bool | None = None,
) -> tuple[PageLayout, float, bool | None]:
    """``_analyse`` with the either-way bylines read as ``habit`` says (``_mark``), of
    ``lines`` measured and their title tails and letter-spaced lines read, and ``scan``
    their ``_scan`` (``_analyse``).

    Returns:
        the layout, what its reading cost the decoder, how the either-way bylines were
        read (None: the page has none).
    """
    if not lines or scan is None:
        return PageLayout([]), 0.0, None
    given = lines
    marked = _marked(scan, habit)
    lines = marked.lines = _subheads(marked, briefs)  # (a list's lines are no heading: no 小标题 either)
    double = _spacing(lines)
    indents = _keeps_indents(lines, marked.ends)
    gap = _usual_gap(lines)
    spaced = frozenset(
        i for i in range(1, len(lines)) if (lines[i].blank_before != gap if double[i] else lines[i].blank_before > 0)
    )
    # (On a page that keeps no indents a leading space is a break: the indented lines found
    # without a Python step a line.)
    breaks = spaced if indents else spaced | frozenset(compress(range(1, len(lines)), map(attrgetter("indent"), lines[1:])))
    # (On a page that keeps its indents, an opening as wide as a full line is one whose
    # indent was typed ahead of a full line's text: the decoder reads it as flush.)
    signatures = marked.ends.keys() | marked.leads  # (the byline and credit lines: no paragraph's)
    flush, short_opening, lost = _flush_openings(lines, indents, signatures)
    # The lines under a label start items (a line split in two by its signature keeps its
    # number in both: the first starts; the page's first line starts one anyway).
    starts: dict[int, int] = {}
    if labelled:
        for i, line in enumerate(lines):
            if line.number in labelled:
                starts.setdefault(line.number, i)
    boxes = box_labels(lines)  # a box starts at its label, whatever stands over it
    sentences, openers = sentence_openings(lines)
    titles = _titles(lines, briefs, marked.leads) - listed
    minor = (
        _flush_minor_heads(lines, marked, indents, furniture, titles)
        | _echo_heads(lines, marked)
        | (_minor_heads(lines, marked.leads) if indents else frozenset())
    )
    page = PageLines(
        lines,
        {i: kind for i, (_, kind) in marked.ends.items()},
        frozenset(marked.leads),
        breaks,
        indents,
        flush,
        short_opening,
        spaced=spaced,
        lost_indents=lost,
        starts=frozenset(i for i in starts.values() if i) | _fenced_boxes(boxes, marked.ends) | _tables(lines),
        # (Most pages have no jump line: their lines are not walked for one.)
        cuts=frozenset(i for i, line in enumerate(lines) if i and line.number in jumped) if jumped else frozenset(),
        boxes=boxes,
        titles=titles,
        sentences=sentences,
        openers=openers,
        plain_opening=_sprayed_openings(lines, signatures),
        inside=marked.closings | _unbroken(marked.led, breaks),
        minor=minor,
        minor_on=_minor_on(minor, marked),
        turns=speaker_turns(lines),
        twice=_signed_twice(marked) | _restated_late(marked),
        continued=frozenset(i for i, line in enumerate(lines) if line.number in continued) if continued else frozenset(),
        jumps_on=jumps_on,
        unsigned_briefs=_unsigned_runs(lines, brief_runs, marked.ends) if brief_runs else frozenset(),
        anonymous=frozenset(i for i, (signature, kind) in marked.ends.items() if kind == "article" and not signature.names),
        finished=frozenset(i for i, (signature, kind) in marked.ends.items() if kind == "article" and wire_end(signature)),
    )
    decoding = decode(page)
    openings = _leftover_openings(decoding.spans, page)
    late = _late_openings(decoding.spans, page)
    if openings or late:
        # Lines no item took: read again with an item free to end after each line left
        # short among them (a paragraph ending without a full stop, a list, before a
        # headline printed after its article), and to start at each paragraph of the text
        # signed right over them, kept where fewer lines are left over.
        again = decode(replace(page, openings=openings, twice=page.twice | late))
        if _left_over(again.spans) < _left_over(decoding.spans):
            decoding = again
    titles = _brief_subheads(decoding.spans, page, double, indents, flush and not indents)
    if titles:
        return _read(given, scan, briefs | titles, labelled, jumped, furniture, continued, jumps_on, brief_runs, listed, habit)
    # (A line holding no clause mark under a sentence end, over a line that cannot go on
    # from it, 近日，…, 不过，…: page.openers, stands alone as a 小标题 does.)
    standing = (
        lines[i - 1].number
        for i in page.openers
        if i > 1 and lines[i - 2].ends_sentence and lines[i - 1].heading_like and CLAUSE_MARKS.search(lines[i - 1].text) is None
    )
    minor = frozenset(lines[i].number for i in page.minor).union(standing)
    turns = frozenset(lines[i].number for i in page.turns)
    verse = frozenset(lines[i].number for i in page.inside - marked.closings)
    spans = _resumed(decoding.spans, page)
    stacks = [[clean_heading(lines[i].text) for i in span.before or span.after] for span in spans]
    # (The bodies under two-line stacks only: their words may show a title wrapped.)
    bodies = [
        "".join(lines[i].text for i in span.body).replace(" ", "") if len(stack) == 2 else ""
        for span, stack in zip(spans, stacks, strict=True)
    ]
    framed = sets_titles_framed(stacks, bodies)
    items = [
        part
        for span, following in zip(spans, [*spans[1:], None], strict=True)
        for part in _label_over(
            _label_alone(_build(span, marked, double, indents, flush and not indents, minor, turns, verse, framed, following)),
            span,
            lines,
        )
    ]
    return PageLayout(items, decoding.conventions), decoding.total, marked.either_way


def _label_over(item: PageItem, span: Span, lines: list[PageLine]) -> tuple[PageItem, ...]:
    """A section's name over a short item whose title runs into its text in 【】 (综合新闻 /
    【夜间经济点亮城市烟火气】华灯初上，…): an item has one title, and the bracket's is this
    one's, so the line over it is the section's label (as ``_label_alone`` reads one alone)
    and the item starts under it."""
    if (
        item.kind != "article" or len(span.before) != 1 or span.leading or item.kicker or item.subtitle
        or not item.paragraphs or not names_a_section(item.title)
    ):
        return (item,)
    bracketed = bracket_title(item.paragraphs[0])
    if bracketed is None or not bracketed[1]:
        return (item,)
    title, opening = bracketed
    number = lines[span.before[0]].number
    label = PageItem("furniture", "", "", "", (lines[span.before[0]].text,), (), "", number, number, what="section label")
    body = replace(
        item,
        title=title,
        paragraphs=(opening, *item.paragraphs[1:]),
        first_line=lines[span.body[0]].number,
        consumed=item.consumed + "【】",
    )
    return label, body


def _label_alone(item: PageItem) -> PageItem:
    """A section's name alone (史海钩沉, 博览 over a box's label or a headline, at the page's
    top): an item of one short line of ideographs, no headline, byline or other text, that
    items around it did not take (a box starts under it), is the page's section label, as
    ``qa.parse.furniture`` reads one beside the page's header. (Not lines left to no item,
    ``PageItem.leftover``: those are reported so.)"""
    if (
        item.kind != "article" or item.leftover or item.title or item.kicker or item.subtitle or item.authors
        or len(item.paragraphs) != 1 or not names_a_section(item.paragraphs[0])
    ):
        return item
    return replace(item, kind="furniture", what="section label")


def _resumed(spans: list[Span], page: PageLines) -> list[Span]:
    """``spans`` with an article whose text a photo's captions cut off mid-sentence read
    whole: the text under the photo's credit goes on with it (…为守护好这些“远方来客”， /
    图①：游客在… / 本报记者 赵怡芳 摄 / 沿湖各地实行了分片包干巡护制…), and the photo
    follows it. An extractor that reads a page block by block may give a photo's captions
    where they stand in the article's column; no article ends inside a sentence, and the
    text under the credit opens no paragraph (``_cut_off``, ``_text_on``). So also where
    the captions stand between two paragraphs, if the article over them has a headline and
    no byline and the text under them takes the headline up (``segment.takes_up``: 渠成 /
    … / 图①：… / 本报记者 金佳红 摄 / 2012年初，渠成与队友…), as an item right under it
    goes on with it (``segment._echoed_cuts``); and, on a page that prints headlines after
    their articles, where the text over them has neither and its opening lines take up the
    headline of the text under them (``_taken_up``: 受强降雨影响，…清淤消杀… / ▲ … /
    本报记者 曾薇 摄 / 截至目前，… / （本报记者 沈强芬） / 暴雨过后，他们连夜清淤复产);
    and where no byline or headline ends the text over them, and the text under them
    opens no item and reads on from it (``_goes_on_under``: …宅基地审批服务“六好”… /
    图①：… / 新华社记者 熊曦敏 摄 / 大余县在全县11个乡镇便民服务中心设置了宅基地“一门式”
    审批窗口…). Joined, the article still has one headline and one byline at most."""
    lines, ends = page.lines, page.ends
    out = _captions_gathered(spans, page)
    i = 0
    while i + 2 < len(out):
        before, photo, after = out[i : i + 3]
        if (
            photo.sign is not None and ends.get(photo.sign) == "photo"
            and not (before.before and after.after) and not (before.leading and after.sign is not None)
            and (
                _cut_off(before, lines) and _text_on(after, page) or _takes_up(before, after, page)
                or _taken_up(before, after, page) or _goes_on_under(before, after, page)
            )
        ):  # (an article has one headline and one byline: not where the text under has its own)
            out[i : i + 3] = [
                Span(
                    before.before, before.leading, before.body + after.body, after.sign, after.after,
                    min(before.margin, after.margin), before.doubts + after.doubts,
                ),
                photo,
            ]
        i += 1
    return out


_NUMBERED_CAPTION = re.compile(r"^图\s*[①-⑳]")


def _captions_gathered(spans: list[Span], page: PageLines) -> list[Span]:
    """``spans`` with captions that open with a photo's number (图①：…, 图 ②) and stand
    alone, with no headline, byline or credit, right over a photo's captions, read as that
    photo's: a numbered caption is no article, and the credit under them is theirs too.
    (Not ▲…: a run of one-line news items may open each with it.)"""
    out: list[Span] = []
    for span in spans:
        captions = out[-1] if out else None
        if (
            captions is not None and page.ends.get(span.sign) == "photo"
            and not (captions.leftover or captions.before or captions.leading or captions.after)
            and captions.sign is None and captions.body and _NUMBERED_CAPTION.match(page.lines[captions.body[0]].text)
        ):
            out[-1] = replace(span, body=captions.body + span.body, doubts=captions.doubts + span.doubts)
        else:
            out.append(span)
    return out


def _cut_off(span: Span, lines: list[PageLine]) -> bool:
    """Whether ``span``'s text stops inside a sentence, at a line as wide as the one over
    it (the column's end, not a paragraph's), with no byline after it: text going on."""
    if span.leftover or span.sign is not None or span.after or len(span.body) < 2:
        return False
    last, over = lines[span.body[-1]], lines[span.body[-2]]
    return not last.ends_sentence and last.width >= over.width - FULL


def _takes_up(before: Span, after: Span, page: PageLines) -> bool:
    """Whether ``before`` is an article with a headline over its text and no byline after
    it, and ``after`` text without a headline or byline over it (``_text_on``, an opening
    paragraph allowed) whose first ``ECHO_LINES`` lines take that headline up."""
    if not _still_open(before) or not _text_on(after, page, opening=True):
        return False
    lines = page.lines
    heading = "".join(lines[i].text for i in before.before if i not in before.leading)
    return takes_up(heading, "".join(lines[i].text for i in after.body[:ECHO_LINES]))


def _still_open(span: Span) -> bool:
    """Whether ``span`` is an article with a headline over its text and no byline after
    it: one that text further on may go on."""
    return not span.leftover and bool(span.before) and span.sign is None and not span.after and bool(span.body)


def _goes_on_under(before: Span, after: Span, page: PageLines) -> bool:
    """Whether ``before`` is text no byline or headline ends (an article still open, with
    its headline over it or none), and ``after`` text without a headline or byline over
    it, opening no item (a dateline, an editor's note: ``segment.opens_item``), that reads
    on from it (``segment.reads_on``: 连日来…供水管网抢修… / 图①：… / （新华社发） /
    入夏以来，市水务集团共处置各类管网故障…), or, signed by no byline under a headline
    over ``before``, keeps its subject (``segment.keeps_subject``): the article goes on
    under the captions. (Of such text under a photo's credit on 400 looked-at pages of
    generator 9, 54 of 58 went on with the text over the captions; on 400 of each of
    generators 5-8, which set no captions between an article's paragraphs, none of 22
    did. ``reads_on`` holds for 38 of the 54 and 2 of the 26 others.)"""
    if before.leftover or before.sign is not None or before.after or not before.body:
        return False
    if not _text_on(after, page, opening=True):
        return False
    lines = page.lines
    if opens_item(lines[after.body[0]].text):
        return False  # (a dateline, an editor's note or a title in 【】: an item opens there)
    if after.sign is not None and _dated_by_name(lines, before.body[0]):
        return False  # (an article named at its head by its dateline signs no end: two items)
    text, other = "".join(lines[i].text for i in before.body), "".join(lines[i].text for i in after.body)
    if before.before and after.sign is None and keeps_subject(text, other):
        return True
    return reads_on(text, other)


def _taken_up(before: Span, after: Span, page: PageLines) -> bool:
    """Whether ``before`` is text without a headline or byline and ``after`` text (an
    opening paragraph allowed) with its headline printed after it, a headline the first
    ``ECHO_LINES`` lines of ``before`` take up: ``_takes_up`` for a page that prints a
    headline after its article."""
    if before.leftover or before.before or before.leading or before.sign is not None or before.after or not before.body:
        return False
    if not after.after or not _text_on(after, page, opening=True):
        return False
    lines = page.lines
    heading = "".join(lines[i].text for i in after.after)
    return takes_up(heading, "".join(lines[i].text for i in before.body[:ECHO_LINES]))


def _text_on(span: Span, page: PageLines, opening: bool = False) -> bool:
    """Whether ``span`` is text without a headline or byline over it, no photo's captions,
    whose first line must start no item and (unless ``opening``) shows no paragraph's
    indent: text that may go on."""
    if span.leftover or span.before or span.leading or not span.body or page.ends.get(span.sign) == "photo":
        return False  # (nor a photo's captions: a photo beside another)
    first = span.body[0]
    return (
        first not in page.starts and first not in page.cuts and first not in page.leads
        and (opening or page.lines[first].indent < PARAGRAPH_INDENT)
    )


def _leftover_openings(spans: list[Span], page: PageLines) -> frozenset[int]:
    """The lines of items made of lines no item took, and the line after each, that follow
    a line left short (``segment.left_short``)."""
    out = set()
    for span in spans:
        if span.leftover:
            for i in span.body:
                for j in (i, i + 1):
                    if 0 < j < len(page.lines) and left_short(page, j - 1):
                        out.add(j)
    return frozenset(out)


def _late_openings(spans: list[Span], page: PageLines) -> frozenset[int]:
    """The paragraph openings of the text signed right over lines no item took (（蔡航） /
    让“沉睡”的资源活起来 at the page's end), since the byline or credit before: those
    lines are a headline printed after its article, which none could take, as the text
    since that mark had a headline already; its article starts at one of them."""
    if not any(span.leftover for span in spans):
        return frozenset()  # (most pages: no marks sorted)
    marks = sorted(page.ends.keys() | page.leads)
    out: set[int] = set()
    for span in spans:
        end = span.body[0] - 1 if span.leftover and span.body else -1
        if page.ends.get(end) != "article":
            continue
        at = bisect_left(marks, end)
        start = marks[at - 1] + 1 if at else 0
        out.update(i for i in range(start + 1, end) if page.lines[i - 1].ends_sentence)
    return frozenset(out)


def _left_over(spans: list[Span]) -> int:
    return sum(len(span.body) for span in spans if span.leftover)


def _brief_subheads(spans: list[Span], page: PageLines, double: list[bool], indents: bool, flush: bool) -> frozenset[int]:
    """The file line numbers of the 小标题 read that head a short item instead: the last
    marked line of an item with no end byline, under which the item's text is one
    paragraph and on another subject than the text over it (■在特鲁希略东方5公里 /
    在市中心有10所王家的复合式建筑。 under an item about wintering birds): a 小标题 heads
    a section of a long article, on its subject. The page is then read again with them as
    heading lines."""
    lines = page.lines
    out = set()
    text = None
    for span in spans:
        if span.sign is not None or span.leading or not span.body:
            continue  # (signed under its headline: a full article, its 小标题 its own)
        marks = [i for i in span.body if lines[i].subhead]
        if not marks:
            continue
        first = marks[-1]
        if len(marks) > 1 and marks[-2] == first - 1 and not lines[first - 1].ends_sentence:
            first = marks[-2]  # a 小标题 wrapped over two lines
        under = [lines[i] for i in span.body if i > marks[-1]]
        if len(under) == 0 or len(paragraphs(under, double[marks[-1]], indents, flush)) != 1:
            continue
        if text is None:
            text = PageText.of(lines)
        start = max(min(span.before or span.leading or span.body), first - TOPIC_LINES)
        stop = min(span.body[-1] + 1, first + TOPIC_LINES)
        if subject_change(text.between(start, first), text.between(first, stop)) >= BRIEF_GAP:
            out.add(lines[first].number)
    return frozenset(out)


def paragraphs(
    body: list[PageLine],
    double: bool = True,
    indents: bool = False,
    flush: bool = False,
    minor: Container[int] = (),
    turns: Container[int] = (),
    verse: Container[int] = (),
) -> list[str]:
    """Join hard-wrapped body lines into clean paragraphs: a paragraph ends at a sentence
    end followed by a line that can open one (about 2 em short), or left short before a
    line that is not full (a sentence a little short before a full line was stretched to
    the column, but on a page that sets paragraphs flush, ``flush``, where a full line
    opens one), or well short; in a single-spaced file at a blank line after a sentence
    end (not before a full line: a text block cut at the column's end); on a page that
    keeps indents, before an indented line or a caption's mark (图②…) after a sentence end
    and nowhere else, unless the body holds no indented line and shows an opening that
    lost its indent (``_lost_indent_shown``) or one set flush (``_flush_opening_shown``):
    one block of a page may come from another source than the rest, and is read by its
    widths. A 小标题 is a paragraph of its own: on a page that keeps indents an
    indented short line over an indented one, and on any page the lines numbered in
    ``minor`` (``PageLines.minor``) under a sentence end; so is each turn of an interview (the lines
    numbered in ``turns``, ``PageLines.turns``) after a sentence end, and each line of
    verse a colon leads into (the lines numbered in ``verse``, see ``_verse_line``), the
    lead-in over it ending its own."""
    width = block_width(body)
    if indents and not any(line.indent for line in body) and (_lost_indent_shown(body) or _flush_opening_shown(body, width)):
        indents = False  # (a block set without the page's indents, lost or flush: read by its widths)
    groups: list[list[str]] = [[]]
    last = len(body) - 1
    for index, line in enumerate(body):
        # A blank line in a single-spaced page starts a block: a paragraph, unless the
        # column was cut there (mid-sentence, or before a full line, which opens none; on
        # a page that keeps indents, the indent tells).
        if (
            index
            and not double
            and line.blank_before
            and body[index - 1].ends_sentence
            and not (indents or line.justified or line.width > width - INDENT_SHOWN)
        ):
            groups.append([])
        groups[-1].append(line.text)
        if index == last:
            break  # (every rule below reads the line after)
        following = body[index + 1]
        if line.subhead or following.subhead:
            if not (line.subhead and following.subhead and not line.ends_sentence):
                groups.append([])  # a 小标题 is a paragraph of its own (over one or two lines)
            continue
        if (
            verse
            and line.number in verse
            and _verse_line(following if line.text[-1] in "：:" else line, width, verse)
        ):
            # Verse a colon leads into (诗中写道： / 白日依山尽 / 黄河入海流): each line well
            # short of the column, holding no mark, is a paragraph of its own, and so is
            # the lead-in over the first.
            groups.append([])
            continue
        if indents:
            # (A photo's caption of a group, 图②…, is set flush: it opens a paragraph too.)
            # (An indented short line over an indented one is a 小标题: see PageLines.minor.)
            ends = line.ends_sentence or line.text[-1] in "：:；;" or _minor(line, [following])
            # (So is a flush short line numbered in ``minor`` under a sentence end.)
            if (ends or line.number in minor) and (
                following.indent or caption_mark(following.text) or line.ends_sentence and following.number in minor
            ):
                groups.append([])
            continue
        if turns and following.number in turns and line.ends_sentence:
            groups.append([])
            continue
        if minor and index and line.number in minor and body[index - 1].ends_sentence:
            groups.append([])  # (a 小标题: a paragraph of its own, see PageLines.minor)
            continue
        if line.text[-1] in "；;" and LIST_ITEM.match(following.text):
            groups.append([])  # (a list's items, each on lines of its own)
            continue
        if line.ends_sentence and not line.justified:
            indented = following.width <= width - INDENT_SHOWN and (
                following.width >= width - INDENT - INDENT_SLACK or not following.ends_sentence
            )
            # A sentence ending a little short before a full line that goes on (which
            # opens no paragraph: its indent would be lost) was stretched to the column;
            # a full line ending a sentence may be a paragraph of one line, marks hung.
            full_after = _goes_on_full(following, width)
            # (On a page that sets paragraphs flush a full line opens one: a sentence ending
            # short before it ends its paragraph.)
            if line.width < width - SURE_SHORT or indented or line.width < width - FULL and (flush or not full_after):
                groups.append([])
    return [clean_spaces(" ".join(parts)) for parts in groups if parts]


def _lost_indent_shown(body: list[PageLine]) -> bool:
    """Whether body lines show a paragraph opening that lost its indent: a line after a
    sentence end, about 2 em shorter than the full line going on under it."""
    return any(
        previous.ends_sentence and not line.ends_sentence and not following.ends_sentence
        and _an_indent_short(following.width - line.width)
        for previous, line, following in zip(body, body[1:], body[2:], strict=False)
    )


def _an_indent_short(gap: float) -> bool:
    """Whether a line ``gap`` em shorter than the full line under it is an opening's
    shape where its indent was lost: about 2 em short."""
    return INDENT - FLUSH_SLACK <= gap <= INDENT + INDENT_SLACK


def _flush_opening_shown(body: list[PageLine], width: float) -> bool:
    """Whether body lines in a column ``width`` show a paragraph opening set flush: a full
    line that goes on, under a sentence ended well short (by ``SURE_SHORT``) and over a
    line that goes on too."""
    return any(
        line.ends_sentence and not line.justified and line.width < width - SURE_SHORT
        and _goes_on_full(following, width) and not after.ends_sentence
        for line, following, after in zip(body, body[1:], body[2:], strict=False)
    )


def _goes_on_full(line: PageLine, width: float) -> bool:
    """Whether ``line`` is a full line of a column ``width`` (or justified to it) that ends
    no sentence: text going on."""
    return (line.justified or line.width > width - INDENT_SHOWN) and not line.ends_sentence


def _verse_line(line: PageLine, width: float, verse: Container[int]) -> bool:
    """Whether ``line`` is a line of verse a colon leads into: one of ``verse``, well short
    of the column ``width``, holding no mark of running text."""
    return (
        line.number in verse
        and line.width < width - SURE_SHORT
        and not line.ends_sentence
        and CLAUSE_MARKS.search(line.text) is None
    )


def _framed_alone(text: str) -> bool:
    """Whether a heading line is one label in 【】 and nothing else (not 【原作】【改编】)."""
    return text[:1] == "【" and text[-1:] == "】" and "】" not in text[:-1]


def _build(
    span: Span,
    marked: _Marked,
    double: list[bool],
    indents: bool,
    flush: bool = False,
    minor: Container[int] = (),
    turns: Container[int] = (),
    verse: Container[int] = (),
    framed: bool = False,
    following: Span | None = None,
) -> PageItem:
    """The item of ``span`` (``following``: the next item's, None for the page's last)."""
    lines = marked.lines
    end = marked.ends.get(span.sign) if span.sign is not None else None
    leading = list(span.leading)
    opening = 0
    while opening < len(span.body) - 1 and span.body[opening] in marked.leads:
        opening += 1  # byline lines opening the body (本报记者 张三 李四) are its byline
    leading.extend(span.body[:opening])
    heading = span.before or span.after
    if not heading and len(span.body) > opening + 1 and (
        end is not None and end[1] == "advert"
        or len(span.body) > opening + TABLE_ROWS and _table_label(lines, span.body[opening:])
    ):
        heading = (span.body[opening],)  # (an advertisement's or a table's first line is its title)
        opening += 1
    body = [lines[i] for i in span.body[opening:]]
    heads = [clean_heading(lines[i].text) for i in heading]
    if len(heads) > 1 and bracket_wrapped(lines, heading[0]):
        heads[:2] = [heads[0] + heads[1]]  # (a title in 【】 wrapped over two lines, as the decoder read it: one line)
    if not heads and len(leading) == 1 and end is not None and end[0].names and _marked_name(marked.leads[leading[0]]):
        # An article is signed once: under its end byline's names, a marked name line at its
        # head (●高句丽 over a short item) is its title, no second byline.
        heads = [clean_heading(lines[leading.pop()].text)]
    signatures = [marked.leads[i] for i in leading]
    if end is not None:
        signatures.append(end[0])
    photo = end is not None and end[1] == "photo"
    names = tuple(name for signature in signatures for name in signature.names)
    # (The body's words tell two heading lines or more apart: see ``heading_roles``.)
    text = "".join(line.text for line in body).replace(" ", "") if len(heads) > 1 else ""
    # A mark opening the first heading line (■乌石渔港：港口名称的由来, a short item's) is
    # the page's ornament, not the headline's words: consumed, as a byline's mark is.
    mark = heads[0][0] if heads and len(heads[0]) > 1 and heads[0][0] in _SIGN_MARKS else ""
    if mark:
        heads[0] = heads[0][1:].lstrip()
    labelled = bool(heads) and _framed_alone(heads[0])
    if labelled:
        # A title in 【】 alone on its line over its item's opening (【抚州启动乡村振兴人才培训计划】
        # / 本报讯近日，…), or a label so over heading lines, their kicker (【果园里的直播间】 /
        # 赣南脐橙开启“云上”销售季): the brackets are its frame, consumed as a mark is.
        heads[0] = heads[0][1:-1].strip()
        mark += "【】"
    # A box's label over heading lines (相关链接 / 走近恒星) is their kicker, as a label in 【】
    # is: a label names the box, it opens no title, however its width matches the line under it.
    kicker_lines = 1 if len(heads) > 1 and (labelled or box_label(heads[0])) else None
    (kicker, title, subtitle), roles_margin = roles_read(heads, text, framed and len(heads) == 2, kicker_lines)
    dateline = None
    if not names and not photo and body:  # 本报讯（记者 张三）… opening the body
        opening_text = "\n".join(line.text for line in body[:3])
        # (Or after a short item's title in 【】 run into its text: 【元世祖是什么？】本报 / 上饶
        # 10月7日讯（记者 钟洋娜）….)
        run_in = None if heads else bracket_title(opening_text)
        dateline = find_dateline(run_in[1] if run_in else opening_text)
        if dateline is None and opens_note(body[0].text):
            # (Or opening the report under an editor's note, which the note's item goes on with.)
            dateline = next(
                (
                    found for j in range(1, min(len(body), NOTE_REACH + 1))
                    if (found := find_dateline("\n".join(line.text for line in body[j : j + 3]))) is not None
                ),
                None,
            )
        names = dateline.names if dateline else ()
    closings = marked.closings
    pairs = list(zip(span.body[opening:], body, strict=True)) if closings else []
    closing = [line for i, line in pairs if i in closings]
    if closing:  # a notice's issuer, then its date: paragraphs of its own
        body = [line for i, line in pairs if i not in closings]
    if span.leftover or len(body) >= TABLE_ROWS and all(map(_table_row, body)):
        paragraphs_ = [clean_spaces(line.text) for line in body]  # (a table's rows: each a paragraph)
    else:
        paragraphs_ = paragraphs(body, double[span.body[0]] if span.body else True, indents, flush, minor, turns, verse)
    if closing:  # (its contacts each a paragraph, then who issues it)
        contacts = [line for line in closing if is_contact_line(line.text)]
        paragraphs_.extend(clean_spaces(line.text) for line in contacts)
        issuer = clean_spaces("".join(line.text.strip() for line in closing if line not in contacts))
        if issuer:
            paragraphs_.append(issuer)
    if end is not None and end[1] == "notice":
        paragraphs_.append(clean_spaces(lines[span.sign].text))
    elif end is not None and end[1] == "advert":  # (an advertisement's lines: each a paragraph)
        paragraphs_ = [clean_spaces(lines[i].text) for i in (*span.body[opening:], span.sign)]
    bracketed = bracket_title(paragraphs_[0]) if not heads and not photo and paragraphs_ else None
    if bracketed is not None and bracketed[1]:
        # A short item's title in 【】 run into its text: the title, its marks consumed.
        title, paragraphs_[0] = bracketed
        mark += "【】"
    indices = [*span.before, *span.leading, *span.body, *span.after]
    if span.sign is not None:
        indices.append(span.sign)
    numbers = [lines[i].number for i in indices]
    doubts = []
    if span.margin < DOUBT:
        doubts.append(Doubt(min(numbers), confidence(span.margin), "item starts here"))
    if roles_margin < DOUBT:  # (which of the heading lines are kicker, title and subtitle)
        doubts.append(Doubt(lines[(span.before or span.after)[0]].number, confidence(roles_margin), "headline roles"))
    doubts.extend(Doubt(lines[i].number, confidence(margin), what) for i, margin, what in span.doubts)
    if span.leftover:
        doubts.append(Doubt(min(numbers), 0.5, "heading lines that no item takes, kept as an item"))
    # The item is as sure as the least sure decision that bounds it: where it starts (with
    # the headings it has), the decisions inside it, and where the next item starts, which
    # is where it ends (an item read whole with an unsure end is no surer than that end).
    sure = min(
        confidence(span.margin),
        confidence(following.margin) if following is not None else 1.0,
        *(doubt.confidence for doubt in doubts),
    )
    return PageItem(
        kind="photo" if photo else "article",
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        paragraphs=tuple(paragraphs_),
        authors=() if photo else names,
        photographer=" ".join(names) if photo else "",
        first_line=min(numbers),
        last_line=max(numbers),
        consumed=mark + "".join(signature.consumed for signature in signatures),
        roles=tuple(role for signature in signatures for role in signature.roles),
        authors_in_text=dateline is not None,
        confidence=sure,
        doubts=tuple(doubts),
        leftover=span.leftover,
    )


def iter_page(numbered: Iterable[tuple[int, str]], window: int = WINDOW_LINES) -> Iterator[PageItem]:
    """Stream a raw page, (line number, raw line) pairs in line order: parse windows of
    about ``window`` lines, keeping the last two items of each (whose headlines may depend
    on what follows) for the next window, and any item before them that holds a line
    under their first (a jump line inside an article, lines put back in column order by
    ``interleave.untangle``). A window without three items grows, up to ``MAX_WINDOWS``
    windows, then is let go whole. A form feed (pdftotext's mark between pages) ends a
    page, and so does a masthead line under a page's text (``_next_page``): no window
    reads across a page's end, so each page of a file holding several is read under its
    own conventions (where its headlines stand, how it signs), as a page alone is.

    Yields:
        each item, in page order, with the page of the file it stands on (``sheet``).
    """
    sheet = 0
    for page in _pages(numbered):
        for item in _windows(page, window):
            if item is None:  # (a masthead opened the next page)
                sheet += 1
            else:
                yield replace(item, sheet=sheet) if sheet else item
        sheet += 1


PAGE_BREAK = "\f"  # a form feed: where pdftotext ends a page


def _pages(numbered: Iterable[tuple[int, str]]) -> Iterator[Iterator[tuple[int, str]]]:
    """The pages of a stream of (line number, raw line) pairs, parted at form feeds (the
    text before one on its line ends a page, the text after it opens the next), each
    read lazily from the stream: consume each before asking for the next."""
    stream = iter(numbered)
    opening: list[tuple[int, str]] = []  # the rest of the line a form feed stood in

    def page(first: tuple[int, str]) -> Iterator[tuple[int, str]]:
        line: tuple[int, str] | None = first
        while line is not None:
            number, raw = line
            if PAGE_BREAK in raw:
                before, _, after = raw.partition(PAGE_BREAK)
                if before.strip():
                    yield number, before
                opening.append((number, after))
                return
            yield line
            line = next(stream, None)

    while True:
        first = opening.pop() if opening else next(stream, None)
        if first is None:
            return
        yield page(first)


def _windows(numbered: Iterable[tuple[int, str]], window: int) -> Iterator[PageItem | None]:
    """``iter_page`` on the text up to a form feed: its items, and None where a page ends
    inside it (``_next_page``) and the next opens."""
    stream = iter(numbered)
    buffer: list[tuple[int, str]] = []
    measured: list[PageLine] = []  # the buffer's lines as read_lines read them, as far as known
    wanted = window
    top = True  # (the buffer opens the page's text: no article of the page read before it)
    while True:
        # (Read up to the window's size at once, at least one line: cheaper than a line
        # at a time. Fewer than asked for: the stream has ended.)
        asked = max(1, wanted - len(buffer))
        had = len(buffer)
        buffer.extend(islice(stream, asked))
        if len(buffer) - had < asked:
            break
        lines = _read_on(buffer, measured)
        cut = _next_page(lines)
        if cut is not None:  # the page ends in the window: read it whole, then the next
            yield from analyse_page(lines[:cut], top).items
            yield None
            buffer, measured = _from_line(buffer, lines[cut].number), _opening(lines, cut)
            wanted, top = window, True
            continue
        layout = analyse_page(lines, top)
        if len(layout.items) < 3 and len(buffer) < window * MAX_WINDOWS:
            wanted, measured = len(buffer) * 2, lines  # no item boundary to cut at yet: read on
            continue
        # (The next window still opens the page's text where this one gives out no article.)
        if len(layout.items) < 3:  # a run of lines without items: let it go as it is
            yield from layout.items
            buffer, measured, wanted, top = [], [], window, top and _furniture_only(layout.items)
            continue
        # (The last two items are read again with the next window; the items given out are
        # those wholly over every line read again: an article may hold a jump line, 上接第1版,
        # under its first line, and lines put back in column order one item's lines among
        # another's.)
        given = _given_out(layout.items)
        if not given:
            if len(buffer) < window * MAX_WINDOWS:
                wanted = len(buffer) * 2
                continue
            given = len(layout.items)
        yield from layout.items[:given]
        rest = layout.items[given:]
        restart = min(item.first_line for item in rest) if rest else None
        if restart is None:
            buffer, measured = [], []
        else:
            buffer = _from_line(buffer, restart)
            measured = _opening(lines, bisect_left(lines, restart, key=attrgetter("number")))
        wanted, top = window, top and _furniture_only(layout.items[:given])
    while buffer:
        lines = _read_on(buffer, measured)
        cut = _next_page(lines, last=True)
        yield from analyse_page(lines[:cut], top).items
        if cut is None:
            break
        yield None
        buffer, measured, top = _from_line(buffer, lines[cut].number), _opening(lines, cut), True


def _read_on(buffer: list[tuple[int, str]], measured: list[PageLine]) -> list[PageLine]:
    """``read_lines(buffer)``, where ``measured`` is what it gave for the buffer's first
    pairs: only the pairs from the last of those lines on are read again (a line of marks
    after it joins it; the blank lines before the next are counted), so a window read
    again after a page's end or with the two items it kept costs no second reading."""
    if not measured:
        return read_lines(buffer)
    last = measured[-1]
    tail = read_lines(buffer[bisect_left(buffer, last.number, key=itemgetter(0)) :])
    if last.blank_before:  # (read from its own line, the last line counted no blank over it)
        tail[0] = replace(tail[0], blank_before=last.blank_before)
    return measured[:-1] + tail


def _opening(lines: list[PageLine], at: int) -> list[PageLine]:
    """``lines[at:]`` as ``read_lines`` gives them for the buffer cut at line ``at``: its
    first line counts no blank line over it."""
    rest = lines[at:]
    if rest and rest[0].blank_before:
        rest[0] = replace(rest[0], blank_before=0)
    return rest


def _given_out(items: list[PageItem]) -> int:
    """How many of ``items`` (at least three) a window gives out: all but the last two,
    fewer where one of those holds a line under the first line of the items after it."""
    given = len(items) - 2
    while given and max(item.last_line for item in items[:given]) >= min(item.first_line for item in items[given:]):
        given -= 1
    return given


def _furniture_only(items: list[PageItem]) -> bool:
    return all(item.kind == "furniture" for item in items)


def _from_line(buffer: list[tuple[int, str]], number: int) -> list[tuple[int, str]]:
    """The (line number, raw line) pairs of ``buffer`` from line ``number`` on. (The pairs
    come in line order: the first is found by bisection.)"""
    return buffer[bisect_left(buffer, number, key=itemgetter(0)) :]


def _next_page(lines: list[PageLine], last: bool = False) -> int | None:
    """Where the next page opens among a window's lines: at a masthead line
    (``furniture.is_masthead``: the date with the weekday, page or paper) under text of
    this page (a sentence ended over it), or at the parts of the masthead set right over
    it (3 要闻 / 2024年5月8日 星期三; A11 / 综合 / 井冈山报 / 2022年10月6日 星期四:
    ``furniture.header_top``); None where no page opens. (A page's own masthead at
    its top, under its other furniture, 责任编辑：… / 第5版：经济 / 南昌日报, parts nothing:
    furniture ends no sentence. Pages with their mastheads at the foot are parted after
    each: every part still holds one page's text. Where ``lines`` run to the file's end
    (``last``), a masthead with nothing under it but the parts of a header stands at the
    foot of their page and opens none (``furniture.closes_the_text``): the page is read
    with it, as a page alone is.)"""
    for index in [i for i, line in enumerate(lines) if "日" in line.text or "星期" in line.text]:
        if not is_masthead(lines[index].text) or last and closes_the_text(lines, index):
            continue
        top = header_top(lines, index)
        if any(line.ends_sentence for line in lines[:top]):
            return top
    return None
