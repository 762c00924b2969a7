"""A pull quote (a sentence of an article set large in its column, which the extractor
gives where it stands: between two lines of a paragraph) is furniture, reported as "pull
quote" (``furniture._pull_quotes``): the article says it word for word as a sentence of
its own, so the paragraph it cuts reads on across it. Before, the quote was a line of
the text and cut the paragraph (and at times the article) in two. A quote may be set
narrower or wider than its column, or in quotation marks between two paragraphs, and the
text may say it opening a line (its article's opening, under the headline). A line ending a sentence that the text says again only
inside a longer sentence is text; so is a run of lines printed twice whole, a passage
printed twice at another width, and a caption printed twice between two credits."""

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
