"""A pull quote (a sentence of an article set large in its column, which the extractor
gives where it stands: between two lines of a paragraph) is furniture, reported as "pull
quote" (``furniture._pull_quotes``): the article says it word for word as a sentence of
its own, so the paragraph it cuts reads on across it. Before, the quote was a line of
the text and cut the paragraph (and at times the article) in two. A quote may be set
narrower or wider than its column, in as many lines as a narrow block takes, in quotation
marks between two sentences or paragraphs, or right after the sentence it repeats; the
text may say it opening a line or a paragraph, after the mark opening a quotation, or
around the quote itself. A line ending a sentence that the text says again only inside a
longer sentence is text; so is a run of lines printed twice as they are broken, a passage
printed twice at another width or longer than a sentence set large, a caption printed
twice between two credits, a quoted paragraph, an article's opening under its byline, and
the text a quote repeats (of two copies, the one set off its column is the quote)."""

from __future__ import annotations

from qa.parse import parse_page_text

TITLE = "省内首个跨区域医疗联合体成立"
PARAGRAPHS = [
    "　　日前，由省人民医院牵头，联合赣州、吉安、抚州等地12家医院组建的跨区域医疗联合体正式成立。",
    "　　根据协议，联合体内将实现检查检验结果互认、专家资源共享和双向转诊，省级医院专家将定期到基层坐诊。",
    "　　“以后很多病在市里就能看，不用再跑省城了。”一位来自吉安的患者家属说。据测算，联合体运行后，每年可为患者节省就医费用约8000万元。",
]
WIDTH = 16


def _set(paragraph: str) -> list[str]:
    return [paragraph[i : i + WIDTH] for i in range(0, len(paragraph), WIDTH)]


def _page(inside: list[str], at: int = 3) -> str:
    """The article with ``inside`` put after line ``at`` of its second paragraph."""
    second = _set(PARAGRAPHS[1])
    lines = [TITLE, *_set(PARAGRAPHS[0]), *second[:at], *inside, *second[at:], *_set(PARAGRAPHS[2]), "（实习生 贺刚 记者 段欢）"]
    return "\n".join(lines) + "\n"


def _read(text: str):
    result = parse_page_text(text, "page.txt")
    return [(a.title, [p[:6] for p in a.paragraphs]) for a in result.articles], result.notes


def test_a_pull_quote_inside_a_paragraph_is_furniture():
    quote = ["“据测算，联合体运行后，", "每年可为患者节省就医费", "用约8000万元。”"]
    articles, notes = _read(_page(quote, at=2))
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_one_line_pull_quote_without_marks_is_furniture():
    articles, notes = _read(_page(["一位来自吉安的患者家属说。"]))
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == ["一位来自吉安的患者家属说。"]


def test_a_line_the_text_says_only_inside_a_longer_sentence_is_text():
    # 患者节省就医费用约8000万元。 ends a sentence the text says again, but there it is
    # the end of a longer one (每年可为…): no sentence of its own, no pull quote.
    result = parse_page_text(_page(["患者节省就医费用约8000万元。"]), "page.txt")
    assert not [note for note in result.notes if note.kind == "pull quote"]
    text = "".join(p for article in result.articles for p in article.paragraphs).replace(" ", "")
    assert text.count("患者节省就医费用约8000万元。") == 2


