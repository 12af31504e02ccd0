"""The `qimma` command: ingest, inspect, search, ask, chat, serve and evaluate."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # each command imports what it needs when it runs: --help loads nothing
    pass
from assistant.modes import MODE_CHOICES
from qimma.cli_common import common_arguments as _common
from qimma.cli_common import print_json as _print_json
from qimma.cli_common import service_from as _service
from qimma.cli_common import settings_from as _settings
from qimma.cli_events import add_events_parser, iso_date_argument

EPILOG = "Configuration is also read from QIMMA_* environment variables (see README)."


def _read_questions(path: str) -> list[str]:
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


# ------------------------------------------------------------------ commands
def cmd_ingest(args: argparse.Namespace) -> int:
    from assistant.config import sample_articles_dir
    from assistant.errors import StorageFullError

    service = _service(args)
    paths = args.paths or [str(sample_articles_dir())]
    try:
        report = service.ingest(paths, progress=not args.json, replace=args.replace, date=args.date)
    except StorageFullError as exc:
        print(f"qimma ingest: {exc}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(report.to_dict())
    else:
        for line in report.summary_lines():
            print(line)
    if report.whole_run_failed or (args.strict and report.failed):
        return 1
    return 0


def cmd_upload(args: argparse.Namespace) -> int:
    """Index files exactly as the server's upload would (names, limits, replace rule)."""
    from contextlib import ExitStack

    service = _service(args)
    with ExitStack() as stack:
        files = [(Path(p).name, stack.enter_context(open(p, "rb"))) for p in args.files]
        report = service.ingest_uploads(files, replace=args.replace)
    if args.json:
        _print_json(report.to_dict())
    else:
        for f in report.files:
            why = f" ({'; '.join(f.reasons)})" if f.reasons else ""
            print(f"{f.filename} → {f.doc_id}: {f.status}{why}")
    return 1 if report.all_failed else 0


def cmd_docs(args: argparse.Namespace) -> int:
    from assistant.library import list_documents

    docs = list_documents(_settings(args))
    if args.json:
        _print_json([d.to_dict() for d in docs])
        return 0
    if not docs:
        print("no articles indexed (run: qimma ingest)")
        return 0
    print(f"{'id':<40} {'chunks':>6}  {'date':<10}  title / source")
    for d in docs:
        print(f"{d.doc_id:<40} {d.chunks:>6}  {d.date[:10]:<10}  {d.title}")
        print(f"{'':<40} {'':>6}  {'':<10}  {d.source}")
    print(f"{len(docs)} articles")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    removed, missing = _service(args).remove(args.ids)
    for doc_id in removed:
        print(f"removed {doc_id}")
    for doc_id in missing:
        print(f"not found: {doc_id}", file=sys.stderr)
    return 1 if missing else 0


def _hit_lines(rank: int, hit) -> list[str]:
    snippet = " ".join(hit.text.split())
    if len(snippet) > 300:
        snippet = snippet[:300] + " …"
    return [
        f"{rank}. [{hit.score:.4f}] {hit.title}  ({hit.doc_id})",
        f"   {hit.source}  chars {hit.start}-{hit.end}",
        f"   {snippet}",
    ]


def cmd_search(args: argparse.Namespace) -> int:
    service = _service(args)
    if args.questions:
        for question in _read_questions(args.questions):
            hits = service.search(question, args.k)
            _print_json({"question": question, "hits": [h.to_dict() for h in hits]})
        return 0
    if not args.query:
        print("qimma search: give a question or --questions FILE", file=sys.stderr)
        return 2
    hits = service.search(args.query, args.k)
    if args.json:
        _print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        print("no passages found")
    for rank, hit in enumerate(hits, 1):
        print("\n".join(_hit_lines(rank, hit)))
    return 0


def _print_answer(answer) -> None:
    from qimma.cli_render import terminal_text

    print(terminal_text(answer.answer))
    if answer.citations:
        print()
        print("Sources:" if answer.language == "en" else "المصادر:")
        for c in answer.citations:
            flag = "" if c.supported else "  (unverified)"
            print(f"[{c.marker}] {c.title} — {c.source} (chars {c.start}-{c.end}){flag}")


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.errors import LLMError

    service = _service(args)
    questions = _read_questions(args.questions) if args.questions else [args.question]
    if not questions or not questions[0]:
        print("qimma ask: give a question or --questions FILE", file=sys.stderr)
        return 2
    status = 0
    for question in questions:
        try:
            answer = service.ask(question, conversation_id=args.conversation, k=args.k)
        except LLMError as exc:
            print(f"qimma ask: {exc}", file=sys.stderr)
            status = 1
            continue
        if args.json or args.questions:
            out = answer.to_dict()
            if args.questions:
                out = {"question": question, **out}
            _print_json(out)
        else:
            _print_answer(answer)
    return status


