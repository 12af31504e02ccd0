"""Token and phrase helpers shared by the event extractors.

Every extractor reads the cleaned article text and returns character offsets into it, so the
evidence quote is always `text[start:end]`. The helpers here walk words with their offsets,
strip Arabic proclitics (و ف ب ل ك and the article) to compare a word's base, and grow a
phrase from a cue ("برعاية", "بتنظيم من") up to the first word that cannot belong to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from language.analyzer import normalize

# a word: letters/digits with their diacritics and tatweel; "الـ" keeps its tatweel
# a full stop stays inside a word only before Latin letters or digits ("U.S.", "9.30"): two
# Arabic words a missing space joins ("والمؤتمرات.وناقشت") are two words
_WORD = r"[\w\u064B-\u065F\u0670\u0640]+(?:['’][\w]+|\.[A-Za-z0-9]+)*"
_WORD_RE = re.compile(_WORD)
_TOKEN_RE = re.compile(_WORD + r"|[^\w\s\u064B-\u065F\u0670]")

OPEN_QUOTES = {"«": "»", '"': '"', "“": "”", "”": "”", "'": "'", "‘": "’", "„": "“", "″": "″"}
CLOSE_QUOTES = set(OPEN_QUOTES.values())
# punctuation that ends a phrase
BREAK_PUNCT = set(".,،؛;:!?؟()[]{}\n|") | {"-", "–", "—", "/"}


def word_set(*chunks: str) -> frozenset[str]:
    """The normalized words of space-separated word lists (the lexicons below)."""
    return frozenset(normalize(w) for chunk in chunks for w in chunk.split())


# proclitic prefixes, longest first, on the normalized word
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "فب", "و", "ب", "ل", "ف")

# a verb that holds the event, with its pronoun ("الذي تنظمه X", "التي استضافتها X"): its
# subject runs the event, and after an indefinite name it opens a relative clause ("ورشة عمل
# استضافتها أمانة …") that ends the name
RELATIVE_ORG_VERBS = word_set(
    "ينظمه تنظمه ينظمها تنظمها نظمته نظمتها نظمه نظمها أقامته أقامها أقامتها تقيمه يقيمه "
    "تقيمها يقيمها تعقده تعقدها يعقده يعقدها عقدته عقدتها"
)
HOSTED_IT = word_set("استضافتها استضافته استضافها تستضيفها تستضيفه يستضيفها يستضيفه")
# Words that end a name, organizer or patron phrase: prepositions, relative pronouns, time
# words, the cues of other fields, participles of being held ("المقام", "المنعقد") and the
# verbs above.
PHRASE_STOPS = (
    word_set(
        "في فى الذي التي الذين اللذين والذي والتي يوم يومي يومه يومها يوما خلال تحت برعاية "
        "برعايه بمشاركة بحضور بتنظيم بالتعاون بالشراكة بشراكة بدعم على إلى الى من عن مع منذ "
        "حتى بين وذلك حيث اليوم غدا غداً أمس امس البارحة الليلة مساء صباح هذا هذه هذا لهذا "
        "لهذه بعد قبل عبر "
        "ضمن بهدف وسط لمدة ولمدة المقام المقامة المنعقد المنعقدة المنظم المنظمة المقرر المزمع "
        "المعد المعدة "
        "الحالي الجاري المقبل القادم الماضي المنصرم الحالية الجارية المقبلة القادمة الماضية "
        "المنصرمة الذى التى وهو وهي وهى ويعد وتعد والذى كما "
        "وقد قد إن ان أن لكن بينما وفق وفقا بحسب حسب سيقام ستقام يقام تقام يعقد تعقد انطلق "
        "انطلقت تنطلق ينطلق افتتح افتتحت اختتم اختتمت نحو لدى منها منه بها فيها فيه عليه "
        "عليها لها له إليها تأتي تعد تعتبر تهدف تسعى تشهد تضم تستمر تتضمن تناقش تبحث تستعرض "
        "تشمل تنظم تحتضن تستضيف تمثل تشكل تعتبر تكون كان كانت سيكون ستكون هو هي بعنوان "
        "بمناسبة للعام للمرة "
        # "ندوة نقاشية رياضية حملت عنوان «…»": the title after a verb of bearing it
        "حملت حمل تحمل يحمل وتحمل ويحمل "
        # a participle describing what the event holds: "… برأس تنورة متضمنة العديد من الفقرات"
        "متضمنة متضمنا متضمناً مشتملة مشتملا مشتملاً "
        # "أقام المستشفى محاضرة وورشة عمل": the object of holding, not a word of the body
        "محاضرة"
    )
    | RELATIVE_ORG_VERBS
    | HOSTED_IT
)

# month words that end a name phrase; "ربيع" is not one ("مهرجان ربيع بريدة" is a spring
# festival; the Hijri "ربيع الأول" is two words, read by the dates module)
MONTHS = word_set(
    "يناير فبراير مارس أبريل ابريل إبريل مايو ماي يونيو يونيه يوليو يوليوز أغسطس اغسطس "
    "غشت سبتمبر شتنبر أكتوبر اكتوبر نوفمبر نونبر ديسمبر دجنبر جانفي فيفري أفريل جوان "
    "جويلية أوت كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين محرم صفر جمادى "
    "رجب شعبان رمضان شوال القعدة الحجة ذوالقعدة ذيالقعدة ذوالحجة ذيالحجة"
)
WEEKDAYS = frozenset(
    normalize(w)
    for w in ("السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة").split()  # noqa: SIM905
)


# head nouns of organisations; "و" + one of them continues a list of bodies
ORG_HEADS = word_set(
    "وزارة هيئة جمعية شركة مؤسسة جامعة غرفة مجلس مركز أمانة بلدية إدارة رئاسة لجنة كرسي "
    "مكتب معهد نادي اتحاد منظمة برنامج قسم فرع فريق مديرية دار مجموعة عمالة صندوق بنك "
    "مدرسة كلية وكالة محافظة إمارة جهاز مستشفى مدينة سفارة تحالف مختبر عمادة أكاديمية نقابة "
    "رابطة حكومة ملحقية جماعة ديوان محكمة قنصلية شرطة مصرف مطار"
)
# words that begin with a root "و" and are not a conjunction
_NATIVE_WAW = word_set(
    "وزارة وزير وزيرة وزراء وكالة وكيل والي ولي وفد وطني وطنية واحة وادي وظائف وظيفة"
)


def waw_joins(norm: str) -> bool:
    """Whether a word starting with "و" continues a phrase (a body noun, not "وقال")."""
    for b in (norm, norm[1:]):
        if b in _NATIVE_WAW or b in ORG_HEADS or (b.startswith("ال") and b[2:] in ORG_HEADS):
            return True
    return False


def _gender_pair(prev: str, norm: str) -> bool:
    """Whether "و" + `norm` is the feminine plural of the noun `prev` ("لفناني وفنانات منطقة
    جازان", "منسوبي ومنسوبات"): one group of people named twice, not a new clause."""
    if not norm.endswith("ات"):
        return False
    stem = norm[1:].removeprefix("ال")[:-2]
    lead = next((p for p in ("لل", "ال", "ل", "ب") if prev.startswith(p)), "")
    prev = prev[len(lead) :]
    bare = next((prev[: -len(s)] for s in ("ين", "ون", "ي") if prev.endswith(s)), prev)
    return len(stem) >= 3 and bare == stem


_EVENT_PLURALS = word_set(
    "محاضرات ندوات فعاليات مسابقات دورات معارض أمسيات لقاءات مهرجانات مؤتمرات ملتقيات "
    "احتفالات احتفاليات منافسات"
)


def _plural_pair(prev: str, norm: str) -> bool:
    """Whether "و" + `norm` is a second indefinite plural joined to the indefinite `prev`
    ("نتائج وتوصيات دراسة", "مبادرات وتوجيهات وزارة"): one more noun of the phrase, not a
    clause (no verb ends in "ات"; after a definite word the indefinite noun is an object)."""
    rest = norm[1:]
    return (
        norm.startswith("و")
        and rest not in _EVENT_PLURALS  # "ورش عمل ومحاضرات توعوية": a second kind of event
        and not rest.startswith("ال")
        and rest.endswith("ات")
        and len(rest) >= 5
        and not is_definite(prev)
    )


_CLAUSE_WORDS = word_set(
    "وقال وقالت وقد وكان وكانت وذلك وهو وهي وكذلك ولكن وأكد وأوضح وأشار شهد شهدت حظي أكد "
    "قال أوضح أشار تضمن استقطب ضم جمع دعا أعلن أعلنت"
)


_YA_NAMES = frozenset(
    normalize(w)
    for w in ["يوسف", "يحيى", "يزيد", "يعقوب", "ياسر", "يونس", "يسرى", "ياسين"]
    # English names written in Arabic letters: "فندق كورت يارد ماريوت", "مانشستر يونايتد"
    + ["يارد", "يونايتد", "يونيفرسال", "يونيون"]
    # Arab towns ("هيئة السياحة بمحافظة ينبع", "محافظ محافظة ينبع المهندس …")
    + ["ينبع", "يافا", "يبرود", "يريم", "يفرن"]
)


def starts_clause(norm: str) -> bool:
    """A verb or clause opener: "ويهدف", "يأتي", "وقال" (Arabic imperfect verbs start with ي)."""
    if norm in _CLAUSE_WORDS:
        return True
    if len(norm) >= 3 and norm[0] == "ي" and not norm.isascii() and norm not in _YA_NAMES:
        return True
    return len(norm) >= 4 and norm[0] == "و" and norm[1] in "يتنس"


# words that go on after a definite word: a teen ordinal's "عشر", a topic's preposition, and
# the intensifier of an adjective ("القصة القصيرة جدا")
_ORDINAL_TAIL = frozenset(("عشر", "عشره", "حول", "عن", "ضد", "نحو", "جدا"))


def _predicate(prev: Token, tok: Token, proper: Callable[[str], bool]) -> bool:
    """Whether `tok` cannot qualify a definite `prev` (so it starts a predicate)."""
    if not tok.is_word or tok.norm.isascii() or tok.norm in _ORDINAL_TAIL:
        return False
    if tok.norm.startswith(("ال", "ل", "ب", "و")):
        return False
    if prev.norm in HONORIFICS:
        return False  # a person's name after a title: "مركز الملك سلمان", "جامعة الإمام محمد"
    # "للمؤتمرات والمعارض فرص التوظيف": a definite word after "و" is definite too
    definite = is_definite(prev.norm) or proper(prev.norm)
    return definite and prev.is_word and not prev.norm.isascii()


# titles before a person's name: after an indefinite head noun the person names the event
# ("منتدى الشيخ عبدالعزيز العفالق", "معرض الفنان هاني مصطفى"); after a definite one the person
# is the subject ("افتتح المعرض الأمير فيصل")
HONORIFICS = word_set(
    "الشيخ الأمير الاميرة الأميرة الملك الإمام الامام السلطان الفنان الفنانة الشاعر الشاعرة"
)

# what else an article titles with "بعنوان": the parts of an event, not the event
PART_NOUNS = frozenset(
    normalize(w)
    for w in ["مسرحية", "جلسة", "محاضرة", "ورقة", "لوحة", "حملة", "كتاب", "فيلم", "قصيدة",
              "أمسية", "كلمة", "دراسة", "بحث", "تدريبية", "عرض", "عرضا", "أوبريت", "شريط",
              "مسامرة",
              # a song or a book written for it: "شيلة … من كلمات الأمير … بعنوان"
              "شيلة", "أغنية", "نشيد", "أنشودة", "رواية", "ديوان", "كلمات"]
)  # fmt: skip


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark of the text with its offsets and normalized form."""

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        return bool(_WORD_RE.fullmatch(self.text))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words and punctuation marks of `text[start:end]`, offsets into `text`."""
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), _norm(m.group()))
        for m in _TOKEN_RE.finditer(text, start, stop)
    ]


