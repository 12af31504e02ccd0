"""Build Qimma test sets from XQuAD-ar: the same questions asked in Arabic and in English.

The corpus stays where it is (shared/bench/xquad-ar/corpus.jsonl); ingesting it makes every
paragraph an article whose id is the paragraph id, which is what `gold_docs` names. Both sets
hold the same sample of question ids, so `qimma eval compare` lines them up item by item.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from qimma.evaluation.testset import write_testset


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _gold(record: dict[str, Any]) -> list[str]:
    return list(record.get("gold_context_ids") or [record["context_id"]])


def build_xquad_sets(
    xquad_dir: str | Path, out_dir: str | Path, limit: int | None = None, seed: int = 0
) -> dict[str, Path]:
    """Write xquad-ar.jsonl and xquad-en.jsonl into out_dir; returns their paths.

    Questions are sorted by id and, with a limit, sampled with `random.Random(seed)`: the same
    arguments always give the same files.
    """
    xquad_dir, out_dir = Path(xquad_dir), Path(out_dir)
    qa = {r["id"]: r for r in _read_jsonl(xquad_dir / "qa.jsonl")}
    qa_en_path = xquad_dir / "qa_en.jsonl"
    qa_en = {r["id"]: r for r in _read_jsonl(qa_en_path)} if qa_en_path.is_file() else {}
    ids = sorted(qa)
    if limit is not None and 0 <= limit < len(ids):
        ids = sorted(random.Random(seed).sample(ids, limit))
    arabic = [
        {
            "id": qid,
            "question": qa[qid]["question"],
            "answers": list(dict.fromkeys(qa[qid]["answers"])),
            "gold_docs": _gold(qa[qid]),
            "kind": "xquad-ar",
        }
        for qid in ids
    ]
    paths = {"ar": write_testset(arabic, out_dir / "xquad-ar.jsonl")}
    english = []
    for qid in ids:
        record = qa_en.get(qid)
        if record is None:
            continue
        # the corpus is Arabic, so an Arabic answer to an English question is right as well
        answers = list(dict.fromkeys([*record.get("answers_en", []), *record.get("answers", [])]))
        english.append(
            {
                "id": qid,
                "question": record["question"],
                "answers": answers,
                "gold_docs": _gold(record),
                "kind": "xquad-en",
            }
        )
    if english:
        paths["en"] = write_testset(english, out_dir / "xquad-en.jsonl")
    return paths
