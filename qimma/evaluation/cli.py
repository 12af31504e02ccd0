"""The `qimma eval` and `qimma testset` commands (parsers and handlers, hooked into qimma/cli.py).

`qimma eval TESTSET` and `qimma eval compare RUN_A RUN_B` share one parser: argparse cannot
mix a positional argument with sub-commands, so `eval` takes its words as `targets` and a
first word `compare` selects the comparison (a test set literally named "compare" can be
given as ./compare).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.modes import MODE_CHOICES, AnswerMode
from qimma.cli_common import common_arguments, service_from
from qimma.evaluation.scoring import HIGHER_IS_BETTER, JUDGE_METRICS, LOWER_IS_BETTER

EVAL_HELP = "Evaluate answers on a test set, or compare two evaluation runs."
EVAL_EPILOG = f"""usage forms:
  qimma eval TESTSET [options]       answer every item of a .jsonl/.csv test set and score it;
                                     writes results.jsonl, summary.json, report.html to --out
  qimma eval compare RUN_A RUN_B     what got better and worse from run A to run B, item by item

test set lines: {{"id", "question", "answers": [...], "gold_docs": [...], "kind", "history"}}
(empty answers and gold_docs = an unanswerable question that should be refused).

metrics for --fail-under (higher is better):
  {", ".join(HIGHER_IS_BETTER)}
  judge metrics (with --judge): {", ".join(JUDGE_METRICS)}
metrics for --fail-over (lower is better):
  {", ".join(LOWER_IS_BETTER)}

exit status: 0 all bars met, 1 a bar missed, 2 bad arguments or a bad test set.
Configuration is also read from QIMMA_* environment variables (see README)."""

TESTSET_HELP = "Build test sets: convert XQuAD-ar, or draft one from the indexed articles."

ServiceFactory = Callable[[argparse.Namespace], Any]


def _dispatch_eval(args: argparse.Namespace) -> int:
    """`qimma eval TESTSET`, `qimma eval compare RUN_A RUN_B` or `qimma eval cards GOLD`."""
    if args.targets[0] == "compare":
        return run_compare_command(args)
    if args.targets[0] == "cards":
        from qimma.cli_events import run_eval_cards_command

        return run_eval_cards_command(args, service_from)
    return run_eval_command(args, service_from)


def _testset(args: argparse.Namespace) -> int:
    return run_testset_command(args, service_from)


def add_eval_arguments(sub: Any) -> None:
    """Add the `eval` and `testset` sub-commands to the main parser's subparsers."""
    common = common_arguments
    p = sub.add_parser(
        "eval",
        usage="qimma eval [options] TESTSET\n       qimma eval compare RUN_A RUN_B",
        help=EVAL_HELP,
        description=EVAL_HELP,
        epilog=EVAL_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(p)
    p.add_argument(
        "targets",
        nargs="+",
        metavar="TESTSET | compare RUN_A RUN_B",
        help="a test set file, or `compare` and two run folders",
    )
    p.add_argument("--mode", choices=MODE_CHOICES, help="answerer (default auto)")
    p.add_argument("-k", type=int, default=None, help="passages per answer (default $QIMMA_TOP_K)")
    p.add_argument("--out", metavar="DIR", help="run folder (default runs/<timestamp>-<testset>)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N items")
    p.add_argument(
        "--judge", action="store_true", help="also LLM-judged faithfulness, relevancy, correctness"
    )
    p.add_argument(
        "--fail-under",
        action="append",
        default=[],
        metavar="METRIC=VALUE",
        help="exit 1 when an overall metric is below VALUE (repeatable)",
    )
    p.add_argument(
        "--fail-over",
        action="append",
        default=[],
        metavar="METRIC=VALUE",
        help="exit 1 when a lower-is-better metric is above VALUE (repeatable)",
    )
    p.add_argument(
        "--json", action="store_true", help="print summary.json (or the comparison) as JSON"
    )

    p.set_defaults(func=_dispatch_eval)

    t = sub.add_parser("testset", help=TESTSET_HELP, description=TESTSET_HELP)
    tsub = t.add_subparsers(dest="testset_command", metavar="{xquad,generate}", required=True)
    x = tsub.add_parser(
        "xquad",
        help="write xquad-ar.jsonl and xquad-en.jsonl from XQuAD-ar",
        description="Convert XQuAD-ar into Arabic and English test sets (same question ids). "
        "Evaluate them on an index holding the XQuAD corpus: "
        "qimma ingest --data-dir DIR XQUAD/corpus.jsonl",
    )
    common(x)
    x.add_argument(
        "--xquad",
        required=True,
        metavar="DIR",
        help="folder with corpus.jsonl, qa.jsonl, qa_en.jsonl",
    )
    x.add_argument("--out", required=True, metavar="DIR", help="where to write the test sets")
    x.add_argument("--limit", type=int, metavar="N", help="sample N questions (default all)")
    x.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
    x.set_defaults(func=_testset)
    g = tsub.add_parser(
        "generate",
        help="draft a test set from the indexed articles (review it!)",
        description="Draft questions from the indexed articles: by the LLM when one is "
        "configured, else offline fill-in questions (متى/كم/أين/من). The draft must be reviewed.",
    )
    common(g)
    g.add_argument(
        "--out",
        metavar="FILE",
        default="testsets/generated-draft.jsonl",
        help="output .jsonl (default testsets/generated-draft.jsonl)",
    )
    g.add_argument("-n", type=int, default=20, help="how many questions (default 20)")
    g.add_argument(
        "--mode",
        choices=MODE_CHOICES,
        help="offline = fill-in questions even when an LLM is configured",
    )
    g.set_defaults(func=_testset)


# ------------------------------------------------------------------------------- eval
def _print_summary(summary: dict[str, Any], run_dir: Path) -> None:
    overall = summary["overall"]
    config = summary.get("config") or {}
    print(
        f"{overall['items']} items ({overall['answerable']} answerable, "
        f"{overall['unanswerable']} unanswerable, {overall['errors']} errors), "
        f"mode {config.get('mode')}, k {config.get('k')}"
    )
    for name in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER, "answer_words", "tokens_per_item"):
        value = overall.get(name)
        if value is not None:
            print(f"  {name:<22}{value:>10.4g}")
    judge = (summary.get("judge") or {}).get("overall")
    if judge:
        for name in JUDGE_METRICS:
            if judge.get(name) is not None:
                print(f"  judge.{name:<16}{judge[name]:>10.4g}")
    _print_kinds(summary.get("per_kind") or {})
    print(f"results: {run_dir / 'results.jsonl'}")
    print(f"report:  {run_dir / 'report.html'}")


