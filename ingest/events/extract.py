"""Offline event extraction: one article's cleaned text -> the event cards it is about.

The gate (`gate.py`) picks the event the article is about, and the other events it is about
as well (`gate.is_other_event`: another kind of event with facts of its own, whose facts are
read in its own sentences, not in the lead); each field family is then read by
its own extractor (`names`, `places`, `bodies`, `content`, and `dates` from the dates module)
and kept only where it belongs to that event: in a sentence that mentions it, or at the head
of the article. Every stored value carries its `Evidence`, a span of `text`.

Status is left "unknown": it depends on the day a card is read, so it is computed at read
time (`dates.event_status`), never stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ingest.events import bodies, content, names, people, places
from ingest.events.card import EventCard, Evidence, Figure, Person
from ingest.events.dates import (
    DateMention,
    bare_before,
    dateline_end,
    days_before,
    duration_after,
    event_references,
    find_dates,
    first_end_after,
    hijri_year,
    publication_date,
    said_as_deadline,
    said_as_end,
)
from ingest.events.gate import (
    AR_ANNOUNCED,
    AR_ANNOUNCES,
    Cluster,
    clusters,
    is_candidate,
    is_event,
    is_other_event,
    places_after,
    support,
    title_names,
    within_another,
)
from ingest.events.llm_extract import locate
from ingest.events.spans import (
    Token,
    base_in,
    bases,
    sentence_bounds,
    skip_letters,
    taf_il,
    tokens,
    trim,
    word_set,
)
from language.analyzer import normalize

# records the evidence of one field: cite("venue", start, end)
Cite = Callable[[str, int, int], None]

# chars from a mention of the event to a "بعنوان" that titles it ("الندوة الخامسة من برنامج
# التوعية المرورية في موسمه الثالث، بعنوان …"); farther, it titles a part (a talk, a play)
_TITLE_REACH = 80
_LEAD = 400  # chars at the head of an article whose facts belong to its main event
_CLOSING = re.compile(r"(?:اختتا?م|ختام|يختتم|تختتم|اختتمت|اختتم|انتهت|ينتهي|تنتهي|تختم|يختم)")
_CUSTODIAN = re.compile(r"خادم الحرمين الشريفين")
# "سفير خادم الحرمين الشريفين لدى …": the King's envoys abroad say nothing of a Saudi town
_ABROAD = re.compile(r"(?:سفير|سفارة|ملحق|ملحقية|قنصل|قنصلية|مندوب)\S*\s+$")
_KINGDOM = re.compile(
    r"(?<!\w)(?:ب|في |و)?(المملكة)(?! ?(?:المتحدة|المغربية|الأردنية|الهاشمية|العربية))\b"
    # the two holy mosques are in the Kingdom ("أكاديمية المسجد النبوي")
    r"|(?<!\w)(?:ب|في |و|لل)?(?:ال)?(المسجد (?:النبوي|الحرام))(?!\w)"
)
_CONTINUING = re.compile(
    r"(?<!\w)(?:تتواصل|يتواصل|تواصلت|تواصل|متواصلة|لا تزال|لا يزال)\s+(?:(?:غدا?|اليوم)\s+)?$"
)
_UNTIL = re.compile(
    r"(?<!\w)(?:حتى|لغاية|وحتى|until|till)\s+(?:(?:مساء|صباح|يوم|نهاية|الـ|ال)\s*)?$", re.IGNORECASE
)
# verbs and nouns that start, open or hold an event ("تنطلق اليوم", "افتتح أمس", "يقام غدا")
_HOLDING = re.compile(
    r"(?:[اإ]نطلق|تنطلق|ينطلق|[اإ]نطلاق|بدأ|بدء|تبدأ|يبدأ|[اإ]فتتح|يفتتح|تفتتح|[اإ]فتتاح|دشن|يدشن"
    r"|تدشين|[أا]طلق|تطلق|يطلق|[إا]طلاق|يقام|تقام|[أا]قيم|يقيم|تقيم|[أا]قام|[إا]قامة|عقد|يعقد|تعقد"
    r"|[اإ]نعقد|ينعقد|تنعقد"
    # "نفذت اللجنة … اليوم دورة تدريبية"; not "لوحة … نفذتها الجمعية" (a thing made, not held)
    r"|(?:نفذ|ينفذ|تنفذ)ت?(?!\w)"
    r"|نظم|ينظم|تنظم|تنظيم|تستضيف|يستضيف|استضاف|تحتضن|يحتضن|احتضن|شارك|يشارك|تشارك"
    r"|اختتم|يختتم|تختتم|ختام|رعى|يرعى|برعاية|held|opened|open|start|begin|began|launch"
    # "أضاء مهرجان جرش شعلته الثلاثين مساء الخميس": lighting its torch opens a festival
    r"|(?:[أا]ضاء|[أا]وقد|يضيء|تضيء)\s(?=[^.\n]*شعلت))"
)


# "… تسعة ديسمبر المقبل لانطلاق دورته": the day named as the one the event starts or is held on
_STARTS_AFTER = re.compile(
    # the news often writes hamza where none belongs: "لإنطلاق"
    r"\s*(?:موعدا\s+|موعداً\s+)?(?:ل[اإ]نطلاق|ل[اإ]نعقاد|لبدء|ل[اإأ]فتتاح|ل[إا]قامة)(?!\w)"
    # "ألقاها أمس في افتتاح أعمال الندوة": the day it was opened
    r"|\s+(?:في|خلال|أثناء)\s+(?:حفل\s+)?(?:ال)?[اإ]فتتاح(?!\w)"
)
# a ceremony, an evening, a lecture … held on a day: a part of the event (none of these
# nouns heads an Arabic card), unless it opens or closes it ("حفل افتتاح المهرجان يقام …")
_PART_HELD = re.compile(
    r"(?<!\w)(?:احتفالية|حفل|حفلة|أمسية|محاضرة|عرض|جلسة|مباراة)"
    r"(?!\s+(?:ال)?(?:افتتاح|ختام|اختتام))(?:\s+[^\s،,.]+){0,3}\s+"
    r"(?:س)?(?:ت|ي)(?:قام|عقد|نظم|قدم)\s+(?:(?:مساء|صباح)\s+)?(?:يوم\s+)?$"
)
# a press conference or statement said before the day ("ولفت بيان صحفي أصدرته الهيئة
# أمس"), with no opening or closing of the event between
_PRESS = re.compile(
    r"(?:المؤتمر|مؤتمر|مؤتمرا|البيان|بيان|بيانا)\s+(?:ال)?صحا?فيا?(?:(?!ختام|اختتام|افتتاح|انطلاق)[^.\n])*$"
)
_ORIGIN = re.compile(r"(?<!\w)من\s*$")
_RELATIVE = re.compile(r"(?<!\w)و?(?:الذي|التي|اللذين|اللتين)(?!\w)")
# words that refer back to the event without naming it ("الحدث الذي يحتضنه فندق …")
_GENERIC_REFS = re.compile(
    r"(?<!\w)(?:ال|و|وال|هذه |هذا )?(?:حدث|فعالية|تظاهرة|دورة(?! ?(?:ال)?تدريبي)|نسخة)\b"
)


def extract_events(
    doc_id: str, text: str, title: str = "", published: str | None = None, lang: str = "ar"
) -> list[EventCard]:
    """The events article `doc_id` is about (none for an article that only mentions one).

    `text` is the cleaned article text that evidence offsets index; `published` is the
    article's publication date (ISO, any precision) that relative dates resolve against.
    """
    if not names.has_head(text):  # most articles: no event word at all
        return []
    mentions = names.extend_by_title(text, names.find_names(text, title), title)
    if not mentions:
        return []
    ranked = clusters(text, title, mentions, published)
    main = _main_event(doc_id, text, title, published, mentions, ranked)
    if main is None:
        return []
    cards, cluster = [main[0]], main[1]
    # other events the article is about: another kind of event with facts of its own
    date_starts = [d.start for d in find_dates(text, published)]
    for other in ranked:
        if other is cluster or not is_other_event(text, other, cluster, date_starts, mentions):
            continue
        # the article's lead is its main event's: this one's facts are in its own sentences
        card = _card(doc_id, text, other, published, mentions, lead=0, title=title)
        if card is None or not _a_name(card) or any(c.name == card.name for c in cards):
            continue
        if _listed_part(text, other):
            continue
        if _held_inside(text, other):
            _share_setting(card, cards[0])
        if any(c.event_id == card.event_id for c in cards):
            # "معرض الإضاءة" and "مؤتمر الإضاءة" of one place and year: series ids leave the
            # head noun out (editions change it), so the kind tells these two apart
            card.event_id = f"{card.event_id}-{card.kind}"
        cards.append(card)
    return cards


# the main event holds the other one: "يتضمن المعرض النسخة الأولى من مؤتمر …", "ويعقد على
# هامش المعرض مؤتمر …" (not "سيتزامن مع المهرجان": at the same time, maybe elsewhere)
_INSIDE_CUES = re.compile(
    r"(?:يتضمن|تتضمن|يضم|تضم|يشمل|تشمل|هامش|المصاحب|المصاحبة|المصاحبين|ضمن|يحتضن|تحتضن"
    # "ومن الفعاليات التي يشهدها المعرض هذا العام مؤتمر …"
    r"|التي\s+يشهدها|التي\s+تشهدها)"
)


# "المهرجان يضم عددا من المعارض … منها معرض الأسر المنتجة وملتقى التصوير …": one of the
# parts the main event is said to hold, listed after "منها"
_LISTED = re.compile(_INSIDE_CUES.pattern + r"[^.\n]*(?<!\w)(?:منها|من\s+بينها|ومنها)(?!\w)")


def _listed_part(text: str, other: Cluster) -> bool:
    """Whether every sentence naming `other` lists it among the parts the main event holds
    (the article is not about it)."""
    for m in other.named:
        lo, _ = sentence_bounds(text, m.start)
        if not _LISTED.search(bare_before(text, m.start, m.start - lo)):
            return False
    return bool(other.named)


def _held_inside(text: str, other: Cluster) -> bool:
    """Whether a sentence naming `other` says, before the name, that the main event holds
    it."""
    for m in other.named:
        lo, _ = sentence_bounds(text, m.start)
        if _INSIDE_CUES.search(bare_before(text, m.start, m.start - lo)):
            return True
    return False


def _share_setting(card: EventCard, main: EventCard) -> None:
    """An event the article's main one holds (a conference inside an exhibition) that says
    nowhere where it is, is where the main one is: its city, country and venue, with the main
    card's evidence; one that names no organizer of its own, held by a trade fair, is run by the
    fair's organizer (the conference of an exhibition)."""
    if not card.organizers and main.organizers and main.kind == "exhibition":
        card.organizers = list(main.organizers)
        card.evidence["organizers"] = list(main.evidence.get("organizers", []))
    if card.city or card.country or card.venue:
        return
    for name in ("city", "city_en", "country", "country_ar", "country_en", "venue"):
        setattr(card, name, getattr(main, name))
    for name in ("city", "country", "venue"):
        if main.evidence.get(name):
            card.evidence[name] = list(main.evidence[name])


_READ_CLUSTERS = 4  # the events of an article worth reading at question time


