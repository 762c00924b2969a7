"""Short lines a colon leads into (诗中写道： / verse) are the article's own text, but
not where they run into a line opening an item (a dateline): the headline over it is
the next item's, which the costs weigh (generator 6 sets a headline and a dateline
right under a poem's last line)."""

from __future__ import annotations

from qa.parse.read import parse_page_text

BEFORE = [  # (a generator 6 page's lines, as its text was extracted)
    "黑龙江在清代时被视为哪一种地区？",
    "　　黑龙江是中国东北部的一条大河，全",
    "长四千多公里，流经中俄两国边境地区。",
    "　　《辽史》第一次以“黑龙江”来称呼这",
    "条河流。1689年，中俄两国签订的",
    "《尼布楚条约》规定黑龙江两岸皆为中国",
    "领土。诗中写道：",
    "　　呈点状分布",
    "　　中国大陆的云南",
    "　　吕宋以北",
]
AFTER = [
    "一碗米粉里的乡村振兴",
    "　　本报抚州讯（记者 金超明）清晨六",
    "点，崇仁县一家米粉加工厂里机器轰鸣。",
    "经过浸泡、磨浆、蒸片、晾晒等十多道工",
    "序，一根根洁白的米粉新鲜出炉。",
]


def test_verse_running_into_a_headline_over_a_dateline_ends_there():
    result = parse_page_text("\n\n".join([*BEFORE, *AFTER]) + "\n", "page.txt")
    assert [(a.title, tuple(a.authors)) for a in result.articles] == [
        ("黑龙江在清代时被视为哪一种地区？", ()),
        ("一碗米粉里的乡村振兴", ("金超明",)),
    ]
    assert "吕宋以北" in "".join(result.articles[0].paragraphs)
    assert result.articles[1].paragraphs[0].replace(" ", "").startswith("本报抚州讯")


def test_verse_under_its_colon_stays_the_articles_text():
    # No item opens under the verse: its lines stay the article's, whatever they look like.
    closing = ["　　这首诗写于清代。"]
    result = parse_page_text("\n\n".join([*BEFORE, *closing]) + "\n", "page.txt")
    assert [a.title for a in result.articles] == ["黑龙江在清代时被视为哪一种地区？"]
    assert "吕宋以北" in "".join(result.articles[0].paragraphs)
