"""Follow-up questions in offline mode: carry the previous turn's subject into retrieval.

"ومتى تنعقد؟" after a question about the Casablanca forum names nothing to search for. With
no LLM to rewrite it, the offline mode appends the content words of the previous turn's
query to a short question that names nothing of its own.
"""

from __future__ import annotations

import re

from assistant.base import Turn
from assistant.offline.terms import question_terms
from assistant.offline.text import words
from language.analyzer import detect_language, normalize

MAX_OWN_TERMS = 2  # a question with this few content terms names no subject of its own
MAX_WITH_REFERENCE = 3  # ... or this few when it also points back ("it", "ها", "و…")
_EN_REFERENCES = re.compile(r"\b(?:it|its|they|them|their|this|that|these|the event|there)\b", re.I)
_AR_OPENERS = tuple(normalize(w) for w in ("و", "ف", "ثم", "وماذا", "وهل"))


def is_followup(question: str, history: list[Turn]) -> bool:
    """Whether the question leans on the previous turn for its subject. One that names a
    place the turn before did not ("أين يقام ملتقى بركان؟" after a question about Casablanca)
    has a subject of its own, however short it is, unless it asks the turn before's question
    of that place ("وماذا عن بركان؟")."""
    if not history:
        return False
    # the event readers build on the offline package: imported here, not at its import
    from assistant.events.questions import WHAT_ABOUT

    lang = detect_language(question)
    if not WHAT_ABOUT.match(question) and _names_new_place(question, lang, history[-1]):
        return False
    n_terms = len([t for t in question_terms(question, lang) if t.checkable or lang == "en"])
    if n_terms <= MAX_OWN_TERMS:
        return True
    return n_terms <= MAX_WITH_REFERENCE and _points_back(question, lang)


def _names_new_place(question: str, lang: str, before: Turn) -> bool:
    from assistant.events.match import question_words

    places = question_words(question, lang, ()).places
    if not places:
        return False
    said = f"{before.question} {before.query}"
    known = {k for w in question_words(said, detect_language(said), ()).words for k in w}
    return any(place.isdisjoint(known) for place in places)


def _points_back(question: str, lang: str) -> bool:
    if lang == "en":
        return bool(_EN_REFERENCES.search(question)) or question.lower().startswith(
            ("and ", "what about")
        )
    first = normalize(question).split()[:1]
    if first and first[0].startswith(_AR_OPENERS) and len(first[0]) > 2:
        return True
    # an attached pronoun on a content word: شعارها، منظمها، موعده
    return any(w.norm.endswith(("ها", "هم")) and len(w.norm) > 4 for w in words(question))


def carried_words(question: str, history: list[Turn]) -> str:
    """Content words of the previous turn's query that the follow-up does not already have."""
    prev = history[-1]
    source = prev.query or prev.question
    own = {k for t in question_terms(question, detect_language(question)) for k in t.alts}
    keep: list[str] = []
    for term in question_terms(source, detect_language(source)):
        if term.alts.isdisjoint(own) and term.label not in keep:
            keep.append(term.label)
    return " ".join(keep)


def contextualize(question: str, history: list[Turn]) -> str:
    """The retrieval query: the question itself, plus the previous subject for a follow-up."""
    if not is_followup(question, history):
        return question
    carried = carried_words(question, history)
    return f"{question} {carried}".strip() if carried else question
