"""A number that looks like a year but counts the noun after it: "1800 سيارة".

"في أي عام هجري أقيم المهرجان لأول مرة؟" was answered "1800" (from "1800 سيارة محملة"), and
"كم سيارة …؟" could never be answered 1800: any four digits from 1000 to 2099 were a year. A
bare year followed by a noun, with no word before it that says it is a year, is a count now;
and a year written with its calendar's letter ("1428هـ", "2015م") is a year. Invented text.
"""

from __future__ import annotations

from assistant.offline.extract import _plausible_numbers, date_candidates, number_candidates


def _dates(text: str) -> list[str]:
    return [c.text for c in date_candidates(text)]


def test_four_digits_before_a_noun_count_it():
    assert _dates("ووصل إلى السوق 1900 شاحنة محملة بالتمور") == []
    assert _dates("the fleet had 1500 ships") == []
    text = "ووصل إلى السوق 1900 شاحنة محملة بالتمور"
    counts = _plausible_numbers(number_candidates(text), "كم شاحنة وصلت إلى السوق؟", text)
    assert [c.text for c in counts] == ["1900"]


def test_a_year_is_still_a_year():
    # (guard) a word that says it is a year, the calendar's letter, a word that counts nothing
    assert _dates("أقيم المهرجان عام 1429هـ لأول مرة") == ["1429هـ"]
    assert _dates("افتتح الجسر 2012م بحضور الأمير") == ["2012م"]
    assert _dates("in 1900 the town grew") == ["1900"]
    assert _dates("بني القصر 1890 على يد الحاكم") == ["1890"]
    assert _dates("توفي الشاعر 1950 في القاهرة") == ["1950"]


def test_a_year_with_its_calendars_letter_in_english():
    from assistant.offline.english import english_date

    assert english_date("2012م") == "2012"
    assert english_date("1429هـ") == "1429 AH"
    assert english_date("5 أغسطس 2015م") == "5 August 2015"
