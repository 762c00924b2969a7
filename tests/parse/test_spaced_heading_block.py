"""Heading lines that each lead with a space (a headline set in from the column's edge,
wrapped): the second line's space is no layout break between a headline and the body
under it, so the wrapped line stays in the headline (sixth generator, tests/pagegen6.py,
sets its headlines so)."""

from __future__ import annotations

from test_page import BODY_A, BODY_B, layout_of, page, wrap

BODY_C = "“您的快递丢失，我们将为您办理理赔。”近日，市民刘先生接到一个自称快递客服的电话，险些被骗走三万元。"


def signed(text: str, names: str) -> list[str]:
    lines = wrap(text, 14)
    lines[-1] += names
    return lines


def test_a_headline_wrapped_over_two_spaced_lines_keeps_both():
    heads = [" 防范电信诈骗，这", " 些套路要当心！"]
    text = page(signed(BODY_A, "（王晓明）"), heads, signed(BODY_C, "（李娜）"))
    items = layout_of(text).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("", (BODY_A,), ("王晓明",)),
        ("防范电信诈骗，这些套路要当心！", (BODY_C,), ("李娜",)),
    ]


def test_a_spaced_line_under_a_flush_headline_still_opens_the_body():
    # A body line leading with a space under a headline set flush: a block starts there.
    body = signed(BODY_B, "（郑丽）")
    body[0] = " " + body[0]
    text = page(signed(BODY_A, "（王晓明）"), ["篁岭晒秋游人如织"], body)
    items = layout_of(text).items
    assert [(item.title, item.paragraphs) for item in items] == [("", (BODY_A,)), ("篁岭晒秋游人如织", (BODY_B,))]