@lru_cache(maxsize=262144)
def _norm(word: str) -> str:
    """`normalize` of one word, cached: news repeats its words, and this is the hot path."""
    return normalize(word) or word


@lru_cache(maxsize=65536)
def bases(norm: str) -> tuple[str, ...]:
    """The normalized word and what is left after each proclitic that leaves ≥ 2 letters."""
    out = [norm]
    for prefix in _PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            out.append(norm[len(prefix) :])
    return tuple(out)


def base_in(norm: str, words: Iterable[str] | frozenset[str]) -> str | None:
    """The first base of `norm` (see `bases`) found in `words`, or None."""
    for b in bases(norm):
        if b in words:
            return b
    return None


def skip_letters(text: str, start: int, letters: int) -> int:
    """Offset after `letters` base letters from `start` (diacritics and tatweel do not count)."""
    pos = start
    while letters > 0 and pos < len(text):
        if not (0x064B <= ord(text[pos]) <= 0x065F or text[pos] == "\u0640"):
            letters -= 1
        pos += 1
    return pos


def is_year(tok: Token) -> bool:
    return tok.norm.isdigit() and len(tok.norm) == 4 and tok.norm[:2] in ("19", "20")


def is_time_word(tok: Token) -> bool:
    """Months, weekdays and plain numbers other than years end a name phrase."""
    if base_in(tok.norm, MONTHS) or base_in(tok.norm, WEEKDAYS):
        return True
    return tok.norm.isdigit() and not is_year(tok)


