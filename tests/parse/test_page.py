"""Raw page layout: the seed page's acceptance table, nothing lost, and each rule on small pages."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from qa.parse import parse_page_text
from qa.parse.byline import find_byline, find_credit, split_names
from qa.parse.decode import split_lines
from qa.parse.headings import clean_heading, heading_fields
from qa.parse.lines import looks_like_page, read_lines
from qa.parse.page import analyse_page

DATA = Path(__file__).parent.parent / "data"
CJK_SPACE_CJK = re.compile(r"[\u3400-\u9fff，。、；：！？“”‘’（）《》]\s+[\u3400-\u9fff，。、；：！？“”‘’（）《》]")


def layout_of(text: str):
    return analyse_page(read_lines(split_lines(text)))


def items_of(lines: list[str]) -> list:
    """The items (not the furniture) read from a page of ``lines``."""
    return [item for item in layout_of("\n".join(lines) + "\n").items if item.kind != "furniture"]


def visible(text: str) -> Counter:
    return Counter(char for char in text if not char.isspace())


def accounted(layout) -> Counter:
    """Every non-whitespace character the parser put somewhere, consumed ones and byline
    role words included; authors read from a dateline are copies of body text."""
    out = Counter()
    for item in layout.items:
        fields = (item.title, item.kicker, item.subtitle, item.photographer, item.consumed)
        authors = () if item.authors_in_text else item.authors
        for text in (*fields, *item.paragraphs, *authors, *item.roles):
            out.update(visible(text))
    return out


# --- the seed page -------------------------------------------------------------------

SEED_TABLE = [
    ("article", "青山湖区：凝心聚力促统战工作上台阶", "", ("胡位涛", "肖俊"), ""),
    ("article", "上栗创新湘赣边“基层之治”", "一体化运作 一揽子解决", ("黎志文", "冷英群"), ""),
    ("article", "", "", ("刘琼",), ""),
    ("article", "大余积极探索宅基地审批机制", "", ("叶功富", "叶嘉卿"), ""),
    ("article", "东乡区靠前监督护航抗旱保收", "", ("钟天明", "李嘉勋"), ""),
    ("article", "景德镇高新区打造“足球夜”凝聚发展合力", "", ("罗斌",), ""),
    ("photo", "", "", (), "方曦"),
]


@pytest.fixture(scope="module")
def seed_items(request):
    from conftest import SEED_PAGE

    return parse_page_text(SEED_PAGE.read_text(encoding="utf-8"), str(SEED_PAGE)).articles


def test_seed_page_gives_the_acceptance_table(seed_items):
    got = [(a.kind, a.title, a.kicker, a.authors, a.photographer) for a in seed_items]
    assert got == SEED_TABLE
    assert [a.position for a in seed_items] == list(range(1, 8))


def test_seed_bodies_are_clean(seed_items):
    text = {a.position: a.text for a in seed_items}
    assert "推动全县“电子公函”使用率达100%" in text[3]
    assert "8月18日" in text[2] and "“中国烟花爆竹之乡”" in text[2]
    assert "文创IP+品牌" in text[1] and "服务3万人（次）" in text[1]
    for article in seed_items:
        for paragraph in article.paragraphs:
            assert not CJK_SPACE_CJK.search(paragraph), paragraph
    photo = seed_items[6]
    assert photo.paragraphs == (
        "8月17日，九江银行南昌分行阳明支行党支部联合总行信用卡中心党支部，走进南昌市东湖区"
        "紫金广场开展“我为群众办实事”主题党日活动，为“城市美容师”们送去防暑降温物品。",
    )


def test_seed_paragraphs_are_where_the_page_shows_them(seed_items):
    first = seed_items[0].paragraphs[0]
    assert first.startswith("近年来，") and first.endswith("发挥了积极作用。")
    assert "凝聚人心" not in first
    # The whole page against the hand-checked reading (tests/data/seed_expected.json).
    expected = json.loads((DATA / "seed_expected.json").read_text(encoding="utf-8"))
    assert [list(a.paragraphs) for a in seed_items] == [e["paragraphs"] for e in expected]
    assert seed_items[2].display_title.startswith("“自从全县推广使用")


def test_seed_page_loses_no_character(seed_page):
    text = seed_page.read_text(encoding="utf-8")
    layout = layout_of(text)
    assert not layout.doubts or all(d.what != "heading lines that no item takes, kept as an item" for d in layout.doubts)
    assert accounted(layout) == visible(text)
    consumed = Counter("".join(item.consumed for item in layout.items))
    assert consumed == Counter({"（": 6, "）": 6, "摄": 1})  # six bylines, one credit


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda t: t.replace("\n\n", "\n"), id="single-spaced"),
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "\r"), id="cr"),
        pytest.param(lambda t: "\n".join(line.rstrip() + "  " for line in t.split("\n")), id="trailing-spaces"),
    ],
)
def test_seed_layout_survives_other_spacing(seed_page, transform):
    text = transform(seed_page.read_text(encoding="utf-8"))
    items = parse_page_text(text).articles
    assert [(a.kind, a.title, a.kicker, a.authors, a.photographer) for a in items] == SEED_TABLE


# --- rules on small pages ---------------------------------------------------------------

def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap clean text at ``width`` ideographs, first line two short (lost indent)."""
    lines, room = [], width - 2
    while text:
        lines.append(text[:room])
        text, room = text[room:], width
    return lines


