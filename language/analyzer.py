"""One text analyzer for Arabic (and some English), shared by the keyword index and the metrics.

Documents and queries must go through exactly the same steps, or a word in a question will not
match the same word in an article. `analyze` is that single path: `normalize` → `tokenize` →
drop `STOPWORDS` → `stem`.

Decisions, measured on the XQuAD-ar paragraphs (BM25, 1,190 questions, shared/bench/xquad-ar):

- Hamza carriers ؤ and ئ become a bare hamza ء, so the spelling variants مسؤول/مسئول and
  شؤون/شئون meet; on XQuAD the choice (ء, or ؤ→و ئ→ي, or keep) changes nothing, so the one that
  merges real variants wins. Alef forms become ا, ى → ي, ة → ه.
- Stemming: the Snowball Arabic stemmer over-stems names and months (فبراير→راير, بركان→ركان,
  يونيو→يون, المملكة→ممل) and is inconsistent (ذكي→ذك but الذكية→الذك), so Arabic words get a
  light stemmer in the style of Light10 (Larkey et al.) instead: strip و (a root و too, as in
  وزير → زير, but alike in every form), one article (ال، بال، لل ...) and a few suffixes; a suffix never leaves fewer than three letters and ان/ين/ون are
  never cut off a three-letter word (بركان, البحرين, لبنان stay whole). BM25 on XQuAD: R@5 0.972,
  MRR@10 0.927, against 0.968/0.911 for Snowball and 0.934/0.868 with no stemming. Latin words
  get the English Snowball stemmer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

# --- normalization ---------------------------------------------------------------------------

_CHAR_MAP = str.maketrans(
    {
        # alef forms (hamza above/below, madda, wasla, rare variants) -> bare alef
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ٵ": "ا",
        # hamza on a seat -> bare hamza (see module docstring)
        "ؤ": "ء",
        "ئ": "ء",
        "ٶ": "ء",
        "ٸ": "ء",
        "ى": "ي",
        "ة": "ه",
        # Persian keyboard letters that turn up in Arabic text
        "ک": "ك",
        "ی": "ي",
        "ۀ": "ه",
        "ہ": "ه",
        # Arabic decimal separator; kept only between digits (see _DECIMAL_RE)
        "٫": ".",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
    }
)

# Deleted outright (not turned into a space): tatweel, and Quranic marks that are not combining
# marks (small waw/yeh, end-of-ayah and rub-el-hizb signs). Combining marks (harakat, tanwin,
# shadda, sukun, superscript alef, most Quranic annotations) go with the Mn category below.
_DELETE_RE = re.compile("[\u0640\u06dd\u06de\u06e5\u06e6\u06e9]")
_DECIMAL_RE = re.compile(r"(?<=\d)\.(?=\d)")
_DECIMAL_MARK = "\x00"  # placeholder that survives the punctuation pass
_WHITESPACE_RE = re.compile(r"\s+")


def _clean_char(ch: str) -> str:
    """Map one character of the decomposed text: keep letters/digits, drop marks, else space."""
    if ch.isalnum() or ch == _DECIMAL_MARK:
        return ch
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):  # diacritics, zero-width joiners, bidi controls
        return ""
    return " "


def normalize(text: str) -> str:
    """Search form of `text`: no diacritics or tatweel, unified letters, ASCII digits, lower case.

    Punctuation becomes a space and whitespace is collapsed; a `.` between two digits is kept so
    that 2.5 stays one number. Idempotent: normalize(normalize(x)) == normalize(x).
    """
    if not text:
        return ""
    # NFKC first: presentation forms from PDFs (ﻻ, ﺅ, ﻯ) become ordinary letters that the map
    # below knows; then NFKD splits accented letters so that harakat and Latin accents can be
    # dropped as combining marks.
    text = unicodedata.normalize("NFKC", text).casefold().translate(_CHAR_MAP)
    text = _DELETE_RE.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    text = _DECIMAL_RE.sub(_DECIMAL_MARK, text)
    text = "".join(_clean_char(ch) for ch in text).translate(_CHAR_MAP)
    text = text.replace(_DECIMAL_MARK, ".")
    return _WHITESPACE_RE.sub(" ", text).strip()


# --- tokens ----------------------------------------------------------------------------------

_ARABIC_LETTERS = (
    "\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff"
)
_ARABIC_RE = re.compile(f"[{_ARABIC_LETTERS}]")
# A number (with decimals), a run of Arabic letters, or a run of other letters: a word that
# mixes scripts (2025م, ENIADالمدرسة) is split where the script changes.
_TOKEN_RE = re.compile(rf"\d+(?:\.\d+)*|[{_ARABIC_LETTERS}]+|[^\W\d_{_ARABIC_LETTERS}]+")
# a name in Latin letters: capitalised words in a row, a number allowed after the first
# ("the South Bank Show Awards", "ITEX 2015")
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'&.-]*(?:\s+[A-Z0-9][\w'&.-]*)+")


def capitalised_runs(question: str) -> list[list[str]]:
    """The words of each `CAPITALISED_RUN` of a question, without the question's first word,
    which is capitalised as a first word ("Which", "Forum …"), not as part of a name."""
    lead = len(question) - len(question.lstrip())
    return [
        m.group(0).split()[1:] if m.start() == lead else m.group(0).split()
        for m in CAPITALISED_RUN.finditer(question)
    ]


def tokenize(text: str) -> list[str]:
    """Normalized word tokens: Arabic words, Latin words (ENIAD → eniad), numbers (2025, 2.5)."""
    return _TOKEN_RE.findall(normalize(text))


# --- stopwords -------------------------------------------------------------------------------

_ARABIC_STOPWORDS = """
في من إلى الى على عن مع منذ حتى لدى عند عندما بين قبل بعد خلال ضمن حول
هذا هذه ذلك تلك هذان هاتان هؤلاء أولئك هنا هناك
الذي التي الذين اللذان اللتان اللواتي اللاتي التى
و ف ثم أو أم بل لكن ولكن أن إن كأن لأن بأن
كان كانت يكون تكون كانوا ليس ليست قد لقد تم يتم
ما ماذا لا لم لن هل كيف متى أين لماذا كم أي أيضا كما كذلك فقط إذا إذ حيث حين أما إما
هو هي هم هن هما أنا نحن أنت أنتم
كل بعض غير سوى ذات ذو مثل
به بها له لها لهم لهن فيه فيها منه منها عليه عليها إليه إليها عنه عنها
"""
# و attaches to the next word; the joined forms (وفي، ومن، وهذا ...) are stopwords too.
_ARABIC_WITH_WAW = """
في من إلى على عن مع هذا هذه ذلك تلك التي الذي الذين أن إن كان كانت قد لا لم لن ما هو هي هم
كما أيضا حيث كل بين عند بعد قبل منذ حتى هذان هناك
"""
_ENGLISH_STOPWORDS = """
a an the and or but if then else of at by for with about against between into through during
before after above below to from up down in out on off over under again further once here there
when where why how all any both each few more most other some such no nor not only own same so
than too very s t can will just should now is are was were be been being have has had having do
does did doing i me my we our ours you your yours he him his she her hers it its they them their
theirs what which who whom this that these those am would could also as per via
"""


def _build_stopwords() -> frozenset[str]:
    words = set(_ARABIC_STOPWORDS.split()) | set(_ENGLISH_STOPWORDS.split())
    words |= {"و" + w for w in _ARABIC_WITH_WAW.split()}
    return frozenset(normalize(w) for w in words)


STOPWORDS: frozenset[str] = _build_stopwords()
"""Normalized stopwords (Arabic function words, their و-forms, and common English ones)."""

# --- stemming --------------------------------------------------------------------------------

# Article-like prefixes, longest first; the number is the fewest letters that must remain.
_PREFIXES = (("وال", 3), ("بال", 3), ("كال", 3), ("فال", 3), ("لل", 2), ("ال", 2))
# Suffixes, tried once each in this order (as in Light10); ان/ين/ون need four letters left so
# that names such as بركان, البحرين, لبنان and words such as قانون are not cut.
_SUFFIXES = (
    ("ها", 3),
    ("ان", 4),
    ("ات", 3),
    ("ون", 4),
    ("ين", 4),
    ("يه", 3),
    ("ه", 3),
    ("ي", 3),
)


def _strip_waw(word: str) -> str:
    # و is the conjunction or the word's first letter (وزير); it goes whenever three letters
    # stay, before and after the article, so وزير, الوزير and ووزير all stem alike (زير).
    while len(word) >= 4 and word[0] == "و" and not word.startswith("وال"):
        word = word[1:]
    return word


def _stem_arabic(word: str) -> str:
    word = _strip_waw(word)
    for prefix, keep in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= keep:
            word = _strip_waw(word[len(prefix) :])
            break
    for suffix, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def _english_stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Light stem of one token: Arabic light stemming, English Snowball, numbers kept.

    The token is normalized first (a no-op for tokens from `tokenize`), so المدينة and مدينه meet.
    """
    token = normalize(token)
    if not token or token[0].isdigit():
        return token
    if _ARABIC_RE.search(token):
        return _stem_arabic(token)
    return _english_stemmer().stemWord(token)


