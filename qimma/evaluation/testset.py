"""Test sets: JSONL or CSV files of questions with reference answers and gold documents.

Every line is checked before anything runs, and every bad line is reported with its number,
so that a typo on line 40 is found in one go instead of after 39 answered questions.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("id", "question", "answers", "gold_docs", "kind", "history")


@dataclass
class TestItem:
    """One question to ask, with what counts as a right answer and where it is written."""

    __test__ = False  # not a pytest test class despite the name

    question: str
    answers: list[str] = field(default_factory=list)
    gold_docs: list[str] = field(default_factory=list)
    id: str = ""
    kind: str = ""
    history: list[dict[str, str]] = field(default_factory=list)
    line: int = 0

    @property
    def answerable(self) -> bool:
        """Items with neither answers nor gold documents are the ones to refuse."""
        return bool(self.answers or self.gold_docs)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("line")
        return data


class TestsetError(ValueError):
    """A test set with bad lines; `problems` holds (line number, reason) for each of them."""

    __test__ = False

    def __init__(self, path: str, problems: list[tuple[int, str]]):
        self.path = path
        self.problems = problems
        shown = "; ".join(f"line {n}: {why}" for n, why in problems[:20])
        more = f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""
        super().__init__(f"{path}: {len(problems)} bad line(s): {shown}{more}")


def _string_list(value: Any, name: str, csv_cell: bool) -> list[str]:
    if value is None or value == "":
        return []
    if csv_cell and isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{name}: not a JSON list ({exc.msg})") from None
        else:
            return [part.strip() for part in text.split("|") if part.strip()]
    if isinstance(value, str):
        return [value] if value.strip() else []
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ValueError(f"{name} must be a list of strings")
    return [str(v).strip() for v in value if str(v).strip()]


def _history(value: Any, csv_cell: bool) -> list[dict[str, str]]:
    if value is None or value == "":
        return []
    if csv_cell and isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"history: not JSON ({exc.msg})") from None
    if not isinstance(value, list):
        raise ValueError("history must be a list of {question, answer}")
    turns = []
    for turn in value:
        if not (isinstance(turn, dict) and isinstance(turn.get("question"), str)):
            raise ValueError("history turns need a question (and an answer)")
        turns.append({"question": turn["question"], "answer": str(turn.get("answer") or "")})
    return turns


def item_from_record(record: Any, line: int, csv_cell: bool = False) -> TestItem:
    """Validate one record (a JSON object or a CSV row) into a TestItem; ValueError says why."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    question = record.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError("missing or empty 'question'")
    item_id = record.get("id")
    if item_id is not None and not isinstance(item_id, (str, int)):
        raise ValueError("'id' must be a string")
    kind = record.get("kind") or ""
    if not isinstance(kind, str):
        raise ValueError("'kind' must be a string")
    item = TestItem(
        question=question.strip(),
        answers=_string_list(record.get("answers"), "answers", csv_cell),
        gold_docs=_string_list(record.get("gold_docs"), "gold_docs", csv_cell),
        id=str(item_id).strip() if item_id not in (None, "") else "",
        kind=kind.strip(),
        history=_history(record.get("history"), csv_cell),
        line=line,
    )
    if not item.id:
        item.id = "q-" + hashlib.sha1(item.question.encode("utf-8")).hexdigest()[:10]
    if not item.kind:
        item.kind = "fact" if item.answerable else "unanswerable"
    return item


def _jsonl_records(text: str) -> list[tuple[int, Any, str | None]]:
    records: list[tuple[int, Any, str | None]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("//"):
            continue
        try:
            records.append((number, json.loads(raw), None))
        except json.JSONDecodeError as exc:
            records.append((number, None, f"invalid JSON ({exc.msg} at column {exc.colno})"))
    return records


def _csv_records(text: str) -> list[tuple[int, Any, str | None]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "question" not in [f.strip() for f in reader.fieldnames]:
        return [(1, None, "CSV header must name a 'question' column")]
    records: list[tuple[int, Any, str | None]] = []
    for row in reader:
        number = reader.line_num
        if None in row:
            records.append((number, None, "more cells than header columns"))
            continue
        clean = {(k or "").strip(): v for k, v in row.items()}
        if not any((v or "").strip() for v in clean.values()):
            continue
        records.append((number, clean, None))
    return records


def parse_testset(
    text: str, name: str = "testset.jsonl"
) -> tuple[list[TestItem], list[tuple[int, str]]]:
    """Items and (line, reason) problems of a test set given as text; CSV when name ends .csv."""
    is_csv = name.lower().endswith(".csv")
    text = text.lstrip("\ufeff")
    records = _csv_records(text) if is_csv else _jsonl_records(text)
    items: list[TestItem] = []
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for number, record, error in records:
        if error:
            problems.append((number, error))
            continue
        try:
            item = item_from_record(record, number, csv_cell=is_csv)
        except ValueError as exc:
            problems.append((number, str(exc)))
            continue
        if item.id in seen:
            problems.append((number, f"duplicate id {item.id!r} (first on line {seen[item.id]})"))
            continue
        seen[item.id] = number
        items.append(item)
    if not items and not problems:
        problems.append((0, "no questions in the file"))
    return items, problems


def load_testset(path: str | Path, strict: bool = True) -> list[TestItem]:
    """Read and validate a .jsonl or .csv test set; raises TestsetError listing bad lines.

    With strict=False the good items are returned and the bad lines are skipped.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise TestsetError(str(path), [(0, f"not UTF-8 text ({exc.reason})")]) from None
    items, problems = parse_testset(text, path.name)
    if problems and (strict or not items):
        raise TestsetError(str(path), problems)
    return items


def write_testset(items: list[dict[str, Any]], path: str | Path) -> Path:
    """Write records as JSONL (UTF-8, Arabic kept readable)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path
