"""A photo's captions set inside an article's sentence, set in a frame of their own, with
the sentence going on under the photo's credit (…农药使用量同比减少 / 4月12日，南昌市… /
本报记者 罗丽伟 摄 / 12%，亩均增收约150元。): the article is one item, its text read
on across the captions, and the captions are the photo's (the search sets the article
aside at the captions and takes it up again under the credit: ``viterbi.SUSPENDS``,
``RESUMES``). Before, the captions took in the article's lines over them, or the article
ended inside its sentence and the text under the credit was another item. Not where the
line under the credit heads an item a byline under it opens, or is set in another column.
A short article, started within the captions' reach of their credit, reads on across them
too where they are set in a frame of their own (``viterbi.SUSPENDS_APART``)."""

from __future__ import annotations

from pagescore import read_items

WIDTH = 9  # ideographs a line of the narrow column holds
FRAME = 13  # ... and a line of the captions' frame


def _set(paragraph: str, width: int = WIDTH, indent: bool = True) -> list[str]:
    """A paragraph cut into lines of ``width`` (its first line indented two em)."""
    text = ("\u3000\u3000" if indent else "") + paragraph
    return [text[i : i + width] for i in range(0, len(text), width)]


TITLE = "稻田里的智慧管家"
FIRST = "在进贤县的一片高标准农田里，无人机正在喷洒农药，种粮大户李建国盯着手机屏幕，实时查看着田间的温度、湿度和虫情数据。"
SECOND = "据了解，进贤县今年已建成数字农业示范基地十五个，覆盖农田面积八万余亩，农药使用量同比减少百分之十二，亩均增收约一百五十元。"
CAPTION = "四月十二日，南昌市青山湖区一所小学的学生在老师指导下体验传统扎染技艺。"
CREDIT = "本报记者 罗丽伟 摄"
BYLINE = "（实习生 陆亮明 记者 吴娟杰）"
NEXT_TITLE = "赣江新区首列中欧班列满载出发"
NEXT = "随着一声汽笛长鸣，满载五十个标准集装箱的中欧班列从赣江新区物流园缓缓驶出，将经霍尔果斯口岸出境。"


def _page(cut: int, under: list[str] | None = None) -> list[str]:
    """The article with the captions set after line ``cut`` of its second paragraph."""
    second = _set(SECOND)
    rest = second[cut:] if under is None else under
    return [
        TITLE, *_set(FIRST), *second[:cut], *_set(CAPTION, FRAME, indent=False), CREDIT, *rest, BYLINE,
        NEXT_TITLE, *_set(NEXT, 16),
    ]


def test_the_article_reads_on_across_captions_set_inside_its_sentence():
    page = _page(5)
    assert not _set(SECOND)[4].endswith("。")  # (the captions cut a sentence)
    got = read_items(page)
    assert [title for title, _, _ in got] == [TITLE, "", NEXT_TITLE]
    assert got[0][1] == ("陆亮明", "吴娟杰")
    assert got[0][2] == [FIRST[:6], SECOND[:6]]
    assert got[1][2] == [CAPTION[:6]]


def test_a_headline_under_the_credit_with_its_byline_under_it_opens_another_item():
    # (The article over the captions ends with them, inside its sentence: the text under
    # the credit is another item's, its headline's first line ending in a colon.)
    body = "连日来，我市持续出现三十五度以上高温天气，供水管网抢修队员顶着烈日连续作业。"
    page = [TITLE, *_set(FIRST), *_set(SECOND)[:5], *_set(CAPTION, FRAME, indent=False), CREDIT]
    got = read_items([*page, "高温下的坚守：", "他们守护城市的生命线", "□ 叶峰琼", *_set(body)])
    assert got[0][0] == TITLE
    assert got[-1][1:] == (("叶峰琼",), [body[:6]])
    assert got[-1][0].startswith("高温下的坚守") and got[-1][0].endswith("他们守护城市的生命线")


def test_text_under_the_credit_set_in_a_wider_column_is_another_items():
    other = "华灯初上，九江市浔阳区的美食街上人头攒动，烧烤、小龙虾、茶饮店前排起了长队，街头艺人的表演不时引来阵阵掌声。"
    got = read_items(_page(5, _set(other, 20, indent=False)))
    assert got[0][0] == TITLE and other[:6] not in got[0][2]
    assert [paragraphs[:1] for _, _, paragraphs in got[1:]].count([other[:6]]) == 1


def test_a_short_article_reads_on_across_captions_set_in_a_frame_of_their_own():
    # (The article starts within the captions' reach of their credit, so it might be
    # their own first lines, but for the frame: the captions are set far narrower.)
    first = "记者日前从省司法厅获悉，南昌、上饶、吉安三个设区市入选全省首批无证明城市。"
    second = "所谓无证明城市，是指群众和企业办事时，凡是能够通过数据共享、部门核验等方式获取的信息，不再要求申请人提供证明材料。"
    caption = "信丰县果农在果园里采摘脐橙。"
    lines = _set(second, 18)
    page = [
        NEXT_TITLE, *_set(NEXT, 18), "（记者 胡位涛）", "全省首批无证明城市名单公布", *_set(first, 18), *lines[:3],
        *_set(caption, WIDTH, indent=False), "冯萍阳 摄", *lines[3:], "（记者 沈俊敏 通讯员 田波玉）",
    ]
    assert not lines[2].endswith("。") and lines[3] == "证明材料。"
    got = read_items(page)
    assert [(title, authors) for title, authors, _ in got] == [
        (NEXT_TITLE, ("胡位涛",)), ("全省首批无证明城市名单公布", ("沈俊敏", "田波玉")), ("", ()),
    ]
    assert got[1][2] == [first[:6], second[:6]]
    assert got[2][2] == [caption[:6]]


def test_a_dateline_under_the_sentence_the_text_ends_opens_the_next_item_only():
    # (The text under the credit ends its sentence, and its byline and the next item's
    # headline and dateline follow: that dateline opens the next item, not this line.)
    second = _set(SECOND)
    dated = "本报讯（记者 马桂霞）青石板路蜿蜒向前，一条古道串起了三个村庄。"
    page = [
        TITLE, *_set(FIRST), *second[:-1], *_set(CAPTION, FRAME, indent=False), CREDIT, second[-1], BYLINE,
        NEXT_TITLE, *_set(dated, 16, indent=False),
    ]
    assert second[-1].endswith("。") and not second[-2].endswith("。")
    got = read_items(page)
    assert [(title, authors) for title, authors, _ in got] == [
        (TITLE, ("陆亮明", "吴娟杰")), ("", ()), (NEXT_TITLE, ("马桂霞",)),
    ]
    assert got[0][2] == [FIRST[:6], SECOND[:6]]
