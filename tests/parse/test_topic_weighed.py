"""Text that changes its subject where a headline could start pays for going on, wherever a
cut there is cheap: the cheapest cut decides whether the subject is weighed, under heading
lines or not (a marked ！ headline, ●这个夏天，“村超”火了！, under a one-line short item
would otherwise go on as that item's last sentence)."""

from __future__ import annotations

import pytest
from pagetext import page_items

# A page of short items under a section label (its header and editors' line kept).
LINES = (
    '赣南日报 2020年3月12日 星期四 经济 10',
    '本版编辑：邹翔静\u3000校对：罗倩',
    '要闻简报',
    '■ 一碗米粉里的乡村振兴',
    '\u3000\u3000清晨六点，崇仁县一家米粉加工厂里',
    '机器轰鸣。',
    '●这个夏天，“村超”火了！',
    '\u3000\u3000夜幕降临，乐平市一个村子的足球场',
    '上人声鼎沸。两支由村民组成的球队正在',
    '激烈角逐，场边数千名观众挥舞着小旗，',
    '呐喊声一浪高过一浪。',
    ' 延伸阅读',
    ' 省内首个跨区域医疗联合体成立',
    '\u3000\u3000日前，由省人民医院牵头，联合赣州、',
    '吉安、抚州等地 12 家医院组建的跨区域医',
    '疗联合体正式成立。',
    '\u3000\u3000根据协议，联合体内将实现检查检验',
    '结果互认、专家资源共享和双向转诊，省',
    '级医院专家将定期到基层坐诊、带教和开',
    '展手术。',
    '老旧小区加装电梯，难在哪？',
    '\u3000\u3000新华社南昌3月12日电（记者 范海辉）',
    '“住了二十多年，腿脚越来越不方便，就',
    '盼着能装上电梯。”家住东湖区某小区六',
    '楼的张大爷说。然而，加装电梯的事在楼',
    '里商量了两年，至今没有落地。',
    '\u3000\u3000记者走访发现，资金分摊、低楼层住',
    '户意见不一、管线迁改复杂，是老旧小区',
    '加装电梯面临的主要难题。有的单元因为',
    '一两户不同意，方案只能一拖再拖。',
    '\u3000\u3000对此，多地探索出“楼栋长协调、社',
    '区搭台、专业机构全程代办”的做法，并',
    '对加装电梯给予每台最高 15 万元的财政补',
    '贴。',
    '\u3000\u3000业内人士建议，应进一步完善低楼层',
    '住户的补偿机制，通过协商找到各方都能',
    '接受的“最大公约数”。',
    '为什么今年的荔枝这么便宜？',
    '\u3000\u3000“前两年三四十元一斤，今年十几元',
    '就能买到。”不少市民发现，今年荔枝价',
    '格明显比往年便宜。',
    '\u3000\u30001.业内人士分析，今年南方主产区气',
    '候适宜，荔枝普遍丰产，加上冷链物流和',
    '电商渠道的发展，流通环节成本下降，价',
    '格随之走低。',
    '\u3000\u30002.专家提醒，荔枝含糖量较高，一次',
    '不宜吃得过多，糖尿病患者更要注意控制',
    '食用量。',
)


@pytest.mark.parametrize("double", [True, False])
def test_a_headline_over_another_subject_starts_an_item(double):
    items = page_items(LINES, double, furniture=False)
    assert [item.title for item in items] == [
        "一碗米粉里的乡村振兴", "这个夏天，“村超”火了！", "省内首个跨区域医疗联合体成立",
        "老旧小区加装电梯，难在哪？", "为什么今年的荔枝这么便宜？",
    ]
    assert items[0].paragraphs == ("清晨六点，崇仁县一家米粉加工厂里机器轰鸣。",)
