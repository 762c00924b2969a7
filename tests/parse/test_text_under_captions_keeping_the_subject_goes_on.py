"""Text under a photo's captions set between two of an article's paragraphs, with no
headline, byline or dateline over it and no byline after it, goes on with the article
over the captions where it keeps that article's subject (``page._goes_on_under``,
``segment.keeps_subject``: two names of their own both texts hold, phrases of three
ideographs or rare words: 大余县, 审批窗 of …宅基地审批… and 大余县在全县11个乡镇便民服务
中心设置了宅基地“一门式”审批窗口…): the article over the captions has a headline and no
byline after it, so it is still open, and no item opens under the captions. Before, the
text under the captions was an untitled item of its own. Text about something else, text
opening with a dateline and text closing with its own byline still start an item."""

from __future__ import annotations

from qa.parse.read import parse_page_text
from qa.parse.segment import keeps_subject

OVER = [  # (a generator 9 page's lines, as its text was extracted)
    '大余积极探索宅',
    '基地审批机制',
    '本报讯（记者',
    '姜林 通讯员 蒋宁英）',
    '“直接把资料交给镇',
    '里便民服务中心的宅',
    '基地审批窗口就可以',
    '申请审批建房，很方',
    '便！”近日，大余县',
    '樟斗镇樟斗村村民王',
    '荣财在该镇便民服务',
    '中心完成了宅基地审',
    '批资料的申报。',
    '在农村宅基地制',
    '度改革试点过程中，',
    '大余县树立“宅改+”',
    '理念，把改革成果与',
    '“五型”政府建设相',
    '结合，按照有办公场',
    '所、有审批监管人员、',
    '有办事指南、有多部',
    '门联动的机制、有户',
    '型图和效果图、有实',
    '用性村庄规划的“六',
    '有”标准，实现宅基',
    '地审批服务“六好”，',
    '让“宅改”成果更贴',
    '心。',
    '图①：赣江新区物流园',
    '内，工作人员正在检查',
    '中欧班列集装箱。',
    '图②：首列中欧班列缓',
    '缓驶出物流园。',
    '新华社记者 熊曦敏 摄',
]
UNDER = [
    '大余县在全县11',
    '个乡镇便民服务中心',
    '设置了宅基地“一门',
    '式”审批窗口，制作',
    '并发放《农村宅基地',
    '和建房申请审批服务',
    '指南》，公开审批流',
    '程和时限，实行一次',
    '性告知和领办跟踪制',
    '度；建立农村宅基地',
    '和农房建设联审联办',
    '制度，乡镇农业农村、',
    '自然资源、住建、林',
    '业、水利、交通等部',
    '门各司其职、同步审',
    '批，让群众的宅基地',
    '审批“只跑一次、只',
    '找一人”。',
]
NEXT = [
    "老旧小区加装电",
    "梯，难在哪？",
    "\u3000\u3000新华社南昌12月4日电（记者 郭燕娜）“住了二",
    "十多年，腿脚越来越不方便，就盼着能装上电梯。”家",
    "住东湖区某小区六楼的张大爷说。然而，加装电梯的",
    "事在楼里商量了两年，至今没有落地。",
]


def _articles(under: list[str]) -> list[tuple[str, list[str]]]:
    result = parse_page_text("\n".join([*OVER, *under, *NEXT]) + "\n", "page.txt")
    return [(a.title, [p[:6] for p in a.paragraphs]) for a in result.articles if a.kind != "photo"]


def test_text_under_captions_keeping_the_articles_subject_goes_on_with_it():
    assert _articles(UNDER) == [
        ("大余积极探索宅基地审批机制", ["本报讯（记者", "在农村宅基地", "大余县在全县"]),
        ("老旧小区加装电梯，难在哪？", ["新华社南昌1"]),
    ]


def test_text_under_captions_about_something_else_starts_an_item():
    other = [
        "\u3000\u3000华灯初上，九江市浔阳区的美食街上人头攒动。",
        "烧烤、小龙虾、茶饮店前排起了长队，街头艺人的",
        "表演不时引来阵阵掌声。",
    ]
    assert [paragraphs[0] for _, paragraphs in _articles(other)] == ["本报讯（记者", "华灯初上，九", "新华社南昌1"]


def test_text_under_captions_opening_with_a_dateline_starts_an_item():
    dated = ["本报讯 大余县在全县11", *UNDER[1:]]
    assert [paragraphs[0] for _, paragraphs in _articles(dated)] == ["本报讯（记者", "本报讯大余县", "新华社南昌1"]


def test_text_under_captions_closing_with_its_own_byline_starts_an_item():
    signed = [*UNDER, "（记者 熊欣欣）"]
    assert [paragraphs[0] for _, paragraphs in _articles(signed)] == ["本报讯（记者", "大余县在全县", "新华社南昌1"]


def test_two_texts_keep_one_subject_by_two_names_of_their_own():
    # (One phrase of their own shared may be chance: two news items of one page may both
    # name a place; two are the subject kept.)
    over = "景德镇高新区打造足球夜活动平台，促进园企同心交流。"
    assert not keeps_subject(over, "今年以来，足球夜吸引了园区内外的企业职工。")
    assert keeps_subject(over, "今年以来，足球夜吸引了高新区内外的企业职工。")
