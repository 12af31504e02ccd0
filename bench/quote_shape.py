"""How whole the offline answers' quotes read, on the sample test set.

Prints two shares over the answered items of `testsets/samples.jsonl`:
- answers with an unbalanced bracket or quote mark ( ) [ ] « » “ ” or an odd number of ";
- answers whose quote starts mid-clause (not at a sentence start, after a comma or other
  clause mark, or at a word that opens a clause), and how many of those say so with "…".

Self-contained on purpose, so the same file measures an older checkout too:
    PYTHONPATH=/work/main python bench/quote_shape.py --data-dir D     # before
    PYTHONPATH=$PWD python bench/quote_shape.py --data-dir D           # after
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

PAIRS = {"(": ")", "[": "]", "«": "»", "“": "”"}
CLOSERS = {v: k for k, v in PAIRS.items()}
CLAUSE_ENDS = "،؛,;:.!?؟\u2013\u2014\n"
MARKER = re.compile(r"\s*\[\d+\]")


def unbalanced(text: str) -> bool:
    """Whether `text` has a bracket or quote mark without its partner."""
    stack: list[str] = []
    for ch in text:
        if ch in PAIRS:
            stack.append(ch)
        elif ch in CLOSERS:
            if not stack or stack[-1] != CLOSERS[ch]:
                return True
            stack.pop()
    return bool(stack) or text.count('"') % 2 == 1


def starts_mid_clause(article: str, start: int) -> bool:
    before = article[:start].rstrip(" \t")
    if not before.strip() or before[-1] in CLAUSE_ENDS or before.endswith(" -"):
        return False
    from assistant.offline.text import CLAUSE_OPENERS, word_norm

    first = re.match(r"\w+", article[start:])
    return not (first and word_norm(first.group()) in CLAUSE_OPENERS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="an index of the sample articles")
    parser.add_argument("--testset", default="testsets/samples.jsonl")
    parser.add_argument("--verbose", action="store_true", help="print each mid-clause start")
    args = parser.parse_args()

    from assistant.config import Settings
    from assistant.service import QimmaService

    service = QimmaService(Settings(data_dir=Path(args.data_dir), answerer="offline"))
    lines = Path(args.testset).read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    answered = bad_marks = mid = marked = 0
    for item in items:
        history = [(h["question"], h["answer"]) for h in item.get("history", [])]
        from assistant.base import Turn

        answer = service.ask(
            item["question"], history=[Turn(q, a) for q, a in history], mode="offline"
        )
        if answer.refused or not answer.citations:
            continue
        answered += 1
        body = re.sub(r"^\*\*.*?\*\*", "", answer.answer)
        bad_marks += unbalanced(MARKER.sub("", body))
        first = answer.citations[0]
        article = service.document(first.doc_id).text
        if starts_mid_clause(article, first.start):
            mid += 1
            marked += body.lstrip(" —").split("«", 1)[-1].startswith("…")
            if args.verbose:
                print(item["id"], repr(article[max(0, first.start - 40) : first.start + 30]))
    print(f"answers: {answered}")
    print(f"unbalanced bracket or quote: {bad_marks / answered:.3f} ({bad_marks})")
    print(f"starting mid-clause: {mid / answered:.3f} ({mid}; {marked} of them marked with …)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
