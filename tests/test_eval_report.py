"""The evaluation report as a reader opens it: on a phone, with Arabic answers under English labels."""

from __future__ import annotations

import re

from qimma.evaluation.report import render_report

ANSWER = (
    "**10 و 11 أبريل 2025** — «حيث تحتضن النسخة الثالثة من الملتقى يومي 10 و 11 أبريل 2025» [1]"
)


def _report() -> str:
    summary = {
        "overall": {"items": 1, "answerable": 1, "f1": 0.1, "contains": 0.0},
        "config": {"mode": "offline", "mode_label": "offline (extractive)", "k": 5},
    }
    record = {
        "id": "bf-dates",
        "kind": "fact",
        "question": "متى ينعقد الملتقى؟",
        "references": ["10 و 11 أبريل 2025"],
        "answer": ANSWER,
        "answerable": True,
        "metrics": {"f1": 0.1, "contains": 0.0, "mrr@10": 1.0},
        "citations": [{"marker": 1, "title": "ملتقى", "doc_id": "b", "passage": "حيث تحتضن"}],
    }
    return render_report(summary, [record])


def test_report_fits_a_phone_and_keeps_each_answer_in_its_own_direction():
    page = _report()
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    # the answer is the whole content of an element that finds its own direction
    assert re.search(
        r'<div class="text" dir="auto">' + re.escape(ANSWER.replace('"', "&quot;")), page
    )
    assert "offline (offline" not in page
    assert "mode offline (extractive)" in page
    assert '<div class="scroll"><table' in page
