"""A photo's captions an extractor gives out inside an article (the photo stood in the
article's column) cut nothing: the text under the photo's credit goes on with the article
over the captions, and the photo is an item of its own after it (``page._resumed``).
Before, the article ended at the captions and its text under them was another, untitled
item. Where the captions cut a sentence at a full line; and where they stand between two
paragraphs, if the text under them takes up the article's headline. An article over
captions that ends its sentence and the text under them naming nothing of its headline
stay two items; so do an article signed at its head and a text signed at its end, and a
text under the captions with its own headline printed after it; and a second photo's
captions under the first are no text going on."""

from __future__ import annotations

from pagescore import read_items

WIDTH = 14  # ideographs a line of the column holds


def _set(paragraph: str) -> list[str]:
    """A paragraph set in the column: its first line indented two em, cut into lines of
    ``WIDTH``."""
    text = "\u3000\u3000" + paragraph
    return [text[i : i + WIDTH] for i in range(0, len(text), WIDTH)]


TITLE = "鄱阳湖候鸟越冬数量创新高"
FIRST = "本报讯（记者龙琳昊）记者从省林业局获悉，今冬在鄱阳湖越冬的候鸟数量达到七十八万只，比去年同期增加约五万只。"
SECOND = "为守护好这些远方来客，沿湖各地实行了分片包干巡护制度，组建了一百二十余支护鸟队伍，护鸟员每天要在湖区巡查十多公里左右。"
THIRD = "专家认为，鄱阳湖湿地生态环境的持续向好，是越冬候鸟数量增长的主要原因。"
CAPTIONS = ["图①：游客在景德镇陶溪", "川文创街区参观陶瓷艺", "术展。", "图②：首列中欧班列缓", "缓驶出物流园。", "本报记者 赵怡芳 摄"]
CUT = 2 * WIDTH  # the captions stand after the second paragraph's second line


def _page(second: list[str], under: list[str]) -> list[str]:
    return [TITLE, *_set(FIRST), *second[:2], *CAPTIONS, *second[2:], *under]


def test_the_text_under_the_captions_goes_on_with_the_article():
    got = read_items(_page(_set(SECOND), [*_set(THIRD)]))
    assert [title for title, _, _ in got] == [TITLE, ""]
    assert got[0][2] == [FIRST[:6], SECOND[:6], THIRD[:6]]
    assert got[0][1] == ("龙琳昊",)
    assert got[1][2] == ["图①：游客在"[:6], "图②：首列中"[:6]]


def test_the_article_keeps_its_end_byline_under_the_captions():
    got = read_items(_page(_set(SECOND), [*_set(THIRD), "（记者 龙琳昊 通讯员 曾 萍）"]))
    assert [(title, authors) for title, authors, _ in got][0] == (TITLE, ("龙琳昊", "曾萍"))
    assert got[0][2] == [FIRST[:6], SECOND[:6], THIRD[:6]]


def test_an_article_ending_its_sentence_over_captions_stays_apart_from_the_text_under_them():
    # The captions stand after the second paragraph; what follows is another item's text,
    # its first line flush (its indent lost, as an extractor may lose it).
    other = "华灯初上，九江市浔阳区的美食街上人头攒动，烧烤、小龙虾、茶饮店前排起了长队，街头艺人的表演不时引来阵阵掌声。"
    ended = "为守护好这些远方来客，沿湖各地实行了分片包干巡护制度，组建了一百二十余支护鸟队伍，护鸟员每天都巡查十多公里。"
    assert len(_set(ended)[-1]) == WIDTH  # (its last line full: only its full stop ends it)
    got = read_items([TITLE, *_set(FIRST), *_set(ended), *CAPTIONS, *(other[i : i + WIDTH] for i in range(0, len(other), WIDTH))])
    assert got[0][2] == [FIRST[:6], SECOND[:6]]
    assert [paragraphs[0] for _, _, paragraphs in got[1:]] == ["图①：游客在", other[:6]]


def test_a_second_photo_under_the_first_is_no_text_going_on():
    more = ["图为村民在自家民宿前晾", "晒农作物。", "李玉 邵涛帆 摄"]
    got = read_items([TITLE, *_set(FIRST), *_set(SECOND)[:2], *CAPTIONS, *more])
    assert got[0][2] == [FIRST[:6], SECOND[:6]]
    assert [paragraphs[0] for _, _, paragraphs in got[1:]] == ["图①：游客在", "图为村民在自"]


