"""Short items (简讯) under a section label: each led by its title, on a line of its own
behind a mark (■ 标题: a title, no 小标题, in a run under a label) or run into its text in
【】 (【标题】正文: the title without its marks, the text after it)."""

from __future__ import annotations

import pytest

from qa.parse.read import parse_page_text
from qa.parse.segment import bracket_opens, bracket_title

TITLES = ("抚州启动乡村振兴人才培训计划", "南昌地铁4号线开通运营", "县城里的“博物馆热”")
TEXTS = (
    "近日，抚州市启动实施乡村振兴人才培训计划，今年将培训高素质农民三千人次。",
    "十二月二十六日上午，南昌地铁四号线正式开通运营，全线设车站二十九座。",
    "暑期以来，安福县博物馆每天接待观众上千人次，比去年同期翻了一番。",
)


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


@pytest.mark.parametrize("mark", ["■", "■ ", "●", "◆"])
def test_marked_titles_under_a_label_are_titles_not_subheads(mark):
    lines = ["县区传真"]
    for title, text in zip(TITLES, TEXTS, strict=True):
        lines += [mark + title, *_wrap(text, 20)]
    result = parse_page_text("\n\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == list(zip(TITLES, TEXTS, strict=True))
    assert [(n.kind, n.text) for n in result.notes] == [("section label", "县区传真")]


@pytest.mark.parametrize("width", [9, 12, 16, 40])
def test_titles_in_brackets_run_into_the_text(width):
    lines = ["本地快讯"]
    for number, (title, text) in enumerate(zip(TITLES, TEXTS, strict=True)):
        tail = "（廖 力 史 玲）" if number == 1 else ""
        lines += _wrap(f"【{title}】{text}", width)
        if tail:
            lines[-1] += " " + tail
    result = parse_page_text("\n\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == list(zip(TITLES, TEXTS, strict=True))
    assert [a.authors for a in result.articles] == [(), ("廖力", "史玲"), ()]


def test_what_opens_with_a_title_in_brackets():
    assert bracket_title("【县城里的“博物馆热”】暑期以来") == ("县城里的“博物馆热”", "暑期以来")
    assert bracket_opens("【县城里的“博物") and bracket_opens("【网球】网球是一项运动")
    # An editor's note opens its article under the headline; a run of labels titles nothing.
    assert bracket_title("【编者按】近年来") is None and not bracket_opens("【编者按】近年来")
    assert not bracket_opens("【原作】【改编】拥有模仿人类") and bracket_title("【原作】【改编】拥有") is None
