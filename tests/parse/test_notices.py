"""A notice (公告, 启事) ends with who issues it and the date, under its last sentence
(特此公告。): those lines are the notice's own last paragraphs, never a headline of
another item nor an item of their own, and the date ends the notice, so what follows
starts anew. Its contacts (投稿邮箱：…) inside its text are its text, not the paper's
contacts line, and so are those between its last sentence and who issues it (联系电话：…),
a paragraph of their own even at the page's foot; a reader's letter signed （读者 孙 远）
names 孙远."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from test_page import layout_of

from qa.parse.byline import find_byline

NOTICE = """关于宜春市洪都大道改造工程的公告
  根据《中华人民共和国城乡规划法》有
关规定，现将洪都大道改造工程规划方
案予以公告。
  公告期间，如有异议，请以书面形式向
市自然资源局反映。
  投稿邮箱：zhengji25@163.com
  特此公告。
              江西省人力资源和社会保
              障局
              2024年 11 月 3 日
一碗米粉里的乡村振兴
  清晨六点，安福县一家米粉作坊里已是
热气腾腾，工人们忙着把刚出锅的米粉
晾晒在竹架上。
  作坊负责人说，今年订单比去年多了三
成，带动周边二十多户村民就业增收。
（记者 张三）
"""


def test_a_notice_keeps_its_issuer_and_date_and_the_next_article_starts_after():
    notice, article = [item for item in layout_of(NOTICE).items if item.kind != "furniture"]
    assert (notice.title, notice.authors) == ("关于宜春市洪都大道改造工程的公告", ())
    assert notice.paragraphs[-2:] == ("江西省人力资源和社会保障局", "2024年11月3日")
    # (The contacts line and 特此公告。 are each set with a paragraph's indent: two paragraphs.)
    assert notice.paragraphs[-4:-2] == ("投稿邮箱：zhengji25@163.com", "特此公告。")
    assert (article.title, article.authors) == ("一碗米粉里的乡村振兴", ("张三",))
    assert article.paragraphs[0].startswith("清晨六点")


def test_a_readers_letter_names_the_reader():
    found = find_byline("早日装上电梯。（读者 孙 远）")
    assert (found.names, found.roles) == (("孙远",), ("读者",))
    placed = find_byline("（抚州读者 孙鑫伟）")  # where the reader writes from is no name
    assert (placed.names, placed.roles) == (("孙鑫伟",), ("抚州读者",))
    citizen = find_byline("（宜春市民 沈磊霞）")
    assert (citizen.names, citizen.roles) == (("沈磊霞",), ("宜春市民",))


UNDER_A_PHOTO = """游客在景德镇陶溪川
文创街区参观陶瓷艺
术展。
高 伟摄
关于人民路临时停水的公告
因人民路供水管网改造施工
需要，6月21日8时至20时，
人民路沿线及周边小区将暂
停供水。
特此公告。
                    抚州市人力资源和社会保障
                    局
                    2023年5月27日
"""


def test_a_notice_under_a_photo_keeps_its_title_and_its_wrapped_issuer():
    # The notice's title names it (…的公告): no body opens with it, even where an item must
    # start (under a photo's credit); its issuer wraps, 局 alone on the last line.
    photo, notice = layout_of(UNDER_A_PHOTO).items
    assert (photo.kind, photo.photographer) == ("photo", "高伟")
    assert notice.title == "关于人民路临时停水的公告"
    assert notice.paragraphs[-2:] == ("抚州市人力资源和社会保障局", "2023年5月27日")
    assert notice.paragraphs[-3].endswith("暂停供水。特此公告。")
    assert not notice.leftover


DATED_NOTICE = """停水公告
  因人民路供水管网改造施工需要，6月
21日8时至20时，人民路沿线及周边小
区将暂停供水，敬请谅解。特此公告。
  2024年6月18日
一碗米粉里的乡村振兴
  清晨六点，安福县一家米粉作坊里已是
热气腾腾，工人们忙着把刚出锅的米粉
晾晒在竹架上。
（记者 张三）
"""

CHRONICLE = """巴尔的摩大火
  1861年，一队士兵在巴尔的摩转火车
时，遭到市民围攻，巴尔的摩随即进入
军管状态。
  1904年2月7日
  1904年2月7日，巴尔的摩市发生大
火，整个城市几乎被烧毁，各地消防队
赶来救援。
  1980年，巴尔的摩国家水族馆建成，
内港逐渐转变成为观光旅游区。
（记者 张三）
"""


def test_a_notice_closed_by_its_formula_ends_at_its_date_without_an_issuer():
    notice, article = [item for item in layout_of(DATED_NOTICE).items if item.kind != "furniture"]
    assert notice.title == "停水公告"
    assert notice.paragraphs[-1] == "2024年6月18日"
    assert (article.title, article.authors) == ("一碗米粉里的乡村振兴", ("张三",))


def test_a_date_alone_under_running_text_heads_a_paragraph_of_a_chronicle():
    # No closing words (特此公告。) and no issuer over it: the date is no notice's end but
    # one of the article's dates, its own paragraph, and the article goes on under it.
    (article,) = [item for item in layout_of(CHRONICLE).items if item.kind != "furniture"]
    assert (article.title, article.authors) == ("巴尔的摩大火", ("张三",))
    assert article.paragraphs[1:3] == ("1904年2月7日", "1904年2月7日，巴尔的摩市发生大火，整个城市几乎被烧毁，各地消防队赶来救援。")


def test_a_notice_dated_in_full_width_digits_closes_so():
    # A page that sets its digits full width dates its notices so (２０２２年２月２０日):
    # the date closes the notice all the same (generator 8: the issuer and the date had
    # made an item of their own, the issuer its title).
    full = NOTICE.replace("2024年 11 月 3 日", "２０２４年１１月３日")
    notice, article = [item for item in layout_of(full).items if item.kind != "furniture"]
    assert notice.paragraphs[-2:] == ("江西省人力资源和社会保障局", "２０２４年１１月３日")
    assert article.title == "一碗米粉里的乡村振兴"


def test_an_issuer_and_a_full_width_date_under_a_notice_s_text_are_its_own():
    # (Under running text that ends a sentence, no formula over them: the issuer between.)
    page = """公告
