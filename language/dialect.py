"""Colloquial Arabic question words read as the standard ones.

People ask in the Arabic they speak: "وين يقام ملتقى بركان؟" (Gulf, Levant), "فين" (Egypt,
Morocco), "منو/مين/شكون" (who), "إمتى/وقتاش/فوقاش" (when), "شنو/إيش/شو" (what),
"قديش/كام/شحال" (how many), "اللي" (which, relative). Every reader of questions (the cards'
parser, the sentence picker's question type, retrieval) knows the standard words, so a
question is given to them with its colloquial interrogatives replaced; the person still sees
their own words.

Only whole words are replaced, with an attached و/ف kept ("ووين" → "وأين"); a word that is
also a standard word in news text is left alone.
"""

from __future__ import annotations

import re

from language.analyzer import normalize

# colloquial word -> the standard word it asks with
_STANDARD: dict[str, str] = {}
for _words, _word_of in (
    ("وين فين فاين وينه فينه", "أين"),
    ("منو مين شكون اشكون", "من"),
    ("امتى إمتى ايمتى إيمتى امتا إمتا وقتاش فوقاش ايمته إيمته", "متى"),
    ("شنو شنهو شنهي شو ايش إيش اش شنوه", "ما"),
    ("قديش قداش كام شحال", "كم"),
    ("اللي إللي", "الذي"),
    ("ليش ليه علاش لويش", "لماذا"),
    ("واش", "هل"),
):
    for _word in _words.split():
        _STANDARD[normalize(_word)] = _word_of

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+")
# words that begin with و/ف of their own: never read as a conjunction and a colloquial word
_OWN_FIRST_LETTER = frozenset(normalize(w) for w in ("وين", "فين", "فاين", "وينه", "فينه"))


def _standard(word: str) -> str | None:
    key = normalize(word)
    if key in _STANDARD:
        return _STANDARD[key]
    if key[:1] in "وف" and key not in _OWN_FIRST_LETTER and key[1:] in _STANDARD:
        return word[0] + _STANDARD[key[1:]]  # "ووين" -> "وأين", "فمين" -> "فمن"
    return None


def standard_question(question: str) -> str:
    """`question` with its colloquial Arabic question words replaced by the standard ones
    ("وين يقام ملتقى بركان؟" → "أين يقام ملتقى بركان؟"); any other text unchanged."""
    out: list[str] = []
    last = 0
    before = ""
    for m in _WORD.finditer(question):
        word = _standard(m.group()) or m.group()
        if word == "الذي" and before.endswith("ة"):
            word = "التي"  # "الجهة اللي نظمت": the relative agrees with its noun
        out += [question[last : m.start()], word]
        last, before = m.end(), m.group()
    return "".join([*out, question[last:]])
