"""The Evaluate tab of the web page: upload a test set, run it, read the summary and report.

Built inside the caller's `gr.Tabs()`; all the work is `assistant.evaluation.evaluate` over
the same service the chat uses. The report is shown in an iframe's srcdoc, so it needs no
second request (and no API key) to display.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.evaluation.runner import evaluate, new_run_dir
from assistant.evaluation.scoring import HIGHER_IS_BETTER, LOWER_IS_BETTER
from assistant.evaluation.testset import TestsetError, load_testset
from assistant.modes import AnswerMode
from qimma.page_files import NotAnUpload, uploaded_file

MAX_ITEMS = 500
KIND_COLUMNS = ("items", "hit@5", "mrr@10", "f1", "contains", "refusal_recall", "latency_p50_ms")


def _fmt(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else ("–" if value is None else value)


def summary_rows(summary: dict[str, Any]) -> list[list[Any]]:
    """[metric, value] rows of the overall summary, judge scores last."""
    overall = summary.get("overall") or {}
    rows = [[name, _fmt(overall.get(name))] for name in ("items", "answerable", "errors")]
    rows += [[name, _fmt(overall.get(name))] for name in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER)]
    judge = (summary.get("judge") or {}).get("overall") or {}
    rows += [[f"judge.{k}", _fmt(v)] for k, v in judge.items()]
    return rows


def kind_rows(summary: dict[str, Any]) -> list[list[Any]]:
    return [
        [kind, *(_fmt(group.get(c)) for c in KIND_COLUMNS)]
        for kind, group in (summary.get("per_kind") or {}).items()
    ]


def report_iframe(report_html: str) -> str:
    """The report inside a sandboxed iframe (its own styles cannot leak into the page)."""
    return (
        f'<iframe sandbox="" title="evaluation report" srcdoc="{html.escape(report_html)}" '
        'style="width:100%;height:80vh;border:1px solid #ddd;border-radius:6px"></iframe>'
    )


def run_evaluation(service: Any, path: str | None, mode: str, k: float, limit: float, progress):
    """Evaluate an uploaded test set: (status markdown, summary rows, kind rows, report html)."""
    if not path:
        return "⚠️ اختر ملف اختبار / choose a test set (.jsonl or .csv)", [], [], ""
    try:
        path = str(uploaded_file(path))
    except NotAnUpload as exc:
        return f"⚠️ {exc}", [], [], ""
    try:
        items = load_testset(path)
    except TestsetError as exc:
        lines = "\n".join(f"- line {n}: {why}" for n, why in exc.problems[:30])
        return f"⚠️ bad test set ({len(exc.problems)} bad line(s)):\n{lines}", [], [], ""
    limit = max(1, min(int(limit or MAX_ITEMS), MAX_ITEMS))
    items = items[:limit]
    run_id, out_dir = new_run_dir(service.settings.data_dir)
    progress(0, desc="…")

    def step(done: int, total: int, record: dict[str, Any]) -> None:
        progress(done / total, desc=f"{done}/{total}")

    try:
        summary = evaluate(
            service, items, out_dir, mode=mode, k=int(k), progress=step, testset=Path(path).name
        )
    except ValueError as exc:  # e.g. llm mode without a model
        return f"⚠️ {exc}", [], [], ""
    report = (out_dir / "report.html").read_text(encoding="utf-8")
    overall = summary["overall"]
    status = (
        f"✅ {overall['items']} questions · run `{run_id}` · [report](/v1/evaluate/{run_id}/report)"
    )
    return status, summary_rows(summary), kind_rows(summary), report_iframe(report)


def build_evaluate_tab(service: Any) -> None:
    """Add the «تقييم / Evaluate» tab to the enclosing gr.Tabs()."""
    settings = service.settings
    with gr.Tab("تقييم / Evaluate", id="evaluate", elem_id="qimma-evaluate-tab"):
        gr.Markdown(
            "Upload a test set (`.jsonl` or `.csv`: question, answers, gold_docs, kind) to "
            "score retrieval, answers, citations and refusals on the indexed articles. "
            f"At most {MAX_ITEMS} questions per run."
        )
        with gr.Row():
            testset = gr.File(
                label="Test set", file_types=[".jsonl", ".csv"], type="filepath", scale=2
            )
            with gr.Column(scale=1):
                modes = [AnswerMode.OFFLINE.value]
                if settings.llm_configured:
                    modes.append(AnswerMode.LLM.value)
                mode = gr.Radio(modes, value=settings.answer_mode, label="Mode")
                k = gr.Slider(1, 20, value=settings.top_k, step=1, label="k (passages)")
                limit = gr.Number(
                    value=100, precision=0, minimum=1, maximum=MAX_ITEMS, label="Max questions"
                )
        run = gr.Button(
            "Run evaluation / ابدأ التقييم", variant="primary", elem_id="qimma-eval-run"
        )
        status = gr.Markdown(elem_id="qimma-eval-status")
        with gr.Row():
            table = gr.Dataframe(
                headers=["metric", "value"],
                interactive=False,
                label="Summary",
                elem_id="qimma-eval-summary",
            )
            kinds = gr.Dataframe(
                headers=["kind", *KIND_COLUMNS], interactive=False, label="Per kind"
            )
        report = gr.HTML(elem_id="qimma-eval-report")

        def on_run(path, mode_value, k_value, limit_value, progress=gr.Progress()):  # noqa: B008
            return run_evaluation(service, path, mode_value, k_value, limit_value, progress)

        run.click(on_run, [testset, mode, k, limit], [status, table, kinds, report])
