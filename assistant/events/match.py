"""Which cards a question is about: its words against each card's name, series and place.

A card matches when the question's words that occur in any card's name (weighted by how few
cards share them, so "المدن الذكية" counts for little in a smart-city library) are mostly
the card's own, and when no place the question names is missing from it: "قمة دبي للمدن
الذكية" must not match the Bahrain summit. Places are known from the cards themselves (every
card's city and country, Arabic and English) and from the bilingual gazetteer that English
questions are translated with.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.events.questions import is_event_noun, names_an_activity
from assistant.offline.glossary import english_words
from assistant.offline.text import word_keys as offline_word_keys
from ingest.events.card import EventCard
from ingest.events.names import EN_HEADS
from ingest.events.places import (
    arabic_city_names,
    city_of_word,
    country_name_words,
    find_cities,
    place_of_word,
)
from ingest.events.spans import ORG_HEADS, bases
from language.analyzer import STOPWORDS, stem, tokenize
from language.gazetteer import PLACES, places_named, translate_terms

MIN_COVER = 0.5  # share of the question's card words (by weight) a card must hold

# words every event question may use that name no particular event
_GENERIC = frozenset(
    stem(w)
    for w in tokenize(
        "ملتقى ملتقيات قمة قمم مؤتمر مؤتمرات ندوة ندوات معرض معارض منتدى منتديات مهرجان فعالية"
        " فعاليات حدث نسخة نسخ دورة دورات الدولي الدولية event events forum forums summit"
        " summits conference conferences symposium edition editions show shows fair fairs expo"
        " exhibition exhibitions festival festivals ceremony award awards prize"
        " تدريبية تدريبي course courses training"
    )
)


GENERIC_WORDS = _GENERIC


def word_forms(token: str) -> frozenset[str]:
    """A word as written, and with an attached و/ف/ب/ل/ك removed ("للمدن" also "المدن")."""
    forms = {token}
    if token[:1] in "وف" and len(token) > 3:
        forms.add(token[1:])
    for form in list(forms):
        if form[:1] in "بلك" and len(form) > 3:
            forms.add(form[1:])
        if form.startswith("لل") and len(form) > 4:
            forms.add("ال" + form[2:])
    return frozenset(forms)


def word_keys(token: str) -> frozenset[str]:
    """A word's comparable forms: `word_forms` and their stems."""
    forms = word_forms(token)
    return forms | {stem(f) for f in forms}


def _keys(text: str | None) -> set[str]:
    if not text:
        return set()
    return {k for tok in _tokens(text) for k in word_keys(tok)}


# the article written apart from its word ("البطولة العربية ال21", "مهرجان أبها الـ 17"):
# it names nothing, and would tie any two such names
_ARTICLE = "ال"


def _tokens(text: str) -> list[str]:
    return [t for t in tokenize(text) if t not in STOPWORDS and len(t) > 1 and t != _ARTICLE]


_NAME_GLUE = frozenset({"of", "the", "and", "for", "on", "in", "at", "&"})


