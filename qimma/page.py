"""Qimma's web page (Gradio), served by `qimma serve` and `python ui.py`: chat with clickable citations, the article library, evaluation.

The page holds no retrieval or answering logic: every action calls the one `QimmaService`
through `qimma.ui_handlers`. Labels follow the browser's language (Arabic or English) and
switch with the toggle in the header; each chat message sets its own direction, so Arabic
reads right-to-left and English left-to-right in the same conversation. The words live in
`qimma.ui_text`, the HTML in `qimma.ui_render`, the CSS and JavaScript in `qimma/ui_assets/`.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import gradio as gr

from qimma.ui_events import build_events_tab
from qimma.ui_handlers import Handlers
from qimma.ui_render import (
    chat_placeholder,
    header_html,
    mode_html,
    panel_placeholder,
)
from qimma.ui_text import (
    EXAMPLES,
    TEXT,
)


@cache
def _asset(name: str) -> str:
    """A file of `qimma/ui_assets/`, read when the page is built (never at import)."""
    return (files("qimma") / "ui_assets" / name).read_text(encoding="utf-8").strip()


def build_ui(service) -> gr.Blocks:
    """The whole page over one service; `qimma.server` mounts it next to the API."""
    handlers = Handlers(service)
    with gr.Blocks(title="Qimma · قمة") as demo:
        lang = gr.State("ar")
        conversation = gr.State(None)
        with gr.Row(elem_classes="qimma-header", equal_height=True):
            header = gr.HTML(header_html("ar"), elem_classes="qimma-brand")
            mode_box = gr.HTML(mode_html(service.mode_label(), "ar"), elem_classes="qimma-mode-box")
            lang_toggle = gr.Radio(
                [("العربية", "ar"), ("English", "en")],
                value="ar",
                show_label=False,
                container=False,
                elem_id="qimma-lang",
                min_width=180,
                scale=0,
            )
        with gr.Tabs(elem_id="qimma-tabs", overflow_behavior="wrap"):
            with gr.Tab(TEXT["ar"]["chat"], id="chat", elem_id="qimma-chat-tab") as chat_tab:
                chat = _chat_tab()
            with gr.Tab(
                TEXT["ar"]["library"], id="library", elem_id="qimma-library-tab"
            ) as lib_tab:
                library = _library_tab()
            build_events_tab(service, lang_toggle)
            evaluate = _evaluate_tab(service, lang)
        chatbot, question, send = chat["chatbot"], chat["question"], chat["send"]
        panel = chat["panel"]

        # chat
        ask_inputs = [question, chatbot, conversation, lang]
        ask_outputs = [chatbot, question, conversation]
        for trigger in (question.submit, send.click):
            # the chat, then the start of the answer, are scrolled into view: on a phone the
            # source panel sits below the chat
            trigger(None, None, None, js=_asset("show_chat.js"))
            trigger(handlers.respond, ask_inputs, ask_outputs, show_progress="hidden").then(
                None, None, None, js=_asset("show_answer.js")
            )
        chatbot.example_select(handlers.example_text, None, question).then(
            handlers.respond, ask_inputs, ask_outputs, show_progress="hidden"
        ).then(None, None, None, js=_asset("show_answer.js"))
        chatbot.clear(handlers.new_chat, lang, [conversation, panel])
        panel.click(handlers.show_citation, lang, panel, show_progress="hidden")

        # library
        lib_outputs = [library["status"], library["table"], library["doc"]]
        library["files"].upload(
            handlers.upload, [library["files"], lang], [*lib_outputs, library["files"]]
        )
        library["table"].select(handlers.pick_row, None, library["doc"])
        # a delete asks first (the browser's confirm), and says nothing when cancelled
        library["delete"].click(
            handlers.delete,
            [library["doc"], lang, library["confirmed"]],
            lib_outputs,
            js=_asset("confirm_delete.js"),
        )
        library["reindex"].click(handlers.reindex_samples, lang, lib_outputs)
        library["refresh"].click(handlers.library_state, lang, lib_outputs)
        lib_tab.select(handlers.library_state, lang, lib_outputs, show_progress="hidden")

        # language: the browser's on load, then the toggle
        relabel_outputs = [
            lang,
            header,
            mode_box,
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
            *(evaluate.values() if evaluate else ()),
        ]

        def relabel(lang_value: str):
            labels = handlers.relabel(lang_value)
            labels = (*labels[:2], mode_html(service.mode_label(), lang_value), *labels[2:])
            if evaluate:
                from qimma.eval_ui import relabel_evaluate

                labels += relabel_evaluate(lang_value)
            return labels

        demo.load(None, None, lang_toggle, js=_asset("browser_lang.js"))
        lang_toggle.change(None, lang_toggle, None, js=_asset("set_page_lang.js")).then(
            relabel, lang_toggle, relabel_outputs, show_progress="hidden"
        ).then(handlers.library_state, lang, lib_outputs, show_progress="hidden")
        demo.load(handlers.library_state, lang, lib_outputs, show_progress="hidden")
    demo.queue(default_concurrency_limit=16)
    return demo


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
                    label=TEXT["ar"]["question"],  # read by screen readers
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
                # listens for clicks on any citation chip on the page and asks the server for
                # the article; when it arrives, the marked passage is scrolled into view
                js_on_load=_asset("citation_panel.js"),
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
    # what the delete button's confirm() answered (a component: a State cannot take a value
    # from the browser)
    parts["confirmed"] = gr.Checkbox(value=True, visible=False, elem_id="qimma-delete-confirmed")
    parts["title"] = gr.Markdown(f"### {t['articles']}")
    parts["table"] = gr.Dataframe(
        label=t["articles"],  # read by screen readers (the heading above shows it)
        show_label=False,
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
        parts["delete"] = gr.Button(
            t["delete"], variant="stop", scale=1, elem_id="qimma-delete", icon=None
        )
    with gr.Row():
        parts["reindex"] = gr.Button(t["reindex"], size="sm", elem_id="qimma-reindex")
        parts["refresh"] = gr.Button(t["refresh"], size="sm", elem_id="qimma-refresh")
    return parts


def _evaluate_tab(service, lang: gr.State) -> dict[str, Any] | None:
    """The Evaluate tab (it builds its own gr.Tab)."""
    from qimma.eval_ui import build_evaluate_tab

    return build_evaluate_tab(service, lang)


def page_assets() -> dict[str, Any]:
    """Theme, CSS and Gradio's missing Arabic words for `gr.mount_gradio_app` (at mount time)."""
    theme = gr.themes.Soft(
        primary_hue="teal",
        secondary_hue="amber",
        neutral_hue="slate",
        font=["Noto Sans Arabic", "Noto Sans", "Segoe UI", "Tahoma", "system-ui", "sans-serif"],
        font_mono=["DejaVu Sans Mono", "monospace"],
    )
    from qimma.page_locale import gradio_i18n

    return {"theme": theme, "css": _asset("page.css"), "i18n": gradio_i18n()}
