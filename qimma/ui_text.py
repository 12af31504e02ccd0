"""The page's words in Arabic and English, kept apart so the layout and renderers stay short."""

from __future__ import annotations

from typing import Any

EXAMPLES = [
    "أين تقام قمة المدن الذكية في البحرين؟",
    "متى ينعقد الملتقى الدولي حول المدن الذكية في بركان؟",
    "Who organises the Casablanca smart city forum?",
]

TEXT: dict[str, dict[str, Any]] = {
    "ar": {
        "tagline": "أسئلة عن القمم والمؤتمرات، وأجوبة من المقالات الإخبارية بمصادر مرقّمة وموثّقة.",
        "chat": "المحادثة",
        "library": "المكتبة",
        "ask": "اسأل عن قمة أو مؤتمر…",
        "question": "سؤالك",
        "send": "إرسال",
        "welcome": "مرحبًا بك في قمة",
        "welcome_sub": "اسأل بالعربية أو الإنجليزية. انقر رقم المصدر [1] لترى المقطع في مقاله.",
        "panel_title": "المصدر",
        "panel_empty": "انقر رقم مصدر في الإجابة لعرض المقطع المستشهد به مظلَّلًا في مقاله.",
        "upload": "أفلت ملفات المقالات هنا أو انقر للاختيار (عدة ملفات معًا)",
        "articles": "المقالات المفهرسة",
        "columns": ["المعرّف", "العنوان", "التاريخ", "المقاطع", "المصدر"],
        "doc": "المقال المحدد",
        "delete": "حذف المقال…",
        "reindex": "إعادة فهرسة المقالات النموذجية",
        "refresh": "تحديث",
        "indexing": "جارٍ الفهرسة",
        "count": "{n} في المكتبة",
        "deleted": "حُذف المقال {doc}.",
        "pick": "اختر مقالًا من الجدول أولًا.",
        "mode": "وضع الإجابة",
        "api_docs": "توثيق الواجهة البرمجية",
    },
    "en": {
        "tagline": "Questions about summits and conferences, answered from news articles "
        "with numbered, verified sources.",
        "chat": "Chat",
        "library": "Library",
        "ask": "Ask about a summit or conference…",
        "question": "Your question",
        "send": "Send",
        "welcome": "Welcome to Qimma",
        "welcome_sub": "Ask in Arabic or English. Click a source number [1] to see the passage "
        "in its article.",
        "panel_title": "Source",
        "panel_empty": "Click a source number in an answer to see the cited passage highlighted "
        "in its article.",
        "upload": "Drop article files here or click to choose (several at once)",
        "articles": "Indexed articles",
        "columns": ["id", "title", "date", "passages", "source"],
        "doc": "Selected article",
        "delete": "Delete article…",
        "reindex": "Re-index the sample articles",
        "refresh": "Refresh",
        "indexing": "Indexing",
        "count": "{n} in the library",
        "deleted": "Deleted {doc}.",
        "pick": "Pick an article in the table first.",
        "mode": "Answer mode",
        "api_docs": "API docs",
    },
}
SOURCES_HEADING = {"ar": "المصادر", "en": "Sources"}
REFUSAL_HEADING = {"ar": "لا جواب في المقالات", "en": "Not answered by the articles"}
UNVERIFIED = {"ar": "غير موثّق", "en": "unverified"}

STATUS_WORDS = {
    "ar": {
        "added": "أُضيف",
        "updated": "حُدّث",
        "unchanged": "لم يتغيّر",
        "failed": "تعذّر",
        "ingested": "فُهرس",
    },
    "en": {
        "added": "added",
        "updated": "updated",
        "unchanged": "unchanged",
        "failed": "failed",
        "ingested": "indexed",
    },
}


def arabic_count(n: int, one: str, two: str, few: str, many: str, feminine: bool = False) -> str:
    """A count of things in Arabic, with the noun in the form the number calls for:
    مقال واحد، مقالان، 5 مقالات، 11 مقالًا، 100 مقال (فعالية واحدة for a feminine noun)."""
    if n == 1:
        return f"{one} واحدة" if feminine else f"{one} واحد"
    if n == 2:
        return two
    rest = n % 100
    if 3 <= rest <= 10:
        return f"{n} {few}"
    if 11 <= rest <= 99:
        return f"{n} {many}"
    return f"{n} {one}"  # 0, 100, 101, 102, 200, …


def article_count(n: int, lang: str) -> str:
    """ "5 مقالات في المكتبة" / "1 article in the library"."""
    if lang == "ar":
        words = "لا مقالات" if n == 0 else arabic_count(n, "مقال", "مقالان", "مقالات", "مقالًا")
    else:
        words = f"{n} article" + ("" if n == 1 else "s")
    return TEXT[lang]["count"].format(n=words)


# Gradio's own words. Its Arabic dictionary lacks these keys (English shows through); they are
# added to it through `gr.I18n` (Gradio looks every built-in word up by such keys).
GRADIO_KEYS_AR = {
    "chatbot.copy_message": "نسخ الرسالة",
    "chatbot.copied_message": "نُسخت الرسالة",
    "chatbot.complete": "اكتمل",
    "common.download_all": "تنزيل الكل",
    "common.progress": "التقدم",
}
# Gradio's labels for screen readers and tooltips that are fixed English in its code, not
# looked up in its dictionary: qimma/ui_assets/gradio_fixed_words.js swaps them on the Arabic
# page. Exact labels, then labels that start with a fixed English phrase.
GRADIO_FIXED_AR = {
    "exact": {
        "Click to upload or drop files": "انقر للرفع أو أفلت الملفات",
        "File upload": "رفع ملف",
        "Copy table data": "نسخ بيانات الجدول",
        "Table actions": "إجراءات الجدول",
        "Open cell menu": "فتح قائمة الخلية",
        "Fullscreen": "ملء الشاشة",
        "Exit fullscreen mode": "الخروج من ملء الشاشة",
        "chatbot conversation": "المحادثة",
        "Scroll down": "انزل إلى الأحدث",
        "Reset to default value": "إعادة القيمة الافتراضية",
    },
    "prefix": {
        "number input for ": "إدخال رقم: ",
        "range slider for ": "منزلق: ",
        "Select example ": "اختر المثال ",
        "File: ": "ملف: ",
    },
}


def event_count(n: int, lang: str) -> str:
    """ "5 فعاليات" / "1 event"."""
    if lang == "ar":
        return arabic_count(n, "فعالية", "فعاليتان", "فعاليات", "فعاليةً", feminine=True)
    return f"{n} event" + ("" if n == 1 else "s")
