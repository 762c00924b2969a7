"""An advertisement set among a page's articles: a title on one line, lines of its offer
stating figures (prices, sizes, dates) and its contacts (暑期游学季 / 井冈山红色研学三日游
每人980元 / 婺源篁岭赏秋二日游 每人560元 / 报名电话：0791-8677 1234) is an item of its own,
its first line the title and each other line a paragraph (``page._adverts``,
``furniture.advert_title``). Before, its lines were read as a headline stack over the
next article, or as the text of the one before, and a contact line at the page's foot
as the page's furniture. Not the paper's own contacts (新闻热线：…), not a headline stack
over a subtitle (——30个项目同台比拼), not text whose lines end sentences."""

from __future__ import annotations

from qa.parse.read import parse_page_text

AD = ["暑期游学季", "井冈山红色研学三日游 每人980元", "婺源篁岭赏秋二日游 每人560元", "报名电话：0791-8677 1234"]
BEFORE = [
    "首届青年创新创业大赛落幕",
    "\u3000\u3000本报讯（记者 刘娟桂）经过三个多月的激烈角逐，首届全省青年创新创业",
    "大赛日前在南昌落下帷幕，来自全省高校和企业的30个项目同台比拼。",
    "\u3000\u3000大赛组委会表示，获奖项目将优先获得创业担保贷款和入驻孵化基地等",
    "支持。",
]
AFTER = [
    "新能源汽车下乡，充电难题如何破解",
    "\u3000\u3000本报宜春4月22日讯（特约记者 潘静帆）随着新能源汽车下乡活动的推",
    "进，越来越多的农村居民买上了电动车。但在不少乡镇，充电桩数量少、分",
    "布不均的问题日益凸显。",
]
FOOT = ["责任编辑：钱霞波  美编：丁桂洋"]


def _items(lines: list[str]) -> list[tuple[str, str, list[str]]]:
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    return [(a.kind, a.title, [p[:8] for p in a.paragraphs]) for a in result.articles]


def test_an_advertisement_between_two_articles_is_an_item_of_its_own():
    got = _items([*BEFORE, *AD, *AFTER])
    assert [(kind, title) for kind, title, _ in got] == [
        ("article", "首届青年创新创业大赛落幕"),
        ("article", "暑期游学季"),
        ("article", "新能源汽车下乡，充电难题如何破解"),
    ]
    assert got[1][2] == ["井冈山红色研学三", "婺源篁岭赏秋二日", "报名电话：079"]


def test_an_advertisement_at_the_pages_foot_keeps_its_contacts():
    # (A contact line at the page's edge is read as the paper's, but for an offer over it.)
    got = _items([*AFTER, *AD, *FOOT])
    assert got[-1] == ("article", "暑期游学季", ["井冈山红色研学三", "婺源篁岭赏秋二日", "报名电话：079"])
    address = "地址：红谷滩区丰和中大道188号"
    got = _items([*AFTER, "江景名苑\u3000臻品现房", "建面约89—143㎡江景三房四房", "VIP热线：0791-8888 6666", address])
    assert got[-1] == ("article", "江景名苑 臻品现房", ["建面约89—14", "VIP热线：07", address[:8]])


def test_the_papers_own_contacts_under_a_headline_stack_are_no_advertisement():
    # (The newsroom's hotline, set between a headline over a figure and its text.)
    stack = ["省内首个跨区域医疗联合体成立", "12家医院实现检查结果互认", "新闻热线：0791-86849000"]
    got = _items([*stack, *AFTER[1:]])
    assert [title for _, title, _ in got] == ["省内首个跨区域医疗联合体成立"]


def test_a_headline_over_a_dashed_subtitle_over_contacts_is_no_advertisement():
    stack = ["首届青年创新创业大赛落幕", "——30个项目同台比拼", "咨询电话：0791-8612 3456"]
    got = _items([*AFTER, *stack, *BEFORE[1:]])
    assert [title for _, title, _ in got] == [AFTER[0], "首届青年创新创业大赛落幕"]


def test_text_whose_lines_end_sentences_over_a_telephone_is_no_advertisement():
    # (An encyclopedia's text set without indents, its last lines stating figures and an
    # address, then a telephone: its lines hold sentence ends, as no advertisement's do.)
    text = [
        "乌石渔港",
        "乌石渔港是位于台湾宜兰县头城镇的渔港，与南方澳渔港并",
        "称。每年农历七月举行的抢孤活动，与屏东恒春的抢孤活动",
        "齐名。乌石礁为立于乌石港中之乌礁石，乌石港",
        "之名由此而来。地址：宜兰县头城镇港口里港口路15-7号",
        "电话：03-9782345",
    ]
    got = _items([*text, *AFTER])
    assert got[0][1] == "乌石渔港"
    assert "".join(got[0][2])[:8] == "乌石渔港是位于台"
    result = parse_page_text("\n".join([*text, *AFTER]) + "\n", "page.txt")
    assert "之名由此而来。地址：宜兰县" in result.articles[0].paragraphs[-1]
