"""Question analysis: input checks, question kind, content words, follow-up resolution."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from qa.errors import QueryError
from qa.text import fold

# Longer questions are cut to this many characters (and the answer says so).
MAX_QUESTION_CHARS = 512
# How many earlier user turns a follow-up may lean on.
_HISTORY_TURNS = 6

# Question kinds: what the answer sentence should contain.
NUMBER, DATE, PERSON, PLACE, OTHER = "number", "date", "person", "place", "other"
# Why / how / what-like questions, whose answers tend to run over two sentences.
EXPLAIN = "explain"
# Questions about the article itself rather than its content.
AUTHOR, PHOTOGRAPHER, TITLE = "author", "photographer", "title"

# Matched on folded (simplified, lower-case) text; order matters: first match wins.
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Only with a word for a news item or picture: "《越南亡国史》的作者是谁" asks about a
    # book in the text, not about the article's byline.
    (PHOTOGRAPHER, re.compile(r"(照片|图片|相片|张图|幅图|配图).*(谁拍|谁摄|摄影|拍摄者)")),
    (AUTHOR, re.compile(r"(文章|报道|稿|新闻|那篇|这篇|本文|该文|消息|通讯).*(谁写|作者|记者|撰写|执笔|署名)")),
    (TITLE, re.compile(r"(文章|报道|稿|新闻|那篇|这篇|本文|该文|消息).*(标题|题目)")),
    (DATE, re.compile(r"何时|什么时候|哪一?年|哪一?天|哪个?月|几月|几号|几日|何年|什么时间|哪个时候|年份|日期|哪个朝代|什么朝代")),
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
# Question words and particles that carry no topic: removed before lexical matching.
_QUESTION_WORDS = re.compile(
    r"为什么|为何|什么时候|什么地方|什么人|什么|哪一|哪些|哪个|哪位|哪里|哪儿|哪|谁|多少|"
    r"几|何时|何处|何人|如何|怎么样|怎么|怎样|是否|是不是|有没有|吗|呢|啊|吧|请问|"
    r"请|告诉我|一下|是|的|了|有|在|和|与|及|把|被|多大|多长|多高|多远|多久"
)
_FOLLOW_UP_LEAD = re.compile(r"^(那么|那|还有|另外|而|又|再问一下)")
_FOLLOW_UP_TAIL = re.compile(r"(的呢|呢|的情况呢|怎么样|如何)$")
# A follow-up longer than this (after its markers are removed) is read as a full question.
_FOLLOW_UP_MAX_CHARS = 8
_PUNCTUATION_CATEGORIES = ("P", "S", "Z", "C")


@dataclass(frozen=True)
class Question:
    """A checked question, ready to search and answer.

    Attributes:
        asked: the question as asked, trimmed and truncated to ``MAX_QUESTION_CHARS``.
        query: what to search and match with: ``asked``, or for an elliptical follow-up
            the previous question with the new topic merged in.
        kind: NUMBER, DATE, PERSON, PLACE, OTHER, or AUTHOR / PHOTOGRAPHER / TITLE for
            questions about the article itself.
        content: folded ``query`` without question words and punctuation: the topic.
        search: the text to search the index with (``query``, without the words that ask
            about the article for AUTHOR / PHOTOGRAPHER / TITLE questions).
        notice: a note for the user ("" when none), e.g. that the question was cut.
        focus: for a follow-up merged into an earlier question, its own topic
            (``上栗县``), which the answering article must mention; "" otherwise.
    """

    asked: str
    query: str
    kind: str
    content: str
    search: str
    notice: str = ""
    focus: str = ""

    @property
    def is_meta(self) -> bool:
        """True for questions about an article's author, photographer or headline."""
        return self.kind in (AUTHOR, PHOTOGRAPHER, TITLE)


def question_kind(text: str) -> str:
    """The kind of answer a question wants, judged from its question words.

    Returns:
        one of the kind constants of this module (OTHER when nothing matches).
    """
    folded = fold(text)
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(folded):
            return kind
    return OTHER


def content_text(text: str) -> str:
    """Folded text without question words, particles and punctuation.

    Returns:
        the topic pieces of a question, in order, separated by single spaces where
        something was removed (``张天霖的身高是多少`` → ``张天霖 身高``); may be empty.
    """
    folded = _QUESTION_WORDS.sub(" ", fold(text))
    return " ".join("".join(" " if _is_symbol(c) else c for c in folded).split())


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char)[0] in _PUNCTUATION_CATEGORIES


def has_words(text: str) -> bool:
    """True when the text holds at least one letter or digit (not only punctuation or emoji)."""
    return any(unicodedata.category(c)[0] in ("L", "N") for c in text)


