"""On a page that keeps its paragraphs' indents, a line ending a sentence well short of
its column ends its paragraph (a paragraph's lines are full but its last): the line under
it, without the indent an opening would carry, goes on with no paragraph, so it is what
starts there, a headline (…区纪委 / 监委主要负责人表示。 / 老旧小区加装电梯，难在哪？ /
　　“住了二十多年…). Before, such a line read as the text going on, free of cost, and an
unsigned article under its headline was run into the signed one before it."""

from __future__ import annotations

import pagegen6
import pagegen7
import pagegen8
import pytest
from pagescore import check_page

from qa.parse import parse_page_text

SIGNED = """ 东乡区靠前监督护航抗旱保收
本报记者 彭磊 实习生 汤娜伟
　　截至目前，该区共开展
监督检查50余次，发现问题
36个，帮助种粮户解决实际
困难33个，协调解决群众用
水纠纷6起，约谈提醒3人。
　　“下一步，我们将紧盯
抗旱形势，持续压紧压实主
体责任，督促相关责任部门
和单位切实打好抗旱保民生、
保丰收攻坚战，确保抗旱保
粮工作落地见效。”区纪委
监委主要负责人表示。"""

UNSIGNED = """老旧小区加装电梯，难在哪？
　　“住了二十多年，腿脚越来
越不方便，就盼着能装上电梯。”
家住东湖区某小区六楼的张大爷
说。然而，加装电梯的事在楼里
商量了两年，至今没有落地。
　　记者走访发现，资金分摊、
低楼层住户意见不一、管线迁改
复杂，是老旧小区加装电梯面临
的主要难题。有的单元因为一两
户不同意，方案只能一拖再拖。"""


def test_a_question_title_under_a_short_sentence_end_starts_its_article():
    result = parse_page_text(SIGNED + "\n" + UNSIGNED + "\n", "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("东乡区靠前监督护航抗旱保收", ("彭磊", "汤娜伟")),
        ("老旧小区加装电梯，难在哪？", ()),
    ]
    assert result.articles[1].paragraphs[0].startswith("“住了二十多年")


def test_a_full_line_under_a_sentence_end_still_goes_on():
    # (A sentence ending at a full line's end is no paragraph's last: the unindented line
    # under it goes on with the paragraph.)
    text = SIGNED.replace("监委主要负责人表示。", "监委主要负责人接受采访时表示。") + "\n" + "记者还了解到，该区将持续开展\n专项监督。"
    result = parse_page_text(text + "\n", "page.txt")
    assert len(result.articles) == 1
    assert result.articles[0].paragraphs[-1].endswith("监委主要负责人接受采访时表示。记者还了解到，该区将持续开展专项监督。")


# "Looked at" pages (even seeds) whose title under a short sentence end was read as the
# text going on.
@pytest.mark.parametrize(("make", "seed"), [(8, 900_498), (8, 900_028), (6, 800_144), (7, 700_360)])
def test_generated_titles_under_short_sentence_ends(make, seed):
    module = {6: pagegen6, 7: pagegen7, 8: pagegen8}[make]
    page = getattr(module, f"random_page{make}")(module.default_pool(), seed)
    assert check_page(page).count_ok
