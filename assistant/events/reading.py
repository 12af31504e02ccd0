"""What a card does not hold, read at question time from the event's own articles.

A card is built once at ingest and keeps the fields every event has; a question may ask for
something only one article states: who chairs its committee, who hosts its first concert,
how many photographers took part. Once the card has told which event the question is about,
its source articles are short enough to read: `role_holder` finds the sentence that names the
role the question asks about ("من رئيس اللجنة المنظمة…", "من يدير الندوة…") and the name beside
it; `counted` finds the number beside the noun the question counts ("كم مصورا…",
"كم عدد الزوار…"), broken plurals included (طالبا/طلاب, محورا/محاور). Both return the
article span that holds the value, so the answer cites the sentence it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple

from assistant.offline.extract import PRONOUN_PREPOSITIONS, title_numbers
from assistant.offline.text import POINTS_BACK
from ingest.events.bodies import (
    OPEN_VERBS,
    PRONOUN_TITLES,
    BodyMention,
    find_bodies,
    is_generic_body,
)
from ingest.events.card import Evidence
from ingest.events.dates import find_dates
from ingest.events.places import ADMIN_UNITS, city_of_word, find_cities, find_venues
from ingest.events.spans import sentence_bounds
from language.analyzer import normalize
from language.sentences import split_sentences


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in text.split())


# an Arabic word with its span; punctuation between words is kept as its own token
_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670]+(?:[.,٬][0-9٠-٩]+)*|[^\s\w\u064b-\u065f\u0670]")
_PUNCT = frozenset("،,.:;؛!?؟()«»\"“”'-–")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")

# the cardinals a count is written in words with ("ثلاثين طالبا" is "30 طالبا")
_CARDINALS = {
    word: value
    for words, value in (
        ("اثنان اثنين اثنتان اثنتين", 2), ("ثلاث ثلاثة", 3), ("أربع أربعة", 4),
        ("خمس خمسة", 5), ("ست ستة", 6), ("سبع سبعة", 7), ("ثماني ثمانية", 8), ("تسع تسعة", 9), ("عشر عشرة", 10),
        ("عشرون عشرين", 20), ("ثلاثون ثلاثين", 30), ("أربعون أربعين", 40),
        ("خمسون خمسين", 50), ("ستون ستين", 60), ("سبعون سبعين", 70), ("ثمانون ثمانين", 80),
        ("تسعون تسعين", 90), ("مئة مائة", 100), ("مئتان مئتين مائتان مائتين", 200), ("ألف", 1000),
        # a dual is a number of its own: "نحو مليوني تذكرة", "ألفي زائر"
        ("ألفان ألفين ألفي", 2000), ("مليونان مليونين مليوني", 2_000_000),
    )
    for word in _words(words)
}  # fmt: skip
_THOUSANDS = frozenset(_words("ألف آلاف ألفا"))
# number words a count may be written with ("مئات", "ملايين": no value of their own here)
_NUMBER_WORDS = frozenset(_CARDINALS) | frozenset(_words("مئات آلاف ألفا مليون ملايين"))
_SCALE_WORDS = frozenset(_words("ألف آلاف مليون ملايين مئة مائة"))
_ABOUT: tuple[str, ...] = (
    *("اكثر من", "ازيد من", "ما يزيد علي", "ما يزيد عن", "نحو", "حوالي", "قرابه", "اكثر"),
    *("more than", "up to", "nearly", "almost", "about", "around", "some", "over"),
)

# words that introduce or end a name, not part of it
_TITLES = frozenset(
    _words(
        "الدكتور الدكتورة د المهندس المهندسة الأستاذ الأستاذة الشيخ الشيخة الأمير الأميرة"
        " السيد السيدة معالي سمو صاحب الفنان الفنانة المطرب المطربة الشاعر الشاعرة اللواء"
        " العميد العقيد النقيب الملازم الفريق الكاتب الكاتبة الإعلامي الإعلامية البروفيسور"
    )
)
_NAME_STOPS = (
    frozenset(
        _words(
            "أن إن في على عن من إلى الى الذي التي الذين خلال بعد قبل مع حيث كما وذلك ذلك هذا هذه"
            " كلمة أكد قال أوضح أشار بين أعلن ألقى يعقب وقد قد ثم عند لدى عبر حول ضمن منذ أمام"
            # "أدارها الإعلامي حسين العنكي بجانب ضيوفه": who is beside the name is not of it
            " بجانب برفقة بحضور بمشاركة بصفته وسط"
            # "الشيخ خالد العامر أنه …", "… قائلاً": what the person said begins
            " أنه أنها أنهم إنه إنها إنهم قائلا قائلة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة"
            " مضيفا مضيفة لافتا لافتة منوها منوهة"
            # "قائدة الفريق أثناء شرحها …", "الليلة التي أحياها … تعتبر تاريخية": when, or
            # what is said of it, not who
            " أثناء إثر عقب طوال طيلة تعتبر يعتبر تعد يعد"
        )
    )
    | PRONOUN_PREPOSITIONS
)  # "يحل الرئيس … ضيف شرف عليه": the event's, not a name
_OF_EVENT = frozenset(_words("على في"))  # "المشرف العام على المهرجان"
_NAME_LINKS = frozenset(_words("بن بنت ابن أبو أبي آل عبد"))
_SPEECH_VERBS = frozenset(
    _words(
        "قال وقال أوضح وأوضح أكد وأكد أشار وأشار أعلن وأعلن كشف وكشف ذكر وذكر بين وبين"
        " صرح وصرح لفت ولفت أفاد وأفاد أضاف وأضاف"
        # a woman speaking: "وقالت هند السالم، مديرة المهرجان"
        " قالت وقالت أوضحت وأوضحت أكدت وأكدت أشارت وأشارت أعلنت وأعلنت كشفت وكشفت ذكرت"
        " وذكرت بينت وبينت صرحت وصرحت لفتت ولفتت أفادت وأفادت أضافت وأضافت"
    )
)


@dataclass(frozen=True)
class _Tok:
    text: str
    norm: str
    start: int
    end: int

    @property
    def punct(self) -> bool:
        return self.text in _PUNCT or not any(ch.isalnum() for ch in self.text)


def _tokens(text: str) -> list[_Tok]:
    return [
        _Tok(m.group(), normalize(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)
    ]


@lru_cache(maxsize=100_000)
def _bare(norm: str, letters: bool = True, conj: bool = True) -> str:
    """A word without an attached conjunction, preposition or article, and its case ending;
    without `letters`, a first ب, ل or ك is kept as the word's own ("لاعبا": a player, not
    ل + "اعبا"); without `conj`, a first و or ف too ("فنانا": an artist, not ف + "نانا")."""
    word = norm
    for prefix in ("و", "ف") if conj else ():
        if word.startswith(prefix) and len(word) > 3:
            word = word[1:]
    for prefix in ("بال", "وال", "فال", "كال", "لل", "ال", "ب", "ل", "ك"):
        if len(prefix) == 1 and not letters:
            break
        # a letter of a word of three is its own: "لغة", "بيت" are no "ل" + "غة", "ب" + "يت"
        least = 3 if len(prefix) == 1 else 2
        if word.startswith(prefix) and len(word) - len(prefix) >= least:
            word = word[len(prefix) :]
            break
    return _unsuffixed(word)


def _unsuffixed(word: str) -> str:
    """A word without its ending only (a first ل/ب/ك kept: "لغة" and "لغات" meet)."""
    for suffix in ("ين", "ون", "ات", "ا", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=100_000)
def skeleton(norm: str) -> str:
    """The consonants of a word's core (long vowels and doubled letters gone): طالبا and
    طلاب, محورا and محاور, شابا and الشباب meet."""
    core = _bare(norm)
    out = ""
    for ch in core:
        if ch in "اويء":
            continue
        if not out or out[-1] != ch:
            out += ch
    return out


# broken plurals whose skeleton is too short to compare (units a count is often given in)
_PLURALS = {
    _bare(normalize(one)): _bare(normalize(many))
    for one, many in (
        ("يوم", "أيام"),
        ("شهر", "أشهر"),
        ("عام", "أعوام"),
        ("سنة", "سنوات"),
        ("أسبوع", "أسابيع"),
        ("ساعة", "ساعات"),
    )
}


def same_word(a: str, b: str, vowel_first: bool = True) -> bool:
    """Whether two normalized words are forms of one word (light prefix/suffix, or one
    skeleton of at least two consonants). Without `vowel_first`, a skeleton of two does not
    join a word starting with a long vowel to one that does not: nouns, where that vowel is
    seldom a prefix ("الأسر", families, is no "السيارات", cars), unlike verbs and their
    nouns ("يقام", "إقامة")."""
    ba, bb = _bare(a), _bare(b)
    if a == b or ba == bb or _unsuffixed(a) == _unsuffixed(b):
        return True
    # "لاعبا" and "اللاعبين": a first letter that is the word's own, not a preposition
    if _bare(a, letters=False) == _bare(b, letters=False):
        return True
    if _bare(a, letters=False, conj=False) == _bare(b, letters=False, conj=False):
        return True  # "فنانا" and "الفنانين"
    if _PLURALS.get(ba) == bb or _PLURALS.get(bb) == ba:
        return True
    if min(len(a), len(b)) < 3:
        return False  # "تم" (done) is no "يتيما" (orphans): a word of two letters is itself
    sa, sb = skeleton(a), skeleton(b)
    if not vowel_first and len(sa) == 2 and ba[:1] != bb[:1] and "ا" in (ba[:1], bb[:1]):
        return False
    return len(sa) >= 2 and sa == sb


def same_noun(a: str, b: str) -> bool:
    """Stricter than `same_word` for the noun a question is about: the feminine ending
    stays (مكتبة, a library, is not مكتب, an office)."""

    def core(word: str) -> str:
        word = _bare(word + "_").removesuffix("_")  # prefixes only: "_" shields the suffix
        for suffix in ("ات", "ين", "ون"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
        return word

    return a == b or core(a) == core(b)


@dataclass
class Found:
    """A value read from an article: the short answer and the span that states it."""

    value: str
    evidence: Evidence


ArticleText = Callable[[str], "str | None"]


def _texts(doc_ids: Iterable[str], text_of: ArticleText) -> list[tuple[str, str]]:
    out = []
    for doc_id in doc_ids:
        text = text_of(doc_id)
        if text:
            out.append((doc_id, text))
    return out


# ---------------------------------------------------------------- who holds a role
def role_holder(
    role: Sequence[str],
    doc_ids: Iterable[str],
    text_of: ArticleText,
    event_words: Callable[[str], bool],
    context: Sequence[str] = (),
) -> Found | None:
    """The person an article names in `role` (the question's normalized role words, head
    first: ["رئيس", "اللجنه", "العليا"]), with the span of the name.

    The longest run of the role's words wins (the earliest article's first; within an
    article, the one with more of the question's other words, `context`, just before it:
    "وفي صيد الأسماك … انتزع المركز الأول …" for the fishing contest's winner); the name is
    read after the role (past the words that name the event: "مدير المعرض أحمد العمري",
    and past the rest of the role up to a title: "رئيس لجنة الإرشاد في المنطقة الدكتور …") or,
    when no run of that length is followed by a name, before it ("وقال عدنان الدليمي رئيس
    …").
    """
    if not role:
        return None
    texts = _texts(doc_ids, text_of)
    if len(role) == 1 and _bare(role[0]) in _HONOURED:
        return _honoured(texts)  # "من يُكرَّم في الحفل؟": "… وتكريم فلان"
    runs = _role_runs(role, texts, context)
    # "من مؤلف ومخرج المسرحية", said nowhere so ("مؤسس ومدير المهرجان" may be): one person
    # holds both, and articles say "مؤلف المسرحية ومخرجها فلان": the first post with the
    # work is looked for, then the name past "its" other post
    both = len(role) > 2 and role[1].startswith("و") and _a_post(role[1][1:])
    both = both and (not runs or runs[0].matched < 3)
    if both:
        role = [role[0], *role[2:]]
        runs = _role_runs(role, texts, context)
    maker = _MAKERS.get(_bare(role[0])) if len(role) > 1 else None
    if maker and (not runs or runs[0].matched < 2):
        # "من كاتب المسرحية": "المسرحية التي كتبها فلان", the maker's verb with the work
        runs = _role_runs([maker, *role[1:]], texts, context)
    if not runs or (len(role) > 1 and runs[0].matched < 2):
        # only the head word of a role of several: not the role asked about, unless the role
        # is a speech credited with "ل" ("من ألقى كلمة …": "وتخلل الحفل كلمة لسامي القحطاني")
        # or a work's maker credited by the work ("من مخرج العرض؟": "من إخراج ممدوح سالم")
        if _bare(role[0]) in _CREDITS:
            return _credited(_CREDITS[_bare(role[0])], texts) or _credited_to(role, texts)
        return _speech_by(texts) if _SPEECH in role else None
    held = _holder(runs, event_words, both)
    if held is None:
        credit = _CREDITS.get(_bare(role[0]))
        return (_credited(credit, texts) or _credited_to(role, texts)) if credit else None
    run, (a, b) = held
    toks = run.toks
    text = text_of(run.doc_id) or ""
    start, end = toks[a].start, toks[b - 1].end
    if toks[a].norm.startswith("و") and toks[a].norm[1:] in _TITLES:
        start += 1  # "والدكتور مصطفى النشار": the name without the "and"
    return Found(text[start:end], Evidence(run.doc_id, start, end, text[start:end]))


# a maker of a work and the verbal noun a credit names them by ("من إخراج فلان")
_CREDITS = {
    _bare(normalize(maker)): normalize(work)
    for maker, work in (
        ("مخرج", "إخراج"),
        ("مؤلف", "تأليف"),
        ("معد", "إعداد"),
        ("ملحن", "ألحان"),
        ("مصمم", "تصميم"),
    )
}


# a maker of a work and the verb a report says they made it with ("التي كتبها فلان")
_MAKERS = {
    _bare(normalize(maker)): normalize(verb)
    for maker, verb in (("كاتب", "كتب"), ("مخرج", "أخرج"), ("مؤلف", "ألف"), ("ملحن", "لحن"))
}
_BY = frozenset(_words("من ومن"))
_CREDIT_REACH = 10  # words back from "وتأليف" to the credit it follows ("من إخراج فلان")


def _credited(work: str, texts: list[tuple[str, str]]) -> Found | None:
    """The person a credit names: "من إخراج ممدوح سالم" (`work` is "اخراج"); the name is a
    person's (a title or a word without the article), in the first article that gives one."""
    works = set(_CREDITS.values())
    for doc_id, text in texts:
        toks = _tokens(text)
        for i in range(len(toks) - 1):
            by = toks[i].norm in _BY and toks[i + 1].norm == work
            # "من إخراج فلان، وتأليف فلان": a credit after another
            also = toks[i].norm == "و" + work and any(
                toks[j].norm in _BY and toks[j + 1].norm in works
                for j in range(max(0, i - _CREDIT_REACH), i)
            )
            if not (by or also):
                continue
            k = i + 2 if by else i + 1
            if k >= len(toks):
                continue
            first = toks[k]
            if first.punct or (first.norm.startswith("ال") and first.norm not in _TITLES):
                continue  # "من إعداد الجمعية": a body, not a person
            span = _name_after(toks, k, _no_event)
            if span is None:
                continue
            start, end = toks[span[0]].start, toks[span[1] - 1].end
            return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))
    return None


