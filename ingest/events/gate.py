"""Is this article about an event, and which one? False events are worse than missing ones.

Name mentions (`names.find_names`) are first filtered for passing uses: a press conference
("مؤتمر صحفي"), "على هامش …", the idiom "في معرض حديثه", a sports "قمة" (الهلال والنصر,
مباراة، الدوري), "قمة" meaning a top, and meetings with no edition. The rest are grouped into
*clusters*, one per event: named mentions of one head noun whose topic words overlap, plus the
bare references ("الملتقى") of that head. A cluster is scored on what marks an article about
an event rather than one that mentions it: how much of its name the title repeats, how often
it is referred to, event verbs and nouns in its sentences (انطلاق، افتتح، يقام، تنظم، شعار،
برعاية، النسخة …) and how early it appears. Only a cluster over `MIN_SCORE` with at least one
cue in its sentences or in the title makes a card (and `extract` still needs a place or time).

Other events of the article (`is_other_event`): a cluster of another head noun than the main
event's, with a name of its own and `OWN_FACTS` facts in its own sentences, makes a card too;
one of the same head is more often the main event's umbrella or a part of it.

The bar: a cluster's score plus up to `SUPPORT_CAP` supporting facts of its card (a date, a
venue, organizers, patrons, a slogan, an edition) must reach `MIN_SCORE`. 6.5 was chosen by
hand on the dev half of ../shared/events (34 of 40 articles pass) against SaudiNewsNet
articles 1,000-3,000 (79 cards in 2,000 articles, nearly all of them real festival and forum
reports on reading); the benchmark's SaudiNewsNet figure uses the first 1,000, not tuned on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.events.calendars import WEEKDAYS
from ingest.events.card import EventCard
from ingest.events.names import (
    EN_HOLDS_ITS,
    EN_KINDS,
    RELATIVES,
    NameMention,
    definite_head,
    head_of,
    series_topic,
    series_without_head,
)
from ingest.events.places import (
    EN_MONTHS,
    country_phrase_end,
    is_country_adjective,
    is_place_name,
    place_of_word,
    town_phrase_end,
)
from ingest.events.spans import (
    OPEN_QUOTES,
    Token,
    bases,
    is_year,
    sentence_bounds,
    stopped_before,
    tokens,
    word_set,
)
from language.analyzer import normalize, stem

MIN_SCORE = 6.5
SUPPORT_CAP = 3
UNTITLED_MARGIN = 1.5
LED_BONUS = 1.0  # the lead's first verb opens, holds or announces the event
MERGE = 0.5

_CUES = word_set(
    "انطلاق انطلقت تنطلق ينطلق انطلاقة فعاليات فعالية افتتح افتتاح يفتتح افتتحه افتتحها "
    "دشن تدشين تنظم ينظم تنظيم نظمت ينظمه تنظمه يقام تقام أقيم أقيمت إقامة يعقد تعقد "
    "انعقاد تنعقد ينعقد تستضيف يستضيف استضافة تحتضن يحتضن احتضن يحتضنه تحتضنه اختتام "
    "اختتمت اختتم ختام النسخة الدورة نسختها دورتها شعار برعاية رعاية المقام المقامة "
    "المنعقد المنعقدة بمشاركة يستمر تستمر زوار الزوار أعمال يشهد تشهد الافتتاحي "
    "الافتتاحية "
    # "شهد معرض لقاءات زيارة 60 ألف زائر في ختامه": its close and its visitors
    "ختامه ختامها زائر "
    # "يواصل المهرجان فعالياته اليوم": its own activities
    "فعالياته فعالياتها"
)
# English event verbs and nouns with their inflections ("gathering", "organisers", "hosts"):
# what news says of an event being held, opened, attended or judged, not of a product or a talk
_EN_CUE_RE = re.compile(
    r"(?:gather|open|clos|host|organi[sz]|attend|run|unveil|showcas|exhibit|delegat|visitor"
    r"|keynote|ceremon|award|prize|winner|headlin|flock|descend|kick|begin|began|start|stag"
    r"|held|hold|take|took|edition|annual|theme|stand|crowd|perform|speaker|participant"
    r"|address|speech|triumph|honour|honor|won|win|told|tell|speak|spoke|end|arriv|agenda"
    r"|line-up|ticket|showing|shown|meet|met|heard|hear)"
    r"(?:s|es|ed|d|ing|ers?|ors?|ings?|ning|ned|ner|ners|ees?|ies|y|ion|ions|al)?"
)


# verbs that hold, open or host an event, in the forms news uses them with the event as
# their object pronoun ("أقامته", "نظمتها", "تستضيفه"): every such form is a cue
_CUE_VERBS = word_set(
    "أقام أقامت يقيم تقيم نظم نظمت ينظم تنظم استضاف استضافت يستضيف تستضيف احتضن احتضنت "
    "يحتضن تحتضن عقدت يعقد تعقد افتتح افتتحت يفتتح تفتتح دشن دشنت يدشن تدشن رعى رعت يرعى "
    "ترعى اختتم اختتمت يختتم تختتم أطلق أطلقت يطلق تطلق"
)
_OBJECT_PRONOUNS = ("ه", "ها", "هما")


# who won what: cues of a competition or an award ceremony only ("حصلت على الميدالية الذهبية
# في مسابقة …"); of any other event they are as often a prize it merely mentions
_AWARD_WORDS = word_set(
    "فاز فازت يفوز تفوز حصد حصدت يحصد تحصد حصل حصلت توج توجت تتويج الميدالية ميدالية "
    "الجائزة جائزة جوائز المركز الفائز الفائزين الفائزة"
)


def _is_award_word(norm: str) -> bool:
    return not norm.isascii() and any(b in _AWARD_WORDS for b in bases(norm))


# "عقد" is also a contract, a decade or a necklace; "قدم" a foot or a coming: holding or
# presenting only right before an event noun ("لتقديم معرض فني تشكيلي")
_HOLDING = word_set("عقد تقديم قدم قدمت يقدم تقدم")


# "تسعى إلى عقد القمة", "طالب بعقد مؤتمر", "دعا إلى عقد": a summit sought, not one held
_ASKED_FOR = word_set(
    "تسعى يسعى سعي إلى الى طلبت طلب يطالب تطالب طالب دعا دعت يدعو تدعو اقترح اقترحت مقترح"
    " تتباحثان يتباحثان بحث ناقش"
)


def _holds(norm: str) -> bool:
    # not "لعقد" ("تسعى لعقد قمة طارئة", "تتباحثان لعقد مؤتمر"): a plan, not an event; but
    # "تستعد الجماعة لتقديم معرض": the getting ready is said by its verb
    return norm in _HOLDING or (norm[:1] == "و" and norm[1:] in _HOLDING) or norm == _TO_PRESENT


_TO_PRESENT = normalize("لتقديم")


def is_cue(norm: str) -> bool:
    """An event verb or noun: an Arabic cue word after its proclitics, or an English one."""
    if norm.isascii():
        return _EN_CUE_RE.fullmatch(norm.lower()) is not None
    forms = list(bases(norm))
    # the future "سيقام", "ستنطلق", "ستنظمه": the present verb after its س
    forms += [b[1:] for b in forms if len(b) > 3 and b[0] == "س" and b[1] in "يتن"]
    return any(
        b in _CUES
        or b in _CUE_VERBS
        or any(b.endswith(p) and _verb_before_pronoun(b[: -len(p)]) for p in _OBJECT_PRONOUNS)
        for b in forms
    )


def _verb_before_pronoun(stem: str) -> bool:
    # "يرعاه", "سيرعاها": a verb ending in ى writes it ا before the pronoun
    return stem in _CUE_VERBS or (stem.endswith("ا") and stem[:-1] + "ي" in _CUE_VERBS)


# clubs' names are also common words ("منظمة التعاون الإسلامي", "الاتحاد الأوروبي"): two
# of them, or one word of the game, make a sports "قمة"
_CLUBS = word_set("الهلال النصر الأهلي الاتحاد الشباب الاتفاق التعاون الفيصلي")
# head nouns that sports news also uses for a game ("قمة الهلال والنصر", "لقاء ودي")
_MATCH_HEADS = word_set("قمة مسابقة لقاء")
_GAME = word_set("مباراة المباراة الدوري دوري كرة المنتخب لاعب اللاعب لاعبي الودي ودي هدف أهداف")
_SPORTS = word_set(
    "مباراة المباراة الدوري دوري كرة الجولة فريق الفريق المنتخب نادي النادي هدف أهداف لاعب "
    "اللاعب الملعب كأس بطولة البطولة مواجهات نهائي"
)
_PRESS = frozenset(normalize(w) for w in ["صحفي", "الصحفي", "صحافي", "الصحافي", "الصحفية", "صحفيا"])
_EARLIER = frozenset(
    normalize(w) for w in ["بعد", "نجاح", "السابق", "السابقة", "الماضية", "الماضي"]
)
# "انطلقت مساء الأربعاء الماضي فعاليات الملتقى": last Wednesday, not a past edition
_RECENT = word_set("الأسبوع الاسبوع الشهر مساء صباح ليلة") | frozenset(WEEKDAYS)


def _a_recent_day(words: list[str], i: int) -> bool:
    return i > 0 and words[i - 1] in _RECENT


_EDITION_RE = re.compile(r"(?:النسخة|الدورة|نسختها|دورتها|نسخته|دورته)\s+\S+")
# an event inside another ("المعرض المصاحب للملتقى", "معرض بالملتقى")
_SUBEVENT = re.compile(r"المصاحب|\s(?:ب|لل|ل)?(?:ال)?(?:ملتقى|مؤتمر|منتدى|مهرجان|نسخة)")
_SITE = word_set("موقع مقر ساحة أرض")
# "أكبر مهرجان للتمور في العالم": an indefinite head after a superlative describes the event
# the article names elsewhere ("مهرجان «بريدة عاصمة التمر»")
_SUPERLATIVES = word_set("أكبر اكبر أضخم اضخم أهم اهم أبرز ابرز أعرق اعرق أقدم أشهر اشهر أوسع")
_TOP_PREPS = frozenset(normalize(w) for w in ["في", "على", "إلى", "الى", "من"])


@dataclass
class Cluster:
    """The mentions of one event in an article and how strongly the article is about it."""

    kind: str
    head: str
    named: list[NameMention] = field(default_factory=list)
    refs: list[NameMention] = field(default_factory=list)
    topic: set[str] = field(default_factory=set)
    score: float = 0.0
    cues: int = 0
    set_at: bool = False  # an English lead sets its story at the event ("told X's conference")
    led: bool = False  # an Arabic lead opens on the event starting or held ("ينطلق مهرجان X")
    # an English story happens at the event: "unveil the car at the Lisbon Motor Show on
    # Tuesday", "met the minister at the Green Party's autumn conference in Bath"
    set_in: bool = False

    @property
    def mentions(self) -> list[NameMention]:
        return sorted(self.named + self.refs, key=lambda m: m.start)

    @property
    def representative(self) -> NameMention:
        """The name to show: a full, early mention that is not about an earlier edition."""
        current = [m for m in self.named if m.start not in self.earlier] or self.named
        # "أكبر مهرجان للتمور في العالم" describes the event that "مهرجان بريدة للتمور" names
        current = [m for m in current if m.start not in self.described] or current
        best = max(current, key=lambda m: (self.rep_score(m), -m.start))
        # "منتدى التنافسية الدولي في نسخته الثامنة" and later "منتدى التنافسية الدولي
        # الثامن": the name with its edition's ordinal is the fuller form of the same name
        fuller = [
            m
            for m in current
            if m.edition_span is not None
            and best.edition is None
            and m.text.startswith(best.text + " ")
            # the ordinal right after the name, not "مهرجان «…» للأسبوع الثاني"
            and m.edition_span[0] - (m.start + len(best.text)) <= 1
        ]
        return fuller[0] if fuller else best

    earlier: set[int] = field(default_factory=set)
    lead: int = 300
    title_stems: set[str] = field(default_factory=set)
    cues_at: list[tuple[int, int]] = field(default_factory=list)
    described: set[int] = field(default_factory=set)  # mentions after a superlative

    def rep_score(self, m: NameMention) -> float:
        topic = _as_title_stems(set(series_topic(m.text)))
        overlap = len(topic & self.title_stems) / len(topic) if topic else 0.0
        edition = (
            2.0
            if any(0 <= m.start - e <= 12 or 0 <= s - m.end <= 12 for s, e in self.cues_at)
            else 0.0
        )
        sub = 2.0 if _SUBEVENT.search(m.text) else 0.0
        sub += 2.0 if m.start in self.described else 0.0
        # "المهرجان الثامن عشر" numbers the event "مهرجان لغة الطيور" names: no name words
        words = 0 if m.edition is not None and not topic else min(m.words, 3)
        return -sub + words + (2.0 if m.start < self.lead else 0.0) + 2.0 * overlap + edition


_PROGRAMMES_OF = word_set("برامجها برامجه الحملة للحملة بالحملة")


# "the art-house version of the Oscars", "the day before the Oscars": an event the story's
# event is compared with or dated by
_EN_COMPARED = re.compile(
    r"(?:\b(?:version|equivalent|answer|rival|counterpart) of|\bday (?:before|after)"
    r"|\b(?:week|month)s? (?:before|after)|\bahead of|\blike)\s+(?:the\s+)?$"
)


# "أصدر المنتدى الاقتصادي العالمي تقريرا", "حسب تقرير المنتدى": a body of that name that
# publishes, not an event
_DOCUMENTS = word_set(
    "تقرير تقريرا تقريره تقريرها لتقرير بتقرير دراسة دراسته دراستها بيانا بيانه بيانها "
    "إحصائية احصائية إحصاءات مؤشر مؤشره تصنيف تصنيفه"
)


def _press_or_publisher(text: str, m: NameMention, words: list[str], before: list[str]) -> bool:
    """ "مؤتمر صحفي", or a body named like an event that publishes ("أصدر المنتدى … تقريرا")."""
    if len(words) > 1 and any(b in _PRESS for b in bases(words[1])):
        return True
    following = [t.norm for t in tokens(text, m.end, min(len(text), m.end + 30)) if t.is_word]
    return not m.text.isascii() and any(w in _DOCUMENTS for w in before[-1:] + following[:1])


def _passing(text: str, m: NameMention) -> bool:
    """A mention that is not an event: press conference, sports summit, idiom …"""
    if m.text.isascii() and _EN_COMPARED.search(text, max(0, m.start - 40), m.start):
        return True
    after = tokens(text, m.start, min(len(text), m.end + 40))
    words = [t.norm for t in after if t.is_word]
    before = [t.norm for t in tokens(text, max(0, m.start - 30), m.start) if t.is_word]
    if _press_or_publisher(text, m, words, before):
        return True
    if before[-2:] == ["علي", "هامش"]:
        return True
    # "وتنطلق الحملة مع أول برامجها، وهي: المسابقة الورقية": a programme of a campaign
    if any(w in _PROGRAMMES_OF for w in before[-4:]):
        return True
    if m.head == normalize("معرض") and len(words) > 1:
        nxt = words[1]
        if not nxt.startswith("ال") and nxt.endswith(("ه", "ها", "هم")) and before[-1:] == ["في"]:
            return True
    if m.head in _MATCH_HEADS:
        lo, hi = sentence_bounds(text, m.start)
        if m.head == normalize("مسابقة"):
            # a contest is a game only by the words around it: a long sentence listing a
            # campaign's contests and its "البطولة الرياضية" is not about a match
            lo, hi = max(lo, m.start - 80), min(hi, m.end + 80)
        sentence = {t.norm for t in tokens(text, lo, hi)}
        clubs = {b for w in sentence for b in bases(w) if b in _CLUBS}
        # a "لقاء" is a match only by a word of the game ("النادي الأدبي" holds meetings too)
        sports = _GAME if m.head == normalize("لقاء") else _SPORTS
        if len(clubs) > 1 or any(b in sports for w in sentence for b in bases(w)):
            return True
    # "في قمة …" is "at the top of"; a meeting with no edition is any meeting
    top = bool(before) and before[-1] in _TOP_PREPS and text[m.start : m.start + 2] != "ال"
    return (m.head == normalize("قمة") and top) or (m.kind == "meeting" and m.edition is None)


_IN = word_set("في فى")
_YEAR_WORDS = word_set("عام العام سنة")


def _past_year_after(text: str, m: NameMention, published: str) -> bool:
    """Whether the name is said with a year before the article's, right after it or after the
    town it was held in ("القمة العربية في الكويت عام 2009"); not after a clause
    ("مهرجان … الذي انطلق عام 2005" may be the series the article reports)."""
    toks = tokens(text, m.end, min(len(text), m.end + 60))
    k = 1 if toks and toks[0].norm in _IN else 0
    place = _place_end(toks, k) if k < len(toks) else None
    k = place if place is not None else 0
    k += 1 if k < len(toks) and toks[k].norm in _IN else 0
    if k + 1 >= len(toks) or toks[k].norm not in _YEAR_WORDS or not is_year(toks[k + 1]):
        return False
    return int(toks[k + 1].norm) < int(published[:4])


def _place_end(toks: list[Token], k: int) -> int | None:
    """One past a town or country said from token `k` ("المملكة المتحدة", "بالسويد")."""
    end = town_phrase_end(toks, k) or country_phrase_end(toks, k)
    if end is None and toks[k].norm[:1] == "ب" and place_of_word(toks[k].norm[1:]):
        return k + 1
    return end


def _as_title_stems(topic: set[str]) -> set[str]:
    """An English topic ("glastonbury") stemmed as title words are ("glastonburi")."""
    return {stem(normalize(w)) if w.isascii() else w for w in topic}


def _stems(text: str) -> set[str]:
    out = set()
    for tok in tokens(text):
        if tok.is_word:
            out.add(stem(tok.norm))
            out.update(stem(b) for b in bases(tok.norm))
            # a headline's accusative "30 عملا تشكيليا": the word without its tanween alef
            out.update(stem(b[:-1]) for b in bases(tok.norm) if len(b) > 4 and b[-1] == "ا")
    return out


# words that describe an event named elsewhere and name none ("المعرض الأكبر", "الملتقى
# الجديد"), as `series_topic` stems them
_ONLY_DESCRIBED = frozenset(series_topic("المعرض الكبير الكبرى الأكبر الأضخم الأبرز الأهم الجديد"))


def clusters(
    text: str, title: str, mentions: list[NameMention], published: str | None = None
) -> list[Cluster]:
    """Group event mentions into events and score each (best first); `published` is the
    article's date, before whose year a mention's stated year makes it a past one."""
    groups: list[Cluster] = []
    refs: list[NameMention] = []
    earlier = set()
    for m in mentions:
        if _passing(text, m) or (published and _past_year_after(text, m, published)):
            continue
        before = [t.norm for t in tokens(text, max(0, m.start - 25), m.start) if t.is_word]
        last = range(max(0, len(before) - 3), len(before))
        if any(before[i] in _EARLIER and not _a_recent_day(before, i) for i in last):
            earlier.add(m.start)
        topic = set(series_topic(m.text)) if m.words else set()
        if not m.words or _described_again(m, topic, groups):
            refs.append(m)
            continue
        host = _host_of_town_reference(m, groups)
        if host is not None:
            host.named.append(m)
            continue
        for g in groups:
            # English names one event with several head nouns ("3GSM World Congress", "the
            # 3GSM show"): the same kind will do
            same_kind = m.text.isascii() and _english(g) and g.kind == m.kind
            if g.head != m.head and not same_kind:
                continue
            if (
                not topic
                or not g.topic
                or len(topic & g.topic) >= MERGE * min(len(topic), len(g.topic))
            ):
                g.named.append(m)
                g.topic |= topic
                break
        else:
            groups.append(Cluster(m.kind, m.head, [m], topic=topic))
    described = {m.start for m in mentions if _described(text, m)}
    groups = _described_as_named(described, groups)
    title_stems = _stems(title)
    for g in groups:
        g.refs = [r for r in refs if _refers_to(r, g)]
        g.earlier, g.title_stems, g.described = earlier, title_stems, described
        g.cues_at = [(m.start(), m.end()) for m in _EDITION_RE.finditer(text)]
        _score(text, title, title_stems, g)
    # bare references belong to the best cluster of their head only
    groups.sort(key=lambda g: -g.score)
    return groups


_GATHERINGS = frozenset(("conference", "forum", "summit", "symposium"))


def _described_again(m: NameMention, topic: set[str], groups: list[Cluster]) -> bool:
    """A mention that describes an event rather than names one: "وسيساهم المعرض الأكبر على
    مستوى العالم …"; "لم يمر مهرجان القدس السينمائي … المهرجان الإسرائيلي أقيم …", the event
    named before said again by its country."""
    if topic and topic <= _ONLY_DESCRIBED:
        return True
    return _nationality_only(m) and any(g.head == m.head for g in groups)


def _nationality_only(m: NameMention) -> bool:
    """ "المهرجان الإسرائيلي": a definite head noun and a country's adjective, nothing more."""
    words = [t for t in tokens(m.text) if t.is_word]
    return len(words) == 2 and definite_head(words[0]) and is_country_adjective(words[1].norm)


