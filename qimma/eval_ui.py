"""The Evaluate tab of the web page: upload a test set, run it, read the summary and report.

Built inside the caller's `gr.Tabs()`; all the work is `qimma.evaluation.evaluate` over
the same service the chat uses. The report is shown in an iframe's srcdoc, so it needs no
second request (and no API key) to display.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.modes import AnswerMode
from qimma.evaluation.runner import evaluate, new_run_dir
from qimma.evaluation.scoring import HIGHER_IS_BETTER, LOWER_IS_BETTER
from qimma.evaluation.testset import TestsetError, load_testset
from qimma.page_files import NotAnUpload, uploaded_file

if TYPE_CHECKING:
    from assistant.service import QimmaService

MAX_ITEMS = 500
KIND_COLUMNS = ("items", "hit@5", "mrr@10", "f1", "contains", "refusal_recall", "latency_p50_ms")

# the tab's words; metric names keep their English key beside the Arabic so that they match
# the report, the CLI and the README
EVAL_TEXT: dict[str, dict[str, Any]] = {
    "ar": {
        "tab": "التقييم",
        "intro": "ارفع ملف اختبار (`.jsonl` أو `.csv`: السؤال، الإجابات، المقالات الذهبية، النوع) "
        "لقياس الاسترجاع والإجابات والاستشهادات والرفض على المقالات المفهرسة. "
        f"{MAX_ITEMS} سؤال على الأكثر في كل تشغيل.",
        "testset": "ملف الاختبار",
        "mode": "وضع الإجابة",
        "k": "عدد المقاطع (k)",
        "limit": "أقصى عدد من الأسئلة",
        "run": "ابدأ التقييم",
        "summary": "الملخص",
        "per_kind": "حسب النوع",
        "metric": "المقياس",
        "value": "القيمة",
        "kind": "النوع",
        "choose": "⚠️ اختر ملف اختبار (.jsonl أو .csv).",
        "bad": "⚠️ ملف الاختبار فيه {n} سطر غير صالح:",
        "line": "السطر",
        "done": "✅ {n} سؤال · التشغيل `{run}` · [التقرير](/v1/evaluate/{run}/report)",
    },
    "en": {
        "tab": "Evaluate",
        "intro": "Upload a test set (`.jsonl` or `.csv`: question, answers, gold_docs, kind) to "
        "score retrieval, answers, citations and refusals on the indexed articles. "
        f"At most {MAX_ITEMS} questions per run.",
        "testset": "Test set",
        "mode": "Mode",
        "k": "k (passages)",
        "limit": "Max questions",
        "run": "Run evaluation",
        "summary": "Summary",
        "per_kind": "Per kind",
        "metric": "metric",
        "value": "value",
        "kind": "kind",
        "choose": "⚠️ Choose a test set (.jsonl or .csv).",
        "bad": "⚠️ Bad test set ({n} bad line(s)):",
        "line": "line",
        "done": "✅ {n} questions · run `{run}` · [report](/v1/evaluate/{run}/report)",
    },
}
METRIC_AR = {
    "items": "الأسئلة",
    "answerable": "لها إجابة",
    "errors": "أخطاء",
    "hit@1": "إصابة في الأول",
    "hit@5": "إصابة في أول 5",
    "hit@10": "إصابة في أول 10",
    "mrr@10": "متوسط مقلوب الرتبة",
    "recall@5": "استدعاء في أول 5",
    "recall@10": "استدعاء في أول 10",
    "exact_match": "تطابق تام",
    "f1": "F1 الكلمات",
    "contains": "تحتوي المرجع",
    "citation_precision": "دقة الاستشهاد",
    "citation_recall": "استدعاء الاستشهاد",
    "citations_supported": "استشهادات موثّقة",
    "refusal_precision": "دقة الرفض",
    "refusal_recall": "استدعاء الرفض",
    "wrong_refusal_rate": "رفض خاطئ",
    "error_rate": "نسبة الأخطاء",
    "latency_p50_ms": "زمن الوسيط (ملّي ث)",
    "latency_p95_ms": "زمن p95 (ملّي ث)",
}
MODE_WORDS = {"ar": {"offline": "دون اتصال", "llm": "نموذج لغوي"}, "en": {}}


def metric_name(name: str, lang: str) -> str:
    """A metric's name in the page's language (Arabic keeps the key: "دقة الرفض (refusal_precision)")."""
    arabic = METRIC_AR.get(name)
    return f"{arabic} ({name})" if lang == "ar" and arabic else name


def _fmt(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else ("–" if value is None else value)


def summary_rows(summary: dict[str, Any], lang: str = "en") -> list[list[Any]]:
    """[metric, value] rows of the overall summary, judge scores last."""
    overall = summary.get("overall") or {}
    names = ("items", "answerable", "errors", *HIGHER_IS_BETTER, *LOWER_IS_BETTER)
    rows = [[metric_name(name, lang), _fmt(overall.get(name))] for name in names]
    judge = (summary.get("judge") or {}).get("overall") or {}
    rows += [[f"judge.{k}", _fmt(v)] for k, v in judge.items()]
    return rows


def kind_rows(summary: dict[str, Any]) -> list[list[Any]]:
    return [
        [kind, *(_fmt(group.get(c)) for c in KIND_COLUMNS)]
        for kind, group in (summary.get("per_kind") or {}).items()
    ]


def kind_headers(lang: str) -> list[str]:
    return [EVAL_TEXT[lang]["kind"], *(metric_name(c, lang) for c in KIND_COLUMNS)]


def report_iframe(report_html: str) -> str:
    """The report inside a sandboxed iframe (its own styles cannot leak into the page)."""
    return (
        f'<iframe sandbox="" title="evaluation report" srcdoc="{html.escape(report_html)}" '
        'style="width:100%;height:80vh;border:1px solid #ddd;border-radius:6px"></iframe>'
    )


def _table(rows: list[list[Any]], headers: list[str]) -> dict[str, Any]:
    return {"data": rows, "headers": headers}


def run_evaluation(
    service: QimmaService,
    path: str | None,
    mode: str,
    k: float,
    limit: float,
    progress,
    lang: str = "en",
):
    """Evaluate an uploaded test set: (status markdown, summary rows, kind rows, report html)."""
    t = EVAL_TEXT["ar" if lang == "ar" else "en"]
    summary_headers = [t["metric"], t["value"]]
    empty = (_table([], summary_headers), _table([], kind_headers(lang)), "")
    if not path:
        return (t["choose"], *empty)
    try:
        path = str(uploaded_file(path))
    except NotAnUpload as exc:
        return f"⚠️ {exc}", [], [], ""
    try:
        items = load_testset(path)
    except TestsetError as exc:
        lines = "\n".join(f"- {t['line']} {n}: {why}" for n, why in exc.problems[:30])
        return (t["bad"].format(n=len(exc.problems)) + "\n" + lines, *empty)
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
        return (f"⚠️ {exc}", *empty)
    report = (out_dir / "report.html").read_text(encoding="utf-8")
    status = t["done"].format(n=summary["overall"]["items"], run=run_id)
    return (
        status,
        _table(summary_rows(summary, lang), summary_headers),
        _table(kind_rows(summary), kind_headers(lang)),
        report_iframe(report),
    )


def build_evaluate_tab(service: QimmaService, lang_state: Any = None) -> dict[str, Any]:
    """Add the Evaluate tab to the enclosing gr.Tabs(); returns its parts for relabelling."""
    settings = service.settings
    t = EVAL_TEXT["ar"]
    parts: dict[str, Any] = {}
    with gr.Tab(t["tab"], id="evaluate", elem_id="qimma-evaluate-tab") as tab:
        parts["tab"] = tab
        parts["intro"] = gr.Markdown(t["intro"], elem_id="qimma-eval-intro")
        with gr.Row(elem_classes="qimma-stack"):
            parts["testset"] = gr.File(
                label=t["testset"],
                file_types=[".jsonl", ".csv"],
                type="filepath",
                scale=2,
                elem_id="qimma-eval-file",
            )
            with gr.Column(scale=1, min_width=0):
                modes = [AnswerMode.OFFLINE.value]
                if settings.llm_configured:
                    modes.append(AnswerMode.LLM.value)
                parts["mode"] = gr.Radio(modes, value=settings.answer_mode, label=t["mode"])
                parts["k"] = gr.Slider(1, 20, value=settings.top_k, step=1, label=t["k"])
                parts["limit"] = gr.Number(
                    value=100, precision=0, minimum=1, maximum=MAX_ITEMS, label=t["limit"]
                )
        parts["run"] = gr.Button(t["run"], variant="primary", elem_id="qimma-eval-run")
        status = gr.Markdown(elem_id="qimma-eval-status")
        with gr.Row(elem_classes="qimma-stack"):
            parts["summary"] = gr.Dataframe(
                headers=[t["metric"], t["value"]],
                interactive=False,
                label=t["summary"],
                elem_id="qimma-eval-summary",
                min_width=0,
            )
            parts["kinds"] = gr.Dataframe(
                headers=kind_headers("ar"),
                interactive=False,
                label=t["per_kind"],
                elem_id="qimma-eval-kinds",
                min_width=0,
            )
        report = gr.HTML(elem_id="qimma-eval-report")

        def on_run(path, mode_value, k_value, limit_value, lang, progress=gr.Progress()):  # noqa: B008
            return run_evaluation(
                service, path, mode_value, k_value, limit_value, progress, lang or "en"
            )

        def on_run_en(path, mode_value, k_value, limit_value, progress=gr.Progress()):  # noqa: B008
            return run_evaluation(service, path, mode_value, k_value, limit_value, progress)

        inputs = [parts["testset"], parts["mode"], parts["k"], parts["limit"]]
        outputs = [status, parts["summary"], parts["kinds"], report]
        if lang_state is not None:
            parts["run"].click(on_run, [*inputs, lang_state], outputs)
        else:  # a page without a language toggle
            parts["run"].click(on_run_en, inputs, outputs)
    return parts


def relabel_evaluate(lang: str) -> tuple:
    """Updates for the parts `build_evaluate_tab` returns, in its order, in `lang`."""
    t = EVAL_TEXT["ar" if lang == "ar" else "en"]
    return (
        gr.update(label=t["tab"]),
        t["intro"],
        gr.update(label=t["testset"]),
        gr.update(label=t["mode"]),
        gr.update(label=t["k"]),
        gr.update(label=t["limit"]),
        gr.update(value=t["run"]),
        # Gradio takes new headers with a value; a language switch empties the tables
        gr.update(label=t["summary"], value=_table([], [t["metric"], t["value"]])),
        gr.update(label=t["per_kind"], value=_table([], kind_headers(lang))),
    )
