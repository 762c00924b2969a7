"""An interview's questions (问：…？ on lines of their own) and answers (答：…) are its
text: a line opening with a speaker's label (问：, 答：, 记者：, 主持人：) opens a sentence,
no headline, so no question starts an item of its own."""

from __future__ import annotations

from test_page import layout_of

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.wording import sentence_openings

PAGE = """保山市
——访抚州市住房和城乡建设局负责人林慧思
（记者 程洋）
保山市是云南省下辖的地级市，位于云南省
西部。
问：保山市的西边接壤著哪一个
州？
答：市境北接怒江州，东北临大理
州，东南界临沧市，西邻德宏州。
问：汉武帝于何年派兵攻打哀牢
并置不韦县？
答：西汉元封二年，汉武帝派兵攻
打哀牢，并置不韦县，属益州郡。
"""


def test_questions_on_lines_of_their_own_stay_in_the_interview():
    (item,) = layout_of(PAGE).items
    assert (item.title, item.authors) == ("保山市", ("程洋",))
    assert "".join(item.paragraphs).endswith("问：汉武帝于何年派兵攻打哀牢并置不韦县？答：西汉元封二年，汉武帝派兵攻打哀牢，并置不韦县，属益州郡。")


def test_a_speakers_label_opens_a_sentence():
    lines = read_lines(split_lines("问：保山市的西边接壤著哪一个\n答：市境北接怒江州\n主持人：欢迎收看\n问题在于\n"))
    assert sentence_openings(lines)[0] == frozenset({0, 1, 2})