def _host_of_town_reference(m: NameMention, groups: list[Cluster]) -> Cluster | None:
    """ "told the IPTV World Forum … on the opening day of the London conference": an English
    town and a lower-case kind refer back to the gathering the article has named."""
    words = m.text.split()
    if len(words) != 2 or not words[1].islower() or not is_place_name(words[0]):
        return None
    if m.kind not in _GATHERINGS:
        return None
    # said soon after the gathering (farther on, "the Brussels summit" may be another one)
    return next(
        (
            g
            for g in groups
            if _english(g) and g.kind in _GATHERINGS and 0 < m.start - g.named[-1].end <= 400
        ),
        None,
    )


def _described_as_named(described: set[int], groups: list[Cluster]) -> list[Cluster]:
    """A cluster named only by descriptions ("أكبر مهرجان للتمور في العالم") joins the
    cluster of its head noun named most often ("مهرجان «بريدة عاصمة التمر»")."""
    out = []
    for g in groups:
        named = [
            o for o in groups if o.head == g.head and not all(m.start in described for m in o.named)
        ]
        if named and all(m.start in described for m in g.named):
            target = max(named, key=lambda o: len(o.named))
            target.named.extend(g.named)
            target.topic |= g.topic
            continue
        out.append(g)
    return out


def _english(g: Cluster) -> bool:
    return bool(g.named) and g.named[0].text.isascii()