def test_a_pull_quote_set_wider_than_its_column_is_furniture():
    # (Wider than the lines over and under it, which go on at the column's width.)
    quote = ["据测算，联合体运行后，每年可为患者节省就", "医费用约8000万元。"]
    articles, notes = _read(_page(quote, at=2))
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_pull_quote_of_the_opening_sentence_under_the_headline_is_furniture():
    # The text says it opening a line under the headline, set at the column's width: a
    # whole sentence there too, though no sentence ends over it.
    opening = "记者从省林业局获悉，今冬在鄱阳湖越冬的候鸟数量创下新高。"
    quote = ["记者从省林业局获悉，今冬在", "鄱阳湖越冬的候鸟数量创下新", "高。"]
    body = _set("　　" + opening + "其中白鹤超过四千只，占全球种群数量的九成八以上，为历年最多。")
    second = _set(PARAGRAPHS[1])
    lines = ["鄱阳湖候鸟越冬数量创新高", *body, *second[:2], *quote, *second[2:], "（记者 段欢）"]
    articles, notes = _read("\n".join(lines) + "\n")
    assert articles == [("鄱阳湖候鸟越冬数量创新高", ["记者从省林业", "根据协议，联"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_passage_printed_twice_at_another_width_is_text():
    # The third paragraph printed again in a narrower block (an extractor gave it twice):
    # its last sentence's tail, 每年可为…, stands narrower than the line over it, and the
    # text says it opening a line; but the text over it there says 联合体运行后， too, as
    # over this one: a passage printed twice, no sentence set apart.
    again = [
        "“以后很多病在市里就能看，不用再跑省城了。”",
        "一位来自吉安的患者家属说。据测算，联合体运行后，",
        "每年可为患者节省就",
        "医费用约8000万元。",
        "联合体还将推动远程会诊，让群众在家门口看上好",
        "病。",
    ]
    assert _set(PARAGRAPHS[2])[3].startswith("每年可为")  # (where the text says it, a line opens)
    text = _page([]).replace("（实习生 贺刚 记者 段欢）", "\n".join(["（实习生 贺刚 记者 段欢）", "联合体让群众少跑腿", *again]))
    result = parse_page_text(text, "page.txt")
    assert not [note for note in result.notes if note.kind == "pull quote"]


def test_a_caption_printed_twice_between_credits_is_no_pull_quote():
    # Two photos with one caption: the second, set wider, stands between two credits; no
    # text goes on over and under it.
    photos = ["游客在景德镇陶溪川文", "创街区参观陶瓷艺术", "展。 本报记者 钟晨桂摄", "游客在景德镇陶溪川文创街区参观", "陶瓷艺术展。", "新华社记者 李平兴 摄"]
    result = parse_page_text(_page([]).replace(TITLE, "\n".join([*photos, TITLE])), "page.txt")
    assert not [note for note in result.notes if note.kind == "pull quote"]
    assert sum(1 for article in result.articles if article.kind == "photo") == 2


def test_a_pull_quote_in_quotation_marks_between_two_paragraphs_is_furniture():
    # Set between the second paragraph and the third (a sentence ends over it, a paragraph
    # opens under it): in quotation marks, a quote; the article reads on across it.
    quote = ["“据测算，联合体运行后，", "每年可为患者节省就医费", "用约8000万元。”"]
    second = _set(PARAGRAPHS[1])
    articles, notes = _read(_page(quote, at=len(second)))
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_sentence_said_again_over_a_paragraphs_opening_without_marks_is_text():
    # (A paragraph opens under it: without quotation marks, the sentence over it ends
    # there, and the run is text, a paragraph of one sentence the text says again.)
    again = ["据测算，联合体运行后，每", "年可为患者节省就医费用约", "8000万元。"]
    second = _set(PARAGRAPHS[1])
    lines = [TITLE, *_set(PARAGRAPHS[0]), *second[:1], *again, *_set(PARAGRAPHS[2]), "（实习生 贺刚 记者 段欢）"]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert not [note for note in result.notes if note.kind == "pull quote"]


def _quotes(text: str) -> list[str]:
    return [note.text for note in parse_page_text(text, "page.txt").notes if note.kind == "pull quote"]


def _with(inside: list[str], paragraph: int, at: int) -> str:
    """The article with ``inside`` put after line ``at`` of paragraph ``paragraph``."""
    lines = [TITLE]
    for k, text in enumerate(PARAGRAPHS):
        set_ = _set(text)
        lines += [*set_[:at], *inside, *set_[at:]] if k == paragraph else set_
    return "\n".join([*lines, "（实习生 贺刚 记者 段欢）"]) + "\n"


def test_a_pull_quote_set_in_four_lines_of_a_narrow_block_is_furniture():
    # (A sentence set large in a narrow block takes more lines than three: what bounds a
    # quote is the sentence, not its lines.)
    quote = ["“据测算，联合体运", "行后，每年可为患者", "节省就医费用约80", "00万元。”"]
    articles, notes = _read(_page(quote, at=2))
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_passage_longer_than_a_sentence_set_large_is_text():
    # The first paragraph's sentence (45 characters) again, in quotation marks and set
    # wider: more than a pull quote holds, a passage printed again.
    again = ["“日前，由省人民医院牵头，联合赣州、", "吉安、抚州等地12家医院组建的跨区域", "医疗联合体正式成立。”"]
    assert len(PARAGRAPHS[0].strip("　")) > 40  # (furniture.PULL_QUOTE_CHARS)
    assert _quotes(_page(again, at=2)) == []


def test_a_pull_quote_inside_the_very_sentence_it_repeats_is_furniture():
    # 据测算，联合体运行后， / [the quote] / 每年可为…: read with the quote taken out, the
    # text says it whole right there.
    quote = ["据测算，联合体运行后，", "每年可为患者节省就医费", "用约8000万元。"]
    assert _set(PARAGRAPHS[2])[2].endswith("据测算，联合体运行后，")
    articles, notes = _read(_with(quote, paragraph=2, at=3))
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_pull_quote_of_a_quoted_sentence_is_furniture():
    # The text says it in quotation marks, opening its third paragraph: a whole sentence
    # after the mark opening the quotation.
    quote = ["“以后很多病在市里就能看，", "不用再跑省城了。”"]
    articles, notes = _read(_page(quote, at=2))
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_pull_quote_of_an_opening_sentence_broken_elsewhere_is_furniture():
    # Set at the column's width between two paragraphs, the text saying it opening its
    # first paragraph (under the headline, no sentence ending over it): broken into lines
    # elsewhere than there, no passage printed twice.
    first = _set("　　亚硫酸盐是亚硫酸所成的盐，含有亚硫酸根离子。绝大多数葡萄酒中都自然存在亚硫酸盐，有时也加入亚硫酸盐作防腐剂。")
    second = _set("　　所有美国的葡萄酒若含有超过10ppm的亚硫酸盐，都必须特殊标明。")
    third = _set("　　欧盟类似的规定开始于2005年11月。")
    quote = ["“亚硫酸盐是亚硫酸所成的盐，", "含有亚硫酸根离子。”"]
    assert first[0].strip("　") != quote[0].strip("“")
    articles, notes = _read("\n".join(["亚硫酸盐", *first, *second, *quote, *third, "（记者 段欢）"]) + "\n")
    assert articles == [("亚硫酸盐", ["亚硫酸盐是亚", "所有美国的葡", "欧盟类似的规"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_short_pull_quote_in_quotation_marks_is_furniture():
    # (Ten characters: in quotation marks a quote may be as short as eight.)
    opening = _set("　　鸡鸣两省，叶落三地。作为赣湘两省四市八县交会处的上栗，是江西的西大门，也是中国烟花爆竹之乡。")
    body = _set("　　近年来，上栗县始终把平安上栗、法治上栗建设贯穿于经济社会发展全过程，确保了百姓安居乐业。")
    quote = ["“鸡鸣两省，叶落三地。”"]
    articles, notes = _read("\n".join(["上栗创新基层之治", *opening, *body[:2], *quote, *body[2:], "（记者 段欢）"]) + "\n")
    assert articles == [("上栗创新基层之治", ["鸡鸣两省，叶", "近年来，上栗"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote


def test_a_sentence_printed_again_right_after_itself_is_a_pull_quote():
    # The paragraph's last sentence again, at the column's width and without marks, right
    # under it: no text says a sentence twice running, so it is the quote.
    first = _set("　　日前，由省人民医院牵头组建的跨区域医疗联合体正式成立。联合体由12家医院组成，覆盖赣州、吉安、抚州等地。")
    again = ["联合体由12家医院组成，覆盖赣州、吉", "安、抚州等地。"]
    assert first[-1].endswith("抚州等地。")
    articles, notes = _read("\n".join([TITLE, *first, *again, *_set(PARAGRAPHS[1]), "（记者 段欢）"]) + "\n")
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == again


def test_of_a_sentence_printed_twice_running_the_copy_set_off_its_column_is_the_quote():
    # The quote set narrow, then the text saying it at the column's width (no paragraph
    # indents): the narrow copy is the quote, though the text's comes second.
    lines = [
        TITLE,
        "日前，由省人民医院牵头组建的跨区",
        "域医疗联合体正式成立。",
        "联合体由12家医院组成，",
        "覆盖赣州、吉安、抚州等地。",
        "联合体由12家医院组成，覆盖赣州、",
        "吉安、抚州等地。",
        "根据协议，联合体内将实现检查检验",
        "结果互认、专家资源共享和双向转诊。",
        "（记者 段欢）",
    ]
    assert _quotes("\n".join(lines) + "\n") == lines[3:5]


def test_a_quoted_paragraph_is_no_pull_quote():
    # Indented as the text's paragraphs are, under a heading: a paragraph of one quoted
    # sentence, which the text says again; no quote set large.
    text = _page([]).replace("（实习生 贺刚 记者 段欢）", "\n".join(["联合体让群众少跑腿", "　　“一位来自吉安的患者家属说。”", "　　联合体还将推动远程会诊。", "（实习生 贺刚 记者 段欢）"]))
    assert _quotes(text) == []


def test_an_articles_opening_under_its_byline_is_no_pull_quote():
    # The article opens with a quoted sentence right under its byline line; a quote set
    # large of it stands further on. The opening is text.
    lines = [
        "荔枝为什么这么便宜",
        "■本报记者 周涛玉",
        "“前两年三四十元一斤，今年十几元就能买到。”",
        "不少市民发现，今年荔枝价格明显比往年便宜。",
        "“前两年三四十元一斤，今年十几元就能买到。”",
        "业内人士分析，今年荔枝大年，产量增加三成。",
    ]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [note for note in result.notes if note.kind == "pull quote" and note.line == 2] == []
    assert result.articles[0].paragraphs[0].startswith("“前两年")


def test_the_text_a_quote_taken_already_repeats_is_no_pull_quote():
    # The quote first (set narrow, between two sentences), then the text saying it, on a
    # line of its own (no paragraph indents): only the first is a quote.
    lines = [
        "暴雨过后，他们连夜清淤复产",
        "受强降雨影响，修水县部分乡镇出现内涝，一些农",
        "田和厂房被淹。雨势刚减弱，当地干部群众就投入到",
        "清淤消杀和生产自救中。",
        "“争取三天内恢复生产，保证订单",
        "按时交货。”",
        "在一家竹木加工厂，工人们用高压水枪冲洗设备上",
        "的淤泥，技术人员逐台检修电机。",
        "“争取三天内恢复生产，保证订单按时交货。”",
        "厂长说。截至目前，全县受灾企业复产率达到九成。",
        "（实习生 马斌瑞 记者 徐昊鹏）",
    ]
    assert _quotes("\n".join(lines) + "\n") == lines[4:6]


def test_the_text_a_quote_taken_already_repeats_at_one_width_is_no_pull_quote():
    # (Both copies set alike: the one taken first is the quote, and the text that repeats
    # it is no quote of it.)
    quote = ["“争取三天内恢复生产，保证订单", "按时交货。”"]
    lines = [
        "暴雨过后，他们连夜清淤复产",
        "受强降雨影响，修水县部分乡镇出现内涝，一些农",
        "田和厂房被淹。当地干部群众投入到生产自救中。",
        *quote,
        "在一家竹木加工厂，工人们用高压水枪冲洗设备上",
        "的淤泥，技术人员逐台检修电机。",
        *quote,
        "厂长说。截至目前，全县受灾企业复产率达到九成。",
        "（实习生 马斌瑞 记者 徐昊鹏）",
    ]
    assert _quotes("\n".join(lines) + "\n") == quote


def test_the_text_over_the_quote_it_repeats_is_no_pull_quote():
    # The text first, on a line of its own at the column's width, the quote set narrow
    # further on: the quote is the one set off its column.
    lines = [
        "暴雨过后，他们连夜清淤复产",
        "受强降雨影响，修水县部分乡镇出现内涝，一些农",
        "田和厂房被淹。当地干部群众投入到生产自救中。",
        "“争取三天内恢复生产，保证订单按时交货。”",
        "厂长说。在一家竹木加工厂，工人们用高压水枪冲",
        "洗设备上的淤泥，技术人员逐台检修电机。",
        "“争取三天内恢复",
        "生产，保证订单按",
        "时交货。”",
        "截至目前，全县已清理淤泥3.2万立方米，受灾企",
        "业复产率达到九成。",
        "（实习生 马斌瑞 记者 徐昊鹏）",
    ]
    assert _quotes("\n".join(lines) + "\n") == lines[6:9]


def test_a_quoted_sentence_printed_again_right_after_itself_is_a_pull_quote():
    # The sentence ends in a closing mark (。”); the quote, in quotation marks, right under
    # it: the text going on under both is the same, but a quote right after its source
    # is no passage printed twice.
    lines = [
        "赣江新区首列中欧班列满载出发",
        "“过去我们的货要先拉到上海港，再走海运，前后要四",
        "十多天。”一家光伏企业的物流负责人说，“现在家门",
        "口就能上车，资金周转快多了。”",
        "“一家光伏企业的物流负",
        "责人说，“现在家门口就",
        "能上车，资金周转快多了。””",
        "赣江新区管委会相关负责人表示，下一步将加密班列",
        "开行频次，力争年内开行100列以上。",
        "（实习生 谭静 记者 杨昊）",
    ]
    assert _quotes("\n".join(lines) + "\n") == lines[4:7]


def test_lines_printed_twice_as_they_are_broken_are_no_pull_quote():
    # Two lines inside the second paragraph, set narrower than it, which the text gives
    # again as they are broken, at its end: a passage printed twice, no quote.
    again = ["联合体由12家医院组成，覆盖赣", "州、吉安、抚州等地。"]
    text = _page(again, at=2).replace("（实习生 贺刚 记者 段欢）", "\n".join([*again, "（实习生 贺刚 记者 段欢）"]))
    assert _quotes(text) == []


def test_a_pull_quote_between_lines_a_few_punctuation_marks_apart_is_furniture():
    # The lines over and under it differ by 2.5 em (marks and a digit set narrow): the
    # column goes on under it all the same.
    quote = ["据测算，联合体运行后，", "每年可为患者节省就医费", "用约8000万元。"]
    second = ["　　根据协议，联合体内将实现检查", "检验结果互认、专家资源共享和双", *quote, "向转诊，省级医院专家将每1周到基层坐", "诊。"]
    lines = [TITLE, *_set(PARAGRAPHS[0]), *second, *_set(PARAGRAPHS[2]), "（实习生 贺刚 记者 段欢）"]
    articles, notes = _read("\n".join(lines) + "\n")
    assert articles == [(TITLE, ["日前，由省人", "根据协议，联", "“以后很多病"])]
    assert [note.text for note in notes if note.kind == "pull quote"] == quote
