"""The fixed words the offline answerer adds around quoted article text, per language.

They are the only text of an offline answer that is not copied from an article, so they
stay few and neutral: a refusal, and the marks between a short answer and the quotes.
"""

from __future__ import annotations

MESSAGES = {
    "ar": {
        "refusal": "لا تحتوي المقالات المتاحة على إجابة لهذا السؤال.",
        "no_articles": "لا توجد مقالات مفهرسة بعد؛ أضف مقالات ثم اسأل من جديد.",
        "label": "دون اتصال (استخراجي)",
    },
    "en": {
        "refusal": "The articles do not contain the answer to this question.",
        "no_articles": "No articles are indexed yet; add some and ask again.",
        "label": "offline (extractive)",
    },
}

LEAD_SEPARATOR = " — "
ELLIPSIS = " … "  # between quoted pieces that are not next to each other


def message(key: str, lang: str) -> str:
    """The fixed text `key` in the question's language (Arabic unless the question is English)."""
    return MESSAGES["en" if lang == "en" else "ar"][key]


def connective_words() -> set[str]:
    """Every word the answerer may print that is not quoted from an article (for checks/tests)."""
    out: set[str] = set()
    for table in MESSAGES.values():
        for key in ("refusal", "no_articles"):
            out.update(table[key].split())
    return out | {LEAD_SEPARATOR.strip(), ELLIPSIS.strip()}
