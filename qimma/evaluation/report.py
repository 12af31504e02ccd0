"""A self-contained HTML report of one run: one file to attach to a CI job or mail around.

No external assets: the CSS is inline and the plots are base64 PNGs drawn with matplotlib's
Agg backend (no display needed). Arabic text gets dir="auto" so it reads right-to-left.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

from qimma.evaluation.scoring import HIGHER_IS_BETTER, JUDGE_METRICS, LOWER_IS_BETTER
from qimma.evaluation.types import EvalRun

HEADLINE = (*HIGHER_IS_BETTER, *LOWER_IS_BETTER, "answer_words", "tokens_per_item")
KIND_COLUMNS = (
    "items",
    "hit@5",
    "mrr@10",
    "exact_match",
    "f1",
    "contains",
    "citation_precision",
    "refusal_recall",
    "wrong_refusal_rate",
    "latency_p50_ms",
)
WORST_ITEMS = 15

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Naskh Arabic",sans-serif;margin:2rem;
color:#1d2330;max-width:1200px}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #dde;padding-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #dde;padding:.3rem .6rem;
text-align:left;vertical-align:top}th{background:#f3f5fa}td.num{text-align:right;
font-variant-numeric:tabular-nums}.meta{color:#667}.item{border:1px solid #dde;border-radius:6px;
padding:.8rem;margin:.8rem 0}.bad{color:#a11}.ok{color:#176}.passage{background:#f7f8fb;
padding:.4rem;margin:.3rem 0;border-left:3px solid #9ab;white-space:pre-wrap}
img{max-width:100%;border:1px solid #eee;margin:.4rem}.plots{display:flex;flex-wrap:wrap}
.scroll{overflow-x:auto;max-width:100%}.text{unicode-bidi:plaintext;text-align:start}
@media (max-width:600px){body{margin:.8rem}h1{font-size:1.25rem}th,td{padding:.25rem .4rem}}
"""


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 100 else f"{value:.3f}"
    return str(value)


