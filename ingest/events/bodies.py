"""Who is behind an event: organizers, patrons, partners and the people who opened it.

News states these in a few fixed ways, so each is a cue followed by a phrase:
organizers "بتنظيم من X", "الذي ينظمه X", "تنظم X …" (X must start with a body noun:
وزارة، جامعة، غرفة، شركة …), "بمبادرة من X", "تستعد X لتنظيم", "organised by X"; and
with the event as the verb's object, the subject on either side: "وكانت X قد نظمت المعرض",
"X هي التي تنظم الملتقى", "«X» تطلق ملتقى", "وينظم الملتقى كل من X وY";
patrons "برعاية (من) X", "تحت رعاية X", "تحت الرعاية السامية ل X", "under the patronage of";
partners "بشراكة مع X", "بالتعاون مع X", "بمشاركة من X"; openers "افتتحه X", "دشن X".
A list of bodies ("X، وY", "X وY" when Y starts with a body noun) gives one value each.
Patron phrases lose their leading honorifics (صاحب السمو الملكي، معالي، سعادة) as the gold
annotation does, and stop at the role that follows a person's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.events.names import EID_IN_PASSING, FOR_ITS_PEOPLE, definite_head, head_of
from ingest.events.places import VENUE_HEADS, country_phrase_end, town_at, town_phrase_end
from ingest.events.spans import (
    HOSTED_IT,
    ORG_HEADS,
    PHRASE_STOPS,
    RELATIVE_ORG_VERBS,
    Token,
    bases,
    grow_phrase,
    is_definite,
    is_nisba,
    sentence_bounds,
    skip_letters,
    starts_clause,
    taf_il,
    tokens,
    trim,
    waw_joins,
    word_set,
)
from language.analyzer import normalize


@dataclass(frozen=True)
class BodyMention:
    """A body or person in a role: `text[start:end]`, role one of organizer/patron/…."""

    start: int
    end: int
    text: str
    role: str
    stated: int = -1  # where the role is stated, when the name is spelled out elsewhere

    @property
    def where(self) -> int:
        """The offset that places the mention in the article: where its role is stated."""
        return self.stated if self.stated >= 0 else self.start


def _norms(words: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in words.split())


# the passive with its agent, Maghreb "من طرف" or "من قبل": "الملتقى الذي نظم من طرف
# الحكومة", "الاحتفالات المنظمة من قبل أمانة المدينة" (a body must follow: "ينظم من قبل
# سنوات" is "for years"; the older cue "المنظم من قبل" stands alone below)
_AGENT_CUES = tuple(
    _norms(f"{verb} من {by}")
    for verb in ("نظم", "نظمت", "ينظم", "تنظم", "المنظم", "المنظمة", "المنظمين")
    for by in ("طرف", "قبل")
    if (verb, by) != ("المنظم", "قبل")
)
# cue word sequences (normalized) -> role; the phrase starts after the cue
# "الملتقى الذي تشرف عليه وزارة …" runs it; "مسابقة …، التي يشرف عليها الاتحاد": a masculine
# body over a feminine event ("16 معرضا تشرف عليها جهات عدة" are parts of it, a plural's)
_SUPERVISES = (_norms("تشرف عليه"), _norms("يشرف عليه"), _norms("يشرف عليها"))
_CUES: list[tuple[tuple[str, ...], str]] = [
    (_norms("بتنظيم من"), "organizer"),
    (_norms("بتنظيم"), "organizer"),
    (_norms("وبتنظيم من"), "organizer"),
    (_norms("وبتنظيم"), "organizer"),
    (_norms("تنظيم من"), "organizer"),
    (_norms("وتنظيم من"), "organizer"),
    # "برعاية أمير المنطقة، وتنظيم نادي الباحة الأدبي" (a body must follow)
    (_norms("وتنظيم"), "organizer"),
    # "ضمن أنشطة وبرامج نادي الباحة الأدبي": the body whose activity it is
    (_norms("ضمن أنشطة وبرامج"), "organizer"),
    (_norms("ضمن برامج وأنشطة"), "organizer"),
    (_norms("ضمن أنشطة"), "organizer"),
    (_norms("ضمن برامج"), "organizer"),
    # "والملتقى من تنظيم جمعية الأسرة" (not "من تنظيم داعش": a body must follow)
    (_norms("من تنظيم"), "organizer"),
    *((cue, "organizer") for cue in _AGENT_CUES),
    (_norms("المنظم من قبل"), "organizer"),
    (_norms("بمبادرة من"), "organizer"),
    (_norms("بمبادرة ودعم من"), "organizer"),
    # "… تنظيمه بالتعاون بين X وY": every body of the list runs it
    (_norms("تنظيمه بالتعاون بين"), "organizer"),
    (_norms("تنظيمها بالتعاون بين"), "organizer"),
    # "… الذي يتم تنظيمه بالتعاون مع X وY": organized with them, no other body named
    (_norms("تنظيمه بالتعاون مع"), "organizer"),
    (_norms("تنظيمها بالتعاون مع"), "organizer"),
    (_norms("تحت الرعاية السامية"), "patron"),
    (_norms("تحت رعاية"), "patron"),
    (_norms("تحت الرعاية الكريمة"), "patron"),
    (_norms("برعاية كريمة من"), "patron"),
    (_norms("برعاية من"), "patron"),
    (_norms("برعاية"), "patron"),
    (_norms("وبرعاية"), "patron"),
    (_norms("بالشراكة بين"), "organizer"),
    (_norms("بشراكة بين"), "organizer"),
    (_norms("ويشرف على تنفيذها"), "organizer"),
    (_norms("أشرفت عليها"), "organizer"),
    # "وأشرف على تنظيم المهرجان نادي الحي": the subject after the object
    (_norms("أشرف على تنظيم"), "organizer"),
    (_norms("وأشرف على تنظيم"), "organizer"),
    (_norms("أشرفت على تنظيم"), "organizer"),
    (_norms("وأشرفت على تنظيم"), "organizer"),
    (_norms("أشرف على تنظيمه"), "organizer"),
    (_norms("وأشرف على تنظيمه"), "organizer"),
    (_norms("أشرف عليها"), "organizer"),
    (_norms("التابع رسميا إلى"), "organizer"),
    # "بتنظيم وإشراف من المنظمة", "التي تشترك في تنظيمها أمانة الطائف وغرفة الطائف",
    # "والذي تشرف عليه هيئة السياحة": the body that runs it, named after the cue
    (_norms("بتنظيم وإشراف من"), "organizer"),
    (_norms("بإشراف وتنظيم من"), "organizer"),
    # "… بإشراف وتنظيم جمعية التوعية": a body must follow (see _BODY_MUST_FOLLOW)
    (_norms("بإشراف وتنظيم"), "organizer"),
    (_norms("وبإشراف وتنظيم"), "organizer"),
    (_norms("تشترك في تنظيمها"), "organizer"),
    (_norms("تشترك في تنظيمه"), "organizer"),
    (_norms("يشترك في تنظيمه"), "organizer"),
    (_norms("يشترك في تنظيمها"), "organizer"),
    *((cue, "organizer") for cue in _SUPERVISES),
    (_norms("برعاية وحضور"), "patron"),
    (_norms("برعاية واهتمام"), "patron"),
    (_norms("برعاية ودعم"), "patron"),
    (_norms("ورعاية"), "patron"),
    (_norms("برعاية استراتيجية من"), "patron"),
    (_norms("برعاية استراتيجية"), "patron"),
    (_norms("بالشراكة مع"), "partner"),
    (_norms("بشراكة مع"), "partner"),
    (_norms("بالتعاون مع"), "partner"),
    (_norms("بمشاركة"), "co"),
]
# organizer cues a body must follow ("بتنظيم الأفراح", "من تنظيم داعش" name no organizer)
_BODY_MUST_FOLLOW = (
    _norms("بتنظيم"),
    _norms("وبتنظيم"),
    _norms("وتنظيم"),
    _norms("من تنظيم"),
    _norms("ضمن أنشطة وبرامج"),
    _norms("ضمن برامج وأنشطة"),
    _norms("ضمن أنشطة"),
    _norms("ضمن برامج"),
    _norms("بإشراف وتنظيم"),
    _norms("وبإشراف وتنظيم"),
    *_AGENT_CUES,
)
_TANZIM = normalize("تنظيم")


_CUES_LONGEST_FIRST = sorted(_CUES, key=lambda c: -len(c[0]))
# a body's name ends before the place it sits in or the event it runs ("… بمركز الملك فهد")
_BODY_STOPS = word_set(
    "سنويا سنويًا حاليا مؤخرا أيضا كذلك كل "
    # a sponsor's tier after its name: "وأمانة جدة الرعاة المستضيفين"
    "الرعاة الراعي "
    "بمدينة بمركز بفندق بقاعة بمقر بمقرها بمقره بمسرح بصالة بساحة أعمال فعاليات ملتقى الملتقى مؤتمر المؤتمر "
    "منتدى المنتدى مهرجان المهرجان معرض المعرض ندوة الندوة "
    # a count or manner after the name ("… لتنظيم المعارض أكثر من 200", "تنظمها بشكل سنوي")
    "أكثر أقل عدد بشكل حوالي قرابة ثلاث أربع خمس ست سبع ثماني تسع "
    # the object of "أقامت X احتفالية": an event noun after the body ("لمهرجان" may stay)
    "احتفالية احتفالا فعالية فعاليات ورشة ورش برنامج برامج مسابقة حفل حفلا أمسية أمسيات محاضرة لقاء "
    "عام اخيرا مؤخرا بالتنسيق ممثلة ممثلا سنويا دورة الدورة دورات نسخة النسخة جميع كافة "
    "مهرجاناتها مهرجاناته فعالياتها فعالياته معارضها مؤتمراتها أقيمت أقيم وأقيمت "
    "احتفاء بتوجيهات بتوجيه بإشراف باشراف وبإشراف بموافقة كأحد كإحدى كأول كأكبر "
    # when it starts: "تنظمه أمانة العاصمة المقدسة بدءا من الخميس", "مطلع الشهر المقبل"
    "بدءا بدء ابتداء اعتبارا مطلع بداية منتصف أواخر أوائل أول "
    "بشعار وبشعار "
    # where the body is: "المركز السعودي للثقافة شرق محافظة خان يونس"
    "شرق غرب شمال جنوب",
    FOR_ITS_PEOPLE,
)
# what follows a patron's name but is not part of it ("برعاية X واستضافة Y", "X بدءا من")
_PERSON_STOPS = word_set(
    "بدءا بدء ابتداء واستضافة وحضور ودعم واهتمام ومشاركة وبمشاركة وإخوانه واخوانه وإخوته "
    # the occasion after the patron: "برعاية سمو أمير المنطقة لحفل افتتاح المعرض"
    "لحفل حفل افتتاح لافتتاح انطلاق لانطلاق فعاليات لفعاليات مغرب عصر ظهر "
    # a prayer after a ruler's name: "الملك سلمان بن عبدالعزيز «حفظه الله»"
    "حفظه يحفظه حفظها رعاه يرعاه أيده"
)
# a quotation of two words or more
_QUOTE_AFTER_NAME = re.compile(r"\s[«\"“][^»\"”]*\s[^»\"”]*[»\"”]")
# "ويأتي عقد المؤتمر بالتعاون مع …": the event is held with the bodies that follow
_HOLDING_WITH = re.compile(
    r"(?<!\w)(?:عقد|إقامة|اقامة|تنظيم)\s+(?:ال)?(?:مؤتمر|ملتقى|منتدى|معرض|مهرجان|ندوة|"
    r"ورشة|قمة|لقاء)\S*\s+(?:هذا\s+(?:العام|الشهر)\s+)?بالتعاون\s+مع(?!\w)"
)
# "الملك سلمان بن عبدالعزيز «حفظه الله»": a prayer closing a ruler's name, not part of it
_PRAYER = re.compile(r"\s*[«\"“(]?\s*(?:حفظه|يحفظه|حفظها|رعاه|يرعاه|أيده)\s+الله\s*[»\"”)]?\s*$")
# an adverb between the verb and its subject: "الذي نظمته أخيرا، مؤسسة …"
_ADVERBS = word_set("أخيرا مؤخرا حاليا سنويا أيضا")
# words that begin no body's name: "ينظمها عدد من الجهات", "بتنظيم هذا المهرجان"
_NOT_BODY_STARTS = (
    word_set("عدد العديد هذا هذه ذلك تلك بشكل كل جميع بعض طيلة طوال خلال ممثل ممثلة ممثلا")
    | _ADVERBS
)
# "مدير المبيعات في شركة الخليج للمعارض، الشركة المنظمة للمعرض": the body named
# before its role in apposition
_ORGANIZER_APPOSED = re.compile(
    r"(?:في|لدى)\s+([^\W\d_][^،,.:\n]{2,59}?)\s*[،,]\s*(?:وهي\s+)?(?:ال)?(?:شركة|جهة|جمعية|مؤسسة|هيئة)\s+"
    r"(?:ال)?منظمة\s+(?:لل|ل)(?:معرض|مؤتمر|ملتقى|منتدى|مهرجان|ندوة|حدث|فعالية|قمة|مسابقة)"
)
# what a body launches or holds that is not an event: "أطلقت الوزارة برنامجا", "تنظم الجمعية
# حملة" (a course is: "نظمت الجمعية الدورة التطبيقية"); time words may come between ("أطلقت الوزارة أمس برنامج …")
_NOT_EVENTS = word_set(
    "برنامج برنامجا برامج حملة حملات مبادرة مبادرات مشروع مشروعا خدمة تطبيق موقع جائزة رحلة "
    "رحلات زيارة زيارات"
)
_TIME_WORDS = word_set("اليوم أمس امس غدا غداً مؤخرا أخيرا مساء صباح")


def _object_not_an_event(toks: list[Token], end: int, verb: str = "") -> bool:
    """Whether the first word after char offset `end` (past time words) is a non-event
    object of the organizing `verb` (normalized)."""
    after = [t for t in toks if t.start >= end and t.is_word]
    while after and after[0].norm in _TIME_WORDS:
        after.pop(0)
    if (
        verb not in _LAUNCHES  # "أطلقت الوزارة برنامجا تدريبيا": a scheme it starts
        and len(after) > 1
        and after[0].norm.removeprefix("ال") in _PROGRAMME
        and after[1].norm.removeprefix("ال").startswith(_TRAINING)
    ):
        return False  # "تنظم المؤسسة البرنامج التدريبي …": a training programme is a course
    return bool(after) and any(b in _NOT_EVENTS for b in bases(after[0].norm))


_PROGRAMME = word_set("برنامج برنامجا")
_LAUNCHES = word_set("أطلق أطلقت يطلق تطلق")  # (a "و" before the verb is gone from `verb`)
_TRAINING = tuple(normalize(w) for w in ("تدريبي", "تأهيلي"))


# "المسابقة التي أطلقتها الغرفة": launching is holding when what was launched is an event
# ("المبادرات التي أطلقتها الوزارة" are not)
_LAUNCHED_IT = frozenset(_norms("أطلقتها أطلقها أطلقته أطلقه"))
# "نفذت جمعية الكشافة دورة تدريبية": carrying out is holding only when an event is what is
# carried out ("نفذ فرع الهيئة خطته خلال الصيف" is a plan)
_EXECUTE_VERBS = frozenset(_norms("تنفذ ينفذ نفذت نفذ"))
# "اختتم المركز السعودي للثقافة مهرجان الطفولة": a body that closes an event ran it (a
# person closing one is its guest), when the event is its object ("اختتم الفريق مشاركته في
# المهرجان" closed its part in someone else's)
_CLOSE_VERBS = frozenset(_norms("اختتم اختتمت يختتم تختتم"))
_WHERE_LEADS = word_set("في فى شرق غرب شمال جنوب وسط")
_WHERE_RUNS = 3  # place phrases between a closing body and the event ("شرق X جنوب Y،")
_WHERE_WORDS = 4  # words of one place phrase
# verbs whose subject follows and must be a body: "ينظمه قسم …", "تنظم غرفة الشرقية …" (with
# every relative verb of `spans.RELATIVE_ORG_VERBS`, whose subject is the organizer whatever
# kind of body it is: "الذي تنظمه بلدة التويثير")
_ORG_VERBS = (
    frozenset(
        _norms(
            "ينظم تنظم نظمت نظم تقيم يقيم أقامت أقام تنظمهما عقدت يعقد تعقد عقد تستضيف يستضيف "
            "نفذته نفذتها نفذه نفذها ينفذه ينفذها تنفذه تنفذها عقده عقدها"
        )
    )
    | _LAUNCHES
    | RELATIVE_ORG_VERBS
    | HOSTED_IT
    | _LAUNCHED_IT
    | _EXECUTE_VERBS
    | _CLOSE_VERBS
)
_EXECUTE_REACH = 14  # words after the subject the carried-out event is looked for in
# "الحملة التي ترعاها شركة …", "يرعى معالي وزير التعليم …": the patron follows the verb
_QUOTE_MARKS = frozenset('«»"“”')
# venue nouns that never head a body's name
_PLACES_ONLY = VENUE_HEADS - ORG_HEADS - word_set("مكتبة مقر قصر مجمع الواجهة")
_PATRON_VERBS = frozenset(
    _norms(
        "يرعى ترعى رعى رعت يرعاه يرعاها ترعاه ترعاها رعاه رعاها سيرعى سترعى سيرعاه سيرعاها "
        "سترعاه سترعاها"
    )
)
# a second verb of the patron before their name: "الذي يرعاه ويشرفه بالحضور معالي …"
_ALSO_VERBS = re.compile(r"^و[يت]\w{3,}[ها]$")
_BY_ATTENDING = frozenset(_norms("بالحضور بحضوره بحضورها"))
# "حريص على إقامته": a verbal noun after a preposition, not the verb "أقامته"
_PREPOSITIONS = frozenset(_norms("في على عن من إلى الى ب"))
# a commitment or a task that "برعاية" (caring for) completes: "التزامها برعاية", "تعنى برعاية"
_CARES = tuple(
    _norms("التزام اهتمام يهتم تهتم يعنى تعنى المعنية المعني تقوم يقوم قيام يتكفل تتكفل تكفل")
)
# what a patron cue may govern that is the event itself ("تفضل الأمير برعاية المهرجان")
_OCCASIONS = frozenset(
    _norms("الحفل حفل الحملة حملة الفعاليات فعاليات الفعالية احتفالات الاحتفالات احتفال")
)
# who opened the event ("افتتحه معالي أمين …"); the answerer reads these too
OPEN_VERBS = frozenset(_norms("افتتحه افتتحها افتتح افتتحت يفتتح دشن دشنه دشنها يدشن"))
# ("بدأت X في الاستعداد لعقد …", "شرع X في التحضير لتنظيم …")
_PREP_VERBS = frozenset(_norms("تستعد يستعد تعتزم يعتزم بدأت بدأ شرعت شرع وبدأت وبدأ"))
# what a body gets ready to do with the event ("يستعد مجلس الغرف لعقد النسخة الثانية …")
_TO_HOLD = frozenset(_norms("لتنظيم لإقامة لعقد لاستضافة"))
_TO_PRESENT = normalize("لتقديم")
_TO_HOLD_OR_PRESENT = _TO_HOLD | {_TO_PRESENT}
_INTEND = frozenset(_norms("تعتزم يعتزم وتعتزم ويعتزم"))
_HOLD_IT = frozenset(_norms("عقد تنظيم إقامة استضافة"))
_WITH = frozenset(_norms("بالتعاون بالشراكة بالتنسيق"))
# "بالتعاون مع شركائها …": the word for partners before the partners' names
_PARTNER_NOUNS = frozenset(_norms("شركائها شركائه شركائهم شركاء الشركاء"))
_IN = frozenset(_norms("في فى"))
_READYING = frozenset(_norms("الاستعداد التحضير الإعداد"))


def _gets_ready_to_hold(text: str, toks: list[Token], end: int) -> bool:
    """Whether the body phrase of "تستعد X …" ending at token `end` is followed by what it
    gets ready to hold: right away ("لتنظيم", "في الاستعداد لعقد" after "بدأت"), or after
    its partner in the same sentence ("بالتعاون مع جامعة الطائف لتنظيم")."""
    if end >= len(toks):
        return False
    if toks[end].norm in _TO_HOLD:
        return True
    if toks[end].norm == _TO_PRESENT:  # "تستعد جماعة الفن التشكيلي لتقديم معرض …"
        return end + 1 < len(toks) and _event_noun(toks[end + 1])
    readying = [t.norm for t in toks[end : end + 3]]
    if len(readying) == 3 and readying[0] in _IN and readying[1] in _READYING:
        return readying[2] in _TO_HOLD
    if toks[end].norm not in _WITH:
        return False
    _, hi = sentence_bounds(text, toks[end].start)
    ahead = [t for t in toks[end + 1 : end + 14] if t.start < hi]
    return any(t.norm in _TO_HOLD for t in ahead)


# between a verb and the event it holds: "تنظم فعاليات مهرجان", "يطلق أول ملتقى", "اليوم"
_OBJECT_LEADS = frozenset(
    _norms("فعاليات أعمال أول أولى النسخة الدورة اليوم غدا أمس مساء صباح حاليا هذا هذه")
)
# what may stand between a clause's start and its subject: "وكانت الجمعية قد نظمت",
# "أوضح أن الجامعة تنظم"
_SUBJECT_LEADS = frozenset(_norms("كانت وكانت كان وكان أن ان إن وإن كما ثم حيث"))
_SUBJECT_TAILS = frozenset(_norms("قد وقد هي هو التي الذي"))
_WHO = frozenset(_norms("التي الذي"))
_HONORIFIC_SEQS = [
    _norms(h)
    for h in (
        "صاحب السمو الملكي", "صاحب السمو", "صاحب المعالي", "صاحب الجلالة", "صاحب الفضيلة",
        "لصاحب السمو الملكي", "لصاحب السمو", "لصاحب الجلالة", "معالي", "سعادة", "فضيلة", "سمو",
        "السامية", "الكريمة", "الكريم", "كريمة مشكورة من", "كريمة من", "من", "ل",
        # "برعاية كريمة من لدن أمير المنطقة": "لدن" (from) leads to the patron
        "لدن",
        "صاحبة السمو الملكي", "صاحبة السمو", "لصاحبة السمو الملكي", "لصاحبة السمو", "فخامة",
        "صاحب السعادة", "حضرة",
    )
]  # fmt: skip
_INSIDE = frozenset(_norms("في لدى"))
_AT = normalize("لدى")
_SAHIB = normalize("صاحب")
_ROLE_NOUNS = frozenset(
    _norms("أمير وزير رئيس محافظ مدير أمين نائب عميد مستشار وكيل ولي سفير عاهل ملك")
)
_TITLES = frozenset(_norms("المهندس الدكتور د الأستاذ الشيخ الأمير معالي سعادة الدكتورة"))
_PERSON_STARTS = _ROLE_NOUNS | _TITLES | frozenset(_norms("الملك خادم الأمير الأميرة"))
_PLACE_WORDS = word_set("مدينة محافظة منطقة دولة مملكة إمارة")
_EMIRATE = normalize("إمارة")
_PROVINCES = word_set("منطقة محافظة")
PRONOUN_TITLES = frozenset(_norms("سموه سموها معاليه معاليها سعادته فضيلته جلالته"))
_EN_RE = re.compile(
    r"\b(organi[sz]ed by|hosted by|run by|staged by|handed out by|put on by"
    r"|under the patronage of|sponsored by|organi[sz]ers,"
    # "Organisers Reed Exhibitions expect …", "organiser Michael Eavis said"
    r"|[Oo]rgani[sz]ers?(?=\s+[A-Z]))\s+"
    # "the Society of London Theatre": "of (the)", "for (the)", "and" between capitalised words
    r"((?:the\s+)?[A-Z][\w'’&-]*\s*(?:(?:(?:of|for)\s+(?:the\s+)?|and\s+)?[A-Z][\w'’&-]*\s*){0,5})"
)


# nouns that start with the letter ب and may begin a body's name ("بلدة التويثير")
_B_NOUNS = frozenset(_norms("بلدة البلدة بيت بورصة"))


def _event_follows(text: str, toks: list[Token], end: int) -> bool:
    """Whether an event noun follows char offset `end` in its clause, within a few words."""
    _, hi = sentence_bounds(text, end)
    comma = re.search(r"[،,]", text[end:hi])
    hi = end + comma.start() if comma else hi
    after = [t for t in toks if end <= t.start < hi and t.is_word][:_EXECUTE_REACH]
    return any(head_of(t) is not None for t in after)


def _launched_event(toks: list[Token], i: int) -> bool:
    """Whether the relative verb at `i` ("التي أطلقتها") follows an event named just before its
    relative pronoun ("مسابقة «حياة إنسان» الضوئية التي أطلقتها")."""
    if i < 2 or toks[i - 1].norm not in _WHICH:
        return False
    before = [t for t in toks[max(0, i - 8) : i - 1] if t.is_word]
    return any(head_of(t) is not None for t in before)


def _preposition(tok: Token) -> bool:
    """ "بمحافظة النعيرية": a place after a preposition, not a subject."""
    return tok.norm.startswith(("ب", "ل")) and tok.norm not in _B_NOUNS


def _closes_event(toks: list[Token], spans: list[tuple[int, int]]) -> bool:
    """Whether the event itself follows the bodies a closing verb names, after where the
    bodies are ("اختتم المركز … شرق محافظة خان يونس، مهرجان الطفولة"; not "اختتمت الجمعية
    في المهرجان مشاركتها": an event inside the place phrase is not what closes)."""
    j = next((k for k, t in enumerate(toks) if t.start >= spans[-1][1]), len(toks))
    for _ in range(_WHERE_RUNS):
        if j >= len(toks) or toks[j].norm not in _WHERE_LEADS:
            break
        j += 1
        if j < len(toks) and _holds_event(toks, j) is not None:
            return False  # "في المهرجان": where the body took part
        run = j
        while j < len(toks) and toks[j].is_word and toks[j].norm not in _WHERE_LEADS:
            if starts_clause(toks[j].norm) or j - run >= _WHERE_WORDS:
                return False
            if head_of(toks[j]) is not None:
                break
            j += 1
        j += j < len(toks) and toks[j].text in ",،"
    return _holds_event(toks, j) is not None


def _holds_event(toks: list[Token], k: int) -> int | None:
    """When tokens from `k` are the event a verb holds ("المهرجان", "فعاليات مهرجان",
    "«ملتقى …»"), the index after its head noun; None when they are not."""
    j = k
    while j < min(k + 3, len(toks)) and (toks[j].norm in _OBJECT_LEADS or toks[j].text in '«"“'):
        j += 1
    if j < len(toks) and toks[j].is_word and head_of(toks[j]) is not None:
        return j + 1
    return None


def _quoted_name(toks: list[Token], k: int) -> tuple[int, int] | None:
    """(first word, index after the closing mark) of a quoted name of 1-6 words at `k`."""
    if k >= len(toks) or toks[k].text not in _QUOTE_MARKS:
        return None
    for j in range(k + 2, min(k + 8, len(toks))):
        if toks[j].text in _QUOTE_MARKS:
            inner = toks[k + 1 : j]
            return (k + 1, j + 1) if all(t.is_word for t in inner) else None
    return None


def _subject_before(text: str, toks: list[Token], i: int) -> list[tuple[int, int]] | None:
    """The body named right before verb `i`, at the start of its clause ("وكانت جمعية
    الثقافة والفنون قد نظمت …", "«معادن» تنظم مؤتمر …"); None when the clause does not
    begin with a body's name."""
    stop = i
    while stop > 0 and toks[stop - 1].norm in _SUBJECT_TAILS:
        stop -= 1
    if stop == i and i > 0 and toks[i - 1].text in _QUOTE_MARKS:  # "«معادن» تنظم"
        open_at = next(
            (j for j in range(i - 2, max(-1, i - 6), -1) if toks[j].text in _QUOTE_MARKS), None
        )
        if open_at is not None and (open_at == 0 or not toks[open_at - 1].is_word):
            inner = toks[open_at + 1 : i - 1]
            if inner and all(t.is_word for t in inner):
                return [(inner[0].start, inner[-1].end)]
        return None
    lo, _ = sentence_bounds(text, toks[i].start)
    j = stop - 1
    while j >= 0 and toks[j].start >= lo and toks[j].is_word and stop - j <= 10:
        j -= 1
    start = j + 1
    # "أوضح أن الجامعة تنظم": the subject starts after the last "أن" of its clause
    leads = [m for m in range(start, stop) if toks[m].norm in _SUBJECT_LEADS]
    start = leads[-1] + 1 if leads else start
    at_clause = j < 0 or toks[j].start < lo or toks[j].text in ".،,؛;:"
    if stop < i and toks[stop].norm in _WHO and not is_body_start(toks[start]):
        # "واختار مركز الفن الشعبي الذي ينظم هذا المهرجان": the body the relative clause is
        # said of, from its head noun, wherever in its clause it stands
        heads = [m for m in range(start, stop) if is_body_start(toks[m])]
        start, at_clause = (heads[0], True) if heads else (start, False)
    if start >= stop or stop - start > 9 or not at_clause:
        return None
    first = toks[start]
    if not (is_body_start(first) or waw_joins(first.norm)) or first.norm in PHRASE_STOPS:
        return None
    spans = _split_bodies(text, toks, start, stop)
    return [
        (s, e)
        for s, e in spans
        if not is_generic_body(text[s:e]) and not _place_only(text[s:e]) and e - s >= 3
    ] or None


_THANKED_FOR = frozenset(_norms("رعايته رعايتها برعاية"))
_FOR = frozenset(_norms("على تفضله تفضلها"))
_PERSON_TITLES = frozenset(_norms("الأمير الأميرة الملك الدكتور الشيخ المهندس"))


def _thanked_person(text: str, toks: list[Token], on: int) -> tuple[int, int] | None:
    """The person thanked "ل…" before "على رعايته" (token `on` is "على" or "تفضله"), from
    their title on ("لأمير المنطقة الأمير سعد بن خالد" -> "الأمير سعد بن خالد")."""
    if on > 0 and toks[on - 1].norm == normalize("على"):
        on -= 1  # "على تفضله برعاية"
    lo, _ = sentence_bounds(text, toks[on].start)
    for j in range(on - 1, max(-1, on - 30), -1):
        if toks[j].start < lo or toks[j].norm == normalize("على"):
            return None
        if not toks[j].norm.startswith("ل") or len(toks[j].norm) < 3:
            continue
        bare = toks[j].norm[1:]
        if bare not in _PERSON_STARTS and not bare.startswith("صاحب"):
            continue
        # "لمستشار وزير الشؤون البلدية رئيس لجنة التنمية بالمنطقة الدكتور …": a long role
        # before the title
        title = next((k for k in range(j, min(on, j + 12)) if toks[k].norm in _PERSON_TITLES), None)
        if title is None:
            return None
        found = _collect(text, toks, title, person=True)[:1]
        return found[0] if found and found[0][1] <= toks[on].start else None
    return None


_WHICH = frozenset(_norms("الذي التي والذي والتي"))
_TIME_PAIRS = frozenset(
    _norms(p) for p in ("هذه الأيام", "هذا العام", "هذا الأسبوع", "هذا الشهر", "هذا الصيف")
)


def _antecedent(text: str, toks: list[Token], k: int) -> tuple[int, int] | None:
    """The full name a bare body noun at token `k` stands for ("الهيئة" after "هيئة
    الإعجاز العلمي", "المنظمة" after "منظمة الجواد العربي"): the nearest earlier body of
    that head noun named with at least two words; None when `k` is not a bare body noun
    (a name follows it) or no such body was named."""
    tok = toks[k]
    if not tok.norm.startswith("ال") or tok.norm[2:] not in ORG_HEADS:
        return None
    if k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].norm.startswith("ال"):
        return None  # "الهيئة العامة للسياحة": a name of its own ("الهيئة بجدة" is not)
    head = tok.norm[2:]
    for j in range(k - 1, -1, -1):
        # "غرفة الأحساء" and "المؤسسة العامة للموانئ" name a body; "الغرفة الرائد",
        # "بالغرفة والمشرف العام" do not
        if toks[j].norm.removeprefix("و") != head and not _own_name(toks, j, tok.norm):
            continue
        for s, e in _collect(text, toks, j, person=False)[:1]:
            s, e = _before_object(text, toks, s, e)
            if len(text[s:e].split()) >= 2 and e <= tok.start:
                return s, e
    return None


