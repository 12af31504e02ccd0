"""The evaluation's metric functions on small hand-made cases with known values."""

from __future__ import annotations

import pytest

from qimma.evaluation import metrics as m
from qimma.evaluation.scoring import aggregate, check_bars, parse_bars, score_item


# --- Arabic-aware answer matching -------------------------------------------------------------
@pytest.mark.parametrize(
    ("prediction", "reference"),
    [
        ("٢٠٢٥", "2025"),  # Arabic-Indic digits
        ("مدينة", "مدينه"),  # ta marbuta
        ("إبريل", "ابريل"),  # alef with hamza below
        ("أبريل", "ابريل"),  # alef with hamza above
        ("آذار", "اذار"),  # alef madda
        ("مُؤْتَمَرٌ", "مؤتمر"),  # diacritics
        ("المـــدينة", "المدينة"),  # tatweel
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("The Summit.", "summit"),  # case, punctuation, English article
        ("في 10 أبريل [1].", "في 10 ابريل"),  # citation marker and punctuation
        ("**قمة المدن الذكية**", "قمة المدن الذكية"),  # Markdown bold
    ],
)
def test_exact_match_normalizes_arabic_spelling_variants(prediction, reference):
    assert m.exact_match(prediction, [reference]) == 1.0


def test_exact_match_does_not_stem():
    # القمة and قمة differ: stemming would let near-misses score as exact
    assert m.exact_match("القمة", ["قمة"]) == 0.0
    assert m.exact_match("2024", ["2025"]) == 0.0


def test_exact_match_takes_the_best_reference():
    assert m.exact_match("بركان", ["الرباط", "بركان"]) == 1.0
    assert m.exact_match("بركان", []) == 0.0


def test_token_f1_known_value():
    # pred 3 tokens, ref 2 tokens, 2 in common: P=2/3, R=1, F1=0.8
    assert m.token_f1("مدينة بركان المغربية", ["مدينه بركان"]) == pytest.approx(0.8)
    assert m.token_f1("جدة", ["بركان"]) == 0.0
    # max over references
    assert m.token_f1("مدينة بركان", ["جدة", "بركان"]) == pytest.approx(2 / 3)


def test_token_f1_counts_repeated_tokens_once_each():
    # pred "10 10 11" vs ref "10 11": common = min counts = 2, P=2/3, R=1
    assert m.token_f1("10 10 11", ["10 11"]) == pytest.approx(0.8)


def test_containment_needs_whole_tokens_in_order():
    answer = "تنعقد القمة يومي ١٠ و١١ أبريل ٢٠٢٥ في مدينة بركان [1]."
    assert m.containment(answer, ["10 و11 ابريل 2025"]) == 1.0
    assert m.containment(answer, ["مدينه بركان"]) == 1.0
    assert m.containment(answer, ["بركان مدينة"]) == 0.0  # order matters
    assert m.containment(answer, ["202"]) == 0.0  # no partial-token matches
    assert m.containment(answer, [""]) == 0.0


def test_word_count_ignores_markers():
    assert m.word_count("انطلقت القمة **اليوم** [1] [2]") == 3


def test_strip_markup_removes_grouped_markers():
    assert "[" not in m.strip_markup("نص [1, 2] ونص [3،4]")


# --- retrieval ---------------------------------------------------------------------------------
RANKED = ["a", "a", "b", "c", "a", "d"]  # passages: doc a has three


def test_ranks_are_by_distinct_document():
    assert m.dedupe(RANKED) == ["a", "b", "c", "d"]
    assert m.first_gold_rank(RANKED, ["c"]) == 3  # not 4: a's second passage does not count
    assert m.first_gold_rank(RANKED, ["z"]) is None


def test_hit_and_mrr():
    assert m.hit_at(RANKED, ["c"], 1) == 0.0
    assert m.hit_at(RANKED, ["c"], 3) == 1.0
    assert m.reciprocal_rank(RANKED, ["c", "b"]) == pytest.approx(0.5)
    assert m.reciprocal_rank(RANKED, ["d"], k=3) == 0.0
    assert m.reciprocal_rank(RANKED, ["z"]) == 0.0


def test_recall_at_k_with_several_gold_documents():
    assert m.recall_at(RANKED, ["a", "c", "z"], 3) == pytest.approx(2 / 3)
    assert m.recall_at(RANKED, ["a", "c", "z"], 1) == pytest.approx(1 / 3)
    assert m.recall_at(RANKED, [], 5) == 0.0


# --- citations and refusals --------------------------------------------------------------------
def test_citation_precision_and_recall():
    assert m.citation_precision(["a", "a", "b"], ["a"]) == pytest.approx(0.5)  # distinct docs
    assert m.citation_precision([], ["a"]) is None
    assert m.citation_recall(["a", "b"], ["a", "c"]) == pytest.approx(0.5)
    assert m.citation_recall(["a"], []) is None
    assert m.supported_share([True, False, True, True]) == pytest.approx(0.75)
    assert m.supported_share([]) is None