def places_after(text: str, g: Cluster) -> list[str]:
    """Capitalised places said right after the event's English name ("the World Economic
    Forum in Davos"), gazetteer or not."""
    found = (_EN_PLACE_AFTER.match(text, m.end) for m in g.named if m.text.isascii())
    return [f.group(1) for f in found if f]


_EN_PLACE_AFTER = re.compile(r",? (?:in|at) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _refers_to(ref: NameMention, g: Cluster) -> bool:
    """Whether a bare reference may be to cluster `g`: the same head noun, or in English the
    same kind ("the fair" after "the Consumer Electronics Show") or a generic "the event"."""
    if ref.head == g.head:
        return True
    return (
        ref.text.isascii()
        and _english(g)
        and (ref.kind == g.kind or ref.head in ("event", "gathering", "meeting"))
    )


def title_heads(title: str) -> set[str]:
    """The event head nouns in a title ("الرياض تستضيف معرضا …" -> {"معرض"})."""
    found = (head_of(t) for t in tokens(title) if t.is_word)
    english = {t.norm.lower() for t in tokens(title) if t.norm.lower() in EN_KINDS}
    headless = {m.head for m in series_without_head(title, [])}  # "… لسوق عكاظ"
    return {f[0] for f in found if f} | english | headless


def title_names(g: Cluster, title: str) -> bool:
    """Whether the title names the event: its head noun and at least half its topic words
    ("برامج منوعة بملتقى المدينة الشبابية بجدة" names ملتقى المدينة الشبابية)."""
    topic = _as_title_stems(g.topic)
    if not topic or not _title_names_head(g, title):
        return False
    return 2 * len(topic & _stems(title)) >= len(topic)


def _title_names_head(g: Cluster, title: str) -> bool:
    """The title names the event's head noun, or in English its kind ("Gaming show comes to
    London" of the Games Expo)."""
    heads = title_heads(title)
    if g.head in heads:
        return True
    return _english(g) and any(EN_KINDS.get(h) == g.kind for h in heads)


def _cue_words(text: str, sentences: set[tuple[int, int]], contest: bool) -> set[str]:
    """The event cue words of the sentences naming the event (a competition's or a
    ceremony's also who won what)."""
    found = set()
    for lo, hi in sentences:
        toks = tokens(text, lo, hi)
        for k, tok in enumerate(toks):
            if is_cue(tok.norm) or (contest and _is_award_word(tok.norm)):
                found.add(tok.norm.lower())
            elif (
                _holds(tok.norm)
                and k + 1 < len(toks)
                and head_of(toks[k + 1]) is not None
                and not any(t.norm in _ASKED_FOR for t in toks[max(0, k - 2) : k])
            ):
                found.add(tok.norm)  # "تعتزم … عقد مؤتمر": held, said by its noun
            elif _carried_out(toks, k):
                found.add(tok.norm)
    return found


# "نفذت الوزارة … ورشة عمل": carrying out holds the event its clause goes on to name (not a
# year's record that names its festivals long after the verb, nor "المشروع الذي تنفذه الشركة",
# a project)
_CARRY_OUT = word_set("نفذ نفذت ينفذ تنفذ")
_CARRY_OUT_REACH = 15  # words from the verb to the event's noun
_CARRY_OUT_IT = word_set("نفذه نفذها ينفذه ينفذها تنفذه تنفذها")
_ANTECEDENT_WORDS = 6


def _carried_out(toks: list[Token], k: int) -> bool:
    """Carrying out an event named soon after the verb ("نفذت الوزارة … ورشة عمل"), or just
    before the relative pronoun ("الدورة التدريبية «101» التي ينفذها مركز …")."""
    if any(b in _CARRY_OUT for b in bases(toks[k].norm)):
        after = [t for t in toks[k + 1 :] if t.is_word][:_CARRY_OUT_REACH]
        return any(head_of(t) is not None for t in after)
    if toks[k].norm not in _CARRY_OUT_IT or k < 2 or toks[k - 1].norm not in RELATIVES:
        return False
    before = toks[max(0, k - 1 - _ANTECEDENT_WORDS) : k - 1]
    return any(t.is_word and head_of(t) is not None for t in before)


def _verb_roots(title: str) -> set[str]:
    """The roots of a title's present-tense verbs ("تعايد", "يكرم", "تحتفل"), the plural's
    too ("يعايدون")."""
    return {
        r
        for t in tokens(title)
        if t.is_word and t.norm[:1] in "تي" and len(t.norm) >= 4
        for r in _roots(_singular_verb(t.norm)[1:])
    }


def _singular_verb(norm: str) -> str:
    """ "يعايدون" -> "يعايد": a present verb without its plural ending."""
    return norm[:-2] if norm.startswith("ي") and norm.endswith("ون") and len(norm) > 5 else norm


def _roots(word: str) -> set[str]:
    """A verbal noun's or a verb's consonants of three or more, its first "م", "ت" or "ا" and
    its long vowels gone, "ي" kept or not: "معايدة" and "عايد" give "عيد", "تكريم" and "كرم"
    "كرم", "احتفال" and "حتفل" "حتفل"."""
    word = word.removesuffix("ه")
    if word[:1] in "متا" and len(word) > 4:
        word = word[1:]
    kept = "".join(ch for ch in word if ch not in "اوء")
    return {r for r in (kept, kept.replace("ي", "")) if len(r) >= 3}


def _score(text: str, title: str, title_stems: set[str], g: Cluster) -> None:
    rep = g.representative
    topic = _as_title_stems(g.topic)
    # "محكمة … تعايد منسوبيها" of "حفل معايدة": the title's verb is the event's noun
    verbs = _verb_roots(title)
    told = {w for w in topic if _roots(w) & verbs}
    overlap = len(topic & title_stems | told) / len(topic) if topic else 0.0
    score = 3.0 * overlap
    if _title_names_head(g, title):
        score += 2.0
    score += min(3.0, 0.5 * len(g.mentions))
    sentences = {sentence_bounds(text, m.start) for m in g.mentions}
    cue_words = _cue_words(text, sentences, contest=g.kind in ("competition", "ceremony"))
    g.cues = len(cue_words) + sum(1 for t in tokens(title) if is_cue(t.norm))
    # "خلال مشاركة عشرة شبان في ملتقى …", "الوفد المشارك في المخيم …": taking part in it
    if any(_TAKING_PART.search(text, max(0, m.start - 60), m.start) for m in g.named):
        cue_words.add("مشاركة")
        g.cues += 1
    score += min(4.0, float(len(cue_words)))
    # in the lead by name, or by what it is ("خصص مهرجان موسيقي …" before its name), counted
    # from after a byline or dateline line
    first = _byline_end(text)
    lead = first + LEAD
    if rep.start < lead or any(m.start < lead and m.start in g.described for m in g.named):
        score += 1.5
    g.set_at = any(
        m.start < 300 and _EN_SETTING.search(text, max(0, m.start - 30), m.start) for m in g.named
    )
    if g.set_at:
        # "… have flocked to Berlin for the Games Show", "the minister told the party's
        # autumn conference": the lead sets its story at the event, which English
        # headlines often leave unnamed ("Blair rallies party faithful")
        score += 1.5
    g.set_in = any(_set_in(text, m) for m in g.named if m.text.isascii() and m.start < SET_IN_REACH)
    led = [
        m for m in g.named if m.start < first + LED_REACH and not m.text.isascii() and _led(text, m)
    ]
    said_at = any(
        m.start < SAID_AT_REACH and _AR_SAID_AT.search(text, max(0, m.start - 120), m.start)
        for m in g.named
        if not m.text.isascii()
    )
    g.led = bool(led) or said_at
    if any(not stopped_before(text, m.start) for m in led):
        score += LED_BONUS  # in the first sentence, not "… وبدأ العمل فيها. وعقدت القاهرة مؤتمرا"
    if rep.edition:
        score += 1.0
    if _SUBEVENT.search(rep.text):
        score -= 1.5
    if all(_as_site(text, m) for m in g.named):
        score -= 1.5  # "وذلك في موقع مهرجان العسل": the place of another event, not the subject
    g.score = score


LEAD = 300  # chars of an article's lead
LED_REACH = 250  # chars from the start an Arabic lead opens on its event within
_BYLINE = 40  # chars of a line before the first paragraph that names its writer or town


def _byline_end(text: str) -> int:
    """Where the article's first paragraph starts: after a line that only names the writer or
    the town the report is filed from ("عين اليوم – الأمم المتحدة", "حامد القرشي – مكة")."""
    first, sep, rest = text.partition("\n")
    if sep and rest.strip() and len(first) <= _BYLINE and not re.search(r"[.؟!:،]", first):
        return len(first) + 1
    return 0


# a word of taking part, then up to four words of who, then "في" or "ب" before the event's name
_TAKING_PART = re.compile(
    r"(?<!\w)(?:ال)?مشارك(?:ة|ين|ون|ته|تها|تهم)?(?:\s+[^\s.،,؛:]+){0,4}\s+(?:في\s+|ب)$"
)


def _led(text: str, m: NameMention) -> bool:
    """Whether an Arabic lead opens on the event `m` names (see `Cluster.led`)."""
    return bool(
        _AR_LEAD.search(text, max(0, m.start - 40), m.start)
        or _held_by(text, m)
        or _AR_LEAD_HOLDER.search(text, max(0, m.start - 160), m.start)
        or (
            _AR_LEAD_ATTENDED.search(text, max(0, m.start - 200), m.start) is not None
            and not _WITHIN.search(text, max(0, m.start - 30), m.start)
        )
        or _AR_LEAD_ANNOUNCED.search(text, max(0, m.start - 200), m.start)
        or _AR_LEAD_WORKS.search(text, max(0, m.start - 80), m.start)
        or _AR_LEAD_PAIR.search(text, max(0, m.start - 90), m.start)
    )


# an Arabic lead whose first verb starts, holds, opens or closes the event named next ("ينطلق
# "مهرجان نجوم العرب" في 17 أغسطس", "اختتمت أمس فعاليات ملتقى …"): the article is its report
# whatever its title says ("تكريم المتميزين في دراما رمضان")
_AR_LEAD_VERB = (
    r"(?:^|[\n.،]\s*|\s)و?س?(?:ينطلق|تنطلق|انطلق|انطلقت|يقام|تقام|[أا]قيم|[أا]قيمت|يعقد|تعقد"
    r"|ينعقد|تنعقد|انعقد|انعقدت|افتتح|افتتحت|يفتتح|تفتتح|اختتم|اختتمت|يختتم|تختتم"
    r"|يشهد|تشهد|شهد|شهدت|يواصل|تواصل|واصل|واصلت)"
    r"(?:\s+(?:اليوم|[أا]مس|غدا|غداً|مساء|صباح|الليلة))*"
    r"(?:\s+(?:فعاليات|[أا]عمال|[أا]شغال))?"
)
_AR_LEAD = re.compile(_AR_LEAD_VERB + r"\s*[«\"“]?\s*$")
# the second of two events the lead's verb opens on ("شهدت فعاليات حفل … ومهرجان …", the
# festival's night and the festival): up to five words of the first, from its head, then "و"
_AR_LEAD_PAIR = re.compile(
    _AR_LEAD_VERB
    + r"\s*[«\"“]?\s*(?:حفل|مهرجان|معرض|ملتقى|احتفالات|مؤتمر|منتدى|ندوة)(?:\s+[^\s.،,]+){0,4}"
    + r"[»\"”]?\s+و\s*[«\"“]?\s*$"
)
# the lead names the event, then who held it ("شرف الوزير حفل المعايدة الذي نظمته إدارة …",
# "وأوضح الوكيل خلال حفل المعايدة الذي أقامته الإدارة …"): the story is its report. The
# past forms of `spans.RELATIVE_ORG_VERBS` and three that list lacks (added there, they would
# end names and bodies elsewhere: tried, four archive cards changed and a set lost precision)
_HELD_BY_IT = word_set(
    "نظمته نظمتها نظمه نظمها أقامته أقامتها أقامه أقامها عقدته عقدتها عقده عقدها"
)


def _held_by(text: str, m: NameMention) -> bool:
    """Whether the event's name is followed by "الذي/التي" and a verb of holding it."""
    after = [t.norm for t in tokens(text, m.end, m.end + 40) if t.is_word][:2]
    return len(after) == 2 and after[0] in RELATIVES and after[1] in _HELD_BY_IT


# an Arabic lead whose first verb has a body hold the event named as its object ("عقدت جمعية
# … بالرياض ندوة عن «…»", "يقيم المتحف البريطاني حالياً … في العاصمة لندن معرضاً بعنوان …")
_AR_LEAD_HOLDER = re.compile(
    r"(?:^|\n)[^\n.،]{0,30}?(?<!\w)و?(?:عقدت|عقد|تعقد|يعقد|نظمت|نظم|تنظم|ينظم|[أا]قامت|[أا]قام|تقيم"
    r"|يقيم)\s[^\n.]{3,140}\s$"
    # "احتضنت العاصمة البحرينية المنامة، حفل …": a town or a body hosts it, named right after
    # the host (not "استضاف فرع الجمعية … أمسية شعرية نظمها منتدى …", the evening's organiser)
    r"|(?:^|\n)[^\n.،]{0,30}?(?<!\w)و?(?:احتضنت|احتضن|تحتضن|يحتضن|استضافت|استضاف|تستضيف"
    r"|يستضيف)\s[^\n.]{3,60}\s$"
)
# an Arabic lead whose first verb has its subject attend or sponsor the event, its object
# ("رعى أمير المنطقة … حفل …", "شهد المحافظ بحضور … احتفال أهالي …"); not an event held
# within another ("… ليالي المحافظات، ضمن فعاليات مهرجان …")
_AR_LEAD_ATTENDED = re.compile(
    r"(?:^|\n)[^\n.،]{0,30}?(?<!\w)و?(?:رعى|يرعى|شهد|حضر|دشن)\s[^\n.]{3,160}\s$"
)
# an Arabic lead whose first verb starts or holds the event's proceedings, said after where
# and when ("بدأت في مدينة نانت أمس أعمال المؤتمر …", "وانطلقت أمس أشغال الملتقى")
_AR_LEAD_WORKS = re.compile(
    r"(?:^|\n)[^\n.،]{0,30}?(?<!\w)و?(?:بدأت|بدأ|تبدأ|يبدأ|انطلقت|انطلق|تنطلق|ينطلق|تتواصل"
    r"|يتواصل|تواصلت|تقام|يقام|[أا]قيمت|عقدت|تعقد)\s[^\n.،]{0,50}?(?<!\w)"
    r"(?:فعاليات|[أا]عمال|[أا]شغال)\s*[«\"“]?\s*$"
)
# an Arabic story told at the event: what someone said at its opening, during it or before
# its audience ("وقال أوباما في افتتاح قمة …", "وقال مسؤولون خلال المؤتمر العالمي …"), not
# what they said of it ("قال إن المملكة ستشارك في قمة …") nor on its sidelines
SAID_AT_REACH = 600
_AR_SAID_AT = re.compile(
    r"(?<!\w)و?(?:قال|قالت|أكد|اكد|أكدت|اكدت|أوضح|اوضح|أوضحت|ذكر|ذكرت|أعلن|اعلن|أعلنت|دعا|دعت)"
    r"\s(?:(?![^.\n]*(?<!\w)(?:[إأا]ن|بأن|على هامش)(?!\w))[^.\n،]){0,80}?"
    r"(?<!\w)(?:(?:خلال|في)\s+(?:حفل\s+)?(?:افتتاح|ختام)|خلال|أمام)\s+"
    r"(?:[أا]عمال\s+|فعاليات\s+|جلسات\s+)?$"
)
# an Arabic lead that announces the event, or when it is held ("أعلن رئيس النادي … عن موعد
# ملتقى …", "كشفت الهيئة عن إقامة معرض …"): the verb in the lead's first words, and what it
# announces right before the event's name (`AR_ANNOUNCES` and `AR_ANNOUNCED` are shared with
# the extractor, which reads the announcing body from the same lead)
AR_ANNOUNCES = r"(?:^|\n)[^\n.]{0,30}?(?<!\w)و?(?:[أا]علن|[أا]علنت|يعلن|تعلن|كشف|كشفت|يكشف|تكشف)"
AR_ANNOUNCED = (
    r"(?<!\w)عن\s+(?:موعد\s+)?(?:(?:[إا]قامة|انطلاق|انعقاد|عقد|تنظيم)\s+)?"
    r"(?:فعاليات\s+|[أا]عمال\s+)?[«\"“]?\s*$"
)
_AR_LEAD_ANNOUNCED = re.compile(AR_ANNOUNCES + r"\s[^\n.]{0,140}?" + AR_ANNOUNCED)
# an English lead that sets its story at an event ("at the 3GSM World Congress", "told Labour's
# spring conference", "the first day of the World Economic Forum")
_EN_SETTING = re.compile(
    r"\b(?:at|to|for|attending|attend|addressed|address|told|tell|(?:first|second|third|final"
    r"|last|opening|closing) day of)\s+(?:the\s+(?:annual\s+|\d{4}\s+)?|this year's\s+)?$"
)


# the words around an English event's name in a sentence that happens at it: "at the X in
# Cannes", "at the X on Thursday", "At the X, makers are showing …" (not "at last year's X")
SET_IN_REACH = 1500
# "concerns for the first day of the World Economic Forum in …"
_EN_DAY_OF = r"\b(?:first|second|third|opening|final|closing|last)\s+day\s+of"
_EN_AT = re.compile(
    # "at next week's European Council summit": when, said before the name
    # "speaking ahead of the annual … Show in Las Vegas": the story told just before it, there
    r"(?:\b(?:[Aa]t|ahead\s+of|speaking\s+before)\s+"
    r"(?:the\s+(?:annual\s+)?|an?\s+|(?:next|last|this)\s+(?:week|weekend|month)['’]s\s+)?"
    r"|" + _EN_DAY_OF + r"\s+the\s+"
    # "experts, who gathered at Bafta in London for the 2nd … Summit last week"
    r"|\b(?:gathered|met|assembled|converged|arrived)\b[^.]{0,40}\bfor\s+the\s+)"
    r"(?:\d{1,2}(?:st|nd|rd|th)\s+)?$"
)
_EN_AT_START = re.compile(r"(?:^|[.\n]\s*)At\s+the\s+$")
_EN_THEN = re.compile(
    # "… Expo (E3) in Los Angeles", "… conference currently being held in San Francisco"
    r"(?: \([A-Z0-9]{2,8}\))?"
    # "… World Congress, a mobile trade fair, in Cannes": what it is, in apposition
    r"(?:, (?:a|an|the) [a-z'’-]+(?: [a-z'’-]+){0,4},)?"
    r",? (?:(?:which (?:is|was) |currently |now )?(?:being )?"
    # "(WSIS), which is meeting this week in Geneva"
    r"(?:held|taking place|staged|(?<=is )meeting) )?"
    # "in the Swiss resort of Davos": a town said with what it is
    r"(?:in (?:the )?(?:[A-Z][a-z]+ )?(?:resort|city|town|capital|port|village) of [A-Z]"
    r"|in [A-Z][a-z]+\b(?! [0-9])|on (?:"
    + "|".join(w.capitalize() for w in WEEKDAYS if w.isascii())
    + r")\b|(?:this|last|next) (?:week|weekend|month)\b|later this\b|earlier this\b"
    r"|yesterday\b|today\b|at (?:the )?[A-Z])"  # "… show at Birmingham's NEC"
)
# "The two-day European Council summit in Brussels begins on 16 December": the event, the
# subject of its sentence, begins or takes place
_EN_SUBJECT = re.compile(
    r"\s*(?:(?:The|This year's|Next week's|This week's)\s+)?(?:[a-z0-9-]+\s+){0,2}"
)
_EN_BEGINS = re.compile(
    r"(?: in [A-Z][a-z]+)?,? (?:will )?(?:begins?|opens?|starts?|gets under way|kicks off"
    r"|takes place|runs)\b"
)
# "the World Summit … (WSIS), which is meeting this week in Geneva": happening now, in a town
_EN_UNDER_WAY = re.compile(
    r"(?: \([A-Z0-9]{2,8}\))?, which is (?:meeting|being held|taking place|under way)"
    r"(?: (?:this|next) (?:week|weekend|month))? in [A-Z][a-z]+\b"
)
_EN_IN_TOWN = re.compile(r" in ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:is|was|has|will|opens|opened)\b")
_EN_SAID_AT = re.compile(
    r"(?:\b(?:said|says|told|announced|unveiled|revealed|launched|showed|presented)\s+at"
    r"|" + _EN_DAY_OF + r")\s+the\s+$"
)
_EN_BEFORE_NOW = re.compile(r"\b(?:last year|previous|(?:19|20)\d\d)\b[^.]*$")
# "made her debut speech at the Conservative Party Conference in Bournemouth last October":
# an event months before the story, said after its name (not "last week", a report's)
_EN_LONG_AGO = re.compile(
    r"[^.]{0,40}?\blast (?:year|autumn|spring|summer|winter|" + "|".join(EN_MONTHS) + r")\b"
)


def _lead_subject_in_town(text: str, m: NameMention, sentence_start: int) -> bool:
    """ "The 2005 Consumer Electronics Show in Las Vegas is a geek's paradise …": the lead
    sentence's subject is the event, in its town."""
    found = _EN_IN_TOWN.match(text, m.end)
    return (
        sentence_start == sentence_bounds(text, 0)[0]
        and _EN_SUBJECT.fullmatch(text, sentence_start, m.start) is not None
        and found is not None
        and is_place_name(found.group(1))
    )


def _set_in(text: str, m: NameMention) -> bool:
    """Whether an English sentence happens at the event named by `m` (see `Cluster.set_in`)."""
    if m.kind == "meeting":
        return False
    before = text[max(0, m.start - 80) : m.start]
    if m.words and EN_HOLDS_ITS.search(text, max(0, m.start - 80), m.start):
        # "… will hold its autumn conference in Manchester"
        return _EN_THEN.match(text, m.end) is not None
    if m.words < 1 or _EN_LONG_AGO.match(text, m.end):
        return False
    sentence_start = sentence_bounds(text, m.start)[0]
    # "last year unveiled a car at …", "at the 2004 show", in the clause that says "at" (not
    # "sales during 2004, the company said at …")
    clause = max(sentence_start, text.rfind(",", sentence_start, m.start) + 1)
    if _lead_subject_in_town(text, m, sentence_start):
        return True
    if _EN_BEFORE_NOW.search(text, clause, m.start):
        return False
    if _EN_AT_START.search(before):
        return text.startswith(",", m.end)
    if (
        _EN_SUBJECT.fullmatch(text, sentence_start, m.start) and _EN_BEGINS.match(text, m.end)
    ) or _EN_UNDER_WAY.match(text, m.end):
        return True
    # "the company said at the Detroit Motor Show.", "on the opening day of the London
    # conference.": said or shown there, with a town leading the name that places it (not
    # "has shown its boats at the … Show for years")
    town = m.text.split()[0] if m.text[:1].isupper() else ""
    if (
        _EN_SAID_AT.search(before)
        and text[m.end : m.end + 1] in (".", ",", ";")
        and is_place_name(town)
    ):
        return True
    at = _EN_AT.search(before)
    if at is None or _EN_THEN.match(text, m.end) is None:
        return False
    # "at a Linux summit in California", not "at a conference in London" (any conference)
    return not at.group().rstrip().endswith((" a", " an")) or m.text[0].isupper()


def _as_site(text: str, m: NameMention) -> bool:
    """A mention used as a place: "في موقع مهرجان …", "بمقر المعرض"."""
    before = [t.norm for t in tokens(text, max(0, m.start - 14), m.start) if t.is_word]
    return bool(before) and any(b in _SITE for b in bases(before[-1]))


def _described(text: str, m: NameMention) -> bool:
    """An indefinite head right after a superlative ("أكبر مهرجان للتمور"), or with only
    indefinite adjectives ("خصص مهرجان موسيقي في …"): what the event is, not its name."""
    if m.text.startswith("ال"):
        return False
    before = [t.norm for t in tokens(text, max(0, m.start - 10), m.start) if t.is_word]
    if before and before[-1] in _SUPERLATIVES:
        return True
    after = tokens(m.text)[1:]  # "مهرجان «عيدية»" is named: a quotation mark is no word
    return bool(after) and all(t.is_word and _indefinite_adjective(t.norm) for t in after)


def _indefinite_adjective(norm: str) -> bool:
    """ "موسيقي", "طبية", "دولي": a relative adjective without the article or a clitic."""
    return norm.endswith(("ي", "يه")) and not norm.startswith(("ال", "لل", "بال", "وال"))


def is_candidate(g: Cluster) -> bool:
    """Whether a cluster is worth reading fields for: an event cue and a score near the bar."""
    return g.set_in or (g.cues > 0 and g.score >= MIN_SCORE - SUPPORT_CAP)


def support(card: EventCard) -> int:
    """How many event facts the card states beyond its name and place (date, venue, bodies …)."""
    facts = (
        card.start_date or card.end_date or card.date_text,  # a day stated, if not resolved
        card.venue,
        card.organizers,
        card.patrons,
        card.slogan,
        card.edition,
        # "افتتح … معرض …": who opened it
        any(p.role.endswith("opened") for p in card.people),
    )
    return min(SUPPORT_CAP, sum(1 for f in facts if f))


def is_event(
    g: Cluster, facts: int = 0, title: str = "", places: Sequence[str | None] = ()
) -> bool:
    """Whether a cluster with `facts` supporting fields is strong enough to make a card.

    An article whose title says nothing of the event (no event noun, no event verb, none of its
    name's words) is more often a feature that mentions it ("قرية رجال تتأهب …"): its bar is
    `UNTITLED_MARGIN` higher. An English title that names one of the event's `places` (its
    city, the town said after its name) speaks of it ("Business leaders head to Davos").
    """
    if g.set_in and (facts or any(places)):
        return True
    bar = MIN_SCORE
    named_place = any(
        place is not None
        and place.isascii()  # English only: an Arabic title's city is often its dateline
        and re.search(rf"\b{re.escape(place)}\b", title) is not None
        for place in places
    )
    # an English story named its event twice among event words: English headlines often
    # leave the event out ("Blair rallies party faithful")
    retold = _english(g) and len(g.named) >= 2 and g.cues >= 3
    if (
        title.strip()
        and not named_place
        and not _title_speaks_of(g, title)
        and not g.set_at
        and not g.led
        and not retold
        # a card with every kind of fact counted ("ندوة توعوية نظمتها اللجنة النسائية …
        # البارحة … بجدة") reports its event whatever the headline is about
        and facts < SUPPORT_CAP
    ):
        bar += UNTITLED_MARGIN
    return g.cues > 0 and g.score + facts >= bar


def _title_speaks_of(g: Cluster, title: str) -> bool:
    if _title_names_head(g, title) or _as_title_stems(g.topic) & _stems(title):
        return True
    return any(is_cue(t.norm) for t in tokens(title))


# --- other events of the article --------------------------------------------------------------

# verbs and nouns that open an event named right after them ("دشن … معرض استثمر في السعودية")
_OPENS = word_set("دشن يدشن تدشين افتتح يفتتح تفتتح افتتاح افتتحت يدشن تدشن دشنت")
# verbs said of an event being held, organised or coinciding with another
_HELD = word_set(
    "يقام تقام سيقام ستقام أقيم أقيمت يعقد تعقد سيعقد ستعقد ينعقد تنعقد سينعقد ستنعقد "
    "ينظمه تنظمه ينظمها تنظمها نظمته نظمتها يتزامن تتزامن سيتزامن ستتزامن ينطلق تنطلق "
    "سينطلق ستنطلق "
    # "the Electronic Entertainment Expo (E3) in Los Angeles, which takes place in May"
    "held hosted takes opens begins starts"
)
_OWN_EDITION = re.compile(r"(?:النسخة|نسخة|الدورة|دورة)\s+\S+(?:\s+عشرة?)?\s+(?:من|ل|لل)\s*$")
OWN_FACTS = 2


def own_facts(text: str, g: Cluster, date_starts: list[int], others: list[NameMention]) -> int:
    """How many facts of its own an event named beside the article's main one has, in the
    sentences that name it: an edition (in its name or "النسخة الأولى من …"), a date, a verb
    that holds or organises it ("سيتزامن مع المهرجان، وينظمه …"), an opening verb before it
    ("دشن … معرض"), and a name of its own in quotes ("” معرض استثمر في السعودية”"). A part
    of the main event ("تشتمل فعاليات المهرجان على معرض العسل") states at most one of these,
    and the event an article's event is held in ("ضمن فعاليات مهرجان أبها") none. What follows
    the next event named in the sentence is that event's ("المعرض المصاحب للنسخة الثانية من
    ملتقى …، الذي افتتح …")."""
    best = 0
    for m in g.named:
        if m.start in g.earlier or _WITHIN.search(text, max(0, m.start - 30), m.start):
            continue
        if _ROLE_OF.search(text, max(0, m.start - 40), m.start):
            continue  # the sentence's verb and date are its subject's, not this event's
        lo, hi = sentence_bounds(text, m.start)
        nxt = [o.start for o in others if m.end <= o.start < hi]
        hi = min(nxt, default=hi)
        inner = _EDITION_RE.search(m.text)  # "المعرض المصاحب للنسخة الثانية": another's edition
        facts = [
            (m.edition is not None and not inner)
            or bool(_OWN_EDITION.search(text[max(lo, m.start - 40) : m.start])),
            any(m.end <= d < hi or lo <= d < m.start and m.start - d < 60 for d in date_starts),
            any(
                b in _HELD for t in tokens(text, m.end, min(hi, m.end + 80)) for b in bases(t.norm)
            ),
            _opened(text, m, lo, others),
            any(q in text[max(0, m.start - 2) : m.start] + m.text for q in OPEN_QUOTES),
        ]
        best = max(best, sum(facts))
    return best


# an event inside another ("ضمن فعاليات مهرجان أبها", "على هامش الملتقى")
# (not "على هامش المعرض مؤتمر …": the conference named after the exhibition is held in it)
_WITHIN = re.compile(
    r"(?:ضمن|هامش|من فعاليات|إحدى فعاليات|احدى فعاليات)\s+"
    r"(?:(?:فعاليات|أعمال|اعمال|برامج|برنامج|أنشطة|انشطة|نشاطات|أيام|ايام)\s+)?$"
    # "في معارض ملتقى …", "في أجنحة المهرجان": the shows and stands another event holds
    r"|في\s+(?:معارض|أجنحة|اجنحة)\s+$"
    # "ضمن الدورات التدريبية في مهرجان …", "ضمن البرامج المصاحبة لمهرجان …": one of its parts
    r"|ضمن\s+(?:ال\S+\s+){1,2}(?:في\s+|ب|ل|لل)$"
)


# an event named in a person's role: "دشن … رئيس اللجنة الإشرافية لمهرجان صيف النماص …
# معرض الكتاب" (the fair is opened), "المشرف العام على مهرجان …", "مدير مهرجان …"
_ROLE_OF = re.compile(
    r"(?<!\w)(?:رئيس|مدير|المشرف\s+العام|مشرف|أمين\s+عام|منسق|عضو)"
    r"(?:\s+(?:اللجنة|لجنة|العام|العامة|عام)(?:\s+ال\S+)?)?\s+(?:على\s+|ل|لل)?$"
)


def within_another(text: str, start: int) -> bool:
    """Whether the event named at `start` is introduced as the one another is held in."""
    return bool(_WITHIN.search(text, max(0, start - 30), start))


def _opened(text: str, m: NameMention, lo: int, others: list[NameMention]) -> bool:
    """An opening verb before `m` in its sentence whose object is `m`: no other event named
    between them, but after a preposition ("دشن رئيس الوفد المشارك في أعمال المنتدى …،
    بحضور المشرف العام على المنتدى …، المعرض المصاحب")."""
    for t in reversed(tokens(text, max(lo, m.start - 300), m.start)):
        if t.is_word and any(b in _OPENS for b in bases(t.norm)):
            # "المعرض المصاحب لأعمال المجلس ” معرض …”": a description right before the
            # quoted name is the same event
            between = [o for o in others if t.end <= o.start and o.end < m.start - 4]
            return all(_after_preposition(text, o.start) for o in between)
    return False


_PREPOSITIONS = word_set("في على الى إلى عن")


def _after_preposition(text: str, pos: int) -> bool:
    """ "المشارك في أعمال المنتدى", "المشرف العام على المنتدى", "بالمنتدى"."""
    words = [t.norm for t in tokens(text, max(0, pos - 20), pos + 3) if t.is_word]
    return (
        bool(_PREPOSITIONS & set(words[-3:-1]))
        or words[-1:] != []
        and words[-1].startswith(("بال", "لل"))
    )


def is_other_event(
    text: str, g: Cluster, main: Cluster, date_starts: list[int], mentions: list[NameMention]
) -> bool:
    """Whether cluster `g` is a second event the article is about, beside `main`: another
    kind of event (a conference inside an exhibition, a meeting held with a festival), with a
    name of its own, not overlapping the main event's words, and `OWN_FACTS` facts of its own.
    Two events of one head noun in one article are more often one event and its umbrella
    ("مهرجان العسل" in "مهرجان صيف الباحة"): they make one card."""
    if g.head == main.head or g.cues == 0:
        return False
    spans = [(m.start, m.end) for m in main.mentions]
    named = [m for m in g.named if series_topic(m.text)]
    if not named or any(s < m.end and m.start < e for m in g.named for s, e in spans):
        return False
    # what is said after another event's name, or after a reference back to the main event
    # ("اطلع على معرض السلامة … وبداية هذا المهرجان من 20 شوال"), is that event's
    others = [m for m in mentions if m not in g.named and (m.words > 0 or m.head == main.head)]
    listed = [o for o in others if o.words > 0 and o not in main.mentions]
    if all(_in_a_list(text, m, listed) for m in named):
        return False
    return own_facts(text, g, date_starts, others) >= OWN_FACTS


LISTED_EVENTS = 3  # other events named in one sentence that make it a list of them


def _in_a_list(text: str, m: NameMention, others: list[NameMention]) -> bool:
    """Whether `m` is named in a sentence that names `LISTED_EVENTS` of the `others` (events
    other than the article's main one), each by a name of its own: a list ("شاركت في معرض …،
    ومعرض …، ومهرجان …"), a career's or a year's, whose events the article is not about."""
    lo, hi = sentence_bounds(text, m.start)
    return len({o.text for o in others if lo <= o.start < hi}) >= LISTED_EVENTS
