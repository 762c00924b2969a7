"""An editor's note (编者按：…) under a headline opens its article, and the dateline under
the note (新华社南昌1月27日电 …) opens the same article's report: a dateline there starts no
new item (generator 8, looked-at pages: the headline and the note had made an item of
their own, the report one without a headline). A dateline after a byline that ends the
article with the note still starts the next item."""

from __future__ import annotations

from test_page import BODY_A, BODY_B, items_of, wrap

NOTE = "编者按：“参加培训后，我学会了用手机直播卖货，家里的蜜桔再也不愁销路了。”南丰县农民吴小平说。"
REPORT = "新华社南昌1月27日电 记者从省通信管理局获悉，全市5G基站数量突破1万个，实现乡镇以上区域全覆盖。" + BODY_B
LEAD = ["南昌地铁四号线开通运营", *wrap(BODY_A, 14)]


def test_a_dateline_under_an_editor_s_note_goes_on_with_its_article():
    lines = [*LEAD, "数字赣州加速建设", "赣州5G基站突破1万个", *wrap(NOTE, 20), *wrap(REPORT, 20)]
    items = items_of(lines)
    assert [(i.kicker, i.title, [p[:4] for p in i.paragraphs]) for i in items] == [
        ("", "南昌地铁四号线开通运营", ["南昌地铁"]),
        ("数字赣州加速建设", "赣州5G基站突破1万个", ["编者按：", "新华社南"]),
    ]


def test_a_dateline_after_the_noted_article_s_byline_opens_the_next():
    note_article = [*wrap(NOTE, 20), *wrap(BODY_B, 20)]
    note_article[-1] += " （王晓明）"
    lines = [*LEAD, "赣州5G基站突破1万个", *note_article, *wrap(REPORT, 20)]
    items = items_of(lines)
    assert [(i.title, i.authors, [p[:4] for p in i.paragraphs]) for i in items] == [
        ("南昌地铁四号线开通运营", (), ["南昌地铁"]),
        ("赣州5G基站突破1万个", ("王晓明",), ["编者按：", "婺源县篁"]),
        ("", (), ["新华社南"]),
    ]


CREDITED = [
    "南昌地铁四号线开通运营",
    "本报记者 李华",
    *wrap(BODY_A, 14),
    "篁岭晒秋游人如织",
    "本报记者 张敏",
    *wrap(BODY_B, 14),
]


def indented(text: str, width: int) -> list[str]:
    """Hard-wrap ``text`` at ``width`` ideographs, its first line indented two."""
    lines = ["\u3000\u3000" + text[: width - 2]]
    lines += [text[i : i + width] for i in range(width - 2, len(text), width)]
    return lines


def test_a_note_set_across_the_columns_goes_on_into_the_report_under_it():
    # The note is set wider than the report under it (a change of column at the
    # dateline), on a page whose articles name their writers at their heads: the report
    # is still the noted article's text (it had made an item of its own, with no
    # headline), and the dateline's writer is the article's.
    note = "编者按：为保障鲜果品质，当地建设了冷链仓储中心和快递分拨中心，消费者下单后最快48小时就能收到货。"
    report = [
        "\u3000\u3000本报讯（记者 王晓明）",
        "记者从省通信管理局获悉，",
        "全市5G基站数量突破1万个，",
        "实现乡镇以上区域全覆盖。",
        *indented("据介绍，下一步将加快推进千兆光网和5G网络协同发展，力争每万人拥有5G基站数达到25个。", 14),
    ]
    lines = [*CREDITED, "数字赣州加速建设", "赣州5G基站突破1万个", *indented(note, 24), *report]
    items = items_of(lines)
    assert [(i.kicker, i.title, i.authors, [p[:4] for p in i.paragraphs]) for i in items][2:] == [
        ("数字赣州加速建设", "赣州5G基站突破1万个", ("王晓明",), ["编者按：", "本报讯（", "据介绍，"]),
    ]
