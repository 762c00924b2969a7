"""Question analysis, done once per question: input checks, what it asks, its topic, follow-ups."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.errors import LONE_SURROGATE, QueryError, quoted
from qa.text import (
    IDEOGRAPH_RUN,
    SURROGATE,
    WHEN,
    bigrams,
    fold,
    has_words,
    is_symbol,
    jieba,
    system_text,
    topic_text,
)
from qa.types import (
    AUTHOR,
    DATE,
    EXPLAIN,
    META_KINDS,
    NUMBER,
    OTHER,
    PERSON,
    PHOTOGRAPHER,
    PLACE,
    TITLE,
    Question,
)

# Longer questions are cut to this many characters (and the answer says so).
MAX_QUESTION_CHARS = 512
# How many earlier user turns a follow-up may lean on.
_HISTORY_TURNS = 6

# Matched on folded (simplified, lower-case) text; order matters: first match wins.
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Only with a word for a news item or picture: "《越南亡国史》的作者是谁" asks about a
    # book in the text, not about the article's byline.
    (PHOTOGRAPHER, re.compile(r"(照片|图片|相片|张图|幅图|配图).*(谁拍|谁摄|摄影|拍摄者)")),
    (AUTHOR, re.compile(r"(文章|报道|稿|新闻|那篇|这篇|本文|该文|消息|通讯).*(谁写|作者|记者|撰写|执笔|署名)")),
    (TITLE, re.compile(r"(文章|报道|稿|新闻|那篇|这篇|本文|该文|消息).*(标题|题目)")),
    (DATE, WHEN),
    (NUMBER, re.compile(r"多少|几|多大|多长|多高|多远|多久|多重|多深|多宽|多厚|率|比例|百分之|比重|占比|人口|数量|总数|金额|面积")),
    (PERSON, re.compile(r"谁|哪位|什么人|哪个人|何人|哪些人|姓名|名字叫")),
    (PLACE, re.compile(r"哪里|哪儿|何处|什么地方|哪个地方|在哪|哪个国家|哪国|哪座城市|哪个城市|哪个省|位于哪|地点")),
    (EXPLAIN, re.compile(r"为什么|为何|原因|怎么|如何|怎样|什么样|意思|内容|特点|特征|过程|经过|影响|作用|什么是")),
)

# Words that ask about the article rather than name its topic (removed for meta questions).
_META_WORDS = re.compile(
    r"(那|这|哪)?(一)?(篇|张|幅|条|则|个)?(文章|报道|稿子|稿件|新闻|消息|照片|图片|相片|图)|"
    r"谁写|谁拍|谁摄|撰写|拍摄|拍的|写的|作者|记者|摄影师|摄影|署名|标题|题目|大标题|叫"
)
_FOLLOW_UP_LEAD = re.compile(r"^(那么|那|还有|另外|而|又|再问一下)")
_FOLLOW_UP_TAIL = re.compile(r"(的呢|呢|的情况呢|怎么样|如何)$")
# A follow-up longer than this (after its markers are removed) is read as a full question.
_FOLLOW_UP_MAX_CHARS = 8
# A Latin word or number of the topic worth highlighting (one letter is not).
_LATIN_WORD = re.compile(r"[0-9a-z]+(?:[.%][0-9a-z]+)*%?")


# The units an answer's number carries, by what the question asks (on folded text): 多高
# wants a length, 几集 an episode count, 哪天 a day. Each pattern's units are a regex
# alternation matched right after a number in a sentence (``answer_units``).
_LENGTH = "千米|公里|公尺|公呎|厘米|公分|毫米|英尺|英寸|英里|海里|米|尺|km|cm|mm|m"
_DURATION = "个多?月|个多?小时|小时|分钟|世纪|个?星期|周|年|天|日|秒"
_UNIT_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"多少钱|价格|价钱|售价|票价|多贵|花了多少|费用"),
     "元|块|美元|美金|日元|日圆|港元|港币|欧元|英镑|台币|人民币|円|万|亿"),
    (re.compile(r"几岁|多少岁|年龄|年纪|岁数|多大岁|寿命"), "岁"),
    (re.compile(r"比例|百分之|占比|比率|率"), "%|％|成"),
    (re.compile(r"哪一?天|几号|几月几[日号]|什么日子|哪日|何日|生日"), "日|号"),
    (re.compile(r"哪一?个?月|几月份?"), "月"),
    (re.compile(r"何年|哪一?年|几几年|什么年份|年份"), "年"),
    (re.compile(r"多[长宽高深厚远]时间|多久|多长时间|几年|多少年|几个?月|多少个?月|几天|多少天|几个?小时|多少个?小时"), _DURATION),
    (re.compile(r"多[高深宽厚远长]|身高|海拔|长度|高度|深度|宽度|距离|周长|直径|体长|身长|全长|翼展"), _LENGTH),
    (re.compile(r"多重|体重|重量"), "千克|公斤|公克|吨|磅|斤|克|kg|g"),
    (re.compile(r"多大|面积"), "平方[公千]?[米里尺]|平方英[里尺]|公顷|英亩|亩|km2|km²|m2|m²|岁"),
)
# 几集 / 多少张 / 多少人: the measure word after the question's number word is the unit.
_MEASURE = re.compile(r"(?:几|多少)(个|名|人|次|件|项|条|家|所|座|张|集|部|本|首|届|位|场|种|层|栋|辆|架|艘|颗|枚|只|头|匹|册|卷|期|章|节|话|回|局|轮|杆|倍|票|户|间|球|分|门|席|块|字|页|株)")


def answer_units(text: str) -> str:
    """The units a number answering this question carries, as a regex alternation
    (``"集"`` for 一共几集, lengths for 多高, ``"日|号"`` for 哪天), or "" when the question
    names none."""
    folded = fold(text)
    found = [units for pattern, units in _UNIT_PATTERNS if pattern.search(folded)]
    measure = _MEASURE.search(folded)
    if measure:
        found.insert(0, measure.group(1))
    return "|".join(dict.fromkeys("|".join(found).split("|"))) if found else ""


def question_kind(text: str) -> str:
    """The kind of answer a question wants, judged from its question words.

    Returns:
        one of ``qa.types.KINDS`` (OTHER when nothing matches).
    """
    folded = fold(text)
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(folded):
            return kind
    return OTHER


def is_follow_up(text: str) -> bool:
    """True for an elliptical follow-up such as ``那上栗县呢？`` or ``那么去年呢``."""
    core = _strip_symbols(fold(text))
    if not core:
        return False
    marked = bool(_FOLLOW_UP_LEAD.match(core) or _FOLLOW_UP_TAIL.search(core))
    return marked and len(_follow_up_topic(core)) <= _FOLLOW_UP_MAX_CHARS


def _strip_symbols(text: str) -> str:
    return "".join(c for c in text if not is_symbol(c))


def _follow_up_topic(core: str) -> str:
    return _FOLLOW_UP_TAIL.sub("", _FOLLOW_UP_LEAD.sub("", core))


def follow_up_topic(text: str) -> str:
    """What an elliptical follow-up asks about: ``那上栗县呢？`` → ``上栗县``.

    Returns:
        the topic in the question's own characters (script kept), or "" for a question
        that is not a follow-up.
    """
    if not is_follow_up(text):
        return ""
    core = _strip_symbols(text)
    return _follow_up_topic(core) or core


# A name's last character that jieba may split off as a word of its own (东乡|区).
_NAME_ENDS = frozenset("省市县区镇乡村州盟旗")
# A time a follow-up may ask about instead (2020年, 去年, 上半年, 8月).
_TIME = re.compile(r"(?:\d{2,4}年(?:\d{1,2}月)?|[今去前明]年|上半年|下半年|[上下本这]个?月|[今昨前明]天|\d{1,2}月份?)")
_NAME_FLAGS = ("ns", "nr", "nt", "nz")


def _slot_of(word: str, flag: str) -> str:
    """What a jieba word stands for in a question: "time", "number", "name" or ""."""
    if flag.startswith("t") or _TIME.fullmatch(word):
        return "time"
    if flag[:2] in _NAME_FLAGS:
        return "name"
    if flag == "m" and any(c.isdigit() for c in word):
        return "number"
    return ""


def _slots(text: str) -> list[tuple[int, int, str]]:
    """The stretches of a question that a follow-up can swap for its own topic: names
    (places, people, bodies: 东乡区, 铜鼓县, 景德镇), times and numbers, in order.

    Returns:
        (start, end, slot) triples over ``text``.
    """
    from jieba import posseg

    words = [(pair.word, pair.flag) for pair in posseg.lcut(text)]
    found, at, i = [], 0, 0
    while i < len(words):
        word, flag = words[i]
        start, end, i = at, at + len(word), i + 1
        slot = _slot_of(word, flag)
        if slot == "number" and i < len(words) and words[i][0] in ("年", "月"):
            end, i, slot = end + len(words[i][0]), i + 1, "time"  # 2019 | 年
        while slot == "name" and i < len(words) and words[i][0] in _NAME_ENDS:
            end, i = end + 1, i + 1  # 东乡 | 区
        if slot == "name" and found and found[-1][2] == "name" and found[-1][1] == start:
            start = found.pop()[0]  # 景德镇 | 高新区: one name
        if slot:
            found.append((start, end, slot))
        at = end
    return found


def _topic_slot(topic: str) -> str:
    """What a follow-up's topic is: a time or a number (when that is all it is), a name
    (a place, person or body: one jieba tags so, or a word its dictionary does not know,
    such as 上栗), or else "thing" (电子公函, 网络诈骗: nothing in the previous question
    to swap it for)."""
    import jieba as jieba_module
    from jieba import posseg

    folded = fold(topic)
    slots = _slots(folded)
    if len(slots) == 1 and slots[0][:2] == (0, len(folded)) and slots[0][2] != "name":
        return slots[0][2]
    words = [(pair.word, pair.flag) for pair in posseg.lcut(folded)]
    known = all(jieba_module.dt.FREQ.get(word) for word, _flag in words)
    if any(_slot_of(word, flag) == "name" for word, flag in words) or not known or folded[-1:] in _NAME_ENDS:
        return "name"
    return "thing"


def resolve_follow_up(text: str, previous: str) -> str:
    """Carry the previous question's intent (what it asks: a count, a rate, who …) onto a
    follow-up's new subject.

    The follow-up's topic takes the place of the previous question's stretch of the same
    kind (a name, a time or a number; a name keeps the 区/县 jieba cuts off), so the
    question keeps asking the same thing of the new subject:
    ``那上栗县呢？`` after ``铜鼓县电子公函使用率`` gives ``上栗县电子公函使用率``, and
    ``那铜鼓县呢`` after ``东乡区发现了多少问题`` gives ``铜鼓县发现了多少问题``. When the
    previous question has no such stretch (or the topic is a thing, not a name: 那网络诈骗呢),
    the topic is put in front of it.

    Returns:
        the merged question, or ``text`` unchanged when it is not a follow-up.
    """
    if not previous.strip() or not is_follow_up(text):
        return text
    topic = follow_up_topic(text)
    if not topic:
        return previous
    jieba()  # initialised and quiet
    wanted = _topic_slot(topic)
    for start, end, slot in _slots(previous):
        if slot == wanted and fold(previous[start:end]) != fold(topic):
            return previous[:start] + topic + previous[end:]
    return f"{topic} {previous}"


def highlight_terms(content: str) -> tuple[str, ...]:
    """The words of a topic to highlight in passages: its CJK bigrams, Latin words and
    numbers (bigrams need no word segmenter and match however a passage splits words).

    Returns:
        distinct folded terms, in order of first appearance.
    """
    terms = [*bigrams(content, IDEOGRAPH_RUN)]
    terms += [word for word in _LATIN_WORD.findall(content) if len(word) >= 2]
    return tuple(dict.fromkeys(terms))


def analyse(question: str, history: Sequence[str] = (), what: str = "question") -> Question:
    """Check a question at the boundary and analyse it, once.

    Args:
        question: the user's question.
        history: the user's earlier questions of a chat, oldest first; an elliptical
            follow-up (``那上栗县呢？``) leans on them.
        what: what to call the text in an error ("question", or "query" for a search).

    Returns:
        the analysed question.

    Raises:
        QueryError: the question is not a string, is empty / whitespace only, or holds
            a lone surrogate.
    """
    if not isinstance(question, str):
        raise QueryError(f"the {what} must be text, got {type(question).__name__}")
    asked = question.strip()
    if SURROGATE.search(asked) is not None:
        raise QueryError(f"the {what} {quoted(system_text(asked))} {LONE_SURROGATE}")
    if not asked:
        raise QueryError(f"the {what} is empty: type a question or words to search for, e.g. 铜鼓县电子公函使用率")
    notice = ""
    if len(asked) > MAX_QUESTION_CHARS:
        notice = f"问题过长（{len(asked)}字），只使用了前{MAX_QUESTION_CHARS}字。"
        asked = asked[:MAX_QUESTION_CHARS]
    if isinstance(history, str) or not all(isinstance(turn, str) for turn in history or ()):
        raise QueryError("history must be a list of the earlier questions, as strings (oldest first)")
    earlier = [turn.strip() for turn in history or () if turn.strip()]
    while earlier and earlier[-1] == asked:
        earlier.pop()  # some chat UIs pass the message being answered as well
    previous = ""
    for turn in earlier[-_HISTORY_TURNS:]:
        turn = turn[:MAX_QUESTION_CHARS]
        previous = resolve_follow_up(turn, previous) if previous else turn
    query, focus = asked, ""
    if previous:
        query = resolve_follow_up(asked, previous)
        if query != asked:
            focus = follow_up_topic(asked)
    kind = question_kind(query)
    search = query
    if kind in META_KINDS:
        search = _META_WORDS.sub(" ", query)
        if not topic_text(search) and previous:
            # "这篇文章是谁写的" in a chat: the article is the one the last question was about.
            query = search = previous
        search = topic_text(search) or query
    content = topic_text(search)
    lexical = content if has_words(content) else fold(search)
    return Question(
        asked=asked,
        query=query,
        kind=kind,
        search=search,
        content=content,
        lexical=lexical,
        terms=highlight_terms(content),
        when=bool(WHEN.search(fold(query))),
        units=answer_units(query),
        focus=focus,
        notice=notice,
    )

