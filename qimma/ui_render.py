"""HTML for the page: messages with citation chips, the cited article, notes and placeholders.

Pure functions from answers and records to escaped HTML, so the chat and the library render
the same way and can be tested without a browser.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlencode

from assistant.uploads import UPLOAD_SOURCE
from language.analyzer import detect_language
from qimma.ui_text import REFUSAL_HEADING, SOURCES_HEADING, STATUS_WORDS, TEXT, UNVERIFIED
from store.records import iso_day

BOLD = re.compile(r"\*\*(.+?)\*\*")
# one marker or a run of them ([1][2], [1, 2]) with the punctuation after it, kept on one line
MARKERS = re.compile(r"(?:\[\d+(?:\s*[,،]\s*\d+)*\])+[.,،؛:!?؟]?")


def text_dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def source_label(source: str) -> str:
    """A short, readable source: the site of a URL, the file name of a path or an upload."""
    if re.match(r"https?://", source or ""):
        return re.sub(r"^https?://(www\.)?", "", source).split("/", 1)[0]
    return Path(source.removeprefix(UPLOAD_SOURCE)).name if source else ""


def _html_text(text: str) -> str:
    """Escaped text with line breaks and the answerers' one markdown habit, **bold**."""
    body = BOLD.sub(r"<strong>\1</strong>", esc(text))
    return body.replace("\n", "<br>")


def render_text(text: str, lang: str | None = None) -> str:
    """A plain message (question or streaming answer) with its own direction."""
    lang = lang or detect_language(text)
    body = _html_text(text)
    return f'<div class="qimma-msg" dir="{text_dir(lang)}" lang="{lang}">{body}</div>'


QUOTE = re.compile(r"«(.*?)»(?=\s*<span class=\"qimma-cites\">|\s*\[|$)")


def _isolated_quote(match: re.Match) -> str:
    """A quoted piece in its own direction, so an Arabic quote keeps its order in English text."""
    return f'<span class="qimma-quote" dir="auto">«{match.group(1)}»</span>'


def _chip(citation, text: str) -> str:
    """A citation chip; where it points travels in its href (the chat's sanitizer keeps it)."""
    if citation is None:
        return esc(text)
    flag = " qimma-unverified" if not citation.supported else ""
    target = urlencode(
        {
            "doc": citation.doc_id,
            "start": citation.start,
            "end": citation.end,
            "marker": citation.marker,
        }
    )
    return (
        f'<a class="qimma-cite{flag}" href="#qimma-cite?{esc(target)}" role="button"'
        f' title="{esc(citation.title)}">{citation.marker}</a>'
    )


def render_answer(answer) -> str:
    """The final answer: `[n]` markers as clickable chips, the numbered sources beneath.

    Its direction follows its own text (an extractive answer to an English question quotes
    Arabic); its headings follow the language of the question.
    """
    lang = answer.language if answer.language in TEXT else "ar"
    by_marker = {c.marker: c for c in answer.citations}

    def chips(match: re.Match) -> str:
        numbers = re.findall(r"\d+", match.group(0))
        tail = match.group(0)[-1] if not match.group(0).endswith("]") else ""
        links = "".join(_chip(by_marker.get(int(n)), f"[{n}]") for n in numbers)
        return f'<span class="qimma-cites">{links}{tail}</span>'

    body = QUOTE.sub(_isolated_quote, MARKERS.sub(chips, _html_text(answer.answer)))
    # an English reply frames Arabic quotes: it reads left-to-right, each quote in its own
    # direction; other answers go by their own text
    text_lang = "en" if lang == "en" and not answer.refused else detect_language(answer.answer)
    attrs = f'dir="{text_dir(text_lang)}" lang="{text_lang}"'
    if answer.refused:
        return (
            f'<div class="qimma-msg qimma-refusal" {attrs}>'
            f'<div class="qimma-refusal-h">{REFUSAL_HEADING[lang]}</div>{body}</div>'
        )
    items = "".join(
        f"<li>{_chip(c, str(c.marker))}<span class='qimma-src-title'>{esc(c.title)}</span>"
        f"<span class='qimma-src-meta'>{esc(source_label(c.source))}"
        f"{' · ' + esc(iso_day(c.date) or c.date) if c.date else ''}"
        f"{' · ' + UNVERIFIED[lang] if not c.supported else ''}</span></li>"
        for c in answer.citations
    )
    sources = (
        f'<div class="qimma-sources"><div class="qimma-sources-h">{SOURCES_HEADING[lang]}</div>'
        f"<ul>{items}</ul></div>"
        if items
        else ""
    )
    return f'<div class="qimma-msg qimma-answer" {attrs}>{body}{sources}</div>'


