"""Bylines `（胡位涛 肖 俊）`, `（记者 张三 通讯员 李四）`, report lines `记者 张三 报道`,
datelines `本报讯（记者 张三）` and photo credits `方 曦摄` in lines of page text.

A byline's inside reads as role words (`记者`, `本报记者`, `通讯员`, `实习生` …, each
before the names it applies to, spaced or not), names, and an optional `报道` marker.
Only names go to ``names``; role words go to ``roles``, in order. What a match
consumes (the only characters of a page that end up in no field): the brackets `（）()`,
the separators between names (`、`, `，`, `,`, `/`), the `报道` marker, a credit's `摄`
with its optional brackets, and a byline line's leading mark (`■`) and `文/` (`文/图`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from qa.parse.lines import LEAD_MARKS, PageLine

# One token: CJK ideographs, with · for transliterated names (阿卜杜·热合曼); long enough
# for role words run into names (本报记者王五, 记者贾峰斌通讯员曾思旭).
_TOKEN = r"[\u3400-\u4dbf\u4e00-\u9fff·]{1,16}"
_NAMES = rf"{_TOKEN}(?:[\s、，,/／]+{_TOKEN}){{0,15}}"
# What may stand right before a byline on the same line: nothing, a space, or a sentence end.
_BEFORE = r"(?:^|(?<=[\s。！？!?…”’」』]))"
_BYLINE = re.compile(rf"{_BEFORE}\s*[（(]\s*({_NAMES})\s*[）)]\s*$")
_CREDIT = re.compile(rf"{_BEFORE}\s*[（(]?\s*({_NAMES})\s*[/／]?\s*摄\s*[）)]?\s*$")
# A photo credited to the agency that sent it, naming no photographer (新华社发, （中新社发）,
# 视觉中国供图): the agency stands for one. Only agencies by name: a word before 发 may
# be anything (合作社发 / 放补贴, a verb cut by the column).
_AGENCIES = "新华社|中新社|中国新闻社|人民视觉|视觉中国|东方IC|法新社|美联社|路透社|共同社|塔斯社|韩联社|欧新社"
_AGENCY_CREDIT = re.compile(rf"{_BEFORE}\s*[（(]?\s*({_AGENCIES})\s*(?:发|供图|传真)\s*[）)]?\s*$")
# A source credited in brackets where a byline ends an item, naming no person: a news
# agency or paper (据新华社电, 据人民日报消息; named as one, 据中新网, 据《人民日报》), the desk
# (本报综合), a contributor (县委宣传部供稿), a source (来源：人民网), or the wire's end (完).
_SOURCE = re.compile(
    r"[（(]\s*(?:据\s*[\u4e00-\u9fff]{2,10}(?:电|消息|报道)"
    r"|据\s*《?[\u4e00-\u9fff]{1,10}(?:社|网|报|台|新闻|客户端)》?|[\u4e00-\u9fff]{2,10}(?:供稿|供图)|本报综合|综合|完"
    r"|(?:来源|稿源)\s*[：:]\s*[^（()）]{2,20})\s*[）)]\s*$"
)
# ... or printed bare, alone on its line or set apart after a sentence's end: a paper
# named in 《》 or an agency or news site by name (据《人民日报》, 据新华社); running text
# says 据《人民日报》报道 and runs on, set apart by no space.
_SOURCE_BARE = re.compile(
    rf"(?:^\s*|(?<=[。！？!?…”’」』])\s+)(据\s*(?:《[\u4e00-\u9fff]{{2,10}}》|{_AGENCIES}|中新网|人民网|新华网|央视网))\s*$"
)
_LINE = re.compile(rf"^\s*({_NAMES})\s*$")
_NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?: {1,2}[\u4e00-\u9fff]{1,4}){0,5}$")  # 邹晶伟 梁雪, 刘 颖
# The commonest Chinese surnames (about three hundred, nine in ten people), and compound ones:
# a line of bare names is believed only when each opens with one.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
    "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
    "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩明佘池查麻苑迟邝洪萧赖阎"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "司徒", "东方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙", "长孙", "宇文", "端木")
# What may stand before 记者 or 通讯员 in a role word (本报记者, 见习记者, 新华社记者; the
# paper's, then the kind: 本报特约记者).
_ROLE_PREFIXES = r"(?:本报|新华社)?(?:特约|见习|实习|首席|融媒体|全媒体)?"
# ... or the reporters named after it, before 报道： (本报宜春4月25日讯 记者孙玲报道：…).
_DATELINE_REPORTS = re.compile(
    r"^\s*([\u4e00-\u9fff0-9０-９ ]{0,20}?[讯电])\s*"
    r"((" + _ROLE_PREFIXES + r"记者[^：:，。；（）()]{2,40}?)报道\s*[：:])"
)
# A dateline opening a body: 本报讯, 本报南昌12月1日讯, 新华社北京12月1日电, then a byline.
_DATELINE = re.compile(rf"^\s*([\u4e00-\u9fff0-9０-９ ]{{0,20}}?[讯电])\s*([（(]\s*({_NAMES})\s*[）)])")
_SPRAY = re.compile(r"(?<=[^\x00-\x7f\s]) (?=[^\x00-\x7f\s])")
_SPACE_RUN = re.compile(r" {2,}")
_SEPARATORS = re.compile(r"[\s、，,/／]+")
_HARD_SEPARATORS = re.compile(r"[、，,/／]")
_WIDE_GAP = re.compile(r" {2,}")
# What may open a byline line under a headline: a mark (■本报记者 张三), a writer's 文/,
# or 文/图 (words and pictures) before the names with or without another slash.
_LEAD_MARK = re.compile(rf"^\s*[{LEAD_MARKS}]?\s*")
# An institutional signature under a headline that names nobody (本报评论员, 新华社评论员,
# 本报特约评论员, 本报编辑部): a byline line without authors.
_STAFF = re.compile(r"^(?:本报|本刊|新华社|[\u4e00-\u9fff]{2,4}报)?(?:特约)?(?:评论员|编辑部)$")
_WRITER = re.compile(r"^(?:文\s*[/／]\s*图\s*[/／]?|(?:文|文图|图文)\s*[/／])\s*")
# Who did what, before a name or after the names (文/张三 图/李四, 本报记者 张三 文/图):
# the credit's words, no name.
_CREDIT_ROLE = re.compile(r"(?<![\u4e00-\u9fff])(?:[文图]\s*[/／]\s*[文图](?![\u4e00-\u9fff])|(?:文|图|摄影|摄|文图|图文)\s*[/／])")
# The ideographs on either side of a line break.
_TAIL = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]*$")
_HEAD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]*")
_IDEOGRAPHS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ROLE = re.compile(_ROLE_PREFIXES + r"(?:记者|通讯员)|实习生|[\u4e00-\u9fff]{0,3}?(?:读者|市民|网友)|(?:本报|本刊|新华社)?(?:特约)?评论员")
_ROLE_AT_END = re.compile(rf"(?:{_ROLE.pattern})$")
_RUN_IN = re.compile(rf"(?:{_ROLE.pattern})[\u4e00-\u9fff]")  # a role word run into a name
REPORTS = "报道"  # 记者 张三 报道: "reports", a marker like 摄
MAX_NAME = 6  # characters in one name (阿卜杜·热合曼 is longer, with its ·)

# Bracketed endings that are not bylines: serial notes and picture notes.
_NOT_NAMES = frozenset({"完", "续", "待续", "未完待续", "续完", "上", "中", "下", "图", "资料图", "资料图片"})
_NOT_NAME_START = ("图为", "据", "见", "注")
# 拍摄, 航摄, 抓摄: 摄 as the end of a verb, not a credit.
_VERBS_BEFORE_SHE = ("拍", "航", "抓", "偷")
_AGENCY_CREDIT_ENDS = ("发", "供图", "传真")  # what an agency's credit ends with (``_AGENCY_CREDIT``)
# A bracket after these is a dateline's byline (本报讯 （记者 张三）), not an article's end.
_DATELINE_ENDS = ("讯", "电")


@dataclass(frozen=True)
class Signature:
    """A byline or photo credit found in a line.

    Attributes:
        start: offset in the line where the signature begins; ``line[:start]`` is text
            before it (e.g. the last words of the article).
        names: clean names, in order: ``("胡位涛", "肖俊")``.
        consumed: the characters matched that are in no name and no role word
            (brackets, separators, 报道, 摄).
        roles: the role words, in order: ``("记者", "通讯员")``.
        end: offset in the line where the signature ends (the line's end, but for a
            dateline, which text follows).
    """

    start: int
    names: tuple[str, ...]
    consumed: str
    roles: tuple[str, ...] = ()
    end: int = -1


def wire_end(signature: Signature) -> bool:
    """Whether a signature is the wire's end (（完）): it ends an article, naming no one."""
    return not signature.names and signature.consumed.strip("（）() ") == "完"


