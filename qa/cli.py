"""The `qa` command line: argument parsing and printing only; the work is in the API."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from qa.errors import QAError

DEFAULT_CORPUS = "corpus/"
DEFAULT_INDEX = "index/"


# Corpus text and file names may hold control characters (an ESC sequence, a carriage
# return, a newline in a file name): text output shows them escaped, so they can neither
# drive the terminal nor forge output lines. JSON output escapes them by itself.
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
_ESCAPES.update({0x09: "\t", 0x0A: "\\n", 0x0D: "\\r"})
_BODY_ESCAPES = {**_ESCAPES, 0x0A: "\n"}  # passage text may join paragraphs with newlines


def shown(text: object, body: bool = False) -> str:
    """Text for the terminal: control characters escaped (``\\x1b``, ``\\n``); a tab
    stays, and so does a newline in ``body`` text."""
    return str(text).translate(_BODY_ESCAPES if body else _ESCAPES)


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def cmd_parse(args: argparse.Namespace) -> int:
    from qa.parse import parse_paths

    result = parse_paths(args.paths, mode=args.mode)
    kept = {id(article) for article in result.articles}
    for file_result in result.files:
        if not args.json:
            print(f"# {shown(file_result.source)} ({file_result.kind}, {file_result.encoding})")
        layouts = file_result.layouts or [None] * len(file_result.articles)
        for article, layout in zip(file_result.articles, layouts, strict=True):
            if id(article) not in kept:
                continue  # a duplicate id, reported below
            if args.json:
                record = article.to_dict()
                if layout is not None:
                    record["layout"] = layout.to_dict()
                _print_json(record)
            else:
                print(_format_article(article))
    for file_result in result.files:
        for doubt in file_result.doubts:
            print(
                f"{shown(file_result.source)}:{doubt.line}: low confidence ({doubt.confidence:.2f}): {doubt.what}",
                file=sys.stderr,
            )
    for skip in result.skipped:
        print(f"skipped {shown(skip)}", file=sys.stderr)
    print(
        f"{len(result.articles)} items from {len(result.files)} files"
        f" ({len(result.skipped)} skipped)",
        file=sys.stderr,
    )
    if not result.articles:
        print("qa parse: error: nothing could be read", file=sys.stderr)
        return 1
    return 0


def _format_article(article) -> str:
    head = f"[{article.position}] {article.kind} {shown(article.id)}  {shown(article.display_title)}"
    lines = [head]
    for label, value in (("kicker", article.kicker), ("subtitle", article.subtitle)):
        if value:
            lines.append(f"  {label}: {shown(value)}")
    if article.authors:
        lines.append(f"  authors: {shown(', '.join(article.authors))}")
    if article.photographer:
        lines.append(f"  photographer: {shown(article.photographer)}")
    for number, paragraph in enumerate(article.paragraphs, 1):
        lines.append(f"  {number}. {shown(paragraph, body=True)}")
    return "\n".join(lines)


def cmd_index(args: argparse.Namespace) -> int:
    from qa.ingest import update_index

    report = update_index(
        args.paths or [DEFAULT_CORPUS],
        args.index,
        model=args.model,
        mode=args.mode,
        progress=not args.quiet,
        rebuild=args.rebuild,
    )
    for skip in report.skipped:
        print(f"skipped {shown(skip)}", file=sys.stderr)
    indexed = report.added or report.changed or report.unchanged
    if report.skipped and not indexed:
        state = "left unchanged" if Path(args.index).exists() else "not created"
        print(f"qa index: error: nothing could be read; the index {shown(args.index)} was {state}", file=sys.stderr)
        return 1
    print(shown(report.summary()))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from qa.index import Index

    index = Index.load(args.index)
    hits = index.search(args.query, k=args.k, mode=args.mode)
    if args.json:
        _print_json({"query": args.query, "hits": [hit.to_dict() for hit in hits]})
        return 0
    for hit in hits:
        p = hit.passage
        print(f"{hit.rank}. [{hit.score:.4f}] {shown(p.title)} (paragraph {p.paragraph}, {shown(p.source)})")
        print(f"   {shown(p.text, body=True)}")
    if not hits:
        print("no passages found")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from qa.answer.compose import answer_to_dict
    from qa.index import Index

    index = Index.load(args.index)
    answer = index.ask(args.question, k=args.k)
    if args.json:
        _print_json(answer_to_dict(answer))
        return 0
    if answer.notice:
        print(f"note: {shown(answer.notice)}", file=sys.stderr)
    print(shown(answer.text, body=True))
    if answer.sources:
        print("\n最接近的段落：" if not answer.citations else "")
    for n, hit in enumerate(answer.sources, 1):
        p = hit.passage
        byline = f" （{p.byline}）" if p.byline else ""
        print(shown(f"[{n}] {p.title}{byline} — paragraph {p.paragraph}, {p.source}"))
        print(f"    {shown(p.text, body=True)}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluate import evaluate_file, format_report

    report = evaluate_file(
        args.dataset,
        model=args.model,
        modes=args.modes.split(","),
        limit=args.limit,
        answers=not args.no_answers,
    )
    if args.json:
        _print_json(report)
    else:
        print(format_report(report))
    return 0


def positive_int(value: str) -> int:
    """argparse type for -k: a whole number >= 1 (``qa.retrieve.hybrid.check_k``)."""
    from qa.retrieve.hybrid import check_k

    try:
        return check_k(int(value))
    except (ValueError, QAError):
        raise argparse.ArgumentTypeError(f"must be a positive whole number of passages, not {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa",
        description="Ask questions of a Chinese news archive (parse, index, search, ask, eval).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("parse", help="rebuild articles from page text, JSONL or Markdown files")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object per item")
    p.add_argument(
        "--mode",
        choices=["auto", "page", "article"],
        default="auto",
        help="treat text files as raw newspaper pages or as single clean articles"
        " (default: decide from each file's own evidence)",
    )
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("index", help="build or update the index from files or folders")
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"files or folders (default {DEFAULT_CORPUS})")
    p.add_argument("--index", default=DEFAULT_INDEX, help=f"index folder (default {DEFAULT_INDEX})")
    p.add_argument(
        "--model",
        default=None,
        help="embedding model: 'e5-small' (multilingual-e5-small, the default: best answers,"
        " ~1-3k characters a second on two cores), 'use' (Universal Sentence Encoder: ~20x"
        " faster to index, weaker on reworded questions), or any sentence-transformers model"
        " id or local folder; default: the index's own model, or e5-small for a new index",
    )
    p.add_argument("--mode", choices=["auto", "page", "article"], default="auto")
    p.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", help="find the passages that best match a query")
    p.add_argument("query")
    p.add_argument("-k", type=positive_int, default=5, help="number of passages (default 5)")
    p.add_argument("--index", default=DEFAULT_INDEX)
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], default="hybrid")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer a question with cited passages")
    p.add_argument("question")
    p.add_argument("-k", type=positive_int, default=5, help="passages to read (default 5)")
    p.add_argument("--index", default=DEFAULT_INDEX)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="measure retrieval and answers on a SQuAD-format file")
    p.add_argument("dataset", help="SQuAD-format JSON (CMRC 2018, DRCD)")
    p.add_argument("--model", default=None, help="embedding model, as for qa index (default e5-small)")
    p.add_argument("--modes", default="hybrid,bm25,dense", help="comma-separated")
    p.add_argument("--limit", type=int, default=None, help="only the first N questions")
    p.add_argument("--no-answers", action="store_true", help="retrieval metrics only")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `qa` command line.

    Returns:
        the process exit code: 0 on success, 1 on a reported error, 2 on bad usage.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except QAError as error:
        print(f"qa {args.command}: error: {shown(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"qa {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
