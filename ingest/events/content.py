"""What an event is about: slogan/theme, topics, counted figures and outcomes.

Slogans follow "تحت شعار", "شعار", "بعنوان", "تحت عنوان", "under the theme/slogan";
the value is the quotation after the cue without its quote marks, else the words up to the
end of the clause. Figures are a number with the noun it counts ("بمشاركة أكثر من 20
متحدث", "6 جلسات نقاشية"); outcomes are what is signed or launched ("توقيع اتفاقية …").
Topics are the axes an article lists after "محاور": a bulleted list on the following lines, or
an inline list ("في مقدمتها محور X، Y، ومحور Z"), one value per item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.events.names import STARTS, head_of
from ingest.events.spans import (
    OPEN_QUOTES,
    PART_NOUNS,
    bases,
    grow_phrase,
    paren_end,
    quoted_end,
    tokens,
    trim,
    word_set,
)
from language.analyzer import normalize

_SLOGAN_CUES = [
    tuple(normalize(w) for w in cue.split())
    for cue in (
        "تحت شعار", "اتخذت شعار", "شعار", "بعنوان", "تحت عنوان", "وبعنوان", "شعارها", "بشعار",
        "شعاره", "وشعاره", "وشعارها", "يحمل عنوان", "ويحمل عنوان", "تحمل عنوان", "وتحمل عنوان",
        "حملت عنوان", "حمل عنوان",
    )
]  # fmt: skip
_EN_SLOGAN_RE = re.compile(
    r"\b(?:under the (?:theme|slogan|title)|themed|the theme(?: of| is)?)\s*[:,]?\s*"
    r"[\"“']([^\"”']{4,160})[\"”']",
    re.IGNORECASE,
)
_COUNTED = (
    "متحدث|متحدثا|متحدثين|خبير|خبيرا|خبراء|جلسة|جلسات|مشارك|مشاركا|مشاركين|دولة|دول|عارض|"
    "عارضا|عارضين|شركة|شركات|زائر|زائرا|زوار|ورشة|ورش|ورقة|أوراق|محاضرة|محاضرات|جهة|جهات|"
    "متسابق|متسابقا|طالب|طالبا|فعالية|فعاليات|جناح|أجنحة|مشاركة|speakers|delegates|"
    "exhibitors|visitors|countries|sessions|participants|companies|people|attendees|products|"
    "firms|journalists|guests|films|stands|brands|gadgets|devices"
)
_FIGURE_RE = re.compile(
    r"(?:(?:أكثر من|اكثر من|نحو|حوالي|قرابة|more than|over|about|some|up to)\s+)?"
    r"(\d[\d,]*)\s*(ألف|الف|آلاف|thousand)?\s+"
    # "50,000 new products": one English adjective of kind may stand before the noun
    r"(?:(?:new|different|international|foreign|local|extra)\s+)?(" + _COUNTED + r")\b"
)
_OUTCOME_RE = re.compile(r"(?:توقيع|إطلاق|اطلاق|تدشين)\s+(?:اتفاقي|مذكر|مشروع|مركز|منص|مبادر)")

_A_COURSE = frozenset(normalize(w) for w in ["بدورة", "ودورة", "دورة"])
_CLAUSE_LEADS = frozenset(normalize(w) for w in ["ستكون", "تكون", "كانت", "وكانت", "أما", "اما"])
# "ستكون الأولى بعنوان …، والثانية بعنوان …": a feminine ordinal standing for a part (a
# course, a session), unless it follows what it numbers ("في دورته الثانية", "الورشة الأولى")
_PART_ORDINALS = frozenset(normalize(w) for w in ["أولى", "ثانية", "ثالثة", "رابعة", "خامسة"])
_THIS_TIME = frozenset(
    tuple(normalize(w) for w in p.split())
    for p in ("هذا العام", "لهذا العام", "هذه السنة", "هذه الدورة", "هذه النسخة", "هذا الموسم")
)
# words after an unquoted slogan that start the rest of the sentence
_SLOGAN_STOPS = frozenset(
    normalize(w)
    for w in ["نحو", "حوالي", "بمشاركة", "بحضور", "وذلك", "حيث", "الذي", "التي", "والذي", "والتي"]
)


@dataclass(frozen=True)
class Found:
    """A value at `text[start:end]`; `extra` carries a number's count noun."""

    start: int
    end: int
    text: str
    value: int | None = None
    counts: str = ""
    cue: str = ""  # the normalized cue word(s) a slogan followed
    anchor: int = -1  # where a topic's list was introduced ("محاور …:")


