"""English → Arabic names of places and event words, for English questions over Arabic articles.

The multilingual embedding model links "Casablanca" to "الدار البيضاء" only faintly, and
BM25 cannot link them at all; yet the place is usually what tells one summit article
from another. This small bilingual list turns the names in an English question into the
Arabic words the articles use, so the keyword side can take part again.
"""

from __future__ import annotations

import re

# place names: a match here is strong evidence, so the keyword side gets its weight back
PLACES: dict[str, str] = {
    "casablanca": "الدار البيضاء",
    "rabat": "الرباط",
    "marrakesh": "مراكش",
    "marrakech": "مراكش",
    "fes": "فاس",
    "fez": "فاس",
    "tangier": "طنجة",
    "agadir": "أكادير",
    "oujda": "وجدة",
    "berkane": "بركان",
    "morocco": "المغرب",
    "moroccan": "المغرب",
    "algeria": "الجزائر",
    "algiers": "الجزائر",
    "tunisia": "تونس",
    "tunis": "تونس",
    "libya": "ليبيا",
    "tripoli": "طرابلس",
    "egypt": "مصر",
    "egyptian": "مصر",
    "cairo": "القاهرة",
    "alexandria": "الإسكندرية",
    "sudan": "السودان",
    "khartoum": "الخرطوم",
    "bahrain": "البحرين",
    "bahraini": "البحرين",
    "manama": "المنامة",
    "muharraq": "المحرق",
    "saudi": "السعودية",
    "saudi arabia": "السعودية",
    "kingdom": "المملكة",
    "riyadh": "الرياض",
    "jeddah": "جدة",
    "jedda": "جدة",
    "mecca": "مكة",
    "makkah": "مكة",
    "medina": "المدينة المنورة",
    "dammam": "الدمام",
    "neom": "نيوم",
    "uae": "الإمارات",
    "emirates": "الإمارات",
    "dubai": "دبي",
    "abu dhabi": "أبوظبي",
    "sharjah": "الشارقة",
    "qatar": "قطر",
    "doha": "الدوحة",
    "kuwait": "الكويت",
    "oman": "عمان",
    "muscat": "مسقط",
    "jordan": "الأردن",
    "amman": "عمان",
    "lebanon": "لبنان",
    "beirut": "بيروت",
    "syria": "سوريا",
    "damascus": "دمشق",
    "iraq": "العراق",
    "baghdad": "بغداد",
    "palestine": "فلسطين",
    "yemen": "اليمن",
    "gulf": "الخليج",
    "arab": "العربية",
    "africa": "أفريقيا",
    "asia": "آسيا",
    "europe": "أوروبا",
    "latin america": "أمريكا اللاتينية",
    "north america": "أمريكا الشمالية",
    "hyatt regency": "حياة ريجنسي",
    "united nations": "الأمم المتحدة",
    "un-habitat": "موئل الأمم المتحدة",
    "undp": "برنامج الأمم المتحدة الإنمائي",
}

# event and topic words: weaker evidence (every article in a summit library has them)
TERMS: dict[str, str] = {
    "summit": "قمة",
    "forum": "ملتقى منتدى",
    "conference": "مؤتمر",
    "symposium": "ندوة",
    "seminar": "ندوة",
    "exhibition": "معرض",
    "expo": "معرض",
    "workshop": "ورشة",
    "workshops": "ورش",
    "session": "جلسة",
    "sessions": "جلسات",
    "edition": "نسخة دورة",
    "smart city": "المدينة الذكية",
    "smart cities": "المدن الذكية",
    "municipality": "بلدية أمانة",
    "municipal": "البلدية",
    "e-municipality": "البلدية الالكترونية",
    "minister": "وزير",
    "ministry": "وزارة",
    "governor": "عامل محافظ",
    "mayor": "عمدة أمين",
    "province": "إقليم",
    "artificial intelligence": "الذكاء الاصطناعي",
    "internet of things": "إنترنت الأشياء",
    "digital transformation": "التحول الرقمي",
    "sustainability": "الاستدامة",
    "sustainable": "المستدامة",
    "governance": "الحوكمة",
    "climate": "المناخية",
    "agreement": "اتفاقية",
    "agreements": "اتفاقيات",
    "data center": "مركز بيانات",
    "slogan": "شعار",
    "theme": "شعار محور",
    "speakers": "متحدث",
    "participants": "مشارك",
    "startups": "المقاولات الناشئة",
    "award": "جائزة",
    "honoring": "تكريم",
}

_KEYS = sorted({**PLACES, **TERMS}, key=len, reverse=True)
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(k) for k in _KEYS) + r")\b", re.IGNORECASE)


def places_named(text: str) -> list[str]:
    """The gazetteer's places (their English keys) that an English `text` names, in order."""
    keys = (m.group(1).lower() for m in _PATTERN.finditer(text))
    return list(dict.fromkeys(k for k in keys if k in PLACES))


def translate_terms(text: str) -> tuple[str, bool]:
    """Arabic words for the known names in `text`, and whether any of them was a place."""
    found: list[str] = []
    place = False
    for match in _PATTERN.finditer(text):
        key = match.group(1).lower()
        if key in PLACES:
            place = True
            found.append(PLACES[key])
        else:
            found.append(TERMS[key])
    return " ".join(dict.fromkeys(found)), place
