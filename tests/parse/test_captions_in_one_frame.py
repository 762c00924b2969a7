"""A photo's captions are set and marked alike, in one frame (``segment._out_of_frame``):
lines over that frame are no captions of the photo, and an item starting there and
closing as the photo starts further back than captions reach. Over the frame: lines none
of them sprayed, one going on, over captions sprayed across a frame set apart from them
(``segment._set_apart``); lines over a numbered group's first caption (图①); a line
opening with the bullet of the item before it (a run of short items, ●…) where no line
after it does.

Before, ▲记者从赣州市工业和信息化局获悉，/ 截至11月底，全市累计建成5G基站10236 / 个，…覆盖。
over 7 月 20 日 ，工 人 们 冒 / … / 邹怡洋 摄 read as the photo's first caption; so did
▲铜鼓县纪委监委相关负责人表示。 over 图 ① 随 着 一 声 汽 笛, and ●随着一声汽笛长鸣，… (the last
of a run of ● items) over 8月2日，修水县干部群众…（黎华雪 摄）: a short item lost to the photo
each time (generator 8, looked-at pages). Captions whose first lines alone are sprayed
(▲ 进 贤 县 一 处 高 标 / 准农田里，无人机正在喷 / 洒农药。) still make one group: the lines
over the sprayed ones are sprayed too; and so do captions each opening 图为…, a mark a
group's every caption may open with."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

BRIEFS = [
    "一句话新闻",
    "\u3000\u3000▲国庆假期以来，婺源县篁岭景区游",
    "客络绎不绝。",
    "\u3000\u3000▲记者从赣州市工业和信息化局获悉，",
    "截至11月底，全市累计建成5G基站10236",
    "个，实现县城以上区域5G网络连续覆盖。",
]
PHOTO = [
    "7 月 20 日 ，工 人 们 冒",
    "着 高 温 在 抢 修 供 水 管",
    "道。",
    "邹怡洋 摄",
]
ARTICLE = [
    "\u3000\u3000近日，抚州市启动实",
    "施乡村振兴人才培训计划，",
    "计划用３年时间培训１万名",
    "乡村振兴人才。（戴鹏志）",
]
GROUP = [
    "\u3000\u3000▲ 进 贤 县 一 处 高 标",
    "准农田里，无人机正在喷",
    "洒农药。",
    "\u3000\u3000▲ 种 粮 大 户 通 过 手",
    "机查看田间数据。",
    "\u3000\u3000▲ 农 技 人 员 在 田 间",
    "查看水稻长势。",
    "  本报通讯员 高晓杰 摄",
]


def test_a_brief_over_a_sprayed_caption_is_no_caption_of_its_photo():
    items = page_items(BRIEFS + PHOTO + ARTICLE, double=False, furniture=False)
    assert [item.kind for item in items] == ["article", "article", "photo", "article"]
    assert items[1].paragraphs == ("记者从赣州市工业和信息化局获悉，截至11月底，全市累计建成5G基站10236个，实现县城以上区域5G网络连续覆盖。",)
    assert items[2].paragraphs == ("7月20日，工人们冒着高温在抢修供水管道。",)


def test_captions_whose_first_lines_alone_are_sprayed_stay_one_group():
    items = page_items(ARTICLE + GROUP + ["冬奥冠军要搬到加拿大？"] + ARTICLE, double=False, furniture=False)
    photos = [item for item in items if item.kind == "photo"]
    assert len(photos) == 1
    assert [paragraph[:3] for paragraph in photos[0].paragraphs] == ["▲进贤", "▲种粮", "▲农技"]


@pytest.mark.parametrize(
    "seed",
    [
        900_208,  # a brief under 一句话新闻 over the photo's sprayed captions
        900_480,  # an article's text going on under its jump line (上接A01版) over them
        900_244,
        900_338,
        900_510,  # the last of a run of ● items over the photo's caption
        901_220,  # a ▲ item over a group opening 图①
        901_836,
        901_940,
    ],
)
def test_photos_take_only_their_frame_on_generated_pages(seed):
    # Looked-at pages of generator 8 where the item over the photo had become its caption.
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "photo" in wrong]


@pytest.mark.parametrize("seed", [900_256, 900_210, 900_708])
def test_groups_on_generated_pages(seed):
    # Looked-at pages of generator 8 whose group a first version cut after its first
    # caption: (any line over the sprayed frame unsprayed) groups sprayed at their first
    # lines; (a group's first caption any 图为…) captions each opening 图为….
    check = check_page(random_page8(default_pool(), seed))
    assert not [wrong for wrong in check.wrong if "photo" in wrong]


RUN = [
    "简讯",
    "●青石板路蜿蜒向前，两旁是成片的茶园和竹林。",
    "● 8 月 18日，江西省上栗县、湖南省浏阳市联合湘赣边区域 6个县（市、区），召开联席工作会议。",
    "●随着一声汽笛长鸣，满载50 个标准集装箱的中欧班列从赣江新区物流园缓缓驶出，预计18 天后抵达波兰罗兹。",
]
CAPTION = ["8月2日，修水县干部群众", "在清理淤泥，抓紧恢复生", "产。   （黎华雪 摄）"]
NUMBERED = [
    "  图 ① 随 着 一 声 汽 笛",
    "长 鸣 ，满 载 50 个 标 准 集",
    "装 箱 的 中 欧 班 列 驶 出 。",
    "  图 ② 据 介 绍 ，此 次",
    "班 列 装 载 的 货 物 主 要 为",
    "光 伏 组 件 。",
    "      冯秀宇 冯华佳 摄",
]
SAID = ["  ▲12月26日上午，南昌地铁4号线", "一期工程正式开通运营。", "  ▲铜鼓县纪委监委相关负责人表示。"]
SAME_MARK = [
    "图为婺源县一处古村落，游客在古桥上拍照留念。",
    "图为村民在自家民宿前晾晒农作物。",
    "（吴云敏 摄）",
]


def _wrap(lines: list[str], width: int = 13) -> list[str]:
    return [line[i : i + width] for line in lines for i in range(0, len(line), width)]


def test_the_last_of_a_run_of_bulleted_items_is_no_caption_of_the_photo_under_it():
    items = page_items(_wrap(RUN) + CAPTION + ARTICLE, double=True, furniture=False)
    assert [item.kind for item in items] == ["article"] * 3 + ["photo", "article"]
    assert items[3].paragraphs == ("8月2日，修水县干部群众在清理淤泥，抓紧恢复生产。",)


def test_an_item_over_a_group_s_first_caption_is_no_caption_of_it():
    items = page_items(["简讯", *SAID, *NUMBERED, *ARTICLE], double=False, furniture=False)
    assert [item.kind for item in items] == ["article", "article", "photo", "article"]
    assert items[2].paragraphs[0].startswith("图①随着一声汽笛长鸣")


def test_captions_each_opening_with_the_same_mark_stay_one_group():
    # (图为… may open each caption of a group: a first version read the one over the
    # second 图为 as no caption of the photo.)
    items = page_items(ARTICLE + SAME_MARK + ARTICLE, double=False, furniture=False)
    assert [item.kind for item in items] == ["article", "photo", "article"]
    assert "".join(items[1].paragraphs) == "".join(SAME_MARK[:2])
