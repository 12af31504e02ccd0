"""The types evaluation's modules share: one run folder and the files in it.

`runner` writes a run, `report` renders one, `compare` reads two; each imports this module,
not the others.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = "results.jsonl"
SUMMARY = "summary.json"
REPORT = "report.html"


class EvalRun:
    """One evaluation's folder: results.jsonl, summary.json and report.html."""

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)

    @property
    def results_path(self) -> Path:
        return self.out_dir / RESULTS

    @property
    def summary_path(self) -> Path:
        return self.out_dir / SUMMARY

    @property
    def report_path(self) -> Path:
        return self.out_dir / REPORT

    @property
    def results(self) -> list[dict[str, Any]]:
        """The item records; a torn last line (a run killed mid-write) is skipped."""
        records = []
        with self.results_path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
        return records

    @property
    def summary(self) -> dict[str, Any]:
        return json.loads(self.summary_path.read_text(encoding="utf-8"))

    @classmethod
    def load(cls, path: str | Path) -> EvalRun:
        """An existing run, from its folder (or its results.jsonl / summary.json)."""
        path = Path(path)
        if path.is_file():
            path = path.parent
        run = cls(path)
        if not run.results_path.is_file():
            raise FileNotFoundError(f"{path}: no {RESULTS} (not an evaluation run folder)")
        return run