def read_events(
    doc_id: str, text: str, title: str = "", published: str | None = None
) -> list[EventCard]:
    """Every event an article names, each with the fields its sentences give, without the
    gate `extract_events` applies.

    At ingest the gate keeps only the events an article is about, since a false card is
    worse than a missing one. At question time the question has named the event, so an
    article that reports it too thinly to pass the gate still tells where it is held or
    who organizes it. Cards come best-scored first, and may lack both place and time.
    """
    if not names.has_head(text):
        return []
    mentions = names.extend_by_title(text, names.find_names(text, title), title)
    if not mentions:
        return []
    out: list[EventCard] = []
    for cluster in clusters(text, title, mentions, published)[:_READ_CLUSTERS]:
        card = _card(doc_id, text, cluster, published, mentions, need_setting=False, title=title)
        if card is not None:
            out.append(card)
    return out


_TITLED_COURSE = re.compile(r"\s*(?:بعنوان|تحت عنوان)\s*:?\s*")


def _titles_the_event(text: str, title_at: int, rep: names.NameMention, cluster: Cluster) -> bool:
    """Whether a title ("بعنوان «…»") at `title_at` is the event's name: right after a head
    noun with no other name ("ورشة عمل بعنوان «…»"), or after any mention of an event its
    name only describes ("في ندوة صحية بعنوان «أخطاء شائعة في التغذية»"), in the clause that
    names it."""
    if not names.series_topic(rep.text):
        return _title_of(text, rep.end, title_at)
    return _described_only(rep.text) and any(
        _title_of(text, m.end, title_at) and _described_only(m.text) for m in cluster.named
    )


def _title_of(text: str, end: int, title_at: int) -> bool:
    """Whether the title at `title_at` follows the mention ending at `end` in its clause: near
    it (" استضافتها أمانة … أمس بعنوان «"), or farther with no clause break between ("
    نظمتها اللجنة … بمركز الحي تحت عنوان (")."""
    gap = title_at - end
    if not 0 <= gap <= _TITLE_CLAUSE:
        return False
    return gap <= _TITLE_GAP or _CLAUSE_BREAK.search(text, end, title_at) is None


_TITLE_GAP = 50  # chars from a mention to a title said after it
_TITLE_CLAUSE = 80  # the same, with no clause break between
_CLAUSE_BREAK = re.compile(r"[.،,؛;\n]")


def _described_only(name: str, definite: bool = False) -> bool:
    """ "ندوة طبية", "ورشة عمل تدريبية": a head noun and indefinite adjectives say what kind
    of event it is, not which: a title "بعنوان «…»" after them is its name. With `definite`,
    definite adjectives too ("ورشة العمل التدريبية"), for a title said of the event itself."""
    # "برنامجا تدريبيا": an adjective in the accusative ends in "يا" for "ي"
    words = [_unaccused(t.norm) for t in tokens(name) if t.is_word][1:]
    if words[:1] in (["عمل"], ["العمل"]):
        words = words[1:]
    # "مسابقة أدبية للمبتعثين والمبتعثات", "دورة للمبتدئين": whom it is for says no more
    audience = next((k for k, w in enumerate(words) if w.startswith("لل")), len(words))
    if 0 < len(words) - audience <= _AUDIENCE_WORDS and all(
        w.startswith(("لل", "وال", "ال")) for w in words[audience:]
    ):
        words = words[:audience]
        if not words:
            return True
    return 0 < len(words) <= 2 and all(
        (definite or not w.startswith("ال")) and w.endswith(("يه", "ي")) and len(w) > 3
        for w in words
    )


def _unaccused(norm: str) -> str:
    """An indefinite nisba in the accusative ("تدريبيا", "فنيا") as in the nominative."""
    return norm[:-1] if norm.endswith("يا") and len(norm) > 3 else norm


_AUDIENCE_WORDS = 3  # words of whom an event is for, after its kind ("للمعلمين والمعلمات")


# kinds whose ordinal ("المهرجان الثامن عشر") numbers the event's editions
_EDITIONED_KINDS = frozenset({"festival", "forum", "conference", "exhibition", "summit"})


def _a_name(card: EventCard) -> bool:
    """Whether a card's name tells its event from others: "ورشة عمل", "الورشة الثانية" and
    "the conference" are a kind of event, not one (a town is enough: "مهرجان جدة")."""
    return bool(names.series_topic(card.name))


def _main_event(
    doc_id: str,
    text: str,
    title: str,
    published: str | None,
    mentions: Sequence[names.NameMention],
    ranked: list[Cluster],
) -> tuple[EventCard, Cluster] | None:
    """The event the article is about, with its cluster (None: no event passes the gate)."""
    # the article's event, or a close second with more facts; a first with no event word in
    # its sentences ("… في سوق عكاظ" said of the contest held there) sets no bar
    candidates = [c for c in ranked[:2] if is_candidate(c)]
    framing = [c for c in candidates if _umbrella(text, c)]
    if len(framing) == 1 < len(candidates) and candidates[0].head != candidates[1].head:
        # "شهد معرض … إقبالاً … ضمن مشاركة الإدارة في معارض ملتقى …": the event the other is
        # held in is not the article's, whatever more the article says of it (two of one head
        # are more often one event under two names), when the other makes a card; unless the
        # title names the umbrella and not the part ("برامج منوعة بملتقى المدينة الشبابية":
        # the umbrella and the many things held in it)
        part = [c for c in candidates if c is not framing[0]]
        if not (title_names(framing[0], title) and not title_names(part[0], title)):
            found = _best_of(doc_id, text, title, published, mentions, part)
            if found is not None:
                return found
    return _best_of(doc_id, text, title, published, mentions, candidates)


def _best_of(
    doc_id: str,
    text: str,
    title: str,
    published: str | None,
    mentions: Sequence[names.NameMention],
    candidates: list[Cluster],
) -> tuple[EventCard, Cluster] | None:
    """The card of the first candidate, or of a close second with more facts."""
    best: tuple[float, EventCard, Cluster] | None = None
    for cluster in candidates:
        if cluster.score < candidates[0].score - 1 and not cluster.set_in:
            continue
        card = _card(doc_id, text, cluster, published, mentions, title=title)
        if card is not None and not _a_name(card):
            # an article about an unnamed workshop: the next event it names is seldom its own
            break
        if card is None:
            continue
        facts = support(card)
        if not is_event(cluster, facts, title, [card.city, *places_after(text, cluster)]):
            continue
        # "أول قمة عربية" said of two hotels' pasts: a kind of event with no fact of its own
        if facts == 0 and _described_only(card.name):
            continue
        total = cluster.score + facts
        if best is None or total > best[0]:
            best = (total, card, cluster)
    return (best[1], best[2]) if best else None


def _umbrella(text: str, cluster: Cluster) -> bool:
    """Whether the article first names the event as the one another is held in ("ضمن
    فعاليات مهرجان أبها", "في معارض ملتقى المدينة الشبابية")."""
    first = min((m.start for m in cluster.named), default=None)
    return first is not None and within_another(text, first)


def _carried_by(cue: str, head: str | None) -> bool:
    """Whether "يحمل/تحمل عنوان" can have the event as its subject: the verb agrees with its
    head noun ("ويحمل المعرض عنوان …"; "الفعاليات … وتحمل عنوان" is the activities')."""
    verb = cue.split()[0].removeprefix("و") if cue else ""
    if verb not in (normalize("يحمل"), normalize("تحمل")) or not head or head.isascii():
        return True
    return (verb == normalize("تحمل")) == head.endswith("ه")


def _possessed(text: str, head: str | None) -> list[int]:
    """Where the article says "its festival" of the event's head noun ("عبر مهرجانها الأكبر
    الذي ينطلق في 12 / 9 / 2031", "ندوتها", "ملتقاه"): the event, spoken of as its owner's."""
    if not head or head.isascii():
        return []
    stem = (
        head[:-1] + "ت" if head.endswith("ه") else head[:-1] + "ا" if head.endswith("ي") else head
    )
    forms = {stem + "ه", stem + "ها"}
    return [
        t.start
        for t in tokens(text)
        if t.is_word and any(t.norm == p + f for p in ("", "و", "ب", "ل", "ف") for f in forms)
    ]


class _Scope:
    """Where facts about the event may be read: its sentences and the article's lead."""

    def __init__(
        self,
        text: str,
        cluster: Cluster,
        mentions: Sequence[names.NameMention],
        lead: int = _LEAD,
    ) -> None:
        current = [m.start for m in cluster.mentions if m.start not in cluster.earlier]
        self.anchors = (current or [m.start for m in cluster.mentions]) + _possessed(
            text, cluster.head
        )
        generic = [m.start() for m in _GENERIC_REFS.finditer(text)]
        self.spans = sorted({sentence_bounds(text, a) for a in self.anchors + generic})
        self.lead = lead
        self.text = text
        own = {m.start for m in cluster.mentions}
        # named mentions (not bare "الملتقى"), each with whether it may be this event's: one
        # of its mentions, an edition of the same head noun ("الملتقى الأول والثاني") or a
        # part of it ("أكبر معرض بالملتقى")
        self.named = [
            (m.start, m.end, m.start in own or m.head == cluster.head or _names_head(m, cluster))
            for m in mentions
            if m.words > 0
        ]

    def contains(self, start: int) -> bool:
        return start < self.lead or any(lo <= start < hi for lo, hi in self.spans)

    def in_sentence(self, start: int) -> bool:
        """In a sentence that speaks of the event (the lead alone is not enough)."""
        return any(lo <= start < hi for lo, hi in self.spans)

    def distance(self, start: int) -> int:
        return min(abs(start - a) for a in self.anchors)

    def of_other_event(self, start: int) -> bool:
        """Whether the nearest event named before `start` in its sentence is another event:
        "ملتقى السياحة المعرفية الذي ينظمه X" gives X to that forum, not to the festival."""
        if any(s <= start < e and own for s, e, own in self.named):
            return False  # "مهرجان صيف الشرقية 2015": the year in its own name
        lo, _ = sentence_bounds(self.text, start)
        before = [(s, e, own) for s, e, own in self.named if lo <= s and e <= start]
        if not before or before[-1][2]:
            return False
        s, e, _ = before[-1]
        # "…، ضمن فعاليات مهرجان أبها، ورعاية البرنامج الوطني وبتنظيم من فريق …": the
        # umbrella's phrase ended at the comma; a fact coordinated after it (not a relative
        # "الذي ينظمه") is the sentence's event's
        if within_another(self.text, s):
            clause = re.split(r"[،,]", self.text[e:start])
            if len(clause) > 1 and not _RELATIVE.search(clause[-1]):
                return False
        return True

    def as_umbrella_only(self, start: int) -> bool:
        """Whether the sentence of `start` names the event only as the one something else is
        held in, after `start`: "ينظم مكتب رعاية الشباب برنامج «…» ضمن فعاليات مهرجان أبها"
        gives the office to the programme, not to the festival."""
        lo, hi = sentence_bounds(self.text, start)
        own = [s for s, _, mine in self.named if mine and lo <= s < hi]
        return bool(own) and start < min(own) and all(within_another(self.text, s) for s in own)

    def pick(self, items: Sequence[Any], key: str = "start") -> list[Any]:
        """Items in scope, nearest to a mention of the event first."""
        inside = [x for x in items if self.contains(getattr(x, key))]
        return sorted(inside, key=lambda x: self.distance(getattr(x, key)))


