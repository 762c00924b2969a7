"""A digest of the issue's pages (今日导读 over teasers, each a headline that sends the
reader to its page: ◆夜间经济点亮城市烟火气 详见第7版, or the page on the line under the
headline) is furniture, reported as "teasers" (``furniture._teasers``): the headlines
belong to articles on other pages. Before, the digest was read as an article titled
今日导读, and it took the headline of the first article under it. A label over a single
page reference is no digest, and the article under a digest keeps its headline."""

from __future__ import annotations

import pytest

from qa.parse import parse_page_text

ARTICLE = [
    "一条古道串起三个村",
    "　　青石板路蜿蜒向前，两旁是成片的茶园和竹林。",
    "这条有着数百年历史的古驿道，如今成了铅山县远",
    "近闻名的徒步线路。",
    "　　去年以来，沿线三个村联合成立了旅游合作社，",
    "统一修缮古道、规划民宿、培训导游。",
    "（本报记者 林欣阳）",
]
DIGESTS = {
    "on one line": ["今日导读", "◆省内首个跨区域医疗联合体成立 详见第9版", "◆夜间经济点亮城市烟火气 （详见第7版）", "◆赣南脐橙开启“云上”销售季 ▶第7版"],
    "the page under": ["本版导读", "暴雨过后，他们连夜清淤复产", "（详见第16版）", "社区食堂开到了家门口", "详见第16版"],
    "mixed": ["【导读】", "这样的好事，谁不喜欢？", "（详见第12版）", "一碗米粉里的乡村振兴（详见第11版）"],
}


def _page(digest: list[str]) -> str:
    return "\n".join(["2022年5月3日　星期二　　第11版　经济", *digest, *ARTICLE]) + "\n"


@pytest.mark.parametrize("form", sorted(DIGESTS))
def test_a_digest_is_furniture_and_the_article_under_it_keeps_its_headline(form):
    result = parse_page_text(_page(DIGESTS[form]), "page.txt")
    assert [(article.title, article.authors) for article in result.articles] == [("一条古道串起三个村", ("林欣阳",))]
    assert [note.text for note in result.notes if note.kind == "teasers"] == DIGESTS[form]


def test_a_label_over_one_page_reference_is_no_digest():
    result = parse_page_text(_page(["导读", "◆省内首个跨区域医疗联合体成立 详见第9版"]), "page.txt")
    assert not [note for note in result.notes if note.kind == "teasers"]