_ENDS = ".!?؟\n"


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the mark at `i` ends a sentence: not the dot of a one-letter title ("د. أحمد",
    "م. عبدالله") or of a decimal number ("7.3 %")."""
    if text[i] != ".":
        return True
    one_letter = i >= 1 and text[i - 1].isalpha() and (i < 2 or not text[i - 2].isalnum())
    decimal = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return not (one_letter or decimal or _inside_a_title(text, i))


def stopped_before(text: str, pos: int) -> bool:
    """Whether a full stop ends a sentence before offset `pos` (not "م." of a title)."""
    return any(_ends_sentence(text, i) for i, ch in enumerate(text[:pos]) if ch == ".")


_TITLE_MARKS = {"(": ")", "«": "»", "“": "”"}


def _inside_a_title(text: str, i: int) -> bool:
    """Whether the dot at `i` stands inside a bracketed or quoted title on one line: "معرض
    (الملك فيصل.. شاهد وشهيد)" is one name, not two sentences."""
    before = text[max(0, i - 80) : i]
    for opener, closer in _TITLE_MARKS.items():
        o = before.rfind(opener)
        if o < 0 or closer in before[o:] or "\n" in before[o:]:
            continue
        after = text[i : i + 80]
        c = after.find(closer)
        if c >= 0 and "\n" not in after[:c]:
            return True
    return False


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence of `text` around offset `pos` (split at . ! ? ؟ and line breaks)."""
    left = pos
    while True:
        left = max(text.rfind(ch, 0, left) for ch in _ENDS)
        if left < 0 or _ends_sentence(text, left):
            break
    right = pos - 1
    while True:
        found = [i for i in (text.find(ch, right + 1) for ch in _ENDS) if i != -1]
        right = min(found) if found else len(text)
        if right == len(text) or _ends_sentence(text, right):
            break
    return left + 1, right


def quoted_end(text: str, toks: list[Token], i: int, limit: int = 120) -> int | None:
    """If token `i` opens a quotation, the index of the token closing it (within `limit`)."""
    closer = OPEN_QUOTES.get(toks[i].text)
    if closer is None:
        return None
    for j in range(i + 1, len(toks)):
        if toks[j].start - toks[i].end > limit or toks[j].text == "\n":
            return None
        if toks[j].text == closer or (toks[j].text in CLOSE_QUOTES and closer in "\"'"):
            return j if j > i + 1 else None
        if toks[i].text == "”" and toks[j].text == "“":
            return j if j > i + 1 else None  # "بعنوان ” شمسك أشرقت “": the marks turned round
    return None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`start, end` without surrounding spaces and dangling punctuation (quotes kept paired)."""
    # "ـ" standing alone is a dash ("آل سعود ـ حفظه الله ـ"); after a letter it is the
    # letter's tatweel ("1436هـ")
    while start < end and (
        text[start].isspace() or text[start] in ",،:؛-–" or _dash_at(text, start, start + 1)
    ):
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in ",،:؛.-–" or _dash_at(text, end - 1, end - 2)
    ):
        end -= 1
    # "بالتعاون مع فرع الوزارة «دورة …»": a quote opened at the end belongs to what follows
    # (one left unpaired: "معرض ” رام عسير 2014 “" writes its marks the other way round)
    while end > start and text[end - 1] in _PAIRS_OF and _unpaired(text, start, end):
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if end - start > 2 and text[end - 1] == "و" and text[end - 2].isspace():
        end -= 2  # a dangling conjunction: "الغرفة التجارية بجدة و"
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