def _own_name(toks: list[Token], j: int, definite: str) -> bool:
    """Whether token `j` is the bare noun `definite` ("المؤسسة") opening a name of its own:
    an adjective, then what the body is for ("المؤسسة العامة للموانئ"; not "الشركة
    الرئيسية", nor "فرع الجمعية …", a body's branch)."""
    words = [t.norm for t in toks[j + 1 : j + 4] if t.is_word]
    return (
        toks[j].norm == definite
        and (j == 0 or toks[j - 1].norm.removeprefix("و") not in ORG_HEADS)
        and len(words) >= 2
        and words[0].startswith("ال")
        and any(w.startswith("ل") and not w.startswith("ال") for w in words[1:])
    )


def _sentence_subject(text: str, toks: list[Token], i: int) -> list[tuple[int, int]]:
    """The body a relative verb at token `i` with no subject after it refers back to ("تستقبل
    غرفة تبوك الطلبات … للمشاركة في معرض المهن الذي تنظمه في …"): the nearest body named
    before it in its sentence whose gender the verb agrees with (تنظمه: غرفة، شركة; ينظمه:
    مجلس، نادي)."""
    lo, _ = sentence_bounds(text, toks[i].start)
    verb = toks[i].norm.removeprefix("و")
    feminine = verb.startswith("ت") or verb.endswith(("ته", "تها"))
    # the event the relative clause is about comes first: the body is named before it
    event = next((j for j in range(i - 1, -1, -1) if _event_noun(toks[j])), None)
    if event is None or toks[event].start < lo or i - event > 12:
        return []
    for j in range(event - 1, -1, -1):
        if toks[j].start < lo:
            break
        if not is_body_start(toks[j]):
            continue
        head = next((b for b in bases(toks[j].norm) if b.removeprefix("ال") in ORG_HEADS), "")
        if head.endswith("ه") != feminine or toks[j].norm.removeprefix("و") != head:
            continue  # "مدير الإعلام بالغرفة": a preposition's object is no subject
        for s, e in _collect(text, toks, j, person=False)[:1]:
            s, e = _before_object(text, toks, s, e)
            if len(text[s:e].split()) >= 2 and e <= toks[event].start:
                return [(s, e)]
    return []


