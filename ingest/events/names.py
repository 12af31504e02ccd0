"""Event names, kinds, editions and series: the identity of an event card.

A *name mention* starts at an event head noun (ملتقى، منتدى، مؤتمر، قمة، ندوة، معرض، مهرجان،
ورشة، مسابقة، لقاء; English Conference, Forum, Summit, Show …) and runs over its modifiers and
a following quotation ("مهرجان القطيف الخامس «واحتنا فرحانة»") up to a preposition, a time
word, a verb or a stop word (see `spans.grow_phrase`). The kind is read from the head noun.

Edition: an ordinal inside the name ("الملتقى الخليجي الأول", "الـ 12", "3rd") or an edition
cue next to the event ("النسخة الثالثة من الملتقى", "في نسختها الخامسة", "الدورة السابعة"),
skipping the ones that name an earlier edition ("بعد نجاح القمة الرابعة").

Series (how editions of one series are recognised across articles): the series key is the
place of the event (city, else country) plus the *topic* of its name: the name's words without
the head noun, ordinals, years, edition words, generic adjectives (دولي، عالمي، سنوي، وطني …),
prepositions and the city itself, each reduced by the project's Arabic stemmer. The head noun
is left out on purpose: Berkane's 2024 "النسخة الثانية للندوة الدولية حول المدن الذكية" and
2025 "النسخة الثالثة من الملتقى الدولي حول المدن الذكية" are one series whose articles call
it a symposium once and a forum once; both have place Berkane and topic "مدن ذكي", so both get
series id `berkane-mdn-dhkya` and event ids `berkane-mdn-dhkya-2` / `-3`. Casablanca's
"ملتقى المدينة الذكية" (topic "مدين ذكي", singular) is a different series. The slug is the
place in ASCII (geonames' English city name or the ISO country code) and the topic
transliterated letter by letter; the event id adds the edition, else the year.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.events import places
from ingest.events.places import ADMIN_UNITS, VENUE_HEADS
from ingest.events.spans import (
    CLOSE_QUOTES,
    HONORIFICS,
    OPEN_QUOTES,
    ORG_HEADS,
    PART_NOUNS,
    PHRASE_STOPS,
    Token,
    article_number,
    base_in,
    bases,
    grow_phrase,
    is_definite,
    is_nisba,
    is_time_word,
    is_year,
    paren_end,
    quoted_end,
    sentence_bounds,
    skip_letters,
    starts_clause,
    taf_il,
    tokens,
    trim,
    word_set,
)
from language.analyzer import normalize, stem

# head noun (normalized, without the article) -> kind
_HEADS_AR = {
    "ملتقى": "forum",
    "منتدى": "forum",
    "مؤتمر": "conference",
    "مؤتمرا": "conference",
    "قمة": "summit",
    "ندوة": "symposium",
    "معرض": "exhibition",
    "معرضا": "exhibition",
    "مهرجان": "festival",
    "مهرجانا": "festival",
    "مهرجانات": "festival",
    "ورشة": "workshop",
    "ورش": "workshop",
    "مسابقة": "competition",
    "لقاء": "meeting",
    "اللقاء": "meeting",
    "حفل": "ceremony",
    "حفلا": "ceremony",
    "دورة": "course",
    "ورشتي": "workshop",
    "جامبوري": "event",
    "مخيم": "event",  # "المخيم الكشفي العالمي", "مخيم صيفي" (see `_is_camp`)
    "بينالي": "exhibition",  # "بينالي الشارقة للفنون"
    "حلقة": "symposium",  # "حلقة نقاش", "حلقة حوار": a panel (see `_is_panel`)
    "ورشتا": "workshop",
    "برنامج": "course",  # "البرنامج التدريبي …", "برنامج … الصيفي" (see `_is_programme`)
    "برنامجا": "course",
}
# a body's or an artist's own event: "تنظم الجمعية ملتقاها الثاني", "معرضهما الثنائي"
_OWN_HEADS = {
    "ملتقاه": "ملتقى",
    "ملتقاها": "ملتقى",
    "معرضه": "معرض",
    "معرضها": "معرض",
    "معرضهما": "معرض",
    "مهرجانه": "مهرجان",
    "مهرجانها": "مهرجان",
}
_HEADS_AR |= {own: _HEADS_AR[head] for own, head in _OWN_HEADS.items()}
HEADS_AR = {normalize(k): v for k, v in _HEADS_AR.items()}
# accusative and plural forms count as their base head ("معرضا" is "معرض")
_BASE_HEAD = {
    normalize(k): normalize(v)
    for k, v in {
        "مؤتمرا": "مؤتمر",
        "معرضا": "معرض",
        "مهرجانا": "مهرجان",
        "مهرجانات": "مهرجان",
        "حفلا": "حفل",
        "ورشتي": "ورشة",
        "ورشتا": "ورشة",
        "برنامجا": "برنامج",
        **_OWN_HEADS,
    }.items()
}
_HEAD_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "ولل", "فلل")

EN_HEADS = (
    "Conference|Forum|Summit|Symposium|Exhibition|Expo|Festival|Show|Fair|Congress|"
    "Convention|Awards|Workshop|Ceremony"
)
# a capitalised name ending in a head noun ("Consumer Electronics Show", "World Economic
# Forum", "Festival of Britain" is not read), its words joined by "of", "and", "&" or "on"
# only ("Los Angeles for the Electronic Entertainment Expo" is the expo alone); or the
# capitalised owner of a lower-case meeting ("Labour's spring conference", "the Liberal
# Democrat conference", "the TUC's annual congress")
# a word of a name: a full stop only inside it ("U.S."), never at its end, so a name does not
# run across a sentence ("… in Los Angeles. The Electronic Entertainment Expo")
_EN_WORD = r"[\w'’&-]*(?:\.[\w'’&-]+)*"
_EN_NAME_RE = re.compile(
    r"\b(?:(?:[A-Z]|\d+[A-Z])" + _EN_WORD + r"\s+(?:(?:of|and|on|&)\s+(?=[A-Z]))?){0,6}"
    r"(?:" + EN_HEADS + r")\b"
    # "World Summit on (for) the Information Society", "Conference on Disarmament" (not "on
    # Sunday")
    r"(?:\s+(?:on|for)\s+(?:the\s+)?(?!(?:"
    + "|".join(sorted(places.EN_TIME))
    + r")\b)(?:[A-Z][\w'’&-]*(?:\s+(?=[A-Z])|\b)){1,4})?"
    r"|\b(?:[A-Z]" + _EN_WORD + r"\s+\d{1,2}\s+"  # "Live 8 concerts": a number inside
    # "T in the Park festival": "in", "of", "on" (and "the") between capitalised words
    r"|(?:(?:[A-Z]|\d+[A-Z])"
    + _EN_WORD
    + r"(?:['’]s)?\s+(?:(?:in|of|on)\s+(?:the\s+)?(?=[A-Z]))?){1,4}"
    r"(?:(?:19|20)\d\d\s+)?)"  # "Aero India 2005 air show": the year of this edition
    r"(?:(?!press\b|news\b|television\b|radio\b|chat\b|game\b)[a-z][a-z-]+\s+){0,2}"
    r"(?:conference|congress|convention|summit|festival|awards|fair|expo|exhibition|ceremony|forum"
    r"|concerts?"
    r"|(?<=trade )show|(?<=motor )show|(?<=games )show|(?<=gadget )show|(?<=air )show"
    r"|(?<=[12]\d\d\d )show"  # "the Autosport International 2005 show"
    r"|(?<=party )meeting|(?<=\bG\d )meeting|(?<=\bG\d\d )meeting)\b"  # "the G7 meeting"
    r"|\b(?:spring|autumn|annual|party|national)\s+conference\b"
)
# "the world's biggest technology fair, Cebit, has opened": a name in apposition to the kind
_EN_APPOSED_RE = re.compile(
    r"\b(fair|show|festival|conference|congress|convention|expo|exhibition|summit|forum)"
    r"(?:,| called| known as| dubbed) ((?:[A-Z][\w'’&-]*\s?){1,4}?)(?=[,.]|\s(?:has|have|is|was|opens|opened|which|in|at)\b)"
)
_EN_DESCRIPTION = re.compile(
    r"['’]s (?:biggest|largest|leading|main|premier|top|oldest|best-known|most)\b"
)
# a name with no kind word, then its kind in apposition: "Game Stars Live, a new show for
# gamers, opens …"
_EN_NAME_THEN_KIND_RE = re.compile(
    r"(?:^|(?<=[.\n] )|(?<=\n)|(?<=\bat )|(?<=\bfor ))((?:[A-Z][\w'’&-]*\s){0,3}[A-Z][\w'’&-]*),"
    r" (?:a|an|the) (?:[a-z'’-]+\s){0,3}(show|festival|conference|fair|expo|exhibition|summit"
    r"|forum|congress|convention|concert)\b"
)
# "… at GadgetWorld, which opened at ExCeL on Friday. … the show is …": a name with no kind
# word where the story is set, said to open or run; its kind is that of the next reference
_EN_NAME_WHICH_RE = re.compile(
    r"\b(?:at|for) (?:the )?((?:[A-Z][\w'’&-]*\s){0,3}[A-Z][\w'’&-]*), which "
    r"(?:opened|opens|got under way|gets under way|began|begins|started|starts|kicked off"
    r"|kicks off|runs|ran|closed|closes|ended|ends)\b"
)
# award ceremonies English news names by their prize alone ("won two awards at the Brits")
_EN_CEREMONIES_RE = re.compile(
    r"\b(?<=the )(Oscars|Baftas|Grammys|Brits|Emmys|Golden Globes|Mobos|Ivor Novellos)\b"
)
# capitalised words that begin a sentence or a clause rather than a name
_EN_NOT_NAME = frozenset(
    (
        "The",
        "This",
        "That",
        "These",
        "A",
        "An",
        "Its",
        "It",
        "Their",
        "His",
        "Her",
        "Our",
        "My",
        "Your",
        "Last",
        "Next",
        "Yesterday",
        "Today",
        "On",
        "In",
        "At",
        "By",
        "For",
        "From",
        "And",
        "But",
        "Speaking",
        "During",
        "After",
        "Before",
        "Since",
        "While",
        "When",
        "As",
        "If",
        "Earlier",
        "Later",
        "Meanwhile",
        "However",
        "Thousands",
        "Hundreds",
        "Delegates",
        "Organisers",
    )
)
# "the show", "this year's fair", "the event", "the ceremony": a reference back to the event
_EN_REF_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his year's)(?: [a-z-]+)? ("
    + EN_HEADS.lower()
    + r"|event|gathering|ceremony|concert|(?<=annual )meeting|(?<=-day )meeting)\b"
    r"(?!['’]?s? (?:of|for) )"
)
_EN_MEETING_REF_RE = re.compile(r"\b[Tt]he (meeting)\b(?!['’]?s? (?:of|for|with|between) )")
EN_KINDS = _EN_KINDS = {
    "conference": "conference",
    "forum": "forum",
    "summit": "summit",
    "symposium": "symposium",
    "exhibition": "exhibition",
    "expo": "exhibition",
    "festival": "festival",
    "show": "exhibition",
    "fair": "exhibition",
    "congress": "conference",
    "convention": "conference",
    "awards": "ceremony",
    "workshop": "workshop",
    "event": "event",
    "gathering": "event",
    "meeting": "event",
    "ceremony": "ceremony",
    "concert": "event",
    "concerts": "event",
}

_UNITS = {
    "اول": 1, "اولي": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3, "رابع": 4,
    "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7,
    "ثامن": 8, "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10, "حادي": 1,
    "حاديه": 1,
}  # fmt: skip
_TENS = {
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
}  # fmt: skip
# an edition number's Arabic ordinal (masculine, normalized: 4 -> "الرابع"), for finding the
# sentence that names an edition an English question asks about
ARABIC_ORDINALS = {
    n: "ال" + word for word, n in reversed(_UNITS.items()) if not word.startswith("حادي")
}
# the words of an Arabic ordinal as a question or an article writes them ("الثانية عشرة",
# "الحادي والعشرين"), for telling them from a name's words
ORDINAL_WORDS = frozenset(
    {"ال" + unit for unit in _UNITS}
    | {"وال" + tens for tens in _TENS}
    | {normalize("عشر"), normalize("عشرة")}
)
_EN_ORD = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_EDITION_WORDS = frozenset(
    normalize(w)
    for w in ["النسخة", "نسخة", "نسختها", "نسخته", "الدورة", "دورة", "دورتها", "دورته"]
    # Maghreb papers count editions as "طبعات": "في طبعته الرابعة"
    + ["الطبعة", "طبعة", "طبعتها", "طبعته"]
    # "ملتقى «…» في عامه الخامس": an annual event's how-manieth year is its edition
    + ["عامه", "عامها"]
    # "أضاء مهرجان جرش شعلته الثلاثين": a festival lights its torch once an edition
    + ["شعلته", "شعلتها"]
)
# "للمرة الثالثة", "للعام الثالث على التوالي": the how-manieth time the event is held
_TIMES_WORDS = frozenset(normalize(w) for w in ["للمرة", "للعام", "للسنة"])
_SPLIT_PREPOSITIONS = frozenset(("ب", "ل", "ك"))
_IN_A_ROW = (normalize("على"), normalize("التوالي"))
_EARLIER = frozenset(normalize(w) for w in ["بعد", "نجاح", "السابقة", "الماضية", "سابقة"])
_FEMININE_HEADS = word_set("ندوة قمة مسابقة ورشة ورش دورة حلقة")
_MASCULINE_HEADS = word_set("ملتقى منتدى مؤتمر معرض مهرجان لقاء حفل")
_EXPECTED = word_set("يتوقع ويتوقع المتوقع يؤمل ويؤمل يطمح ويطمح")
# "وبدأ المهرجان ببطولة كأس العالم … بنسخته الأولى": "its edition" after a contest the event
# holds is the contest's
_CONTESTS = word_set("بطولة ببطولة وبطولة كأس بكأس جائزة بجائزة مسابقة بمسابقة سباق بسباق")
_OWN_EDITION = frozenset(
    normalize(w)
    for w in ["نسختها", "نسخته", "دورتها", "دورته", "طبعتها", "طبعته", "شعلته", "شعلتها"]
)
_GENERIC = frozenset(
    stem(normalize(w))
    for w in [
        "الدولي",
        "الدولية",
        "العالمي",
        "العالمية",
        "الإقليمي",
        "الاقليمي",
        "السنوي",
        "السنوية",
        "الوطني",
        "الوطنية",
        "الأول",
        "الاول",
        "حول",
        "في",
        "عن",
        "من",
        "على",
        "الـ",
        "ال",
        "الخليجي",
    ]  # noqa: SIM905
)


# a title soon after an indefinite head noun, in its sentence
_TITLED = re.compile(r"[^.؟!\n]{0,40}?(?:بعنوان|تحت عنوان)\s*[«\"“(]")


@dataclass(frozen=True)
class NameMention:
    """An event name in the text: `text[start:end]`, its head noun's kind and edition."""

    start: int
    end: int
    text: str
    kind: str
    head: str  # normalized head noun
    edition: int | None
    edition_span: tuple[int, int] | None
    words: int  # words after the head noun (0: a bare reference such as "الملتقى")


