"""A title's first part cut inside its last word and wrapped at its mark (高温下的坚 / 守：
/ 他们守护城市的“生命线”) is one title over three lines: the tail of one ideograph and the
mark may head, under a heading line whose word it ends (generator 8 had read 守： as the
body of an item titled 高温下的坚)."""

from __future__ import annotations

from qa.parse.read import parse_page_text

BODY = [  # (a generator 8 page's lines, as its text was extracted)
    "　　本报南昌 3月 12日讯（记",
    "者 付桂）连日来，我市持续",
    "出现 35 ℃以上高温天气。在城",
    "区一处供水管网抢修现场，十",
    "多名工人顶着烈日作业，汗水",
    "很快浸透了他们的工作服。",
]


def test_a_title_cut_inside_a_word_at_its_mark_is_one_title():
    lines = ["高温下的坚", "守：", "他们守护城市的“生命线”", *BODY]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, tuple(a.authors)) for a in result.articles] == [("高温下的坚守：他们守护城市的“生命线”", ("付桂",))]


def test_a_speakers_mark_under_running_text_heads_nothing():
    # (问： under a line it cuts no word of: an interview's turn, the text's own.)
    lines = ["高温下的坚守", *BODY, "记者就此采访了市水务集团。", "问：", "抢修工作何时结束？"]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [a.title for a in result.articles] == ["高温下的坚守"]