_CREDIT_AFTER = 4  # words from the work's name to "للمخرج" after it


def _credited_to(role: Sequence[str], texts: list[tuple[str, str]]) -> Found | None:
    """The maker a work is credited to with "لل": "عرض فيلم «فوسفين» للمخرج فلان" for "من
    مخرج فيلم فوسفين" (`role`, its maker first): the credit said right after a word of the
    work's name, else the only one."""
    maker = _bare(role[0])
    credits = {"لل" + maker, "ل" + maker, "لل" + maker + "ه", "ل" + maker + "ه"}
    work = [w for w in role[1:] if len(w) > 2]
    found: list[Found] = []
    for doc_id, text in texts:
        toks = [t for t in _tokens(text) if not t.punct or t.text in _OPENING_QUOTES]
        for i in range(len(toks) - 1):
            if toks[i].norm not in credits:
                continue
            span = _name_after(toks, i + 1, _no_event)
            if span is None or toks[span[0]].norm.startswith("ال"):
                continue
            start, end = toks[span[0]].start, toks[span[1] - 1].end
            credit = Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))
            before = toks[max(0, i - _CREDIT_AFTER) : i]
            if any(same_word(t.norm, w) for t in before for w in work):
                return credit
            found.append(credit)
    # no credit after the work's name: only one credit is surely the work's
    return found[0] if len({f.value for f in found}) == 1 else None


# a question's verb of honouring with no object ("من يُكرَّم …؟", "من كُرِّم …؟"): who is
# honoured, named after the verbal noun ("وتكريم فلان")
_HONOURED = frozenset(_bare(w) for w in _words("يكرم تكرم كرم كرمت سيكرم"))
_HONOURING = normalize("تكريم")


def _honoured(texts: list[tuple[str, str]]) -> Found | None:
    """The person an article says is honoured: the name after "تكريم" ("وسيتم … تكريم
    سعيد الشهري المدير العام السابق"), not a group ("تكريم الفائزين"), in the first
    article that names one."""
    for doc_id, text in texts:
        toks = _tokens(text)
        for i in range(len(toks) - 1):
            if toks[i].norm.removeprefix("و").removeprefix("ب") != _HONOURING:
                continue
            first = toks[i + 1]
            if first.punct or (first.norm.startswith("ال") and first.norm not in _TITLES):
                continue  # "تكريم الفائزين", "تكريم المتطوعين": a group
            span = _name_after(toks, i + 1, _no_event)
            if span is None or span[1] - span[0] < 2:
                continue
            start, end = toks[span[0]].start, toks[span[1] - 1].end
            return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))
    return None


_SPEECH = normalize("كلمة")
_SPEECH_NOUNS = frozenset(_words("كلمة وكلمة"))


def _speech_by(texts: list[tuple[str, str]]) -> Found | None:
    """The speaker of a speech credited with "ل" ("كلمة لسامي القحطاني نائب رئيس النادي",
    "كلمة للدكتور سعد الغامدي"), never its audience ("كلمة للأهالي", "كلمة لهم")."""
    for doc_id, text in texts:
        toks = [t for t in _tokens(text) if not t.punct or t.text in _COMMAS]
        for i, tok in enumerate(toks[:-1]):
            nxt = toks[i + 1]
            if tok.norm not in _SPEECH_NOUNS or not nxt.norm.startswith("ل") or len(nxt.norm) < 4:
                continue
            if nxt.norm.startswith("لل"):  # "للدكتور": "ل" + "الدكتور", the name after it
                if "ال" + nxt.norm[2:] not in _TITLES:
                    continue
                rest = list(toks[i + 2 :])
            else:
                bare = _Tok(nxt.text[1:], nxt.norm[1:], nxt.start + 1, nxt.end)
                if bare.norm in _PRONOUN_ENDS or _bare(bare.norm) in _ROLE_NOUNS:
                    continue  # "كلمة لهم", "كلمة لرئيس اللجنة …": no name right after
                if not _may_start_name(bare):
                    continue
                rest = [bare, *toks[i + 2 :]]
            span = _name_after(rest, 0, lambda word: False)
            if span is None:
                continue
            last = next(
                (k for k in range(span[0] + 1, span[1]) if _bare(rest[k].norm) in _ROLE_NOUNS),
                span[1],
            )
            start, end = rest[span[0]].start, rest[last - 1].end
            return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))
    return None


# a role that ends the name said before it: "لسامي القحطاني نائب رئيس النادي"
_ROLE_NOUNS = frozenset(
    _bare(w) for w in _words("نائب رئيس مدير عضو أمين مشرف وكيل محافظ مستشار مساعد")
)
_PRONOUN_ENDS = frozenset(_words("هم هن ها ه كم"))


# the extractor's opening verbs, and those said before the event ("الذي سيدشن المهرجان"),
# which it leaves out: "تفتتح أمانة المحافظة …" names a body as often as a person
_OPENING_VERBS = OPEN_VERBS | frozenset(_words("سيفتتح تفتتح ستفتتح سيدشن تدشن ستدشن دشنت"))
_RELATIVES = frozenset(_words("الذي التي"))
_OPENED_REACH = 8  # words from the opening verb to the event it opens
_NOT_OPENERS = frozenset(_words("مساء صباح اليوم أمس امس أول غدا الليلة البارحة"))


def opener(
    doc_ids: Iterable[str], text_of: ArticleText, event_words: Callable[[str], bool]
) -> Found | None:
    """Who opens the event, as its articles say when its card does not: the subject of an
    opening verb whose object names the event ("افتتح أمير المنطقة الأمير … فعاليات
    المهرجان"), or the name before "الذي سيدشن المهرجان" or before "، افتتح المعرض"; never
    the event itself ("افتتحت فعاليات الملتقى", the activities were opened) or a time
    ("افتتح مساء أمس …")."""
    for doc_id, text in _texts(doc_ids, text_of):
        toks = _tokens(text)
        for i, tok in enumerate(toks):
            if tok.norm.removeprefix("و") not in _OPENING_VERBS:
                continue
            before, span = _opening_subject(toks, i)
            if span is None and not before and i + 1 < len(toks):
                span = (i + 1, i + 2)  # a role whose body is long: widened below, or dropped
            if span is None:
                continue
            # "افتتح رئيس غرفة تبوك سلمان الحربي المعرض": the role and its body go
            # with the name; the body's words may be the question's ("بغرفة الشرقية")
            name_at, span = (span[0], span) if before else _name_after_role(toks, span)
            if span[1] - span[0] < 2:
                continue
            # "… الحربي المعرض": the name ends where the event's word starts
            cut = next((k for k in range(name_at, span[1]) if event_words(toks[k].norm)), None)
            if cut is not None and cut - name_at >= 2:
                span = (span[0], cut)
            # the event opened is said within a few words of the verb, or right after a long
            # name and its time ("افتتح مدير جامعة … الدكتور … صباح اليوم الأحد الندوة")
            reach = max(i + 1 + _OPENED_REACH, span[1] + _OPENED_AFTER_NAME)
            ahead = [
                t for k, t in enumerate(toks[i + 1 : reach], i + 1) if not span[0] <= k < span[1]
            ]
            if not any(event_words(t.norm) for t in ahead):
                continue
            if any(event_words(t.norm) or t.norm in _NOT_OPENERS for t in toks[name_at : span[1]]):
                continue
            start, end = toks[span[0]].start, toks[span[1] - 1].end
            return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))
    return None


def _opening_subject(toks: Sequence[_Tok], i: int) -> tuple[bool, tuple[int, int] | None]:
    """(whether it is said before the verb, the span) of the subject of the opening verb at
    `i`: the name before "الذي سيدشن", or before "، افتتح" when a title or its clause's start
    leads it ("… أن المشرف العام الدكتور فلان، افتتح المعرض"); else the words after the
    verb ("وفي قاعة الملك فهد، افتتح المحافظ …")."""
    comma = i > 1 and toks[i - 1].text in _COMMAS
    relative = i > 0 and toks[i - 1].norm in _RELATIVES
    span = _name_before(toks, i - 1, leads=comma) if relative or comma else None
    if span is not None or relative:
        return True, span
    return False, _name_after(toks, i + 1, _no_event)


# ---------------------------------------------------------------- held within
_WITHIN = frozenset(_words("ضمن وضمن"))
_PROGRAMME = frozenset(_words("فعاليات أنشطة برامج برنامج احتفالات"))
# what the name of an event held within names first: "ضمن مهرجان …", not "ضمن سيارات …"
_PARENT_HEADS = frozenset(
    _words("مهرجان ملتقى مؤتمر معرض منتدى ندوة مبادرة حملة موسم مسابقة احتفالية أسبوع")
)
_PARENT_ENDS = frozenset(_words("لهذا هذا العام الحالي الجاري وذلك حيث هي هو"))
_PARENT_WORDS = 6  # words of the name of the event another is held within


def held_within(
    doc_ids: Iterable[str],
    text_of: ArticleText,
    event_words: Callable[[str], bool],
    head: str | None = None,
) -> Found | None:
    """The event another is held within, as its articles say: the name after "ضمن" (and
    "فعاليات", kept) in a sentence that names the event asked about before it ("… ركن
    المنحوتات بمهرجان أبها للتسوق ضمن فعاليات مهرجان أبها يجمعنا 1436هـ"); the name ends at
    punctuation, a word no name holds, or a year. Never the event asked about itself. With
    `head` (the noun asked: "ضمن أي ملتقى"), only one named by it."""
    found = _held_within(doc_ids, text_of, event_words)
    if head is None or _bare(head) not in _PARENT_HEADS:
        return next(found, None)
    # "ضمن أي ملتقى": a forum, not the festival the same report also names
    return next((f for f in found if any(same_word(head, w) for w in _words(f.value))), None)


