"""Going on at a zone whose next zone starts among the lines that may head, an item's
text is read up to that zone only: the next zone weighs those lines, as headings or as
body, on every path alike. Read further, a headline there counted once as this body's
text and again there, so a question 小标题 on a page that sets paragraphs flush
(林登·贝恩斯·詹森在哪里的小 / 农庄里面出生？) cost more to keep in its article than to
start an untitled item with, splitting the article in two. (Where the next zone starts
past those lines, the look-ahead stays: capping it there too broke a boxed page of generator
5, seed 500766, in ``test_box_labels``.)"""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagescore import check_page, parse_layout


def test_a_question_subhead_on_a_flush_page_stays_in_its_article():
    # A looked-at page of generator 6 (seed 800378): the article under 林登·约翰逊 was cut
    # at its question 小标题, its first paragraph left to an untitled, unsigned item.
    page = random_page6(default_pool(), 800_378)
    items = parse_layout(page.text).items
    (article,) = [item for item in items if item.title == "林登·约翰逊"]
    assert article.authors == ("李兰",)
    assert article.paragraphs[0].startswith("他的父母小山缪")
    assert article.paragraphs[1] == "林登·贝恩斯·詹森在哪里的小农庄里面出生？"
    assert check_page(page).count_ok
