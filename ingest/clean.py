"""Clean article text for display and indexing; the caller keeps the raw text.

Cleaning keeps what a reader needs (diacritics, punctuation, paragraphs) and drops what a site
or a PDF extractor added: social-link and newsletter lines, widget names, edit stamps, repeated
headlines, and the letter damage PDF extraction does to Arabic (see `repair_pdf_damage`).
"""

from __future__ import annotations

import re
import unicodedata

from language.analyzer import normalize

# --- PDF damage ------------------------------------------------------------------------------
#
# Extractors that mishandle the lam-alef ligature (لا, لأ, لإ, لآ) write its two letters in
# visual order, alef first: الانتقال comes out as االنتقال, للاستجابة as لالستجابة, فضلا as
# فضال, and the word لا as ال. They also put a damma before the letter that carries it: يُعد
# comes out as ُيعد, sometimes with the damma left alone between spaces.

_AR = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"  # Arabic letters (no tatweel, no marks)
_AR_STEM = "\u0621\u0624\u0626\u0628-\u063a\u0642-\u0647\u064a"  # no alef, و, ف, ى
_MARKS = "\u064b-\u065f\u0670"  # harakat, tanwin, shadda, sukun, superscript alef
_ALEFS = "اأإآ"
_DAMMA = "\u064f"
_START = rf"(?<![{_AR}{_MARKS}])"  # start of an Arabic word
_END = rf"(?![{_AR}])"  # end of an Arabic word
_END_MARKS = rf"(?=[{_MARKS}]*{_END})"  # end of an Arabic word, after any marks on its last letter

# --- always safe: shapes that sound Arabic text never has ---
# A word starting with alef + alef-lam is ال + a word that began with alef, swapped
# (االنتقال → الانتقال, األمم → الأمم, باالضافة → بالاضافة); at the end of a word it is the
# ending لا (إجماال → إجمالا). Only word starts (after و/ف/ب/ك) and ends count: in the middle
# of a word the same letters are two words run together (بنتهاالجامعة).
_DOUBLED_ALEF_START_RE = re.compile(rf"{_START}([وف]?[بك]?)ا([{_ALEFS}])ل")
_DOUBLED_ALEF_END_RE = re.compile(rf"(?<=[{_AR}])ا([{_ALEFS}])ل{_END_MARKS}")
# إال → إلا and أال → ألا as whole words (with an optional و/ف in front).
_ILLA_RE = re.compile(rf"{_START}([وف]?[إأ])ال{_END_MARKS}")

# --- only in text that shows the damage: shapes that sound text has, rarely ---
# لال at the start of a word is ل + ال + a word that began with alef: لالستجابة → للاستجابة.
# It needs three more letters (لالة stays) and skips real words made of ل + a noun on a root
# that starts with ل (لالتزام = ل + التزام).
_LI_LAL_RE = re.compile(rf"{_START}([وف]?)(لال[{_AR}]{{3}})")
_LI_LAL_KEEP = ("لالتزام", "لالتقاء", "لالتقاط", "لالتحاق", "لالتحام", "لالتماس", "لالتفاف")
# The adverbial accusative ending لا (شاملا, متكاملا, طويلا, تفصيلا) comes out as ال. Arabic
# words do not have the shapes فاعال, متفاعال, فعيال, تفعيال (names may: لاسال), so those
# endings are swapped back. The first letter may not be و/ف, so that وخيال (و + خيال) stays.
_ACCUSATIVE_RES = (
    re.compile(rf"{_START}([وف]?[{_AR_STEM}]ا[{_AR}])ال{_END_MARKS}"),  # شامال → شاملا
    re.compile(rf"{_START}([وف]?مت[{_AR}]ا[{_AR}])ال{_END_MARKS}"),  # متكامال → متكاملا
    re.compile(rf"{_START}([وف]?[{_AR_STEM}][{_AR}]ي)ال{_END_MARKS}"),  # طويال → طويلا
    re.compile(rf"{_START}([وف]?ت[{_AR}][{_AR}]ي)ال{_END_MARKS}"),  # تفصيال → تفصيلا
)
# Real words of those shapes, kept as they are.
_ACCUSATIVE_KEEP = frozenset({"مكيال"})
# Frequent damaged words of the shape فعال, which also has many real words (مجال, شمال, نضال).
_KNOWN_DAMAGE = {"فضال": "فضلا", "أصال": "أصلا"}
_KNOWN_DAMAGE_RE = re.compile(rf"{_START}([وف]?)({'|'.join(_KNOWN_DAMAGE)}){_END_MARKS}")
# The word لا alone comes out as ال alone (ال محالة → لا محالة).
_LONE_LA_RE = re.compile(r"(?<!\S)ال(?!\S)")