_NAME_TITLES = frozenset(_norms("الملك الأمير الأميرة الشيخ المهندس الدكتور الإمام السلطان"))


def _before_object(text: str, toks: list[Token], start: int, end: int) -> tuple[int, int]:
    """A body's name without the object of its verb that ran on after it ("غرفة الشرقية
    طلبات الشركات" -> "غرفة الشرقية"): a name's words after a definite one are definite too,
    unless a title precedes a person's name ("مركز الملك عبدالله")."""
    inside = [t for t in toks if start <= t.start and t.end <= end and t.is_word]
    for prev, tok in zip(inside, inside[1:], strict=False):
        plain = not tok.norm.startswith(("ال", "ل", "ب", "و", "ك")) and tok.norm.isalpha()
        definite = prev.norm.startswith(("ال", "بال", "لل", "وال"))
        if definite and prev.norm not in _NAME_TITLES and plain:
            return trim(text, start, prev.end)
    return start, end


def _may_name_body(tok: Token) -> bool:
    """A word that can begin a body's name (not a verb, stop word or number)."""
    return (
        tok.is_word
        and tok.norm not in _NOT_BODY_STARTS
        and not tok.norm.startswith("بال")  # "إقامتها بالمحافظة": a place, not a body
        and not tok.norm.isdigit()
        and tok.norm not in PHRASE_STOPS
        and not tok.norm.startswith(("وت", "وي", "وس", "ي"))
        # "وتنظمها بأجندة سنوية": a preposition, unless a body noun ("بلدية", "بنك")
        and not (tok.norm.startswith("ب") and not is_body_start(tok) and tok.norm not in _B_NOUNS)
    )