def head_of(tok: Token) -> tuple[str, int] | None:
    """(head, letters of clitics to skip) when the word is an event head noun."""
    for prefix in _HEAD_PREFIXES:
        if not tok.norm.startswith(prefix):
            continue
        rest = tok.norm[len(prefix) :]
        keep_article = rest.startswith("ال")
        head = rest[2:] if keep_article else rest
        if head in HEADS_AR:
            return _BASE_HEAD.get(head, head), len(prefix)
        if rest in HEADS_AR:
            return _BASE_HEAD.get(rest, rest), len(prefix)
    return None


def ordinal_at(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of an ordinal at token `i`: الثالث، الحادي عشر، الـ 12, 3rd."""
    tok = toks[i]
    low = tok.text.lower()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", low)
    if m:
        return int(m.group(1)), 1
    if low in _EN_ORD:
        return _EN_ORD[low], 1
    if tok.norm == "ال":
        return article_number(toks, i)
    if tok.norm.startswith("ال") and tok.norm[2:].isdigit():  # "الـ12"
        return int(tok.norm[2:]), 1
    base = tok.norm[2:] if tok.norm.startswith("ال") else None
    if base is None or base not in _UNITS:
        return None
    value, used = _UNITS[base], 1
    if i + 1 < len(toks) and toks[i + 1].norm in ("عشر", "عشره"):
        value, used = value + 10, 2
    elif i + 1 < len(toks) and toks[i + 1].norm.startswith("وال"):
        tens = _TENS.get(toks[i + 1].norm[3:])
        if tens:
            value, used = value + tens, 2
    elif base in ("حادي", "حاديه"):
        return None
    return value, used


def _ordinal_in(toks: list[Token], lo: int, hi: int) -> tuple[int, tuple[int, int]] | None:
    for k in range(lo, hi):
        found = ordinal_at(toks, k)
        if found:
            value, used = found
            if _edition_of_another(toks, k, used):
                continue
            return value, (toks[k].start, toks[k + used - 1].end)
    return None


def _edition_of_another(toks: list[Token], k: int, used: int) -> bool:
    """ "ورشة لمناقشة النسخة الأولى للخطة": an edition word, its ordinal, then "ل" + a noun
    that is no event: the edition of the plan, not of the workshop."""
    before = toks[k - 1] if k else None
    after = toks[k + used] if k + used < len(toks) else None
    if after is not None and after.norm == "من" and k + used + 1 < len(toks):
        after = toks[k + used + 1]  # "النسخة الأولى من جائزة «…»": the prize's edition
        if after.text in ('"', "«", "“") and k + used + 2 < len(toks):
            after = toks[k + used + 2]
        # "الملتقى الثاني من 3 ــ 5 رجب": its days follow, not what it is an edition of
        return (
            after.is_word
            and not after.norm.isdigit()
            and head_of(after) is None
            and after.norm not in _EDITION_OF
        )
    return (
        before is not None
        and any(b in _EDITION_WORDS for b in bases(before.norm))
        and after is not None
        and after.norm.startswith("ل")
        and head_of(after) is None
        and after.norm not in _THIS_YEAR  # "في دورته الخامسة لهذا العام": the event's own
    )


# what "النسخة الأولى من …" may be said of and still be the event's own edition
_EDITION_OF = word_set("فعاليات الفعاليات أعمال اعمال برنامج هذا هذه")
_THIS_YEAR = word_set("لهذا لهذه للعام لعام للسنة لسنة لموسم للموسم")


# the adjectives that make "برنامج" a programme one attends (see `_is_programme`)
_PROGRAMME_STEMS = ("تدريبي", "تأهيلي", "صيفي", "إثرائي")


def _bare_alif(word: str) -> str:
    """ "تأهيلي" -> "تاهيلي": the word as news often types it, its alifs without hamza."""
    return word.translate(str.maketrans("أإ", "اا"))


# a quick screen: an article with none of these letters in a row has no event head noun
_ANY_HEAD_RE = re.compile(
    "ملتق|منتد|مؤتمر|مءتمر|قمة|قمه|ندوة|ندوه|معرض|مهرجان|ورش|مسابق|لقاء|حفل|دورة|دوره|جامبوري|بينالي|حلقة|حلقه|مخيم|"
    # a programme only with the words that make it one (see `_is_programme`)
    "برنامج\\S*(?:\\s+\\S+){0,3}?\\s+\\S*(?:"
    + "|".join(dict.fromkeys(w for stem in _PROGRAMME_STEMS for w in (stem, _bare_alif(stem))))
    + ")|"
    + EN_HEADS
    + "|"
    + EN_HEADS.lower()
    + "|[Cc]oncert|[Ee]vent|[Gg]athering|[Mm]eeting"
)


def has_head(text: str) -> bool:
    """Whether `text` may mention an event (cheap check before tokenizing)."""
    return (
        _ANY_HEAD_RE.search(text) is not None
        or _HEADLESS_SERIES.search(text) is not None
        or _SUMMER.search(text) is not None
        or _EID_FESTIVITIES.search(text) is not None
    )


_CEREMONY = normalize("حفل")
# a ceremony names its occasion ("حفل المعايدة", "حفل الأهالي بالعيد"); one that opens or
# closes something is that thing's part ("حفل افتتاح المهرجان", "الحفل الختامي للمسابقة"),
# and one with only an adjective is a party or a concert ("حفل غنائي", "حفل كبير"; a word in ي
# is taken for an adjective: a form alone does not tell a nisba from a plural, and a missed
# ceremony costs less than a concert taken for one. "أهالي", the one plural news puts there,
# is known: "حفل أهالي المحافظة" is the town's party)
_NO_OCCASION = word_set(
    "افتتاح الافتتاح الافتتاحي افتتاحي ختام الختام الختامي ختامي اختتام الاختتام تدشين التدشين "
    # a meal is no occasion: "ظهرت البعثة في حفل عشاء بالقاهرة"
    "عشاء العشاء غداء الغداء"
)

_PARTY_ADJECTIVES = word_set(
    "كبير ضخم بهيج رائع مميز حاشد جميل صغير ساهر مهيب كبيرا ضخما بهيجا رائعا مميزا حاشدا"
)
_OCCASION_CUES = word_set("بمناسبة احتفاء احتفالا")


def _no_occasion(toks: list[Token], i: int) -> bool:
    """Whether the ceremony at token `i` names no occasion of its own: an opening or closing
    or an adjective only (a bare "الحفل" refers back and is kept). "حفل معايدة" names it by
    a genitive; "الحفل", which takes none, by a preposition after its adjectives ("الحفل
    السنوي لرواد الأعمال")."""
    j = i + 1
    if toks[i].norm.startswith(("ال", "بال", "وال", "لل")):
        while j < len(toks) and toks[j].is_word and toks[j].norm.startswith("ال"):
            if toks[j].norm in _NO_OCCASION:
                return True
            j += 1
        if j == i + 1:
            return False  # "الحفل" alone refers to one named before
        return j >= len(toks) or not toks[j].norm.startswith(("ل", "ب"))
    after = toks[j] if j < len(toks) else None
    if after is None or not after.is_word:
        return False
    if after.norm in _NO_OCCASION:
        return not _opens_a_place(toks, j)
    k = j
    while k < len(toks) and toks[k].is_word and _party_adjective(toks[k].norm):
        k += 1
    if k > j and k < len(toks) and toks[k].norm in _OCCASION_CUES:
        return False  # "حفلاً شعبيًا بمناسبة العيد": its occasion after the adjective
    return k > j


# what a ceremony of opening opens when that is the occasion itself: a place or a project
# ("حفل افتتاح منتزه …", "حفل تدشين مشروع …"), not an event the ceremony is a part of
_OPENINGS = word_set("افتتاح تدشين")
_OPENED = VENUE_HEADS | word_set("مشروع")


def _opens_a_place(toks: list[Token], j: int) -> bool:
    """Whether "افتتاح"/"تدشين" at token `j` opens a place or a project named next."""
    if toks[j].norm not in _OPENINGS or j + 1 >= len(toks) or not toks[j + 1].is_word:
        return False
    norm = toks[j + 1].norm
    return norm in _OPENED or (norm.startswith("ال") and norm[2:] in _OPENED)


_PEOPLE = places.PEOPLE_OF
# what every body holds a party for: the Eid greeting, a reception
_ANY_BODYS = word_set("معايدة استقبال")


def _no_name_alone(norm: str) -> bool:
    """A word after "حفل" that does not tell which party it is: an adjective ("الشعبي",
    "كبيرا"), the townspeople with no town ("الأهالي") or what every body holds one for
    ("حفل معايدة", "حفل الاستقبال")."""
    bare = norm.removeprefix("ال")
    return _party_adjective(bare) or (bare != norm and bare in _PEOPLE) or bare in _ANY_BODYS


def _party_adjective(norm: str) -> bool:
    """An indefinite adjective after "حفل" ("غنائي", "شعبيًا", "كبير")."""
    if norm.startswith(("ال", "ل", "ب")) or norm in _PEOPLE:
        return False
    return norm in _PARTY_ADJECTIVES or norm.endswith(("ي", "يه", "يا"))


_PURPOSE = word_set("لبحث ولبحث لمناقشة ولمناقشة")
_SLOGAN_WORDS = word_set("شعار بشعار وشعار")
_COURSE = normalize("دورة")
_ITS_ROUND = word_set("دورته دورتها")
# "دورة" numbers an edition ("الدورة الثالثة للمهرجان", "الدورة الـ37 من موسم أصيلة"); it
# is a course when called one ("دورة تدريبية", "الدورة التأسيسية الرابعة"), when a
# title follows ("دورة «…»", "دورة بعنوان …") or when it teaches a skill ("دورة تطوير أداء
# المعلمين"). Not "دورة رمضانية" or "دورة الخليج": tournaments are not courses.
_COURSE_WORDS = word_set(
    "تدريبية التدريبية تأهيلية التأهيلية تأسيسية التأسيسية تثقيفية التثقيفية توعوية التوعوية "
    "تطويرية التطويرية تخصصية التخصصية متخصصة المتخصصة مسرحية المسرحية مكثفة المكثفة "
    "تعليمية التعليمية"
)
_COURSE_SKILLS = word_set(
    "تطوير تدريب تأهيل إعداد اعداد تعليم تعلم تنمية مهارات إسعافات اسعافات بعنوان "
    "فن فنون مهارة"  # "دورة فن الإلقاء"
)


# a number before "دورة" counts courses ("تنفيذ 40 دورة تدريبية"): it names none of them
_COUNTS = word_set("عشر عشرين ثلاثين أربعين خمسين مئة مائة ألف آلاف عدة عدد")


def _other_sense(head: str, toks: list[Token], i: int) -> bool:
    """ "الدورة الثالثة" is an edition, "الحلقة الأولى من المسلسل" an episode, "برنامج" a
    broadcast or a plan: not a course, a panel or a programme one attends."""
    return (
        (head == _COURSE and not _is_course(toks, i))
        or (head == _PANEL and not _is_panel(toks, i))
        or (head == _PROGRAMME and not _is_programme(toks, i))
        or (head == _CAMP and not _is_camp(toks, i))
        or _in_the_course_of(toks, i)
    )


_EXHIBITION = normalize("معرض")
_IN = word_set("في وفي")
# a verbal noun with its pronoun: "حديثه", "ردها", "تعليقهم"
_WITH_PRONOUN = re.compile(r"(?:ه|ها|هم|هما|هن)$")


def _in_the_course_of(toks: list[Token], i: int) -> bool:
    """ "في معرض حديثه", "وفي معرض ردها على سؤال": "while speaking", not an exhibition."""
    return (
        toks[i].norm == _EXHIBITION
        and i > 0
        and toks[i - 1].norm in _IN
        and i + 1 < len(toks)
        and toks[i + 1].is_word
        and _WITH_PRONOUN.search(toks[i + 1].text) is not None
    )


_CAMP = normalize("مخيم")
# a camp people go to says what kind it is right after its noun ("المخيم الكشفي العالمي",
# "مخيم صيفي للطلاب", "مخيم «سراج» الرابع"); a town's or refugees' camp names a place
# ("مخيم اليرموك", "مخيمات اللاجئين")
_CAMP_WORDS = word_set(
    *(
        f"{stem} ال{stem} {stem}ا"
        for stem in ("كشفي", "صيفي", "دعوي", "شبابي", "طلابي", "تدريبي", "ترفيهي", "تطوعي",
                     "ربيعي", "شتوي", "رياضي", "علمي", "دولي", "عالمي")
    )
)  # fmt: skip


def _is_camp(toks: list[Token], i: int) -> bool:
    """Whether "مخيم" at token `i` is a camp held for people (scouts, students, a summer),
    not a refugee camp or a place called so: said with its kind, or "المخيم" alone after
    such a camp ("… فعاليات المخيم الصيفي الأول … وسيقام المخيم في مدينة الرياض")."""
    if _camp_named_at(toks, i):
        return True
    definite = any(b.startswith("ال") for b in bases(toks[i].norm))
    return definite and any(
        t.is_word and t.norm.endswith(_CAMP) and _camp_named_at(toks, j)
        for j, t in enumerate(toks[:i])
    )


def _camp_named_at(toks: list[Token], i: int) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and (
        nxt.text in OPEN_QUOTES or (nxt.is_word and nxt.norm in _CAMP_WORDS)
    )


_PROGRAMME = normalize("برنامج")
# a programme people attend says so within its first words: "البرنامج التدريبي الأول",
# "برنامج إعداد القادة التأهيلي", "برنامج … الصيفي" (not a broadcast, a plan or an app);
# the stems with the article or the accusative ("برنامجا تدريبيا")
_PROGRAMME_WORDS = word_set(*(f"{stem} ال{stem} {stem}ا" for stem in _PROGRAMME_STEMS))


# "تنطلق فعاليات برنامج «اصنع مهارة»": a programme with activities is held, whatever its name
_HELD_PROGRAMME = word_set("فعاليات وفعاليات لفعاليات بفعاليات")


def _is_programme(toks: list[Token], i: int) -> bool:
    """Whether "برنامج" at token `i` is a training or summer programme, or one held with its
    activities."""
    after = toks[i + 1 : i + 4]
    if any(t.is_word and t.norm in _PROGRAMME_WORDS for t in after):
        return True
    return i > 0 and toks[i - 1].norm in _HELD_PROGRAMME


_PANEL = normalize("حلقة")
_PANEL_WORDS = word_set("نقاش نقاشية النقاش النقاشية حوار حوارية الحوار الحوارية")


def _is_panel(toks: list[Token], i: int) -> bool:
    """Whether "حلقة" at token `i` is a panel ("حلقة نقاش الشباب", "حلقة حوارية"), not an
    episode, a ring or a link."""
    return i + 1 < len(toks) and toks[i + 1].is_word and toks[i + 1].norm in _PANEL_WORDS


def _is_course(toks: list[Token], i: int) -> bool:
    """Whether "دورة" at token `i` is a course, not an event's edition."""
    before = toks[i - 1] if i else None
    if before is not None and (before.norm.isdigit() or before.norm.removeprefix("و") in _COUNTS):
        return False
    after = toks[i + 1 : i + 3]
    if any(t.is_word and t.norm in _COURSE_WORDS for t in after):
        return True
    if toks[i].norm.endswith("الدوره") or not after:
        return False
    first = after[0]
    if first.text in OPEN_QUOTES:
        return True
    return first.is_word and first.norm in _COURSE_SKILLS


# what a course's "في …" is when it is not its subject: where or when it is held
_NOT_A_SUBJECT = word_set("الفترة فترة الساعة مساء صباح يوم اليوم شهر الشهر الأسبوع الاسبوع")


def _course_subject(text: str, toks: list[Token], end_i: int) -> int:
    """A course is named by what it teaches ("دورة تدريبية في فن الزخرفة"): its name runs
    over "في" + a subject, not over where ("في الرياض", "في مقر الجمعية") or when it is."""
    if end_i + 1 >= len(toks) or toks[end_i].norm not in ("في", "فى"):
        return end_i
    first = toks[end_i + 1]
    bare = first.norm.removeprefix("ال")
    if (
        not first.is_word
        or first.norm in _NOT_A_SUBJECT
        or bare in places.VENUE_HEADS
        or bare in places.ADMIN_UNITS
        or _is_city(first.norm)
        or first.norm in places.country_name_words()
    ):
        return end_i
    return grow_phrase(text, toks, end_i + 1, max_words=6, stops=_NAME_STOPS)


def find_names(text: str, title: str = "") -> list[NameMention]:
    """Every event head noun in `text` with the name phrase grown from it (the `title` tells
    which town festival the article is about: see `_summer_festivals`)."""
    toks = tokens(text)
    out: list[NameMention] = []
    bodies_named: list[tuple[str, set[str]]] = []  # (head, words) of bodies an event noun heads
    for i, tok in enumerate(toks):
        if not tok.is_word:
            continue
        found = head_of(tok)
        if found is None:
            continue
        head, skip = found
        quoted_plural = (i and toks[i - 1].text in OPEN_QUOTES) or (
            i + 1 < len(toks) and toks[i + 1].text in OPEN_QUOTES
        )
        if tok.norm.endswith("ات") and not quoted_plural:
            # "إنشاء مهرجانات أو مسابقات": festivals in general; «مهرجانات بيت الدين» and
            # "مهرجانات «أعياد بيروت»" name one
            continue
        if head == _CEREMONY and _no_occasion(toks, i):
            continue
        if _other_sense(head, toks, i):
            continue
        if i and toks[i - 1].norm in _SLOGAN_WORDS:
            continue  # "تحت شعار ملتقى الفن والجمال": the slogan's words, no event
        quoted = _quoted_before(text, toks, i) if skip_article_head(tok.norm, skip) else None
        if quoted is not None:  # «موسترا … MCE» المعرض العالمي …: the quotation is the name
            qs, qe = quoted
            count = len(text[qs:qe].split())
            out.append(NameMention(qs, qe, text[qs:qe], HEADS_AR[head], head, None, None, count))
            continue
        mention = _bare_head(text, toks, i, skip, _arabic_name(text, toks, i, head, skip))
        if not _a_body(toks, i, mention, bodies_named):
            out.append(_quoted_edition(text, mention))
    out.extend(_english_names(text))
    out.extend(series_without_head(text, out, title))
    out.extend(_bare_names(text, out))
    out.sort(key=lambda n: n.start)
    return _paired_heads(text, out)


# festivals known by a name with no event noun ("سوق عكاظ" is held every summer near Taif;
# "سوق" alone is a market): the name, its edition number if one follows ("سوق عكاظ 9")
_HEADLESS_SERIES = re.compile(
    r"(?<![\w])(?:و|ب|ل|وب|ول|ف)?(?P<name>سوق\s+عكاظ)(?:\s+(?:ال)?(?P<n>\d{1,2})(?![\d/.-]))?"
)


def _heads_series(m: NameMention, series: str) -> bool:
    """ "مهرجان سوق عكاظ", "المهرجان التراثي «سوق عكاظ»": the series named right after a
    head and its adjectives (not "مسابقة شاعر سوق عكاظ", a contest held inside it)."""
    name = normalize(m.text)
    at = name.find(series)
    before = re.sub(r"[^\w\s]", " ", name[:at]).split() if at > 0 else []
    adjectives = all(w.startswith("ال") or w.endswith(("ي", "يه")) for w in before[1:])
    return bool(m.words) and 0 < len(before) <= 3 and adjectives


# "مسابقة المساجلة الشعرية بـ«سوق عكاظ»", "… في سوق عكاظ": the festival is where another
# event named just before it in its sentence is held
_HELD_IN = re.compile(r"^[^.\n،؛]{0,40}?(?:\s(?:في|فى)\s*[«\"“]?|\sبـ?\s*[«\"“]?)$")


# the festival as an institution to develop, or the ancient market, not this year's event
_AS_A_TOPIC = re.compile(r"(?<!\w)[وبل]?(?:تطوير|مستقبل|تاريخ|هوية|إحياء|احياء)\s+$")
_IN_HISTORY = re.compile(r"\s+(?:في\s+)?(?:الجاهلية|العصر\s+الجاهلي)")
# inside a quoted title or slogan ("عنوان «سوق عكاظ.. المعوقات والحلول»", "ندوة بعنوان " ليبيا
# على حافة …"): the topic of the event that bears it, not a mention or a place of an event
IN_A_TITLE = re.compile(
    r"(?<!\w)(?:بعنوان|عنوان|شعار|بشعار|شعاره|شعارها)\s*:?\s*[«\"“”'(]\s*[^\"«»“”.\n]*$"
)


def _held_in(text: str, at: int, found: list[NameMention]) -> bool:
    """Whether the series named at `at` follows "في"/"ب" right after another event's name."""
    lo = sentence_bounds(text, at)[0]
    before = [n for n in found if n.words and lo <= n.start and n.end <= at]
    if not before:
        return False
    last = max(before, key=lambda n: n.end)
    gap = text[last.end : at] + (" ب" if text.startswith(("ب", "وب"), at) else "")
    return _HELD_IN.match(gap) is not None


def series_without_head(text: str, found: list[NameMention], title: str = "") -> list[NameMention]:
    """Mentions of a festival known by a name with no head noun, beside the names already
    `found`: not inside one of them, not where another event is held, not the institution
    discussed; under the head of the festival a found name calls it ("مهرجان سوق عكاظ")."""
    out = []
    for m in _HEADLESS_SERIES.finditer(text):
        start = m.start("name")
        if any(n.start <= start < n.end for n in found):
            continue  # "مهرجان سوق عكاظ": named by its head already
        if _held_in(text, m.start(), found):
            continue  # "مسابقة المساجلة الشعرية في سوق عكاظ": where that contest is held
        if _AS_A_TOPIC.search(text, max(0, m.start() - 12), m.start()) or _IN_HISTORY.match(
            text, m.end()
        ):
            continue  # "مقترحات لتطوير سوق عكاظ", "سوق عكاظ في الجاهلية": the institution
        if IN_A_TITLE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "ورشة … عنوان «سوق عكاظ.. المعوقات»": the topic of another event
        # elsewhere "لمهرجان سوق عكاظ": the bare name is that festival's, under its head
        series = normalize(m.group("name"))
        headed = next((n for n in found if _heads_series(n, series)), None)
        kind, head = (headed.kind, headed.head) if headed else ("festival", "سوق")
        end = m.end("name")  # "سوق عكاظ 9" is the ninth "سوق عكاظ"
        edition = int(m.group("n")) if m.group("n") else None
        span = (m.start("n"), m.end("n")) if m.group("n") else None
        out.append(NameMention(start, end, text[start:end], kind, head, edition, span, 1))
    eid = _eid_festivities(text, found)
    # not "عيد الرياض" in "احتفالات عيد الرياض"
    out.extend(_summer_festivals(text, found + eid, title))
    out.extend(eid)
    return out


# a town's or a municipality's Eid festivities, a festival of their own with sites, a
# programme and visitors ("احتفالات أمانة الرياض بعيد الفطر المبارك", "احتفالات العيد
# بالعاصمة المقدسة", "احتفالات عيد الرياض"): the plural, up to four words of whose, then Eid;
# the singular only as a town's people's ("احتفال أهالي ينبع بعيد الفطر": "الاحتفال بالعيد"
# alone is celebrating, said of anyone)
_EID_FESTIVITIES = re.compile(
    r"(?<![\w])(?:و|ب|ل|وب|ول|ف)?(?P<name>(?:(?:ال)?احتفالات|احتفال(?=\s+"
    + places.PEOPLE_OF_RE
    + r"\s))"
    r"\s+(?:[\u0621-\u064a]+\s+){0,4}?"
    r"(?:ب|ل)?(?:ال)?عيد(?:\s+(?:الفطر|الأضحى|الاضحى))?(?:\s+(?:المبارك|السعيد))?)(?![\w])"
)
_OF_ITS_PEOPLE = re.compile(r"\s+(?:ل|ب)" + places.PEOPLE_OF_RE + r"\s+[\u0621-\u064a]{3,}(?![\w])")
# in passing: the time of something else ("خلال احتفالات العيد"), or its setting ("ضمن
# احتفالات …", "تزامنا مع احتفالات …")
EID_IN_PASSING = re.compile(
    r"(?<!\w)(?:خلال|أثناء|اثناء|ضمن|مع|تواكب|يواكب|بمناسبة|لمناسبة|عدم\s+إقامة|عدم\s+اقامة"
    # "كرمت الأمانة الجهات المشاركة في احتفالات …": the ceremony is the story
    r"|(?:ال)?مشارك(?:ة|ين|ون)?\s+في)\s*$"
)
_EID_LEAD = 300  # chars: festivities first named past the lead are the setting of the story
_EID_TOWN = re.compile(r"\s+(?P<town>[\u0621-\u064a]+)(?P<more>\s+[\u0621-\u064a]+)?")


def _eid_festivities(text: str, found: list[NameMention]) -> list[NameMention]:
    """Mentions of Eid festivities (see `_EID_FESTIVITIES`) when the first is in the lead and
    not in passing, nor where another event `found` is held ("مسابقة … في احتفالات …")."""
    out: list[NameMention] = []
    for m in _EID_FESTIVITIES.finditer(text):
        start, end = m.start("name"), m.end("name")
        if not out and start >= _EID_LEAD:
            break
        if EID_IN_PASSING.search(text, max(0, m.start() - 24), m.start()):
            continue
        if _held_in(text, m.start(), found):
            continue
        if text[start:end].split()[-1] == "عيد":
            # "احتفالات عيد الرياض", "احتفالات عيد طيبة 36": the town (and the year) after a
            # bare Eid belong to the name, read as a town festival's are; with no town, no
            # festivities are named
            after = _EID_TOWN.match(text, end)
            town_end = _festival_town(text, after) if after else None
            if town_end is None:
                continue
            year = _HIJRI_YEAR_AFTER.match(text, town_end)
            end = year.end() if year else town_end
        elif people := _OF_ITS_PEOPLE.match(text, end):
            end = people.end()  # "احتفالات العيد لأهالي الدلم": whose festivities they are
        words = len(text[start:end].split()) - 1
        out.append(
            NameMention(start, end, text[start:end], "festival", "احتفالات", None, None, words)
        )
    return out


# a Saudi town's summer or Eid festival by the season or the feast and the town ("صيف عنيزة
# 36", "عيد وصيف الخرج", "صيف منطقة الباحة 1436", "عيد الرياض"): the number after it is the
# Hijri year, no edition
_SUMMER = re.compile(
    r"(?<![\w])(?:و|ب|ل|وب|ول|ف)?(?P<name>(?:عيد\s*و\s*)?صيف|عيد)\s+(?:(?:محافظة|منطقة)\s+)?"
    r"(?P<town>[\u0621-\u064a]+)(?P<more>\s+[\u0621-\u064a]+)?"
)
_HIJRI_YEAR_AFTER = re.compile(r"\s*(?:الـ\s*|ال)?(?:1436|36|1437|37|1435|35)(?![\d/.-])")
# a summer festival first named past the lead is the setting of the article's own story (a
# play, a children's party "ضمن فعاليات صيف …"), or one of many in a round-up: no mention
_SUMMER_LEAD = 300
# "… لإقامة العروض الجوية … ضمن فعاليات صيف الباحة": within the festival, after a sentence
# that told what was held there; opening its sentence ("ضمن فعاليات صيف الخرج انطلقت …")
# the festival is the story's
_WITHIN = re.compile(r"(?<!\w)(?:ضمن|مع)\s+(?:فعاليات|برامج|أنشطة)\s*[«\"“]?\s*$")
_FESTIVITIES_BEFORE = re.compile(r"(?<!\w)(?:ال)?احتفالات\s+$")
# regions whose name is no town's, as a summer festival is named after them ("صيف الشرقية")
_SUMMER_REGIONS = word_set("الشرقية عسير القصيم الجوف")
# the festival, not the season ("لزوار صيف أبها", "مفاجآت صيف دبي"): a year after the name,
# quotation marks around it, or one of these words just before it
_SUMMER_CUES = re.compile(
    r"(?<!\w)[وبل]?(?:فعاليات|فعالية|برامج|ضمن|انطلاق|انطلاقة|ختام|اختتام|إدارة|ادارة|لجنة|"
    r"لجان|مشاركة|المشاركة|المشاركين)\s*$"
)


def _festival_town(text: str, m: re.Match[str]) -> int | None:
    """Where the town of a summer or Eid festival's name ends, when the words after "صيف" or
    "عيد" name an Arab town (two words tried first: "حفر الباطن") or a Saudi region, or any
    other word the festival's year follows; None otherwise."""
    if m.group("more") and _an_arab_town(m.group("town") + m.group("more")):
        return m.end("more")
    if normalize(m.group("town")) in _SUMMER_REGIONS or _an_arab_town(m.group("town")):
        return m.end("town")
    # "صيف طيبة 36", "عيد طيبة 36": a town the gazetteer lacks (Madinah's epithet), named
    # with the festival's year
    if normalize(m.group("town")) not in _SEASON_WORDS and _HIJRI_YEAR_AFTER.match(
        text, m.end("town")
    ):
        return m.end("town")
    return None


# the season's or the feast's words, not a town's, before a year ("عيد الفطر 1436")
_SEASON_WORDS = word_set("العام عام هذا الفطر الأضحى الاضحى الحالي القادم المقبل الماضي")


def _an_arab_town(words: str) -> bool:
    """Whether `words` name a town of an Arab country in the gazetteer."""
    city = places.city_of_word(normalize(words))
    return city is not None and city.country in places.ARAB


def _summer_festivals(text: str, found: list[NameMention], title: str) -> list[NameMention]:
    """Mentions of a town's summer or Eid festival named without "مهرجان" (see `_SUMMER`),
    not inside a name already `found` ("مهرجان صيف ينبع"). The festival the title names in
    quotation marks («عيد جلاجل») is the article's past the lead too, whatever its town (a
    year, quotation marks or a cue still tell the festival from the season: "لمفاجآت صيف
    دبي" under «صيف دبي» is another programme's owner)."""
    out: list[NameMention] = []
    titled = _titled_festivals(title)
    for m in _SUMMER.finditer(text):
        start = m.start("name")
        end = _as_titled(text, start, titled)
        as_titled = end is not None and not _in_title_copy(text, start, title)
        if not as_titled and not out and start >= _SUMMER_LEAD:
            break
        if any(n.start <= start < n.end for n in found):
            continue
        end = end if as_titled else _festival_town(text, m)
        if end is None:
            continue
        year = _HIJRI_YEAR_AFTER.match(text, end)
        quoted = m.start() > 0 and text[m.start() - 1] in '«"“'
        cue = _SUMMER_CUES.search(text, max(0, m.start() - 20), m.start())
        if not (year or quoted or cue):
            continue
        within = _WITHIN.search(text, max(0, m.start() - 20), m.start())
        if within and text[sentence_bounds(text, start)[0] : within.start()].strip(" ،,\n"):
            continue
        # "مسابقة … في احتفالات عيد طيبة 36": where another event is held
        festivities = _FESTIVITIES_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if _held_in(text, festivities.start() if festivities else m.start(), found):
            continue
        series = normalize(text[start:end])
        end = year.end() if year else end
        # elsewhere "مهرجان صيف حائل": the bare name is that festival's, under its head
        headed = next((n for n in found if _heads_series(n, series)), None)
        kind, head = (headed.kind, headed.head) if headed else ("festival", "صيف")
        out.append(NameMention(start, end, text[start:end], kind, head, None, None, 1))
    return out


# the events of a festival said by its name alone: "أحيت فعاليات عيدنا كدا …"
_EVENTS_OF = re.compile(r"(?<!\w)[وبل]?(?:فعاليات|فعالية)\s*[«\"“]?\s*$")


def _bare_names(text: str, found: list[NameMention]) -> list[NameMention]:
    """A name of two words or more that the text gives a head elsewhere ("مهرجان عيدنا كدا"),
    said without it after "فعاليات": a mention of that event."""
    out: list[NameMention] = []
    for m in found:
        toks = [t for t in tokens(m.text) if t.is_word]
        if m.text.isascii() or len(toks) < 3 or head_of(toks[0]) is None:
            continue
        if head_of(toks[1]) is not None:
            continue  # "مهرجان ملتقى …": a head names it, not a name
        rest = [t.text for t in toks[1:]]
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, rest)) + r"(?!\w)")
        for hit in pattern.finditer(text):
            if any(n.start <= hit.start() < n.end for n in found + out):
                continue
            if _EVENTS_OF.search(text, max(0, hit.start() - 14), hit.start()):
                mention = NameMention(
                    hit.start(), hit.end(), hit.group(), m.kind, m.head, None, None, len(rest)
                )
                out.append(mention)
    return out