def analyze(text: str) -> list[str]:
    """The index/query terms of `text`: tokens without stopwords or lone letters, stemmed."""
    return [
        stem(tok)
        for tok in tokenize(text)
        if tok not in STOPWORDS and (len(tok) > 1 or tok.isdigit())
    ]


# --- language --------------------------------------------------------------------------------


def detect_language(text: str) -> str:
    """The language of `text`, "ar" or "en": by script, and for mixed text by its function words.

    Text in one script is that language. Text that mixes scripts (an Arabic question about
    "Smart City Expo", an English one naming ملتقى المدينة الذكية) goes by which language has more
    stopwords in it, and on a tie by the share of Arabic letters (at least half → "ar"). Text with
    no letters at all is "ar": Arabic is the corpus's main language.
    """
    arabic = other = 0
    for ch in text:
        if _ARABIC_RE.match(ch):
            arabic += 1
        elif ch.isalpha():
            other += 1
    if not other:
        return "ar"
    if not arabic:
        return "en"
    arabic_function = english_function = 0
    for tok in tokenize(text):
        if tok in STOPWORDS:
            if _ARABIC_RE.match(tok):
                arabic_function += 1
            else:
                english_function += 1
    if arabic_function != english_function:
        return "ar" if arabic_function > english_function else "en"
    return "ar" if arabic >= other else "en"
