"""A headline printed after its article's byline at the page's end (the articles above
headed over their bodies), about nothing its
article's last lines say (a name, a title in other words: `POWER6`, `元世祖`), is still
that article's headline: page furniture is read apart (``qa.parse.furniture``), so an
item of its own is the worse home."""

from __future__ import annotations

import pytest
from pagetext import page_items
from test_late_headlines import PLAIN, SECOND
from test_late_headlines import _wrap as wrap_em

TITLES = ("全国物价总体平稳", "乡村振兴成效显著", "科技前沿POWER6")
SIGNED = ("（记者 张三）", "（记者 李四 王五）", "（贾敏志 熊慧立）")


@pytest.mark.parametrize("width", [13, 15, 17])
@pytest.mark.parametrize("double", [True, False])
def test_a_late_headline_at_the_page_end_goes_to_the_last_article(width, double):
    # Headlines over the first two articles, after the last one's byline.
    lines: list[str] = []
    for number, (first, second, signed, title) in enumerate(zip(PLAIN, SECOND, SIGNED, TITLES, strict=True)):
        body = [*wrap_em(first, width, 2), *wrap_em(second, width, 2), signed]
        lines += [*body, title] if number == 2 else [title, *body]
    items = page_items(lines, double)
    assert not any(item.leftover for item in items)
    assert [item.title for item in items] == list(TITLES)
    assert items[-1].authors == ("贾敏志", "熊慧立")