def render_article(record, start: int, end: int, marker: str) -> str:
    """The cited article with the passage marked, for the side panel."""
    text = record.text
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lang = record.lang if record.lang in TEXT else detect_language(text[:500])
    source = record.source or ""
    shown = esc(source_label(source))
    if re.match(r"https?://", source):
        shown = f'<a href="{esc(source)}" target="_blank" rel="noopener noreferrer">{shown}</a>'
    meta = " · ".join(x for x in (shown, esc(record.date[:10]) if record.date else "") if x)
    return (
        f'<div class="qimma-article" dir="{text_dir(lang)}" lang="{lang}">'
        f'<div class="qimma-article-head"><span class="qimma-cite qimma-static">{esc(marker)}</span>'
        f"<h3>{esc(record.title)}</h3><div class='qimma-article-meta'>{meta}</div></div>"
        f'<div class="qimma-article-body">{esc(text[:start])}'
        f'<mark class="qimma-mark">{esc(text[start:end])}</mark>{esc(text[end:])}</div></div>'
    )


def panel_placeholder(lang: str) -> str:
    t = TEXT[lang]
    return (
        f'<div class="qimma-panel-empty" dir="{text_dir(lang)}"><div class="qimma-panel-icon">❝</div>'
        f"<div>{t['panel_empty']}</div></div>"
    )


def chat_placeholder(lang: str) -> str:
    t = TEXT[lang]
    return (
        f'<div class="qimma-welcome" dir="{text_dir(lang)}"><div class="qimma-welcome-logo">قمة</div>'
        f"<h2>{t['welcome']}</h2><p>{t['welcome_sub']}</p></div>"
    )


def header_html(lang: str) -> str:
    return (
        f'<div class="qimma-brand-inner" dir="{text_dir(lang)}">'
        '<span class="qimma-logo">قمة</span><span class="qimma-name">Qimma</span>'
        f"<span class='qimma-tagline'>{TEXT[lang]['tagline']}</span></div>"
    )


def mode_html(mode_label: str, lang: str) -> str:
    """The answer mode badge and the link to the API's docs, beside the language toggle."""
    t = TEXT[lang]
    return (
        f'<div class="qimma-mode" title="{t["mode"]}"><span class=\'qimma-dot\'></span>'
        f"{esc(mode_label)}</div>"
        f"<a class='qimma-api-link' href='/docs' target='_blank'>{t['api_docs']}</a>"
    )


def typing_html() -> str:
    return '<div class="qimma-typing"><span></span><span></span><span></span></div>'


def note_html(text: str, kind: str) -> str:
    """A status line under the library's buttons; `text` must already be escaped."""
    return f"<div class='qimma-note qimma-{kind}'>{text}</div>"


def error_html(message: str, lang: str) -> str:
    return f'<div class="qimma-msg qimma-error" dir="{text_dir(lang)}">{esc(message)}</div>'


def file_line(name: str, status: str, reason: str, lang: str) -> str:
    word = STATUS_WORDS[lang].get(status, status)
    why = f" — {esc(reason)}" if reason else ""
    return f"<li class='qimma-{status}'><b>{esc(name)}</b>: {word}{why}</li>"


def file_result(result: dict, lang: str) -> str:
    """One line of an upload's report (an entry of `ingest_uploads(...)["files"]`)."""
    label = f"{result['filename']} → {result['doc_id']}"
    return file_line(label, result["status"], "; ".join(result["reasons"]), lang)
