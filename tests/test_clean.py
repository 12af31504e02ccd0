"""Article cleaning and PDF-damage repair, on the real sample articles and on known words."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from ingest.clean import clean_article, repair_pdf_damage
from language.analyzer import tokenize

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
XQUAD = ROOT.parent / "shared" / "bench" / "xquad-ar"
DAMMA = "\u064f"

CASABLANCA = "casablanca-smart-city-forum.txt"
SOUND_ARTICLES = [
    "bahrain-smart-cities-summit.txt",
    "berkane-smart-cities-forum-2025.txt",
    "berkane-smart-cities-symposium-2024.txt",
    "jeddah-e-municipality-day.txt",
]
# A sentence with unmistakable damage, to put a word in a text that came from a damaging PDF.
DAMAGED_CONTEXT = "هذا االنتقال يتطلب نهجا مبتكرا."
SOUND_WORDS = [
    "الانتقال",
    "للاستجابة",
    "فضل",
    "فضلا",
    "شمال",
    "الشمال",
    "مجال",
    "إجمالا",
    "أعمال",
    "جمال",
    "كمال",
    "خلال",
    "أطفال",
    "استقبال",
    "أجيال",
    "خيال",
    "وخيال",
    "حيال",
    "مكيال",
    "لالة",
    "لالتزامها",
    "الآن",
    "الأمم",
    "إلا",
    "لا",
    "يُعد",
    "وُلد",
    "فُتح",
]


def read(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """(old, new) pairs of the words that differ, whitespace included in the words."""
    a, b = re.split(r"(\s+)", before), re.split(r"(\s+)", after)
    pairs = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            pairs.append(("".join(a[i1:i2]).strip(), "".join(b[j1:j2]).strip()))
    return pairs


# --- repair_pdf_damage -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("االنتقال", "الانتقال"),
        ("واالستدامة", "والاستدامة"),
        ("باالضافة", "بالاضافة"),
        ("األمم", "الأمم"),
        ("اإلنسان", "الإنسان"),
        ("إجماال", "إجمالا"),
        ("إال", "إلا"),
        ("ُيعد", "يُعد"),
        ("وُيعد", "ويُعد"),
        ("وُيمكنها", "ويُمكنها"),
        ("وفعالة ُ ستساهم", "وفعالة ستساهم"),
    ],
)
def test_repairs_damage_sound_text_never_has(damaged: str, repaired: str) -> None:
    assert repair_pdf_damage(damaged) == repaired
    assert repair_pdf_damage(f"قال {damaged} هنا") == f"قال {repaired} هنا"


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("لالستجابة", "للاستجابة"),
        ("فضال عن", "فضلا عن"),
        ("شامال", "شاملا"),
        ("وشامال", "وشاملا"),
        ("متكامال", "متكاملا"),
        ("طويال", "طويلا"),
        ("تفصيال", "تفصيلا"),
        ("ستساهم ال محالة", "ستساهم لا محالة"),
    ],
)
def test_repairs_ambiguous_damage_in_damaged_text(damaged: str, repaired: str) -> None:
    expected = f"هذا الانتقال يتطلب نهجا مبتكرا. {repaired}"
    assert repair_pdf_damage(f"{DAMAGED_CONTEXT} {damaged}") == expected


def test_ambiguous_shapes_are_left_alone_in_sound_text() -> None:
    """لاسال (La Salle) or a stray ال are not damage unless the text shows the damage."""
    for text in ("فضال عن", "شامال", "ستساهم ال محالة", "لالستجابة", "دو لاسال"):
        assert repair_pdf_damage(text) == text


@pytest.mark.parametrize("word", SOUND_WORDS)
def test_sound_words_are_unchanged(word: str) -> None:
    assert repair_pdf_damage(word) == word
    assert repair_pdf_damage(f"{DAMAGED_CONTEXT} {word} و{word}") == (
        f"هذا الانتقال يتطلب نهجا مبتكرا. {word} و{word}"
    )


def test_words_run_together_are_not_damage() -> None:
    assert repair_pdf_damage("بنتهاالجامعة") == "بنتهاالجامعة"


def test_casablanca_repairs_exactly_the_damage() -> None:
    raw = read(CASABLANCA)
    repaired = repair_pdf_damage(raw)
    assert word_diff(raw, repaired) == [
        ("ُيعد", "يُعد"),
        ("وُيعد", "ويُعد"),
        ("فضال", "فضلا"),
        ("ُ", ""),
        ("ال", "لا"),
        ("ُيمكن", "يُمكن"),
        ("وُيمكنها", "ويُمكنها"),
        ("ُيشكل", "يُشكل"),
        ("ُاعتبرت", "اُعتبرت"),
        ("ُ", ""),
        ("االنتقال", "الانتقال"),
        ("وشامال", "وشاملا"),
        ("االنتقال", "الانتقال"),
        ("ُعد", "عُد"),
        ("لالستجابة", "للاستجابة"),
        ("وُيعزز", "ويُعزز"),
    ]
    assert not re.search(rf"(?<!\S){DAMMA}", repaired)  # no damma starts a word
    assert "ستساهم لا محالة" in repaired
    assert "فضلا عن أمريكا الشمالية" in repaired
    assert repair_pdf_damage(repaired) == repaired


@pytest.mark.parametrize("name", SOUND_ARTICLES)
def test_sound_articles_are_unchanged(name: str) -> None:
    raw = read(name)
    assert repair_pdf_damage(raw) == raw


@pytest.mark.needs_shared("bench/xquad-ar/corpus.jsonl")
def test_wikipedia_paragraphs_are_unchanged() -> None:
    with (XQUAD / "corpus.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    changed = [t[:60] for t in texts if repair_pdf_damage(t) != t]
    assert changed == []


# --- clean_article ---------------------------------------------------------------------------

HEADLINE = "جاهزية ومرونة المدن الذكية في مواجهة التحديات المناخية والبيئية محور ندوة دولية ببركان"


def test_berkane_2024_loses_site_chrome_and_repeated_headline() -> None:
    raw = read("berkane-smart-cities-symposium-2024.txt")
    assert raw.count(HEADLINE) == 3
    cleaned = clean_article(raw)
    assert cleaned.count(HEADLINE) == 1
    assert cleaned.startswith(HEADLINE)
    for chrome in (
        "Quantcast",
        "MyMeteo",
        "Facebook",
        "YouTube",
        "Newsletter",
        "Rss",
        "الاشتراك بالرسالة الاخبارية",
        "أدخل بريدك الإلكتروني",
        "تم تعديله",
    ):
        assert chrome not in cleaned, chrome
    assert "\n\n\n" not in cleaned
    assert "\u00a0" not in cleaned
    assert cleaned == cleaned.strip()
    assert all(line == line.strip() for line in cleaned.split("\n"))
    assert cleaned.endswith("بالإضافة إلى الإدماج الكامل للمواطنين في التخطيط الحضري.")
    assert "*العلم الإلكترونية*" in cleaned  # the source's byline stays


def test_lone_bullets_join_their_items() -> None:
    cleaned = clean_article(read("berkane-smart-cities-forum-2025.txt"))
    lines = cleaned.split("\n")
    assert "-" not in lines
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == 5
    assert items[0] == "- ديناميات التحول الرقمي وأثره على المدن المغربية."


def test_clean_keeps_diacritics_and_repairs_pdf_damage() -> None:
    assert "سيُعقد" in clean_article(read("berkane-smart-cities-forum-2025.txt"))
    cleaned = clean_article(read(CASABLANCA))
    assert "يُعد" in cleaned
    assert "للاستجابة" in cleaned
    assert "االنتقال" not in cleaned


@pytest.mark.parametrize("name", [*SOUND_ARTICLES, CASABLANCA])
def test_clean_only_removes_or_repairs(name: str) -> None:
    """Every word of the cleaned text was in the raw text (repaired words aside)."""
    raw = read(name)
    raw_words = set(tokenize(repair_pdf_damage(raw)))
    cleaned = clean_article(raw)
    assert set(tokenize(cleaned)) <= raw_words
    # only chrome goes: the 2024 symposium page carries ~11 % site chrome, the others ~none
    kept = 0.85 if name.startswith("berkane-smart-cities-symposium") else 0.98
    assert len(cleaned) > kept * len(raw.strip())
    assert clean_article(cleaned) == cleaned


def test_clean_generic_rules() -> None:
    raw = (
        "\ufeffعنوان الخبر\r\n"
        "Facebook Twitter\r\n"
        "Instagram\r\n"
        "\r\n\r\n\r\n"
        "يعلن المنظمون عن الملتقى\u00a0 الدولي\u200b.\r\n"
        "Last updated: 2025-04-10\n"
        "عنوان الخبر\n"
        "—\n"
        "***\n"
        "نشر الخبر على Facebook وتويتر بعد المؤتمر الصحفي.\n"
        "ﻻ تعليق\n"
        "-\n"
        "\n"
        "البند الأول\n"
    )
    assert clean_article(raw) == (
        "عنوان الخبر\n"
        "\n"
        "يعلن المنظمون عن الملتقى الدولي.\n"
        "نشر الخبر على Facebook وتويتر بعد المؤتمر الصحفي.\n"
        "لا تعليق\n"
        "\n"
        "- البند الأول"
    )


def test_long_repeated_paragraphs_are_kept() -> None:
    paragraph = "وقال الوزير إن المدن الذكية " * 12
    cleaned = clean_article(f"{paragraph}\n\n{paragraph}")
    assert cleaned.count(paragraph.strip()) == 2


def test_clean_empty_and_chrome_only() -> None:
    assert clean_article("") == ""
    assert clean_article(" \n\u00a0\n") == ""
    assert clean_article("Facebook\nYouTube\nRss\n") == ""