def _named_other_before(
    text: str, start: int, cluster: Cluster, mentions: Sequence[names.NameMention]
) -> bool:
    """Whether the last event named before `start` in its sentence is not one of the
    cluster's mentions (of the same head noun or not)."""
    lo, _ = sentence_bounds(text, start)
    before = [m for m in mentions if m.words > 0 and lo <= m.start and m.end <= start]
    if not before:
        return False
    last = max(before, key=lambda m: m.start)
    return last.start not in {m.start for m in cluster.mentions}


def _names_head(m: names.NameMention, cluster: Cluster) -> bool:
    """Whether mention `m` names the event's head noun after its own ("معرض الملتقى")."""
    return any(cluster.head in bases(w) for w in normalize(m.text).split()[1:])


def _card(  # noqa: C901 - one rule per card field, in card order
    doc_id: str,
    text: str,
    cluster: Cluster,
    published: str | None,
    mentions: Sequence[names.NameMention] = (),
    lead: int = _LEAD,
    need_setting: bool = True,
    title: str = "",
) -> EventCard | None:
    scope = _Scope(text, cluster, mentions or cluster.mentions, lead)
    rep = cluster.representative
    slogans = _dedupe(content.find_slogans(text))
    name_span = (rep.start, rep.end)
    for s in slogans:
        if _titles_the_event(text, s.start, rep, cluster):
            name_span = (s.start, s.end)
    # "وحملت ورشة العمل التي عقدت … عنوان «…»": a title said of a mention of the event that
    # does not name it, in the clause about it
    for s in content.find_subject_titles(text):
        described = _described_only(rep.text, definite=True) or not names.series_topic(rep.text)
        if described and any(m.start == s.anchor for m in cluster.mentions):
            name_span = (s.start, s.end)
    # "دورة بعنوان " عقود البناء "", "دورة تدريبية بعنوان «…»": a course's title, which titles
    # a part of any other event and so is no slogan, is the course's name; right after the
    # course, definite adjectives describe it too ("الدورة التدريبية الأولى بعنوان «…»")
    titled = _TITLED_COURSE.match(text, rep.end) if cluster.kind == "course" else None
    if titled and (not names.series_topic(rep.text) or _described_only(rep.text, definite=True)):
        quoted = names.quoted_after(text, titled.end())
        if quoted is not None:
            name_span = trim(text, quoted[0] + 1, quoted[1] - 1)
    card = EventCard(event_id="", name=text[name_span[0] : name_span[1]], kind=cluster.kind)
    card.sources = [doc_id]
    cite = _citer(card, doc_id, text)
    cite("name", *name_span)

    # edition: in the name, else an edition cue next to a mention
    # "مؤتمر الشباب المسلم …، وهو المؤتمر 16 لمؤتمرات مكة": a numbered reference in the
    # sentence of the name
    numbered = [
        m
        for m in cluster.refs
        if m.edition
        and m.edition_span
        and sentence_bounds(text, m.start) == sentence_bounds(text, rep.start)
    ]
    # "نظم أهالي القرية المهرجان الثامن عشر … مهرجان لغة الطيور": a mention that only numbers
    # the event gives the edition of the one its name is taken from; not a first ("مهرجانها
    # الأول والثاني") nor a symposium's or a course's number, which count those of a season
    # ("الندوة الثانية"), and only when one number is said
    bare = [
        m
        for m in cluster.named
        if m.edition
        and m.edition > 1
        and m.edition_span
        and m.start not in cluster.earlier
        and not names.series_topic(m.text)
    ]
    if cluster.kind in _EDITIONED_KINDS and len({m.edition for m in bare}) == 1:
        numbered += bare
    if rep.edition and rep.edition_span:
        card.edition = rep.edition
        cite("edition", *rep.edition_span)
    elif numbered and numbered[0].edition_span:
        card.edition = numbered[0].edition
        cite("edition", *numbered[0].edition_span)
    else:
        for m in cluster.mentions:
            found = names.edition_near(text, m.start if m.start else m.end, head=cluster.head)
            # "ويأتي الملتقى بعد ملتقى الشعر في نسخته الرابعة": another's
            if found and _named_other_before(
                text, found[1][0], cluster, mentions or cluster.mentions
            ):
                continue
            if found:
                card.edition = found[0]
                cite("edition", *found[1])
                break

    # "مهرجان صيف البكيرية الـ 36" in a paper of 1436 AH: the summer's Hijri year
    if card.edition and _SEASON.search(card.name) and _year_number(card.edition, published):
        card.edition = None
        card.evidence.pop("edition", None)

    # "والملتقى 9 من 3 ــ 5 رجب 1435هـ": another edition's mention holds its facts
    others = {m.start for m in cluster.mentions if m.edition and m.edition != card.edition}
    if card.edition and others - cluster.earlier:
        cluster.earlier = cluster.earlier | others
        scope = _Scope(text, cluster, mentions or cluster.mentions, lead)
    _place(card, cite, text, cluster, scope, title)
    _dates(card, cite, text, scope, published)
    _bodies(card, cite, text, scope, cluster)
    if not card.organizers:
        _owner(card, cite, cluster, text)
    if not card.organizers:
        _title_holder(card, cite, text, title, cluster)
    if not card.organizers:
        _announcer(card, cite, text, cluster)
    if not card.city and not card.country:
        _place_by_organizer(card, cite, text)

    # "شعار" belongs to the event anywhere in its scope; "بعنوان" titles anything (a talk, a
    # play), so only the one right after a mention of the event counts
    in_scope = [
        s
        for s in scope.pick(slogans)
        if (
            s.cue.startswith(("تحت", "شعار", "بشعار", "وشعار", "اتخذت", "theme"))
            or scope.distance(s.start) <= _TITLE_REACH
        )
        and _carried_by(s.cue, cluster.head)
        # "تنظيم حلقة نقاش الشباب … تحت عنوان (…)": the title of the event named before it
        and not scope.of_other_event(s.start)
    ]
    if in_scope:
        s = in_scope[0]
        card.slogan = s.text
        cite("slogan", s.start, s.end)
    # speakers with their roles, once the article has named its event
    for p in people.find_people(text):
        if p.start > min(scope.anchors) and all(p.name != q.name for q in card.people):
            card.people.append(Person(p.name, p.role))
            cite("people", p.start, p.end)
    # the axes an article lists after it has named its event are the event's (in text order)
    for t in content.find_topics(text):
        if t.anchor < min(scope.anchors):
            continue
        card.topics.append(t.text)
        cite("topics", t.start, t.end)
    for f in scope.pick(content.find_figures(text)):
        if names.of_another_edition(text, f.start, card.edition):
            continue  # "بعد نجاح القمة الرابعة … وحضور 250 مشارك" of the fifth summit
        card.figures.append(Figure(f.value or 0, f.counts))
        cite("figures", f.start, f.end)
    for o in scope.pick(content.find_outcomes(text)):
        card.outcomes.append(o.text)
        cite("outcomes", o.start, o.end)

    # a place or a time: a day the article states counts even when it cannot be resolved (an
    # undated article's "on Thursday")
    setting = card.city or card.country or card.venue or card.start_date or card.date_text
    if need_setting and not setting:
        return None
    _identify(card, rep, published)
    card.evidence.setdefault("series", list(card.evidence["name"]))
    card.evidence.setdefault("kind", list(card.evidence["name"]))
    return card


_SEASON = re.compile(r"(?<!\w)(?:ل|ال|لل)?صيف(?!\w)")


def _year_number(number: int, published: str | None) -> bool:
    """Whether `number` is the last two digits of the Hijri year the article is of."""
    year = hijri_year(published)
    return year is not None and number == year % 100


def _citer(card: EventCard, doc_id: str, text: str) -> Cite:
    def cite(name: str, start: int, end: int) -> None:
        card.cite(name, Evidence(doc_id, start, end, text[start:end]))

    return cite


_LOCATIVE_WORDS = frozenset({"في", "فى", "بمدينة", "بمحافظة", "بمنطقة", "مدينة", "محافظة"})


_BESIDE = 16  # chars from a name's end to a town placed right after it (" في مدينة ")
# a town's adjective, then "where" ("أغادير المغربية حيث"): what follows is said of the town
_WHERE_AFTER = re.compile(r"(?:\s+ال\w+ي(?:ة|ه)?)?\s*،?\s*حيث\b")
_WHERE_REACH = 60  # chars from "حيث" to the event's name the clause goes on to


def _after_locative(text: str, start: int) -> bool:
    """Whether the place at `start` follows "في"/"بمدينة" or an attached "ب" ("بالجوف")."""
    if text[start - 1 : start] == "ب":
        return True
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1] in _LOCATIVE_WORDS


def _dedupe(items: list[content.Found]) -> list[content.Found]:
    seen: set[tuple[int, int]] = set()
    out = []
    for x in items:
        if (x.start, x.end) not in seen:
            seen.add((x.start, x.end))
            out.append(x)
    return out


def _word_start(text: str, i: int) -> int:
    """Where the word holding offset `i` begins: a mention may start after its clitics
    ("للمهرجان" is mentioned from "مهرجان")."""
    while i and not text[i - 1].isspace():
        i -= 1
    return i


_TOWN_BODIES = word_set("غرفة أمانة بلدية إمارة محافظة فرع نادي جامعة")


def _place_by_organizer(card: EventCard, cite: Cite, text: str) -> None:
    """An event the article places nowhere is held in the town its organizer is of ("تستعد
    لجنة رائدات الأعمال بغرفة الرياض لتنظيم …", "تقيم أمانة جدة …")."""
    for ev in card.evidence.get("organizers", []):
        toks = tokens(text, ev.start, ev.end)
        for k, tok in enumerate(toks):
            # a town the body is "of": "بالرياض", "غرفة الرياض", "أمانة جدة" (not "كلية
            # مانسفيلد", a college named like a town)
            of_town = tok.norm.removeprefix("و").startswith("ب") or (
                k > 0 and any(x in _TOWN_BODIES for x in bases(toks[k - 1].norm))
            )
            if not of_town:
                continue
            for start, city in _towns_in(text, tok):
                card.city = text[start : tok.end]
                card.city_en, card.country = city.name_en, city.country
                card.country_ar, card.country_en = places.country_names(city.country)
                cite("city", start, tok.end)
                cite("country", start, tok.end)
                return


def _towns_in(text: str, tok: Token) -> Iterator[tuple[int, places.City]]:
    """The gazetteer towns word `tok` names, each with where its letters start after the
    word's proclitics ("بأبها": أبها)."""
    for b in bases(tok.norm) if tok.is_word else ():
        city = places.city_of_word(b)
        if city is not None:
            yield skip_letters(text, tok.start, len(tok.norm) - len(b)), city


