"""A photo's caption set in a frame wider than the column over it (4 月 12 日，南昌市青山湖区一所
/ 小学的学生在老师指导下体验传 / 统扎染技艺。 under an article's column of twelve) starts where
the lines widen (``segment._wider_apart``): its full lines cannot be the article's, and
the words it shares with the article (小学, 学生, 老师, 南昌) are no sign that the article goes
on. Before, those shared words made the caption start a paragraph up, and the article
lost its last paragraph to the photo (generator 8, looked-at pages). Paragraphs set wider
under a photo that no caption's mark opens are text going on under it (an interview's
last turns across two columns): they stay with the text."""

from __future__ import annotations

import pytest
from pagegen6 import default_pool as default_pool6
from pagegen6 import random_page6
from pagegen8 import default_pool, random_page8
from pagescore import check_page, parse_layout
from pagetext import page_items

# An article whose paragraphs open about 2 em short, with no indent (as the page sets them).
ARTICLE = [
    "AI进课堂：老师多了个“助教”",
    "本报讯（记者 覃红 通",
    "讯员 邹强）在南昌市一所",
    "小学的数学课上，学生们完",
    "成练习后，平板电脑上立刻",
    "显示出每道题的正确率。老",
    "师根据系统生成的学情报告，",
    "当场对错误较多的题目进行",
    "讲解。",
    "不过，也有家长担心，",
    "过多使用电子设备会影响孩",
    "子视力。对此，学校规定每",
    "节课使用平板的时间不超过",
    "15分钟，并定期开展视力筛",
    "查。",
    "教育专家提醒，人工智",
    "能只是辅助手段，不能替代",
    "师生之间面对面的交流，技",
    "术应用要把握好“度”。",
]
CAPTION = ["4月 12 日，南昌市青山湖区一所", "小学的学生在老师指导下体验传", "统扎染技艺。"]
CREDIT = "叶杰曦 摄"
NEXT = [
    "全省首批“无证明城市”名单公布",
    "新华社南昌11月3日电",
    "（记者曹建）记者日前从省",
    "司法厅获悉，南昌、上饶、",
    "吉安3个设区市入选全省首",
    "批“无证明城市”。",
]
LAST = "教育专家提醒，人工智能只是辅助手段，不能替代师生之间面对面的交流，技术应用要把握好“度”。"


def _parse(captions: list[str]):
    items = page_items([*ARTICLE, *captions, CREDIT, *NEXT], furniture=False)
    return items[0], [item for item in items if item.kind == "photo"]


def test_a_caption_set_wider_than_the_column_starts_where_the_lines_widen():
    article, photos = _parse(CAPTION)
    assert article.title == "AI进课堂：老师多了个“助教”"
    assert article.paragraphs[-1] == LAST
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [
        (("4月12日，南昌市青山湖区一所小学的学生在老师指导下体验传统扎染技艺。",), "叶杰曦")
    ]


INTERVIEW = [
    "走近古代名将",
    "——访吉安市交通运输局负责人汪娜桂",
    "本报记者 谭艳",
    "谭艳：桓玄的哪一位皇后",
    "曾经劝说桓玄除去刘裕？",
    "汪娜桂：当时桓玄皇后刘",
    "氏就劝桓玄除去刘裕，但",
    "桓玄仍图借助刘裕攻略中",
    "原，拒绝加害。",
    "谭艳：领导晋灭谯蜀之战的西征主将为哪一个人？",
    "汪娜桂：清除京口武将中的异己势力之后，刘裕在 412 年底发",
    "动晋灭谯蜀之战，隔年西征主将朱龄石成功灭谯蜀，使刘裕加",
    "授羽葆、鼓吹及班剑二十人。",
    "谭艳：哪一个人曾于刘裕出兵讨伐司马休之时与司马休之相",
    "联结？",
    "汪娜桂：司马休之则上表刘裕罪状，派兵抵抗；当时雍州刺史",
    "鲁宗之自感不被刘裕所容，故与司马休之联结。",
    "信丰县果农在果园里采摘脐",
    "橙。",
    "贾斌霞摄",
]


def test_unmarked_paragraphs_set_wider_under_a_photo_stay_with_the_text():
    items = page_items(INTERVIEW, furniture=False)
    interview = items[0]
    assert interview.paragraphs[-1] == "汪娜桂：司马休之则上表刘裕罪状，派兵抵抗；当时雍州刺史鲁宗之自感不被刘裕所容，故与司马休之联结。"
    photos = [item for item in items if item.kind == "photo"]
    assert [photo.paragraphs for photo in photos] == [("信丰县果农在果园里采摘脐橙。",)]


@pytest.mark.parametrize(
    "seed",
    [
        900_756,  # a caption of 14 em under an article's column of 12 (openings 2 em short)
        901_644,  # ... and under a column of 13, after a paragraph that opens full
    ],
)
def test_captions_set_wider_on_generated_pages_are_the_photo_s(seed):
    # Looked-at pages of generator 8, where the caption had started a paragraph up.
    page = random_page8(default_pool(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "photo" in wrong or "body" in wrong]


def test_a_marked_group_set_wider_on_a_generated_page_starts_at_its_first_mark():
    # A looked-at page of generator 8 (more pages): 图①… 图③, 12 to 15 em, under a short
    # item's column of 10 (▲记者手记 / 近日，江西理工大…); the group had taken that item too.
    page = random_page8(default_pool(), 903_406)
    photos = [item for item in parse_layout(page.text).items if item.kind == "photo"]
    group = [photo for photo in photos if any("图①：连日来" in paragraph for paragraph in photo.paragraphs)]
    assert [[paragraph[:2] for paragraph in photo.paragraphs] for photo in group] == [["图①", "图②", "图③"]]


def test_an_interview_s_turns_set_wider_under_a_photo_stay_the_interview_s():
    # A looked-at page of generator 6: the last four turns set 27 em wide under a photo,
    # over its caption (信丰县果农在果园里采摘脐橙。 / 贾斌霞摄); a first version read them as
    # captions.
    page = random_page6(default_pool6(), 800_576)
    assert check_page(page).wrong == []