# a town festival's name quoted in a title: «عيد جلاجل», "عيد ينبع زمان"
_QUOTED_SEASON = re.compile(
    r"[«\"“](?P<name>(?:عيد\s*و\s*)?(?:صيف|عيد)\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)"
    r"\s*(?:(?:الـ\s*|ال)?\d{2,4}\s*)?[»\"”]"
)


def _titled_festivals(title: str) -> list[list[str]]:
    """The words (normalized) of each town festival the title names in quotation marks, the
    feast's own names left out («عيد الفطر»)."""
    out = []
    for m in _QUOTED_SEASON.finditer(title):
        words = [normalize(w) for w in m.group("name").split()]
        if words[-1] in _SEASONS_JOINED:
            continue  # «عيد وصيف», «صيف وعيد»: the seasons, no town
        if not any(w in _SEASON_WORDS or w in _FEAST_WORDS for w in words[1:]):
            out.append(words)
    return out


_SEASONS_JOINED = word_set("وصيف وعيد")
# words after "عيد" that name or bless the feast, not a town
_FEAST_WORDS = word_set("سعيد مبارك السعيد المبارك الحب الأم الميلاد")


def _in_title_copy(text: str, at: int, title: str) -> bool:
    """Whether `at` lies in a copy of the title in the text (a site's closing "رابط الخبر
    …: <title>"), which says nothing the title did not."""
    title = title.strip()
    copy = text.rfind(title) if len(title) > 12 else -1
    return copy >= 0 and copy <= at < copy + len(title)


