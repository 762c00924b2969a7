"""An article may go on in a much wider block (the last answer of an interview set across
two columns' width): going on across a change of column costs more for each em of it up
to ``segment.JOIN_EM_CAP`` em only. A change that wide says the column changed, which a
few em already say; how much wider says nothing more about whether the article goes on,
and cut off there, the answer made an unheaded, unsigned item of its own."""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagescore import check_page, parse_layout


def test_an_interview_goes_on_into_a_much_wider_block():
    # A looked-at page of generator 6 (seed 801216): the interview under 不用的器官会逐渐
    # 退化 goes from a column of 14 em to one of 29 at its last answer (侯昊秀：1858年，…).
    page = random_page6(default_pool(), 801_216)
    items = parse_layout(page.text).items
    (article,) = [item for item in items if item.title == "不用的器官会逐渐退化"]
    assert article.authors == ("刘琦", "何文凯")
    assert article.paragraphs[-1].startswith("侯昊秀：1858年，达尔文接到")
    assert not any(item.paragraphs and item.paragraphs[0].startswith("侯昊秀：1858") for item in items if item is not article)
    assert check_page(page).count_ok
