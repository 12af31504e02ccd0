"""Dates in event articles: find every date expression and resolve it to ISO dates.

News writes dates relative to the day it is published ("يومي (10-11) من الشهر المقبل",
"اليوم", "7 و8 يونيو المقبل", "19 - 21 شوال الحالي"), so `find_dates` takes the publication
date and says, for each mention, how it was resolved; without one, a relative or yearless date
stays unresolved rather than guessed. `dateparser` reads 10 of 23 such expressions (single
absolute dates, bare weekdays and اليوم/أمس/غدا; no ranges, Maghreb or Levantine months, Hijri,
ordinal days or المقبل: `bench/event_dates.py --dateparser`), so the grammar is written here:

1. The text is folded to a search form (alef forms, ى, ة, digits, case; diacritics dropped)
   with a map back to the original offsets.
2. Atoms are found: numeric dates, day numbers, ordinal days, month names (Gregorian in every
   regional form, Hijri), years, weekdays, relative words, direction words (المقبل, الحالي).
3. Atoms separated only by glue ("من", "إلى", "و", "حتى", "-", "(", "يومي", "شهر", …) form one
   expression; its days, months and years fill *slots* (one per end of a range), and a month or
   year stated once fills every slot before it ("10 و 11 أبريل 2025").
4. A yearless date takes, per the gold annotation rule, the next occurrence on or after the
   publication date in an announcement and the last one on or before it in a report: المقبل/
   القادم means next, الحالي/الجاري the publication's own year (Hijri year for a Hijri month),
   الماضي last; otherwise the nearest tense cue in the sentence decides (future: سيُعقد, تنطلق,
   المقرر; past: اختتم, أقيم, انطلقت, أمس), and with no cue the occurrence nearest the
   publication date is taken.

Weekdays beside a date only confirm it ("يوم الأحد الموافق 26 يوليو"); alone they take the
next or last such day by the same rule. Where "اليوم الثلاثاء" disagrees with the publication
date (a stale crawl date), the weekday wins. Mentions stay local: the words read are the
evidence. `date_span` reads several mentions as one period and `duration_after` finds a length
stated later in the sentence ("الذي يستمر على مدى 3 أيام") for the extractor to apply.

Numbers that are not dates stay out: a day number needs a month beside it ("20 متحدث" is a
count), a year after رؤية/Vision names a plan ("رؤية 2030"), and a number inside longer digit
runs (phone numbers) never matches.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from ingest.events.calendars import (
    DAY_COUNTS,
    DIRECTIONS,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    ORDINAL_DAYS,
    PERIODS,
    RELATIVE_DAYS,
    WEEKDAYS,
)


@dataclass(frozen=True)
class DateMention:
    """One date expression as written, with the ISO dates it resolves to and how."""

    start: int  # offsets into the text given to find_dates
    end: int
    text: str  # text[start:end]
    start_date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY (length = precision); None: unresolved
    end_date: str | None
    precision: str  # "day" | "month" | "year"
    resolution: str  # "absolute" | "relative to the publication date …" | "unresolved: …"
    calendar: str = "gregorian"  # "hijri" when written in Hijri (dates converted)


# --- folding: a search form of the text with a map back to original offsets -------------------

_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي"}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits
_FOLD.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
_FOLD_TABLE = str.maketrans(_FOLD)  # one character for one: offsets survive
# tatweel, Arabic diacritics and Quranic marks, zero-width and bidi controls
_DROP_RE = re.compile(
    "[\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+"
)
_SEAM_RE = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def _fold(text: str) -> tuple[str, list[int]]:
    """Search form of `text` and, per character of it, the offset it came from.

    Tatweel and diacritics are dropped, and a space is put between digits and letters
    ("الـ27", "2015م", "أبريل2016م") so both read as words.
    """
    kept: list[str] = []
    pos: list[int] = []
    last = 0
    for m in _DROP_RE.finditer(text):
        kept.append(text[last : m.start()])
        pos.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    pos.extend(range(last, len(text)))
    dropped = "".join(kept).translate(_FOLD_TABLE)
    out: list[str] = []
    seamed: list[int] = []
    last = 0
    for m in _SEAM_RE.finditer(dropped):
        out += [dropped[last : m.start()], " "]
        seamed += pos[last : m.start()] + [pos[m.start()]]
        last = m.start()
    out.append(dropped[last:])
    seamed += pos[last:] + [len(text)]
    return "".join(out), seamed


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, any run of spaces between their words."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_MONTHS = {**{k: ("gregorian", v) for k, v in GREGORIAN_MONTHS.items()}}
_MONTHS.update({k: ("hijri", v) for k, v in HIJRI_MONTHS.items()})
_POST_DIRS = [w for w in DIRECTIONS if w not in ("هذا", "هذه", "this", "current", "past", "coming")]
_PRE_DIRS = ["هذا", "هذه", "this", "next", "last", "later in the"]  # "later in the week": this

# Every atom starts a word (the shared (?<!\w) is checked once per position) and ends one.
_ATOM_RE = re.compile(
    r"(?<!\w)(?:"
    r"(?<![/.])(?P<numdate>\d{1,4}\s*(?P<sep>[/.\-])\s*\d{1,2}\s*(?P=sep)\s*\d{1,4})(?![\w/]|[.,]\d)"
    r"|(?<![/.])(?P<daymonth>\d{1,2}\s*/\s*\d{1,2})(?![\w/]|[.,]\d)"
    r"|(?<![.,])(?P<year>\d{4})(?:\s+(?P<era>م|ه)(?!\w))?(?![\w]|[.,]\d)"
    r"|(?<![.,:])(?P<day>\d{1,2})(?:\s+(?:st|nd|rd|th)(?!\w))?(?![\w]|[.,:]\d)"
    rf"|و?(?P<rel>{_alt(RELATIVE_DAYS)})(?!\w)"
    rf"|(?P<period>(?:{_alt(p for p in PERIODS if p.startswith('ال') or p.isascii())})"
    rf"\s+(?:{_alt(_POST_DIRS)})|(?:{_alt(_PRE_DIRS)})\s+(?:{_alt(PERIODS)}))(?!\w)"
    rf"|(?P<month>(?:[وبل]?شهر\s+|[وبل])?(?:{_alt(_MONTHS)}))(?!\w)"
    rf"|(?P<ordinal>و?(?:{_alt(ORDINAL_DAYS)}))(?!\w)"
    rf"|(?P<weekday>و?(?:{_alt(WEEKDAYS)}))(?!\w)"
    rf"|(?P<dir>{_alt(_POST_DIRS)})(?!\w)"
    r")"
)
_KINDS = ("numdate", "daymonth", "rel", "period", "month", "ordinal", "year", "day", "weekday", "dir")  # fmt: skip
_AFTER_NEXT = re.compile(r"\s+بعد\s+(?:القادم|المقبل)(?!\w)")  # folded text
_GLUE_WORDS = {
    "من", "الي", "حتي", "وحتي", "و", "ولغايه", "لغايه", "بين", "ما", "شهر", "يوم", "يومي", "يومه",
    "عام", "العام", "لعام", "للعام", "سنه", "ال", "تاريخ", "بتاريخ", "الموافق", "وذلك", "في",
    "to", "and", "of", "the", "until", "till", "through", "on", "from",
    # the era after a numeric date: "من 10/10/1436هـ إلى 19/10/1436هـ"
    "ه", "م",
}  # fmt: skip
_QUOTE_PAIRS = (("«", "»"), ("“", "”"))
_UNTIL = ("حتي", "وحتي", "الي", "والي")
_UNTIL_END = re.compile(r"(?:حتى|[إا]لى)\s+نهاي[ةه]\s")  # in the article's text
_GLUE_RE = re.compile(r"[\s()\-–—/,،«»“”\":]*")  # quotes: "اليوم “الأحد”"
_MAX_GLUE = 24
_NOT_YEAR_BEFORE = re.compile(r"(?:رؤيه|رويه|vision|اكثر من|نحو|حوالي|قرابه|بمشاركه)\s*$")
_NOT_TODAY_AFTER = re.compile(r"\s+ال(?!" + _alt(w[2:] for w in WEEKDAYS if w[:2] == "ال") + r")\w")
_NOT_TODAY_BEFORE = re.compile(
    r"(?:عين|صحيفه|جريده|ذلك|في|شباب|جيل|عالم|اطفال|ابناء|(?<!اعتبارا )(?<!ابتداء )من)\s*$"
)
# the verbs of an event starting, running or closing, folded: "اليوم" right after one is an
# adverb (today), and the definite word after it the verb's subject
_TODAY_AFTER_VERB = re.compile(
    r"(?<!\w)و?(?:[تي](?:نطلق|قام|بدا|ختتم|فتتح|نعقد|عقد|تواصل|ستمر|قيم|نظم|دشن)"
    r"|انطلقت|انطلق|اختتمت|اختتم|افتتحت|افتتح|بدات|دشنت|دشن)\s+$"
)
_SPAN_WORDS = (
    # "ويستمر", "الذي يمتد لأربعة أيام"
    r"(?:و?[ايت]?ستمر\w*|و?[ايت]?متد\w*|و?ل?مده|(?:و?علي\s+)?(?:مدي|مدار)|طيله)\s+"
    r"(?:(?:علي\s+)?(?:مدي|مدار)\s+|ل?مده\s+)?"  # "ويستمر لمدة أسبوع"
)
_DAYS_COUNT = (
    rf"(?:(?P<n>\d{{1,2}})\s+(?:ايام|يوما|يوم)|(?P<w>يومين|يومان|"
    rf"(?:{_alt(w for w in DAY_COUNTS if not w.startswith('يوم'))})\s+ايام)"
    # a week or weeks: "لمدة أسبوع", "على مدى أسبوعين", "3 أسابيع"
    rf"|(?P<wk>اسبوعين|اسبوعان|اسبوعا|اسبوع)|(?P<nw>\d|ثلاثه|اربعه)\s+اسابيع)(?!\w)"
)
_DURATION_RE = re.compile(rf"[\s,،]*(?:و\s*)?(?:ل|علي\s+|خلال\s+)?(?:مده|مدار|مدي)\s+{_DAYS_COUNT}")
# "ويستمر لستة أيام", "يستمر لـ 3 أيام": the count may take "ل"
_LASTING_RE = re.compile(rf"(?<!\w){_SPAN_WORDS}(?:لـ?\s*)?{_DAYS_COUNT}")
_FUTURE_CUE = re.compile(
    r"(?<!\w)(?:س[يتن]\w{3,}|المقبل\w*|القادم\w*|المقرر|تستعد|يستعد|تنطلق|ينطلق|تعقد|يعقد|تقام"
    r"|يقام|تقيم|يقيم|تستضيف|يستضيف|تنظم|ينظم|تفتتح|يفتتح|تنعقد|ينعقد|تبدا|يبدا"
    # "يدشن … الأمير …، الاثنين، معرض …": the present of opening and closing announces
    r"|يدشن|تدشن|يختتم|تختتم"
    r"|will|upcoming|next|starts)(?!\w)"
)
# ("will be held" is an announcement: a participle after "be" is no report; "إقامة", the
# verbal noun, folds as "أقامه" does and says no tense: "تقرر إقامة الملتقى في 7 محرم")
_PAST_CUE = re.compile(
    r"(?<!\w)(?:اختتم\w*|انطلقت|انطلق|بدات|اقيم\w*|اقام(?!ه(?!\w))\w*|افتتح\w*|دشن\w*|نظم\w*|شهد\w*"
    r"|عقد\w+|عقد(?!\s+(?:مؤتمر|ملتقي|منتدي|اجتماع|ندوه|قمه|لقاء|ورشه)(?!\w))"
    r"|انعقد\w*|امس|الماضي\w*|المنصرم|(?<!be )held|(?<!be )opened|was|were|last)(?!\w)"
)
# ("عقد مؤتمر" is as often "to hold a conference", the verbal noun, as "a conference was held")
_HIJRI_MONTH_RE = re.compile(rf"(?<!\w)(?:{_alt(HIJRI_MONTHS)})(?!\w)")
_HIJRI_YEAR_RE = re.compile(r"(?<!\d)14\d\d\s*ه(?!\w)")
_IN_SENTENCE = re.compile(r"(?<!\w)(?:في|منذ|من|حتي|بتاريخ|on|in|since)$")
_DATELINE_END = re.compile(r"\s*(?:$|[\n\-–—|:،,.(]|الموافق|واس|\(?(?:ا ف ب|رويترز))")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@dataclass
class _Slot:
    """One end of a date expression: what the text states about that day."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: str = "gregorian"
    month_rel: int | None = None  # "الشهر المقبل" -> +1
    day_rel: int | None = None  # "أمس" -> -1
    period: tuple[str, int] | None = None  # ("year", +1) for "العام المقبل"
    year_rel: int | None = None  # "مايو من العام الحالي" -> 0
    named_month: bool = False  # month by name (not numeric)
    latin_month: bool = False  # an English month name: "March 3rd" puts the day after it
    partial: bool = False  # "30/11" with no year: a date only beside a full one


