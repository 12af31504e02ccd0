"""An English lead for an English question answered from Arabic articles, without a translator.

Offline there is no model that translates, but the short answers a reader asks for most often
need none: a date or a number reads the same once its month and words are rendered in English,
and a place or body that the article itself names in Latin letters, or that the bilingual
gazetteer knows, has its English name already. Anything else gets no English lead rather than
a guess; the Arabic quote stays as the evidence either way.
"""

from __future__ import annotations

import re

from assistant.offline.qtype import QType
from language.analyzer import normalize
from language.gazetteer import PLACES

_MONTHS = {
    "January": "يناير كانون الثاني",
    "February": "فبراير شباط",
    "March": "مارس آذار اذار",
    "April": "أبريل ابريل إبريل نيسان",
    "May": "مايو ماي أيار ايار",
    "June": "يونيو يونيه حزيران",
    "July": "يوليو يوليوز تموز",
    "August": "أغسطس اغسطس غشت آب",
    "September": "سبتمبر شتنبر أيلول ايلول",
    "October": "أكتوبر اكتوبر تشرين الأول تشرين الاول",
    "November": "نوفمبر نونبر تشرين الثاني",
    "December": "ديسمبر دجنبر كانون الأول كانون الاول",
}
# month names of two words first, so "كانون الثاني" is not read as "كانون"
_MONTH_NAMES = sorted(
    (
        (name, en)
        for en, names in _MONTHS.items()
        for name in re.findall(r"(?:كانون|تشرين) \S+|\S+", names)
    ),
    key=lambda pair: -len(pair[0]),
)
_MONTH_RE = re.compile(
    r"(?<![\w])[وبل]?(" + "|".join(re.escape(n) for n, _ in _MONTH_NAMES) + r")(?![\w])"
)
_MONTH_EN = dict(_MONTH_NAMES)
_EN_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")

# the words a number or date lead may hold besides digits, in English (normalized Arabic keys)
_NUMBER_WORDS = {
    normalize(ar): en
    for ar, en in {
        "أكثر من": "more than",
        "اكثر من": "more than",
        "ما يزيد عن": "more than",
        "أقل من": "less than",
        "حوالي": "about",
        "حوالى": "about",
        "نحو": "about",
        "قرابة": "nearly",
        "ما يقارب": "nearly",
        "ألف": "thousand",
        "آلاف": "thousand",
        "الف": "thousand",
        "مليون": "million",
        "ملايين": "million",
        "مليار": "billion",
        "مليارات": "billion",
        "بالمئة": "%",
        "بالمائة": "%",
        "في المئة": "%",
        "في المائة": "%",
        "٪": "%",
        "%": "%",
        "يومين": "two days",
        "يومان": "two days",
        "شهرين": "two months",
        "عامين": "two years",
        "سنتين": "two years",
        "ساعتين": "two hours",
        "أسبوعين": "two weeks",
        "مرتين": "twice",
        "ثلاثة أيام": "three days",
        "ثلاثة": "three",
        "أربعة": "four",
        "خمسة": "five",
        "عشرة": "ten",
    }.items()
    if normalize(ar)
}
_DATE_FILLER = {
    normalize(w)
    for w in [
        "يوم",
        "يومي",
        "من",
        "و",
        "إلى",
        "الى",
        "سنة",
        "عام",
        "العام",
        "-",
        "–",
        "/",
        "(",
        ")",
        "،",
    ]
}
_NEXT_MONTH = re.compile(r"(?:الشهر|الشّهر)\s+(?:المقبل|القادم)")
# gazetteer keys that are words of longer names more often than names ("مركز الخليج")
_GENERIC = {"gulf", "arab", "kingdom", "africa", "asia", "europe", "uae"}
# Arabic names the gazetteer knows, longest first, with their English name
_PLACE_NAMES = sorted(
    {normalize(ar): en for en, ar in PLACES.items() if en not in _GENERIC}.items(),
    key=lambda pair: -len(pair[0]),
)
# words that may stand beside a known name in a lead ("فندق حياة ريجنسي" is the Hyatt Regency)
_NAME_NOUNS = {
    normalize(w)
    for w in ["فندق", "مدينة", "مركز", "قصر", "إقليم", "ولاية", "مملكة", "دولة", "العاصمة"]
}
_LATIN_AFTER = re.compile(r"\s*[(\[«\"]\s*([A-Za-z][A-Za-z0-9 .&'-]{1,60}?)\s*[)\]»\"]")


def english_lead(text: str, kind: QType, sentence: str = "", end: int = -1) -> str | None:
    """The short answer `text` (a span of `sentence` ending at `end`) in English, or None when
    it cannot be rendered without translating."""
    if kind is QType.DATE:
        return english_date(text)
    if kind is QType.NUMBER:
        return english_number(text)
    if kind in (QType.PLACE, QType.PERSON, QType.NAME):
        return english_name(text, sentence, end)
    return None