def _held_within(
    doc_ids: Iterable[str], text_of: ArticleText, event_words: Callable[[str], bool]
) -> Iterator[Found]:
    for doc_id, text in _texts(doc_ids, text_of):
        toks = _tokens(text)
        sentences = split_sentences(text)
        for i, tok in enumerate(toks):
            # "الـ17ضمن فعاليات": the word glued to the number before it
            if re.sub(r"^(?:ال)?\d+", "", tok.norm.translate(_DIGITS)) not in _WITHIN:
                continue
            end = _parent_end(toks, i + 1)
            if end is None or all(event_words(t.norm) for t in toks[i + 1 : end]):
                continue
            lo = (sentence_at(sentences, tok.start) or (0, 0))[0]
            if not any(event_words(t.norm) for t in toks[:i] if t.start >= lo):
                continue
            start, stop = toks[i + 1].start, toks[end - 1].end
            yield Found(text[start:stop], Evidence(doc_id, start, stop, text[start:stop]))


def _parent_end(toks: Sequence[_Tok], k: int) -> int | None:
    """Where the name of an event said at `k`, after "ضمن", ends; None when no event's name
    is said there ("ضمن سيارات رصدها المهرجان": among things; "ضمن فعاليات الملتقى": the
    event said before)."""
    programme = k < len(toks) and toks[k].norm in _PROGRAMME
    k += programme
    if not programme and (k >= len(toks) or _bare(toks[k].norm) not in _PARENT_HEADS):
        return None
    end = k
    while end < len(toks) and end - k < _PARENT_WORDS:
        word = toks[end]
        if word.punct or _stops_name(word) or word.norm in _PARENT_ENDS:
            break
        end += 1
        if word.norm.translate(_DIGITS)[:1].isdigit():
            break  # "مهرجان جدة 36", "… 1436هـ": its year or number ends the name
    if end == k:
        return None
    if end == k + 1 and toks[k].norm.startswith("ال") and _bare(toks[k].norm) in _PARENT_HEADS:
        return None
    return end


def _no_event(word: str) -> bool:
    return False


_OPENED_AFTER_NAME = 5  # words from an opener's name to the event it opens


def _name_after_role(toks: Sequence[_Tok], span: tuple[int, int]) -> tuple[int, tuple[int, int]]:
    """(where the person's name starts, the span widened to its end) when `span` opens with a
    role and the body it is of ("رئيس غرفة تبوك سلمان بن فهد الحربي"); else `span` as it
    is, its name starting at its first word."""
    first, end = span
    if _bare(toks[first].norm) not in _ROLE_NOUNS:
        return first, span
    # past the body's head ("غرفة") and its definite words or town ("الشرقية", "تبوك")
    j = first + 2
    while (
        j < len(toks)
        and j - first < _BODY_REACH
        and (_of_a_body(toks[j]) or (not toks[j].punct and city_of_word(toks[j].norm)))
    ):
        j += 1
    if j == first + 2 or j >= len(toks) or not _may_start_name(toks[j]):
        return first, span
    k = j
    while k < len(toks) and toks[k].norm in _TITLES:
        k += 1  # "الدكتور خالد …": the title with the name
    name_end = _name_run(toks, k)
    if len([t for t in toks[k:name_end] if t.norm not in _NAME_LINKS]) < 2:
        return first, span
    return j, (first, max(end, name_end))


class _Run(NamedTuple):
    """Where an article holds the role's words: `matched` of them, the name looked for
    before `start` or after `end`."""

    matched: int
    pronoun: bool  # the verb with its object as a pronoun ("ألقاها"), not the role in full
    exact: int  # role words held as such, not only by their consonants ("نادي" for "ندوة")
    order: int  # the article's place among those read
    start: int
    end: int
    doc_id: str
    toks: list[_Tok]
    said_from: int = -1  # where the object of a verb with a pronoun ("… ألقاها") is named


def _holder(
    runs: list[_Run], event_words: Callable[[str], bool], both: bool = False
) -> tuple[_Run, tuple[int, int]] | None:
    """The first run a name follows ("… للمشرفات والمدربات المتطوعات …، … المدرب ناصر
    البلوي"), else the first a name stands before, else the subject of a relative clause
    holding the role ("فلان، الذي سلم الشهادات"), with the name's span."""
    for run in runs:
        span = _name_after(run.toks, run.end, event_words, of_role=True, both=both)
        if span is not None:
            return run, span
    for run in runs:
        if (span := _name_before(run.toks, run.start, leads=True)) is not None:
            return run, span
    for run in runs:
        if (span := _name_said_before(run.toks, run.start)) is not None:
            return run, span
    for run in runs:
        if (span := _name_before_who(run.toks, run.start)) is not None:
            return run, span
    return None


