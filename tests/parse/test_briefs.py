"""Short items (简讯) under a section label: each led by its title, on a line of its own
behind a mark (■ 标题: a title, no 小标题, in a run under a label) or run into its text in
【】 (【标题】正文: the title without its marks, the text after it)."""

from __future__ import annotations

import pytest
from pagetext import wrap

from qa.parse.read import parse_page_text
from qa.parse.segment import bracket_opens, bracket_title

TITLES = ("抚州启动乡村振兴人才培训计划", "南昌地铁4号线开通运营", "县城里的“博物馆热”")
TEXTS = (
    "近日，抚州市启动实施乡村振兴人才培训计划，今年将培训高素质农民三千人次。",
    "十二月二十六日上午，南昌地铁四号线正式开通运营，全线设车站二十九座。",
    "暑期以来，安福县博物馆每天接待观众上千人次，比去年同期翻了一番。",
)


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


@pytest.mark.parametrize("mark", ["■", "■ ", "●", "◆"])
def test_marked_titles_under_a_label_are_titles_not_subheads(mark):
    lines = ["县区传真"]
    for title, text in zip(TITLES, TEXTS, strict=True):
        lines += [mark + title, *_wrap(text, 20)]
    result = parse_page_text("\n\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == list(zip(TITLES, TEXTS, strict=True))
    assert [(n.kind, n.text) for n in result.notes] == [("section label", "县区传真")]


def test_marked_titles_under_a_label_stay_titles_where_the_last_item_is_signed():
    # Flush short lines a paragraph apart over an end byline are also the shape of an
    # article's 小标题 (page._flush_minor_heads); titles under a label are none.
    lines = ["简讯"]
    for mark, title, text in zip("●■◆", TITLES, TEXTS, strict=True):
        lines += [mark + title, *_wrap(text, 24)]
    lines[-1] += " （杜 梅）"
    result = parse_page_text("\n\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs), a.authors) for a in result.articles] == [
        (TITLES[0], TEXTS[0], ()),
        (TITLES[1], TEXTS[1], ()),
        (TITLES[2], TEXTS[2], ("杜梅",)),
    ]


@pytest.mark.parametrize("width", [9, 12, 16, 40])
def test_titles_in_brackets_run_into_the_text(width):
    lines = ["本地快讯"]
    for number, (title, text) in enumerate(zip(TITLES, TEXTS, strict=True)):
        tail = "（廖 力 史 玲）" if number == 1 else ""
        lines += _wrap(f"【{title}】{text}", width)
        if tail:
            lines[-1] += " " + tail
    result = parse_page_text("\n\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == list(zip(TITLES, TEXTS, strict=True))
    assert [a.authors for a in result.articles] == [(), ("廖力", "史玲"), ()]


def test_what_opens_with_a_title_in_brackets():
    assert bracket_title("【县城里的“博物馆热”】暑期以来") == ("县城里的“博物馆热”", "暑期以来")
    assert bracket_opens("【县城里的“博物") and bracket_opens("【网球】网球是一项运动")
    # An editor's note opens its article under the headline; a run of labels titles nothing.
    assert bracket_title("【编者按】近年来") is None and not bracket_opens("【编者按】近年来")
    assert not bracket_opens("【原作】【改编】拥有模仿人类") and bracket_title("【原作】【改编】拥有") is None


ARTICLE = (
    "锦地罗又称宽叶毛毡苔，是茅膏菜科茅膏菜属的植物，分布在亚洲、大洋洲的热带和亚热带地区。",
    "它的别名很多：落地金钱、金钱草、钉地金钱、乌蝇草（广东）、金雀梅（福建）、文钱红（广西）",
)
BRIEFS = (
    ("老旧小区加装电梯，难在哪？", "业内人士建议，应进一步完善低楼层住户的补偿机制，通过协商找到各方都能接受的“最大公约数”。"),
    ("防范电信诈骗，这些套路要当心！", "警方提醒，冒充客服、刷单返利、虚假投资理财是当前最常见的诈骗类型。"),
)


@pytest.mark.parametrize("width", [16, 22])
def test_an_item_starts_under_a_label(width):
    """What a label names starts under it: the item before ends there, whatever its last
    line ends with (here a note in brackets, then its byline set apart by a space), and the
    first short item under the label is an item of its own."""
    lines = ["茅膏菜科茅膏菜属的植物"]
    for paragraph in ARTICLE:
        lines += wrap(paragraph, width)
    lines[-1] += " （钟伟娥）"
    lines.append("新闻速览")
    for title, text in BRIEFS:
        lines += ["■" + title, *wrap(text, width)]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("茅膏菜科茅膏菜属的植物", ("钟伟娥",)),
        *((title, ()) for title, _ in BRIEFS),
    ]
    assert result.articles[0].paragraphs[-1].endswith("文钱红（广西）")
    assert [a.paragraphs for a in result.articles[1:]] == [(text,) for _, text in BRIEFS]



SIGNED_ARTICLE = (
    "晚上九点，位于红谷滩区的一家城市书房依然灯火通明，读者们或坐或站，安静地翻阅着手中的书籍。",
    "这样的城市书房，南昌市已经建成了八十六家，它们大多嵌入社区、公园和商业街区。",
)
UNSIGNED_BRIEFS = (
    ("青山湖区：凝心聚力促统战工作上台阶", "本报讯（袁伟卫）近年来，南昌市青山湖区以“五强六好”工程创建为契机，凝聚了新的社会阶层人士共识。"),
    ("赣江新区首列中欧班列满载出发", "随着一声汽笛长鸣，满载五十个标准集装箱的中欧班列从赣江新区物流园缓缓驶出。"),
    ("一条古道串起三个村", "青石板路蜿蜒向前，两旁是成片的茶园和竹林，这条古驿道如今成了远近闻名的徒步线路。"),
    ("暑期研学游升温", "暑假以来，各地博物馆、科技馆迎来研学高峰，不少场馆的预约名额一放出就被抢光。"),
)


@pytest.mark.parametrize("dated", [False, True])
@pytest.mark.parametrize("indent", ["", " "])
@pytest.mark.parametrize("width", [14, 18, 20])
def test_unsigned_briefs_under_a_label_are_items_of_their_own(width, indent, dated):
    """Short items under a section label that sign no names (the first may name its
    writer in its dateline), one credit naming no one under the run (（本报综合）), on a
    page whose article is signed: each brief's title heads an item of its own, no 小标题
    of the brief before (unsigned items are what such a run prints, not a cost of the
    page's credit convention)."""
    briefs = UNSIGNED_BRIEFS if dated else UNSIGNED_BRIEFS[1:]
    lines = ["城市书房成了市民的“第二客厅”", "本报记者 覃平"]
    for paragraph in SIGNED_ARTICLE:
        lines += wrap(paragraph, 2 * width)
    lines.append("本地快讯")
    for title, text in briefs:
        lines += [indent + title, *wrap(text, width)]
    lines.append("（本报综合）")
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == [
        ("城市书房成了市民的“第二客厅”", "".join(SIGNED_ARTICLE)),
        *briefs,
    ]
    assert result.articles[0].authors == ("覃平",)


@pytest.mark.parametrize(("label", "mark"), [("■一句话新闻■", "◆"), ("一句话新闻", "●"), ("◆观点◆", "■"), ("▲快讯▲", "▲")])
def test_one_sentence_items_behind_bullets_under_a_label_are_each_an_item(label, mark):
    # 一句话新闻: each item a sentence or two behind a bullet, no title, no byline. Under a
    # section label (set between marks too: ■一句话新闻■, ◆观点◆) each bullet after a
    # sentence's end opens the next item; the bullet is the list's mark, not the item's
    # words (generator 8).
    lines = [label]
    for text in TEXTS:
        lines += _wrap(mark + text, 17)
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == [("", text) for text in TEXTS]
    assert [(n.kind, n.text) for n in result.notes] == [("section label", label)]


UNBROKEN = (  # (no clause mark in its first 13 characters: a line of them may be a title)
    "以迎接党的二十大胜利召开为契机，开展系列活动，把新的社会阶层统战工作的触角延伸到各个领域。",
    "记者日前从省司法厅获悉，南昌、上饶、吉安三市获评全省首批无证明城市。",
)


@pytest.mark.parametrize("indent", ["", "  "])
@pytest.mark.parametrize("mark", ["●", "■"])
def test_a_lists_items_share_its_bullet_though_a_line_holds_no_clause(indent, mark):
    # A list's item whose first line holds no comma (●以迎接党的二十大胜利召开为 / 契机，…)
    # is no title and no 小标题 where the list's bullet opens running text: it wraps on into
    # the line under it. Photo captions under the list, behind another bullet, stay the
    # photo's.
    lines = ["一句话新闻"]
    for text in (TEXTS[0], *UNBROKEN):
        wrapped = _wrap(mark + text, 14)
        lines += [indent + wrapped[0], *wrapped[1:]]
    captions = ["▲进贤县一处高标准农田里，无人机正在", "喷洒农药。", "▲种粮大户通过手机查看田间", "数据。", "罗秀红 摄"]
    result = parse_page_text("\n".join([*lines, *captions]) + "\n", "page.txt")
    assert [(a.kind, a.title, "".join(a.paragraphs)) for a in result.articles] == [
        *[("article", "", text) for text in (TEXTS[0], *UNBROKEN)],
        ("photo", "", "▲进贤县一处高标准农田里，无人机正在喷洒农药。▲种粮大户通过手机查看田间数据。"),
    ]



@pytest.mark.parametrize("mark", ["●", "◆"])
def test_a_lists_items_whose_indents_were_lost_are_each_an_item(mark):
    # Each item's first line 2 em short of the lines under it (its indent lost in
    # extraction), none of them holding a comma: still the list's items, none a title, and
    # an item whose sentence ends in a short line under a full one (…相关负责 / 人表示。).
    texts = (
        "在南昌市一所小学的数学课上，学生们完成练习后，平板电脑上立刻显示出每道题的正确率。",
        "中午十一点半青云谱区一家社区食堂里，已经坐满了前来就餐的老人。",
        "铜鼓县纪委监委相关负责人表示。",
    )
    lines = ["简讯"]
    for text in texts[:2]:
        lines += [mark + text[:9], *_wrap(text[9:], 11)]
    lines += [mark + texts[2][:11], texts[2][11:]]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == [("", text) for text in texts]


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_briefs_titles_behind_bullets_stay_titles(indent):
    # A brief's marked title over its text, as wide as the text's lines, is no list item:
    # its text opens a paragraph of its own (本报讯…, or an indent) or the title ends in ！.
    titles = ("这个夏天，“村超”火了！", "城市书房成了市民的第二客厅", "老旧小区加装电梯难在哪")
    lines = ["图说新闻"]
    for title, text in zip(titles, TEXTS, strict=True):
        wrapped = _wrap("本报讯" + text, len(title) + 1)
        lines += ["■" + title, indent + wrapped[0], *wrapped[1:]]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [a.title for a in result.articles] == list(titles)


def test_a_lists_item_that_leaves_a_quotation_open_wraps_on():
    # A bullet's line 3 em short of the column, holding no clause mark (so it may be a
    # 小标题), but leaving a quotation open: its sentence goes on into the line under it,
    # and the item is the list's next (it had gone on with the item before).
    lines = [
        "一句话新闻",
        "■“您的快递丢失，我们将为您办",
        "理理赔。”",
        "■“直接把资料交给镇里便民服务",
        "中心的宅基地审批窗口就可以申请审批",
        "建房，很方便！”",
        "■随着一声汽笛长鸣，满载50个",
        "标准集装箱的中欧班列从赣江新区物流",
        "园缓缓驶出，预计18天后抵达波兰罗兹。",
    ]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, a.paragraphs[0][:6]) for a in result.articles] == [
        ("", "“您的快递丢"),
        ("", "“直接把资料"),
        ("", "随着一声汽笛"),
    ]
