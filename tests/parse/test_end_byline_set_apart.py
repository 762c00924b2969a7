"""An article's end byline after a last line that ends no sentence (`身高 182CM （苏辉怡）`):
names of people set apart by a space, with no text going on under them, end the article;
a bracket of other words, or one the text goes on after, stays text."""

from __future__ import annotations

from pagetext import BODIES, TITLES, wrap

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


def items_of(lines: list[str]):
    return analyse_page(read_lines(split_lines("\n".join(lines) + "\n"))).items


def test_names_set_apart_after_words_that_end_no_sentence_end_the_article():
    first = [*wrap(BODIES[0], 20), "主要指标见下表 （张斌刚 彭 波）"]
    items = items_of([TITLES[0], *first, TITLES[1], *wrap(BODIES[1], 20)])
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], ("张斌刚", "彭波")), (TITLES[1], ())]
    assert items[0].paragraphs[-1].endswith("主要指标见下表")


def test_a_bracket_of_other_words_or_one_the_text_goes_on_after_is_text():
    note = [*wrap(BODIES[0], 20), "主要指标见第1舰队 （日本海军）"]
    items = items_of([TITLES[0], *note, TITLES[1], *wrap(BODIES[1], 20)])
    assert all(item.authors == () for item in items)
    going_on = ["这部小说的作者 （王小波）", "生前并不为人所知，去世后作品广为流传，", "影响了一代读者。"]
    items = items_of([TITLES[0], *wrap(BODIES[0], 20), *going_on])
    assert all(item.authors == () for item in items)
