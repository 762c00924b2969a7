"""A dateline whose credit ends in a colon (本报抚州1月20日讯 记者黎超报道：) opens an
item's body; it is no paragraph leading into verse or a list (诗中写道：), whose lines
would be the text of the article before it (generator 8 sets one under another
article's last sentence, in a wider column)."""

from __future__ import annotations

import pytest

from qa.parse.read import parse_page_text

BEFORE = [  # (a generator 8 page's lines, as its text was extracted)
    "一体化运作 一揽子解决",
    "上栗创新湘赣边“基层之治”",
    "新华社萍乡1月21日电 8月18",
    "日，江西省上栗县、湖南省浏阳",
    "市两地联合开展边界治理。位",
    "于赣湘边界的上栗县金山镇高",
    "山村，多年来未发生矛盾纠纷、",
    "山火隐患和交通事故。",
]
AFTER = [
    "清晨六点，崇仁县一家米粉加工厂里机",
    "器轰鸣。经过浸泡、磨浆、蒸片、晾晒",
    "等十多道工序，一根根洁白的米粉新鲜",
    "出炉，随后被打包发往全国各地。",
    "“我们的米粉全部用本地早籼米制",
    "作，不加任何添加剂。”工厂负责人说，",
    "去年工厂线上销售额突破 3000 万元。",
]


@pytest.mark.parametrize(
    "dateline",
    ["本报抚州 1 月20 日讯 记者黎超报道：", "本报抚州1月20日讯 记者黎超报道：", "新华社南昌1月20日电 记者黎超报道："],
)
def test_a_dateline_ending_in_a_colon_opens_the_next_item(dateline):
    result = parse_page_text("\n".join([*BEFORE, dateline, *AFTER]) + "\n", "page.txt")
    articles = result.articles
    assert [a.title for a in articles] == ["上栗创新湘赣边“基层之治”", ""]
    assert articles[1].paragraphs[0].replace(" ", "").startswith(dateline.replace(" ", "")[:8])
    assert list(articles[1].authors) == ["黎超"]
    assert "米粉" not in "".join(articles[0].paragraphs)


def test_a_paragraph_quoting_verse_still_leads_into_it():
    # 诗中写道： opens no item: the verse under it is the article's own text, as before.
    verse = ["诗中写道：", "白日依山尽，", "黄河入海流。"]
    result = parse_page_text("\n".join([*BEFORE, *verse, *AFTER]) + "\n", "page.txt")
    assert len(result.articles) == 1
    assert "白日依山尽" in "".join(result.articles[0].paragraphs)