def english_date(text: str) -> str | None:
    """ "10 و 11 أبريل 2025" → "10–11 April 2025"; None when a word is left unread. A Hijri date
    given with its Gregorian day ("14 ذو القعدة 1436هـ الموافق 29 أغسطس 2015م") is rendered by the
    Gregorian."""
    if (said := _GREGORIAN_SAID.search(text)) is not None:
        text = said.group(1)
    plain = text.translate(_DIGITS)
    if (hijri := _HIJRI_YEAR.fullmatch(plain)) is not None:
        return f"{hijri.group(1)} AH"  # "1428هـ"
    plain = _GREGORIAN_MARK.sub(r"\1", plain)  # "2015م"
    month = _MONTH_RE.search(plain)
    month_en = _MONTH_EN[month.group(1)] if month else None
    rest = plain[: month.start()] + " " + plain[month.end() :] if month else plain
    if month_en is None and (m := _EN_MONTH_RE.search(rest)):
        month_en = m.group(1).capitalize()
        rest = rest[: m.start()] + " " + rest[m.end() :]
    next_month = _NEXT_MONTH.search(rest)
    if next_month:
        rest = rest[: next_month.start()] + " " + rest[next_month.end() :]
    numbers = [int(n) for n in re.findall(r"\d+", rest)]
    leftover = re.sub(r"\d+", " ", rest)
    if any(normalize(w) not in _DATE_FILLER for w in re.findall(r"[^\s\d]+", leftover)):
        return None
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if 1 <= n <= 31]
    if len(years) + len(days) != len(numbers) or len(years) > 1 or len(days) > 2:
        return None
    day = "–".join(str(d) for d in days)
    if month_en is None and next_month is None:
        return str(years[0]) if years and not days else None
    words = [day, month_en or "", str(years[0]) if years else ""]
    out = " ".join(w for w in words if w)
    return f"{out} next month" if next_month else out


# a year written with its calendar's letter: "1428هـ" (Hijri), "2015م" (Gregorian)
_HIJRI_YEAR = re.compile(r"\s*(\d{4})\s*هـ?\s*")
_GREGORIAN_MARK = re.compile(r"(\d{4})\s*م(?!\w)")
# "… الموافق 12 أغسطس 2015م": the Gregorian day a Hijri date is said to fall on
_GREGORIAN_SAID = re.compile(r"(?:الموافق|الموافقة|والموافق)\s*(?:لـ?\s*)?(.+?)\s*م?$")


def english_number(text: str) -> str | None:
    """ "أكثر من 20" → "more than 20"; None when a word is not one the table knows."""
    tokens = re.findall(r"\d+(?:[.,]\d+)*|%|[^\s\d%]+", text.translate(_DIGITS).replace("٪", "%"))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i][0].isdigit() or tokens[i] == "%":
            out.append(tokens[i])
            i += 1
            continue
        for size in (3, 2, 1):  # the longest phrase of the table starting here
            phrase = normalize(" ".join(tokens[i : i + size]))
            if i + size <= len(tokens) and phrase in _NUMBER_WORDS:
                out.append(_NUMBER_WORDS[phrase])
                i += size
                break
        else:
            return None
    if not out:
        return None
    return " ".join(out).replace(" %", "%")


def english_name(text: str, sentence: str = "", end: int = -1) -> str | None:
    """The English name of a place or body: the Latin name the article gives right after it,
    "(ENIAD)", or the gazetteer's name that the lead is or introduces ("فندق حياة ريجنسي" is
    the Hyatt Regency)."""
    if sentence and end >= 0 and (m := _LATIN_AFTER.match(sentence, end)):
        return m.group(1).strip()
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&'-]*", text.strip()):
        return text.strip()
    # the lead, and when it is a bare noun (فندق) the few words it introduces
    start = sentence.find(text, max(0, end - len(text))) if sentence and end >= 0 else -1
    window = normalize(sentence[start : end + 40] if start >= 0 else text)
    for arabic, english in _PLACE_NAMES:
        pos = window.find(arabic)
        if pos < 0:
            continue
        before = window[:pos].split()
        if len(before) <= 1 and all(w in _NAME_NOUNS for w in before):
            return " ".join(w.capitalize() for w in english.split())
    return None


def introduced_name(text: str, question: str) -> str | None:
    """The English name of a place the quote introduces with a noun ("فندق حياة ريجنسي") and
    the question does not already name; for a where/which question with no short answer."""
    asked = question.lower()
    norm = normalize(text)
    words = norm.split()
    for arabic, english in _PLACE_NAMES:
        if english in asked:
            continue
        pos = norm.find(arabic)
        if pos <= 0:
            continue
        before = norm[:pos].split()
        if before and before[-1] in _NAME_NOUNS and len(words) > len(before):
            return " ".join(w.capitalize() for w in english.split())
    return None
