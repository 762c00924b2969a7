"""Answers with cited passages: on the seed page with the real default embedder, plus
properties of compose_answer on passages made here."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from conftest import eval_file
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.answer.compose import NO_WORDS, NOT_FOUND, answer_to_dict, compose_answer
from qa.answer.question import MAX_QUESTION_CHARS, analyse
from qa.answer.sentences import DEFAULT_SETTINGS
from qa.cli import main
from qa.errors import QueryError
from qa.types import Answer, Hit, Passage

NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def seed_index(seed_corpus):
    """The seed page indexed once for this module with the real default embedder."""
    from qa import Index, load_articles

    return Index.build(load_articles([str(seed_corpus)]), progress=False)


def article_with(index, phrase: str) -> str:
    """The id of the one article whose text holds a phrase."""
    ids = [a.id for a in index.articles.values() if phrase in a.text]
    assert len(ids) == 1, (phrase, ids)
    return ids[0]


def check_citations(answer: Answer) -> None:
    """The rules every supported answer keeps: markers point at citations, quotes are
    verbatim with their offsets, and every number shown is in a cited passage."""
    numbers = [int(n) for n in MARKER.findall(answer.text)]
    assert numbers, answer.text
    assert set(numbers) == set(range(1, len(answer.citations) + 1))
    for quote in answer.quotes:
        passage = answer.citations[quote.n - 1].passage
        assert passage.text[quote.start : quote.end] == quote.text
        assert quote.text in answer.text
    cited = "".join(hit.passage.text for hit in answer.citations)
    for number in NUMBER.findall(MARKER.sub("", answer.text)):
        assert number in cited, number
    assert all(hit in answer.hits for hit in answer.citations)


# --- the seed page, real index -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected", "phrase"),
    [
        ("铜鼓县电子公函使用率", "推动全县“电子公函”使用率达100%", "电子公函"),
        ("上栗县矛盾纠纷就地调处率是多少", "96.3%", "就地调处率"),
        ("东乡区组成了多少个专项监督检查组", "12个专项监督检查组", "专项监督检查组"),
        ("景德镇高新区足球夜每周举办几场比赛？", "5场", "足球夜"),
    ],
)
def test_numbers_on_the_seed_page(seed_index, question, expected, phrase):
    answer = seed_index.ask(question)
    assert answer.supported
    assert expected in answer.text
    assert answer.citations[0].passage.article_id == article_with(seed_index, phrase)
    assert any(expected in quote.text for quote in answer.quotes)
    check_citations(answer)
    assert len(answer.text) < 400  # a few sentences, never whole passages


def test_traditional_question_gets_the_same_answer(seed_index):
    answer = seed_index.ask("銅鼓縣電子公函使用率")
    assert answer.supported and "100%" in answer.text


def test_byline_of_an_article(seed_index):
    answer = seed_index.ask("大余宅基地那篇文章是谁写的")
    assert answer.supported
    assert "叶功富" in answer.text and "叶嘉卿" in answer.text
    assert answer.citations[0].passage.article_id == article_with(seed_index, "宅基地审批窗口")
    check_citations(answer)


def test_photographer_of_a_photo(seed_index):
    answer = seed_index.ask("九江银行那张照片是谁拍的")
    assert answer.supported and "方曦" in answer.text
    assert answer.citations[0].passage.kind == "photo"


def test_headline_of_an_article(seed_index):
    answer = seed_index.ask("大余宅基地那篇文章的标题是什么")
    assert answer.supported and "大余积极探索宅基地审批机制" in answer.text


def test_follow_up_carries_the_topic(seed_index):
    first = "铜鼓县矛盾纠纷就地调处率是多少"
    answer = seed_index.ask("那上栗县呢？", history=[first])
    assert answer.supported and "96.3%" in answer.text
    assert answer.question == "那上栗县呢？"
    messages = [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}]
    with pytest.raises(QueryError, match="history"):  # chat-UI formats are the app's to convert
        seed_index.ask("那上栗县呢？", history=messages)


@pytest.mark.parametrize(
    ("follow_up", "earlier"),
    [("那上栗县呢？", "铜鼓县电子公函使用率"), ("那东乡区呢？", "上栗县打掉了多少个恶势力团伙")],
)
def test_follow_up_about_a_place_without_that_fact_abstains(seed_index, follow_up, earlier):
    # The earlier place's article must not answer for the new place.
    answer = seed_index.ask(follow_up, history=[earlier])
    assert not answer.supported and answer.text == NOT_FOUND


def test_byline_of_an_untitled_article_in_a_chat(seed_index):
    answer = seed_index.ask("这篇文章是谁写的？", history=["铜鼓县电子公函使用率"])
    assert answer.supported and "刘琼" in answer.text and "开头" in answer.text


def test_follow_up_meta_question_in_a_chat(seed_index):
    answer = seed_index.ask("这篇文章是谁写的？", history=["大余宅基地审批窗口设在哪里"])
    assert answer.supported and "叶功富" in answer.text


@pytest.mark.parametrize(
    "question", ["杭州亚运会中国体育代表团获得多少枚金牌？", "国产大飞机C919首次商业载客飞行是哪一天？"]
)
def test_abstains_on_questions_the_page_cannot_answer(seed_index, question):
    answer = seed_index.ask(question)
    assert not answer.supported
    assert answer.text == NOT_FOUND
    assert answer.citations == () and answer.quotes == ()
    assert answer.hits  # the closest passages are still there to show


def test_filters_restrict_the_citations(seed_index):
    dayu = article_with(seed_index, "宅基地审批窗口")
    answer = seed_index.ask("铜鼓县电子公函使用率", article_ids=[dayu])
    assert all(hit.passage.article_id == dayu for hit in answer.hits)
    assert "100%" not in answer.text


@pytest.mark.parametrize("question", ["", "   ", "\n"])
def test_empty_question_is_an_error(seed_index, question):
    with pytest.raises(QueryError, match="empty"):
        seed_index.ask(question)


@pytest.mark.parametrize("k", [0, -1, 2.5, True])
def test_bad_k_is_an_error(seed_index, k):
    with pytest.raises(QueryError, match="k must be"):
        seed_index.ask("铜鼓县电子公函使用率", k=k)


@pytest.mark.parametrize("question", ["？！。", "😀😀🎉", "……"])
def test_punctuation_or_emoji_only_gets_a_clear_unsupported_answer(seed_index, question):
    answer = seed_index.ask(question)
    assert not answer.supported and answer.text == NO_WORDS and answer.citations == ()


def test_huge_question_is_truncated_with_a_notice(seed_index):
    answer = seed_index.ask("铜鼓县电子公函使用率" * 10_000)
    assert len(answer.question) == MAX_QUESTION_CHARS
    assert str(MAX_QUESTION_CHARS) in answer.notice


def test_answer_to_dict_and_cli_json(seed_index, tmp_path, capsys):
    answer = seed_index.ask("铜鼓县电子公函使用率")
    data = answer_to_dict(answer)
    assert set(data) == {"question", "answer", "supported", "notice", "citations"}
    citation = data["citations"][0]
    assert set(citation) == {
        "n", "article_id", "title", "authors", "paragraph", "text", "score", "source",
        "start", "end", "quote",
    }  # fmt: skip
    assert citation["text"][citation["start"] : citation["end"]] == citation["quote"]
    json.dumps(data, ensure_ascii=False)

    seed_index.save(tmp_path / "index")
    assert main(["ask", "铜鼓县电子公函使用率", "--index", str(tmp_path / "index"), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["supported"] and "100%" in printed["answer"]
    assert main(["ask", "铜鼓县电子公函使用率", "--index", str(tmp_path / "index")]) == 0
    out = capsys.readouterr().out
    assert "100%" in out and "[1]" in out and "刘琼" in out
    assert main(["ask", "杭州亚运会中国获得多少枚金牌", "--index", str(tmp_path / "index")]) == 0
    out = capsys.readouterr().out
    assert NOT_FOUND in out and "最接近的段落" in out and "[1]" in out
    assert main(["ask", "  ", "--index", str(tmp_path / "index")]) == 1
    assert "empty" in capsys.readouterr().err


def test_ask_encodes_the_question_once(seed_index, monkeypatch):
    # The search and the support check share one question vector (the encoder is ~75 %
    # of an ask's CPU); the chosen sentence is the only other text encoded.
    encode = seed_index.embedder.encode_queries
    calls: list[list[str]] = []
    monkeypatch.setattr(seed_index.embedder, "encode_queries", lambda texts: calls.append(list(texts)) or encode(texts))
    answer = seed_index.ask("铜鼓县电子公函使用率")
    assert answer.supported and "100%" in answer.text
    assert calls == [["铜鼓县电子公函使用率"]]


def test_ask_is_search_then_compose(seed_index):
    question = analyse("上栗县矛盾纠纷就地调处率是多少")
    hits = seed_index.search(question.search, k=5)
    vector = seed_index.embedder.encode_queries([question.query])[0]
    composed = compose_answer(question, hits, seed_index.articles, seed_index.embedder, vector)
    asked = seed_index.ask(question.asked)
    assert asked.text == composed.text and "96.3%" in asked.text
    assert [h.passage.id for h in asked.citations] == [h.passage.id for h in composed.citations]


# --- compose_answer on passages made here (no model) ----------------------------------

SENTENCES = [
    "截至目前，铜鼓县纪委监委已督促全县9个乡镇、101家预算单位召开“电子公函”业务培训会，"
    "推动全县“电子公函”使用率达100%；开展专项检查4轮次，发现并督促整改问题13个。",
    "上栗县组建了143支村级义务巡防队，确保了矛盾纠纷就地调处率达96.3%以上。",
    "东乡区纪委监委组成12个专项监督检查组，深入全区15个乡镇靠前监督。",
    "目前，高新区社会足球场平均每周举办“足球夜”比赛超过5场。",
    "大余县在全县11个乡镇便民服务中心设置了宅基地“一门式”审批窗口。",
    "鸡鸣两省，叶落三地。",
]


def make_hits(paragraphs: list[str]) -> list[Hit]:
    return [
        Hit(
            passage=Passage(
                id=f"a{i}:1", article_id=f"a{i}", paragraph=1, start=0, end=len(text), text=text
            ),
            score=1.0 / (i + 1),
            rank=i + 1,
        )
        for i, text in enumerate(paragraphs)
    ]


def test_compose_answer_picks_the_sentence_with_the_number():
    hits = make_hits([SENTENCES[5] + SENTENCES[0], SENTENCES[1], SENTENCES[2]])
    answer = compose_answer(analyse("铜鼓县电子公函使用率是多少"), hits)
    assert answer.supported and "100%" in answer.text and "96.3%" not in answer.text
    check_citations(answer)


def test_compose_answer_without_hits_abstains():
    answer = compose_answer(analyse("铜鼓县电子公函使用率"), [])
    assert not answer.supported and answer.text == NOT_FOUND


def test_compose_answer_abstains_on_unrelated_passages():
    answer = compose_answer(analyse("杭州亚运会中国体育代表团获得多少枚金牌"), make_hits(SENTENCES[:3]))
    assert not answer.supported and len(answer.hits) == 3


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), min_size=1, max_size=5),
    st.sampled_from(SENTENCES).map(lambda s: s[3:20]),
    st.text(alphabet="多少几谁哪里何时率呢？ ", max_size=4),
)
def test_compose_answer_citations_always_check_out(paragraphs, topic, question_words):
    hits = make_hits(["".join(p) for p in paragraphs])
    question = (topic + question_words).strip() or "铜鼓县"
    answer = compose_answer(analyse(question), hits)
    if answer.supported:
        check_citations(answer)
        assert len(answer.text) <= DEFAULT_SETTINGS.max_total
    else:
        assert answer.citations == () or answer.text != NOT_FOUND


# --- a quality floor on the shared dev set ------------------------------------------------


@pytest.mark.slow
def test_cmrc_gold_answers_are_quoted():
    """On the first 120 CMRC 2018 trial questions the gold answer is inside answer.text
    for most of them (0.93 over all 1,000 in benchmarks/RESULTS.md); a floor well below
    that catches a broken sentence choice or threshold without being flaky. Answers run
    on within max_total (200): ~155 characters on average here, none over the budget."""
    from qa import Index
    from qa.evaluate import load_squad

    articles, questions = load_squad(eval_file("cmrc2018/cmrc2018_trial.json"))
    index = Index.build(articles, progress=False)
    asked = questions[:120]
    answers = [index.ask(q.text) for q in asked]
    found = sum(any(g in a.text for g in q.answers) for q, a in zip(asked, answers, strict=True))
    assert found / len(asked) >= 0.75
    assert sum(not a.supported for a in answers) / len(asked) <= 0.1
    assert sum(len(a.text) for a in answers) / len(asked) < 170
    assert max(len(a.text) for a in answers) <= DEFAULT_SETTINGS.max_total


# --- sentence choice rules (qa.answer.sentences.Settings: unigram, lead, back_ref) ---------------


def titled_hit(text: str, title: str) -> Hit:
    passage = Passage(id="a0:1", article_id="a0", paragraph=1, start=0, end=len(text), text=text, title=title)
    return Hit(passage=passage, score=1.0, rank=1)


# Only the best sentence is quoted (no runner-up, no run-on), so each case shows which
# sentence a rule makes best.
BEST_ONLY = dataclasses.replace(DEFAULT_SETTINGS, second=2.0, threshold_lexical=0.0, run_on=False)


def test_a_sentence_that_leaves_the_subject_out_is_found_by_its_characters():
    """身体是什么颜色: no sentence holds 身体 or 颜色, but 体呈银灰色 holds 体 and 色."""
    text = (
        "蓝线裸顶鲷为辐鳍鱼纲鲈形目龙占鱼科的其中一个种，分布于印度太平洋区的珊瑚礁海域。"
        "本鱼体呈银灰色，有若干不规则污斑，尾鳍叉形，背鳍与臀鳍皆有硬棘。"
        "蓝线裸顶鲷为夜行性鱼类，以底栖无脊椎动物为食。"
        "蓝线裸顶鲷的体长可达七十公分，为高经济价值的食用鱼。"
        "渔民常以延绳钓捕获蓝线裸顶鲷，多以清蒸方式食用。"
    )
    hits = [titled_hit(text, "蓝线裸顶鲷")]
    question = "蓝线裸顶鲷的身体是什么颜色的？"
    assert "银灰色" in compose_answer(analyse(question), hits, settings=BEST_ONLY).text
    without = dataclasses.replace(BEST_ONLY, unigram=0.0)
    assert "银灰色" not in compose_answer(analyse(question), hits, settings=without).text


# The best sentence alone, then run on: explain and short-sentence neighbours left out so
# only ``run_on`` adds sentences.
ALONE = dataclasses.replace(BEST_ONLY, explain=False, min_chars=0, back_ref=False)
ROOTS = (
    "天门冬是天门冬科天门冬属的植物，又称丝冬、天棘。",
    "根稍肉质，分枝具棱或狭翅，地下有簇生纺锤形肉质块根。",
    "叶状枝通常三枚为一簇，扁平，镰刀状。",
    "浆果红色，其块根为常用中药，有滋阴润燥、清肺降火的功效，" + "主治阴虚发热、咳嗽吐血、肺痿、肺痈、咽喉肿痛、消渴、便秘等病症，" * 5 + "历代本草多有记载。",
)


def test_the_best_sentence_runs_on_while_the_answer_stays_within_its_budget():
    """A fact often runs on past the sentence that matches the question best (特征：… then
    叶…): the sentences after it are quoted with it, in order, while the answer fits
    max_total; the long one that does not fit is left out, and without run_on only the
    best sentence is quoted."""
    hits = [titled_hit("".join(ROOTS), "天门冬")]
    question = analyse("天门冬的根分枝吗")
    alone = compose_answer(question, hits, settings=ALONE).text
    assert ROOTS[1] in alone and ROOTS[2] not in alone
    run_on = compose_answer(question, hits, settings=dataclasses.replace(ALONE, run_on=True)).text
    # after it first, then the sentence before it; quoted in the passage's order
    assert run_on.startswith(ROOTS[0] + ROOTS[1] + ROOTS[2]) and "浆果" not in run_on
    assert len(run_on) <= ALONE.max_total


def test_a_quote_cut_short_is_not_run_on():
    """A best sentence cut to its best clauses ends mid-sentence: adding the next one would
    quote two pieces with a gap, so nothing is added."""
    hits = [titled_hit(ROOTS[3] + ROOTS[2], "天门冬")]
    question = analyse("天门冬的块根主治什么病症")
    short = dataclasses.replace(ALONE, max_chars=60, run_on=True)
    text = compose_answer(question, hits, settings=short).text
    assert "…" in text and ROOTS[2] not in text


def test_the_opening_sentence_of_a_passage_wins_a_near_tie():
    text = (
        "摩甘比足球俱乐部是英格兰西北部莫克姆的一家职业足球会，成立于一九二零年。"
        "摩甘比足球俱乐部的主场在地球体育场，可以容纳六千多名观众和记者。"
    )
    hits = [titled_hit(text, "")]
    answer = compose_answer(analyse("摩甘比足球俱乐部在哪里"), hits, settings=BEST_ONLY)
    assert "莫克姆" in answer.text and "地球体育场" not in answer.text
    without = dataclasses.replace(BEST_ONLY, lead=0.0)
    assert "地球体育场" in compose_answer(analyse("摩甘比足球俱乐部在哪里"), hits, settings=without).text


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        (
            "为什么次磷酸的购买及使用受到严格管制？",
            "次磷酸是一种无机酸。次磷酸可以将碘还原为氢碘酸，而氢碘酸又可以用来制造冰毒。"
            "因此，次磷酸被列为第一类易制毒化学品，购买及使用受到严格管制。中国大陆的目录中不包含次磷酸。",
            "还原为氢碘酸",
        ),
        (
            "安福国会在哪一年选举徐世昌为大总统？",
            "1918年3月22日，徐世昌复职并出任北洋政府的要职，声望日隆，各方都来拉拢。"
            "同年10月10日，安福国会选举徐世昌为大总统，接替任期届满的冯国璋。"
            "徐世昌上任后推动南北议和，但最终未能成功，各方仍然争执不下。",
            "1918年",
        ),
    ],
)
def test_a_sentence_pointing_back_is_quoted_with_the_one_before(question, text, expected):
    hits = [titled_hit(text, "")]
    answer = compose_answer(analyse(question), hits, settings=BEST_ONLY)
    assert expected in answer.text
    check_citations(answer)
    without = dataclasses.replace(BEST_ONLY, back_ref=False)
    assert expected not in compose_answer(analyse(question), hits, settings=without).text


def test_a_short_sentence_is_quoted_with_both_its_neighbours():
    """The sentence that echoes the question holds no date: the one before it does."""
    text = (
        "1994年12月1日，韩国收回了除战时指挥权之外的军事主权。"
        "驻韩美军由主导角色转变为支援角色。"
        "2005年9月，卢武铉政府正式向美国提出收回战时指挥权。"
    )
    hits = [titled_hit(text, "")]
    question = analyse("驻韩美军从何时开始由主导角色转变成了支援角色？")
    both = dataclasses.replace(BEST_ONLY, short_both=True)
    answer = compose_answer(question, hits, settings=both)
    assert "1994年12月1日" in answer.text and "支援角色" in answer.text and "2005年9月" in answer.text
    check_citations(answer)
    assert "1994年12月1日" not in compose_answer(question, hits, settings=BEST_ONLY).text


GEDOU = (
    "《格斗天王》是2005年三立华人电视剧周日十点档系列的第八部偶像剧作品。"
    "香港无线电视于2006年买下该剧在香港的播映权，并在收费电视台播映。"
    "全剧共20集，接档《天国的嫁衣》。"
    "该剧也是三立从华视转而跟台视结盟后的第一档偶像剧。"
)


def test_the_unit_the_question_asks_for_finds_the_number():
    """一共几集 wants a count of 集: of the sentences with numbers, the one with 20集."""
    hits = [titled_hit(GEDOU, "格斗天王")]
    question = analyse("三立偶像剧格斗天王一共几集")
    assert question.units == "集"
    with_unit = dataclasses.replace(BEST_ONLY, unit=1.0)
    assert "20集" in compose_answer(question, hits, settings=with_unit).text
    assert "20集" not in compose_answer(question, hits, settings=BEST_ONLY).text


@pytest.mark.parametrize(
    ("question", "holds", "lacks"),
    [
        ("台湾演员张天霖个子多高", "身高182CM", "1982年出生"),
        ("林永康被判坐牢多久", "入囚九个月。", "罪名成立。"),
        ("EXILE的单曲卖了多少张", "累计销量12.6万张", "第15张单曲"),
        ("李晨是哪天求的婚", "2017年9月16日", "2017年"),
        ("铜鼓县电子公函使用率", "使用率达百分之百", "使用了电子公函"),
        ("門票多少錢", "票價新台幣300元", "開放300天"),
    ],
)
def test_a_number_counts_for_the_question_only_with_its_unit(question, holds, lacks):
    from qa.answer.sentences import FEATURES, sentence_features

    hits = [titled_hit(f"{holds}。{lacks}", "")]
    found = sentence_features(analyse(question), hits, read=1)
    unit = found.rows[:, FEATURES.index("unit")]
    assert unit.tolist() == [1.0, 0.0]


def test_the_aspect_is_what_the_question_asks_beyond_the_headline():
    """The headline's words are in every sentence of its passage; the aspect columns count
    only the question's other words (身体, 颜色: 体, 色), and only in the sentence itself."""
    from qa.answer.sentences import FEATURES, sentence_features

    text = "蓝线裸顶鲷为辐鳍鱼纲鲈形目的其中一个种。本鱼体呈银灰色，有若干污斑。"
    found = sentence_features(analyse("蓝线裸顶鲷的身体是什么颜色的？"), [titled_hit(text, "蓝线裸顶鲷")], read=1)
    aspect_chars = found.rows[:, FEATURES.index("aspect_chars")]
    lexical = found.rows[:, FEATURES.index("lexical")]
    assert aspect_chars[0] == 0.0 < aspect_chars[1]
    assert lexical[0] == lexical[1] > 0  # both hold the headline's bigrams, neither 身体 nor 颜色


