"""Qimma's web page (Gradio): chat with clickable citations, the article library, evaluation.

The page holds no retrieval or answering logic: every action calls the one `QimmaService`.
Labels follow the browser's language (Arabic or English) and switch with the toggle in the
header; each chat message sets its own direction, so Arabic reads right-to-left and English
left-to-right in the same conversation.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import gradio as gr

from ingest.arabic import detect_language

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
        "send": "إرسال",
        "welcome": "مرحبًا بك في قمة",
        "welcome_sub": "اسأل بالعربية أو الإنجليزية. انقر رقم المصدر [1] لترى المقطع في مقاله.",
        "panel_title": "المصدر",
        "panel_empty": "انقر رقم مصدر في الإجابة لعرض المقطع المستشهد به مظلَّلًا في مقاله.",
        "upload": "أفلت ملفات المقالات هنا أو انقر للاختيار (عدة ملفات معًا)",
        "articles": "المقالات المفهرسة",
        "columns": ["المعرّف", "العنوان", "التاريخ", "المقاطع", "المصدر"],
        "doc": "المقال المحدد",
        "delete": "حذف المقال",
        "reindex": "إعادة فهرسة المقالات النموذجية",
        "refresh": "تحديث",
        "indexing": "جارٍ الفهرسة",
        "count": "{n} مقالًا في المكتبة",
        "deleted": "حُذف المقال {doc}.",
        "pick": "اختر مقالًا من الجدول أولًا.",
        "mode": "وضع الإجابة",
    },
    "en": {
        "tagline": "Questions about summits and conferences, answered from news articles "
        "with numbered, verified sources.",
        "chat": "Chat",
        "library": "Library",
        "ask": "Ask about a summit or conference…",
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
        "delete": "Delete article",
        "reindex": "Re-index the sample articles",
        "refresh": "Refresh",
        "indexing": "Indexing",
        "count": "{n} articles in the library",
        "deleted": "Deleted {doc}.",
        "pick": "Pick an article in the table first.",
        "mode": "Answer mode",
    },
}
SOURCES_HEADING = {"ar": "المصادر", "en": "Sources"}
REFUSAL_HEADING = {"ar": "لا جواب في المقالات", "en": "Not answered by the articles"}
UNVERIFIED = {"ar": "غير موثّق", "en": "unverified"}
# one marker or a run of them ([1][2], [1, 2]) with the punctuation after it, kept on one line
BOLD = re.compile(r"\*\*(.+?)\*\*")
MARKERS = re.compile(r"(?:\[\d+(?:\s*[,،]\s*\d+)*\])+[.,،؛:!?؟]?")


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def source_label(source: str) -> str:
    """A short, readable source: the site of a URL, the file name of a path."""
    if re.match(r"https?://", source or ""):
        return re.sub(r"^https?://(www\.)?", "", source).split("/", 1)[0]
    return Path(source).name if source else ""


# ------------------------------------------------------------------ rendering
def _html_text(text: str) -> str:
    """Escaped text with line breaks and the answerers' one markdown habit, **bold**."""
    body = BOLD.sub(r"<strong>\1</strong>", _esc(text))
    return body.replace("\n", "<br>")


def render_text(text: str, lang: str | None = None) -> str:
    """A plain message (question or streaming answer) with its own direction."""
    lang = lang or detect_language(text)
    body = _html_text(text)
    return f'<div class="qimma-msg" dir="{_dir(lang)}" lang="{lang}">{body}</div>'