def test_refusal_scores():
    # (answerable, refused)
    pairs = [
        (False, True),
        (False, True),
        (False, False),
        (True, True),
        (True, False),
        (True, False),
    ]
    scores = m.refusal_scores(pairs)
    assert scores["refusal_precision"] == pytest.approx(2 / 3)  # 3 refusals, 2 right
    assert scores["refusal_recall"] == pytest.approx(2 / 3)  # 3 unanswerable, 2 refused
    assert scores["wrong_refusal_rate"] == pytest.approx(1 / 3)  # 3 answerable, 1 refused
    none = m.refusal_scores([(True, False)])
    assert none["refusal_precision"] is None and none["refusal_recall"] is None


def test_percentile_and_mean():
    values = [10.0, 20.0, 30.0, 40.0, None]
    assert m.percentile(values, 50) == pytest.approx(25.0)
    assert m.percentile(values, 95) == pytest.approx(38.5)
    assert m.percentile([], 50) is None
    assert m.mean([1.0, None, 0.0]) == pytest.approx(0.5)
    assert m.mean([None]) is None


# --- one item, several items -------------------------------------------------------------------
def _record(**fields):
    base = {
        "id": "x",
        "kind": "fact",
        "question": "متى؟",
        "references": ["10 أبريل 2025"],
        "gold_docs": ["doc-a"],
        "answerable": True,
        "answer": "تنعقد يوم ١٠ أبريل ٢٠٢٥ [1].",
        "short_answer": "١٠ أبريل ٢٠٢٥",
        "refused": False,
        "citations": [
            {"doc_id": "doc-a", "supported": True},
            {"doc_id": "doc-b", "supported": False},
        ],
        "retrieved": [{"doc_id": "doc-b", "score": 0.9}, {"doc_id": "doc-a", "score": 0.8}],
        "timings": {"total_ms": 12.0, "retrieve_ms": 3.0},
        "usage": {},
        "error": None,
    }
    base.update(fields)
    base["metrics"] = score_item(base)
    return base


def test_score_item_known_values():
    s = _record()["metrics"]
    assert s["exact_match"] == 1.0  # the short answer, normalized
    assert s["contains"] == 1.0
    assert s["hit@1"] == 0.0 and s["hit@5"] == 1.0 and s["mrr@10"] == 0.5
    assert s["citation_precision"] == 0.5 and s["citation_recall"] == 1.0
    assert s["citations"] == 2 and s["citations_supported_n"] == 1
    assert s["latency_ms"] == 12.0


def test_refused_answerable_item_scores_zero():
    s = _record(refused=True, answer="لا أجد", short_answer=None, citations=[])["metrics"]
    assert s["exact_match"] == s["f1"] == s["contains"] == 0.0
    assert s["citation_recall"] == 0.0
    assert "citation_precision" not in s


def test_aggregate_overall():
    records = [
        _record(id="1"),
        _record(id="2", refused=True, answer="x", short_answer=None, citations=[]),
        _record(
            id="3",
            references=[],
            gold_docs=[],
            answerable=False,
            refused=True,
            answer="لا",
            short_answer=None,
            citations=[],
            kind="unanswerable",
        ),
        _record(
            id="4",
            references=[],
            gold_docs=[],
            answerable=False,
            refused=False,
            kind="unanswerable",
            timings={"total_ms": 40.0},
        ),
    ]
    out = aggregate(records)
    assert out["items"] == 4 and out["answerable"] == 2 and out["unanswerable"] == 2
    assert out["exact_match"] == 0.5  # answered 1.0, refused 0.0
    assert out["refusal_precision"] == 0.5  # refusals on 2 and 3; only 3 is right
    assert out["refusal_recall"] == 0.5
    assert out["wrong_refusal_rate"] == 0.5
    assert out["citations_supported"] == pytest.approx(2 / 4)  # items 1 and 4 cite 2 each
    assert out["latency_p50_ms"] == 12.0
    assert out["errors"] == 0 and out["error_rate"] == 0.0


def test_parse_and_check_bars():
    valid = ("f1", "hit@5")
    assert parse_bars(["f1=0.5", "hit@5=1"], valid) == {"f1": 0.5, "hit@5": 1.0}
    with pytest.raises(ValueError, match="valid metrics: f1, hit@5"):
        parse_bars(["bogus=1"], valid)
    with pytest.raises(ValueError, match="not a number"):
        parse_bars(["f1=high"], valid)
    summary = {"overall": {"f1": 0.4, "hit@5": 1.0, "refusal_recall": None}}
    assert check_bars(summary, {"hit@5": 0.9}) == []
    failures = check_bars(summary, {"f1": 0.5, "refusal_recall": 0.1})
    assert len(failures) == 2 and "f1" in failures[0] and "not measured" in failures[1]
    assert check_bars({"overall": {"latency_p95_ms": 900.0}}, {}, {"latency_p95_ms": 500})
