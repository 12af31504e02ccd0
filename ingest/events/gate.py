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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.arabic import normalize, stem
from ingest.events.names import NameMention, series_topic
from ingest.events.spans import bases, sentence_bounds, tokens

MIN_SCORE = 5.0

_CUES = frozenset(
    normalize(w)
    for w in (
        "انطلاق انطلقت تنطلق ينطلق انطلاقة فعاليات فعالية افتتح افتتاح يفتتح افتتحه افتتحها "
        "دشن تدشين تنظم ينظم تنظيم نظمت ينظمه تنظمه يقام تقام أقيم أقيمت إقامة يعقد تعقد "
        "انعقاد تنعقد ينعقد تستضيف يستضيف استضافة تحتضن يحتضن احتضن يحتضنه تحتضنه اختتام "
        "اختتمت اختتم ختام النسخة الدورة نسختها دورتها شعار برعاية رعاية المقام المقامة "
        "المنعقد المنعقدة بمشاركة يستمر تستمر زوار الزوار أعمال يشهد تشهد الافتتاحي الافتتاحية "
        "held opens opened organised organized hosted kicked annual attend attended takes"
    ).split()
)
_SPORTS = frozenset(
    normalize(w)
    for w in (
        "الهلال النصر الأهلي الاتحاد الشباب الاتفاق التعاون الفيصلي مباراة المباراة الدوري "
        "دوري كرة الجولة فريق الفريق المنتخب نادي النادي هدف أهداف لاعب اللاعب الملعب"
    ).split()
)
_PRESS = frozenset(normalize(w) for w in "صحفي الصحفي صحافي الصحافي الصحفية صحفيا".split())
_EARLIER = frozenset(normalize(w) for w in "بعد نجاح السابق السابقة الماضية الماضي".split())
_EDITION_RE = re.compile(r"(?:النسخة|الدورة|نسختها|دورتها|نسخته|دورته)\s+\S+")
_TOP_PREPS = frozenset(normalize(w) for w in "في على إلى الى من".split())


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

    @property
    def mentions(self) -> list[NameMention]:
        return sorted(self.named + self.refs, key=lambda m: m.start)

    @property
    def representative(self) -> NameMention:
        """The name to show: a full, early mention that is not about an earlier edition."""
        current = [m for m in self.named if m.start not in self.earlier] or self.named
        return max(current, key=lambda m: (self.rep_score(m), -m.start))

    earlier: set[int] = field(default_factory=set)
    lead: int = 300
    title_stems: set[str] = field(default_factory=set)
    cues_at: list[tuple[int, int]] = field(default_factory=list)

    def rep_score(self, m: NameMention) -> float:
        topic = set(series_topic(m.text))
        overlap = len(topic & self.title_stems) / len(topic) if topic else 0.0
        edition = 2.0 if any(0 <= m.start - e <= 12 or 0 <= s - m.end <= 12 for s, e in self.cues_at) else 0.0
        return min(m.words, 3) + (2.0 if m.start < self.lead else 0.0) + 2.0 * overlap + edition


def _passing(text: str, m: NameMention) -> bool:
    """A mention that is not an event: press conference, sports summit, idiom …"""
    after = tokens(text, m.start, min(len(text), m.end + 40))
    words = [t.norm for t in after if t.is_word]
    before = [t.norm for t in tokens(text, max(0, m.start - 30), m.start) if t.is_word]
    if len(words) > 1 and any(b in _PRESS for b in bases(words[1])):
        return True
    if before[-2:] == ["علي", "هامش"]:
        return True
    if m.head == normalize("معرض") and len(words) > 1:
        nxt = words[1]
        if not nxt.startswith("ال") and nxt.endswith(("ه", "ها", "هم")) and before[-1:] == ["في"]:
            return True
    if m.head == normalize("قمة"):
        lo, hi = sentence_bounds(text, m.start)
        sentence = {t.norm for t in tokens(text, lo, hi)}
        if any(b in _SPORTS for w in sentence for b in bases(w)):
            return True
        if before and before[-1] in _TOP_PREPS and not text[m.start : m.start + 2] == "ال":
            return True
    if m.kind == "meeting" and m.edition is None:
        return True
    return False


def _stems(text: str) -> set[str]:
    out = set()
    for tok in tokens(text):
        if tok.is_word:
            out.add(stem(tok.norm))
            out.update(stem(b) for b in bases(tok.norm))
    return out


def clusters(text: str, title: str, mentions: list[NameMention]) -> list[Cluster]:
    """Group event mentions into events and score each (best first)."""
    groups: list[Cluster] = []
    refs: list[NameMention] = []
    earlier = set()
    for m in mentions:
        if _passing(text, m):
            continue
        before = [t.norm for t in tokens(text, max(0, m.start - 25), m.start) if t.is_word]
        if any(w in _EARLIER for w in before[-3:]):
            earlier.add(m.start)
        if m.words == 0:
            refs.append(m)
            continue
        topic = set(series_topic(m.text))
        for g in groups:
            if g.head != m.head:
                continue
            if not topic or not g.topic or len(topic & g.topic) >= 0.5 * min(len(topic), len(g.topic)):
                g.named.append(m)
                g.topic |= topic
                break
        else:
            groups.append(Cluster(m.kind, m.head, [m], topic=topic))
    title_stems = _stems(title)
    for g in groups:
        g.refs = [r for r in refs if r.head == g.head]
        g.earlier, g.title_stems = earlier, title_stems
        g.cues_at = [(m.start(), m.end()) for m in _EDITION_RE.finditer(text)]
        _score(text, title, title_stems, g)
    # bare references belong to the best cluster of their head only
    groups.sort(key=lambda g: -g.score)
    return groups


def _score(text: str, title: str, title_stems: set[str], g: Cluster) -> None:
    rep = g.representative
    topic = g.topic
    overlap = len(topic & title_stems) / len(topic) if topic else 0.0
    score = 3.0 * overlap
    if any(g.head == b or g.head == b[2:] for t in tokens(title) for b in bases(t.norm)):
        score += 2.0
    score += min(3.0, 0.5 * len(g.mentions))
    sentences = {sentence_bounds(text, m.start) for m in g.mentions}
    cue_words = set()
    for lo, hi in sentences:
        for tok in tokens(text, lo, hi):
            if any(b in _CUES for b in bases(tok.norm)):
                cue_words.add(tok.norm)
    g.cues = len(cue_words) + sum(1 for t in tokens(title) if t.norm in _CUES)
    score += min(4.0, float(len(cue_words)))
    if rep.start < 300:
        score += 1.5
    if rep.edition:
        score += 1.0
    g.score = score


def is_event(g: Cluster) -> bool:
    """Whether a cluster is strong enough to make a card."""
    return g.score >= MIN_SCORE and g.cues > 0