def _place(
    card: EventCard, cite: Cite, text: str, cluster: Cluster, scope: _Scope, title: str = ""
) -> None:
    # "منتدى جدة": a town right after the head noun names the event's; not after a definite
    # head ("ويستقبل المهرجان زواره": "زواره" is its visitors, not the Libyan town)
    heads = frozenset(
        m.start + len(m.text.split()[0])
        for m in cluster.mentions
        if not names.definite_head(tokens(text[_word_start(text, m.start) : m.end])[0])
    )
    rep = cluster.representative
    # a venue is said in a sentence that names the event (or the lead), near the mention
    venues = [
        v
        for v in places.find_venues(text)
        if scope.contains(v[0])
        and (v[0] < scope.lead or scope.distance(v[0]) <= 220)
        # "unveiled it at the Macworld Expo": the event's own name is not where it is held
        and not any(m.start <= v[0] < m.end for m in cluster.mentions)
        and not _named_as_event(text[v[0] : v[1]], text[rep.start : rep.end])
    ]
    # "بحديقة الحسينية في العزيزية" before "يقام في الحدائق العامة": a named place before
    # the kind of place it is one of; "انطلقت فعالياته أمس في منتزه …" before "على المسرح
    # المفتوح بمقر المهرجان": where it was launched before a stage nearer its name
    venues.sort(
        key=lambda v: (
            _places_of_a_kind(text[v[0] : v[1]]),
            _LAUNCHED_AT.search(text, max(0, v[0] - 60), v[0]) is None,
            scope.distance(v[0]),
        )
    )
    # an English town-and-kind reference to the event names its town ("the London conference")
    towns_said = tuple(
        (m.start, m.end) for m in cluster.named if m is not rep and m.text.isascii() and m.words
    )
    cities = places.find_cities(text, heads, ((rep.start, rep.end), *venues[:1], *towns_said))
    inside = [c for c in cities if rep.start <= c.start < rep.end]
    held = [(b.start, b.end) for b in bodies.find_bodies(text) if b.role != "opener"]
    unposted = [
        c
        for c in scope.pick(cities)
        if not _affiliation(text, c.start)
        and not _CAME_FROM.search(text, max(0, c.start - 40), c.start)
        and not _ELSEWHERE.search(text, max(0, c.start - 100), c.start)
        and not _in_a_career(text, c.start)
    ]
    # "معرض حائل السياحي المتنقل في الجوف": a town the name places the event in, before
    # one that only names it after its home
    placed = [c for c in inside if _after_locative(text, c.start)]
    # "مهرجان الساحل للفنون الشعبية في مدينة ينبع": the town said right after the name,
    # before one the name holds ("ملتقى صلالة … في عمان": Oman, not its namesake Amman)
    beside = [
        c
        for c in unposted
        if _after_locative(text, c.start)
        and normalize(c.text) not in places.country_name_words()
        and any(0 <= c.start - m.end <= _BESIDE for m in cluster.mentions)
    ]
    # "سافرت إلى مدينة مراكش المغربية، حيث غنت في حفل اختتام مهرجان …": the town a "where"
    # clause naming the event is said of
    where = [
        c
        for c in unposted
        if (m := _WHERE_AFTER.match(text, c.end)) is not None
        and any(0 <= mention.start - m.end() <= _WHERE_REACH for mention in cluster.mentions)
    ]
    # "وتستضيفها محافظة جدة": the town said to host it, before a region beside its name
    hosting = [
        c
        for c in unposted
        if places.hosts(text, c.start) and not places.names_a_province(text, c.start)
    ]
    # "عكاظ في حفل أدبي الرياض": the town the headline names, of those the article places
    # the event in, before one said of a guest or a committee ("… اللجنة الثقافية بمحافظة
    # الخرج")
    told = places.towns_named(title)
    titled = [c for c in unposted if c.name_en in told]
    if inside and all(places.names_a_province(text, c.start) for c in titled):
        # "شواطئ تبوك تستقبل زوارها …" of "مهرجان أملج البحري": a region the headline names,
        # which the article calls a region only ("بمنطقة تبوك"), is wider than the town the
        # event's own name holds
        titled = []
    # "وذلك بمركز الأمير سلطان الصحي بالدرعية": the town of the venue, before the region of
    # the body that holds it ("المديرية العامة للشؤون الصحية بمنطقة الرياض"); the ranking of
    # the article's towns only when nothing placed the event
    early = placed[-1:] or hosting[:1] or beside[:1] or where[:1]
    ranked = [] if early else places.rank_cities(text, unposted, held, scope.distance, cities)[:1]
    venued = [
        c
        for c in ([] if early else unposted)
        if venues
        and venues[0][0] <= c.start
        and c.end >= venues[0][1] - 1  # the venue's last words, or the ب-phrases after them
        and _VENUE_TAIL.fullmatch(text, venues[0][1], c.start) is not None
        and (
            # "… في العاصمة الأردنية عمان": a capital said with its country's adjective
            _NAMED_CAPITAL.search(text, max(0, c.start - 40), c.start) is not None
            # "بسوق الثلاثاء" in an article on Saudi towns is a market, not the Algerian town
            or _after_locative(text, c.start)
            and all(r.code == c.code for r in ranked)
        )
    ]
    chosen = early or venued[:1] or titled[:1] or inside[:1] or ranked
    if not early and _placed_abroad(card, cite, text, cluster, chosen):
        _venue_of(card, cite, text, cluster, venues)
        return
    local = None if placed or inside else _governorate_after_name(text, cluster)
    if local is None and not (placed or hosting or beside or venued or inside):
        # "برعاية محافظ سميراء": the governor who patronizes or opens it governs the town it is
        # held in, before a town ranked from the rest of the article ("مدير مرور حائل")
        local = _patron_governor(text, scope)
    if local is not None:
        # "بدأ مهرجان الرمان في محافظة المندق": the governorate said right after
        # the name, which the gazetteer lacks, before a town named elsewhere ("مدير عام
        # الزراعة في بيشة"), in that town's country
        card.city = local[2]
        cite("city", local[0], local[1])
        if chosen:
            card.country = chosen[0].code
            cite("country", chosen[0].start, chosen[0].end)
        elif (dateline := _dateline_city(text)) is not None:
            # "نجران - واس: … محافظ بدر الجنوب": in the country the report is filed from
            card.country = dateline.code
            cite("country", dateline.start, dateline.end)
    elif chosen:
        c = _by_its_name(text, _as_placed(chosen[0], unposted, rep), cities)
        card.city, card.city_en, card.country = c.text, c.name_en, c.code
        cite("city", c.start, c.end)
        cite("country", c.start, c.end)
    else:
        _place_without_city(card, cite, text, cluster, scope, title)
        if card.city is None:
            _umbrella_town(card, cite, text, scope)
    _venue_of(card, cite, text, cluster, venues)


def _by_its_name(
    text: str, c: places.PlaceMention, cities: list[places.PlaceMention]
) -> places.PlaceMention:
    """The town `c` names, as the article names it where it says it by a style."""
    if c.text.startswith("العاصمة"):
        # "في العاصمة البريطانية": the capital by its name, where the article says it
        named = next((o for o in cities if o.name_en == c.name_en and o is not c), None)
        return named or places.named_capital(text, c) or c
    if places.by_epithet(c.text):
        # "احتفالات عيد طيبة 36" of an article that says "المدينة المنورة" too
        return places.by_name(text, c) or c
    return c


# "ضمن فعاليات مهرجان أبها": the event another is one of the activities of
_WITHIN_ACTIVITIES = re.compile(r"(?<!\w)ضمن\s+(?:فعاليات|برامج|برنامج|أنشطة|نشاطات)\s+$")


def _umbrella_town(card: EventCard, cite: Cite, text: str, scope: _Scope) -> None:
    """An event placed in no town, held among the activities of another whose name holds a
    town ("معرض … ضمن فعاليات مهرجان أبها يجمعنا"), is held in that town (in the country the
    card has, if it has one)."""
    for start, end, own in scope.named:
        if own or not scope.in_sentence(start):
            continue
        if not _WITHIN_ACTIVITIES.search(text, max(0, start - 30), start):
            continue
        for tok in tokens(text, start, end)[1:]:
            for at, city in _towns_in(text, tok):
                if card.country not in (None, city.country):
                    continue
                card.city, card.city_en = text[at : tok.end], city.name_en
                cite("city", at, tok.end)
                if card.country is None:
                    card.country = city.country
                    card.country_ar, card.country_en = places.country_names(city.country)
                    cite("country", at, tok.end)
                return


# the words that say an event was or will be launched in the place after them ("انطلقت
# فعالياته أمس الأول في", "ينطلق غدا ب")
_LAUNCHED_AT = re.compile(
    r"(?<!\w)[وف]?(?:س?[يت]نطلق|انطلقت|انطلق|س?[يت]بدأ|بدأت|بدأ)"
    r"(?:\s+(?:فعاليات|أعمال)(?:ه|ها)?)?"
    r"(?:\s+(?:أمس|اليوم|غدا|غداً|مساء|صباح|الأول))*\s+(?:في\s+|ب)$"
)


# plural venue nouns: "الحدائق العامة", "منتزهات المنطقة" name a kind of place, not one
_KIND_OF_PLACE = frozenset(normalize(w) for w in ("حدائق", "منتزهات", "متنزهات"))


def _places_of_a_kind(venue: str) -> bool:
    """Whether a venue is the places of a kind ("الحدائق العامة"), not one place."""
    words = normalize(venue).split()
    return bool(words) and words[0].removeprefix("ال") in _KIND_OF_PLACE


def _venue_of(
    card: EventCard, cite: Cite, text: str, cluster: Cluster, venues: list[tuple[int, int]]
) -> None:
    """The country's names and the venue, once the event is placed."""
    if card.country:
        card.country_ar, card.country_en = places.country_names(card.country)
    venues = venues or _venue_after_name(text, cluster)
    if venues:
        s, e = venues[0]
        card.venue = text[s:e]
        cite("venue", s, e)


# what a country the event is held in is said after ("بدولة بلجيكا", "في جمهورية مصر")
_COUNTRY_LOCATIVES = frozenset(
    normalize(w) for w in ("في", "فى", "بدولة", "دولة", "بجمهورية", "جمهورية", "بسلطنة", "سلطنة")
)


def _placed_abroad(
    card: EventCard,
    cite: Cite,
    text: str,
    cluster: Cluster,
    chosen: Sequence[places.PlaceMention],
) -> bool:
    """Whether a country said right after the event's name ("الملتقى العلمي العالمي بدولة
    بلجيكا") places it, a town of another country being where others in the report come
    from ("… الطلاب: فلان \"الطائف\""); the country is set, with no town."""
    if not chosen:
        return False  # no town to set aside: the country is read with the rest
    for c in places.find_countries(text):
        before = text[max(0, c.start - 20) : c.start].split()
        attached = text[c.start - 1 : c.start] == "ب"
        if not (attached or (before and normalize(before[-1]) in _COUNTRY_LOCATIVES)):
            continue
        if not any(0 <= c.start - m.end <= _BESIDE for m in cluster.mentions):
            continue
        if chosen[0].code == c.code:
            return False  # the town is in it: "في الكويت … بمدينة الكويت"
        card.country = c.code
        cite("country", c.start, c.end)
        return True
    return False


def _as_placed(
    c: places.PlaceMention, others: Sequence[places.PlaceMention], rep: names.NameMention
) -> places.PlaceMention:
    """The town a name holds ("مهرجان نحب مكة") as the article writes it where it places
    the event ("في مكة المكرمة"): the same town said outside the name, when it is said there
    in more words."""
    if not rep.start <= c.start < rep.end:
        return c
    outside = [o for o in others if o.name_en == c.name_en and not rep.start <= o.start < rep.end]
    fuller = [o for o in outside if len(o.text) > len(c.text)]
    return fuller[0] if fuller else c


def _custodian(text: str) -> re.Match[str] | None:
    """The Saudi king's style said at home (not "سفير خادم الحرمين الشريفين لدى …")."""
    for m in _CUSTODIAN.finditer(text):
        if not _ABROAD.search(text, max(0, m.start() - 16), m.start()):
            return m
    return None