@dataclass
class _Group:
    start: int
    end: int
    slots: list[_Slot] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)
    direction: int | None = None
    # said as a month ("شهر مارس", "آب (أغسطس)", "مطلع مارس"): a bare month name is a date
    shahr: bool = False
    after_next: bool = False  # "الأربعاء بعد القادم": a week after the coming one


def _atoms(folded: str) -> list[tuple[str, re.Match[str]]]:
    atoms = []
    for m in _ATOM_RE.finditer(folded):
        kind = next(k for k in _KINDS if m.group(k) is not None)
        if kind == "year":
            value = int(m.group("year"))
            if not (1900 <= value <= 2100 or 1343 <= value <= 1500):
                continue
            if _NOT_YEAR_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
                continue
        if kind in ("numdate", "daymonth") and _numeric_slot(m.group(kind)) is None:
            continue
        if kind == "day" and not 1 <= int(m.group("day")) <= 31:
            continue
        if (
            kind == "month"
            and m.group("month") == "صفر"
            and re.search(r"\d\s*[-–]\s*$", folded[: m.start()][-8:])
        ):
            continue  # "6-صفر": a score, not the month Safar
        if kind == "rel" and m.group("rel") in ("اليوم", "الليله") and _not_today(folded, m):
            continue
        atoms.append((kind, m))
    return atoms


def _not_today(folded: str, m: re.Match[str]) -> bool:
    """ "اليوم العالمي", "عين اليوم" (a newspaper), "في الليلة الختامية": the word, not the day
    (or tonight); but after a verb of holding "اليوم" is the day whatever follows ("تنطلق
    اليوم الأنشطة الصيفية"), where "الليلة" is still a night of the programme ("تقام الليلة
    الأولى")."""
    today = m.group("rel") == "اليوم"
    if today and _TODAY_AFTER_VERB.search(folded, max(0, m.start() - 14), m.start()):
        return False
    return bool(
        _NOT_TODAY_AFTER.match(folded, m.end())
        or _NOT_TODAY_BEFORE.search(folded, max(0, m.start() - 12), m.start())
    )


def _is_glue(gap: str) -> tuple[bool, bool]:
    """Whether `gap` only joins two atoms, and whether it says they are equivalent (الموافق)."""
    if len(gap) > _MAX_GLUE:
        return False, False
    words = re.findall(r"\w+", gap)
    # "من 12 مارس وحتى نهاية أبريل": the range runs to the end of the second month
    if len(words) >= 2 and words[-1] == "نهايه" and words[-2] in _UNTIL:
        words = words[:-1]
    if any(w not in _GLUE_WORDS for w in words) or _GLUE_RE.sub("", re.sub(r"\w+", "", gap)):
        return False, False
    return True, "الموافق" in words or ("(" in gap and not words)


def _month_value(text: str) -> tuple[str, int, bool]:
    words = text.split()
    shahr = words[0] in ("شهر", "وشهر", "بشهر", "لشهر")
    name = " ".join(words[1:] if shahr else words)
    if name not in _MONTHS and name[:1] in "وبل":
        name = name[1:]
    calendar, number = _MONTHS[name]
    return calendar, number, shahr


