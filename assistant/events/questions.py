"""What a question asks of the event cards: one field of one event, or a set of events.

`parse_question` reads the question's cue words (Arabic and English) into an `EventQuestion`:
its intent (a field of one event; a list, a count or a comparison of events; the editions of
a series), the field asked for, and the time filter resolved against `today` ("القادمة",
"upcoming", "العام الماضي", "last year", "أبريل 2025", "in 2024"). Which events it names is left
to `match.py`, which compares the question's remaining words with the cards themselves.
A question without a cue is not a card question: the retrieval answer takes it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from ingest.events.calendars import GREGORIAN_MONTHS
from ingest.events.spans import ORG_HEADS
from language.analyzer import normalize

FIELD = "field"
LIST = "list"
COUNT = "count"
COMPARE = "compare"
EDITIONS = "editions"


@dataclass
class EventQuestion:
    """The card-side reading of a question (see the module docstring)."""

    intent: str
    # for FIELD: place, stage (the building only: "أي فندق"), city, country, date, slogan, ...
    field: str | None = None
    lang: str = "ar"
    counts: list[str] = dataclasses.field(
        default_factory=list
    )  # for a figure: the words after "عدد"
    year: int | None = None
    month: int | None = None
    when: str | None = None  # "upcoming" or "past"
    text: str = ""  # the question, normalized
    rest: str = ""  # the question without its field cue ("أي مدينة" names no event)
    role: list[str] = dataclasses.field(default_factory=list)  # for "person": "رئيس اللجنه"
    until: bool = False  # a date question about the end: "حتى متى", "until when"


def _n(words: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in words.split())


# plural event nouns: their presence makes a question about several events
_AR_PLURAL_EVENTS = _n(
    "الملتقيات ملتقيات الفعاليات فعاليات المؤتمرات مؤتمرات القمم قمم الندوات ندوات المعارض"
    " معارض المنتديات منتديات الأحداث احداث المهرجانات مهرجانات التظاهرات تظاهرات الأيام"
    " الحفلات حفلات الاحتفالات احتفالات المسابقات مسابقات"
)
# (the concerts, celebrations and contests of one event too: "أولى حفلات مهرجان …")
_AR_ACTIVITIES = _n("فعاليات الفعاليات أشغال حفلات الحفلات احتفالات الاحتفالات مسابقات المسابقات")
# words after "الفعاليات" when it means events, not one event's activities
_AR_AFTER_EVENTS = (*_n("التي المقامة القادمة المقبلة حول في المنظمة"), "")
_AR_EVENT_NOUNS = _n(
    "ملتقى ملتقي قمة مؤتمر ندوة معرض منتدى مهرجان فعالية حدث تظاهرة يوم ورشة أمسية حفل"
)
# what a question may also name an event with when it asks who holds a role in it or what
# its article says of it ("من المشرف العام على برنامج …", "… 93 دورة تدريبية"): too common
# to pick a card by (a card is not named by "برنامج" and its town)
_AR_ACTIVITY_NOUNS = _n(
    "برنامج دورة مسابقة مشروع احتفالية أسبوع فعاليات احتفالات حملة مخيم معسكر عروض "
    # a play or a show: "من مؤلف مسرحية «…»", "كم يوما يستمر عرض «…»"
    "عرض مسرحية "
    # a meeting: "من ألقى كلمة المركز في افتتاح اللقاء", "من ترأس الاجتماع"
    "لقاء اجتماع"
)
_NOT_EVENT_NOUNS = _n("بدوره")  # "in turn", not "at the course"
_EN_PLURAL_EVENTS = re.compile(
    r"\b(?:events|forums|fora|summits|conferences|symposi(?:a|ums)|exhibitions|expos|"
    r"festivals|meetings|gatherings|ceremonies|competitions|courses)\b"
)
_EN_ANY_EVENT = (
    r"(?:events?|forums?|summits?|conferences?|symposi(?:a|ums?)|exhibitions?|festivals?)"
)

# months in every form the articles use (Gulf, Maghreb, Levantine, English), 1-based: the
# extractor's table, keyed as questions are tokenized ("كانون_الثاني")
_AR_MONTHS = {
    normalize(name.replace(" ", "_")): month
    for name, month in GREGORIAN_MONTHS.items()
    if not name.isascii()
}
_EN_MONTHS = {name: month for name, month in GREGORIAN_MONTHS.items() if name.isascii()}

# field cues, checked in this order (the first that matches decides)
# "أي فندق", "ما اسم القاعة": the building asked for (a place question; see `_field`)
_BUILDING = r"(?:اي|ما|اسم) (?:ال)?(?:فندق|قاعه|مركز|مسرح|صاله|حديقه|متحف|منتزه)"
_AR_FIELDS: tuple[tuple[str, str], ...] = (
    # "ضمن أي فعاليات يقام …", "ضمن فعاليات أي مهرجان …": the event it is held within
    ("parent", r"\bضمن (?:(?:فعاليات|انشطه|برامج|برنامج|احتفالات) )?(?:اي|ايه)\b"),
    (
        "edition",
        # "في أي دورة", "ما الدورة"; not "في الدورة الـ30 للمهرجان", which names the edition
        r"في اي (?:النسخه|الدوره|نسخه|دوره)|\bما (?:هي |هو )?(?:النسخه|الدوره|نسخه|دوره)"
        r"|رقم (?:ال)?(?:نسخه|دوره)"
        # "أي دورة من دوراته…", "في نسختها الكم…", "ما ترتيب دورة…", "الدورة رقم كم"
        r"|\bاي (?:ال)?(?:نسخه|دوره)\b|(?:نسخت|دورت)(?:ه|ها) (?:ال)?كم\b"
        r"|ترتيب (?:ال)?(?:نسخه|دوره)",
    ),
    # "من (الذي|هو الذي) افتتح …": the relative may stand between "من" and the verb
    (
        "opener",
        r"\bمن (?:هو |هي )?(?:الذي |التي )?(?:افتتح|دشن|(?:س)?(?:ي|ت)(?:فتتح|دشن))",
    ),
    # "من رعى حفل …": the patron of an event past ("رعى" normalised)
    (
        "patrons",
        r"يرعي|رعايه|الراعي|راعي|برعايه|يرعاه|يرعاها"
        r"|\bمن (?:هو |هي )?(?:الذي |التي )?(?:رعي|رعاه|رعاها)\b",
    ),
    # "بالاشتراك مع من أقام …": the partner of the one who held it, asked before "من أقام"
    ("partners", r"(?:بالتعاون|بالاشتراك|بالشراكه) مع من"),
    (
        "organizers",
        r"\bمن (?:هو |هي )?(?:الذي |التي )?(?:ي|ت|س)?نظم|المنظم|منظم|بتنظيم"
        # "من أقام حفل …", "أي جهة عقدت لقاء …", "من نفذ احتفالية …": who held it
        r"|الجهه التي (?:دشنت|تنظم|نظمت|اقامت|عقدت|نفذت|تقيم|تعقد|تنفذ)"
        r"|\bمن (?:هو |هي )?(?:الذي |التي )?(?:اقام|اقامت|يقيم|تقيم|نفذ|نفذت|ينفذ|تنفذ)\b"
        r"|\b(?:اي|ما) (?:ال)?(?:جهه|جمعيه|جامعه|هيءه|وزاره|اداره|لجنه|مؤسسه|شركه)"
        r"(?: التي)? (?:اقامت|عقدت|نفذت|تقيم|تعقد|تنفذ)\b",
    ),
    ("partners", r"\bالشركاء\b|\bشركاء\b|الجهات (?:الشريكه|المشاركه)"),
    ("topics", r"محاور|المحاور|مواضيع|(?:ماذا|ما الذي) (?:ي|ت|س)?ناقش"),
    ("outcomes", r"\b(?:ال)?(?:نتاءج|مخرجات|توصيات|اتفاقيات)\b|ما الذي (?:اسفر|خرج) عنه"),
    ("slogan", r"شعار|عنوان|موضوع|تحت اي"),
    (
        "figure",
        r"\bكم\b|^(?:ما )?(?:هو )?عدد\b|\bما (?:هو )?(?:عدد|اجمالي)\b"
        # "ما مساحة القرية التي يقام فيها المهرجان؟": an area, counted in its units
        r"|\bما (?:هي )?(?:ال)?مساحه\b",
    ),
    # a governorate or a capital is the city the cards hold ("في أي محافظة يقام…")
    ("city", r"(?:اي|ما|اسم) (?:ال)?(?:مدينه|محافظه|عاصمه|بلده)\b"),
    ("country", r"(?:اي|ما) (?:دوله|بلد|البلد|الدوله)"),
    ("date", r"\bمتي\b|موعد|تاريخ|(?:اي|ما) (?:شهر|يوم|سنه|عام|فتره)|تنطلق متي|\bما مده\b"),
    # "في أي منطقة": a province, which the place answer (venue, city, country) names
    (
        "place",
        r"\bاين\b|مكان|" + _BUILDING + r"|\bاي منطقه\b|\bمقر\b",
    ),
)
_EN_FIELDS: tuple[tuple[str, str], ...] = (
    ("edition", r"\b(?:which|what) edition\b|\bedition number\b"),
    ("opener", r"\bwho (?:opened|inaugurated|launched|will open)\b"),
    ("patrons", r"\bpatron|\bsponsor|\bunder whose\b"),
    ("organizers", r"\borgani[sz]"),
    ("partners", r"\bpartners?\b|\bin partnership with\b"),
    ("topics", r"\btopics?\b|\baxes\b|\bthemes\b|\bwhat (?:will|does|did) .* discuss\b"),
    ("outcomes", r"\boutcomes?\b|\bresults?\b|\brecommendations\b|\bagree(?:d|ments?)\b"),
    ("slogan", r"\bslogan\b|\btheme\b|\btitle\b|\bmotto\b"),
    ("figure", r"\bhow many\b|\bnumber of\b"),
    ("city", r"\b(?:which|what) city\b|\bin which city\b"),
    ("country", r"\b(?:which|what) country\b"),
    (
        "date",
        r"\bwhen\b|\bwhat date|\bwhich date|\bdates?\b|\bwhat day|\bwhich month|\bhow long\b",
    ),
    ("place", r"\bwhere\b|\bvenue\b|\bwhich hotel\b|\bwhat place\b"),
)
# "من رئيس اللجنة…", "من يدير الندوة…": who holds a role; the words after "من" that ask for
# a field of their own (organiser, patron, opener) or are no role at all are not roles
_AR_ROLE_START = re.compile(r"^من (?:هو |هي )?(\S+)")
_AR_NOT_ROLES = frozenset(
    _n(
        "ينظم نظم تنظم نظمت سينظم ستنظم ينظمها ينظمه المنظم المنظمة منظم الجهة الجهات الجهتان"
        " يرعى رعى ترعى يرعاه يرعاها الراعي راعي افتتح يفتتح دشن سيفتتح يفتتحه افتتحه الذي"
        " تفتتح ستفتتح يدشن تدشن سيدشن ستدشن"
        " أقام أقامت يقيم تقيم نفذ نفذت ينفذ تنفذ"
        " التي الذين أين متى أي ما هم كم ماذا"
    )
)
_AR_ROLE_ENDS = frozenset(_n("في التي الذي الذين خلال ضمن عن على المنظم المنظمة المنظمين"))
# "… المنظم للنادي الصيفي", "… التي تنظم المخيم": the body the role is of organises the event
_ORGANISING = re.compile(
    r"\b(?:المنظم|المنظمه|المنظمين) (?:ل|لل)\w+|\b(?:الذي|التي) (?:ينظم|تنظم|نظم|نظمت)\b"
)
_ROLE_WORDS = 6
# "كم متحدثا…", "كم عدد الزوار…", "كم يبلغ عدد الزوار…", "ما عدد الدول المشاركة…"
_AR_COUNT_NOUN = re.compile(
    r"\b(?:كم|عدد|اجمالي)(?: (?:يبلغ|تبلغ|بلغ|بلغت|يصل|تصل|وصل|وصلت))?(?: (?:عدد|اجمالي))?"
    r" (\w+)(?: (\w+))?"
)
_EN_COUNT_NOUN = re.compile(r"\b(?:how many|number of) (\w+)(?: (\w+))?")


def _has_plural_event(q: str, lang: str) -> bool:
    if lang == "en":
        return bool(_EN_PLURAL_EVENTS.search(q))
    tokens = q.split() + [""]
    # "… خصص مهرجان صيف ينبع موقعا لحضور الفعاليات": with one event named, its activities
    one = any(is_event_noun(t) for t in tokens)
    for prev, tok, after in zip(["", *tokens], tokens, tokens[1:], strict=False):
        if tok in _AR_ACTIVITIES and (one or after not in _AR_AFTER_EVENTS):
            continue  # "فعاليات قمة …", "ضمن فعاليات المهرجان": the activities of one event
        if tok in _AR_PLURAL_EVENTS and not _a_body(prev):  # "إدارة المهرجانات": a body
            return True
        if not one and _training_courses(tok, after):
            return True
    return False


def _a_body(token: str) -> bool:
    """ "إدارة", "بلجنة", "لهيئة": a body's head noun (`ORG_HEADS`), with "ب", "ل" or "و"
    attached or not."""
    return any(form in ORG_HEADS for form in (token, token[1:] if token[:1] in "بلو" else token))


# a name in quotes: "حملة «بالنظام حياتنا أحلى»" names one event
_QUOTED_NAME = re.compile(r"[«\"“][^«»\"“”]{2,}[»\"”]")
# "مهرجانات «أعياد بيروت»": a plural head before a quoted name names one event
_NAMED_PLURAL = re.compile(
    r"(?<!\w)(?:ال)?(?:مهرجانات|ملتقيات|معارض|مؤتمرات|منتديات|ندوات|فعاليات)\s*[«\"“]"
)
# "مهرجانات بيبلوس الدولية", "مهرجانات بعلبك": festivals without the article before a town's
# or a name's word (not "في", "التي", an adjective "صيفية" or a definite "الصيف") are one
# event's name; "ما المهرجانات …" and "مهرجانات في المغرب" still list
_PLURAL_BEFORE_A_NAME = re.compile(
    r"(?<![\w])[وبل]?مهرجانات\s+(?!(?:ال|لل|بال|في\b|فى\b|حول\b|عن\b|خلال\b|هذا\b|هذه\b|عام\b))"
    r"(?P<word>[^\s؟?،,.«\"“]+)"
)


def _plural_names_one(question: str) -> bool:
    """ "متى أحيت المطربة حفلها في مهرجانات بيبلوس الدولية؟": a plural festival noun before a
    name (see `_PLURAL_BEFORE_A_NAME`), not before an indefinite adjective."""
    m = _PLURAL_BEFORE_A_NAME.search(question)
    return m is not None and not normalize(m["word"]).endswith(("ي", "يه"))


def _time_filter(q: str, lang: str, today: date) -> tuple[int | None, int | None, str | None]:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    """(year, month, "upcoming"/"past"/None) the question restricts events to."""
    year = month = None
    when = None
    years = re.findall(r"\b(19\d\d|20\d\d)\b", q)
    if years:
        year = int(years[0])
    tokens = q.replace("كانون ", "كانون_").replace("تشرين ", "تشرين_").split()
    months = _EN_MONTHS if lang == "en" else _AR_MONTHS
    for tok in tokens:
        bare = tok[1:] if lang != "en" and tok[:1] in "بفل" and tok[1:] in months else tok
        if bare in months:
            month = months[bare]
            break
    if lang == "en":
        if re.search(r"\blast year\b", q):
            year = today.year - 1
        elif re.search(r"\bthis year\b", q):
            year = today.year
        elif re.search(r"\bnext year\b", q):
            year = today.year + 1
        if re.search(
            r"\bupcoming\b|\bcoming up\b|\bfuture\b|\bnext\b|\bwill (?:be )?(?:held|take)", q
        ):
            when = "upcoming"
        elif re.search(r"\b(?:past|previous|already|took place|were held)\b", q):
            when = "past"
    else:
        if re.search(r"(?:العام|السنه) الماضي", q):
            year = today.year - 1
        elif re.search(r"(?:هذا|هذه) (?:العام|السنه)", q):
            year = today.year
        elif re.search(r"(?:العام|السنه) (?:المقبل|القادم)", q):
            year = today.year + 1
        if re.search(r"القادمه|المقبله|القادم\b|المقبل\b|ستعقد|ستقام|سوف", q) and year is None:
            when = "upcoming"
        elif re.search(r"الماضيه|السابقه|عقدت|اقيمت|انعقدت", q):
            when = "past"
    if month is not None and year is None and when is None:
        pass  # a month alone: any year
    return year, month, when


# the posts a role of no event is asked by ("من مدير المتحف؟", "من قائد الفريق؟"): not a verb
# ("من لعب دور …", "من كان …"), whose subject the articles write in too many ways
_POSTS = frozenset(
    _n(
        "مدير رئيس أمين نائب مشرف قائد مخرج مؤلف كاتب محاضر مدرب منسق عميد وكيل مستشار "
        "مقدم معد ملحن مصمم"
    )
)


def _bare_post(word: str) -> str:
    return word.removeprefix("ال")


def free_role(question: str) -> list[str]:
    """The role words of a "من …" question that names no event and asks by a post ("من
    مدير متحف …؟", "من المشرف على كرسي …؟"): up to a word that ends a role, normalized; []
    when it asks no post ("من هو …؟" asks who someone is, "من فاز …" a deed)."""
    q = " ".join(_bare(t) for t in normalize(question).replace("؟", " ").split())
    m = _AR_ROLE_START.match(q)
    if not m or q.startswith(("من هو ", "من هي ")) or _bare_post(m.group(1)) not in _POSTS:
        return []
    words: list[str] = []
    for tok in q[m.start(1) :].split():
        over = words[-1:] == [m.group(1)] and _bare_post(m.group(1)) == _SUPERVISOR
        if (tok in _AR_ROLE_ENDS and not over) or len(words) >= _ROLE_WORDS:
            break  # "المشرف على …": the supervisor is over what follows
        words.append(tok)
    return words


_SUPERVISOR = normalize("مشرف")


def _role(q: str) -> list[str]:
    """The role a "من …" question asks about: its words up to the event's own name (the
    first event noun is kept: "مدير معرض", "مقرر ملتقى"), or [] when it asks no role."""
    m = _AR_ROLE_START.match(q)
    if not m or m.group(1) in _AR_NOT_ROLES:
        return []
    if not any(map(names_an_activity, q.split())) and not _ORGANISING.search(q):
        # "من هي وزيرة التضامن؟" asks about no event; "من مدير المركز المنظم للنادي
        # الصيفي؟" asks about the one the body organises
        return []
    words: list[str] = []
    for tok in q[m.start(1) :].split():
        if tok in _AR_ROLE_ENDS or len(words) >= _ROLE_WORDS:
            break
        words.append(tok)
        if names_an_activity(tok):
            break  # what follows names the event
    return words


def is_event_noun(token: str, nouns: tuple[str, ...] = _AR_EVENT_NOUNS) -> bool:
    """ "ملتقى", "للملتقى", "بمهرجان", "الندوة": an event noun (of `nouns`) with its attached
    letters."""
    return event_noun(token, nouns) is not None


def event_noun(token: str, nouns: tuple[str, ...] = _AR_EVENT_NOUNS) -> str | None:
    """The event noun (of `nouns`) a normalized word is, without its attached letters
    ("بالمهرجان" → "مهرجان"), or None."""
    if token.startswith("لل"):  # "للملتقي" is "ل" + "الملتقي"; "للقاء" is "ل" + "لقاء"
        return next((noun for noun in (token[2:], token[1:]) if noun in nouns), None)
    if token in _NOT_EVENT_NOUNS:
        return None
    # a noun may itself begin with "و" or "ب" ("ورشة", "برنامج"): try the word with and
    # without the letter
    for word in dict.fromkeys((token, token.removeprefix("و"))):
        for bare in dict.fromkeys((word, word.removeprefix("ب"))):
            # "اللقاء", "لقاء": a noun may begin with "ل" too ("للقاء" is "ل" + "لقاء")
            for noun in (bare.removeprefix("ال"), bare.removeprefix("ل").removeprefix("ال")):
                if noun in nouns:
                    return noun
    return None


# the nouns any event may be called by, and those the meetings people talk at are called by
# one another's names with ("المؤتمر" for a "ملتقى")
_ANY_EVENT_NOUNS = frozenset(_n("فعالية حدث تظاهرة"))
_TALK_NOUNS = frozenset(_n("ملتقى ملتقي قمة مؤتمر ندوة منتدى ورشة"))


def called_otherwise(question_nouns: Collection[str], name: str) -> bool:
    """Whether a question calls the event it asks about by event nouns (bare, as
    `event_noun` gives them) none of which the name's own first word could be called by: a
    "أمسية" is not a "مهرجان", a "مؤتمر" may be a "ملتقى". False when either says no noun."""
    words = normalize(name).split()
    own = event_noun(words[0]) if words else None
    if own is None or not question_nouns or any(n in _ANY_EVENT_NOUNS for n in question_nouns):
        return False
    family = _TALK_NOUNS if own in _TALK_NOUNS else frozenset((own,))
    return not family & set(question_nouns)


# the kinds a plural event noun asks for in a list ("ما المهرجانات …" lists festivals, not
# forums); the meetings people talk at are called by one another's names ("ما الملتقيات حول
# المدن الذكية" asks for the Berkane symposium too), so they stand together; "الفعاليات"
# and "events" ask for every kind
_TALKS = frozenset(("forum", "conference", "symposium", "summit", "meeting", "workshop"))
_PLURAL_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_n("مهرجانات"), frozenset(("festival",))),
    **dict.fromkeys(_n("معارض"), frozenset(("exhibition",))),
    **dict.fromkeys(_n("ملتقيات منتديات مؤتمرات ندوات قمم"), _TALKS),
    **dict.fromkeys(_n("حفلات احتفالات"), frozenset(("ceremony",))),
    **dict.fromkeys(_n("مسابقات"), frozenset(("competition",))),
    "festivals": frozenset(("festival",)),
    "ceremonies": frozenset(("ceremony",)),
    "competitions": frozenset(("competition",)),
    "courses": frozenset(("course",)),
    **dict.fromkeys(("exhibitions", "expos", "fairs"), frozenset(("exhibition",))),
    **dict.fromkeys(
        ("forums", "fora", "conferences", "summits", "symposia", "symposiums", "meetings"), _TALKS
    ),
}
_COURSES = _n("دورات")[0]
_TRAINING = frozenset(_n("تدريبية التدريبية"))
_EVERY_KIND = frozenset((*_n("فعاليات احداث تظاهرات ايام"), "events", "gatherings"))


def kinds_asked(q: str, lang: str) -> frozenset[str] | None:
    """The card kinds the plural event nouns of a normalized question ask for, or None for
    any kind (none named, or "الفعاليات"/"events" among them)."""
    kinds: set[str] = set()
    words = q.split()
    for token, after in zip(words, [*words[1:], ""], strict=True):
        word = token.removeprefix("و").removeprefix("ال") if lang != "en" else token
        if word in _EVERY_KIND:
            return None
        kinds |= _PLURAL_KINDS.get(word, frozenset())
        if lang != "en" and _training_courses(word, after):
            kinds.add("course")
    return frozenset(kinds) or None


def _training_courses(token: str, after: str) -> bool:
    """ "الدورات التدريبية": courses, a kind of event ("دورات المهرجان" are its editions)."""
    return token.removeprefix("و").removeprefix("ال") == _COURSES and after in _TRAINING


def is_plural_event(token: str) -> bool:
    """ "مهرجانات", "الملتقيات": a plural event noun (normalized)."""
    return token in _AR_PLURAL_EVENTS


def names_an_activity(token: str) -> bool:
    """An event noun, or a noun an event is also called by ("برنامج", "دورة", "مسابقة")."""
    return is_event_noun(token, _AR_EVENT_NOUNS + _AR_ACTIVITY_NOUNS)


_EN_EVENT_NOUN = re.compile(
    r"\b(?:summit|forum|conference|symposium|exhibition|festival|expo|congress|fair"
    r"|workshop)s?\b",
    re.IGNORECASE,
)


def mentions_an_activity(text: str) -> bool:
    """Whether a question names an event, or a programme, a course, a project it asks a
    person, a count, a day or a place of ("من المشرف العام على برنامج …", "the summit"), or
    one a body organises ("المنظم للنادي الصيفي")."""
    if _EN_EVENT_NOUN.search(text):
        return True
    norm = normalize(text)
    return any(names_an_activity(t) for t in norm.split()) or bool(_ORGANISING.search(norm))


def _lead_first(fields: tuple[tuple[str, str], ...], q: str) -> tuple[tuple[str, str], ...]:
    """`fields` with the one the question's opening asks first: "أين تقام ورشة … لرعاية
    الشباب", "في أي مدينة أقيم مهرجان منظمة …" ask a place, not a cue word inside a body's
    name ("رعاية", "منظمة")."""
    opening = len(" ".join(q.split()[:_LEAD_WORDS]))
    lead = next(
        (
            name
            for name, pattern in fields
            if name in _LEAD_FIELDS
            and (m := re.search(pattern, q)) is not None
            and m.start() < opening
        ),
        None,
    )
    return tuple(sorted(fields, key=lambda f: f[0] != lead))


def _asked_first(q: str, lang: str) -> str | None:
    """A field asked in words other fields' cues would mistake: a role ("من رئيس …"), a
    patron asked after ("برعاية من يفتتح …"), a deadline ("ما آخر موعد لاستقبال المشاركات",
    not the event's dates)."""
    if lang != "en" and _role(q):
        return "person"
    if lang != "en" and _UNDER_WHOM.search(q):
        return "patrons"
    if _DEADLINE.search(q):
        return "deadline"
    if _HOUR.search(q):
        return "hour"
    if lang != "en" and _BY_WHOSE.search(q):
        return "request"
    if lang != "en" and _DURATION.search(q):
        return "duration"
    return None


# at whose request, invitation or direction a thing is done ("بطلب ممن جاءت مشاركة الفريق؟",
# "بدعوة من من يشارك …"): the person the article names after "بطلب من"
_BY_WHOSE = re.compile(r"(?:^|\s)(بطلب|بدعوه|بتوجيه|بتوجيهات|بامر|بمبادره) (?:ممن|من من)\b")
# the hour of the day a thing starts at ("في أي ساعة يبدأ الحفل؟", "what time does it open?"),
# not how many hours it lasts ("كم ساعة")
_HOUR = re.compile(r"(?:^|\s)(?:[فب]ي )?(?:اي|ايه) ساعه\b|\bat what time\b|\bwhat time\b")


def _field(q: str, lang: str) -> tuple[str | None, str]:
    """The field asked for, and the question without the words that asked for it."""
    first = _asked_first(q, lang)
    if first is not None:
        return first, q
    fields = _EN_FIELDS if lang == "en" else _lead_first(_AR_FIELDS, q)
    for name, pattern in fields:
        m = re.search(pattern, q)
        if m and m.group() == "عنوان" and _titles_no_event(q[m.end() :]):
            return None, q  # "ما عنوان محاضرة …": the title of a talk, not of the event
        if m and name in ("country", "city") and _GUEST.search(q):
            return None, q  # "ما الدولة ضيف شرف الملتقى": its guest, not where it is held
        if m and name in ("date", "place") and _PART_OF_EVENT.search(q):
            if name == "date" and lang != "en":
                # "متى تبدأ التصفيات النهائية لمسابقة …": the part's time, read from the
                # sentence that names the part, never the card's dates
                return "moment", q
            return None, q  # "When is his keynote?": the talk's time, not the event's
        if m and name == "place" and _BUILDING_ASKED.fullmatch(m.group()):
            # "على أي مسرح تقام عروض …": the building, which the town does not answer (read
            # from the articles when no card holds a venue)
            return "stage", f"{q[: m.start()]} {q[m.end() :]}"
        if m and name == "place" and _CEREMONY.search(q):
            # "أين يقام حفل افتتاح المهرجان": the ceremony's stage, which the event's venue
            # may be; its town alone is too coarse
            return "stage", f"{q[: m.start()]} {q[m.end() :]}"
        if m:
            return name, f"{q[: m.start()]} {q[m.end() :]}"
    return None, q


_BUILDING_ASKED = re.compile(_BUILDING)
_DEADLINE = re.compile(
    r"\b(?:اخر|نهايه) موعد\b|\bالموعد النهاءي\b|\bdeadline\b|\blast day (?:to|for)\b"
    # "متى يغلق باب المشاركات في …", "متى إغلاق باب التسجيل": when the door closes
    r"|\b(?:ي|ت|سي|ست)?غلق باب\b|\bاغلاق باب\b"
)
# how long it lasts: "كم يوما يستمر …", "كم تستغرق …", "ما مدة …" (not when it is held)
_DURATION = re.compile(
    r"\bكم (?:يوما |يوم |ايام |اسبوعا |شهرا |ساعه |ساعات )?(?:ي|ت|س|سي|ست|ا)(?:ستمر|ستغرق)(?:ت)?\b"
    r"|\b(?:ما|كم) (?:هي )?(?:ال)?مده\b|\bطول مده\b"
)
_GUEST = re.compile(r"\bضيف(?:ه)?\b|\bضيوف\b")
_UNDER_WHOM = re.compile(r"(?:برعايه|رعايه) من\b")
# fields an interrogative asks for: said in the question's first words, they come before a
# cue word in its body ("… لرعاية الشباب" names a body, "رعاية" no patron)
_LEAD_FIELDS = frozenset(
    ("edition", "city", "country", "date", "place", "figure", "slogan", "topics", "outcomes")
)
_LEAD_WORDS = 2
# a talk or a round within the event: when and where it is held are its own, not the event's
# dates or venue ("متى تبدأ التصفيات النهائية لمسابقة …")
_PART_OF_EVENT = re.compile(
    r"\b(?:keynote|speech|talk|lecture|presentation|final|semi-final|round)s?\b"
    r"|\b(?:ب|ل|و)?(?:ال)?(?:كلمت|محاضرت|خطاب)(?:ه|ها|هم)?\b|\b(?:ب|ل|و)?(?:ال)?(?:كلمه|محاضره)\b"
    r"|\b(?:ال)?(?:تصفيات|نهاءيات|مباراه)\b"
    r"|\b(?:ب|ل|و)?(?:ال)?(?:امسيه|امسيات|احتفاليه)\b"
)
# a ceremony within the event: held on one of its days, often on a stage of its own
_CEREMONY = re.compile(r"\b(?:ب|ل|و)?(?:ال)?(?:حفل|حفله)\b|\bceremony\b")


def _titles_no_event(after: str) -> bool:
    """Whether the noun after "عنوان" is something other than an event ("محاضرة", "كتاب")."""
    words = after.split()
    if not words:
        return False
    noun = words[0].removeprefix("ال")
    return noun not in _AR_EVENT_NOUNS + _AR_PLURAL_EVENTS + _n("نسخة دورة النسخة الدورة")


def _counts(q: str, lang: str) -> list[str]:
    if lang != "en" and _AREA_ASKED.search(q) is not None:
        return [AREA]
    m = (_EN_COUNT_NOUN if lang == "en" else _AR_COUNT_NOUN).search(q)
    return [g for g in (m.groups() if m else ()) if g]


AREA = normalize("مساحة")  # what an area question counts: read in the units of area
_AREA_ASKED = re.compile(r"\b(?:ما|كم) (?:هي |تبلغ |بلغت )?(?:ال)?مساحه\b")


def _names_one_event(rest: str) -> bool:
    """Whether the words after a counted event noun name one event ("كم ندوة يتضمنها البرنامج
    الثقافي لمعرض الكتاب"): the count is then that event's figure, not a count of events."""
    # "كم عدد المعارض في جادة سوق عكاظ في نسخته التاسعة": an edition is one event too
    return any(is_event_noun(token) for token in rest.split()) or bool(_AN_EDITION.search(rest))


_AN_EDITION = re.compile(r"\b(?:نسخته|نسختها|دورته|دورتها|النسخه|الدوره) (?:ال)?\S+(?:ي|يه|ه)\b")


def _intent(q: str, lang: str) -> str | None:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    """The intent over several events, or None for a question about one event."""
    if lang == "en":
        if re.search(r"\bcompare\b|\bdifference between\b|\bdiffer\b", q):
            return COMPARE
        if re.search(r"\beditions\b|\bprevious editions\b", q):
            return EDITIONS
        if re.search(r"\bhow many " + _EN_ANY_EVENT, q):
            return COUNT
        if re.search(r"\bwhat is coming up\b|\bupcoming\b|\bcoming up\b", q):
            return LIST
        if _has_plural_event(q, lang) or re.search(r"^(?:list|which|what) " + _EN_ANY_EVENT, q):
            return LIST
        return None
    if re.search(r"قارن|مقارنه|الفرق بين|نسختي|دورتي|النسختين|الدورتين", q):
        return COMPARE
    if re.search(r"\b(?:ما|اذكر|ماهي) (?:هي )?(?:نسخ|دورات)\b|\bنسخ (?:ملتقي|قمه|مءتمر|ندوه)", q):
        return EDITIONS
    many = re.search(
        r"\b(?:كم|ما) (?:هو )?(?:عدد )?(?:ال)?(?:ملتقيات|فعاليات|مءتمرات|قمم|ندوات|معارض|منتديات|مهرجانات)",
        q,
    )
    one = re.search(r"\bكم (?:ملتقي|فعاليه|مءتمرا|مءتمر|قمه|ندوه|معرضا|منتدي|مهرجانا)\b", q)
    counted = many or one
    if counted and _names_one_event(q[counted.end() :]):
        return None  # "كم ندوة يتضمنها برنامج معرض الكتاب": a figure of that one event
    if many and not re.search(
        r"\bما (?:هو )?(?:ال)?(?:ملتقيات|فعاليات|مءتمرات|قمم|ندوات|معارض|منتديات|مهرجانات)", q
    ):
        return COUNT
    if one:
        return COUNT
    if _has_plural_event(q, lang):
        return LIST
    if re.search(r"^(?:ما|ماهي|اذكر)\b.*\b(?:القادمه|المقبله)\b", q):
        return LIST
    return None


# "من التينور الذي …", "من المدير العام لشركة … الذي تحدث عن ندوات …": a person asked for,
# never a list of events; "من الجهة التي …" asks a body, which a list of events may name
_WHO = re.compile(
    r"من (?:هو |هي )?(?:ال)?\w+ (?:الذي|التي)\b|من (?:الذي|التي)\b|من (?:هو |هي )?(?!الجه)ال\w+"
)
_HOW_MANY = re.compile(r"^كم (?:عدد )?(\w+)")


def _counts_other(q: str) -> bool:
    """Whether a "كم …" question counts something other than events ("كم عازفا")."""
    m = _HOW_MANY.match(q)
    return m is not None and not (is_event_noun(m.group(1)) or m.group(1) in _AR_PLURAL_EVENTS)


_UNTIL = re.compile(
    r"حتي متي|الي متي|متي (?:تنتهي|ينتهي|تختتم|يختتم|تختم|اختتم|اختتمت|انتهي|انتهت|ختام)"
    r"|until when|\bend(?:s|ed)?\b|\bclos(?:e|es|ed)\b|\bfinish(?:es|ed)?\b"
)
_AR_INTERROGATIVES = _n("متى أين من كم ما ماذا أي هل")


def _bare(token: str) -> str:
    return token[1:] if token[:1] in "وف" and token[1:] in _AR_INTERROGATIVES else token


_AR_WHAT = frozenset(_n("ما ماذا أي بأي لأي وما وأي"))
_AR_WHAT_SKIP = frozenset(_n("هو هي اسم أسماء"))
_AR_NOT_CONTENT = frozenset(
    _n(
        "ما ماذا أي بأي لأي هو هي اسم في من على عن إلى الى التي الذي الذين خلال ضمن مع عبر"
        " بحسب حسب تم يتم كان كانت هل متى حتى كم أين موعد تاريخ"
    )
)


def part_words(q: str) -> list[str]:
    """The words of a normalized question that name the part of an event it asks about
    ("التصفيات", "الامسيه"), without their attached letters."""
    return [_bare(m.group()).removeprefix("ال") for m in _PART_OF_EVENT.finditer(q)]


# "أين يقام السيرك العالمي ضمن مهرجان …", "أين أقيم استعراض الدبابات في مهرجان …": a part of
# an event, named between the where-question's verb and "ضمن" (anything after it) or "في"/
# "خلال" and an event's noun
_PART_BEFORE = re.compile(
    r"^(?:اين|واين) (?:\S+ )?(?P<part>.+?) "
    r"(?:ضمن (?P<any>\S+)|(?:في|فى|خلال) (?:فعاليات |احتفالات )?(?P<noun>\S+))"
)
_PART_WITHIN = re.compile(r"^(?:اين|واين) (?:\S+ )?(?P<part>.+?) ضمن (?P<any>\S+)")
# "أين يقام حفل افتتاح مهرجان …": the ceremony that opens or closes the event
_CEREMONY_OF = re.compile(
    r"^(?:اين|واين) (?:\S+ )?(?P<part>حفل (?:افتتاح|ختام|اختتام|تدشين)) (?P<noun>\S+)"
)
PART_WORDS = 2  # words of a part a sentence must name
_OF_EVENTS = _n("فعاليات احتفالات أنشطة")  # "فعاليات ملتقى الشباب": the forum, no part


def part_asked(q: str) -> list[str]:
    """The first `PART_WORDS` words of the part of an event a normalized where-question asks
    about ("أين تقام عروض الضوء والصوت ضمن مهرجان …": "عروض", "الضوء"), none when it asks
    about the event itself."""
    # "أين يقام معرض صنع في عسير ضمن مهرجان …": "ضمن" ends the part, not a "في" inside it
    m = _PART_WITHIN.match(q) or _PART_BEFORE.match(q) or _CEREMONY_OF.match(q)
    noun = m.groupdict().get("noun") if m is not None else None
    if m is None or (noun is not None and not is_event_noun(noun)):
        return []
    words = [
        t
        for t in m["part"].split()
        if len(t) > 2 and t not in _AR_NOT_CONTENT and t not in _OF_EVENTS
        if not is_event_noun(t)
    ]
    return words[:PART_WORDS]


def content_words(q: str) -> list[str]:
    """The words of a normalized question that may name its event (not its cue words)."""
    words = [_bare(t) for t in q.split()]
    return list(dict.fromkeys(w for w in words if len(w) > 2 and w not in _AR_NOT_CONTENT))


def what_asked(question: str) -> tuple[str, list[str]] | None:
    """("ما الابتكار الذي قدمه…" →) the noun a what/which question asks about and the
    question's other content words, normalized; None for any other question."""
    q = normalize(question).replace("؟", " ").replace("?", " ")
    toks = [_bare(t) for t in q.split()]
    for i, tok in enumerate(toks[:3]):
        if tok not in _AR_WHAT:
            continue
        k = i + 1
        while k < len(toks) and toks[k] in _AR_WHAT_SKIP:
            k += 1
        if k >= len(toks):
            return None
        head = toks[k]
        # "على بحث أي موضوع يركز …": the words before the interrogative say something too
        rest = toks[:i] + toks[k + 1 :]
        words = [t for t in rest if len(t) > 2 and t not in _AR_NOT_CONTENT]
        return head, list(dict.fromkeys(words))
    return None


_EN_WHAT = re.compile(r"^(?:which|what)\s+([a-z][a-z-]+)\b(.*)$")
_EN_NOT_CONTENT = frozenset(
    "is are was were will be been the a an at in on of to for by with from and or did does do "  # noqa: SIM905
    "has have had this that these those its their his her it they which what who".split()
)


def what_asked_en(question: str) -> tuple[str, list[str]] | None:
    """("Which soap won the best TV drama prize at …?" →) the noun an English which/what
    question asks about and its other content words, lower-cased; None for any other."""
    m = _EN_WHAT.match(" ".join(question.lower().replace("?", " ").split()))
    if m is None or m.group(1) in _EN_NOT_CONTENT:
        return None
    words = [w.strip(".,'’\"()") for w in m.group(2).split()]
    return m.group(1), list(
        dict.fromkeys(w for w in words if len(w) > 1 and w not in _EN_NOT_CONTENT)
    )


# "وماذا عن بركان؟", "وبركان؟", "what about Jeddah?", "and the Berkane one?": the previous
# turn's question, asked of another event
WHAT_ABOUT = re.compile(
    r"^\s*(?:[وف]?(?:ماذا|ما)\s+عن\s|و\S+\s*؟?\s*$)"  # "وماذا عن بركان؟", "وبركان؟"
    r"|^\s*(?:and\s+)?(?:what|how)\s+about\s|^\s*and\s+(?:the\s+)?[\w' -]{1,40}\?\s*$",
    re.I,
)


def asked_time(
    question: str, lang: str, today: date | None = None
) -> tuple[int | None, int | None, str | None]:
    """(year, month, "upcoming"/"past"/None) a question restricts events to, whatever it
    asks ("وماذا عن نسخة 2024؟": 2024)."""
    q = normalize(question) if lang != "en" else " ".join(question.lower().split())
    return _time_filter(q.replace("؟", " ").replace("?", " ").strip(), lang, today or date.today())


def parse_question(
    question: str, lang: str, today: date | None = None, one_event: bool = False
) -> EventQuestion | None:
    """The card reading of `question`, or None when it asks nothing a card holds; with
    `one_event` (the question names an event whose name is a plural, "مهرجانات بيت الدين"),
    never a list of events."""
    today = today or date.today()
    q = normalize(question) if lang != "en" else " ".join(question.lower().split())
    q = q.replace("؟", " ").replace("?", " ").strip()
    if lang != "en":  # "ومتى", "فأين", "ومن": the interrogative with a conjunction attached
        q = " ".join(_bare(tok) for tok in q.split())
    year, month, when = _time_filter(q, lang, today)
    intent = _intent(q, lang)
    if intent == LIST and (
        one_event
        or _NAMED_PLURAL.search(question)
        or _plural_names_one(question)
        or _WHO.match(q)
        or _counts_other(q)
    ):
        # "من التينور الذي افتتح مهرجانات …", "كم عازفا شارك في … مهرجانات بيت الدين": a
        # person, a figure of the event named, not a list of events
        intent = None
    if intent == COUNT and _QUOTED_NAME.search(question):
        # "كم عدد الفعاليات التي تتضمنها حملة «…»": a figure of the one event quoted, not a
        # count of the library's events
        intent = None
    name, rest = _field(q, lang)
    if intent is None:
        if name is None:
            return None
        counts = _counts(q, lang) if name == "figure" else []
        role = _role(q) if name == "person" else []
        if name == "request":  # "بطلب ممن …": the noun the person is credited by
            role = [m.group(1)] if (m := _BY_WHOSE.search(q)) else []
        until = name == "date" and bool(_UNTIL.search(q))
        return EventQuestion(FIELD, name, lang, counts, year, month, when, q, rest, role, until)
    if intent == LIST and name in ("date",) and not _has_plural_event(q, lang):
        intent = FIELD
    return EventQuestion(intent, name, lang, [], year, month, when, q, q)