def _as_titled(text: str, start: int, titled: list[list[str]]) -> int | None:
    """Where the festival name at `start` ends when it is one the title names, else None."""
    if not titled:
        return None
    words = [t for t in tokens(text, start, min(len(text), start + 60)) if t.is_word]
    for name in titled:
        if [t.norm for t in words[: len(name)]] == name:
            return words[len(name) - 1].end
    return None


def _a_body(
    toks: list[Token], i: int, mention: NameMention, named: list[tuple[str, set[str]]]
) -> bool:
    """Whether the head at token `i` names a body (recorded in `named`), or the body an
    earlier one named again ("رئيس الندوة العالمية للشباب الإسلامي … برامج الندوة للشباب")."""
    words = _words_of(mention.text)
    if _an_organisation(toks, i, mention):
        named.append((mention.head, words))
        return True
    return any(head == mention.head and words <= known for head, known in named)


def _words_of(name: str) -> set[str]:
    """The normalized words of a name after its head noun."""
    words = [t.norm for t in tokens(name) if t.is_word]
    return set(words[1:]) - set(words[:1])


def _paired_heads(text: str, found: list[NameMention]) -> list[NameMention]:
    """ "المعرض والمؤتمر الدولي للسياحة العلاجية", "معرض ومؤتمر الشرق الأوسط للطاقة": two head
    nouns share one name; the first gives the kind."""
    out: list[NameMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.words == 0
            and m.words > 0
            and prev.head != m.head
            and re.fullmatch(r"\s+و", text[prev.end : m.start])
        ):
            own = m.edition is not None
            out[-1] = dataclasses.replace(
                prev,
                end=m.end,
                text=text[prev.start : m.end],
                edition=m.edition if own else prev.edition,
                edition_span=m.edition_span if own else prev.edition_span,
                words=m.words,
            )
            continue
        out.append(m)
    return out


# bodies named with an event noun: "الندوة العالمية للشباب الإسلامي" (WAMY), "منظمة المؤتمر
# الإسلامي", the parties "المؤتمر الشعبي العام" and "المؤتمر الوطني العام"; and any head after
# "منظمة" or "حزب"
_ORGANISATIONS = re.compile(
    r"^(?:ال)?ندوه\s+(?:العالميه\s+)?(?:لل|ال)شباب\s+الاسلامي"
    r"|^المءتمر\s+(?:الاسلامي|الشعبي\s+العام|الوطني\s+العام|اليهودي\s+العالمي)(?!\s+(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|دولي|الدولي))"
)
_ORGANISATION_NOUNS = word_set("منظمة لمنظمة بمنظمة ومنظمة حزب لحزب بحزب وحزب")


_QUOTED_NUMBER = re.compile(r"\s(\d{1,2})\s*[\"»”](?:\s|$)")


def _quoted_edition(text: str, mention: NameMention) -> NameMention:
    """'مهرجان "من أجل مكة 4"', 'مهرجان الطفولة «بسمة 5»': a small number closing the quoted
    title counts its editions ("«جدة 36»", "ينبع 36" are the Hijri year 1436: not read)."""
    if mention.edition is not None:
        return mention
    m = _QUOTED_NUMBER.search(mention.text)
    if m is None or not 2 <= int(m.group(1)) <= 30:
        return mention
    start = mention.start + m.start(1)
    return dataclasses.replace(
        mention, edition=int(m.group(1)), edition_span=(start, start + len(m.group(1)))
    )


def _an_organisation(toks: list[Token], i: int, mention: NameMention) -> bool:
    """Whether the head at token `i` names a body, not an event ("رئيس الندوة العالمية للشباب
    الإسلامي", "منظمة «المؤتمر الإسلامي»")."""
    before = [t for t in toks[max(0, i - 2) : i] if t.is_word]
    if before and before[-1].norm in _ORGANISATION_NOUNS:
        return True
    words = [t.norm for t in tokens(mention.text) if t.is_word]
    if words and words[0][:1] in "وبل" and words[0][1:3] == "ال":
        words[0] = words[0][1:]
    return _ORGANISATIONS.match(" ".join(words)) is not None


def _bare_head(
    text: str, toks: list[Token], i: int, skip: int, mention: NameMention
) -> NameMention:
    """A head noun with no name words after it, read on: a title or an edition number."""
    if mention.words:
        return mention
    if not skip_article_head(toks[i].norm, skip):
        # "ينظم النادي ندوة الأسبوع المقبل في فندق النخيل، بعنوان «…»": an indefinite head named
        # by the title after it is a named event (`extract` takes the title as its name)
        return (
            dataclasses.replace(mention, words=1) if _TITLED.match(text, mention.end) else mention
        )
    return _numbered(text, toks, i, mention)


# what may follow "المؤتمر 16" when the number is the edition: a clause or "لمؤتمرات …", not a
# counted noun ("الملتقى 3 أيام")
_AFTER_EDITION_NUMBER = word_set("عقد يعقد تعقد ينعقد سيعقد يقام تقام من في الذي التي")


def _numbered(text: str, toks: list[Token], i: int, mention: NameMention) -> NameMention:
    """ "وهو المؤتمر 16 لمؤتمرات مكة", "والمؤتمر 11 عقد من …": a definite head noun with a
    bare number right after it names that edition."""
    if i + 1 >= len(toks) or toks[i + 1].start != mention.end + 1:
        return mention
    num = toks[i + 1]
    if not (num.norm.isdigit() and len(num.norm) <= 2 and int(num.norm) > 1):
        return mention
    after = toks[i + 2] if i + 2 < len(toks) else None
    follows = (
        after is None
        or not after.is_word
        or after.norm in _AFTER_EDITION_NUMBER
        or (after.norm.startswith("ل") and len(after.norm) > 3)
    )
    if not follows:
        return mention
    end = num.end
    return dataclasses.replace(
        mention,
        end=end,
        text=text[mention.start : end],
        edition=int(num.norm),
        edition_span=(num.start, num.end),
    )


def extend_by_title(text: str, mentions: list[NameMention], title: str) -> list[NameMention]:
    """Mentions grown over the words the title names them with: "مهرجان عيد" in "اختتم مهرجان
    عيد وصيف تيماء فعالياته" is "مهرجان عيد وصيف تيماء" when the title says so
    (a name's "و" usually starts a new clause, so the text alone stops before it)."""
    if not title or not mentions:
        return mentions
    title_words = [t.norm for t in tokens(title) if t.is_word]
    out = []
    for m in mentions:
        words = [t for t in tokens(text, m.start, m.end) if t.is_word]
        n = len(words)
        at = next(
            (
                i
                for i in range(len(title_words) - n + 1)
                if n and title_words[i : i + n] == [w.norm for w in words]
            ),
            None,
        )
        if m.text.isascii() or at is None:
            out.append(m)
            continue
        after = [t for t in tokens(text, m.end, min(len(text), m.end + 80))]
        end, k = m.end, at + n
        # "المهرجان ملائم لجميع …": after a definite head alone, an indefinite word is what
        # is said of it (a predicate), not more of its name
        definite = not m.words and any(b.startswith("ال") for b in bases(words[-1].norm))
        for t in after:
            if not t.is_word or k >= len(title_words) or t.norm != title_words[k]:
                break
            if definite and not t.norm.startswith("ال"):
                break
            # "… للمتداولين في دبي", "ملتقى الأسرة الصيفي بالخبر": the place is not the name
            if (
                t.norm in PHRASE_STOPS
                or t.norm in _NAME_STOPS
                or _bi_place(t.norm)
                or is_time_word(t)
            ):
                break  # "… الأربعاء القادم": when, not the name
            end, k = t.end, k + 1
        if end > m.end:
            grown = len([t for t in tokens(text, m.start, end) if t.is_word]) - 1
            m = dataclasses.replace(m, end=end, text=text[m.start : end], words=grown)
        out.append(m)
    return out


