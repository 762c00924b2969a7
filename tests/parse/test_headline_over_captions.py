"""A headline printed after its article, right over a photo's captions: the caption
group starts at its first caption (图为…), so every heading line over it is the article's,
none the photo's first caption line."""

from __future__ import annotations

from pagetext import wrap

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PARAGRAPHS = (
    "欧洲越橘又称黑果越橘，是杜鹃花科越橘属的植物，果实可作食用，是越橘属的模式种。",
    "欧洲越橘自远古以来就作为食用植物，在十六世纪的欧洲始作为药用植物，叶子习惯上已用于收敛、抗炎和抗菌，有弱的抗糖尿病活性。",
    "主要分布于欧洲、北美和亚洲北部，北欧分布较多，在斯堪的纳维亚开阔的松树林下或干旱的地方都有分布，海拔分布可达一千七百米。",
    "矮生落叶灌木，高十五至六十厘米，枝黄色；叶椭圆形，先端尖，叶背叶脉有稀疏腺毛，有柄，叶缘有齿，花期五至六月或从中春至夏末。",
)


def _wrap(paragraph: str, width: int) -> list[str]:
    """Lines of ``width`` characters, the first indented two em; a closing mark hangs."""
    return wrap(paragraph, width, indent="　　", hangs="，。、；：")


ARTICLE = [line for paragraph in PARAGRAPHS for line in _wrap(paragraph, 23)]
HEADLINE = ["果实可作食用", "杜鹃花科越橘属的植物"]
PHOTO = [
    "图为 1986 年，西北国家银行在",
    "原址兴建新大厦，并于 1988 年",
    "落成。",
    "新华社记者 薛敏晨 摄",
]
NEXT = [
    "　　在进贤县的一片高标准农田里，几台无人机正在低",
    "空盘旋，对水稻进行病虫害统防统治。",
    "　　据了解，进贤县今年已建成数字农业示范基地十五",
    "个，农药使用量同比减少一成。（记者 毛艳）",
]


def page() -> str:
    return "\n".join(["□ 记者 金 勇", *ARTICLE, *HEADLINE, *PHOTO, *NEXT]) + "\n"


def test_a_late_headline_over_captions_is_the_article_s_whole():
    items = analyse_page(read_lines(split_lines(page()))).items
    article, photo = items[0], items[1]
    assert (article.kicker, article.title) == ("果实可作食用", "杜鹃花科越橘属的植物")
    assert photo.kind == "photo"
    assert photo.paragraphs == ("图为1986年，西北国家银行在原址兴建新大厦，并于1988年落成。",)