# --- damma ---
# A damma alone between spaces is dropped; at the start of a word it belongs on the first
# letter (ُيعد → يُعد), and after the conjunction و on the verb prefix (وُيعد → ويُعد): the
# conjunction never carries a damma.
_LONE_DAMMA_RE = re.compile(rf"(?<!\S){_DAMMA}(?!\S)[ \t]?")
_DAMMA_AFTER_WAW_RE = re.compile(rf"{_START}و{_DAMMA}([يت])")
_DAMMA_WORD_START_RE = re.compile(rf"(?<![{_AR}{_MARKS}]){_DAMMA}([{_AR}])")


def _swap_accusative(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _ACCUSATIVE_KEEP or word[1:] in _ACCUSATIVE_KEEP:
        return word
    return match.group(1) + "لا"


def _unswap_li_lal(match: re.Match[str]) -> str:
    word = match.string[match.start(2) :]
    if word.startswith(_LI_LAL_KEEP):
        return match.group(0)
    return match.group(1) + "للا" + match.group(2)[3:]


def repair_pdf_damage(text: str) -> str:
    """Undo the lam-alef and damma damage PDF extraction does to Arabic, leaving sound text alone.

    Shapes that sound text never has (a word starting االـ, a damma starting a word) are always
    repaired. Shapes that sound text has now and then (لاسال, a stray ال, لالة) are repaired only
    when the text also shows the first kind of damage, that is, when it came from such a PDF.
    """
    text, swapped = _DOUBLED_ALEF_START_RE.subn(r"\1ال\2", text)
    text, swapped_end = _DOUBLED_ALEF_END_RE.subn(r"ال\1", text)
    text, illa = _ILLA_RE.subn(r"\1لا", text)
    text, lone_damma = _LONE_DAMMA_RE.subn("", text)
    text, waw_damma = _DAMMA_AFTER_WAW_RE.subn(rf"و\1{_DAMMA}", text)
    text, start_damma = _DAMMA_WORD_START_RE.subn(rf"\1{_DAMMA}", text)
    if swapped + swapped_end + illa + lone_damma + waw_damma + start_damma == 0:
        return text
    text = _LI_LAL_RE.sub(_unswap_li_lal, text)
    for pattern in _ACCUSATIVE_RES:
        text = pattern.sub(_swap_accusative, text)
    text = _KNOWN_DAMAGE_RE.sub(lambda m: m.group(1) + _KNOWN_DAMAGE[m.group(2)], text)
    return _LONE_LA_RE.sub("لا", text)


# --- article cleaning ------------------------------------------------------------------------

_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Zero-width and bidi control characters, soft hyphen, byte-order mark.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SPACES_RE = re.compile(r"[^\S\n]+")  # runs of whitespace other than newlines (NBSP included)
_PRESENTATION_FORMS_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
_BLANK_RUNS_RE = re.compile(r"\n{3,}")
# "2024 فبراير 28 - تم تعديله في [التاريخ]": a short line with an edit stamp is page chrome; the
# whole line goes (a date left alone on the first line would become the article's title).
_EDIT_STAMP_RE = re.compile(
    r"(?:تم تعديله|تم تحديثه|آخر تحديث|اخر تحديث|last updated|updated on)\b", re.IGNORECASE
)
_SHORT_STAMP_LINE = 100  # characters
_BULLET_RE = re.compile(r"[-–•·▪●◦]")  # a lone bullet; a lone — or * is a separator
_HAS_WORD_RE = re.compile(r"[^\W_]")
# Lines that are nothing but site chrome: share buttons, widgets, newsletter prompts. Matched
# on the normalized line, so hamza and spelling variants match too.
_CHROME_WORDS = frozenset(
    {
        "facebook",
        "youtube",
        "twitter",
        "x",
        "instagram",
        "linkedin",
        "whatsapp",
        "telegram",
        "tiktok",
        "pinterest",
        "snapchat",
        "rss",
        "newsletter",
        "email",
        "print",
        "share",
        "quantcast",
        "mymeteo",
        "فيسبوك",
        "فيس",
        "بوك",
        "تويتر",
        "يوتيوب",
        "انستغرام",
        "انستجرام",
        "واتساب",
        "تلغرام",
        "لينكدان",
        "طباعه",
        "مشاركه",
    }
)
_CHROME_LINES = frozenset(
    normalize(line)
    for line in (
        "الاشتراك بالرسالة الاخبارية",
        "أدخل بريدك الإلكتروني للتوصل بآخر الأخبار",
        "اشترك في النشرة الإخبارية",
        "اشترك في نشرتنا الإخبارية",
        "تابعونا على",
        "تابعونا",
        "شارك المقال",
        "شارك هذا المقال",
        "follow us",
        "subscribe to our newsletter",
        "share this article",
    )
)
_SHORT_LINE = 200  # characters; a repeated line up to this long is a repeated headline


def _is_chrome(line: str) -> bool:
    norm = normalize(line)
    if not norm:
        return False
    return norm in _CHROME_LINES or all(word in _CHROME_WORDS for word in norm.split())


def _expand_presentation_forms(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def _normalize_characters(raw: str) -> str:
    """NFC text with LF newlines, single spaces, and PDF presentation forms made plain letters."""
    text = _NEWLINES_RE.sub("\n", raw)
    text = _INVISIBLE_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    # NFKC only on Arabic presentation forms (ﻻ → لا): elsewhere it would change what the
    # reader sees (½, ², ﬁ), and harakat must stay.
    text = _PRESENTATION_FORMS_RE.sub(_expand_presentation_forms, text)
    return _SPACES_RE.sub(" ", text)


def _clean_lines(lines: list[str]) -> list[str]:
    """Drop chrome, edit stamps, repeated short lines and empty bullets; blank lines kept."""
    out: list[str] = []
    seen_short: set[str] = set()
    pending_bullet = ""
    for raw_line in lines:
        line = raw_line.strip()
        if not line:
            out.append("")
            continue
        # in a long line the same words may be the article's own
        if len(line) <= _SHORT_STAMP_LINE and _EDIT_STAMP_RE.search(line):
            continue
        if _BULLET_RE.fullmatch(line):
            pending_bullet = line  # joined to the next item below
            continue
        if not _HAS_WORD_RE.search(line) or _is_chrome(line):
            continue
        key = normalize(line)
        if len(line) <= _SHORT_LINE:
            if key in seen_short:
                pending_bullet = ""
                continue
            seen_short.add(key)
        if pending_bullet:
            line = f"{pending_bullet} {line}"
            pending_bullet = ""
        out.append(line)
    return out


# the lead verbs a crawl glues to the byline or caption before them ("د الشرفيتقيم جامعة
# الباحة …", "خادم الحرمينأطلق المركز …", "م. فهد المقحمبدأت الجمعية …"): forms no longer word
# ends with (not "قال": "استقال", nor "نظم": "المنظم")
_LEAD_VERBS = [
    "تقيم",
    "يقيم",
    "أقام",
    "أقامت",
    "تنظم",
    "ينظم",
    "نظمت",
    "أطلق",
    "أطلقت",
    "أطلقته",
    "بدأت",
    "أعلن",
    "أعلنت",
    "أكد",
    "أكدت",
    "افتتح",
    "افتتحت",
    "اختتم",
    "اختتمت",
    "انطلقت",
    "دشن",
    "دشنت",
    "استقبل",
    "تستعد",
    "يستعد",
    "أوضح",
]
_GLUED_LEAD_RE = re.compile(
    rf"(?<![{_AR}])([{_AR}]{{3,}}?)({'|'.join(sorted(_LEAD_VERBS, key=len, reverse=True))})(?=\s)"
)
_GLUE_REACH = 60  # characters of the article's start a byline or caption may take
_NOT_GLUE = ("مستقيم", "مستقيما")


def _unglue_lead(text: str) -> str:
    """A byline or caption glued to the article's first verb, put back on its own line."""
    m = _GLUED_LEAD_RE.search(text, 0, _GLUE_REACH + 10)
    if m is None or m.start() > _GLUE_REACH or m.group(0).endswith(_NOT_GLUE):
        return text
    if m.group(1) in ("وال", "فال", "بال", "كال", "لل", "ولل", "فلل"):
        return text
    return text[: m.start(2)] + "\n" + text[m.start(2) :]


def clean_article(raw: str) -> str:
    """Display-and-index text of an article: site chrome and PDF damage gone, diacritics kept.

    Paragraphs stay separated by one blank line, lines keep their order, and nothing is
    rewritten except the repairs of `repair_pdf_damage`.
    """
    text = repair_pdf_damage(_normalize_characters(raw))
    text = "\n".join(_clean_lines(text.split("\n")))
    return _unglue_lead(_BLANK_RUNS_RE.sub("\n\n", text).strip())