BODY_A = "南昌地铁4号线一期工程正式开通运营，线路全长三十九公里，共设车站二十九座，串联起红谷滩西湖青山湖等六个城区。"
BODY_B = "婺源县篁岭景区游客络绎不绝，红彤彤的辣椒和金灿灿的稻谷铺满屋顶，晒秋美景吸引了大批游客驻足拍照留念。"


def page(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block) + "\n"


def test_headline_after_a_byline_goes_to_the_article_it_is_about():
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明 李 娜）"
    b = wrap(BODY_B, 14)
    b[-1] += " （郑 丽）"
    text = page(a, ["南昌地铁四号线开通运营"], b)
    items = layout_of(text).items
    assert [(i.title, i.authors) for i in items] == [
        ("南昌地铁四号线开通运营", ("王晓明", "李娜")),
        ("", ("郑丽",)),
    ]


def test_headline_before_a_body_and_a_kicker_over_it():
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap(BODY_B, 20)
    b[-1] += " （郑 丽）"
    text = page(a, ["篁岭晒秋 游人如织", "婺源秋季旅游持续升温"], b)
    items = layout_of(text).items
    assert [(i.kicker, i.title) for i in items] == [("", ""), ("篁岭晒秋 游人如织", "婺源秋季旅游持续升温")]


def test_a_leading_space_and_a_missing_blank_line_start_a_block():
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap(BODY_B, 14)
    b[-1] += " （郑 丽）"
    text = "\n\n".join(a) + "\n" + " 婺源秋季旅游持续升温\n" + "\n\n".join(b) + "\n"
    items = layout_of(text).items
    assert [i.title for i in items] == ["", "婺源秋季旅游持续升温"]
    assert "".join(items[1].paragraphs) == BODY_B


def test_photo_caption_with_credit():
    caption = wrap("8月17日，九江银行党员走进紫金广场，为环卫工人送去防暑降温物品。", 9)
    items = layout_of(page(caption, ["方 曦摄"])).items
    assert [(i.kind, i.photographer, i.authors) for i in items] == [("photo", "方曦", ())]
    assert items[0].paragraphs == ("8月17日，九江银行党员走进紫金广场，为环卫工人送去防暑降温物品。",)


def test_width_change_without_byline_starts_a_new_article():
    a, b = wrap(BODY_A + BODY_A, 12), wrap(BODY_B + BODY_B, 24)
    items = layout_of(page(a, b)).items
    assert ["".join(i.paragraphs) for i in items] == [BODY_A + BODY_A, BODY_B + BODY_B]


def test_lines_that_belong_to_nothing_become_an_item_of_their_own():
    # Page furniture after the last article, about nothing: no article takes it as a
    # headline, and it is not dropped either: an item of its own (indexed, so findable),
    # reported as a doubt with its line.
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    text = page(a, ["本版责任编辑"])
    layout = layout_of(text)
    assert [(i.title, i.paragraphs) for i in layout.items] == [("", (BODY_A,)), ("", ("本版责任编辑",))]
    line = len(a) * 2 + 1
    assert [(d.line, d.what) for d in layout.doubts] == [(line, "heading lines that no item takes, kept as an item")]
    assert accounted(layout) == visible(text)


