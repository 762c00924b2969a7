"""Two heading lines whose break falls inside a word (昌北机场国际航 / 线恢复至十二条) are
one title wrapped at a column's width, not a kicker over a title: the break is judged by
jieba's dictionary (``qa.parse.words``), the same segmentation jieba makes without its HMM."""

from __future__ import annotations

import re
import zlib

import pytest

from qa.parse.headings import breaks_phrase, heading_roles
from qa.parse.words import TABLE, WINDOW, build_table, cuts_word, edge_words, jieba_dictionary
from qa.text import jieba


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (["结果遭军", "队追击"], ("", "结果遭军队追击", "")),
        (["昌北机场国际航", "线恢复至十二条"], ("", "昌北机场国际航线恢复至十二条", "")),
        # A kicker stays one: the break under it cuts no word, the one in the title does.
        (
            ["一会儿是友", "高句丽北疆受到契", "丹的袭击"],
            ("一会儿是友", "高句丽北疆受到契丹的袭击", ""),
        ),
        # Two phrases set apart stay apart (a few characters without a dash under a wider
        # line are a short title under its kicker, not a subtitle: see test_heading_stacks).
        (["夜间经济点亮", "消费新场景"], ("夜间经济点亮", "消费新场景", "")),
        (["全省新建农村公路", "两千公里"], ("全省新建农村公路", "两千公里", "")),
    ],
)
def test_a_word_cut_in_two_joins_heading_lines(lines, roles):
    assert heading_roles(lines, "") == roles


def test_a_break_inside_a_word_breaks_the_phrase():
    assert breaks_phrase("赣江新区数字经济产业", "园开园")
    assert breaks_phrase("防 范 电 信 诈", "骗 这 些 套 路")  # letter-spaced lines
    assert not breaks_phrase("中共中央", "副主席")
    assert not breaks_phrase("新能源汽车", "2024年")  # digits are no word of the dictionary


def _jieba_cuts(first: str, second: str) -> bool:
    left, right = first[-WINDOW:], second[:WINDOW]
    at = 0
    for word in jieba().cut(left + right, HMM=False):
        if at < len(left) < at + len(word):
            return True
        at += len(word)
    return False


def test_the_break_is_where_jieba_puts_it(seed_page):
    """Every break inside the runs of ideographs of a real page, judged both ways."""
    text = re.sub(r"\s", "", seed_page.read_text("utf-8"))
    runs = re.findall(r"[\u4e00-\u9fff]{8,}", text)
    breaks = [(run[:k], run[k:]) for run in runs for k in range(2, len(run) - 1)]
    agree = sum(cuts_word(first, second) == _jieba_cuts(first, second) for first, second in breaks)
    cut = sum(cuts_word(first, second) for first, second in breaks)
    assert len(breaks) > 2000
    assert 0.2 * len(breaks) < cut < 0.8 * len(breaks)
    assert agree >= 0.99 * len(breaks)  # only words longer than four characters differ


def test_the_words_either_side_of_a_break():
    # 和 closes the word 温和 here, a conjunction of its own in 我们将与; 了解 opens a word.
    assert edge_words("气候温和", "三面环山") == ("温和", "三面")
    assert edge_words("我们将与", "他们一起") == ("与", "他们")
    assert edge_words("守护城市", "的“生命线”") == ("城市", "的")
    assert edge_words("现 在", "了 解 情 况") == ("现在", "了解")  # letter-spaced lines
    assert edge_words("2024", "“足球夜”") == ("", "")  # no ideograph at the break


def test_the_edge_words_are_jiebas(seed_page):
    """Each side of every break inside the runs of ideographs of a real page, segmented as
    jieba segments the same few characters."""
    text = re.sub(r"\s", "", seed_page.read_text("utf-8"))
    runs = re.findall(r"[\u4e00-\u9fff]{8,}", text)
    breaks = [(run[:k], run[k:]) for run in runs for k in range(2, len(run) - 1)]
    agree = sum(
        edge_words(first, second)
        == (list(jieba().cut(first[-WINDOW:], HMM=False))[-1], next(iter(jieba().cut(second[:WINDOW], HMM=False))))
        for first, second in breaks
    )
    assert len(breaks) > 2000
    assert agree >= 0.99 * len(breaks)  # only words longer than four characters differ


def test_the_shipped_table_is_the_installed_jieba_dictionary():
    """words.bin holds what ``build_table`` makes of jieba's own dictionary file."""
    shipped = zlib.decompress(TABLE.read_bytes())
    assert zlib.decompress(build_table(jieba_dictionary())) == shipped
    assert len(shipped) > 2_000_000  # some 340,000 words of up to four characters