def test_support_adds_the_characters_a_readers_words_keep():
    """上栗一共有多少支巡防队 shares 巡防队 with the passage but few bigrams of its wording:
    the character parts of the support count, each with its weight."""
    from qa.answer.sentences import select

    hits = [titled_hit("上栗县组建村级义务巡防队143支，巡防队员2000余人。", "上栗县平安建设")]
    question = analyse("上栗一共有多少支巡防队")
    plain = select(question, hits, None, BEST_ONLY)
    weighted = select(question, hits, None, dataclasses.replace(BEST_ONLY, support_chars=2.0, support_passage_chars=3.0))
    assert 0 < plain.chars <= 1 and 0 < plain.passage_chars <= 1
    assert plain.support == pytest.approx(plain.cover)
    assert weighted.support == pytest.approx(plain.cover + 2.0 * plain.chars + 3.0 * plain.passage_chars)


@pytest.mark.parametrize("model", ["e5-small", "use-multilingual-v3"])
def test_the_answer_text_never_exceeds_its_budget(model):
    """A sentence with no clause marks longer than the budget, a runner-up and neighbours:
    the text with its … and [n] markers stays within max_total and keeps the fact."""
    from qa.answer.sentences import settings_for

    long_sentence = "该馆藏品包括" + "青铜器陶瓷器书画碑帖古籍文献玉器" * 14 + "等共计十二万三千件藏品。"
    text = "省博物馆始建于1904年。" + long_sentence + "省博物馆现有馆舍面积三万平方米。"
    hits = [titled_hit(text, "省博物馆"), *make_hits(["省博物馆每年接待观众八十万人次。"])]
    settings = dataclasses.replace(settings_for(model), threshold_lexical=0.0)
    answer = compose_answer(analyse("省博物馆一共有多少件藏品"), hits, settings=settings)
    assert answer.supported and len(answer.text) <= settings.max_total
    assert "十二万三千件" in answer.text
    check_citations(answer)


