"""A 小标题 its paragraph's opening clause repeats (在一家竹木加工厂 / 在一家竹木加工厂，工人们…,
■截至目前 / 截至目前，全县…): where an article sets two or more, no byline between, they are
paragraphs of that article, not headlines of items of their own, whatever signs it (here a
dateline's byline at its top, so no byline after them says so). One alone may be an
entry's name its text opens with (渡川之战 / 渡川之战，又名…): a headline."""

from __future__ import annotations

from test_page import BODY_B, layout_of, page, wrap

FLOOD = "本报讯（记者 马昊嘉 尹思刚）受强降雨影响，修水县部分乡镇出现内涝，一些农田和厂房被淹，当地干部群众投入到生产自救中。"
FACTORY = "在一家竹木加工厂，工人们用高压水枪冲洗设备上的淤泥，技术人员逐台检修电机，争取三天内恢复生产。"
SO_FAR = "截至目前，全县已清理淤泥三万多立方米，抢修道路四十六公里，受灾企业复产率达到九成。"
BATTLE = "渡川之战，又名四万十川之战，发生于天正三年，是长宗我部元亲统一土佐的关键战役，此战奠定了他在土佐的霸权。"


def test_two_restated_subheads_are_paragraphs_of_the_article():
    body = [*wrap(FLOOD, 13), "在一家竹木加工厂", *wrap(FACTORY, 13), "■截至目前", *wrap(SO_FAR, 13)]
    second = wrap(BODY_B, 13)
    second[-1] += "（李娜）"
    items = layout_of(page(["暴雨过后，他们连夜清淤复产"], body, ["篁岭晒秋游人如织"], second)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        (
            "暴雨过后，他们连夜清淤复产",
            (FLOOD.replace(" ", ""), "在一家竹木加工厂", FACTORY, "■截至目前", SO_FAR),
            ("马昊嘉", "尹思刚"),
        ),
        ("篁岭晒秋游人如织", (BODY_B,), ("李娜",)),
    ]


def test_one_restated_name_alone_heads_an_item():
    first = wrap(FLOOD, 20)
    items = layout_of(page(["暴雨过后，他们连夜清淤复产"], first, ["渡川之战"], wrap(BATTLE, 20))).items
    assert [item.title for item in items] == ["暴雨过后，他们连夜清淤复产", "渡川之战"]



STATS = "据统计，试点以来，三市共取消各类证明事项一千一百余项，累计减少群众跑腿六十多万次。"


def test_a_restated_line_under_a_marked_restated_subhead_is_one_too():
    # ■截至目前 / 截至目前，… is a 小标题 already; the unmarked one after it (据统计，试点以来 /
    # 据统计，试点以来，…), no byline between, is its article's second, not a headline
    # over the article's last paragraph (which took the article's end byline with it).
    body = [*wrap(FACTORY, 13), "■截至目前", *wrap(SO_FAR, 13), "据统计，试点以来", *wrap(STATS, 13)]
    body[-1] += "（本报记者 苏璐）"
    items = layout_of(page(["暴雨过后，他们连夜清淤复产"], body)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("暴雨过后，他们连夜清淤复产", (FACTORY, "■截至目前", SO_FAR, "据统计，试点以来", STATS), ("苏璐",)),
    ]


def test_generated_pages_with_a_marked_and_an_unmarked_restated_subhead(pool5):
    from pagegen5 import random_page5
    from pagescore import assert_recovered

    # Looked-at pages of generator 5 (even seeds): a marked 小标题, then an unmarked one
    # the line under it restates, read as the headline of an item of its own.
    for seed in (502_816, 503_322):
        assert_recovered(random_page5(pool5, seed))
    # An entry's name over its text (凉茶舖 / 凉茶舖，又名…) over a marked 小标题 restated
    # so: the name heads the item (a marked 小标题 partners the lines after it only).
    assert_recovered(random_page5(pool5, 500_918))