def _numeric_slot(text: str) -> _Slot | None:
    parts = [int(p) for p in re.findall(r"\d+", text)]
    if len(parts) == 2:
        day, month, year = parts[0], parts[1], None
    elif parts[0] > 31:
        year, month, day = parts
    else:
        day, month, year = parts
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    calendar = "gregorian"
    if year is not None:
        if 1343 <= year <= 1500:
            calendar = "hijri"
        elif not 1900 <= year <= 2100:
            return None
    return _Slot(day, month, year, calendar, partial=year is None)


_PART_BEFORE = re.compile(
    r"(?<!\w)(?:نهايه|بدايه|منتصف|مطلع|اواخر|اوائل|(?:ال)?يوم\s+الاخير\s+من|اخر\s+يوم\s+من"
    # "in May", "until March": English says a month by a preposition ("May" is also a verb)
    r"|in|early|late|mid|until|since|by|end\s+of|start\s+of)[\s-]+$"
)


def _groups(folded: str, pub: date | None = None) -> list[_Group]:  # noqa: C901 - one rule per way atoms join; flat reads better than split
    """Atoms joined by glue, read into slots; an equivalence (الموافق, a parenthesis with a
    date of another calendar) starts a new group so each calendar's reading stands alone."""
    groups: list[_Group] = []
    group: _Group | None = None
    cur: _Slot | None = None
    prev_kind = ""
    atoms = _atoms(folded)
    for i, (kind, m) in enumerate(atoms):
        text = m.group(kind)
        joined, equivalent = (
            (False, False) if group is None else _is_glue(folded[group.end : m.start()])
        )
        if kind == "ordinal" and not _ordinal_is_day(folded, m, atoms[i + 1 : i + 3]):
            continue  # "الملتقى الأول", "النسخة الثانية": an ordinal is a day only before a month
        if (
            kind == "day"
            and prev_kind in ("weekday", "dir")
            and group is not None
            and group.weekdays
            and all(sl.day is None for sl in group.slots)
            and _a_count(folded, m, atoms[i + 1 :], group.weekdays[-1:], pub)
        ):
            continue  # "بعد غد الاثنين 6 ورش عمل", "السبت المقبل 3 ورش": a count, not the 6th
        if (
            kind == "day"
            and cur is not None
            and cur.month is not None
            and group is not None
            and re.fullmatch(r"\s*و\s*", folded[group.end : m.start()])
            and _a_count(folded, m, atoms[i + 1 :], [], None)
        ):
            continue  # "الجمعة 11 مارس 2016 و20 ورشة": and twenty workshops, not the 20th
        after_hijri_month = joined and cur is not None and cur.calendar == "hijri" and cur.month
        hijri_year = kind == "year" and int(m.group("year")) < 1900
        if hijri_year and m.group("era") != "ه" and not after_hijri_month:
            continue  # 1436 with no هـ is a Hijri year only after a Hijri month
        if kind == "year" and joined and cur is not None and cur.day and not cur.month:
            joined = False  # "السابع عشر للعام 2015": the ordinal is an edition, not a day
        if (
            kind == "rel"
            and joined
            and group is not None
            and any(sl.year is not None or sl.month is not None for sl in group.slots)
            and re.fullmatch(r"\s*\)\s*", folded[group.end : m.start()])
        ):
            joined = False  # "(1436هـ 2015م) يوم غد الأربعاء": the bracket closed that date
        if (
            kind == "day"
            and joined
            and prev_kind == "day"
            and cur is not None
            and not cur.month
            and len(group.slots) == 1  # type: ignore[union-attr]
            and re.fullmatch(r"\s*من\s*", folded[group.end : m.start()])  # type: ignore[union-attr]
        ):
            joined = False  # "والملتقى 9 من 3 ــ 5 رجب": a count or edition, then the days
        split = (
            group is not None
            and equivalent
            and kind != "dir"
            and any(s.month or s.month_rel is not None for s in group.slots)
        )
        if (
            joined
            and group is not None
            and _names_the_day(group, kind, atoms[i + 1 : i + 2], folded, m)
        ):
            # "غدا السبت 1436 / 10 / 17", "اليوم الأحد 2 أغسطس": a date written after a
            # relative day says which day that is (a crawl date may be days off); it does
            # not end a range the relative day starts
            group.slots = [s for s in group.slots if s.day_rel is None]
            group.weekdays.clear()
            cur = None
        if kind == "month" and group is not None and cur is not None and cur.month and joined:
            calendar, number, _ = _month_value(text)
            if (calendar, number) == (cur.calendar, cur.month):  # "آب (أغسطس)"
                group.end = m.end()
                group.shahr = True  # two names of one month: a month, not the verb "مارس"
                continue
            split = split or calendar != cur.calendar
        if kind == "dir" and not joined and not text.isascii():
            continue  # "المالي الماضي 1435": المقبل/الماضي qualify what comes before them
        if not joined or split:
            group = _Group(m.start(kind), m.end())
            # "حتى نهاية شوال", "مطلع أغسطس": a part of a month says the name is a month
            group.shahr = kind == "month" and bool(_PART_BEFORE.search(folded, 0, m.start(kind)))
            groups.append(group)
            cur = None
        assert group is not None
        group.end = m.end()
        cur = _read_atom(group, cur, kind, m, prev_kind)
        prev_kind = kind
    return groups


# what may follow a day of the month said after its weekday: its month, "الجاري", a year
_DAY_GOES_ON = ("month", "dir", "period", "year", "numdate")
_AFTER_A_WORD = re.compile(r"\w[ \t]+$")


def _a_count(
    folded: str,
    m: re.Match[str],
    after: list[tuple[str, re.Match[str]]],
    weekday: list[int],
    pub: date | None,
) -> bool:
    """Whether the number `m`, after a weekday or "و", counts what follows it ("الاثنين 6 ورش")
    rather than numbering a day: no month, "الجاري" or year follows it as glue would, a word
    does, and that day of the publication's month or the next is not `weekday` (when given)."""
    if pub is not None and weekday:
        n = int(m.group("day"))
        for ahead in (0, 1):
            year, month = pub.year + (pub.month + ahead - 1) // 12, (pub.month + ahead - 1) % 12 + 1
            last = calendar.monthrange(year, month)[1]
            if n <= last and date(year, month, n).weekday() == weekday[0]:
                return False
    if not _AFTER_A_WORD.search(folded, max(0, m.start() - _MAX_GLUE), m.start()):
        return False  # a word, then spaces on the same line, stand before the number
    if after:
        kind, nxt = after[0]
        if kind in _DAY_GOES_ON and _is_glue(folded[m.end() : nxt.start()])[0]:
            return False
    if _SAME_MONTH.match(folded, m.end()):
        return False  # "… و20 منه": the 20th of that month
    word = re.match(r"\s+([^\W\d_]\w*)", folded[m.end() :])
    return word is not None and word.group(1) not in _GLUE_WORDS


