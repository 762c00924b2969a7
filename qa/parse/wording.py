"""What a page's words say about where its items begin: how a heading line leans to the
text before or after it (character bigrams it shares with one side only), how an
unheaded body's opening coheres with the text before, where the subject changes, and
whether a line ends inside a word (so it is cut at a column's end, not a headline)."""

from __future__ import annotations

import re

from qa.parse.byline import personal_name
from qa.parse.columns import PageLines, PageText
from qa.parse.headings import lean_of
from qa.parse.lines import CLAUSE_MARKS, PageLine, unsprayed
from qa.parse.words import cuts_word, is_rare_word, stands_as_word
from qa.text import IDEOGRAPH

CONTEXT_LINES = 30  # lines of text either side that a heading is compared with
FAR_LINES = 90  # ... when it shares nothing with those: back to the item's start
NEAR_LINES = 15  # ... that a body's opening or a line's last word is compared with
COHESION_LINES = 2  # lines of an opening weighed
TOPIC_LINES = 8  # lines either side of a zone compared for a change of subject
TOPIC_MIN = 20  # character pairs each side needs to tell
TOPIC_SHARED = 0.1  # share of character pairs text of one article keeps across a few lines
KEPT_PAIRS = 8  # ideograph pairs two texts share at least to show they keep one subject


def heading_leans(page: PageLines, k: int, r: int, text: PageText, count: int) -> list[int]:
    """For the first ``count`` lines of the run of ``r`` heading lines at ``k``: the
    bigrams each shares with the text before the zone and not with the text after it,
    minus the reverse (``qa.parse.headings.lean``). The text before is the item before's,
    back to the byline before it (under the byline ending that item, as a headline printed
    after it stands, the item's own text, not the byline taken for its start).

    Returns:
        one lean per line, in order.
    """
    ends = page.ends
    last = page.last_end_before(k)
    if last == k - 1:
        last = page.last_end_before(last)  # (under the byline ending it: the item before's text)
    start = max(0, k - CONTEXT_LINES, last + 1)  # (not past a byline)
    if start > 0 and start - 1 in ends and k - start < 3:  # an item of a few lines: look further
        start = max(0, start - CONTEXT_LINES)
    before = text.between(start, k)
    stop = min(len(page.lines), k + r + CONTEXT_LINES)
    leans = [lean_of(text.grams(k + i), before, text.between(k + i + 1, stop)) for i in range(min(r, count))]
    if 0 in leans:
        # A line about neither side near it: a headline names what its article's first
        # lines do, which may stand further off (a long article, its headline after it).
        far = start
        while far > 0 and k - far < FAR_LINES and far - 1 not in ends:
            far -= 1
        far_stop = min(len(page.lines), k + r + FAR_LINES)
        if far < start or far_stop > stop:
            wide = text.between(far, k)
            leans = [
                value or lean_of(text.grams(k + i), wide, text.between(k + i + 1, far_stop))
                for i, value in enumerate(leans)
            ]
    return leans


def restated(line: str, after: str) -> bool:
    """Whether the line ``after`` a short line opens by repeating it up to a clause mark
    (在一家竹木加工厂 / 在一家竹木加工厂，工人们用…; ■截至目前 / 截至目前，全县…): a 小标题
    the opening clause of its paragraph restates, where a headline's words recur in its
    article's opening only as a name or a phrase, not as that clause whole."""
    text = line.lstrip("■◆●▲").replace(" ", "")
    if len(text) < 2 or text[0] not in after:  # (most pairs of lines: the cheap test first)
        return False
    after = after.replace(" ", "")
    return after.startswith(text) and after[len(text) : len(text) + 1] in ("，", "、", "：")


def echoes(page: PageLines, i: int, text: PageText) -> int:
    """How many bigrams of line ``i`` the text of the lines after it holds (up to
    ``NEAR_LINES``, not past a byline): a headline names what its article's opening says,
    a body line shares fewer with the lines after it.

    Returns:
        the count.
    """
    n = len(page.lines)
    end = min(n, i + 1 + NEAR_LINES, page.first_end_from(i) + 1)  # (not past a byline)
    offsets = text.offsets
    after = text.joined[offsets[i + 1] if i + 1 <= n else offsets[-1] : offsets[end]]
    return sum(map(after.__contains__, text.grams(i)))


