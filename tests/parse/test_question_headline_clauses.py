"""A headline's line closing with ？ or ！ may hold clause marks: a question joins its
clauses with them (“五大书记”指的是毛泽东、朱德、任弼时、周恩来，还有谁？). Wrapped, such a
headline's last line had been read as running text, which holds two clause marks where a
headline hardly ever does: the headline's first line stood as an item of its own, its
last line as that item's text."""

from __future__ import annotations

import pytest
from pagetext import page_items

# (Lines holding none, one and two marks at one length: the page sets its marks a full em.)
FIRST = [
    "今冬在鄱阳湖越冬的候鸟数",
    "量达七十八万只，比去年同",
    "期增加约五万只，其中，白",
    "鹤超过四千只。",
    "（余翔伟）",
]
BODY = [
    "东湖区某小区的六栋楼今年",
    "都装上了电梯。社区干部介",
    "绍，资金由政府补贴和居民",
    "分摊共同承担，维护交给物",
    "业公司统一负责。",
    "（熊琦）",
]


@pytest.mark.parametrize("title", [
    ("老旧小区加装电梯，钱由谁", "出、谁来维护、怎么协调？"),
    ("加装电梯后，低层住户的采", "光、噪音、出行怎么保障？"),
])
def test_a_wrapped_question_headline_heads_its_article(title):
    first, second = page_items(FIRST + list(title) + BODY, double=True)
    assert first.authors == ("余翔伟",)
    assert second.title == "".join(title)
    assert second.paragraphs == ("".join(BODY[:-1]),)
    assert second.authors == ("熊琦",)


def test_a_question_ending_a_paragraph_goes_on_its_article():
    # (Running text's last line may close a question too: the article goes on under it.)
    question = ["居民们最关心的是：钱由谁", "出、谁来维护、怎么协调？"]
    after = ["目前，社区正在逐户征求居", "民意见。"]
    first, second = page_items(FIRST + ["老旧小区加装电梯难在哪？", *BODY[:-1], *question, *after, "（熊琦）"], double=True)
    assert second.title == "老旧小区加装电梯难在哪？"
    assert second.paragraphs[0] == "".join(BODY[:-1])
    # (Where a full line closes the question on a page setting paragraphs flush, whether
    # a paragraph ends there is not shown: the text is the article's either way.)
    assert "".join(second.paragraphs[1:]) == "".join(question + after)
    assert second.authors == ("熊琦",)
