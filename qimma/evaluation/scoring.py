"""From one answered item to its scores, and from all items to the summary (overall, per kind).

The names here are the public vocabulary of an evaluation: the keys of `summary.json`, the
columns of the report, and what `--fail-under` accepts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from qimma.evaluation import metrics as m

RETRIEVAL_KS = (1, 5, 10)
RETRIEVAL_DEPTH = 10  # distinct documents ranked per question for hit@k / MRR@10

# Higher is better: these can carry a --fail-under bar.
HIGHER_IS_BETTER = (
    "hit@1",
    "hit@5",
    "hit@10",
    "mrr@10",
    "recall@5",
    "recall@10",
    "exact_match",
    "f1",
    "contains",
    "citation_precision",
    "citation_recall",
    "citations_supported",
    "refusal_precision",
    "refusal_recall",
)
# Lower is better: these can carry a --fail-over bar.
LOWER_IS_BETTER = ("wrong_refusal_rate", "error_rate", "latency_p50_ms", "latency_p95_ms")
# LLM-judged scores, in summary["judge"]; kept apart from the deterministic ones above.
JUDGE_METRICS = ("faithfulness", "relevancy", "correctness")
# Reported but not bars: counts, lengths, tokens.
INFORMATIONAL = (
    "items",
    "answerable",
    "unanswerable",
    "errors",
    "answer_words",
    "latency_mean_ms",
    "retrieve_p50_ms",
    "prompt_tokens",
    "completion_tokens",
    "tokens_per_item",
)


def score_item(record: dict[str, Any]) -> dict[str, Any]:
    """Per-item scores from a results record (question, references, answer, citations, retrieved).

    An item that failed with an error scores as an empty, unrefused answer: errors count
    against the run instead of silently shrinking it.
    """
    gold = record.get("gold_docs") or []
    references = record.get("references") or []
    ranked = [r["doc_id"] for r in record.get("retrieved") or []]
    refused = bool(record.get("refused"))
    answer = record.get("answer") or ""
    prediction = record.get("short_answer") or answer
    citations = record.get("citations") or []
    cited = [c["doc_id"] for c in citations]
    scores: dict[str, Any] = {"refused": refused, "answerable": bool(record.get("answerable"))}
    if gold:
        for k in RETRIEVAL_KS:
            scores[f"hit@{k}"] = m.hit_at(ranked, gold, k)
        scores["mrr@10"] = m.reciprocal_rank(ranked, gold, RETRIEVAL_DEPTH)
        scores["recall@5"] = m.recall_at(ranked, gold, 5)
        scores["recall@10"] = m.recall_at(ranked, gold, 10)
        scores["gold_rank"] = m.first_gold_rank(ranked, gold)
    if references:
        if refused:
            scores.update(exact_match=0.0, f1=0.0, contains=0.0)
        else:
            scores["exact_match"] = m.exact_match(prediction, references)
            scores["f1"] = m.token_f1(prediction, references)
            # the fact may sit in the short answer or anywhere in the full answer
            scores["contains"] = max(
                m.containment(answer, references), m.containment(prediction, references)
            )
    if not refused and answer:
        scores["answer_words"] = m.word_count(answer)
    scores["citation_precision"] = m.citation_precision(cited, gold) if gold else None
    scores["citation_recall"] = m.citation_recall(cited, gold)
    scores["citations"] = len(citations)
    scores["citations_supported_n"] = sum(bool(c.get("supported")) for c in citations)
    timings = record.get("timings") or {}
    scores["latency_ms"] = timings.get("total_ms")
    scores["retrieve_ms"] = timings.get("retrieve_ms")
    usage = record.get("usage") or {}
    scores["prompt_tokens"] = usage.get("prompt_tokens")
    scores["completion_tokens"] = usage.get("completion_tokens")
    return {k: v for k, v in scores.items() if v is not None}


def _round(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value


def aggregate(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The metrics of a group of results records (each carrying its `metrics`)."""
    scored = [r.get("metrics") or {} for r in records]
    out: dict[str, Any] = {
        "items": len(records),
        "answerable": sum(bool(r.get("answerable")) for r in records),
        "unanswerable": sum(not r.get("answerable") for r in records),
        "errors": sum(bool(r.get("error")) for r in records),
    }
    out["error_rate"] = out["errors"] / len(records) if records else None
    for name in ("hit@1", "hit@5", "hit@10", "mrr@10", "recall@5", "recall@10"):
        out[name] = m.mean(s.get(name) for s in scored)
    for name in ("exact_match", "f1", "contains", "answer_words"):
        out[name] = m.mean(s.get(name) for s in scored)
    out["citation_precision"] = m.mean(s.get("citation_precision") for s in scored)
    out["citation_recall"] = m.mean(
        s.get("citation_recall")
        for r, s in zip(records, scored, strict=True)
        if r.get("answerable")
    )
    cited = sum(s.get("citations", 0) for s in scored)
    supported = sum(s.get("citations_supported_n", 0) for s in scored)
    out["citations_supported"] = supported / cited if cited else None
    out.update(
        m.refusal_scores(
            (bool(r.get("answerable")), bool(s.get("refused")))
            for r, s in zip(records, scored, strict=True)
        )
    )
    latencies = [s.get("latency_ms") for s in scored]
    out["latency_p50_ms"] = m.percentile(latencies, 50)
    out["latency_p95_ms"] = m.percentile(latencies, 95)
    out["latency_mean_ms"] = m.mean(latencies)
    out["retrieve_p50_ms"] = m.percentile((s.get("retrieve_ms") for s in scored), 50)
    prompt = [s["prompt_tokens"] for s in scored if s.get("prompt_tokens") is not None]
    completion = [s["completion_tokens"] for s in scored if s.get("completion_tokens") is not None]
    out["prompt_tokens"] = sum(prompt) if prompt else None
    out["completion_tokens"] = sum(completion) if completion else None
    used = (out["prompt_tokens"] or 0) + (out["completion_tokens"] or 0)
    out["tokens_per_item"] = used / len(prompt) if prompt else None
    return {k: _round(v) for k, v in out.items()}