def _time_possessive(word: str) -> bool:
    """ "Sunday's ceremony", "Yesterday's summit": the day of an event named elsewhere."""
    day = re.sub(r"['’]s$", "", word)
    return day != word and (day in places.EN_TIME or day in ("Yesterday", "Today", "Tonight"))


# "The Labour Party will hold its 2006 autumn conference in Manchester": a body holds its own
# event (named or not) in a town; group 1 is the body
EN_HOLDS_ITS = re.compile(
    r"(?:^|[.\n]\s*)(?:The\s+)?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
    r"(?:will\s+|is\s+to\s+|is\s+set\s+to\s+|has\s+)?"
    r"(?:hold|holds|held|stage|stages|staged|host|hosts|hosted)\s+(?:its|their)\s+"
    r"(?:(?:19|20)\d\d\s+)?$"
)


def _english_names(text: str) -> list[NameMention]:
    """English event names ("the 3GSM World Congress"), prize-named ceremonies ("the Brits"),
    a short form in parentheses after a name ("(CES)") and bare references ("the show")."""
    out: list[NameMention] = []
    for m in _EN_NAME_RE.finditer(text):
        start, end = trim(text, m.start(), m.end())
        while True:  # "The Brit Awards", "Speaking to the Labour conference"
            first = text[start:end].split(" ", 1)
            # "the much smaller February spring conference": a month says when, not which
            if len(first) < 2 or first[0] not in _EN_NOT_NAME and first[0] not in places.EN_TIME:
                break
            start += len(first[0]) + 1
        if _not_ended_by_its_kind(text, end):
            continue
        words = text[start:end].split()
        # the head is the last kind word: "World Summit on the Information Society"
        head = next(w.lower() for w in reversed(words) if w.lower() in _EN_KINDS)
        kind = _EN_KINDS[head]
        # "The four-day trade fair", "Europe's biggest games show": a reference or a
        # description, not a name
        # ("3GSM" is capitalised: a digit may lead a name's word)
        proper = any(w.lstrip("0123456789")[:1].isupper() for w in words)
        if not proper or _EN_DESCRIPTION.search(text[start:end]):
            # "The Labour Party will hold its autumn conference in …": a body's own event,
            # named as the body names it
            own = len(words) > 1 and EN_HOLDS_ITS.search(text, max(0, start - 80), start)
            out.append(
                NameMention(start, end, text[start:end], kind, head, None, None, int(bool(own)))
            )
            continue
        # "the Consumer Electronics Show (CES)": the short form refers back to it hereafter
        out.extend(_short_form_refs(text, end, kind, head))
        sub = tokens(text, start, end)
        ordinal = _ordinal_in(sub, 0, len(sub)) or _en_ordinal_before(text, start)
        out.append(
            NameMention(
                start,
                end,
                text[start:end],
                kind,
                head,
                ordinal[0] if ordinal else None,
                ordinal[1] if ordinal else None,
                len(words) - 1,
            )
        )
    out.extend(_apposed_names(text, out))
    for m in _EN_CEREMONIES_RE.finditer(text):
        out.append(
            NameMention(m.start(), m.end(), m.group(), "ceremony", "ceremony", None, None, 1)
        )
    refs = list(_EN_REF_RE.finditer(text))
    if any(n.head == "meeting" and n.words for n in out):
        # "a Labour party meeting … The meeting was addressed by …": a bare "the meeting" is
        # a meeting named before it, not any talk between two people
        refs += _EN_MEETING_REF_RE.finditer(text)
    for m in refs:  # "the show": a reference back to the event
        word = m.group(1).lower()
        if any(n.start == m.start(1) for n in out):
            continue
        out.append(
            NameMention(m.start(1), m.end(1), m.group(1), _EN_KINDS[word], word, None, None, 0)
        )
    return _placed_names(text, _days_as_references(out))


def _days_as_references(found: list[NameMention]) -> list[NameMention]:
    """ "the Olivier Awards … Sunday's ceremony": a day's event is a reference back to the
    event the article names, when it names one of that kind (else it is all the name there
    is: "Saturday's concert")."""
    named = {m.kind for m in found if m.words and not _time_possessive(m.text.split()[0])}
    out = []
    for m in found:
        first = m.text.split()[0]
        if m.words and _time_possessive(first) and m.kind in named:
            start = m.start + len(first) + 1
            m = dataclasses.replace(m, start=start, text=m.text[len(first) + 1 :], words=0)
        out.append(m)
    return out


# a capitalised word right after the kind word, other than a month or a day: the name goes on
_EN_NAME_GOES_ON = re.compile(r" (?!(?:" + "|".join(sorted(places.EN_TIME)) + r")\b)[A-Z][a-z]")


def _not_ended_by_its_kind(text: str, end: int) -> bool:
    """Whether the kind word ending at `end` belongs to a longer name: a building's ("the Las
    Vegas Convention Center", "the Alpexpo conference centre") or another capitalised one
    ("Oxfam's Make Fair Trade gig")."""
    return bool(_EN_VENUE_AFTER.match(text, end) or _EN_NAME_GOES_ON.match(text, end))


# a kind word that names a building: "Convention Center", "Exhibition Hall"
_EN_VENUE_AFTER = re.compile(r"\s+(?:[Cc]ent(?:er|re)|[Hh]all|[Cc]omplex|[Gg]rounds?|[Pp]alace)\b")
# "the 55th Berlin film festival", "the fourth Digital Living Expo": the edition before a name
_EN_ORDINAL_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]his year's) (\d{1,3}(?:st|nd|rd|th)|" + "|".join(_EN_ORD) + r")\s+"
    r"(?:annual\s+)?$"  # "the 12th annual T in the Park festival"
)


_EN_NTH_YEAR = re.compile(
    r"\bin (?:its|their) (\d{1,3}(?:st|nd|rd|th)|" + "|".join(_EN_ORD) + r") year\b"
)


def _en_nth_year(
    text: str, pos: int, sentence: tuple[int, int], reach: int
) -> tuple[int, tuple[int, int]] | None:
    """ "The awards, now in their 20th year, honour …": an English event's how-manieth year
    in the sentence of `pos`, within `reach` chars of it."""
    for m in _EN_NTH_YEAR.finditer(text, sentence[0], sentence[1]):
        word = m.group(1).lower()
        value = int(re.sub(r"\D", "", word)) if word[0].isdigit() else _EN_ORD[word]
        if 0 < value < 200 and abs(m.start() - pos) <= reach:
            return value, (m.start(1), m.end(1))
    return None


def _en_ordinal_before(text: str, start: int) -> tuple[int, tuple[int, int]] | None:
    """(edition, its span) of an ordinal right before an English name, else None."""
    m = _EN_ORDINAL_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    word = m.group(1).lower()
    value = int(re.sub(r"\D", "", word)) if word[0].isdigit() else _EN_ORD[word]
    return (value, (m.start(1), m.end(1))) if 0 < value < 200 else None


def _apposed_names(text: str, found: list[NameMention]) -> list[NameMention]:
    """Names beside their kind in apposition: "the world's biggest technology fair, Cebit,"
    and "Game Stars Live, a new show for gamers," (not inside a name already `found`)."""
    out = []
    for m in _EN_APPOSED_RE.finditer(text):
        kind, head = _EN_KINDS[m.group(1)], m.group(1)
        out.append(NameMention(m.start(2), m.end(2), m.group(2), kind, head, None, None, 1))
    for m in _EN_NAME_THEN_KIND_RE.finditer(text):
        name = m.group(1)
        if name.split()[0] in _EN_NOT_NAME or any(n.start <= m.start(1) < n.end for n in found):
            continue
        kind, head = _EN_KINDS[m.group(2)], m.group(2)
        out.append(NameMention(m.start(1), m.end(1), name, kind, head, None, None, 1))
        found = [*found, out[-1]]
    for m in _EN_NAME_WHICH_RE.finditer(text):
        name = m.group(1)
        if name.split()[0] in _EN_NOT_NAME or any(n.start <= m.start(1) < n.end for n in found):
            continue
        ref = _EN_REF_RE.search(text, m.end(), m.end() + 400)
        if ref is None or ref.group(1).lower() not in _EN_KINDS:
            continue
        head = ref.group(1).lower()
        out.append(NameMention(m.start(1), m.end(1), name, _EN_KINDS[head], head, None, None, 1))
    return out


def _placed_names(text: str, found: list[NameMention]) -> list[NameMention]:
    """`found` with the events named by where they are held ("a summit in Brussels"), when
    the place is a city or a country of the gazetteer ("a conference in March" is not); such
    a name replaces the bare reference at its head noun."""
    out = list(found)
    for m in _EN_PLACED_RE.finditer(text):
        place = m.group(3)
        if not (places.find_cities(f"in {place}") or places.find_countries(place)):
            continue
        word = m.group(2).lower()
        out = [n for n in out if not (n.start == m.start(2) and n.words == 0)]
        name = text[m.start(2) : m.end(3)]
        out.append(NameMention(m.start(2), m.end(3), name, _EN_KINDS[word], word, None, None, 2))
    return out


