"""`qa eval`: SQuAD loading, rank metrics, the report."""

from __future__ import annotations

import json
import math

import pytest

from qa.cli import main
from qa.errors import InputFileError
from qa.evaluate import evaluate_file, format_report, gold_rank, load_squad, ranking_metrics

SQUAD = {
    "version": "test",
    "data": [
        {
            "title": "铜鼓县",
            "paragraphs": [
                {
                    "id": "p1",
                    "context": "铜鼓县推动全县电子公函使用率达100%，开展专项检查4轮次。",
                    "qas": [
                        {"question": "铜鼓县电子公函使用率是多少？", "answers": [{"text": "100%"}]},
                        {"question": "", "answers": []},
                    ],
                },
                {
                    "id": "p2",
                    "context": "上栗縣矛盾糾紛就地調處率達98%以上，群眾滿意度持續提升。",
                    "qas": [{"question": "上栗縣矛盾糾紛就地調處率是多少？", "answers": [{"text": "98%"}]}],
                },
            ],
        },
        {
            "title": "九江银行",
            "paragraphs": [
                {
                    "context": "九江银行在市区开展金融知识宣传，服务3万人次。",
                    "qas": [{"question": "九江银行服务了多少人次？", "answers": [{"text": "3万"}]}],
                }
            ],
        },
    ],
}


@pytest.fixture
def squad_file(tmp_path):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(SQUAD, ensure_ascii=False), "utf-8")
    return path


def test_load_squad_makes_one_article_per_context_and_skips_blank_questions(squad_file):
    articles, questions = load_squad(squad_file)
    assert [a.id for a in articles] == ["p1", "p2", "1-0"]
    assert [a.title for a in articles] == ["铜鼓县", "铜鼓县", "九江银行"]
    assert all(len(a.paragraphs) == 1 for a in articles)
    assert [(q.gold, q.answers) for q in questions] == [("p1", ("100%",)), ("p2", ("98%",)), ("1-0", ("3万",))]


def test_load_squad_refuses_other_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"rows": []}', "utf-8")
    with pytest.raises(InputFileError, match="bad.json: not a SQuAD-format"):
        load_squad(bad)


def test_gold_rank_counts_distinct_articles():
    assert gold_rank(["a", "a", "b", "c"], "b") == 2
    assert gold_rank(["a", "b"], "z") is None


def test_ranking_metrics_by_hand():
    metrics = ranking_metrics([1, 2, 6, None])
    assert metrics["recall@1"] == 0.25 and metrics["recall@5"] == 0.5 and metrics["recall@20"] == 0.75
    assert metrics["mrr@10"] == pytest.approx((1 + 1 / 2 + 1 / 6) / 4)
    assert metrics["ndcg@10"] == pytest.approx((1 + 1 / math.log2(3) + 1 / math.log2(7)) / 4)


def test_evaluate_file_reports_every_mode(squad_file):
    report = evaluate_file(squad_file, modes=("hybrid", "bm25", "dense"), answers=False)
    assert report["questions"] == 3 and report["articles"] == 3 and report["answers"] is None
    assert set(report["modes"]) == {"hybrid", "bm25", "dense"}
    assert report["modes"]["bm25"]["recall@1"] == 1.0 and report["modes"]["hybrid"]["recall@1"] == 1.0
    assert set(report["modes"]["dense"]["latency_ms"]) == {"p50", "p95", "p99"}
    assert len(report["load_average"]) == 2
    text = format_report(report)
    assert "| hybrid | 1.000 |" in text and "3 questions (3 answerable) over 3 articles" in text
    assert "p99 ms" in text and "answers" not in text.split("\n", 1)[1]


def test_evaluate_file_limit_and_answers(squad_file):
    report = evaluate_file(squad_file, modes=("bm25",), limit=2, answers=True)
    assert report["questions"] == 2
    answers = report["answers"]
    assert answers["contains_gold"] == 1.0, "both answers are plain facts of their contexts"
    assert answers["abstain_rate"] == 0.0 and answers["unanswerable"] is None
    assert set(answers["latency_ms"]) == {"p50", "p95", "p99"} and answers["latency_ms"]["p50"] > 0
    text = format_report(report)
    assert "| answerable | 1.000 | 0.000 |" in text


SQUAD2 = {
    "version": "v2.0",
    "data": [
        {
            "title": "铜鼓县",
            "paragraphs": [
                {
                    "id": "dup",
                    "context": "铜鼓县推动全县电子公函使用率达100%，开展专项检查4轮次。",
                    "qas": [
                        {"question": "铜鼓县电子公函使用率是多少？", "answers": [{"text": "100%"}]},
                        {
                            "question": "铜鼓县的火星基地有几座？",
                            "answers": [],
                            "plausible_answers": [{"text": "4"}],
                            "is_impossible": True,
                        },
                    ],
                },
                {
                    # the same context again (its questions join the first article)
                    "id": "again",
                    "context": "铜鼓县推动全县电子公函使用率达100%，开展专项检查4轮次。",
                    "qas": [{"question": "铜鼓县开展了几轮专项检查？", "answers": [{"text": "4轮次"}]}],
                },
                {
                    # another context under an id already used
                    "id": "dup",
                    "context": "九江银行在市区开展金融知识宣传，服务3万人次。",
                    "qas": [{"question": "九江银行服务了多少人次？", "answers": [{"text": "3万"}]}],
                },
            ],
        }
    ],
}


def test_squad2_duplicates_and_unanswerable_questions(tmp_path):
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(SQUAD2, ensure_ascii=False), "utf-8")
    articles, questions = load_squad(path)
    assert [a.id for a in articles] == ["dup", "dup+"], "one article per distinct context, ids unique"
    assert [q.gold for q in questions] == ["dup", "dup", "dup", "dup+"]
    assert [q.answerable for q in questions] == [True, False, True, True]
    report = evaluate_file(path, modes=("bm25",))
    assert report["questions"] == 4 and report["answerable"] == 3 and report["articles"] == 2
    assert report["modes"]["bm25"]["recall@1"] == 1.0, "measured on the three answerable questions"
    answers = report["answers"]
    assert answers["unanswerable"]["questions"] == 1 and 0 <= answers["unanswerable"]["abstain_rate"] <= 1
    assert "| unanswerable (1) |" in format_report(report)


@pytest.mark.parametrize(
    "content, reason",
    [
        ("[]", "not a SQuAD-format"),
        ('{"data": [{"paragraphs": [{"context": "x", "qas": [{"answers": []}]}]}]}', "holds no questions"),
        ('{"data": [{"paragraphs": "oops"}]}', "not a SQuAD-format"),
        ('{"data": [{"paragraphs": [{"context": "   "}]}]}', "holds no contexts"),
        ("{not json", "not a SQuAD-format"),
    ],
)
def test_load_squad_refuses_malformed_files(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(InputFileError, match=reason):
        load_squad(path)


def test_cli_eval_json(squad_file, capsys):
    assert main(["eval", str(squad_file), "--modes", "bm25", "--no-answers", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["modes"]["bm25"]["recall@1"] == 1.0
