"""A small English → Arabic glossary of the words people use when asking about summits.

An English question shares no words with an Arabic article, so without help the offline
answerer could neither measure how much of the question a sentence covers nor notice that a
question names something the articles never mention (a ticket, Dubai). This glossary maps
the domain's vocabulary (events, organisers, places of the corpus, dates) to Arabic forms;
the answerer analyzes those forms like any Arabic text. English words it does not know are
left out of the coverage measure rather than counted as missing. Read backwards, with a
few more words (`_ENGLISH_OF`), it gives the English of an Arabic question's words, for the
English articles of a mostly Arabic library and the cards built from them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.offline.text import word_keys, words
from language.analyzer import normalize, stem
from language.gazetteer import PLACES

# English word → Arabic forms; looked up by the analyzer's English stem, so "organises",
# "organised" and "organiser" all find "organise"
_ENTRIES = {
    # events
    "summit": "قمة القمة قمم",
    "conference": "مؤتمر المؤتمر مؤتمرات",
    "forum": "ملتقى الملتقى منتدى",
    "meet": "ملتقى لقاء",
    "symposium": "ندوة الندوة",
    "seminar": "ندوة",
    "event": "حدث الحدث فعالية فعاليات تظاهرة",
    "day": "يوم يومي يومين أيام",
    "edition": "نسخة النسخة دورة الدورة",
    "session": "جلسة جلسات الجلسات",
    "panel": "جلسات نقاشية",
    "workshop": "ورشة ورشات ورش",
    "exhibitor": "معرض المعرض",
    "exhibition": "معرض المعرض",
    "theme": "شعار عنوان موضوع محور",
    "slogan": "شعار",
    "title": "عنوان",
    "topic": "موضوع محاور محور",
    "axes": "محاور",
    "axis": "محور محاور",
    "agenda": "محاور",
    "speaker": "متحدث متدخلين",
    "expert": "خبراء خبير",
    "participant": "مشاركة مشارك المشاركين",
    "attendee": "حضور مشارك",
    "attend": "حضور",
    "visitor": "زوار",
    "ticket": "تذكرة تذاكر",
    "price": "سعر ثمن",
    "cost": "تكلفة كلفة",
    "fee": "رسوم",
    "registration": "تسجيل",
    "award": "جائزة جوائز",
    "prize": "جائزة",
    "win": "فاز الفائز",
    "winner": "الفائز",
    "honour": "تكريم",
    "honor": "تكريم",
    "agreement": "اتفاقية اتفاقيات",
    "sign": "توقيع",
    "partnership": "شراكة",
    "recommendation": "توصيات",
    "budget": "ميزانية",
    "startup": "الناشئة",
    "village": "قرية",
    # who
    "organiser": "منظم المنظمة منظمو",
    "organizer": "منظم المنظمة منظمو",
    "organise": "تنظيم بتنظيم لتنظيم منظم المنظمة",
    "organize": "تنظيم بتنظيم لتنظيم منظم المنظمة",
    "organisation": "منظمة منظمات",
    "organization": "منظمة منظمات",
    "host": "تحتضن يحتضن استضافة تستضيف",
    "sponsor": "رعاية برعاية راعي",
    "patronag": "رعاية برعاية",
    "minister": "وزير الوزير وزيرة",
    "ministry": "وزارة",
    "governor": "عامل",
    "mayor": "أمين",
    "municipality": "بلدية البلدية أمانة",
    "company": "شركة",
    "companies": "شركة",
    "director": "المدير مدير",
    "president": "رئيس",
    "king": "الملك",
    "open": "افتتح افتتاح دشنت",
    "inaugurate": "افتتح دشنت تدشين",
    "launch": "إطلاق انطلاق",
    "say": "قال",
    "said": "قال",
    # where / when
    "held": "تنعقد ينعقد يعقد تقام يقام",
    "hold": "تنعقد ينعقد يعقد تقام",
    "take": "تقام",
    "place": "مكان",
    "venue": "مقر مكان",
    "hotel": "فندق",
    "centre": "مركز",
    "center": "مركز",
    "city": "مدينة المدينة مدن المدن",
    "smart": "ذكية الذكية الذكي ذكي",
    "date": "تاريخ موعد",
    "month": "شهر الشهر",
    "year": "عام سنة",
    "next": "المقبل القادم",
    "last": "الماضي السابق",
    "previous": "السابقة الماضي",
    "first": "الأولى الأول",
    "second": "الثانية الثاني",
    "third": "الثالثة الثالث",
    "fourth": "الرابعة الرابع",
    "fifth": "الخامسة الخامس",
    "sixth": "السادسة",
    "seventh": "السابعة",
    # subjects
    "artificial": "الاصطناعي",
    "intelligence": "الذكاء",
    "ai": "الذكاء الاصطناعي",
    "internet": "إنترنت",
    "thing": "الأشياء",
    "digital": "الرقمي الرقمنة رقمنة الرقمية",
    "digitisation": "رقمنة",
    "digitization": "رقمنة",
    "governance": "الحوكمة الحكامة حوكمة",
    "sustainable": "المستدامة مستدامة الاستدامة",
    "climate": "المناخية المناخ",
    "environment": "البيئة البيئية",
    "data": "بيانات",
    "urban": "الحضرية العمراني",
    "infrastructure": "البنية التحتية",
    "electronic": "الإلكترونية",
    "research": "البحث العلمي",
    "university": "جامعة",
    "school": "المدرسة",
    "security": "الأمن",
    "energy": "الطاقة",
    "transport": "النقل",
    # places of the corpus and nearby ones people ask about
    "bahrain": "البحرين",
    "manama": "المنامة",
    "casablanca": "الدار البيضاء",
    "berkane": "بركان",
    "jeddah": "جدة",
    "riyadh": "الرياض",
    "dubai": "دبي",
    "abu": "أبو",
    "dhabi": "ظبي",
    "doha": "الدوحة",
    "qatar": "قطر",
    "cairo": "القاهرة",
    "egypt": "مصر",
    "rabat": "الرباط",
    "morocco": "المغرب",
    "moroccan": "المغربية",
    "saudi": "السعودية",
    "arabia": "السعودية",
    "kuwait": "الكويت",
    "oman": "عمان",
    "jordan": "الأردن",
    "amman": "عمان",
    "tunisia": "تونس",
    "algeria": "الجزائر",
    "gulf": "الخليج",
    "kingdom": "المملكة",
    "africa": "إفريقيا أفريقيا",
    "asia": "آسيا",
    "europe": "أوروبا",
    # what an event is of: "الندوة الأوروبية" is the "European Symposium"
    "european": "أوروبي أوروبية الأوروبي الأوروبية",
    "british": "بريطاني بريطانية البريطاني البريطانية",
    "global": "عالمي عالمية العالمي العالمية",
    "america": "أمريكا",
    "oriental": "الشرق",
    "province": "إقليم",
    "region": "جهة",
    "hyatt": "حياة",
    "regency": "ريجنسي",
}

_EN_WORD = re.compile(r"[A-Za-z]+")

# Arabic → English only: words an Arabic question about an English article (an awards night,
# a trade show, a party conference) asks with, beyond the reverse of the table above. Kept out
# of the English → Arabic direction, whose question figures were fitted with the table above.
_ENGLISH_OF = {
    "فيلم": "film movie",
    "أفلام": "films movies",
    "كتاب": "book",
    "رواية": "novel book",
    "موسيقى": "music",
    "الموسيقية": "music",
    "كوميديا": "comedy",
    "الكوميدي": "comedy",
    "دراما": "drama",
    "الدرامي": "drama",
    "مسلسل": "series soap show",
    "ممثل": "actor",
    "ممثلة": "actress",
    "مغني": "singer",
    "فرقة": "band group",
    "ألبوم": "album",
    "أغنية": "song",
    "مسرح": "theatre theater",
    "المسرحي": "theatre",
    "الأدبية": "literary",
    "الأدب": "literature literary",
    "كاتب": "writer author",
    "مؤلف": "author",
    "مخرج": "director",
    "أفضل": "best",
    "جائزة": "award prize",
    "جوائز": "awards prizes",
    "فاز": "won win beat",
    "فازت": "won win beat",
    "يفوز": "win",
    "تفوز": "win",
    "حصل": "got won received",
    "حصلت": "got won received",
    "نال": "won received",
    "نالت": "won received",
    "الإنجاز": "achievement",
    "مدى": "lifetime",
    "الحياة": "lifetime life",
    "الواعدة": "breakthrough",
    "الاختراق": "breakthrough",
    "حفل": "ceremony",
    "عرض": "show",
    "معرض": "show fair exhibition expo",
    "منتجات": "products",
    "منتج": "product",
    "جهاز": "device gadget",
    "أجهزة": "devices gadgets",
    "الإلكترونيات": "electronics",
    "الاستهلاكية": "consumer",
    "ألعاب": "games gaming",
    "لعبة": "game",
    "هاتف": "phone",
    "الهاتف": "phone mobile",
    "المحمول": "mobile",
    "الجوال": "mobile",
    "حاسوب": "computer",
    "برامج": "software",
    "شبكة": "network",
    "كلمة": "speech keynote",
    "الرئيسية": "keynote main",
    "خطاب": "speech",
    "زوار": "visitors",
    "شخص": "people",
    "حزب": "party",
    "الحزب": "party",
    "العمال": "labour labor",
    "المحافظين": "conservative tory",
    "انتخابات": "election",
    "الانتخابات": "election",
    "زعيم": "leader",
    "رئيس": "prime president chairman chief",
    "الوزراء": "minister",
    "الحكومة": "government",
    "مظاهرة": "demonstration protest",
    "احتجاج": "protest",
    "متظاهرين": "protesters demonstrators",
    "الصيد": "hunt hunting",
    "قادة": "leaders",
    "العالم": "world",
    "الاقتصادي": "economic",
    "الاقتصاد": "economy",
    "اقتصاد": "economy",
    "منتدى": "forum",
    "مليون": "million",
    "مليار": "billion",
    "نسبة": "percent",
    "مربع": "square",
    "يناير": "january",
    "فبراير": "february",
    "مارس": "march",
    "أبريل": "april",
    "مايو": "may",
    "يونيو": "june",
    "يوليو": "july",
    "أغسطس": "august",
    "سبتمبر": "september",
    "أكتوبر": "october",
    "نوفمبر": "november",
    "ديسمبر": "december",
}


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, forms in _ENTRIES.items():
        key = stem(word)
        table[key] = f"{table[key]} {forms}" if key in table else forms
    return table


@lru_cache(maxsize=1)
def _by_arabic_key() -> dict[str, frozenset[str]]:
    """Arabic word key → the English words it translates: the table above read backwards,
    and `_ENGLISH_OF`."""
    table: dict[str, set[str]] = {}
    # a place's name of two words ("الدار البيضاء") is one name, not two forms: its last
    # word tells it (a "دار الخير" is no Casablanca)
    pairs = [
        (forms.split()[-1] if PLACES.get(word) == forms else forms, word)
        for word, forms in _ENTRIES.items()
    ]
    pairs += [(arabic, english) for arabic, english in _ENGLISH_OF.items()]
    for forms, english in pairs:
        for form in forms.split():
            for key in word_keys(form):
                table.setdefault(key, set()).update(english.split())
    return {k: frozenset(v) for k, v in table.items()}


def english_words(keys: frozenset[str]) -> frozenset[str]:
    """The English words the glossary gives for an Arabic word (by its match keys)."""
    table = _by_arabic_key()
    return frozenset().union(*(table.get(k, frozenset()) for k in keys))


def english_of(text: str) -> str:
    """The English the glossary gives for the Arabic words of `text`, space-separated."""
    found = (english_words(w.keys) for w in words(text) if not w.norm.isascii())
    return " ".join(sorted(set().union(*found)))


def arabic_forms(word: str) -> str | None:
    """Arabic forms (space-separated) of an English word, or None when the glossary lacks it."""
    return _by_stem().get(stem(word.lower()))


# Places people ask about summits in (single words, Arabic); a question naming one that no
# retrieved passage mentions is about an event the articles do not cover.
_PLACES_AR = (
    "دبي أبوظبي ظبي الشارقة عجمان الفجيرة الإمارات الرياض جدة مكة الدمام الخبر الظهران نيوم "
    "تبوك أبها السعودية البحرين المنامة المحرق الدوحة قطر الكويت مسقط عمان الأردن العقبة بيروت "
    "لبنان دمشق سوريا بغداد العراق أربيل القاهرة الإسكندرية مصر ليبيا طرابلس تونس صفاقس الجزائر "
    "وهران قسنطينة المغرب الرباط مراكش فاس طنجة أكادير وجدة بركان الناظور مكناس تطوان العيون "
    "الداخلة موريتانيا نواكشوط السودان الخرطوم اليمن صنعاء عدن فلسطين القدس غزة رام إسطنبول "
    "تركيا باريس لندن برشلونة مدريد سنغافورة طوكيو سيول"
)
_PLACES_EN = (
    "dubai abu dhabi sharjah emirates uae riyadh jeddah mecca dammam khobar dhahran neom saudi "
    "bahrain manama muharraq doha qatar kuwait muscat oman jordan amman aqaba beirut lebanon "
    "damascus syria baghdad iraq erbil cairo alexandria egypt libya tripoli tunis tunisia algiers "
    "algeria oran morocco rabat marrakech marrakesh fez fes tangier agadir oujda berkane nador "
    "meknes casablanca mauritania sudan khartoum yemen palestine jerusalem istanbul turkey paris "
    "london barcelona madrid singapore tokyo seoul"
)


_ARTICLE_OR_PREPOSITION = ("وال", "بال", "لل", "ال", "و", "ب", "ل")


def _bare(word: str) -> str:
    """A normalized Arabic word without و/ب/ل or the article: بالرياض → رياض."""
    w = normalize(word)
    for p in _ARTICLE_OR_PREPOSITION:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p) :]
    return w


@lru_cache(maxsize=1)
def _place_forms() -> frozenset[str]:
    return frozenset(
        {normalize(n) for n in _PLACES_AR.split()} | {_bare(n) for n in _PLACES_AR.split()}
    )


def is_place(word: str) -> bool:
    """Whether a question word names a city or country (Arabic, or English by name)."""
    if word.isascii():
        return word.lower() in _PLACES_EN.split()
    forms = _place_forms()
    return normalize(word) in forms or _bare(word) in forms