def _name_before_who(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """The name a relative clause holding the role is said of: "بحضور مدير الإدارة سالم بن
    فهد العتيبي، الذي وزع شهادات البرنامج" for "من وزع شهادات البرنامج". A name of two
    words or more that starts with a given name, not "ال" (a body: "المعهد، الذي …")."""
    k = i - 1
    if k < 1 or toks[k].norm not in _RELATIVES:
        return None
    if toks[k - 1].text in _COMMAS:
        k -= 1
    span = _name_before(toks, k)
    if span is None:
        return None
    # only the last word of a name may be definite (its family name): the name starts after
    # any other ("الحضور المعهد العالي" is none)
    a, b = span
    start = next((m + 1 for m in range(b - 2, a - 1, -1) if toks[m].norm.startswith("ال")), a)
    words = [t for t in toks[start:b] if t.norm not in _NAME_LINKS]
    if len(words) < 2 or toks[start].norm.startswith("ال") or any(t.punct for t in words):
        return None
    return start, b


_COMMAS = frozenset((",", "،"))
_APPOSED = 6  # words of a role said in apposition between a name and the role asked about


def _name_said_before(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """The name a speech verb introduces before the role, a comma or an apposition between:
    "وقال سامر يوسف، مستشار الهيئة، المتحدث الرسمي باسم المؤتمر"."""
    k = i - 1
    for _ in range(2):
        if k <= 0 or toks[k].text not in _COMMAS:
            return None
        span = _name_before(toks, k)
        if span is not None and span[0] > 0 and toks[span[0] - 1].norm in _SPEECH_VERBS:
            return span
        j = k - 1  # back over one apposition to the comma before it
        while j > 0 and k - j <= _APPOSED and toks[j].text not in _COMMAS:
            if toks[j].punct:
                return None
            j -= 1
        k = j
    return None


# words between the object and its verb: "محاضرة عن السلامة ألقاها", "ورشة عمل … للشباب
# المهتمين بالسرد (القصة- الرواية) قدمها" (within the sentence)
_OBJECT_BEFORE = 16
_SENTENCE_ENDS = frozenset(".؛!?؟")


_CONTEXT_BEFORE = 20  # tokens before a role's words where the question's other words say which
_CONTEXT_AFTER = 5


def _near(
    toks: Sequence[_Tok],
    start: int,
    end: int,
    context: Sequence[str],
    lo: int = -1,
    after: int = _CONTEXT_AFTER,
) -> int:
    """How many of the question's words stand just before (from `lo`, when given) or right
    after (`after` tokens) tokens start..end."""
    lo = lo if lo >= 0 else max(0, start - _CONTEXT_BEFORE)
    hi = min(len(toks), end + after)
    near = [t.norm for t in (*toks[lo:start], *toks[end:hi]) if not t.punct]
    return sum(any(same_word(w, n) for n in near) for w in context)


def _role_runs(
    role: Sequence[str], texts: list[tuple[str, str]], context: Sequence[str] = ()
) -> list[_Run]:
    """The longest runs of the role's words in `texts`, the role said in full before a verb
    with its object as a pronoun, then earliest article and place first. A role asked with a
    verb and its object ("من قدم الدورة") is also held by the verb with the object as a
    pronoun, the object just before it: "المحاضرة التي ألقاها الدكتور …"; the role said in
    full comes first: "ألقى كلمة اللجنة … الدكتور …" before "وكلمة القبائل ألقاها …",
    another speech."""
    found = []
    for order, (doc_id, text) in enumerate(texts):
        toks = _tokens(text)
        for i, tok in enumerate(toks):
            if tok.punct:
                continue
            if _same_role(tok.norm, role[0]):
                if i > 0 and toks[i - 1].norm.removeprefix("و") in _DEPUTIES:
                    continue  # "نائب رئيس اللجنة" is the head's deputy, not the head
                end = _run_end(toks, i, role)
                exact = sum(
                    _bare(t.norm) == _bare(w) for t, w in zip(toks[i:end], role, strict=False)
                )
                found.append(_Run(end - i, False, exact, order, i, end, doc_id, toks))
            elif len(role) > 1 and (obj := _verb_of_object(toks, i, role[0], role[1])) >= 0:
                found.append(_Run(2, True, 2, order, i, i + 1, doc_id, toks, obj))
            if len(role) > 1 and _subject_between(toks, i, role[0], role[1]):
                found.append(_Run(2, False, 2, order, i, i + 1, doc_id, toks))
    most = max((run.matched for run in found), default=0)
    longest = [run for run in found if run.matched == most]

    # "من أدار الندوة": "الندوة التي أدارها …" before "مجلس إدارة نادي …", whose words are
    # the role's only by their consonants
    def key(run: _Run) -> tuple[int, bool, int, int, int]:
        return -run.exact, run.pronoun, run.order, -_run_near(run, role, context), run.start

    return sorted(longest, key=key)


def _run_near(run: _Run, role: Sequence[str], context: Sequence[str]) -> int:
    """How many of the question's other words say a run is the one asked about: those just
    before it; for a verb with its object as a pronoun, those between the object and the
    verb, the role's own words past the verb and object among them ("محاضرة بعنوان: (…)
    يلقيها فلان، يتبعها محاضرة بعنوان: (…) يلقيها فلان": the lecture whose title the
    question gives)."""
    if run.said_from >= 0:
        return _near(run.toks, run.start, run.start, [*context, *role[2:]], run.said_from)
    return _near(run.toks, run.start, run.end, context) if context else 0


_DEPUTIES = frozenset(_words("نائب مساعد"))


def _verb_of_object(toks: Sequence[_Tok], i: int, verb: str, obj: str) -> int:
    """Where the object is named when token `i` is `verb` with its object as a pronoun
    ("قدمها", "ألقاها") and the object is named in the words of its sentence just before it
    ("المحاضرة … التي ألقاها"); else -1."""
    word = toks[i].norm.removeprefix("و")
    stems = {verb, verb[:-1] + "ا"} if verb.endswith("ي") else {verb}  # ألقى -> ألقاها
    if not any(word in (v + "ها", v + "ه") for v in stems):
        return -1
    words = 0
    for k in range(i - 1, -1, -1):
        if toks[k].text in _SENTENCE_ENDS or words >= _OBJECT_BEFORE:
            return -1
        if same_word(toks[k].norm, obj):
            return k
        words += not toks[k].punct
    return -1


def _subject_between(toks: Sequence[_Tok], i: int, verb: str, obj: str) -> bool:
    """Whether token `i` is the question's verb with its subject, a name, before its
    object: "واستعرض مدير الإدارة المهندس سامي الحربي، المبادرات …" for "من استعرض
    المبادرات"."""
    if toks[i].norm.removeprefix("و") != verb or verb.startswith("ال") or verb in _TITLES:
        return False
    span = _name_after(toks, i + 1, lambda word: False)
    if span is None:
        return False
    k = span[1] + (span[1] < len(toks) and toks[span[1]].text in _COMMAS)
    return k < len(toks) and same_word(toks[k].norm, obj)


def _same_role(word: str, head: str) -> bool:
    """Whether a word is the role's head word, in its number: "المدربات" (trainers, a
    group) holds no "المدرب" (the trainer) a person is named in."""
    return same_word(word, head) and word.endswith("ات") == head.endswith("ات")


def _run_end(toks: Sequence[_Tok], i: int, role: Sequence[str]) -> int:
    """The end of the run of `role`'s words that starts at `i` (its head word)."""
    j = i + 1
    for word in role[1:]:
        if j >= len(toks) or toks[j].punct or not same_word(toks[j].norm, word):
            break
        j += 1
    return j


def _name_run(toks: Sequence[_Tok], k: int, most: int = 3) -> int:
    """The end of a name starting at `k`: up to `most` words (بن, بنت, عبد … not counted),
    stopping at punctuation or a word that cannot be part of a name."""
    end, words = k, 0
    while end < len(toks) and words < most:
        tok = toks[end]
        if tok.punct or _stops_name(tok) or tok.norm.isdigit():
            break
        if end > k and tok.norm.startswith("و"):
            break  # "… والمختص": the next item of a list
        if end > k and tok.norm.startswith(("بال", "لل")):
            break  # "أشاد فلان بالمتطوعين": the verb's object, not the name
        if end > k and tok.norm.startswith("ال") and _bare(tok.norm) in _ROLE_NOUNS:
            break  # "سعيد الشهري المدير العام السابق": his post follows the name
        end += 1
        words += tok.norm not in _NAME_LINKS
    return end


def _stops_name(tok: _Tok) -> bool:
    # normalized, the name علي is the preposition على: the written word tells them apart
    return tok.norm in _NAME_STOPS and tok.text != "علي"


def _past_event(toks: Sequence[_Tok], j: int, event_words: Callable[[str], bool]) -> int:
    """Past the words after a role that name the event it belongs to: "… للملتقى", "…
    المهرجان", "المشرف العام على البرنامج سلمان القرشي"."""
    k = j
    if k + 1 < len(toks) and toks[k].norm in _OF_EVENT and event_words(toks[k + 1].norm):
        k += 1
    while k < len(toks) and k - j < 6 and not toks[k].punct:
        # "لفعاليات صيف الجوف 36": the number of its edition or year ends the name
        if not (event_words(toks[k].norm) or (k > j and toks[k].norm.isdigit())):
            break
        k += 1
    return k


# what a sentence says happened to a person named after the role, whose name that is not:
# "رحب رئيس اللجنة بانضمام الأمير …", "… بحضور الدكتور …"
_OCCASIONS = frozenset(
    _bare(word)
    for word in _words("انضمام حضور مشاركة تكريم استقبال ترحيب تعيين اختيار ترشيح فوز تهنئة زيارة")
)


def _name_after(
    toks: Sequence[_Tok],
    j: int,
    event_words: Callable[[str], bool],
    of_role: bool = False,
    both: bool = False,
) -> tuple[int, int] | None:
    """The name said after `j`; with `of_role` (`j` ends the words of the role asked about),
    past a second post the person holds (`_past_second_post`) and what qualifies the post
    ("المشرف العام على البرنامج" for "من المشرف على البرنامج"); with `both` (the question
    gave two posts of one work), past "its" other post ("ومخرجها"). After a role, a name
    with no title starts with a given name ("تدشين فلان محافظ أملج فعاليات السوق الشعبي":
    none), or with a noun describing the person before one ("الفنان سعد")."""
    k = _name_start(toks, j, event_words, of_role, both)
    if k < len(toks) and toks[k].norm in _HIS_HIGHNESS:
        return _prince_before(toks, k)
    return _name_from(toks, k, of_role)


def _name_from(toks: Sequence[_Tok], k: int, of_role: bool) -> tuple[int, int] | None:
    """The name starting at `k`, with its titles (see `_name_after`), or None."""
    if k >= len(toks) or not _may_start_name(toks[k]):
        return None
    first = k
    while k < len(toks) and (toks[k].norm in _TITLES or toks[k].norm[1:] in _TITLES):
        k += 1  # titles belong with the name ("الدكتور عبدالله الوشمي")
        if k < len(toks) and toks[k].text == "." and toks[k - 1].norm == "د":
            k += 1  # "د. حاتم طه": the abbreviation's dot
    quoted = k > first and k + 1 < len(toks) and toks[k].text in _OPENING_QUOTES
    k += quoted  # 'الشاعر "ناصر القرني"': the name in quotes after its title
    for _ in range(2):  # "المطربة المصرية الشهيرة أنغام": a title's adjectives
        if k > first and k < len(toks) and toks[k].norm.startswith("ال") and k + 1 < len(toks):
            nxt = toks[k + 1]
            if not nxt.punct and not nxt.norm.startswith("ال") and not _stops_name(nxt):
                break
            k += 1
    if of_role and k == first and not _starts_a_name(toks, k):
        return None
    end = _name_run(toks, k)
    if end == k:
        return None
    if quoted and end < len(toks) and toks[end].text in _CLOSING_QUOTES:
        end += 1
    return first, end


_HIS_HIGHNESS = frozenset(_words("سموه سموها"))
_PRINCES = frozenset(_words("الأمير الأميرة"))


def _prince_before(toks: Sequence[_Tok], k: int) -> tuple[int, int] | None:
    """ "الكلمة التي ألقاها سموه": the prince or princess the article named last before `k`,
    with the title ("الأمير فلان بن فلان")."""
    for i in range(k - 1, -1, -1):
        if toks[i].norm in _PRINCES:
            end = _name_run(toks, i + 1)
            return (i, end) if end > i + 1 else None
    return None


def _starts_a_name(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the untitled word at `k` may start a person's name: a given name, or a definite
    noun describing the person before one ("الفنان سعد"); not "السوق الشعبي"."""
    if not toks[k].norm.startswith("ال") or len(toks[k].norm) <= 3:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and not nxt.norm.startswith("ال") and _may_start_name(nxt)


def _a_post(norm: str) -> bool:
    """A post ("مدير") or a maker of a work ("مخرج"), normalized."""
    return _bare(norm) in _ROLE_NOUNS or _bare(norm) in _MAKERS


def _its_post(tok: _Tok) -> bool:
    """ "ومخرجها", "ومديره": "and its director", a post or a maker of what the role's words
    named, held by the person the role asked about."""
    norm = tok.norm
    if not norm.startswith("و"):
        return False
    end = next((e for e in ("ها", "ه") if norm.endswith(e)), None)
    return end is not None and _a_post(norm[1 : -len(end)])


def _name_start(
    toks: Sequence[_Tok],
    j: int,
    event_words: Callable[[str], bool],
    of_role: bool,
    both: bool = False,
) -> int:
    """Where the name said after `j` starts: past the event's words, a comma, the rest of a
    body's name and (with `of_role`) a copula and a second post; `len(toks)` for none."""
    k = _past_event(toks, _past_qualifiers(toks, j) if of_role else j, event_words)
    if of_role and k < len(toks) and toks[k].norm in _COPULAS:
        k += 1  # "فكان الفائز بقرار اللجنة هو الشاعر …"
    if k + 1 < len(toks) and toks[k].text in ("،", ","):
        k += 1  # "عامل إقليم بركان، محمد علي حبوها،": the name in apposition
    if both and k < len(toks) and _its_post(toks[k]):
        k += 1  # "مؤلف المسرحية ومخرجها فلان": the other post the question gave
    k = _past_body(toks, k)
    k = _title_ahead(toks, _past_second_post(toks, k) if of_role else k)
    if of_role and k < len(toks) and _bare(toks[k].norm) in _ROLE_NOUNS:
        # "يلقيها عضو هيئة التدريس في كلية … بجامعة … الدكتور …": the name past the post;
        # "مدير الشرطة رئيس اللجنة الأمنية المواقع …": a post with no name after it
        k = _title_ahead(toks, k, _BODY_REACH)
        if _bare(toks[k].norm) in _ROLE_NOUNS:
            return len(toks)
    return k


_COPULAS = frozenset(_words("هو هي"))
_OPENING_QUOTES = frozenset('"“«')
_CLOSING_QUOTES = frozenset('"”»')
_AGENT = normalize("وكيل")  # a post whose first letter is no "و"
# what qualifies a post after its noun: "المدير العام", "الرئيس التنفيذي", "المشرف المكلف"
_POST_QUALIFIERS = frozenset(
    _words("العام العامة التنفيذي التنفيذية المكلف المكلفة الفخري الفخرية الإقليمي الإقليمية")
)


def _past_qualifiers(toks: Sequence[_Tok], j: int) -> int:
    """Past the words qualifying a post said after its noun ("العام" of "المشرف العام")."""
    while j < len(toks) and toks[j].norm in _POST_QUALIFIERS:
        j += 1
    return j


def _past_second_post(toks: Sequence[_Tok], k: int) -> int:
    """Past a second post the person holds, said between the role asked about and the name:
    "أمير المنطقة رئيس لجنة السياحة فيها الأمير سعد بن فهد". Only where
    a title or a name of two words or more follows the post's body; `k` otherwise."""
    if k >= len(toks) or _bare(toks[k].norm) not in _ROLE_NOUNS:
        return k
    if toks[k].norm.startswith("و") and toks[k].norm != _AGENT:
        return k  # "ومدير التعليم …": another person's post
    j = k + 2  # the post and its body's head ("رئيس مجلس")
    while j < len(toks) and j - k < _BODY_REACH and _of_a_body(toks[j]):
        j += 1
    if j >= len(toks) or j - k >= _BODY_REACH or not _may_start_name(toks[j]):
        return k
    if toks[j].norm in _TITLES:
        return j
    run = [t for t in toks[j : _name_run(toks, j)] if t.norm not in _NAME_LINKS]
    return j if len(run) >= 2 else k


_BODY_REACH = 10  # words of a body's name said after the role's own


def _past_body(toks: Sequence[_Tok], k: int) -> int:
    """Past the rest of a body's name that the role goes on with before the person's name:
    "رئيس النادي الأدبي بتبوك سعد بن خالد العنزي", "مدير عام فرع الهيئة العامة للزراعة …
    المكلف فهد بن سالم …". Only where a name of two words or more follows; `k` otherwise."""
    j = k
    while j < len(toks) and j - k < _BODY_REACH and _of_a_body(toks[j]):
        j += 1
    if j == k or j >= len(toks) or j - k >= _BODY_REACH or not _may_start_name(toks[j]):
        return k
    run = [t for t in toks[j : _name_run(toks, j)] if t.norm not in _NAME_LINKS]
    return j if len(run) >= 2 else k


def _of_a_body(tok: _Tok) -> bool:
    """A word of a body's name or its place: definite ("العامة", "للزراعة", "والمياه"), or a
    town or a region after "ب" ("بتبوك", "بمنطقة"); not a title, a stop word or "آل"."""
    norm = tok.norm
    if tok.punct or norm in _TITLES or norm in _NAME_STOPS or norm in _NAME_LINKS:
        return False
    if norm.startswith(("ال", "لل", "وال", "بال")) and len(norm) > 3:
        return True
    return norm[:1] == "ب" and (norm[1:] in ADMIN_UNITS or city_of_word(norm[1:]) is not None)


def _may_start_name(tok: _Tok) -> bool:
    if tok.punct or _stops_name(tok) or tok.norm in PRONOUN_TITLES:
        return False  # "ألقاها سموه أمس": the person is named before, not here
    if tok.norm.startswith("و") and tok.norm[1:] not in _TITLES:
        return False  # "رئيس اللجنة … والمختص": a second role, the name stood before
    # "مركز الملك فيصل للدراسات", "رحب رئيس اللجنة بانضمام …": no name; nor "مدير الدفاع
    # المدني بالمنطقة المواقع": "in the region" qualifies the post
    return not tok.norm.startswith(("لل", "بال")) and _bare(tok.norm) not in _OCCASIONS


def _another_post(tok: _Tok) -> bool:
    """A second post joined by "و": "وقائد", "ومدير" (an indefinite noun, the head of its
    own phrase); "والهندسة" of "كلية العلوم والهندسة" goes on with the body's name."""
    norm = tok.norm
    return (
        norm.startswith("و")
        and norm != _AGENT
        and len(norm) > 3
        and not norm.startswith("وال")
        and norm[1:] not in _TITLES
        and norm[1:] not in _NAME_STOPS
    )


def _title_ahead(toks: Sequence[_Tok], k: int, most: int = 4) -> int:
    """Where a title ("الدكتور") starts a name within `most` words after the role's words
    the question gave, when the role goes on first ("رئيس لجنة الإرشاد الزراعي في المنطقة
    الدكتور ماجد الشهري", "عميد كلية العلوم والهندسة بالفرع الدكتور …"); `k` itself
    otherwise."""
    for m in range(k, min(k + most + 1, len(toks))):
        if toks[m].punct or _bare(toks[m].norm) in _OCCASIONS:
            break  # "رحب رئيس اللجنة بانضمام الأمير …": another person, welcomed
        if _another_post(toks[m]):
            break  # "مدير الشرطة وقائد القوة اللواء …": the title is the second post's
        if m > k and toks[m].norm in _TITLES:
            return m
    return k


_HONORIFICS = frozenset(_words("معالي سعادة فخامة سماحة سمو"))


def _name_before(toks: Sequence[_Tok], i: int, leads: bool = False) -> tuple[int, int] | None:
    """The name said right before `i` ("وقال عدنان الدليمي رئيس …"); with `leads`, only one
    that starts its clause (after a speech verb, punctuation or a conjunction) or with a
    title: "وفي بداية الاجتماع رحب رئيس اللجنة" names nobody before the role."""
    if i > 0 and toks[i - 1].norm in _HONORIFICS:
        return None  # "وتهاني معالي رئيس المؤسسة": the honorific is the role's, no name
    k = i
    while k > 0 and i - k < 4:
        tok = toks[k - 1]
        if tok.punct or _stops_name(tok) or tok.norm in _SPEECH_VERBS:
            break
        if tok.norm.startswith("و") and tok.norm[1:] in _NAME_STOPS:
            break  # "وفي", "ومن": a clause of its own starts here
        k -= 1
        if tok.norm.startswith("و") and len(tok.norm) > 2:
            break  # "والدكتور مصطفى النشار": the list item starts here
    if k == i or (k == i - 1 and toks[k].norm.startswith("و")):
        return None  # "ورحب رئيس اللجنة …": a verb with its "and", no name
    # "وتفقد اللواء سالم …": the name starts at its title, past the verb
    k = next((m for m in range(k + 1, i - 1) if toks[m].norm in _TITLES), k)
    titled = toks[k].norm.removeprefix("و") in _TITLES
    if leads and k > 0 and not titled and toks[k - 1].norm in _TITLES:
        k, titled = k - 1, True  # "الأمير سعد بن خالد رئيس اللجنة"
    begins = k == 0 or toks[k - 1].punct or toks[k].norm.startswith("و")
    said = k > 0 and toks[k - 1].norm in _SPEECH_VERBS
    if leads and not (titled or begins or said):
        return None
    if leads and not (titled or said) and i - k < 2:
        return None  # "وعلى هامش جولته، اجتمع مدير الشرطة …": one word, a verb, no name
    return k, i


# ---------------------------------------------------------------- how many
def _number_at(toks: Sequence[_Tok], i: int) -> bool:
    # the written form: normalizing reads the "," of "70,000" as a space
    raw = _ONTO_DIGITS.sub("", toks[i].text.translate(_DIGITS))
    return (
        bool(re.fullmatch(r"\d+(?:[.,٬]\d+)*", raw))
        or _letter_off(toks[i].norm.translate(_DIGITS)) in _NUMBER_WORDS
        or _en_number_word(toks, i)
    )


# "و3 آلاف ريال", "يمتد لـ10 أيام": "and" or a preposition written onto a number's digits;
# "تخطوا حاجز الـ1500 مشاهد": the article
_ONTO_DIGITS = re.compile(r"^(?:[وب]|[بل]ـ|الـ?)(?=\d)")
_ONTO_WORD = {"و": 2, "ب": 2, "ل": 3}  # the letter, and the length a word must pass to have it


def _letter_off(norm: str) -> str:
    """A number word without the letter written onto it ("لعشرين" → "عشرين"); a word too
    short to hold one is kept ("لست" is "I am not")."""
    short = _ONTO_WORD.get(norm[:1])
    return norm[1:] if short is not None and len(norm) > short else norm


# English numbers in words ("Twenty-one films", "some 400 companies", "hundreds of")
_EN_NUMBER_WORDS = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "dozen", "dozens",
    }
)  # fmt: skip


def _en_number_word(toks: Sequence[_Tok], i: int) -> bool:
    """ "Twenty-one": a number word, or the last part of one joined by a hyphen."""
    word = toks[i].text.lower()
    if word not in _EN_NUMBER_WORDS and not (
        i >= 2 and toks[i - 1].text == "-" and toks[i - 2].text.lower() in _EN_NUMBER_WORDS
    ):
        return False
    # "Twenty" of "Twenty-one": the number ends at its last part
    return not (i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].text.isalpha())


