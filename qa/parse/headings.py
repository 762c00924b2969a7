"""Headline lines on a page: what they share with a body, how they read, and their roles."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from qa.parse.byline import find_dateline
from qa.parse.furniture import box_label, is_section_word, names_a_section
from qa.parse.words import cuts_word, edge_words, is_word, joins_compound, segment, tag
from qa.text import IDEOGRAPH, IDEOGRAPH_RUN, IDEOGRAPHS

TAIL = 3  # characters a wrapped title's last line may hold and no kicker or subtitle does
TAIL_UNDER = 8  # em: ... under a line this wide (a short line over a short title is a kicker)
TAIL_UNDER_LIKELY = 6  # em: ... likely so under a line this wide (别称七姐果 / 假苹婆 is a kicker)
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"))
# A few words quoted alone (“基层之治”, “助教”): a title's tail, as a few characters are.
_QUOTED_TAIL = re.compile(r"^[“‘][^”’]{1,4}[”’]$")
# A heading line ending so goes on in the next: a clause mark, a dash, or the point that
# parts a foreign name's words (说说琴娜· / 杜普洛).
_WRAP_MARKS = frozenset("：，、；—－-·•‧・")
# (A line ending in ？ may be a question its next line answers, 冬奥冠军要搬到加拿大？ /
# 维安费可不是小数目, or a title ending; one ending in ！ ends its title.)
# Characters that end no phrase (particles, prepositions, opening marks) and that start
# none (particles, closing marks): a heading line ending or starting with one is half a title.
_NO_END = frozenset("的之在和与及对向把被从为将让使给于以“‘（《")
_NO_START = frozenset("的了着过们地得之”’）》，。、；：？！")
# Conjunctions that join a clause to the next: a heading line ending with one goes on.
_NO_END_WORDS = ("但是", "而且", "并且", "因此", "所以", "因为", "如果", "虽然", "以及", "或者", "但", "而", "且", "则", "并")
# A count alone (一条, 三个, 一碗): a number and its measure word stand before the noun they
# count, so a line of nothing else goes on in the next (一条 / 古道串起三个村).
_COUNT_ALONE = re.compile(r"^[一二两三四五六七八九十百千万几半每0-9０-９]{1,3}[个条碗座张只位名家项件本次场批份台辆所道群片首支篇双对把间栋棵头匹颗杯盏]$")
# A place word with 的 (里的乡村振兴, 中的“智慧管家”): it follows the noun it places, so a
# line opening so goes on from the line before (一碗米粉 / 里的乡村振兴).
_PLACE_OPENING = re.compile(r"^[里中上下内外间旁前后边]的")


# Words that ask: a heading line holding one but no question mark asks on in the next line
# (蒙古游牧地区在清朝时是以什么 / 制度来实施行政规划的？), which a kicker never does.
_ASKS_WORDS = r"什么|甚么|哪|谁|为何|何时|何年|何处|何地|何种|如何|几(?!乎)|多少|怎么|怎样|为啥|是否"
_ASKS = re.compile(_ASKS_WORDS)
# How a question's line opens that asks of what the line over it names, holding no
# subject of its own: with its question word, or 是 before one (硬枝黄蝉的名称 / 是怎么来的？);
# not under a line that ends on a mark (the line over it ended its clause).
_ASKED_OF = re.compile(r"(?:是.*?)?(?:" + _ASKS_WORDS + r")")
_CLAUSE_ENDS = frozenset("，。！？：；、,.!?:;")
# jieba's tags of places', persons' and bodies' names (a short line alone so tagged that
# the body opens with is the title: ``_name_opening``).
_NAME_TAGS = frozenset(("ns", "nr", "nt", "nz", "nrt", "nrfg"))

# Verbs that open a title with no subject, as a column's titles do (走近恒星, 聚焦两会; and
# any verb said twice, 聊聊南韩, 说说网球): a line over one is the column's name, not the
# title's subject.
_TITLE_VERBS = ("走近", "走进", "聚焦", "关注", "直击", "探访", "解读", "揭秘", "探秘")
_PREDICATE_OPENS = frozenset(("v", "vd", "vn"))  # the dictionary's tags of a verb opening a predicate (开启, 持续, 突破)
_TIME_UNITS = frozenset("年月日")  # ... a time of one character before its verb (年接待: yearly; tagged a number)


_IDEOGRAPH_PAIR = re.compile(f"(?=([{IDEOGRAPHS}]{{2}}))")  # each two ideographs side by side (overlapping)


def bigrams(text: str) -> set[str]:
    """Character bigrams inside the runs of ideographs of ``text`` (spaces ignored);
    numbers are left out, as dates and counts recur across unrelated articles."""
    return set(_IDEOGRAPH_PAIR.findall(text.replace(" ", "")))


def bigrams_within(text: str, start: int, stop: int) -> set[str]:
    """``bigrams(text[start:stop])`` of a ``text`` without spaces, read in place (no copy
    of the slice: a page's text asks for its lines' again and again)."""
    return set(_IDEOGRAPH_PAIR.findall(text, start, stop))


def lean(line: str, before: str, after: str) -> int:
    """How much a line reads like the text before it rather than the text after it.

    Args:
        line: the line.
        before, after: the texts on either side, without spaces.

    Returns:
        bigrams of the line found only in ``before`` minus those found only in ``after``.
    """
    return lean_of(bigrams(line), before, after)


def lean_of(grams: set[str], before: str, after: str) -> int:
    """``lean`` of a line given its bigrams."""
    return sum(map(before.__contains__, grams)) - sum(map(after.__contains__, grams))


def clean_heading(text: str) -> str:
    """Clean a heading line: drop sprayed spaces and spaces next to numbers or Latin,
    keep one space between two phrases (`一体化运作 一揽子解决`) or two Latin words (not
    between letters or digits standing alone: a letter-spaced line's, `2 0 0 5 年`).

    Returns:
        the cleaned heading.
    """
    tokens = text.split()
    if not tokens:
        return ""
    out = tokens[0]
    for previous, token in zip(tokens, tokens[1:], strict=False):
        left, right = previous[-1], token[0]
        phrases = (
            len(previous) >= 2 and len(token) >= 2 and IDEOGRAPH.match(left) and IDEOGRAPH.match(right)
        )
        # (Two letters or digits set apart each alone are letter-spacing: 2 0 0 5 年 → 2005年.)
        latin = left.isascii() and right.isascii() and left.isalnum() and right.isalnum() and (
            len(previous) > 1 or len(token) > 1
        )
        out += (" " if phrases or latin else "") + token
    return out


def heading_roles(lines: list[str], body: str) -> tuple[str, str, str]:
    """Name the heading lines of one item, scoring each way of reading the stack whole.

    A stack reads as kicker lines, title lines, subtitle lines, in that order, the title
    never absent. Every such reading is scored and the best kept, so one line's evidence is
    weighed against the rest of the stack rather than decided alone:

    - two lines of one role gain where they read as one line wrapped (``_wrap_strength``:
      a mark or a character that ends no phrase at the break, a word cut in two, a tail
      of a few characters, a bracket left open, a clause begun after a comma, an
      enumeration comma, a semicolon, a question or an exclamation and not ended at the
      break, a question's line opening with its question word, asking of what the line
      over it names: 李冰父子开创了 / 哪一种治水方法？...) and lose where nothing says so;
    - the title is the line set large and the one that wraps: a kicker or a subtitle over
      two lines without a dash opening each, or a title over three, loses, unless the
      kicker's two lines are two phrases of one length set one a line over a title that
      wraps too (``_couplet``: 家门口上车 / 十八天抵欧洲, its words parted by a space);
    - a line wrapped fills its column: one narrower by ``SHORT_OVER`` em than the line
      after it is less likely to go on in it (哪儿？ over 乡村旅游带火农家乐);
    - two parts do not meet inside a phrase (``_cuts_phrase``): not after a mark that goes
      on or a preposition, not before a particle (的“生命线”), not inside a word;
    - a line opening with a dash opens the subtitle; a line ending in ！ or ？ is the
      title's (kickers and subtitles lead in or go on, they do not exclaim or ask), and
      a title goes on after ？ (a question its next line answers) but not after ！;
    - of the stack's parts, the one naming a topic and saying something of it
      (`杨丽音：台湾电影`, a colon inside) is the title when another does not, and so is
      the line whose words the body opens with, past a dateline's credit, then a bracket
      (`明圣王后金氏` over `明圣王后金氏（，）本贯清风…`: the subject an entry or a profile
      introduces first), and a short name alone on a line that the body opens with
      is the title by itself (东北与大理州相邻 / 保山市 over 保山市是…: a kicker over it);
    - a kicker is a short lead-in, no wider than the title under it; a subtitle goes on
      under a title wider than itself (of two plain lines, a wider one under a narrower
      one is a title under its kicker), though at some length: a few characters without
      a dash are no subtitle (见于灌丛处 / 五月艾 is a kicker over a short title).

    So `主要动物` / `有黑熊` / `白腹黑啄木鸟` is a title wrapped over a subtitle (a kicker
    does not wrap), and `且容易洗掉` / `法国发行了第一` / `套邮票` / `——为之…` a kicker,
    a title wrapped, a subtitle (the dash opens it; the tail is the title's).

    Args:
        lines: the cleaned heading lines, in order.
        body: the item's body text without spaces.

    Returns:
        (kicker, title, subtitle), "" where absent.
    """
    return roles_read(lines, body)[0]


def roles_read(
    lines: list[str], body: str, framed: bool = False, kicker_lines: int | None = None
) -> tuple[tuple[str, str, str], float]:
    """``heading_roles`` and how far its reading scores over the next best (in the same
    log-odds; ``math.inf`` for one line, or where no other reading is allowed): a stack
    read by a small margin is a decision to report. ``framed``: the page sets its titles
    to a frame (``sets_titles_framed``), so two lines of one width are one title wrapped.
    ``kicker_lines``: the kicker's lines where the page marks them (a label in 【】 over
    the title); only the rest is read.

    Returns:
        ((kicker, title, subtitle), margin).
    """
    count = len(lines)
    if count <= 1:
        return heading_fields(lines), math.inf
    # Three lines of one width are a title wrapped twice at its frame: a kicker and a
    # subtitle, set smaller and as long as their words, hardly match a title's lines.
    # (Not where a line over the last asks or exclaims: a title ends there.)
    wrapped_twice = count == 3 and _one_width(lines) and not any(line[-1:] in ("！", "!", "？", "?") for line in lines[:-1])
    framed = framed or wrapped_twice
    wrapped = [_wrap_strength(first, second, body, framed) for first, second in zip(lines, lines[1:], strict=False)]
    kickers = range(count) if kicker_lines is None else (kicker_lines,)
    readings = [(kicker, title) for kicker in kickers for title in range(1, count - kicker + 1)]
    opening = _opening_line(lines, body)
    body = body.replace(" ", "")
    cut = [
        _cuts_phrase(first, second) or _body_runs_across(first, second, body)
        for first, second in zip(lines, lines[1:], strict=False)
    ]
    named = [_name_opening(second, body) for second in lines[1:]]
    scores = [_reading_score(lines, wrapped, *reading, opening, wrapped_twice, cut, named) for reading in readings]
    at = scores.index(max(scores))  # (the first of equal scores: the reading with the fewest kicker lines)
    kicker, title = readings[at]
    margin = scores[at] - max((score for index, score in enumerate(scores) if index != at), default=-math.inf)
    under = kicker + title
    subtitle = lines[under:]
    parts = subtitle[:1]
    for line, strength in zip(subtitle[1:], wrapped[under:], strict=False):
        parts[-1:] = [parts[-1] + line] if strength else [parts[-1], line]
    # (A kicker of two phrases set one a line keeps the space that parts them on one line.)
    joint = " " if kicker == 2 and _couplet(lines[0], lines[1], lines[kicker:under]) else ""
    return (joint.join(lines[:kicker]), "".join(lines[kicker:under]), " ".join(parts)), margin


# Weights of a stack's reading (see ``heading_roles``): log-odds in rough units.
SURE_WRAP = 4.0  # two lines of one role that read as one line wrapped: surely,
WRAP = 3.0  # ... plainly,
LIKELY_WRAP = 2.0  # ... likely
SUBJECT_WRAP = 1.5  # ... as a subject and its predicate (``_subject_predicate``)
VERB_OBJECT_WRAP = 1.5  # ... as a verb and its object (``_verb_object``)
PLAIN_JOIN = -1.5  # two lines of one role with nothing saying they are one wrapped
SHORT_WRAP = -1.0  # ... the first narrower than the second by SHORT_OVER (a line wrapped fills its column)
SHORT_OVER = 3  # em
SMALL_WRAP = -3.0  # a kicker or a subtitle over two lines (set small, they seldom wrap)
COUPLET = 3.0  # ... a kicker of two phrases of one length set one a line, over a title over two lines
COUPLET_SLACK = 1.0  # em the two phrases' lines may differ by
FRAME_SLACK = 0.5  # em two heading lines may differ by and be of one width
FRAMED_MIN = 3  # two-line heading stacks of one width that show a page sets its titles to a frame (and half its two-line stacks)
TITLE_OVER_TWO = -3.0  # each title line past the second
PHRASE_CUT = -3.0  # two lines of two roles parted inside a phrase (``_cuts_phrase``)
DASH_ELSEWHERE = -9.0  # a line opening with a dash read as anything but the subtitle's first
ASKS_OUTSIDE = -3.0  # a line ending in ！ or ？ read as a kicker's or a subtitle's
TOPIC_ELSEWHERE = -3.0  # the part naming a topic (or the line the body opens with) read as a kicker or a subtitle
FITTING_WIDTH = 1.0  # a kicker no wider than its title; a subtitle under a wider title
SHORT_SUBTITLE = -3.0  # a subtitle without a dash of a few characters only
SUBTITLE_MIN = 4  # em: ... this wide at most
NAME_JOINED = -6.0  # a short name the body opens with read as one role with the line over it (``_name_opening``)
OPENING_MIN = 3  # characters of a heading line the body opens with that show it names the subject
DATELINE_REACH = 80  # characters of a body its dateline and credit stand within


def _name_opening(line: str, body: str) -> bool:
    """Whether a heading line is a short name alone (``TAIL`` characters at most, a
    place's, a person's or a body's name to the dictionary) that the body opens with: the
    subject an entry introduces (东北与大理州相邻 / 保山市 over 保山市是…), a title of its
    own."""
    return len(line) <= TAIL and tag(line) in _NAME_TAGS and body.replace(" ", "").startswith(line)


def _opening_line(lines: list[str], body: str) -> int | None:
    """The heading line whose words the body opens with, past a dateline's credit, then a
    bracket (明圣王后金氏 over 明圣王后金氏（，）本贯清风…): the name of the article's
    subject, introduced. (Without the bracket the body's first words may as well be a
    kicker's: one quoting the lead.)"""
    dateline = find_dateline(body[:DATELINE_REACH])
    lead = body[dateline.end :] if dateline is not None else body
    for index, line in enumerate(lines):
        words = line.replace(" ", "")
        if len(words) >= OPENING_MIN and lead.startswith(words) and lead[len(words) : len(words) + 1] in ("（", "("):
            return index
    return None


def _reading_score(
    lines: list[str],
    wrapped: list[float],
    kicker: int,
    title: int,
    opening: int | None,
    framed: bool,
    cut: list[bool],
    named: list[bool],
) -> float:
    """The score of reading ``lines`` as ``kicker`` kicker lines, ``title`` title lines and
    the rest subtitle lines (``wrapped``: how surely each break is a line wrapped;
    ``opening``: the line the body opens with, if any; ``framed``: the lines are of one
    width, so a title over all of them is no less likely than over two; ``cut``: whether
    each break falls inside a phrase, ``_cuts_phrase``)."""
    under = kicker + title
    roles = "K" * kicker + "T" * title + "S" * (len(lines) - under)
    score = 0.0
    dashed = [line.startswith(("—", "-")) for line in lines]
    for index, strength in enumerate(wrapped):
        if roles[index] == roles[index + 1] and not dashed[index + 1]:
            score += strength or PLAIN_JOIN
            if _width(lines[index]) <= _width(lines[index + 1]) - SHORT_OVER:
                score += SHORT_WRAP
    for index, inside in enumerate(cut):
        if inside and roles[index] != roles[index + 1]:
            score += PHRASE_CUT
    for index, name in enumerate(named):
        if name and roles[index] == roles[index + 1]:
            score += NAME_JOINED
    for index, line in enumerate(lines):
        if dashed[index] and not (roles[index] == "S" and all(dashed[under:index])):
            score += DASH_ELSEWHERE  # a dash opens the subtitle (or a second one under it)
        if line.endswith(("？", "！", "?", "!")) and roles[index] != "T":
            score += ASKS_OUTSIDE
    subtitle = lines[under:]
    if kicker > 1:
        score += SMALL_WRAP * (kicker - 1)
        if kicker == 2 and title > 1 and _couplet(lines[0], lines[1], lines[kicker:under]):
            score += COUPLET
    score += SMALL_WRAP * sum(not dash for dash in dashed[under + 1 :])
    if title > 2 and not (framed and title == len(lines)):
        score += TITLE_OVER_TWO * (title - 2)
    head, main, tail = "".join(lines[:kicker]), "".join(lines[kicker:under]), "".join(subtitle)
    parts = [part for part in (head, main, tail) if part]
    topics = [_names_a_topic(part) for part in parts]
    if any(topics) and not all(topics) and not _names_a_topic(main):
        score += TOPIC_ELSEWHERE
    if opening is not None and not kicker <= opening < under:
        score += TOPIC_ELSEWHERE  # the line the body opens with names its subject: a title's
    if head and _width(main) >= _width(head) - 1:
        score += FITTING_WIDTH
    if tail and _width(main) > _width(tail) + 1:
        score += FITTING_WIDTH
    if tail and not dashed[under] and _width(tail) <= SUBTITLE_MIN:
        score += SHORT_SUBTITLE
    return score


def sets_titles_framed(stacks: list[list[str]], bodies: list[str] | None = None) -> bool:
    """Whether a page sets its titles to a frame, wrapping them at one width: of its
    heading stacks of two lines (no subtitle's dash), ``FRAMED_MIN`` at least and half at
    least are two lines of one width, or two are and one of them reads as a title wrapped
    by its own words (``_wrap_strength`` over its body in ``bodies``: a word cut, a phrase
    broken at the break), so the width it wrapped at is the frame's. One such stack says
    nothing (a kicker may be as wide as its title by chance); several on one page say the
    width is the frame's."""
    bodies = bodies if bodies is not None else [""] * len(stacks)
    two = [(stack, body) for stack, body in zip(stacks, bodies, strict=True) if len(stack) == 2 and not stack[1].startswith(("—", "-"))]
    level = [(first, second, body) for (first, second), body in two if abs(_width(first) - _width(second)) <= FRAME_SLACK]
    if len(level) >= FRAMED_MIN and 2 * len(level) >= len(two):
        return True
    return len(level) >= 2 and any(_wrap_strength(first, second, body) >= LIKELY_WRAP for first, second, body in level)


def _one_width(lines: list[str]) -> bool:
    """Whether heading lines are all of one width (within ``FRAME_SLACK``), none a line
    repeated and none opening with a subtitle's dash."""
    widths = [_width(line) for line in lines]
    return (
        max(widths) - min(widths) <= FRAME_SLACK
        and len(set(lines)) == len(lines)
        and not any(line.startswith(("—", "-")) for line in lines)
    )


def _couplet(first: str, second: str, title: list[str]) -> bool:
    """Whether two heading lines over the title lines ``title`` may be a kicker of two
    phrases of one length set one a line (田野织锦绣 / 丰收正当时 over 我市早稻收割进度过 /
    半): within ``COUPLET_SLACK`` of each other and no wider than the title. (A kicker set
    over two lines stands over a title that takes two as well: set larger, it fits fewer
    characters a line; under a title of one line the two are as likely a title wrapped.)"""
    widths = _width(first), _width(second)
    return abs(widths[0] - widths[1]) <= COUPLET_SLACK and max(widths) <= max(map(_width, title))


def _names_a_topic(line: str) -> bool:
    """Whether a heading line names its topic and then says something of it, a colon
    between (青山湖区：凝心聚力促统战工作上台阶, 杨丽音：台湾电影): a title's form; a kicker
    or a subtitle is one phrase leading in to the title or going on from it."""
    inner = line[1:-1]
    return "：" in inner or ":" in inner and not line.isascii()


def _width(text: str) -> float:
    ideographs = len(IDEOGRAPH.findall(text))
    return ideographs + (len(text.replace(" ", "")) - ideographs) / 2


_TAIL_MARKS = frozenset("。！？”’）》，、；：")  # marks that may close a line of one ideograph (饭。)


def _lone_ideograph(line: str) -> bool:
    """Whether a heading line is one ideograph alone, or with the marks that close its
    sentence or clause (饭。, under 社区食堂的工作人员为老人打): a title's or a sentence's
    tail, never a kicker, a subtitle, a phrase of its own or a body's opening."""
    return IDEOGRAPH.match(line) is not None and len(line) <= 3 and _TAIL_MARKS.issuperset(line[1:])


def breaks_phrase(first: str, second: str) -> bool:
    """Whether two heading lines break a phrase between them: the first ends with a
    character that ends none (城市书房成了市民的), the second opens with one that starts
    none (的“第二客厅”) or is one ideograph alone (巴差铁巴黛 / 路: a title's tail), or the
    break cuts a word (昌北机场国际航 / 线恢复至十二条), so they are one title wrapped."""
    return (
        first[-1] in _NO_END
        or second[0] in _NO_START
        or _lone_ideograph(second)
        or first.endswith(_NO_END_WORDS)
        or cuts_word(first, second)
    )


def _counts_on(first: str, second: str) -> bool:
    """Whether ``first`` is a count alone (一条: ``_COUNT_ALONE``) or ``second`` opens with a
    place word and 的 (里的乡村振兴: ``_PLACE_OPENING``): either way the phrase runs across
    the break, as no kicker, title or subtitle's edge does."""
    return _COUNT_ALONE.match(first.replace(" ", "")) is not None or _PLACE_OPENING.match(second.lstrip()) is not None


def _cuts_phrase(first: str, second: str) -> bool:
    """Whether no kicker, title or subtitle ends where ``first`` does or opens where
    ``second`` does: ``first`` ends in a mark that goes on (高温下的坚守：) or opens a
    quotation or a bracket, or in a word of one character that ends no phrase (a
    preposition or a conjunction: 我们将与); ``second`` opens with a mark that closes or a
    word of one character that opens none (的“生命线”); or the break cuts a word (凝心聚力促统
    / 战工作上台阶). Words as the dictionary segments them: 气候温和 ends in 温和 and 了解
    opens with 了解, which end and open phrases. (Not 的 ending ``first``: a sentence may
    end in it, 恒星的质量是有限制的.)"""
    if not first or not second or second.startswith(("—", "-")):
        return False
    if first[-1] in _WRAP_MARKS or _counts_on(first, second):
        return True
    ends, opens = first[-1] in _NO_END and first[-1] != "的", second[0] in _NO_START
    if ends or opens:  # (the words segmented only where a particle or a mark may stand)
        last, opening = edge_words(first, second)
        # (A mark is a word of its own: “ ending a line, ） opening one.)
        ends = ends and (IDEOGRAPH.match(first[-1]) is None or last == first[-1])
        opens = opens and (IDEOGRAPH.match(second[0]) is None or opening == second[0])
    return (
        ends or opens or cuts_word(first, second) or _compound_across(first, second) or _wants_its_complement(first)
        or _sentence_across(first, second)
    )


# Verbs that name what a thing becomes or is called: never a phrase's last word (成了 as
# two words, 成 and 了: not 形成了, which ends a clause).
_COMPLEMENTED = frozenset(("成为", "变成", "称为", "叫做"))


@lru_cache(maxsize=4096)
def _wants_its_complement(first: str) -> bool:
    """Whether ``first`` ends in a verb that wants what follows it: what a thing becomes
    or is called (城市书房成了 / 市民的“第二客厅”, 木卫一也称为 / “埃欧”…), so the line runs
    on, as no kicker or title ends. (Not 是: 更重要的是 leads a kicker into its title.)"""
    words = segment(first.replace(" ", ""))
    return bool(words) and (words[-1] in _COMPLEMENTED or words[-2:] == ["成", "了"])


SENTENCE_EDGE = 4  # ideographs at most of a sentence begun before a line's end that show it goes on
SENTENCE_CLOSED = 6  # characters at most of a line before the ？ or ！ closing a sentence begun over it
_SENTENCE_ENDS = re.compile("[。？?！!]")


@lru_cache(maxsize=4096)
def _sentence_across(first: str, second: str) -> bool:
    """Whether a sentence runs across the break between ``first`` and ``second``, which
    ends in an ideograph: ``first`` ends a sentence and opens another a few ideographs
    before its end (加拿大？维安 / 费可不是小数目), or ``second`` closes a question or an
    exclamation a few words into it, words holding no verb (冬奥冠军要搬到 / 加拿大？维安…:
    加拿大 alone asks nothing), with more text after. A kicker, a title and a subtitle
    each end their sentences on their own lines."""
    first, second = first.replace(" ", ""), second.replace(" ", "")
    if not first or not second or IDEOGRAPH.match(first[-1]) is None:
        return False
    ends = [mark.end() for mark in _SENTENCE_ENDS.finditer(first)]
    if ends and IDEOGRAPH_RUN.fullmatch(first[ends[-1] :]) and len(first) - ends[-1] <= SENTENCE_EDGE:
        return True
    closing = _SENTENCE_ENDS.search(second, 1, SENTENCE_CLOSED + 1)
    if closing is None or closing.group() == "。" or closing.end() >= len(second):
        return False
    head = second[: closing.start()]
    return IDEOGRAPH_RUN.fullmatch(head) is not None and not any((tag(word) or "x")[0] == "v" for word in segment(head))


def _repeated(first: str, second: str) -> bool:
    """Whether ``second`` opens by saying ``first`` again (细胞分裂 / 细胞分裂, 环境污染 /
    环境污染 如氮氧化物): a name over the line that names it, whatever words their edges make."""
    return second.replace(" ", "").startswith(first.replace(" ", ""))


@lru_cache(maxsize=4096)
def _compound_across(first: str, second: str) -> bool:
    """``words.joins_compound``, not where ``second`` says ``first`` again."""
    return joins_compound(first, second) and not _repeated(first, second)


def _body_runs_across(first: str, second: str, body: str) -> bool:
    """Whether the word ending ``first`` and the word opening ``second`` (two characters
    each at least), or the two ideographs ending one and the two opening the other,
    stand side by side in ``body`` (产业园年接待 / 游客超千万人次 over
    …园区接待游客520万人次…): the headline's phrase is one the text says, set across the
    break, so no role's edge falls there (an opening quotation mark between them too:
    景德镇高新区打造 / “足球夜”凝 / 聚发展合力 over …打造“足球夜”…). Not a conjunction
    (作战 / 而且… opens a clause), nor a line said again. (The body's lines are read
    joined: a 小标题 saying the kicker again, 家门口上车 十八天抵欧洲, runs into the line
    under it, 赣江新区…, as a phrase would.)"""
    first, second = first.replace(" ", ""), second.replace(" ", "")
    if not first or not second or _repeated(first, second):
        return False
    mark = second[0] if second[0] in _QUOTES_OPEN else ""  # (打造 / “足球夜”凝聚…: the quotation is the object)
    rest = second[len(mark) :]
    if IDEOGRAPH.match(first[-1]) is None or not rest or IDEOGRAPH.match(rest[0]) is None:
        return False
    last, opening = edge_words(first, rest)
    if tag(opening) == "c" or tag(last) == "c":
        return False
    if len(last) >= 2 and len(opening) >= 2 and last + mark + opening in body:
        return True
    # (Or the two ideographs either side, whatever words the dictionary makes of them:
    # 九江长江大 / 保护交出… over …长江大保护…)
    pairs = first[-2:] + rest[:2]
    return len(pairs) == 4 and IDEOGRAPH_RUN.fullmatch(pairs) is not None and first[-2:] + mark + rest[:2] in body


_QUOTES_OPEN = frozenset("“‘《")


def _wrap_strength(first: str, second: str, body: str, framed: bool = False) -> float:
    """How surely ``second`` goes on with the line ``first`` began (0.0: nothing says so)."""
    if not first or not second or second.startswith(("—", "-")):
        return 0.0
    if framed and second[-1] not in "！!？?" and first[-1] not in "！!" and first != second and abs(_width(first) - _width(second)) <= FRAME_SLACK:
        # On a page that sets its titles to a frame, a title wraps at the frame's width:
        # two lines of one width are one title (not one that exclaims or asks under its
        # kicker: such a line ends a title; nor a line repeated: a title does not say
        # itself twice).
        return WRAP
    if _lone_ideograph(second):
        return SURE_WRAP  # one character alone is no kicker or subtitle: the title's tail
    if any(first.count(opening) > first.count(closing) for opening, closing in _PAIRS):
        return SURE_WRAP  # a quotation or a bracket left open goes on in the next line
    if second[-1] in "？?" and first[-1] not in "？?！!" and _ASKS.search(first):
        return SURE_WRAP  # a question asked on (哪 / 一个帝国有关？)
    if second[-1] in "？?" and first[-1] not in _CLAUSE_ENDS and _ASKED_OF.match(second):
        return WRAP  # a question asking of what the line over it names (沙勿略创立了 / 哪一个组织？)
    tail = len(second) <= TAIL and IDEOGRAPH.match(second[0]) is not None or _QUOTED_TAIL.match(second) is not None
    if tail and _width(first) >= TAIL_UNDER:
        return WRAP  # a few characters under a long line: the tail of a title wrapped
    if first[-1] in _WRAP_MARKS or second[0] in "(（":
        return WRAP  # a mark goes on; a bracket notes the words before it (卡塞雷斯 / (西班牙)：…)
    if _counts_on(first, second):
        return WRAP  # a count alone, or a place word opening (一条 / 古道串起三个村, 一碗米粉 / 里的乡村振兴)
    if first[-1].isascii() and second[0].isascii() and first[-1].isalnum() and second[0].isalnum():
        return WRAP  # Latin words wrapped at their space (SOUL / EATER角色列表)
    if _compound_across(first, second):
        return WRAP  # a compound set across the break (景德镇陶瓷文化 / 产业园…: 文化产业)
    if _sentence_across(first, second):
        return WRAP  # a sentence begun a few words before the break or closed a few after it
    if _names_a_topic(first) and len(re.split("[：:]", first)[-1]) <= TAIL:
        return LIKELY_WRAP  # a topic named and a stub said of it goes on (同性婚姻：作 / 者指…)
    if _wants_its_complement(first):
        return WRAP  # what a thing becomes or is called goes on in the next line (城市书房成了 / 市民的…)
    if first[-1] in "？?" and not _repeats_a_word(first, second) or first[-1] in _NO_END or second[0] in _NO_START:
        # a question answered (not its subject named again under it: a subtitle's), or a
        # phrase broken (城市书房成了市民的 / 的“第二客厅”)
        return LIKELY_WRAP
    if IDEOGRAPH.match(first[-1]) is not None and first[-1] + second[0] in body:
        return LIKELY_WRAP  # a word of the body cut in two
    if tail and _width(first) >= TAIL_UNDER_LIKELY:
        return LIKELY_WRAP  # a few characters under a line not so long: likely a tail too
    if cuts_word(first, second):
        return LIKELY_WRAP  # a word of the dictionary cut in two (结果遭军 / 队追击)
    if any(mark in first[1:-1] for mark in "，？！；、") and IDEOGRAPH.match(first[-1]) is not None:
        return LIKELY_WRAP  # a clause begun after a comma (、；？！) runs on past the line end
    if _subject_predicate(first, second):
        return SUBJECT_WRAP  # a subject, then what it does (赣南脐橙 / 开启“云上”销售季)
    if _verb_object(first, second, _place_named(first, body)) and (not names_a_section(first) or bigrams(first) & bigrams(body)):
        # a verb, then its object (科研团队攻克 / 稀土分离关键技术); not under a few words
        # alone the text does not name, a section's name (史海钩沉 / 宋武帝)
        return VERB_OBJECT_WRAP
    return 0.0


def _repeats_a_word(first: str, second: str) -> bool:
    """Whether two heading lines both name a word of two ideographs of the dictionary
    (苏里南是什么？ / 苏里南的来龙去脉): a title asks of its subject and the subtitle under it
    names it again, where a question's line wrapped goes on with new words
    (冬奥冠军要搬到加拿大？ / 维安费可不是小数目)."""
    return any(is_word(pair) for pair in bigrams(first) & bigrams(second))


@lru_cache(maxsize=4096)
def _verb_object(first: str, second: str, name: str = "") -> bool:
    """Whether ``first`` is a sentence broken after its verb and ``second`` holds the verb's
    object, one title wrapped (科研团队攻克 / 稀土分离关键技术, 赣南脐橙开启 / “云上”销售季):
    ``first`` opens with its subject and ends in a verb of two characters or more, as the
    dictionary tags them, no preposition, conjunction, adverb, particle, number or measure
    between (民主党内部的冲突开始浮现, 柯麟等人也被枪决: a clause done, its verb taking no
    object) and the verb not opened by a preposition (民生必需品为主: a phrase done);
    ``second`` opens with a noun and ends in one, or in a quotation (a name or a thing, not
    a clause of its own: 消费市场回暖 / 假日经济升温 is a kicker over its title, two clauses
    set one a line). After a topic named in ``first``, the words after the colon may be
    that sentence (高温下的坚守：他们守护 / 城市的“生命线”). ``name``: a place the body names
    that ``first`` opens with, its subject (``_place_named``). Not a box's label, a
    section's name, nor a topic named in ``second`` (总督：…: a title's form of its own)."""
    second = second.strip().lstrip("“‘《")
    if box_label(first) or is_section_word(first.strip()) or _names_a_topic(second):
        return False
    if _names_a_topic(first) and _verb_object(re.split("[：:]", first)[-1], second):
        return True  # (高温下的坚守：他们守护 / 城市的“生命线”: the sentence after the topic)
    words = _words_of(first, name)
    if len(words) < 2 or len(words[-1]) < 2 or tag(words[-1]) != "v" or not (name and words[0] == name or _opens_subject(words)):
        return False
    if any((tag(word) or "x")[0] in "pcdumfq" for word in words[:-1]) or tag(words[-1][0]) == "p":
        return False
    opening = edge_words("", second)[1]
    if not opening or tag(opening) not in _OBJECT_WORDS:
        return False
    if second.rstrip("？！?! ").endswith(("”", "》", "’")):
        return True
    object_words = segment(second)
    return bool(object_words) and tag(object_words[-1]) in _OBJECT_WORDS


_PLACE_SUFFIXES = "省市县区镇乡村"


def _place_named(line: str, body: str) -> str:
    """The two or three ideographs opening ``line`` where the dictionary parts them into
    characters of their own and the body names them as a place, with the suffix that says
    so (大余积极探索 over …大余县宅改办…, 上栗创新 over …江西省上栗县…): a county's name
    jieba does not know. "" where none."""
    line = line.replace(" ", "")
    words = segment(line)
    if len(words) < 3 or len(words[0]) != 1 or len(words[1]) != 1:
        return ""
    for size in (3, 2):
        head = line[:size]
        if IDEOGRAPH.match(head[-1]) and "".join(words)[:size] == head and any(head + suffix in body for suffix in _PLACE_SUFFIXES):
            return head
    return ""


def _words_of(line: str, name: str) -> list[str]:
    """``segment(line)``, with ``name`` (``_place_named``) its first word, and a last word
    of four characters the dictionary lists as a noun or a set phrase that is a manner and
    then a verb (积极探索: 积极 / 探索) parted in two, as the verb it ends in."""
    line = line.replace(" ", "")
    words = [name, *segment(line[len(name) :])] if name and line.startswith(name) else segment(line)
    last = words[-1] if words else ""
    if len(last) == 4 and tag(last) != "v" and tag(last[2:]) == "v" and (tag(last[:2]) or "").startswith("a"):
        words[-1:] = [last[:2], last[2:]]
    return words


# The dictionary's tags of a word that may open and end a verb's object: nouns, names of
# places and organisations, abbreviations, idioms, verbs used as nouns (建设). (Not a
# person's name: jieba tags words it does not know so, 笑开颜.)
_OBJECT_WORDS = frozenset(("n", "nz", "ns", "nt", "j", "l", "vn"))


@lru_cache(maxsize=4096)
def _subject_predicate(first: str, second: str) -> bool:
    """Whether ``first`` names a subject and ``second`` says what it does, one sentence
    wrapped (南昌地铁4号线 / 开通运营, 夜间经济 / 点亮城市烟火气): ``second`` opens with a
    verb as the dictionary tags it, or with a time and then a verb of two characters
    (产业园 / 年接待游客…, 上饶婺源 / 秋季旅游持续升温), and ``first`` holds none or opens
    with its subject (东乡区靠前监督 / 护航抗旱保收, 科研团队攻克稀土 / 分离关键技术: the
    subject does both; a kicker opening with a verb, 坚持以人民为中心, is a slogan over its
    title), and
    ``second`` is no phrase of 的 (注册成员的网上投票 names a thing: a subtitle may). Not
    under a box's label or a section's name (相关链接, 社会), nor over a verb a column's
    titles open with (``_TITLE_VERBS``: 对话 / 聊聊南韩 is a column's name over its title)."""
    second = second.strip()
    if "的" in second or box_label(first) or is_section_word(first.strip()):
        return False
    if second.startswith(_TITLE_VERBS) or len(second) >= 2 and second[0] == second[1] and IDEOGRAPH.match(second[0]):
        return False
    opening = edge_words(first, second)[1]
    if opening and (tag(opening) == "t" or opening in _TIME_UNITS):
        # (A time said first, then the verb: 产业园 / 年接待游客…, 4号线 / 今日开通运营; a
        # verb of two characters at least: 白夜 / 柔 / 吠陀 is a name.)
        rest = segment(second.replace(" ", "")[len(opening) :])
        opening = rest[0] if rest and len(rest[0]) > 1 else ""
    if not opening or tag(opening) not in _PREDICATE_OPENS:
        return False
    words = segment(first)
    return bool(words) and (not any(tag(word) == "v" for word in words) or tag(words[0]) in _SUBJECT_OPENS)


def _opens_subject(words: list[str]) -> bool:
    """Whether ``words`` open with a subject: a noun, name or pronoun as the dictionary
    tags them (``_SUBJECT_OPENS``), or a time word naming a noun after it (夜间经济点亮:
    夜间 / 经济, the night's economy) before the verb."""
    first = tag(words[0])
    return first in _SUBJECT_OPENS or first == "t" and len(words) > 2 and tag(words[1]) in _SUBJECT_OPENS


# The dictionary's tags of a word that may open a sentence as its subject (nouns, names,
# pronouns, abbreviations: 东乡区, 我市, 科研团队), not a verb (坚持以人民为中心 is a slogan).
_SUBJECT_OPENS = frozenset(("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "r", "j"))


def heading_fields(lines: list[str]) -> tuple[str, str, str]:
    """Name the heading lines of one item: (kicker, title, subtitle).

    One line is the title; of two, the first is a kicker over the title unless the second
    opens with a dash (a subtitle); three are kicker, title and subtitle.

    Returns:
        (kicker, title, subtitle), "" where absent.
    """
    if not lines:
        return "", "", ""
    if len(lines) == 1:
        return "", lines[0], ""
    if len(lines) == 2:
        if lines[1].startswith(("—", "-")):
            return "", lines[0], lines[1]
        return lines[0], lines[1], ""
    return lines[0], lines[1], " ".join(lines[2:])
