"""Run a test set through the service, one item at a time, writing results as they come.

`results.jsonl` gets one flushed line per item the moment it is answered, so a crash, a
Ctrl-C or a dead LLM server on item 300 keeps the 299 answers already paid for. An exception
on one item is recorded as that item's error and the run goes on.
"""

from __future__ import annotations

import json
import logging
import re
import time
import traceback
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.modes import AnswerMode
from qimma.evaluation.scoring import RETRIEVAL_DEPTH, score_item, summarize
from qimma.evaluation.testset import TestItem
from qimma.evaluation.types import EvalRun

if TYPE_CHECKING:
    from assistant.service import QimmaService

log = logging.getLogger(__name__)

Progress = Callable[[int, int, dict[str, Any]], None]


def default_run_dir(testset: str | Path, base: str | Path = "runs") -> Path:
    """runs/<timestamp>-<testset stem>: every run gets its own folder, sorted by time."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path(base) / f"{stamp}-{Path(testset).stem}"


RUN_ID_RE = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}$")


def new_run_id() -> str:
    """A generated run id (time-sortable, unguessable enough): never a client-chosen path."""
    return f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"


def new_run_dir(data_dir: str | Path) -> tuple[str, Path]:
    """A fresh run id and the folder its results go to."""
    run_id = new_run_id()
    return run_id, Path(data_dir) / "eval-runs" / run_id


def served_run_dir(data_dir: str | Path, run_id: str) -> Path | None:
    """Folder of a run started from the web page or the API; None for a malformed id."""
    if not RUN_ID_RE.match(run_id or ""):
        return None
    return Path(data_dir) / "eval-runs" / run_id


def _retrieved(hits: Sequence[Any]) -> list[dict[str, Any]]:
    """The ranked distinct documents (best passage score each) of a search."""
    docs: dict[str, dict[str, Any]] = {}
    for hit in hits:
        if hit.doc_id not in docs:
            docs[hit.doc_id] = {"doc_id": hit.doc_id, "score": round(float(hit.score), 5)}
    return list(docs.values())[:RETRIEVAL_DEPTH]


def _used_query(service: QimmaService, answer: Any, question: str) -> str:
    """The retrieval query the service actually used (a rewritten one for follow-ups)."""
    try:
        turns = service.conversation(answer.conversation_id).turns
        return turns[-1].query or question
    except Exception:  # noqa: BLE001 - the question itself is a fine fallback
        return question


def answer_item(service: QimmaService, item: TestItem, mode: str, k: int | None) -> dict[str, Any]:
    """Ask one item through the service and return its results record (without metrics)."""
    from assistant.base import Turn

    record: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind,
        "question": item.question,
        "history": item.history,
        "references": item.answers,
        "gold_docs": item.gold_docs,
        "answerable": item.answerable,
    }
    turns = [Turn(t["question"], t["answer"]) for t in item.history]
    answer = service.ask(item.question, history=turns, mode=mode, k=k)
    query = _used_query(service, answer, item.question)
    # a deeper search than the answer's k, so that hit@10 / MRR@10 have ten documents to rank
    hits = service.search(query, min(50, RETRIEVAL_DEPTH * 3))
    record.update(
        answer=answer.answer,
        short_answer=answer.short_answer,
        refused=answer.refused,
        mode=answer.mode,
        language=answer.language,
        citations=[c.to_dict() for c in answer.citations],
        query=query,
        retrieved=_retrieved(hits),
        timings=answer.timings,
        usage=answer.usage,
        error=None,
    )
    return record


def _judge_item(judge: Any, record: dict[str, Any]) -> dict[str, Any] | None:
    if record.get("error") or record.get("refused"):
        return None
    contexts = [c["passage"] for c in record.get("citations") or [] if c.get("passage")]
    try:
        return judge.score(record["question"], record["answer"], contexts, record["references"])
    except Exception as exc:  # noqa: BLE001 - the judge is advisory
        return {"error": str(exc)}


def _config(service: QimmaService, mode: str, k: int | None, judge: bool) -> dict[str, Any]:
    settings = service.settings
    config = {
        "mode": mode,
        "k": k or settings.top_k,
        "retrieval_depth": RETRIEVAL_DEPTH,
        "judge": judge,
        "embedding_backend": settings.embedding_backend,
        "embedding_model": settings.embedding_model,
        "collection": settings.collection,
        "chunk_tokens": settings.chunk_tokens,
        "chunk_overlap": settings.chunk_overlap,
    }
    if mode == AnswerMode.LLM or judge:
        config["llm_model"] = settings.llm_model
    try:
        config["mode_label"] = service.mode_label(mode)
        config["documents"] = len(service.documents())
    except Exception:  # noqa: BLE001 - the config block is informational
        pass
    return config


def write_summary(
    run: EvalRun, config: dict[str, Any], started: float, complete: bool
) -> dict[str, Any]:
    """(Re)compute summary.json from results.jsonl."""
    records = run.results
    summary = {
        "run_id": run.out_dir.name,
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "complete": complete,
        "duration_s": round(time.time() - started, 2),
        "config": config,
        **summarize(records),
    }
    run.summary_path.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def evaluate(
    service: QimmaService,
    items: Sequence[TestItem],
    out_dir: str | Path,
    mode: str | None = None,
    k: int | None = None,
    progress: Progress | None = None,
    judge: bool = False,
    testset: str = "",
    report: bool = True,
) -> dict[str, Any]:
    """Answer and score every item, write results.jsonl, summary.json and report.html.

    Returns the summary. `progress(done, total, record)` is called after each item.
    """
    mode = service.settings.resolve_mode(mode)
    service.answerer(mode)  # fail now (e.g. llm mode with no model), not once per item
    judge_obj = None
    if judge:
        from qimma.evaluation.judge import Judge

        judge_obj = Judge.from_settings(service.settings)
    run = EvalRun(out_dir)
    run.out_dir.mkdir(parents=True, exist_ok=True)
    config = {"testset": str(testset), "items": len(items), **_config(service, mode, k, judge)}
    started = time.time()
    complete = False
    try:
        with run.results_path.open("w", encoding="utf-8") as fh:
            for done, item in enumerate(items, 1):
                try:
                    record = answer_item(service, item, mode, k)
                except Exception as exc:  # noqa: BLE001 - record it and go on
                    log.warning("item %s failed: %s", item.id, exc)
                    record = {
                        **item.to_dict(),
                        "references": item.answers,
                        "answerable": item.answerable,
                        "answer": "",
                        "refused": False,
                        "citations": [],
                        "retrieved": [],
                        "error": f"{type(exc).__name__}: {exc}",
                        "traceback": traceback.format_exc(limit=5),
                    }
                    record.pop("answers", None)
                if judge_obj is not None:
                    record["judge"] = _judge_item(judge_obj, record)
                record["metrics"] = score_item(record)
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                fh.flush()
                if progress is not None:
                    progress(done, len(items), record)
        complete = True
    finally:
        summary = write_summary(run, config, started, complete)
        if report:
            from qimma.evaluation.report import write_report

            try:
                write_report(run)
            except Exception:  # noqa: BLE001 - results and summary matter more than the page
                log.exception("writing %s", run.report_path)
    return summary
