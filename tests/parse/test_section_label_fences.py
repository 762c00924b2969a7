"""A section or column label (要闻简报, 今日谈) stands between what comes before it and
the item that starts under it. Two readings ran across one:

- a headline printed after its article, right over the label, was read as the kicker of
  the item under the label (舟山市 / 要闻简报 / ●卢安达: kicker 舟山市, title 卢安达),
  and the article above lost its headline: heading lines over a label now split at it;
- a bare name over a label (韩倩燕 / 新闻速览) was not read as the byline of the text above
  it when a byline had signed an article since the last item's end (the article before
  the label's own, 本报记者 叶秀): the text since the label counts, so the name signs the
  article it ends, which had been read as two items or run on into the next one.
"""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text

AFTER_THEN_LABEL = [
    "春秋时，舟山属越，称甬东，又喻称海中洲。公元738",
    "年，唐开元二十六年，置县，以境内有翁山而命名为",
    "翁山县，史上群岛置县之始。",
    "公元1548年，明嘉靖二十七年，浙江巡抚朱纨派兵",
    "进攻双屿港，港口以木石淤塞，城市被大火烧光。",
    " 舟\u3000山\u3000市",
    "要闻简报",
    "●卢安达",
    "卢安达共和国，简称卢安达，是位于非洲中部和东部",
    "的主权国家，座落在赤道以南，全国各地分布有多个",
    "湖泊。",
    "（谢莉桂 孙蕾鑫）",
    "■ 西沙群岛",
    "据中国史书《诸蕃志》记载，贞观五年，中国的唐朝",
    "便实施了对西沙群岛的实际管辖，当时该群岛隶属于",
    "振州。",
    "（史冬翔）",
]

NAME_THEN_LABEL = [
    "夜间经济点亮城市烟火气",
    "□ 本报记者 叶 秀",
    "本报九江4月1日讯\u3000华灯初上，九江市浔阳区的美",
    "食街上人头攒动。烧烤、小龙虾、茶饮店前排起了长",
    "队，街头艺人的表演不时引来阵阵掌声。",
    "市商务局有关负责人说，下一步将打造更多特色夜市",
    "和消费场景，让市民逛得舒心、吃得放心。",
    "今日谈",
    "暴雨过后，他们连夜清淤复产",
    "受强降雨影响，修水县部分乡镇出现内涝，一些农田",
    "和厂房被淹。雨势刚减弱，当地干部群众就投入到清",
    "淤消杀和生产自救中。",
    "在一家竹木加工厂，工人们用高压水枪冲洗设备上的",
    "淤泥，技术人员逐台检修电机。",
    "截至目前，全县已清理淤泥3.2万立方米，受灾企业",
    "复产率达到九成。",
    "韩倩燕",
    "新闻速览",
    "【AI进课堂：老师多了个“助教”】在南昌市一所小学",
    "的数学课上，学生们完成练习后，平板电脑上立刻显",
    "示出每道题的正确率。 （李敏芳）",
]


def test_a_headline_after_its_article_stays_over_the_label():
    result = parse_page_text("\n".join(AFTER_THEN_LABEL) + "\n", "page.txt")
    assert [(squeezed(a.kicker), squeezed(a.title)) for a in result.articles] == [
        ("", "舟山市"),
        ("", "卢安达"),
        ("", "西沙群岛"),
    ]
    assert result.articles[0].paragraphs[-1].endswith("城市被大火烧光。")
    assert result.articles[1].authors == ("谢莉桂", "孙蕾鑫")


def test_a_bare_name_over_a_label_signs_the_article_it_ends():
    result = parse_page_text("\n".join(NAME_THEN_LABEL) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("夜间经济点亮城市烟火气", ("叶秀",)),
        ("暴雨过后，他们连夜清淤复产", ("韩倩燕",)),
        ("AI进课堂：老师多了个“助教”", ("李敏芳",)),
    ]
    assert [len(a.paragraphs) for a in result.articles][1] == 3


def test_on_generated_pages(generated_page):
    page = generated_page("gen5", 500_172)  # 舟山市 over 要闻简报 and ●卢安达
    titles = [(squeezed(a.kicker), squeezed(a.title)) for a in parse_page_text(page.text, "page.txt").articles]
    assert ("", "舟山市") in titles and ("", "卢安达") in titles
    page = generated_page("gen5", 500_038)  # 韩倩燕 over 新闻速览
    signed = {a.title: a.authors for a in parse_page_text(page.text, "page.txt").articles}
    assert signed["暴雨过后，他们连夜清淤复产"] == ("韩倩燕",)