def find_slogans(text: str) -> list[Found]:
    """Slogans and themes, each inside its quotation marks when it has them."""
    toks = tokens(text)
    norms = [t.norm for t in toks]
    out: list[Found] = []
    for i in range(len(toks)):
        for cue in _SLOGAN_CUES:
            n = len(cue)
            if tuple(norms[i : i + n]) != cue or i + n >= len(toks):
                continue
            if "عنوان" in cue[-1] and _titles_a_part(toks, i):
                break
            span = _slogan_after(text, toks, i + n)
            if span is not None and cue == _BARE_SLOGAN and _one_bare_word(text, *span):
                span = None  # "شعار المملكة": the emblem of the kingdom, not a slogan said
            if span is not None:
                s, e = span
                if e - s >= 4 and all(f.start != s for f in out):  # "تحت شعار" then "شعار"
                    out.append(Found(s, e, text[s:e], cue=" ".join(cue)))
            break
    for m in _EN_SLOGAN_RE.finditer(text):
        s, e = trim(text, m.start(1), m.end(1))
        out.append(Found(s, e, text[s:e], cue="theme"))
    return out


# "وحملت ورشة العمل التي عقدت … عنوان «…»", "موضوع هذه الورشة التدريبية هو (…)": a title
# said of the event its clause is about, however far from its name
_BORE = re.compile(
    r"(?<!\w)و?(?:حملت|حمل|تحمل|يحمل)\s+(?P<subject>[^.؟!\n«»\"“”()]{3,160}?)\s+عنوان\s*"
    r"[«\"“(]"
    r"|(?<!\w)و?موضوع\s+(?:هذه\s+|هذا\s+)?(?P<topic>[^.؟!\n«»\"“”()،]{3,60}?)\s+(?:هو|كان)\s*"
    r"[«\"“(]"
)


def find_subject_titles(text: str) -> list[Found]:
    """Titles said of the event their clause is about (see `_BORE`); `anchor` is where the
    words naming that event start."""
    toks = tokens(text)
    starts = {t.start: i for i, t in enumerate(toks)}
    out = []
    for m in _BORE.finditer(text):
        k = starts.get(m.end() - 1)
        if k is None:
            continue
        span = _slogan_after(text, toks, k)
        if span is not None and span[1] - span[0] >= 4:
            s, e = span
            subject = "subject" if m.group("subject") is not None else "topic"
            out.append(Found(s, e, text[s:e], cue="عنوان", anchor=m.start(subject)))
    return out


_BARE_SLOGAN = (normalize("شعار"),)


