"""A photo's captions start near its credit: a caption printed right after an article that
ends without a byline is the photo's, not the article's last paragraph, and a numbered
caption group (图①…图③) in a narrow column stays one photo however many lines it takes, and
a first caption (图为…) may start after text that ends no sentence (a cut article)."""

from __future__ import annotations

import pytest
from pagetext import wrap

from qa.parse.columns import PageLines
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page
from qa.parse.segment import CAPTION_LINES, _photo_ahead


def _wrap(paragraph: str, width: int, indent: str = "　　") -> list[str]:
    """Lines of ``width`` characters, the first indented; a closing mark hangs."""
    return wrap(paragraph, width, indent=indent, hangs="，。、；：”")


def _items(lines: list[str]):
    return analyse_page(read_lines(split_lines("\n".join(lines) + "\n"))).items


ARTICLE = (
    "本报讯（记者 邹刚莉 王亮）经过三个多月的激烈角逐，首届全省青年创新创业大赛日前在南昌落下帷幕，来自高校和企业的三十个项目进入决赛。",
    "获奖项目涵盖新材料、生物医药、数字经济、现代农业等领域。其中，一款用于果蔬保鲜的可降解包装材料获得一等奖。",
    "大赛组委会表示，获奖项目将优先获得创业担保贷款和入驻孵化基地等支持。",
)
NEXT = (
    "本报讯（记者 郭强 孟斌然）在进贤县的一片高标准农田里，几台无人机正在低空盘旋，对水稻进行病虫害统防统治。",
    "据了解，进贤县今年已建成数字农业示范基地十五个，覆盖农田面积八万余亩。",
)


def test_a_one_line_caption_after_an_unsigned_article_is_the_photo_s():
    lines = ["首届青年创新创业大赛落幕", "——三十个项目同台比拼"]
    for paragraph in ARTICLE:
        lines += _wrap(paragraph, 27)
    lines.append(" 6月5日，志愿者在鄱阳湖畔清理垃圾，守护候鸟栖息地。 韩雪磊 摄")
    lines += ["数字技术赋能春耕生产", "稻田里的“智慧管家”"]
    for paragraph in NEXT:
        lines += _wrap(paragraph, 27)
    items = _items(lines)
    photos = [item for item in items if item.kind == "photo"]
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [
        (("6月5日，志愿者在鄱阳湖畔清理垃圾，守护候鸟栖息地。",), "韩雪磊")
    ]
    assert items[0].paragraphs[-1] == ARTICLE[-1]


CAPTIONS = (
    "图①：动物命名法应用于已知的现生种和已灭绝动物以及其各级分类阶元的科学命名。",
    "图②：根据假想概念、畸形标本作出的命名以及对杂种的命名不在动物命名法的应用范围之内。",
    "图③：动物命名法作用于十八世纪中叶以后正式发表的动物学名。",
)
BEFORE = (
    "动物命名法是动物学名命名的规则体系，由国际动物命名法委员会制定并修订，各国动物学者共同遵守。",
    "它规定了学名的构成、发表的条件和优先的原则，使每一种动物只有一个有效的学名。",
)


def test_a_numbered_caption_group_longer_than_captions_reach_stays_one_photo():
    lines = ["动物命名法"]
    for paragraph in BEFORE:
        lines += _wrap(paragraph, 15)
    lines.append("（记者 张三）")
    for caption in CAPTIONS:
        lines += _wrap(caption, 9, "")
    lines.append("新华社记者 钱洋丽 摄")
    assert len(lines) - len(BEFORE) > 12  # the group takes more lines than one caption's reach
    items = _items(lines)
    photos = [item for item in items if item.kind == "photo"]
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [(CAPTIONS, "钱洋丽")]


CUT_SHORT = (
    "庞维勒开始文学创作，出版了第一部诗集《人象石柱》，引起当时文学批评者的注意。庞维勒是个妩媚的诗人，"
    "他的诗集受到维克多·雨果和圣勃夫的赞叹。庞维勒的主要作品有：诗集：",
)


def test_a_first_caption_may_start_after_text_that_ends_no_sentence():
    lines = ["西奥多·庞维勒", "■ 本报记者 冯飞琳"]
    for paragraph in CUT_SHORT:
        lines += _wrap(paragraph, 12)
    lines += ["图为巴西一家族控制的", "企业，该家族仍持有七成", "控股权。", "覃芳志/摄"]
    lines += ["省内首个跨区域医疗联合体成立"]
    lines += _wrap("日前，由省人民医院牵头，联合赣州、吉安、抚州等地十二家医院组建的跨区域医疗联合体正式成立。", 18)
    items = _items(lines)
    photos = [item for item in items if item.kind == "photo"]
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [
        (("图为巴西一家族控制的企业，该家族仍持有七成控股权。",), "覃芳志")
    ]
    assert items[0].paragraphs[-1] == CUT_SHORT[-1]


