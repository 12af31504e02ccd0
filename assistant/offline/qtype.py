"""What a question asks for: a person or body, a date, a place, a number, a name, or none.

The type decides which short answer the offline answerer may lead with and what evidence a
passage must hold ("كم" needs a number near the matched words). Detection looks at the
interrogative and the noun right after it ("في أي عام" is a date, "ما عدد" a number).
"""

from __future__ import annotations

import re
from enum import Enum

from language.analyzer import normalize


class QType(str, Enum):
    PERSON = "person"  # من / who: a person or a body
    DATE = "date"  # متى / when
    PLACE = "place"  # أين / where
    NUMBER = "number"  # كم / how many
    NAME = "name"  # ما / ماذا / what / which: a name or a theme
    REASON = "reason"  # لماذا / كيف / why / how: no short answer
    YESNO = "yesno"  # هل / is, does
    OTHER = "other"


# nouns after "أي" / "ما" / "which" / "what" that fix the type (normalized Arabic forms)
_DATE_NOUNS = {
    normalize(w)
    for w in [
        "عام",
        "العام",
        "سنة",
        "السنة",
        "سنه",
        "قرن",
        "القرن",
        "شهر",
        "الشهر",
        "يوم",
        "اليوم",
        "تاريخ",
        "التاريخ",
        "عقد",
        "العقد",
        "فترة",
        "موعد",
        "الموعد",
        "وقت",
        "الوقت",
        "زمن",
    ]
}
_PLACE_NOUNS = {
    normalize(w)
    for w in [
        "مدينة",
        "المدينة",
        "بلد",
        "البلد",
        "دولة",
        "الدولة",
        "مكان",
        "المكان",
        "منطقة",
        "المنطقة",
        "ولاية",
        "الولاية",
        "قارة",
        "القارة",
        "مقر",
        "المقر",
        "موقع",
        "الموقع",
        "بلدة",
        "جزيرة",
        "إقليم",
        "الإقليم",
        "عاصمة",
        "العاصمة",
        "قاعة",
        "فندق",
        "مركز",
    ]
}
_NUMBER_NOUNS = {
    normalize(w)
    for w in [
        "عدد",
        "كمية",
        "نسبة",
        "مقدار",
        "حجم",
        "مساحة",
        "طول",
        "عمر",
        "مبلغ",
        "تكلفة",
        "سعر",
        "ثمن",
        "قيمة",
        "مدة",
        "عدة",
    ]
}
_PERSON_NOUNS = {
    normalize(w)
    for w in [
        "شخص",
        "الشخص",
        "لاعب",
        "اللاعب",
        "رئيس",
        "الرئيس",
        "ملك",
        "الملك",
        "مدير",
        "المدير",
        "وزير",
        "الوزير",
        "جهة",
        "الجهة",
        "شركة",
        "الشركة",
        "منظمة",
        "المنظمة",
        "فريق",
        "الفريق",
        "مؤسسة",
    ]
}
_EN_DATE = re.compile(
    r"^(?:in |on |by |during |since |until )?(?:what|which) (?:year|date|day|month|century|decade|time)\b"
)
_EN_PLACE = re.compile(
    r"^(?:in |at |to |from )?(?:what|which) (?:city|country|place|region|state|venue|location|hotel|town|continent)\b"
)
_EN_NUMBER = re.compile(
    r"^(?:how (?:many|much|old|long|far|big|large|tall)|what (?:is the )?"
    r"(?:number|percentage|amount|size|share|proportion)\b)"
)


def _strip_marks(question: str) -> str:
    return question.replace("\u200f", "").replace("\u200e", "").strip()


def detect_qtype(question: str) -> QType:
    """The answer type the question asks for; OTHER when no interrogative is recognised."""
    q = _strip_marks(question)
    if re.search(r"[\u0600-\u06ff]", q):
        return _arabic_qtype(q)
    return _english_qtype(q)


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