def _read_atom(  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    group: _Group, cur: _Slot | None, kind: str, m: re.Match[str], prev_kind: str
) -> _Slot | None:
    """Put what one atom says into the group's slots; returns the slot now being filled."""
    text = m.group(kind)
    new_day = kind in ("day", "ordinal")
    if (
        new_day
        and cur is not None
        and cur.day is None
        and cur.month
        and prev_kind in ("month", "year")
        and (cur.latin_month or cur.year is not None)
    ):
        cur.day = _day_value(kind, text)  # "March 3rd", "2024 فبراير 28"
    elif new_day:
        cur = _Slot(day=_day_value(kind, text))
        group.slots.append(cur)
    elif kind in ("numdate", "daymonth"):
        cur = _numeric_slot(text)
        assert cur is not None  # _atoms keeps only valid numeric dates
        group.slots.append(cur)
    elif kind == "month":
        calendar, number, shahr = _month_value(text)
        group.shahr = group.shahr or shahr
        if cur is None or cur.month or cur.month_rel is not None:
            cur = _Slot()
            group.slots.append(cur)
        cur.month, cur.calendar, cur.named_month = number, calendar, True
        cur.latin_month = text.isascii()
    elif kind == "year":
        if cur is None or cur.year is not None:
            cur = _Slot()
            group.slots.append(cur)
        cur.year = int(m.group("year"))
        if m.group("era") == "ه":
            cur.calendar = "hijri"
    elif kind == "rel":
        cur = _Slot(day_rel=RELATIVE_DAYS[" ".join(text.split())])
        group.slots.append(cur)
    elif kind == "period":
        words = text.split()
        said = " ".join(words)
        pre = next((p for p in _PRE_DIRS if said.startswith(p + " ")), None)
        if pre is not None:  # "next week", "later in the week"
            unit, k = PERIODS[words[-1]], DIRECTIONS.get(pre, 0)
        else:
            unit, k = PERIODS[words[0]], DIRECTIONS[words[1]]
        if unit == "month" and cur is not None and cur.day is not None and cur.month is None:
            cur.month_rel = k  # "يومي (10-11) من الشهر المقبل"
        elif unit == "year" and cur is not None and cur.month and cur.year is None:
            cur.year_rel = k  # "مايو من العام الحالي"
        elif unit == "month" and cur is not None and cur.day is not None and cur.named_month:
            # "15 شوال من الشهر الحالي": the month is named, the period only says which one
            group.direction = k if group.direction is None else group.direction
        else:
            cur = _Slot(period=(unit, k))
            group.slots.append(cur)
    elif kind == "weekday":
        name = text[1:] if text not in WEEKDAYS else text
        group.weekdays.append(WEEKDAYS[name])
    elif kind == "dir" and (group.direction is None or not group.slots):
        # "من 5 شوال الجاري إلى 7 ذي القعدة المقبل": the start's word picks the year; the
        # end's "المقبل" is the month after, and the start's year carries to the end
        group.direction = DIRECTIONS[text]
    return cur


def _names_the_day(
    group: _Group,
    kind: str,
    following: list[tuple[str, re.Match[str]]],
    folded: str,
    m: re.Match[str],
) -> bool:
    """Whether the atom `m`, after a group holding a relative day with no range word
    between, starts a written day: a numeric date, or a day number its month follows."""
    if not any(s.day_rel is not None for s in group.slots):
        return False
    if _RANGE_TO.fullmatch(folded[group.end : m.start()]):
        return False
    if kind in ("numdate", "daymonth"):
        return True
    if kind != "day" or not following or following[0][0] != "month":
        return False
    return _is_glue(folded[m.end() : following[0][1].start()])[0]


_RANGE_TO = re.compile(r"\s*(?:الي|حتي|و\s*حتي|-|–|و)\s*")  # folded: "إلى" is "الي"


def _ordinal_is_day(
    folded: str, m: re.Match[str], following: list[tuple[str, re.Match[str]]]
) -> bool:
    if not following or following[0][0] not in ("month", "ordinal", "period", "day"):
        return False
    if following[0][0] == "day":
        # "من الخامس إلى 12 من شهر شوال": a day number after it, then the month
        if len(following) < 2 or following[1][0] not in ("month", "period"):
            return False
        if not _is_glue(folded[following[0][1].end() : following[1][1].start()])[0]:
            return False
        return bool(_RANGE_TO.fullmatch(folded[m.end() : following[0][1].start()]))
    return _is_glue(folded[m.end() : following[0][1].start()])[0]


def _day_value(kind: str, text: str) -> int:
    if kind == "day":
        return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]
    name = " ".join(text.split())
    return ORDINAL_DAYS.get(name) or ORDINAL_DAYS[name[1:]]


# --- resolution ------------------------------------------------------------------------------

_ISO_LEN = {"day": 10, "month": 7, "year": 4}
_Bounds = tuple[date, date, str]  # first day, last day, precision


def iso_bounds(value: str) -> tuple[date, date]:
    """First and last day covered by an ISO date of any precision ("2015", "2015-08", …)."""
    parts = [int(p) for p in value[:10].split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    day = date(*parts)
    return day, day


def _iso(day: date, precision: str) -> str:
    return day.isoformat()[: _ISO_LEN[precision]]


def _to_date(calendar: str, year: int, month: int, day: int) -> date:
    if calendar == "gregorian":
        return date(year, month, day)
    g = Hijri(year, month, day).to_gregorian()
    return date(g.year, g.month, g.day)


def _month_last_day(calendar: str, year: int, month: int) -> int:
    if calendar == "gregorian":
        return iso_bounds(f"{year:04d}-{month:02d}")[1].day
    return int(Hijri(year, month, 1).month_length())


def _slot_bounds(slot: _Slot, year: int) -> _Bounds:
    """Gregorian days covered by `slot` in `year` of its calendar (ValueError if no such day)."""
    cal = slot.calendar
    if slot.month is None:
        last_month = 12
        return (
            _to_date(cal, year, 1, 1),
            _to_date(cal, year, last_month, _month_last_day(cal, year, last_month)),
            "year",
        )
    if slot.day is None:
        last = _month_last_day(cal, year, slot.month)
        return _to_date(cal, year, slot.month, 1), _to_date(cal, year, slot.month, last), "month"
    day = _to_date(cal, year, slot.month, slot.day)
    return day, day, "day"


def _calendar_year(calendar: str, day: date) -> int:
    return (
        day.year
        if calendar == "gregorian"
        else int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    )


def hijri_year(published: str | None) -> int | None:
    """The Hijri year of a publication date (ISO, day precision), if it has one."""
    pub, precision = _published(published)
    return None if pub is None or precision != "day" else _calendar_year("hijri", pub)


def _shift_month(calendar: str, day: date, months: int) -> tuple[int, int]:
    """(year, month) of the calendar month `months` after the one containing `day`."""
    if calendar == "gregorian":
        year, month = day.year, day.month
    else:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
        year, month = h.year, h.month
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _tense(folded: str, start: int, end: int) -> int | None:
    """+1 for an announcement, -1 for a report, by the tense cue nearest the date in its
    sentence; None when the sentence has none."""
    left = max(
        [m.end() for m in _SENTENCE_END.finditer(folded, max(0, start - 160), start)]
        or [max(0, start - 160)]
    )
    right_end = _SENTENCE_END.search(folded, end, end + 120)
    right = right_end.start() if right_end else min(len(folded), end + 120)
    best: tuple[int, int] | None = None
    for sign, pattern in ((1, _FUTURE_CUE), (-1, _PAST_CUE)):
        for m in pattern.finditer(folded, left, right):
            if start <= m.start() < end:
                continue
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, sign)
    return best[1] if best else None


def _pick_year(slot: _Slot, pub: date, direction: int | None) -> int:
    """The year of `slot` (in its calendar) per the announcement/report rule."""
    base = _calendar_year(slot.calendar, pub)
    if direction == 0:
        return base
    options: list[tuple[int, date, date]] = []
    for year in (base - 1, base, base + 1):
        try:
            first, last, _ = _slot_bounds(slot, year)
        except ValueError:
            continue
        options.append((year, first, last))
    if direction == 1:
        return next(y for y, _, last in options if last >= pub)
    if direction == -1:
        return [y for y, first, _ in options if first <= pub][-1]

    def distance(option: tuple[int, date, date]) -> int:
        _, first, last = option
        return 0 if first <= pub <= last else min(abs((first - pub).days), abs((last - pub).days))

    return min(options, key=distance)[0]


def _weekday_year(slot: _Slot, weekday: int, picked: int) -> int:
    """ "يوم الجمعة (17 يوليو)": of the years next to `picked`, the one in which the day falls
    on the weekday the text names (the weekday outweighs the tense rule)."""
    if slot.day is None or slot.month is None:
        return picked
    for year in (picked, picked - 1, picked + 1):
        try:
            if _slot_bounds(slot, year)[0].weekday() == weekday:
                return year
        except ValueError:
            continue
    return picked


