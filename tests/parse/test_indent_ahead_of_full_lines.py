"""On a page that keeps its indents and types them ahead of a full line's text (the
opening as wide as the lines under it, not 2 em short), the page's own openings say so:
an indented line that wide opens a paragraph at no cost, so a headline between two
bodies is not run into the body before it to spare the next body's dear openings."""

from __future__ import annotations

from pagetext import page_items, wrap

FIRST = (
    "入夏以来，市水务集团共处置各类管网故障300余起，平均修复时间缩短至4小时以内，确保了全市居民正常用水。",
    "“管道爆裂影响周边三个小区用水，必须尽快修好。”现场负责人刘师傅说，抢修从凌晨两点开始，大家轮流下坑作业。",
    "据了解，今年市里还将改造老旧供水管网120公里，进一步降低漏损率。",
)
SECOND = (
    "“前两年三四十元一斤，今年十几元就能买到。”不少市民发现，今年荔枝价格明显比往年便宜。",
    "业内人士分析，今年南方主产区气候适宜，荔枝普遍丰产，加上冷链物流发达，运输成本下降。",
    "专家提醒，荔枝含糖量较高，一次不宜吃得过多，糖尿病患者更要注意控制食用量。",
)


def indented(text: str, width: int) -> list[str]:
    """A paragraph wrapped at ``width`` characters, its indent typed ahead of the first line."""
    lines = wrap(text, width)
    return ["  " + lines[0], *lines[1:]]


def test_a_headline_between_bodies_whose_indents_are_typed_ahead_of_full_lines():
    lines = ["抢修管网保供水"]
    for paragraph in FIRST:
        lines += indented(paragraph, 15)
    lines.append("为什么今年的荔枝这么便宜？")
    for paragraph in SECOND:
        lines += indented(paragraph, 15)
    lines.append("（本报记者 刘敏）")
    items = page_items(lines)
    assert [(item.title, item.authors, len(item.paragraphs)) for item in items] == [
        ("抢修管网保供水", (), 3),
        ("为什么今年的荔枝这么便宜？", ("刘敏",), 3),
    ]
    assert items[1].paragraphs[0].startswith("“前两年")