def test_a_long_top_caption_and_the_bottom_one_are_one_group():
    # 上图：… then 下图：… over one credit (seventh generator, looked-at seed 700708): the
    # first caption ran past a caption's reach from the credit, and 下图 read as a first
    # caption had opened a photo of its own, leaving 上图 an unsigned article.
    top = (
        "上图：8月17日，九江银行南昌分行阳明支行党支部联合总行信用卡中心党支部，"
        "走进南昌市东湖区紫金广场开展“我为群众办实事”主题党日活动，为“城市美容师”们送去防暑降温物品。"
    )
    bottom = "下图：“饭菜可口，价格实惠，长者食堂就开在家门口，这样的好事，谁不喜欢？”"
    lines = ["首届青年创新创业大赛落幕"]
    for paragraph in ARTICLE:
        lines += _wrap(paragraph, 17)
    lines += [*wrap(top, 9), *wrap(bottom, 9), "本报记者 黎怡建 摄"]
    lines += ["数字技术赋能春耕生产"]
    for paragraph in NEXT:
        lines += _wrap(paragraph, 17)
    items = _items(lines)
    assert [(item.kind, item.photographer, "".join(item.paragraphs)[:3]) for item in items] == [
        ("article", "", "本报讯"),
        ("photo", "黎怡建", "上图："),
        ("article", "", "本报讯"),
    ]


@pytest.mark.parametrize(("label", "marks"), [("博览", ("图①：", "图②：")), ("百科", ("上图：", "下图：")), ("域外", ("图①：", "图②："))])
def test_a_caption_after_another_of_its_group_starts_no_item(label, marks):
    # A section's name over a photo group at the page's top (generator 7): read as a
    # title, it took the first caption as an article's body, and the second caption
    # (图②, 下图 under 上图) opened the photo. A caption numbered or placed after another
    # of its group goes on in that group.
    captions = ("在永修县，一批闲置的村集体用房经过改造，变身为村民议事厅。", "又到一年脐橙成熟时。")
    lines = [label]
    for mark, caption in zip(marks, captions, strict=True):
        lines += wrap(mark + caption, 13)
    lines.append("本报记者 石雪洋 摄")
    lines += ["机场快线", "刘飞"]
    lines += _wrap("1980年代末，当时的香港总督卫奕信决定于大屿山的赤鱲角兴建新机场及多项配套工程，其中包括一条铁路。", 16)
    items = [item for item in _items(lines) if item.kind != "furniture"]
    photos = [item for item in items if item.kind == "photo"]
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [
        (tuple(mark + caption for mark, caption in zip(marks, captions, strict=True)), "石雪洋")
    ]
    assert not any(item.paragraphs[0].startswith(marks[0]) for item in items if item.kind != "photo")


# An article whose paragraphs open numbered ①, ② over a photo's caption group 图①, 图②.
NUMBERED = """李 忠 臣
李忠臣，原名董秦。幽州蓟县人。少年从军，以
材力奋，为节度使薛楚玉部下。
①郭子仪军攻相州时，诸军皆溃，惟独李忠臣
独胜。李忠臣对下贪暴凶淫，曾为辛京杲死罪
开脱。任淮西节度使，与永平节度使李勉、河
阳三城使马燧参与唐平李灵曜汴州之战。
②忠臣入城后，宋州刺史李僧惠与之争功，忠
臣击杀之；忠臣又打算杀害刘昌，刘昌因此逃
亡。李忠臣被任命为同平章事。大历十四年
（779 年）三月，李忠臣被李希烈驱逐，783 年，
拥立朱泚称帝，784 年朱泚败后，被朝廷处死。
兴元元年，并其子并诛斩之，时年六十九，籍
没其家。
图①：赣江新
区物流园内，工作
人员正在检查中欧
班列集装箱。
图②：首列中
欧班列缓缓驶出物
流园。
本报记者 何丹丹 摄
"""


def test_a_caption_group_reaches_no_further_back_than_its_first_caption():
    lines = read_lines(split_lines(NUMBERED))
    credit = len(lines) - 1
    page = PageLines(lines, {credit: "photo"}, frozenset(), frozenset())
    ahead = _photo_ahead(page)
    first = next(i for i, line in enumerate(lines) if line.text.startswith("图①"))
    assert all(ahead[i] == credit for i in range(first, credit))
    # (②忠臣入城后… over 图① extends the group's reach no further than 图② does: the
    # article's paragraphs over that are no captions.)
    second = next(i for i, line in enumerate(lines) if line.text.startswith("图②"))
    assert ahead[: second - CAPTION_LINES] == [None] * (second - CAPTION_LINES)
    items = _items(NUMBERED.splitlines())
    assert [(item.kind, item.title) for item in items] == [("article", "李忠臣"), ("photo", "")]
