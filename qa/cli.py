"""The `qa` command line: argument parsing and printing only; the work is in the API."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from qa.errors import QAError
from qa.text import system_text

DEFAULT_CORPUS = "corpus/"
DEFAULT_INDEX = "index/"
STORE_HELP = (
    "keep the index in Milvus instead of a folder: milvus://HOST:PORT/COLLECTION"
    " (token in $QA_MILVUS_TOKEN) or milvus:PATH.db (milvus-lite in this process)"
)


# Corpus text and file names may hold control characters (an ESC sequence, a carriage
# return, a newline in a file name): text output shows them escaped, so they can neither
# drive the terminal nor forge output lines. JSON output escapes them by itself.
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
_ESCAPES.update({0x09: "\t", 0x0A: "\\n", 0x0D: "\\r"})
_BODY_ESCAPES = {**_ESCAPES, 0x0A: "\n"}  # passage text may join paragraphs with newlines


def shown(text: object, body: bool = False) -> str:
    """Text for the terminal: control characters escaped (``\\x1b``, ``\\n``); a tab
    stays, and so does a newline in ``body`` text; a file name's bytes that are not
    UTF-8 read as GB18030 (``qa.text.system_text``)."""
    return system_text(str(text)).translate(_BODY_ESCAPES if body else _ESCAPES)


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def cmd_parse(args: argparse.Namespace) -> int:
    from qa.parse import parse_paths

    result = parse_paths(args.paths, mode=args.mode)
    kept = {id(article) for article in result.articles}
    for file_result in result.files:
        if not args.json:
            how = f"{file_result.pages} pages" if file_result.kind == "pdf" else file_result.encoding
            print(f"# {shown(file_result.source)} ({file_result.kind}, {how})")
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
        for note in file_result.notes:
            print(f"{shown(file_result.source)}: {shown(note)}", file=sys.stderr)
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
    if article.paper or article.page:
        from qa.types import print_label

        lines.append(f"  printed: {shown(print_label(article, edition=True))}")
    for number, paragraph in enumerate(article.paragraphs, 1):
        lines.append(f"  {number}. {shown(paragraph, body=True)}")
    return "\n".join(lines)


def _target(args: argparse.Namespace) -> str:
    """Where the index is: --store's URI, else the --index folder."""
    return args.store or args.index


