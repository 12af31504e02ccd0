"""Word spans with offsets, their analyzer stems, and clause boundaries inside a sentence.

The offline answerer only ever quotes the articles, so everything here works on offsets into
the original text: a span is trimmed or picked by index, never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.arabic import STOPWORDS, analyze, normalize

# a word: letters/digits plus Arabic combining marks (which `\w` alone would split on)
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
# punctuation that ends a clause inside a sentence
CLAUSE_PUNCT = '،؛,;:()[]"«»“”\u2013\u2014-'
# quotes are not breaks: a quoted title or slogan is often the answer itself
_CLAUSE_BREAK = re.compile(r"\s*(?:[،؛,;:()\[\]]|\s[\u2013\u2014-]\s)\s*")
# words that open a new clause even without a comma (normalized forms)
_CLAUSE_OPENERS = frozenset(
    normalize(w)
    for w in [
        "حيث",
        "بينما",
        "كما",
        "لكن",
        "لكنه",
        "لكنها",
        "إذ",
        "فيما",
        "والذي",
        "والتي",
        "والذين",
        "وقال",
        "وأضاف",
        "وأشار",
        "وأوضح",
        "وأكد",
        "وذلك",
        "ولذلك",
        "وبالتالي",
        "which",
        "while",
        "whereas",
        "although",
        "because",
    ]
)


@dataclass(frozen=True)
class Word:
    """One word of a text: where it is, its normalized form and its analyzer stems."""

    start: int
    end: int
    norm: str
    stems: tuple[str, ...]
    keys: frozenset[str]  # forms a question word may match it by (see `word_keys`)

    @property
    def is_stop(self) -> bool:
        return not self.stems


@lru_cache(maxsize=200_000)
def word_stems(surface: str) -> tuple[str, ...]:
    """Analyzer stems of one word (empty for a stopword), cached: articles repeat words a lot."""
    return tuple(analyze(surface))


@lru_cache(maxsize=200_000)
def word_norm(surface: str) -> str:
    return normalize(surface)


def words(text: str) -> list[Word]:
    """The words of `text` with offsets into it."""
    out = []
    for m in _WORD.finditer(text):
        surface = m.group()
        stems = word_stems(surface)
        out.append(Word(m.start(), m.end(), word_norm(surface), stems, word_keys(surface)))
    return out


@lru_cache(maxsize=200_000)
def word_keys(surface: str) -> frozenset[str]:
    """The forms a word is matched by: its analyzer stems, and looser keys of them and of the
    word itself. The analyzer's light stemmer leaves attached prepositions (ببركان, بكبح),
    pronouns (أرسلهم) and verb prefixes (يسبب/تسبب) on; a question rarely uses the article's
    exact form, so matching is looser than indexing."""
    stems = word_stems(surface)
    if not stems:
        return frozenset()
    keys = set(stems)
    keys.update(loose_key(s) for s in stems)
    norm = word_norm(surface)
    if norm and not norm.isascii():
        keys.update(_strip_affixes(norm))
    return frozenset(k for k in keys if k)


_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ك", "ف")
_SUFFIXES = ("هما", "هم", "ها", "كم", "نا", "ات", "ون", "ين", "ان", "يه", "ه", "ي")


def _strip_affixes(norm: str) -> set[str]:
    """The word without one prefix (article or preposition) and, in a second key, one suffix;
    a dual or plural ending on a three-letter stem gives both forms (يومين → يومين, يوم)."""
    w = norm
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p) :]
            break
    out = {w}
    if w.endswith("ا") and len(w) >= 4:  # tanween alef: يوماً
        w = w[:-1]
        out.add(w)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            out.add(w[: -len(suffix)])
            break
    return out


@lru_cache(maxsize=200_000)
def loose_key(stem: str) -> str:
    """A stem without an attached pronoun or imperfect-verb prefix (يسبب/تسبب → سبب)."""
    if stem.isascii():
        return stem
    key = stem
    for suffix in ("هما", "هم", "هن", "كم", "نا", "ها"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            key = key[: -len(suffix)]
            break
    if len(key) >= 4 and key[0] in "يتن":
        key = key[1:]
    return key


def is_stopword(norm: str) -> bool:
    return norm in STOPWORDS


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence: split at commas, semicolons, colons,
    brackets, quotes and dashes, and before a few words that open a clause ("حيث", "كما")."""
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
    breaks += [
        (m.start(), m.start())
        for m in _WORD.finditer(text)
        if m.start() > 0 and word_norm(m.group()) in _CLAUSE_OPENERS
    ]
    spans: list[tuple[int, int]] = []
    pos = 0
    for a, b in sorted(breaks) + [(len(text), len(text))]:
        if a > pos:
            s, e = strip_span(text, pos, a)
            if e > s and _WORD.search(text, s, e):
                spans.append((s, e))
        pos = max(pos, b)
    return spans


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow (start, end) so the span neither starts nor ends with spaces or dangling punctuation."""
    while start < end and (text[start].isspace() or text[start] in CLAUSE_PUNCT + ".!?؟"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in CLAUSE_PUNCT):
        end -= 1
    return start, end


def word_count(text: str) -> int:
    return len(text.split())
