"""Which lines of a headline stack are the kicker, the title and the subtitle is scored
whole (``headings.heading_roles``); where the best reading beats the next by less than the
margin the decoder reports its own decisions at (``viterbi.DOUBT``), the article carries
a doubt, "headline roles", at the stack's first line: ``qa parse`` prints it and its JSON
holds it. On generated pages such stacks are wrong about half the time; stacks read by a
wide margin almost never (RESULTS, Parsing)."""

from __future__ import annotations

import json

from qa.cli import main
from qa.parse import parse_page_text
from qa.parse.headings import heading_roles, roles_read
from qa.parse.segment import confidence
from qa.parse.viterbi import DOUBT

BODY = [
    "“饭菜可口，价格实惠，长者食",
    "堂就开在家门口，这样的好事，",
    "谁不喜欢？”11月28日中午，在",
    "南昌市东湖区豫章街道长者食",
    "堂，72岁的刘大爷一边吃饭一",
    "边说。（陈 静）",
]
TIED = ["社区长者食堂", "开进家门口"]  # a kicker over a title, or one title (a subject and what it does)
CLEAR = ["为什么今年的荔枝", "这么便宜？"]  # a question asked on: one title


def test_the_margin_is_that_of_the_reading_kept():
    body = "".join(BODY).replace(" ", "")
    roles, margin = roles_read(TIED, body)
    assert roles == heading_roles(TIED, body) and margin < DOUBT
    roles, margin = roles_read(CLEAR, "")
    assert roles == ("", "为什么今年的荔枝这么便宜？", "") and margin >= 2 * DOUBT
    assert roles_read(["铜鼓县推行电子公函"], "") == (("", "铜鼓县推行电子公函", ""), float("inf"))


def test_a_stack_read_by_a_small_margin_is_reported(tmp_path, capsys):
    tied = parse_page_text("\n".join([*TIED, *BODY]) + "\n", "page.txt")
    ((layout,),) = [tied.layouts]
    (doubt,) = [d for d in layout.doubts if d.what == "headline roles"]
    assert doubt.line == 1 and doubt.confidence < confidence(DOUBT)
    clear = parse_page_text("\n".join([*CLEAR, *BODY]) + "\n", "page.txt")
    assert not [d for layout in clear.layouts for d in layout.doubts]
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*TIED, *BODY]) + "\n", encoding="utf-8")
    assert main(["parse", "--mode", "page", "--json", str(path)]) == 0
    out, err = capsys.readouterr()
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert [d["what"] for d in record["layout"]["doubts"]] == ["headline roles"]
    assert f"{path}:1: low confidence ({doubt.confidence:.2f}): headline roles" in err


def test_a_kicker_the_page_marks_leaves_only_the_rest_to_read():
    # (A label in 【】 over the stack is its kicker: ``kicker_lines`` fixes it. With one
    # line left there is no other reading, so no doubt to report.)
    assert roles_read(["果园里的直播间", "赣南脐橙开启“云上”销售季"], "", kicker_lines=1) == (
        ("果园里的直播间", "赣南脐橙开启“云上”销售季", ""),
        float("inf"),
    )
    (kicker, title, subtitle), margin = roles_read(["聚焦两会", *CLEAR], "", kicker_lines=1)
    assert (kicker, title, subtitle) == ("聚焦两会", "为什么今年的荔枝这么便宜？", "") and margin < float("inf")