def _fill_years(slots: list[_Slot]) -> None:
    """A year stated once covers the other ends of the range, rolling over at year end
    ("27 ذي الحجة إلى 2 محرم 1437هـ": the start is in 1436)."""
    for i in range(len(slots) - 2, -1, -1):
        here, nxt = slots[i], slots[i + 1]
        if here.year is None and nxt.year is not None and here.month and nxt.month:
            if not here.named_month:  # "10/10 إلى 19/10/1436هـ": the year's calendar too
                here.calendar = nxt.calendar
            later = (here.month, here.day or 0) > (nxt.month, nxt.day or 99)
            here.year = nxt.year - 1 if later and here.calendar == nxt.calendar else nxt.year
    for i in range(1, len(slots)):
        here, prev = slots[i], slots[i - 1]
        if here.year is None and prev.year is not None and here.month and prev.month:
            if not here.named_month:
                here.calendar = prev.calendar
            earlier = (here.month, here.day or 99) < (prev.month, prev.day or 0)
            here.year = prev.year + 1 if earlier and here.calendar == prev.calendar else prev.year


def _weekday_bounds(weekdays: list[int], pub: date, direction: int | None, said: bool) -> _Bounds:
    """Days named by weekday alone. Said outright (المقبل/الماضي) or announced, a weekday is
    never the publication day itself; in a report or with no cue it may be ("صباح الجمعة" in
    Friday's paper), else the nearest such day is taken."""
    days: list[date] = []
    for wd in weekdays:
        after = days[-1] if days else pub
        nxt = after + timedelta(days=(wd - after.weekday()) % 7 or 7)
        back = (pub.weekday() - wd) % 7 or (7 if said else 0)
        prev = pub - timedelta(days=back)
        if days or direction == 1:
            days.append(nxt)
        elif direction == -1 or prev == pub:
            days.append(prev)
        else:
            days.append(nxt if (nxt - pub) <= (pub - prev) else prev)
    return days[0], days[-1], "day"


def _relative_bounds(slot: _Slot, group: _Group, pub: date, folded: str) -> _Bounds:
    """Bounds of a slot that counts from the publication date."""
    if slot.day_rel is not None:
        day = pub + timedelta(days=slot.day_rel)
        if (
            len(group.slots) == 1
            and len(group.weekdays) == 1
            and day.weekday() != group.weekdays[0]
        ):
            # "اليوم الثلاثاء" in an article dated Friday: the weekday wins (a stale date). A
            # "today" one day after the date is the print day of a paper dated the evening before.
            # So is "بعد غد الاثنين" in an article dated Sunday: the Monday before the day
            # counted (the crawl date is a day late; an article is never crawled before it is
            # published), not the Monday a week on.
            wd = group.weekdays[0]
            ahead = (wd - day.weekday()) % 7
            step = ahead if ahead == 1 else ahead - 7
            day += timedelta(days=step)
        return day, day, "day"
    if slot.period is not None:
        unit, k = slot.period
        if unit == "year":
            return date(pub.year + k, 1, 1), date(pub.year + k, 12, 31), "year"
        if unit == "week":
            first_weekday = 0 if folded.isascii() else 6  # Arab weeks start on Sunday
            start = pub - timedelta(days=(pub.weekday() - first_weekday) % 7) + timedelta(weeks=k)
            return start, start + timedelta(days=6), "day"
        if unit == "weekend":  # "this weekend", "next weekend": the Saturday and Sunday
            saturday = pub + timedelta(days=(5 - pub.weekday()) % 7)
            if pub.weekday() == 6:
                saturday = pub - timedelta(days=1)  # said on a Sunday: the weekend it is in
            saturday += timedelta(weeks=k)
            return saturday, saturday + timedelta(days=1), "day"
    k = slot.month_rel if slot.month_rel is not None else (slot.period or ("", 0))[1]
    calendar = (
        "hijri" if _near_hijri(folded, group) or _hijri_by_days(group, pub, folded) else "gregorian"
    )
    year, month = _shift_month(calendar, pub, k)
    shifted = _Slot(day=slot.day, month=month, calendar=calendar)
    return _slot_bounds(shifted, year)


def _near_hijri(folded: str, group: _Group) -> bool:
    """'الشهر الجاري' beside a Hijri month name or year ("1436هـ") counts Hijri months."""
    lo, hi = max(0, group.start - 80), group.end + 80
    return bool(_HIJRI_MONTH_RE.search(folded, lo, hi) or _HIJRI_YEAR_RE.search(folded, lo, hi))


def _current_month_days(group: _Group, pub: date, calendar: str) -> list[date] | None:
    """The days of "من الثاني عشر إلى الثامن عشر من الشهر الجاري" read in `calendar`."""
    year, month = _shift_month(calendar, pub, 0)
    try:
        return [_to_date(calendar, year, month, s.day) for s in group.slots if s.day is not None]
    except ValueError:
        return None


def _hijri_by_days(group: _Group, pub: date, folded: str) -> bool:
    """Whether days of "الشهر الجاري" are the Hijri month's, as Saudi papers often mean: the
    weekday said with them falls on the Hijri reading only ("يوم الثلاثاء 26 الشهر الجاري"),
    or the tense of the sentence agrees with the Hijri reading only ("تقيم الجامعة معرضا في
    الفترة من الثاني عشر إلى الثامن عشر من الشهر الجاري", published on 7 Shawwal and the
    23rd of July: the Gregorian days are past)."""
    current = [s for s in group.slots if s.month_rel == 0 and s.day is not None]
    if not current or len(current) != len(group.slots):
        return False
    gregorian = _current_month_days(group, pub, "gregorian")
    hijri = _current_month_days(group, pub, "hijri")
    if not gregorian or not hijri:
        return False
    if len(group.weekdays) == 1:
        wd = group.weekdays[0]
        return gregorian[0].weekday() != wd and hijri[0].weekday() == wd
    tense = _tense(folded, group.start, group.end)
    if tense == 1:
        return gregorian[-1] < pub <= hijri[0]
    if tense == -1:
        return gregorian[0] > pub >= hijri[-1]
    return False


def _fill_months(slots: list[_Slot]) -> None:
    for i in range(len(slots) - 2, -1, -1):
        here, nxt = slots[i], slots[i + 1]
        if (
            here.day is not None
            and here.month is None
            and here.month_rel is None
            and here.day_rel is None
        ):
            here.month, here.calendar, here.month_rel = nxt.month, nxt.calendar, nxt.month_rel
            here.named_month = nxt.named_month
    # "January 6-9", "January 6 to 9": English puts the month first and the last day after it
    for prev, here in zip(slots, slots[1:], strict=False):
        if (
            prev.latin_month
            and prev.day is not None
            and here.day is not None
            and here.day > prev.day
            and not here.month
            and here.month_rel is None
            and here.day_rel is None
        ):
            here.month, here.calendar, here.named_month = prev.month, prev.calendar, True
            here.latin_month = True


# "من 11 أكتوبر وحتى 14 من الشهر نفسه", "… حتى 14 منه": the last day is in the first's month
# (folded text)
_SAME_MONTH = re.compile(
    r"\s*(?:(?:من\s+)?(?:ال)?شهر\s+(?:نفسه|ذاته)|من\s+(?:نفس|ذات)\s+الشهر|منه)(?!\w)"
)


def _same_month_end(group: _Group, folded: str) -> None:
    """Give a range's monthless last day the month its first day names, where the text says
    it is the same month."""
    if len(group.slots) < 2:
        return
    first, last = group.slots[-2], group.slots[-1]
    if (
        last.day is None
        or last.month is not None
        or last.month_rel is not None
        or last.day_rel is not None
        or first.month is None
        or (first.day is not None and last.day <= first.day)
    ):
        return
    same = _SAME_MONTH.match(folded, group.end)
    if same is None:
        return
    last.month, last.calendar, last.named_month = first.month, first.calendar, first.named_month
    group.end = same.end()


def _is_date(group: _Group) -> bool:
    """Whether the atoms make a date, not a count or a word that looks like a month."""
    if not group.slots:
        return bool(group.weekdays)
    for s in group.slots:
        if s.day is not None and s.month is None and s.month_rel is None and s.day_rel is None:
            return False  # "20 متحدث"
    if any(s.partial for s in group.slots) and all(s.year is None for s in group.slots):
        return False  # "الثلاثاء 5/10": Gregorian or Hijri? a lone day/month is not read
    named_only = all(s.day is None and s.year is None and s.named_month for s in group.slots)
    return not (named_only and group.direction is None and not group.shahr)  # "مارس" the verb