def aggregate_judge(records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Means of the LLM-judged scores; None when no item was judged."""
    judged = [r["judge"] for r in records if r.get("judge")]
    if not judged:
        return None
    out: dict[str, Any] = {"judged": len(judged)}
    for name in JUDGE_METRICS:
        out[name] = _round(m.mean(j.get(name) for j in judged))
    out["judge_errors"] = sum(bool(j.get("error")) for j in judged)
    return out


def by_kind(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[record.get("kind") or "-"].append(record)
    return dict(sorted(groups.items()))


def summarize(records: list[dict[str, Any]]) -> dict[str, Any]:
    """{overall, per_kind, judge}: the metric part of summary.json."""
    groups = by_kind(records)
    judge = aggregate_judge(records)
    return {
        "overall": aggregate(records),
        "per_kind": {kind: aggregate(group) for kind, group in groups.items()},
        "judge": None
        if judge is None
        else {
            "overall": judge,
            "per_kind": {kind: aggregate_judge(group) for kind, group in groups.items()},
        },
    }


def metric_value(summary: dict[str, Any], name: str) -> float | None:
    """A metric of the overall summary by name (judge metrics from the judge section)."""
    if name in JUDGE_METRICS:
        return ((summary.get("judge") or {}).get("overall") or {}).get(name)
    return (summary.get("overall") or {}).get(name)


def check_bars(
    summary: dict[str, Any], under: dict[str, float], over: dict[str, float] | None = None
) -> list[str]:
    """Messages for every metric below its --fail-under bar or above its --fail-over bar.

    A barred metric the run did not measure (e.g. no refusals to score) fails too: a bar
    that cannot be checked must not pass silently.
    """
    failures = []
    for name, bar in under.items():
        value = metric_value(summary, name)
        if value is None:
            failures.append(f"{name}: not measured in this run (bar {bar})")
        elif value < bar:
            failures.append(f"{name} = {value:.4f} is below {bar}")
    for name, bar in (over or {}).items():
        value = metric_value(summary, name)
        if value is None:
            failures.append(f"{name}: not measured in this run (bar {bar})")
        elif value > bar:
            failures.append(f"{name} = {value:.4f} is above {bar}")
    return failures


def parse_bars(specs: list[str] | None, valid: tuple[str, ...]) -> dict[str, float]:
    """METRIC=VALUE specs into a dict; ValueError naming the valid metrics on a bad one."""
    bars = {}
    for spec in specs or []:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep:
            raise ValueError(f"bar {spec!r} is not METRIC=VALUE")
        if name not in valid:
            raise ValueError(f"unknown metric {name!r}; valid metrics: {', '.join(valid)}")
        try:
            bars[name] = float(value)
        except ValueError:
            raise ValueError(f"bar {spec!r}: {value!r} is not a number") from None
    return bars