　　为扩大交流平台，该区还积极邀请知名
球队参加比赛。目前，社会足球场平均每
周举办比赛超过５场，足球氛围非常浓。
萍乡市住房和城乡建设局
２０２２年２月２０日
一碗米粉里的乡村振兴
　　清晨六点，安福县一家米粉作坊里已是
热气腾腾，工人们忙着把刚出锅的米粉
晾晒在竹架上。（记者 张三）
"""
    items = [item for item in layout_of(page).items if item.kind != "furniture"]
    assert [item.title for item in items] == ["公告", "一碗米粉里的乡村振兴"]
    assert items[0].paragraphs[-2:] == ("萍乡市住房和城乡建设局", "２０２２年２月２０日")


# A notice that ends the page: its date stands among the page's foot lines, over the editors'
# line and the page's own date, or right over the page's masthead line.
FOOT = """暴雨过后，他们连夜清淤复产
　　受强降雨影响，修水县部分乡镇出现内涝，一些农田
和厂房被淹。雨势刚减弱，当地干部群众就投入到清淤消
杀和生产自救中。（记者 张三）
停电通知
　　因线路检修，5月12日8时至18时，人民路沿线及周
边小区将暂停供电，请相关用户提前做好准备。
　　特此通知。
江西南昌实业有限公司
{date}
{foot}
"""


@pytest.mark.parametrize(
    "foot",
    [
        "责任编辑：曾浩\n2024年5月17日 星期五",
        "信息日报  2024年5月17日 星期五  城事  10版",
        "本版编辑：胡舟欣 版式：孟鑫宁\n2024年5月17日 星期五\n井冈山报",
        # (Beside the page's number, the date and the number had read as the header's fields.)
        "责编/吕华波 美编/熊婷 校对/雷桂娜\n16版",
        "A09\n都市\n2024年5月17日 星期五",
    ],
)
@pytest.mark.parametrize("date", ["2024年5月10日", "     2024 年 5 月 10 日", "２０２４年５月１０日"])
def test_a_notice_s_date_at_the_page_s_foot_is_the_notice_s(foot, date):
    layout = layout_of(FOOT.format(date=date, foot=foot))
    items = [item for item in layout.items if item.kind != "furniture"]
    assert [item.title for item in items] == ["暴雨过后，他们连夜清淤复产", "停电通知"]
    assert items[1].paragraphs[-2:] == ("江西南昌实业有限公司", date.replace(" ", ""))
    furniture = "".join("".join(item.paragraphs) for item in layout.items if item.kind == "furniture")
    assert foot.split("\n")[-1].replace(" ", "") in furniture.replace(" ", "") and "5月10日" not in furniture.replace(" ", "")


def test_a_bare_date_under_the_paper_s_name_at_the_foot_is_the_page_s():
    # (A paper's name is no issuer: 井冈山报 / 2024年5月17日 under the text are the page's.)
    page = FOOT.format(date="", foot="").replace("江西南昌实业有限公司\n", "") + "井冈山报\n2024年5月17日\n第3版\n"
    layout = layout_of(page)
    furniture = "".join("".join(item.paragraphs) for item in layout.items if item.kind == "furniture")
    assert "2024年5月17日" in furniture.replace(" ", "")


# Looked-at pages of the eighth generator (even seeds and 1000 more) whose notices lost their
# date to the page's foot lines.
@pytest.mark.parametrize("seed", [900_126, 900_660, 900_982, 901_054, 902_772, 902_876])
def test_generated_notices_keep_their_date(seed):
    page = random_page8(default_pool(), seed)
    check = check_page(page)
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "body" in wrong]


HIRING = """新能源汽车下乡，充电难题如何破解
  随着新能源汽车下乡活动的推进，越来越多的农村
居民买上了电动车，充电桩建设正加快推进。
（记者 范霞 通讯员 汤娟）
招聘启事
  因业务发展需要，景德镇城投集团有限公司现面向
社会公开招聘工作人员若干名。
  一、招聘岗位：会计3名，工程管理2名。
  二、报名条件：大专及以上学历，年龄40周岁以下。
联系电话：0791-86559889
景德镇城投集团有限公司
2022年6月14日
"""


def test_a_notices_contacts_over_its_issuer_are_its_own_paragraph_not_a_headline():
    # A contacts line between the last sentence and who issues it: the notice closes with
    # them all, and its title is no subtitle of the article over it.
    article, notice = [item for item in layout_of(HIRING).items if item.kind != "furniture"]
    assert (article.title, article.subtitle) == ("新能源汽车下乡，充电难题如何破解", "")
    assert notice.title == "招聘启事"
    assert notice.paragraphs[-3:] == ("联系电话：0791-86559889", "景德镇城投集团有限公司", "2022年6月14日")


def test_a_notices_contacts_right_over_its_date_leave_no_empty_paragraph():
    # (No line naming who issues it: the contacts close it alone, then the date.)
    text = HIRING.replace("景德镇城投集团有限公司\n2022年6月14日", "2022年6月14日") + NOTICE.split("\n", 11)[11]
    notice = [item for item in layout_of(text).items if item.kind != "furniture"][1]
    assert notice.title == "招聘启事"
    assert notice.paragraphs[-2:] == ("联系电话：0791-86559889", "2022年6月14日")
    assert all(notice.paragraphs)
