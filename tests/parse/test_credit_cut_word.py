"""A line of running text may end in 摄 without a photo credit there: the word 摄入 cut by
the column (对人类而言，正常摄 / 入的咖啡因是安全的), or the verb 拍摄 in a letter-spaced
line (合 作 拍 摄). Read as credits, each ended its article mid-sentence as a photo's
captions, the rest of the article standing as another item. A credit at a line's end is
now read so only where its names could be names (none longer than four characters but a
transliteration) or a role word names it, when its 摄 begins a word the next line goes on
with; the verb check looks past a justified line's spaces."""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text
from qa.parse.byline import find_credit

PAGE = [
    "咖啡因",
    "咖啡因是一种植物生物碱，能在许多植物中发现。作为自",
    "然杀虫剂，它能使吞食含咖啡因植物的昆虫麻痹。",
    "早产婴儿的呼吸问题，有时也使用柠檬酸咖啡因治疗。使",
    "用柠檬酸咖啡因疗法后，早产婴儿的支气管发育不良明显",
    "减少。柠檬酸咖啡因在很多国家只能",
    "通过处方获得。对人类而言，正常摄",
    "入的咖啡因是安全的，但是咖啡因对某些动物而言却是有",
    "毒的，例如狗、马和鹦鹉等。",
    "（记者 韦斌伟）",
]


def test_a_word_cut_after_its_first_character_is_no_credit():
    result = parse_page_text("\n\n".join(PAGE) + "\n", "page.txt")
    assert [(a.kind, squeezed(a.title), a.authors) for a in result.articles] == [("article", "咖啡因", ("韦斌伟",))]
    assert "正常摄入的咖啡因是安全的" in squeezed("".join(result.articles[0].paragraphs))


def test_credits_that_name_people_stay_credits():
    assert find_credit("候鸟栖息地。余强航摄").names == ("余强航",)
    assert find_credit("老人送餐上门。 本报记者 漕涵辉 摄").names == ("漕涵辉",)  # (摄 / 受强降雨…: 摄受 a word)
    page = ["社区食堂的工作人员为老人打饭。", "老人送餐上门。 本报记者 漕涵辉 摄", "受强降雨影响，修水县部分乡镇出现内涝。", "（记者 张三）"]
    kinds = [a.kind for a in parse_page_text("\n\n".join(page) + "\n", "page.txt").articles]
    assert kinds == ["photo", "article"]


def test_the_verb_in_a_letter_spaced_line_is_no_credit():
    assert find_credit("流 协 作 。赣 湘 两 地 政 法 部 门 合 作 拍 摄") is None
    assert find_credit("游客纷纷驻足，争相拍摄") is None


def test_on_a_generated_page(generated_page):
    page = generated_page("gen6", 800_566)
    articles = parse_page_text(page.text, "page.txt").articles
    (coffee,) = [a for a in articles if squeezed(a.title) == "咖啡因"]
    assert coffee.authors == ("韦斌伟",) and "正常摄入的咖啡因是安全的" in squeezed("".join(coffee.paragraphs))