def cmd_chat(args: argparse.Namespace) -> int:
    from assistant.errors import LLMError
    from qimma.cli_render import BoldFilter, uses_ansi

    service = _service(args)
    service.ingest_samples_if_empty()
    conv = service.conversations.get_or_new(args.conversation)
    print(f"Qimma — {service.mode_label()} — conversation {conv.id}")
    print("Ask in Arabic or English; an empty line or Ctrl-D quits.")
    while True:
        try:
            question = input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question or question in {"/exit", "/quit"}:
            return 0
        try:
            answer = None
            bold = BoldFilter(uses_ansi())
            for item in service.ask_stream(question, conversation_id=conv.id, k=args.k):
                if isinstance(item, str):
                    print(bold.feed(item), end="", flush=True)
                else:
                    answer = item
            print(bold.close())
            if answer is not None and answer.citations:
                for c in answer.citations:
                    flag = "" if c.supported else "  (unverified)"
                    print(f"  [{c.marker}] {c.title} — {c.source}{flag}")
        except LLMError as exc:
            print(f"error: {exc}")


def cmd_serve(args: argparse.Namespace) -> int:
    from qimma.server import serve

    return serve(_settings(args), host=args.host, port=args.port, access_log=args.access_log)


# -------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qimma",
        description="Qimma (قمة): answers questions about summits from news articles, with citations.",
        epilog=EPILOG,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_, epilog=EPILOG)
        _common(p)
        p.set_defaults(func=func)
        return p

    p = add(
        "ingest",
        cmd_ingest,
        "Index article files or folders (default: the built-in sample articles).",
    )
    p.add_argument(
        "paths",
        nargs="*",
        help=".txt .md .html .pdf .docx .jsonl files (or .gz of any) or folders (recursive)",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any file fails")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace articles whose id belongs to another source (refused otherwise)",
    )
    p.add_argument(
        "--date",
        type=iso_date_argument,
        metavar="YYYY-MM-DD",
        help="publication date of articles that state none (relative dates resolve against it)",
    )

    p = add("upload", cmd_upload, "Index files as the server's upload does (same names, limits).")
    p.add_argument("files", nargs="+", help=".txt .md .html .pdf .docx .jsonl files")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--replace", action="store_true", help="replace another source's articles")

    p = add("docs", cmd_docs, "List the indexed articles.")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("remove", cmd_remove, "Delete articles and all their passages.")
    p.add_argument("ids", nargs="+", help="article ids as listed by `qimma docs`")

    p = add("search", cmd_search, "Print the passages that best match a question.")
    p.add_argument("query", nargs="?", help="the question")
    p.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--questions",
        metavar="FILE",
        help="one question per line (- for stdin); one JSON line each",
    )

    for name, func, help_ in (
        ("ask", cmd_ask, "Answer a question with numbered sources."),
        ("chat", cmd_chat, "Chat in the terminal, with history."),
    ):
        p = add(name, func, help_)
        if name == "ask":
            p.add_argument("question", nargs="?", help="the question")
            p.add_argument(
                "--json",
                action="store_true",
                help="print {answer, refused, citations, mode, timings}",
            )
            p.add_argument(
                "--questions",
                metavar="FILE",
                help="one question per line (- for stdin); one JSON line each",
            )
        p.add_argument(
            "-k", type=int, default=None, help="passages retrieved (default $QIMMA_TOP_K or 5)"
        )
        p.add_argument(
            "--mode",
            choices=MODE_CHOICES,
            help="answerer (default auto: LLM when configured)",
        )
        p.add_argument("--conversation", metavar="ID", help="continue this conversation")

    p = add(
        "serve",
        cmd_serve,
        "Serve the web page and the HTTP API (ingests the samples on first start).",
    )
    p.add_argument(
        "--host",
        default=os.environ.get("QIMMA_HOST", "127.0.0.1"),
        help="address (default 127.0.0.1)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("QIMMA_PORT", "7860")),
        help="port (default 7860)",
    )
    p.add_argument("--mode", choices=MODE_CHOICES, help="answerer (default auto)")
    p.add_argument(
        "--no-access-log",
        dest="access_log",
        action="store_false",
        help="do not log one line per request (method, path, status, ms)",
    )

    add_events_parser(sub, _common, _service)
    _add_eval_parsers(sub)
    return parser


def _add_eval_parsers(sub) -> None:
    from qimma.evaluation.cli import add_eval_arguments

    add_eval_arguments(sub)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args) or 0
    except (ValueError, FileNotFoundError) as exc:
        print(f"qimma {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
