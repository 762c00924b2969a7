"""An item going on across a change of column pays for each em of the change beyond
noise (up to ``JOIN_EM_CAP``) even where the column ahead is read from a few lines only
(a short paragraph), when the line there shows the change itself: much wider than the
column surely read over it, whose last line was not, it cannot be a line of that column.
(A body set wide under a narrow one, without a headline over it, is another article: its
headline printed after it.)"""

from __future__ import annotations

from qa.parse.columns import WIDTH_CHANGE_ROUGH, PageLines
from qa.parse.lines import read_lines
from qa.parse.segment import JOIN_ACROSS_WIDTH, JOIN_EM_CAP, JOIN_PER_EM, _cut_evidence

NARROW, WIDE = 13.0, 25.0


def _page(*texts: str) -> PageLines:
    return PageLines(read_lines(enumerate(texts)), {}, frozenset(), frozenset())


def _join(page: PageLines, sure_before: bool = True) -> float:
    _, join = _cut_evidence(page, 2, NARROW, WIDE, False, False, False, sure_before)
    return join


def test_a_line_too_wide_for_the_column_over_it_costs_going_on_per_em():
    page = _page("省了大量物流成本，打造内陆", "开放型经济新高地。", "清晨六点，崇仁县一家米粉加工厂里机器轰鸣，一根根")
    beyond = abs(WIDE - NARROW) - WIDTH_CHANGE_ROUGH
    assert beyond > JOIN_EM_CAP  # (counted up to the cap: a change this wide says no more)
    assert _join(page) == JOIN_ACROSS_WIDTH + JOIN_PER_EM * JOIN_EM_CAP
    _, narrower = _cut_evidence(page, 2, NARROW, NARROW + WIDTH_CHANGE_ROUGH + 1.0, False, False, False, True)
    assert narrower == JOIN_ACROSS_WIDTH + JOIN_PER_EM * 1.0


def test_no_charge_per_em_where_the_wide_lines_started_before():
    page = _page("省了大量物流成本，打造内陆", "开放型经济新高地，清晨六点，崇仁县一家米粉加工厂里", "机器轰鸣，一根根米粉新鲜出炉，装车运往全省各地，今")
    assert _join(page) == JOIN_ACROSS_WIDTH


def test_no_charge_per_em_where_the_column_over_it_is_read_from_few_lines():
    page = _page("省了大量物流成本，打造内陆", "开放型经济新高地。", "清晨六点，崇仁县一家米粉加工厂里机器轰鸣，一根根")
    assert _join(page, sure_before=False) == JOIN_ACROSS_WIDTH
