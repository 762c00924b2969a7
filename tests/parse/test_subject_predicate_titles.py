"""A title wrapped between its subject and what the subject does (南昌地铁4号线 / 开通运营,
赣南脐橙 / 开启“云上”销售季) is one sentence, not a kicker over a title (alone, a stack so read
by a small margin: what the page says, its body, its other stacks, decides): the first line holds
no verb, or opens with the subject that does both (东乡区靠前监督 / 护航抗旱保收), the second
opens with one (as jieba's dictionary tags the words, ``words.tag``); a first line opening
with a verb is a slogan over its title (坚持以人民为中心 / 全力办好民生实事). Not under a box's label or a section's name, not over a verb a column's
titles open with (对话 / 聊聊南韩, 百科知识 / 走近网球: the column's name over its title),
and not over a phrase of 的 (a subtitle naming a thing)."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse import words
from qa.parse.headings import heading_roles


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (["南昌地铁4号线", "开通运营"], ("", "南昌地铁4号线开通运营", "")),
        (["赣南脐橙", "开启销售季"], ("", "赣南脐橙开启销售季", "")),
        (["社区食堂", "开到了家门口"], ("", "社区食堂开到了家门口", "")),
        (["上饶婺源秋季旅游", "持续升温"], ("", "上饶婺源秋季旅游持续升温", "")),
        (["一条古道", "串起三个村"], ("", "一条古道串起三个村", "")),
        # (A verb the dictionary tags as one used as a noun too, vn: 突破, 运营.)
        (["赣州5G基站", "突破1万个"], ("", "赣州5G基站突破1万个", "")),
        # (A column's name over a title opening with its verb: 走近, or a verb said twice.)
        (["对话", "聊聊南韩"], ("对话", "聊聊南韩", "")),
        (["百科知识", "走近网球"], ("百科知识", "走近网球", "")),
        (["科普之窗", "说说罗塞塔号"], ("科普之窗", "说说罗塞塔号", "")),
        # (A box's label, a section's name.)
        (["相关链接", "开通运营"], ("相关链接", "开通运营", "")),
        # (A line with a verb of its own over another: a kicker that says something.)
        (["暑期研学游升温", "带火县城博物馆"], ("暑期研学游升温", "带火县城博物馆", "")),
        # (... but one opening with the subject doing both is one title: 东乡区 监督 and 护航.)
        (["东乡区靠前监督", "护航抗旱保收"], ("", "东乡区靠前监督护航抗旱保收", "")),
        (["科研团队攻克稀土", "分离关键技术"], ("", "科研团队攻克稀土分离关键技术", "")),
        (["景德镇高新区打造“足球夜”", "凝聚发展合力"], ("", "景德镇高新区打造“足球夜”凝聚发展合力", "")),
        # (A slogan opening with its verb over another: a kicker over its title.)
        (["坚持以人民为中心", "全力办好民生实事"], ("坚持以人民为中心", "全力办好民生实事", "")),
        (["聚焦高质量发展", "推动产业转型升级"], ("聚焦高质量发展", "推动产业转型升级", "")),
    ],
)
def test_a_subject_and_its_predicate_are_one_title(lines, roles):
    assert heading_roles(lines, "") == roles


def test_a_phrase_of_de_under_a_title_stays_its_subtitle():
    # (注册成员的网上投票 names a thing: a verb opening it modifies its noun.)
    lines = ["历史最悠久的主要美国足球奖项", "注册成员的网上投票"]
    assert heading_roles(lines, "") == ("", "历史最悠久的主要美国足球奖项", "注册成员的网上投票")


def test_the_dictionary_tags_words():
    assert words.segment("南昌地铁4号线 开通运营") == ["南昌", "地铁", "号", "线", "开通", "运营"]
    assert [words.tag(word) for word in ("开通", "持续", "脐橙", "南昌")] == ["v", "vd", "n", "ns"]
    assert words.tag("不是一词") is None


# "Looked at" pages of the eighth generator (even seeds) where such a title was read as a
# kicker over a title.
@pytest.mark.parametrize("seed", [900_048, 900_082, 900_184, 900_194, 900_330])
def test_generated_subject_predicate_titles(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "headings" in wrong]