def _counts_from_pub(slot: _Slot) -> bool:
    return slot.day_rel is not None or slot.month_rel is not None or slot.period is not None


def _resolve(  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    group: _Group, folded: str, pub: date | None, pub_precision: str
) -> tuple[str | None, str | None, str, str]:
    """(start_date, end_date, precision, resolution) of one date expression."""
    slots = group.slots
    _fill_years(slots)
    relative = any(_counts_from_pub(s) or s.year_rel is not None for s in slots)
    precision = "day"
    if slots:
        first = slots[0]
        precision = (
            "day"
            if first.day is not None or first.day_rel is not None
            else ("month" if first.month or first.month_rel is not None else "year")
        )
        if first.period is not None:
            precision = {"year": "year", "month": "month", "week": "day", "weekend": "day"}[
                first.period[0]
            ]
    needs_pub = relative or not slots or any(s.year is None for s in slots)
    if needs_pub and pub is None:
        why = "relative date" if relative or not slots else "no year stated"
        return None, None, precision, f"unresolved: {why} and no publication date"
    if needs_pub and pub_precision != "day" and (relative or not slots):
        return (
            None,
            None,
            precision,
            f"unresolved: publication date known only to the {pub_precision}",
        )
    try:
        if not slots:
            assert pub is not None
            said = group.direction is not None
            direction = group.direction if said else _tense(folded, group.start, group.end)
            if group.after_next:
                said, direction = True, 1
            start, end, precision = _weekday_bounds(group.weekdays, pub, direction, said)
            week = timedelta(weeks=group.after_next)
            bounds = [(start + week, end + week, precision)]
        else:
            for s in slots:
                if s.year is None and s.year_rel is not None and pub is not None:
                    s.year = _calendar_year(s.calendar, pub) + s.year_rel
            _fill_years(slots)
            for s in slots:
                if s.year is None and not _counts_from_pub(s):
                    assert pub is not None
                    direction = group.direction
                    if direction is None:
                        direction = _tense(folded, group.start, group.end)
                    s.year = _pick_year(s, pub, direction)
                    if s is slots[0] and len(group.weekdays) == 1:
                        s.year = _weekday_year(s, group.weekdays[0], s.year)
                    _fill_years(slots)
            bounds = []
            for s in slots:
                if _counts_from_pub(s):
                    assert pub is not None
                    bounds.append(_relative_bounds(s, group, pub, folded))
                else:
                    assert s.year is not None
                    bounds.append(_slot_bounds(s, s.year))
            bounds = _beside_a_hijri_year(slots, bounds)
    except (ValueError, OverflowError, StopIteration, IndexError) as error:
        return None, None, precision, f"unresolved: no such date ({error})"
    start, end = min(b[0] for b in bounds), max(b[1] for b in bounds)  # "أمس وأول من أمس"
    end_precision = bounds[-1][2]
    if len(bounds) == 1 and bounds[0][2] == "day":
        length = _duration(folded, group)
        if length:
            end = start + timedelta(days=length - 1)
    resolution = (
        f"relative to the publication date {_iso(pub, pub_precision)}"
        if (needs_pub and pub is not None)
        else "absolute"
    )
    return _iso(start, bounds[0][2]), _iso(end, end_precision), bounds[0][2], resolution


def _beside_a_hijri_year(slots: list[_Slot], bounds: list[_Bounds]) -> list[_Bounds]:
    """A Hijri year alone said with a Gregorian date gives way to it: "1436هـ الموافق 2015م"
    and "1437هـ / 2016م" are that Gregorian year, "مهرجان … 1436هـ، البارحة" is yesterday (a
    Hijri year runs over two Gregorian years)."""
    hijri = [s for s in slots if s.calendar == "hijri"]
    if not hijri or len(hijri) == len(slots) or any(s.day or s.month for s in hijri):
        return bounds
    return [b for s, b in zip(slots, bounds, strict=True) if s.calendar != "hijri"]


def _duration(folded: str, group: _Group) -> int | None:
    """Days in "ولمدة 10 أيام" / "على مدى يومين" right after a single-day date (extends it)."""
    m = _DURATION_RE.match(folded, group.end)
    if not m:
        return None
    group.end = m.end()
    return _days_of(m)


def _days_of(m: re.Match[str]) -> int:
    """The days a `_DAYS_COUNT` match states."""
    if m.group("n"):
        return int(m.group("n"))
    if m.group("wk"):
        return 14 if m.group("wk") in ("اسبوعين", "اسبوعان") else 7
    if m.group("nw"):
        weeks = m.group("nw")
        return 7 * (int(weeks) if weeks.isdigit() else DAY_COUNTS[weeks])
    return DAY_COUNTS[m.group("w").split()[0]]


def duration_after(text: str, pos: int) -> tuple[int, int, int] | None:
    """(days, start, end) of a length stated later in the sentence from `pos` ("الذي يستمر على
    مدى 3 أيام", "والتي استمرت أربعة أيام"), for a card whose date names only one day."""
    folded, offsets = _fold(text)
    here = offsets.index(pos) if pos in offsets else 0
    stop = _SENTENCE_END.search(folded, here)
    m = _LASTING_RE.search(folded, here, stop.start() if stop else len(folded))
    if not m:
        return None
    return _days_of(m), offsets[m.start()], offsets[m.end() - 1] + 1


# the day an event ends, said apart from its start: "ويستمر حتى 22 أغسطس", "التي تختم
# فعالياتها غدا الأحد", "ويختتم في 9 / 9 /2015"
# what an end cue may say it ends: the event or its activities
_ENDS_WHAT = (
    "فعالياته|فعالياتها|الفعاليات|أعماله|أعمالها|أنشطته|أنشطتها|المهرجان|الملتقى|المعرض|المؤتمر"
    "|المخيم"
)
_END_CUE = re.compile(
    r"(?:حتى|لغاية|وحتى|يختتم|تختتم|تختم|يختم|ختام|اختتام|ينتهي|تنتهي|انتهاء"
    # "وتستمر إلى نهاية شهر شوال", "ويستمر المعرض إلى …"
    rf"|و?[يت](?:ستمر|متد)(?:\s+(?:{_ENDS_WHAT}))?\s+[إا]لى)"
    rf"(?:\s+(?:{_ENDS_WHAT}|يوم|مساء|صباح|ليلة|في|نهاية|غد|غدا|الـ|ال))*\s*$"  # "حتى الـ 4 من ذي القعدة"
)
# a day that closes entries or brings results, not one the event is held on
_DEADLINE = re.compile(
    r"(?:آخر موعد|اخر موعد|الموعد النهائي|باب (?:التسجيل|القبول|قبول|المشاركة|الترشح)"
    r"|تغلق|يغلق|إغلاق|اغلاق|إقفال|اقفال|تعلن النتائج"
    r"|(?:استقبال|تلقي|[يت]ستقبل|[يت]تلقى)\s+(?:\S+\s+)?(?:الطلبات|المشاركات|المشاركين|الأعمال"
    r"|المتسابقين|الأفلام|الصور|البحوث|الأبحاث|الأوراق|الملخصات|الترشيحات)"
    r"|إعلان النتائج|اعلان النتائج)[^.\n]*$"
)
_THIS_EVENT = re.compile(
    r"(?<!\w)(?:هذا|هذه)\s+ال(?:لقاء|حدث|فعالية|تظاهرة|ملتقى|مؤتمر|منتدى|معرض|مهرجان|ندوة|قمة)(?!\w)"
    # "الدورة الجديدة تمتد على مدى سبعة أيام": the edition the article announces
    r"|(?<!\w)(?:الدورة|النسخة)\s+(?:الجديدة|المقبلة|القادمة|الحالية)(?!\w)"
)


def said_as_end(text: str, d: DateMention) -> bool:
    """ "ويستمر حتى 22 أغسطس", "تختم فعالياتها غدا": the mention names the day an event ends."""
    return _END_CUE.search(bare_before(text, d.start, 40)) is not None


def said_as_deadline(text: str, d: DateMention) -> bool:
    """ "يغلق باب التسجيل في الجائزة يوم 28 ديسمبر", "آخر موعد …": a deadline or the day
    results come, in the mention's sentence before it."""
    return _DEADLINE.search(bare_before(text, d.start, 80)) is not None