def cohesion(page: PageLines, k: int, text: PageText, cap: int) -> int:
    """How many bigrams of the lines opening a body at ``k`` the text before them holds
    and the text after them does not (as ``heading_leans`` weighs headings).

    Returns:
        a count from 0 to ``cap``.
    """
    n = len(page.lines)
    # (Neither side past a byline.)
    start = max(0, k - NEAR_LINES, page.last_end_before(k) + 1)
    stop = min(n, k + COHESION_LINES)
    end = min(n, k + NEAR_LINES, page.first_end_from(stop - 1) + 1)
    grams = text.grams_between(k, stop)
    return max(0, min(cap, lean_of(grams, text.between(start, k), text.between(stop, end))))


def topic_gap(page: PageLines, k: int, text: PageText) -> float:
    """How little the text either side of zone ``k`` shares (as where one article ends
    and another begins): 0 when the lines before and after share at least ``TOPIC_SHARED``
    of the character pairs of the smaller side, up to 1 when they share none.

    Returns:
        the gap in [0, 1].
    """
    start, end = _topic_lines(page, k, k)
    return subject_change(text.between(start, k), text.between(k, end))


def shares_nothing(page: PageLines, k: int, text: PageText) -> bool:
    """Whether ``topic_gap`` at zone ``k`` is 1: the text either side shares no pair of
    characters (each side long enough to tell). (Read pair by pair in the text before,
    which stops at the first shared: the texts of one article share one within a few.)"""
    start, end = _topic_lines(page, k, k)
    front, back = text.between(start, k), text.between(k, end)
    for at in range(len(back) - 1):
        if back[at : at + 2] in front:
            return False
    return subject_change(front, back) >= 1.0


def subject_kept(page: PageLines, k: int, opening: int, text: PageText, phrases: bool = False) -> float:
    """How surely the body opening at line ``opening`` (under heading lines from zone
    ``k``) keeps the subject of the text before ``k`` (up to ``TOPIC_LINES`` each side,
    not past a byline): the share of the pairs of ideographs of the smaller side that the
    other holds, against ``TOPIC_SHARED``, and their count against ``KEPT_PAIRS`` (a share
    of a few lines' pairs shows little). Articles printed side by side on one page share
    a few pairs of ideographs in a hundred, even where both are about one province's
    government; the paragraphs of one article, many. With ``phrases``, the count is of
    the phrases they share: a pair going on into a trigram both hold is counted with it
    (相关负责人表示, the stock words of two news items, is six pairs but one phrase).

    Returns:
        0 where either side has fewer than ``TOPIC_MIN`` pairs or they share none, up to 1.
    """
    start, end = _topic_lines(page, k, opening)
    before, after = text.grams_between(start, k), text.grams_between(opening, end)
    if len(before) < TOPIC_MIN or len(after) < TOPIC_MIN:
        return 0.0
    shared = before & after
    count = len(shared)
    if phrases and shared:
        # (Each shared pair found where it stands in the text before, three ideographs
        # there a trigram: fewer steps than walking every pair of the text's runs.)
        front, back = text.between(start, k), text.between(opening, end)
        ideograph = IDEOGRAPH.match
        trigrams = set()
        for pair in shared:
            at = front.find(pair)
            while at >= 0:
                if ideograph(front, at + 2) is not None:
                    trigrams.add(front[at : at + 3])
                at = front.find(pair, at + 1)
        count -= sum(1 for trigram in trigrams if trigram in back)
    return min(1.0, len(shared) / min(len(before), len(after)) / TOPIC_SHARED) * min(1.0, count / KEPT_PAIRS)


def rare_kept(page: PageLines, k: int, text: PageText, cap: int) -> int:
    """How many rare words of the dictionary (``words.is_rare_word``: 邮票, 脐橙) the text
    either side of zone ``k`` both name (up to ``TOPIC_LINES`` each side, not past a
    byline): one article names its subject again, where the next seldom does (of the
    looked-at generated pages' paragraph boundaries with no headline between, 58 % inside
    an article share one, 4 % between two articles).

    Returns:
        the count, up to ``cap`` (read no further).
    """
    start, end = _topic_lines(page, k, k)
    shared = [pair for pair in text.grams_between(start, k) & text.grams_between(k, end) if is_rare_word(pair)]
    if not shared:
        return 0
    before, after = text.between(start, k), text.between(k, end)
    # (A word of its own on both sides: not 责人 of 负责人, a pair inside a common word.)
    count = 0
    for pair in shared:
        if stands_as_word(after, pair) and stands_as_word(before, pair):
            count += 1
            if count >= cap:
                break
    return count


