"""An interview's questions (问：…？ on lines of their own) and answers (答：…) are its
text: a line opening with a speaker's label (问：, 答：, 记者：, 主持人：) opens a sentence,
no headline, so no question starts an item of its own; and so does one opening with a
speaker's name where two names each open a few lines (马博：…？ / 蔡晨慧：…), or one full
name opens a few, each going on in a clause (熊凯翔：1937年，…). An item whose body would
open with such a turn pays what one opening with words tying it back does."""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagescore import assert_recovered, check_page
from test_page import layout_of

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.wording import sentence_openings, speaker, speaker_turns

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


# A page printing its headlines after their articles (generator 6, page 800086; CMRC
# and DRCD text, from Chinese Wikipedia, CC BY-SA).
NAMED = """为了有效地处理大型计划，维基媒体得到了很好的最佳化，使
其可以承载万亿位元组的内容和每秒数十万次的存取请求。
因为维基百科是全球最大的网站之一，需要维基媒体能为开
发者实现通过多层次的实现可伸缩性快取和资料库回应，对
开发者来说，这一直是一个让他们很头疼的大问题，而维基媒
体很好的解决了这一问题。
马博：何时第一个维基媒体的版本发布？
蔡晨慧：出于服务维基百科的需求，维基媒体的第一个版本于
2002 年被部署，后来，维基百科和其他维基计划继续定义了维
基媒体的大部分功能。
马博：用户网适度维基的释出经理担任了什么组织的技术长？
蔡晨慧：维基媒体基金会的技术长布里昂·维伯成为了用户网
适度维基的释出经理及其最活跃的开发者。
马博：维基媒体允许分段编辑页面的目的是？
蔡晨慧：为了使编辑长页面更容易，维基媒体允许分段编辑页
面。
马博：维基媒体的编辑冲突会在什么状况下出现？
蔡晨慧：有时一个用户正在编辑，第二个用户储存页面同一段
落的编辑，之后当第一个用户尝试储存网页时，就会出现编辑
冲突。　（马博）
维基媒体得到了很好的最佳化
出于服务维基百科的需求
该校汇聚智库学者，管理学院
素有国际声誉，并以数学、社会
科学、海洋科学及光电材料领
域最具实力。经由原中山大学、
莫斯科中山大学 2 校校友的多
年参与，国立中山大学于 1980
年完成复校。国立中山大学是
一所研究型大学，含东沙离岛
研究站共密集设有 63 个研究中
心，幅员横跨 400 公里。
在全校 39 个系所当中，涵盖 38
个研究所、近 70% 为独立研究
所，仅1个纯粹的学士班。
（记者 曹涛）
EUTW七校联盟等校际合作
国立中山大学共设有几个研究
中心？
2008 年 6 月 19 日，林务局将阿里山森林铁路以 BOT 模
式移交宏都阿里山公司经营。但宏都阿里山公司营
运期间，阿里山森林铁路多次因为灾害受损，宏都阿
里山公司并未依契约规定进行修复，林务局遂依契
约于 2010 年 3 月 23 日终止委托宏都阿里山公司办理
阿里山森林铁路营运维护等全部契约。2013 年 6 月 27
"""


def test_named_speakers_turns_stay_in_the_interview():
    # Each question ends in ？ on a line of its own, as a one-line headline would.
    interview, article, last = layout_of(NAMED).items
    assert (interview.title, interview.authors) == ("维基媒体得到了很好的最佳化", ("马博",))
    # (Each turn a paragraph of its own: a question as wide as the column ends in ？.)
    assert [paragraph[:3] for paragraph in interview.paragraphs[-8:]] == ["马博：", "蔡晨慧"] * 4
    assert "".join(interview.paragraphs).endswith("就会出现编辑冲突。")
    assert (article.title, article.authors) == ("国立中山大学共设有几个研究中心？", ("曹涛",))


def test_one_repeated_label_shows_no_interview():
    # Two topics named the same way (a headline's form, 青山湖区：…) are no conversation.
    lines = read_lines(split_lines("青山湖区：凝心聚力\n正文。\n青山湖区：再上台阶\n正文。\n"))
    assert speaker_turns(lines) == frozenset()
    turns = read_lines(split_lines("马博：问一？\n蔡晨慧：答一。\n马博：问二？\n蔡晨慧：答二。\n"))
    assert speaker_turns(turns) == frozenset({0, 1, 2, 3})


