"""How card values read in an answer: dates, editions, numbers and field labels, per language.

Card values are the article's words (Arabic for most articles); what this module adds is the
little the reader's language needs around them: an English question gets "10–11 April 2025",
"7th edition", "more than 20 speakers" and "Venue", an Arabic one "10–11 أبريل 2025",
"النسخة السابعة" and "المكان". Names, venues and slogans are never translated: they stay as the
article writes them, so that the quote under the answer shows exactly where they come from.
"""

from __future__ import annotations

from ingest.events.card import EventCard, Figure
from language.analyzer import normalize

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_AR = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
DASH = "–"

LABELS = {
    "en": {
        "name": "Event",
        "series": "Series",
        "kind": "Kind",
        "edition": "Edition",
        "place": "Place",
        "venue": "Venue",
        "city": "City",
        "country": "Country",
        "date": "Dates",
        "slogan": "Slogan",
        "patrons": "Patron",
        "organizers": "Organiser",
        "partners": "Partners",
        "people": "People",
        "opener": "Opened by",
        "topics": "Topics",
        "figures": "Figures",
        "outcomes": "Outcomes",
        "status": "Status",
        "events": "events",
        "no_date": "date not stated",
        "unresolved": "as written; the article gives no year",
        "until": "until",
        "none_upcoming": "No upcoming event is reported in the indexed articles.",
        "latest": "The most recent one",
        "undated": "Its article gives no year, so it may be upcoming",
        "first_listed": "the first {shown} of {total} by date",
    },
    "ar": {
        "name": "الفعالية",
        "series": "السلسلة",
        "kind": "النوع",
        "edition": "النسخة",
        "place": "المكان",
        "venue": "المكان",
        "city": "المدينة",
        "country": "البلد",
        "date": "الموعد",
        "slogan": "الشعار",
        "patrons": "الراعي",
        "organizers": "المنظم",
        "partners": "الشركاء",
        "people": "الأشخاص",
        "opener": "الافتتاح",
        "topics": "المحاور",
        "figures": "الأرقام",
        "outcomes": "المخرجات",
        "status": "الحالة",
        "events": "فعاليات",
        "no_date": "الموعد غير مذكور",
        "unresolved": "كما ورد؛ دون سنة",
        "until": "حتى",
        "none_upcoming": "لا توجد في المقالات المفهرسة فعاليات قادمة.",
        "latest": "آخر فعالية",
        "undated": "لا يذكر مقالها السنة، فقد تكون قادمة",
        "first_listed": "أول {shown} من {total} بحسب التاريخ",
    },
}

# feminine ordinals (النسخة / الدورة are feminine): the form the articles write
_ORDINALS_AR = (
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
    "الحادية عشرة",
    "الثانية عشرة",
    "الثالثة عشرة",
    "الرابعة عشرة",
    "الخامسة عشرة",
    "السادسة عشرة",
    "السابعة عشرة",
    "الثامنة عشرة",
    "التاسعة عشرة",
    "العشرون",
)

# what a figure counts, by the start of its Arabic noun (normalized forms are matched loosely)
_COUNTS_EN = (
    ("متحدث", "speakers"),
    ("خبير", "experts"),
    ("جلس", "sessions"),
    ("مشارك", "participants"),
    ("مشاركة", "participants"),
    ("دول", "countries"),
    ("بلد", "countries"),
    ("عارض", "exhibitors"),
    ("شرك", "companies"),
    ("ورش", "workshops"),
    ("ورقة", "papers"),
    ("أوراق", "papers"),
    ("زائر", "visitors"),
    ("جهة", "bodies"),
    ("جهات", "bodies"),
    ("محاضر", "lectures"),
    ("متسابق", "contestants"),
    ("طالب", "students"),
    ("طلاب", "students"),
    ("شخص", "people"),
    ("أشخاص", "people"),
    ("منتج", "products"),
    ("مندوب", "delegates"),
    ("زوار", "visitors"),
    ("فيلم", "films"),
    ("أفلام", "films"),
    ("صحف", "journalists"),
    ("ضيف", "guests"),
    ("ضيوف", "guests"),
)


def label(key: str, lang: str) -> str:
    """A field label in the answer's language."""
    return LABELS["en" if lang == "en" else "ar"][key]


def ordinal(n: int, lang: str) -> str:
    """'5th' / 'الخامسة' (Arabic up to 20, digits beyond)."""
    if lang == "en":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return _ORDINALS_AR[n - 1] if 1 <= n <= len(_ORDINALS_AR) else str(n)


def edition_text(n: int, lang: str) -> str:
    """'7th edition' / 'النسخة السابعة'."""
    return f"{ordinal(n, 'en')} edition" if lang == "en" else f"النسخة {ordinal(n, 'ar')}"


def _parts(iso: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in iso.split("-")]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)