def counted(
    nouns: Sequence[str],
    doc_ids: Iterable[str],
    text_of: ArticleText,
    context: Sequence[str],
    own: int = 0,
    elsewhere: Callable[[str, int], bool] = lambda text, pos: False,
) -> Found | None:
    """The number an article gives for `nouns` (the question's counted noun first, as
    normalized words), with the span from the number to the noun; not one `elsewhere` says
    is another event's (by the article's text and the count's offset).

    A number directly before the noun ("120 مصورا", "ثمانية محاور", "(14) رئيس") beats one a
    few words after it ("زواره الذين تجاوزوا 4 آلاف"); among equals, the sentence sharing
    more of the question's `context` words wins. The first `own` articles are the event's
    own: a count read there beats any read in the others (another contest's "30 مشاركا" is
    not this one's). The same count in an earlier article is quoted from there.
    """
    if not nouns:
        return None
    head = nouns[0]
    pins = pinning_numbers(context)
    best: tuple[bool, bool, float, int] | None = None  # pinned, own article, score, -order
    words_of_best = ""
    found: list[tuple[int, str, int, int, str]] = []  # every count read: order, doc, span, words
    for order, (doc_id, text) in enumerate(_texts(doc_ids, text_of)):
        toks = _tokens(text)
        for a, b, score, words in _counts_in(toks, head, context, title_numbers(text)):
            if elsewhere(text, toks[a].start):
                continue
            found.append((order, doc_id, toks[a].start, toks[b - 1].end, words))
            key = (_pinned(toks, a, b, pins), order < own, score, -order)
            if best is None or key > best:
                best, words_of_best = key, words
    if best is None:
        return None
    _, doc_id, start, end, _ = min(f for f in found if f[4] == words_of_best)
    text = text_of(doc_id) or ""
    if text[start : start + 1] in ("و", "ب", "ل") and _numeral_after(text, start + 1):
        start += 1  # "و3 آلاف ريال", "لعشرين طالباً": the number without its "and" or "for"
    elif re.match(r"[بل]ـ\d", text[start : start + 3]):
        start += 2  # "لـ10 أيام"
    elif (article := re.match(r"الـ?(?=\d)", text[start : start + 4])) is not None:
        start += article.end()  # "الـ1500 مشاهد"
    return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))


def _numeral_after(text: str, pos: int) -> bool:
    """Whether a number starts at `pos`, in digits or in words ("عشرين")."""
    if text[pos : pos + 1].isdigit():
        return True
    word = re.match(r"\w+", text[pos:])
    return word is not None and normalize(word.group()) in _NUMBER_WORDS


# an area: "على مساحة 40 ألف متر مربع", "تبلغ مساحتها 9 آلاف متر مربع", "بمساحة (120 ألف متر
# مربع)", as the article writes it
_AREA_RE = re.compile(
    r"(?<!\w)(?:ب|و|على |علي )?مساح(?:ة|ه|ته|تها)\s+(?:\S+\s+){0,3}?\(?\s*"
    r"(?P<n>(?:أكثر من |اكثر من |نحو |حوالي |قرابة )?[0-9٠-٩][0-9٠-٩.,٬]*"
    r"(?:\s+(?:ألف|الف|آلاف|مليون))?\s+(?:متر|مترا|مترًا|متراً|كيلومتر|كيلو متر|هكتار)[اًا]*"
    r"(?:\s+مربع(?:اً|ًا|ا)?)?)"
)


def area_of(doc_ids: Iterable[str], text_of: ArticleText) -> Found | None:
    """The area the first article that states one gives first ("يمتد المنتزه على مساحة 40
    ألف متر مربع"): the whole is said before its parts ("وتضم … مواقف بمساحة 3 آلاف متر
    مربع"). A length ("بطول 1200 متر") is no area."""
    for doc_id, text in _texts(doc_ids, text_of):
        m = _AREA_RE.search(text)
        if m is not None:
            start, end = m.span("n")
            return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))
    return None


# a number the question states that only one report can hold ("… محملة بـ194.792 كرتونا؟",
# "… التي حملتها 1467 سيارة؟"): three digits or more, or a fraction, and no year
_PIN_NUMBER = re.compile(r"\d+(?:[.,]\d+)+|\d{3,}")
_PIN_REACH = 12  # tokens around a count a pinning number is looked for in


def pinning_numbers(context: Sequence[str]) -> frozenset[str]:
    """The numbers among the question's words that pin one report (see `_PIN_NUMBER`)."""
    out = set()
    for word in context:
        for number in _PIN_NUMBER.findall(word.translate(_DIGITS)):
            if not _a_year(number):
                out.add(number)
    return frozenset(out)


def _a_year(number: str) -> bool:
    """Whether a number may be a year news writes: Gregorian 1900-2099, Hijri 1400-1450
    (1467 is no Hijri year of these papers: "1467 سيارة" is a count)."""
    if not (number.isdigit() and len(number) == 4):
        return False
    return 1900 <= int(number) <= 2099 or 1400 <= int(number) <= 1450


def states_pin(text: str, pins: frozenset[str]) -> bool:
    """Whether `text` writes one of the pinning numbers `pins`."""
    return bool(pins) and not pins.isdisjoint(_PIN_NUMBER.findall(text.translate(_DIGITS)))


def _pinned(toks: Sequence[_Tok], a: int, b: int, pins: frozenset[str]) -> bool:
    """Whether a number the question states stands near the count at tokens a..b (and is not
    that count): the question pins the report (a day's figures among a festival's days)."""
    near = [*toks[max(0, a - _PIN_REACH) : a], *toks[b : b + _PIN_REACH]]
    return states_pin(" ".join(t.text for t in near), pins)


_NEAR_BEFORE = 5  # words from a noun to its number after it
_CLOSE_AFTER = 3  # words right after a count that say whose it is
_COUNT_REACH = 8  # words from "عدد X" to its number
_NOT_COUNTED = frozenset(("في", "من", "على", "الى", "عن", "مع", "و"))
_COUNT_WORDS = frozenset(("عدد", "وعدد", "بعدد"))


def _counts_in(
    toks: Sequence[_Tok], head: str, context: Sequence[str], titled: Collection[int] = ()
) -> Iterator[tuple[int, int, float, str]]:
    """(first token, end token, score, words) of each count of `head` in an article (see
    `counted`); not a number starting at an offset in `titled`, one that ends a quoted title
    ("معرض «الرياض 2040» لزوار …")."""

    def shared(i: int) -> int:  # the question's words in the dozen words around token i
        near = {t.norm for t in toks[max(0, i - 12) : i + 12]}
        return sum(any(same_word(w, n) for n in near) for w in context)

    duals = _duals(head)
    for i in range(len(toks)):
        norm = toks[i].norm
        if (norm[1:] if norm[:1] in "لب" and len(norm) > 4 else norm) in duals:
            # "استمرت أعمال المؤتمر يومين": two, said by the noun's dual
            yield i, i + 1, 1.5 + 0.1 * shared(i), toks[i].norm
            continue
        if not _number_at(toks, i) or toks[i].start in titled:
            continue
        after = _noun_after(toks, i, head)
        before = None if after is not None else _noun_before(toks, i, head)
        if after is None and before is None:
            continue
        score = (2.0 if after is not None else 1.0) + 0.1 * shared(i)
        a, b = _count_span(toks, i, after, before)
        # what the count is of, said right after it ("3 آلاف ريال للفائزة الثانية")
        close = {t.norm for t in toks[b : b + _CLOSE_AFTER]}
        score += 0.2 * sum(any(same_word(w, n) for n in close) for w in context)
        yield a, b, score, " ".join(t.norm for t in toks[a:b] if not t.punct)


def _duals(head: str) -> frozenset[str]:
    """The dual forms of the counted noun `head` ("يومين" of "يوما", "ساعتين" of "ساعة"),
    matched with a "ل" or "ب" attached or not."""
    base = head.removesuffix("ا") if len(head) > 3 else head
    if len(base) < 3:
        return frozenset()
    stem = base[:-1] + "ت" if base.endswith("ه") else base
    return frozenset((stem + "ين", stem + "ان"))