# One speaker answering questions printed as lines of their own: the speaker's full name
# opens each answer, a clause going on after it.
ONE_SPEAKER = """中华民国空军
——员额约35,000人左右
（记者 孙超）
记者日前就此进行了采访。中华民国空军的任务在
哪一本书中有明确的定义？
熊凯翔：中华民国《国防报告书》之中指出，空军
的任务是维护台海空域安全。
抗日战争于何年全面爆发？
熊凯翔：1937年，抗日战争全面爆发，空军与日本
侵略者作战，造就了高志航和刘粹刚等空战英雄。
“重庆机”出现在何时？
熊凯翔：1939年，空军在重庆组装了第一批教练机，
人们称之为“重庆机”。
"""


def test_one_speakers_answers_stay_in_the_interview():
    (item,) = layout_of(ONE_SPEAKER).items
    assert (item.title, item.authors) == ("中华民国空军", ("孙超",))
    assert "".join(item.paragraphs).endswith("熊凯翔：1939年，空军在重庆组装了第一批教练机，人们称之为“重庆机”。")


def test_one_name_opening_lines_is_a_speaker_where_a_clause_goes_on():
    lines = read_lines(split_lines(ONE_SPEAKER))
    assert {lines[i].text[:4] for i in speaker_turns(lines)} == {"熊凯翔："}
    # A topic naming titles (高句丽：…, no clause after it) is no speaker.
    titles = read_lines(split_lines("高句丽：建国第一年驱逐勿吉\n正文一行。\n高句丽：两政治集团争斗\n正文二行。\n"))
    assert speaker_turns(titles) == frozenset()


# The same interview, its first answer's line holding no clause mark (熊凯翔：中华民国空军是
# 中华民国…), and a short answer with its question read as a headline's shape: the later
# answers by the speaker who answered above go on with the interview.
ONE_SPEAKER_PLAIN_FIRST = """中华民国空军
——员额约35,000人左右
（记者 孙超）
记者日前就此进行了采访。中华民国空军最高的层
级是？
熊凯翔：中华民国空军是中华民国
国防部下辖的军种，负责台海空域安全。
抗日战争于何年全面爆发？
熊凯翔：1937年，抗日战争全面爆发，空军与日本
侵略者作战。
“重庆机”出现在何时？
熊凯翔：1939年，空军在重庆组装了第一批教练机，
人们称之为“重庆机”。
"""


def test_most_answers_going_on_in_a_clause_show_the_speaker():
    lines = read_lines(split_lines(ONE_SPEAKER_PLAIN_FIRST))
    assert len(speaker_turns(lines)) == 3
    (item,) = layout_of(ONE_SPEAKER_PLAIN_FIRST).items
    assert (item.title, item.authors) == ("中华民国空军", ("孙超",))
    assert "".join(item.paragraphs).endswith("人们称之为“重庆机”。")


def test_a_speaker_answering_again_opens_no_item():
    # A looked-at page of generator 6 (seed 800432): 抗日战争于何年全面爆发？ / 熊凯翔：1937年，…
    # under the interview's earlier answers had been read as a headline over a new item.
    check = check_page(random_page6(default_pool(), 800_432))
    assert check.count_ok


def test_a_turn_sprayed_by_justification_names_its_speaker():
    # (高 艳 娜 ：但 因 新 北 市…: the line's characters spread over the column.)
    assert speaker("高 艳 娜 ：但 因 新 北 市 的 主 要 行 政 区") == "高艳娜"
    assert speaker("记者：为什么永和区的中兴") == "记者"
    assert speaker("教宗亚历山大六世") is None
    lines = read_lines(split_lines("记者：为什么这里叫韩国街？\n高艳娜：早期韩国华侨聚居于此。\n记者：快速道路在哪边？\n高 艳 娜 ：但 因 新 北 市 的 行 政 区 过 去 皆 为\n"))
    assert speaker_turns(lines) == frozenset({0, 1, 2, 3})


def test_a_speaker_with_a_two_character_name_answers_too():
    # (吴慧：…, each answer going on in a clause under a question on lines of its own.)
    lines = read_lines(split_lines(
        "哪一个教宗为文艺复兴时期最具争议的教宗？\n吴慧：教宗亚历山大六世，原名罗德里哥·迪波吉亚。\n"
        "自然史博物馆的标本共包括了几个主题？\n吴慧：该馆的标本约七千万件，包括五个主题。\n"
    ))
    assert speaker_turns(lines) == frozenset({1, 3})


def test_generated_interviews_with_such_turns():
    # Looked-at pages of generator 6: seed 802146 (记者： / 高 艳 娜 ：…, a question read as
    # the headline of an item of its own) and seed 802422 (吴慧：…, the question over the
    # second answer likewise, and the interview's byline given to nothing).
    page = random_page6(default_pool(), 802_146)
    assert check_page(page).count_ok
    assert_recovered(random_page6(default_pool(), 802_422))