def date_range(start: str | None, end: str | None, lang: str) -> str:
    """ISO dates of any precision as a reader writes them: '10–11 April 2025', 'June 2024'.

    The shared parts are written once ('30 November – 2 December 2015', '10–11 April 2025').
    """
    if not start:
        return ""
    months = MONTHS_EN if lang == "en" else MONTHS_AR
    y1, m1, d1 = _parts(start)
    y2, m2, d2 = _parts(end) if end and end != start else (y1, m1, d1)

    def one(y: int, m: int | None, d: int | None, year: bool = True) -> str:
        words = [str(d)] if d else []
        words += [months[m - 1]] if m else []
        words += [str(y)] if year else []
        return " ".join(words)

    if (y1, m1, d1) == (y2, m2, d2):
        return one(y1, m1, d1)
    if y1 == y2 and m1 == m2 and d1 and d2:
        return f"{d1}{DASH}{d2} {months[m1 - 1]} {y1}" if m1 else str(y1)
    if y1 == y2:
        return f"{one(y1, m1, d1, year=False)} {DASH} {one(y2, m2, d2)}"
    return f"{one(y1, m1, d1)} {DASH} {one(y2, m2, d2)}"


def card_dates(card: EventCard, lang: str, written: str | None = None) -> str:
    """The card's dates for the reader: resolved ISO dates rendered, else the article's words
    (`written`, else the card's date text).

    Arabic keeps the article's own words first (they are what the quote shows) with the
    resolved dates beside them; English renders the resolved dates. Both mark the words as
    written when the article gives no year to resolve them with ("اليوم" of an undated
    article is not today). A card that knows only its last day shows it as such ("حتى …").
    """
    rendered = date_range(card.start_date, card.end_date, lang)
    if not rendered and card.end_date:
        # "اختتمت فعالياته أمس": only its last day is known
        rendered = f"{label('until', lang)} {date_range(card.end_date, None, lang)}"
    written = (written or card.date_text or "").strip()
    if not rendered:
        return f"{written} ({label('unresolved', lang)})" if written else ""
    if lang == "en":
        return rendered
    if written and rendered not in written:
        return f"{written} ({rendered})"
    return written


def place_text(card: EventCard, lang: str, with_venue: bool = True) -> str:
    """'venue، city، country' (English names of city and country for English answers)."""
    city = (card.city_en if lang == "en" else None) or card.city
    country = (card.country_en if lang == "en" else card.country_ar) or card.country
    parts: list[str] = []
    for part in ((card.venue if with_venue else None), city, country):
        if part and not any(part in p for p in parts):
            parts.append(part)
    return (", " if lang == "en" else "، ").join(parts)


def counts_en(counts: str) -> str:
    """English words for what an Arabic figure counts (the Arabic itself when unknown)."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in counts):
        return counts
    for word in normalize(counts).split():
        bare = word[2:] if word.startswith("ال") else word
        for stem, english in _COUNTS_EN:
            if bare.startswith(normalize(stem)):
                return english
    return counts


# what an English figure counts, in Arabic (an Arabic question about an English article)
_COUNTS_AR = {
    "speakers": "متحدث", "delegates": "مندوب", "exhibitors": "عارض", "visitors": "زائر",
    "countries": "دولة", "sessions": "جلسة", "participants": "مشارك", "companies": "شركة",
    "people": "شخص", "attendees": "شخص", "products": "منتج", "firms": "شركة",
    "journalists": "صحفي", "guests": "ضيف", "films": "فيلم", "stands": "جناح",
    "brands": "علامة تجارية", "gadgets": "جهاز", "devices": "جهاز",
}  # fmt: skip


def figure_text(figure: Figure, quote: str, lang: str) -> str:
    """A number with what it counts: the article's words in Arabic, rendered in English (and
    an English article's figure rendered in Arabic for an Arabic question)."""
    if lang != "en":
        counted = _COUNTS_AR.get(figure.counts.lower())
        if quote.isascii() and counted:
            more = any(w in quote.lower() for w in ("more than", "over ", "up to"))
            return f"{'أكثر من ' if more else ''}{figure.value:,} {counted}"
        return quote or f"{figure.value} {figure.counts}"
    more = any(w in quote for w in ("أكثر من", "أزيد من", "ما يزيد", "more than", "over "))
    number = f"{figure.value:,} {counts_en(figure.counts)}"
    return f"more than {number}" if more else number


def event_title(card: EventCard, lang: str) -> str:
    """The event's name, with its English series label for an English answer when known."""
    if lang == "en" and card.series_en and card.series_en not in card.name:
        return f"{card.name} ({card.series_en})"
    return card.name


def join_values(values: list[str], lang: str) -> str:
    return (", " if lang == "en" else "، ").join(v for v in values if v)
