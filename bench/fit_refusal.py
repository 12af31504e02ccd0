"""Fit the offline refusal model on XQuAD and write it to assistant/fitted/refusal.json.

    python bench/fit_refusal.py [--data-dir DIR] [--hits FILE] [--write]

The refusal score (assistant/offline/refusal.py) is a logistic model of "the retrieved
passages do not hold the answer" over five evidence features the answerer computes. Every
XQuAD-ar question gives two rows: its top-5 passages as retrieved (answerable, label 0) and
the same passages with its gold paragraph withheld (SQuAD 2.0 style, label 1). Questions are
split into five folds by article: the printed held-out figures are refusal rates on articles
the model did not see, at the thresholds recorded in the file (plain choices: a refusal of an
answerable question costs more than an answer to an unanswerable one, so the Arabic threshold
keeps answerable refusals near 5 %). English questions are scored with the same model and
their own threshold; their figures are printed too.

With `--write` the fitted weights replace those in the file, with the figures beside them;
then check the sample test set (`qimma eval testsets/samples.jsonl`, CI bars in
.ci/eval-bars) and bench/answers.py.
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

from answers import DEFAULT_XQUAD, load_jsonl  # noqa: E402
from fit_answerer import FOLDS, cross_validated, fit_logistic  # noqa: E402


def retrieve(args, service, items: list[dict], lang: str) -> list[list]:
    cache = args.hits.with_suffix(f".{lang}.pkl") if args.hits else None
    if cache and cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    hits = [service.search(item["question"], service.settings.top_k) for item in items]
    if cache:
        with cache.open("wb") as f:
            pickle.dump(hits, f)
    return hits


def evidence_rows(answerer, items, all_hits, lang: str):
    """(features, rule fired, label, article) per question, with and without its gold paragraph."""
    from assistant.offline.qtype import detect_qtype
    from assistant.offline.refusal import REFUSAL_FEATURES, evidence_of
    from assistant.offline.select import score_sentences, split_hits
    from assistant.offline.terms import question_terms

    rows = []
    for item, hits in zip(items, all_hits, strict=True):
        article = item["context_id"].rsplit("-", 1)[0]
        for label, passages in (
            (0, hits),
            (1, [h for h in hits if h.doc_id != item["context_id"]]),
        ):
            sentences = split_hits(passages)
            if not sentences:
                rows.append((None, True, label, article))
                continue
            answerer._seed([s.text for s in sentences], passages)
            question = item["question"]
            qtype = detect_qtype(question)
            terms = question_terms(question, lang)
            ranked, idf = score_sentences(
                question, qtype, terms, sentences, answerer.embedder, answerer.weights, lang=lang
            )
            ev = evidence_of(qtype, terms, ranked, passages, idf)
            features = [float(getattr(ev, name)) for name in REFUSAL_FEATURES]
            rule = bool(ev.missing_entities or not ev.typed_ok)
            rows.append((features, rule, label, article, ev))
    return rows


def refusal_rates(rows, scores, threshold: float, policy, lang: str) -> dict[str, float]:
    """Share of answerable questions refused and of gold-withheld ones refused."""
    refused = {0: 0, 1: 0}
    total = {0: 0, 1: 0}
    for row, score in zip(rows, scores, strict=True):
        label = row[2]
        total[label] += 1
        if row[0] is None or row[1]:
            refused[label] += 1
            continue
        ev = row[4]
        if lang == "en" and ev.n_terms < policy.min_terms_english:
            refused[label] += bool(ev.best_dense) and ev.best_dense < policy.min_dense_english
        elif ev.focus_missing and score > policy.focus_threshold:
            refused[label] += 1
        else:
            refused[label] += score > threshold
    return {
        "answerable_refused": round(refused[0] / max(total[0], 1), 3),
        "withheld_refused": round(refused[1] / max(total[1], 1), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xquad", type=Path, default=DEFAULT_XQUAD)
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse an XQuAD index")
    parser.add_argument("--hits", type=Path, default=None, help="pickle prefix for passages")
    parser.add_argument("--write", action="store_true", help="write assistant/fitted/refusal.json")
    args = parser.parse_args()
    if not (args.xquad / "corpus.jsonl").exists():
        print(f"XQuAD not found at {args.xquad}", file=sys.stderr)
        return 2

    from assistant.config import Settings
    from assistant.fitted import load_fitted, write_fitted
    from assistant.offline.refusal import REFUSAL_FEATURES, RefusalPolicy
    from assistant.service import QimmaService

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="qimma-fit-refusal-"))
    service = QimmaService(Settings(data_dir=data_dir, answerer="offline"))
    service.ingest([args.xquad / "corpus.jsonl"])
    answerer = service.answerer("offline")
    policy = RefusalPolicy.fitted()

    rows_of = {}
    for lang in ("ar", "en"):
        items = load_jsonl(args.xquad / ("qa.jsonl" if lang == "ar" else "qa_en.jsonl"))
        rows_of[lang] = evidence_rows(answerer, items, retrieve(args, service, items, lang), lang)

    # fit on the Arabic rows that no rule decides (the rules refuse regardless of the score)
    ar = rows_of["ar"]
    usable = [r for r in ar if r[0] is not None and not r[1]]
    x = np.array([r[0] for r in usable])
    y = np.array([r[2] for r in usable], dtype=float)
    articles = sorted({r[3] for r in usable})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    folds = np.array([fold_of[r[3]] for r in usable])
    w = fit_logistic(x, y)
    oof = cross_validated(x, y, folds)
    shipped = np.array([policy.score(r[4]) for r in usable])

    def scores_for(rows, weights):
        return [
            float(np.dot(r[0], weights[:-1]) + weights[-1]) if r[0] is not None else 0.0
            for r in rows
        ]

    oof_by_row = dict(zip(map(id, usable), oof, strict=True))
    figures: dict[str, dict[str, float]] = {}
    shipped_w = np.array([*policy.weights, policy.bias])
    for name, scores in (
        ("shipped", [float(s) for s in scores_for(ar, shipped_w)]),
        ("fitted_on_all", scores_for(ar, w)),
        ("held_out_5_folds_by_article", [float(oof_by_row.get(id(r), 0.0)) for r in ar]),
    ):
        figures[f"ar_{name}"] = refusal_rates(ar, scores, policy.threshold, policy, "ar")
    en = rows_of["en"]
    figures["en_fitted_on_ar"] = refusal_rates(
        en, scores_for(en, w), policy.threshold_english, policy, "en"
    )
    print(f"rows: {len(usable)} Arabic (answerable + gold withheld) decided by the score")
    print(f"shipped weights: {np.round(shipped_w, 3).tolist()} (sanity: {shipped[:1]})")
    print(f"fitted weights:  {np.round(w, 3).tolist()}  ({', '.join(REFUSAL_FEATURES)}, bias)")
    for name, rates in figures.items():
        print(f"  {name:32s} {rates}")
    if args.write:
        path = write_fitted(
            "refusal",
            fitted_by="bench/fit_refusal.py",
            fitted_on="XQuAD-ar: 1,190 questions, top-5 passages with and without the gold "
            "paragraph; English thresholds checked on the same questions in English",
            weights=dict(zip(REFUSAL_FEATURES, w[:-1], strict=True)),
            bias=float(w[-1]),
            choices=load_fitted("refusal")["choices"],
            figures=figures,
        )
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
