"""The words of a question that a supporting sentence should contain, and what missing them means.

Arabic questions give their content words, with the English the glossary gives for them
(an English article says "award" where the question says "جائزة"). English questions give
the Arabic forms of the words the glossary knows beside the English word itself (for Arabic
and English articles alike), plus numbers and Latin names (which articles sometimes quote as
is); the words of a Latin name count as one. Each term has a role that the refusal decision
reads:

- "entity": a place name (from a small gazetteer); if no retrieved passage has it, the
  question is about something the articles do not cover (the Dubai summit).
- "soft": an event verb (تقام، ينعقد، يرعى، held) that articles phrase in many ways; finding
  it is evidence, missing it is not.
- "english": an English word the glossary does not know; checkable only against an English
  article (see refusal.evidence_of).
- "content": everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.offline.glossary import arabic_forms, english_words, is_place
from assistant.offline.text import word_keys, words
from language.analyzer import capitalised_runs, normalize

# interrogatives and words that say what is asked, not what it is about
_QUESTION_WORDS = (
    "متى أين كم من ما ماذا لماذا كيف هل أي أية ماهو ماهي ماسم اسم عدد هو هي الذي التي تم يتم "
    "who whom whose what when where which why how many much name is are was were did does do will"
)
# event verbs: how an article says that a summit happens, is organised, sponsored, opened
_SOFT_WORDS = (
    "تقام يقام أقيم أقيمت تقيم يقيم سيقام ستقام ينعقد تنعقد انعقد انعقدت سينعقد ستنعقد يعقد تعقد "
    "عقد عقدت سيعقد ستعقد تنظم ينظم نظم نظمت سينظم ستنظم ينظمها تنظمها يرعى ترعى رعى يحتضن تحتضن "
    "احتضن احتضنت يستضيف تستضيف استضاف انطلق انطلقت تنطلق ينطلق ستنطلق يشارك تشارك شارك حضر "
    "يحضر استمر استمرت يستمر تستمر يدوم تدوم دام افتتح افتتحت افتتحه افتتحها دشن دشنت يكون "
    "تكون جرى جرت تجري يجري تمت يتناول تناول يناقش تناقش ناقش يتضمن تتضمن يبلغ تبلغ بلغ بلغت "
    "هدف الهدف يهدف تهدف غرض الغرض"
)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Term:
    """One thing the question mentions: the keys any of which counts as a match."""

    alts: frozenset[str]
    label: str
    role: str = "content"  # content | soft | entity
    # the Latin name this word is one of ("South Bank Show"): a name's words count as one
    name: str | None = None

    @property
    def checkable(self) -> bool:
        """Whether the articles lacking this term is evidence that they lack the answer."""
        return self.role not in ("soft", "english")

    @property
    def crosses(self) -> bool:
        """Whether an English sentence can hold it: a Latin word, a number, or an Arabic word
        the glossary translates."""
        return any(a.isascii() for a in self.alts)


def _latin_names(question: str) -> dict[str, str]:
    """Each word of a Latin name in the question that the glossary does not translate (a
    name's own words: "South", "Bank") → the name; a question's first word is not one."""
    out: dict[str, str] = {}
    for run in capitalised_runs(question):
        own = [w for w in run if not arabic_forms(normalize(w))]
        if len(own) >= 2:
            for w in own:
                out.setdefault(normalize(w), " ".join(own))
    return out


@lru_cache(maxsize=1)
def _question_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in _QUESTION_WORDS.split())


def _is_question_word(norm: str) -> bool:
    """An interrogative, also with و/ف/ب/ل attached ("ومتى", "وكم", "بماذا")."""
    qw = _question_words()
    return norm in qw or (len(norm) > 2 and norm[0] in "وفبل" and norm[1:] in qw)


@lru_cache(maxsize=1)
def _soft_keys() -> frozenset[str]:
    return frozenset(k for w in _SOFT_WORDS.split() for k in word_keys(w))


def question_terms(question: str, lang: str = "ar") -> list[Term]:
    """The content terms of a question, in order, without duplicates."""
    soft = _soft_keys()
    out: list[Term] = []
    seen: set[frozenset[str]] = set()
    names = _latin_names(question)
    for w in words(question):
        if not w.keys or _is_question_word(w.norm):
            continue
        forms = arabic_forms(w.norm) if lang == "en" and w.norm.isascii() else None
        english = english_words(w.keys) if not w.norm.isascii() else frozenset()
        if forms:
            # the Arabic forms, and the word itself: an English article spells it in English
            keys = frozenset(k for f in forms.split() for k in word_keys(f)) | w.keys
            role = "entity" if is_place(w.norm) else ("soft" if keys & soft else "content")
        else:
            keys = w.keys
            if w.norm.isascii() and lang == "en" and not _NUMBER.match(w.norm):
                # an English word the glossary lacks: an Arabic article spells it in Arabic, so
                # missing it says nothing there; an English article should have it
                role = "english"
            elif keys & soft:
                role = "soft"
            elif is_place(w.norm):
                role = "entity"
            else:
                role = "content"
        if english:  # an English article writes it in English
            keys = keys | frozenset(k for e in english for k in word_keys(e))
        if keys and keys not in seen:
            seen.add(keys)
            out.append(Term(keys, w.norm, role, names.get(w.norm)))
    return out


def term_in(term: Term, keys: frozenset[str]) -> bool:
    """Whether any form of the term occurs among a text's word keys."""
    return not term.alts.isdisjoint(keys)
