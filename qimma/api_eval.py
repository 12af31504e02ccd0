"""`POST /v1/evaluate`: run an uploaded test set through the service and return its summary.

The evaluation runs synchronously (FastAPI runs this sync endpoint in its thread pool), so
the number of items is capped. Runs are kept under the data directory with generated ids;
`GET /v1/evaluate/{run_id}/report` serves a run's HTML report and never touches a path the
client chose.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse

from assistant.modes import MODE_CHOICES
from qimma.api_models import EvaluationSummary
from qimma.evaluation.runner import evaluate, new_run_dir, served_run_dir
from qimma.evaluation.testset import parse_testset
from qimma.evaluation.types import EvalRun

MAX_ITEMS = 500
SUFFIXES = (".jsonl", ".csv")

router = APIRouter(tags=["evaluation"])


def _service(request: Request) -> Any:
    service = getattr(request.app.state, "service", None)
    if service is None:
        raise HTTPException(503, "the evaluation service is not configured")
    return service


def _read_upload(file: UploadFile, max_bytes: int) -> str:
    name = file.filename or ""
    if not name.lower().endswith(SUFFIXES):
        raise HTTPException(400, f"test set must be a .jsonl or .csv file, got {name!r}")
    data = file.file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise HTTPException(413, f"test set larger than {max_bytes // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "test set is not UTF-8 text") from None


@router.post("/v1/evaluate")
def evaluate_testset(
    request: Request,
    file: Annotated[UploadFile, File(description="A test set, .jsonl or .csv")],
    mode: Annotated[
        str | None, Form(description="offline, llm or auto (default: server's)")
    ] = None,
    k: Annotated[int | None, Form(ge=1, le=50, description="Passages per answer")] = None,
    limit: Annotated[
        int | None, Form(ge=1, le=MAX_ITEMS, description=f"First N items (at most {MAX_ITEMS})")
    ] = None,
) -> EvaluationSummary:
    """Evaluate a test set; the summary (overall, per kind, config) plus `report_url`."""
    service = _service(request)
    if mode not in (None, "", *MODE_CHOICES):
        raise HTTPException(400, f"mode must be offline, llm or auto, not {mode!r}")
    text = _read_upload(file, service.max_bytes)
    items, problems = parse_testset(text, file.filename or "testset.jsonl")
    if problems:
        lines = "; ".join(f"line {n}: {why}" for n, why in problems[:50])
        raise HTTPException(400, f"bad test set ({len(problems)} bad line(s)): {lines}")
    total = len(items)
    items = items[: min(limit or MAX_ITEMS, MAX_ITEMS)]
    run_id, out_dir = new_run_dir(service.settings.data_dir)
    summary = evaluate(service, items, out_dir, mode=mode or None, k=k, testset=file.filename or "")
    return EvaluationSummary.model_validate(
        {
            **summary,
            "run_id": run_id,
            "items_in_file": total,
            "truncated": len(items) < total,
            "report_url": f"/v1/evaluate/{run_id}/report",
        }
    )


def _run(request: Request, run_id: str) -> EvalRun:
    service = _service(request)
    folder = served_run_dir(service.settings.data_dir, run_id)
    if folder is None or not (folder / "summary.json").is_file():
        raise HTTPException(404, f"no evaluation run {run_id!r}")
    return EvalRun(folder)


@router.get("/v1/evaluate/{run_id}")
def evaluation_summary(request: Request, run_id: str) -> EvaluationSummary:
    """The summary of an earlier run."""
    run = _run(request, run_id)
    return EvaluationSummary.model_validate(
        {**run.summary, "run_id": run_id, "report_url": f"/v1/evaluate/{run_id}/report"}
    )


@router.get("/v1/evaluate/{run_id}/report", response_class=HTMLResponse)
def evaluation_report(request: Request, run_id: str) -> HTMLResponse:
    """The self-contained HTML report of a run."""
    run = _run(request, run_id)
    if not run.report_path.is_file():
        raise HTTPException(404, f"run {run_id!r} has no report")
    return HTMLResponse(run.report_path.read_text(encoding="utf-8"))