def read_byline(text: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Read a byline's inside: names, role words, and whether it ends with 报道.

    Justification pads a two-character name to three with a space (`肖 俊`), so two single
    characters in a row make one name; a byline sprayed with spaces throughout
    (`记 者 张 三`) is read without them when role words tell the names apart.

    Returns:
        (names, roles, reports), in order.
    """
    text = _CREDIT_ROLE.sub(" ", text) if "/" in text or "／" in text else text
    tokens = [token for token in _SEPARATORS.split(text) if token]
    sprayed = len(tokens) > 3 and sum(len(token) == 1 for token in tokens) * 4 >= len(tokens) * 3
    if sprayed and _WIDE_GAP.search(text.strip()):
        # A sprayed line keeps its real spaces as wider gaps: 记 者   张 三   李 四.
        tokens = [token.replace(" ", "") for token in _WIDE_GAP.split(text.strip()) if token.strip()]
    elif sprayed and not any(map(_ROLE.match, tokens)) and _ROLE.search("".join(tokens)):
        tokens = ["".join(tokens)]  # role words, split up too, tell the names apart
    reports = bool(tokens) and tokens[-1].endswith(REPORTS) and (len(tokens) > 1 or _ROLE.match(tokens[-1]))
    if reports:
        tokens[-1] = tokens[-1][: -len(REPORTS)]
        tokens = [token for token in tokens if token]
    names: list[str] = []
    roles: list[str] = []
    single = False  # the last name is a single character that a padded one may complete
    for token in tokens:
        position = 0
        for match in _ROLE.finditer(token):
            if match.start() > position:
                single = _add_name(names, token[position : match.start()], single)
            roles.append(match.group())
            position, single = match.end(), False
        if position < len(token):
            single = _add_name(names, token[position:], single)
    # Names after a role word, or too long for one person's (白卫亮田霞凯), printed without
    # a space between them, are cut (``run_together``). (A run of four alone may be a
    # title's words: 明圣王后.)
    names = [part for name in names for part in (run_together(name) if roles or len(name) > 4 else (name,))]
    return tuple(names), tuple(roles), reports


def _add_name(names: list[str], name: str, single: bool) -> bool:
    """Append a name, joining two single characters in a row; returns whether the last
    name is now a lone single character."""
    if single and len(name) == 1:
        names[-1] += name
        return False
    names.append(name)
    return len(name) == 1


def run_together(name: str) -> tuple[str, ...]:
    """The names of persons printed without a space between them (记者姚斌黄博海: 姚斌,
    黄博海), where one way cuts ``name`` into persons' names (``personal_name``) better
    than any other; else ``name`` whole: a person's own name, or one cut two ways alike.
    Of two ways, the one reading fewer characters common in given names as surnames is
    better (段军蔡林强: 段军 and 蔡林强, not 段军蔡 and 林强, 林 being as much a given
    name's as a surname; 肖卫荣韦宇: 肖卫荣 and 韦宇). (Read after a role word, or for a run
    too long for one name: a line of four characters alone, 明圣王后, cuts into two names
    as well.)"""
    if len(name) < 4 or personal_name(name):
        return (name,)
    ways = list(itertools.islice(_cuts_into_names(name), 4))
    if not ways:
        return (name,)
    doubts = [sum(part[0] in _GIVEN_TOO for part in way[1:]) for way in ways]
    best = min(doubts)
    return ways[doubts.index(best)] if doubts.count(best) == 1 else (name,)


# Surnames that are as common in given names (林, 华, 荣…): where a run of names cuts two
# ways, the cut that opens a name with one of these is the less likely.
_GIVEN_TOO = frozenset("林华明平文金玉春宁安成龙红梅兰桂英荣卫海建志永东方云光新国立山庆阳江洪凤秀丽芳")


def _cuts_into_names(text: str) -> Iterator[tuple[str, ...]]:
    """Every way of cutting ``text`` into persons' names, in order."""
    if personal_name(text):
        yield (text,)
    for cut in range(2, min(5, len(text) - 1)):
        if personal_name(text[:cut]):
            for rest in _cuts_into_names(text[cut:]):
                yield (text[:cut], *rest)


def split_names(text: str) -> tuple[str, ...]:
    """The names in a byline's inside (role words and 报道 left out); see ``read_byline``.

    Returns:
        the names, in order.
    """
    return read_byline(text)[0]


def _plausible(names: tuple[str, ...], roles: tuple[str, ...]) -> bool:
    if not names or all(len(name) < 2 for name in names):
        return False
    if len(names) == 1 and not roles and (names[0] in _NOT_NAMES or names[0].startswith(_NOT_NAME_START)):
        return False
    return all(len(name) <= MAX_NAME or "·" in name for name in names)


def _signature(line: str, inside: str, start: int, end: int) -> Signature | None:
    """The signature spanning ``line[start:end]`` whose names and roles are ``inside``."""
    names, roles, _ = read_byline(inside)
    # (本报评论员 alone: the paper signs, naming nobody.)
    if not _plausible(names, roles) and (names or not roles or not all(map(_STAFF.match, roles))):
        return None
    while start < end and line[start].isspace():
        start += 1
    consumed = list(line[start:end].replace(" ", ""))
    for char in "".join(names) + "".join(roles):
        consumed.remove(char)
    return Signature(start, names, "".join(c for c in consumed if not c.isspace()), roles, end)


def _at_end(match: re.Match[str] | None, line: str) -> Signature | None:
    return None if match is None else _signature(line, match.group(1), match.start(), match.end())


def find_byline(line: str) -> Signature | None:
    """The byline in full-width (or ASCII) brackets that ends ``line``, if any, or a source
    printed bare that does (据《人民日报》, ``_SOURCE_BARE``); a bracket right after
    dateline words (本报讯 （记者 张三）) is not one.

    Returns:
        the signature, or None when the line does not end with a plausible byline.
    """
    if not line.endswith(("）", ")")):
        bare = _SOURCE_BARE.search(line) if "据" in line else None
        if bare is None:
            return None
        return Signature(bare.start(1), (), bare.group(1).replace(" ", ""), (), len(line))
    if line[:-1].rstrip().endswith("摄") or may_credit(line) and _AGENCY_CREDIT.search(line):
        return None  # （张三 摄） and （新华社发） are credits
    source = _SOURCE.search(line)
    if source is not None:
        return Signature(source.start(), (), source.group().strip().replace(" ", ""), (), len(line))
    signature = _at_end(_BYLINE.search(line), line)
    if signature is not None and line[: signature.start].rstrip().endswith(_DATELINE_ENDS):
        return None
    return signature


def find_report_line(line: str) -> Signature | None:
    """A whole line that is a byline without brackets: `记者 张三 报道`, `本报记者 王五`.

    It needs a role word standing apart from the names, or the closing 报道, so that a
    wrapped body line (`记者从赣州市工业和信息化局`) is not taken for one.

    Returns:
        the signature, or None.
    """
    match = _LINE.match(line)
    if match is None or line.rstrip().endswith("摄"):  # a credit, see find_credit
        return None
    names, roles, reports = read_byline(match.group(1))
    apart = any(token in roles for token in _SEPARATORS.split(match.group(1)))
    if not roles or not (apart or reports) or any(len(name) > 4 and "·" not in name for name in names):
        return None
    return _at_end(match, line)


def find_lead_line(line: str) -> Signature | None:
    """A byline line that opens an item under its headline: `记者 张三 报道`,
    `本报记者 王五`, `■本报记者 王五`, `文/张三`, a bracketed one naming a role
    `（本报记者 王五）`, or the paper's signature naming nobody (`本报评论员`: no names).

    Returns:
        the signature (its mark and `文/` consumed), or None.
    """
    mark = _LEAD_MARK.match(line)
    rest = line[mark.end() :]
    staff = _STAFF.match(rest.replace(" ", "").replace("\u3000", ""))
    if staff is not None:  # 本报评论员: signed by the paper, no authors
        return Signature(0, (), mark.group().strip(), (staff.group(),), len(line))
    writer = _WRITER.match(rest)
    if writer is not None:
        names = _LINE.match(rest[writer.end() :])
        found = None if names is None else _signature(rest, names.group(1), 0, len(rest))
    else:
        found = find_report_line(rest)
        if found is None and not mark.group().strip():
            bracket = find_byline(line)
            return bracket if bracket is not None and bracket.start == 0 and bracket.roles else None
    if found is None:
        return None
    extra = mark.group().strip()
    return Signature(0, found.names, extra + found.consumed, found.roles, len(line))


def find_name_line(line: str) -> Signature | None:
    """A line of names alone, signed with a mark (`□ 邹晶伟 梁雪`, `■陆文东`) or a name
    padded by justification (`林 萱`): a byline under a headline, or a signature under
    the text it ends. Each name looks like a person's (a common surname and one or two
    characters; a padded one joined: `刘 颖`), three names at most; without a mark, only one
    padded name (a short headline may be a bare name: 刘少奇).

    Returns:
        the signature (its mark consumed), or None.
    """
    mark = _LEAD_MARK.match(line)
    marked = bool(mark.group().strip())
    rest = line[mark.end() :].strip()
    if not rest or not _NAME_LINE.match(rest):
        return None
    names, roles, reports = read_byline(rest)
    if roles or reports or not 1 <= len(names) <= 3 or not all(map(personal_name, names)):
        return None
    if not marked and not (len(names) == 1 and len(rest.split()) == 2):
        return None
    return Signature(0, names, mark.group().strip(), (), len(line))


# What ends the name of a place under a government (夏河县, 安图县, 华山村), not a person's.
_PLACE_ENDS = tuple("县市省区镇乡村")


def find_bare_name(line: str) -> Signature | None:
    """A line that is one person's name unmarked and unpadded (`韩倩燕`, `欧阳振强`): how a
    commentary or a short piece is signed under its last sentence. Only a full name of
    three characters or more (a common surname and two, a compound surname and one or two)
    is read, as a two-character one is printed padded (`刘 颖`, see ``find_name_line``) and
    two characters alone are as often a place (关岛, 华沙), and none ending with 摄 (a
    photo credit, see ``find_credit``) or as a place under a government does (夏河县,
    ``_PLACE_ENDS``); whether it signs the text above
    or titles the text below, the caller reads from the lines around it.

    Returns:
        the signature (nothing consumed), or None.
    """
    name = line.strip()
    if (
        len(name) < 3 or name.endswith("摄") or name.endswith(_PLACE_ENDS) or not personal_name(name)
        or not all("\u4e00" <= char <= "\u9fff" for char in name)
    ):
        return None
    return Signature(0, (name,), "", (), len(line))


def leaves_bracket_open(text: str) -> bool:
    """Whether a line opens more round brackets than it closes: a byline in brackets goes
    on under it (本报景德镇5月25日电（记者 赵玉鹏 / 通讯员 …）)."""
    if "（" not in text and "(" not in text:
        return False
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def personal_name(name: str) -> bool:
    """Whether a name looks like a person's: a common surname and one or two more
    characters (a compound surname and one or two)."""
    if name.startswith(COMPOUND_SURNAMES):
        return 3 <= len(name) <= 4
    return 2 <= len(name) <= 3 and name[0] in SURNAMES


def _unsprayed(line: str) -> str:
    """A line without the spaces justification sprayed between its characters: there a
    space of the text shows as a run of spaces (`记 者   张 三` is 记者 张三). Most of a
    sprayed line's pieces hold one ideograph at most (a mark sticks to its neighbour:
    `艳 、金 秋 、董 丹 芳 ）巴`); a line of words and names spaced apart
    (`本报讯（记者 曹 健 通讯员 曾倩琳 肖`) is not one, nor one with two ideographs
    unspaced, a mark between them or not (`（记者 于 宇 蔡 宁 曾`, `者 罗 勇 姚 强）受`:
    spraying would split 记者 too, and leaves a gap on one side of a mark at least; the
    gaps there pad names)."""
    if len(_SPRAY.findall(line)) < 4:
        return line
    pieces = line.split()
    counts = [len(_IDEOGRAPHS.findall(piece)) for piece in pieces]
    if sum(count <= 1 for count in counts) * 4 < len(pieces) * 3 or max(counts) >= 2:
        return line
    return _SPACE_RUN.sub("\0", line).replace(" ", "").replace("\0", " ")


def _join_lines(text: str) -> str:
    """Join lines of a body's start (each without sprayed spaces): a line break stood for
    a space between two names, or for nothing where the column cut a word or a name; see
    ``_cuts_name``."""
    lines = [_unsprayed(line) for line in text.split("\n")]
    out = lines[0]
    for line in lines[1:]:
        left, right = _TAIL.search(out).group(), _HEAD.match(line).group()
        if left and right and not _cuts_name(out, line, left, right):
            out += " "
        out += line
    return out


def _cuts_name(before: str, after: str, left: str, right: str) -> bool:
    """Whether a line break between ideographs (``left`` ends ``before``, ``right`` opens
    ``after``) cuts a word or a name rather than stands between two names. Inside a
    byline's bracket the names are read as printed: a break after a whole name (张三, a
    padded 肖 俊, a role word) and before another (李四, a padded 何 俊, 通讯员) separates
    them; a role word cut (通讯 / 员), a lone character on either side (记者 苏 / 国静,
    陈洋 / 艳、金秋: single characters in a row pair up into padded names, so an odd one
    out is a piece of a name) or a compound surname alone (欧阳 / 振强) is a cut.
    Elsewhere runs of two ideographs or more on both sides stand for two names."""
    opened = max(before.rfind("（"), before.rfind("("))
    if opened < 0 or opened < max(before.rfind("）"), before.rfind(")")):
        if len(left) < 2 or len(right) < 2:
            return True
        # (Reporters named before 报道： the column cut: the pieces either side of the break,
        # past the role word and up to 报道, are a name's if either is one character, 记者戴勋
        # / 琪报道：, 记者戴 / 勋琪报道：.)
        reported = right.find("报道")
        if reported < 0:
            return False
        pieces = _ROLE.split(left)[-1], right[:reported]
        return 0 < min(map(len, pieces)) < 2
    inside = before[opened + 1 :]
    across = left[-3:] + right[:3]
    if any(match.start() < len(left[-3:]) < match.end() for match in _ROLE.finditer(across)):
        return True
    if _ROLE_AT_END.search(inside) or _ROLE.match(after):
        return False
    names = read_byline(inside)[0]
    if not names or len(names[-1]) < 2 or names[-1] in COMPOUND_SURNAMES:
        return True
    head = _HARD_SEPARATORS.split(re.split(r"[）)]", after, maxsplit=1)[0], maxsplit=1)[0]
    if "\u4e00" <= head[:1] <= "\u9fff" and _ROLE.match(head, 1):
        return True  # one character before a role word ends the name cut (记者谢建 / 立通讯员吕丽春)
    # A run no person's name alone that, joined with the run after the break, cuts into
    # names is a run of names cut at the column (谭梅庆朱 / 桂琪: 谭梅庆 and 朱桂琪).
    run, tokens = names[-1], head.split()
    if len(run) > 3 and not personal_name(run) and tokens and run_together(run + tokens[0]) != (run + tokens[0],):
        return True
    if (
        tokens
        and _RUN_IN.search(inside)
        and not any(mark.isspace() for mark in inside.strip())
        and len(run_together(run + tokens[0])) > 1
    ):
        # A bracket running its names into the role word with no space inside (记者邓鑫熊
        # / 阳凯）) prints them so: the break parts nothing where the run across it cuts
        # into names (邓鑫 and 熊阳凯: ``run_together``).
        return True
    singles = 0
    for token in tokens:
        if len(token) > 1:
            break
        singles += 1
    return singles % 2 == 1


def find_dateline(text: str) -> Signature | None:
    """The byline of a dateline opening a body: `本报讯（记者 张三）`, `新华社北京12月1日电
    （记者 张三 李四）`, `本报抚州８月１６日讯` (digits set full width); it must name a role,
    or hold persons' names only (`本报讯（熊林雪 肖 斌）`), as other brackets may follow a place.
    Or the reporters named after it, before 报道： (`本报宜春4月25日讯 记者孙玲报道：`).

    Args:
        text: the start of the body as printed (its first lines joined by line breaks).

    Returns:
        the signature (``start``/``end`` bound the bracket in the joined text), or None.
    """
    text = _join_lines(text)
    match = _DATELINE.match(text) or _DATELINE_REPORTS.match(text)
    if match is None:
        return None
    names, roles, _ = read_byline(match.group(3))
    if not roles and not (names and all(map(personal_name, names))):
        return None
    if match.re is _DATELINE_REPORTS and not all(len(name) > 1 for name in names):
        return None  # (a name cut into pieces that no rule joins: none guessed)
    return _signature(text, match.group(3), match.start(2), match.end(2))


def may_credit(text: str) -> bool:
    """Whether ``text`` ends as a photo credit may (摄, or an agency's 发, 供图): a test
    cheaper than ``find_credit``, for lines in bulk."""
    bare = text.rstrip("）) ")
    return bare.endswith("摄") or bare.endswith(_AGENCY_CREDIT_ENDS)


def find_credit(line: str) -> Signature | None:
    """The photo credit (`方 曦摄`, `记者 张三 摄`, `（张三 摄）`) that ends ``line``, if any,
    or the agency's that sent the photo (`新华社发`, `（中新社发）`, `视觉中国供图`).

    Returns:
        the signature, or None when the line does not end with a credit.
    """
    bare = line.rstrip("）) ")
    if not bare.endswith("摄"):
        return _at_end_agency(line) if bare.endswith(_AGENCY_CREDIT_ENDS) else None
    match = _CREDIT.search(line)
    # 拍摄 is a verb; 邓桂航 摄 (spaced), 新华社记者 陆艳航摄 (a role word) or persons' names
    # alone before 摄 (余强航摄, 候鸟栖息地。余强航摄, 宋欣俊 莫勇航 摄) is a credit.
    if (
        bare[:-1].rstrip().endswith(_VERBS_BEFORE_SHE)
        and not _ROLE.search(bare)
        and not (match and _persons(match.group(1)))
    ):
        return None
    return _at_end(match, line)


def _persons(names: str) -> bool:
    """Whether ``names`` (a credit's) is one person's name (its spaces padding it: 邓 桂航)
    or several set apart by spaces, each a person's (宋欣俊 莫勇航)."""
    parts = names.split()
    return personal_name("".join(parts)) or len(parts) > 1 and all(len(part) > 1 and personal_name(part) for part in parts)


def _at_end_agency(line: str) -> Signature | None:
    """The agency credit (``_AGENCY_CREDIT``) ending ``line``: the agency as the one name."""
    match = _AGENCY_CREDIT.search(line)
    if match is None:
        return None
    start = match.start()
    while line[start].isspace():
        start += 1
    agency = match.group(1)
    consumed = line[start : match.end()].replace(agency, "", 1)
    return Signature(start, (agency,), "".join(c for c in consumed if not c.isspace()), (), match.end())


# A byline an extractor gave out in pieces, a line for each word the page set apart
# (poppler's pdftotext parts text at wide gaps): a role word alone (本报记者) over a line of
# names each, or a bracket opened over names (（贺佳慧) that a later line closes (薛洁文）).
_STAFF_ROLE = re.compile(_ROLE_PREFIXES + r"(?:记者|通讯员)|实习生")
_PIECE_OPENS = frozenset("（(本特见实首融全新记通")  # what a byline's first piece opens with
_OPENED = re.compile(rf"^[（(]\s*({_NAMES})$")
_PIECE = re.compile(rf"^({_NAMES})?\s*([）)])?$")
PIECE_MAX = 12  # characters of a line that may be a piece of a byline broken over lines
PIECES_MAX = 6  # ... and lines after its first


def joined_bylines(lines: list[PageLine]) -> list[PageLine]:
    """``lines`` with each byline broken over lines (``_broken_byline``) read as one line,
    numbered as its first (``lines`` itself where none is)."""
    out: list[PageLine] | None = None
    i, n = 0, len(lines)
    while i < n:
        text = lines[i].text
        # (What a first piece opens with, tested first: most lines are longer or open otherwise.)
        if len(text) <= PIECE_MAX and text[0] in _PIECE_OPENS:
            count = _broken_byline([line.text for line in lines[i : i + PIECES_MAX + 1]])
            if count > 1:
                if out is None:
                    out = lines[:i]
                first = lines[i]
                joined = " ".join(line.text for line in lines[i : i + count])
                out.append(PageLine.read(first.number, joined, first.indent, first.blank_before))
                i += count
                continue
        if out is not None:
            out.append(lines[i])
        i += 1
    return lines if out is None else out


def _broken_byline(texts: list[str]) -> int:
    """How many of ``texts``, from the first on, are pieces of one byline (1 where they
    are not): a role word alone, then lines of names (each a person's, 王娟 / 侯静兰) or of
    role words and names (通讯员 李四); or a bracket opened over names and role words,
    then such lines until one closes it, the whole a byline (``find_byline``)."""
    first = texts[0]
    if _STAFF_ROLE.fullmatch(first):
        count = 1
        for piece in texts[1:]:
            if len(piece) > PIECE_MAX or not _NAME_LINE.match(piece) or not _names_only(piece):
                break
            count += 1
        return count
    opened = _OPENED.match(first)
    if opened is None or not _names_only(opened.group(1)):
        return 1
    for count, piece in enumerate(texts[1:], 2):
        match = _PIECE.match(piece) if len(piece) <= PIECE_MAX else None
        if match is None or not match.group(0) or match.group(1) and not _names_only(match.group(1)):
            return 1
        if match.group(2):  # the bracket closes: a byline, or no pieces of one
            return count if find_byline(" ".join(texts[:count])) is not None else 1
    return 1


def _names_only(text: str) -> bool:
    """Whether ``text`` holds names, each a person's (``personal_name``), and role words only."""
    names, roles, reports = read_byline(text)
    return not reports and bool(names or roles) and all(personal_name(name) and not name.endswith("摄") for name in names)
