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


QUESTION_OVER_ANSWER = """钓鱼台
——访宜春市住房和城乡建设局负责人卢志远
从1970年代开始，中华人民共和国与中华民国便开始主张日本将钓鱼台列为
自身领土，使得在 1895 年以后作为中国部分领土的钓鱼台列屿被割让
给日本政府进行管理。
问：日本政府在哪一年的时候已经可以对钓鱼台施行管理
权力？
答：尽管钓鱼台在1972年时已经归还给日本政府施行管理
权力，这也意味著岛屿理论上在经石垣市市政府授权后能
够允许公民从事不同企划。
让“沉睡”的资源活起来
记者 丁雪文
在永修县，一批闲置的村集体用房经过改造，变身为村民议事厅、老年活
动中心和电商服务站。
"""


def test_an_answer_opens_no_item():
    # A question ending in ？ over an answer: the answer (答：…) goes on the interview, so
    # the question is no headline of an item of its own.
    interview, article = layout_of(QUESTION_OVER_ANSWER).items
    assert interview.title == "钓鱼台"
    assert "".join(interview.paragraphs).endswith("问：日本政府在哪一年的时候已经可以对钓鱼台施行管理权力？答：尽管钓鱼台在1972年时已经归还给日本政府施行管理权力，这也意味著岛屿理论上在经石垣市市政府授权后能够允许公民从事不同企划。")
    assert (article.title, article.authors) == ("让“沉睡”的资源活起来", ("丁雪文",))
