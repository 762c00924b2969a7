"""Lines of a raw page and the evidence each carries: width in em, justification, punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from qa.text import IDEOGRAPHS

# What is measured 1 em whatever the page: ideographs, and the digits and Latin letters of
# the full-width forms (２０２４, ＧＤＰ), set in an ideograph's square as printed.
_FULL_EM = IDEOGRAPHS + "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_NOT_IDEOGRAPH = re.compile(f"[^{_FULL_EM}]")  # one character each
_non_ideographs = _NOT_IDEOGRAPH.findall  # (bound once: read for every line)
_LATIN_SPACE = re.compile(r"(?<=[A-Za-z0-9]) (?=[A-Za-z])")  # a word space has width
# The marks a page sets before a byline line or a headline (■本报记者 张三, ◎ 记者 李四).
LEAD_MARKS = "■□●○◎◆◇▲△★☆▶►"
_SPRAYED = re.compile(r"(?<=[^\x00-\x7f\s]) +(?=[^\x00-\x7f\s])")
# A bracket (or what a line shows of one) holds bylines, whose names are padded, not sprayed.
_BRACKETED = re.compile(r"（[^（）]*(?:）|$)|^[^（）]*）")
_MAY_END = frozenset("。！？!?…”’」』）)》〉\"'")  # last characters a sentence end may leave
_STOPS = frozenset("。！？!?…")
_CLOSERS = "”’」』）)》〉\"'"  # closing marks that may follow a sentence's stop
_CLAUSE_ENDS = frozenset("，、；：,;:")
# The marks of running text inside a line (a title's colon is not one): clauses, sentences.
CLAUSE_MARKS = re.compile(r"[，、；。]")
# What opens a line and is never broken: a run of Latin letters or digits with the marks
# around it, or one character.
_FIRST_UNIT = re.compile(r"[\s（(“‘《「]*(?:[A-Za-z0-9.%+\-/:]+|.)[\s，。、；：？！”’）)》」]*")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# One sentence ending in ？ or ！, not opening a quotation or a bracket (a work's title in
# 《》 may open it: 《格斗天王》的主演人员有哪些？): a headline may read so.
_HEADLINE_MARK = re.compile(r"^(?![“‘「『（(]|《[^》]*$)[^。！？!?…]+[？！?!]+$")
# ... or quoted terms, the first opening it, each closed before the mark (“反向旅游”？,
# “姓”和“氏”是怎么渐渐合一的？): not a quotation.
_QUOTED_MARK = re.compile(r"^(?:[“‘「『][^“‘「『”’」』。！？!?…]+[”’」』][^“‘「『”’」』。！？!?…]*)+[？！?!]+$")
# A 小标题 opens with a mark or a numbered heading's numeral (■产业升级, 二、…), then words
# (or a number, a quotation: 一、2010年, ■“参加培训后”) without a clause mark (▲ opens
# photo captions too: see ``qa.parse.page``); one of clauses holds commas as well.
_SUBHEAD_OPENING = r"^(?:[■◆●▲]|[一二三四五六七八九十]{1,3}、)\s*[\u4e00-\u9fff0-9A-Za-z“‘《「]"
SUBHEAD = re.compile(_SUBHEAD_OPENING + r"[^，。、；：,;]*$")
SUBHEAD_CLAUSES = re.compile(_SUBHEAD_OPENING + r"[^。、；：;]*$")
# ... and a title behind a mark, which may name its topic before a colon (■独孤剑：相貌英俊).
MARKED_TITLE = re.compile(_SUBHEAD_OPENING + r"[^。、；;]*$")
SUBHEAD_MAX = 20  # em: a 小标题 is short

INDENT = 2.0  # em lost from a paragraph's first line
PARAGRAPH_INDENT = 1.0  # em of leading space that indents a paragraph (2 em typed, or two ASCII spaces; ½ em is a layout break)
INDENT_SLACK = 1.5  # a paragraph's first line may be this much shorter still
INDENT_SHOWN = 1.0  # a line at least this much under the width may be a first line
FULL = 1.25  # a line this much under the block width is short
SURE_SHORT = 3.5  # em under the width: a line shorter than this surely ends its paragraph
MIN_FULL_LINES = 3  # fewer full-width lines than this cannot show a block's width
PAGE_MAX_WIDTH = 35  # em: the median line of a raw page is no wider than a column
HANG = 0.5  # em a closing mark may hang past the column's end
_HANGING = frozenset("，。、；：？！”’）》」…")
_MARKS = re.compile(f"[^\\x00-\\x7f{_FULL_EM}\\s]")
METRIC_SAME_COLUMN = 4.0  # em: two middle lines further apart are in different columns
METRIC_MARGIN = 1.0  # em the full-width metric must agree better by over a page
METRIC_REACH = 3  # middle lines each is compared with
METRIC_LINES = 300  # middle lines read: more add little evidence and cost time


@dataclass(slots=True)
class PageLine:
    """One non-empty line of a page with the evidence the rules read; build with ``read``
    (not frozen, as a page's lines are built by the hundred thousand and a frozen
    dataclass builds slower; never changed in place: ``dataclasses.replace`` makes another).

    Attributes:
        number: 1-based line number in the file.
        text: the line without leading and trailing whitespace (so the rules read its
            first and last characters as they are, stripping nothing again).
        indent: em of whitespace the raw line began with (0.0: none; a full-width space
            1 em, any other ½): 2 em is a paragraph's indent, ½ a layout break.
        blank_before: blank lines right before it.
        width: width in em (ideograph 1, other visible characters, a space between
            Latin words and one padding a byline's names in brackets ½).
        justified: spaces were sprayed between CJK characters (a full line); spaces
            inside brackets pad a byline's names and do not count.
        ends_sentence: ends with 。！？… (closing quotes allowed after them) or an ellipsis
            typed as three full stops (...).
        heading_like: could stand alone as a headline (no closing punctuation, not justified).
        headline_mark: one sentence ending in ？ or ！ (`这样的好事，谁不喜欢？`), not
            justified: a headline if it stands alone (see ``qa.parse.segment``), else body text.
        subhead: a 小标题 between an article's paragraphs (`■产业升级`, `二、…`): a
            paragraph of its own, no headline (set by ``qa.parse.page`` where it stands
            after a sentence end).
        display: letter-spaced display type (`稻 田 里 的 “ 智 慧 管 家 ”`), which body text
            never is: a headline's line (set by ``qa.parse.page``).
    A page that sets its marks full width is re-measured (see ``page_metric``,
    ``marks``).
    """

    number: int
    text: str
    indent: float
    blank_before: int
    width: float
    justified: bool
    ends_sentence: bool
    heading_like: bool
    headline_mark: bool
    subhead: bool = False
    display: bool = False

    def widened(self, extra: float) -> PageLine:
        """The line measured ``extra`` em wider (built field by field: ``dataclasses.replace``
        is several times slower, and a page that sets its marks full width re-measures most
        of its lines)."""
        return PageLine(
            self.number, self.text, self.indent, self.blank_before, self.width + extra, self.justified,
            self.ends_sentence, self.heading_like, self.headline_mark, self.subhead, self.display,
        )

    def marks(self) -> int:
        """Characters measured ½ em that are neither ASCII nor ideographs (CJK
        punctuation, symbols): full width on a page that sets them so."""
        return len(_MARKS.findall(self.text))

    @classmethod
    def read(cls, number: int, text: str, indent: float = 0.0, blank_before: int = 0) -> PageLine:
        """Measure a stripped, non-empty line."""
        visible = size = len(text)
        justified = False
        if " " in text:
            visible += len(_LATIN_SPACE.findall(text)) - text.count(" ")
            outside = text
            if "（" in text or "）" in text:  # spaces padding a byline's names have width
                visible += sum(part.count(" ") for part in _BRACKETED.findall(text))
                outside = _BRACKETED.sub("（）", text)
            if outside[0] in LEAD_MARKS and outside[1] == " ":
                outside = outside[2:]  # (a mark set apart, ● 小食堂 大民生, sprays nothing)
            justified = len(_SPRAYED.findall(outside)) >= 2
        ideographs = size - len(_non_ideographs(text))  # (faster than the runs of ideographs or sub)
        last = text[-1]
        # A stop, then closing marks only (read from the end: faster than a regex search).
        ends_sentence = last in _MAY_END and text.rstrip(_CLOSERS)[-1:] in _STOPS or last == "." and text.endswith("...")
        heading_like = not (justified or ends_sentence or last in _CLAUSE_ENDS) and (visible >= 2 or ideographs == 1)
        headline_mark = last in "？！?!" and not justified and (
            _HEADLINE_MARK.match(text) is not None or _QUOTED_MARK.match(text) is not None
        )
        width = ideographs + (visible - ideographs) / 2
        return cls(
            number, text, indent, blank_before, width, justified, ends_sentence, heading_like, headline_mark
        )


def _leading_em(raw: str) -> float:
    """Em of the whitespace ``raw`` begins with: a full-width space 1, any other ½."""
    width = 0.0
    for char in raw:
        if not char.isspace():
            break
        width += 1.0 if char == "\u3000" else 0.5
    return width


# A line of marks only that no line opens with (％, ）, ”, ，, ？, ！): see ``read_lines``.
_TAIL_MARKS = "%％”’」』）)》〉，、；：,;:？！?!"
_TAIL_ONLY = re.compile(f"[{re.escape(_TAIL_MARKS)}\\s]+")


def unsprayed(text: str) -> str:
    """``text`` without its spaces where its opening holds one (本 报 讯, 不 过 ，: sprayed by
    justification, or a space after a dateline's place), so a pattern of how a line opens
    matches it; as it is otherwise (most lines: the one test is cheaper than the copy)."""
    return text.replace(" ", "") if " " in text[:12] else text


def read_lines(numbered: Iterable[tuple[int, str]]) -> list[PageLine]:
    """Turn (line number, raw line) pairs into PageLines, counting the blank lines between;
    a line of marks that open no line (％, ）, ？) joins the line over it, but for a full
    stop's."""
    lines: list[PageLine] = []
    blanks = 0
    read = PageLine.read
    for number, raw in numbered:
        text = raw.strip()
        if not text:
            blanks += 1
            continue
        if lines and text[0] in _TAIL_MARKS and _TAIL_ONLY.fullmatch(text):
            # Marks that open no line (％, ）, ”) on a line of their own were pushed past
            # the column's end: the tail of the line over them; so is a question's or an
            # exclamation's mark (a title's: 蒋家旻什么时候被挑选成为Tvbeople / ？). (Not a
            # full stop, 。 or ”。: a line that short tells that its paragraph ends there;
            # read joined, the generated pages' paragraph ends are missed.)
            last = lines[-1]
            lines[-1] = read(last.number, last.text + text, last.indent, last.blank_before)
        else:
            lines.append(read(number, text, _leading_em(raw) if raw[:1].isspace() else 0.0, blanks))
        blanks = 0
    return lines


def page_metric(lines: list[PageLine]) -> float:
    """How wide a page sets its punctuation: ½ em (squeezed) or 1 em (full width).

    Lines in the middle of a paragraph (neither ending a sentence nor following one) are
    as wide as their column, so two near each other that differ in marks agree in the
    page's own metric and differ by half that difference in the other. Each middle line
    is compared with the next ``METRIC_REACH`` ones (the first ``METRIC_LINES`` of them
    are enough to tell); a closing mark ending a line may hang
    past the column, so it is left out. The page is read full width when that metric
    agrees better by more than ``METRIC_MARGIN`` em over the page.

    Returns:
        the width of one mark in em: 0.5 or 1.0.
    """
    middle: list[tuple[int, float, int]] = []
    after_end = True
    for index, line in enumerate(lines):
        if not (after_end or line.ends_sentence or line.justified):
            hangs = line.text[-1] in _HANGING
            middle.append((index, line.width - 0.5 * hangs, line.marks() - hangs))
            if len(middle) > METRIC_LINES + METRIC_REACH:
                break
        after_end = line.ends_sentence
    half = full = 0.0
    far = 2 * METRIC_REACH + 2  # lines apart past which two are not compared
    for a, (i, width, marks) in enumerate(middle[:METRIC_LINES]):
        for j, other_width, other_marks in middle[a + 1 : a + 1 + METRIC_REACH]:
            if other_marks == marks or j - i > far:
                continue
            gap = other_width - width
            distance = abs(gap)
            if distance <= METRIC_SAME_COLUMN:
                # (Each capped at 2 em: min() without its call.)
                half += 2.0 if distance > 2.0 else distance
                shifted = abs(gap + (other_marks - marks) / 2)
                full += 2.0 if shifted > 2.0 else shifted
    return 1.0 if half - full > METRIC_MARGIN else 0.5


def remeasured(lines: list[PageLine], mark: float) -> list[PageLine]:
    """The lines measured with marks ``mark`` em wide (they were read at ½)."""
    if mark == 0.5:
        return lines
    extra = mark - 0.5
    out = []
    for line in lines:
        marks = line.marks()
        out.append(line.widened(extra * marks) if marks else line)
    return out


def block_width(lines: list[PageLine], first_starts: bool = True) -> float:
    """The column width of a block of lines.

    The upper quartile of the unjustified lines' widths, or if more, the median of the
    middle lines (those that neither end a sentence nor follow one, so cannot be a
    paragraph's first line), which short paragraphs can leave outnumbered. With fewer
    than ``MIN_FULL_LINES`` middle lines, the width the sure starts show (plus the lost
    indent) if that is more. Sure starts: the first line when ``first_starts``, and each
    line after a clearly short sentence end.
    """
    # The unjustified lines' widths and the middle lines' in one pass (a line may start a
    # paragraph after a sentence end; the first line: when it starts one).
    widths: list[float] = []
    middle: list[float] = []
    after_end = first_starts
    for line in lines:
        ended = line.ends_sentence
        if not line.justified:
            widths.append(_set_width(line) if ended else line.width)
            if not (after_end or ended):
                middle.append(line.width)
        after_end = ended
    every = not widths  # all justified (or none): all are read
    if every:
        widths = [_set_width(line) if line.ends_sentence else line.width for line in lines]
        if not widths:
            return 0.0
        after_end = first_starts
        for line in lines:
            if not (after_end or line.ends_sentence):
                middle.append(line.width)
            after_end = line.ends_sentence
    widths.sort()
    upper = widths[(3 * len(widths) - 1) // 4]
    middle.sort()
    if len(middle) >= MIN_FULL_LINES:
        return max(upper, middle[len(middle) // 2])
    short = upper - SURE_SHORT
    shown = sorted(
        line.width + INDENT
        for i, line in enumerate(lines)
        if (every or not line.justified)
        and not line.ends_sentence
        and (lines[i - 1].ends_sentence and lines[i - 1].width < short if i else first_starts)
    )
    if shown and upper < shown[(len(shown) - 1) // 2] <= upper + SURE_SHORT:
        return shown[(len(shown) - 1) // 2]
    return upper


def _set_width(line: PageLine) -> float:
    """A line's width without the closing marks after a final stop beyond the first (`？”`
    may hang past the column's end)."""
    if not line.ends_sentence:
        return line.width
    marks = len(line.text) - len(line.text.rstrip("。！？!?…”’」』）)》〉\"'"))
    return line.width - HANG * max(0, marks - 1)


def looks_like_page(lines: list[PageLine]) -> bool:
    """Tell a raw page from a clean article by its lines: a page has many lines of column
    width (under ``PAGE_MAX_WIDTH`` em), most of them not ending a sentence; a clean
    article has long lines, one paragraph each."""
    if len(lines) < 4:
        return False
    widths = sorted(line.width for line in lines)
    ends = sum(line.ends_sentence for line in lines)
    return widths[len(widths) // 2] <= PAGE_MAX_WIDTH and ends * 2 < len(lines)


@lru_cache(maxsize=4096)
def unit_width(text: str) -> float:
    """The width in em of what opens ``text`` and is never broken (a run of Latin letters
    or digits with the marks around it, or one character): a line over it may be left that
    much short of its column."""
    unit = _FIRST_UNIT.match(text).group().replace(" ", "")
    return sum(1.0 if _IDEOGRAPH.match(char) else 0.5 for char in unit)