def _table(headers: list[str], rows: list[list[Any]], table_id: str = "") -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for cell in row:
            numeric = isinstance(cell, (int, float)) or cell is None
            cls = ' class="num"' if numeric else ' dir="auto"'
            cells.append(f"<td{cls}>{_esc(_fmt(cell))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    ident = f' id="{table_id}"' if table_id else ""
    table = f"<table{ident}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    return f'<div class="scroll">{table}</div>'  # a wide table scrolls, the page does not


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img alt="plot" src="data:image/png;base64,{data}">'


def _plots(records: list[dict[str, Any]]) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    images = []
    scored = [r.get("metrics") or {} for r in records]
    f1 = [s["f1"] for s in scored if "f1" in s]
    if f1:
        fig = Figure(figsize=(5, 3))
        ax = fig.subplots()
        ax.hist(f1, bins=[i / 10 for i in range(11)], color="#4a78b5")
        ax.set(title="Answer token F1", xlabel="F1", ylabel="items")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        images.append(_png(fig))
    ranks = [s.get("gold_rank") for s in scored if "hit@1" in s]
    if ranks:
        labels = [str(i) for i in range(1, 11)] + ["miss"]
        counts = [sum(r == i for r in ranks) for i in range(1, 11)]
        counts.append(sum(r is None or r > 10 for r in ranks))
        fig = Figure(figsize=(5, 3))
        ax = fig.subplots()
        ax.bar(labels, counts, color="#5a9b6e")
        ax.set(title="Rank of the first gold document", xlabel="rank", ylabel="items")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        images.append(_png(fig))
    latency = [s["latency_ms"] for s in scored if s.get("latency_ms") is not None]
    if latency:
        fig = Figure(figsize=(5, 3))
        ax = fig.subplots()
        ax.hist(latency, bins=20, color="#b5804a")
        ax.set(title="Latency per item", xlabel="ms", ylabel="items")
        images.append(_png(fig))
    return images


def worst_items(records: list[dict[str, Any]], n: int = WORST_ITEMS) -> list[dict[str, Any]]:
    """Errors first, then wrong refusals/answers, then the lowest-scoring answers."""

    def badness(record: dict[str, Any]) -> tuple:
        s = record.get("metrics") or {}
        if record.get("error"):
            return (0, 0.0)
        if record.get("answerable") != (not s.get("refused")):  # wrong refusal or missed refusal
            return (1, 0.0)
        if not record.get("answerable"):
            return (9, 0.0)
        return (2, s.get("contains", 1.0) + s.get("f1", 1.0) + s.get("mrr@10", 1.0))

    candidates = sorted(records, key=badness)
    return [r for r in candidates if badness(r)[0] < 9 and badness(r)[1] < 3.0][:n]


def _labelled(label: str, text: str, kind: str) -> str:
    """An English label above text in any language: the text sits in its own dir="auto"
    element, so an Arabic answer reads right-to-left whatever the label's direction."""
    return (
        f'<div class="{kind}"><b>{_esc(label)}:</b> '
        f'<div class="text" dir="auto">{_esc(text)}</div></div>'
    )


def mode_text(config: dict[str, Any]) -> str:
    """ "offline (extractive)", not "offline (offline (extractive))": the label already names
    the mode when it starts with it."""
    mode, label = str(config.get("mode") or ""), str(config.get("mode_label") or "")
    if not label or label == mode:
        return mode
    return label if label.startswith(mode) else f"{mode} ({label})"


def _item_html(record: dict[str, Any]) -> str:
    s = record.get("metrics") or {}
    scores = ", ".join(
        f"{k} {_fmt(s[k])}" for k in ("exact_match", "f1", "contains", "mrr@10") if k in s
    )
    parts = [
        f'<div class="item"><div class="meta">{_esc(record.get("id"))} · {_esc(record.get("kind"))}'
        f" · {_esc(scores)}</div>",
        _labelled("Q", record.get("question") or "", "question"),
    ]
    if record.get("error"):
        parts.append(f'<p class="bad">error: {_esc(record["error"])}</p>')
    refs = " | ".join(record.get("references") or []) or "(unanswerable: should refuse)"
    parts.append(_labelled("Expected", refs, "expected"))
    refused = " (refused)" if record.get("refused") else ""
    parts.append(_labelled(f"Answer{refused}", record.get("answer") or "", "answer"))
    gold = ", ".join(record.get("gold_docs") or []) or "–"
    got = ", ".join(r["doc_id"] for r in (record.get("retrieved") or [])[:5]) or "–"
    parts.append(f'<p class="meta">gold: {_esc(gold)} · retrieved: {_esc(got)}</p>')
    for c in record.get("citations") or []:
        flag = (
            '<span class="ok">supported</span>'
            if c.get("supported")
            else ('<span class="bad">unsupported</span>')
        )
        parts.append(
            f'<div class="passage"><div dir="auto">[{_esc(c.get("marker"))}] '
            f"{_esc(c.get('title'))} ({_esc(c.get('doc_id'))}) {flag}</div>"
            f'<div class="text" dir="auto">{_esc(c.get("passage", ""))}</div></div>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def render_report(summary: dict[str, Any], records: list[dict[str, Any]]) -> str:
    """The report page as one HTML string."""
    overall = summary.get("overall") or {}
    config = summary.get("config") or {}
    headline = [[name, overall.get(name)] for name in HEADLINE if name in overall]
    counts = ", ".join(
        f"{k} {overall.get(k)}" for k in ("items", "answerable", "unanswerable", "errors")
    )
    kinds = summary.get("per_kind") or {}
    kind_rows = [[kind, *(group.get(c) for c in KIND_COLUMNS)] for kind, group in kinds.items()]
    sections = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Qimma evaluation {_esc(summary.get('run_id', ''))}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Qimma evaluation — {_esc(config.get('testset', ''))}</h1>",
        f'<p class="meta">{_esc(summary.get("timestamp", ""))} · mode {_esc(mode_text(config))}'
        f" · k {_esc(config.get('k'))} · {_esc(counts)}"
        + ("" if summary.get("complete", True) else ' · <b class="bad">incomplete run</b>')
        + "</p>",
        "<h2>Headline</h2>",
        _table(["metric", "value"], headline, "headline"),
        "<h2>Per kind</h2>",
        _table(["kind", *KIND_COLUMNS], kind_rows, "per-kind"),
    ]
    judge = (summary.get("judge") or {}).get("overall")
    if judge:
        sections += [
            "<h2>LLM judge (advisory)</h2>",
            _table(["metric", "value"], [[k, judge.get(k)] for k in (*JUDGE_METRICS, "judged")]),
        ]
    images = _plots(records)
    if images:
        sections += ["<h2>Distributions</h2>", f'<div class="plots">{"".join(images)}</div>']
    worst = worst_items(records)
    sections.append(f"<h2>Worst items ({len(worst)})</h2>")
    sections += [_item_html(r) for r in worst] or ["<p>none</p>"]
    config_rows = [[k, v if isinstance(v, (int, float)) else str(v)] for k, v in config.items()]
    sections += ["<h2>Configuration</h2>", _table(["setting", "value"], config_rows)]
    sections.append("</body></html>")
    return "\n".join(sections)


def write_report(run: EvalRun) -> str:
    """Write report.html for a run folder and return its path."""
    page = render_report(run.summary, run.results)
    run.report_path.write_text(page, encoding="utf-8")
    return str(run.report_path)