# Captions between two paragraphs: the text under them goes on with the article over them
# where it takes the article's headline up, as an untitled item right under an article
# does (``segment.takes_up``).
QU = "渠成（足球运动员）"
QU_FIRST = "渠成是江苏南京人，小学就读于南昌路小学，四年级进入南京市足球代表队，毕业后升入雨花台中学。"
QU_SECOND = "二〇一二年初，渠成与队友杨笑天获得了赴意大利帕尔马足球俱乐部试训三周的机会。"
OTHER = "夜幕降临，乐平市一个村子的足球场上人声鼎沸，两支由村民组成的球队正在激烈角逐。"


def test_text_under_captions_between_paragraphs_that_takes_the_headline_up_goes_on():
    got = read_items([QU, *_set(QU_FIRST), *CAPTIONS, *_set(QU_SECOND), "（实习生 魏阳杰 记者 侯宁霞）"])
    assert [(title, authors, paragraphs) for title, authors, paragraphs in got][0] == (
        QU, ("魏阳杰", "侯宁霞"), [QU_FIRST[:6], QU_SECOND[:6]],
    )
    assert len(got) == 2 and got[1][2][0] == "图①：游客在"


def test_text_under_captions_between_paragraphs_naming_nothing_of_the_headline_stays_apart():
    got = read_items([QU, *_set(QU_FIRST), *CAPTIONS, *_set(OTHER), "（记者 郭 芳）"])
    assert [(title, paragraphs[0]) for title, _, paragraphs in got] == [(QU, QU_FIRST[:6]), ("", "图①：游客在"), ("", OTHER[:6])]


def test_an_article_signed_at_its_head_does_not_take_a_signed_text_under_captions():
    got = read_items([QU, "本报记者 张 宁", *_set(QU_FIRST), *CAPTIONS, *_set(QU_SECOND), "（实习生 魏阳杰 记者 侯宁霞）"])
    assert [(title, authors) for title, authors, _ in got] == [(QU, ("张宁",)), ("", ()), ("", ("魏阳杰", "侯宁霞"))]


def test_text_under_captions_with_its_own_headline_printed_after_it_stays_apart():
    late = "渠成正式转会四川安纳普尔那"
    got = read_items([QU, *_set(QU_FIRST), *CAPTIONS, *_set(QU_SECOND), "（实习生 魏阳杰 记者 侯宁霞）", late])
    assert [(title, paragraphs[0]) for title, _, paragraphs in got] == [(QU, QU_FIRST[:6]), ("", "图①：游客在"), (late, QU_SECOND[:6])]


# A page that prints headlines after their articles: the text over the captions has no
# headline of its own, and goes on under them where its opening takes up the headline
# printed after the text under them (``page._taken_up``).
RAIN = "暴雨过后，他们连夜清淤复产"
RAIN_FIRST = "受强降雨影响，修水县部分乡镇出现内涝，雨势刚减弱，当地干部群众就投入到清淤消杀和生产自救中。"
RAIN_SECOND = "截至目前，全县已清理淤泥三万多立方米，抢修道路四十六公里，受灾企业复产率达到九成。"


def test_text_over_captions_that_takes_up_the_headline_after_the_text_under_them_goes_on():
    got = read_items([*_set(RAIN_FIRST), *CAPTIONS, *_set(RAIN_SECOND), "（本报记者 沈强芬）", RAIN])
    assert got[0] == (RAIN, ("沈强芬",), [RAIN_FIRST[:6], RAIN_SECOND[:6]])
    assert len(got) == 2 and got[1][2][0] == "图①：游客在"


def test_text_over_captions_naming_nothing_of_the_headline_after_the_text_under_them_stays_apart():
    got = read_items([*_set(OTHER), *CAPTIONS, *_set(RAIN_SECOND), "（本报记者 沈强芬）", RAIN])
    assert [(title, paragraphs[0]) for title, _, paragraphs in got] == [("", OTHER[:6]), ("", "图①：游客在"), (RAIN, RAIN_SECOND[:6])]


def test_numbered_captions_over_a_photo_are_that_photos_not_an_article():
    # Two captions numbered alike (图① twice) over one credit: the first, standing alone,
    # is no article of its own but the photo's (``page._captions_gathered``), and the
    # article's text under the credit goes on with it.
    twice = ["图①：游客在景德镇陶溪", "川文创街区参观陶瓷艺", "术展。", "图①：首列中欧班列缓", "缓驶出物流园。", "本报记者 赵怡芳 摄"]
    got = read_items([TITLE, *_set(FIRST), *_set(SECOND)[:2], *twice, *_set(SECOND)[2:], *_set(THIRD)])
    assert [title for title, _, _ in got] == [TITLE, ""]
    assert got[0][2] == [FIRST[:6], SECOND[:6], THIRD[:6]]
    assert got[1][2] == ["图①：游客在", "图①：首列中"]
