"""The page's last line ends its paragraph however short it is left: an article whose last
paragraph is a list without a full stop (`有田中井手之战-吉田郡山城之战-…` / `战`) keeps
it as body text, not as lines no item takes (a missing stop at the page's end is weighed
once, by ``qa.parse.viterbi.UNFINISHED``)."""

from __future__ import annotations

import pytest
from pagetext import page_items

# An article under its byline on a page that sets paragraphs flush, its last paragraph a list.
LINES = (
    '记者 蒋 锋',
    '有田中井手之战是武田元繁与毛利元就的战争，也',
    '是毛利元就的初阵，最后武田元繁战死，被誉为西',
    '国的桶狭间之战。毛利元就1000人，武田元繁5000',
    '人。当时正值毛利家当主毛利兴元方才去世不久，',
    '年仅两岁的其子毛利幸松丸被拥立为下任当主，由',
    '当时尚无作战经验的元就与其弟相合元纲共同担任',
    '监护人之职，坐镇于佐东银山城的武田元繁见有机',
    '可趁，随即命令部下熊谷元直担任先锋，率军前往',
    '毛利领地烧杀掳掠，自己则会同香川行景、己斐宗',
    '瑞等豪族，进攻位于吉田郡山城邻近的有田城。',
    '隶属于吉川家的有田城主小田信忠，闻知武田家大',
    '军来袭，随即派出使者前往毛利家求援。',
    '毛利元就以有田城若失陷，则吉田郡山城亦将不保',
    '的考量下，决定率领部队支援。',
    '首先击杀了武田家的先锋熊谷元直，武田元繁闻元',
    '直死讯而大怒，亲率部队来迎战元就。时值夜色，',
    '元就采奇袭战术，使武田军势大乱，武田元繁在混',
    '乱中遇袭身亡，决定了毛利家的胜利。',
    '有田中井手之战-吉田郡山城之战-第一次月山富田',
    '城之战-折敷畑之战-严岛之战-防长经略-忍原崩-',
    '第二次月山富田城之战-多多良滨之战-布部山之战',
    '-上月城之战-备中兵乱-鸟取城之战-备中高松城之',
    '战',
)


# An article ending with its venue's address and telephone over two lines, the last
# ending in a number: read as lines no item takes they would escape the missing stop
# that reading them as the article's text pays, so they pay it too and stay in the
# article. (Flush on a page that indents its paragraphs, they go on in its last one.)
VENUE = (
    '南斯拉夫社会主义联邦共和国',
    '　　1980年代至1990年代，随',
    '着东欧社会主义国家经济衰退、',
    '民族主义复活与东欧剧变，南斯',
    '拉夫的局势开始动荡。',
    '（本报记者 陆杰）',
    '乌石渔港',
    '　　乌石渔港是位于台湾宜兰',
    '县头城镇的观光渔港，渔港管',
    '理单位将其列为第一类渔港。',
    '　　乌石港扩建之后，因为突',
    '堤效应的结果，海沙不断累积',
    '在乌石港以北的外澳地区形成',
    '一大片沙滩。',
    '　　乌石港的北堤因为海砂的',
    '不断累积，在外澳地区所形成',
    '一大片沙滩，地形使海浪易成',
    '为浪型，如今也成为假日的冲',
    '浪圣地。',
    '　　从原本只有一家蓝洋冲浪',
    '俱乐部，变成了10多家冲浪',
    '店。',
    '　　乌石礁为立于乌石港中之',
    '乌礁石，乌石港之名由此而来。',
    '地址：宜兰县头城镇港口里港',
    '口路15-7号电话：03-9782345',
)


@pytest.mark.parametrize("double", [True, False])
@pytest.mark.parametrize(
    ("lines", "read", "last"),
    [
        (LINES, [("", ("蒋锋",))], "".join(LINES[-5:])),  # the list, not cut from its article
        (VENUE, [("南斯拉夫社会主义联邦共和国", ("陆杰",)), ("乌石渔港", ())], "。地址：宜兰县头城镇港口里港口路15-7号电话：03-9782345"),
    ],
)
def test_the_lines_ending_the_page_stay_in_the_last_article(double, lines, read, last):
    items = page_items(lines, double)
    assert not any(item.leftover for item in items)
    assert [(item.title, item.authors) for item in items] == read
    assert items[-1].paragraphs[-1].endswith(last)
