"""The shared analyzer: normalization, tokens, stems, stopwords, language, and retrieval quality."""

from __future__ import annotations

import json
import math
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from language.analyzer import STOPWORDS, analyze, detect_language, normalize, stem, tokenize

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))
XQUAD = ROOT.parent / "shared" / "bench" / "xquad-ar"


def stem_of(word: str) -> str:
    return stem(normalize(word))


# --- normalize -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قِمَّةُ المُدُنِ الذَّكِيَّةِ", "قمه المدن الذكيه"),  # harakat, shadda
        ("أهميةً بالغةٌ كتابٍ", "اهميه بالغه كتاب"),  # tanwin
        ("هٰذا الرَّحْمٰن", "هذا الرحمن"),  # superscript alef, sukun
        ("قمـــة المــدن", "قمه المدن"),  # tatweel joins, it does not split
        ("عَلِيمٌۖ حَكِيمٌۗ", "عليم حكيم"),  # Quranic pause marks
        ("أحمد إقليم آخر ٱلله", "احمد اقليم اخر الله"),  # alef forms
        ("مسؤول مسئول شؤون شئون", "مسءول مسءول شءون شءون"),  # hamza seats meet
        ("الملتقى مستشفى", "الملتقي مستشفي"),  # alef maqsura
        ("مدينة ذكية", "مدينه ذكيه"),  # ta marbuta
        ("٢٠٢٥ و۱۴۰۳", "2025 و1403"),  # Arabic-Indic and Persian digits
        ("٢٫٥ مليون و 2.5 مليون.", "2.5 مليون و 2.5 مليون"),  # decimals kept, full stop not
        ("ENIAD École", "eniad ecole"),  # Latin case and accents
        ("«قمة»، ؛ ؟ “smart” (STMC) - 10-11", "قمه smart stmc 10 11"),  # punctuation
        ("  قمة \u00a0\t\n البحرين  ", "قمه البحرين"),  # whitespace and NBSP
        ("مد\u200cينة\u200f", "مدينه"),  # zero-width and bidi controls vanish inside words
        ("ﻻ ﺍﻟﻤﺪﻥ", "لا المدن"),  # PDF presentation forms
        ("", ""),
        ("ًٌٍَُِّْ", ""),  # only diacritics
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_is_idempotent_on_articles() -> None:
    assert ARTICLES, "sample articles missing"
    for path in ARTICLES:
        once = normalize(path.read_text(encoding="utf-8"))
        assert once, path.name
        assert normalize(once) == once, path.name


def test_normalize_is_idempotent_on_random_text() -> None:
    pool = (
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
        "أإآٱؤئءىة"
        "ًٌٍَُِّْٰـۖ"
        "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬،؛؟«»"
        "abcXYZÉéßİ0123456789.,;:!?-_ \n\t\u00a0\u200c"
        "ﻻﺅﻯﷲ½²ﬁℌ"
    )
    rng = random.Random(20250410)
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        once = normalize(text)
        assert normalize(once) == once, repr(text)


# --- tokenize --------------------------------------------------------------------------------


def test_tokenize_keeps_numbers_and_latin_words() -> None:
    assert tokenize("الملتقى الدولي (ENIAD) يومي ١٠ و11 أبريل 2025.") == [
        "الملتقي",
        "الدولي",
        "eniad",
        "يومي",
        "10",
        "و",
        "11",
        "ابريل",
        "2025",
    ]


def test_tokenize_splits_where_the_script_changes() -> None:
    assert tokenize("2025م WeCasablanca") == ["2025", "م", "wecasablanca"]
    assert tokenize("نمو 2.5% في 2024") == ["نمو", "2.5", "في", "2024"]


def test_tokenize_empty_and_diacritics_only() -> None:
    assert tokenize("") == []
    assert tokenize("  ،؛ ًٌٍ  ") == []


# --- stem ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        ("المدينة", "مدينة", "بالمدينة", "للمدينة", "والمدينة"),
        ("الذكية", "ذكية", "ذكي", "والذكية", "الذكي"),
        ("للمؤتمرات", "مؤتمر", "المؤتمر", "مؤتمرات", "والمؤتمرات"),
        ("قمة", "القمة", "للقمة", "وقمة"),
        ("البحرين", "بحرين", "والبحرين", "للبحرين"),
        ("الوزير", "وزير", "للوزير", "ووزير"),  # root و goes too, but alike in every form
        ("المدن", "مدن", "ومدن", "بالمدن"),
        ("المشاركين", "مشارك", "المشاركون"),
        ("cities", "city", "City"),
        ("summits", "summit", "Summit"),
    ],
)
def test_stem_joins_the_forms_of_one_word(forms: tuple[str, ...]) -> None:
    assert len({stem_of(form) for form in forms}) == 1, {form: stem_of(form) for form in forms}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("المدن", "مدن"),  # the broken plural keeps its letters
        ("البحرين", "بحرين"),  # Snowball: بحر; not the sea
        ("بركان", "بركان"),  # Snowball: ركان
        ("لبنان", "لبنان"),
        ("فبراير", "فبراير"),  # Snowball: راير
        ("يونيو", "يونيو"),  # Snowball: يون
        ("ذكي", "ذكي"),  # Snowball: ذك
        ("قانون", "قانون"),
        ("بالغة", "بالغ"),  # not بال + غة
        ("2025", "2025"),
    ],
)
def test_stem_does_not_overstem(word: str, expected: str) -> None:
    assert stem_of(word) == expected