def _count_span(
    toks: Sequence[_Tok], i: int, after: int | None, before: int | None
) -> tuple[int, int]:
    """The tokens a count is quoted as: "أكثر من 50 متحدثا" (the noun after the number), "
    زواره الذين تجاوزوا 4 آلاف" (the noun a few words before), "أكثر من 300 زائر" for "عدد
    الزوار في المعرض فاق أكثر من 300 زائر" (the number with the noun right after)."""
    if after is not None:
        return _about(toks, i), after
    if before is not None and i - before >= _NEAR_BEFORE:
        a, b = _about(toks, i), _scale_end(toks, i)
        if b < len(toks) and not toks[b].punct and toks[b].norm not in _NOT_COUNTED:
            b += 1
        return a, b
    return (before if before is not None else i), _scale_end(toks, i)


# what a number is written between: "(14) رئيس", "لـ «1800» شاب وفتاة"
_OPENING = _OPENING_QUOTES | {"("}
_CLOSING = _CLOSING_QUOTES | {")"}


def _scale_end(toks: Sequence[_Tok], i: int) -> int:
    """After the number at `i`: past a closing bracket or quote and a scale word ("4 آلاف",
    "(14)", "«1800»")."""
    k = i + 1
    if k < len(toks) and toks[k].text in _CLOSING:
        k += 1
    if k < len(toks) and toks[k].norm in _SCALE_WORDS:
        k += 1
    return k


def _noun_after(toks: Sequence[_Tok], i: int, head: str) -> int | None:
    k = _scale_end(toks, i)
    for m in range(k, min(k + 2, len(toks))):
        if toks[m].punct:
            return None
        if same_word(toks[m].norm, head, vowel_first=False):
            return m + 1
    return None


def _noun_before(toks: Sequence[_Tok], i: int, head: str) -> int | None:
    """The noun a few words before the number ("زواره الذين تجاوزوا 4 آلاف"), farther after
    "عدد" ("عدد الزوار في المعرض فاق أكثر من 300")."""
    for m in range(i - 1, max(-1, i - _COUNT_REACH), -1):
        if toks[m].punct:
            return None
        if same_word(toks[m].norm, head, vowel_first=False):
            near = i - m < _NEAR_BEFORE
            return m if near or (m > 0 and toks[m - 1].norm in _COUNT_WORDS) else None
    return None


def _about(toks: Sequence[_Tok], i: int) -> int:
    """The start of "أكثر من 50", "نحو 300", "(14)": the words before a number that qualify it."""
    k = i
    if k > 1 and toks[k - 1].text == "-" and toks[k - 2].text.lower() in _EN_NUMBER_WORDS:
        k -= 2  # "Twenty-one"
    if k > 0 and toks[k - 1].text in _OPENING:
        k -= 1
    for phrase in _ABOUT:
        words = phrase.split()
        n = len(words)
        if k - n >= 0 and [t.norm for t in toks[k - n : k]] == words:
            return k - n
    return k


# ---------------------------------------------------------------- what / which
def sentence_about(
    head: str,
    words: Sequence[str],
    doc_ids: Iterable[str],
    text_of: ArticleText,
    names_event: Callable[[str], bool] = lambda word: False,
) -> Found | None:
    """The sentence of the articles that holds `head` (the noun a "ما …" question asks
    about: "ما الابتكار…", "ما اسم الجناح…") and most of the question's other `words`,
    with the span of that noun (the quote is cut around it); else the sentence that holds
    most of what the question says of the event, the words that do not name it
    (`names_event`; see `sentence_saying`).

    At least a third of the other words must be in the sentence: the noun alone ("الموقع")
    is in too many sentences to tell which one answers; unless the question says nothing but
    the event's name ("ماذا يناقش ملتقى …"), when the first sentence holding the noun does.
    """
    best: tuple[int, int, str, int, int] | None = None
    for order, (doc_id, text) in enumerate(_texts(doc_ids, text_of)):
        for s_start, s_end in split_sentences(text):
            toks = [t for t in _tokens(text[s_start:s_end]) if not t.punct]
            at = next((t for t in toks if same_noun(t.norm, head)), None)
            if at is None:
                continue
            held = sum(any(same_word(t.norm, w) for t in toks) for w in words)
            if best is None or (held, -order) > (best[0], -best[1]):
                best = (held, order, doc_id, s_start + at.start, s_start + at.end)
    said = [w for w in words if not names_event(w)]
    if best is None or (best[0] * 3 < len(words) and said):
        return sentence_saying(said, doc_ids, text_of) if said else None
    _, _, doc_id, start, end = best
    text = text_of(doc_id) or ""
    return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))


def referred_back(found: Found, head: str, text_of: ArticleText) -> Evidence | None:
    """The sentence before the one `found` is in, when that one begins by pointing back at the
    noun asked about ("… Harbour Lane is the first drama to win twice … . The drama beat …"):
    the name asked for is in the sentence before. English only."""
    text = text_of(found.evidence.doc_id) or ""
    spans = split_sentences(text)
    at = next((k for k, (s, e) in enumerate(spans) if s <= found.evidence.start < e), None)
    if not at:
        return None
    start, end = spans[at]
    m = POINTS_BACK.match(text, start)
    if m is None or (m.group(1) is not None and m.group(1).lower() != head):
        return None
    lo, hi = spans[at - 1]
    quote = text[lo:hi].rstrip()
    return Evidence(found.evidence.doc_id, lo, lo + len(quote), quote)


SAYING_LEAST = 2  # words of the question a sentence must hold to answer without the noun


def sentence_saying(
    words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText
) -> Found | None:
    """The sentence of the articles that holds most of `words` (what a question says of its
    event, not the words that name it, which found its articles: "يركز … على بحث", "فاز …
    الطالب … النفيعي"): at least SAYING_LEAST of them and two thirds, the first article's
    sentence on a tie; its span runs from the first word held to the sentence's end, where
    what the question asks for follows what it says."""
    best: tuple[int, int, str, int, int] | None = None
    for order, (doc_id, text) in enumerate(_texts(doc_ids, text_of)):
        for s_start, s_end in split_sentences(text):
            toks = [t for t in _tokens(text[s_start:s_end]) if not t.punct]
            hits = [t for t in toks if any(same_word(t.norm, w) for w in words)]
            held = sum(any(same_word(t.norm, w) for t in toks) for w in words)
            if not hits or (best is not None and (held, -order) <= (best[0], -best[1])):
                continue
            best = (held, order, doc_id, s_start + hits[0].start, s_end)
    if best is None or best[0] < SAYING_LEAST or best[0] * 3 < len(words) * 2:
        return None
    _, _, doc_id, start, end = best
    text = text_of(doc_id) or ""
    quote = text[start:end].rstrip()
    return Found(quote, Evidence(doc_id, start, start + len(quote), quote))


# ---------------------------------------------------------------- when, until when
_UNTIL_WORDS = frozenset(_words("حتى وحتى لغاية ولغاية"))
_ENDS_WORDS = frozenset(_words("يختتم ويختتم تختتم وتختتم يستمر ويستمر تستمر وتستمر ختام اختتام"))
_UNTIL_REACH = 3  # words between "حتى"/an ending verb and the date it governs
# words a date phrase starts with that `find_dates` leaves out ("يومه الثلاثاء", "مساء السبت")
_DAY_WORDS = frozenset(_words("يوم يومي يومه مساء صباح ظهر ليلة"))


def time_phrase(
    words: Sequence[str],
    doc_ids: Iterable[str],
    text_of: ArticleText,
    until: bool,
    part: Sequence[str] = (),
    precise: bool = True,
) -> Found | None:
    """The time an article gives for the event ("حتى مساء السبت المقبل", "في 31 / 7 / 2015"):
    in the first article that gives one, the sentence sharing most of the question's
    `words`; with `until`, only a date after "حتى" or an ending verb ("ويستمر حتى 22
    أغسطس"). Dates are the ones the extractor finds (`find_dates`). With `part` (the words
    of a part of the event: "التصفيات", or of its edition: "الرابعة"), only a sentence naming
    the part counts, and the date said after it (to the day or month unless not `precise`)."""

    verbs = [w for w in words if _bare(w.removeprefix("س")) in _WHEN_VERBS]

    def span_of(sentence: str) -> tuple[int, int] | None:
        if not part:
            # "وصل الفريق أمس … لإقامة العروض التي ستبدأ غداً": for "متى تبدأ العروض", the
            # date said right after the question's own verb
            others = [w for w in words if w not in verbs and not w.isdigit()]
            return _date_after_verb(sentence, verbs, until, others) or _date_span(sentence, until)
        # the first day or month said after the part is named ("التصفيات النهائية التي
        # ستبدأ يوم 28 شوال"), not a year or a word of a title before it ("قارئ اليوم")
        toks = [t for t in _tokens(sentence) if not t.punct]
        at = [t.end for t in toks if any(same_word(t.norm, w) for w in part)]
        if not at or not all(any(same_word(t.norm, w) for t in toks) for w in part):
            return None
        return _date_span(sentence, until, after=at[0], precise=precise)

    return _said_in_sentence(
        words, doc_ids, text_of, span_of, lambda held, asked: held >= 1 and held * 4 >= asked
    )


# verbs of an event's happening a question may ask the time of ("متى تبدأ", "متى يقام")
_WHEN_VERBS = frozenset(
    _bare(w)
    for w in _words(
        "تبدأ يبدأ بدأ بدأت تنطلق ينطلق انطلق انطلقت يقام تقام أقيم أقيمت يعقد تعقد عقد عقدت"
        " يختتم تختتم اختتم اختتمت ينتهي تنتهي انتهى انتهت يفتتح تفتتح افتتح افتتحت يدشن تدشن"
        " دشن دشنت"
    )
)
_VERB_REACH = 4  # words from the verb to the date it governs


def _date_after_verb(
    sentence: str, verbs: Sequence[str], until: bool, others: Sequence[str] = ()
) -> tuple[int, int] | None:
    """The first date said within `_VERB_REACH` words after one of the question's `verbs`
    (as the sentence writes it: "ستبدأ" for "تبدأ"), when the sentence says another first;
    of several, the one after the verb the question's `others` words stand just before
    ("حفل عشاء يقام في 3 ديسمبر، … فعاليات «نماء» الذي يقام بين 3 و6 ديسمبر")."""
    if not verbs:
        return None
    toks = [t for t in _tokens(sentence) if not t.punct]
    best: tuple[int, tuple[int, int]] | None = None
    for k, tok in enumerate(toks):
        word = tok.norm.removeprefix("س")
        if _bare(word) not in _WHEN_VERBS:
            continue  # "القائمون" shares its consonants with "يقام" but is no verb
        if not any(same_word(word, v.removeprefix("س")) for v in verbs):
            continue
        limit = len(sentence) if k + _VERB_REACH >= len(toks) else toks[k + _VERB_REACH].end
        span = _date_span(sentence, until, after=tok.end)
        if span is None or span[0] >= limit:
            continue
        before = toks[max(0, k - _VERB_REACH) : k]
        near = sum(any(same_word(t.norm, w) for t in before) for w in others)
        if best is None or near > best[0]:
            best = (near, span)
    return best[1] if best else None


_DEADLINE_WORDS = frozenset(_words("موعد آخر اخر يغلق تغلق"))
# what a deadline's date is said after: "آخر موعد لاستلام …", "قبل إغلاق باب المشاركات في …"
_DEADLINE_AT = frozenset(_bare(w) for w in _words("موعد إغلاق اغلاق"))


def deadline_phrase(
    words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText
) -> Found | None:
    """The last day for what the question names ("ما آخر موعد لاستقبال المشاركات …"): in
    the sentence sharing most of its `words`, the date after "موعد" or "إغلاق" ("منوها بآخر
    موعد لاستلام الطلبات وهو 4 يناير", "قبل إغلاق باب المشاركات في …"), else the one "حتى"
    governs ("بدأت استقبال الطلبات …
    حتى 14 أكتوبر"); never the event's own dates said without either."""
    asked = [w for w in words if w not in _DEADLINE_WORDS]

    def span_of(sentence: str) -> tuple[int, int] | None:
        toks = [t for t in _tokens(sentence) if not t.punct]
        at = [t.end for t in toks if _bare(t.norm) in _DEADLINE_AT]
        found = _date_span(sentence, False, after=at[0], precise=True) if at else None
        return found or _date_span(sentence, True)

    return _said_in_sentence(asked, doc_ids, text_of, span_of, _a_third_of_the_question)


# ---------------------------------------------------------------- at whose request
_FROM = normalize("من")


