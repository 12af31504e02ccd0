"""Word tables for reading dates: month names, weekdays, ordinal days, relative words.

Data only, keyed by the *search form* `dates.py` matches against: alef forms folded to ا,
ى → ي, ة → ه, tatweel and diacritics dropped, lower case (see `dates._fold`). Arabic news
names the same Gregorian month three ways (Gulf/Egyptian يونيو, Maghreb يونيو/يوليوز/غشت,
Levantine حزيران/تموز/آب), Algeria and Tunisia a fourth (جوان, جويلية); all map to one number.
"""

from __future__ import annotations

GREGORIAN_MONTHS: dict[str, int] = {
    # Gulf / Egyptian (transliterated from the European names)
    "يناير": 1, "فبراير": 2, "فبرايز": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "اغسطوس": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Maghreb (Morocco; ابريل and اكتوبر as above)
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Algeria / Tunisia (French-derived)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "جوان": 6, "جويليه": 7, "اوت": 8,
    # Levantine / Iraqi (Syriac names)
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # agency copy drops the article: "تسعة كانون أول/ ديسمبر"
    "كانون ثاني": 1, "تشرين اول": 10, "تشرين ثاني": 11, "كانون اول": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2,
    "ربيع الاول": 3, "ربيع اول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "ربيع اخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جماد الاول": 5,
    "جمادي الاخره": 6, "جمادي الاخر": 6, "جمادي الثانيه": 6, "جمادي الثاني": 6,
    "جماد الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذا القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
    "ذا الحجه": 12,
    # written as one word ("من 2 شوال إلى 9 ذوالقعدة")
    "ذوالقعده": 11, "ذيالقعده": 11, "ذوالحجه": 12, "ذيالحجه": 12,
}  # fmt: skip

# Python's weekday numbers (Monday = 0)
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
    "السبت": 5, "الاحد": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

_UNITS = ["", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
          "التاسع"]  # fmt: skip


_CARDINALS = ["", "واحد", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه"]


def _ordinal_days() -> dict[str, int]:
    """Day words: الاول … العاشر, الحادي عشر … التاسع عشر, العشرين … الحادي والثلاثين, and
    the cardinals واحد … واحد وثلاثين."""
    days = {"الاول": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الواحد والعشرين": 21}
    days.update({word: n for n, word in enumerate(_UNITS) if n >= 2})
    for n in range(1, 10):
        days[f"{_UNITS[n]} عشر"] = 10 + n
        days[f"{_UNITS[n]} والعشرين"] = 20 + n
    days["الحادي والثلاثين"] = 31
    # a day written as a cardinal ("يوم تسعة ديسمبر"); a day only before a month's name
    for n, word in enumerate(_CARDINALS[1:], 1):
        days[word] = n
        days[f"{word} وعشرين"] = 20 + n
        if n >= 3:  # 11 and 12 have forms of their own
            days[f"{word} عشر"] = 10 + n
    days.update({"احد عشر": 11, "اثني عشر": 12, "اثنا عشر": 12, "عشره": 10, "عشرين": 20,
                 "ثلاثين": 30, "واحد وثلاثين": 31})  # fmt: skip
    return days


ORDINAL_DAYS: dict[str, int] = _ordinal_days()

# Day counts in durations ("ولمدة 10 أيام", "على مدى يومين")
DAY_COUNTS: dict[str, int] = {
    "يوم": 1, "يوما": 1, "يومين": 2, "يومان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6,
    "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10,
}  # fmt: skip

# Words that place a day relative to the publication date: offset in days
RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0, "الليله": 0, "امس": -1, "امس الاول": -2, "اول امس": -2, "اول من امس": -2, "غدا": 1,
    "بعد غد": 2, "يوم غد": 1, "الليله الماضيه": -1, "البارحه": -1, "البارحه الاولي": -2,
    "today": 0, "yesterday": -1, "tomorrow": 1, "last night": -1,
}  # fmt: skip

# Direction words after a month, weekday or period: +1 next, 0 current, -1 last
DIRECTIONS: dict[str, int] = {
    "المقبل": 1, "المقبله": 1, "المقبلين": 1, "القادم": 1, "القادمه": 1, "القادمين": 1,
    "الحالي": 0, "الحاليه": 0, "الجاري": 0, "الجاريه": 0, "هذا": 0, "هذه": 0,
    "الماضي": -1, "الماضيه": -1, "المنصرم": -1, "الفائت": -1, "السابق": -1,
    "next": 1, "this": 0, "last": -1, "coming": 1, "current": 0, "past": -1,
}  # fmt: skip

PERIODS: dict[str, str] = {
    "الشهر": "month", "شهر": "month", "الاسبوع": "week", "اسبوع": "week", "العام": "year",
    "عام": "year", "السنه": "year", "month": "month", "week": "week", "year": "year",
    "weekend": "weekend",
}  # fmt: skip