def _place_without_city(
    card: EventCard, cite: Cite, text: str, cluster: Cluster, scope: _Scope, title: str = ""
) -> None:
    """The country (and a town the gazetteer lacks) of an event no gazetteer town places."""
    # "الفنان أبو بكر الشريف من السودان": where a guest comes from, not the event's place
    every = places.find_countries(text)
    countries = [
        c
        for c in scope.pick(every)
        if not _ORIGIN.search(text[max(0, c.start - 6) : c.start])
        # "تصل إلى فرنسا والبحرين والكويت", "كجمهورية مصر": a list of countries or a
        # comparison, not where the event is
        and not _in_a_list(text, c, every)
        and not _COMPARED.search(text, max(0, c.start - 12), c.start)
        # "ندوة بعنوان " ليبيا على حافة الهاوية"": a country in a title is its topic
        and not names.IN_A_TITLE.search(text, max(0, c.start - 50), c.start)
        # English: a country the event is in ("in France", "Cannes, France"), not a topic
        # ("The rise of China")
        and (not c.text.isascii() or _EN_IN.search(text, max(0, c.start - 12), c.start))
        # "في الجامبوري الـ22 بالسويد" in a report of the 23rd: where another edition was
        and not names.of_another_edition(text, c.start, card.edition, cluster.head)
        # "وقال مندوب اليمن في المنظمة إن …": the country a person speaks for
        and not _spoken_for(text, c.start)
    ]
    town = _town_after_name(text, cluster) or _town_of(text, scope)
    # Saudi papers call Saudi Arabia "المملكة": only where the event is spoken of
    # (the match's one group that took part: "المملكة" or "المسجد النبوي")
    home = next(
        (
            k.span(k.lastindex or 1)
            for k in _KINGDOM.finditer(text)
            if scope.in_sentence(k.start(k.lastindex or 1))
        ),
        None,
    )
    dateline = _dateline_city(text)
    # "بدأ مهرجان الرمان في محافظة المندق": the governorate an event sentence
    # names comes before the town the report is filed from
    local = None if town or countries else _governorate(text, scope)
    if local is not None:  # "بمحافظة المزاحمية": a governorate, in the gazetteer or not
        card.city = local[2]
        cite("city", local[0], local[1])
        known = places.city_of_word(normalize(local[2]))
        if known is not None:
            card.city_en, card.country = known.name_en, known.country
            cite("country", local[0], local[1])
        elif dateline is not None and not home:
            # one the gazetteer lacks is in the country of the town the report is filed
            # from ("بيشة – واس: بدأ مهرجان الرمان في محافظة المندق")
            card.country = dateline.code
            cite("country", dateline.start, dateline.end)
        dateline = None  # the governorate an event sentence names is where it is held
    if town is not None:  # "the World Economic Forum in Davos": a town the gazetteer lacks
        card.city = town[2]
        card.city_en = town[2] if town[2].isascii() else None  # no English name for "شانتي"
        cite("city", town[0], town[1])
    if countries:
        c = countries[0]
        card.country = c.code
        cite("country", c.start, c.end)
    elif home:
        card.country = "SA"
        cite("country", *home)
    elif (region := _region_titled(text, title)) is not None:
        # "… في ملتقى تندحة الدعوي بعسير": a Saudi region the headline places the event in,
        # as the article writes it, when no town does
        card.country = "SA"
        cite("country", *region)
    elif card.city and (custodian := _custodian(text)) is not None:
        # "بلدة التويثير" (no gazetteer town) in an article that speaks of the Custodian of
        # the Two Holy Mosques, the Saudi king's style: a Saudi town
        card.country = "SA"
        cite("country", custodian.start(), custodian.end())
    # "سبق- تبوك: اختتم أمس ملتقى …": the town the report is filed from, where the text
    # names no country, or names the dateline's own and no town
    if dateline is None or (card.country and (card.city or dateline.code != card.country)):
        return
    card.city, card.city_en, card.country = dateline.text, dateline.name_en, dateline.code
    cite("city", dateline.start, dateline.end)
    cite("country", dateline.start, dateline.end)


# the people and bodies that speak for a country named right after them
_SPEAKS_FOR = word_set(
    "مندوب مندوبة سفير سفيرة سفارة وفد ممثل ممثلة بعثة قنصل قنصلية حكومة رئيس رئيسة منتخب جالية شعب"
)


def _spoken_for(text: str, start: int) -> bool:
    """Whether the country at `start` is the one the word before it speaks for ("مندوب
    السودان", "وفد مصر", "سفارة اليمن"), not a place."""
    before = tokens(text[max(0, start - 20) : start])
    return bool(before) and base_in(before[-1].norm, _SPEAKS_FOR) is not None


def _region_titled(text: str, title: str) -> tuple[int, int] | None:
    """Where the article names the Saudi region its headline names, if it does."""
    named = {normalize(title[s:e]) for s, e in places.saudi_regions(title)}
    for s, e in places.saudi_regions(text):
        if normalize(text[s:e]) in named:
            return s, e
    return None


# "الزائر القادم من مدينة الرياض": where a visitor comes from
_CAME_FROM = re.compile(
    r"(?<!\w)(?:ال)?(?:قادم|قادمة|قادمين|قادمون|وافد|وافدين|الوافدون)\s+(?:من|إلى|الى)\s+"
    r"(?:(?:مدينة|محافظة|منطقة)\s+)?$"
)
# a town where an earlier edition or another event was held, or an agreement signed: "بعد
# المحطة الأولى في الرياض", "سبق أن أقيم مهرجان دولي في دبي", "كان هناك مثلا مهرجان … في
# باريس", "الاتفاقية التي تم توقيعها بمدينة مراكش"
_ELSEWHERE = re.compile(
    r"(?<!\w)(?:سبق أن|سبق وأن|وسبق أن|كان هناك|كانت هناك|المحطة الأولى|المحطة السابقة"
    r"|الدورة السابقة|النسخة السابقة|الدورة الماضية|النسخة الماضية|تم توقيعها|تم توقيعه"
    r"|وقعت|وقع)(?!\w)[^،,.:\n]*$"
)
# a speaker's career: "المؤلف …، الذي عمل في الشأن الليبي … ومركز الحوار في جنيف، وعمل
# على الحوار … في تونس" says where the guest worked, not where the event is
_CAREER = re.compile(
    r"(?<!\w)(?:الذي|التي)\s+(?:كان\s+|سبق\s+له\s+أن\s+)?(?:عمل|عملت|يعمل|تعمل|شغل|شغلت"
    r"|يشغل|تشغل|درس|درست|عاش|عاشت|ولد|ولدت|تخرج|تخرجت)(?!\w)"
)


def _in_a_career(text: str, start: int) -> bool:
    lo, _ = sentence_bounds(text, start)
    return _CAREER.search(text, max(lo, start - 250), start) is not None


# a person's post before the town it is in: "مدير بيت الشباب بالباحة", "الأستاذ المساعد بكلية
# … بالخبر" say where a guest works, not where the event is
_POSTS = re.compile(
    r"(?<!\w)(?:و|ال|وال)?(?:مدير|رئيس|عميد|أستاذ|استاذ|وكيل|مشرف|عضو|مدرب|مساعد|نائب|محاضر)"
    r"(?:ة|ا)?(?!\w)[^،,.:\n]*$"
)
# the institution a guest works at; a local office ("مدير عام السياحة بمنطقة المدينة",
# "عضو لجنة التنمية بمحافظة النماص") is most often in the event's town and does not count
_INSTITUTIONS = re.compile(
    r"(?<!\w)(?:ب|ل|و)?(?:ال)?(?:كلية|جامعة|بيت|ميدان|مستشفى|مدرسة|معهد|شركة|مصنع|بنك|نادي)(?!\w)"
)


def _affiliation(text: str, start: int) -> bool:
    """Whether the town at `start` ends a guest's post at an institution ("مدير بيت الشباب
    بالباحة", "الأستاذ بكلية … بالخبر"), and not one of the event ("رئيس اللجنة المنظمة
    لمهرجان التمور الدولي بالأحساء")."""
    lo, _ = sentence_bounds(text, start)
    post = _POSTS.search(text, max(lo, start - 70), start)
    if post is None:
        return False
    between = text[post.start() : start]
    return bool(_INSTITUTIONS.search(between)) and not names.has_head(between)


_EN_IN = re.compile(r"(?:\bin (?:the )?|, )$")
# "كمصر", "كجمهورية مصر العربية": a country named for comparison
_COMPARED = re.compile(r"(?:(?<!\w)ك(?:جمهورية|دولة|مملكة|سلطنة|إمارة)\s+|(?<!\w)ك)$")
# "فرنسا والبحرين", "(اليابان ـ ماليزيا ـ أوروبا)": commas, "و" or dashes between names
_LIST_GAP = re.compile(r"\s*(?:[،,ـ–—-]\s*|\s(?:و|and\s+)|و)?(?:ال|و|ب|وال)?\s*")


def _in_a_list(text: str, c: places.PlaceMention, every: list[places.PlaceMention]) -> bool:
    """Whether country mention `c` stands in a list of countries ("فرنسا والبحرين")."""
    for o in every:
        if o is c or o.code == c.code:
            continue
        gap = text[o.end : c.start] if o.end <= c.start else text[c.end : o.start]
        if len(gap) <= 4 and _LIST_GAP.fullmatch(gap):
            return True
    return False


_CAMP = normalize("مخيم")  # a venue's noun that is also an event's: the camp itself


def _named_as_event(venue: str, name: str) -> bool:
    """Whether a venue is the event called again ("في المخيم العالمي" of "الجامبوري الكشفي
    العالمي", "المخيم الكشفي العالمي"), or another edition of it: its head noun is the name's,
    or "مخيم", and its other words but numbers are all the name's ("مهرجان قرية المفتاحة" is
    held in "قرية المفتاحة")."""
    said = [t for t in tokens(venue) if t.is_word]
    own = [t for t in tokens(name) if t.is_word]
    if not said or not own:
        return False
    head = set(bases(said[0].norm))
    if not head & ({_CAMP} | set(bases(own[0].norm))):
        return False
    words = {b for t in own for b in bases(t.norm)}
    # "بالمخيم الكشفي العالمي الـ22": another edition's number is no place's word either
    rest = [t for t in said[1:] if not t.norm.removeprefix("ال").isdigit() and t.norm != "ال"]
    return all(set(bases(t.norm)) & words for t in rest)


def _venue_after_name(text: str, cluster: Cluster) -> list[tuple[int, int]]:
    """ "the G8 summit at Gleneagles": a capitalised place right after the English name that
    is not a known city, a month or a weekday."""
    for m in cluster.mentions:  # "the G8 summit at Gleneagles", "The three-day event at Olympia"
        found = re.match(r" at (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})", text[m.end :])
        if not m.text.isascii() or found is None:
            continue
        place = found.group(1)
        if (
            place in places.EN_TIME
            or places.find_cities(f"in {place}")
            or places.find_countries(place)
        ):
            continue
        return [(m.end + found.start(1), m.end + found.end(1))]
    return []


