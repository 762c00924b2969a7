"""A line about an indent short of its column, after a sentence end and over a full line,
has an indent-lost opening's shape: it is taken as one outright only where the page
shows its indents lost (most of its openings have that shape). On a page that shows too
few openings to tell, such a line may be a headline (一碗米粉里的乡村振兴 printed after
its article, 2 em short of the column), and the costs weigh it as one."""

from __future__ import annotations

from pagegen2 import news_sources, random_page2
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _flush_openings, analyse_page

# Paragraphs whose indents were lost: each opens about 2 em short of the lines under it.
LOST = """今年以来，铜鼓县在全县机关
单位推行电子公函，统一建设
电子公函平台，制定公函收发
流程和安全规范。
近日，铜鼓县一名机关干
部在办公室里通过电子公函系
统完成了文件的签收工作。
县政务服务中心负责人说
电子公函平台运行以来，累计
节约纸张和邮寄费用二十余万
元，办事群众普遍点赞。
平台还将接入更多县直单
位和乡镇，实现公函收发全覆
盖，进一步提高办事效率。
据了解，下一步铜鼓县还
将推广电子印章和电子档案，
让数据多跑路群众少跑腿。
"""


def test_a_page_of_lost_indents_reads_such_lines_as_openings():
    lines = read_lines(split_lines(LOST))
    assert _flush_openings(lines) == (False, 0.0, True)
    (item,) = analyse_page(lines).items
    assert [paragraph[:4] for paragraph in item.paragraphs] == ["今年以来", "近日，铜", "县政务服", "平台还将", "据了解，"]


def test_a_generated_page_with_a_late_title_so_short():
    # A "looked at" page of the second generator (an even seed): 一碗米粉里的乡村振兴 after
    # its article, on a page that sprays its openings but shows no indents lost.
    assert_recovered(random_page2(news_sources(), 116))

