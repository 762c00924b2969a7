"""A news lead set as a quotation (“您的快递丢失，我们将为您办理理赔。”近日，市民刘先生…):
a paragraph opening with a quotation that, once closed, goes on as a lead opens (近日，,
记者从…, a day: 11月28日中午，…) may start an item after a finished sentence, and going
on across it costs ``LEAD_OPENS``. A later paragraph quotes a speaker and then names
them (“…。”在附近上班的王女士说): it goes on."""

from __future__ import annotations

import pytest
from pagegen7 import default_pool as pool7
from pagegen7 import random_page7
from pagegen8 import default_pool as pool8
from pagegen8 import random_page8
from pagescore import check_page

from qa.parse.wording import quoted_lead


@pytest.mark.parametrize(
    "text",
    [
        "“您的快递丢失，我们将为您办理理赔。”近日，市民刘先生接到",
        "“您的快递丢失，我们将为您办理理赔。” 近 日 ，市民",
        "“以后很多病在市里就能看了。”11月28日中午，",
        "“说到做到。”记者从省林业局获悉，",
    ],
)
def test_a_quotation_going_on_as_a_lead_is_a_lead(text):
    assert quoted_lead(text)


@pytest.mark.parametrize(
    "text",
    [
        "“下班后来坐一坐，比在家里刷手机强。”在附近上班的王女士",
        "“您的快递丢失，我们将为您办理理赔。",  # (not closed on the lines read)
        "近日，市民刘先生接到“客服”电话",  # (a lead, but no quotation: ``opens_lead``)
        "他说：“近日，市民…”",
    ],
)
def test_other_quotations_are_no_lead(text):
    assert not quoted_lead(text)


# "Looked at" pages of generators 7 and 8 where a lead set as a quotation had been read as
# the text above going on.
@pytest.mark.parametrize(
    "make, pool, seed",
    [
        (random_page7, pool7, 700_032),
        (random_page7, pool7, 700_102),
        (random_page7, pool7, 701_166),
        (random_page8, pool8, 901_194),
        (random_page8, pool8, 901_530),
    ],
)
def test_generated_pages_with_a_quoted_lead(make, pool, seed):
    page = make(pool(), seed)
    assert any(quoted_lead(known.paragraphs[0]) for known in page.expected)
    assert check_page(page).count_ok
