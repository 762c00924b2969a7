"""A pull quote (a sentence of an article set large in its column, which the extractor
gives where it stands: between two lines of a paragraph) is furniture, reported as "pull
quote" (``furniture._pull_quotes``): the article says it word for word as a sentence of
its own, so the paragraph it cuts reads on across it. Before, the quote was a line of
the text and cut the paragraph (and at times the article) in two. A line ending a
sentence that the text says again only inside a longer sentence is text; so is a run of
lines printed twice whole."""

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
