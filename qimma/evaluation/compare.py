"""What changed between two runs: metric deltas, and which items got better or worse.

Items are matched by id, so two runs over the same test set (or over XQuAD's Arabic and
English sets, which share ids) line up question by question.
"""

from __future__ import annotations

from typing import Any

from qimma.evaluation.scoring import HIGHER_IS_BETTER, JUDGE_METRICS, LOWER_IS_BETTER
from qimma.evaluation.types import EvalRun

# Per-item scores whose change decides "better" or "worse", most telling first.
ITEM_SCORES = ("contains", "f1", "exact_match", "mrr@10", "citation_precision", "citation_recall")


def _item_score(record: dict[str, Any]) -> dict[str, float]:
    s = dict(record.get("metrics") or {})
    scores = {k: float(s[k]) for k in ITEM_SCORES if s.get(k) is not None}
    # a refusal is right on an unanswerable item and wrong on an answerable one
    scores["refusal_ok"] = float(bool(s.get("refused")) != bool(record.get("answerable")))
    scores["ok"] = 0.0 if record.get("error") else 1.0
    return scores


def compare_runs(run_a: EvalRun, run_b: EvalRun) -> dict[str, Any]:
    """{metrics: {name: {a, b, delta}}, better, worse, mixed (item lists), only_a, only_b}."""
    sum_a, sum_b = run_a.summary, run_b.summary
    metrics = {}
    for name in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER):
        a, b = (sum_a.get("overall") or {}).get(name), (sum_b.get("overall") or {}).get(name)
        if a is not None or b is not None:
            delta = None if a is None or b is None else round(b - a, 4)
            metrics[name] = {"a": a, "b": b, "delta": delta}
    for name in JUDGE_METRICS:
        ja = ((sum_a.get("judge") or {}).get("overall") or {}).get(name)
        jb = ((sum_b.get("judge") or {}).get("overall") or {}).get(name)
        if ja is not None or jb is not None:
            delta = None if ja is None or jb is None else round(jb - ja, 4)
            metrics[f"judge.{name}"] = {"a": ja, "b": jb, "delta": delta}

    items_a = {r["id"]: r for r in run_a.results}
    items_b = {r["id"]: r for r in run_b.results}
    better: list[dict[str, Any]] = []
    worse: list[dict[str, Any]] = []
    mixed: list[dict[str, Any]] = []
    for item_id in items_a.keys() & items_b.keys():
        ra, rb = items_a[item_id], items_b[item_id]
        sa, sb = _item_score(ra), _item_score(rb)
        changes = {k: round(sb[k] - sa[k], 4) for k in sa.keys() & sb.keys() if sb[k] != sa[k]}
        if not changes:
            continue
        entry = {
            "id": item_id,
            "kind": rb.get("kind") or ra.get("kind"),
            "question": rb.get("question") or ra.get("question"),
            "changes": dict(sorted(changes.items())),
            "answer_a": ra.get("answer", ""),
            "answer_b": rb.get("answer", ""),
        }
        total = sum(changes.values())
        (better if total > 0 else worse if total < 0 else mixed).append(entry)

    def order(entry: dict[str, Any]) -> tuple[float, str]:
        return (-abs(sum(entry["changes"].values())), entry["id"])

    return {
        "a": str(run_a.out_dir),
        "b": str(run_b.out_dir),
        "metrics": metrics,
        "better": sorted(better, key=order),
        "worse": sorted(worse, key=order),
        "mixed": sorted(mixed, key=order),
        "only_a": sorted(items_a.keys() - items_b.keys()),
        "only_b": sorted(items_b.keys() - items_a.keys()),
    }


def format_comparison(diff: dict[str, Any], show: int = 20) -> str:
    """The comparison as terminal text."""
    lines = [f"A: {diff['a']}", f"B: {diff['b']}", "", f"{'metric':<22}{'A':>10}{'B':>10}{'Δ':>10}"]
    for name, row in diff["metrics"].items():
        a = "–" if row["a"] is None else f"{row['a']:.4g}"
        b = "–" if row["b"] is None else f"{row['b']:.4g}"
        d = "" if row["delta"] is None else f"{row['delta']:+.4g}"
        lines.append(f"{name:<22}{a:>10}{b:>10}{d:>10}")
    for label in ("better", "worse", "mixed"):
        entries = diff[label]
        if label == "mixed" and not entries:
            continue
        lines += ["", f"{label.upper()} in B ({len(entries)} items):"]
        for entry in entries[:show]:
            changes = ", ".join(f"{k} {v:+.3g}" for k, v in entry["changes"].items())
            lines.append(f"  {entry['id']} [{entry['kind']}] {changes}")
            lines.append(f"    {entry['question']}")
        if len(entries) > show:
            lines.append(f"  … and {len(entries) - show} more")
    if diff["only_a"] or diff["only_b"]:
        lines += ["", f"only in A: {len(diff['only_a'])} items; only in B: {len(diff['only_b'])}"]
    return "\n".join(lines)