def _topic_lines(page: PageLines, k: int, opening: int) -> tuple[int, int]:
    """Where the text compared either side of zone ``k`` starts and where the text from
    line ``opening`` on ends: up to ``TOPIC_LINES`` lines each, not past a byline."""
    start = max(0, k - TOPIC_LINES, page.last_end_before(k) + 1)
    return start, min(len(page.lines), opening + TOPIC_LINES, page.first_end_from(opening))


def subject_change(front: str, back: str) -> float:
    """How little two texts share: 0 when they share at least ``TOPIC_SHARED`` of the
    character pairs of the smaller one, or when either has too few to tell, up to 1 when
    they share none."""
    # (Every character pair, marks and digits too: fast, and common to any two texts alike.)
    before, after = character_pairs(front), character_pairs(back)
    if len(before) < TOPIC_MIN or len(after) < TOPIC_MIN:
        return 0.0
    shared = len(before & after) / min(len(before), len(after))
    return max(0.0, 1.0 - shared / TOPIC_SHARED)


def character_pair(first: str, second: str) -> int:
    """The member of ``character_pairs`` for ``first`` followed by ``second`` (one
    character each): their code units as one 64-bit unit, the first in its low half."""
    return ord(first) | ord(second) << 32


def character_pairs(text: str) -> set[int]:
    """Every pair of neighbouring characters of ``text``, each as one number (the two
    characters' UTF-32 code units read as one 64-bit unit): a set as large as that of
    the two-character strings, sharing as many members with another text's, and about
    three times cheaper to make."""
    units = memoryview(text.encode("utf-32-le", "surrogatepass"))
    pairs = set(units[: 8 * (len(text) // 2)].cast("Q"))  # the pairs at even offsets
    pairs.update(units[4 : 4 + 8 * ((len(text) - 1) // 2)].cast("Q"))  # ... and at odd ones
    return pairs


def cuts_a_word(page: PageLines, text: PageText, i: int) -> bool:
    """Whether the break after line ``i`` falls inside a word: the two ideographs either
    side of it make a bigram the text around uses again (宅基地 / 审批 … 宅基地审批), so
    line ``i`` is cut at a column's end, not a headline ending a phrase.

    Returns:
        True when it does.
    """
    left, right = page.lines[i].text[-1], page.lines[i + 1].text[0]
    if not ("\u4e00" <= left <= "\u9fff" and "\u4e00" <= right <= "\u9fff"):
        return False
    offsets = text.offsets
    low, high = offsets[max(0, i - NEAR_LINES)], offsets[min(len(page.lines), i + 2 + NEAR_LINES)]
    return text.joined.count(left + right, low, high) >= 2


_LIST_ITEM = r"[一二三四五六七八九十]是(?![的否])"  # a list's item (一是…, 二是…)
# A list's item or an interview's question or answer (问：…, 答：…): running text, never a
# heading line (``qa.parse.segment``).
RUNNING_OPENER = re.compile(rf"\s*(?:{_LIST_ITEM}|[问答]\s*[：:])")
# What opens a list's item: 1、 2. （1） （一） 一、 一是 (a paragraph ending in a colon leads
# into one; one after an item ending in ； opens a paragraph of its own).
LIST_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[、.．]|[（(]\s*[\d一二三四五六七八九十]{1,2}\s*[）)]|[一二三四五六七八九十]{1,2}\s*[、是])")

# A speaker's label opening an interview's turn (马博：…, 蔡晨慧：…).
_SPEAKER = re.compile(r"\s*([\u4e00-\u9fff]{1,4})\s*[：:]\s*\S")
SPEAKER_TURNS = 2  # lines each of two labels must open to show an interview
SPEAKER_REACH = 12  # characters of a line its speaker's name and colon stand within (sprayed: 高 艳 娜 ：)


def spoke_before(page: PageLines, i: int) -> bool:
    """Whether the speaker opening turn ``i`` (熊凯翔：1937年，…) opens an earlier turn of
    the text before it (up to the last byline or credit ending an item): the interview
    goes on, an answer under its question, and no item starts there."""
    name = speaker(page.lines[i].text)
    if name is None:
        return False
    since = page.last_end_before(i)  # (not past a byline)
    return any(since < j < i and speaker(page.lines[j].text) == name for j in page.turns)


def speaker(text: str) -> str | None:
    """The speaker's name a line opens an interview's turn with (马博：…; sprayed by
    justification too, 高 艳 娜 ：但 因…), or None."""
    head = text[:SPEAKER_REACH]
    if "：" not in head and ":" not in head:
        return None
    match = _SPEAKER.match(head.replace(" ", ""))
    return None if match is None else match.group(1)


def speaker_turns(lines: list[PageLine]) -> frozenset[int]:
    """The lines that open an interview's turn with its speaker's name (马博：…？ /
    蔡晨慧：…): a page where two labels each open ``SPEAKER_TURNS`` lines or more prints
    a conversation, and a line opening with one of them is running text, never a heading
    (a question asked there is no headline: 马博：何时第一个维基媒体的版本释出？).

    Returns:
        the indices of those lines (none on a page without two such labels).
    """
    labels: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = line.text
        # (A colon anywhere first: most lines hold none, and the test copies nothing.)
        if ("：" in text or ":" in text) and (name := speaker(text)) is not None:
            labels.setdefault(name, []).append(i)
    turns = [found for found in labels.values() if len(found) >= SPEAKER_TURNS]
    if len(turns) < 2:
        # (One speaker answering questions printed as lines of their own, 熊凯翔：1937年，…,
        # 吴慧：该馆所拥有的…: a person's full name opening two lines or more, most going on
        # in a clause, is an interview's too; not a topic naming its titles, 高句丽：建国第一年驱逐勿吉.)
        turns = [
            found
            for label, found in labels.items()
            if len(found) >= SPEAKER_TURNS and personal_name(label)
            and 2 * sum(1 for i in found if CLAUSE_MARKS.search(lines[i].text, len(label) + 1)) > len(found)
        ]
    return frozenset(i for found in turns for i in found) if turns else frozenset()


# A numbered list's item before its text: 1、近日。, 2.江西…, （一）…, （1）…, 一、… (not a
# count wrapped before its number, 3、 / 4月份: stricter than ``LIST_ITEM``, which reads
# a paragraph's opening after a list's item ending in ；).
_NUMBERED = (
    r"\d{1,2}\s*[、.．](?=\s*[\u4e00-\u9fff“「《])|[（(]\s*[\d一二三四五六七八九十]{1,2}\s*[）)]"
    r"|[一二三四五六七八九十]{1,2}、(?=[\u4e00-\u9fff“「《])"
)
# Words that tie a sentence to what came before it (不过，, 然而，, 此外，, 对此，, 与此同时，):
# a paragraph opening so goes on an article (no article opens with one) and opens a sentence.
_TIE_WORDS = (
    "不过|然而|此外|另外|对此|因此|由此|但是|与此同时|同时|而且|并且|为此|此后|随后|其中|可是|所以"
    "|于是|另一方面|除此之外|除此以外|尽管如此|即便如此|相比之下|反之|换言之|也就是说"
)
# How a news sentence opens: its time or its source first, then a comma (近日，, 日前，,
# 暑期以来，, 今年前10个月，, 12月26日上午，, 清晨六点，, 据了解，, 随着…), a reporter's
# source (记者从省林业局获悉, 获悉 maybe on the next line), an interview's speaker
# (问：…, 答：…, 记者：…), or a list's item (一是…, 二是…, 1、…). Running text reaches one
# only after a mark (…。近日，) or a word that leads into it (将于 / 12月26日上午，), or
# where the break cuts a word (建设统 / 一、规范的…).
_SENTENCE_OPENER = re.compile(
    r"(?:近日|日前|目前|近期|近来|此前|连日来|近年来|当天|当日|次日|昨天|昨日|今天|今日"
    rf"|据悉|据了解|据介绍|据统计|据报道|据初步统计|事实上|{_TIE_WORDS})，"
    r"|(?:今年|去年|近年|连日|多年|入夏|入冬|入春|入秋|开春|暑期|暑假|寒假|汛期|入汛|年初|开年|春节)(?:以来|期间)，"
    r"|[\u4e00-\u9fff]{2,6}以来，"
    r"|截至(?:目前|发稿时?|记者发稿时?|\d{1,4}年?\d{0,2}月?(?:\d{1,2}日)?(?:底|末)?)，"
    r"|受(?!到|了)[^，。！？]{2,12}影响，"
    r"|(?:\d{1,2}月)?\d{1,2}日(?:[上中下]午|早上|清晨|凌晨|傍晚|晚上?|夜间?)?，"
    r"|(?:今年|去年|前年)(?:前?\d{1,2}个?月|[上下]半年|年初|年底|\d{1,2}月(?:\d{1,2}日)?)?，"
    r"|(?:清晨|凌晨|早上|上午|中午|下午|傍晚|晚上|深夜)[零一二两三四五六七八九十\d]{1,3}[点时][半许]?，"
    r"|记者(?:近日|日前)?从"
    r"|(?:问|答|记者|主持人)[：:]"
    rf"|{_LIST_ITEM}|{_NUMBERED}"
    r"|随着[^，。！？]{2}"
)
# Words reporting on from an article's lead (据介绍，…, 截至目前，…): a news item's later
# paragraphs open so, its first hardly ever (its lead opens with a time, a place or a dateline).
_REPORTS_ON = "据悉|据了解|据介绍|据统计|截至目前|记者了解到|记者走访发现"
_TIES_BACK = re.compile(rf"\s*(?:{_TIE_WORDS}|{_REPORTS_ON})\s*[，,]")


# Words pointing back to what the text before named (这样的城市书房, 这些学生, 上述问题).
_POINTS_BACK = re.compile(r"\s*(?:这样的|这些|这种|这类|此类|上述)")


# A place or body the text before named standing as the subject, after an opening clause
# or none (近年来，当地把…, 该区还…, 为扩大交流平台，该区…).
_NAMED_BEFORE = re.compile(
    r"\s*(?:[^，。！？：\s]{1,10}，)?(?:当地|该(?:县|市|区|镇|乡|村|校|院|所|厂|局|馆|园|公司|中心|项目|团队|企业))"
)


def names_back(text: str) -> bool:
    """Whether a line opens a sentence whose subject is a place or body the text before
    named (近年来，当地把…, 该区还…): a news item's first paragraph names its place and its
    people (in the generated pages' news text, under one opening in a hundred opens so,
    against one later paragraph in fifteen). Not under a headline, which may name what
    its text then calls 该市."""
    return _NAMED_BEFORE.match(unsprayed(text)) is not None


# How a news item's lead opens, past any dateline: with its source (记者从省林业局获悉,
# 记者日前从省司法厅获悉, 获悉 maybe on the next line), with when it happened, as the
# news of the last days (日前，, 近日，), or with the hour of the scene it opens on
# (清晨六点，, 晚上九点，); a later paragraph seldom opens so (it reports on: 据了解，…).
_LEAD_OPENS = re.compile(
    r"(?:记者(?:日前|近日)?从|日前，|近日，|(?:清晨|凌晨|早上|上午|中午|下午|傍晚|晚上|深夜)[零一二两三四五六七八九十\d]{1,3}[点时][半许]?，)"
)


# A name the text introduces, glossed in a bracket, as an encyclopedic text's first
# sentence does (李晨（），中国大陆男演员…, 纽西兰鸡毛松（学名：…）), or given with its other
# names (丙烯颜料又称塑胶彩…, 乌兹别克族，又称…): not a time (万历三十九年（1611年）), nor a name
# pointed back to (该塔由广州市科委（…）).
_GLOSS_OPENS = r"(?:[，；,;]|学名|[\u4e00-\u9fff]{1,3}[语文][：:])"  # how a name's gloss opens in its bracket
_INTRODUCES = re.compile(
    r"(?!该|这|其|此|本|的|在)([\u4e00-\u9fff·]{2,10})(?<!年)(?:"
    r"（(?:" + _GLOSS_OPENS + r"[^（）]{0,24})?）(?:[，,]|是|[又别亦]称|又名)"  # (李晨（），…; 黄蝉（学名：…）别称…)
    r"|（(?:" + _GLOSS_OPENS + r"[^（）]{0,24})?$"  # (the bracket still open at the line's end)
    r"|[，,]?(?:又称|又名|亦称|简称|也称|俗称|旧称|别称))"
)


def opens_lead(text: str) -> bool:
    """Whether a line opens as a news item's lead does (记者从…获悉, 日前，, 近日，,
    清晨六点，)."""
    return _LEAD_OPENS.match(unsprayed(text).lstrip()) is not None


# What a news lead opening with a quotation goes on with once it closes: the lead's own
# opening (“您的快递丢失…。”近日，市民刘先生…) or the day it happened (“…”11月28日中午，…).
_AFTER_QUOTE = re.compile(r"“[^“”]{1,80}”(?:" + _LEAD_OPENS.pattern + r"|\d{1,2}月\d{1,2}日)")


def quoted_lead(text: str) -> bool:
    """Whether a paragraph (its first lines, ``text``) opens with a quotation and, the
    quotation closed, goes on as a news item's lead opens (“您的快递丢失，我们将为您办理
    理赔。”近日，市民刘先生接到…): a lead set as a quotation. A later paragraph quotes
    a speaker and names them (“…。”在附近上班的王女士说): in the generated pages' news text
    477 first paragraphs go on so after their quotation, 3 later ones."""
    return _AFTER_QUOTE.match(unsprayed(text).lstrip().replace(" ", "")) is not None


def introduces(text: str) -> str | None:
    """The name a line opens by introducing, as an encyclopedic text's first sentence
    does: glossed in a bracket (蒋家旻（），香港女艺人…) or with its other names (丙烯颜料又称
    塑胶彩…); else None."""
    found = _INTRODUCES.match(unsprayed(text).lstrip())
    return None if found is None else found.group(1)


def ties_back(text: str) -> bool:
    """Whether a line opens with words tying its sentence to the text before it
    (不过，也有家长担心…) or pointing back to what it named (这样的城市书房，…): running
    text of an article, not its first paragraph."""
    text = unsprayed(text)
    return _TIES_BACK.match(text) is not None or _POINTS_BACK.match(text) is not None


# A word that goes on into a time or a source (将于 / 12月26日上午，, 但 / 同时，), or a
# dateline's last (本报南昌6月17日讯 / 日前，…).
_LEADS_IN = frozenset("的之在和与及对向把被从为将让使给于自至到当是年月日号但而并且或讯电")
# The first characters ``_SENTENCE_OPENER`` may match.
_OPENER_FIRST = frozenset("（(近日目此连当次昨今据事去前多入开暑寒汛年春清凌早上中下傍晚深记问答主截受随一二三四五六七八九十0123456789") | {
    word[0] for word in _TIE_WORDS.split("|")
}
_ENDS_TITLE = frozenset("”’》」』")  # closing marks a title may end with (a bracket closes a dateline's names)


def sentence_openings(lines: list[PageLine]) -> tuple[frozenset[int], frozenset[int]]:
    """The lines that open with a news sentence's time or source (``_SENTENCE_OPENER``:
    近日，…, 4月12日，…: no headline opens so), and of them those under a line that cannot
    lead into one: it ends in an ideograph that is no word leading in (将于, 自, 2021年)
    or in a closing quotation mark, and the break between them cuts no word (专项斗 /
    争以来，). Such a line does not go on from the line above, which ends its paragraph or
    is a heading (县城里的“博物馆热” / 暑期以来，安福县博物馆…).

    Returns:
        (the lines that open so, those that cannot go on from the line above), as indices.
    """
    opening = set()
    out = set()
    for i, line in enumerate(lines):
        text = line.text
        if text[0] not in _OPENER_FIRST and ("以来" not in text or "以来" not in text[:12]):
            continue  # (most lines: the one test is cheaper than the expression's; 以来 anywhere before its copy)
        text = unsprayed(text)
        if not _SENTENCE_OPENER.match(text):
            continue
        opening.add(i)
        if not i:
            continue
        above = lines[i - 1]
        last = above.text[-1]
        leads_in = not ("\u4e00" <= last <= "\u9fff" or last in _ENDS_TITLE) or last in _LEADS_IN or above.ends_sentence
        if not leads_in and not cuts_word(above.text, text):
            out.add(i)
    return frozenset(opening), frozenset(out)
