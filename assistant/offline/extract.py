"""Short-answer candidates of a sentence, by the type the question asks for.

Numbers and dates are found by pattern (Western and Arabic-Indic digits, Arabic number
words, Gregorian month names in their Egyptian/Gulf, Maghreb and Levantine forms). Names,
places and people have no reliable surface pattern in Arabic, so they are found by
adjacency: the answer is usually the stretch of words next to the question's words that is
not itself in the question. Every candidate is an exact span of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.offline.qtype import QType
from assistant.offline.text import strip_span
from ingest.events.calendars import ORDINAL_DAYS
from ingest.events.dates import eid_days, find_dates
from ingest.events.names import ordinal_at
from ingest.events.places import VENUE_HEADS, find_cities, place_of_word
from ingest.events.spans import tokens as span_tokens
from language.analyzer import normalize

_DIGITS = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_NUM = rf"{_DIGITS}+(?:[.,٫٬]{_DIGITS}+)*"
_MONTHS_AR = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|ماي|يونيو|يونيه|يوليو|يوليوز|أغسطس|اغسطس|غشت|"
    "سبتمبر|شتنبر|أكتوبر|اكتوبر|نوفمبر|نونبر|ديسمبر|دجنبر|"
    "كانون الثاني|كانون الأول|كانون الاول|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|"
    "أيلول|ايلول|تشرين الأول|تشرين الاول|تشرين الثاني|"
    # Hijri months (after a day or before a year only: "صفر" and "رجب" are also words)
    "محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى|"
    "جمادى الآخرة|جمادى الاخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|"
    "ذو الحجة|ذي الحجة|ذوالقعدة|ذيالقعدة|ذوالحجة|ذيالحجة"
)
_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH = rf"(?:[وبل]?(?:{_MONTHS_AR})|(?:{_MONTHS_EN})\.?)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|[\u0661][\u0660-\u0669]{3}|[\u0662][\u0660][\u0660-\u0669]{2})"
_DAY = rf"{_DIGITS}{{1,2}}"
_DAY_RANGE = rf"{_DAY}(?:\s*(?:[-–/]|و|إلى|الى|to|and|-)\s*{_DAY})?"
_WEEKDAY = "(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)"
_DATE_PATTERNS = [
    # 10 و 11 أبريل 2025 / 27 فبراير / 22 من شهر ديسمبر / April 10-11, 2025
    re.compile(
        rf"(?:{_WEEKDAY}\s+)?{_DAY_RANGE}\s*(?:من\s+(?:شهر\s+)?)?{_MONTH}"
        rf"(?:,?\s*(?:سنة|عام)?\s*{_YEAR})?"
    ),
    re.compile(rf"{_MONTH}\s+{_DAY_RANGE}(?:,?\s*{_YEAR})?"),
    # 2024 فبراير 28 (dateline order)
    re.compile(rf"{_YEAR}\s+{_MONTH}\s+{_DAY}"),
    # فبراير 2024
    re.compile(rf"{_MONTH}\s*(?:من\s+)?(?:سنة|عام|العام)?\s*{_YEAR}"),
    # يومي (10- 11 ) من الشهر المقبل
    re.compile(rf"يوم(?:ي)?\s*\(?\s*{_DAY_RANGE}\s*\)?\s*من\s+(?:الشهر|العام|السنة)\s+\w+"),
    # القرن التاسع عشر / the 19th century
    re.compile(r"(?:القرن|قرن)\s+(?:ال)?\w+(?:\s+(?:عشر|الميلادي|الهجري))?"),
    re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+century", re.IGNORECASE),
    # الثمانينيات / the 1980s
    re.compile(rf"(?:سنتي|عامي|بين عامي|بين سنتي)\s+{_YEAR}\s*(?:و|إلى|الى|-)\s*{_YEAR}"),
    re.compile(r"(?:ال)?\w+ينيات"),
    # "2015", "1428هـ", "2015م" (the calendar's letter written on the year)
    re.compile(rf"{_YEAR}s\b|\b{_YEAR}(?:هـ|ه|م)?(?!\w)"),
]
# news dates relative to the day of publication: "يوم بعد غدٍ، الخميس", "الأحد المقبل",
# "on Thursday" (the event extractor resolves them; an answer quotes them as written)
_RELATIVE_DATE_PATTERNS = [
    re.compile(
        rf"(?:(?:يوم\s+)?(?:بعد\s+)?(?:غد[اًٍ]*|أمس)[،,]?\s*)?(?:يوم\s+)?[و]?{_WEEKDAY}"
        r"(?:\s+(?:المقبل|القادم|الماضي|المنصرم))?"
    ),
    re.compile(r"(?:(?:يوم\s+)?(?:بعد\s+)?غد[اًٍ]*|أمس|أول\s+أمس)(?![\w])"),
    # "مساء اليوم", "الليلة" (tonight; not "الليلة الختامية", a night of the programme),
    # "الأسبوع المقبل", "الشهر الجاري"
    re.compile(
        r"(?<![\w])(?:(?:مساء|صباح|ظهر|عصر|ليلة)\s+(?:اليوم|الأمس|أمس|الغد|غد[اًٍ]*)"
        r"|(?:هذا\s+)?المساء|(?:هذه\s+)?الليلة(?!\s+ال)"
        r"|(?:الأسبوع|الاسبوع|الشهر)\s+(?:المقبل|القادم|الماضي|الجاري|الحالي))(?![\w])"
    ),
    re.compile(
        r"\b(?:(?:next|last|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    ),
]
_NUMBER_WORDS_AR = (
    "واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان "
    "ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون "
    "ستين سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئتين مائتين مئات ألف آلاف ألفين مليون "
    "ملايين مليونين مليار مليارات بليون نصف ربع ثلث ضعف أضعاف عدة بضعة بضع يومين يومان شهرين "
    "عامين سنتين ساعتين أسبوعين مرتين دورتين"
)
_NUMBER_WORDS_EN = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half"
)
_SCALE = "ألف|آلاف|الف|مليون|ملايين|مليار|مليارات|بليون|thousand|million|billion|%|٪|بالمئة|بالمائة|في المئة|في المائة|percent"
_QUALIFIER = "أكثر من|اكثر من|أقل من|حوالي|حوالى|نحو|قرابة|ما يقارب|ما يزيد عن|more than|about|over|nearly|around"
_NUMBER_PATTERN = re.compile(
    # "يمتد لـ10 أيام", "محملة بـ236 كرتونا": a preposition joined by a tatweel starts no word
    rf"(?:(?:{_QUALIFIER})\s+)?(?:(?<=(?<!\w)[بل]ـ)|(?<![\w.,])){_NUM}(?![\w])"
    rf"(?:\s*(?:{_SCALE}))?"
)
_WORD_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+")


@dataclass(frozen=True)
class Candidate:
    """A possible short answer: an exact span of the sentence it came from."""

    start: int
    end: int
    text: str
    kind: QType


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


_NUMBER_WORD_SET = _norm_set(_NUMBER_WORDS_AR + " " + _NUMBER_WORDS_EN)


# cardinals a count may write with the article ("يفوق الخمسين امرأة", "الأربعة آلاف شخص");
# not the scale words ("في المئة", "الألف") nor fractions ("النصف")
_DEFINITE_CARDINALS = _norm_set(
    "اثنين اثنتين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرين ثلاثين أربعين خمسين ستين "
    "سبعين ثمانين تسعين"
)


def _number_word(token: str) -> bool:
    norm = normalize(token)
    if norm in _NUMBER_WORD_SET:
        return True
    if norm.startswith("ال") and norm[2:] in _DEFINITE_CARDINALS:
        return True
    # attached و / ب / ل ("وعشرين", "بثلاثة")
    return len(norm) > 3 and norm[0] in "وبل" and norm[1:] in _NUMBER_WORD_SET


def number_candidates(text: str) -> list[Candidate]:
    """Digit numbers (with scale words and %), runs of number words and the ordinal counting
    years or times ("للسنة السادسة"), years excluded."""
    out: list[Candidate] = []
    for m in _NUMBER_PATTERN.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(), QType.NUMBER))
    for m in _ORDINAL_COUNT.finditer(text):
        after = span_tokens(text[m.end() : m.end() + _ORDINAL_REACH])
        found = ordinal_at(after, 0) if after else None
        if found is not None:
            s, e = m.end() + after[0].start, m.end() + after[found[1] - 1].end
            out.append(Candidate(s, e, text[s:e], QType.NUMBER))
    tokens = list(_WORD_RE.finditer(text))
    i = 0
    while i < len(tokens):
        if _number_word(tokens[i].group()) and not _covered(out, tokens[i].start()):
            j = i
            while j + 1 < len(tokens) and _number_word(tokens[j + 1].group()):
                j += 1
            s, e = tokens[i].start(), tokens[j].end()
            out.append(Candidate(s, e, text[s:e], QType.NUMBER))
            i = j + 1
        else:
            i += 1
    return sorted(out, key=lambda c: c.start)


# "للسنة السادسة على التوالي", "للمرة الحادية عشرة": how many years or times, said as the
# ordinal after the noun (read by the event extractor's `ordinal_at`)
_ORDINAL_COUNT = re.compile(r"(?<!\w)(?:لل|ال)(?:سنة|عام|مرة)\s+")
_ORDINAL_REACH = 40  # characters after the noun an ordinal of two words fits in


def date_candidates(text: str, dated: bool = False) -> list[Candidate]:
    """Dates, years, day ranges, centuries and decades; the longest match wins where they overlap.

    A text with none of these may still say when relative to its publication ("يوم بعد غدٍ،
    الخميس", "الأحد المقبل", "on Thursday") or with its day written as an ordinal ("في الثالث
    من سبتمبر", "العاشر من هذا الشهر"): those are its dates then, quoted as written.
    """
    found = [c for c in _matches(text, _DATE_PATTERNS) if not _a_count(text, c)]
    # "في أوّلِ أيّامِ العيد": a day of the feast, as relative as "الأحد المقبل"
    eid = [Candidate(a, b, text[a:b], QType.DATE) for a, b in eid_days(text)]
    found = found or [*_matches(text, _RELATIVE_DATE_PATTERNS), *eid, *_ordinal_days(text)]
    if dated and not found:
        found = _today(text)
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        if out and _EQUIVALENT.fullmatch(text, out[-1].end, c.start):
            # "14 ذو القعدة 1436هـ الموافق 29 أغسطس 2015م": one date in two calendars
            out[-1] = Candidate(out[-1].start, c.end, text[out[-1].start : c.end], QType.DATE)
            continue
        out.append(c)
    return out


# a bare year is a count when a noun follows it ("1800 سيارة", "1800 cars") and no word
# before it says it is a year ("عام 1800 ميلادية", "in 1800 the")
_BARE_YEAR = re.compile(rf"{_YEAR}")
_YEAR_AFTER = re.compile(
    r"\s*(?:هـ|ه\b|م\b|ميلادي|ميلادية|هجري|هجرية|للميلاد|للهجرة|ق\.?\s?م|[^\w\s]|$"
    # a word that cannot be counted ("أسس 1869 على يد", "founded 1869 by")
    r"|(?:في|من|على|إلى|الى|عن|حتى|ثم|حين|عندما|وفي|ومن|وحتى|بعد|قبل|خلال|"
    r"by|in|on|at|to|the|and|when|until|with|as|was|were|is|for|from|after|before)\b)",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"(?:عام|العام|عامي|سنة|السنة|سنتي|منذ|حتى|في|قبل|بعد|خلال|مطلع|أواخر|اواخر|نهاية|بداية|"
    r"in|since|until|by|of|from|to|and|between|before|after|during)\W*$",
    re.IGNORECASE,
)


def _a_count(text: str, c: Candidate) -> bool:
    """Whether a candidate that is a bare year counts what the word after it names."""
    if not _BARE_YEAR.fullmatch(c.text) or _YEAR_AFTER.match(text, c.end):
        return False
    return _YEAR_BEFORE.search(text, max(0, c.start - 12), c.start) is None


# what joins one date to the same day in the other calendar
_EQUIVALENT = re.compile(r"\s*(?:هـ|ه|م)?\s*[،,(]?\s*(?:الموافق|الموافقة|والموافق)\s*(?:لـ?\s*)?")


_TODAY_WORDS = frozenset(normalize(w) for w in ("اليوم", "الليلة"))


# the first word of a day written as an ordinal ("الثالث", "الحادي" of "الحادي عشر")
_ORDINAL_HEADS = frozenset(day.split()[0] for day in ORDINAL_DAYS if day.startswith("ال"))


def _ordinal_days(text: str) -> list[Candidate]:
    """ "في الثالث من سبتمبر", "العاشر من هذا الشهر": a day written as an ordinal, as the
    event extractor reads it (only in a text with an ordinal word: reading is dearer)."""
    if _ORDINAL_HEADS.isdisjoint(normalize(text).split()):
        return []
    return [
        Candidate(m.start, m.end, m.text, QType.DATE)
        for m in find_dates(text)
        if normalize(m.text).split()[0] in _ORDINAL_HEADS
    ]


def _today(text: str) -> list[Candidate]:
    """ "يبدأ الفريق اليوم عروضه": in an article with a publication date, "اليوم" is that day
    where the event extractor reads it as one (not "اليوم العالمي", nor "في اليوم الأول");
    in an undated text (an encyclopaedia's) it is more often "nowadays"."""
    return [
        Candidate(m.start, m.end, m.text, QType.DATE)
        for m in find_dates(text)
        if normalize(m.text).removeprefix("و") in _TODAY_WORDS
    ]


def _matches(text: str, patterns: list[re.Pattern[str]]) -> list[Candidate]:
    found: list[Candidate] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            span = text[m.start() : m.end()].strip()
            if not span or (pattern.pattern.endswith("ينيات") and not _is_decade(span)):
                continue
            found.append(Candidate(m.start(), m.start() + len(span), span, QType.DATE))
    return found


def _is_decade(span: str) -> bool:
    return bool(re.search(r"(?:عشر|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع)ينيات$", span))


def _covered(cands: list[Candidate], pos: int) -> bool:
    return any(c.start <= pos < c.end for c in cands)


def has_typed_candidate(text: str, qtype: QType, question: str = "", dated: bool = False) -> bool:
    """Whether the sentence holds something of the asked-for type that the question lacks."""
    if qtype is QType.NUMBER:
        counts = _plausible_numbers(number_candidates(text), question, text, fallback=False)
        return any(not _in_question(c.text, question) for c in counts)
    if qtype is QType.DATE:
        return any(not _in_question(c.text, question) for c in date_candidates(text, dated))
    if qtype in (QType.PLACE, QType.PERSON):
        return bool(noun_candidates(text, qtype, question))
    return False


def noun_candidates(text: str, qtype: QType, question: str = "") -> list[Candidate]:
    """Words that introduce a place (مركز، فندق، مدينة) or a person or body (وزارة، الدكتور)
    and that the question does not use itself: where a "where" or "who" answer usually starts."""
    nouns = _PLACE_NOUNS if qtype is QType.PLACE else _BODY_NOUNS
    qn = set(normalize(question).split())
    out = []
    for m in _WORD_RE.finditer(text):
        norm = normalize(m.group())
        if norm in nouns and norm not in qn:
            out.append(Candidate(m.start(), m.end(), m.group(), qtype))
    return out


def _in_question(span: str, question: str) -> bool:
    return bool(question) and normalize(span) in normalize(question)


# words that end a name-like run: relative pronouns, clause openers, verbs of saying
_RUN_BREAKERS = _norm_set(
    "الذي التي الذين اللذين وذلك ذلك حيث كما وقد قد وهو وهي هو هي وكان كان كانت التى بينما "
    "قال وقال أكد وأكد أن إن بأن لأن عندما منذ حتى ثم أو أيضا which who that when while"
)
# function words a run may neither start nor end with
_EDGE_WORDS = _norm_set(
    "في من على إلى الى عن مع ب و ف ل أو ثم قبل بعد خلال بين عند هذا هذه ذلك تلك كل بعض "
    "وفي ومن يومي يوم عام سنة the of in on at to from by and a an for with"
)
_PLACE_LEADS = _norm_set("في ب بمدينة بمقر بمركز داخل إلى الى نحو قرب in at")
_PLACE_NOUNS = _norm_set(
    "مركز فندق قاعة قصر مقر مدينة بمدينة بمقر بمركز بفندق جامعة معرض ساحة مدرسة المدرسة "
    "عمالة ولاية إقليم جزيرة منطقة"
)
_BODY_NOUNS = _norm_set(
    "شركة الشركة وزارة الوزارة منظمة المنظمة جمعية الجمعية أمانة الأمانة هيئة الهيئة مجلس "
    "المجلس مؤسسة المؤسسة جامعة وكالة عمالة بلدية السيد السيدة الدكتور المهندس الوزير وزير "
    "وزيرة رئيس مدير المدير الأمين أمين الملك الأمير الشيخ"
)
MAX_NAME_WORDS = 7


@dataclass(frozen=True)
class Token:
    """A word of the sentence with what the answerer knows about it."""

    start: int
    end: int
    norm: str
    in_question: bool
    stop: bool


# a preposition with its pronoun ("يحل … ضيف شرف عليه"): never a name, nor part of one
PRONOUN_PREPOSITIONS = _norm_set(
    "عليه عليها عليهم له لها لهم منه منها منهم فيه فيها فيهم به بها بهم إليه إليها إليهم "
    "عنه عنها عنهم معه معها معهم لديه لديها لديهم عنده عندها عندهم"
)


def name_candidates(text: str, tokens: list[Token], qtype: QType) -> list[tuple[Candidate, float]]:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    """Stretches of words next to the question's words that are not in the question, scored.

    Scores favour a run that touches a matched word (the answer sits beside what the
    question repeats), and for places and people a run introduced the way Arabic news
    introduces them ("في مركز …", "شركة …", "الوزير …").
    """
    if not any(t.in_question for t in tokens):
        return []
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(tokens):
        boundary = i > 0 and _gap_breaks(text, tokens[i - 1].end, tok.start)
        # a place starts after "في", a body or a person at its noun ("شركة …", "الدكتور …")
        opens = (qtype is QType.PLACE and (tok.norm in _PLACE_LEADS or _bi_place(tok.norm))) or (
            qtype is QType.PERSON and tok.norm in _BODY_NOUNS
        )
        if tok.in_question or tok.norm in _RUN_BREAKERS or boundary or opens:
            if current:
                runs.append(current)
            current = []
            if tok.in_question or tok.norm in _RUN_BREAKERS or tok.norm in _PLACE_LEADS:
                continue
        current.append(i)
    if current:
        runs.append(current)
    out: list[tuple[Candidate, float]] = []
    for run in runs:
        run = _trim_edges(tokens, run)
        if not run:
            continue
        before = run[0] - 1
        after = run[-1] + 1
        touches_before = before >= 0 and tokens[before].in_question
        touches_after = after < len(tokens) and tokens[after].in_question
        if len(run) > MAX_NAME_WORDS:
            # keep the words right next to the question's words
            run = (
                run[:MAX_NAME_WORDS]
                if touches_before or not touches_after
                else run[-MAX_NAME_WORDS:]
            )
            run = _trim_edges(tokens, run)
            if not run:
                continue
        score = 0.0
        score += 1.0 if touches_before else 0.0
        score += 0.6 if touches_after else 0.0
        lead_word = tokens[run[0] - 1].norm if run[0] > 0 else ""
        first = tokens[run[0]].norm
        bi_place = qtype is QType.PLACE and _bi_place(first)
        if qtype is QType.PLACE and (
            lead_word in _PLACE_LEADS or first in _PLACE_NOUNS or bi_place
        ):
            score += 0.8
        if bi_place and first not in _PLACE_NOUNS:
            score += 0.4  # "بمتنزه", "بأبها": the preposition and the place in one word
        if qtype is QType.PERSON and (first in _BODY_NOUNS or lead_word in _BODY_NOUNS):
            score += 0.8
        score -= 0.08 * max(0, len(run) - 3)
        if all(tokens[i].stop or tokens[i].norm in PRONOUN_PREPOSITIONS for i in run):
            continue  # "يحل … ضيف شرف عليه": a preposition and its pronoun name no one
        s, e = tokens[run[0]].start, tokens[run[-1]].end
        if bi_place and text[s] == "ب" and first not in _PLACE_NOUNS:
            s += 1  # "بمتنزه السكران": the place without its preposition
        out.append((Candidate(s, e, text[s:e], qtype), score))
    return sorted(out, key=lambda cs: -cs[1])


def _bi_place(norm: str) -> bool:
    """A word that is "ب" (at, in) joined to a venue's noun or a town ("بمتنزه", "بالصالة",
    "بأبها"): where a place starts in Arabic news as often as after "في"."""
    if not norm.startswith("ب") or len(norm) < 4:
        return False
    return _venue_head(norm) in (1, 3) or place_of_word(norm[1:]) is not None


_VENUE_CLITICS = ("", "بال", "وال", "ال", "ب", "و")


def _venue_head(norm: str) -> int | None:
    """How many letters ("ب", "بال", "و" …) stand before the venue's noun a normalized word
    is ("بقاعه" -> 1, "قاعه" -> 0), or None when it is no venue's noun."""
    return next(
        (len(p) for p in _VENUE_CLITICS if norm.startswith(p) and norm[len(p) :] in VENUE_HEADS),
        None,
    )


def _gap_breaks(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return any(ch in '،؛,;:.()[]"«»“”؟?!' for ch in gap) or " - " in gap


def _trim_edges(tokens: list[Token], run: list[int]) -> list[int]:
    while run and (tokens[run[0]].norm in _EDGE_WORDS or tokens[run[0]].stop):
        run = run[1:]
    while run and (tokens[run[-1]].norm in _EDGE_WORDS or tokens[run[-1]].stop):
        run = run[:-1]
    return run


_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
# a question about a share, or about how much something changed, may be answered by a
# percentage ("By how much did shipments rise?" — "rose by almost 11%")
_PERCENT_WORDS = _norm_set(
    "نسبة النسبة المئوية بالمئة percentage percent share proportion rate rise rose grow grew "
    "growth increase increased fall fell drop dropped ارتفع ارتفعت ارتفاع زاد زادت زيادة انخفض "
    "انخفضت انخفاض نما نمو"
)
LEAD_MARGIN = 0.5  # how far the best candidate must beat the next one to be stated alone


def choose_lead(
    text: str, tokens: list[Token], qtype: QType, question: str, dated: bool = False
) -> tuple[Candidate | None, float]:
    """The short answer of a sentence and a confidence in [0, 1]; None when none clearly wins.
    `dated`: the sentence's article has a publication date."""
    if qtype in (QType.NUMBER, QType.DATE):
        scored = _numbers_or_dates_near(text, tokens, qtype, question, dated)
    elif qtype in (QType.PERSON, QType.PLACE, QType.NAME):
        scored = quoted_candidates(text, tokens, qtype) + name_candidates(text, tokens, qtype)
    else:
        return None, 0.0
    if not scored:
        return None, 0.0
    scored.sort(key=lambda cs: -cs[1])
    best, top = scored[0]
    runner_up = scored[1][1] if len(scored) > 1 else float("-inf")
    margin = top - runner_up
    if qtype in (QType.NUMBER, QType.DATE):
        confident = len(scored) == 1 or margin >= LEAD_MARGIN
        return (best if confident else None), min(1.0, 0.5 + margin)
    confident = top >= NAME_MIN_SCORE and margin >= LEAD_MARGIN
    if qtype is QType.NAME and top < 2.5:  # a bare "what" gets a lead only from a quoted name
        confident = False
    return (best if confident else None), min(1.0, top / 2)


def _numbers_or_dates_near(
    text: str, tokens: list[Token], qtype: QType, question: str, dated: bool = False
) -> list[tuple[Candidate, float]]:
    """The numbers (or dates) of a sentence that the question lacks, each with its closeness to
    the question's words; years and numbers inside dates are not counts."""
    cands = number_candidates(text) if qtype is QType.NUMBER else date_candidates(text, dated)
    cands = [c for c in cands if not _in_question(c.text, question)]
    if qtype is QType.NUMBER:
        cands = _plausible_numbers(cands, question, text)
    return [(c, _proximity(c, tokens)) for c in cands]


NAME_MIN_SCORE = 1.8
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
MAX_QUOTED_CHARS = 120


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotes. Straight quotes pair up in order,
    so the words between a closing quote and the next opening one are never taken as quoted."""
    out = []
    pos = 0
    while pos < len(text):
        opener = min(((i, q) for q in _QUOTE_PAIRS if (i := text.find(q, pos)) != -1), default=None)
        if opener is None:
            break
        i, q = opener
        j = text.find(_QUOTE_PAIRS[q], i + 1)
        if q == "«":
            j = _closed_by_opener(text, i, j)
        if j == -1:
            break
        s, e = strip_span(text, i + 1, j)
        if 3 <= e - s <= MAX_QUOTED_CHARS:
            out.append((s, e))
        pos = j + 1
    return out


_OPENER_AS_CLOSER = 40  # chars after a second "«" with no "»": it closed the first


def _closed_by_opener(text: str, i: int, j: int) -> int:
    """Where the quote opened by "«" at `i` closes: at `j` (its "»", or -1), or at a second
    "«" written for its closer ("تحت شعار « روح الوحدة « بمشاركة …") when no "»" comes
    before it nor right after it."""
    k = text.find("«", i + 1)
    if k == -1 or (j != -1 and j < k) or k - i > MAX_QUOTED_CHARS:
        return j
    after = text.find("»", k + 1)
    if after != -1 and after - k <= _OPENER_AS_CLOSER:
        return j  # "«أ «ب» ج»": a quote inside a quote
    return k


def quoted_candidates(
    text: str, tokens: list[Token], qtype: QType
) -> list[tuple[Candidate, float]]:
    """A quoted title or slogan right after the question's words (شعار "…", تحت عنوان "…")."""
    out = []
    for s, e in quoted_spans(text):
        before = [t for t in tokens if t.end <= s]
        inside = [t for t in tokens if s <= t.start and t.end <= e]
        if inside and all(t.in_question for t in inside):
            continue  # the name the question asks about ("من يرعى حملة «سامحني»؟")
        if before and before[-1].in_question:
            if qtype is QType.PLACE and not _venue_word(before[-1]):
                continue  # 'دورة «كيف تدير حوارا»': a title after an event word is no place
            out.append((_with_venue_head(text, s, e, before[-1], qtype), 2.5))
    return out


def _venue_word(tok: Token) -> bool:
    """A word a quoted place name follows: a venue's noun ("بقاعة", "مركز") or "في"."""
    return tok.norm in _PLACE_LEADS or tok.norm in _PLACE_NOUNS or _venue_head(tok.norm) is not None


def _with_venue_head(text: str, s: int, e: int, head: Token, qtype: QType) -> Candidate:
    """A quoted name, with the venue's head noun the question asks by ("في أي قاعة …؟" over
    "بقاعة "أمسيتي"" -> 'قاعة "أمسيتي"'): the name alone is not where; not for a slogan."""
    clitics = _venue_head(head.norm)
    if qtype is not QType.PLACE or clitics is None:
        return Candidate(s, e, text[s:e], qtype)
    start = head.start + clitics
    close = re.match(r"[»”\"']", text[e : e + 1])
    end = e + 1 if close else e
    return Candidate(start, end, text[start:end], qtype)


# a question about an amount of money ("كم بلغ الدعم المالي", "ما قيمة الجائزة") is answered
# by a number with its currency ("2 مليون ريال"), unless it asks how many ("كم عدد الجوائز")
_MONEY_WORDS = _norm_set(
    "مبلغ المبلغ بمبلغ قيمة القيمة بقيمة ميزانية الميزانية تكلفة التكلفة بتكلفة تكاليف كلفة "
    "المالي المالية ماليا سعر السعر ثمن"
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:ريال|ريالا|ريالات|دولار|دولارا|دولارات|يورو|جنيه|جنيها|دينار|دينارا|درهم|درهما|ليرة"
    r"|dollars?|pounds?|euros?|riyals?)(?!\w)"
)


def _with_currency(text: str, c: Candidate) -> bool:
    """Whether a number is said with its currency: a word after it, a sign before it."""
    sign = text[max(0, c.start - 2) : c.start].strip()
    return bool(_CURRENCY_AFTER.match(text, c.end)) or sign in ("$", "£", "€")


def _plausible_numbers(
    cands: list[Candidate], question: str, text: str = "", fallback: bool = True
) -> list[Candidate]:
    """Years are rarely the answer to "how many" (a number like one that counts the noun after
    it is: "1800 سيارة"); percentages only to a question about shares."""
    qn = set(normalize(question).split())
    wants_percent = bool(qn & _PERCENT_WORDS)
    wants_money = bool(text) and bool(qn & _MONEY_WORDS) and "عدد" not in qn
    out = []
    dates = date_candidates(text) if text else []
    titled = title_numbers(text) if text else set()
    cands = [
        c
        for c in cands
        if not (_YEAR_ONLY.match(c.text.strip()) and not (text and _a_count(text, c)))
        and not any(d.start <= c.start < d.end for d in dates)
        and c.start not in titled
    ]
    for c in cands:
        is_percent = "%" in c.text or "٪" in c.text or "بالمئة" in c.text or "المئة" in c.text
        if is_percent and not wants_percent:
            continue
        if wants_money and not _with_currency(text, c):
            continue  # "كم بلغ الدعم المالي …؟" is not answered by "على مدار ثماني سنوات"
        out.append(c)
    return out if out or not fallback else cands


def title_numbers(text: str) -> set[int]:
    """Where the numbers that end a quoted title with words before them start ("معرض «الرياض
    2040»", \"رؤية 2030\"): numbers of a name, not counts. A number quoted alone ("لـ «1800»
    شاب") or inside a quoted saying ("تم تنظيم أربع فعاليات …") is still a count."""
    out = set()
    for s, e in quoted_spans(text):
        m = _TRAILING_NUMBER.search(text, s, e)
        if m is not None and 0 < len(_WORD_RE.findall(text, s, m.start())) <= _TITLE_WORDS:
            out.add(m.start())
    return out


_TRAILING_NUMBER = re.compile(r"(?<!\S)[\d٠-٩]+$")
_TITLE_WORDS = 5  # words a title may hold before its number


def _proximity(cand: Candidate, tokens: list[Token]) -> float:
    """1 for a candidate right next to a question word, falling with distance; 0 with none."""
    positions = [i for i, t in enumerate(tokens) if t.in_question]
    if not positions:
        return 0.0
    inside = [i for i, t in enumerate(tokens) if cand.start <= t.start < cand.end]
    if not inside:
        return 0.0
    a, b = min(inside), max(inside)
    dist = (
        min(a - p if p < a else p - b for p in positions if p < a or p > b)
        if any(p < a or p > b for p in positions)
        else 0
    )
    return 1.0 / (1.0 + 0.5 * max(0, dist - 1))


def typed_anchor(
    text: str, tokens: list[Token], qtype: QType, question: str = "", dated: bool = False
) -> Candidate | None:
    """Where the sentence gives a number or date next to the question's words, or names a
    place or a person ("في مركز …", "الدكتور …"), even when it is too uncertain to lead with:
    the quoted part of a long sentence must keep it."""
    if qtype in (QType.NUMBER, QType.DATE):
        near = _numbers_or_dates_near(text, tokens, qtype, question, dated)
        near = [cp for cp in near if cp[1] > 0]
        return max(near, key=lambda cp: cp[1])[0] if near else None
    if qtype not in (QType.PLACE, QType.PERSON):
        return None
    if qtype is QType.PERSON and (speaker := _speaker(text)) is not None:
        return speaker
    scored = name_candidates(text, tokens, qtype)
    typed = [(c, s) for c, s in scored if _introduced(text, c, qtype)]
    return max(typed, key=lambda cs: cs[1])[0] if typed else None


# who an English sentence quotes: '"…," Jeff Joseph, from the CEA, told the BBC', '"…," said
# Ann Lee' (a capitalised name of two or three words beside the verb of saying)
_EN_NAME = r"([A-Z][a-z]+(?:[ -][A-Z][\w'-]+){1,2})"
_SPEAKER_BEFORE = re.compile(
    _EN_NAME + r"(?:,[^,\"“”.]{1,80},?)? (?:said|says|told|added|explained)\b"
)
_SPEAKER_AFTER = re.compile(r"\b(?:said|says|told|added)\s+" + _EN_NAME)


def _speaker(text: str) -> Candidate | None:
    """The person an English sentence quotes, when it says so in the usual way."""
    if not any(mark in text for mark in '"“”'):
        return None
    m = _SPEAKER_BEFORE.search(text) or _SPEAKER_AFTER.search(text)
    if m is None:
        return None
    return Candidate(m.start(1), m.end(1), m.group(1), QType.PERSON)


def _introduced(text: str, cand: Candidate, qtype: QType) -> bool:
    first = normalize(cand.text).split()[:1]
    before = normalize(text[max(0, cand.start - 12) : cand.start]).split()[-1:]
    nouns = _PLACE_NOUNS if qtype is QType.PLACE else _BODY_NOUNS
    leads = _PLACE_LEADS if qtype is QType.PLACE else _BODY_NOUNS
    return bool(first and first[0] in nouns) or bool(
        before and before[0] in leads and qtype is QType.PERSON
    )


# "في أي مدينة …؟", "ما المدينة التي …؟", "In which city …?"
_ASKS_CITY = re.compile(
    r"(?:^|\s)(?:في\s+|ب)?(?:اي|ايه|ما)\s+(?:هي\s+)?(?:مدينه|المدينه|مدن)(?:\s|$)"
    r"|\b(?:which|what)\s+(?:city|town)\b"
)


def asks_city(question: str) -> bool:
    return _ASKS_CITY.search(normalize(question).lower()) is not None


def city_lead(text: str, tokens: list[Token]) -> Candidate | None:
    """The one town a sentence places something in (`find_cities`: "المنعقدة حاليا بالقاهرة",
    "في مدينة بوسطن"), not among the question's words: the short answer to "في أي مدينة …؟",
    as a number is to "كم …؟". None when it places none, or names another town too ("في
    القاهرة والإسكندرية")."""
    asked = [(t.start, t.end) for t in tokens if t.in_question]
    placed = [m for m in find_cities(text) if not any(s < m.end and m.start < e for s, e in asked)]
    towns = {m.name_en for m in placed}
    if len(towns) != 1:
        return None
    town = placed[0]
    for tok in tokens:
        if tok.in_question or town.start <= tok.start < town.end:
            continue
        cuts = (0, 1) if tok.norm[:1] in "وبلف" and len(tok.norm) > 4 else (0,)
        if any((p := place_of_word(tok.norm[cut:])) and p[1] not in (None, *towns) for cut in cuts):
            return None
    return Candidate(town.start, town.end, text[town.start : town.end], QType.PLACE)