def test_stem_leaves_at_least_three_letters() -> None:
    for word in ("الذكية", "القمة", "جهات", "والد", "مصر", "دبي", "ذكيه", "سنوات", "وقت"):
        assert len(stem_of(word)) >= 3, word


def test_stem_normalizes_its_token() -> None:
    assert stem("المدينة") == stem("مدينه") == stem_of("المدينة")
    assert stem("Cities") == stem("cities")


def test_stem_is_cached() -> None:
    stem.cache_clear()
    stem("المدن")
    stem("المدن")
    assert stem.cache_info().hits >= 1


# --- stopwords and analyze -------------------------------------------------------------------


def test_stopwords_are_normalized_function_words() -> None:
    assert all(normalize(word) == word for word in STOPWORDS)
    for word in ("في", "من", "إلى", "على", "عن", "مع", "هذا", "هذه", "التي", "الذي", "وفي"):
        assert normalize(word) in STOPWORDS, word
    for word in ("the", "of", "and", "is"):
        assert word in STOPWORDS
    for word in ("مدينة", "قمة", "ذكية", "مؤتمر", "البحرين", "بركان", "smart", "city"):
        assert normalize(word) not in STOPWORDS, word


def test_analyze_drops_stopwords_and_stems() -> None:
    assert analyze("في المدن الذكية") == ["مدن", "ذكي"]
    assert analyze("The smart cities of Bahrain") == ["smart", "citi", "bahrain"]
    assert analyze("") == []
    assert analyze("ُ ً ،") == []


def test_query_terms_meet_document_terms() -> None:
    """A question worded differently from the article still shares its terms."""
    article = (ROOT / "data" / "articles" / "bahrain-smart-cities-summit.txt").read_text("utf-8")
    doc_terms = set(analyze(article))
    query = "متى تُعقد قِمَّة البحرين للمدن الذكيّة؟ ومَن يُنظِّمها؟"
    query_terms = analyze(query)
    assert {stem_of("قمة"), stem_of("البحرين"), stem_of("الذكية"), "مدن"} <= set(query_terms)
    assert set(query_terms) - doc_terms <= {stem_of("تعقد"), stem_of("ينظمها")}


def test_analyze_is_fast_enough_for_the_query_path() -> None:
    query = "ما هي أبرز محاور الملتقى الدولي حول المدن الذكية في بركان سنة ٢٠٢٥ ومن ينظمه؟ " * 5
    analyze(query)
    started = time.perf_counter()
    for _ in range(20):
        analyze(query)
    assert (time.perf_counter() - started) / 20 < 0.1


# --- detect_language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("متى تنعقد قمة المدن الذكية؟", "ar"),
        ("When is the smart cities summit?", "en"),
        ("ما هو ENIAD؟", "ar"),
        ("ما هي Smart City Expo World Congress؟", "ar"),  # Arabic question, English name
        ("Who organizes ملتقى المدينة الذكية للدار البيضاء?", "en"),  # and the reverse
        ("ENIAD", "en"),
        ("", "ar"),  # no letters: the corpus language
        ("2025 - 10", "ar"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_detect_language_on_articles() -> None:
    for path in ARTICLES:
        assert detect_language(path.read_text(encoding="utf-8")) == "ar", path.name


# --- retrieval quality on a real Arabic benchmark --------------------------------------------


def _bm25_recall_at_5(docs: list[list[str]], queries: list[tuple[list[str], set[int]]]) -> float:
    k1, b = 1.5, 0.75
    tfs = [Counter(doc) for doc in docs]
    avg = sum(map(len, docs)) / len(docs)
    df = Counter(term for tf in tfs for term in tf)
    idf = {t: math.log(1 + (len(docs) - n + 0.5) / (n + 0.5)) for t, n in df.items()}
    hits = 0
    for terms, gold in queries:
        scores = []
        for i, tf in enumerate(tfs):
            norm = k1 * (1 - b + b * len(docs[i]) / avg)
            score = sum(idf[t] * tf[t] * (k1 + 1) / (tf[t] + norm) for t in terms if t in tf)
            scores.append((score, i))
        top = {i for _, i in sorted(scores, reverse=True)[:5]}
        hits += bool(top & gold)
    return hits / len(queries)


@pytest.mark.slow
@pytest.mark.needs_shared("bench/xquad-ar/qa.jsonl", "bench/xquad-ar/corpus.jsonl")
def test_analyzer_retrieval_quality_on_xquad_ar() -> None:
    """BM25 with the analyzer beats plain normalized tokens (README: R@5 0.934) on XQuAD-ar."""
    corpus = [json.loads(line) for line in (XQUAD / "corpus.jsonl").open(encoding="utf-8")]
    index = {row["id"]: i for i, row in enumerate(corpus)}
    qa = [json.loads(line) for line in (XQUAD / "qa.jsonl").open(encoding="utf-8")]
    queries = [(analyze(q["question"]), {index[g] for g in q["gold_context_ids"]}) for q in qa]
    recall = _bm25_recall_at_5([analyze(row["text"]) for row in corpus], queries)
    assert recall >= 0.96