def test_every_feature_has_a_weight_and_both_models_use_them():
    from qa.answer.sentences import FEATURES, AnswerSettings, settings_for

    fields = {f.name for f in dataclasses.fields(AnswerSettings)}
    assert set(FEATURES) <= fields
    for model in ("e5-small", "use-multilingual-v3"):
        tuned = settings_for(model)
        assert tuned.unit > 0 and tuned.aspect_chars > 0 and tuned.position < 0


@pytest.mark.parametrize("model", ["e5-small", "use-multilingual-v3"])
def test_both_models_read_both_neighbours_of_a_short_sentence(model):
    from qa.answer.sentences import settings_for

    tuned = settings_for(model)
    assert tuned.short_both and tuned.min_chars == 70 and not DEFAULT_SETTINGS.short_both


# --- the seed page with the default model (e5-small): follow-ups and readers' words ---

# (earlier question, follow-up, the fact the answer must quote or None for "not found",
# a phrase of the article every passage shown must come from: the new subject's)
FOLLOW_UPS = [
    ("东乡区发现了多少问题", "那铜鼓县呢？", "13个", "电子公函"),
    ("东乡区开展了多少次监督检查", "那铜鼓县呢？", "4轮次", "电子公函"),
    ("铜鼓县矛盾纠纷就地调处率是多少", "那上栗县呢？", "96.3%", "巡防队"),
    ("铜鼓县电子公函使用率", "那上栗县呢？", None, "巡防队"),
    ("上栗县打掉了多少个恶势力团伙", "那东乡区呢？", None, "抗旱"),
    ("东乡区组成了多少个专项监督检查组", "那景德镇高新区呢？", None, "足球夜"),
    ("上栗县组建了多少支村级义务巡防队", "那大余县呢", None, "宅基地"),
]

