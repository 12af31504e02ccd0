"""Yes/no questions about where or when an event is held: "هل يقام ملتقى بركان في تونس؟",
"Is the Casablanca forum held in June?".

Such a question states a place or a time and asks whether it is the event's. It is answered
as the where/when question of the same event ("أين يقام ملتقى بركان؟"), led by yes or no when
the card tells: "لا — مقر عمالة إقليم بركان، المغرب «…» [1]". The articles say where it is; a
refusal ("no article says it is in Tunisia") would hide that they answer the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.events.match import card_place_keys, question_words
from assistant.events.questions import asked_time, mentions_an_activity
from ingest.events.card import EventCard
from ingest.events.places import place_of_word
from ingest.events.spans import word_set
from language.analyzer import normalize

_AR_ASKS = re.compile(r"^\s*[وف]?هل\s+")
_EN_ASKS = re.compile(r"^\s*(?:is|was|will|does|did|are|were)\s+", re.IGNORECASE)
# what introduces the place claimed ("في تونس", "بالمغرب", "in Tunisia")
_AR_IN = word_set("في فى داخل")
_EN_IN = frozenset(("in", "at"))
# the words a time is claimed in, taken out of the where/when question asked in its place
_AR_TIME_WORDS = word_set("شهر عام سنة العام خلال")
_EN_TIME_WORDS = frozenset(("in", "on", "during", "the", "month", "of", "year"))
_YES = {"ar": "نعم", "en": "Yes"}
_NO = {"ar": "لا", "en": "No"}


@dataclass
class Claim:
    """What a yes/no question states: a place or a time, and the question to ask instead."""

    field: str  # "place" or "date"
    asked: str  # the where/when question of the same event
    places: list[frozenset[str]]
    year: int | None = None
    month: int | None = None


def read_claim(question: str, lang: str, today: date) -> Claim | None:
    """The claim of a yes/no question about an event's place or time, else None."""
    m = (_EN_ASKS if lang == "en" else _AR_ASKS).match(question)
    if m is None:
        return None
    words = re.sub(r"[؟?]+\s*$", "", question[m.end() :]).split()
    where = _claimed_place(words, lang)
    if where is not None:
        at, places = where
        if not mentions_an_activity(" ".join(words[:at])):
            return None  # "هل شاركت السعودية في قمة البحرين": taking part, not where
        event = " ".join(words[:at])
        asked = f"Where is {event}?" if lang == "en" else f"أين {_held(words)}{event}؟"
        return Claim("place", asked, places)
    year, month, _ = asked_time(question, lang, today)
    if year is None and month is None:
        return None
    kept = [w for w in words if not _time_word(w, lang, year, month)]
    if not mentions_an_activity(" ".join(kept)):
        return None
    event = " ".join(kept)
    asked = f"When is {event}?" if lang == "en" else f"متى {_held(kept)}{event}؟"
    return Claim("date", asked, [], year, month)


def _claimed_place(words: list[str], lang: str) -> tuple[int, list[frozenset[str]]] | None:
    """Where the place phrase the question ends with starts, and its places: "في تونس",
    "بالمغرب", "in Tunisia"."""
    ins = _EN_IN if lang == "en" else _AR_IN
    for i in range(len(words) - 1, 0, -1):
        word = words[i].lower() if lang == "en" else normalize(words[i])
        if word in ins:
            phrase, at = " ".join(words[i + 1 :]), i
        elif lang != "en" and word.startswith("ب") and i == len(words) - 1:
            phrase, at = words[i], i  # "بالمغرب": the place with its preposition
        else:
            continue
        places = question_words(phrase, lang, ()).places
        return (at, places) if places and at >= 2 else None
    return None


_HELD = word_set("يقام تقام يعقد تعقد ينعقد تنعقد سيقام ستقام سيعقد ستعقد أقيم أقيمت عقد عقدت")


def _held(words: list[str]) -> str:
    """The verb to ask "where/when" with, unless the question's own comes first."""
    return "" if words and normalize(words[0]) in _HELD else "يقام "


def _time_word(word: str, lang: str, year: int | None, month: int | None) -> bool:
    """A word of the time claimed: its year, its month, or a word introducing them."""
    norm = word.lower() if lang == "en" else normalize(word)
    if year is not None and str(year) in norm:
        return True
    if month is not None and asked_time(word, lang)[1] == month:
        return True
    return norm in (_EN_TIME_WORDS if lang == "en" else _AR_TIME_WORDS) or (
        lang != "en" and norm in _AR_IN
    )


def _held_in(place: frozenset[str], card: EventCard) -> bool | None:
    """Whether the card is held in a place the question names; None when it cannot tell (a
    town of the card's country, the card naming no town)."""
    if place & card_place_keys(card):
        return True
    where = {p for k in place if (p := place_of_word(k)) is not None}
    if not where or not (card.city or card.country):
        return None
    if card.city:
        return False  # another town, or a country its town is not in
    if any(town is not None and code == card.country for code, town in where):
        return None
    return False


def verdict(claim: Claim, card: EventCard, lang: str) -> str | None:
    """Yes or no, in the question's language, when the card tells; else None."""
    if claim.field == "place":
        held = [_held_in(place, card) for place in claim.places]
        if None in held:
            return None
        return (_YES if all(held) else _NO)["en" if lang == "en" else "ar"]
    start = card.start_date or ""
    if not start or (claim.month is not None and len(start) < 7):
        return None
    same = (claim.year is None or start[:4] == str(claim.year)) and (
        claim.month is None or int(start[5:7]) == claim.month
    )
    end = card.end_date or ""
    if not same and claim.month is not None and len(end) >= 7:
        same = int(end[5:7]) == claim.month and (claim.year is None or end[:4] == str(claim.year))
    return (_YES if same else _NO)["en" if lang == "en" else "ar"]