def requested_by(
    noun: str, words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText
) -> Found | None:
    """The person a thing is done at the request (invitation, direction) of, `noun` being
    the normalized "بطلب", "بدعوه" …: the name after "<noun> من" ("بطلب من صاحب السمو الملكي
    الأمير فلان" → "الأمير فلان"), in the sentence sharing most of the question's `words`."""
    asked = [w for w in words if w != noun and w not in _WHOM]

    def span_of(sentence: str) -> tuple[int, int] | None:
        toks = _tokens(sentence)
        for i in range(len(toks) - 2):
            if toks[i].norm == noun and toks[i + 1].norm == _FROM:
                span = _name_after(toks, i + 2, lambda w: False)
                if span is not None:
                    return toks[span[0]].start, toks[span[1] - 1].end
        return None

    return _said_in_sentence(asked, doc_ids, text_of, span_of, _a_third_of_the_question)


_WHOM = frozenset(_words("ممن من"))


# ---------------------------------------------------------------- what hour
_HOUR_WORDS = frozenset(_words("ساعة الساعة"))
_HOUR_ORDINALS = frozenset(
    _words("الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة الحادية")
)
# the part of the day an hour is said with ("الثامنة مساء", "في الثانية ظهر اليوم")
_DAY_PARTS = frozenset(
    _words("صباحا صباح صباحاً مساء مساءً مساءا ظهرا ظهر ظهراً عصرا عصر ليلا ليل ليلاً فجرا")
)
_PRAYERS = frozenset(_words("الفجر الظهر العصر المغرب العشاء"))
_HOUR_ASKED = frozenset(_words("أي ساعة الساعة"))
_EN_HOUR = re.compile(r"\d{1,2}(?:[.:]\d\d)?(?:am|pm)")
_EN_DAY_PART = re.compile(r"am|pm|gmt")


def hour_phrase(words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText) -> Found | None:
    """The hour of the day the event (or what the question names) starts at, in the sentence
    sharing most of the question's `words`: "الساعة 9 مساء", "في تمام الساعة العاشرة صباحا",
    "في الثانية ظهر اليوم", "بعد صلاة العشاء"."""
    asked = [w for w in words if w not in _HOUR_ASKED]

    def span_of(sentence: str) -> tuple[int, int] | None:
        toks = [t for t in _tokens(sentence) if not t.punct or t.text == ":"]
        for i in range(len(toks)):
            end = _hour_at(toks, i)
            if end is not None:
                return toks[i].start, toks[end - 1].end
        return None

    # an hour is said of few things: a third of the question's words will do ("أن الحفل
    # يبدأ في الثالثة عصر اليوم" for "في أي ساعة يبدأ حفل افتتاح قناة …")
    return _said_in_sentence(asked, doc_ids, text_of, span_of, _a_third_of_the_question)


def _hour_at(toks: Sequence[_Tok], i: int) -> int | None:
    """The end of an hour said at `i`, or None: "الساعة 9" (with its minutes and part of the
    day), "الثانية ظهرا" (an ordinal hour needs its part of the day), "بعد صلاة العشاء",
    "7pm"."""
    text = toks[i].text.lower()
    if _EN_HOUR.fullmatch(text):
        return i + 1  # "9pm"
    if text.isdigit() and i + 1 < len(toks) and _EN_DAY_PART.fullmatch(toks[i + 1].text.lower()):
        return i + 2  # "9 pm"
    if toks[i].norm == _AFTER and i + 2 < len(toks):
        prayer = toks[i + 1].norm == _PRAYER and toks[i + 2].norm in _PRAYERS
        return i + 3 if prayer else None
    clock = toks[i].norm in _HOUR_WORDS
    k = _clock_end(toks, i + 1 if clock else i)
    if k is None:
        return None
    part = k < len(toks) and toks[k].norm in _DAY_PARTS
    if not clock and not part:
        return None  # "الثانية" alone is any second thing
    return k + 1 if part else k


def _clock_end(toks: Sequence[_Tok], k: int) -> int | None:
    """Past the hour said at `k` ("9", "9:30", "العاشرة", "الحادية عشرة", "… والنصف")."""
    if k >= len(toks):
        return None
    number = toks[k].norm.translate(_DIGITS)
    if number.isdigit() and 0 < int(number) <= 24:
        k += 1
        if k + 1 < len(toks) and toks[k].text == ":" and toks[k + 1].norm.isdigit():
            k += 2  # "9:30"
    elif toks[k].norm in _HOUR_ORDINALS:
        k += 1
        if k < len(toks) and toks[k].norm in _TEENS:
            k += 1  # "الحادية عشرة"
    else:
        return None
    if k < len(toks) and toks[k].norm in _FRACTIONS:
        k += 1
    return k


_AFTER = normalize("بعد")
_PRAYER = normalize("صلاة")
_TEENS = frozenset(_words("عشرة عشر"))
_FRACTIONS = frozenset(_words("والنصف والربع"))


# ---------------------------------------------------------------- how long
# what says how long an event lasts ("ويستمر لمدة شهر", "على مدى ثلاثة أيام", "طيلة أسبوع",
# "البرنامج الذي استغرق سبعة أسابيع", "وأمضى المتدربون سبعة أسابيع")
_LASTS_WORDS = frozenset(
    _words(
        "مدة لمدة ولمدة مدى مدار طيلة طوال يستمر تستمر ويستمر وتستمر سيستمر ستستمر استمر استمرت"
        " واستمر واستمرت يمتد تمتد ويمتد وتمتد امتد امتدت استغرق استغرقت يستغرق تستغرق واستغرق"
        " واستغرقت أمضى أمضت وأمضى وأمضت يمضي يمضون أمضوا وأمضوا"
    )
)
_LENGTH_REACH = 3
# units of time (a dual counts itself: "يومين"), and what each measures
_UNIT_OF = {
    **dict.fromkeys(_words("يوم يوما أيام يومين يومان"), "day"),
    **dict.fromkeys(_words("أسبوع أسبوعا أسابيع أسبوعين أسبوعان"), "week"),
    **dict.fromkeys(_words("شهر شهرا أشهر شهور شهرين شهران"), "month"),
    **dict.fromkeys(_words("ساعة ساعات ساعتين ساعتان"), "hour"),
    **dict.fromkeys(_words("عام أعوام سنة سنوات عامين سنتين"), "year"),
    **dict.fromkeys(_words("ليلة ليال ليلتين"), "night"),
    **dict.fromkeys(_words("دقيقة دقائق"), "minute"),
}
_DUALS = frozenset(
    _words("يومين يومان ساعتين ساعتان أسبوعين أسبوعان شهرين شهران عامين سنتين ليلتين")
)
_TIME_UNITS = frozenset(_UNIT_OF) - _DUALS
# a length without a number ("شهرا", "يومين"); "يوم" alone is a day ("ويستمر يوم السبت")
_SELF_COUNTED = _DUALS | frozenset(_words("يوما ساعة أسبوع أسبوعا شهر شهرا عام سنة ليلة"))
# each unit's rung, shortest to longest (a night is a day's)
_RUNG = {"minute": 0, "hour": 1, "day": 2, "night": 2, "week": 3, "month": 4, "year": 5}
_DURATION_WORDS = frozenset(_words("كم يستمر تستمر مدة المدة يوما أيام تستغرق يستغرق"))


def duration_phrase(
    words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText
) -> Found | None:
    """How long the event lasts, as an article writes it ("المعرض الذي يستمر لمدة شهر" ->
    "شهر", "على مدى عشرة أيام" -> "عشرة أيام"): the length after a word of lasting, in the
    sentence sharing most of the question's `words`; in the unit the question counts in,
    when it names one ("كم ساعة يستمر الحفل؟" is not answered by "حفر استمر عشر سنوات")."""
    asked = [w for w in words if w not in _DURATION_WORDS and w not in _UNIT_OF]
    units = frozenset(_UNIT_OF[w] for w in words if w in _UNIT_OF)
    return _said_in_sentence(
        asked, doc_ids, text_of, partial(_first_length, units=units), lambda held, n: held >= 1
    )


def _first_length(text: str, units: Collection[str] = ()) -> tuple[int, int] | None:
    """The span of the first length said after a word of lasting, a few words on at most
    ("على مدى 3 أيام", "الذي تستمر فعالياته خمسة أيام"), in one of `units` if any."""
    toks = [t for t in _tokens(text) if not t.punct]
    for i, tok in enumerate(toks):
        if tok.norm not in _LASTS_WORDS:
            continue
        for k in range(i + 1, min(len(toks), i + 1 + _LENGTH_REACH)):
            found = _length_at(toks, k)
            if found is not None and (not units or _answers_in(_UNIT_OF[toks[found].norm], units)):
                return toks[k].start, toks[found].end
    return None


def _answers_in(unit: str, units: Collection[str]) -> bool:
    """Whether a length in `unit` answers a question counting in one of `units`: a unit at
    most two rungs off on the scale ("كم يوما" and "شهر"), not years for hours or days."""
    return any(abs(_RUNG[unit] - _RUNG[u]) <= 2 for u in units)


def same_length_elsewhere(
    found: Found, doc_ids: Iterable[str], text_of: ArticleText
) -> list[Evidence]:
    """The first length each other article of `doc_ids` writes that equals `found`'s ("10
    أيام" and "عشرة أيام"): two reports of one event that agree are cited together."""
    wanted = length_value(found.value)
    if wanted is None:
        return []
    out = []
    for doc_id, text in _texts(doc_ids, text_of):
        if doc_id == found.evidence.doc_id:
            continue
        span = _first_length(text)  # an article's first length is the one it gives the event
        if span is not None and length_value(text[span[0] : span[1]]) == wanted:
            out.append(Evidence(doc_id, *span, text[span[0] : span[1]]))
    return out


_LENGTH_COUNTS = {
    word: n
    for n, words in enumerate(
        ("", "واحد", "اثنين اثنان", "ثلاث ثلاثة", "أربع أربعة", "خمس خمسة", "ست ستة",
         "سبع سبعة", "ثماني ثمانية", "تسع تسعة", "عشر عشرة")
    )
    for word in _words(words)
}  # fmt: skip


def length_value(phrase: str) -> tuple[int, str] | None:
    """(count, unit) of a length as written: "عشرة أيام" and "10 أيام" -> (10, "day"),
    "أسبوعين" -> (2, "week"), "شهر" -> (1, "month")."""
    toks = [t.norm for t in _tokens(phrase) if not t.punct]
    if not toks or toks[-1] not in _UNIT_OF:
        return None
    unit = _UNIT_OF[toks[-1]]
    if len(toks) == 1:
        return (2 if toks[0] in _DUALS else 1), unit
    word = toks[-2].translate(_DIGITS)
    count = int(word) if word.isdigit() else _LENGTH_COUNTS.get(word)
    return (count, unit) if count and len(toks) == 2 else None


def _length_at(toks: Sequence[_Tok], k: int) -> int | None:
    """The index of the unit ending a length that starts at token `k` ("10 أيام", "ثلاثة
    عشر يوما", "شهر"), or None."""
    if k >= len(toks):
        return None
    if toks[k].norm in _SELF_COUNTED:
        return k
    j = k
    while j < len(toks) and j < k + 2 and _is_number(toks[j].norm):
        j += 1
    if j > k and j < len(toks) and toks[j].norm in _TIME_UNITS:
        return j
    return None


def _is_number(norm: str) -> bool:
    return norm.translate(_DIGITS).isdigit() or norm in _NUMBER_WORDS