def _governorate_after_name(text: str, cluster: Cluster) -> tuple[int, int, str] | None:
    """(start, end, town) of "في محافظة X" right after a mention of the event or ending it, X
    a town the gazetteer lacks."""
    for m in cluster.named:
        # right after the name, or ending it ("مهرجان الرمان في محافظة المندق")
        found = _GOVERNORATE_AFTER.search(text, m.start, min(len(text), m.end + 40))
        if found is None or found.start() > m.end:
            # or inside it: "مهرجان بلدية مدركة الثالث" is the municipality's
            found = _MUNICIPALITY_IN.search(text, m.start, m.end)
        if found is None or normalize(found.group(1)) in _NOT_TOWNS:
            continue
        if places.city_of_word(normalize(found.group(1))) is None:
            return found.start(1), found.end(1), found.group(1)
    return None


def _town_after_name(text: str, cluster: Cluster) -> tuple[int, int, str] | None:
    """(start, end, town) of a capitalised place right after the event's English name ("the
    World Economic Forum in Davos") or right before it ("gathered in Davos for the World
    Economic Forum"), not a month, weekday or country."""
    for m in cluster.named:
        if not m.text.isascii():
            continue
        lo = max(0, m.start - 60)
        before = _EN_TOWN_FOR.search(text, lo, m.start)
        after = re.match(r",? in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", text[m.end :])
        for found, at in ((after, m.end), (before, 0)):
            if found is None:
                continue
            town = found.group(1)
            if town in places.EN_TIME or places.find_countries(town):
                continue
            return at + found.start(1), at + found.end(1), town
    return None


# "… have gathered in Davos for the World Economic Forum": the town the story is set in, said
# just before the event it is set at
_EN_TOWN_FOR = re.compile(
    r"\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:for|to attend) (?:the |this year's )?"
    r"(?:annual |\d{4} )?$"
)


# "in the Swiss ski resort of Davos", "the Scottish town of Gleneagles": English news names a
# small town by what it is
_EN_TOWN_OF = re.compile(
    r"\bthe (?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:resort|town|city|village|port|capital) of "
    r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)


# a town after the word that names what it is (group 1): one word, or two where the first is
# one of these ("وادي الدواسر", "رأس تنورة", "حفر الباطن", "خميس مشيط") or the second says
# which of two towns of one name ("بدر الجنوب", not Badr of Madinah; "حوطة سدير")
_TOWN = (
    r"((?:وادي|رأس|راس|حفر|خميس|أبو|ابو|بني|أم|ام|ذي|عين|بئر|جبل) [\u0621-\u064a]{3,}"
    r"|[\u0621-\u064a]{3,} سدير(?!\w)"
    r"|[\u0621-\u064a]{3,} ال[\u064b-\u0652]?ج[\u064b-\u0652]?ن[\u064b-\u0652]?و[\u064b-\u0652]?ب(?!\w)"
    r"|(?:ال)?[\u0621-\u064a]{3,})"
)
# "بمحافظة المزاحمية", "في بلدة المطيرفي": a governorate or a town named by what it is
_GOVERNORATE = re.compile(r"(?<!\w)(?:ب|في |و|ل)?(?:محافظة|بلدة) " + _TOWN)
_GOVERNORATE_AFTER = re.compile(r"\s+(?:في |ب)محافظة " + _TOWN)
_MUNICIPALITY_IN = re.compile(r"(?<!\w)(?:بلدية|محافظة|أمانة) " + _TOWN)
_GOVERNOR = re.compile(r"(?<!\w)(?:و)?محافظ " + _TOWN)
_MUNICIPALITY = re.compile(r"(?<!\w)(?:و|ب|ل|لل)?(?:أمانة|بلدية|أمين) " + _TOWN)
_NOT_TOWNS = frozenset(
    normalize(w)
    for w in (
        "الملك", "الأمير", "المنطقة", "المحافظة", "منطقة", "محافظة", "العاصمة", "عام",
        "العامة", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى", "المدينة", "مدينة",
        # "وفود من كل محافظة وإقليم": another administrative noun, not a town's name
        "وإقليم", "إقليم", "ومنطقة", "ومدينة", "وقرية", "ومركز",
        # "أمانة سوق عكاظ": the secretariat of a market festival, not a town's municipality
        "سوق",
    )
)  # fmt: skip


# (and "رعى رئيس مركز الوسيطاء …": the head of a centre, the unit below a governorate)
_PATRON_GOVERNOR = re.compile(
    r"(?<!\w)(?:برعاية|رعى|يرعى|رعاه|رعاها|افتتح|يفتتح|افتتحه|افتتحها|دشن|يدشن)"
    r"\s+(?:سعادة\s+)?(?:محافظ\s+(?:محافظة\s+)?|رئيس\s+مركز\s+)" + _TOWN
)


# what may stand between a venue and its town: nothing, or "ب" + nouns ("الصالة التعليمية
# بمغتسل مقبرة الخزيم بالهفوف"), no comma, no verb
_VENUE_TAIL = re.compile(
    r"(?:\s+ب[\u0621-\u064a]+(?:\s+(?!و)[\u0621-\u064a]+){0,3})?\s*(?:في\s+|ب)?"
    # "… في العاصمة الأردنية عمان", "… بمقر المركز في مدينة الذيد"
    r"(?:العاصمة\s+[\u0621-\u064a]+\s+|مدينة\s+|محافظة\s+)?"
)
_NAMED_CAPITAL = re.compile(r"(?<!\w)(?:في\s+|ب)العاصمة\s+[\u0621-\u064a]+\s+$")


def _patron_governor(text: str, scope: _Scope) -> tuple[int, int, str] | None:
    """(start, end, town) of the governor who patronizes or opens the event, in a sentence
    about it: "جانب من التكريم برعاية محافظ سميراء", "رعى محافظ محافظة العقيق … اختتام …"."""
    for m in _PATRON_GOVERNOR.finditer(text):
        centre = text[m.start() : m.start(1)].rstrip().endswith("مركز")
        if centre and not _centres_town(text, m):
            continue
        if scope.in_sentence(m.start(1)) and normalize(m.group(1)) not in _NOT_TOWNS:
            return m.start(1), m.end(1), m.group(1)
    return None


def _centres_town(text: str, m: re.Match[str]) -> bool:
    """Whether the word after "رئيس مركز" is a town's name, not what a centre is for
    ("مركز التدريب", "مركز الدراسات"): no verbal noun or plural, and said again elsewhere
    in the article ("بالوسيطاء", "ملعب الوسيطاء"), as a town the report is about is."""
    word = normalize(m.group(1))
    bare = word.removeprefix("ال")
    if taf_il(bare) or bare.endswith("ات"):
        return False
    again = re.compile(rf"(?<![\w])(?:[وبل]|في )?{re.escape(m.group(1))}(?!\w)")
    return any(a.start() != m.start(1) for a in again.finditer(text))


def _governorate(text: str, scope: _Scope) -> tuple[int, int, str] | None:
    """(start, end, town) of "محافظة X" / "بلدة X" in a sentence about the event, where the
    article names no other place."""
    for m in _GOVERNORATE.finditer(text):
        if _affiliation(text, m.start()):
            continue  # "مدير ميدان السباق بمحافظة النعيرية": where a guest works
        if scope.in_sentence(m.start(1)) and normalize(m.group(1)) not in _NOT_TOWNS:
            return m.start(1), m.end(1), m.group(1)
    # "افتتح محافظ القريات فعاليات مهرجان …": the town of the governor who opens it; "الذي
    # تنظمه أمانة الأحساء": the town of the municipality that holds it (a town the gazetteer
    # lacks counts where the article also places something in it: "في الأحساء")
    for rule in (_GOVERNOR, _MUNICIPALITY):
        for m in rule.finditer(text):
            word = normalize(m.group(1))
            if word in _NOT_TOWNS or not scope.in_sentence(m.start(1)):
                continue
            if places.city_of_word(word) is not None or (
                rule is _MUNICIPALITY
                and re.search(rf"(?<!\w)(?:في |ب){re.escape(m.group(1))}(?!\w)", text)
            ):
                return m.start(1), m.end(1), m.group(1)
    return None


def _town_of(text: str, scope: _Scope) -> tuple[int, int, str] | None:
    """(start, end, town) of "the … town of X" in a sentence that speaks of the event, or of
    "في مدينة X بفرنسا": a town the gazetteer lacks, said with its country."""
    for m in _EN_TOWN_OF.finditer(text):
        if scope.in_sentence(m.start(1)) and m.group(1) not in places.EN_TIME:
            return m.start(1), m.end(1), m.group(1)
    for m in _TOWN_IN_COUNTRY.finditer(text):
        word = normalize(m.group(1))
        if (
            scope.in_sentence(m.start(1))
            and word not in _NOT_TOWNS
            and places.city_of_word(word) is None
            and places.find_countries(m.group(2))
        ):
            return m.start(1), m.end(1), m.group(1)
    return None


# "في مدينة شانتي بفرنسا": a town, then its country (group 2) after "ب"
_TOWN_IN_COUNTRY = re.compile(r"(?<!\w)(?:ب|في )مدينة " + _TOWN + r" (ب\S+)")


# "سبق- أبها:", "سبق ـ حفر الباطن:" (a tatweel for the dash), "واس – الرياض", "الرياض - واس",
# "محمد العتيبي - جدة": the first line of a report, an agency or a reporter and the city it
# is filed from
_DATELINE = re.compile(r"^[^\n]{0,30}?(?P<dash>\s*[-–—ـ])\s*[^\n]{1,30}?(?=\s*(?::|\n|$))")