def _one_bare_word(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is one word standing in no quotation marks or brackets."""
    return not any(ch.isspace() for ch in text[s:e]) and not text[max(0, s - 1) : s].strip()


def _slogan_after(text: str, toks: list, k: int) -> tuple[int, int] | None:
    """The span of the slogan that starts at token `k` (after its cue): inside quotation
    marks or brackets, else the words up to the end of the clause."""
    if tuple(t.norm for t in toks[k : k + 2]) in _THIS_TIME and k + 2 < len(toks):
        k += 2  # "وشعاره هذا العام «…»": the slogan follows the time it is this one
    if toks[k].text == ":" and k + 1 < len(toks):
        k += 1  # "تحت شعار: «صيفنا بكم أجمل»"
    if toks[k].norm in _OWNERS:
        # "في خدمة شعار الملتقى": whose slogan, not what it says; "شعار المهرجان «…»" quotes it
        if k + 1 < len(toks) and toks[k + 1].text in OPEN_QUOTES:
            k += 1
        else:
            return None
    if toks[k].text == "(":  # "تحت عنوان (مستجدات التغذية)", "شعار ((…))"
        while k + 1 < len(toks) and toks[k + 1].text == "(":
            k += 1
        close = paren_end(toks, k, limit=200)
        return None if close is None else trim(text, toks[k].end, toks[close].start)
    if toks[k].text in OPEN_QUOTES:
        close = quoted_end(text, toks, k, limit=200)
        if close is not None:
            return trim(text, toks[k].end, toks[close].start)
        if k + 1 >= len(toks) or not toks[k + 1].is_word:
            return None
        # "تحت شعار «الواحة بيتنا الكبير والذي تنظمه …": a quotation never closed runs
        # to the end of its clause, as an unquoted slogan does
        end = _clause_end(text, toks, k + 1)
        return trim(text, toks[k + 1].start, toks[end - 1].end)
    end = _clause_end(text, toks, k)
    return trim(text, toks[k].start, toks[end - 1].end)


# the event (or "this") a slogan is said to be of, after the cue: "شعار الملتقى"
_OWNERS = word_set(
    "الملتقى المؤتمر المهرجان المعرض المنتدى الندوة القمة الفعالية الحدث الورشة المسابقة "
    "اللقاء الحفل الجائزة الدورة النسخة هذا هذه"
)


def _titles_a_part(toks: list, i: int) -> bool:
    """ "بمسرحية بعنوان", "الجلسة الأولى التي جاءت بعنوان": the title of a part of the event
    (a play, a session, a course, a campaign), not of the event."""
    before = toks[max(0, i - 4) : i]
    parts = [
        k for k, t in enumerate(before) for b in bases(t.norm) if b.removeprefix("ال") in PART_NOUNS
    ]
    # "محاضرة وورشة عمل بعنوان (…)": an event named after the part shares its title
    if parts and not any(head_of(t) for t in before[parts[-1] + 1 :]):
        return True
    if i and toks[i - 1].norm in _A_COURSE:  # "بدورة بعنوان (فن الإلقاء)"
        return True
    before = [b.removeprefix("ال") for b in bases(toks[i - 1].norm)] if i else []
    if not any(b in _PART_ORDINALS for b in before):
        return False
    numbered = toks[i - 2] if i >= 2 else None  # what the ordinal numbers, if it follows it
    return numbered is None or not numbered.is_word or numbered.norm in _CLAUSE_LEADS


def _clause_end(text: str, toks: list, k: int) -> int:
    """An unquoted slogan runs to the end of its clause (at most 14 words)."""
    j = k
    while j < len(toks) and j - k < 14 and toks[j].is_word:
        # "تحت شعار فرحتنا تكمل نحو 20 الف زائر": a count ends it
        norm = toks[j].norm
        if j > k and (norm.isdigit() or norm in _SLOGAN_STOPS or re.match(r"س[يتن]\w{3,}$", norm)):
            break
        if j > k and norm in STARTS and _an_event_at(toks, j + 1):
            break  # "تحت شعار … ينطلق مهرجان …": the verb the event is the subject of
        j += 1
    return j


def _an_event_at(toks: list, k: int) -> bool:
    """Whether an event's head noun is at token `k`, perhaps after a quotation mark."""
    if k < len(toks) and toks[k].text in OPEN_QUOTES:
        k += 1
    return k < len(toks) and head_of(toks[k]) is not None


def find_figures(text: str) -> list[Found]:
    """Numbers with what they count ("أكثر من 20 متحدث")."""
    out = []
    for m in _FIGURE_RE.finditer(text):
        value = int(m.group(1).replace(",", ""))
        if m.group(2):
            value *= 1000
        out.append(Found(m.start(), m.end(), m.group(), value, m.group(3)))
    return out


def find_outcomes(text: str) -> list[Found]:
    """Agreements signed and centres or projects launched."""
    toks = tokens(text)
    out = []
    for m in _OUTCOME_RE.finditer(text):
        idx = next((i for i, t in enumerate(toks) if t.start == m.start()), None)
        if idx is None:
            continue
        end = grow_phrase(text, toks, idx, max_words=10)
        s, e = trim(text, toks[idx].start, toks[end - 1].end)
        out.append(Found(s, e, text[s:e]))
    return out


_AXES_RE = re.compile(r"(?:محاور|المحاور|مواضيع|موضوعات)[^.\n:]{0,60}?(?::|في مقدمتها|تشمل|منها)")
_ITEM_LEAD_RE = re.compile(r"^(?:و?محور\s+|و)")


def find_topics(text: str) -> list[Found]:  # noqa: C901 - an ordered cascade of text rules; flat reads better than split
    """The axes listed after "محاور …:" (bullets) or "في مقدمتها محور …" (inline)."""
    out: list[Found] = []
    for m in _AXES_RE.finditer(text):
        colon = m.end() if m.group().endswith(":") else None
        if colon is None and text[m.end() :].lstrip(" ").startswith(":"):
            colon = text.index(":", m.end()) + 1
        if colon is not None and text[colon:].lstrip(" ").startswith("\n"):
            pos = colon
            marker = False  # a bullet on its own line marks the next line as an item
            for line in re.finditer(r"[^\n]+", text[pos : pos + 2000]):
                item = line.group().strip()
                if item in ("-", "–", "•", "*"):
                    marker = True
                    continue
                bulleted = marker or item.startswith(("-", "–", "•", "*"))
                marker = False
                if not bulleted or len(item) > 200:
                    break
                s, e = trim(text, pos + line.start(), pos + line.end())  # drops "- "
                if text[s : s + 1] in ("•", "*"):
                    s, e = trim(text, s + 1, e)
                out.append(Found(s, e, text[s:e], anchor=m.start()))
            continue
        end = min(i for i in (text.find(".", m.end()), len(text)) if i != -1)
        pos = m.end()
        for piece in re.finditer(r"[^،,]+", text[pos:end]):
            s, e = trim(text, pos + piece.start(), pos + piece.end())
            lead = _ITEM_LEAD_RE.match(text[s:e])
            if lead:
                s += lead.end()
            if 3 <= e - s <= 120:
                out.append(Found(s, e, text[s:e], anchor=m.start()))
    return out
