"""Fit store/fusion.py's weights on XQuAD-ar, holding out a quarter of the articles.

    python bench/fit_fusion.py [--data-dir DIR] [--limit N] [--write]

Each question's dense and keyword candidates are computed once through the product's store;
the keyword weight for same-language questions, cross-language questions and
cross-language questions with a translated place name is then chosen by grid search on
the training articles' questions and scored on the held-out articles' questions.
`--write` saves the weights with both figures to store/data/fusion.json, which
store/fusion.py loads.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.retrieval import load_jsonl, score  # noqa: E402

DEFAULT_XQUAD = REPO.parent / "shared" / "bench" / "xquad-ar"
OUT = REPO / "store" / "data" / "fusion.json"
MIN_QUESTIONS = 50
GRID = [0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5]


def article_of(doc_id: str) -> str:
    """XQuAD paragraph ids are xquad-a<article>-p<paragraph>: split by article."""
    return doc_id.rsplit("-p", 1)[0]


def held_out(article: str) -> bool:
    return zlib.crc32(article.encode()) % 4 == 0


def candidates(service, question: str, n: int = 120) -> dict:
    store = service.store
    dense = store.dense_search(question, n)
    lang = store._language_of(question)
    corpus_lang = store._fresh_keyword_index(store._sync()).corpus_lang
    kw_query, translated = question, False
    if lang != corpus_lang and store._translate_terms:
        extra, translated = store._translate_terms(question)
        kw_query = f"{question} {extra}".strip()
    keyword = store.keyword_search(kw_query, n)
    group = "same_language" if lang == corpus_lang else "cross_language"
    if group == "cross_language" and translated:
        group = "translated_place"
    return {"dense": dense, "keyword": keyword, "group": group}


def mrr(items: list[dict], weight: float) -> float:
    from store.fusion import fuse_weighted

    rankings, golds = [], []
    for item in items:
        fused = fuse_weighted(item["dense"], item["keyword"], (1.0, weight))
        rankings.append(list(dict.fromkeys(cid.rsplit("#", 2)[0] for cid, _ in fused)))
        golds.append(item["gold"])
    return score(rankings, golds)["MRR@10"] if items else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xquad", type=Path, default=DEFAULT_XQUAD)
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse an XQuAD index")
    parser.add_argument("--limit", type=int, default=0, help="questions per language")
    parser.add_argument("--write", action="store_true", help=f"save the weights to {OUT}")
    args = parser.parse_args()
    if not (args.xquad / "corpus.jsonl").exists():
        print(f"skipped: {args.xquad} is missing")
        return 0

    from assistant.config import Settings
    from assistant.service import QimmaService
    from store.fusion import load_weights

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="qimma-fit-fusion-"))
    service = QimmaService(Settings(data_dir=data_dir))
    if not service.store.count_passages():
        service.ingest([args.xquad / "corpus.jsonl"])
    items = []
    for name in ("qa.jsonl", "qa_en.jsonl"):
        rows = load_jsonl(args.xquad / name)
        for row in rows[: args.limit or None]:
            item = candidates(service, row["question"])
            item["gold"] = set(row["gold_context_ids"])
            item["heldout"] = held_out(article_of(row["gold_context_ids"][0]))
            items.append(item)

    current = load_weights()
    fitted: dict = {"version": 1, "method": "minmax", "dense_weight": 1.0}
    print(f"{'group':18}{'n train/held':>14}{'weight':>8}{'train':>8}{'held-out':>10}{'was':>8}")
    for group in ("same_language", "cross_language", "translated_place"):
        train = [i for i in items if i["group"] == group and not i["heldout"]]
        test = [i for i in items if i["group"] == group and i["heldout"]]
        best = current[group]
        if len(train) >= MIN_QUESTIONS:  # too few questions would fit noise: keep the weight
            best = max(GRID, key=lambda w: (round(mrr(train, w), 4), -abs(w - current[group])))
        fitted[group] = {
            "keyword_weight": best,
            "fitted": len(train) >= MIN_QUESTIONS,
            "train_mrr10": round(mrr(train, best), 4),
            "heldout_mrr10": round(mrr(test, best), 4),
            "heldout_mrr10_before": round(mrr(test, current[group]), 4),
            "questions": [len(train), len(test)],
        }
        f = fitted[group]
        print(
            f"{group:18}{len(train):>7}/{len(test):<6}{best:8.2f}{f['train_mrr10']:8.3f}"
            f"{f['heldout_mrr10']:10.3f}{f['heldout_mrr10_before']:8.3f}"
        )
    fitted["fitted_on"] = "XQuAD-ar, held out: articles with crc32(article) % 4 == 0"
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(fitted, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
