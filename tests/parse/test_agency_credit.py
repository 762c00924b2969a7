"""A photo credited to the agency that sent it (新华社发, （中新社发）, 视觉中国供图) closes its
captions as a person's credit (方 曦摄) does: the captions are a photo item whose
photographer is the agency, not the last paragraph of the article above, in page text
and in PDFs. Only agencies by name are read so: a word before 发 may be anything
(专业合作社发 / 放补贴 is a body line cut by the column)."""

from __future__ import annotations

import pytest
from pagetext import wrap
from pdfgen import make_issue

from qa.parse.byline import find_byline, find_credit
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page
from qa.parse.pdf import read_pdf


@pytest.mark.parametrize(
    ("line", "agency", "start"),
    [
        ("新华社发", "新华社", 0),
        ("      新华社发", "新华社", 6),
        ("（新华社发）", "新华社", 0),
        ("视觉中国供图", "视觉中国", 0),
        ("志愿者为行动不便的老人送餐上门。 新华社发", "新华社", 17),
        ("守护候鸟栖息地。中新社发", "中新社", 8),
    ],
)
def test_an_agency_s_credit_names_the_agency(line, agency, start):
    credit = find_credit(line)
    assert credit is not None and (credit.names, credit.start) == ((agency,), start)


@pytest.mark.parametrize("line", ["专业合作社发", "据新华社发", "其中新华社发", "新华社发布", "新华社"])
def test_words_ending_in_fa_are_no_credit(line):
    assert find_credit(line) is None


def test_an_agency_credit_in_brackets_is_no_byline():
    assert find_byline("（新华社发）") is None
    assert find_byline("（记者 张三）") is not None


def _wrap(paragraph: str, width: int, indent: str = "　　") -> list[str]:
    return wrap(paragraph, width, indent=indent, hangs="，。、；：”")


def _items(lines: list[str]):
    return [item for item in analyse_page(read_lines(split_lines("\n".join(lines) + "\n"))).items if item.kind != "furniture"]


ARTICLE = (
    "本报讯（记者 邹刚莉 王亮）经过三个多月的激烈角逐，首届全省青年创新创业大赛日前在南昌落下帷幕，来自高校和企业的三十个项目进入决赛。",
    "大赛组委会表示，获奖项目将优先获得创业担保贷款和入驻孵化基地等支持。",
)
CAPTION = "6月5日，志愿者在鄱阳湖畔清理垃圾，守护候鸟栖息地。"
NEXT = (
    "本报讯（记者 郭强 孟斌然）在进贤县的一片高标准农田里，几台无人机正在低空盘旋，对水稻进行病虫害统防统治。",
    "据了解，进贤县今年已建成数字农业示范基地十五个，覆盖农田面积八万余亩。",
)


def _page(credit_lines: list[str]) -> list[str]:
    lines = ["首届青年创新创业大赛落幕"]
    for paragraph in ARTICLE:
        lines += _wrap(paragraph, 21)
    lines += _wrap(CAPTION, 12, indent="") + credit_lines
    lines.append("数字技术赋能春耕生产")
    for paragraph in NEXT:
        lines += _wrap(paragraph, 21)
    return lines


def _squeezed(paragraphs) -> tuple[str, ...]:
    return tuple(paragraph.replace(" ", "") for paragraph in paragraphs)


@pytest.mark.parametrize(("credit", "agency"), [("      新华社发", "新华社"), ("（新华社发）", "新华社"), ("  视觉中国供图", "视觉中国")])
def test_captions_over_an_agency_credit_are_a_photo(credit, agency):
    items = _items(_page([credit]))
    assert [(item.kind, item.title, item.photographer) for item in items] == [
        ("article", "首届青年创新创业大赛落幕", ""),
        ("photo", "", agency),
        ("article", "数字技术赋能春耕生产", ""),
    ]
    assert [_squeezed(item.paragraphs) for item in items] == [_squeezed(ARTICLE), (CAPTION,), _squeezed(NEXT)]


def test_an_agency_credit_after_the_caption_s_last_sentence():
    lines = _page([])
    at = lines.index("数字技术赋能春耕生产") - 1
    lines[at] += " 新华社发"
    items = _items(lines)
    assert [(item.kind, item.photographer, item.paragraphs) for item in items][1] == ("photo", "新华社", (CAPTION,))
    assert _squeezed(items[0].paragraphs) == _squeezed(ARTICLE)


def test_a_body_line_cut_after_fa_stays_in_its_paragraph():
    paragraph = "今年以来，全县先后组织十二家专业合作社发放农资补贴，惠及种粮大户和家庭农场三百余户。"
    lines = ["首届青年创新创业大赛落幕", *_wrap(ARTICLE[0], 21), "　　今年以来，全县先后组织十二家专业合作社发", "放农资补贴，惠及种粮大户和家庭农场三百余户。"]
    items = _items(lines)
    assert [(item.kind, _squeezed(item.paragraphs)) for item in items] == [("article", _squeezed((ARTICLE[0], paragraph)))]


@pytest.mark.parametrize("seed", [0, 3, 7])
def test_pdf_photos_credited_to_an_agency_are_read_as_photos(tmp_path, seed):
    issue = make_issue(seed, agency=1.0)
    path = tmp_path / "agency.pdf"
    path.write_bytes(issue.data)
    want = [("新华社", "".join(k.paragraphs).replace(" ", "")) for k in issue.pages[0].items if k.kind == "photo"]
    got = [(a.photographer, "".join(a.paragraphs).replace(" ", "")) for a in read_pdf(path).articles if a.kind == "photo"]
    assert want and got == want