def acronym(name: str | None) -> str | None:
    """The initials of an English name of two words or more, as news writes them after it
    ("Consumer Electronics Show" -> "ces", "World Economic Forum" -> "wef")."""
    words = [w for w in (name or "").split() if w.lower() not in _NAME_GLUE]
    if len(words) < 2 or not all(w[:1].isascii() and w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def card_name_keys(card: EventCard) -> set[str]:
    """The keys of what names the event: name, series (and its English label), the initials
    of an English name, place."""
    return set(_name_keys(card.name, card.series, card.series_en, *_place_fields(card)))


def _place_fields(
    card: EventCard,
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    return (card.city, card.city_en, card.country_ar, card.country_en, card.country)


# every question ranks every card: the keys are computed once per card's naming fields, not
# once per question
@lru_cache(maxsize=65536)
def _name_keys(name: str, series: str, series_en: str | None, *place: str | None) -> frozenset[str]:
    out: set[str] = set()
    for text in (name, series, series_en):
        out |= _keys(text)
        if short := acronym(text):
            out.add(short)
        out |= {k for tok in _tokens(text or "") if tok.isascii() and (k := sound_key(tok, 2))}
    return frozenset(out) | _place_keys(*place)


# how a name sounds, for an Arabic question that writes an English name in Arabic letters
# ("جوائز ساوث بانك": the South Bank awards): its consonants, in classes both alphabets share
_AR_SOUNDS = str.maketrans(
    {
        "ب": "b", "ت": "t", "ط": "t", "ث": "T", "ذ": "T", "ج": "g", "غ": "g", "ق": "k", "ك": "k",
        "خ": "k", "د": "d", "ض": "d", "ظ": "d", "ر": "r", "ز": "s", "س": "s", "ص": "s",
        "ش": "S", "ف": "f", "ل": "l", "م": "m", "ن": "n", "ڤ": "f", "پ": "b", "گ": "g",
    }
)  # fmt: skip
_EN_DIGRAPHS = (("th", "T"), ("sh", "S"), ("ch", "S"), ("ph", "f"), ("ck", "k"), ("qu", "k"))
_EN_SOUNDS = str.maketrans({"c": "k", "q": "k", "x": "k", "v": "f", "p": "b", "j": "g", "z": "s"})
SOUND_LEAST = 3  # consonants a sound key needs: shorter ones match too many words


def sound_key(token: str, least: int = SOUND_LEAST) -> str | None:
    """The consonant skeleton of a name in Arabic or Latin letters, marked with "~"
    ("بانك" and "Bank" are both "~bnk"), or None when it has fewer than `least`."""
    if token.isascii():
        word = token.lower()
        for pair, sound in _EN_DIGRAPHS:
            word = word.replace(pair, sound)
        word = "".join(ch for ch in word.translate(_EN_SOUNDS) if ch in "bdfgklmnrstTS")
    else:
        word = "".join(ch for ch in token.translate(_AR_SOUNDS) if ch.isascii())
    skeleton = re.sub(r"(.)\1+", r"\1", word)
    return "~" + skeleton if len(skeleton) >= least else None


def _city_names(city: str | None, city_en: str | None) -> list[str]:
    """A card's city as written, in English, and the gazetteer's Arabic names for it (an
    English article's "Las Vegas" is asked about as "لاس فيغاس")."""
    names = [n for n in (city, city_en) if n]
    if city_en and city and city.isascii():
        # only an English article's card lacks the Arabic name (and the gazetteer costs
        # ~0.4 s to load, which a search of Arabic cards need not pay)
        names += arabic_city_names(city_en)
    return names


def own_name_words(card: EventCard) -> list[frozenset[str]]:
    """The words of a card's name that are its own (not "ملتقى", "الدولي", stopwords), each
    as its keys."""
    words = (_own_keys(tok) for tok in _tokens(card.name))
    return list(dict.fromkeys(keys for keys in words if not keys & _GENERIC))


def _own_keys(token: str) -> frozenset[str]:
    sound = sound_key(token, 2) if token.isascii() else None
    return word_keys(token) | ({sound} if sound else set())


def card_place_keys(card: EventCard) -> set[str]:
    return set(_place_keys(*_place_fields(card)))


@lru_cache(maxsize=65536)
def _place_keys(
    city: str | None,
    city_en: str | None,
    country_ar: str | None,
    country_en: str | None,
    country: str | None,
) -> frozenset[str]:
    out: set[str] = set()
    for text in (*_city_names(city, city_en), country_ar, country_en):
        out |= _keys(text)
    if country:
        out.add(country.lower())
    return frozenset(out)


# words that say what kind of place a name is, not which ("Kuwait City", "مدينة الكويت"): as
# place words they would make every "smart cities" question name a place
_PLACE_KIND_WORDS = frozenset(
    stem(w)
    for w in tokenize(
        "city cities town village port bay island islands beach district province region"
        " مدينة المدينة مدينه المدينه قرية ميناء جزيرة جزر محافظة منطقة"
    )
)


def _distinctive(text: str | None) -> str | None:
    """The word of a place name that tells it apart: its last (الدار البيضاء, Las Vegas),
    passing over words of kind (Kuwait City -> kuwait)."""
    for tok in reversed(_tokens(text or "")):
        if stem(tok) not in _PLACE_KIND_WORDS:
            return tok
    return None


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Place words that do not depend on the cards: every country (so "in Japan" is a place
    asked for) and the bilingual gazetteer."""
    vocab: set[str] = set()
    for word in country_name_words():
        vocab |= _place_word_keys(word)
    for english, arabic in PLACES.items():
        if " " not in english:
            vocab |= _place_word_keys(english.lower())
        distinctive = _distinctive(arabic)
        if distinctive:
            vocab |= word_keys(distinctive)
    return frozenset(vocab)


def _place_word_keys(word: str) -> frozenset[str]:
    """An Arabic place word's keys; an English one as written: its stem is often a word
    ("maine" -> "main", which the glossary gives for "الرئيسية")."""
    return frozenset({word}) if word.isascii() else word_keys(word)


def _place_with_ta(token: str) -> bool:
    """Whether a word is a known place's name with a ة (written ه) added, and no place
    itself: "قطرة", "بقطرة" (not "جدة", a place as it is, nor "القطرية", an adjective)."""
    known = _known_places()
    return any(
        form.endswith("ه") and not form.endswith("يه") and form not in known and form[:-1] in known
        for form in word_forms(token)
    )


def _names_a_place(word: frozenset[str], cards: Iterable[EventCard]) -> bool:
    """Whether a question word (its keys) names a place: a country, a gazetteer place, or
    the city or country of one of the cards."""
    word = word - _GENERIC
    if word & _known_places():
        return True
    return any(word & _card_places(c.city, c.city_en, c.country_ar, c.country_en) for c in cards)


@lru_cache(maxsize=100_000)
def _card_places(*fields: str | None) -> frozenset[str]:
    city, city_en, country_ar, country_en = fields
    vocab: set[str] = set()
    for text in (*_city_names(city, city_en), country_ar, country_en):
        word = _distinctive(text)
        if word:
            vocab |= word_keys(word)
    return frozenset(vocab)


@dataclass
class QuestionWords:
    """The question's words as keys: all of them, those that name a place, and those of the
    event's name as the question writes it ("مهرجان المرجان السينمائي")."""

    words: list[frozenset[str]]
    places: list[frozenset[str]]
    named: list[frozenset[str]] = field(default_factory=list)
    host: list[frozenset[str]] = field(default_factory=list)  # `host_phrase`
    # places joined by "و" to the place before them ("في الدمام والأحساء": one event held in
    # both towns, which a card gives one city of)
    joined: list[frozenset[str]] = field(default_factory=list)


NAME_SPAN = 3  # words after an Arabic event noun read as the event's name
NAMED_UNKNOWN = 2.0  # weight of a name word no card holds, in rarest-word units
# capitalised words before an English event noun (the extractor's: "Festival", "Summit" …)
_EN_HEAD_RUN = re.compile(r"\b((?:[A-Z][\w'&-]*\s+){1,4})(?:" + EN_HEADS + r")\b")


# the nouns an event's name starts with ("اجتماع لجنة متابعة …": a meeting's words name it
# too); not "دورة" (its stem is "دور", a role), nor "ورشة", which questions describe ("ورشة
# مركز المعلومات عن نظام التصاريح") more than name
_SPAN_HEADS = frozenset(
    stem(w)
    for w in tokenize(
        "ملتقى قمة مؤتمر ندوة معرض منتدى مهرجان فعالية الملتقى القمة المؤتمر الندوة المعرض"
        " المنتدى المهرجان الفعالية برنامج البرنامج مسابقة المسابقة احتفالية الاحتفالية"
        " اجتماع الاجتماع حفل الحفل حفلة الحفلة"
    )
)


# "دورة الألعاب العالمية الصيفية", "المخيم الكشفي العالمي", "حملة القلوب البيضاء": nouns of
# events the extractor does not card, as the words themselves (with their clitics), not their
# stems, which are also a role's ("ما دور الوزارة في …") or a verb's ("حمل")
_WORD_HEADS = re.compile(
    r"(?:[وفبل]|و?(?:ال|بال|لل))?"
    r"(?:دور[ةه]|مخيم|لقاء|حمل[ةه]|[أا]مسي[ةه]|محاضر[ةه]|جائز[ةه]|سباق|بطول[ةه])"
)


# the moment of an event a ceremony marks ("حفل افتتاح …")
_MOMENTS = frozenset(tokenize("افتتاح ختام اختتام تدشين انطلاق انطلاقة"))
# "مؤتمر الصناعيين المقرر عقده في …": what is said of the event after its name
_SCHEDULED = frozenset(
    tokenize(
        "المقرر المزمع المقام المقامة المنعقد المنعقدة المنظم المنظمة القادم القادمة المقبل"
        " المقبلة الحالي الحالية الجاري الجارية المرتقب المرتقبة"
    )
)


def _name_span_tokens(text: str) -> list[str]:
    """The words that name the event in a question: those after an Arabic event noun up to a
    preposition, a relative or a number ("مهرجان المرجان السينمائي 2015"), and the capitalised
    words before an English one ("the Coral Film Festival")."""
    out: list[str] = []
    raw = tokenize(text)
    for k, tok in enumerate(raw):
        if tok.isascii() or not (word_keys(tok) & _SPAN_HEADS or _WORD_HEADS.fullmatch(tok)):
            continue
        if tok.startswith("ال") and tok.endswith("ات"):
            # "كم عدد الفعاليات المقرر تنظيمها في …": the activities, no name after them
            # ("ضمن فعاليات صيف الشرقية" governs one)
            continue
        for j, nxt in enumerate(raw[k + 1 : k + 1 + NAME_SPAN], k + 1):
            # "بمناسبة", "بمشاركة", "بالباحة": a phrase about the event, or its place, not its name
            if nxt in STOPWORDS or nxt[0] == "ب" or re.fullmatch(r"\d+", nxt):
                break
            if word_keys(nxt) & _GENERIC or nxt in _SCHEDULED:
                break
            # "حفل افتتاح مهرجان …": the moment of the festival the ceremony marks, no word
            # of a name ("حفل افتتاح قناة السويس" is the ceremony's own)
            if nxt in _MOMENTS and j + 1 < len(raw) and word_keys(raw[j + 1]) & _GENERIC:
                break
            out.append(nxt)
    for m in _EN_HEAD_RUN.finditer(text):
        out += [t for t in tokenize(m.group(1)) if t not in STOPWORDS]
    return out


def question_words(
    question: str, lang: str, cards: Sequence[EventCard], asked: str | None = None
) -> QuestionWords:
    """The question's content words (English ones also as their gazetteer Arabic); the body
    it names (`host_phrase`) is read from `asked`, the question whole, when `question` is it
    without the words of the role asked about: "رئيس بلدية أبو عريش" names the municipality."""
    text = question
    if lang == "en":
        arabic, _ = translate_terms(question)
        text = f"{question} {arabic}"
    # a year or an edition number names no event by itself
    toks = [t for t in _tokens(text) if not re.fullmatch(r"\d+", t)]
    # an Arabic word also matches the English a card of an English article is named in
    # ("معرض الإلكترونيات الاستهلاكية": the Consumer Electronics Show), or sounds like it
    english = [_english_keys(t) for t in toks]
    if lang == "en":  # each word of the Arabic the gazetteer gives for a place ("الدار البيضاء")
        gazetteer = _gazetteer_places(question)
        english = [e | gazetteer.get(t, frozenset()) for t, e in zip(toks, english, strict=True)]
    for k, tok in enumerate(toks):
        # a short name beside a longer one ("ساوث" of "ساوث بانك") sounds out too
        beside = any(
            k2.startswith("~") for j in (k - 1, k + 1) if 0 <= j < len(toks) for k2 in english[j]
        )
        if beside and not english[k] and not tok.isascii() and (short := sound_key(tok, 2)):
            english[k] = frozenset({short})
    # "في وجدة": a town whose first letter is a clitic's is the town (Oujda), not "و" + جدة
    towns = find_cities(question)
    whole = {t: m.name_en for m in towns for t in tokenize(m.text) if t[:1] in "وفبلك"}
    keys = [frozenset({t}) | _keys(whole[t] or "") if t in whole else word_keys(t) for t in toks]
    english = [frozenset() if t in whole else e for t, e in zip(toks, english, strict=True)]
    words = list(dict.fromkeys(k | e for k, e in zip(keys, english, strict=True)))
    # "التي تشارك فيها السعودية": a country taking part, not where the event is
    guests = {word_keys(toks[k]) | english[k] for k in _participants(toks)}
    # "المنتدى الخليجي الهندي": adjectives describing one event say who it is for, not where
    # it is held; they still count as words of its name
    guests |= {word_keys(toks[k]) | english[k] for k in _describing(toks)}
    # "جمعية قطرة": a place's name with ة added is another word (a drop, not Qatar)
    guests |= {word_keys(t) | english[k] for k, t in enumerate(toks) if _place_with_ta(t)}
    # "ونظرائهم من الهند", "خبراء من اليابان": where those taking part come from
    origins = _from_places(question)
    guests |= {word_keys(t) | english[k] for k, t in enumerate(toks) if t in origins}
    # any town the question places the event in ("في طوكيو", "ببركان"), not only those of the
    # cards and the bilingual gazetteer: a card of another town is not the event asked about
    located = {k for m in towns for t in tokenize(m.text) for k in word_keys(t)}
    places = [w for w in words if (_names_a_place(w, cards) or w & located) and w not in guests]
    spans = {k for t in _name_span_tokens(question) for k in word_keys(t)}
    named = [w for w in words if w & spans and w not in places]
    each = [k | e for k, e in zip(keys, english, strict=True)]
    joined = [
        each[k]
        for k in range(1, len(toks))
        if toks[k][:1] == "و" and each[k] in places and each[k - 1] in places
    ]
    return QuestionWords(words, places, named, host_phrase(asked or question), joined)


_HOST_WORDS = 5  # words of a body's name read after its head noun
_HOST_ENDS = frozenset(
    tokenize(
        "حفل احتفال احتفالها احتفاله معايده المعايده بمناسبه منسوبي لمنسوبي منسوبيها"
        " لمنسوبيها منسوبيه لمنسوبيه منسوبات لمنسوبات"
    )
)


def host_phrase(question: str) -> list[frozenset[str]]:
    """The body a question names its event by, as word keys: a body's head noun and up to
    four words after it, ending at an event noun, a stopword or "بمناسبة" ("حفل معايدة
    الهيئة العامة للغذاء والدواء"); none for a head with no word after it."""
    toks = tokenize(question)
    for i, tok in enumerate(toks):
        if not any(b in ORG_HEADS for b in bases(tok)):
            continue
        j = i + 1
        while j < len(toks) and j - i < _HOST_WORDS:
            t = toks[j]
            if (
                t in STOPWORDS
                or t in _HOST_ENDS
                or is_event_noun(t)
                or GENERIC_WORDS & word_keys(t)
            ):
                break
            j += 1
        if j - i >= 2:
            return [word_keys(t) for t in toks[i:j]]
    return []


def _gazetteer_places(question: str) -> dict[str, frozenset[str]]:
    """The words of the Arabic names of the gazetteer's places an English question names,
    each with the keys of the place's English name."""
    return {
        token: word_keys(english)
        for english in places_named(question)
        for token in tokenize(PLACES[english])
    }


_FROM = "من"


def _from_places(question: str) -> frozenset[str]:
    """The words right after "من" (from) but the question's first: "ونظرائهم من الهند"
    says where people come from; "من ينظم …" asks who."""
    raw = tokenize(question)
    return frozenset(t for k, t in enumerate(raw) if k > 1 and raw[k - 1] == _FROM)


def _describing(toks: list[str]) -> list[int]:
    """Indexes of the nisba adjectives right after a singular event noun ("الملتقى السعودي
    الياباني"), or after the noun its name goes on with ("مؤتمر الصناعيين الخليجي"), or
    after a body's head noun ("الأكاديمية السعودية للطيران المدني": whose the academy is, not
    where the event is), one after another."""
    out: list[int] = []
    for k in range(1, len(toks)):
        tok = toks[k]
        nisba = tok.startswith("ال") and tok.endswith(("ي", "يه")) and len(tok) > 5
        # "مؤتمر الصناعيين الخليجي": the name's noun may stand between
        of_name = k > 1 and is_event_noun(toks[k - 2]) and toks[k - 1].startswith("ال")
        of_body = any(toks[k - 1] == p + h for p in _DEFINITE for h in _BODY_HEADS)
        # "البطولة العربية", "الدورة الخليجية": a contest's or a course's adjective too
        named = is_event_noun(toks[k - 1]) or names_an_activity(toks[k - 1])
        named = named or _WORD_HEADS.fullmatch(toks[k - 1]) is not None
        after = named or of_name or of_body or (out and out[-1] == k - 1)
        if nisba and after:
            out.append(k)
    return out


# a body's head noun, with the article: "الأكاديمية السعودية", "الهيئة المصرية" (not a town's:
# "المدينة" and "المحافظة" are places)
_BODY_HEADS = ORG_HEADS - {"مدينه", "محافظه"}
_DEFINITE = ("ال", "بال", "لل", "وال", "فال")


_TAKES_PART = frozenset(tokenize("تشارك يشارك شاركت شارك تشاركت وتشارك ويشارك بمشاركة"))
_IN_IT = frozenset(tokenize("فيها فيه به بها"))


def _participants(toks: list[str]) -> list[int]:
    """Indexes of the words naming who takes part: after "تشارك (فيها)" or "بمشاركة"."""
    out = []
    for k, tok in enumerate(toks):
        if tok in _TAKES_PART:
            j = k + 1 + (k + 1 < len(toks) and toks[k + 1] in _IN_IT)
            if j < len(toks):
                out.append(j)
    return out


@lru_cache(maxsize=50_000)
def _english_keys(token: str) -> frozenset[str]:
    """The match keys of the English words the glossary gives for an Arabic word."""
    if token.isascii():
        return frozenset()
    english = english_words(offline_word_keys(token))
    if not english and (sound := sound_key(token)):  # "بانك": a name in Arabic letters
        return frozenset({sound})
    return frozenset(k for e in english for k in word_keys(e))


def _weights(cards: Sequence[EventCard], keysets: list[set[str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for keys in keysets:
        df.update(keys)
    return df


def rank_cards(
    qwords: QuestionWords,
    cards: Sequence[EventCard],
    min_cover: float = MIN_COVER,
    any_place: bool = False,
) -> list[tuple[EventCard, float]]:
    """Cards the question names, best first, with the weighted share of its words they hold.

    Only question words found in some card count (the others are the question's own: "متى",
    "تنعقد", "held"), except a word of the event's name as the question writes it
    (`QuestionWords.named`), which no card holding it means no card is that event; a card
    missing a place the question names is dropped (with `any_place`, one holding none of
    them: a comparison names one place per event).
    """
    keysets = [card_name_keys(c) for c in cards]
    df = _weights(cards, keysets)
    n = len(cards)

    def weight(word: frozenset[str]) -> float:
        best = max((df[k] for k in word), default=0)
        if best == 0:
            return 0.0
        generic = bool(word & _GENERIC)
        return math.log(1 + n / best) * (0.3 if generic else 1.0)

    weighted = [(w, weight(w)) for w in qwords.words]
    total = sum(x for _, x in weighted)
    # a word of the event's name that no card holds ("مهرجان المرجان" among film festival
    # cards) is as telling as the rarest word: no card named in its script is that event (an
    # English card may just lack the Arabic word's translation: "معرض الروبوتات")
    named = set(qwords.named)
    unknown = [w for w, x in weighted if x == 0 and w in named]
    rarest = NAMED_UNKNOWN * math.log(1 + n)
    out: list[tuple[EventCard, float]] = []
    naming: list[tuple[EventCard, float]] = []  # those holding every word the question names
    if total <= 0:
        return out
    for card, keys in zip(cards, keysets, strict=True):
        places = card_place_keys(card) | keys
        missing = [p for p in qwords.places if not (p & places) and not _inside(p, card)]
        if len(missing) < len(qwords.places) and all(p in qwords.joined for p in missing):
            missing = []  # held in the first of the towns joined by "و", as the card says
        if missing and (not any_place or len(missing) == len(qwords.places)):
            continue
        held = sum(x for w, x in weighted if w & keys)
        # an Arabic word an English card lacks may be its translation's: not counted
        counted = unknown if _is_arabic(card.name) else [w for w in unknown if not _arabic_word(w)]
        cover = held / (total + rarest * len(counted))
        if cover >= min_cover and any(w & keys and not (w & _GENERIC) for w, _ in weighted):
            out.append((card, cover))
            if named and all(w & keys for w in named):
                naming.append((card, cover))
    # "أين أقيمت فعاليات مهرجان الإنشاد في عيد طيبة؟": the event the question names after its
    # head noun, before the one it is held in, which may hold more of the question's words
    return sorted(naming or out, key=lambda pair: -pair[1])


def _is_arabic(text: str) -> bool:
    return re.search(r"[\u0600-\u06ff]", text) is not None


def _arabic_word(word: frozenset[str]) -> bool:
    return any(_is_arabic(k) for k in word)


def _inside(place: frozenset[str], card: EventCard) -> bool:
    """Whether a city the question names lies in the country of a card that names no city
    ("معرض مشكاة … في أبها" and a Saudi card without a city): not a different event."""
    if card.city or not card.country:
        return False
    return any(
        (city := city_of_word(k)) is not None and city.country == card.country for k in place
    )


_QUOTED = re.compile(r"[«\"“]([^»\"”]{4,80})[»\"”]")


def titled_cards(question: str, cards: Sequence[EventCard]) -> list[EventCard]:
    """The cards whose name or slogan is a title the question quotes («تجارب الكتاب»)."""
    titles = [" ".join(tokenize(m)) for m in _QUOTED.findall(question)]
    titles = [t for t in titles if t]
    if not titles:
        return []
    out = []
    for card in cards:
        own = [" ".join(tokenize(v)) for v in (card.name, card.slogan) if v]
        if any(t == v or (len(t.split()) >= 2 and t in v) for t in titles for v in own):
            out.append(card)
    return out


def quoted_elsewhere(question: str, cards: Sequence[EventCard]) -> bool:
    """Whether the question quotes a title (of two words or more) that none of the cards
    holds even half of in its name or slogan: «بناء الأمل» is none of them, whatever else the
    question shares with them ("هذا الصيف" and "مهرجان صيف حائل")."""
    titles = [
        [word_keys(t) for t in toks]
        for m in _QUOTED.findall(question)
        if len(toks := [t for t in tokenize(m) if t not in STOPWORDS]) >= 2
    ]
    if not titles:
        return False
    for card in cards:
        keys = _keys(card.name) | _keys(card.slogan)
        if any(2 * sum(bool(w & keys) for w in title) >= len(title) for title in titles):
            return False
    return True


def words_held(qwords: QuestionWords, card: EventCard) -> frozenset[int]:
    """The question's words (their indexes in `qwords.words`) the card's names hold."""
    keys = card_name_keys(card)
    return frozenset(i for i, w in enumerate(qwords.words) if w & keys)


def name_cover(qwords: QuestionWords, card: EventCard) -> float:
    """The share of the question's words (unweighted) in the card's own name and place."""
    keys = _keys(card.name) | card_place_keys(card)
    counted = [w for w in qwords.words if w & (keys | card_name_keys(card))]
    return sum(bool(w & keys) for w in counted) / len(counted) if counted else 0.0


def place_filter(qwords: QuestionWords, cards: Sequence[EventCard]) -> list[EventCard]:
    """The cards held in every place the question names (all cards when it names none)."""
    if not qwords.places:
        return list(cards)
    held = [c for c in cards if all(p & card_place_keys(c) for p in qwords.places)]
    if held or not _alternatives(qwords.places):
        return held
    # "في الرياض وجدة", "في السعودية والبحرين": no event is held in both; each place is asked
    return [c for c in cards if any(p & card_place_keys(c) for p in qwords.places)]


def _alternatives(places: list[frozenset[str]]) -> bool:
    """Whether the places asked are two towns or more, or two countries or more (one event is
    in one of them), not a town and a country ("في جدة بالسعودية": both narrow the events)."""
    kinds: set[str] = set()
    for place in places:
        spots = {p for k in place if (p := place_of_word(k)) is not None}
        kinds |= {"country" if city is None else "town" for _, city in spots} or {"unknown"}
    return len(places) > 1 and kinds in ({"country"}, {"town"})


def held_in_places(qwords: QuestionWords, card: EventCard) -> bool:
    """Whether the card is held in every place the question names (a city the question names
    in the country of a card with no city counts: `_inside`)."""
    places = card_place_keys(card)
    return all(p & places or _inside(p, card) for p in qwords.places)


def names_places(qwords: QuestionWords, text: str) -> bool:
    """Whether an article names every place the question names: the same word ("اليابان",
    "بالمغرب" for "المغرب"), the same city in another script ("جدة" for "Jeddah"), or, for a
    country, a town of it ("بركان" for "المغرب")."""
    if not qwords.places:
        return True
    keys = {k for tok in tokenize(text) for k in word_keys(tok)}
    where = {p for k in keys if (p := place_of_word(k)) is not None}
    countries = {code for code, _ in where}
    for place in qwords.places:
        if place & keys:
            continue
        asked = {p for k in place if (p := place_of_word(k)) is not None}
        # a city asked for must be named; a country, by its name or one of its towns; a word
        # the gazetteers do not know as a place ("طالبا سعوديا": Saudi ones) is not checked
        if asked and not any(p in where or (p[1] is None and p[0] in countries) for p in asked):
            return False
    return True


# the fewest words a question may name that no card holds before no list of the library's
# events answers it (a verb, a month and a field word are three)
UNHELD_WORDS = 4


@lru_cache(maxsize=65536)
def _text_keys(text: str) -> frozenset[str]:
    """`_keys` of a card's text, kept: every list question reads every card's."""
    return frozenset(_keys(text))


def names_what_no_card_holds(qwords: QuestionWords, cards: Sequence[EventCard]) -> bool:
    """Whether the question names something no card knows: at least `UNHELD_WORDS` of its
    words, and half of those that are no place or event noun, are in no card's name, series,
    slogan, topics, bodies or place ("في أي المدن عقدت شركة … ندوات إمكانية البناء؟": listing
    the library's seminars would answer another question)."""
    held: set[str] = set()
    for c in cards:
        held |= _text_keys(" ".join([c.name, c.series, c.slogan or "", *c.topics]))
        held |= _text_keys(
            " ".join([*c.organizers, *c.partners, *c.patrons, c.venue or "", c.city or ""])
        )
    own = [w for w in qwords.words if w not in qwords.places and not (w & _GENERIC)]
    unheld = [w for w in own if not (w & held)]
    return len(unheld) >= UNHELD_WORDS and len(unheld) * 2 >= len(own)


def topic_filter(qwords: QuestionWords, cards: Sequence[EventCard]) -> list[EventCard]:
    """Cards whose name, slogan or topics hold at least half the question's topic words.

    Topic words are the question's words (not places, not generic event words) that some
    card's name, slogan or topics hold; a question with none keeps every card.
    """
    texts = {id(c): _keys(" ".join([c.name, c.series, c.slogan or "", *c.topics])) for c in cards}
    every = set().union(*texts.values()) if texts else set()
    topic = [w for w in qwords.words if w & every and w not in qwords.places and not (w & _GENERIC)]
    if not topic:
        return list(cards)
    return [c for c in cards if sum(bool(w & texts[id(c)]) for w in topic) * 2 >= len(topic)]
