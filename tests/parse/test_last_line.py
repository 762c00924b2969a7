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


@pytest.mark.parametrize("double", [True, False])
def test_a_list_ending_the_page_stays_in_the_last_article(double):
    items = page_items(LINES, double)
    assert not any(item.leftover for item in items)
    assert len(items) == 1
    assert items[0].authors == ("蒋锋",)
    assert items[0].paragraphs[-1] == "".join(LINES[-5:])
