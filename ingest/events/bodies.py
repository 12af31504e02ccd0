"""Who is behind an event: organizers, patrons, partners and the people who opened it.

News states these in a few fixed ways, so each is a cue followed by a phrase:
organizers "بتنظيم من X", "الذي ينظمه X", "تنظم X …" (X must start with a body noun:
وزارة، جامعة، غرفة، شركة …), "بمبادرة من X", "تستعد X لتنظيم", "organised by X";
patrons "برعاية (من) X", "تحت رعاية X", "تحت الرعاية السامية ل X", "under the patronage of";
partners "بشراكة مع X", "بالتعاون مع X", "بمشاركة من X"; openers "افتتحه X", "دشن X".
A list of bodies ("X، وY", "X وY" when Y starts with a body noun) gives one value each.
Patron phrases lose their leading honorifics (صاحب السمو الملكي، معالي، سعادة) as the gold
annotation does, and stop at the role that follows a person's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.arabic import normalize
from ingest.events.spans import (
    ORG_HEADS,
    PHRASE_STOPS,
    Token,
    bases,
    grow_phrase,
    skip_letters,
    tokens,
    trim,
)


@dataclass(frozen=True)
class BodyMention:
    """A body or person in a role: `text[start:end]`, role one of organizer/patron/…."""

    start: int
    end: int
    text: str
    role: str


def _norms(words: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in words.split())


# cue word sequences (normalized) -> role; the phrase starts after the cue
_CUES: list[tuple[tuple[str, ...], str]] = [
    (_norms("بتنظيم من"), "organizer"),
    (_norms("بتنظيم"), "organizer"),
    (_norms("تنظيم من"), "organizer"),
    (_norms("المنظم من قبل"), "organizer"),
    (_norms("بمبادرة من"), "organizer"),
    (_norms("تحت الرعاية السامية"), "patron"),
    (_norms("تحت رعاية"), "patron"),
    (_norms("تحت الرعاية الكريمة"), "patron"),
    (_norms("برعاية كريمة من"), "patron"),
    (_norms("برعاية من"), "patron"),
    (_norms("برعاية"), "patron"),
    (_norms("وبرعاية"), "patron"),
    (_norms("بالشراكة مع"), "partner"),
    (_norms("بشراكة مع"), "partner"),
    (_norms("بالتعاون مع"), "partner"),
]
# verbs whose subject follows and must be a body: "ينظمه قسم …", "تنظم غرفة الشرقية …"
_ORG_VERBS = frozenset(
    _norms(
        "ينظمه تنظمه ينظمها تنظمها نظمته نظمتها نظمه نظمها أقامته أقامها أقامتها تقيمه يقيمه "
        "تقيمها ينظم تنظم نظمت نظم تقيم يقيم أقامت أقام تستضيفه تنظمهما"
    )
)
_OPEN_VERBS = frozenset(_norms("افتتحه افتتحها افتتح افتتحت يفتتح دشن دشنه دشنها يدشن"))
_PREP_VERBS = frozenset(_norms("تستعد يستعد تعتزم يعتزم"))
_HONORIFIC_SEQS = [
    _norms(h)
    for h in (
        "صاحب السمو الملكي", "صاحب السمو", "صاحب المعالي", "صاحب الجلالة", "صاحب الفضيلة",
        "لصاحب السمو الملكي", "لصاحب السمو", "لصاحب الجلالة", "معالي", "سعادة", "فضيلة",
        "السامية", "الكريمة", "الكريم", "كريمة من", "من", "ل",
    )
]  # fmt: skip
_ROLE_NOUNS = frozenset(_norms("أمير وزير رئيس محافظ مدير أمين نائب عميد مستشار وكيل"))
_TITLES = frozenset(_norms("المهندس الدكتور د الأستاذ الشيخ الأمير معالي سعادة الدكتورة"))
_EN_RE = re.compile(
    r"\b(organi[sz]ed by|hosted by|under the patronage of|sponsored by)\s+"
    r"((?:the\s+)?(?:[A-Z][\w'’&-]*\s*){1,6})"
)


def _is_body_start(tok: Token) -> bool:
    for b in bases(tok.norm):
        if b in ORG_HEADS or (b.startswith("ال") and b[2:] in ORG_HEADS):
            return True
    return False


def _split_bodies(text: str, toks: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Split tokens lo..hi at "و" + body noun ("المجلس الإقليمي وشركة التنمية")."""
    parts: list[tuple[int, int]] = []
    start = lo
    for j in range(lo + 1, hi):
        norm = toks[j].norm
        if norm.startswith("و") and _is_body_start(Token(0, 0, norm[1:], norm[1:])):
            parts.append((start, j))
            start = j
    parts.append((start, hi))
    out = []
    for a, b in parts:
        s = toks[a].start
        if toks[a].norm.startswith("و") and a != lo:
            s = skip_letters(text, s, 1)
        s, e = trim(text, s, toks[b - 1].end)
        if e > s:
            out.append((s, e))
    return out


