"""An article's text going on under a jump line (（上接A01版）) is an article's, never a
photo's captions: where a photo's caption and credit follow it, the captions start after
that text, not at the jump line (``segment._options``: no caption frame opens at a line
in ``PageLines.continued``). Before, the whole continuation became the photo's captions.
(Generators 5, 7 and 8, looked-at pages.)"""

from __future__ import annotations

from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

CONTINUED = [
    "（上接A01版）",
    "计划用3年时间培训高素质农民、",
    "农村电商带头人等各类人才1.5",
    "万人次。",
    "\u3000\u3000培训采取“理论+实践”模式，",
    "邀请农业专家、电商企业负责人走",
    "进田间地头授课，并组织学员赴省",
    "内外先进地区考察学习。",
    "\u3000\u3000“参加培训后，我学会了用手",
    "机直播卖货，家里的蜜桔再也不愁",
    "销路了。”南丰县农民吴小平说。",
    "信丰县果农在果园里采摘脐橙。",
    "      彭远雪 孙远 摄",
    "绿色工艺减排六成",
    "科研团队攻克稀土分离关键技术",
    "\u3000\u3000本 报 讯（ 记 者 廖 强 涛 通 讯 员",
    "马舟）近日，江西理工大学一支科研",
    "团队在稀土绿色分离领域取得重要突",
    "破，相关成果发表在国际学术期刊上。",
]


def test_a_continuation_keeps_its_text_and_the_photo_its_one_caption():
    items = page_items(CONTINUED, double=True, furniture=False)
    assert [item.kind for item in items] == ["article", "photo", "article"]
    assert items[0].paragraphs[-1] == "“参加培训后，我学会了用手机直播卖货，家里的蜜桔再也不愁销路了。”南丰县农民吴小平说。"
    assert items[1].paragraphs == ("信丰县果农在果园里采摘脐橙。",)
    assert items[1].photographer == "彭远雪 孙远"


def test_the_generated_page_it_comes_from():
    assert check_page(random_page8(default_pool(), 903_488)).count_ok