# Questions in a reader's own words (not the article's), with the fact each must quote.
NATURAL = [
    ("上栗一共有多少支巡防队？", "143"),
    ("上栗网络诈骗案子少了多少？", "32%"),
    ("铜鼓县电子公函的使用比例有多高？", "100%"),
    ("东乡区派了几个组去监督抗旱？", "12个"),
    ("大余县有几个乡镇能办宅基地审批？", "11个"),
    ("景德镇高新区每周办几场足球比赛？", "5场"),
    ("青山湖区有多少人当上了区政协委员？", "14名"),
    ("九江银行给城市美容师送了什么？", "防暑降温物品"),
]


@pytest.fixture(scope="module")
def e5_seed_index(seed_corpus):
    """The seed page indexed with the default model, e5-small (named: tests build with
    USE unless they name a model, see conftest)."""
    from conftest import E5

    from qa import Index, load_articles

    return Index.build(load_articles([str(seed_corpus)]), model=E5, progress=False)


@pytest.mark.parametrize(("earlier", "follow_up", "fact", "subject"), FOLLOW_UPS)
def test_follow_ups_ask_the_same_of_the_new_subject(e5_seed_index, earlier, follow_up, fact, subject):
    answer = e5_seed_index.ask(follow_up, history=[earlier])
    about = article_with(e5_seed_index, subject)
    assert answer.hits and all(h.passage.article_id == about for h in answer.hits), [h.passage.title for h in answer.hits]
    if fact is None:
        assert not answer.supported and answer.text == NOT_FOUND
    else:
        assert answer.supported and fact in answer.text, answer.text
        check_citations(answer)