def _collect(text: str, toks: list[Token], k: int, person: bool) -> list[tuple[int, int]]:
    """The phrase(s) starting at token `k`, continuing over "، و<body>" lists."""
    out: list[tuple[int, int]] = []
    while k < len(toks):
        end = grow_phrase(text, toks, k, max_words=12 if person else 10, keep_waw=person)
        if end <= k:
            break
        if person:
            end = _cut_person(toks, k, end)
            if end < len(toks) - 2 and toks[end].text in ",،" and _role_then_title(toks, k, end):
                end = grow_phrase(text, toks, end + 1, max_words=8)
                out.append(trim(text, toks[k].start, toks[end - 1].end))
                break
            out.append(trim(text, toks[k].start, toks[end - 1].end))
        else:
            out.extend(_split_bodies(text, toks, k, end))
        nxt = end
        if nxt < len(toks) and toks[nxt].text in ",،" and nxt + 1 < len(toks):
            follow = toks[nxt + 1]
            if follow.norm.startswith("و") and _is_body_start(
                Token(0, 0, follow.norm[1:], follow.norm[1:])
            ):
                k = nxt + 1
                continue
        break
    fixed = []
    for s, e in out:
        if text.startswith("وال", s):
            s += 1
        fixed.append((s, e))
    return [span for span in fixed if span[1] - span[0] >= 3]


def _role_then_title(toks: list[Token], k: int, end: int) -> bool:
    """"وزير الصحة، المهندس خالد …": a role before the comma and a title after it."""
    return toks[k].norm in _ROLE_NOUNS and toks[end + 1].norm in _TITLES


def _cut_person(toks: list[Token], k: int, end: int) -> int:
    """End a person phrase before the role that follows the name ("… بن نايف أمير المنطقة")."""
    seen_name = False
    for j in range(k, end):
        norm = toks[j].norm
        if norm == "بن" or norm == "بنت":
            seen_name = True
        elif seen_name and j > k + 1 and toks[j - 1].norm not in ("بن", "بنت"):
            if norm in _ROLE_NOUNS or norm.startswith("ال") and norm[2:] in _ROLE_NOUNS:
                return j
    return end


def _skip_honorifics(toks: list[Token], k: int) -> int:
    changed = True
    while changed and k < len(toks):
        changed = False
        for seq in _HONORIFIC_SEQS:
            n = len(seq)
            if tuple(t.norm for t in toks[k : k + n]) == seq:
                k += n
                changed = True
                break
    return k


def find_bodies(text: str) -> list[BodyMention]:
    """Organizers, patrons, partners and openers stated in `text`, in text order."""
    toks = tokens(text)
    norms = [t.norm for t in toks]
    out: list[BodyMention] = []
    i = 0
    while i < len(toks):
        matched = False
        for cue, role in _CUES:
            n = len(cue)
            if tuple(norms[i : i + n]) != cue:
                continue
            k = _skip_honorifics(toks, i + n) if role == "patron" else i + n
            if k < len(toks) and toks[k].is_word:
                for s, e in _collect(text, toks, k, person=role == "patron"):
                    out.append(BodyMention(s, e, text[s:e], role))
            i += n
            matched = True
            break
        if matched:
            continue
        norm = norms[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if norm in _ORG_VERBS and nxt is not None and nxt.is_word and _is_body_start(nxt):
            for s, e in _collect(text, toks, i + 1, person=False):
                out.append(BodyMention(s, e, text[s:e], "organizer"))
        elif norm in _OPEN_VERBS and nxt is not None and nxt.is_word:
            k = _skip_honorifics(toks, i + 1)
            for s, e in _collect(text, toks, k, person=True)[:1]:
                out.append(BodyMention(s, e, text[s:e], "opener"))
        elif norm in _PREP_VERBS and nxt is not None and _is_body_start(nxt):
            end = grow_phrase(
                text, toks, i + 1, max_words=10, extra_stop=frozenset(_norms("لتنظيم لإقامة"))
            )
            if end < len(toks) and toks[end].norm in _norms("لتنظيم لإقامة"):
                s, e = trim(text, toks[i + 1].start, toks[end - 1].end)
                out.append(BodyMention(s, e, text[s:e], "organizer"))
        i += 1
    for m in _EN_RE.finditer(text):
        role = {"organi": "organizer", "hosted": "organizer", "under ": "patron"}.get(
            m.group(1)[:6].lower(), "partner"
        )
        s, e = trim(text, m.start(2), m.end(2))
        out.append(BodyMention(s, e, text[s:e], role))
    return out


__all__ = ["BodyMention", "find_bodies", "PHRASE_STOPS"]
