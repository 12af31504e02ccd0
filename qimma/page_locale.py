"""Gradio's own words (upload hints, chat buttons, "Loading…", table search) in the page's language.

Gradio picks its locale from the browser's language once, when the page starts, and each widget
reads its words once, when it is drawn: a later switch (the page's toggle, or Gradio's own
Settings) reaches only widgets drawn after it (upstream re-translates only labels and choices,
gradio-app/gradio#13531). Two scripts placed before Gradio's own in the page's HTML fix both:
`gradio_start_locale.js` makes the reader's saved choice the language Gradio starts in, and
`gradio_live_words.js` makes Gradio's component helper re-read its words whenever the locale
changes, so widgets already drawn follow the toggle too. The words Gradio's Arabic dictionary
lacks are added to it (`gradio_i18n`), and the few labels Gradio writes in fixed English (screen
reader labels, tooltips) are swapped on the Arabic page by `gradio_fixed_words.js`.

The second script imports two of Gradio's built modules, found by what they export (their names
carry a build hash). When a Gradio release no longer has them, the page still works; only the
already-drawn widgets keep their words until a reload (the browser test says so).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path

# what each module of Gradio's frontend build must contain to be the one we import
_CORE_MARK = "as changeLocale"  # core-*.js: switches the locale of Gradio's i18n store
_HELPER_MARK = "_translate_and_store"  # the `Gradio` class every component builds its words with
_MODULE = re.compile(r"^[\w-]+\.js$")


def gradio_i18n():
    """Gradio's built-in words its own Arabic dictionary lacks (`mount_gradio_app(i18n=...)`)."""
    import gradio as gr

    from qimma.ui_text import GRADIO_KEYS_AR

    return gr.I18n(ar=GRADIO_KEYS_AR)


def _asset(name: str) -> str:
    return (files("qimma") / "ui_assets" / name).read_text(encoding="utf-8").strip()


@cache
def gradio_modules() -> tuple[str, str] | None:
    """The file names of Gradio's core and component-helper modules, or None when not found."""
    import gradio

    folder = Path(gradio.__file__).parent / "templates" / "frontend" / "assets"
    core = helper = None
    for path in sorted(folder.glob("*.js")):
        if not _MODULE.match(path.name) or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if core is None and path.name.startswith("core-") and _CORE_MARK in text:
            core = path.name
        if helper is None and _HELPER_MARK in text and "i18n_store" in text:
            helper = path.name
    return (core, helper) if core and helper else None


@cache
def boot_html() -> bytes:
    """The scripts that go before Gradio's own `<script type="module">` in the page's HTML."""
    import json

    from qimma.ui_text import GRADIO_FIXED_AR

    fixed = _asset("gradio_fixed_words.js").replace(
        "__WORDS__", json.dumps(GRADIO_FIXED_AR, ensure_ascii=False)
    )
    parts = [f"<script>{_asset('gradio_start_locale.js')}</script>", f"<script>{fixed}</script>"]
    modules = gradio_modules()
    if modules is not None:
        core, helper = modules
        live = (
            _asset("gradio_live_words.js")
            .replace("__CORE__", f"./assets/{core}")
            .replace("__HELPER__", f"./assets/{helper}")
        )
        parts.append(f'<script type="module">{live}</script>')
    return "".join(parts).encode()


_GRADIO_SCRIPT = b'<script type="module"'


def with_boot_scripts(html: bytes) -> bytes:
    """The page's HTML with our scripts in front of Gradio's first module script."""
    at = html.find(_GRADIO_SCRIPT)
    if at < 0:
        return html
    return html[:at] + boot_html() + html[at:]


class GradioLocale:
    """ASGI middleware: adds the boot scripts to the page's HTML (`GET /`), nothing else.

    The page is asked for uncompressed (it is a few kilobytes) so that its HTML can be edited.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        root = (scope.get("root_path") or "").rstrip("/")
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"].rstrip("/") not in ("", root)
        ):
            await self.app(scope, receive, send)
            return
        scope = dict(scope)
        scope["headers"] = [(k, v) for k, v in scope["headers"] if k != b"accept-encoding"]
        start: dict = {}
        chunks: list[bytes] = []

        async def edit(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = list(start.get("headers", []))
            kinds = {k.lower(): v for k, v in headers}
            if kinds.get(b"content-type", b"").startswith(b"text/html") and not kinds.get(
                b"content-encoding"
            ):
                body = with_boot_scripts(body)
                headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, edit)