_PAIRS_OF = {"«": "«»", "“": "“”", '"': '"'}


def _unpaired(text: str, start: int, end: int) -> bool:
    """Whether the quote mark ending `start:end` has no partner in the span."""
    marks = _PAIRS_OF[text[end - 1]]
    return sum(text.count(m, start, end) for m in marks) % 2 == 1


def _dash_at(text: str, i: int, beside: int) -> bool:
    """Whether the "ـ" at `i` stands alone: a space (or the text's edge) at `beside`."""
    return text[i] == "ـ" and (not 0 <= beside < len(text) or text[beside].isspace())


def paren_end(toks: list[Token], j: int, limit: int = 120) -> int | None:
    """The index of the ")" closing the "(" at `j`, with words between, on its line."""
    for k in range(j + 1, len(toks)):
        if toks[k].text == "\n" or toks[k].start - toks[j].end > limit or toks[k].text == "(":
            return None
        if toks[k].text == ")":
            return k if any(t.is_word for t in toks[j + 1 : k]) else None
    return None


def _shared_genitive(toks: list[Token], j: int) -> bool:
    """ "مديري وضباط الجمارك", "منسوبي ومنسوبات الإدارة": "و" + a noun (not a present
    verb) after a plural in construct ("مديري"), both governing the definite word after it."""
    prev, word = toks[j - 1].norm, toks[j].norm[1:]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        prev.endswith("ي")
        and not prev.startswith(("ال", "وال", "بال", "لل"))
        and len(prev) >= _CONSTRUCT_LEN
        and len(word) >= _CONSTRUCT_LEN
        and not word.startswith(("ال", "ي", "ت", "س"))
        and nxt is not None
        and nxt.is_word
        and nxt.norm.startswith("ال")
    )