def bare_before(text: str, end: int, chars: int) -> str:
    """The `chars` characters before `end` without the marks folding drops (diacritics,
    tatweel), for the regexes of words said before a date ("حتّى" is "حتى", "نظّم" is "نظم")."""
    return _DROP_RE.sub("", text[max(0, end - chars) : end])


def days_before(first: DateMention, last: DateMention) -> bool:
    """Whether `first` is one day, 1–90 days before the day `last` names."""
    a, b = first.start_date, last.start_date
    if not (a and b and len(a) == len(b) == 10 and first.start_date == first.end_date):
        return False
    return 0 < (date.fromisoformat(b) - date.fromisoformat(a)).days <= 90


def first_end_after(start: str, ends: list[DateMention]) -> DateMention | None:
    """Of the days said as an end (`said_as_end`), the first one 1–90 days after `start`."""
    first = date.fromisoformat(start)
    for e in ends:
        if e.start_date is None or e.start_date != e.end_date or len(e.start_date) != 10:
            continue
        if 0 < (date.fromisoformat(e.start_date) - first).days <= 90:
            return e
    return None


def event_references(text: str) -> list[int]:
    """Ends of "هذا اللقاء", "هذه الندوة", "الدورة الجديدة": where a sentence speaks of the
    event by pointing."""
    return [m.end() for m in _THIS_EVENT.finditer(text)]


def _published(published: str | None) -> tuple[date | None, str]:
    if not published:
        return None, "day"
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not m:
        return None, "day"
    precision = "day" if m.group(3) else "month" if m.group(2) else "year"
    return iso_bounds(m.group(0))[0], precision


def _take_after_next(group: _Group, folded: str) -> None:
    """Extend a weekday alone over "بعد القادم" after it ("الأربعاء بعد القادم")."""
    found = _AFTER_NEXT.match(folded, group.end)
    if found and group.weekdays and not group.slots:
        group.end, group.after_next = found.end(), True


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date expression in `text` (Arabic or English), resolved against `published`
    (an ISO date of any precision, a time after it is ignored) where it is relative."""
    folded, offsets = _fold(text)
    pub, pub_precision = _published(published)
    mentions = []
    for group in _groups(folded, pub):
        _same_month_end(group, folded)
        _fill_months(group.slots)
        if not _is_date(group):
            continue
        _take_after_next(group, folded)
        start_date, end_date, precision, resolution = _resolve(group, folded, pub, pub_precision)
        start, end = offsets[group.start], offsets[group.end - 1] + 1
        marks = _DROP_RE.match(text, end)  # "1437هـ", "غداً": keep the tatweel or tanween
        end = marks.end() if marks else end
        if text.count("(", start, end) > text.count(")", start, end):  # "كانون الأول (ديسمبر)"
            close = re.match(r"\s*\)", text[end:])
            end += close.end() if close else 0
        if text.count(")", start, end) > text.count("(", start, end):  # "يومي (10- 11 )"
            opening = re.search(r"\(\s*$", text[:start])
            start = opening.start() if opening else start
        for opens, closes in _QUOTE_PAIRS:  # "اليوم “الأحد”", "من «5» إلى «7» أغسطس"
            if text.count(opens, start, end) > text.count(closes, start, end):
                close = re.match(r"\s*" + closes, text[end:])
                end += close.end() if close else 0
            if text.count(closes, start, end) > text.count(opens, start, end):
                opening = re.search(opens + r"\s*$", text[:start])
                start = opening.start() if opening else start
        if _not_a_date_here(text, start, group):
            continue
        hijri = any(s.calendar == "hijri" for s in group.slots)
        if not hijri and _UNTIL_END.search(text, start, end):
            end_date = _last_day(end_date) or end_date  # "من 12 مارس حتى نهاية أبريل"
        mentions.append(
            DateMention(
                start,
                end,
                text[start:end],
                start_date,
                end_date,
                precision,
                resolution,
                "hijri" if hijri else "gregorian",
            )
        )
    found = _with_eid_days(text, folded, offsets, pub, [_month_part(text, m) for m in mentions])
    return _with_recent_days(text, folded, offsets, pub, found)


# "على مدى اليومين الماضيين", "خلال الأيام الثلاثة المقبلة": the days just before or after
# the publication date (in folded form)
_RECENT_RE = re.compile(
    r"(?<!\w)(?:ال)?(?:(?P<two>يومين)|ايام\s+ال(?P<n>"
    + "|".join(DAY_COUNTS)
    + r")|ال(?P<m>"
    + "|".join(DAY_COUNTS)
    + r")\s+ايام)\s+(?:ال)?(?P<way>ماضيين|ماضيه|ماضي|مقبلين|مقبله|مقبل|قادمين|قادمه|قادم"
    r"|منصرمين|منصرمه|اخيرين|اخيره)(?!\w)"
)


def _with_recent_days(
    text: str, folded: str, offsets: list[int], pub: date | None, found: list[DateMention]
) -> list[DateMention]:
    """`found` with "اليومين الماضيين" (the two days before publication) and its kin added."""
    out = list(found)
    for m in _RECENT_RE.finditer(folded):
        n = 2 if m.group("two") else DAY_COUNTS.get(m.group("n") or m.group("m") or "", 0)
        if n < 2:
            continue
        start, end = offsets[m.start()], offsets[m.end() - 1] + 1
        first = last = None
        resolution = "unresolved: days counted from the publication date, and none known"
        if pub is not None:
            ahead = m.group("way").startswith(("مقبل", "قادم"))
            first = pub + timedelta(days=1) if ahead else pub - timedelta(days=n)
            last = first + timedelta(days=n - 1)
            resolution = f"relative to the publication date {pub.isoformat()}"
        out = _in_place_of(
            out,
            DateMention(
                start,
                end,
                text[start:end],
                first.isoformat() if first else None,
                last.isoformat() if last else None,
                "day",
                resolution,
                "gregorian",
            ),
        )
    return out


def named_months(text: str) -> set[int]:
    """The Gregorian months the text's dates name by name, whether or not their year can be
    told ("7 و8 يونيو المقبل" of an undated article: {6}); Hijri months change their
    Gregorian month from year to year and are left out."""
    folded, _ = _fold(text)
    out: set[int] = set()
    for group in _groups(folded):
        _fill_months(group.slots)
        if _is_date(group):
            out |= {
                s.month for s in group.slots if s.month and s.named_month and s.calendar != "hijri"
            }
    return out


# "منتصف سبتمبر", "أواخر الشهر الجاري", "مطلع أكتوبر": a part of a month, said before it, is
# kept with the month it qualifies; "اليوم الأخير من أغسطس" is that month's last day ("أول
# سبتمبر" is its first day, read as a day already)
_MONTH_PART = re.compile(
    r"(?:(?P<last>(?:ال)?يوم\s+ال[أا]خير\s+من|[آا]خر\s+يوم\s+من"
    r"|(?:(?<=حتى\s)|(?<=[إا]لى\s))نهاي[ةه])"  # "وتستمر إلى نهاية شهر شوال": its last day
    r"|(?:منتصف|مطلع|[أا]واخر|[أا]وائل|بداي[ةه]|نهاي[ةه]))\s+(?:من\s+)?(?:شهر\s+)?$"
)
_PART_REACH = 30  # characters before a month its qualifier may take


def _month_part(text: str, m: DateMention) -> DateMention:
    if m.precision != "month":
        return m
    before = text[max(0, m.start - _PART_REACH) : m.start]
    found = _MONTH_PART.search(before)
    if found is None:
        return m
    start = m.start - len(before) + found.start()
    start_date, end_date, precision = m.start_date, m.end_date, m.precision
    if found.group("last") and start_date is not None:
        last = (
            _last_day(start_date)
            if m.calendar == "gregorian" or len(start_date) == 10
            else _last_hijri_day(start_date, end_date or start_date)
        )
        if last is not None:
            start_date = end_date = last
            precision = "day"
    return DateMention(
        start,
        m.end,
        text[start : m.end],
        start_date,
        end_date,
        precision,
        m.resolution,
        m.calendar,
    )


def _last_hijri_day(first: str, last: str) -> str | None:
    """The last day of the Hijri month written as the Gregorian months `first` to `last`
    ("2015-07" to "2015-08" for Shawwal 1436): the month holds the middle of that span."""
    if len(first) != 7 or len(last) != 7:
        return None
    lo, hi = iso_bounds(first)[0], iso_bounds(last)[1]
    mid = lo + (hi - lo) / 2
    h = Gregorian(mid.year, mid.month, mid.day).to_hijri()
    return _to_date("hijri", h.year, h.month, _month_last_day("hijri", h.year, h.month)).isoformat()


def _last_day(iso: str | None) -> str | None:
    """The last day of the month of `iso` ("2015-08" or a day of it); a converted Hijri
    month's range ends on its last day, given in full."""
    if iso is None or len(iso) < 7:
        return None
    if len(iso) == 10:
        return iso
    year, month = int(iso[:4]), int(iso[5:7])
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