def is_body_start(tok: Token) -> bool:
    """Whether a word begins a body's name: a body noun ("جامعة", "البلدية", "لجنة")."""
    return any(
        b in ORG_HEADS or (b.startswith("ال") and b[2:] in ORG_HEADS) for b in bases(tok.norm)
    )


def _split_bodies(text: str, toks: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Split tokens lo..hi at "و" + body noun ("المجلس الإقليمي وشركة التنمية")."""
    parts: list[tuple[int, int]] = []
    start = lo
    for j in range(lo + 1, hi):
        norm = toks[j].norm
        if norm.startswith("و") and is_body_start(Token(0, 0, norm[1:], norm[1:])):
            parts.append((start, j))
            start = j
    parts.append((start, hi))
    out = []
    for a, b in parts:
        s = toks[a].start
        if toks[a].norm.startswith("و") and a != lo:
            s = skip_letters(text, s, 1)
        s, e = trim(text, s, toks[b - 1].end)
        if e > s:
            out.append((s, e))
    return out


def body_at(text: str, start: int) -> tuple[int, int] | None:
    """The span of the body whose name starts at offset `start` ("النادي الأدبي بالباحة" in
    "رئيس النادي الأدبي بالباحة حسن الزهراني"), or None when no body noun starts there."""
    toks = tokens(text)
    k = next((i for i, t in enumerate(toks) if t.start == start), None)
    if k is None or not is_body_start(toks[k]):
        return None
    spans = _collect(text, toks, k, person=False)
    if not spans:
        return None
    # "رئيس النادي الأدبي بالباحة حسن الزهراني", "… الثقافي الشاعر حسن …": the head's own
    # name (an indefinite word after a definite one) or title follows the body's
    end = spans[0][1]
    j = k + 2
    while j < len(toks) and toks[j].start < end:
        word, before = toks[j].norm, toks[j - 1].norm
        if word in HEAD_TITLES or (
            toks[j].is_word
            and not is_definite(word)
            and not word.startswith(("ل", "ب", "و"))  # "لطب القلب", "بجدة": the name goes on
            and (is_definite(before) or before.startswith("ب"))  # "… بحائل سالم العنزي"
        ):
            return trim(text, toks[k].start, toks[j - 1].end)
        j += 1
    return spans[0]


# the titles a body's head may carry before their own name (the honorifics above, and posts);
# a quoted answer cut right before one is taken on to the name (assistant.offline.answerer)
HEAD_TITLES = (
    _TITLES
    | _PERSON_TITLES
    | word_set("الشاعر الشاعرة الاستاذ الكاتب اللواء العميد العقيد النقيب الملازم")
)


def _collect(  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    text: str, toks: list[Token], k: int, person: bool
) -> list[tuple[int, int]]:
    """The phrase(s) starting at token `k`, continuing over "، و<body>" lists."""
    out: list[tuple[int, int]] = []
    while k < len(toks):
        end = grow_phrase(
            text,
            toks,
            k,
            max_words=_PERSON_WORDS if person else 26,  # a list of bodies is one phrase
            keep_waw=person,
            # "مركز الواحة لطب وجراحة العيون", "… للثقافة والفنون وتنمية المواهب": a noun
            # in ة governing a definite word is one more field of the body's name
            waw_noun=not person,
            extra_stop=_PERSON_STOPS if person else _BODY_STOPS,
        )
        if end <= k:
            break
        if not person:
            # an adverbial accusative ("… احتفالاً بالعيد") or the event the body holds
            # ("نظمت مؤسسة التراث الدورة التدريبية") ends a body's name; "لمهرجان" does not
            end = _body_name_end(toks, k, end)
            end = _extend_body(text, toks, end)
            end = _branch_place(toks, k, end)
        if person:
            grown = end
            end = _cut_person(toks, k, end)
            if end < len(toks) - 2 and toks[end].text in ",،" and _role_then_title(toks, k, end):
                end = grow_phrase(text, toks, end + 1, max_words=8)
                out.append(trim(text, toks[k].start, toks[end - 1].end))
                break
            titled = _title_after_post(toks, k, end)
            if titled is not None:  # "سفير الدولة في كندا صاحب السمو الأمير …"
                end = grow_phrase(text, toks, titled, max_words=12, extra_stop=_PERSON_STOPS)
                grown = max(grown, end)
            out.append(trim(text, toks[k].start, toks[end - 1].end))
            second = _second_person(toks, end, max(grown, end + 12))
            if second is not None:
                out.append(
                    trim(
                        text, skip_letters(text, toks[second[0]].start, 1), toks[second[1] - 1].end
                    )
                )
        else:
            out.extend(_split_bodies(text, toks, k, end))
        nxt = _post_comma(toks, end) if person else end
        if nxt < len(toks) and toks[nxt].text in ",،" and nxt + 1 < len(toks):
            follow = toks[nxt + 1]
            bare = Token(0, 0, follow.norm[1:], follow.norm[1:])
            # "برعاية سفير … الأمير محمد بن نواف، ووزير التعليم الدكتور …": a second person
            if follow.norm.startswith("و") and (
                is_body_start(bare) or (person and bare.norm in _PERSON_STARTS)
            ):
                k = nxt + 1
                continue
            styled = _after_styled_waw(toks, nxt + 1) if person else None
            if styled is not None:  # "…، وصاحب السمو الملكي الأمير نواف بن راكان"
                k = styled
                continue
        if not person:
            out.extend(_quoted_after_waw(toks, nxt))
        break
    fixed = []
    for s, e in out:
        words = text[s:e].split()
        if len(words) > 2 and normalize(words[-1]) in _TO_HOLD:
            # "بالتعاون مع جامعة الطائف لتنظيم ملتقى …": what the body is to do, not its name
            # ("شركة ميسي فرانكفورت لتنظيم المعارض" keeps its own)
            e = trim(text, s, text.rindex(words[-2], s, e) + len(words[-2]))[1]
        first = normalize(text[s:e].split()[0]) if text[s:e].split() else ""
        # "وال…", "ومحافظة الطائف", "ووزارة الزراعة": the conjunction is not the name's
        if text.startswith("وال", s) or (
            first.startswith("و")
            and (
                is_body_start(Token(0, 0, first[1:], first[1:]))
                or (person and first[1:] in _PERSON_STARTS)
            )
        ):
            s += 1
        prayer = _PRAYER.search(text, s, e)
        if person and prayer is not None:
            e = trim(text, s, prayer.start())[1]
        quote = _QUOTE_AFTER_NAME.search(text, s, e)
        if not person and quote is not None and len(text[s : quote.start()].split()) >= 2:
            # "الذي تنظمه بلدية المحافظة "صيف الساحل أحلى"": the event's title after a named
            # body, not part of its name ("شركة «معادن»" is named by its quote)
            e = trim(text, s, quote.start())[1]
        fixed.append((s, e))
    return [
        span
        for span in fixed
        if span[1] - span[0] >= 3
        and not _pronoun(text[span[0] : span[1]])
        # a body noun alone is kept for `_named_earlier` to read as the body it refers to
        and not _place_only(text[span[0] : span[1]])
    ]


def _event_noun(tok: Token) -> bool:
    """An event head noun, bare or with the article ("الدورة", "ورشة"), not "لمهرجان"."""
    found = head_of(tok)
    return found is not None and found[1] == 0 and not tok.norm.startswith("ل")


def _loose_waw(toks: list[Token], j: int) -> bool:
    """A "و" written apart that joins no body ("… بالمدينة المنورة و تتزامن إقامته")."""
    if toks[j].norm != "و" or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return not (is_body_start(nxt) or nxt.norm.startswith("ال"))


def _quoted_after_waw(toks: list[Token], j: int) -> list[tuple[int, int]]:
    """ "الغرفة التجارية الصناعية بجدة و»AME»": a quoted name joined by "و" is one more body."""
    if j + 2 >= len(toks) or toks[j].norm != "و" or toks[j + 1].text not in _QUOTE_MARKS:
        return []
    for m in range(j + 2, min(j + 8, len(toks))):
        if toks[m].text in _QUOTE_MARKS:
            inner = toks[j + 2 : m]
            # a brand ("AME") or a body noun ("«فريق شرقاوي»"), not a slogan ("و«أهلا»")
            named = inner and (inner[0].text.isascii() or is_body_start(inner[0]))
            if named and all(t.is_word for t in inner):
                return [(inner[0].start, inner[-1].end)]
            return []
    return []


def _at_venue(tok: Token) -> bool:
    """ "بمنتزه", "بفندق": the place a body holds its event in, after the body's name (not
    "بمكتبة", "بجامعة": a body may belong to one, "مركز الفنون بمكتبة الإسكندرية")."""
    norm = tok.norm
    rest = norm[3:] if norm.startswith("بال") else norm[1:]
    return norm.startswith("ب") and (rest in _PLACES_ONLY or "ال" + rest in _PLACES_ONLY)


def _extend_body(text: str, toks: list[Token], end: int) -> int:
    """A body's name goes on over "تجارة وصناعة" (a chamber of commerce and industry), over
    a short bracketed alias right after it ("مركز التحكيم التجاري … (دار القرار)", not a
    place) and over
    the adjective after a quoted name ("فريق «نماء» التطوعي")."""
    closing = end > 1 and toks[end - 1].text in _QUOTE_MARKS and toks[end - 2].is_word
    if closing and end < len(toks) and is_nisba(toks[end]):
        return end + 1
    # "مركز «الذيد» للفنون": what the quoted name is of
    if closing and end < len(toks) and toks[end].norm.startswith("لل") and len(toks[end].norm) > 4:
        return end + 1
    if end < len(toks) and toks[end - 1].norm == "تجاره" and toks[end].norm == "وصناعه":
        end = grow_phrase(text, toks, end, max_words=8, keep_waw=False, extra_stop=_BODY_STOPS)
    if end < len(toks) and toks[end].text == "(":
        close = next((j for j in range(end + 1, min(end + 5, len(toks))) if toks[j].text == ")"), 0)
        inner = toks[end + 1 : close]
        # (not a place in brackets: "إمارة منطقة مكة المكرمة (محافظة الطائف)")
        alias = inner and inner[0].norm not in _PLACE_WORDS
        if close and alias and all(t.is_word and not t.norm.isdigit() for t in inner):
            end = close + 1
    return end


# bodies whose name holds the town of their branch ("الغرفة التجارية الصناعية في محافظة
# الأحساء", "الهيئة الملكية في ينبع", "لجنة التنمية الأهلية في بلجرشي")
_BRANCHES = word_set("غرفة هيئة لجنة جمعية فرع مكتب إدارة مديرية بلدية")


def _branch_place(toks: list[Token], k: int, end: int) -> int:
    """A branch body's name goes on over "في <town>" when it names no town of its own; any
    body's over "في <country>" ("مجلس المفتين في روسيا": a national body by its country) or
    "لدى <country>" (an embassy's)."""
    if end + 1 >= len(toks) or toks[end].norm not in _INSIDE:
        return end
    national = country_phrase_end(toks, end + 1)
    if toks[end].norm == _AT:  # "سفارة خادم الحرمين الشريفين لدى ماليزيا"
        return national or end
    if national is not None and not any(town_at(toks, j) for j in range(k + 1, end)):
        return national
    head = toks[k].norm.removeprefix("ال")
    if head not in _BRANCHES or any(town_at(toks, j) for j in range(k + 1, end)):
        return end
    return town_phrase_end(toks, end + 1) or end


def _is_occasion(tok: Token) -> bool:
    """ "المهرجان", "الحفل", "لمهرجان": an event or occasion, never a patron."""
    return tok.norm in _OCCASIONS or head_of(tok) is not None


_A_PROGRAMME = word_set("البرنامج برنامج")
_NATIONAL_ADJ = word_set("الوطني")


def national_programme(toks: list[Token], k: int) -> bool:
    """ "برعاية البرنامج الوطني للحرف والصناعات اليدوية": a national programme is a body that
    sponsors, not the event sponsored."""
    return toks[k].norm in _A_PROGRAMME and k + 1 < len(toks) and toks[k + 1].norm in _NATIONAL_ADJ


def _adjective(tok: Token) -> bool:
    """An indefinite relative adjective ("دولية", "محلية") that begins no name."""
    return (
        tok.norm.endswith(("يه", "ية")) and not tok.norm.startswith("ال") and not is_body_start(tok)
    )


def _verbal_noun(toks: list[Token], i: int) -> bool:
    """ "إقامته" written with إ, or after a preposition: the noun, not the verb "أقامته"."""
    return toks[i].text.lstrip("و").startswith("إ") or (i > 0 and toks[i - 1].norm in _PREPOSITIONS)


def is_generic_body(value: str) -> bool:
    """ "اللجنة", "النادي", "الجامعة": a body noun alone names no body."""
    words = normalize(value).split()
    return (
        len(words) == 1
        and not value.isascii()
        and (words[0] in ORG_HEADS or words[0].removeprefix("ال") in ORG_HEADS)
    )


def _place_only(value: str) -> bool:
    """ "مدينة الرياض", "محافظة جدة": a place hosting the event, not a body organizing it
    ("إمارة منطقة الجوف" is the region's government, a body)."""
    words = normalize(value.split("(")[0]).split()  # "مدينة الرياض (فندق …)"
    if words[:1] == [_EMIRATE] and len(words) > 1 and words[1] in _PROVINCES:
        return False
    return bool(words) and len(words) <= 3 and words[0] in _PLACE_WORDS


def _pronoun(value: str) -> bool:
    """ "سموه", "معاليه": a title with a pronoun, not a name."""
    return len(value.split()) == 1 and normalize(value) in PRONOUN_TITLES


_PERSON_WORDS = 12  # words a person phrase (role and name) is read over
_TITLE_AFTER = 8  # words of a long role after which its holder's title and name may come


def _titled_name_after(text: str, toks: list[Token], start: int, end: int) -> int:
    """Where a person phrase ends when a long role ran past the words read ("افتتح مدير فرع
    الهيئة … نائب رئيس لجنة السياحة في المنطقة المهندس سعد الفلاني"): after the
    title and name that follow within `_TITLE_AFTER` words of the same clause; `end` when
    none does, or when the phrase (`start`..`end`) already holds a title."""
    k = next((j for j, t in enumerate(toks) if t.start >= end), len(toks))
    inside = [j for j, t in enumerate(toks) if start <= t.start and t.end <= end]
    titles = [j for j in inside if toks[j].norm in _TITLES]
    if titles:
        # "افتتحها وكيل مدير عام … للشؤون الوقائية الدكتور فلان بن": a long role left the
        # phrase no words for the whole name after its title; the name runs on
        if len(inside) >= _PERSON_WORDS and titles[-1] + 1 < len(toks):
            stop = grow_phrase(text, toks, titles[-1] + 1, max_words=5, keep_waw=False)
            return max(end, toks[stop - 1].end)
        return end
    for j in range(k, min(k + _TITLE_AFTER, len(toks))):
        # "… رئيس لجنة المهرجانات لمهرجان صيف تبوك الدكتور …": not over an event's name
        if not toks[j].is_word or starts_clause(toks[j].norm) or head_of(toks[j]) is not None:
            return end
        if toks[j].norm in _TITLES and j + 1 < len(toks):
            stop = grow_phrase(text, toks, j + 1, max_words=4, keep_waw=False)
            return toks[stop - 1].end if stop > j + 1 else end
    return end


def _role_then_title(toks: list[Token], k: int, end: int) -> bool:
    """ "وزير الصحة، المهندس خالد …": a role before the comma and a title after it."""
    return toks[k].norm in _ROLE_NOUNS and toks[end + 1].norm in _TITLES


_POST_PLACE_WORDS = 4  # words of the place a post is in ("في المملكة المتحدة")


def _title_after_post(toks: list[Token], k: int, end: int) -> int | None:
    """Where the person's title starts when a role phrase stops at the place of the post
    ("سفير الدولة في كندا صاحب السمو الأمير فهد …"); None when the phrase is no bare role or
    no title follows the place."""
    if toks[k].norm not in _ROLE_NOUNS or end >= len(toks) or toks[end].norm not in _INSIDE:
        return None
    for j in range(end + 1, min(len(toks), end + 2 + _POST_PLACE_WORDS)):
        if not toks[j].is_word:
            return None
        if toks[j].norm in _TITLES or toks[j].norm == _SAHIB:
            return j
    return None


def _cut_person(toks: list[Token], k: int, end: int) -> int:
    """End a person phrase before the role that follows the name ("… بن نايف أمير المنطقة")."""
    for j in range(k + 1, end):
        norm = toks[j].norm
        # "رعى محافظ X مهرجان العيد", "أمير المنطقة ليصبح سمة": the object or a purpose
        if _is_occasion(toks[j]) or re.match(r"ل[يت]\w{3,}$", norm):
            return j
        if j == k + 1:
            continue
        prev = toks[j - 1].norm
        if prev in ("بن", "بنت") or prev in _TITLES or prev in _ROLE_NOUNS:
            continue
        # "… بن عبدالعزيز الرئيس الفخري للمنظمة": a role with the article too ("الأمير" is a
        # title, part of the name)
        role = norm in _ROLE_NOUNS or (norm[:2] == "ال" and norm[2:] in _ROLE_NOUNS)
        if role and norm not in _PERSON_TITLES and toks[k].norm not in _ROLE_NOUNS:
            return j
    return end


def _second_person(toks: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """ "برعاية X وزير الثقافة وY الأمين العام للمجلس": a second person joined by "و" after
    the first one's role, named by the role that follows the name (tokens lo..hi)."""
    for j in range(lo + 1, min(hi, len(toks))):
        norm = toks[j].norm
        if not toks[j].is_word:
            return None  # the sentence or the clause ends
        if not norm.startswith("و") or norm.startswith("وال") or waw_joins(norm):
            continue
        name = [norm[1:], *(t.norm for t in toks[j + 1 : j + 4])]
        for r in range(j + 1, min(j + 4, len(toks))):
            if any(b.removeprefix("ال") in _ROLE_NOUNS for b in bases(toks[r].norm)):
                words = name[: r - j]
                # "وأوضح مساعد …", "واستجابة لدعوة …": a clause, not a name; "وبحضور …" is
                # who attends
                if any(w in _SAID or w.endswith("ه") or w.startswith("ل") for w in words):
                    return None
                if words[0] in PHRASE_STOPS:
                    return None
                return (j, r) if r - j >= 2 else None
        return None
    return None


_SAID = frozenset(_norms("قال أكد أوضح أشار أعلن بين ذكر أضاف لفت شدد أفاد كشف أثنى ثمن"))


_POST_WORDS = 25  # words of a person's posts after the name, up to the comma


def _post_comma(toks: list[Token], end: int) -> int:
    """The comma that closes the posts said after a person's name ("الأمير سلطان بن سلمان
    رئيس الهيئة …، وصاحب السمو …"), or `end` when words do not run on to one."""
    for j in range(end, min(len(toks), end + _POST_WORDS)):
        if toks[j].text in ",،":
            # "… رئيس الهيئة العامة للسياحة، رئيس اللجنة الإشرافية للبرنامج، وصاحب السمو
            # …": a second post after the comma runs the posts on to the next one
            if j + 1 < len(toks) and toks[j + 1].norm in _ROLE_NOUNS:
                further = _post_comma(toks, j + 1)
                return further if further != j + 1 else j
            return j
        if not toks[j].is_word:
            return end
    return end


def _after_styled_waw(toks: list[Token], j: int) -> int | None:
    """Where the name starts after "وصاحب السمو الملكي" at token `j` (a second person's
    style after "و"); None when no style follows "و" there."""
    if not toks[j].norm.startswith("و") or toks[j].norm[1:] != _SAHIB:
        return None
    for seq in _HONORIFIC_SEQS:
        n = len(seq)
        if seq[0] == _SAHIB and tuple(t.norm for t in toks[j + 1 : j + n]) == seq[1:]:
            k = _skip_honorifics(toks, j + n)
            return k if k < len(toks) and toks[k].norm in _PERSON_STARTS else None
    return None


def _clause_start(toks: list[Token], i: int) -> bool:
    """Whether token `i` begins the text, a sentence or a clause (punctuation before it)."""
    return i == 0 or not toks[i - 1].is_word


def _past_time_words(toks: list[Token], k: int) -> int:
    """The first word at or after `k` that is no time word ("افتتح مساء أمس الأمير …")."""
    while k < len(toks) and toks[k].norm in _TIME_WORDS:
        k += 1
    return k


_NAME_LINKS = word_set("بن بنت ابن آل أبو")
# who may open an event, said first: a post or title, or an artist ("الفنان التشكيلي …")
_OPENER_STARTS = _PERSON_STARTS | word_set(
    "الفنان الفنانة الشاعر الشاعرة الكاتب الكاتبة المصور المصورة"
    " مساعد مساعدة المشرف مشرف"  # "افتتحه مساعد المشرف على المعهد فلان"
)


_OPENING_NOUNS = frozenset(_norms("افتتاح وافتتاح تدشين وتدشين"))
_BY = _norms("من قبل")
_OPENED_BY_REACH = 4  # words from "افتتاح" to "من قبل": the event opened, said between


def _opened_by(toks: list[Token], i: int) -> int | None:
    """Where the agent of a passive opening is named: after "افتتاح <the event> من قبل"
    ("وجرى افتتاح الندوة من قبل …"), the event said by its head noun; else None."""
    if toks[i].norm not in _OPENING_NOUNS:
        return None
    for k in range(i + 2, min(i + 2 + _OPENED_BY_REACH, len(toks) - 2)):
        if not toks[k].is_word:
            return None
        if (toks[k].norm, toks[k + 1].norm) == _BY:
            return k + 2 if any(head_of(t) is not None for t in toks[i + 1 : k]) else None
    return None


_HIS_OPENING = frozenset(_norms("افتتاحه افتتاحها تدشينه تدشينها"))
_UPON = frozenset(_norms("عقب بعد لدى خلال أثناء اثناء"))
_NAME_BACK = 6  # words back from "عقب افتتاحه" to the title or "بن" of the name


def _opener_before(toks: list[Token], i: int) -> int | None:
    """Where the name of who opened an event starts when it is said right before "عقب
    افتتاحه <event>" ("… الدكتور فلان بن فلان عقب افتتاحه المهرجان"): at its title, or the
    word before its "بن"; None elsewhere."""
    if toks[i].norm not in _HIS_OPENING or i < 3 or toks[i - 1].norm not in _UPON:
        return None
    if i + 1 >= len(toks) or head_of(toks[i + 1]) is None:
        return None  # the event opened names it right after: "افتتاحه المهرجان"
    start = None
    for j in range(i - 2, max(-1, i - 2 - _NAME_BACK), -1):
        if not toks[j].is_word:
            break
        if toks[j].norm in _TITLES:
            return j
        if toks[j].norm == _NAME_LINK and j > 0:
            start = j - 1
    return start


_AGENT_WORDS = 16  # words of a passive's agent: a post, its body and the name
_AGENT_ENDS = frozenset(_norms("بحضور بمشاركة وسط يوم مساء صباح أمس امس حيث"))
_NAME_LINK = normalize("بن")


def _agent(toks: list[Token], k: int) -> int | None:
    """Where the agent of a passive opening, said at `k`, ends: its post, the body of the
    post and the name, up to punctuation or what is said of the opening ("بحضور …"); None
    unless a name is surely in it (a "بن" or a title after its first word)."""
    j = k
    while j < min(k + _AGENT_WORDS, len(toks)) and toks[j].is_word:
        if toks[j].norm in _AGENT_ENDS:
            break
        j += 1
    named = any(t.norm == _NAME_LINK or t.norm in _TITLES for t in toks[k + 1 : j])
    return j if named and j - k >= 3 else None


def _opener_starts(toks: list[Token], k: int) -> bool:
    """Whether the words at `k`, right after an opening verb, name who opened: a post or title
    ("محافظ القطيف", "الأمير …"), a body ("جامعة …"), or a person's name, told by its "بن" or
    by the post after it ("خالد الغملاس وكيل محافظ ينبع"). Not the thing opened ("دشن
    المعارض المشاركة"), the place ("دشن بيت باعشن …") or a passive's time ("الذي افتتح مساء")."""
    if k >= len(toks) or not toks[k].is_word:
        return False
    first = toks[k]
    if first.norm in _OPENER_STARTS or is_body_start(first):
        return True
    if first.norm.startswith("ال"):
        return first.norm[2:] in _ROLE_NOUNS  # "الرئيس التنفيذي …", not "المعارض المشاركة"
    if first.norm in _TIME_WORDS:  # after an honorific: "افتتح سموه مساء أمس …"
        return False
    after = [t.norm for t in toks[k + 1 : k + 3] if t.is_word]
    return any(w in _NAME_LINKS or w in _ROLE_NOUNS for w in after)


def _skip_honorifics(toks: list[Token], k: int) -> int:
    changed = True
    while changed and k < len(toks):
        changed = False
        if toks[k].norm == "دوله" and k + 1 < len(toks) and toks[k + 1].norm in _ROLE_NOUNS:
            k += 1  # "دولة رئيس الوزراء": the title of a prime minister, not a state
            changed = True
            continue
        for seq in _HONORIFIC_SEQS:
            n = len(seq)
            if tuple(t.norm for t in toks[k : k + n]) == seq:
                k += n
                changed = True
                break
    return k


_FESTIVITIES = word_set("احتفالات الاحتفالات لاحتفالات باحتفالات واحتفالات")
_EID_AFTER = re.compile(r"\s+[بل](?:ال)?عيد(?!\w)")


def _festivities_of(text: str, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The body whose Eid festivities token `i` names ("احتفالات أمانة جدة بعيد الفطر")."""
    if toks[i].norm not in _FESTIVITIES or i + 1 >= len(toks) or not is_body_start(toks[i + 1]):
        return None
    if EID_IN_PASSING.search(text, max(0, toks[i].start - 24), toks[i].start):
        return None  # "الجهات المشاركة في احتفالات …": of another event's story
    spans = _collect(text, toks, i + 1, person=False)
    if not spans:
        return None
    s, e = spans[0]
    inside = _EID_AFTER.search(text, s, e)
    if inside is not None:
        return s, inside.start()
    return (s, e) if _EID_AFTER.match(text, e) else None


def find_bodies(text: str) -> list[BodyMention]:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    """Organizers, patrons, partners and openers stated in `text`, in text order."""
    toks = tokens(text)
    norms = [t.norm for t in toks]
    out: list[BodyMention] = []
    i = 0
    while i < len(toks):
        whose = _festivities_of(text, toks, i)
        if whose is not None:  # "احتفالات أمانة الرياض بعيد الفطر": the body holds them
            out.append(BodyMention(*whose, text[whose[0] : whose[1]], "organizer"))
        if norms[i] in _THANKED_FOR and i > 0 and norms[i - 1] in _FOR:
            # "شكره لأمير المنطقة الأمير فيصل … على رعايته": the person thanked is the patron
            found = _thanked_person(text, toks, i - 1)
            if found is not None:
                s, e = found
                out.append(BodyMention(s, e, text[s:e], "patron", toks[i].start))
        matched = False
        for cue, role in _CUES_LONGEST_FIRST:
            n = len(cue)
            if tuple(norms[i : i + n]) != cue:
                continue
            k = _skip_honorifics(toks, i + n) if role == "patron" else i + n
            if tuple(norms[k : k + 2]) == _norms("كل من"):
                k += 2  # "بالتعاون مع كل من جامعة الملك سعود ووزارة التعليم"
            if k < len(toks) and norms[k] in _PARTNER_NOUNS:
                k += 1  # "بالتعاون مع شركائها محافظة الأحساء، وهيئة …": who they are
            if cue[-1] == _TANZIM and k < len(toks) and definite_head(toks[k]):
                k += 1  # "أشرف على تنظيم المهرجان لجنة …"
            # a bare "ورعاية" is a patron only when a person with a title follows
            weak = (
                cue == _norms("ورعاية")
                and k == i + n
                and toks[k].norm not in _PERSON_STARTS
                and not is_body_start(toks[k])  # "ورعاية البرنامج الوطني للحرف"
            )
            # "بتنظيم الأفراح والحفلات": the act of organizing, unless a body follows
            weak = weak or (cue in _BODY_MUST_FOLLOW and not is_body_start(toks[k]))
            # "برعاية المهرجان": the event is what is sponsored, not who sponsors it;
            # "وبرعاية دولية وإقليمية": an adjective, no sponsor
            weak = weak or (
                role == "patron"
                and k < len(toks)
                and (_is_occasion(toks[k]) or _adjective(toks[k]))
                and not national_programme(toks, k)
            )
            # "تجدد الشركة التزامها برعاية الرسامين": caring for something, not a sponsor
            weak = weak or (role == "patron" and i > 0 and norms[i - 1].startswith(_CARES))
            # "بمشاركة 20 دولة": participants; a co-organizer only when a body follows
            weak = weak or (role == "co" and (k >= len(toks) or not is_body_start(toks[k])))
            # "تشرف عليه" runs the event only in a relative clause about it ("الذي تشرف عليه")
            weak = weak or (cue in _SUPERVISES and (i == 0 or norms[i - 1] not in _WHICH))
            ante = _antecedent(text, toks, k) if k < len(toks) and role == "organizer" else None
            if ante is not None and not weak:
                # "بتنظيم وإشراف من المنظمة": the body the article named before
                out.append(BodyMention(*ante, text[ante[0] : ante[1]], role, toks[k].start))
            elif k < len(toks) and _may_name_body(toks[k]) and not weak:
                person = role == "patron" and not is_body_start(toks[k])
                for s, e in _collect(text, toks, k, person=person)[: 1 if role == "co" else None]:
                    e = _titled_name_after(text, toks, s, e) if person else e
                    out.append(BodyMention(s, e, text[s:e], role))
            i += n
            matched = True
            break
        if matched:
            continue
        norm = norms[i]
        verb = norm if norm in _ORG_VERBS else None
        if verb is None and norm.startswith("و") and norm[1:] in _ORG_VERBS:
            verb = norm[1:]  # "وينظمه" (not "أنظمة")
        if verb and _verbal_noun(toks, i):
            verb = None  # "حريص على إقامته والمشاركة فيه"
        k = i + 1
        if verb and tuple(norms[k : k + 2]) == _norms("كل من"):
            k += 2  # "وتنظمه كل من X و Y"
        if verb and tuple(norms[k : k + 2]) in _TIME_PAIRS:
            k += 2  # "الذي تقيمه هذه الأيام بلدية المحافظة"
        if (
            verb
            and k < len(toks)
            and ("\u064b" in toks[k].text or toks[k].norm in _ADVERBS | _TIME_WORDS)
        ):
            # "ينظمه حالياً مركز …", "نظمته أخيرا، مؤسسة …", "أقامت أمس المجموعة …": an adverb
            # or the time before the subject
            k = max(k + 1, _past_time_words(toks, k))
            if k < len(toks) and toks[k].text in ("،", ","):
                k += 1
        if (
            verb
            and k + 1 < len(toks)
            and toks[k].norm.removeprefix("و") in _ORG_VERBS | _PATRON_VERBS
            and _may_name_body(toks[k + 1])
        ):
            k += 1  # "التي تنظمها وترعاها الغرفة التجارية": two verbs of one subject
        nxt = toks[k] if k < len(toks) else None
        quoted = _quoted_name(toks, k) if verb else None
        if quoted is not None and (
            verb in RELATIVE_ORG_VERBS or _holds_event(toks, quoted[1]) is not None
        ):
            # "الذي نظمه "معهد بحوث …"", "تستضيف «معادن» المؤتمر …": a quoted name
            s, e = toks[quoted[0]].start, toks[quoted[1] - 2].end
            out.append(BodyMention(s, e, text[s:e], "organizer"))
            i += 1
            continue
        relative = verb in RELATIVE_ORG_VERBS and nxt is not None and _may_name_body(nxt)
        # "الذي نظمه وأشرف على فعالياته": a second verb, not the subject
        relative = relative and not (
            nxt is not None and nxt.norm.startswith("و") and not waw_joins(nxt.norm)
        )
        if verb and nxt is not None and nxt.is_word and (is_body_start(nxt) or relative):
            spans = _collect(text, toks, k, person=False)
            ante = _antecedent(text, toks, k) if relative else None
            if ante is not None:
                # "التي تقيمها الهيئة": the body the article named before
                out.append(BodyMention(*ante, text[ante[0] : ante[1]], "organizer", nxt.start))
            # "أطلقت وزارة العمل برنامجا …": the verb's object is not an event
            elif (
                (relative or not spans or not _object_not_an_event(toks, spans[-1][1], verb or ""))
                and (
                    verb not in _EXECUTE_VERBS
                    or (bool(spans) and _event_follows(text, toks, spans[-1][1]))
                )
                and (verb not in _CLOSE_VERBS or (bool(spans) and _closes_event(toks, spans)))
                and (verb not in _LAUNCHED_IT or _launched_event(toks, i))
                and not (verb in _CLOSE_VERBS | _LAUNCHED_IT and _preposition(nxt))
            ):
                for s, e in spans:
                    out.append(BodyMention(s, e, text[s:e], "organizer"))
        elif verb in RELATIVE_ORG_VERBS and i > 0 and norms[i - 1] in _WHICH:
            # "… للمشاركة في معرض المهن الذي تنظمه في الـ 3 من مارس": the verb's subject is
            # the sentence's ("تستقبل غرفة تبوك الطلبات …")
            for s, e in _sentence_subject(text, toks, i):
                out.append(BodyMention(s, e, text[s:e], "organizer", toks[i].start))
        elif norm.removeprefix("و") in _PATRON_VERBS and nxt is not None:
            k = i + 1
            if _ALSO_VERBS.match(toks[k].norm) and not is_body_start(toks[k]):
                k += 1 + (k + 1 < len(toks) and toks[k + 1].norm in _BY_ATTENDING)
            k = _skip_honorifics(toks, k)
            if k < len(toks) and (toks[k].norm in _PERSON_STARTS or is_body_start(toks[k])):
                person = not is_body_start(toks[k])
                for s, e in _collect(text, toks, k, person=person)[:1]:
                    # "يرعى أمير المنطقة رئيس مجلس … الأمير فلان": the name after a long post
                    e = _titled_name_after(text, toks, s, e) if person else e
                    if len(text[s:e].split()) >= 2:  # "رعاه المحافظ" names nobody
                        out.append(BodyMention(s, e, text[s:e], "patron"))
        elif (
            # "وافتتح …" starts a clause; "التي رعاها وافتتحها الملك" joins a verb of another
            # clause (an earlier edition's patron and opener)
            (norm in OPEN_VERBS or (norm[1:] in OPEN_VERBS and _clause_start(toks, i)))
            and nxt is not None
            and nxt.is_word
            and not _is_occasion(nxt)
        ):
            # not "افتتحت فعاليات الملتقى" (the activities were opened: no one named)
            k = _skip_honorifics(toks, _past_time_words(toks, i + 1))
            for s, e in _collect(text, toks, k, person=True)[:1] if _opener_starts(toks, k) else []:
                e = _titled_name_after(text, toks, s, e)
                out.append(BodyMention(s, e, text[s:e], "opener"))
        elif (name := _opener_before(toks, i)) is not None:
            # "… الدكتور فلان عقب افتتاحه المهرجان": named before his opening of the event
            s, e = trim(text, toks[name].start, toks[i - 2].end)
            out.append(BodyMention(s, e, text[s:e], "opener"))
        elif (by := _opened_by(toks, i)) is not None:
            # "وجرى افتتاح الندوة من قبل نائب المشرف على … فلان": the passive's agent
            k = _skip_honorifics(toks, by)
            agent = _agent(toks, k) if _opener_starts(toks, k) else None
            if agent is not None:
                s, e = trim(text, toks[k].start, toks[agent - 1].end)
                out.append(BodyMention(s, e, text[s:e], "opener"))
        elif verb and nxt is not None and (after := _holds_event(toks, k)) is not None:
            # "الجمعية تنظم المهرجان" (subject first) or "وينظم الملتقى كل من X وY" (last)
            subject = _subject_before(text, toks, i)
            if subject is not None:
                out.extend(BodyMention(s, e, text[s:e], "organizer") for s, e in subject)
            elif after < len(toks):
                j = after + 2 if tuple(norms[after : after + 2]) == _norms("كل من") else after
                if j < len(toks) and is_body_start(toks[j]):
                    for s, e in _collect(text, toks, j, person=False):
                        out.append(BodyMention(s, e, text[s:e], "organizer"))
        elif norm in _INTEND and nxt is not None and nxt.norm.startswith("ال"):
            # "تعتزم الشؤون الدينية التركية عقد مؤتمر …": the body intends to hold the event
            end = grow_phrase(text, toks, i + 1, max_words=8, extra_stop=_HOLD_IT)
            if (
                end < len(toks) - 1
                and toks[end].norm in _HOLD_IT
                and _event_noun(toks[end + 1])
                and not is_generic_body(text[toks[i + 1].start : toks[end - 1].end])
            ):
                s, e = trim(text, toks[i + 1].start, toks[end - 1].end)
                out.append(BodyMention(s, e, text[s:e], "organizer"))
        elif norm in _PREP_VERBS and nxt is not None and is_body_start(nxt):
            end = grow_phrase(text, toks, i + 1, max_words=10, extra_stop=_TO_HOLD_OR_PRESENT)
            if _gets_ready_to_hold(text, toks, end):
                s, e = trim(text, toks[i + 1].start, toks[end - 1].end)
                out.append(BodyMention(s, e, text[s:e], "organizer"))
        i += 1
    out = [r for r in (_named_earlier(text, toks, b) for b in out) if r is not None]
    for n, b in enumerate(out):
        # "تنظمه X (…) بالتعاون مع Y": Y organizes it too, when X was named in its sentence
        lo, _ = sentence_bounds(text, b.start)
        after_organizer = n > 0 and out[n - 1].role == "organizer" and out[n - 1].where >= lo
        # "تعقد جامعة نايف … برعاية … الملتقى … بالتعاون مع Y": any organizer of its sentence;
        # "ويأتي عقد المؤتمر بالتعاون مع Y": the holding of the event is done with Y
        said_of = any(o.role == "organizer" and lo <= o.where < b.where for o in out[:n])
        if b.role == "partner" and (
            said_of or _HOLDING_WITH.search(text, max(lo, b.where - 40), b.where + 12)
        ):
            out[n] = BodyMention(b.start, b.end, b.text, "organizer")
        # "تنظمه X بمشاركة Y": Y organizes it too only right after X ("بمشاركة" + a body)
        if b.role == "co":
            right_after = after_organizer and b.start - out[n - 1].end <= 12
            out[n] = BodyMention(b.start, b.end, b.text, "organizer" if right_after else "")
    out = [b for b in out if b.role]
    out = [_place_spelled_out(text, toks, b) for b in out]
    for m in _ORGANIZER_APPOSED.finditer(text):
        s, e = trim(text, m.start(1), m.end(1))
        if not any(b.start <= s < b.end for b in out):
            out.append(BodyMention(s, e, text[s:e], "organizer"))
    for m in _EN_RE.finditer(text):
        en_cue = m.group(1).lower()
        # every cue names who runs it, but a patronage ("under the patronage of") and a sponsor
        role = (
            "patron"
            if en_cue.startswith("under")
            else "partner"
            if en_cue.startswith("sponsored")
            else "organizer"
        )
        s, e = _spelled_out(text, *trim(text, m.start(2), m.end(2)))
        if role == "organizer" and en_cue == "hosted by" and _EN_PERSON.fullmatch(text[s:e]):
            role = "host"  # "hosted by Stephen Fry": who presents it, not a body that runs it
        out.append(BodyMention(s, e, text[s:e], role, m.start()))
    return out


def _body_name_end(toks: list[Token], k: int, end: int) -> int:
    """Where a body's name grown from token `k` to `end` ends: before an adverbial accusative
    ("… احتفالاً بالعيد"), the event it holds ("نظمت مؤسسة التراث الدورة التدريبية"; "لمهرجان"
    may stay), where it holds it, a loose "و" or a verb."""
    return next(
        (
            j
            for j in range(k + 1, end)
            if "\u064b" in toks[j].text
            or _event_noun(toks[j])
            or _at_venue(toks[j])
            or toks[j].norm in _AT_OCCASION
            or _loose_waw(toks, j)
            or _future_verb(toks, k, j)
            # "… بالقريات إعجابهم الشديد": a noun with "their" is the clause's, not part of a
            # body's name
            or re.search(r"\w{3}(?:هم|هن)$", toks[j].norm)
        ),
        end,
    )


# the occasion a body holds its events at, after its name ("أمانة المدينة بعيد طيبة"); not
# "بمهرجان": "لجنة المتطوعين بمهرجان …" is the festival's own committee
_AT_OCCASION = word_set("بعيد بمناسبة")


# English words in Arabic letters that begin like a future verb (س + يـ/تـ/نـ)
_TRANSLITERATED = word_set("سيستمز سيستمس سيستم ستوديو ستديو ستاندرد ستاندرز")


def _future_verb(toks: list[Token], k: int, j: int) -> bool:
    """Whether token `j` of a body named from `k` is a future verb ("الأمانة ستظهر"), not a
    foreign name right after an indefinite body noun ("شركة سيمنس") or a transliteration
    ("بي أيه إي سيستمز")."""
    norm = toks[j].norm
    named = j == k + 1 and not is_definite(toks[k].norm)  # "شركة سيمنس", not "الأمانة ستظهر"
    return (
        not named and norm not in _TRANSLITERATED and re.match(r"س[يتن]\w{3,}$", norm) is not None
    )


def _for_a_purpose(norm: str) -> bool:
    """ "لتعزيز", "لتطوير": ل + a verbal noun of the pattern تفعيل."""
    return norm[:1] == "ل" and taf_il(norm[1:])


def _named_earlier(text: str, toks: list[Token], b: BodyMention) -> BodyMention | None:
    """ "ينظم الاتحاد بالتعاون مع …": a body noun alone is the body of that noun the article
    named last before it ("… لاتحاد غرف دول مجلس التعاون الخليجي"), or none at all."""
    if b.role == "patron" or not is_generic_body(b.text):
        return b
    head = normalize(b.text).removeprefix("ال")
    named: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok.start >= b.start:
            break
        if not tok.is_word or head not in bases(tok.norm):
            continue
        clitics = tok.norm[: len(tok.norm) - len(head)]
        if clitics.endswith(("ال", "لل")):
            continue  # "للرابطة الدكتور …": the body again by its noun, not its name
        end = grow_phrase(text, toks, k, max_words=10, keep_waw=False, extra_stop=_BODY_STOPS)
        end = _body_name_end(toks, k, end)
        # "… لاتحاد الغرف الخليجية لتعزيز شراكة …": a purpose ends the name
        end = next((j for j in range(k + 2, end) if _for_a_purpose(toks[j].norm)), end)
        if end - k >= 2:
            first = _split_bodies(text, toks, k, end)[0]  # "جامعة نايف والمنظمة …": the one
            clitic = len(tok.norm) - len(head)
            named.append(trim(text, skip_letters(text, tok.start, clitic), first[1]))
    if not named:
        return None
    # the last one, as the article wrote it most fully ("جامعة نايف العربية للعلوم الأمنية"
    # before "جامعة نايف للعلوم الأمنية")
    words = [set(normalize(text[a:b]).split()) for a, b in named]
    s, e = next((named[i] for i in range(len(named)) if words[-1] <= words[i]), named[-1])
    return BodyMention(s, e, text[s:e], b.role, b.where)


# "أمانة المنطقة", "بلدية المحافظة": a body whose place is said by a word that refers back
_UNITS_BACK = frozenset("ال" + unit for unit in ("منطقه", "محافظه", "مدينه"))


def _place_spelled_out(text: str, toks: list[Token], b: BodyMention) -> BodyMention:
    """ "الذي تنظمه أمانة المنطقة" -> "أمانة منطقة حائل": a body named with "المنطقة" or
    "المحافظة" is the one the article spells out with its place ("كشفت أمانة منطقة حائل …"),
    when it spells out one place only; the role stays where it was stated."""
    words = [t for t in tokens(b.text) if t.is_word]
    if b.role == "patron" or len(words) < 2 or words[-1].norm not in _UNITS_BACK:
        return b
    head = [t.norm for t in words[:-1]]
    unit = words[-1].norm[2:]
    found: dict[str, tuple[int, int]] = {}
    for k in range(len(toks) - len(head) - 1):
        at = k + len(head)
        if [t.norm for t in toks[k:at]] != head or toks[at].norm != unit:
            continue
        name = toks[at + 1]
        if not name.is_word or name.norm in PHRASE_STOPS:
            continue
        found.setdefault(name.norm, (toks[k].start, name.end))
    if len(found) != 1:
        return b
    s, e = next(iter(found.values()))
    return BodyMention(s, e, text[s:e], b.role, b.where)


# a person's name: two or three capitalised words, none of them a word of a body's name
_EN_BODY_WORDS = (
    "Association|Society|Council|Institute|Federation|Union|Group|Media|Ltd|Inc|Corporation"
    "|Company|Foundation|Agency|Commission|Committee|Organisation|Organization|Ministry"
    "|Department|University|College|Club|Trust|Network|Publishing|Partners|Forum|Board|Office"
    "|Authority|Academy|Centre|Center|Bank|League|Party|Government|Magazine|Channel|Records"
    "|Messe|Events|Exhibitions|Productions"
)
_EN_PERSON = re.compile(
    rf"(?!.*\b(?:{_EN_BODY_WORDS})\b)(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\s){{1,2}}"
    r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
)


def _spelled_out(text: str, start: int, end: int) -> tuple[int, int]:
    """ "CES organisers, the CEA": an acronym stands for the name the article spells out
    before it in brackets ("the Consumer Electronics Association (CEA)")."""
    if text.startswith(("the ", "The "), start):
        start += 4  # "organised by the GSM Association": the name without its article
    value = text[start:end]
    if not re.fullmatch(r"[A-Z]{2,6}", value):
        return start, end
    m = re.search(r"((?:[A-Z][\w'’&-]*\s+(?:of\s+|for\s+|and\s+)?){1,7})\(" + value + r"\)", text)
    if m is None:
        return start, end
    return trim(text, m.start(1), m.end(1))


__all__ = ["BodyMention", "find_bodies", "PHRASE_STOPS"]


def _cued_between(text: str, lo: int, hi: int, role: str) -> bool:
    """Whether a cue of `role` (see `_CUES`) is said in `text[lo:hi]`."""
    norms = [t.norm for t in tokens(text, lo, hi) if t.is_word]
    return any(
        r == role and tuple(norms[k : k + len(cue)]) == cue
        for cue, r in _CUES
        for k in range(len(norms))
    )


def list_continuations(
    text: str, every: list[BodyMention], kept: list[BodyMention]
) -> list[BodyMention]:
    """Bodies of `every` not in `kept` that continue, in the same sentence, a list whose
    earlier item was kept ("بتنظيم من X بالتعاون مع Y": Y goes wherever X goes)."""
    taken = set(kept)
    out: list[BodyMention] = []
    for prev, b in zip(every, every[1:], strict=False):
        if b in taken or prev not in taken or prev.role != b.role:
            continue
        if (
            0 <= b.start - prev.end <= 40
            and sentence_bounds(text, prev.start) == sentence_bounds(text, b.start)
            # "… التي ترعاها الغرفة، وانطلقت عام 2011 برعاية Y": the role's cue said again
            # between them begins a statement of its own, not the next item of a list
            and not _cued_between(text, prev.end, b.start, b.role)
        ):
            taken.add(b)
            out.append(b)
    return out