_CONSTRUCT_LEN = 4  # letters of a plural in construct ("مديري") or of the noun joined to it


def _noun_of(toks: list[Token], j: int) -> bool:
    """ "مؤتمر التخزين ومناولة المواد": "و" + a noun ending in ta marbuta (a verb with a
    pronoun ends in ه: "وافتتحه الأمير") + a definite word is one more topic of a name."""
    word = toks[j].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        (word.endswith("ة") or _taf_il(toks[j].norm))
        and nxt is not None
        and nxt.is_word
        and nxt.norm.startswith("ال")
    )


def taf_il(stem: str) -> bool:
    """ "تطوير", "تعزيز": a verbal noun of the pattern تفعيل (normalized, no clitics), which no
    verb takes ("تقيم", "تستمر" are verbs)."""
    return len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي"


def _taf_il(norm: str) -> bool:
    """ "وتطوير", "وتأهيل": و + a verbal noun of the pattern تفعيل."""
    return norm[:1] == "و" and taf_il(norm[1:])


def article_number(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of "الـ 12" or "الـ (23)" whose article is token `i`."""
    if toks[i].norm != "ال":
        return None
    if i + 1 < len(toks) and toks[i + 1].norm.isdigit():
        value, used = int(toks[i + 1].norm), 2
    elif (
        i + 3 < len(toks)
        and toks[i + 1].text == "("
        and toks[i + 2].norm.isdigit()
        and toks[i + 3].text == ")"
    ):
        value, used = int(toks[i + 2].norm), 4
    else:
        return None
    return (value, used) if 0 < value < 100 else None


# words spelled like a definite adjective in "ي" that are none: "إلى", "التي", "الذي"
_NOT_NISBA = frozenset(normalize(w) for w in ("إلى", "التي", "الذي", "اللتي", "اللذي", "اللاتي"))


def is_nisba(tok: Token) -> bool:
    """A definite relative adjective ("التشكيلي", "الدولية")."""
    return (
        tok.is_word
        and tok.norm.startswith("ال")
        and tok.norm.endswith(("ي", "يه"))
        and tok.norm not in _NOT_NISBA
    )


def _closes_a_quote(text: str, tok: Token) -> bool:
    """Whether a mark that both opens and closes ('"', "'", "″") closes here: an odd count
    of it earlier on the line."""
    if OPEN_QUOTES[tok.text] != tok.text:
        return False
    line_start = text.rfind("\n", 0, tok.start) + 1
    return text.count(tok.text, line_start, tok.start) % 2 == 1


_QUOTED_NAME_WORDS = 10  # words a quoted title may have when it opens with a verb


def _quoted_speech(inner: list[Token]) -> bool:
    """A quotation that is what someone said, not a title: long and opening with a present
    verb ("«يروي اهتمام الأجداد بالخط منذ قرون …»"); a long title opens with a noun
    ("«تمكين الشباب من أدوات الاقتصاد الرقمي في …»")."""
    words = [t.norm for t in inner if t.is_word]
    if len(words) <= _QUOTED_NAME_WORDS:
        return False
    # a present verb begins with ي or ت; "تنمية", "تطوير" are nouns (ة, the pattern تفعيل)
    first = words[0]
    return first[:1] in ("ي", "ت") and len(first) >= 4 and first[-1] != "ه" and not taf_il(first)


_SEASONS = frozenset(normalize(w) for w in ("صيف", "عيد", "ربيع", "شتاء"))
_DUAL_PLACES = frozenset(normalize(w) for w in ("منطقتي", "محافظتي", "مدينتي", "دولتي"))
# a preposition with a pronoun back to the phrase's head: a verb before it opens a relative
# clause ("ندوة حوارية شارك فيها سياسيون"); a definite participle stays ("ورشة عمل للشركات
# المتعاقدة معها الوزارة" is one name)
_ARTICLES = ("ال", "وال", "بال", "لل", "فال", "كال")


def is_definite(norm: str) -> bool:
    """Whether a word carries the article, after any proclitic ("الملتقى", "والمعارض")."""
    return norm.startswith(_ARTICLES)


_RESUMPTIVE = word_set(
    "فيها فيه فيهما بها به عليها عليه لها له منها منه عنها عنه إليها إليه معها معه"
)

# "أعمال" after the people who do business is no event's proceedings ("أعمال المؤتمر") but
# a word of the body's name: "لجنة شباب أعمال جدة", "مجلس سيدات الأعمال"
_BUSINESS = word_set("أعمال الأعمال")
_IN_BUSINESS = word_set("شباب شابات رجال سيدات رواد رائدات أصحاب صاحبات")


def grow_phrase(  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    text: str,
    toks: list[Token],
    i: int,
    *,
    max_words: int = 10,
    stops: frozenset[str] = PHRASE_STOPS,
    extra_stop: frozenset[str] = frozenset(),
    keep_waw: bool = True,
    waw_noun: bool = False,
    parenthesized: bool = False,
    titled: bool = False,
    stop_after_quote: bool = True,
    allow_day: bool = False,
    proper: Callable[[str], bool] | None = None,
) -> int:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    """Index one past the last token of the phrase starting at token `i`.

    A phrase runs over words and quotations up to punctuation, a stop word, a month, weekday
    or bare number (a year is kept and ends it), or `max_words`. A word with a conjunction
    that is not "وال…" ("وقال", "ويستمر") starts a new clause and ends the phrase unless it
    is a body's head noun ("وشركة", "وزارة") and `keep_waw` allows conjoined bodies; with
    `waw_noun`, a noun in ة governing a definite word also continues it ("ومناولة المواد");
    with `parenthesized`, a parenthesis right after the first word is read as a quotation
    ("معرض (الفيصل.. شاهد وشهيد)"); with `titled`, a title right after the first word runs
    on over the person's name (see `HONORIFICS`).
    """
    j, words = i, 0
    while j < len(toks) and words < max_words:
        tok = toks[j]
        # "معرض (…)", and after one adjective: "المعرض التشكيلي (سلمان الحزم)"
        titled_after = j == i + 1 or (j == i + 2 and is_nisba(toks[i + 1]))
        if parenthesized and titled_after and tok.text == "(":
            close = paren_end(toks, j)
            if close is None:
                break
            j = close + 1
            words += 1
            if stop_after_quote:
                break
            continue
        if j > i and tok.text in OPEN_QUOTES and _closes_a_quote(text, tok):
            break  # «"مهرجان أملج الثاني"، التي …»: the quote the phrase sits in ends here
        if j > i and tok.text in OPEN_QUOTES:
            close = quoted_end(text, toks, j)
            if close is None:
                break
            if _quoted_speech(toks[j + 1 : close]):
                break  # "المعرض «يروي اهتمام الأجداد بالخط منذ قرون …»": speech, no title
            j = close + 1
            words += 1
            if stop_after_quote:
                break
            continue
        if tok.text == "." and j > i and toks[j - 1].norm in ("د", "م", "ا") and j + 1 < len(toks):
            j += 1  # "د. مفرج": an abbreviation, not the end of the sentence
            continue
        if j > i and tok.text == "(" and (article_number(toks, j - 1) or (0, 0))[1] == 4:
            return j + 3  # "الجامبوري الدولي للكشافة الـ (24)": the ordinal ends the name
        if not tok.is_word:
            break
        if j > i and "\n" in text[toks[j - 1].end : tok.start]:
            break  # "جانب من فعاليات ملتقى تندحة" is a caption: its line ends the name
        if j > i:
            # "الله" is not ال + the stop word "له" ("منتزه الملك عبد الله"); "من أجل" is
            # part of a name ("مهرجان من أجل مكة")
            for_sake = tok.norm == "من" and j + 1 < len(toks) and toks[j + 1].norm == "اجل"
            # "جامعة نايف والمنظمة العربية للسياحة": "و" + a body noun is one more body, not
            # the participle "المنظمة" that stops a phrase
            conjoined = tok.norm.startswith("وال") and tok.norm[3:] in ORG_HEADS
            trade = tok.norm in _BUSINESS and toks[j - 1].norm.removeprefix("ل") in _IN_BUSINESS
            stop = not trade and (
                tok.norm in extra_stop
                or (
                    tok.norm != "الله"
                    and not for_sake
                    and not conjoined
                    and any(b in stops for b in bases(tok.norm))
                )
            )
            if stop and not (j == i + 1 and tok.norm == "يوم" and allow_day):
                break
            prev = toks[j - 1]
            if is_year(tok):
                return j + 1
            if tok.norm.isdigit() and prev.norm == "ال":
                j += 1
                words += 1
                continue
            if is_time_word(tok):
                break
            if (
                j + 1 < len(toks)
                and toks[j + 1].norm in _RESUMPTIVE
                and not tok.norm.startswith(_ARTICLES)
            ):
                break
            person = titled and j == i + 2 and toks[i + 1].norm in HONORIFICS
            if proper is not None and not person and _predicate(toks[j - 1], tok, proper):
                break
            noun = waw_noun and _noun_of(toks, j)  # "وتوعية الجاليات": a noun, not a verb
            if tok.norm.startswith("و"):
                noun = noun or _gender_pair(toks[j - 1].norm, tok.norm)
                # (not right after the head: "مهرجان وفعاليات التراث" is the festival and more)
                noun = noun or (j - 1 > i and _plural_pair(toks[j - 1].norm, tok.norm))
                # "مهرجان عيد وصيف حفر الباطن", "صيف وعيد الشرقية": two seasons of one festival
                noun = noun or (
                    tok.norm[1:] in _SEASONS and toks[j - 1].norm.removeprefix("ال") in _SEASONS
                )
                # "قدرات مديري وضباط الجمارك": two nouns in construct with one genitive
                noun = noun or _shared_genitive(toks, j)
                # "فرعي الوزارة بمنطقتي المدينة المنورة وتبوك": the second of two places
                noun = noun or any(
                    t.norm.removeprefix("ب") in _DUAL_PLACES for t in toks[max(i, j - 3) : j]
                )
            # a town whose name begins with و is no conjunction ("مهرجان وهران الدولي")
            noun = noun or (
                proper is not None
                and tok.norm.startswith("و")
                and proper(tok.norm)
                and not proper(tok.norm[1:])
            )
            if starts_clause(tok.norm) and not (j == i + 1 and allow_day) and not noun:
                break
            waw = tok.norm.startswith("و") and not tok.norm.startswith("وال") and len(tok.norm) > 2
            if waw and not (keep_waw or waw_joins(tok.norm) or noun):
                break
        j += 1
        words += 1
    return j
