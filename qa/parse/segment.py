"""A page's layout decided as a whole: which lines are headlines, where items start, whose
headline is whose, and how sure each decision is.

The page is read as a path through its *zones*, the places where something new may
start: the page's start, after a sentence end, after a byline or credit, at a layout
break after a line left well short, under a section or column label (简讯, 今日谈: an item
starts there whatever the costs). At a zone the reading chooses how many of the lines
there are headings (none up to the run of lines that could be: no closing punctuation and
no two clause marks inside, a one-sentence ？/！ line, a byline under a headline), whether
an item ends there, and how a heading run between two bodies splits between the item
before (a headline printed after its byline) and the item after. Every choice costs what
the lines make unlikely about it, in units of about a natural log of odds:

- widths, against the column of the body a line would open or continue
  (``qa.parse.columns`` reads each block's column from its own full lines): an opening is
  about 2 em short (its indent lost; on a page that sets paragraphs flush, or types its
  indents ahead of a full line's text, full), after a line that ends a sentence well short only
  an opening may follow, a line inside a paragraph is full (or left short by what opens
  the next line and is never broken, a run of Latin letters or digits that would not
  have fitted), a body line is never much wider than its column
  nor goes on in a paragraph with a line opening with a dash (a subtitle's mark); an article keeps its
  column, so going on across a surely read change of column costs more for each em of
  it, up to a few (not at a 小标题 under another of the same article,
  ``PageLines.minor_on``: an article set in blocks changes its column there), and a line
  going on that fits the column before is measured against it (the lines ahead may show
  the next item's column, read past its heading lines); an opening much wider than the
  lines after it is not in their column; a paragraph's first lines may be set in a
  narrower column that widens inside it (``_widens``: beside a photo, then under it),
  each part read in its own column, the item going on across the change;
- headings: each heading line costs a little, less where no body line could be as wide
  or a layout break sets it apart, more where it is indented as the page's paragraph
  openings are; a heading run goes to the item it shares character
  bigrams with (weighed again against the text back to the item's start when the lines
  near share none), a late line leaning to neither item is no sign of one (nor, where a
  run splits between the two, is such a line left to the item after), a heading
  over a body costs less for each bigram beyond a few it shares with the lines after it
  (a headline names what its article opens with; not a line of clauses or one within
  half an em of a full line of the column under it, which running text is), no group of
  heading lines ends at a clause mark or breaks a phrase (a title wrapped there), and
  heading lines whose last breaks a word the text uses again are body lines cut at the
  column, as is a line ending no sentence that, with the line after it (which holds a
  mark of running text, ，、；。！？), is a full line of the column under it; a dateline or an editor's note (编者按) opens a body and is never a heading;
  nor is a line opening an interview's turn with its speaker's name (``PageLines.turns``);
  a line that may be an unmarked 小标题 (``PageLines.minor``) may instead be read on as a
  paragraph of the article at a small cost;
- the words (``qa.parse.wording``): a body starting without a headline should not open
  with words of the text before it, no item's body opens with words tying it to the
  text before (不过，, 此外，, 与此同时，: ``wording.ties_back``), nor an unheaded body
  with a place or body the text before named as its subject (近年来，当地把…:
  ``wording.names_back``), an item going on across a line that opens as an item's first
  paragraph does pays for it (a news lead after a finished sentence, 记者从…获悉, 日前，:
  ``wording.opens_lead``, or one set as a quotation, “…。”近日，…: ``wording.quoted_lead``;
  an encyclopedic text's first sentence, introducing a name the text over it does not
  name, glossed in a bracket or given with its other names, 李晨（），中国大陆男演员…:
  ``wording.introduces``), a question set alone under an article that asks and answers
  questions already, naming what its text names, is its next question rather than a
  headline (``_asked_cuts``), an item going on where
  the subject changes (the text either side shares few character pairs) pays for it,
  and so does a headline no dateline or byline credits over a body that keeps the
  subject of the text before it (the two share many pairs of ideographs: a 小标题
  inside one article); a photo's
  captions are short: an item that its credit ends starts within ``CAPTION_LINES`` of it (or of a
  caption of its numbered group, 图②…) and pays for each sentence end inside a caption
  (a one-line caption group pays nothing for being one line), an item going on near a
  credit pays a little (where captions may start), more where its lines there are set
  narrower than its column (a caption's frame), wider than it (``_wider_apart``) or apart
  by their spacing (sprayed, in a frame of another width: ``_set_apart``; there, and at
  captions set flush under indented paragraphs, ``_flush_apart``, a caption's words
  shared with the text before are no sign against it: a caption names what its article
  says), and a
  caption's mark heads nothing; captions set inside an article's sentence, the
  sentence going on under their credit in the same column, set the article aside and
  it goes on there (``_interrupts``, ``_set_aside``: ``viterbi.SUSPENDS``);
- the page's conventions, shared by its items and so decided for the page: headlines
  over bodies, after bylines or mixed; items credited (an end byline, a byline under the
  headline, a dateline, also one sprayed by justification) or not. Each item pays for
  its headline placement and credit under the page's conventions (and one that names its
  writers at its head and is signed at its end again pays ``viterbi.TWICE_SIGNED``).

The reading is the cheapest path, found by dynamic programming over the zones (Viterbi:
``qa.parse.viterbi``), whose state records whether the open item already has a headline
(so no item gets two, which is what keeps a page of late headlines from giving each to
the next article) and whether it is credited at its head. It is searched under the
page's possible conventions (crediting first, then placement: four searches) and the
cheapest wins. Every line ends in an item: a heading run that no item can take becomes
an item of its own. The costs were tuned on the even seeds of four independent page
generators (tests/pagegen.py to tests/pagegen4.py) with the seed page and
tests/data/layout_cases held exact, first by hand, then together by a search
(benchmarks/tune_layout.py: coordinate descent over the tuning pages, a move kept only
where tests/parse still passes; tests/parse/test_searched_costs.py says what it moved).
benchmarks/parse.py reports them on their odd seeds (held out), generator 2 on CMRC
text, and a fifth generator (tests/pagegen5.py) only in aggregate, never looked into
page by page. A decision's margin is how much more the best path that decides otherwise
at that zone costs (forward and backward costs, min-sum); small margins are reported as
doubts.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from qa.parse.byline import find_dateline
from qa.parse.columns import (
    WIDTH_CHANGE,
    WIDTH_CHANGE_ROUGH,
    Columns,
    PageLines,
    PageText,
    read_columns,
)
from qa.parse.headings import bigrams, breaks_phrase
from qa.parse.lines import (
    CLAUSE_MARKS,
    FULL,
    INDENT,
    LEAD_MARKS,
    PARAGRAPH_INDENT,
    SURE_SHORT,
    PageLine,
    unit_width,
    unsprayed,
)
from qa.parse.viterbi import RESUMES, SUSPENDS, SUSPENDS_APART, Span, to_moves, trace, viterbi
from qa.parse.wording import (
    LIST_ITEM,
    RUNNING_OPENER,
    cohesion,
    cuts_a_word,
    echoes,
    heading_leans,
    introduces,
    names_back,
    opens_lead,
    quoted_lead,
    rare_kept,
    restated,
    shares_nothing,
    speaker,
    spoke_before,
    subject_kept,
    ties_back,
    topic_gap,
)
from qa.parse.words import (
    cuts_number,
    cuts_word,
    is_rare_word,
    is_uncommon_word,
    is_word,
    stands_as_word,
    tag,
)
from qa.parse.words import segment as words_of
from qa.text import IDEOGRAPHS

MAX_RUN = 7  # heading lines one zone may hold: two items' kicker, title (two lines), subtitle (and bylines under them)
MAX_HEADS = 4  # heading lines one item takes: kicker, a title wrapped over two lines, subtitle
MAX_OVER = 5  # ... over its body: a kicker, a title and a subtitle each wrapped over two lines
COLON_REACH = 4  # lines over a line whose widest shows the column where none is known (``_widest_over``)

# Costs (≈ negative log odds).
HEAD = 1.5  # a heading line
HEAD_DASH = -1.5  # ... a subtitle (——…) under the stack's first line: no cost at all (no body text opens so)
HEAD_WIDE = -0.5  # ... wider than the body columns around it can hold
HEAD_BREAK = 0.5  # ... at a layout break (a leading space, a blank line out of rhythm)
HEAD_CLAUSE = 1.5  # ... ending in a clause mark (a title wrapped there)
HEAD_INDENTED = 1.5  # ... indented as the page's paragraph openings are
HEAD_MARK = -2.0  # ... a one-sentence ？/！ line (这样的好事，谁不喜欢？)
HEAD_OPEN = 1.5  # ... leaving a bracket or quotation open (天生三桥的数值（单位/): text cut by the column
HEAD_DISPLAY = -2.0  # ... letter-spaced display type (稻 田 里 的 “ 智 慧 管 家 ”), which no body line is
HEAD_RUNS_ON = 2.0  # ... as wide as a full line of the column under it, and so is the line after it
RUNS_ON_SLACK = 0.5  # em a full line of a column may differ from its width
ITEM_ONE_LINE = 1.688  # an item whose first paragraph is one line
ITEM_TINY_LINE = 4.0  # ... one line under half its column
OPEN_FULL = 2.5  # an opening as wide as a full line
OPEN_SHORT = 4.0  # an opening shorter than its column allows that goes on
OPEN_VERY_SHORT = 12.0  # ... far shorter
OPEN_UNMARKED = 2.5  # an opening without the indent the page keeps
INDENT_GOES_ON = 3.75  # a line going on in a paragraph with the indent the page keeps for openings
CONT_SHORT = 2.0  # a line inside a paragraph 1.25 to 3 em short
CONT_VERY_SHORT = 5.484  # ... shorter still
SHORT_END = 2.0  # a line ending a sentence 1.75 em short or more (a paragraph's last) that the paragraph goes on past, into a line without the indent the page keeps
HEAD_PUSHED = 3.0  # a heading line left short only by a long unbroken run opening the next line
PUSHED_LONG = 4.0  # em: ... that long at least
TITLE_IN_BODY = 3.0  # a title behind a mark (简讯 / ●…, ■… on the page's first line) read as body text
HEAD_SENTENCE = 3.0  # a heading line that opens with a news sentence's time or source
OPENER_GOES_ON = 6.0  # a paragraph going on into a line that opens a news sentence (暑期以来，…)
TOO_WIDE = 1.5  # a body line wider than its column
CUT_AT_WIDTH = 0.0  # an item ends where the column changes
JOIN_ACROSS_WIDTH = 3.0  # one item's body goes on in another column
JOIN_PER_EM = 0.5  # ... and more for each em surely read columns differ by beyond noise
JOIN_EM_CAP = 4.0  # ... counted up to this many em (a change that wide says the column changed; more says no more)
SHOWN_OVER = 3  # lines over a line wider than their column that must fit it, for the line to show a change
FIRST_BARE = 1.5  # an item's first line where one must start, shaped as a headline, read as its text
CUT_AT_DATELINE = -12.0  # an item starts with a dateline (本报讯, 新华社…电)
CUT_AT_BREAK = -3.375  # an item starts at a layout break
CUT_AT_CAPTION = -5.0  # a photo's captions start (图为, 图①) before its credit
SPLIT_GROUP = 6.0  # an item starts at a caption numbered or placed after another of its group (图② under 图①)
CUT_AT_BREAK_CUT_BLOCKS = -2.0  # ... on a page whose text blocks end where a column does
BREAK_UNDER_HEADS = -9.0  # a body opens at a layout break under heading lines
BREAK_UNDER_HEADS_CUT_BLOCKS = -4.0  # ... on a page whose text blocks end where a column does
BREAK_IN_PARAGRAPH = 2.0  # a layout break inside a paragraph
COLUMN_NARROWS = 1.5  # a body's column narrowing at a line, its first lines set wider (beside a photo)
COLUMN_WIDENS = 1.5  # an item going on in its column that widens at a line inside a paragraph (under a photo)
WIDEN_REACH = 4  # lines from a paragraph's opening within which its column may widen
HEADS_END_MARKED = 6.0  # heading lines whose last ends in a clause mark (，、：；), over a body or late at the page's end
OPEN_DASH = 3.0  # a body opening with a dash (——…: a subtitle's mark)
DASH_GOES_ON = 3.0  # a line going on inside a paragraph that opens with a dash (a subtitle's mark)
HEAD_CUTS_WORD = 3.0  # heading lines over a body whose last breaks a word the text uses again
HEAD_CUTS_NUMBER = 2.0  # ... more where it breaks a number from its unit (于9月21 / 日恢复…)
HEAD_AFTER_CUT = 2.0  # heading lines starting under a line that runs into their first (形成喜马拉雅山脉 / 之间是特)
LEAN = 1.0  # per character bigram a heading shares with one side and not the other
LEAN_CAP = 3  # bigrams of lean counted at most
UNRELATED = 0.5  # bigrams of lean charged to a late heading line leaning neither way (about neither item)
CAPTION_GOES_ON = 1.0  # a sentence end inside a photo's captions (a caption group is short)
# (An item ending at a photo's credit that starts further back pays viterbi.FAR_CAPTIONS.)
CAPTION_ZONE = 0.5  # an item going on near a photo's credit (where its captions may start)
NARROW_CAPTIONS = 2.0  # ... going on into lines set narrower than its column (a photo's captions are)
NARROW_RUN = 5.0  # ... where no column is read, into a full line far narrower than the sentence over it
CAPTION_LINES = 12  # lines before a credit that may be its captions
INTERRUPTED = 3.0  # a photo's captions set inside an article's sentence, the text going on under its credit
JOINS_ON = 2.0  # ... where the line over them and the one under the credit break a phrase between them
UNFRAMED = 2.0  # ... whose first line falls short of the widest of them
OFF_COLUMN = 2.0  # ... under a line of the text set wider than the column over it (a caption's)
SPLIT_WRAPPED = 3.0  # heading lines split between two items after a line ending in a clause mark
ECHO_KEPT = 3.0  # an untitled item whose first lines echo the headline of the item over it (``_echoed_cuts``)
ECHO_ROUNDS = 3  # ... readings again at most, each charging the untitled items the last one starts that echo
ECHO_LINES = 12  # ... the lines read
KEPT_NAMES = 2  # names of their own (phrases, rare words) two texts keeping one subject share at least
TIED_SHARE = 0.05  # share of their uncommon words (of the geometric mean of the two counts) two texts of one article share at least (``reads_on``)
ASKED_KEPT = 3.0  # an item under heading lines that are one question, under an item that asks and answers questions (``_asked_cuts``)
QUESTION_LINES = 3  # lines a question set as a paragraph of its own may run to
TAIL_FREE = 80  # characters of a titled item's text from a paragraph to its end that share no pair with its headline, free
TAIL_LONG = 320  # ... going on there costs more up to this many
TAIL_UNECHOED = 2.5  # ... where it costs this
TAIL_PAIRS = 6  # ... weighed under a headline of this many pairs or more
TAIL_SHARED = 0.05  # ... and where the text shares less than this share of the pairs of the text over it, or of its own
APART_SHARED = 0.02  # share of its pairs an item's text from a paragraph on shares at most with the text over it, to be weighed
APART_FREE = 40  # ... where the shorter of the two runs this many characters, free
APART_LONG = 200  # ... going on there costs more up to this many
APART = 2.5  # ... where it costs this
COHESION = 1.0  # per bigram the opening of an unheaded item shares with the text before only
TOPIC = 2.0  # an item going on across text that shares nothing either side
TURN_LINES = 5  # lines of running text after a line ``_plain`` would let go on that share nothing with the text before, for it to be weighed (``_turns_topic``)
KEPT_UNHEADED = 4.0  # an item opening with no headline over text that keeps the subject of the text before ...
KEPT_FREE = 0.4  # ... beyond this sureness (news items of one province share a few phrases)
RARE_KEPT = 2.0  # ... and per rare word of the dictionary the text either side names (wording.rare_kept) ...
RARE_CAP = 2  # ... counted up to this many
SUBJECT_KEPT = 6.0  # a headline no dateline or byline credits over text going on with the subject of the text before
TOPIC_REACH = 6.0  # a cut dearer here by this much is not weighed (what closing an item saves is less)
LEFTOVER = 8.0  # heading lines that no item takes, made an item of their own
BOX_LATE = 2.0  # a box's label right under an article's end byline given to that article (printed after it)
ECHO = 0.5  # per bigram beyond ECHO_FREE a heading over a body shares with the lines after it
ECHO_FREE = 2  # bigrams a body line shares with the lines after it as often
ECHO_CAP = 4  # bigrams beyond those counted at most
CUT_DATELINE_MAX = 24  # characters of a line that may be a dateline cut before its 讯 or 电
CUT_DATELINE_TAIL = 8  # ... of the next line that may end it (17日讯)
PRUNE = 10.0  # a reading this much dearer at a zone than its cheapest is not searched
MINOR_HEAD = 1.0  # a short indented line read as an unmarked 小标题 among its article's paragraphs (page.minor)
MINOR_FLUSH = 3.0  # ... a short flush line, on a page that keeps its indents
MINOR_FLAT = 2.0  # ... a short line, on a page that sets its paragraphs flush
MINOR_RESTATED = 0.0  # ... a line its paragraph's opening clause repeats (wording.restated)
TIES_BACK = 2.0  # an item whose body opens with words tying it to the text before (不过，…, 此外，…, 据介绍，…)
TIES_BACK_UNDER_HEADS = 4.0  # ... under heading lines of its own (a new article's headline seldom heads such a body)
TURN_AGAIN = 4.0  # ... a speaker's turn (熊凯翔：…) where the speaker has a turn in the text before
LEAD_OPENS = 3.5  # text going on across a line that opens as a news item's lead does (wording.opens_lead)
QUOTE_LINES = 4  # ... lines read for a lead opening with a quotation (wording.quoted_lead)
INTRODUCES = 4.0  # ... as an encyclopedic text's first sentence does, introducing a name the text over it does not name (wording.introduces)
NAMED_REACH = 40  # ... lines over it read for that name
COLON_CUT = 4.0  # an item starting under a paragraph that ends in a colon (诗中写道：): it leads into what follows

# The page's conventions: (before, after, none) placement costs, prior; (credited,
# uncredited) costs, prior.
PLACEMENT = {
    "headlines before": ((0.575, 1.5, 2.0), 0.0),
    "headlines after": ((3.0, 0.65, 2.25), 0.5),
    "headlines mixed": ((0.7, 1.8, 1.9), 1.0),
}
MIXED = "headlines mixed"
CREDIT = {
    "credited": ((-3.8, 2.3), 0.0),
    "uncredited": ((4.8, 1.35), 0.5),
}

# (Not a byline line: 本报通讯员 张三, 本报记者 张三 通讯员 李四 hold 讯 in 通讯员; 新华社记者 张三.)
_DATELINE = re.compile(
    r"^(?:本报讯|新华社(?!记者|通讯员|评论员|特约)|中新网|本报[\u4e00-\u9fff]{1,6}[讯电](?!员)"
    r"|[\u4e00-\u9fff]{1,8}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[讯电])"
)

# What opens a photo's first caption: ▲, 图为, 图①, 图1, 上图 (not ②…: a caption group goes on).
_CAPTION_OPENS = re.compile(r"^\s*(?:▲|图\s*为|图\s*[①1一]\s*[：:]?|[上下左右]\s*图\s*[：:为])")
# What opens a caption that may follow another in a group: ▲, 图②, ②, 图2 (not ①, 图1),
# 下图：/右图： (under 上图：/左图：).
_NEXT_CAPTION = re.compile(r"^\s*(?:▲|(?:图\s*)?[②③④⑤⑥⑦⑧⑨⑩]|图\s*[2-9]\s*[：:]|[下右]\s*图\s*[：:])")
# What opens a caption group's first caption only (图①, 图1, 图为, 上图：; not ▲, which opens any).
_FIRST_CAPTION = re.compile(r"^\s*(?:图\s*为|图\s*[①1一]\s*[：:]?|[上左]\s*图\s*[：:为])")
# What opens a group's first caption and no other of it (图①, 图1, 上图：; not 图为, which
# may open each).
_GROUP_OPENS = re.compile(r"^\s*(?:图\s*[①1一]|[上左]\s*图\s*[：:])")
SUBTITLE_DASHES = ("——", "--", "－－")  # what opens a subtitle line (——南昌已建成86家城市书房)
_EDITOR_ROLE = re.compile(r"编辑|责编|校对|版式|组版")  # a page's credit line names its editors so
_INF = math.inf
_NOTES = frozenset(("编者按", "编者的"))  # 编者按：, 编者的话：
_ANSWER = re.compile(r"\s*答\s*[：:]")
# A bracket closed with words going on after it (长谷川町子（）是日本最初的女性…): a name
# the text introduces, glossed in the bracket, as an untitled text opens; a headline's
# bracket closes it or comes before a colon (南京市（中华民国）, 渠成 (足球运动员)：…).
_INTRODUCED = re.compile(r"[）)][\u4e00-\u9fff]")
_CLAUSE_MARKS = frozenset("，、：；")
_SENTENCE_END = re.compile("[。！？]")
_IDEOGRAPH_TRIPLE = re.compile(f"(?=([{IDEOGRAPHS}]{{3}}))")  # each three ideographs side by side (overlapping)
_GRAMMAR_CHARACTERS = frozenset("的了是在和与及或也都着")  # (a phrase holding one names no thing of its own)
_GRAMMAR_AS_MARKS = str.maketrans(dict.fromkeys(_GRAMMAR_CHARACTERS, "|"))
_PROPER_NAME_TAGS = frozenset(("ns", "nr", "nt", "nz", "nrt", "nrfg"))  # jieba's tags of places', persons' and bodies' names
_RUNNING_MARKS = re.compile("[，、；,;]")  # marks inside a line of running text that headlines seldom hold


@dataclass(frozen=True)
class Decoding:
    """The page's reading: its items in order and the conventions it was read under.

    Attributes:
        spans: the items.
        conventions: e.g. "headlines after, credited".
        margin: how much more the best reading under other conventions costs.
        total: what the reading costs (comparable between readings of one page's lines).
    """

    spans: list[Span]
    conventions: str
    margin: float
    total: float = 0.0


def confidence(margin: float) -> float:
    """A margin (a log of odds) as the probability that the decision is right, in [0.5, 1]."""
    if margin == _INF:
        return 1.0
    return 1.0 / (1.0 + math.exp(-max(margin, 0.0)))


@lru_cache(maxsize=4096)
def is_dateline(text: str) -> bool:
    """Whether a line opens with a dateline (本报讯, 新华社南昌5月8日电, 中新网1月11日电)."""
    return _DATELINE.match(unsprayed(text)) is not None


def opens_item(text: str) -> bool:
    """Whether a line opens an item's body: a dateline, an editor's note (编者按：…,
    【编者按】…), which opens its article (under the headline), or a short item's title
    in 【】 run into its text (【县城里的“博物馆热”】暑期以来…, see ``bracket_title``)."""
    head = text[:40]
    if text[0] not in "新中" and "讯" not in head and "电" not in head and "编" not in head[:8] and "【" not in head[:3]:
        return False  # (what each of them holds near its start: most lines hold none)
    return is_dateline(text) or opens_note(text) or bracket_opens(text)


def opens_note(text: str) -> bool:
    """Whether a line opens an editor's note (编者按：…, 【编者按】…, 编者的话：…)."""
    return text.replace(" ", "").lstrip("【[〔")[:3] in _NOTES


def opens_item_at(lines: list[PageLine], i: int) -> bool:
    """``opens_whole`` of line ``i``, or a dateline read on across the line's end where the
    column cut it (``cut_dateline``); not the rest of a dateline the line over it opens
    (``_dateline_goes_on``)."""
    return (opens_whole(lines, i) or cut_dateline(lines, i)) and not _dateline_goes_on(lines, i)


# A dateline's head at a line's end: after a short item's title in 【】, the words the line
# holds after it, the column cutting the dateline anywhere (【元世祖是什么？】本报 / 上饶 10月
# 7 日讯…, 【国务院组成部门】新 / 华社宜春10月19日电…); alone on the line, the agency or 本报.
_DATELINE_HEAD = re.compile(r"】\s*([\u4e00-\u9fff]{1,6})$|^\s*(本报|新华社|中新社|中新网)$")


def _dateline_goes_on(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` goes on with a dateline whose head ends the line over it (the
    column cut the dateline after 本报 or 新华社): read on, the two make one dateline."""
    if not i:
        return False
    head = _DATELINE_HEAD.search(lines[i - 1].text)
    return head is not None and is_dateline((head.group(1) or head.group(2)) + lines[i].text)


def opening_lines(page: PageLines) -> frozenset[int]:
    """The lines of the page that open an item (``opens_item_at``), read once a page."""
    found = page.once.get("opening")
    if found is None:
        lines = page.lines
        found = page.once["opening"] = frozenset(
            i
            for i, line in enumerate(lines)
            # (``_may_open``'s first tests made here: most lines fail them, no call.)
            if (line.text[0] in "新中本" or _OPEN_CHARS.search(line.text) is not None)
            and _may_open(line.text)
            and opens_item_at(lines, i)
        )
    return found


# What ``_may_open`` looks for inside a line (but for its first character): one search.
_OPEN_CHARS = re.compile("[讯电编【月]")


def _may_open(text: str) -> bool:
    """Whether a line holds what ``opens_item`` or ``cut_dateline`` needs near its start
    (most lines hold none: the cheap test before theirs)."""
    if text[0] in "新中本":
        return True
    if _OPEN_CHARS.search(text) is None:
        return False  # (one search for what each test below looks for: cheaper than the five)
    head = text[:40]
    return (
        "讯" in head or "电" in head or "编" in head[:8] or "【" in head[:3]
        or "月" in text and len(text) <= CUT_DATELINE_MAX
    )


def opens_whole(lines: list[PageLine], i: int) -> bool:
    """``opens_item`` of line ``i`` on its own, but for a title in 【】 alone on its line
    over a line that opens the item (``heads_opening``)."""
    return opens_item(lines[i].text) and not heads_opening(lines, i)


def heads_opening(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` is a short item's title in 【】 alone on its line over a line
    that opens the item (【抚州启动乡村振兴人才培训计划】 / 本报讯近日，…), or a kicker so
    over a title line (no clause mark in it, or one sentence closed by ？ or ！) over that
    line (【果园里的直播间】 / 赣南脐橙开启“云上”销售季 / 本报讯（记者 任玲宇): that item's
    heading, not an item of its own."""
    if bracket_wrapped(lines, i):
        # (A title in 【】 wrapped over two lines over the line that opens its item.)
        return i + 2 < len(lines) and (opens_item(lines[i + 2].text) or cut_dateline(lines, i + 2))
    if lines[i].text[-1] != "】" or i + 1 >= len(lines):
        return False
    if _BRACKET_ALONE.match(lines[i].text.replace(" ", "").replace("\u3000", "")) is None:
        return False
    if opens_item(lines[i + 1].text) or cut_dateline(lines, i + 1):
        return True
    title = lines[i + 1]
    return (
        i + 2 < len(lines)
        and (title.heading_like and CLAUSE_MARKS.search(title.text) is None or title.headline_mark)
        and (opens_item(lines[i + 2].text) or cut_dateline(lines, i + 2))
    )


def cut_dateline(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` is a dateline the column cut before its 讯 or 电 (本报南昌 12 月
    17日 / 讯（记者 袁鑫…）: a narrow column often does), read with the next line's start."""
    text = lines[i].text
    if i + 1 >= len(lines) or len(text) > CUT_DATELINE_MAX or (text[0] not in "本新中" and "月" not in text):
        return False  # (what a dateline cut before its 讯 or 电 holds: most lines do not)
    following = lines[i + 1].text.lstrip()[:CUT_DATELINE_TAIL]
    # (Not where the next line opens with a dateline of its own: 神圣十月 / 中新网1月1日电.)
    return ("讯" in following or "电" in following) and is_dateline(text + following) and not is_dateline(lines[i + 1].text)


def _bracket_alone(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` is a label or a title in 【】 alone on its line, or the first of
    two lines one is wrapped over (``bracket_wrapped``): a heading line."""
    return _BRACKET_ALONE.match(lines[i].text.strip()) is not None or bracket_wrapped(lines, i)


def bracket_wrapped(lines: list[PageLine], i: int) -> bool:
    """Whether line ``i`` opens a title in 【】 that the next line closes, nothing after it
    (【景德镇陶瓷文化产业 / 园年接待游客超千万人次】): one title wrapped, not a short item's
    title run into its text."""
    text = lines[i].text.strip()
    if not text.startswith("【") or "】" in text or i + 1 >= len(lines):
        return False
    return _BRACKET_ALONE.match(text + lines[i + 1].text.strip()) is not None


# A short item's title in 【】 opening its text: closed on the line with text after it, or
# running on to the next line. (A run of short labels, 【原作】【改编】, titles nothing.)
_BRACKET_TITLE = re.compile(r"^【([^】【]{1,60})】(?=\s*[^\s【])")
_BRACKET_ALONE = re.compile(r"^【[^】【]{1,60}】$")
_BRACKET_OPENS = re.compile(r"^【[^】【]+(?:】(?:[^【]|$)|$)")


def bracket_opens(text: str) -> bool:
    """Whether a line opens with a short item's title in 【】 (not an editor's note)."""
    if "【" not in text[:3]:
        return False
    text = text.replace(" ", "").replace("\u3000", "")
    return text[:1] == "【" and text[1:4] not in _NOTES and _BRACKET_OPENS.match(text) is not None


def bracket_title(text: str) -> tuple[str, str] | None:
    """A short item's title in 【】 opening its text, and the text after it:
    (县城里的“博物馆热”, 暑期以来…) from 【县城里的“博物馆热”】暑期以来…; None when the text
    opens with none (or with an editor's note)."""
    match = _BRACKET_TITLE.match(text)
    if match is None or match.group(1)[:3] in _NOTES:
        return None
    return match.group(1).strip(), text[match.end() :].lstrip()


def _ramp(value: float, low: float, high: float) -> float:
    """0 at ``low``, 1 at ``high`` and beyond, linear between."""
    if value <= low:
        return 0.0
    return 1.0 if value >= high else (value - low) / (high - low)


def _open_cost(
    line: PageLine,
    width: float | None,
    indents: bool,
    bound: bool = False,
    pushed: float = 0.0,
    flush: bool = False,
    short: float = 0.0,
    plain: float = 0.0,
) -> float:
    """What it costs to read ``line`` as a paragraph's first line in a column ``width``
    (or at least that wide, when ``bound``): nothing about 2 em short, rising as it nears
    a full line or falls far shorter (not when the next line's first unit, ``pushed`` em
    wide, would not have fitted); on a page that sets paragraphs flush (``flush``), an
    opening may also be a full line (the cheaper reading counts), and one about 2 em
    short pays ``short``, what the page's own openings say of that shape; on a page that
    keeps its indents (``indents``), one without its indent was set flush, a full line, or
    lost it, about 2 em short at ``short``, what the page's unindented openings say of
    that shape; on a page that sprays its openings, one going on not sprayed pays
    ``plain``."""
    unmarked = indents and not line.indent
    cost = OPEN_UNMARKED if unmarked else 0.0
    if plain and not (line.justified or line.display or line.ends_sentence):
        cost += plain
    if width is None or line.justified:
        return cost
    if flush or unmarked:
        # The page sets its paragraphs flush, or keeps its indents and this opening has
        # none: it may be a full line, or about 2 em short at ``short`` (an indent lost in
        # extraction: one block of a page may come from another source than the rest).
        return cost + min(_cont_cost(line, width, bound, pushed), short + _indented_cost(line, width, bound, pushed))
    return cost + _indented_cost(line, width, bound, pushed)


def _indented_cost(line: PageLine, width: float, bound: bool, pushed: float) -> float:
    """``_open_cost`` of an opening whose indent was lost (about 2 em short)."""
    cost = 0.0
    gap = line.width - (width - INDENT)
    if gap < 0 and gap + pushed > 0:
        return cost
    if bound and gap > -1.5:
        return cost
    if line.ends_sentence:
        return cost + OPEN_FULL * _ramp(gap, 1.0, 2.0)
    if gap > 0:
        return cost + OPEN_FULL * _ramp(gap, 0.25, 1.5)
    return cost + OPEN_SHORT * _ramp(-gap, 1.5, 2.5) + (OPEN_VERY_SHORT - OPEN_SHORT) * _ramp(-gap, 2.5, SURE_SHORT)


def _cont_cost(line: PageLine, width: float | None, bound: bool = False, pushed: float = 0.0) -> float:
    """What it costs to read ``line`` as a line inside a paragraph of a column ``width``
    (or at least that wide, when ``bound``): nothing when full (or ending a sentence, or
    left short by the next line's first unit, ``pushed`` em wide, that would not have
    fitted), rising as it falls short or runs wide."""
    if width is None or line.justified:
        return 0.0
    gap = line.width - width
    if gap < 0 and gap + pushed > 0:
        return 0.0
    if gap > 0:
        if bound:
            return 0.0
        return TOO_WIDE * _ramp(gap, 1.0, 2.0)
    if line.ends_sentence or gap >= -1.0:
        return 0.0  # (within an em of the column neither ramp below rises: most lines, no call)
    return CONT_SHORT * _ramp(-gap, 1.0, 1.75) + (CONT_VERY_SHORT - CONT_SHORT) * _ramp(-gap, 2.5, SURE_SHORT)


def _short_end(line: PageLine, width: float | None) -> float:
    """What it costs to read ``line``, ending a sentence short of its column (but not so
    short as to end its paragraph surely, ``_ended``), as a line inside its paragraph: a
    paragraph's lines are full but its last."""
    if width is None or line.justified or not line.ends_sentence:
        return 0.0
    return SHORT_END * _ramp(width - line.width - line.indent, 1.0, 1.75)


def _ended(line: PageLine, width: float | None) -> bool:
    """Whether ``line`` surely ends its paragraph: it ends a sentence well short of its
    column, so the next body line opens a paragraph."""
    return width is not None and line.ends_sentence and not line.justified and line.width < width - SURE_SHORT


def pushed(page: PageLines, i: int) -> float:
    """The width in em of what opens the line after line ``i`` and is never broken (a run
    of Latin letters or digits with the marks around it, or one character): line ``i``
    may be left that much short (0 when no line follows or the next is no body line)."""
    if i + 1 >= len(page.lines) or i + 1 in page.ends or i + 1 in page.leads:
        return 0.0
    return unit_width(page.lines[i + 1].text)


def _body_cost(page: PageLines, start: int, stop: int, width: float | None, bound: bool = False, widen: bool = True) -> float:
    """Lines ``start`` to ``stop`` - 1 read as body text after an opening (the page's last
    line ends its paragraph however short: ``viterbi.UNFINISHED`` weighs a missing stop).
    A paragraph opening short of the column may be set in a narrower one that widens
    inside it (``_widens``; unless not ``widen``): the cheaper reading counts."""
    lines, indents, breaks, openers = page.lines, page.indents, page.breaks, page.openers
    inside, openings, minor = page.inside, page.openings, page.minor
    last = len(lines) - 1
    cost = 0.0
    if start >= stop:
        return cost
    over = lines[start - 1]  # (the line over each, read once)
    resume = start
    for i in range(start, stop):
        line = lines[i]
        if i < resume:
            over = line
            continue  # (read in a narrower column, below)
        if i in inside or i in minor and i - 1 in minor and not over.ends_sentence:
            over = line
            continue  # (the verse or list a colon leads into, an item's closing lines, a 小标题's wrapped rest: its text whatever their widths)
        if i == last or i + 1 in openings or i + 1 in page.cuts:
            # (As if what follows would not have fitted; or an item may end there: or its
            # text does, over a jump line sending it on to another page.)
            unit = _INF
        elif width is not None and not line.ends_sentence and line.width < width - 1.0:
            unit = pushed(page, i)
        else:
            unit = 0.0
        if (
            over.ends_sentence
            or i - 1 in minor
            or over.text[-1] in "；;" and (indents and line.indent or LIST_ITEM.match(line.text))
        ):  # a paragraph may end there (after a list's item on a line of its own, too)
            opens = _minor_opening(
                page, i, _open_cost(line, width, indents, bound, unit, page.flush, page.short_opening, page.plain_opening)
            )
            here = opens if _ended(over, width) else min(opens, _cont_cost(line, width, bound, unit))
            if here and widen and width is not None and not bound:
                widened = _widens(page, i, None, width, stop)
                if widened is not None:
                    at, narrow = widened
                    wide = _body_cost(page, i, at, width, bound, widen=False)
                    narrowed = _body_cost(page, i, at, narrow, widen=False) + COLUMN_WIDENS
                    if narrowed < wide:
                        cost += narrowed
                        resume = at
                        over = line
                        continue
            cost += here
        else:
            cost += _cont_cost(line, width, bound, unit) + (INDENT_GOES_ON if indents and line.indent else 0.0)
            if line.text.startswith(SUBTITLE_DASHES):
                cost += DASH_GOES_ON  # a subtitle under a title, not running text going on
            if i in breaks:
                cost += BREAK_IN_PARAGRAPH  # a block does not start inside a paragraph
            if i in openers:
                cost += OPENER_GOES_ON  # a news sentence opens here (暑期以来，): no line leads into it
        over = line
    return cost


def _minor_opening(page: PageLines, i: int, opens: float) -> float:
    """What it costs to read line ``i`` as a paragraph's first line, ``opens`` as its
    shape says, or less where it may be an unmarked 小标题 under a sentence end
    (``PageLines.minor``): a paragraph of one short line."""
    if i in page.minor and page.lines[i - 1].ends_sentence:
        if restated(page.lines[i].text, page.lines[i + 1].text):  # (no line of page.minor is the last)
            return min(opens, MINOR_RESTATED)
        if page.indents:
            return min(opens, MINOR_HEAD if page.lines[i].indent else MINOR_FLUSH)
        return min(opens, MINOR_FLAT)
    return opens


def _head_cost(page: PageLines, i: int, widths: list[float]) -> float:
    """What it costs to read line ``i`` as a heading, given the columns around it."""
    if i in page.leads:
        return 0.0
    line = page.lines[i]
    cost = HEAD
    if widths and line.width > max(widths) + 1.5:
        cost += HEAD_WIDE
    if i in page.breaks:
        cost += HEAD_BREAK
    if page.indents and line.indent:
        cost += HEAD_INDENTED
    if line.display:
        cost += HEAD_DISPLAY
    if i in page.sentences:
        cost += HEAD_SENTENCE  # 近日，… / 4月12日，…: a sentence's opening, no headline's
    if leaves_open(line.text):
        cost += HEAD_OPEN
    if line.headline_mark:
        cost += HEAD_MARK
    elif not line.heading_like:
        cost += HEAD_CLAUSE  # a heading line ending in a mark goes on in the next
    return cost


def _runs_into(text: str, after: str) -> bool:
    """Whether a line runs into the next across the break: a phrase or a word broken there
    (``headings.breaks_phrase``), but for one ideograph alone under it, which is a title
    (蓍) as often as a title's tail."""
    return len(after) > 1 and breaks_phrase(text, after)


def _pushed_short(page: PageLines, i: int, width: float | None) -> bool:
    """Whether line ``i`` is left short of the column ``width`` under it only because the
    next line opens with a long run that could not be broken (`中华基督教会公理高中书院` /
    `（CCCKungLeeCollege）是一间位于…`, at least ``PUSHED_LONG`` em): running text going
    on, not a heading that happens to end there."""
    line = page.lines[i]
    if width is None or line.ends_sentence or line.width >= width - 1.0:
        return False
    unit = pushed(page, i)
    return unit >= PUSHED_LONG and line.width + unit > width


_RUNNING_MARKS = re.compile("[，、；。！？]")  # marks of running text (a title's colon is not one)


def _runs_on(page: PageLines, i: int, width: float | None) -> bool:
    """Whether line ``i``, read as a heading, reads as running text instead: it and the
    line after it are full lines of the column ``width`` under it (within
    ``RUNS_ON_SLACK``), it ends no sentence and the line after holds a mark of running
    text (，、；。！？), as a paragraph's lines go on. (A title wrapped at its frame is
    followed by its shorter rest or another heading line; a byline, a lead, display
    type, a one-sentence ？/！ line or a subtitle opening with a dash is no running text.)"""
    lines, n = page.lines, len(page.lines)
    if width is None or i in page.leads or i + 1 >= n or i + 1 in page.ends or i + 1 in page.leads:
        return False
    line, after = lines[i], lines[i + 1]
    return (
        not (line.display or after.display or after.headline_mark or line.text.startswith(SUBTITLE_DASHES))
        and not line.ends_sentence
        and _RUNNING_MARKS.search(after.text) is not None
        and abs(line.width - width) <= RUNS_ON_SLACK
        and abs(after.width - width) <= RUNS_ON_SLACK
    )


_OPENERS = "（(「『《“[【"
_BRACKETS = re.compile(r"[（(「『《“\[【）)」』》”\]】]")  # brackets and quotation marks, opening or closing
_BRACE_OPENERS = "（([【{"
_BRACES = re.compile(r"[（(\[【{）)\]】}]")  # brackets and braces, opening or closing
_BRACE_OPENING = re.compile(r"[（(\[【{]")


def _left_open(text: str, marks: re.Pattern[str], openers: str) -> bool:
    """Whether ``text`` opens more of ``marks`` than it closes (a closing mark with none open
    before it closes nothing)."""
    depth = 0
    for char in marks.findall(text):
        if char in openers:
            depth += 1
        elif depth:
            depth -= 1
    return depth > 0


def _inside_bracket(text: str) -> bool:
    """Whether ``text`` leaves a bracket or brace open (（…, [, {: not a quotation mark or
    a title's 《, which a heading may leave open where it wraps): what follows goes on
    inside it."""
    return _BRACE_OPENING.search(text) is not None and _left_open(text, _BRACES, _BRACE_OPENERS)


def leaves_open(text: str) -> bool:
    """Whether ``text`` opens a bracket or quotation mark it does not close."""
    return _left_open(text, _BRACKETS, _OPENERS)


@dataclass(slots=True)
class _Option:
    heads: int  # heading lines at the zone (bylines under a headline included)
    split: int  # of them, how many go to the item before
    cut: bool  # an item ends at the zone
    cost: float
    next_line: int  # the line after the body's opening, or -1: the page ends with this zone
    leftover: bool = False  # the heading lines make an item of their own
    titled: bool = False  # the new item has heading lines over its body
    head_credit: bool = False  # the new item is credited at its head (byline, dateline)
    named: bool = False  # ... by its writers' names (本报记者 张三, 本报讯（记者 张三）)
    near: bool = False  # the new item starts within captions' reach of a photo's credit
    # ``viterbi.SUSPENDS`` (``SUSPENDS_APART``): captions start inside the open item's
    # sentence; ``viterbi.RESUMES``: it goes on under their credit; 0: neither
    held: int = 0


def decode(page: PageLines) -> Decoding:
    """Read a page as a whole (see the module docstring).

    Returns:
        the items in page order, each line in exactly one, and the conventions.
    """
    n = len(page.lines)
    if n == 0:
        return Decoding([], "", _INF)
    columns = read_columns(page)
    options: dict[int, list[_Option]] = {}
    zones = []
    photo_ahead = _photo_ahead(page)
    starts = _zones(page, columns.back, photo_ahead)
    # (And where a photo's captions may start inside a sentence that goes on under their
    # credit: there the body goes on, or is set aside for them.)
    aside = _asides(page, photo_ahead, starts, columns.back)
    if aside:
        starts = sorted(starts + list(aside))
    for k, following in zip(starts, [*starts[1:], n], strict=True):
        if k in aside:
            options[k] = [_Option(0, 0, False, 0.0, k + 1), *aside[k]]
            zones.append(k)
            continue
        if k and photo_ahead[k] is None and _plain(page, k, columns.back) and not _turns_topic(page, k, columns):
            continue  # (its one reading goes on with the body at no cost: no zone of the search)
        choices = _options(page, k, columns, photo_ahead[k], following)
        if k == 0 or len(choices) > 1 or choices[0].cut or choices[0].cost:
            options[k] = choices
            zones.append(k)
    moves = to_moves(page, zones, options)
    options.clear()  # the moves hold all that the search and the items need
    decoding = _search(page, zones, moves)
    # An untitled item whose first lines echo the headline of the item over it goes on
    # with that item: read again with its start so charged (the headline is the path's,
    # known once the page is read); and again where the new reading starts one at another
    # paragraph of the same text that echoes it too.
    # And a titled item whose text takes up its headline and, from a paragraph on, never
    # again, or any item whose text over a paragraph and from it on share hardly a word:
    # the text going on there pays for that (read again likewise).
    charged: set[int] = set()
    tails: set[int] = set()  # (the zones where going on was charged so)
    for _ in range(ECHO_ROUNDS):
        echoed = set(_echoed_cuts(page, zones, decoding.spans)) - charged
        asked = set(_asked_cuts(page, zones, decoding.spans)) - charged
        unechoed = {index: cost for index, cost in _unechoed_tails(page, zones, decoding.spans) if index not in tails}
        for index, cost in _texts_apart(page, zones, decoding.spans):
            if index not in tails:
                unechoed[index] = unechoed.get(index, 0.0) + cost  # (the two costs add up)
        if not echoed and not asked and not unechoed:
            break
        for index in echoed:
            sig, photo, zone_moves, shapes = moves[index]
            moves[index] = (sig, photo, [
                (*move[:1], move[1] + ECHO_KEPT, *move[2:]) if move[2] and shape[0] == move[3] and not shape[1] else move
                for move, shape in zip(zone_moves, shapes, strict=True)
            ], shapes)
        for index in asked:
            sig, photo, zone_moves, shapes = moves[index]
            moves[index] = (sig, photo, [
                (*move[:1], move[1] + ASKED_KEPT, *move[2:]) if move[2] and shape[0] else move
                for move, shape in zip(zone_moves, shapes, strict=True)
            ], shapes)
        for index, cost in unechoed.items():
            sig, photo, zone_moves, shapes = moves[index]
            moves[index] = (sig, photo, [
                move if move[2] else (*move[:1], move[1] + cost, *move[2:]) for move in zone_moves
            ], shapes)
        charged |= echoed | asked
        tails |= unechoed.keys()
        decoding = _search(page, zones, moves)
    return decoding


def _zones_inside(page: PageLines, zones: list[int], body: tuple[int, ...]) -> list[int]:
    """The zones (indices into ``zones``) past the first line of an item's ``body`` and
    within it, where no item must start: where its text may go on or end."""
    # (A body may go on across a photo's captions: not their zones.)
    taken = set(body) if body[-1] - body[0] >= len(body) else None
    return [
        index
        for index in range(bisect_right(zones, body[0]), bisect_right(zones, body[-1]))
        if zones[index] not in page.starts and (taken is None or zones[index] in taken)
    ]


def _unechoed_tails(page: PageLines, zones: list[int], spans: list[Span]) -> list[tuple[int, float]]:
    """The zones (indices into ``zones``) inside the body of a titled item whose text over
    the zone shares a pair of ideographs with the headline (none a word of grammar, 的,
    是: ``_named_pairs``) and from the zone to the item's end shares none, with what going
    on there costs: rising with the length of that text from ``TAIL_FREE`` to
    ``TAIL_LONG`` characters up to ``TAIL_UNECHOED``: a headline names what its article is
    about, and the next article's text hardly ever takes it up. Only under a headline of
    ``TAIL_PAIRS`` pairs or more, where the text over the zone takes it up past its first
    sentence, and where the text from the zone shares less than ``TAIL_SHARED`` of its
    pairs (or of the text's over it) with the text over it. (Of the 21035 titled articles
    of two paragraphs or more on the looked-at pages of generators 3-8, 178 (0.8 %) hold
    such a text; of the 337 untitled items right under an unsigned one, 176 (52 %) are
    such a text. An item a byline ends is weighed too: the byline may end the text
    from the zone only, the item over it unsigned.)"""
    lines = page.lines
    out = []
    for item in spans:
        if not item.before or item.after or item.leftover or len(item.body) < 2:
            continue
        body = item.body
        inside = _zones_inside(page, zones, body)
        if not inside:
            continue
        named = _named_pairs("".join(lines[i].text for i in item.before if i not in item.leading))
        if len(named) < TAIL_PAIRS:
            continue  # (a short title, a name, 锡克教: a text about it may not name it again)
        # From the item's end back: the first zone whose text to the end shares one.
        stop = len(body)
        pieces: list[str] = []  # the text from the zone found to the end, last piece first
        found = None
        for index in reversed(inside):
            k = bisect_left(body, zones[index])
            text = "".join(lines[i].text for i in body[k:stop]).replace(" ", "")
            if any(pair in text for pair in named):
                break
            pieces.append(text)
            found = index
            stop = k
        tail = "".join(reversed(pieces))
        if found is None or len(tail) <= TAIL_FREE:
            continue
        # (Nor where the text over it takes the headline up in its first sentence only: a
        # title restating what the item opens with says nothing of what follows.)
        text = "".join(lines[i].text for i in body[:stop]).replace(" ", "")
        opening = _SENTENCE_END.search(text)
        if opening is None or not any(pair in text[opening.end() :] for pair in named):
            continue
        # (Nor where it keeps the words of the text over it: one article's text.)
        front, back = _named_pairs(text), _named_pairs(tail)
        if len(front & back) >= TAIL_SHARED * min(len(front), len(back)):
            continue
        out.append((found, TAIL_UNECHOED * _ramp(len(tail), TAIL_FREE, TAIL_LONG)))
    return out


def _texts_apart(page: PageLines, zones: list[int], spans: list[Span]) -> list[tuple[int, float]]:
    """For each item, the zone (index into ``zones``) inside its body where its text
    over the zone and its text from there to the item's end share the fewest pairs of
    ideographs (``_named_pairs``), if at most ``APART_SHARED`` of the pairs of the
    shorter, with what going on there costs: rising with the length of the shorter from
    ``APART_FREE`` to ``APART_LONG`` characters up to ``APART``. The paragraphs of one
    article keep its names and words; two articles read as one hardly share any. (At
    paragraphs inside the articles of the looked-at pages of generators 3-8, both sides
    200 characters or more, 51 of 14,873 share 2 % or less; between an article and an
    untitled one under it, 274 of 544.) Not where the text from the zone takes up the
    item's headline (over its body or printed after it), nor where the two share a word
    news text seldom uses (植株, 球形: ``words.is_uncommon_word``): an encyclopedia's
    sections each take up another side of the subject its title names, in the words of
    that side (at paragraphs inside articles, both sides 80 characters or more, this
    leaves 242 of the 327 that share 2 % or less; between items, 745 of 787). Nor where
    the words the zone opens with tie it to the text before (据了解，, 此外，:
    ``wording.ties_back``), as no article opens."""
    lines = page.lines
    out = []
    for item in spans:
        if item.leftover or len(item.body) < 2:
            continue
        body = item.body
        inside = _zones_inside(page, zones, body)
        if not inside:
            continue
        texts = [line.text.replace(" ", "") for line in (lines[i] for i in body)]
        whole, starts = "".join(texts), list(itertools.accumulate(map(len, texts), initial=0))
        headline = _named_pairs("".join(lines[i].text for i in (*item.before, *item.after) if i not in item.leading))
        best = None
        for index in inside:
            at = starts[bisect_left(body, zones[index])]
            front, back = whole[:at], whole[at:]
            shorter = min(len(front), len(back))
            if shorter <= APART_FREE or any(pair in back for pair in headline) or ties_back(lines[zones[index]].text):
                continue
            pairs_front, pairs_back = _named_pairs(front), _named_pairs(back)
            shared = pairs_front & pairs_back
            share = len(shared) / max(1, min(len(pairs_front), len(pairs_back)))
            if share <= APART_SHARED and (best is None or share < best[0]) and not any(map(is_uncommon_word, shared)):
                best = (share, index, APART * _ramp(shorter, APART_FREE, APART_LONG))
        if best is not None:
            out.append(best[1:])
    return out


def _named_pairs(text: str) -> set[str]:
    """The pairs of ideographs side by side in ``text`` (a headline, an item's text;
    spaces ignored) that hold no word of grammar (的, 是, 在)."""
    # (Each word of grammar set as a mark first: no pair of ideographs holds it then.)
    return bigrams(text.translate(_GRAMMAR_AS_MARKS))


def _echoed_cuts(page: PageLines, zones: list[int], spans: list[Span]) -> list[int]:
    """The zones (indices into ``zones``) where ``spans`` start an untitled item right under
    the body of a titled one that no byline or credit ends, whose headline the untitled
    item's first ``ECHO_LINES`` lines echo (``takes_up``: 营商环境是区域 /
    发展的核心竞争力之 / … / 打造“足球夜”活动平台 under 景德镇高新区打造“足球夜”凝聚发展合力):
    a headline names what its article's text is about, and the next article's text hardly
    ever takes its words up (the rates ``takes_up`` gives).
    Not where an item must start, nor for a photo's captions (a photo beside its article
    shows what the article says)."""
    lines, ends = page.lines, page.ends
    out = []
    for before, item in itertools.pairwise(spans):
        if item.before or item.leading or item.leftover or not item.body or before.leftover:
            continue
        if not before.before or before.after or before.sign is not None or item.sign is not None and ends[item.sign] == "photo":
            continue
        k = item.body[0]
        if k - 1 in ends or k in page.starts or k in page.cuts:
            continue
        heading = "".join(lines[i].text for i in before.before)
        text = "".join(lines[i].text for i in item.body[:ECHO_LINES])
        if takes_up(heading, text):
            out.append(bisect_left(zones, k))
    return out


def _asked_cuts(page: PageLines, zones: list[int], spans: list[Span]) -> list[int]:
    """The zones (indices into ``zones``) where ``spans`` start an item under heading
    lines that are one question (印度的起义反应了哪一种发展 / 趋势？: over the item, or
    printed after the body of the item before) right under an item that no byline or
    credit ends, whose text already asks a question set as a paragraph of its own and
    answers it (``_asks``) and names a pair of ideographs the question names: an
    interview's or a quiz's next question, read as a headline. (On the looked-at pages of
    generators 6-8, 273 questions so set in an article follow another it asks and name a
    pair its text over them names; 8 headlines that are a question stand so under an
    article. Without the shared pair, 300 and 21.) Not where an item must start."""
    lines = page.lines
    out = []
    for before, item in itertools.pairwise(spans):
        heads = item.before or before.after  # (a headline over the item, or printed after the one before)
        if not heads or item.leading or item.leftover or before.leftover or before.sign is not None:
            continue
        k = heads[0]
        if k in page.starts or k in page.cuts:
            continue
        index = bisect_left(zones, k)
        if index == len(zones) or zones[index] != k:
            continue
        heading = "".join(lines[i].text for i in heads)
        if _one_question(heading) and _asks(page, before.body):
            text = "".join(lines[i].text for i in before.body)
            if _named_pairs(heading) & _named_pairs(text):
                out.append(index)
    return out


def _one_question(text: str) -> bool:
    """Whether ``text`` is one sentence, a question (…是谁？, …何时之后？”)."""
    text = text.replace(" ", "").rstrip("”’\"」")
    return text.endswith(("？", "?")) and _SENTENCE_END.search(text[:-1]) is None


def _asks(page: PageLines, body: tuple[int, ...]) -> bool:
    """Whether the lines ``body`` hold a question set as a paragraph of its own (opening a
    line after a sentence's end, ending one, ``QUESTION_LINES`` lines at most, not opening
    with who asks it: ``wording.speaker``) that text follows."""
    lines = page.lines
    opening = 0  # (where the sentence ending at each line opened)
    for number, i in enumerate(body[:-1]):
        if number and lines[body[number - 1]].ends_sentence:
            opening = number
        if number - opening >= QUESTION_LINES or not lines[i].ends_sentence:
            continue
        text = "".join(lines[j].text for j in body[opening : number + 1]).replace(" ", "")
        if _one_question(text) and speaker(text) is None:
            return True
    return False


def takes_up(heading: str, text: str) -> bool:
    """Whether ``text`` takes up words of ``heading``: a phrase of three ideographs
    (``_phrases``); two ideographs the dictionary reads as a word each, side by side in the
    headline, that it does not know as one word (复产 of 清淤复产: the article's own
    coinage); or a word of two ideographs the dictionary counts rare (``words.is_rare_word``:
    邮票 of 说说邮票) standing as a word in the text. (Not a common word of three: 家门口.)
    Of the paragraph openings on the looked-at pages of generators 3-8, the 150
    characters after one inside a titled article take up its headline so after 51-62 %,
    the next article's first 150 after 0.6-1.2 % (by phrases of three alone: 37-53 %,
    0.2-0.7 %)."""
    if _phrases(heading) & _phrases(text):
        return True
    text = text.replace(" ", "")
    words = words_of(heading)
    for first, second in itertools.pairwise(words):
        pair = first + second
        if (
            len(pair) == 2 and pair in text and not is_word(pair)
            and first not in _GRAMMAR_CHARACTERS and second not in _GRAMMAR_CHARACTERS
        ):
            return True
    return any(len(word) == 2 and word in text and is_rare_word(word) and stands_as_word(text, word) for word in words)


def keeps_subject(text: str, other: str) -> bool:
    """Whether ``other`` keeps the subject of ``text``: ``KEPT_NAMES`` or more names of
    their own both hold, phrases of three ideographs (``_phrases``: 大余县, 审批窗) or rare
    words of the dictionary (``words.is_rare_word``: 脐橙) standing as words in both. (One
    may be chance: two items of one page may name one place.)"""
    shared = len(_phrases(text) & _phrases(other))
    if shared >= KEPT_NAMES:
        return True
    text, other = text.replace(" ", ""), other.replace(" ", "")
    pairs = {pair for pair in bigrams(other) if is_rare_word(pair)}
    shared += sum(1 for pair in pairs if pair in text and stands_as_word(text, pair) and stands_as_word(other, pair))
    return shared >= KEPT_NAMES


def reads_on(text: str, other: str) -> bool:
    """Whether ``other`` reads on from ``text`` as one article's text: of the words each
    holds that news text seldom uses (``words.is_uncommon_word``, as the dictionary
    segments each text: 管网, 民宿; not 今年, 表示, 发展), the two share one at least, and
    ``TIED_SHARE`` or more of the geometric mean of the two counts. Looser than
    ``keeps_subject``, which asks for two names of their own: a paragraph of fifty
    characters may name its subject once; and the longer the texts, the more words two
    texts about two subjects share by chance. Of the articles on the looked-at pages of
    generators 3-8 (300 a row), the text before a paragraph and the text from it on read
    on so at 79 % of their paragraphs; two articles side by side at 5 %."""
    words = {word for word in words_of(text) if len(word) > 1 and is_uncommon_word(word)}
    others = {word for word in words_of(other) if len(word) > 1 and is_uncommon_word(word)}
    shared = len(words & others)
    return shared > 0 and shared >= TIED_SHARE * math.sqrt(len(words) * len(others))


def _phrases(text: str) -> set[str]:
    """The runs of three ideographs of ``text`` (spaces ignored) that name a thing of the
    article's own: none holding a word of grammar (的, 了, 是: 著名的, 的政治), nor a common
    word the dictionary lists (家门口, 年轻人, 运动员, 产业园: any two news items may say
    it) but for a proper name (鄱阳湖, 世界大战); a compound of the article's own
    (足球夜, 东乡区, 加装电…) or a part of a longer word (国际象, 宅基地审…) counts."""
    return {
        phrase for phrase in _IDEOGRAPH_TRIPLE.findall(text.replace(" ", ""))
        if not _GRAMMAR_CHARACTERS & set(phrase) and (not is_word(phrase) or tag(phrase) in _PROPER_NAME_TAGS)
    }


def _search(page: PageLines, zones: list[int], moves: list) -> Decoding:
    """The cheapest reading of a page's ``moves`` under the conventions (see ``decode``)."""
    # Crediting first (under mixed placement), then placement under the credit found: four
    # searches rather than six; the two conventions hardly interact.
    done: dict[tuple[str, str], float] = {}
    best: list = []  # the cheapest search's (total, name, costs, table); other tables are dropped

    def search(place: str, credit: str) -> float:
        if (place, credit) not in done:
            (place_costs, place_prior), (credit_costs, credit_prior) = PLACEMENT[place], CREDIT[credit]
            costs = (place_costs, credit_costs)
            cost, table = viterbi(page, moves, costs)
            total = cost + place_prior + credit_prior
            done[place, credit] = total
            if not best or total < best[0]:
                best[:] = [total, f"{place}, {credit}", costs, table]
        return done[place, credit]

    credit = min(CREDIT, key=lambda name: search(MIXED, name))
    for place in PLACEMENT:
        search(place, credit)
    results = sorted(done.values())
    total, name, costs, table = best
    margin = results[1] - total
    return Decoding(trace(page, zones, moves, costs, table), name, margin, total)


def _zones(page: PageLines, back: list[float | None], photo_ahead: list[int | None] | None = None) -> list[int]:
    """Where something new may start: the page's start, after a sentence end or a byline,
    at a layout break after a line left far short of its column (or, where no column is
    read, after the verse or list a colon leads into, which ends there:
    ``PageLines.inside``), at a photo's first
    caption (图为…, ▲…, 图①…) near its credit, after whatever text; and at what opens an
    item (a byline under a headline, a dateline) whatever ends the line before it, or, under
    heading lines, at each of them, where its headline may start: a paragraph may end
    without a full stop, at a line left short (人口 2.4 万人（2007 年）), or far short of
    the running text over it, whatever follows (``_ends_short``); so may the heading
    lines over an indented line on a page that keeps its indents, and a short title over a
    subtitle. Never under a line that leaves a bracket or brace open: the text goes on
    inside it."""
    lines, ends, breaks, leads = page.lines, page.ends, page.breaks, page.leads
    zones = [0]
    inside = page.inside
    opening = opening_lines(page)
    fixed = page.starts | page.cuts | page.continued
    passed = inside.union(ends)  # (one look-up a line)
    for i, (previous, line) in enumerate(zip(lines, lines[1:], strict=False), 1):
        if i in passed:
            continue  # (a notice's issuer over its date, verse under 诗中写道：: its item's text)
        if i in fixed:
            # (Not the heading lines over a continuation, as over a dateline: its headline,
            # repeated over the jump line, stands after a sentence's end, a zone anyway.)
            zones.append(i)
            continue
        if _BRACE_OPENING.search(previous.text) is not None and _inside_bracket(previous.text):
            continue  # the text goes on inside the bracket (电（记者 何翔燕 / 雷 兰）清晨…)
        if previous.subhead:
            continue  # a 小标题 heads the article's text after it
        # (The short lines a colon leads into show no column: where no other line shows
        # one before them, they end at a break.)
        short = i in breaks and (
            previous.width < width - 3.5 if (width := back[i - 1]) is not None
            else i - 1 in inside and previous.text[-1] not in "：:"
        )
        caption = photo_ahead is not None and photo_ahead[i] is not None and _CAPTION_OPENS.match(line.text)
        if (
            i > 2 and previous.width < lines[i - 2].width - SURE_SHORT  # (the cheap first test of _ends_short)
            and _ends_short(page, i - 1) and not breaks_phrase(previous.text, line.text)
        ):
            zones.append(i)  # (whatever the rules below say of the line: a subtitle's, say)
        if (
            previous.ends_sentence or i - 1 in ends or short and not previous.justified or caption or i in page.openings
            or previous.text[-1] in "：:" and _ends_paragraph_at_colon(page, i - 1, back[i - 1])
        ):
            zones.append(i)
        elif i in leads or i in opening:
            # (Under heading lines, the item starts at one of them.)
            heads = _heads_over(page, i)
            zones.extend(j for j in heads or [i] if left_short(page, j - 1))
        elif line.text.startswith(SUBTITLE_DASHES) and i - 1 not in leads and i - 2 not in zones:
            # A subtitle (——…) stands under its title: a line left short over it may head an
            # item under text that ended without a full stop (…（欧盟 3 型） / 只在平日早上提供服务
            # / ——第二程车费减收). (Not where the line over the title may start one already:
            # a kicker over it.)
            zones.extend(j for j in _heads_over(page, i)[:1] if left_short(page, j))
        elif page.indents and line.indent >= PARAGRAPH_INDENT and i - 1 not in leads:
            # On a page that keeps its indents an indented line opens a paragraph, so the
            # heading lines over it may be a headline under a paragraph that ended without
            # a full stop (…人口 2.4 / 万人（2007 年） / 张永海开始效力于辽宁队 / ␣␣张永海，…).
            # (Not inside a phrase a wrapped headline breaks; under a byline its own zones
            # weigh the lines over it.)
            zones.extend(
                j
                for j in _heads_over(page, i)
                if _left_short_in_paragraph(lines, j - 1) and not breaks_phrase(lines[j - 1].text, lines[j].text)
            )
    return sorted(set(zones)) if len(zones) > 1 else zones


def _widest_over(page: PageLines, i: int) -> float:
    """The widest of the ``COLON_REACH`` lines over line ``i`` (``i`` > 0): the column
    where none is known."""
    return max(line.width for line in page.lines[max(0, i - COLON_REACH) : i])


def _ends_paragraph_at_colon(page: PageLines, i: int, width: float | None) -> bool:
    """Whether line ``i``, ending in a colon, may end its paragraph (他说： before a
    quotation, a list cut from the page): it goes on from a line of running text as wide
    as the column ``width`` over it and is left short of it, and not because what opens
    the next line would not fit. (A colon line under a heading line or a sentence end
    may be a title's first line, wrapped at its mark.)"""
    above = i - 1
    if above < 0 or above in page.ends or above in page.leads:
        return False
    over = page.lines[above]
    if width is None:  # (the column is not known here: the widest of the lines over it)
        width = _widest_over(page, i)
    # (A paragraph's first line may be an indent short of the column.)
    full = over.justified or over.width >= width - FULL - INDENT
    return full and not over.ends_sentence and left_short(page, i) and not _pushed_down(page, i, width)


def _pushed_down(page: PageLines, i: int, width: float) -> bool:
    """Whether line ``i`` may be short only because what opens the next line (a Latin
    word, a number) would not fit in what it leaves of its column ``width``."""
    return pushed(page, i) > width - page.lines[i].width - 0.5


def _ends_short(page: PageLines, i: int) -> bool:
    """Whether line ``i`` may end its paragraph without a full stop, with no layout break
    after it to show it: it falls ``SURE_SHORT`` em short of the two lines of running
    text over it, which are as wide as each other (a column's full lines; a list's last
    item, …备中高松城之战, then a headline or the next paragraph). Not under a byline or a
    lead, nor a heading's short line under its long one (their widths differ)."""
    if i < 2:
        return False
    lines, ends, leads = page.lines, page.ends, page.leads
    line, over, above = lines[i], lines[i - 1], lines[i - 2]
    return (
        line.width < over.width - SURE_SHORT  # (the rarest first: this runs for every line)
        and abs(over.width - above.width) <= FULL
        and not (line.justified or over.ends_sentence or above.ends_sentence)
        and i not in leads and i - 1 not in leads and i - 2 not in leads
        and i - 1 not in ends and i - 2 not in ends
    )


def _left_short_in_paragraph(lines: list[PageLine], i: int) -> bool:
    """On a page that keeps its indents, whether line ``i`` may end a paragraph: it ends a
    sentence, or it is left short of the line over it in a paragraph that opened with
    an indent. (A flush line under a sentence end opens no paragraph there: it is a
    heading's, however short its wrapped line is: 九江长江大保护交 / 出亮眼成绩单.)"""
    line = lines[i]
    if line.ends_sentence:
        return True
    if i == 0 or line.justified or lines[i - 1].ends_sentence or line.width >= lines[i - 1].width - FULL:
        return False
    k = i - 1
    while lines[k].indent < PARAGRAPH_INDENT:
        if k == 0 or lines[k - 1].ends_sentence:
            return False
        k -= 1
    return True


def left_short(page: PageLines, i: int) -> bool:
    """Whether line ``i`` may end a paragraph without a full stop: left short of the line
    over it in its paragraph (a sprayed line is full: text going on, or a letter-spaced
    headline)."""
    line = page.lines[i]
    if line.justified:
        return False
    if i == 0 or page.lines[i - 1].ends_sentence or i - 1 in page.ends or i - 1 in page.leads:
        return True  # a paragraph of one line
    above = page.lines[i - 1]
    return above.justified or line.width < above.width - FULL


def _heads_over(page: PageLines, i: int) -> list[int]:
    """The lines over line ``i`` that may be its item's headline (up to ``MAX_HEADS``
    lines that end as a heading may, none ending an item)."""
    out = []
    for j in range(i - 1, max(0, i - 1 - MAX_HEADS), -1):
        if j in page.ends or not _may_head(page, j):
            break
        out.append(j)
    return out


def _run(page: PageLines, k: int) -> tuple[int, int]:
    """How many lines from ``k`` end as a heading may (no closing mark; up to ``MAX_RUN``,
    and the bylines under a headline past them, which are no heading lines), and of them how
    many could be headings: none holds two clause marks or a full stop inside it
    (running text does; a headline hardly ever; ？ and ！ may join two clauses of one),
    unless it closes with a headline's ？ or ！ (``headline_mark``): a question joins its
    clauses with them (…指的是毛泽东、朱 / 德、任弼时、周恩来，还有谁？)."""
    lines, ends, leads = page.lines, page.ends, page.leads
    opening = opening_lines(page)
    r = 0
    headings = -1
    while k + r < len(lines) and (r < MAX_RUN or k + r in leads) and k + r not in ends:
        if not _may_head(page, k + r) or k + r + 1 in page.cuts:
            # (The line over a jump line sending the text on to another page is that
            # text's, going on there: no heading.)
            break
        line = lines[k + r]
        if k + r not in leads and k + r in opening and k + r not in page.boxes and not _bracket_alone(lines, k + r):
            # A dateline opens a body (中新网1月11日电据, cut at the column), never a
            # headline. (A title in 【】 alone on its line, or wrapped over two, may open a
            # short item's text, the column cut right after it, or head the lines under it
            # as their kicker, 【果园里的直播间】 / 赣南脐橙开启“云上”销售季: the costs weigh
            # both. It stays in the run wherever it stands, as a box's label, 【延伸阅读】,
            # does: the run may split there, a late headline over it going to the item
            # before, 一条古道串起三个村 / 【专访】 / 聊聊马祖列岛.)
            break
        if headings < 0 and k + r not in leads and not line.headline_mark and (
            len(CLAUSE_MARKS.findall(line.text, 0, len(line.text) - 1)) >= 2 or "。" in line.text[:-1]
        ):
            headings = r
        r += 1
    return r, r if headings < 0 else headings


def _may_head(page: PageLines, i: int) -> bool:
    """Whether line ``i`` ends as a heading may: shaped as one, carrying a headline's mark,
    a byline under a headline, a box's label (letter-spaced too: 延 伸 阅 读), or a title's
    first line wrapped at its mark."""
    line = page.lines[i]
    return (
        line.heading_like or line.headline_mark or i in page.leads or i in page.boxes or _cut_title(line)
        or _cut_title_tail(page, i)
    ) and i not in page.inside and i not in page.turns and (line.headline_mark or not RUNNING_OPENER.match(line.text))


def _cut_title_tail(page: PageLines, i: int) -> bool:
    """Whether line ``i`` is the tail of a title's first line cut inside its last word and
    wrapped at its mark (高温下的坚 / 守： / 他们守护城市的“生命线”): one ideograph and the
    mark, under a heading line whose word it ends."""
    text = page.lines[i].text
    return (
        len(text) == 2 and text[1] in _CLAUSE_MARKS and i > 0 and page.lines[i - 1].heading_like
        and cuts_word(page.lines[i - 1].text, text)
    )


def _cut_title(line: PageLine) -> bool:
    """Whether ``line`` may be the first line of a title wrapped at its mark (新能源汽车下乡，)."""
    return not line.justified and line.text[-1] in _CLAUSE_MARKS and len(line.text) > 2


def _turns_topic(page: PageLines, k: int, columns: Columns) -> bool:
    """Whether zone ``k``, which ``_plain`` would let go on with the body, is weighed all
    the same: on a page whose paragraph openings lost their indents, a title is as wide as
    an opening and the flush first line of its body as wide as a full line, so the shape
    tells nothing (美茵河畔法兰克福 / 法兰克福，正式全名为美茵 / 河畔… under the last paragraph
    of 一条古道串起三个村); here the line ends
    no sentence or clause, as a title does, and the text from it shares no pair of
    characters with the text before (``wording.shares_nothing``: where one article ends
    and another begins) and runs on ``TURN_LINES`` lines at least, with no byline, credit or
    short heading-like line after a sentence end among them (not an article's last
    paragraph, 教育专家提醒，…, over its byline or the next headline: a few lines that may
    share nothing with the paragraphs over them)."""
    lines = page.lines
    if not (page.lost_indents and lines[k].heading_like):
        return False
    width = columns.back[k]
    if width is None or k + TURN_LINES >= len(lines):
        return False
    for j in range(k + 1, k + TURN_LINES + 1):
        if j in page.ends or lines[j - 1].ends_sentence and lines[j].heading_like and lines[j].width < width - SURE_SHORT:
            return False
    return shares_nothing(page, k, columns.text)


def _plain(page: PageLines, k: int, back: list[float | None]) -> bool:
    """Whether zone ``k`` inside a body can only go on with the body: its line opens a
    paragraph of the column before it (or goes on in it) and the next line goes on (not
    indented, on a page that keeps its indents: an indented line opens a paragraph, which
    a line ending no sentence over it may head; and, on a page that keeps no indents, the
    line after that shows no wider column: the two may be a headline over the body set
    there)."""
    lines = page.lines
    width = back[k]
    if (
        width is None or k in page.breaks or k + 1 in page.breaks or k in page.leads or k - 1 in page.ends
        or k in page.starts or k in page.cuts or k in page.continued or k in page.twice
    ):
        # (Between a lead byline and an end byline an unheaded item may start; under a
        # jump line, 上接第2版, an article's continuation does, whatever its lines' widths.)
        return False
    opening, under = opening_lines(page), range(k + 1, k + MAX_HEADS + 1)
    if not (page.leads.isdisjoint(under) and opening.isdisjoint(under)):
        return False  # a byline or a dateline under it opens an item: this line may be its headline
    line = lines[k]
    if page.indents and not line.indent:
        return False
    gap = line.width - (width - INDENT)
    if line.justified or not (-1.75 <= gap <= 1.0 or line.ends_sentence and line.width <= width - 1):
        return False
    if not page.indents and not page.lost_indents and line.heading_like:
        # An indent's shape is an opening's only where the page shows its indents (kept,
        # or lost by most of its openings): on a page that opens paragraphs full, or shows
        # too few to tell, a line an indent short ending in no mark may be a headline
        # (一碗米粉里的乡村振兴 after its article, over a column of 12) for the costs to weigh.
        return False
    if k in opening or k in page.titles or line.headline_mark or k + 1 < len(lines) and (
        lines[k + 1].headline_mark or lines[k + 1].text.startswith(SUBTITLE_DASHES)
    ) or _lead_opens_at(page, k):
        # An item may start here (one under it, above; or this line opens as a news
        # item's lead does after a finished sentence, 记者从…获悉, ``LEAD_OPENS``), or this
        # line may be a kicker over a one-sentence ？/！ title (这个夏天，“村超”火了！)
        # or a title over its subtitle (并以热带气旋形状为蓝本 / ——现任天文台台长为岑智明),
        # or a title behind a mark (● 赣江新区首列中欧班列满载出发 in a run of short items
        # under their section's label: ``PageLines.titles``).
        return False
    if line.ends_sentence or k + 1 in page.ends:
        return True
    if k + 1 >= len(lines):
        return False  # a last line that ends no sentence may be a headline
    if not page.indents and any(
        not below.justified and below.width > width + WIDTH_CHANGE
        for below in lines[k + 2 : k + 3 if k + 2 >= len(lines) or lines[k + 2].ends_sentence else k + 4]
    ):
        # The column changes under the next line (or under the line after it, which may be
        # the body's opening an indent short: 暑期以来，安福县博物馆 / 每天接待观众上千人次，比去
        # under 暑期研学游升温 / 县城里的“博物馆热”): the two may head the body there.
        return False
    following = lines[k + 1]
    if page.indents and following.indent:
        return False  # the next line opens a paragraph: this one, ending no sentence, may head it
    # (A sprayed line is no wider than its column: one wider than this is another's.)
    return (
        following.justified and following.width <= width + 1
        or abs(following.width - width) <= 1.25
        or following.ends_sentence and following.width <= width + 1
    )


def _photo_ahead(page: PageLines) -> list[int | None]:
    """For each line, the photo's credit that is the next byline or credit after it
    within ``CAPTION_LINES`` lines (captions are short: further back is an article) of it
    or of a caption of a numbered group (图②…: each caption of a group is short; not one
    over the group's first caption, 图①, 图为, 上图: a line numbered there, ①…②…, opens an
    article's paragraph), or None. Not past a box's label (▲记者手记 heads its box: no
    caption, though ▲ opens one), nor a byline heading an article (■本报记者 董娜
    文/图) or a line opening an item (a dateline, 本报讯 记者从赣州市…): the lines over it
    are that item's headline, no photo's captions (▲数字赣州加速建设 / 赣州5G基站突破1万个 /
    本报讯…, with a photo's caption and credit a few lines under)."""
    out: list[int | None] = [None] * len(page.lines)
    openings = opening_lines(page)
    for credit, kind in page.ends.items():
        if kind == "photo":
            i = reach = credit
            first = False  # (the group's first caption passed)
            while (
                i > 0 and reach - i < CAPTION_LINES and (i == credit or i - 1 not in page.ends)
                and i - 1 not in page.leads and i - 1 not in openings and i - 1 not in page.boxes
            ):
                i -= 1
                out[i] = credit
                text = page.lines[i].text
                if first:
                    continue
                if _NEXT_CAPTION.match(text) and text.lstrip()[:1] != "▲":
                    reach = i
                elif _FIRST_CAPTION.match(text):
                    first = True
    return out


def caption_mark(text: str) -> bool:
    """Whether ``text`` opens with a caption's mark (▲, 图为, 图①, 图②, ②…)."""
    return _CAPTION_OPENS.match(text) is not None or _NEXT_CAPTION.match(text) is not None


def _caption_ends(page: PageLines, opening: int, credit: int) -> int:
    """The sentence ends inside the captions from line ``opening`` to the photo's
    ``credit`` (in a group that opens with a caption's mark, ▲ or 图①, not those before
    another caption of it, ▲…, 图②…)."""
    lines = page.lines
    group = caption_mark(lines[opening].text)
    return sum(
        lines[i - 1].ends_sentence and not (group and _NEXT_CAPTION.match(lines[i].text))
        for i in range(opening + 1, credit)
    )


def _resumes(page: PageLines, i: int) -> bool:
    """Whether line ``i``, right under a photo's credit, may go on with a sentence its
    captions cut off (…农药使用量同比减少 / 4月12日，南昌市青山湖区… / 本报记者 罗丽伟 摄 /
    12%，亩均增收约150元。): text that opens no paragraph (no indent), no item (a
    dateline, an editor's note) and no caption, is no byline or jump line, and, where it
    could head an item, holds a clause mark; nor may it be the headline of an item a
    byline or dateline under it opens, no sentence ending between (高温下的坚守： /
    他们守护城市的“生命线” / □ 叶峰琼)."""
    lines = page.lines
    if not 0 < i < len(lines) or page.ends.get(i - 1) != "photo":
        return False
    if i in page.ends or i in page.leads or i in page.starts or i in page.cuts or i in page.continued:
        return False
    line = lines[i]
    if line.heading_like and CLAUSE_MARKS.search(line.text) is None:
        return False  # (a headline's line, more likely: running text holds a clause mark)
    openings = opening_lines(page)
    for j in range(i, min(i + MAX_HEADS, len(lines) - 1)):
        if lines[j].ends_sentence:
            break
        if j + 1 in page.leads or j + 1 in openings:
            return False  # a byline or a dateline under it opens an item: this line may be its headline
    return line.indent < PARAGRAPH_INDENT and not opens_item(line.text) and not caption_mark(line.text)


def _asides(
    page: PageLines, photo_ahead: list[int | None], zones: list[int], back: list[float | None]
) -> dict[int, list[_Option]]:
    """The lines, no zone of ``zones``, where a photo's captions may start inside the
    open item's sentence (``_interrupts``), with the option of setting it aside there
    (``_set_aside``)."""
    out: dict[int, list[_Option]] = {}
    taken = set(zones)
    for credit, kind in page.ends.items():
        if kind != "photo" or not _resumes(page, credit + 1):
            continue
        for k in range(credit - 1, 0, -1):
            if photo_ahead[k] != credit:
                break
            if k not in taken and _interrupts(page, k, credit):
                options = _set_aside(page, k, credit, back)
                if options:
                    out[k] = options
    return out


def _off_column(page: PageLines, k: int) -> bool:
    """Whether line ``k`` is set wider than the column over it (``_widest_over``): no line
    of that column's text."""
    return k > 0 and page.lines[k].width > _widest_over(page, k) + FULL


def _set_aside(page: PageLines, k: int, credit: int, back: list[float | None]) -> list[_Option]:
    """The open item set aside at line ``k`` for a photo's captions that run to its
    ``credit`` inside its sentence (``_interrupts``), to go on under the credit
    (``viterbi.SUSPENDS``), with what that costs (as captions starting there do, more
    where their first line falls short of their frame or a line over it is set wider than
    the text's column, less where the text's line over them and the one under the credit
    break a phrase between them); none where the captions would take in lines over their
    frame (``_out_of_frame``)."""
    if _out_of_frame(page, k, credit, back):
        return []
    lines = page.lines
    marked = CUT_AT_CAPTION if _CAPTION_OPENS.match(lines[k].text) and _first_caption(page, k) else 0.0
    cost = INTERRUPTED + marked + CAPTION_GOES_ON * _caption_ends(page, k, credit)
    if breaks_phrase(lines[k - 1].text, lines[credit + 1].text):
        cost -= JOINS_ON  # (the text under the credit ends the phrase the line over them leaves open)
    frame = max(line.width for line in lines[k:credit])  # (the captions' frame)
    if lines[k].width < frame - WIDTH_CHANGE:
        cost += UNFRAMED  # (a caption's first line fills the captions' frame)
    # (Each line over it set wider than the lines over that one is a caption's, not the
    # text's: the captions start further up.)
    cost += OFF_COLUMN * sum(_off_column(page, j) for j in range(max(1, k - COLON_REACH), k))
    # (Captions set in a frame other than the text's, wider or narrower than the line over
    # them, may stand under an item that started within their reach: that is no caption.)
    apart = abs(frame - lines[k - 1].width) > WIDTH_CHANGE
    return [_Option(0, 0, True, cost, k + 1, near=True, held=SUSPENDS_APART if apart else SUSPENDS)]


def _same_column(over: PageLine, under: PageLine) -> bool:
    """Whether ``under`` may go on with ``over``'s text in its column: as wide, or
    narrower where it ends a sentence (a headline's line under a photo is short; a body
    under it set in a wider column is another's)."""
    return abs(under.width - over.width) <= WIDTH_CHANGE or under.ends_sentence and under.width < over.width


def _interrupts(page: PageLines, k: int, credit: int) -> bool:
    """Whether a photo's captions from line ``k`` to its ``credit`` may stand inside the
    open item's sentence: the line over them ends none, at a line as wide as the one
    over it (the column's end: ``page._cut_off``; neither a byline), and the line under
    the credit may go on with it (``_resumes``) in the same column (``_same_column``).
    Not where the line over them and their first break a phrase between them (…送去防 /
    暑降温物品。), or the line over them ends in an opening mark (…推广使用‘ / 电子公函’…):
    the text goes on there."""
    lines = page.lines
    return (
        k > 1 and k - 1 not in page.ends and k - 2 not in page.ends and not lines[k - 1].ends_sentence
        and lines[k - 1].width >= lines[k - 2].width - FULL
        and k not in page.leads and k not in page.starts and k not in page.cuts and _resumes(page, credit + 1)
        and _same_column(lines[k - 1], lines[credit + 1])
        and lines[k - 1].text[-1] not in _OPENERS and not breaks_phrase(lines[k - 1].text, lines[k].text)
    )


BULLET_REACH = 12  # lines over a bulleted line where the item before may open with the same bullet


def _out_of_frame(page: PageLines, opening: int, credit: int, back: list[float | None]) -> bool:
    """Whether captions from line ``opening`` to the photo's ``credit`` would take in lines
    over the frame its captions are set in, which are marked and set alike:

    - a frame set apart by its spacing (``_set_apart``) opens further down, under lines
      none of them sprayed, one going on (a full line of the text over the photo:
      截至11月底，全市累计建成5G基站10236 over 7 月 20 日 ，工 人 们 冒);
    - a group's first caption (图①, 上图：: ``_GROUP_OPENS``) opens further down, after a
      sentence's end (▲铜鼓县纪委监委相关负责人表示。 over 图 ① 随 着 一 声 汽 笛);
    - the line opens with the bullet that opens the item before it (a run of short
      items, ●…), and no line after it does (●随着一声汽笛长鸣，… over 8月2日，修水县干部群众…
      (黎华雪 摄): the run's last item, over its photo's caption)."""
    lines = page.lines
    for j in range(opening + 1, credit - 1):
        if lines[j].justified and not lines[j - 1].justified and _set_apart(page, j, credit, back[j]):
            over = lines[opening:j]
            if not any(line.justified for line in over) and any(not line.ends_sentence for line in over):
                return True
            break
    if any(lines[j - 1].ends_sentence and _GROUP_OPENS.match(lines[j].text) for j in range(opening + 1, credit)):
        return True
    bullet = lines[opening].text[0]
    if bullet not in LEAD_MARKS or any(lines[j].text[0] == bullet for j in range(opening + 1, credit)):
        return False
    for j in range(opening - 1, max(-1, opening - 1 - BULLET_REACH), -1):
        if j in page.ends:
            return False
        if lines[j].text[0] == bullet:
            return True
    return False


def _options(
    page: PageLines, k: int, columns: Columns, credit_ahead: int | None = None, following: int | None = None
) -> list[_Option]:
    """The choices at zone ``k``, with their costs that do not depend on conventions;
    ``credit_ahead``: the photo's credit that is the next byline or credit after it, if
    any, so an item starting here may be its captions, which are short: a cut here
    pays for each sentence end its captions would go on across; ``following``: the next
    zone (the page's end if none), where the text going on from here is read again.
    (Not for a zone where the body can only go on, ``_plain``: ``decode`` leaves it out.)"""
    lines, ends, leads = page.lines, page.ends, page.leads
    item_openings = opening_lines(page)
    captions = credit_ahead is not None
    back = columns.back
    n = len(lines)
    forced = k == 0 or k - 1 in ends or k in page.starts or k in page.cuts
    # A paragraph ending in a colon (诗中写道：, 他说：) leads into what follows: a
    # quotation, verse or a list of its own item, not another item's start.
    colon = COLON_CUT if k and not forced and lines[k - 1].text[-1] in "：:" else 0.0
    photo_before = ends.get(k - 1) == "photo"
    run, r = _run(page, k)
    if captions:  # a caption (图①…, ▲…, 图②…) near its photo's credit heads nothing
        r = next((i for i in range(r) if caption_mark(lines[k + i].text)), r)
    last_lead = max((i for i in range(k, k + r) if i in leads), default=-1)
    # The lines every option reads: the run and the line after it, unless a paragraph or
    # the item ends first.
    stop = k + run
    if stop + 1 < n and stop not in ends and stop + 1 not in ends and not lines[stop].ends_sentence:
        stop += 1
    stop = min(stop + 1, n)
    while stop > k + 1 and stop - 1 in ends:
        stop -= 1
    # (Nor past a jump line sending the text on: the next item starts under it.)
    stop = min((c for c in page.cuts if k < c < stop), default=stop) if page.cuts else stop
    previous_width = back[k]
    # Captions set apart from the text over them (by their spacing, flush under its
    # indented paragraphs, or in a frame wider than its column), if they start here:
    # weighed once a zone.
    apart = "" if not captions else (
        "spacing" if _set_apart(page, k, credit_ahead, previous_width)
        else "flush" if _flush_apart(page, k, credit_ahead)
        else "wider" if _wider_apart(page, k, credit_ahead, previous_width)
        else ""
    )
    # Headings may go to the item before wherever they may be headings (not after a
    # photo's credit): a late headline's first line may be as wide as a line opening a
    # paragraph of the column before, or as a full line on a page that sets paragraphs
    # flush, so where the item may have ended is for the costs to weigh.
    late = bool(k) and not photo_before and k not in page.starts
    leans: list[int] = []
    toward: list[int] = [0]  # sums of the first lines' leans toward the item before
    out: list[_Option] = []
    going_on_at = None
    heads_cost = 0.0
    echo = [0.0]  # sums of the first heading lines' echoes of the text after them
    titled = False
    # Where an item starts whatever the costs (page.starts: under a section label, at a
    # box's label but one right under an end byline), no item before reaches past and
    # none after starts over: a run of heading lines across it splits there (a headline
    # printed after its article, right over the label, is no kicker of the item under it).
    fence = next((i for i in range(k + 1, k + r + 1) if i in page.starts), None) if page.starts else None
    for h in range(r + 1):
        if h:
            below, _, bound = columns.ahead(min(k + h, n - 1))
            around = [w for w in (previous_width, None if bound else below) if w is not None]
            heads_cost += _head_cost(page, k + h - 1, around)
            if h == 1 and k and k - 1 not in ends and k - 1 not in leads and _runs_into(lines[k - 1].text, lines[k].text):
                heads_cost += HEAD_AFTER_CUT  # (…人口2.4 / 万人（2007年）: the text goes on, no heading starts there)
            if h > 1 and lines[k + h - 1].text.startswith(SUBTITLE_DASHES):
                heads_cost += HEAD_DASH  # (a stack of a title and a subtitle, each wrapped, is no dearer than a title)
            if not captions and _pushed_short(page, k + h - 1, below):
                heads_cost += HEAD_PUSHED
            if not captions and _runs_on(page, k + h - 1, below):
                # (Near a photo's credit the line after may be a caption, set in the
                # photo's column, not the text's: no sign.)
                heads_cost += HEAD_RUNS_ON
            # (Where an item must start, its first line is weighed whatever its width: a
            # title as wide as the column there is no line of the item before going on.)
            weighed = None if forced and h == 1 else below  # (the column its width is weighed against)
            echo.append(echo[-1] + (_echo(page, k + h - 1, columns.text, weighed) if k + h < n else 0.0))
            titled = titled or k + h - 1 not in leads
            if late and not leans:
                # (Lines past the r that may be headings are never weighed.)
                leans = heading_leans(page, k, run, columns.text, min(r, MAX_HEADS))
                toward = [0, *itertools.accumulate(max(0, min(LEAN_CAP, value)) for value in leans)]
                toward += [toward[-1]] * (run + 1 - len(toward))  # lines past the weighed ones add none
        opening = k + h
        if h <= last_lead - k:
            continue  # a byline under a headline is never body text
        if h and leaves_open(lines[opening - 1].text):
            # No body opens inside a bracket or quotation its last heading line leaves open
            # (董事长曹云强表示：“高 / 新区文化氛围…: running text): a heading closes its own.
            continue
        if opening >= n:  # headings with no body after them: the page's end
            out.extend(_trailing(page, k, h, photo_before, heads_cost, leans))
            continue
        if opening in ends or opening in page.boxes:
            continue  # (a box's label heads its box: no body opens with it)
        width, sure_ahead, bound = columns.ahead(opening + 1) if opening + 1 < n else (None, False, False)
        # (The column the lines under the opening are set in, before the opening's own
        # width may replace it: ``_narrows_under``.)
        under_width, under_bound = width, bound
        if width is None or not bound and lines[opening].width > width + WIDTH_CHANGE:
            # (An opening is no wider than its column: lines ahead much narrower are
            # another block's, such as a headline printed after the byline and the next item.)
            width, sure_ahead, bound = columns.ahead(opening)
        body = _body_cost(page, opening + 1, max(stop, opening + 1), width, bound)
        unit = _INF if opening + 1 in page.cuts else pushed(page, opening)  # (as ``_body_cost`` reads a line over a jump line)
        # (The page's first line may go on from a page before: not sprayed, as an opening
        # is on a page that sprays them, it says nothing. On a page that sets its
        # paragraphs flush a line going on is read so anyway: the cheaper reading counts.)
        short, plain = page.short_opening, (page.plain_opening if opening else 0.0)
        opens = _minor_opening(page, opening, _open_cost(lines[opening], width, page.indents, bound, unit, page.flush, short, plain))
        narrowed = _narrows(page, opening)
        if narrowed is not None:
            # The body's first lines may be set wider than its column ahead, which narrows
            # at a line (beside a photo): each part read in its own column, the cheaper
            # reading counts. (Otherwise the wide lines, too wide for the column, read
            # better as heading lines over the body.)
            at, wide, narrow = narrowed
            opens_wide = _minor_opening(
                page, opening, _open_cost(lines[opening], wide, page.indents, False, unit, page.flush, short, plain)
            )
            body_wide = (
                _body_cost(page, opening + 1, min(at, stop), wide) + _body_cost(page, at, max(stop, at), narrow) + COLUMN_NARROWS
            )
            if opens_wide + body_wide < opens + body:
                opens, body = opens_wide, body_wide
        if not h and under_width is not None and _narrows_under(page, opening, previous_width, under_width):
            # An opening that is the last line of the column before, running text going
            # on, its paragraph set on in a narrower column: each part read in its own.
            opens_before = _minor_opening(
                page, opening, _open_cost(lines[opening], previous_width, page.indents, False, unit, page.flush, short, plain)
            )
            body_under = _body_cost(page, opening + 1, max(stop, opening + 1), under_width, under_bound) + COLUMN_NARROWS
            if opens_before + body_under < opens + body:
                opens, body = opens_before, body_under
        widened = _widens(page, opening, previous_width, width, stop) if width is not None else None
        body_narrow = 0.0
        if widened is not None:
            # The body's first lines may be set narrower than its column ahead, which
            # widens at a line inside a paragraph (under a photo): each part read in its
            # own column, the cheaper reading counts.
            at, narrow = widened
            opens_narrow = _minor_opening(
                page, opening, _open_cost(lines[opening], narrow, page.indents, False, unit, page.flush, short, plain)
            )
            body_narrow = _body_cost(page, opening + 1, at, narrow) + _body_cost(page, at, max(stop, at), width) + COLUMN_WIDENS
            if opens_narrow + body_narrow < opens + body:
                opens, body = opens_narrow, body_narrow
        if h and opening in page.breaks and not _set_alike(lines[opening - 1], lines[opening], opening == 1, opening in page.spaced):
            # A block starts under the heading lines: a body's first line opens a
            # paragraph; a full line there goes on with the line over it (a column cut).
            # (Not where the line leads with the same space as the heading line over it:
            # a headline's wrapped line, set in as its first.)
            # (Where the block is too short to show its column, the column before tells.)
            shown = opens
            if (bound or width is None) and previous_width is not None:
                shown = max(
                    opens,
                    _open_cost(lines[opening], previous_width, page.indents, flush=page.flush, short=short, plain=plain),
                )
            # (On a page whose blocks end where a column does, a break cuts paragraphs too.)
            under = BREAK_UNDER_HEADS_CUT_BLOCKS if columns.cut_blocks else BREAK_UNDER_HEADS
            opens += under * (1.0 - min(1.0, shown / OPEN_FULL))
        if lines[opening].text.startswith(SUBTITLE_DASHES):
            opens += OPEN_DASH  # a subtitle (——南昌已建成86家城市书房) is no body's opening
        if h and k + h - 1 not in leads and (
            cuts_a_word(page, columns.text, k + h - 1) or breaks_phrase(lines[opening - 1].text, lines[opening].text)
        ):
            opens += HEAD_CUTS_WORD
            if cuts_number(lines[opening - 1].text, lines[opening].text):
                opens += HEAD_CUTS_NUMBER
        if opening in page.titles:
            body += TITLE_IN_BODY  # a title behind a mark (page.titles) heads its item
        if h and opening - 1 not in leads and lines[opening - 1].text[-1] in _CLAUSE_MARKS:
            # A heading stack goes on past a line ending in a clause mark (a title wrapped
            # at its comma or colon): none ends in one over a body. (A paragraph of a
            # line leading into a list, 他的主要作品有：诗集：, is no headline.)
            opens += HEADS_END_MARKED
        local = heads_cost + opens + body + colon
        if (
            not h and forced and not captions and lines[opening].heading_like
            and CLAUSE_MARKS.search(lines[opening].text) is None
            and _INTRODUCED.search(lines[opening].text) is None
        ):
            # Where an item must start (the page's top, under a byline ending the item
            # before, a section's label or a jump line), a first line with no clause
            # mark, ending no sentence, is more likely a headline than an untitled text's
            # first words: a line of running text mostly holds a clause mark (and few
            # pages open with text going on from a page before: under one in twenty of
            # every generator's). (Not where captions may start: a caption's first line
            # may hold none; nor at a name introduced, glossed in a bracket.)
            local += FIRST_BARE
        if captions and page.indents and not lines[opening].indent:
            # A photo's captions are set flush whatever the page does with its paragraphs:
            # a caption's first line misses no indent (going on, the line still does).
            local -= OPEN_UNMARKED
        # (A dateline cut before its 讯 or 电 is read with the next line joined on. A line
        # that opens no item, one of ``opening_lines``, is neither: most, no call.)
        whole = opening in item_openings and opens_whole(lines, opening)
        wrapped = opening in item_openings and not whole and cut_dateline(lines, opening)
        # (An article's continuation under its jump line, 上接第1版, opens an item as a dateline does.)
        # (A dateline under an editor's note, 编者按：… / 新华社南昌1月27日电…, opens the body
        # the note stands over: no new item.)
        noted = (whole or wrapped) and k == opening and _noted(page, k)
        dated = (whole or wrapped) and not noted or opening in page.continued
        credit = wrapped or is_dateline(lines[opening].text) or last_lead >= 0
        joint = "" if wrapped else "\n"
        named = last_lead >= 0 or credit and find_dateline(joint.join(line.text for line in lines[opening : opening + 2])) is not None
        # (A photo's caption group is often one line: no cost for that.)
        cut_cost = 0.0 if captions else _one_line(lines[opening], lines[opening + 1] if opening + 1 < n else None, width)
        if forced and dated:
            # Where an item must start (after a byline), the reading whose body opens
            # with the dateline gets what a cut there would, or a needless cut before
            # the dateline (its headline made an item of its own) would win.
            cut_cost += CUT_AT_DATELINE
        # A photo's captions start here (图为…, 图①…), under no heading lines of their own
        # (lines over them are the item before's late headline).
        caption_cut = (
            CUT_AT_CAPTION if captions and _CAPTION_OPENS.match(lines[opening].text) and _first_caption(page, k) else 0.0
        )
        if not h:
            cut_cost += caption_cut
            if captions and _later_caption(page, k):  # (never where caption_cut is: that is a first caption)
                cut_cost += SPLIT_GROUP
        # (A photo's captions starting here, over the frame its captions are set in, start
        # further back than captions reach.)
        # (Nor do they start under a jump line, 上接A01版: the text there is an article's,
        # going on from another page.)
        in_frame = captions and opening not in page.continued and not _out_of_frame(page, opening, credit_ahead, back)
        if captions:
            cut_cost += CAPTION_GOES_ON * _caption_ends(page, opening, credit_ahead)
        if not forced:
            if not dated and not captions and (
                ties_back(lines[opening].text) or not h and names_back(lines[opening].text) or opening in page.turns
            ):
                # (不过，也有家长担心…: the article goes on, under a 小标题 or none; heading
                # lines over it, however like a headline, are more likely that 小标题.)
                cut_cost += TIES_BACK_UNDER_HEADS if h else TIES_BACK
                if opening in page.turns and spoke_before(page, opening):
                    cut_cost += TURN_AGAIN  # (熊凯翔：… answering again: the interview goes on)
            sure = k in columns.sure_back and sure_ahead
            evidence, join_cost = _cut_evidence(
                page, k, previous_width, width if _shows_change(width, bound, previous_width) else None, dated, sure, columns.cut_blocks,
                k in columns.sure_back,
            )
            cut_cost += evidence
            if noted or not h and not dated and _under_note(page, k):
                # (An editor's note is set apart from the body it opens, often across the
                # columns the body takes: a change of column at the dateline under it, or
                # at the body's first paragraph, says nothing of where the item ends.)
                join_cost = 0.0
            if not h and not dated:
                # A body starting here without a headline: its first lines should not be
                # about the text before (as the rest of one paragraph group is).
                if not apart:
                    # (Not a caption group set apart from the text over it: a caption
                    # names what its article says.)
                    cut_cost += COHESION * _cohesion(page, k, columns)
                if not captions:
                    cut_cost += _kept_unheaded(page, k, columns)
            if not h:  # the line goes on with the body: a new paragraph or not
                # (Where the next zone starts among the lines that may head, the text
                # going on is read up to it only: that zone weighs those lines, as
                # headings or as body, on this path as on any other. Read further here, a
                # headline there would count as this body's text too.)
                ahead = body
                if following is not None and following < k + r:
                    ahead = _body_cost(page, opening + 1, max(following, opening + 1), width, bound)
                # (On a page that keeps its indents, a line without one going on past a
                # sentence ending short of the narrower column, before or ahead: the text
                # ran on past its paragraph's last line.)
                narrower = min(previous_width, width) if width is not None and previous_width is not None else None
                short_end = _short_end(lines[k - 1], narrower) if page.indents and not lines[opening].indent else 0.0
                going_on = ahead + (
                    opens if _ended(lines[k - 1], previous_width)
                    else min(opens, _cont_cost(lines[opening], width, bound, unit) + short_end)
                ) + (min(join_cost, JOIN_ACROSS_WIDTH) if k in page.minor_on else join_cost)
                if captions and not caption_mark(lines[opening].text):
                    # Near a photo's credit, lines narrower than the column before them are
                    # its captions, set in a frame of their own, more likely than the text
                    # before going on in a narrower column.
                    if (
                        previous_width is not None and width is not None and width < previous_width - WIDTH_CHANGE
                        and not _set_narrow(page, k, previous_width)
                    ):
                        going_on += NARROW_CAPTIONS
                    elif previous_width is None and _narrower_run(page, k):
                        # (A block of a line or two shows no column, but a caption group is
                        # set in one frame: a short item's text over a photo's captions is not.)
                        going_on += NARROW_RUN
                    elif apart in ("spacing", "wider"):
                        # (Set apart by their spacing, or in a frame wider than the column,
                        # as by a narrower one.)
                        going_on += NARROW_CAPTIONS
                if (
                    previous_width is not None
                    and width is not None
                    and abs(width - previous_width) >= WIDTH_CHANGE
                    and all(_fits(lines[i], previous_width, captions) for i in range(opening, max(stop, opening + 1)))
                ):
                    # Going on, the item may keep the column it had, where its lines fit it
                    # (the lines ahead may show the next item's, past heading lines): the
                    # cheaper reading counts.
                    kept = _open_cost(lines[opening], previous_width, page.indents, False, unit, page.flush, short, plain)
                    if not _ended(lines[k - 1], previous_width):
                        kept = min(kept, _cont_cost(lines[opening], previous_width, False, unit))
                    going_on = min(going_on, kept + _body_cost(page, opening + 1, max(stop, opening + 1), previous_width))
                if widened is not None and previous_width is not None and abs(widened[1] - previous_width) < WIDTH_CHANGE:
                    # Going on, the item may keep its column into the paragraph opening
                    # here, which widens at a line inside it (the text runs on across the
                    # change: a column set beside a photo goes on under it): no join
                    # across columns at the zone.
                    narrow = widened[1]
                    kept = _open_cost(lines[opening], narrow, page.indents, False, unit, page.flush, short, plain)
                    if not _ended(lines[k - 1], previous_width):
                        kept = min(kept, _cont_cost(lines[opening], narrow, False, unit))
                    going_on = min(going_on, kept + body_narrow)
                going_on += CAPTION_ZONE if captions else 0.0
                opens_as = _first_paragraph_at(page, k)
                if opens_as == INTRODUCED:
                    # (蒋家旻（），香港女艺人…: an encyclopedic text's first sentence, wherever
                    # it stands; in the looked-at generated pages' texts 848 first
                    # paragraphs open so, 27 later ones, fewer once a name the text before
                    # named is not counted.)
                    going_on += INTRODUCES
                elif opens_as == LEAD and not captions and lines[k - 1].text[-1] != "”":
                    # (记者从省林业局获悉，… after a finished sentence: a news item's lead; not
                    # after a quotation, which may be the lead, “您的快递丢失…。” / 近日，市民…,
                    # nor after an editor's note, which stands over the lead.)
                    going_on += LEAD_OPENS
                going_on_at = len(out)  # (its topic is weighed once every cut here is known)
                # (Going on under an editor's note, the dateline credits the item the note
                # opens, as it would under the headline.)
                out.append(_Option(0, 0, False, going_on, opening + 1, head_credit=noted and credit, named=noted and named))
        if not forced and _ANSWER.match(lines[opening].text):
            continue  # an interview's answer (答：…) opens no item: its question is over it
        split_at = None if fence is None or fence > opening else fence - k  # (the lines the item before takes)
        if k == 0:
            if split_at is not None:
                continue
            out.append(
                _Option(h, 0, True, local + cut_cost - echo[h], opening + 1, titled=titled, head_credit=credit, named=named, near=in_frame)
            )
            continue
        lean_sum = 0.0
        opened = None  # the cohesion of an unheaded body opening under the run
        kept = None  # what a headline over the body here costs for the subject it keeps
        for j in range(h + 1):
            if j > MAX_HEADS or (j and (not late or k + j - 1 >= last_lead >= 0 or k + j - 1 in page.boxes and k + j - 1 in page.starts)):
                # (A box's label heads the box: it goes to no item before it; but for one
                # right under an end byline, no fence, ``page._fenced_boxes``: BOX_LATE.)
                break
            if j:
                value = leans[j - 1]
                # A headline shares words with its own article: a late line leaning to
                # neither item is no sign of the item before having one.
                lean_sum += max(-LEAN_CAP, min(LEAN_CAP, value)) - (UNRELATED if value == 0 else 0.0)
            if h - j > MAX_OVER + (last_lead >= 0) or (split_at is not None and j != split_at):
                continue
            early_titled = h > j and (last_lead < 0 or any(i not in leads for i in range(k + j, k + h)))
            # Lines left to the item after that read like the item before cost as much.
            early = toward[h] - toward[j] if leans else 0
            if j and leans:
                # Split between two items, each side's lines should be about its own item:
                # a line left to the item after leaning to neither is no sign of it either.
                early += UNRELATED * leans[j:h].count(0)
            # A title wrapped at its mark goes on in the next line: no group of heading
            # lines ends at one.
            if j and lines[k + j - 1].text[-1] in _CLAUSE_MARKS:
                early += SPLIT_WRAPPED / LEAN
            elif j and h > j and breaks_phrase(lines[k + j - 1].text, lines[k + j].text):
                early += SPLIT_WRAPPED / LEAN  # ... or where the two lines break a phrase
            if h > j and lines[k + h - 1].text[-1] in _CLAUSE_MARKS:
                early += SPLIT_WRAPPED / LEAN
            stranded = 0.0
            if j and h > j and lines[k + j].text.startswith(SUBTITLE_DASHES):
                early += SPLIT_WRAPPED / LEAN  # a subtitle (——…) goes under its title, heading no stack
                stranded = -HEAD_DASH  # (and where it heads the item after, no title of its own is over it)
            # (A box's label given to the item before, as its headline printed after it,
            # pays for not heading the box: it can only be a label right under an end byline.)
            boxed = BOX_LATE if j and k in page.boxes else 0.0
            cost = (local + cut_cost + stranded + boxed + (caption_cut if h and j == h else 0.0)
                    - LEAN * (lean_sum - early) - (echo[h] - echo[j]))
            if (
                j == h
                and not (forced or dated or captions)
                and (not out or cost < min(option.cost for option in out) + COHESION * LEAN_CAP)
            ):
                # Every heading line goes to the item before, where it need not have
                # ended: the body after starts an item without a headline, whose first
                # lines should not be about the text before (as for a body starting
                # without heading lines; where the reading costs more than another here
                # by as much as that could add, not weighed: it saves time).
                if opened is None:
                    opened = COHESION * _cohesion(page, opening, columns)
                    if h:  # (with none, weighed with the cut)
                        opened += _kept_unheaded(page, opening, columns)
                cost += opened
            if h > j and not (forced or dated or captions or credit):
                # A headline opens a new subject: body text on both sides of heading lines
                # that keeps the subject of the text before them is one article's, under
                # a 小标题 (where a dateline or a byline credits the item after, a byline
                # ended the item before or captions start, the item surely starts here).
                if kept is None:
                    kept = SUBJECT_KEPT * subject_kept(page, k, opening, columns.text)
                cost += kept
            # (Every field by position, leftover, titled, head_credit, named, near after the
            # cost and the next line: the commonest option is built cheaper so.)
            out.append(_Option(h, j, True, cost, opening + 1, False, early_titled, credit, named, in_frame))
    if going_on_at is not None and not captions:
        # Text that changes its subject here pays for going on (the captions of a photo
        # group are about different photos; where every cut, under heading lines or not,
        # costs far more anyway, not weighed: it saves time).
        going = out[going_on_at]
        if k not in page.minor and min((option.cost for option in out if option.cut), default=_INF) < going.cost + TOPIC_REACH:
            going.cost += TOPIC * topic_gap(page, k, columns.text)
    if all(option.split for option in out):
        # Nothing reads well, or only readings that give lines to the item before (which
        # may have its headline already): the lines are body text of whatever item is
        # open, so the search never runs into a dead end.
        out.append(_Option(0, 0, forced, LEFTOVER, k + 1, near=captions))
    # Readings this much dearer here than the cheapest hardly win whatever the items they
    # close cost (those differ by less): dropped, to keep the search small.
    # Readings that give no lines to the item before are kept whatever they cost: some
    # of them fit any state, so the search never runs into a dead end.
    cheapest = min(option.cost for option in out)
    out = [option for option in out if not option.split or option.cost <= cheapest + PRUNE]
    # (Readings that fit only some states, weighed apart: an item set aside for a photo's
    # captions inside its sentence, and taken up again under their credit.)
    if captions and _interrupts(page, k, credit_ahead):
        out.extend(_set_aside(page, k, credit_ahead, back))
    elif k and ends.get(k - 1) == "photo" and _resumes(page, k):
        out.append(_Option(0, 0, True, 0.0, k + 1, held=RESUMES))
    return out


def _narrows(page: PageLines, opening: int) -> tuple[int, float, float] | None:
    """Where a body opening at line ``opening`` goes on in a column that narrows at a line
    (its first lines set wider, beside a photo): the first narrow line and the two widths,
    else None. The lines between the opening and the narrow ones are full and alike, the
    opening no wider than they are; the first two narrow lines are alike too, and the
    first goes on (the text does not end a paragraph where the column narrows)."""
    lines, n = page.lines, len(page.lines)
    first = opening + 1
    if first + 2 >= n or first in page.ends or first in page.leads:
        return None
    wide = lines[first].width
    if lines[opening].width > wide + 1.0 or lines[first].ends_sentence and not lines[first].justified:
        return None
    at = first + 1
    while at < n and (lines[at].justified or lines[at].width >= wide - WIDTH_CHANGE):
        if at in page.ends or at in page.leads or abs(lines[at].width - wide) > 1.0 and not lines[at].justified:
            return None
        at += 1
    if at + 1 >= n or at in page.ends or at in page.leads or at + 1 in page.ends or lines[at].ends_sentence:
        return None
    narrow = lines[at].width
    if abs(lines[at + 1].width - narrow) > 1.0 and not lines[at + 1].ends_sentence:
        return None
    return at, wide, narrow


def _narrows_under(page: PageLines, opening: int, before: float | None, under: float) -> bool:
    """Whether a paragraph opening at line ``opening`` is the last line of the column
    ``before`` and goes on in the narrower column ``under`` right under it (为提升游客体验，
    婺源推出“一码游婺源” / 智慧旅游平台，游客通过手机APP即 / …, at a column of 20 over one
    of 16): the opening is a full line of the column before, or one short by an indent,
    reads as running text (``_runs_as_text``: no headline as wide as the column) and ends
    no sentence, and the column under it is ``WIDTH_CHANGE`` or more narrower, its first
    line going on from the opening at its width or ending the sentence. (``_narrows``
    reads a column narrowing further down, its first lines wide.)"""
    lines = page.lines
    if before is None or opening + 1 >= len(lines) or opening + 1 in page.ends or opening + 1 in page.leads:
        return False
    line, following = lines[opening], lines[opening + 1]
    if line.ends_sentence or before - under < WIDTH_CHANGE or not _runs_as_text(page, line):
        return False
    if not before - INDENT - 1.0 <= line.width + line.indent <= before + 1.0:
        return False
    return following.ends_sentence or following.justified or abs(following.width - under) <= 1.0


def _widens(page: PageLines, opening: int, before: float | None, after: float | None, stop: int) -> tuple[int, float] | None:
    """Where a paragraph opening at line ``opening`` goes on from a narrow column into the
    column ``after``, ``WIDTH_CHANGE`` or more wider, at a line inside it (its first lines
    set beside a photo, the rest under it): the first wide line, within ``WIDEN_REACH``
    lines of the opening and before ``stop``, and the narrow column's width, else None.
    The text ends no sentence where the column widens and the wide line fits the wide
    column. The narrow column is that of the widest line between the opening and the wide
    one (full lines); with none, it is the column ``before`` the opening. The opening,
    which the text goes on from, is a full line of the narrow column or one short by an
    indent, and reads as running text (``_runs_as_text``: a headline set as wide as the
    column before, over a wider body, does not: 首届青年创新创业大赛落幕 / 大赛组委会表示，
    获奖项目…), or, as wide as the lines under it, is followed by one that does. With no
    column before (under a photo's credit or a byline), the lines between show the narrow
    one, and one of them must read as running text (　　华灯初上，九江市浔阳 / 区的美食街上人头
    攒动。烧 / 烤、小龙虾、茶饮店前排起了长队，街: no headline wrapped, 夜间经济点 / 亮城市烟火气,
    over a body wider than its lines)."""
    lines, ends, leads = page.lines, page.ends, page.leads
    narrow = None
    for at in range(opening + 1, min(stop, opening + WIDEN_REACH + 1, len(lines))):
        line, over = lines[at], lines[at - 1]
        if at in ends or at in leads or over.ends_sentence or over.justified:
            return None
        if at - 1 > opening:
            narrow = over.width + over.indent if narrow is None else max(narrow, over.width + over.indent)
        column = before if narrow is None else narrow
        if column is None:
            continue  # (no column before, as under a photo's credit: the lines after the opening show it)
        if line.width <= column + 1.0:
            continue
        between = lines[opening + 1 : at]
        first = lines[opening]
        if (
            not after / 2 <= column <= after - WIDTH_CHANGE  # (a column at least half as wide: no headline's wrapped lines)
            or not (line.justified or abs(line.width - after) <= 1.0)
            or any(other.width + other.indent < column - 1.0 for other in between)  # (full lines, going on)
            or not column - INDENT - 1.0 <= first.width + first.indent <= column + 1.0  # (the text goes on from it)
        ):
            return None
        running = any(_runs_as_text(page, other) for other in between)
        if before is None and not running:
            return None  # (with no column before, only running text under the opening shows the narrow one)
        if _runs_as_text(page, first) or between and running and (
            first.width + first.indent >= column - 1.0 or cuts_word(first.text, between[0].text)
        ):
            # (An opening short by its lost indent runs on where its last word does:
            # 九江坚持把修复长江生 / 态环境摆在压倒性位置，累.)
            return at, column
        return None
    return None


def _runs_as_text(page: PageLines, line: PageLine) -> bool:
    """Whether a line reads as running text, not a headline: indented on a page that keeps
    indents, holding a clause mark other than a colon inside or ending in a mark other than
    a colon (a sprayed line shows nothing, nor a headline's mark, ◆…, …！; a colon is
    a headline's mark too: AI进课堂：老师多了个“助教”)."""
    if line.justified or line.headline_mark or line.text[0] in LEAD_MARKS:
        return False
    if page.indents and line.indent:
        return True
    return not line.heading_like and line.text[-1] not in "：:" or _RUNNING_MARKS.search(line.text, 1, len(line.text) - 1) is not None


def _set_apart(page: PageLines, k: int, credit: int, width: float | None) -> bool:
    """Whether the lines from zone ``k`` to the photo's ``credit`` are set apart from the
    text over them, in the column ``width``: each of them sprayed but a sentence's last
    (a caption's short lines are spread across its frame: 7 月 20 日 ，工 人 / 们 冒 着 高 温
    在 抢 修 供 / 水 管 道 。), in a frame of another width than the column's: the full lines
    (those going on) all wider than it, or all narrower by ``WIDTH_CHANGE`` (what a line
    sprayed in the column holds is a little under it); where the line over the zone is
    not sprayed. A body line is sprayed seldom and alone, or, on a page that sprays many,
    in its column. (A sentence's last line, sprayed or not, is hardly wider than the
    frame's full lines: what a sprayed line holds is a little under its frame.)"""
    lines = page.lines
    if width is None or credit - k < 2 or lines[k - 1].justified or not lines[k].justified:
        return False
    narrower = wider = True
    sprayed = 0
    widest = last = 0.0  # (the widest full line, the widest sentence's last line)
    for i in range(k, credit):
        line = lines[i]
        sprayed += line.justified
        if line.ends_sentence:
            last = max(last, line.width)
        elif not line.justified:
            return False
        else:
            widest = max(widest, line.width)
            narrower = narrower and line.width <= width - WIDTH_CHANGE
            wider = wider and line.width > width
    return sprayed >= 2 and 0 < widest >= last - WIDTH_CHANGE and (narrower or wider)


def _wider_apart(page: PageLines, k: int, credit: int, width: float | None) -> bool:
    """Whether the lines from zone ``k`` (after a sentence's end) to the photo's
    ``credit`` are set in a frame wider than the column ``width`` over them: every full
    line (one going on) too wide for that column (4 月 12 日，南昌市青山湖区一所 / 小学的学生在
    老师指导下体验传 / 统扎染技艺。 under a column of twelve), and the lines one caption or a
    group whose every caption after the first opens with its mark (图②…). (Unmarked
    paragraphs set wider under a photo are text going on under it: an interview's last
    turns, set across two columns.)"""
    lines = page.lines
    if width is None or not lines[k - 1].ends_sentence:
        return False
    if any(lines[i].ends_sentence and not caption_mark(lines[i + 1].text) for i in range(k, credit - 1)):
        return False
    full = [lines[i] for i in range(k, credit) if not lines[i].ends_sentence]
    return bool(full) and all(not line.justified and line.width > width + 1.0 for line in full)


def _flush_apart(page: PageLines, k: int, credit: int) -> bool:
    """Whether the lines from zone ``k`` (after a sentence's end) to the photo's
    ``credit`` are set flush on a page that indents its paragraphs, under a paragraph it
    indented: a photo's captions, set flush whatever the page does with its paragraphs
    (社区食堂的工作人员为老人打饭。 / 志愿者为行动不便的老人送餐上门。 under an article's
    indented paragraphs), not the article's paragraphs, which would have kept the indent."""
    lines = page.lines
    if not page.indents or lines[k].indent or lines[k].heading_like or not lines[k - 1].ends_sentence:
        return False  # (a line that may be a heading: a headline printed after its article)
    if any(lines[i].indent for i in range(k + 1, credit)):
        return False
    j = k - 1
    while j > 0 and not lines[j - 1].ends_sentence and j - 1 not in page.ends:
        j -= 1
    return lines[j].indent >= PARAGRAPH_INDENT


def _fits(line: PageLine, width: float, captions: bool) -> bool:
    """Whether ``line`` may stand in a column ``width`` wide: no wider than it, and, where
    a photo's captions may start (``captions``), not a line sprayed across a frame
    narrower by ``WIDTH_CHANGE_ROUGH`` (a sprayed line going on fills its frame, though
    what it holds is a little under it: 社 区 食 堂 的 工 作 人 员 为 under a column of
    eighteen is a caption's)."""
    if line.width > width + 1.0:
        return False
    return not (
        captions and line.justified and not line.ends_sentence
        and line.width + line.indent <= width - WIDTH_CHANGE_ROUGH
    )


def _set_narrow(page: PageLines, k: int, width: float) -> bool:
    """Whether the sentence ending over zone ``k`` is set narrower than ``width`` (the
    column read before it) by ``WIDTH_CHANGE``: a caption of a group whose lines go on
    in the narrower frame (社区食堂的工作人员为 / 老人打饭。 / 志愿者为行动不便的老 / 人送餐上门。
    新华社发), not text of that column going on into it. Its lines are read back to the
    sentence before it, up to ``CAPTION_LINES``; its last line, short, tells nothing."""
    lines = page.lines
    widest = None
    for j in range(k - 2, max(-1, k - 1 - CAPTION_LINES), -1):
        above = lines[j]
        if j in page.ends or above.ends_sentence:
            break
        widest = max(widest or 0.0, above.width + above.indent)  # (an opening's indent is its column's too)
    return widest is not None and widest <= width - WIDTH_CHANGE


def _narrower_run(page: PageLines, k: int) -> bool:
    """Whether the line at zone ``k``, going on past its end (so a full line of its
    column), is narrower by ``WIDTH_CHANGE_ROUGH`` than a line of running text (holding a
    clause mark) going on in the sentence that ends over the zone: the two are set in
    different columns, as a short item's last sentence over a photo's captions is
    (记者日前从省司法厅获悉，南昌、上饶、吉安 3 个设区 / 市入选… / 7 月 20 日，工人们冒着高 /
    温在抢修供水管道。 / （萧颖瑶 摄）), where neither block is long enough to show its column.
    The sentence's lines are read up to a full line of the zone's width: the sentence is set
    in that column, and a line over it, however wide, is another block's (a headline printed
    after the article before, over a photo's two captions set in one frame)."""
    lines = page.lines
    line = lines[k]
    if line.ends_sentence or k + 1 >= len(lines) or k + 1 in page.ends:
        return False
    widest = 0.0
    for j in range(k - 1, max(-1, k - 1 - CAPTION_LINES), -1):
        above = lines[j]
        if j in page.ends or above.ends_sentence and j < k - 1:
            break  # (the sentence ending over the zone only: the last caption, if the group goes on)
        if not above.ends_sentence and abs(above.width - line.width) < WIDTH_CHANGE_ROUGH:
            break  # (a full line of the zone's column: the sentence is set there, lines over it are another block's)
        if not above.ends_sentence and not above.justified and CLAUSE_MARKS.search(above.text):
            widest = max(widest, above.width)
    return widest - line.width >= WIDTH_CHANGE_ROUGH


def _cohesion(page: PageLines, k: int, columns: Columns) -> int:
    """``qa.parse.wording.cohesion`` of a body opening at line ``k``, weighed once a page
    (a zone's body opening under heading lines is often a zone of its own too)."""
    found = columns.cohesions.get(k)
    if found is None:
        found = columns.cohesions[k] = cohesion(page, k, columns.text, LEAN_CAP)
    return found


def _kept_unheaded(page: PageLines, k: int, columns: Columns) -> float:
    """What an item opening at line ``k`` with no headline over it pays for text that
    keeps the subject of the text before (``subject_kept``, counting phrases): one
    article's paragraphs, going on past a column's end into a column of another width,
    or under a 小标题 given to the text before. Not below ``KEPT_FREE``: two news items of
    one province share a few phrases (南昌, 负责人表示). And for each rare word of the
    dictionary both sides name (``rare_kept``: 婺源 / 为提升游客体验，婺源推出…), which a share
    of phrases misses where the lines are few or short."""
    kept = subject_kept(page, k, k, columns.text, phrases=True)
    return KEPT_UNHEADED * max(0.0, kept - KEPT_FREE) / (1.0 - KEPT_FREE) + RARE_KEPT * rare_kept(
        page, k, columns.text, RARE_CAP
    )


def _echo(page: PageLines, i: int, text: PageText, width: float | None) -> float:
    """What line ``i`` read as a heading over the body after it (in a column ``width``)
    saves for the words it shares with that body beyond what a body line shares with the
    lines after it. Not for a line as wide as a full line of that column, nor for a line
    of clauses: running text (an article's first line) names its subject as often. Nor for
    a line that may be a 小标题 (``PageLines.minor``): one names what its paragraphs say as
    a headline does, so the echo tells neither reading from the other. (A line an em short
    of the column is no full line: a title set just narrower than the column; ``width``
    None: the line's width is not weighed.)"""
    line = page.lines[i]
    if i in page.leads or i in page.minor or CLAUSE_MARKS.search(line.text, 0, len(line.text) - 1):
        return 0.0
    if width is not None and abs(line.width - width) <= 0.5:
        return 0.0
    return ECHO * max(0, min(ECHO_CAP, echoes(page, i, text) - ECHO_FREE))


def _first_caption(page: PageLines, k: int) -> bool:
    """Whether no caption opens between the last byline or credit and line ``k`` (within
    a caption group's reach): the caption at ``k`` is its photo's first."""
    lines, ends = page.lines, page.ends
    for i in range(k - 1, max(-1, k - 1 - CAPTION_LINES), -1):
        if i in ends:
            return True
        if _CAPTION_OPENS.match(lines[i].text):
            return False
    return True


def _later_caption(page: PageLines, k: int) -> bool:
    """Whether line ``k`` opens a caption numbered or placed after another of its group
    (图② under 图①, 下图 under 上图; not ▲, which opens any caption) with a caption of
    the group over it (``_first_caption``): the group goes on there, no item starts."""
    text = page.lines[k].text
    return _NEXT_CAPTION.match(text) is not None and text.lstrip()[:1] != "▲" and not _first_caption(page, k)


def _set_alike(line: PageLine, following: PageLine, first: bool, spaced: bool) -> bool:
    """Whether ``following`` leads with the same space as ``line`` over it and is one
    block's line with it (a heading wrapped, each line set in from the column's edge), so
    the leading space is no layout break between them: set at the page's usual spacing
    under it (not ``spaced``), and ``line`` set apart from what stands over it by as much
    or more (the first line of a block follows the gap that ends the block before; a line
    set closer over it than it is to ``following`` is another block's: a headline tight
    under the one printed after the article before, over its body). (``first``: ``line``
    is the page's first, with nothing over it to be spaced from.)"""
    return (
        bool(following.indent) and following.indent == line.indent and not spaced
        and (first or line.blank_before >= following.blank_before)
    )


NOTE_REACH = 8  # lines over a dateline that an editor's note over the same body may open within
MAX_NOTE = 24  # lines an editor's note's paragraph is read back over, at most


def _note_over(page: PageLines, k: int, reach: int) -> int | None:
    """The line an editor's note (编者按：…) opens within ``reach`` lines over line ``k``,
    with no byline ending an item between, or None."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if j in page.ends:
            return None
        if opens_note(page.lines[j].text):
            return j
    return None


def _noted(page: PageLines, k: int) -> bool:
    """Whether an editor's note (编者按：…) opens within ``NOTE_REACH`` lines over line
    ``k``, with no byline ending an item between."""
    return _note_over(page, k, NOTE_REACH) is not None


NOTE_LINES = 40  # lines an editor's note's paragraph may run to


def _under_note(page: PageLines, k: int) -> bool:
    """Whether line ``k`` opens the first paragraph under an editor's note: line ``k - 1``
    ends the note's paragraph (编者按：… opens within ``NOTE_LINES`` over it, with no byline
    ending an item and no line ending a paragraph between: short of the paragraph's
    width, surely or at a sentence's end)."""
    if not page.lines[k - 1].ends_sentence:
        return False
    j = _note_over(page, k, NOTE_LINES)
    if j is None:
        return False
    width = max(line.indent + line.width for line in page.lines[j:k])
    return not any(
        line.indent + line.width < width - (FULL if line.ends_sentence else SURE_SHORT) for line in page.lines[j : k - 1]
    )


LEAD, INTRODUCED = "lead", "introduced"  # what a line may open as (``_first_paragraph_at``)


def _lead_opens_at(page: PageLines, k: int) -> bool:
    """Whether line ``k`` opens as an item's first paragraph does (``_first_paragraph_at``)."""
    return _first_paragraph_at(page, k) is not None


def _first_paragraph_at(page: PageLines, k: int) -> str | None:
    """What line ``k`` opens as, if as an item's first paragraph: ``LEAD`` where a news
    item's lead opens so (``wording.opens_lead``, ``wording.quoted_lead``) after a
    finished sentence, ``INTRODUCED`` where an encyclopedic text's first sentence does
    (``_introduced_at``: after any line, 地址：… / 电话：03-9782345 / 林郁智（），艺名纳豆…);
    None under an editor's note (which stands over its article's lead)."""
    if k == 0:
        return None
    lines = page.lines
    if _introduced_at(page, k):
        found = INTRODUCED
    elif lines[k - 1].ends_sentence and (opens_lead(lines[k].text) or _quoted_lead_at(page, k)):
        found = LEAD
    else:
        return None
    return None if _noted_above(page, k) else found


def _quoted_lead_at(page: PageLines, k: int) -> bool:
    """Whether the paragraph that may open at line ``k`` opens with a quotation that
    goes on as a news lead once closed (``wording.quoted_lead``), read over its first
    ``QUOTE_LINES`` lines (a quotation runs over a narrow column's lines)."""
    lines = page.lines
    if not lines[k].text.lstrip().startswith("“"):
        return False
    return quoted_lead("".join(line.text for line in lines[k : k + QUOTE_LINES]))


def _introduced_at(page: PageLines, k: int) -> bool:
    """Whether line ``k`` opens by introducing a name (``wording.introduces``) that the
    text over it, up to ``NAMED_REACH`` lines back and not past a byline, does not name:
    a later paragraph may introduce what its article named before (敦煌… / 莫高窟俗称千佛洞…)."""
    lines = page.lines
    name = introduces(lines[k].text)
    if name is None or k > 1 and lines[k - 1].text.endswith(("？", "?")) and not lines[k - 2].ends_sentence and k - 2 not in page.ends:
        # (Under a question that runs over lines, its answer: …位于 / 哪一个省中？ /
        # 西双版纳傣族自治州，简称…; a one-line question may be the headline, 桃花源小厨是什么？)
        return False
    start = max(0, k - NAMED_REACH, page.last_end_before(k) + 1)
    stop = k  # (not the lines right over it that may be its headline, which names it: 桃花源小厨是什么？)
    while stop > max(start, k - MAX_OVER) and (lines[stop - 1].heading_like or lines[stop - 1].headline_mark):
        stop -= 1
    return name not in "".join(line.text for line in lines[start:stop]).replace(" ", "")


def _noted_above(page: PageLines, k: int) -> bool:
    """Whether an editor's note (编者按：…, after a dateline too: 中新网3月9日电 编者按：…)
    opens within ``NOTE_REACH`` lines over line ``k``, or further up inside the sentence
    running on to there (back to the line ending the sentence before, up to ``MAX_NOTE``
    lines), no item ending between: the lead of the article it stands over may open at
    ``k``."""
    lines = page.lines
    for i in range(k - 1, max(page.last_end_before(k) + 1, k - MAX_NOTE) - 1, -1):
        if i < k - NOTE_REACH and lines[i].ends_sentence:
            return False  # (past NOTE_REACH, only inside the sentence running on to k)
        if "编者" in unsprayed(lines[i].text)[:24]:
            return True
    return False


def _one_line(line: PageLine, following: PageLine | None, width: float | None) -> float:
    """What it costs an item to open with ``line`` as a paragraph of its own (not when a
    full line follows it: the sentence ends at the line's end, the paragraph goes on;
    unless ``line`` itself ends its sentence well short, which ends the paragraph). A
    list's item (1、近日。) is often one short line: never tiny."""
    if not line.ends_sentence:
        return 0.0
    goes_on = following is not None and width is not None and not _ended(line, width) and not following.ends_sentence
    if goes_on and (following.justified or following.width >= width - FULL):
        return 0.0
    if width is not None and line.width < width / 2 and not LIST_ITEM.match(line.text):
        return ITEM_TINY_LINE
    return ITEM_ONE_LINE


CHANGED_OVER = 4  # lines over a zone where its paragraph may have changed its column


def _changed_over(page: PageLines, k: int, before: float, after: float) -> bool:
    """Whether the column ``before`` changed to ``after`` inside the paragraph over zone
    ``k``: within ``CHANGED_OVER`` lines over it, a full line of the column after goes on
    from a full line of the column before, no sentence ending between (…近日，景 / 德镇高新区
    机关足球队队长汤嘉彬在微信群里呼 / 叫。 under a column of 16, over a paragraph of 21): the
    item took the new column before the zone, which shows no change there. (Not a
    paragraph's opening, whose width leaves out its indent, as the full line.)"""
    lines = page.lines
    for j in range(k - 1, max(1, k - 1 - CHANGED_OVER), -1):
        line, over = lines[j], lines[j - 1]
        if line.ends_sentence and j < k - 1:
            return False
        if (
            not line.indent and not line.ends_sentence and abs(line.width - after) < FULL
            and not over.ends_sentence and abs(over.width - before) < FULL
        ):
            return True
    return False


def _shows_change(width: float | None, bound: bool, previous: float | None) -> bool:
    """Whether the column ``width`` read ahead may be weighed against the one before
    (``previous``): read from its lines, or, where only a lower bound (``bound``: every line
    ends a paragraph), one wider than the column before by ``WIDTH_CHANGE``: the lines
    cannot stand in it."""
    return not bound or (width is not None and previous is not None and width - previous >= WIDTH_CHANGE)


def _cut_evidence(
    page: PageLines, k: int, before: float | None, after: float | None, dated: bool, sure: bool, cut_blocks: bool,
    sure_before: bool = False,
) -> tuple[float, float]:
    """What the page shows about an item ending at zone ``k`` (not after a byline):
    (cost of ending it, cost of going on with the same item). Widths read from a few
    lines only (not ``sure``) must differ more to count, and count for each em only where
    the column before is surely read (``sure_before``) and the line at ``k`` is too wide
    for it."""
    cut, join = 0.0, 0.0
    change = WIDTH_CHANGE if sure else WIDTH_CHANGE_ROUGH
    line = page.lines[k]
    # (A line set in the column before, too wide for the one after, going on into it: the
    # column narrows inside its paragraph, beside a photo, whichever item it is in. A
    # paragraph's opening on a page that lost its indents was set an indent further in.)
    width = line.width + (INDENT if page.lost_indents and k and page.lines[k - 1].ends_sentence else 0.0)
    inside = (
        before is not None and after is not None and not line.ends_sentence
        and width - after >= change and abs(width - before) < WIDTH_CHANGE
    )
    if before is not None and after is not None and abs(before - after) >= change and not inside and not _changed_over(page, k, before, after):
        # Columns read from enough lines that differ: the join costs more for each em
        # beyond noise (an article keeps its column width), up to JOIN_EM_CAP (an article
        # set in blocks may go on across two columns' width: the last answer of an
        # interview, a block under a photo).
        beyond = min(abs(before - after) - change, JOIN_EM_CAP)
        # (Read ahead from a few lines only, the change counts per em where the line here
        # shows it too: too wide for the column surely read before, the lines over it not,
        # it cannot go on in that column.)
        shown = sure or (
            sure_before
            and page.lines[k].width - before >= change
            and all(line.width - before < change for line in page.lines[max(0, k - SHOWN_OVER) : k])
        )
        cut, join = CUT_AT_WIDTH, JOIN_ACROSS_WIDTH + (JOIN_PER_EM * beyond if shown else 0.0)
    if dated:
        cut += CUT_AT_DATELINE
    if k in page.breaks:
        cut += CUT_AT_BREAK_CUT_BLOCKS if cut_blocks else CUT_AT_BREAK
    return cut, join


def _trailing(
    page: PageLines, k: int, h: int, photo_before: bool, heads_cost: float, leans: list[int]
) -> list[_Option]:
    """Heading lines at the page's end: the last item's headline (printed after its
    byline), or an item of their own."""
    out = [_Option(h, 0, True, LEFTOVER, -1, leftover=True)]
    # (A subtitle may wrap too: kicker, title and subtitle over two lines each but one;
    # and under a byline, the one ending the item before or one among the lines, a
    # headline's parts may each wrap, as over a body, ``MAX_OVER``: nothing else stands
    # after the page's last byline.)
    dashed = any(page.lines[i].text.startswith(SUBTITLE_DASHES) for i in range(k + 1, k + h))
    signed = k - 1 in page.ends or k in page.leads
    # (Not where the page's text ends at a jump line sending it on, （下转第2版）: the lines
    # over it are the text running on, cut there.)
    if k and not photo_before and not page.jumps_on and h <= (MAX_OVER if signed else MAX_HEADS + dashed):
        lean_sum = sum(max(-LEAN_CAP, min(LEAN_CAP, value)) for value in leans[:h])
        # With no item after to weigh them against, lines about nothing of the item
        # before are a weaker sign of its headline, but a better home than an item of
        # their own; not lines naming an editor's role (本版责任编辑: the page's furniture).
        furniture = any(_EDITOR_ROLE.search(page.lines[i].text) for i in range(k, k + h))
        about = LEAN * lean_sum if lean_sum > 0 else -LEFTOVER if furniture else -UNRELATED * h
        # (Nor do they end in a clause mark, as no headline does: 天生三桥的数值（单位/米）：
        # at the page's end is the last item's text leading into a list.)
        marked = HEADS_END_MARKED if page.lines[k + h - 1].text[-1] in _CLAUSE_MARKS else 0.0
        out.append(_Option(h, h, True, heads_cost - about + marked, -1))
    return out