def history_questions(history: Sequence | None) -> list[str]:
    """The user's earlier questions from a chat history, oldest first.

    Accepts a list of question strings, a Gradio "messages" list (dicts with ``role``
    and ``content``), or a Gradio "tuples" list of ``[user, assistant]`` pairs.

    Returns:
        the non-empty user questions, oldest first.
    """
    questions: list[str] = []
    for turn in history or ():
        if isinstance(turn, str):
            text = turn
        elif isinstance(turn, dict):
            if turn.get("role") != "user":
                continue
            text = _message_text(turn.get("content"))
        elif isinstance(turn, (list, tuple)) and turn:
            text = _message_text(turn[0])
        else:
            continue
        if text.strip():
            questions.append(text.strip())
    return questions


def _message_text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict):  # Gradio multimodal: {"text": ..., "files": [...]}
        return str(content.get("text", ""))
    if isinstance(content, (list, tuple)):  # a list of content parts
        return "".join(_message_text(part) for part in content)
    return ""


def is_follow_up(text: str) -> bool:
    """True for an elliptical follow-up such as ``那上栗县呢？`` or ``那么去年呢``."""
    core = _strip_symbols(fold(text))
    if not core:
        return False
    marked = bool(_FOLLOW_UP_LEAD.match(core) or _FOLLOW_UP_TAIL.search(core))
    return marked and len(_follow_up_topic(core)) <= _FOLLOW_UP_MAX_CHARS


def _strip_symbols(text: str) -> str:
    return "".join(c for c in text if not _is_symbol(c))


def _follow_up_topic(folded_core: str) -> str:
    topic = _FOLLOW_UP_LEAD.sub("", folded_core)
    return _FOLLOW_UP_TAIL.sub("", topic)


def follow_up_topic(text: str) -> str:
    """What an elliptical follow-up asks about: ``那上栗县呢？`` → ``上栗县``.

    Returns:
        the topic in the question's own characters (script kept), or "" for a question
        that is not a follow-up.
    """
    if not is_follow_up(text):
        return ""
    core = _strip_symbols(text)
    return _FOLLOW_UP_TAIL.sub("", _FOLLOW_UP_LEAD.sub("", core)) or core


def resolve_follow_up(text: str, previous: str) -> str:
    """Merge an elliptical follow-up into the previous question.

    The follow-up's topic replaces the word of the same part of speech (place, person,
    organisation, time, number) in the previous question: ``那上栗县呢？`` after
    ``铜鼓县电子公函使用率`` gives ``上栗县电子公函使用率``. When nothing matches, the
    topic is put in front of the previous question.

    Returns:
        the merged question, or ``text`` unchanged when it is not a follow-up.
    """
    if not previous.strip() or not is_follow_up(text):
        return text
    topic = follow_up_topic(text)
    if not topic:
        return previous
    import jieba.posseg

    _quiet_jieba()
    topic_flags = [pair.flag for pair in jieba.posseg.lcut(topic)]
    wanted = next((f for f in topic_flags if f[:2] in ("ns", "nr", "nt", "nz", "t", "m")), "")
    if wanted:
        words = jieba.posseg.lcut(previous)
        for i, pair in enumerate(words):
            if pair.flag[:2] == wanted[:2] and pair.word != topic:
                return "".join(w.word for w in words[:i]) + topic + "".join(
                    w.word for w in words[i + 1 :]
                )
    return f"{topic} {previous}"


def _quiet_jieba() -> None:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)


def prepare_question(question: str, history: Sequence | None = None) -> Question:
    """Check a question at the boundary and analyse it.

    Args:
        question: the user's question.
        history: earlier user questions, most recent last (strings, or a Gradio
            messages / tuples list); an elliptical follow-up leans on them.

    Returns:
        the analysed question.

    Raises:
        QueryError: the question is not a string or is empty / whitespace only.
    """
    if not isinstance(question, str):
        raise QueryError(f"the question must be text, got {type(question).__name__}")
    asked = question.strip()
    if not asked:
        raise QueryError("the question is empty: type a question, e.g. 铜鼓县电子公函使用率")
    notice = ""
    if len(asked) > MAX_QUESTION_CHARS:
        notice = f"问题过长（{len(asked)}字），只使用了前{MAX_QUESTION_CHARS}字。"
        asked = asked[:MAX_QUESTION_CHARS]
    query = asked
    previous = ""
    earlier_questions = history_questions(history)
    while earlier_questions and earlier_questions[-1] == asked:
        earlier_questions.pop()  # some chat UIs pass the message being answered as well
    for earlier in earlier_questions[-_HISTORY_TURNS:]:
        earlier = earlier[:MAX_QUESTION_CHARS]
        previous = resolve_follow_up(earlier, previous) if previous else earlier
    focus = ""
    if previous:
        query = resolve_follow_up(asked, previous)
        if query != asked:
            focus = follow_up_topic(asked)
    kind = question_kind(query)
    search = query
    if kind in (AUTHOR, PHOTOGRAPHER, TITLE):
        search = _META_WORDS.sub(" ", query)
        if not content_text(search) and previous:
            # "这篇文章是谁写的" in a chat: the article is the one the last question was about.
            query = search = previous
        search = content_text(search) or query
    return Question(
        asked=asked,
        query=query,
        kind=kind,
        content=content_text(search),
        search=search,
        notice=notice,
        focus=focus,
    )
