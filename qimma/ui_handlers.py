"""The page's event handlers, kept apart from the layout in `ui.py` so each reads on its own."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from qimma.ui_render import (
    chat_placeholder,
    error_html,
    esc,
    file_line,
    file_result,
    header_html,
    note_html,
    panel_placeholder,
    render_answer,
    render_article,
    render_text,
    source_label,
    typing_html,
)
from qimma.ui_text import TEXT, article_count


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
        history.append({"role": "assistant", "content": typing_html()})
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
            history[-1] = {"role": "assistant", "content": error_html(str(exc), lang)}
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
            return error_html(
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
        from store.records import iso_day

        docs = self.service.documents()
        rows = [
            [d.doc_id, d.title, iso_day(d.date) or d.date or "—", d.chunks, source_label(d.source)]
            for d in docs
        ]
        direction = "rtl" if lang == "ar" else "ltr"
        status = f"<div class='qimma-note' dir='{direction}'>{article_count(len(docs), lang)}</div>"
        # headers (and the label screen readers read) in the page's language
        table = gr.update(
            value={"data": rows, "headers": TEXT[lang]["columns"]}, label=TEXT[lang]["articles"]
        )
        ids = [d.doc_id for d in docs]
        return status, table, gr.update(choices=ids, value=None)

    def upload(self, paths: list[str] | None, lang: str, progress=gr.Progress()):  # noqa: B008
        """Index the dropped files as one upload (the service's, as the API's), then report.

        Only files a client uploaded into Gradio's cache are opened (qimma.page_files).
        """
        from contextlib import ExitStack

        from assistant.errors import ServiceError, StorageFullError
        from qimma.page_files import NotAnUpload, uploaded_file

        paths = paths or []
        lines = []
        progress(0, desc=f"{TEXT[lang]['indexing']} {len(paths)}")
        try:
            with ExitStack() as stack:
                files = [
                    (Path(p).name, stack.enter_context(open(uploaded_file(p), "rb"))) for p in paths
                ]
                report = self.service.ingest_uploads(files) if files else None
            if report is not None:
                lines = [file_result(f, lang) for f in report.to_dict()["files"]]
        except (ServiceError, StorageFullError, NotAnUpload) as exc:
            names = ", ".join(Path(p).name for p in paths)
            lines.append(file_line(names, "failed", str(exc), lang))
        status, rows, doc = self.library_state(lang)
        return "<ul class='qimma-results'>" + "".join(lines) + "</ul>" + status, rows, doc, None

    @staticmethod
    def pick_row(evt: gr.SelectData):
        row = getattr(evt, "row_value", None) or []
        return gr.update(value=row[0]) if row else gr.update()

    def delete(self, doc_id: str | None, lang: str, confirmed: bool = True):
        """Delete the selected article once the reader confirmed (the button asks first)."""
        status, rows, doc = self.library_state(lang)
        if not doc_id:
            return note_html(TEXT[lang]["pick"], "warn") + status, rows, doc
        if not confirmed:
            return status, rows, gr.update(value=doc_id)
        removed, _ = self.service.remove([doc_id])
        status, rows, doc = self.library_state(lang)
        if not removed:
            return error_html(f"not found: {doc_id}", lang) + status, rows, doc
        return note_html(TEXT[lang]["deleted"].format(doc=esc(doc_id)), "ok") + status, rows, doc

    def reindex_samples(self, lang: str):
        from assistant.config import sample_articles_dir

        report = self.service.ingest([sample_articles_dir()])
        status, rows, doc = self.library_state(lang)
        return note_html(esc(report.summary_lines()[0]), "ok") + status, rows, doc

    # language
    @staticmethod
    def relabel(lang: str):
        t = TEXT[lang]
        return (
            lang,
            header_html(lang),
            gr.update(label=t["chat"]),
            gr.update(label=t["library"]),
            gr.update(placeholder=chat_placeholder(lang)),
            gr.update(placeholder=t["ask"], label=t["question"]),
            gr.update(value=t["send"]),
            panel_placeholder(lang),
            gr.update(label=t["upload"]),
            f"### {t['articles']}",
            gr.update(label=t["doc"]),
            gr.update(value=t["delete"]),
            gr.update(value=t["reindex"]),
            gr.update(value=t["refresh"]),
        )