def cmd_index(args: argparse.Namespace) -> int:
    from qa.ingest import update_index

    if args.copy_from:
        from qa.ingest import copy_index

        if not args.store:
            raise QAError("--from copies an index folder into a store: give --store milvus:... too")
        print(shown(copy_index(args.copy_from, args.store, rebuild=args.rebuild).summary()))
        return 0
    report = update_index(
        args.paths or [DEFAULT_CORPUS],
        _target(args),
        model=args.model,
        mode=args.mode,
        progress=not args.quiet,
        rebuild=args.rebuild,
    )
    for skip in report.skipped:
        print(f"skipped {shown(skip)}", file=sys.stderr)
    indexed = report.added or report.changed or report.unchanged
    if report.skipped and not indexed:
        state = "left unchanged" if args.store or Path(args.index).exists() else "not created"
        print(f"qa index: error: nothing could be read; the index {shown(_target(args))} was {state}", file=sys.stderr)
        return 1
    print(shown(report.summary()))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from qa.index import Index

    index = Index.load(_target(args))
    args.query = system_text(args.query)  # (typed on a terminal set to GBK: read so)
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

    index = Index.load(_target(args))
    args.question = system_text(args.question)  # (typed on a terminal set to GBK: read so)
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
        where = f"{p.print_label} · 第{p.paragraph}段" if p.print_label else f"paragraph {p.paragraph}"
        print(shown(f"[{n}] {p.title}{byline} — {where}, {p.source}"))
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
        store=args.store,
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


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qa-news")
    except PackageNotFoundError:  # run from a source tree that was not installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa",
        description="Ask questions of a Chinese news archive (parse, index, search, ask, eval).",
        epilog="Start with: qa index corpus/ && qa ask \"铜鼓县电子公函使用率\"."
        " Each command has its own --help.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    command = {"formatter_class": argparse.ArgumentDefaultsHelpFormatter}
    modes = ["auto", "page", "article"]
    mode_help = (
        "how to read .txt files: as raw newspaper pages, as single clean articles, or decided"
        " from each file's own evidence (auto)"
    )

    p = sub.add_parser(
        "parse", help="rebuild articles from page text, newspaper PDFs, JSONL or Markdown files", **command
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--json", action="store_true", help="print one JSON object per item (UTF-8)")
    p.add_argument("--mode", choices=modes, default="auto", help=mode_help)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("index", help="build or update the index from files or folders", **command)
    p.add_argument("paths", nargs="*", metavar="PATH", default=[DEFAULT_CORPUS], help="files or folders")
    p.add_argument("--index", default=DEFAULT_INDEX, help="the index folder: new, empty, or an index")
    p.add_argument(
        "--model",
        default=None,
        help="embedding model: 'e5-small' (multilingual-e5-small, the default: best answers,"
        " ~1-3k characters a second on two cores), 'use' (Universal Sentence Encoder: ~20x"
        " faster to index, weaker on reworded questions), or any sentence-transformers model"
        " id or local folder; default: the index's own model, or e5-small for a new index",
    )
    p.add_argument("--mode", choices=modes, default="auto", help=mode_help)
    p.add_argument("--rebuild", action="store_true", help="embed everything again instead of updating")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--store",
        default=None,
        metavar="URI",
        help=STORE_HELP,
    )
    p.add_argument(
        "--from",
        dest="copy_from",
        default=None,
        metavar="FOLDER",
        help="copy an index folder into --store as it is (vectors and file records, no re-embedding)",
    )
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", help="find the passages that best match a query", **command)
    p.add_argument("query", help="words or a question, simplified or traditional Chinese")
    p.add_argument("-k", type=positive_int, default=5, help="how many passages")
    p.add_argument("--index", default=DEFAULT_INDEX, help="the index folder")
    p.add_argument(
        "--mode", choices=["hybrid", "bm25", "dense"], default="hybrid", help="BM25 and embeddings fused, or one alone"
    )
    p.add_argument("--store", default=None, metavar="URI", help=STORE_HELP)
    p.add_argument("--json", action="store_true", help="print the hits as JSON (UTF-8)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer a question with cited passages", **command)
    p.add_argument("question", help="the question, simplified or traditional Chinese")
    p.add_argument("-k", type=positive_int, default=5, help="passages retrieved (the best few are read for the answer)")
    p.add_argument("--index", default=DEFAULT_INDEX, help="the index folder")
    p.add_argument("--store", default=None, metavar="URI", help=STORE_HELP)
    p.add_argument("--json", action="store_true", help="print the answer and citations as JSON (UTF-8)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="measure retrieval and answers on a SQuAD-format file", **command)
    p.add_argument("dataset", help="SQuAD-format JSON (CMRC 2018, DRCD)")
    p.add_argument("--model", default=None, help="embedding model, as for qa index (default e5-small)")
    p.add_argument("--modes", default="hybrid,bm25,dense", help="comma-separated")
    p.add_argument("--limit", type=int, default=None, help="only the first N questions")
    p.add_argument("--no-answers", action="store_true", help="retrieval metrics only")
    p.add_argument(
        "--store",
        default=None,
        metavar="URI",
        help="measure through Milvus: index the file's contexts into this store (rebuilt) and search there",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `qa` command line.

    Returns:
        the process exit code: 0 on success, 1 on a reported error, 2 on bad usage.
    """
    for stream in (sys.stdout, sys.stderr):
        # Chinese is printed as UTF-8 whatever the terminal's locale says, and what no
        # UTF-8 holds (a file name's bytes that are not UTF-8, in JSON output) escaped.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # bare `qa`: say what it does
        parser.print_help()
        return 0
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