def _dateline_city(text: str) -> places.PlaceMention | None:
    """The city a report is filed from, where the article names no other place: a local
    report's event is held there."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    found = places.find_cities(text[: m.end()], frozenset(), ((0, m.end()),))
    dash = m.start("dash")
    # before the dash, a city opens the line ("الرياض - واس"); after a word there it is the
    # reporter's family name ("حامد القرشي – مكة المكرمة" is not filed from Qarshi)
    found = [c for c in found if c.start >= dash or not text[: c.start].strip()]
    return found[0] if found else None


YEAR_REACH = 60  # characters from a mention of the event within which a bare year is its


def _dates(card: EventCard, cite: Cite, text: str, scope: _Scope, published: str | None) -> None:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    if published is None:
        published = publication_date(text)
    first_line = text.find("\n")
    written = dateline_end(text)
    found = []
    ends = []  # days said as its end ("ويستمر حتى …"), wherever the event is spoken of
    for d in find_dates(text, published):
        if (0 <= first_line < 40 and d.start < first_line) or d.start < written:
            continue  # a dateline, not the event
        if (
            scope.contains(d.start)
            and said_as_end(text, d)
            and not _so_far(text, d, published)
            and not said_as_deadline(text, d)  # "استقبال المشاركين … حتى نهاية أغسطس"
        ):
            ends.append(d)
        # "تتواصل غد الأحد فعاليات المهرجان": a day while it runs, not when it starts
        if not scope.contains(d.start) or _CONTINUING.search(bare_before(text, d.start, 25)):
            continue
        # "إن أمسية تكريم الفنان تقام يوم 12 نوفمبر": the day of a part of the event; "في
        # مؤتمر صحفي أقامه المنظمون أمس": the day it was announced
        before = bare_before(text, d.start, 60)
        if _PART_HELD.search(before) or _PRESS.search(before):
            continue
        # "a guide to the Oscars, which take place later this month": another event's day
        # (English only: an Arabic sentence names its umbrella event before the day, "ضمن
        # فعاليات مهرجان أبها، اليوم الأحد", and the day is still the event's)
        if d.text.isascii() and scope.of_other_event(d.start):
            continue
        if _a_day_while_it_runs(text, d, card.kind) or _so_far(text, d, published):
            continue
        # "ويغلق باب التسجيل في المسابقة يوم 28 ديسمبر": a deadline, not the event's day
        if said_as_deadline(text, d):
            continue
        if _of_another_time(d, published):
            continue
        # "مهرجان التمور ببريدة 1436هـ": a Hijri year runs over two Gregorian years, so it
        # does not say in which the event is held: kept as written, not resolved (with its
        # Gregorian year beside it, "1437هـ / 2016م", it is that year)
        if d.precision == "year" and d.calendar == "hijri" and d.start_date != d.end_date:
            d = replace(d, start_date=None, end_date=None, resolution=_HIJRI_YEAR)
        # "ينطلق الأسبوع المقبل", "قبل انتهاء المخيم مطلع الأسبوع المقبل": some day of that
        # week, not seven days it is held on
        if (
            d.precision == "day"
            and d.start_date != d.end_date
            and _A_WEEK.search(normalize(d.text))
        ):
            d = replace(d, start_date=None, end_date=None, resolution=_WEEK)
        # "the band last headlined the festival in 2001", "held every year since 1994": an
        # English year said of an earlier edition
        if d.precision == "year" and d.text.isascii() and _EN_EARLIER.search(before):
            continue
        # "الانتخابات البلدية 1436هـ", "منذ بداية العام الحالي": a bare year is the event's
        # only when said right by its name ("معرض الرياض الدولي للكتاب 2015م")
        if d.precision == "year" and scope.distance(d.start) > YEAR_REACH:
            continue
        found.append(d)
    if not found:
        return
    # nearest to a mention of the event; a bare year ("هذا العام", "2019") only when nothing
    # more precise is said
    penalty = {"day": 0, "month": 150, "year": 400}

    def rank(d: DateMention) -> int:
        # an undated English article's "on Wednesday" is a day of the event (a keynote), not
        # when it runs: a day and month it states ("runs from 6 to 9 January") come first
        vague = d.text.isascii() and d.resolution.startswith("unresolved: relative")
        contrasted = _in_a_contrasted_clause(text, d.start, d.end, scope.anchors)
        return scope.distance(d.start) + penalty.get(d.precision, 400) + 300 * (vague + contrasted)

    found.sort(key=rank)
    d = found[0]
    if d in ends:
        # "ويستمر حتى 22 أغسطس" nearest the event: its end; an earlier day said of it starts it
        d = next((e for e in found if e not in ends and days_before(e, d)), d)
    d = _stated_range(found, d)
    card.start_date, card.end_date = d.start_date, d.end_date
    closing = d.start_date == d.end_date and _closes_on(text, d)
    # "انطلق المهرجان يوم الأحد 13 يوليو … واختتم مساء الخميس 17 يوليو": the day said to
    # start it before the day it closed
    opened = next((e for e in found if _opened_on(text, e, d)), None) if closing else None
    if opened is not None:
        card.start_date = opened.start_date
        card.date_text, card.date_resolution = opened.text, opened.resolution
        for name, said in (("start_date", opened), ("date_text", opened), ("end_date", d)):
            cite(name, said.start, said.end)
        return
    if closing:
        card.start_date = None  # "اختتمت أمس": the day it ended
    elif d.start_date == d.end_date and _UNTIL.search(bare_before(text, d.start, 20)):
        card.start_date = None  # "وتستمر حتى مساء السبت المقبل": the day it ends
    elif d.start_date == d.end_date and card.kind not in _ONE_DAY_KINDS:
        # one day said of a longer event ("انطلق أمس") is its start, not its end; a workshop or
        # a ceremony is held in one day
        card.end_date = None
    card.date_text, card.date_resolution = d.text, d.resolution
    for name in ("start_date", "end_date", "date_text"):
        if getattr(card, name):
            cite(name, d.start, d.end)
    if card.start_date and len(card.start_date) == 10 and card.end_date is None:
        end = first_end_after(card.start_date, ends)
        if end is not None:
            card.end_date = end.start_date
            cite("end_date", end.start, end.end)
    if card.start_date and len(card.start_date) == 10 and card.end_date is None:
        _end_from_duration(card, cite, text, scope, d.end)
    elif (
        card.kind in _ONE_DAY_KINDS
        and card.start_date
        and card.start_date == card.end_date
        and not closing
    ):
        # "ورشة العمل التدريبية … يوم الأحد المقبل …، وتستمر ثلاثة أيام": held in one day
        # unless a length is said
        one_day = card.end_date
        card.end_date = None
        _end_from_duration(card, cite, text, scope, d.end)
        if card.end_date is None:
            card.end_date = one_day
    if card.start_date is None and card.end_date and len(card.end_date) == 10:
        # "اختتم أعماله أمس … والتي استمرت أربعة أيام": the start is the end less its length
        found_length = duration_after(text, d.end)
        if found_length is not None and 1 < found_length[0] <= 60:
            days, start, end_at = found_length
            last = date.fromisoformat(card.end_date)
            card.start_date = (last - timedelta(days=days - 1)).isoformat()
            cite("start_date", start, end_at)


def _of_another_time(d: DateMention, published: str | None) -> bool:
    """ "السعودية 2050": a year far from the article's is a vision's, not the event's; a month
    or a day of a year long past ("في شهر سبتمبر عام 1964") is history's."""
    if not published or not d.start_date or abs(int(d.start_date[:4]) - int(published[:4])) <= 1:
        return False
    return d.precision == "year" or d.start_date < published


_A_WEEK = re.compile(r"(?<!\w)(?:ال)?اسبوع(?!\w)")  # normalized: "الأسبوع", "الاسبوع"
_WEEK = "unresolved: a week, not the days it is held on"
_HIJRI_YEAR = "unresolved: a Hijri year runs over two Gregorian years"
_EN_EARLIER = re.compile(r"\b(?:last|since|previous|previously|first|before)\b[^.]*$")


# "رعى المحافظ مساء أمس الأحد اختتام ملتقى …": the closing said right after the day
_CLOSING_NEXT = re.compile(r"\s+(?:حفل\s+)?(?:اختتام|ختام)(?!\w)")
# "ويختتم الملتقى الدولي للخط العربي أعماله في إسطنبول يوم الخميس": the verb opens
# the clause, the event and where it is come between it and the day
_CLOSING_CLAUSE = re.compile(r"(?<!\w)و?(?:يختتم|تختتم|اختتم|اختتمت)(?=\s[^.،,؛\n]*$)")


def _closes_on(text: str, d: DateMention) -> bool:
    """Whether the day `d` is said as the one the event closes on."""
    if _CLOSING.search(bare_before(text, d.start, 40)) or _CLOSING_NEXT.match(text, d.end):
        return True
    lo, _ = sentence_bounds(text, d.start)
    clause = bare_before(text, d.start, min(90, d.start - lo))
    m = _CLOSING_CLAUSE.search(clause)
    # no other verb of holding between ("اختتم … على أن ينطلق الموسم الجديد في …")
    return m is not None and not _HOLDING.search(clause, m.end())


def _stated_range(found: list[DateMention], day: DateMention) -> DateMention:
    """The range of days the article states that begins with `day` ("بدأت أمس الأحد ورشة …
    من 9 إلى 12 سبتمبر"): it says as much and its end too. A day said relative
    to publication ("غدا") may be off by the stale date of a crawl, so its range may begin up
    to three days from it; a day written out must be the range's first."""
    one = day.start_date
    if one is None or len(one) != 10 or day.end_date != one:
        return day
    relative = day.resolution != "absolute"
    for r in found:
        a, b = r.start_date, r.end_date
        if r.resolution != "absolute" or not (a and b and len(a) == len(b) == 10):
            continue
        apart = abs((date.fromisoformat(a) - date.fromisoformat(one)).days)
        # "غدا الاثنين 1436 / 10 / 25 الموافق 2015 / 8 / 10": the day written right after a
        # relative one says which day it is
        appositive = relative and a == b and 0 <= r.start - day.end <= 3 and apart <= 3
        if appositive or (a < b and (apart == 0 or (relative and apart <= 3))):
            return r
    return day


_OPENED = re.compile(r"(?:[اإ]نطلق|[اإ]نطلقت|بدأ|بدأت|[اإ]فتتح|[اإ]فتتحت|[اإ]نطلاق|[اإ]فتتاح)")


def _opened_on(text: str, day: DateMention, end: DateMention) -> bool:
    """Whether `day`, before the `end` of an event, is said to start it in its own sentence
    ("انطلق المهرجان يوم الأحد 13 يوليو"), at most two months before."""
    if day is end or day.precision != "day" or not day.start_date or not end.start_date:
        return False
    gap = (date.fromisoformat(end.start_date) - date.fromisoformat(day.start_date)).days
    if not 0 < gap <= 60:
        return False
    lo, _ = sentence_bounds(text, day.start)
    before = bare_before(text, day.start, day.start - lo)
    return _OPENED.search(before) is not None and not _CLOSING.search(before)


# events held in one evening or one day: the day said is both start and end
_ONE_DAY_KINDS = frozenset({"workshop", "ceremony"})


# "، فيما", "، بينما", "، في حين": a clause set against the one before it
_WHEREAS = re.compile(r"(?<!\w)(?:فيما|بينما|في\s+حين)(?!\w)")


def _in_a_contrasted_clause(text: str, start: int, end: int, anchors: list[int]) -> bool:
    """ "يذكر أن عروض الفيلم تبدأ في 3 مايو، فيما يقام مهرجان الواحة من 10 إلى 15 يونيو": a
    day said before the event's name in its sentence, in a clause that "فيما" or "بينما" sets
    against the one naming the event, is the other clause's subject's day."""
    lo, hi = sentence_bounds(text, start)
    if any(lo <= a < start for a in anchors):
        return False
    after = [a for a in anchors if end <= a < hi]
    return bool(after) and _WHEREAS.search(text, end, min(after)) is not None


def _a_day_while_it_runs(text: str, d: DateMention, kind: str) -> bool:
    """A day said relative to the article ("أمس", "غدا الاثنين") with no verb that starts or
    holds the event before it in its sentence: "شهد المهرجان أمس …", "حضوراً كثيفاً أمس", a
    day of a longer event rather than its start, unless the day is said to start it ("موعدا
    لانطلاق …"). A workshop or a ceremony is held in one day."""
    # a day said relative to the article or to the Eid ("ثالث أيام العيد")
    if kind in _ONE_DAY_KINDS or not d.resolution.startswith(("relative", "day ")):
        return False
    if d.start_date is None or d.start_date != d.end_date:
        return False
    if _UNTIL.search(bare_before(text, d.start, 20)):
        return False  # "ويستمر حتى السبت المقبل": its end
    if _STARTS_AFTER.match(text, d.end):
        return False  # "اختار يوم تسعة ديسمبر لانطلاق دورته": the day it starts
    lo, _ = sentence_bounds(text, d.start)
    before = bare_before(text, d.start, min(300, d.start - lo))  # "نظّم" is "نظم"
    return not _HOLDING.search(before)


def _so_far(text: str, d: DateMention, published: str | None) -> bool:
    """ "45 ألف زائر حتى يوم أمس": a count so far, not the day the event ends."""
    return (
        published is not None
        and len(published) == 10
        and d.resolution.startswith("relative")
        and d.start_date is not None
        and d.start_date < published
        and bool(_UNTIL.search(bare_before(text, d.start, 20)))
    )


