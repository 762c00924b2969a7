"""The column a body is set in is read from its own lines, not across the byline under
its headline (``columns.read_columns``): under 高温下的坚守：… / □ 万晓 a first paragraph
of two lines opens the article, and the column of the article over the headline (17 em)
is no column of the text that goes on under it in 10 (generator 8, looked-at pages).
Read across the byline, the change from 17 to 10 cost the article going on, and the
line after the first paragraph's end (在城区一处供水管网抢 / 修现场，…) started an
untitled item of its own."""

from __future__ import annotations

from qa.parse.read import parse_page_text

PAGE = [  # (a generator 8 page's lines, as its text was extracted, a blank line after each)
    '果园里的直播间',
    '赣南脐橙',
    '开启“云上”销售季',
    '□ 毛蕾丽',
    ' 又到一年脐橙成熟时。在信丰县的',
    '一处果园里，果农们忙着采摘、分拣，',
    '一旁的主播对着手机镜头介绍脐橙的口',
    '感和产地。',
    ' “今天一场直播卖出了两万多斤。”',
    '果园负责人说。今年当地脐橙预计产量',
    '达 160 万吨，其中线上销售占比超过三',
    '成。',
    ' 为保障鲜果品质，当地建设了冷链',
    '仓储中心和快递分拨中心，消费者下单',
    '后最快48小时就能收到货。',
    '高温下的坚守：他们守护城市的“生命线”',
    '□ 万晓',
    '  连日来，我市持续',
    '出现 35 ℃以上高温天气。',
    '在城区一处供水管网抢',
    '修现场，十多名工人顶',
    '着烈日作业，汗水很快',
    '浸透了他们的工作服。',
    '  “管道爆裂影响周',
    '边三个小区用水，必须',
    '尽快修好。”现场负责',
    '人刘师傅说，抢修从凌',
    '晨两点开始，大家轮流',
    '下坑作业，中午只在树',
    '荫下匆匆吃了份盒饭。',
    '  入夏以来，市水务',
    '集团共处置各类管网故',
    '障 300 余起，平均修复',
    '时间缩短至 4 小时以内，',
    '确保了全市居民正常用',
    '水。\n',
]


def test_the_text_under_a_bylined_headline_goes_on_in_its_own_column():
    result = parse_page_text("\n\n".join(PAGE) + "\n", "page.txt")
    got = [(a.title, a.authors, [p[:6] for p in a.paragraphs]) for a in result.articles]
    assert got == [
        ("赣南脐橙开启“云上”销售季", ("毛蕾丽",), ["又到一年脐橙", "“今天一场直", "为保障鲜果品"]),
        ("高温下的坚守：他们守护城市的“生命线”", ("万晓",), ["连日来，我市", "“管道爆裂影", "入夏以来，市"]),
    ]
    assert result.articles[1].paragraphs[0].endswith("汗水很快浸透了他们的工作服。")