def test_page_and_clean_article_are_told_apart(seed_page):
    assert looks_like_page(read_lines(split_lines(seed_page.read_text(encoding="utf-8"))))
    clean = "标题\n" + "\n".join([BODY_A, BODY_B, BODY_A + BODY_B, BODY_B])
    assert not looks_like_page(read_lines(split_lines(clean)))


# --- bylines, credits, headings ---------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("发展凝聚更多力量。 （胡位涛 肖 俊）", ("胡位涛", "肖俊")),
        ("关负责人表示。 （刘 琼）", ("刘琼",)),
        ("（刘 琼）", ("刘琼",)),
        ("取得更多成果。”（黎志文 冷英群）", ("黎志文", "冷英群")),
        ("（张三、李四）", ("张三", "李四")),
        ("服务 3 万人（次）。", None),
        ("四大原则，联合其他兄弟县（市、区）", None),
        ("今天到此为止。（完）", ()),  # the wire's end: it ends the article, naming no one
        ("力集团（团伙）", None),
    ],
)
def test_byline(line, names):
    found = find_byline(line)
    assert (found.names if found else None) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("方 曦摄", ("方曦",)),
        ("送去防暑降温物品。 方曦 摄", ("方曦",)),
        ("（记者 张三 摄）", ("张三",)),
        ("进行拍摄", None),
        ("无人机航摄", None),  # 航摄: a verb
        ("邓桂航 摄", ("邓桂航",)),  # a name ending in 航, spaced from 摄
        ("本报通讯员 邓桂航 摄", ("邓桂航",)),
        ("新华社记者陆艳航摄", ("陆艳航",)),  # a role word: a credit
        ("余强航摄", ("余强航",)),  # a person's name alone before 摄: a credit
        ("候鸟栖息地。余强航摄", ("余强航",)),
        ("（王航摄）", ("王航",)),
        ("他们正在现场拍摄", None),  # no name before the verb
        ("图片由无人机航摄", None),
        # Two photographers, the second's name ending in 航 (generators 7 and 8: the photo
        # had gone uncredited and its caption to the photo under it).
        ("宋欣俊 莫勇航 摄", ("宋欣俊", "莫勇航")),
        ("  本报记者 宋欣俊 莫勇航 摄", ("宋欣俊", "莫勇航")),
        ("无 人 机 航 摄", None),  # sprayed: no names
        ("两 架 无 人 机 航 摄", None),
    ],
)
def test_credit(line, names):
    found = find_credit(line)
    assert (found.names if found else None) == names


def test_signature_reports_what_it_consumes():
    assert find_byline("成果。 （胡位涛 肖 俊）").consumed == "（）"
    assert find_credit("方 曦摄").consumed == "摄"


def test_split_names_pairs_padded_two_character_names():
    assert split_names("胡位涛 肖 俊") == ("胡位涛", "肖俊")
    assert split_names("肖 俊 刘 琼") == ("肖俊", "刘琼")
    assert split_names("阿卜杜·热合曼") == ("阿卜杜·热合曼",)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("一体化运作 一揽子解决", "一体化运作 一揽子解决"),
        ("青 山 湖 区 凝 心 聚 力", "青山湖区凝心聚力"),
        ("赣州 5G 基站突破 1 万个", "赣州5G基站突破1万个"),
        ("Smart Ganzhou 上线", "Smart Ganzhou上线"),
        ("2 0 0 5 年 9 月 离 职", "2005年9月离职"),
        ("A B C 三 档 套 餐", "ABC三档套餐"),
        ("Plan B 启动", "Plan B启动"),
    ],
)
def test_clean_heading(raw, clean):
    assert clean_heading(raw) == clean


def test_heading_roles():
    assert heading_fields(["标题"]) == ("", "标题", "")
    assert heading_fields(["引题", "标题"]) == ("引题", "标题", "")
    assert heading_fields(["标题", "——副题"]) == ("", "标题", "——副题")
    assert heading_fields(["引题", "标题", "——副题"]) == ("引题", "标题", "——副题")
