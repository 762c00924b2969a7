"""Byline lines under a headline that a dateline pattern used to swallow (本报通讯员 张三 and
本报记者 张三 通讯员 李四 hold 讯 in 通讯员; 新华社记者 张三 opens with 新华社), and lines of
names alone (`□ 邹晶伟 梁雪` under a headline, `■陆文东` or a padded `林 萱` under the text
they sign: generator 5's bylines and signatures)."""

from __future__ import annotations

import math

import pytest
from pagetext import BODIES, TITLES
from pagetext import wrap as _wrap

from qa.parse.byline import find_name_line
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _build, _mark, analyse_page
from qa.parse.segment import is_dateline
from qa.parse.viterbi import Span


def _items(lines: list[str]):
    return analyse_page(read_lines(split_lines("\n\n".join(lines) + "\n"))).items


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("本报记者 任春 通讯员 诸葛辉雨", ("任春", "诸葛辉雨")),
        ("本报通讯员 苏 志 孟瑞秀", ("苏志", "孟瑞秀")),
        ("新华社记者 董博涛", ("董博涛",)),
        ("□ 邹晶伟 梁雪", ("邹晶伟", "梁雪")),
        ("■刘 颖", ("刘颖",)),
    ],
)
@pytest.mark.parametrize("width", [12, 15])
def test_a_byline_line_under_a_headline_is_no_body_text(lead, names, width):
    lines = [TITLES[0], lead, *_wrap(BODIES[0], width), TITLES[1], "本报记者 王五", *_wrap(BODIES[1], width)]
    items = _items(lines)
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], names), (TITLES[1], ("王五",))]
    assert "".join(items[0].paragraphs) == BODIES[0]


def test_byline_lines_are_no_datelines():
    for text in ("本报通讯员 苏志", "本报记者 任春 通讯员 李四", "新华社记者 董博涛"):
        assert not is_dateline(text)
    for text in ("本报讯 记者从省林业局获悉", "本报南昌5月7日讯", "新华社北京5月7日电", "本报北京电"):
        assert is_dateline(text)


@pytest.mark.parametrize("sign", ["□邓秋玲", "■ 陆文东", "林 萱", "□ 欧阳瑞"])
def test_names_alone_under_a_finished_text_sign_it(sign):
    lines = [TITLES[0], *_wrap(BODIES[0], 13), sign, TITLES[1], *_wrap(BODIES[1], 13)]
    items = _items(lines)
    assert [item.title for item in items] == list(TITLES)
    assert items[0].authors == find_name_line(sign).names
    assert "".join(items[0].paragraphs) == BODIES[0] and items[1].authors == ()


def test_what_is_no_line_of_names():
    # A headline that is a bare name, a 小标题 behind a mark, words of a title, roles.
    for text in ("刘少奇", "■新机遇", "■产业升级", "■南昌地铁4号线开通运营", "□ 本报记者 王五", "山 水"):
        assert find_name_line(text) is None


def test_byline_lines_the_decoder_left_at_the_bodys_start_are_its_byline():
    # However an item was cut, a byline line opening its body (本报记者 江兰俊 姜宇卿 李军)
    # is its byline, not its first paragraph's words.
    texts = [TITLES[1], "本报记者 江兰俊 姜宇卿 李军", *_wrap(BODIES[1], 16)]
    lines = read_lines(split_lines("\n".join(texts) + "\n"))
    marked = _mark(lines)
    span = Span((0,), (), tuple(range(1, len(lines))), None, (), math.inf)
    item = _build(span, marked, [False] * len(lines), False)
    assert item.authors == ("江兰俊", "姜宇卿", "李军")
    assert item.roles == ("本报记者",)
    assert item.paragraphs[0].startswith("记者从市教育局")