KIND_COLUMNS = ("contains", "f1", "citation_precision", "citation_recall", "refusal_recall")


def _print_kinds(per_kind: dict[str, dict[str, Any]]) -> None:
    """Answer metrics per question kind (field, list, count, temporal, compare, …)."""
    if len(per_kind) < 2:
        return
    print(f"  {'kind':<14}{'items':>6}" + "".join(f"{c[:12]:>13}" for c in KIND_COLUMNS))
    for kind, metrics in per_kind.items():
        cells = [metrics.get(c) for c in KIND_COLUMNS]
        row = "".join(f"{'-':>13}" if v is None else f"{v:>13.3f}" for v in cells)
        print(f"  {kind:<14}{metrics['items']:>6}{row}")


def _tqdm_progress(total: int) -> tuple[Callable[[int, int, dict[str, Any]], None], Any]:
    from tqdm import tqdm

    bar = tqdm(total=total, unit="q", desc="eval", file=sys.stderr, disable=None)

    def progress(done: int, total: int, record: dict[str, Any]) -> None:
        bar.update(1)
        if record.get("error"):
            bar.write(f"error on {record['id']}: {record['error']}", file=sys.stderr)

    return progress, bar


def run_eval_command(args: argparse.Namespace, service_factory: ServiceFactory) -> int:  # noqa: C901 - argument checks in the order the user sees them
    """`qimma eval TESTSET`: exit 0, 1 (a bar missed) or 2 (bad arguments / test set)."""
    from qimma.evaluation.runner import default_run_dir, evaluate
    from qimma.evaluation.scoring import check_bars, parse_bars
    from qimma.evaluation.testset import TestsetError, load_testset

    if len(args.targets) != 1:
        print("qimma eval: give one test set (or: qimma eval compare RUN_A RUN_B)", file=sys.stderr)
        return 2
    try:
        under = parse_bars(args.fail_under, (*HIGHER_IS_BETTER, *JUDGE_METRICS))
        over = parse_bars(args.fail_over, LOWER_IS_BETTER)
    except ValueError as exc:
        print(f"qimma eval: {exc}", file=sys.stderr)
        return 2
    if any(name in JUDGE_METRICS for name in under) and not args.judge:
        print("qimma eval: judge metrics need --judge", file=sys.stderr)
        return 2
    testset = args.targets[0]
    try:
        items = load_testset(testset)
    except TestsetError as exc:
        print(f"qimma eval: {exc.path}: {len(exc.problems)} bad line(s)", file=sys.stderr)
        for number, reason in exc.problems:
            print(f"  line {number}: {reason}", file=sys.stderr)
        return 2
    if args.limit is not None:
        items = items[: max(0, args.limit)]
    run_dir = Path(args.out) if args.out else default_run_dir(testset)
    service = service_factory(args)
    progress, bar = _tqdm_progress(len(items))
    try:
        summary = evaluate(
            service,
            items,
            run_dir,
            mode=args.mode,
            k=args.k,
            progress=progress,
            judge=args.judge,
            testset=testset,
        )
    finally:
        bar.close()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _print_summary(summary, run_dir)
    failures = check_bars(summary, under, over)
    for message in failures:
        print(f"FAIL {message}", file=sys.stderr)
    if failures:
        return 1
    if under or over:
        print(f"all {len(under) + len(over)} bar(s) met")
    return 0