def _end_from_duration(card: EventCard, cite: Cite, text: str, scope: _Scope, near: int) -> None:
    """The end is the start plus a length stated after the date or after a mention of the
    event ("ويستمر ثلاثة أيام", "ويعرف هذا اللقاء، المنظم على مدى يومين")."""
    # "ويعرف هذا اللقاء، المنظم على مدى يومين": a demonstrative refers to the event too
    for pos in (near, *sorted(scope.anchors), *event_references(text)):
        found = duration_after(text, pos)
        if found is not None and 1 < found[0] <= 60:
            break
    else:
        return
    days, start, end = found
    first = date.fromisoformat(card.start_date or "")
    card.end_date = (first + timedelta(days=days - 1)).isoformat()
    cite("end_date", start, end)


# "مسابقة … الشعبية بالتعاون مع جمعية …", "مسابقة … التي تقام على مسرح … بالتعاون مع …": the
# body the named event itself is held with
_HELD_WITH = re.compile(
    r"\s*(?:(?:التي|الذي)\s+(?:تقام|يقام|تنظم|ينظم|أقيمت|أقيم|اقيمت|اقيم|نظمت|نظم|عقدت|عقد)"
    r"(?:\s+[^\s.،,؛\n]+){0,8})?\s+بالتعاون\s+مع\s+(?:كل\s+من\s+)?"
)


def _held_with(text: str, b: bodies.BodyMention, cluster: Cluster) -> bool:
    """Whether partner `b` is named right after the event's own name, as what it is held
    with."""
    return any(
        m.words and m.end <= b.start and _HELD_WITH.fullmatch(text, m.end, b.start) is not None
        for m in cluster.named
    )


def _of_the_event(
    text: str, scope: _Scope, cluster: Cluster, found: list[bodies.BodyMention]
) -> list[bodies.BodyMention]:
    """The bodies of `found` said of the event, not of another or of a part of it; a partner
    the event is held with right after its name is its organizer."""
    kept: list[bodies.BodyMention] = []
    dropped_end = -1000
    for b in found:
        # another event's body, or the next in a list that began with one ("X بالتعاون مع Y")
        if (
            scope.of_other_event(b.where)
            or scope.as_umbrella_only(b.where)
            or 0 <= b.where - dropped_end <= 40
        ):
            dropped_end = b.end
            continue
        # "الأمسية التي أقامها مهرجان زوق مكايل": an event holds a part of itself, it does not
        # organise itself
        words = [t for t in tokens(b.text) if t.is_word]
        if not words or (
            names.head_of(words[0]) is not None and not bodies.national_programme(words, 0)
        ):
            continue
        # "لجنة شؤون المتطوعين بمهرجان القطيف", "اللجنة التنفيذية لمعرض …": a part of an event
        # that holds an activity of it, not who organises it ("مؤسسة دبي للمهرجانات" does)
        if b.role != "patron" and any(
            names.head_of(t) is not None and not t.norm.endswith("ات") for t in words[1:]
        ):
            continue
        if _said_of_another(text, b):
            continue
        if b.role == "partner" and _held_with(text, b, cluster):
            b = bodies.BodyMention(b.start, b.end, b.text, "organizer", b.stated)
        kept.append(b)
    return kept


def _bodies(card: EventCard, cite: Cite, text: str, scope: _Scope, cluster: Cluster) -> None:
    every = bodies.find_bodies(text)
    found = scope.pick(every, key="where")
    found = sorted(found + bodies.list_continuations(text, every, found), key=lambda b: b.where)
    found = _named_patrons(_of_the_event(text, scope, cluster, found))
    for b in found:
        if b.role == "opener":  # "افتتحه أمين محافظة جدة الدكتور هاني …"
            name, role = people.split_role(b.text)
            card.people.append(Person(name, f"{role} — opened" if role else "opened"))
            cite("people", b.start, b.end)
            continue
        if b.role == "host":  # "hosted by Stephen Fry": the presenter of a ceremony
            card.people.append(Person(b.text, "host"))
            cite("people", b.start, b.end)
            continue
        target = {"organizer": card.organizers, "patron": card.patrons, "partner": card.partners}
        values = target[b.role]
        # "جامعة أكسفورد" and "جامعة اكسفورد": one body, spelled twice; a body that runs the
        # event is not also its partner ("نظمت الهيئة، بالتعاون مع المجلس، …" read twice)
        seen = values + card.organizers if b.role == "partner" else values
        if normalize(b.text) not in {normalize(v) for v in seen}:
            values.append(b.text)
            cite(b.role + "s", b.start, b.end)


# "the Green Party's autumn conference", "the Green Party autumn conference": the owner holds it
_EN_OWNER = re.compile(
    r"(?:[Tt]he )?((?:[A-Z][\w&-]*\s){0,3}[A-Z][\w&-]*)(?:['’]s (?:[a-z-]+ ){0,2}| (?:[a-z-]+ ){1,2})"
    r"(?:conference|congress|convention|forum|rally|meeting)$"
)


# a headline whose subject holds the event it names next: "بلدية قباء تنظم لقاء تعريفيا",
# "«أدبي الباحة» يقيم دورة في …"
_TITLE_HOLDS = re.compile(
    r"^\s*(?:[«\"“](?P<quoted>[^«»\"“”]{2,40})[»\"”]|(?P<plain>[^«»\"“”:]{2,60}?))\s+"
    r"و?[تي](?:نظم|قيم|نفذ|طلق|ستضيف|حتضن|دشن|عقد)\s+(?P<rest>.+)$"
)


def _title_holder(card: EventCard, cite: Cite, text: str, title: str, cluster: Cluster) -> None:
    """The organizer a headline names as its subject, where the text spells it the same way
    and the headline's event has the card's head noun."""
    found = _TITLE_HOLDS.match(title)
    if found is None:
        return
    body = found.group("quoted") or found.group("plain")
    words = [t for t in tokens(body) if t.is_word]
    if not 2 <= len(words) <= 6 or not bodies.is_body_start(words[0]):
        return
    heads = {h[0] for t in tokens(found.group("rest")) if t.is_word and (h := names.head_of(t))}
    if cluster.head not in heads:
        return
    span = locate(text, body)
    if span is not None:
        card.organizers.append(text[span[0] : span[1]])
        cite("organizers", *span)


# a lead in which the head of a body announces the event or its date: "أعلن رئيس النادي
# الأدبي بالباحة … أمس عن موعد ملتقى …", "كشفت مديرة الجمعية عن إقامة معرض …"
_ANNOUNCER = re.compile(
    AR_ANNOUNCES + r"\s+(?:رئيس|رئيسة|مدير|مديرة|[أا]مين|[أا]مينة)\s+(?:عام\s+|العام\s+)?"
    r"(?:مجلس\s+[إا]دارة\s+)?(?P<body>\S)[^\n.]{0,160}?" + AR_ANNOUNCED
)


def _announcer(card: EventCard, cite: Cite, text: str, cluster: Cluster) -> None:
    """The body whose head announces the event in the lead (see `_ANNOUNCER`)."""
    for m in cluster.named:
        found = _ANNOUNCER.search(text, max(0, m.start - 240), m.start) if m.start < 300 else None
        span = bodies.body_at(text, found.start("body")) if found else None
        if span is not None:
            card.organizers.append(text[span[0] : span[1]])
            cite("organizers", *span)
            return


def _owner(card: EventCard, cite: Cite, cluster: Cluster, text: str) -> None:
    """The organizer an English name states as its owner (not a place's: "London's …"), or
    the body said to hold it as its own ("The Labour Party will hold its … conference")."""
    for m in cluster.mentions:
        holder = names.EN_HOLDS_ITS.search(text, max(0, m.start - 80), m.start)
        if holder is not None and not places.is_place_name(holder.group(1)):
            card.organizers.append(holder.group(1))
            cite("organizers", holder.start(1), holder.end(1))
            return
    for m in cluster.named:
        found = _EN_OWNER.fullmatch(m.text)
        if found is None or places.is_place_name(found.group(1)):
            continue
        card.organizers.append(found.group(1))
        cite("organizers", m.start + found.start(1), m.start + found.end(1))
        return


# "المعرض المصاحب للمهرجان الذي تقيمه الفنانة …": the clause is the accompanying event's
_ACCOMPANYING_CLAUSE = re.compile(
    r"(?<!\w)(?:ال)?مصاحب[ةه]?\s+(?:ل|لل)\S+\s+(?:الذي|التي)\s+\S+\s*$"
)
# "المفاوضات التي تجرى برعاية الأمم المتحدة": a relative clause gives the patron to the noun
# before it, which is no event
_RELATIVE_PATRONAGE = re.compile(r"(\S+)\s+(?:التي|الذي)\s+\S+\s+(?:ب|تحت\s+)?رعاية\s*$")


def _said_of_another(text: str, b: bodies.BodyMention) -> bool:
    """Whether a body's cue sits in a relative clause about something else: a non-event noun
    ("المفاوضات التي تجرى برعاية …") or the event that accompanies this one."""
    if b.role == "patron" and _patron_of_a_clause(text, b.where):
        return True
    return _ACCOMPANYING_CLAUSE.search(text, max(0, b.where - 60), b.where) is not None


def _patron_of_a_clause(text: str, where: int) -> bool:
    """Whether the patronage stated before `where` is said of a non-event noun's clause."""
    m = _RELATIVE_PATRONAGE.search(text, max(0, where - 80), where)
    if m is None:
        return False
    noun = tokens(m.group(1))
    return bool(noun) and names.head_of(noun[0]) is None


_POST_NOUNS = word_set("أمير محافظ أمين رئيس")


def _a_post_alone(value: str) -> bool:
    """ "أمير منطقة مكة المكرمة", "محافظ أملج": a post and its town, no person's name."""
    toks = [t for t in tokens(value) if t.is_word]
    if len(toks) < 2 or toks[0].norm not in _POST_NOUNS:
        return False
    return places.town_phrase_end(toks, 1) == len(toks)


def _named_patrons(found: list[bodies.BodyMention]) -> list[bodies.BodyMention]:
    """ "برعاية سمو أمير منطقة مكة المكرمة" beside "برعاية الأمير خالد الفيصل": a patron said
    by a post alone is the named patron again, once the card has one."""
    patrons = [b for b in found if b.role == "patron"]
    posts = [b for b in patrons if _a_post_alone(b.text)]
    if not posts or len(posts) == len(patrons):
        return found
    return [b for b in found if b not in posts]


def _identify(card: EventCard, rep: names.NameMention, published: str | None) -> None:
    """Series name, series id and event id (see `names` for how series are recognised)."""
    series = card.name
    if rep.edition_span and rep.start <= rep.edition_span[0] < rep.end:
        a, b = rep.edition_span[0] - rep.start, rep.edition_span[1] - rep.start
        series = re.sub(r"\s+", " ", (card.name[:a] + card.name[b:])).strip()
    card.series = series
    sid = names.series_id(
        card.name, card.kind, card.city, card.city_en, card.country, card.organizers
    )
    year = None
    if card.start_date:
        year = card.start_date[:4]
    elif m := re.search(r"\b(19|20)\d\d\b", card.name):
        year = m.group()
    elif published:
        year = published[:4]
    card.event_id = names.event_id(sid, card.edition, year)