def same_day(
    text: str, published: str | None, day: str, event_words: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The span of the first day an article writes that resolves, against its own
    publication date, to `day` (ISO), in a sentence naming the event."""
    sentences = split_sentences(text)
    for mention in find_dates(text, published):
        if mention.precision != "day" or mention.start_date != day:
            continue
        lo, hi = sentence_at(sentences, mention.start) or (mention.start, mention.end)
        if any(event_words(t.norm) for t in _tokens(text[lo:hi])):
            return mention.start, mention.end
    return None


def sentence_at(sentences: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span among `sentences` (from `split_sentences`) that holds offset `pos`."""
    return next(((a, b) for a, b in sentences if a <= pos < b), None)


def said_with_event(
    text: str, value: str, event_words: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The span of the first place an article writes `value` ("جدة" as "بجدة", a venue's
    words in a row) in a sentence that also names the event by a word of its own."""
    # a word's first letter may be its own: "بريدة" is "ببريدة", not "ب" + "ريدة"
    want = [{_bare(t.norm), _unsuffixed(t.norm)} for t in _tokens(value) if not t.punct]
    toks = [t for t in _tokens(text) if not t.punct]
    if not want:
        return None
    every = set().union(*want)
    sentences = split_sentences(text)
    for i in range(len(toks) - len(want) + 1):
        if any(_bare(toks[i + k].norm) not in w for k, w in enumerate(want)):
            continue
        lo, hi = sentence_at(sentences, toks[i].start) or (0, 0)
        if any(event_words(t.norm) and _bare(t.norm) not in every for t in _tokens(text[lo:hi])):
            return toks[i].start, toks[i + len(want) - 1].end
    return None


def _count_at(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """(the number, the index past it) of a count written at `i`: "1800", "1,800", "ثلاثين",
    "عشرة آلاف", "10 آلاف", with a letter written onto it ("بـ24", "و30", "لعشرين") as
    `_number_at` reads it; None when `i` writes none."""
    norm = toks[i].norm.translate(_DIGITS)
    raw = toks[i].text.translate(_DIGITS).replace(",", "").replace("٬", "")
    raw = _ONTO_DIGITS.sub("", raw)
    said = _CARDINALS.get(norm, _CARDINALS.get(_letter_off(norm)))
    if raw.isdigit():
        value = int(raw)
    elif said is not None:
        value = said
    else:
        return None
    j = i + 1
    if j < len(toks) and toks[j].norm in _THOUSANDS and value < 1000:
        value, j = value * 1000, j + 1
    return value, j


def count_of(value: str) -> tuple[int, str] | None:
    """(the number, the noun after it) of the count a value states ("حوالى 1800 سيارة":
    1800 and "سياره"); None when it states none with a noun: a bare number says too little
    to tie a sentence to it."""
    want = [t for t in _tokens(value) if not t.punct]
    for i in range(len(want)):
        if (found := _count_at(want, i)) is not None:
            number, past = found
            return (number, want[past].norm) if past < len(want) else None
    return None


def same_count(text: str, value: str, event_words: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the first place an article writes the count `value` states (`count_of`),
    in digits or in words, with the same noun after it ("حوالى 1800 سيارة" as "1800 سيارة",
    "30 طالباً" as "ثلاثين طالبًا"), in a sentence that names the event."""
    count = count_of(value)
    if count is None:
        return None
    number, noun = count
    toks = [t for t in _tokens(text) if not t.punct]
    sentences = split_sentences(text)
    for i in range(len(toks)):
        found = _count_at(toks, i)
        if found is None or found[0] != number or found[1] >= len(toks):
            continue
        if not same_word(toks[found[1]].norm, noun):
            continue
        lo, hi = sentence_at(sentences, toks[i].start) or (0, 0)
        if any(event_words(t.norm) for t in _tokens(text[lo:hi])):
            onto = _ONTO_DIGITS.match(toks[i].text)  # "بـ24 لاعبا" quoted as "24 لاعبا"
            return toks[i].start + (onto.end() if onto else 0), toks[found[1]].end
    return None


def _said_in_sentence(
    words: Sequence[str],
    doc_ids: Iterable[str],
    text_of: ArticleText,
    span_of: Callable[[str], tuple[int, int] | None],
    enough: Callable[[int, int], bool],
) -> Found | None:
    """The span `span_of` finds in the sentence sharing most of `words` (`enough` of them:
    held, asked), in the first article (the event's own, or retrieval's first) that has one."""
    best: tuple[int, int, str, int, int] | None = None
    for order, (doc_id, text) in enumerate(_texts(doc_ids, text_of)):
        last = ""
        for s_start, s_end in split_sentences(text):
            sentence, said = text[s_start:s_end], last
            last = sentence
            span = span_of(sentence)
            if span is None:
                continue
            norms = [t.norm for t in _tokens(sentence) if not t.punct]
            if _goes_on(norms, words):
                # "… . جاء ذلك بقاعة …": the last sentence's words too
                norms += [t.norm for t in _tokens(said) if not t.punct]
            held = sum(any(same_word(n, w) for n in norms) for w in words)
            if not enough(held, len(words)):
                continue
            if best is None or (held, -order) > (best[0], -best[1]):
                best = (held, order, doc_id, s_start + span[0], s_start + span[1])
        if best is not None:
            break
    if best is None:
        return None
    _, _, doc_id, start, end = best
    text = text_of(doc_id) or ""
    return Found(text[start:end], Evidence(doc_id, start, end, text[start:end]))


# how a sentence goes on telling of the one before: "جاء ذلك في …", "وأقيم حفل الزواج في …"
_GOES_ON = frozenset(_words("جاء وجاء يأتي ويأتي"))
_IT = frozenset(_words("ذلك ذالك"))
_HELD_VERBS = frozenset(_words("أقيم وأقيم أقيمت وأقيمت عقد وعقد عقدت وعقدت"))
_GOES_ON_REACH = 3  # words after the opening verb where the question's event is named


def _goes_on(norms: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a sentence opens by going on with the last one's event: "جاء ذلك …", or a
    verb of holding and, right after it, a word of the question ("أقيم حفل الزواج …")."""
    if len(norms) < 2:
        return False
    if norms[0] in _GOES_ON and norms[1] in _IT:
        return True
    ahead = norms[1 : 1 + _GOES_ON_REACH]
    return norms[0] in _HELD_VERBS and any(same_word(n, w) for n in ahead for w in words)


def _date_span(
    sentence: str, until: bool, after: int = 0, precise: bool = False
) -> tuple[int, int] | None:
    """The first date of a sentence (from offset `after`; `precise`: to the day or month);
    with `until`, the first one "حتى" or an ending verb governs, from that word on when it is
    "حتى"."""
    for mention in find_dates(sentence):
        if mention.start < after or (precise and mention.precision == "year"):
            continue
        before = [t for t in _tokens(sentence[: mention.start]) if not t.punct]
        start = mention.start
        while before and before[-1].norm in _DAY_WORDS and before[-1].end >= start - 1:
            start = before.pop().start
        if not until:
            return start, mention.end
        for tok in before[-_UNTIL_REACH:]:
            if tok.norm in _UNTIL_WORDS:
                return tok.start, mention.end
            if tok.norm in _ENDS_WORDS:
                return start, mention.end
    return None


# ---------------------------------------------------------------- where
# between a venue and its town: "بمقر المدينة بالرياض", "في فندق الميريديان في جدة"
_TO_TOWN = re.compile(r"\s*(?:في\s+|ب|،\s*)?")


def with_its_town(sentence: str, venue: tuple[int, int]) -> tuple[int, int]:
    """A venue's span grown over the town said right after it, when one is."""
    for town in find_cities(sentence):
        if town.start > venue[1] and _TO_TOWN.fullmatch(sentence, venue[1], town.start):
            return venue[0], town.end
    return venue


# a where-question's verb of holding, matched by its verbal noun in a report
_WHERE_VERBS = frozenset(_bare(w) for w in _words("يقام تقام أقيم أقيمت"))
_HOLDING = normalize("إقامة")


def _a_third_of_the_question(held: int, asked: int) -> bool:
    """Whether a sentence holding `held` of the question's `asked` words says what is asked
    when that is said of few things (a deadline, an hour, a request): two at least, and a
    third of them."""
    return held >= 2 and held * 3 >= asked


def _most_of_the_question(held: int, asked: int) -> bool:
    """Whether a sentence holding `held` of the question's `asked` words is about what it
    asks: two at least, and half of them (a town or a venue is said of many things)."""
    return held >= 2 and held * 2 >= asked


def town_phrase(words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText) -> Found | None:
    """The town an article places the event in ("أقامت إدارة التعليم بالزلفي … حفل تكريم" ->
    "الزلفي"): the first town the gazetteer places (`find_cities`) in the
    sentence sharing most of the question's `words` (at least two, and half of them: the
    town a body is of is where it holds its events, but a town is said of many things), in
    the first article that gives one."""

    def span_of(sentence: str) -> tuple[int, int] | None:
        towns = find_cities(sentence)
        if len(towns) > 1:
            # "أحيت حفلة في مدينة دبي … ثم غادرت إلى مدينة أغادير حيث أحيت حفل ختام مهرجان
            # …": of a sentence's towns, the one said among more of the question's words
            toks = [t for t in _tokens(sentence) if not t.punct]
            at = [next((i for i, t in enumerate(toks) if t.end > town.start), 0) for town in towns]
            near = [_near(toks, i, i, words, max(0, i - _TOWN_REACH), _TOWN_REACH + 1) for i in at]
            towns = [towns[near.index(max(near))]]
        return (towns[0].start, towns[0].end) if towns else None

    return _said_in_sentence(words, doc_ids, text_of, span_of, _most_of_the_question)


_TOWN_REACH = 10  # words either side of a town that tell what the sentence says of it


def organizer_phrase(
    words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText
) -> Found | None:
    """The body an article says organises the event ("في حفل معايدة نظمته إدارة الاتصال
    المؤسسي" -> "إدارة الاتصال المؤسسي"): of the organisers the extractor reads in the whole
    article (`find_bodies`, each placed where its role is stated), the one whose sentence
    shares most of the question's `words` (at least two, and half of them), in the first
    article that gives one; a body noun alone ("تنظمه المكتبة") names none."""
    for doc_id, text in _texts(doc_ids, text_of):
        best: tuple[int, BodyMention] | None = None
        for body in find_bodies(text):
            if body.role != "organizer" or _bare_noun(body.text):
                continue
            start, end = sentence_bounds(text, body.where)
            norms = [t.norm for t in _tokens(text[start:end]) if not t.punct]
            held = sum(any(same_word(n, w) for n in norms) for w in words)
            if _most_of_the_question(held, len(words)) and (best is None or held > best[0]):
                best = (held, body)
        if best is not None:
            body = best[1]
            return Found(body.text, Evidence(doc_id, body.start, body.end, body.text))
    return None


def _bare_noun(body: str) -> bool:
    """ "اللجنة", "المكتبة": a body noun alone, which names no body."""
    words = normalize(body).split()
    return is_generic_body(body) or (len(words) == 1 and words[0].startswith("ال"))


_VENUE_GLUE = frozenset(normalize(w) for w in ("في", "ب", "على", "و"))


def venue_phrase(
    words: Sequence[str], doc_ids: Iterable[str], text_of: ArticleText, part: Sequence[str] = ()
) -> Found | None:
    """The venue an article gives for the event, with the town said right after it
    ("بفندق نارسيس في الرياض" -> "فندق نارسيس في الرياض"): in the first article that gives
    one, the sentence sharing most of the question's `words` (at least half of them: a venue
    is said of many things). Venues are the ones the extractor finds (`find_venues`). With
    `part` (the words of the edition asked about: "الرابعة"), only a sentence naming it
    counts, and a venue said after it: the sentence of the edition the articles report is
    another edition's."""

    # "أين تقام الفعاليات …": a sentence saying the verbal noun holds the verb ("… إقامة
    # فعاليات مسائية … على مسرح …"); "تقام" and "إقامة" share no consonant skeleton
    words = [_HOLDING if _bare(w.removeprefix("س")) in _WHERE_VERBS else w for w in words]

    def span_of(sentence: str) -> tuple[int, int] | None:
        # "في المخيم العالمي" of "أين يقام المخيم الكشفي العالمي؟": the event, not its venue
        venues = [v for v in find_venues(sentence) if not _asked_itself(sentence[v[0] : v[1]])]
        if not part:
            found = next(iter(venues), None)
        else:
            toks = [t for t in _tokens(sentence) if not t.punct]
            at = [t.end for t in toks if any(same_word(t.norm, w) for w in part)]
            if not at or not all(any(same_word(t.norm, w) for t in toks) for w in part):
                return None
            found = next((v for v in venues if v[0] >= at[0]), None)
        return with_its_town(sentence, found) if found is not None else None

    def _asked_itself(venue: str) -> bool:
        said = [t.norm for t in _tokens(venue) if not t.punct and t.norm not in _VENUE_GLUE]
        return bool(said) and all(any(same_word(n, w) for w in words) for n in said)

    # a part named by two words or more ("معرض صنع في عسير" within a festival) is what the
    # sentence must be about; the question's other words name the event it is part of
    enough = _named_part if len(part) >= 2 else _most_of_the_question
    return _said_in_sentence(words, doc_ids, text_of, span_of, enough)


def _named_part(held: int, asked: int) -> bool:
    """Whether a sentence naming a part of two words or more holds enough of the question:
    the part's words are enough."""
    return held >= 2