# "ثالث أيام عيد الفطر", "في اليوم الثاني من أيام العيد", "أول أيام عيد الأضحى المبارك",
# "صباح عيد الفطر": a day of an Eid, counted from its first day (1 Shawwal, 10 Dhu
# al-Hijjah), in folded form
_EID_ORDINALS = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7}
_EID_RE = re.compile(
    r"(?<!\w)(?:(?P<n>" + "|".join(_EID_ORDINALS) + r")\s+ايام"
    r"|(?:ال)?يوم\s+ال(?P<m>" + "|".join(_EID_ORDINALS) + r")ي?\s+(?:من\s+)?(?:ايام\s+)?"
    # "صباح عيد الفطر المبارك", "يوم العيد": its first day
    r"|(?P<first>صباح|صبيحه|يوم)\s+)"
    r"\s*(?:عيد\s+(?P<which>الفطر|الاضحي)|(?P<bare>العيد))(?:\s+(?:المبارك|السعيد))?"
)
_EID_START = {"الفطر": (10, 1), "الاضحي": (12, 10)}  # Hijri month and day of the first day


def eid_days(text: str) -> list[tuple[int, int]]:
    """(start, end) of each day of an Eid `text` names ("أول أيام العيد", "صباح عيد الفطر")."""
    folded, offsets = _fold(text)
    return [(offsets[m.start()], offsets[m.end() - 1] + 1) for m in _EID_RE.finditer(folded)]


def _with_eid_days(
    text: str, folded: str, offsets: list[int], pub: date | None, found: list[DateMention]
) -> list[DateMention]:
    """`found` with the days of an Eid added (those overlapping one replaced by it). The Eid
    is the one nearest the publication date (a bare "العيد": al-Fitr or al-Adha, whichever
    is nearer); without a publication date the day is left unresolved."""
    out = list(found)
    for m in _EID_RE.finditer(folded):
        n = 1 if m.group("first") else _EID_ORDINALS[m.group("n") or m.group("m")]
        start, end = offsets[m.start()], offsets[m.end() - 1] + 1
        which = [m.group("which")] if m.group("which") else list(_EID_START)
        day, resolution = None, "unresolved: a day of the Eid, and no publication date"
        if pub is not None:
            year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
            candidates = [
                _to_date("hijri", y, *_EID_START[w]) + timedelta(days=n - 1)
                for w in which
                for y in (year - 1, year, year + 1)
            ]
            day = min(candidates, key=lambda c: abs((c - pub).days))
            resolution = f"day {n} of the Eid nearest the publication date {pub.isoformat()}"
        iso = day.isoformat() if day else None
        out = _in_place_of(
            out, DateMention(start, end, text[start:end], iso, iso, "day", resolution, "hijri")
        )
    return out


def _in_place_of(found: list[DateMention], new: DateMention) -> list[DateMention]:
    """`found` with `new` in place of the mentions it overlaps, in text order."""
    kept = [d for d in found if d.end <= new.start or d.start >= new.end]
    return sorted([*kept, new], key=lambda d: d.start)


# "سوق الثلاثاء": a market named after its weekday; "القرار رقم 57 وتاريخ 25/6/1436": the
# date of a document cited, not of the event
_MARKET_BEFORE = re.compile(r"(?<!\w)(?:ب|و|في |ل)?(?:ال)?سوق\s+$")
_DOCUMENT_BEFORE = re.compile(r"رقم[^.\n]{0,30}(?:و|ب)تاريخ\s*$")


def _not_a_date_here(text: str, start: int, group: _Group) -> bool:
    before = text[max(0, start - 45) : start]
    if group.weekdays and not group.slots and _MARKET_BEFORE.search(before):
        return True
    return _DOCUMENT_BEFORE.search(before) is not None


def date_span(mentions: list[DateMention]) -> tuple[str | None, str | None]:
    """Start and end of several mentions read as one period ("السبت الماضي ويستمر حتى السبت
    المقبل", a Hijri date with its Gregorian equivalent): earliest start, latest end."""
    resolved = [m for m in mentions if m.start_date and m.end_date]
    if not resolved:
        return None, None
    first = min(resolved, key=lambda m: iso_bounds(m.start_date or "")[0])
    last = max(resolved, key=lambda m: iso_bounds(m.end_date or "")[1])
    return first.start_date, last.end_date


_DATELINE_LINE = 100  # characters of a first line that may be a dateline


def publication_date(text: str, title: str = "") -> str | None:
    """A dateline in the article itself, ISO, or None.

    A dateline is an absolute full date near the top ("2024 فبراير 28 - تم تعديله",
    "الأربعاء 28 فبراير 2024", "حائل 3 شوال 1437 هـ الموافق 8 يوليو 2016 م واس"): in the
    title or the first 600 characters, at the start of its line or after at most three words
    (a city, a weekday), and ending its line or followed by a separator, الموافق or واس; so
    a sentence's date ("وزار الوفد المصنع في 14 مارس 2013 في الدمام") is not taken for it.
    """
    for source in (title, text[:600]):
        for m in find_dates(source):
            if _is_dateline(source, m):
                return m.start_date
    return None


def _is_dateline(source: str, m: DateMention) -> bool:
    """Whether a date mention is `publication_date`'s dateline."""
    if m.resolution != "absolute" or m.precision != "day" or not m.start_date:
        return False
    line_start = source.rfind("\n", 0, m.start) + 1
    words = re.findall(r"\w+", _fold(source[line_start : m.start])[0])
    after = _fold(source[m.end : m.end + 12])[0]
    return (
        len(words) <= 3
        and not _IN_SENTENCE.search(" ".join(words))
        and bool(_DATELINE_END.match(after))
    )


def dateline_end(text: str) -> int:
    """Where the article's dateline line ends ("أبها 12 شوال 1436 هـ الموافق 28 يوليو 2015 م
    واس"), 0 when its first line is none: the day it was written, never an event's."""
    first_line = text.find("\n")
    if not 0 <= first_line <= _DATELINE_LINE:
        return 0
    head = text[:first_line]
    return first_line if any(_is_dateline(head, m) for m in find_dates(head)) else 0


def event_status(
    start_date: str | None, end_date: str | None, today: date, published: str | None = None
) -> str:
    """Where an event stands on `today`: 'upcoming' | 'ongoing' | 'past' | 'announced' | 'unknown'.

    - past: its last day is before today; upcoming: its first day is after today;
    - ongoing: today falls between its first and last day, both known to the day;
    - announced: it was announced before it ended (`published` on or before its last day) but
      today cannot be placed against it: a period known only to the month or year that contains
      today ("2025", "نوفمبر المقبل"), or an end with no known start that is not past;
    - unknown: no date at all, or none of the above.
    """
    if not start_date and not end_date:
        return "unknown"
    first = iso_bounds(start_date)[0] if start_date else None
    last = iso_bounds(end_date or start_date or "")[1]
    if last < today:
        return "past"
    if first is not None and first > today:
        return "upcoming"
    day_precise = len(start_date or "") == 10 and len(end_date or start_date or "") == 10
    if first is not None and day_precise:
        return "ongoing"
    pub, _ = _published(published)
    return "announced" if pub is not None and pub <= last else "unknown"