@pytest.mark.parametrize(("question", "fact"), NATURAL)
def test_questions_in_a_readers_own_words(e5_seed_index, question, fact):
    answer = e5_seed_index.ask(question)
    assert answer.supported and fact in answer.text, answer.text
    check_citations(answer)


@pytest.mark.parametrize(
    "question", ["杭州亚运会中国体育代表团获得多少枚金牌？", "国产大飞机C919首次商业载客飞行是哪一天？", "九江银行去年的净利润是多少"]
)
def test_the_default_model_still_abstains_off_the_page(e5_seed_index, question):
    answer = e5_seed_index.ask(question)
    assert not answer.supported and answer.text == NOT_FOUND


@pytest.mark.parametrize(
    ("question", "holds", "lacks"),
    [
        ("蛋白粉什么时候吃最好", "一般是在早餐时吃", "水温不宜过高"),
        ("降压药什么时候吃", "每天早上起床后服用", "应在医生指导下"),
        ("几点去最好", "下午三点前后人最少", "门票免费"),
    ],
)
def test_a_time_of_day_answers_when(question, holds, lacks):
    """Asked when of everyday things, a time of day or of the day's routine (早餐时, 早上,
    三点) is what the question kind wants, as a date is for 哪一年."""
    from qa.answer.sentences import FEATURES, sentence_features

    hits = [titled_hit(f"{holds}。{lacks}。", "")]
    found = sentence_features(analyse(question), hits, read=1)
    assert found.rows[:, FEATURES.index("kind")].tolist() == [1.0, 0.0]

