"""Digits and Latin letters of the full-width forms (２０２４, ＧＤＰ) are set in an
ideograph's square, so a line is measured with each of them 1 em on every page; the
full-width marks (，。：) stay marks, which a page may set ½ em or 1 em."""

from __future__ import annotations

import pytest

from qa.parse.lines import PageLine


@pytest.mark.parametrize(
    ("text", "width", "marks"),
    [
        ("月２６日首日客流超过１０８６００人次", 18.0, 0),
        ("月26日首日客流超过108600人次", 14.0, 0),
        ("全省ＧＤＰ同比增长５．２％", 12.0, 2),  # ．and ％ are marks
        ("开通运营，线路全长三十余公里。", 14.0, 2),
    ],
)
def test_full_width_digits_and_letters_are_one_em(text, width, marks):
    line = PageLine.read(1, text)
    assert line.width == width
    assert line.marks() == marks
