"""People an article names with their role: who spoke, who opened the event.

News introduces a speaker in two fixed orders, and both are read here:
role first, "وأكدت وزيرة التضامن والادماج الاجتماعي والأسرة، عواطف حيار، …";
name first, "قال السيد محمد الجواهري، المدير العام لشركة الدار البيضاء للتنشيط …:".
An opener ("افتتحه معالي أمين المحافظة الدكتور سالم بن علي الحربي") is split at the
title before the name (الدكتور، المهندس …) into role and name. Values are the article's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SAY = (
    r"(?:و?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أبرز|أبرزت|أضاف|أضافت|لفت|لفتت)"
    r"(?: من جهته| من جهتها)?)"
)
_ROLE_HEAD = (
    r"(?:ال)?(?:وزير|وزيرة|رئيس|رئيسة|عامل|محافظ|أمين|مدير|مديرة|نائب|عميد|سفير|مساعد|"
    r"مستشار|وكيل|الأمين العام|المدير العام|عمدة|والي)"
)
_TITLE = r"(?:السيد|السيدة|الدكتور|الدكتورة|د\.|المهندس|الأستاذ|الأستاذة|الشيخ)"
_NAME = r"[^\s،,.:؛\d«»\"]+(?: [^\s،,.:؛\d«»\"]+){1,4}"
_ROLE_FIRST = re.compile(
    _SAY
    + r"\s+(?P<role>"
    + _ROLE_HEAD
    + r"[^،,.:؛\n]{2,90}?)[،,]\s*(?P<name>"
    + _NAME
    + r")\s*[،,:]"
)
_NAME_FIRST = re.compile(
    _SAY
    + r"\s+(?:"
    + _TITLE
    + r"\s+)?(?P<name>"
    + _NAME
    + r")[،,]\s*(?P<role>"
    + _ROLE_HEAD
    + r"[^،,.:؛\n]{2,90}?)\s*[،,:.]"
)
# "قال الرئيس الكيني … إن تنظيم هذه القمة، …": what follows "إن/أن" is the speech, so a role
# that holds one ran past the speaker
_SAID_THAT = re.compile(r"(?:^|\s)(?:إن|أن|بأن|إنه|أنه|إنها|أنها)(?=\s|$)")
_TITLE_SPLIT = re.compile(r"\s(?=" + _TITLE + r"\s)")


@dataclass(frozen=True)
class PersonMention:
    """A person with the role the article gives; `start:end` spans both in the text."""

    start: int
    end: int
    name: str
    role: str


def find_people(text: str) -> list[PersonMention]:
    """Speakers introduced with their role, in text order (each person once)."""
    found: dict[str, PersonMention] = {}
    for pattern in (_ROLE_FIRST, _NAME_FIRST):
        for m in pattern.finditer(text):
            name, role = m.group("name").strip(), m.group("role").strip()
            if _SAID_THAT.search(role):  # the role ran on into what was said: no comma met
                continue
            start = min(m.start("name"), m.start("role"))
            end = max(m.end("name"), m.end("role"))
            found.setdefault(name, PersonMention(start, end, name, role))
    return sorted(found.values(), key=lambda p: p.start)


def split_role(phrase: str) -> tuple[str, str]:
    """(name, role) of "أمين محافظة جدة الدكتور هاني …": the role is what precedes the title."""
    parts = _TITLE_SPLIT.split(phrase, maxsplit=1)
    if len(parts) == 2 and re.match(_ROLE_HEAD, parts[0]):
        return parts[1], parts[0]
    return phrase, ""