_EN_PLACED_RE = re.compile(
    r"\b(an?|the) (?:(?:one|two|three|four|five|six|seven|ten)-day )?"
    r"(summit|conference|congress|convention|festival|fair|expo|exhibition|forum) "
    r"(?:in|at) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)


def _short_form_refs(text: str, end: int, kind: str, head: str) -> list[NameMention]:
    """Later uses of a short form given in parentheses right after a name (offset `end`)."""
    short = re.match(r"\s*\(([A-Z][A-Z0-9]{1,5})\)", text[end:])
    if not short:
        return []
    after = end + short.end()
    return [
        NameMention(after + a.start(), after + a.end(), a.group(), kind, head, None, None, 0)
        for a in re.finditer(rf"\b{short.group(1)}\b", text[after:])
    ]


# intransitive and passive verbs of an event starting or being held
STARTS = word_set(
    "انطلق انطلقت ينطلق تنطلق سينطلق ستنطلق يقام تقام سيقام ستقام أقيم أقيمت ينعقد تنعقد "
    "انعقد انعقدت سينعقد ستنعقد يعقد تعقد سيعقد ستعقد عقد عقدت يبدأ تبدأ بدأ بدأت"
)


def _arabic_name(text: str, toks: list[Token], i: int, head: str, skip: int) -> NameMention:
    """The name phrase grown from the Arabic head noun at token `i`."""
    tok = toks[i]
    start = skip_letters(text, tok.start, skip)
    end_i = grow_phrase(
        text,
        toks,
        i,
        max_words=14,
        stops=_CEREMONY_STOPS if head == _CEREMONY else _NAME_STOPS,
        extra_stop=_VERB_STOPS,
        allow_day=True,
        keep_waw=False,
        waw_noun=True,
        parenthesized=True,
        titled=not skip_article_head(tok.norm, skip),
        proper=_is_city,
        stop_after_quote=False,
    )
    quoted = _quote_around(text, toks, i)
    if quoted is not None:  # «معرض استثمر في السعودية»: the name is the whole quotation
        end_i = quoted
    end_i = _before_inner_event(toks, i, end_i)
    end_i = _drop_trailing_place(toks, i, end_i)
    end_i = _end_after_ordinal(toks, i, end_i)
    end_i = _of_a_program(text, toks, i, end_i)
    end_i = _region_after(toks, end_i)
    end_i = _end_after_title(text, toks, i, end_i)
    end_i = _before_a_quotation(text, toks, i, end_i)
    end_i = _before_an_object(toks, i, end_i)
    end_i = _before_the_verbs_an(toks, i, end_i)
    end_i = _before_a_definite_object(toks, i, end_i)
    end_i = _before_a_plural_phrase(toks, i, end_i)
    end_i = _before_a_bi_phrase(toks, i, end_i)
    end_i = _before_a_newspaper(toks, i, end_i)
    end_i = _before_its_side_programme(toks, i, end_i)
    end_i = _before_a_titled_subject(toks, i, end_i)
    if head == _COURSE:
        end_i = _course_subject(text, toks, end_i)
    # what a named event is held for ends its name ("قمة خليجية طارئة لبحث الأزمة");
    # right after the head it is all the name there is ("ندوة لمناقشة رواية …", "ورشة عمل
    # لمناقشة الخطة")
    first = i + 2 if end_i > i + 1 and toks[i + 1].norm not in ("عمل", "العمل") else i + 3
    end_i = next((k for k in range(first, end_i) if toks[k].norm in _PURPOSE), end_i)
    if skip_article_head(tok.norm, skip) and end_i > i + 1 and not _agrees(toks[i + 1], head):
        end_i = i + 1  # "المهرجان ملائم …": a predicate, not part of the name
    if end_i == i + 2 and toks[i + 1].norm == "يوم":  # "المؤتمر يوم الأحد"
        end_i = i + 1
    # "راعيا للمهرجان للسنة الرابعة": how many times, not a name (its edition is read apart);
    # "ملتقى السياحة ب 22 فعالية": a preposition written apart from the number it governs
    end_i = next(
        (
            k
            for k in range(i + 1, end_i)
            if toks[k].norm in _TIMES_WORDS
            or (
                toks[k].norm in _SPLIT_PREPOSITIONS
                and k + 1 < len(toks)
                and toks[k + 1].norm.isdigit()
            )
        ),
        end_i,
    )
    definite = skip_article_head(tok.norm, skip)
    # "رئيس الندوة الوطنية للتراث الدكتور سالم": a person's title ends the name
    later = next(
        (
            k
            for k in _outside_marks(toks, i + 1, end_i)
            if k > i + 1 and toks[k].norm in _PERSON_TITLES
        ),
        None,
    )
    if later is not None and quoted is None:
        end_i = later
    title = toks[i + 1].norm if end_i > i + 1 else ""
    if title in _TITLES and (definite or title not in HONORIFICS):
        end_i = i + 1  # "افتتح المعرض الأمير فيصل", "مهرجان الدكتور …": a person, not the name
    if definite and end_i > i + 1 and head_of(toks[i + 1]) is not None:
        end_i = i + 1  # "ضمن المهرجان اللقاء الوطني …": another event's name begins
    while end_i > i + 1 and toks[end_i - 1].norm in PHRASE_STOPS:  # a dangling "عن"
        end_i -= 1
    end = toks[end_i - 1].end
    start, end = trim(text, start, end)
    ordinal = _ordinal_in(toks, i + 1, end_i)
    return NameMention(
        start,
        end,
        text[start:end],
        HEADS_AR[head],
        head,
        ordinal[0] if ordinal else None,
        ordinal[1] if ordinal else None,
        _modifiers(toks, i, end_i),
    )


def _before_a_titled_subject(toks: list[Token], i: int, end_i: int) -> int:
    """Where a title follows a definite word or a town, the person it names is the verb's
    subject, said after the event ("دشن معرض الكتاب الأمير فيصل"): the name ends before
    the title. After an indefinite noun the person names a body of the event's name ("حفل
    تأسيس مركز الملك سلمان للإغاثة")."""
    for k in range(i + 2, end_i):
        prev = toks[k - 1].norm
        if toks[k].norm in HONORIFICS and (is_definite(prev) or _is_city(prev)):
            return k
    return end_i


def _quote_around(text: str, toks: list[Token], i: int) -> int | None:
    """When the head noun opens a quotation ("” معرض استثمر في السعودية”"), the index of the
    closing mark: the name runs to it, over words that end a name elsewhere."""
    if i == 0 or toks[i - 1].text not in OPEN_QUOTES:
        return None
    close = quoted_end(text, toks, i - 1)
    return close if close is not None and close - i <= 14 else None


def _before_inner_event(toks: list[Token], head: int, end_i: int) -> int:
    """A name ends before a quotation that is itself an event's name ("المعرض المصاحب
    لأعمال المجلس ” معرض استثمر في السعودية”": the quoted one is the exhibition's name)."""
    for k in range(head + 1, end_i - 1):
        if toks[k].text in OPEN_QUOTES and head_of(toks[k + 1]) is not None:
            return k
    return end_i


def _quoted_before(text: str, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The span inside a quotation that directly precedes a definite head noun in apposition
    after a verb of starting or being held ('ينطلق "إنفرا تك بلس ITP" المعرض
    العالمي …'). After a transitive verb the quotation is its subject ('تنظم «معادن» المؤتمر'),
    not the event's name. None when there is none."""
    if i < 3 or toks[i - 1].text not in CLOSE_QUOTES or toks[i].start - toks[i - 1].end > 2:
        return None
    for j in range(i - 2, max(-1, i - 12), -1):
        if toks[j].text == "\n":
            return None
        if toks[j].text in OPEN_QUOTES and quoted_end(text, toks, j) == i - 1:
            inner = toks[j + 1 : i - 1]
            before = toks[j - 1] if j else None
            if not inner or any(not t.is_word or head_of(t) for t in inner):
                return None
            if before is None or not any(b in STARTS for b in bases(before.norm)):
                return None
            return inner[0].start, inner[-1].end
    return None


# whom a body holds its event for ("حفل المعايدة السنوي لمنسوبيها", "… لجميع منسوبي
# الإدارة"): not the event's name, nor its organiser's ("نظمته المؤسسة لمنسوبيها")
FOR_ITS_PEOPLE = (
    "لمنسوبيها لمنسوبيه لمنسوبيهم لمنسوباتها لموظفيها لموظفيه لموظفاتها لمنتسبيها لمنتسبيه "
    "لأعضائها لأعضائه لطلابها لطلابه لطالباتها لعملائها لعملائه لكافة لجميع لكل"
)

# a name runs on over "عن"/"نحو" ("المؤتمر الإقليمي الـ 9 للانتقال نحو النقل المستدام")
_NAME_STOPS = (PHRASE_STOPS - {normalize("عن"), normalize("نحو")}) | word_set(
    # a relative verb ends a name: "ندوة نظمتها جمعية …", "الملتقى ينظمه …"
    "نظمتها نظمها نظمته نظمه تنظمه ينظمه تنظمها ينظمها أقامتها أقامها أقامته تقيمه يقيمه "
    "عقدته عقدتها عقده تعقده يعقده تعقدها يعقدها شهدته شهدتها شهده شهدها",
    # a passive one, the clause of an indefinite head: "معرض أقيم في …", "ندوة عقدت أمس"
    "أقيم أقيمت عقدت نظمت أقيمتا",
    # adverbials that add to a clause: "مهرجان العنب لا سيما …", "معرضاً بالإضافة إلى …"
    "بالإضافة بالاضافة إضافة اضافة علاوة سيما لاسيما لا إلا الا",
    # a reason said after the name: "سعيد بالعودة إلى مهرجان الواحة لأنه …"
    "لأن لان لأنه لانه لأنها لانها لأنهم لانهم",
    # the body or town it belongs to: "الملتقى الدعوي بقطاع … التابع لمحافظة العقيق"
    "التابع التابعة",
    # what an event carries on or ends, the object after its name ("يواصل مهرجان X فعالياته",
    # "تجاوز مهرجان X عدد الزائرين"), and the year it is of ("لعام 1436هـ")
    "فعالياته فعالياتها برامجه برامجها أنشطته أنشطتها أعماله أعمالها عدد لعام لعامه",
    # where it is shown: "لإظهار مهرجان X بأجمل حلة أمام الزوار"; the hour it starts at
    # ("حفل معايدة عند الثامنة من صباح الغد", "عند الساعة التاسعة")
    "أمام امام عند وعند الساعة",
    # how it began: "واستهلت الندوة بكلمة ترحيبية من …", "بدأ الحفل بتلاوة آيات …"
    "بكلمة بكلمات بتلاوة",
    # a purpose said after the name: "شراكة مع مهرجان … لمشاركة مشاريع أفلام في ورشة …"
    "لمشاركة",
    # whom a ceremony honours: "حفل تكريم للدكتور …" (the person is not the ceremony's name)
    "للدكتور للدكتورة للأستاذ للاستاذ للأستاذة للشيخ للمهندس للمهندسة للأمير للأميرة "
    "لسعادة لمعالي لسمو",
    # how often or in what manner it is held: "حفل المعايدة بشكل سنوي"
    "بشكل بصورة",
    # a participle of what its activities present: "فعاليات مهرجان الإنشاد المقدمة على المسرح"
    "المقدمة",
    # whom a body holds it for: "تنظم المؤسسة حفل المعايدة السنوي لمنسوبيها"
    FOR_ITS_PEOPLE,
)


# a ceremony is named by its occasion ("حفل شعبي بمناسبة عيد الفطر"), not by the staff it
# is for ("حفل معايدة لمنسوبي الوزارة"; a course's are its name: "دورة لمنسوبي الجوازات")
_CEREMONY_STOPS = _NAME_STOPS - {normalize("بمناسبة")} | word_set("لمنسوبي لموظفي لمنتسبي")


# past verbs of what an event held, as written (with the article they are nouns: "التناول")
_VERB_STOPS = word_set(
    "اشتملت اشتمل تضمنت تضمن شملت شمل ضمت ناقشت ناقش تناولت تناول استعرضت استعرض هدفت"
)


def _modifiers(toks: list[Token], head: int, end: int) -> int:
    """Words naming the event after its head ("ورشة عمل" has none; "ملتقى بعنوان «…»" one)."""
    work = end > head + 1 and toks[head + 1].norm in ("عمل", "العمل")
    count = end - head - 1 - work
    nxt = head + 1 + work
    if count == 0:
        # named by the title that follows ("ورشة عمل بعنوان «…»"), perhaps after where it is
        # held ("ورشة عمل في مدينة الرياض بعنوان «…»", "معرضا تحت عنوان «…»"); a clause
        # between them is about a named event ("والمؤتمر الذي يأتي تحت عنوان …")
        for k, tok in enumerate(toks[nxt : nxt + 5]):
            if tok.norm in _TITLE_CUES or (tok.norm == "تحت" and _next_is(toks, nxt + k, "عنوان")):
                return 1
            if not tok.is_word or tok.norm in RELATIVES:
                break
            if any(b.removeprefix("ال") in PART_NOUNS for b in bases(tok.norm)):
                break  # "سهرات المهرجان بمسرحية بعنوان «…»": the title is the play's
    return count


_TITLES = HONORIFICS | word_set("الدكتور الدكتورة المهندس الأستاذ الاستاذ الوزير الرئيس المخرج")
# a person's title later in the phrase, after which the name has ended ("رئيس الندوة الوطنية
# للتراث الدكتور …"); not honorifics, which events are named after ("جائزة الأمير …")
_PERSON_TITLES = word_set(
    "الدكتور الدكتورة المهندس الأستاذ الاستاذ المخرج الشاعر الشاعرة الكاتب الكاتبة الروائي "
    "القاص الناقد الفنان الفنانة"
)


def _next_is(toks: list[Token], k: int, norm: str) -> bool:
    return k + 1 < len(toks) and toks[k + 1].norm == normalize(norm)


_TITLE_CUES = word_set("بعنوان وبعنوان")
RELATIVES = word_set("الذي التي الذى التى والذي والتي")


def _is_city(norm: str) -> bool:
    return places.city_of_word(norm) is not None


def skip_article_head(norm: str, skip: int) -> bool:
    """Whether the head noun is definite ("المهرجان", "بالملتقى", and "للمهرجان", whose
    article the preposition ل has merged into)."""
    return norm[skip:].startswith("ال") or norm[:skip].endswith("لل")


def definite_head(tok: Token) -> bool:
    """Whether the word is an event head noun with the article ("المهرجان", "بالملتقى")."""
    found = head_of(tok)
    return found is not None and skip_article_head(tok.norm, found[1])


def _agrees(tok: Token, head: str = "") -> bool:
    """What may follow a definite head: a definite adjective, "لل…" phrase, quote or number
    (not a feminine adjective after a masculine head: "فعاليات المهرجان المختلفة"; not a noun
    whose own first letter is the ل of the preposition: "للمهرجان لوحة غنائية")."""
    if head in _MASCULINE and tok.norm.startswith("ال") and tok.norm.endswith("ه"):
        return False
    return (
        tok.norm.startswith(("ال", "لل"))
        or not tok.is_word
        or tok.norm.isdigit()
        or tok.norm.isascii()
        or tok.norm == "ال"
    )


_MASCULINE = frozenset(normalize(w) for w in ("ملتقى", "منتدى", "مؤتمر", "معرض", "مهرجان", "لقاء"))


_AUTHORS = word_set(
    "للروائي للروائية للكاتب للكاتبة للشاعر للشاعرة للفنان للفنانة للمؤلف للأديب للأديبة "
    "للباحث للباحثة للمخرج للرسام للدكتور للدكتورة"
)


def _end_after_title(text: str, toks: list[Token], head: int, end_i: int) -> int:
    """After a quoted or bracketed title ("مهرجان «…»") a name goes on only over an
    ordinal, a year or number and definite adjectives ("معرض «أنوار المدينة» الفوتوغرافي"),
    not into the sentence ("… «التراث والترفيه» بإقبال كبير", "… (الفهد روح القيادة)
    اجتماعاً")."""
    k = head + 1
    while k < end_i and toks[k].is_word:
        k += 1
    if k >= end_i or toks[k].text not in OPEN_QUOTES and toks[k].text != "(":
        return end_i
    close = quoted_end(text, toks, k) if toks[k].text in OPEN_QUOTES else paren_end(toks, k)
    if close is None or close + 1 >= end_i:
        return end_i
    j = close + 1
    while j < end_i:
        tok = toks[j]
        found = ordinal_at(toks, j)
        if found is not None:
            j += found[1]
            continue
        again = quoted_end(text, toks, j) if tok.text in OPEN_QUOTES else None
        if again is not None and again < end_i:  # a second title: "«مشكاة» للطاقة «…»"
            j = again + 1
            continue
        # "«الواحة» السينمائي الدولي للأفلام القصيرة والطويلة": definite words and phrases
        if tok.norm in _AUTHORS:
            break  # "ندوة لمناقشة رواية «…» للروائي الأردني": the work's author, not the name
        definite = _definite_word(tok) or (tok.is_word and tok.norm.startswith(("لل", "وال")))
        if tok.norm.isdigit() or is_year(tok) or definite or tok.norm in ("ال", "الـ"):
            j += 1
            continue
        break
    return j


def _before_a_quotation(text: str, toks: list[Token], head: int, end_i: int) -> int:
    """A quotation after the name that holds the end of a sentence ("وقال الرئيس في افتتاح
    قمة عالمية حول … "جئت لأن … تتقدم. …"") is what was said there, not the event's title:
    the name ends before it."""
    for k in range(head + 1, end_i):
        if toks[k].text not in OPEN_QUOTES:
            continue
        close = quoted_end(text, toks, k, limit=400)
        if close is None:
            break
        inside = text[toks[k].end : toks[close].start]
        # a full stop ends a sentence; "الملك فيصل.. شاهد وشهيد" is a title's pause
        if re.search(r"(?<!\.)[.!؟?](?!\.)\s", inside):
            return k
        break
    return end_i


def _before_an_object(toks: list[Token], head: int, end_i: int) -> int:
    """A word in the accusative ("اجتماعاً", "حضوراً") after a head that is not in the
    accusative itself is the verb's object or an adverb, not part of the name."""
    if "\u064b" in toks[head].text:
        return end_i  # "معرضاً توعوياً": the adjective agrees with the head
    for k in _outside_marks(toks, head + 1, end_i):  # a quoted title may hold any word
        # ("ملتقى القصة القصيرة جدًا": "very" qualifies the adjective before it)
        if toks[k].is_word and "\u064b" in toks[k].text and toks[k].norm != "جدا":
            return k
    return end_i


# verbs that take "عن" ("كشف عن", "أعلن عن", "أعرب عن"), in the forms news uses
_TAKE_AN = word_set(
    # (not "عبر", as often "through": "عبر ندوة عن القصة")
    "كشف كشفت يكشف تكشف أعلن أعلنت يعلن تعلن أعرب أعربت يعرب تعرب عبرت يعبر تعبر "
    "أفصح أفصحت يفصح تفصح أسفر أسفرت يسفر تسفر تمخض تمخضت يتمخض تتمخض"
)
_TAKE_AN_REACH = 4  # words from such a verb to the event's head noun


def _before_the_verbs_an(toks: list[Token], head: int, end_i: int) -> int:
    """ "كشف منظمو مهرجان … عن تكريم …": after a verb that takes "عن" a few words before the
    head noun, "عن" after the name is the verb's, not a topic of the name ("ندوة عن القصة")."""
    before = toks[max(0, head - _TAKE_AN_REACH) : head]
    cut = max((k for k, t in enumerate(before) if not t.is_word), default=-1)
    verb = next((k for k in range(cut + 1, len(before)) if base_in(before[k].norm, _TAKE_AN)), None)
    an = normalize("عن")
    # "وأعلنت اللجنة عن ندوة عن القصة": the verb's "عن" is said before the name
    if verb is None or any(t.norm == an for t in before[verb + 1 :]):
        return end_i
    return next((k for k in range(head + 1, end_i) if toks[k].norm == an), end_i)


# verbs a definite head noun may be the subject of, with their object after it ("ويتضمن
# الملتقى الخطب", "وشهد المهرجان العروض"); imperfect verbs are told by their letters
_TRANSITIVE = word_set(
    "شهد وشهد تضمن وتضمن ضم وضم شمل وشمل استقبل واستقبل قدم وقدم استعرض واستعرض ناقش وناقش "
    "بحث وبحث عرض وعرض جمع وجمع"
)
# definite words that qualify a head rather than follow it as a noun: ordinals, participles
# ("المصاحب", "المقام"), and these
_PLAIN_ADJECTIVES = word_set("الكبير الكبرى الأكبر الجديد الدائم الأخير الحالي الماضي القادم")


def _before_a_definite_object(toks: list[Token], head: int, end_i: int) -> int:
    """After a verb, a definite head noun is its subject and the definite noun after it the
    object ("ويتضمن الملتقى الخطب المنبرية"): a definite word follows a definite head in its
    name only as an adjective (a nisba in ي/ية, an ordinal, a participle in م…)."""
    if head == 0 or head + 1 >= end_i or not toks[head].norm.startswith("ال"):
        return end_i
    verb = toks[head - 1].norm
    if verb not in _TRANSITIVE and not starts_clause(verb):
        return end_i
    nxt = toks[head + 1]
    word = nxt.norm
    if not nxt.is_word or not word.startswith("ال") or len(word) < 5:
        return end_i
    adjective = (
        is_nisba(nxt)
        or word.startswith("الم")
        or word in ORDINAL_WORDS
        or word in _PLAIN_ADJECTIVES
    )
    return end_i if adjective else head + 1


_PLURAL_LEN = 6  # "الدورات": the article, a stem of two letters or more, and "ات"


def _before_a_plural_phrase(toks: list[Token], head: int, end_i: int) -> int:
    """After a definite head and its definite adjectives, a definite plural noun begins a
    phrase of its own ("أيام الملتقى الشبابي الدورات التدريبية": the subject of what follows);
    a plural governed by a word of the name stays ("الملتقى الخليجي لتبادل الخبرات")."""
    if not toks[head].norm.startswith(("ال", "بال", "وال", "لل", "فال")):
        return end_i
    for k in range(head + 1, end_i):
        word = toks[k].norm
        if not toks[k].is_word or not word.startswith("ال"):
            return end_i
        if word.endswith("ات") and len(word) >= _PLURAL_LEN:
            return k
    return end_i


def _outside_marks(toks: list[Token], lo: int, hi: int) -> Iterator[int]:
    """The indexes from `lo` to `hi` of tokens outside quotation marks and brackets (the
    marks themselves left out)."""
    inside = False
    for k in range(lo, hi):
        mark = toks[k].text
        if mark in ("(", "«", "“", "‘"):
            inside = True
        elif mark in (")", "»", "”", "’"):
            inside = False
        elif mark in ('"', "'", "″"):
            inside = not inside
        elif not inside:
            yield k


def _before_a_bi_phrase(toks: list[Token], head: int, end_i: int) -> int:
    """ "مهرجان المرجان السينمائي بفيلم …", "مهرجان الزيتون بنسخته الثالثة": ب with a work,
    an occasion or the event's own edition says how it is held, not its name (ب with a town,
    a market or a person's name may be part of it: "مهرجان صفري بيشة", "بسوق عكاظ")."""
    for k in _outside_marks(toks, head + 1, end_i):
        norm = toks[k].norm
        if not toks[k].is_word or not norm.startswith("ب"):
            continue
        if norm == _BI_OCCASION and (head_of(toks[head]) or ("",))[0] == _CEREMONY:
            if all(_no_name_alone(t.norm) for t in toks[head + 1 : k]):
                # "حفل شعبي بمناسبة عيد الفطر": a party is named by its occasion, which
                # ends with the feast ("… عيد الفطر المبارك لقادة القطاع": whom it is for)
                feast = _feast_end(toks, k + 1)
                if feast is not None and feast < end_i:
                    return feast
                continue
            return k  # "حفل أهالي المحافظة بمناسبة العيد": it has its name already
        if norm[1:] in _BI_OBJECTS or (len(norm) > 4 and norm.endswith(_BI_OWN)):
            return k
        if _verbal_noun(norm[1:]):
            return k  # "طالب ملتقى أصحاب الأعمال بمواجهة التحديات … بتعزيز الاستثمارات"
        if _elative(norm[1:]) and k + 1 < end_i and not toks[k + 1].norm.startswith("ال"):
            return k  # "لتظهر الندوة بأبهى صورة": how it is shown, with an indefinite noun
    return end_i


_FEASTS = word_set("الفطر الأضحى الاضحى")
_FEAST_EPITHETS = word_set("المبارك السعيد")


def _feast_end(toks: list[Token], k: int) -> int | None:
    """The index after "عيد الفطر/الأضحى (المبارك)" starting at token `k`, if one does."""
    words = [j for j in range(k, min(len(toks), k + 4)) if toks[j].is_word]
    if len(words) < 2 or toks[words[0]].norm != _FEAST or toks[words[1]].norm not in _FEASTS:
        return None
    if len(words) > 2 and toks[words[2]].norm in _FEAST_EPITHETS:
        return words[2] + 1
    return words[1] + 1


def _elative(norm: str) -> bool:
    """A comparative of the pattern أفعل ("أجمل", "أفضل"), not a town of that shape ("أملج")."""
    return (
        len(norm) == 4
        and norm[0] == "ا"
        and norm[1] != "ل"
        and norm[3] not in "اىهة"
        and not _is_city(norm)
    )


def _verbal_noun(norm: str) -> bool:
    """A verbal noun of the patterns تفعيل, مفاعلة or تفعلة ("تعزيز", "مواجهة", "تهنئة"),
    which names what is done, not a place or a person (nor a town of that shape: "تنومة")."""
    mufa_ala = len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm[5] == "ه"
    taf_ila = len(norm) == 5 and norm[0] == "ت" and norm[4] == "ه" and not _is_city(norm)
    return taf_il(norm) or taf_ila or (mufa_ala and norm not in _PLACE_NOUNS)


_PLACE_NOUNS = word_set("محافظة مقاطعة")


_ACCOMPANYING = ("المصاحب", "والمصاحب")


def _before_its_side_programme(toks: list[Token], head: int, end_i: int) -> int:
    """Where a conjunct the name runs into is what accompanies the event: "مهرجان التمر الدولي
    والبرامج الثقافية والترفيهية المصاحبة له" is the festival and its side programmes."""
    for k in range(head + 2, end_i):
        if not toks[k].norm.startswith("وال"):
            continue
        # the conjunct's words up to "المصاحبة", every one definite ("والبرامج الثقافية
        # والترفيهية المصاحبة"), not a phrase of its own ("والترفيه بالمدينة جميع …")
        for t in toks[k + 1 : end_i + 1]:
            if t.norm.startswith(_ACCOMPANYING):
                return k
            if not t.norm.startswith(("ال", "وال")):
                break
    return end_i


def _before_a_newspaper(toks: list[Token], head: int, end_i: int) -> int:
    """ "مهرجان الصيف الترفيهي لـ"اليوم"": what an organizer told a newspaper, not the
    event's name."""
    for k in range(head + 1, end_i - 2):
        if (
            toks[k].text == "لـ"
            and not toks[k + 1].is_word
            and toks[k + 2].norm in _NEWSPAPERS
            and (k + 3 >= len(toks) or not toks[k + 3].is_word)
        ):
            return k
    return end_i


# the papers and agencies Saudi news is told things by ("قال لـ«عكاظ»"), as one word
_NEWSPAPERS = word_set(
    "اليوم الرياض عكاظ الوطن المدينة الجزيرة الحياة الشرق الاقتصادية سبق الوئام واس مكة "
    # the wire agencies Arab papers quote ("قال رئيس المهرجان لـ«رويترز»")
    "رويترز الأناضول الفرنسية بنا وام قنا كونا سانا"
)


# what an event is held with or for ("بفيلم", "بحضور", "بمناسبة"), and its own parts or
# editions ("بنسخته", "بطبعاته", "بمساراته"): ب + one of these ends a name
_BI_OBJECTS = word_set(
    "فيلم فيلمه حضور مشاركة مناسبة هدف حفل درع جائزة مسرحية كتاب عمل "
    # "احتفى منظمو مهرجان … بسفراء …", "يرحب المهرجان بزواره": whom it welcomes
    "سفراء زوار الزوار زواره ضيوف الضيوف ضيوفه"
)
_BI_OCCASION = normalize("بمناسبة")
_BI_OWN = tuple(normalize(w) for w in ("ته", "تها", "اته", "اتها"))


# "في منطقة الباحة", "في دول الخليج", "في المملكة", "في ضوء القانون الدولي": a region or a
# frame that the name runs over (a city or a country after "في" is where it is held, and so
# is a governorate, "في محافظة الطائف", the town's own level)
_REGIONS = word_set("منطقة دول المملكة ضوء العالم الوطن الشرق")


# bodies of members ("الدول الأعضاء في منظمة …"), never a place an event is held in
_MEMBERSHIPS = word_set("منظمة تحالف رابطة")


def _region_after(toks: list[Token], end_i: int) -> int:
    """The name's end, run over "في" + a region and its definite words (at most four)."""
    if end_i + 1 >= len(toks) or toks[end_i].norm != normalize("في"):
        return end_i
    member = toks[end_i + 1].norm.removeprefix("ال")
    if member in _MEMBERSHIPS:
        # "المعرض التجاري للدول الأعضاء في منظمة التعاون الإسلامي", "مؤتمر الدول المشاركة في
        # التحالف": the body whose members the name counts (not a venue: "في جامعة …")
        k = end_i + 2
        while k < len(toks) and k - end_i < 6 and _definite_word(toks[k]):
            k += 1
        named = k > end_i + 2 or toks[end_i + 1].norm.startswith("ال")
        return k if named else end_i
    if toks[end_i + 1].norm not in _REGIONS:
        return end_i
    k = end_i + 2
    while k < len(toks) and k - end_i < 6 and _definite_word(toks[k]):
        k += 1
    if k == end_i + 2 and not toks[end_i + 1].norm.startswith("ال"):
        if k < len(toks) and (_is_city(toks[k].norm) or toks[k].norm in ORG_HEADS):
            k += 1  # "في منطقة تبوك", "في دول مجلس التعاون": a place or a body
            while k < len(toks) and k - end_i < 6 and _definite_word(toks[k]):
                k += 1
        else:
            return end_i  # "في منطقة مفتوحة": an area, not a region named
    return k


def _end_after_ordinal(toks: list[Token], head: int, end_i: int) -> int:
    """After the edition's ordinal a name goes on only with "ل…", a quotation or "حول/عن":
    "الملتقى الخليجي الأول للمتداولين", but "ملتقى السياحة المعرفية الأول برامجه"."""
    k = head + 1
    while k < end_i:
        found = ordinal_at(toks, k)
        if found is None:
            k += 1
            continue
        nxt = k + found[1]
        if nxt < end_i and not _goes_on(toks[nxt], feminine=toks[nxt - 1].norm.endswith("ه")):
            return nxt
        k = nxt
    return end_i


_PROGRAMS = word_set("برنامج سلسلة سلسله")


def _of_a_program(text: str, toks: list[Token], head: int, end_i: int) -> int:
    """ "الندوة الـ 7 من برنامج التوعية الأسرية": a numbered session is told apart by the
    program it belongs to, so the name runs on over "من برنامج …"."""
    if not (
        end_i + 1 < len(toks)
        and toks[end_i].norm == "من"
        and toks[end_i + 1].norm in _PROGRAMS
        and _ordinal_in(toks, head + 1, end_i) is not None
    ):
        return end_i
    return grow_phrase(text, toks, end_i + 1, max_words=6, stops=_NAME_STOPS, keep_waw=False)


def _goes_on(tok: Token, feminine: bool = False) -> bool:
    """Whether the name goes on over `tok` after its edition's ordinal (`feminine`: the
    ordinal is, "القمة الرابعة")."""
    return (
        tok.text in OPEN_QUOTES
        # "مهرجان البلدية الثالث التوعوي الترفيهي": a nisba adjective of the name
        or (tok.norm.startswith("ال") and tok.norm.endswith("ي") and len(tok.norm) >= 6)
        # "القمة الرابعة العادية للوكالة …", not a body ("الندوة الثانية الجمعية تنظم")
        or (
            feminine
            and tok.norm.startswith("ال")
            and tok.norm.endswith("يه")
            and len(tok.norm) >= 7
            and tok.norm not in ORG_HEADS
            and tok.norm[2:] not in ORG_HEADS
        )
        or tok.norm.startswith("ل")
        or tok.norm in _ORDINAL_LINKS
        or not tok.is_word
        or tok.norm.isascii()
    )


_ORDINAL_LINKS = word_set("حول عن نحو عشر عشرة والعشرين والثلاثين")


def _definite_word(tok: Token) -> bool:
    """A definite word that may continue a region: not a weekday or month ("الأربعاء")."""
    return tok.is_word and tok.norm.startswith("ال") and not is_time_word(tok)


def _drop_trailing_place(toks: list[Token], head: int, end_i: int) -> int:
    """Names end before "ب<city>" or "ب<body or place noun>" ("ندوة دولية ببركان"), one
    outside a quotation ("معرض «الرسم بالفحم»": the title is the name whatever it says)."""
    for k in _outside_marks(toks, head + 1, end_i):
        if _bi_place(toks[k].norm):
            return k
    return end_i


def _bi_place(norm: str) -> bool:
    """Whether a word is ب + a city, a body or a place noun ("ببركان", "بالجامعة")."""
    if not norm.startswith("ب"):
        return False
    rest = norm[3:] if norm.startswith("بال") else norm[1:]
    return (
        rest == "بني"  # "ببني حرير": villages named for a tribe, "بني X"
        or places.city_of_word(norm[1:]) is not None
        or rest in ORG_HEADS
        or rest in VENUE_HEADS
        or rest in ADMIN_UNITS
    )


def _edition_number(tok: Token) -> tuple[int, int] | None:
    """The edition an edition word's next token gives as a number or a round ordinal:
    "الدورة 51 لمهرجان قرطاج", "الدورة الثلاثين لمهرجان …" (not after "القرن": only here)."""
    if tok.norm.isdigit() and 0 < int(tok.norm) < 200:
        return int(tok.norm), 1
    tens = _TENS.get(tok.norm.removeprefix("ال"))
    return (tens, 1) if tens else None


def _edition_after(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The edition said at `k`, after an edition word or an event's head noun: an ordinal
    or a number, past up to two adjectives of the event ("القمة العربية الرابعة", "المؤتمر
    الدولي الرابع"); `ordinal_at` reads the article written apart ("ال21", "الـ 5")."""
    for _ in range(_EDITION_ADJECTIVES):
        if k + 1 < len(toks) and is_nisba(toks[k]) and ordinal_at(toks, k) is None:
            k += 1
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 1  # "النسخة (11)": the number in brackets
    return ordinal_at(toks, k) or _edition_number(toks[k])


_EDITION_ADJECTIVES = 2  # adjectives of an event said between its noun and its edition


def editions_stated(text: str) -> set[int]:
    """Every edition number the text gives, of whichever event (`edition_mentions`)."""
    return {value for value, _ in edition_mentions(text)}


def edition_mentions(text: str) -> list[tuple[int, int]]:
    """(number, offset) of every edition the text gives after an edition word or an event's
    head noun ("النسخة الثانية", "القمة الرابعة", "الدورة 51") or before "edition" ("the 4th
    edition"), of whichever event, in text order."""
    toks = tokens(text)
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok.norm == "edition" and k > 0:
            found = ordinal_at(toks, k - 1)
        elif k + 1 < len(toks) and (
            any(b in _EDITION_WORDS for b in bases(tok.norm)) or head_of(tok) is not None
        ):
            found = _edition_after(toks, k + 1)
        else:
            continue
        if found is not None:
            out.append((found[0], tok.start))
    return out


def of_another_edition(text: str, pos: int, edition: int | None, head: str | None = None) -> bool:
    """Whether the edition last named before `pos` in its sentence is not `edition` ("بعد
    نجاح القمة الرابعة … وحضور 250 مشارك", said of the fifth summit). With `head`, only an
    edition of an event of that head noun counts: said at it ("في الجامبوري الـ22 بالسويد") or
    of it ("في النسخة (11) من الجامبوري"), not of another ("بالدورة الثالثة للانتخابات")."""
    if edition is None:
        return False
    start = sentence_bounds(text, pos)[0]
    named = edition_mentions(text[start:pos])
    if not named or named[-1][0] == edition:
        return False
    if head is None:
        return True
    said = [t for t in tokens(text[start + named[-1][1] : pos]) if t.is_word or t.text.isdigit()]
    said = said[: _EDITION_TO_HEAD + 1]
    return any((h := head_of(t)) is not None and h[0] == head for t in said)


_EDITION_TO_HEAD = 3  # words from an edition word to the head it is of ("النسخة (11) من الجامبوري")


_COURSE = normalize("دورة")


def _of_the_other_gender(tok: Token, head: str) -> bool:
    """Whether edition cue `tok` says "its edition" in the gender other than the event's
    head noun: "مسابقة … في سوق عكاظ بنسخته التاسعة" is the Souk's ninth, not the
    contest's."""
    found = [b for b in bases(tok.norm) if b in _OWN_EDITION]
    if not found:
        return False
    if head == _COURSE and found[0] in _ITS_ROUND:
        # "نفذت اللجنة … للانتخابات البلدية في دورتها الثالثة … دورة تدريبية": a course is
        # itself a "دورة"; its "دورتها" is the body's or the elections' round
        return True
    if head in _FEMININE_HEADS:
        return not found[0].endswith("ها")
    if head in _MASCULINE_HEADS:
        return found[0].endswith("ها")
    return False  # "سوق" is either: "سوق عكاظ في نسختها التاسعة"


def edition_near(
    text: str, pos: int, window: int = 80, head: str = ""
) -> tuple[int, tuple[int, int]] | None:
    """An edition said near `pos`: an English event's how-manieth year in its sentence, or an
    Arabic edition cue (`_edition_cue_near`) of an event with head noun `head`."""
    english = _en_nth_year(text, pos, sentence_bounds(text, pos), 2 * window)
    return english if english is not None else _edition_cue_near(text, pos, window, head)


def _another_edition(toks: list[Token], k: int, pos: int) -> bool:
    """Whether the edition cue at token `k` names an earlier edition ("بعد نجاح النسخة
    الرابعة") or, as "its edition" after a contest said after the event at `pos`, the
    contest's."""
    if any(t.norm in _EARLIER for t in toks[max(0, k - 3) : k]):
        return True
    if any(t.norm in _EXPECTED for t in toks[max(0, k - 6) : k]):
        return True  # "الذي يتوقع انتقاله إلى الخليج في النسخة الرابعة": one to come
    return any(b in _OWN_EDITION for b in bases(toks[k].norm)) and any(
        t.norm in _CONTESTS and t.start > pos for t in toks[max(0, k - 8) : k]
    )


def _edition_cue_near(
    text: str, pos: int, window: int = 80, head: str = ""
) -> tuple[int, tuple[int, int]] | None:
    """An edition cue ("النسخة الثالثة", "في نسختها الخامسة") within `window` chars of `pos`.

    Cues that name an earlier edition ("بعد نجاح النسخة الرابعة"), or say "its edition" in
    the gender other than the event's head noun `head`, are skipped.
    """
    # "دورته", "نسختها" refer back to the event: anywhere in the sentence that names it
    sentence = sentence_bounds(text, pos)
    far = 2 * window
    lo, hi = max(0, pos - far), min(len(text), pos + far)
    toks = tokens(text, lo, hi)
    best: tuple[int, tuple[int, int]] | None = None
    best_dist = far + 1
    for k, tok in enumerate(toks):
        times = tok.norm in _TIMES_WORDS
        if not (times or any(b in _EDITION_WORDS for b in bases(tok.norm))) or k + 1 >= len(toks):
            continue
        near = abs(tok.start - pos) <= window
        own = tok.norm in _OWN_EDITION and sentence[0] <= tok.start < sentence[1]
        if not (near or own):
            continue
        if _another_edition(toks, k, pos) or _of_the_other_gender(tok, head):
            continue
        found = ordinal_at(toks, k + 1) or (None if times else _edition_number(toks[k + 1]))
        if not found:
            continue
        value, used = found
        after = tuple(t.norm for t in toks[k + 1 + used : k + 3 + used])
        if times and tok.norm != normalize("للمرة") and after != _IN_A_ROW:
            continue  # "للعام الثالث" alone is a year of something, not the third edition
        if times and value == 1:
            continue  # "تقام للمرة الأولى": often a first inside the event, not its first edition
        of = toks[k + 1 + used] if k + 1 + used < len(toks) else None
        of_the_event = of is not None and of.start <= pos < of.end  # "النسخة الثالثة لسوق …"
        if _edition_of_another(toks, k + 1, used) and not of_the_event:
            continue  # "النسخة الأولى للخطة الإستراتيجية": an edition of something else
        span = (tok.start, toks[k + used].end)
        dist = min(abs(span[0] - pos), abs(span[1] - pos))
        if dist < best_dist:
            best, best_dist = (value, span), dist
    return best


def quoted_after(text: str, end: int) -> tuple[int, int] | None:
    """A quotation that directly follows offset `end` (a name given in quotes)."""
    toks = tokens(text, end, min(len(text), end + 150))
    if not toks or toks[0].text not in OPEN_QUOTES:
        return None
    close = quoted_end(text, toks, 0)
    return (toks[0].start, toks[close].end) if close is not None else None


# --- series -----------------------------------------------------------------------------------

_TRANSLIT = str.maketrans(
    {
        "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
        "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
        "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
        "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "",
    }
)  # fmt: skip


def series_topic(name: str, city: str | None = None) -> list[str]:
    """The stemmed words that identify a series in an event name (see module docstring)."""
    return _english_topic(name) if name.isascii() else _arabic_topic(name, city)


_DATED = re.compile(r"\d{4}[مه]")


def _arabic_topic(name: str, city: str | None) -> list[str]:
    toks = tokens(name)
    city_bases = {b for w in normalize(city).split() for b in bases(w)} if city else set()
    city_bases |= {b[2:] for b in city_bases if b.startswith("ال")}
    out: list[str] = []
    skip = 0
    for k, tok in enumerate(toks):
        if skip:
            skip -= 1
            continue
        if not tok.is_word:
            continue
        if k == 0 or (tok.norm in HEADS_AR or tok.norm[2:] in HEADS_AR):
            continue
        found = ordinal_at(toks, k)
        if found:
            skip = found[1] - 1
            continue
        # "معرض وظائف 2015م": a year, also with its calendar's letter; "معرضا مقبولا": an
        # adjective agreeing with an accusative head describes it
        if (
            is_year(tok)
            or tok.norm.isdigit()
            or tok.norm in ("عمل", "م")
            or _DATED.fullmatch(tok.norm)
            or _agreeing_accusative(toks[0].norm, tok.norm)
        ):
            continue
        if city_bases & set(bases(tok.norm)):
            continue
        if re.fullmatch(r"[a-z0-9'’&.-]+", tok.norm):
            out.append(tok.norm.strip(".'’"))
            continue
        word = bases(tok.norm)[-1] if tok.norm.startswith(("لل", "بال")) else tok.norm
        word = word[2:] if word.startswith("ال") and len(word) > 4 else word
        # "احتفالات الأمانة بعيد الفطر" and "احتفالات العيد": the feast with its preposition
        # is the feast ("بعيد" alone is also "far", but not in an event's name)
        word = _FEAST if word in _FEAST_WITH_PREPOSITION else word
        stemmed = stem(word)
        if stemmed and not _generic(word, stemmed):
            out.append(stemmed)
    return out


_FEAST = normalize("عيد")
_FEAST_WITH_PREPOSITION = word_set("بعيد لعيد")


def _agreeing_accusative(head: str, word: str) -> bool:
    """An indefinite accusative word after an indefinite accusative head ("معرضا مقبولا",
    "مؤتمرا ناجحا"): an adjective that says how the event was, not which it is. Not a nisba
    ("معرضا توعويا"), which says what kind of event it is, as "معرض توعوي" does."""
    return (
        head.endswith("ا")
        and not head.startswith("ال")
        and word.endswith("ا")
        and not word.endswith("يا")
        and not word.startswith(("ال", "لل", "ب"))
        and len(word) > 3
    )


def _generic(word: str, stemmed: str) -> bool:
    """A word any event name may hold ("الدولي", "السنوي"), also as an indefinite object's
    adjective with its accusative alif ("مؤتمرا دوليا")."""
    if stemmed in _GENERIC or word in _GENERIC:
        return True
    accusative = word.endswith("ا") and not word.startswith("ال") and len(word) > 4
    return accusative and stem("ال" + word[:-1]) in _GENERIC


def _english_topic(name: str) -> list[str]:
    """ "Labour's spring conference" -> labour, spring: the owner names it, the head does not."""
    words = [re.sub(r"['’]s$", "", w.lower()).strip(".'’") for w in name.split()]
    skip = set(_EN_KINDS) | {"the", "this", "of", "and", "on", "&", "annual", "international"}
    return [w for w in words if w and w not in skip and not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w)]


def slugify(words: list[str]) -> str:
    """ASCII slug of words (Arabic transliterated letter by letter; final ه as "a")."""
    parts = []
    for word in words:
        if word.endswith("ه"):
            word = word[:-1] + "a"
        ascii_word = re.sub(r"[^a-z0-9]+", "", word.translate(_TRANSLIT).lower())
        if ascii_word:
            parts.append(ascii_word)
    return "-".join(parts)


# kinds of event a body holds for its own people, often under a name that says only what
# kind it is ("حفل معايدة", "دورة تدريبية"): which body held it tells one from another
_HELD_BY_A_BODY = frozenset({"ceremony", "course", "workshop", "meeting"})
_GENERIC_TOPIC = 2  # topic words of such a name at most ("حفل تكريم للعاملين")


def named_by_its_kind(name: str, kind: str, city: str | None) -> bool:
    """Whether a body's own ceremony, course, workshop or meeting is named only by what it is
    ("حفل معايدة", "دورة تدريبية"): which body held it is what tells it from another."""
    # the occasion it marks names no one event: "حفل معايدة بمناسبة عيد الفطر المبارك"
    what = re.split(r"\s(?:[بل]مناسبة|احتفاء|احتفالا)\s", name, maxsplit=1)[0]
    return kind in _HELD_BY_A_BODY and len(series_topic(what, city)) <= _GENERIC_TOPIC


def series_id(
    name: str,
    kind: str,
    city: str | None,
    city_en: str | None,
    country: str | None,
    organizers: Sequence[str] = (),
) -> str:
    """The stable, readable id every edition of the series shares (`berkane-mdn-dhkya`).

    A body's own ceremony, course, workshop or meeting named only by what it is ("حفل
    معايدة" of a ministry and of a company in one town) takes its first organizer's last
    word as well, so two bodies' parties are two events."""
    topic = series_topic(name, city)[:4]
    if organizers and named_by_its_kind(name, kind, city):
        # "الشركة السعودية للكهرباء" and "السعودية للكهرباء": the last word names the body
        topic += series_topic(organizers[0], city)[-1:]
    # a town the gazetteer lacks in English ("بمحافظة ضباء") is transliterated: without it,
    # "مهرجان العيد" of Duba and of Al-Ahsa were one series, and their cards one event
    place = (
        slugify([city_en.lower()])
        if city_en
        else slugify([normalize(city)])
        if city
        else (country or "").lower()
    )
    body = slugify(topic) or kind
    return "-".join(p for p in (place, body) if p)


def event_id(series: str, edition: int | None, year: str | None) -> str:
    """Series id plus the edition, else the year (`berkane-mdn-dhkya-3`)."""
    suffix = str(edition) if edition else (year or "")
    return f"{series}-{suffix}" if suffix else series