_AR_REASON = _n("لماذا كيف")
_AR_DATE = _n("متى")
_AR_PLACE = _n("أين")
_AR_NUMBER = _n("كم")
_AR_YESNO = _n("هل أ")
_AR_WHICH = _n("أي أية أيه أيها")
_AR_WHAT = _n("ما ماذا ماهو ماهي ماسم")
_AR_WHO = _n("من")
_AR_NAME_WORDS = _n("اسم سم ماسم")
_AR_COPULA = _n("هو هي الذي التي هم")
_AR_LISTING = _n("اذكر أذكر أعط اعط سم عدد عرف")
_AR_BEFORE_WHO = _n("إلى على عن مع لدى")
_AR_PREFIXES = "وفبل"


def _interrogative(token: str) -> str:
    """The bare interrogative of a token with an attached و/ف/ب/ل ("ومتى", "بماذا")."""
    if token in _AR_REASON:
        return token
    rest = token[1:]
    if token[:1] in _AR_PREFIXES and rest in (
        _AR_DATE | _AR_PLACE | _AR_NUMBER | _AR_WHICH | _AR_WHAT | _AR_WHO
    ):
        return rest
    return token


def _arabic_qtype(question: str) -> QType:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    tokens = re.findall(r"\w+", normalize(question))
    for i, tok in enumerate(tokens[:6]):
        after = tokens[i + 1 :] + ["", ""]
        bare = _interrogative(tok)
        if bare in _AR_REASON:
            return QType.REASON
        if bare in _AR_DATE:
            return QType.DATE
        if bare in _AR_PLACE:
            return QType.PLACE
        if bare in _AR_NUMBER:
            return QType.NUMBER
        if bare in _AR_WHICH:
            return _noun_type(after[0], QType.NAME)
        if bare in _AR_WHAT:
            if bare == normalize("ماسم") or after[0] in _AR_NAME_WORDS:
                return QType.NAME
            noun = after[1] if after[0] in _AR_COPULA else after[0]
            return _noun_type(noun, QType.NAME)
        if bare in _AR_WHO and (i == 0 or tokens[i - 1] in _AR_BEFORE_WHO):
            # "من أي" is "from which"; otherwise a leading "من" asks who
            if after[0] in _AR_WHICH:
                return _noun_type(after[1], QType.NAME)
            return QType.PERSON
        if i == 0 and tok in _AR_YESNO and tok == normalize("هل"):
            return QType.YESNO
        if i == 0 and tok in _AR_LISTING:
            return QType.NAME
    return QType.OTHER


def _noun_type(noun: str, default: QType) -> QType:
    stripped = noun[2:] if noun.startswith("ال") else noun
    for form in (noun, stripped, "ال" + stripped):
        if form in _DATE_NOUNS:
            return QType.DATE
        if form in _PLACE_NOUNS:
            return QType.PLACE
        if form in _NUMBER_NOUNS:
            return QType.NUMBER
        if form in _PERSON_NOUNS:
            return QType.PERSON
    return default


def _english_qtype(question: str) -> QType:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    q = question.lower()
    if _EN_NUMBER.search(q):
        return QType.NUMBER
    if _EN_DATE.search(q) or q.startswith("when"):
        return QType.DATE
    if _EN_PLACE.search(q) or q.startswith("where"):
        return QType.PLACE
    first = q.split()[0] if q.split() else ""
    if first in {"who", "whom", "whose"} or re.match(
        r"^(?:by whom|which (?:person|company|body|organi[sz]ation|player|team))", q
    ):
        return QType.PERSON
    if first in {"why"} or q.startswith("how "):
        return QType.REASON
    if first in {"is", "are", "was", "were", "does", "do", "did", "can", "will", "has", "have"}:
        return QType.YESNO
    if first in {"what", "which", "name"}:
        return QType.NAME
    # "In what year", "The X was founded in what year?"
    m = re.search(r"\b(?:what|which) (\w+)", q)
    if m:
        noun = m.group(1)
        if noun in {"year", "date", "day", "month", "century", "decade"}:
            return QType.DATE
        if noun in {"city", "country", "place", "region", "state", "town", "location"}:
            return QType.PLACE
        return QType.NAME
    if re.search(r"\bwho\b", q):
        return QType.PERSON
    if re.search(r"\bwhen\b", q):
        return QType.DATE
    if re.search(r"\bwhere\b", q):
        return QType.PLACE
    if re.search(r"\bhow (?:many|much)\b", q):
        return QType.NUMBER
    return QType.OTHER
