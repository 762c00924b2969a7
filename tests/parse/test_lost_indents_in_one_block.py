"""A page that keeps its paragraph indents may hold a block whose indents were lost in
extraction: its paragraphs open about 2 em short of the column, with no leading space.
Such an opening under a headline is the body's first line, not a subtitle, where the
page's own unindented openings show that shape (so the cost of reading it so is the log
of the odds of those openings set full to those 2 em short, as on a page that sets its
paragraphs flush); and such a block's paragraphs are parted by its widths, not only
before an indented line."""

from __future__ import annotations

from pagegen7 import default_pool, random_page7
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _flush_openings, analyse_page, paragraphs

# The first article keeps its indents (and sprays its subtitle); the two under it lost
# theirs: 在进贤县的一片高标准 is 2 em short of the 12-em column under it.
PAGE = """社区长者食堂开进家门口
这 样 的 好 事 ， 谁 不 喜 欢 ？
新华社记者 肖博
　　“饭菜可口，价格实惠，长者食堂就开在家门口，这
样的好事，谁不喜欢？”11 月 28 日中午，在南昌市东湖区
豫章街道长者食堂，72 岁的刘大爷一边吃饭一边说。
　　今年以来，东湖区在街道社区新建长者食堂 16 家，
为辖区 60 岁以上老人提供助餐服务，每天就餐老人超过
1500 人次。食堂还为行动不便的老人提供送餐上门服
务。
　　“老人们喜欢，我们就要把这件好事办好。”豫章街
道相关负责人表示，下一步将根据老人口味调整菜品，让
长者食堂成为老人们喜欢的“幸福食堂”。
稻田里的
“智慧管家”
在进贤县的一片高标准
农田里，几台无人机正在低
空盘旋，对水稻进行病虫害
统防统治。田埂边，种粮大
户李建国盯着手机屏幕，实
时查看着田间的温度、湿度
和虫情数据。
本报记者 熊海
东乡区靠前监
督护航抗旱保收
日前，抚州市东乡区红
星垦殖场枫树辽分场群众反
映，辖区内河港堵塞，农田
灌溉用水严重不足。场纪委
得知此事后，及时督促分场
投入资金2 万余元，组织人
力疏通堵塞河段，并启用 1
个泵站、7 台抽水设备加强
灌溉，解决了分场 500 余亩
水田灌溉难题。
本报记者 丁杰
"""


def test_an_opening_that_lost_its_indent_under_a_headline_opens_the_body():
    lines = read_lines(split_lines(PAGE))
    flush, short, _ = _flush_openings(lines, indented=True)
    assert not flush and short < 1.0  # (few unindented openings, not mostly full: cheap)
    items = [item for item in analyse_page(lines).items if item.kind == "article"]
    assert [(item.title, item.subtitle) for item in items] == [
        ("这样的好事，谁不喜欢？", ""),
        ("稻田里的“智慧管家”", ""),
        ("东乡区靠前监督护航抗旱保收", ""),
    ]
    assert items[1].paragraphs[0].startswith("在进贤县的一片高标准农田里")
    assert [paragraph[:4] for paragraph in items[2].paragraphs] == ["日前，抚"]


def test_unindented_openings_set_full_make_a_short_one_dear():
    # A page that keeps its indents but sets three paragraphs flush, as wide as full lines:
    # an unindented opening 2 em short costs something there.
    flush_paragraph = ["近日，铜鼓县一名机关干部在办公室里通过电", "子公函系统完成了文件的签收工作，办事群众", "普遍点赞。"]
    text = "\n".join([
        "　　今年以来，铜鼓县在全县机关单位推行电子", "公函，统一建设平台。",
        *flush_paragraph * 3,
        "　　平台还将接入更多县直单位和乡镇，实现", "公函收发全覆盖。",
        "　　据了解，下一步铜鼓县还将推广电子印章", "和电子档案。",
    ])
    assert _flush_openings(read_lines(split_lines(text + "\n")), indented=True)[1] > 0.0


def test_generated_pages_with_a_block_of_lost_indents():
    # Looked-at pages of generator 7 (seeds 700752 and 700520): 在进贤县的一片高标准 and
    # 经过三个多月的激烈 open their bodies under two-line and one-line titles.
    assert_recovered(random_page7(default_pool(), 700_752))
    assert_recovered(random_page7(default_pool(), 700_520))


# A block's paragraphs, their indents lost: each opens about 2 em short of the line under
# it, no line indented.
BLOCK = """在进贤县的一片高标准
农田里，几台无人机正在低
空盘旋，对水稻进行病虫害
统防统治。
田埂边，种粮大户李建
国盯着手机屏幕，实时查看
着田间的温度、湿度和虫情
数据。
"""


def test_a_block_of_lost_indents_is_parted_by_its_widths_on_a_page_that_keeps_indents():
    body = read_lines(split_lines(BLOCK))
    assert [paragraph[:4] for paragraph in paragraphs(body, indents=True)] == ["在进贤县", "田埂边，"]
    # A body with an indented line keeps the page's rule: it parts only before one.
    kept = read_lines(split_lines(BLOCK.replace("田埂边", "　　田埂边")))
    assert [paragraph[:4] for paragraph in paragraphs(kept, indents=True)] == ["在进贤县", "田埂边，"]
    # A body showing no opening of that shape is not read so (its lines end and go on full).
    full = read_lines(split_lines("在进贤县的一片高标准农田\n里，几台无人机正在低空盘\n旋。田埂边，种粮大户李建\n国盯着手机屏幕，实时查看\n数据。\n"))
    assert len(paragraphs(full, indents=True)) == 1


def test_a_generated_page_with_a_block_of_lost_indents_beside_a_photo():
    # A looked-at page of generator 7 (seed 700348): 连日来，我市… in a column narrowing
    # beside a photo, its paragraphs' indents lost on a page that keeps them elsewhere.
    assert_recovered(random_page7(default_pool(), 700_348))


def test_a_block_set_flush_is_parted_by_its_widths_on_a_page_that_keeps_indents():
    # The block sets its paragraphs flush: a sentence ends well short, a full line opens
    # the next paragraph.
    lines = [
        "晚上九点位于红谷滩区的一家城市书房依然灯火",
        "通明读者们或坐或站安静地翻阅着手中的书籍几",
        "名中学生正在角落里讨论作业旁边的管理员正在",
        "整理新到的图书和报刊杂志并为读者办理借阅证",
        "件。",
        "这样的城市书房南昌市已经建成了八十六家它们",
        "大多嵌入社区公园和商业街区实行全天开放自助",
        "借还市民刷身份证即可入内周末还举办读书分享",
        "会。",
    ]
    flush = read_lines(split_lines("\n".join(lines) + "\n"))
    assert [paragraph[:4] for paragraph in paragraphs(flush, indents=True)] == ["晚上九点", "这样的城"]
