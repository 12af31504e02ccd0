"""The fixed words the offline answerer adds around quoted article text, per language.

They are the only text of an offline answer that is not copied from an article, so they
stay few and neutral: a refusal, the marks between a short answer and the quotes, and for an
English question the frame that says the Arabic quotes come from the cited articles. Each
quoted piece stands between « » with its own marker, so a reader sees where every piece ends
and which source it is from.
"""

from __future__ import annotations

import re

MESSAGES = {
    "ar": {
        "refusal": "لا تحتوي المقالات المتاحة على إجابة لهذا السؤال.",
        "no_articles": "لا توجد مقالات مفهرسة بعد؛ أضف مقالات ثم اسأل من جديد.",
        "label": "دون اتصال (استخراجي)",
        "part_refused": "{part} — لا تحتوي المقالات المتاحة على إجابة لهذا الجزء من السؤال.",
        "frame_one": "",
        "frame_many": "",
    },
    "en": {
        "refusal": "The articles do not contain the answer to this question.",
        "no_articles": "No articles are indexed yet; add some and ask again.",
        "label": "offline (extractive)",
        "part_refused": "{part} — the articles do not answer this part of the question.",
        "frame_one": "According to the article,",
        "frame_many": "According to the articles,",
    },
}

LEAD_SEPARATOR = " — "
ELLIPSIS = " … "  # kept for callers that shorten text; answers no longer join pieces with it
CUT = "…"  # inside « », where a quoted piece leaves its clause unfinished
PIECE_SEPARATOR = {"ar": "؛ ", "en": "; "}
QUOTED = re.compile(r"«(.*?)» \[(\d+)\]")  # a quoted piece and its marker, as answer_text writes


def answer_text(quotes: list[tuple[int, list[str]]], lang: str, lead: str | None = None) -> str:
    """The answer: the short lead in bold, then each quoted piece in « » with its marker.

    `quotes` holds (marker, pieces) per cited sentence; a marker with no pieces (another
    report of the same words) follows the last piece. An English answer is framed ("According
    to the article, «…» [1]") so that the Arabic quotes read as evidence, not as the reply.
    """
    lang = "en" if lang == "en" else "ar"
    pieces: list[str] = []
    for marker, texts in quotes:
        if texts:
            pieces += [f"«{text}» [{marker}]" for text in texts]
        elif pieces:  # a source cited by its marker alone, after the quote it also prints
            pieces[-1] += f" [{marker}]"
    body = PIECE_SEPARATOR[lang].join(pieces)
    frame = MESSAGES[lang]["frame_many" if len(quotes) > 1 else "frame_one"]
    if frame:
        body = f"{frame} {body}"
        if lead:
            body = body[0].lower() + body[1:]
    return f"**{lead}**{LEAD_SEPARATOR}{body}" if lead else body


def quoted_pieces(answer: str) -> list[tuple[str, int]]:
    """(quoted text, marker) of every piece of an offline answer, in order, without the
    ellipses that mark a piece cut out of its clause."""
    return [(strip_cut_marks(text), int(marker)) for text, marker in QUOTED.findall(answer)]


def mark_cut(text: str, cut_before: bool, cut_after: bool) -> str:
    """A quoted piece with an ellipsis where it was cut out of the middle of a clause."""
    return f"{CUT + ' ' if cut_before else ''}{text}{' ' + CUT if cut_after else ''}"


def strip_cut_marks(text: str) -> str:
    text = text.removeprefix(CUT + " ")
    return text.removesuffix(" " + CUT)


def message(key: str, lang: str) -> str:
    """The fixed text `key` in the question's language (Arabic unless the question is English)."""
    return MESSAGES["en" if lang == "en" else "ar"][key]


def connective_words() -> set[str]:
    """Every word the answerer may print that is not quoted from an article (for checks/tests)."""
    out: set[str] = set()
    for table in MESSAGES.values():
        for key in ("refusal", "no_articles", "frame_one", "frame_many"):
            out.update(table[key].split())
    out |= {w.lower() for w in out}
    seps = {s.strip() for s in PIECE_SEPARATOR.values()}
    return out | {LEAD_SEPARATOR.strip(), ELLIPSIS.strip()} | seps