def _chip(citation, text: str) -> str:
    """A citation chip; where it points travels in its href (the chat's sanitizer keeps it)."""
    if citation is None:
        return _esc(text)
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
        f'<a class="qimma-cite{flag}" href="#qimma-cite?{_esc(target)}" role="button"'
        f' title="{_esc(citation.title)}">{citation.marker}</a>'
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

    body = MARKERS.sub(chips, _html_text(answer.answer))
    text_lang = detect_language(answer.answer)
    attrs = f'dir="{_dir(text_lang)}" lang="{text_lang}"'
    if answer.refused:
        return (
            f'<div class="qimma-msg qimma-refusal" {attrs}>'
            f'<div class="qimma-refusal-h">{REFUSAL_HEADING[lang]}</div>{body}</div>'
        )
    items = "".join(
        f"<li>{_chip(c, str(c.marker))}<span class='qimma-src-title'>{_esc(c.title)}</span>"
        f"<span class='qimma-src-meta'>{_esc(source_label(c.source))}"
        f"{' · ' + _esc(c.date[:10]) if c.date else ''}"
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
    shown = _esc(source_label(source))
    if re.match(r"https?://", source):
        shown = f'<a href="{_esc(source)}" target="_blank" rel="noopener noreferrer">{shown}</a>'
    meta = " · ".join(x for x in (shown, _esc(record.date[:10]) if record.date else "") if x)
    return (
        f'<div class="qimma-article" dir="{_dir(lang)}" lang="{lang}">'
        f'<div class="qimma-article-head"><span class="qimma-cite qimma-static">{_esc(marker)}</span>'
        f"<h3>{_esc(record.title)}</h3><div class='qimma-article-meta'>{meta}</div></div>"
        f'<div class="qimma-article-body">{_esc(text[:start])}'
        f'<mark class="qimma-mark">{_esc(text[start:end])}</mark>{_esc(text[end:])}</div></div>'
    )


def panel_placeholder(lang: str) -> str:
    t = TEXT[lang]
    return (
        f'<div class="qimma-panel-empty" dir="{_dir(lang)}"><div class="qimma-panel-icon">❝</div>'
        f"<div>{t['panel_empty']}</div></div>"
    )


def chat_placeholder(lang: str) -> str:
    t = TEXT[lang]
    return (
        f'<div class="qimma-welcome" dir="{_dir(lang)}"><div class="qimma-welcome-logo">قمة</div>'
        f"<h2>{t['welcome']}</h2><p>{t['welcome_sub']}</p></div>"
    )


# the side panel listens for clicks on any citation chip on the page and asks the server
# for the article; when the new article arrives, the marked passage is scrolled into view
PANEL_JS = """
if (!window.__qimmaCiteListener) {
  window.__qimmaCiteListener = true;
  const open = (chip) => {
    document.querySelectorAll('.qimma-cite.qimma-active')
      .forEach((c) => c.classList.remove('qimma-active'));
    chip.classList.add('qimma-active');
    const q = new URLSearchParams(chip.getAttribute('href').split('?')[1] || '');
    trigger('click', {doc: q.get('doc'), start: Number(q.get('start')),
                      end: Number(q.get('end')), marker: q.get('marker')});
  };
  document.addEventListener('click', (e) => {
    const chip = e.target.closest && e.target.closest('a.qimma-cite[href^="#qimma-cite"]');
    if (chip) { e.preventDefault(); e.stopPropagation(); open(chip); }
  }, true);
  document.addEventListener('keydown', (e) => {
    const chip = e.target.closest && e.target.closest('a.qimma-cite[href^="#qimma-cite"]');
    if (chip && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(chip); }
  }, true);
}
watch('value', () => {
  const mark = element.querySelector('mark.qimma-mark');
  const box = element.closest('#qimma-panel');
  if (!mark || !box) return;
  const offset = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTop += offset - box.clientHeight / 3;
  const r = mark.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({block: 'center'});
});
"""

BROWSER_LANG_JS = """() => {
  const lang = (navigator.language || 'en').toLowerCase().startsWith('ar') ? 'ar' : 'en';
  document.documentElement.lang = lang;
  document.body.classList.toggle('qimma-rtl', lang === 'ar');
  return lang;
}"""
SET_PAGE_LANG_JS = """(lang) => {
  document.documentElement.lang = lang;
  document.body.classList.toggle('qimma-rtl', lang === 'ar');
  return lang;
}"""


# ------------------------------------------------------------------ event handlers
class Handlers:
    """What the page's events do: each one calls the service and renders the result."""

    def __init__(self, service):
        self.service = service

    # chat
    def respond(self, message: str, history: list, conversation_id: str | None, lang: str):
        """Stream the answer into the chat, then replace it with the cited, checked answer."""
        from assistant.errors import LLMError
        from assistant.types import Answer

        message = (message or "").strip()
        history = list(history or [])
        if not message:
            yield history, "", conversation_id
            return
        history.append({"role": "user", "content": render_text(message)})
        history.append({"role": "assistant", "content": _typing_html()})
        yield history, "", conversation_id
        streamed = ""
        try:
            for item in self.service.ask_stream(message, conversation_id=conversation_id):
                if isinstance(item, Answer):
                    history[-1] = {"role": "assistant", "content": render_answer(item)}
                    conversation_id = item.conversation_id
                else:
                    streamed += item
                    history[-1] = {"role": "assistant", "content": render_text(streamed)}
                yield history, "", conversation_id
        except (LLMError, ValueError) as exc:
            history[-1] = {"role": "assistant", "content": _error_html(str(exc), lang)}
            yield history, "", conversation_id

    @staticmethod
    def example_text(evt: gr.SelectData) -> str:
        value = evt.value
        return value.get("text", "") if isinstance(value, dict) else str(value)

    @staticmethod
    def new_chat(lang: str):
        """The chat's clear button starts a new conversation and empties the source panel."""
        return None, panel_placeholder(lang)

    def show_citation(self, lang: str, evt: gr.EventData) -> str:
        """The cited article with the passage marked (the chip's data says which and where)."""
        from assistant.errors import NotFoundError

        data = evt._data or {}
        try:
            record = self.service.document(str(data.get("doc", "")))
        except NotFoundError:
            return _error_html(
                "هذا المقال لم يعد في المكتبة."
                if lang == "ar"
                else "This article is no longer in the library.",
                lang,
            )
        return render_article(
            record,
            int(data.get("start") or 0),
            int(data.get("end") or 0),
            str(data.get("marker", "")),
        )

    # library
    def library_state(self, lang: str):
        docs = self.service.documents()
        rows = [[d.doc_id, d.title, d.date[:10], d.chunks, source_label(d.source)] for d in docs]
        status = f"<div class='qimma-note'>{TEXT[lang]['count'].format(n=len(docs))}</div>"
        table = {"data": rows, "headers": TEXT[lang]["columns"]}  # headers in the page's language
        ids = [d.doc_id for d in docs]
        return status, table, gr.update(choices=ids, value=None)

    def upload(self, paths: list[str] | None, lang: str, progress=gr.Progress()):  # noqa: B008
        """Index dropped files one by one (progress per file), then show what happened."""
        from qimma.api import ApiError, ingest_uploads

        lines = []
        paths = paths or []
        for i, path in enumerate(paths):
            name = Path(path).name
            progress(i / max(len(paths), 1), desc=f"{TEXT[lang]['indexing']} {name}")
            try:
                with open(path, "rb") as handle:
                    report = ingest_uploads(self.service, [(name, handle)])
                lines += [_file_result(f, lang) for f in report["files"]]
            except ApiError as exc:
                lines.append(_file_line(name, "failed", exc.message, lang))
        status, rows, doc = self.library_state(lang)
        return "<ul class='qimma-results'>" + "".join(lines) + "</ul>" + status, rows, doc, None

    @staticmethod
    def pick_row(evt: gr.SelectData):
        row = getattr(evt, "row_value", None) or []
        return gr.update(value=row[0]) if row else gr.update()

    def delete(self, doc_id: str | None, lang: str):
        status, rows, doc = self.library_state(lang)
        if not doc_id:
            return _note(TEXT[lang]["pick"], "warn") + status, rows, doc
        removed, _ = self.service.remove([doc_id])
        status, rows, doc = self.library_state(lang)
        if not removed:
            return _error_html(f"not found: {doc_id}", lang) + status, rows, doc
        return _note(TEXT[lang]["deleted"].format(doc=_esc(doc_id)), "ok") + status, rows, doc

    def reindex_samples(self, lang: str):
        from assistant.config import sample_articles_dir

        report = self.service.ingest([sample_articles_dir()])
        status, rows, doc = self.library_state(lang)
        return _note(_esc(report.summary_lines()[0]), "ok") + status, rows, doc

    # language
    @staticmethod
    def relabel(lang: str):
        t = TEXT[lang]
        return (
            lang,
            _header_html(lang),
            gr.update(label=t["chat"]),
            gr.update(label=t["library"]),
            gr.update(placeholder=chat_placeholder(lang)),
            gr.update(placeholder=t["ask"]),
            gr.update(value=t["send"]),
            panel_placeholder(lang),
            gr.update(label=t["upload"]),
            f"### {t['articles']}",
            gr.update(label=t["doc"]),
            gr.update(value=t["delete"]),
            gr.update(value=t["reindex"]),
            gr.update(value=t["refresh"]),
        )


def _typing_html() -> str:
    return '<div class="qimma-typing"><span></span><span></span><span></span></div>'


def _note(text: str, kind: str) -> str:
    return f"<div class='qimma-note qimma-{kind}'>{text}</div>"


def _error_html(message: str, lang: str) -> str:
    return f'<div class="qimma-msg qimma-error" dir="{_dir(lang)}">{_esc(message)}</div>'


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


def _file_line(name: str, status: str, reason: str, lang: str) -> str:
    word = STATUS_WORDS[lang].get(status, status)
    why = f" — {_esc(reason)}" if reason else ""
    return f"<li class='qimma-{status}'><b>{_esc(name)}</b>: {word}{why}</li>"


def _file_result(result: dict, lang: str) -> str:
    label = f"{result['filename']} → {result['doc_id']}"
    return _file_line(label, result["status"], "; ".join(result["reasons"]), lang)


# ------------------------------------------------------------------ the page
def build_ui(service) -> gr.Blocks:
    """The whole page over one service; `qimma.server` mounts it next to the API."""
    handlers = Handlers(service)
    with gr.Blocks(title="Qimma · قمة") as demo:
        lang = gr.State("ar")
        conversation = gr.State(None)
        with gr.Row(elem_classes="qimma-header", equal_height=True):
            header = gr.HTML(_header_html("ar"), elem_classes="qimma-brand")
            gr.HTML(
                f'<div class="qimma-mode" title="{TEXT["en"]["mode"]} / {TEXT["ar"]["mode"]}">'
                f"<span class='qimma-dot'></span>{_esc(service.mode_label())}</div>"
                "<a class='qimma-api-link' href='/docs' target='_blank'>API docs</a>",
                elem_classes="qimma-mode-box",
            )
            lang_toggle = gr.Radio(
                [("العربية", "ar"), ("English", "en")],
                value="ar",
                show_label=False,
                container=False,
                elem_id="qimma-lang",
                min_width=180,
                scale=0,
            )
        with gr.Tabs(elem_id="qimma-tabs"):
            with gr.Tab(TEXT["ar"]["chat"], id="chat", elem_id="qimma-chat-tab") as chat_tab:
                chat = _chat_tab()
            with gr.Tab(
                TEXT["ar"]["library"], id="library", elem_id="qimma-library-tab"
            ) as lib_tab:
                library = _library_tab()
            _evaluate_tab(service)
        chatbot, question, send = chat["chatbot"], chat["question"], chat["send"]
        panel = chat["panel"]

        # chat
        ask_inputs = [question, chatbot, conversation, lang]
        ask_outputs = [chatbot, question, conversation]
        for trigger in (question.submit, send.click):
            trigger(handlers.respond, ask_inputs, ask_outputs, show_progress="hidden")
        chatbot.example_select(handlers.example_text, None, question).then(
            handlers.respond, ask_inputs, ask_outputs, show_progress="hidden"
        )
        chatbot.clear(handlers.new_chat, lang, [conversation, panel])
        panel.click(handlers.show_citation, lang, panel, show_progress="hidden")

        # library
        lib_outputs = [library["status"], library["table"], library["doc"]]
        library["files"].upload(
            handlers.upload, [library["files"], lang], [*lib_outputs, library["files"]]
        )
        library["table"].select(handlers.pick_row, None, library["doc"])
        library["delete"].click(handlers.delete, [library["doc"], lang], lib_outputs)
        library["reindex"].click(handlers.reindex_samples, lang, lib_outputs)
        library["refresh"].click(handlers.library_state, lang, lib_outputs)
        lib_tab.select(handlers.library_state, lang, lib_outputs, show_progress="hidden")

        # language: the browser's on load, then the toggle
        relabel_outputs = [
            lang,
            header,
            chat_tab,
            lib_tab,
            chatbot,
            question,
            send,
            panel,
            library["files"],
            library["title"],
            library["doc"],
            library["delete"],
            library["reindex"],
            library["refresh"],
        ]
        demo.load(None, None, lang_toggle, js=BROWSER_LANG_JS)
        lang_toggle.change(None, lang_toggle, None, js=SET_PAGE_LANG_JS).then(
            handlers.relabel, lang_toggle, relabel_outputs, show_progress="hidden"
        ).then(handlers.library_state, lang, lib_outputs, show_progress="hidden")
        demo.load(handlers.library_state, lang, lib_outputs, show_progress="hidden")
    demo.queue(default_concurrency_limit=16)
    return demo


def _header_html(lang: str) -> str:
    return (
        f'<div class="qimma-brand-inner" dir="{_dir(lang)}">'
        '<span class="qimma-logo">قمة</span><span class="qimma-name">Qimma</span>'
        f"<span class='qimma-tagline'>{TEXT[lang]['tagline']}</span></div>"
    )


def _chat_tab() -> dict[str, Any]:
    """The chat beside the source panel (which stacks under it on a phone)."""
    with gr.Row(equal_height=False, elem_classes="qimma-chat-row"):
        with gr.Column(scale=3, min_width=320):
            chatbot = gr.Chatbot(
                show_label=False,
                height="64vh",
                min_height=380,
                elem_id="qimma-chatbot",
                placeholder=chat_placeholder("ar"),
                examples=[{"text": q} for q in EXAMPLES],
                feedback_options=None,
                buttons=["copy"],
                layout="bubble",
            )
            with gr.Row(elem_classes="qimma-ask-row", equal_height=True):
                question = gr.Textbox(
                    show_label=False,
                    placeholder=TEXT["ar"]["ask"],
                    container=False,
                    scale=8,
                    elem_id="qimma-question",
                    rtl=False,
                    lines=1,
                    max_lines=5,
                )
                send = gr.Button(
                    TEXT["ar"]["send"],
                    variant="primary",
                    scale=1,
                    min_width=90,
                    elem_id="qimma-send",
                )
        with gr.Column(scale=2, min_width=300, elem_classes="qimma-panel-col"):
            panel = gr.HTML(
                panel_placeholder("ar"),
                js_on_load=PANEL_JS,
                elem_id="qimma-panel",
                apply_default_css=False,
            )
    return {
        "chatbot": chatbot,
        "question": question,
        "send": send,
        "panel": panel,
    }


def _library_tab() -> dict[str, Any]:
    from ingest.readers import SUPPORTED_SUFFIXES

    t = TEXT["ar"]
    parts: dict[str, Any] = {}
    parts["files"] = gr.File(
        label=t["upload"],
        file_count="multiple",
        file_types=list(SUPPORTED_SUFFIXES),
        elem_id="qimma-upload",
        height=150,
    )
    parts["status"] = gr.HTML("", elem_id="qimma-library-status")
    parts["title"] = gr.Markdown(f"### {t['articles']}")
    parts["table"] = gr.Dataframe(
        headers=t["columns"],
        datatype=["str", "str", "str", "number", "str"],
        interactive=False,
        wrap=True,
        elem_id="qimma-articles",
        max_height=420,
        column_widths=["22%", "40%", "12%", "8%", "18%"],
    )
    with gr.Row(equal_height=True):
        parts["doc"] = gr.Dropdown(
            choices=[], label=t["doc"], elem_id="qimma-doc", scale=3, allow_custom_value=True
        )
        parts["delete"] = gr.Button(t["delete"], variant="stop", scale=1, elem_id="qimma-delete")
    with gr.Row():
        parts["reindex"] = gr.Button(t["reindex"], size="sm", elem_id="qimma-reindex")
        parts["refresh"] = gr.Button(t["refresh"], size="sm", elem_id="qimma-refresh")
    return parts


def _evaluate_tab(service) -> None:
    """The Evaluate tab, when the evaluator is installed (it builds its own gr.Tab)."""
    try:
        from qimma.eval_ui import build_evaluate_tab
    except ImportError:
        return
    build_evaluate_tab(service)


def page_assets() -> dict[str, Any]:
    """Theme, CSS and head for `gr.mount_gradio_app` (Gradio 6 takes them at mount time)."""
    theme = gr.themes.Soft(
        primary_hue="teal",
        secondary_hue="amber",
        neutral_hue="slate",
        font=["Noto Sans Arabic", "Noto Sans", "Segoe UI", "Tahoma", "system-ui", "sans-serif"],
        font_mono=["DejaVu Sans Mono", "monospace"],
    )
    return {"theme": theme, "css": CSS}


CSS = """
:root { --qimma-teal: #0f766e; --qimma-teal-dark: #115e59; --qimma-amber: #f59e0b; }
.gradio-container { max-width: 1280px !important; margin: 0 auto !important; }
body.qimma-rtl .gradio-container { direction: rtl; }
.qimma-header { align-items: center !important; gap: 12px !important; padding: 6px 2px 2px; }
.qimma-brand-inner { display: flex; align-items: baseline; flex-wrap: wrap; gap: 4px 12px; }
.qimma-logo { font-size: 30px; font-weight: 800; color: #fff; padding: 0 14px 4px;
  border-radius: 12px; background: linear-gradient(135deg, var(--qimma-teal), #0e7490);
  line-height: 1.35; align-self: center; }
.qimma-name { font-size: 22px; font-weight: 700; color: var(--qimma-teal-dark); }
.qimma-tagline { color: var(--body-text-color-subdued); font-size: 14px; flex-basis: 100%; }
.qimma-api-link { display: block; text-align: center; font-size: 12.5px; margin-top: 4px;
  color: var(--qimma-teal) !important; }
.qimma-mode-box { flex-grow: 0 !important; min-width: fit-content !important; }
.qimma-mode { display: inline-flex; align-items: center; gap: 8px; white-space: nowrap;
  font-size: 13px; padding: 6px 12px; border-radius: 999px; background: #ecfdf5;
  color: var(--qimma-teal-dark); border: 1px solid #99f6e4; }
.qimma-dot { width: 8px; height: 8px; border-radius: 50%; background: #10b981;
  box-shadow: 0 0 0 3px #d1fae5; }
#qimma-lang { flex-grow: 0 !important; min-width: 210px !important; }
#qimma-lang .wrap { flex-wrap: nowrap !important; gap: 6px; }
#qimma-lang label { white-space: nowrap; }
.qimma-cites { white-space: nowrap; }
.qimma-msg { font-size: 16px; line-height: 1.85; unicode-bidi: plaintext; }
.qimma-msg[dir=rtl] { text-align: right; }
.qimma-msg[dir=ltr] { text-align: left; }
a.qimma-cite, span.qimma-cite { display: inline-flex; align-items: center; justify-content: center;
  min-width: 1.55em; height: 1.55em; padding: 0 5px; margin: 0 2px; border-radius: 999px;
  background: var(--qimma-teal); color: #fff !important; font-size: 0.78em; font-weight: 700;
  text-decoration: none !important; cursor: pointer; vertical-align: 0.15em; line-height: 1;
  transition: transform .1s, background .15s; unicode-bidi: isolate; direction: ltr; }
a.qimma-cite:hover, a.qimma-cite:focus { background: var(--qimma-teal-dark); transform: scale(1.1);
  outline: none; }
a.qimma-cite.qimma-active { background: var(--qimma-amber); color: #1f2937 !important; }
a.qimma-cite.qimma-unverified { background: #94a3b8; }
.qimma-sources { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--border-color-primary);
  font-size: 13.5px; line-height: 1.6; }
.qimma-sources-h { font-weight: 700; color: var(--body-text-color-subdued); margin-bottom: 4px; }
.qimma-sources ul { list-style: none; padding: 0 !important; margin: 0 !important; }
.qimma-sources li { display: grid; grid-template-columns: auto 1fr; align-items: baseline;
  column-gap: 6px; margin: 4px 0 !important; }
.qimma-sources li .qimma-src-meta { grid-column: 2; }
.qimma-src-title { font-weight: 600; }
.qimma-src-meta { color: var(--body-text-color-subdued); font-size: 12.5px; white-space: nowrap; }
.qimma-refusal { background: #fffbeb; border: 1px solid #fcd34d; border-radius: 10px;
  padding: 10px 14px; border-inline-start: 5px solid var(--qimma-amber); }
.qimma-refusal-h { font-weight: 700; color: #92400e; margin-bottom: 2px; }
.qimma-refusal-h::before { content: "⚠ "; }
.qimma-error { background: #fef2f2; border: 1px solid #fca5a5; color: #991b1b;
  border-radius: 10px; padding: 8px 12px; }
.qimma-typing { display: inline-flex; gap: 5px; padding: 6px 2px; }
.qimma-typing span { width: 7px; height: 7px; border-radius: 50%; background: var(--qimma-teal);
  animation: qimma-blink 1.2s infinite ease-in-out; }
.qimma-typing span:nth-child(2) { animation-delay: .2s; }
.qimma-typing span:nth-child(3) { animation-delay: .4s; }
@keyframes qimma-blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
.qimma-welcome { text-align: center; padding: 8px 16px; }
.qimma-welcome-logo { display: inline-block; font-size: 40px; font-weight: 800; color: #fff;
  padding: 2px 22px 10px; border-radius: 18px;
  background: linear-gradient(135deg, var(--qimma-teal), #0e7490); }
.qimma-welcome h2 { margin: 10px 0 4px !important; }
.qimma-welcome p { color: var(--body-text-color-subdued); margin: 0 !important; }
.qimma-ask-row { margin-top: 8px; align-items: stretch !important; }
#qimma-question textarea { font-size: 16px; unicode-bidi: plaintext; text-align: start; }
body.qimma-rtl #qimma-question textarea { direction: rtl; }
#qimma-chatbot button.example { border: 1px solid var(--border-color-primary) !important;
  border-radius: 12px !important; background: var(--background-fill-secondary) !important; }
#qimma-chatbot button.example:hover { border-color: var(--qimma-teal) !important; }
#qimma-chatbot .example-text-content { width: 100%; }
#qimma-chatbot .example-text { display: block; unicode-bidi: plaintext; text-align: start; }
#qimma-question textarea::placeholder { white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
#qimma-articles, #qimma-articles * { font-family: var(--font) !important; }
#qimma-articles td, #qimma-articles th { unicode-bidi: plaintext; text-align: start; }
#qimma-panel { position: sticky !important; top: 10px; max-height: calc(64vh + 60px);
  overflow-y: auto !important;
  border: 1px solid var(--border-color-primary); border-radius: 14px;
  background: var(--background-fill-primary); padding: 14px 18px; min-height: 200px; }
.qimma-panel-empty { color: var(--body-text-color-subdued); text-align: center;
  padding: 40px 10px; font-size: 15px; line-height: 1.8; }
.qimma-panel-icon { font-size: 44px; color: #99f6e4; line-height: 1; }
.qimma-article-head { border-bottom: 1px solid var(--border-color-primary); padding-bottom: 8px;
  margin-bottom: 10px; }
.qimma-article-head h3 { margin: 6px 0 2px !important; font-size: 18px; line-height: 1.5; }
.qimma-article-meta { color: var(--body-text-color-subdued); font-size: 13px; }
.qimma-article-body { white-space: pre-wrap; line-height: 1.95; font-size: 15px; }
mark.qimma-mark { background: #fde68a; color: inherit; padding: 2px 0; border-radius: 3px;
  box-shadow: 0 0 0 2px #fde68a; }
.qimma-note { font-size: 14px; color: var(--body-text-color-subdued); margin: 4px 0; }
.qimma-note.qimma-ok { color: var(--qimma-teal-dark); }
.qimma-note.qimma-warn { color: #92400e; }
.qimma-results { margin: 6px 0 !important; font-size: 14px; }
.qimma-results li.qimma-failed { color: #991b1b; }
.qimma-results li.qimma-added, .qimma-results li.qimma-updated { color: var(--qimma-teal-dark); }
@media (max-width: 720px) {
  .qimma-tagline { font-size: 12.5px; }
  .qimma-logo { font-size: 24px; }
  .qimma-name { font-size: 18px; }
  #qimma-panel { position: static !important; max-height: 70vh; }
  .qimma-header { flex-wrap: wrap !important; }
  .qimma-brand { flex-basis: 100% !important; }
  .gradio-container { padding: 0 8px !important; }
  .qimma-msg { font-size: 15px; }
}
"""
