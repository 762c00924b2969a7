"""Text under a photo's captions set between two of an article's paragraphs goes on with
the article over them where it reads on from that article's text (``page._goes_on_under``,
``segment.reads_on``): the two share a word news text seldom uses (管网), and the
more such words the texts hold, the more of them, though the paragraph under the
captions names its subject once. So also where the text under the captions
closes with the byline the article over them lacks, and where the article over them has
no headline over it but one printed after its text: joined, the article has one headline
and one byline. Before, the text under the captions was an untitled item of its own
unless it kept two names of its own and closed with no byline. Text sharing only the
common words of news text (目前, 表示, 负责) still starts an item."""

from __future__ import annotations

from qa.parse.read import parse_page_text
from qa.parse.segment import reads_on

TITLE = "高温下的坚守：他们守护城市的“生命线”"
OVER = [
    "\u3000\u3000连日来，我市持续出现35℃以上高温天",
    "气。在城区一处供水管网抢修现场，十多名工",
    "人顶着烈日作业，汗水很快浸透了工作服。",
    "\u3000\u3000“管道爆裂影响周边三个小区用水，必",
    "须尽快修好。”现场负责人刘师傅说，抢修从",
    "凌晨两点开始，大家轮流下坑作业。",
]
CAPTIONS = [
    "图①：8月2日，修水县干部群众在清",
    "理淤泥，抓紧恢复生产。",
    "图②：信丰县果农在果园里采摘脐",
    "橙。",
    "（新华社发）",
]
UNDER = [
    "\u3000\u3000入夏以来，市水务集团共处置各类管网故",
    "障300余起，平均修复时间缩短至4小时以内，",
    "确保了全市居民正常用水。",
]
BYLINE = "（记者 梁凯 通讯员 郭霞洋）"
NEXT = [
    "老旧小区加装电",
    "梯，难在哪？",
    "\u3000\u3000新华社南昌12月4日电（记者 郭燕娜）“住了二",
    "十多年，腿脚越来越不方便，就盼着能装上电梯。”家",
    "住东湖区某小区六楼的张大爷说。然而，加装电梯的",
    "事在楼里商量了两年，至今没有落地。",
]
LONG = [
    "华灯初上，九江市浔阳区的美食街上人头攒动，烧烤、小龙虾、茶饮店前排起了长队，街头艺人的表演不时引来阵阵掌声。",
    "在永修县，一批闲置的村集体房屋被改造成民宿和农产品展销中心，村民在家门口就能增收。",
    "赣江新区首列中欧班列满载五十个标准集装箱从物流园缓缓驶出，将经霍尔果斯口岸出境。",
]


def _items(lines: list[str]) -> list[tuple[str, tuple[str, ...], list[str]]]:
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    return [(a.title, a.authors, [p[:6] for p in a.paragraphs]) for a in result.articles if a.kind != "photo"]


def test_text_under_captions_reading_on_goes_on_with_the_article_and_takes_its_byline():
    got = _items([TITLE, *OVER, *CAPTIONS, *UNDER, BYLINE, *NEXT])
    assert got == [
        (TITLE, ("梁凯", "郭霞洋"), ["连日来，我市", "“管道爆裂影", "入夏以来，市"]),
        ("老旧小区加装电梯，难在哪？", ("郭燕娜",), ["新华社南昌1"]),
    ]


def test_text_under_captions_sharing_only_common_words_starts_an_item():
    # (It shares 目前, 表示, 负责, 现场 and more with the text over the captions, none telling.)
    other = [
        "\u3000\u3000目前，相关负责人表示，现场将进一步加强",
        "管理，确保各项工作有序开展，目前已经取得",
        "阶段性成效，相关负责人表示将继续推进。",
    ]
    got = _items([TITLE, *OVER, *CAPTIONS, *other, BYLINE, *NEXT])
    assert [paragraphs[0] for _, _, paragraphs in got] == ["连日来，我市", "目前，相关负", "新华社南昌1"]
    assert got[0][1] == ()


def test_an_untitled_text_reads_on_under_captions_to_the_headline_printed_after_it():
    # (A page that prints headlines after their articles: the headline stands under the
    # byline, the article over the captions has none over it.)
    got = _items([*NEXT[2:], "（郭燕娜）", NEXT[0] + NEXT[1], *OVER, *CAPTIONS, *UNDER, BYLINE, TITLE])
    assert got[-1] == (TITLE, ("梁凯", "郭霞洋"), ["连日来，我市", "“管道爆裂影", "入夏以来，市"])


def test_texts_read_on_by_a_share_of_the_words_news_text_seldom_uses():
    # (Over the captions eighteen such words, under them nine: 用水 is in both.)
    assert reads_on("".join(OVER), "".join(UNDER))
    # Words any news text uses (目前, 表示, 推动, 发展) tie no two texts.
    assert not reads_on("目前，当地表示将推动经济发展。", "目前，有关部门表示，将继续推动发展。")
    # One such word shared is chance in a long text holding many: 用水 after fifty-six
    # others (a short text ending with it reads on).
    long = "".join([*NEXT, *CAPTIONS, *LONG])
    assert reads_on(LONG[-1] + "保障用水。", "".join(UNDER))
    assert not reads_on(long + "保障用水。", "".join(UNDER))
