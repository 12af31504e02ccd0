"""Word spans with offsets, their analyzer stems, and clause boundaries inside a sentence.

The offline answerer only ever quotes the articles, so everything here works on offsets into
the original text: a span is trimmed or picked by index, never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from language.analyzer import STOPWORDS, analyze, normalize

# a word: letters/digits plus Arabic combining marks (which `\w` alone would split on)
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
# punctuation that ends a clause inside a sentence
CLAUSE_PUNCT = '،؛,;:()[]"«»“”\u2013\u2014-'
# quotes are not breaks: a quoted title or slogan is often the answer itself
_CLAUSE_BREAK = re.compile(r"\s*(?:[،؛,;:()\[\]]|\s[\u2013\u2014-]\s)\s*")
# words that open a new clause even without a comma (normalized forms)
CLAUSE_OPENERS = frozenset(
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
        keys.update(stem for k in tuple(keys) if (stem := _verbal_noun_stem(k)))
    return frozenset(k for k in keys if k)


def _verbal_noun_stem(key: str) -> str | None:
    """The stem a verbal noun shares with its verb's present tense, for the derived forms that
    open with alef (انفعال، افتعال، استفعال): the noun less that alef and the long alef before
    its last letter, as the present tense less its prefix (`loose_key`): اختتام and يختتم give
    ختتم, انعقاد and ينعقد give نعقد. "متى يختتم المهرجان؟" is answered by "حفل الاختتام يوم
    …". The past tense (افتتح) keeps to its own forms: "من افتتح …؟" asks who did it, which a
    noun ("افتتاح المعرض") seldom says."""
    if len(key) < 6 or key[0] != "ا" or key[-2] != "ا":
        return None
    if not (key[1] == "ن" or key[2] in "تط" or key[1:3] == "ست"):  # انفعال، افتعال، استفعال
        return None
    return key[1:-2] + key[-1]


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
    if len(key) >= 5 and key[0] == "س" and key[1] in "يتن":
        key = key[1:]  # the future's "س" before the prefix: "سيعقد" as "يعقد"
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
        if m.start() > 0 and word_norm(m.group()) in CLAUSE_OPENERS
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


# what ends a clause before a quote may start: a reader accepts a quote that starts after these
CLAUSE_ENDS = "،؛,;:.!?؟\u2013\u2014\n"
BRACKETS = {"(": ")", "[": "]", "«": "»", "“": "”"}
CLOSERS = {v: k for k, v in BRACKETS.items()}
REACH = 80  # characters a quote may grow by to take in the other half of a bracket pair
CLAUSE_REACH = 8  # words a quote may grow by backwards to start where its clause starts


def starts_clause(text: str, start: int) -> bool:
    """Whether a quote starting at `start` of sentence `text` starts a sentence or a clause."""
    before = text[:start].rstrip()
    if not before or before[-1] in CLAUSE_ENDS or before.endswith(" -"):
        return True
    first = _WORD.match(text, start)
    return first is not None and word_norm(first.group()) in CLAUSE_OPENERS


def ends_clause(text: str, end: int) -> bool:
    """Whether a quote ending at `end` of sentence `text` ends where its clause ends."""
    after = text[end:].lstrip()
    if not after or after[0] in CLAUSE_ENDS or after.startswith("- "):
        return True
    nxt = _WORD.match(after)
    return nxt is not None and word_norm(nxt.group()) in CLAUSE_OPENERS


def unbalanced(text: str) -> list[int]:
    """Offsets of the brackets and quote marks in `text` that have no partner inside it."""
    stack: list[int] = []
    lone: list[int] = []
    straight: list[int] = []
    for i, ch in enumerate(text):
        if ch in BRACKETS:
            stack.append(i)
        elif ch in CLOSERS:
            if stack and text[stack[-1]] == CLOSERS[ch]:
                stack.pop()
            else:
                lone.append(i)
        elif ch == '"':
            straight.append(i)
    return sorted(lone + stack + (straight[-1:] if len(straight) % 2 else []))


def quote_span(text: str, start: int, end: int, grow: bool = True) -> tuple[int, int]:
    """`strip_span`, then grown back to its clause's start when that is a few words away (with
    `grow`), and with every bracket or quote mark either given its partner or left out."""
    start, end = strip_span(text, start, end)
    start, end = _whole_names(text, *_balance(text, start, end))
    if not grow:
        return start, end
    if start < end and text[start] in BRACKETS and not starts_clause(text, start):
        word = _word_start_before(text, start, 1)  # "(10- 11 )" belongs to the word before it
        if word is not None:
            start = word
    if not starts_clause(text, start):
        for back in range(1, CLAUSE_REACH + 1):
            cut = _word_start_before(text, start, back)
            if cut is None:
                break
            if starts_clause(text, cut):
                start, end = _balance(text, *strip_span(text, cut, end))
                break
    return start, end


# an English sentence that opens by pointing back: "The soap beat …", "It was …" (group 1:
# the noun pointed back with)
POINTS_BACK = re.compile(r"(?:the|this|that)\s+(\w+)|(?:it|he|she|they)\b", re.I)
_CAPITALISED = re.compile(r"[A-Z][\w'&.-]*")
NAME_REACH = 4  # words a quote grows by to keep a Latin name whole


def _whole_names(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote that starts or ends inside a Latin name ("… Abbott got" of "Paul Abbott got")
    grown to hold the whole name."""
    if start < end and _CAPITALISED.match(text, start):
        for _ in range(NAME_REACH):
            before = list(_CAPITALISED.finditer(text, max(0, start - 40), start))
            if not before or text[before[-1].end() : start].strip():
                break
            start = before[-1].start()
    if start < end and re.search(r"[A-Z][\w'&.-]*$", text[start:end]):
        for _ in range(NAME_REACH):
            after = re.match(r"\s+([A-Z][\w'&.-]*)", text[end:])
            if after is None:
                break
            end += after.end()
    return start, end


def _word_start_before(text: str, start: int, n: int) -> int | None:
    found = [m.start() for m in _WORD.finditer(text, 0, start)]
    return found[-n] if len(found) >= n else None


def _balance(text: str, start: int, end: int) -> tuple[int, int]:
    for _ in range(6):  # each round settles one mark; a few are enough for any real quote
        lone = unbalanced(text[start:end])
        if not lone:
            break
        pos = start + lone[0]
        mark = text[pos]
        if mark in BRACKETS or (mark == '"' and text[:pos].count('"') % 2 == 0):
            close = BRACKETS.get(mark, mark)
            after = text.find(close, end, end + REACH)
            if after >= 0:
                end = after + 1
            elif pos - start <= end - pos:
                start = pos + 1
            else:
                end = pos
        else:
            opener = CLOSERS.get(mark, mark)
            before = text.rfind(opener, max(0, start - REACH), start)
            if before >= 0:
                start = before
            elif end - pos <= pos - start:
                end = pos
            else:
                start = pos + 1
        start, end = _strip_keep_marks(text, start, end)
    return start, end


def _strip_keep_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """`strip_span` that keeps a bracket or quote mark at either edge (it has its partner)."""
    marks = set(BRACKETS) | set(CLOSERS) | {'"'}
    while start < end and (text[start].isspace() or text[start] in CLAUSE_PUNCT + ".!?؟"):
        if text[start] in marks:
            break
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in CLAUSE_PUNCT):
        if text[end - 1] in marks:
            break
        end -= 1
    return start, end