def run_compare_command(args: argparse.Namespace) -> int:
    """`qimma eval compare RUN_A RUN_B`: metric deltas and items that changed (exit 0)."""
    from qimma.evaluation.compare import compare_runs, format_comparison
    from qimma.evaluation.types import EvalRun

    paths = args.targets[1:]
    if len(paths) != 2:
        print("qimma eval compare: give two run folders: RUN_A RUN_B", file=sys.stderr)
        return 2
    diff = compare_runs(EvalRun.load(paths[0]), EvalRun.load(paths[1]))
    if getattr(args, "json", False):
        print(json.dumps(diff, ensure_ascii=False, indent=2))
    else:
        print(format_comparison(diff))
    return 0


# ---------------------------------------------------------------------------- testset
def run_testset_command(args: argparse.Namespace, service_factory: ServiceFactory) -> int:
    """`qimma testset xquad ...` and `qimma testset generate ...`."""
    from qimma.evaluation.testset import write_testset

    if args.testset_command == "xquad":
        from qimma.evaluation.xquad import build_xquad_sets

        paths = build_xquad_sets(args.xquad, args.out, limit=args.limit, seed=args.seed)
        for lang, path in paths.items():
            count = sum(1 for _ in path.open(encoding="utf-8"))
            print(f"{lang}: {path} ({count} questions)")
        corpus = Path(args.xquad) / "corpus.jsonl"
        print(
            f"gold_docs are paragraph ids: evaluate on an index of {corpus}, e.g.\n"
            f"  qimma ingest --data-dir DIR {corpus}\n"
            f"  qimma eval --data-dir DIR {paths['ar']}"
        )
        return 0
    from qimma.evaluation.generate import DRAFT_NOTICE, draft_testset

    service = service_factory(args)
    use_llm = None if args.mode in (None, AnswerMode.AUTO) else args.mode == AnswerMode.LLM
    if use_llm and not service.settings.llm_configured:
        raise ValueError("--mode llm needs QIMMA_LLM_MODEL (and OPENAI_BASE_URL)")
    items = draft_testset(service, n=args.n, use_llm=use_llm)
    path = write_testset(items, args.out)
    print(f"wrote {len(items)} draft questions to {path}")
    print(DRAFT_NOTICE, file=sys.stderr)
    return 0
