"""A line going on in the item before is measured against that item's column, where its
lines fit it: the lines ahead may show the next item's wider column (read past the
heading lines over it), against which the last lines of a narrow column look far too
short to go on, and would be read as a headline over an item of one line."""

from __future__ import annotations

from pagetext import page_items, wrap

FIRST = (
    "威尔逊总统任内推动了多项改革，包括降低关税、对个人的所得税、对农民的新政策。",
    "这些改革在当时引起了很大争议，但多数措施最终得到了国会的支持，并在此后几十年里不断完善。",
    "其中最重要的是创建了联邦储备系统，建立了一个全国性的中央银行。他并且透过最高法院将童工非法化。",
)
SECOND = (
    "从这段时期开始，新政使自由主义一词在美国的定义转变。自由派代表支持增加社会福利、加强政府监管的一方。",
    "保守派则主张减少政府干预，两派的争论一直延续到今天，并深刻影响了美国的政治格局。",
)


def test_the_last_lines_of_a_narrow_column_go_on_before_a_wider_one():
    lines = ["威尔逊的改革"]
    for paragraph in FIRST:
        lines += wrap(paragraph, 8, "　　")
    # (A sentence ends at a line's end; the full line after it goes on: 他并且透过最高法.)
    assert "他并且透过最高法" in lines
    lines += ["民主党内部的冲突开始浮现", "自由派代表支持增加社会福利", "□本报记者 邵涵凯 王英辉"]
    for paragraph in SECOND:
        lines += wrap(paragraph, 14, "　　")
    items = page_items(lines)
    assert [(item.kicker, item.title, item.authors, len(item.paragraphs)) for item in items] == [
        ("", "威尔逊的改革", (), 3),
        ("民主党内部的冲突开始浮现", "自由派代表支持增加社会福利", ("邵涵凯", "王英辉"), 2),
    ]
    assert items[0].paragraphs[-1].endswith("他并且透过最高法院将童工非法化。")
