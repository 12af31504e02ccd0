"""`qimma serve`: one service, the HTTP API and the web page on one address.

The service is built once and shared by the API routes and the Gradio page, so both see the
same index and conversations.
"""

from __future__ import annotations

import hmac
import logging
import threading

from fastapi import FastAPI

from qimma.api import create_app
from qimma.page_locale import GradioLocale
from qimma.throttle import KeyThrottle

# seconds a SIGTERM waits for running requests before the server closes them
GRACEFUL_SHUTDOWN_S = 5


def _page_auth(api_key: str | None):
    """With an API key set, the web page asks for it: any user name, the key as password."""
    if not api_key:
        return None

    def check(_username: str, password: str) -> bool:
        return hmac.compare_digest(password.encode(), api_key.encode())

    return check


def build_app(service, access_log: bool = True) -> FastAPI:
    """The API with the web page mounted at `/` (routes registered first keep precedence)."""
    import gradio as gr

    from qimma.page import build_ui, page_assets

    app = create_app(service, access_log=access_log)
    auth = _page_auth(service.settings.api_key)
    page = build_ui(service)
    # Gradio checks that a file input names a file in its upload cache only once the Blocks
    # count as launched, which `mount_gradio_app` never sets: without this, any client could
    # make the page read any server file (see qimma.page_files).
    page.has_launched = True
    app = gr.mount_gradio_app(
        app,
        page,
        path="/",
        auth=auth,
        auth_message="Enter the server's API key as the password (any user name). "
        "أدخل مفتاح الخادم كلمةَ مرور.",
        max_file_size=service.max_bytes,
        footer_links=[],
        run_history=False,
        **page_assets(),
    )
    # Gradio's own words start in, and follow, the page's language (qimma.page_locale)
    app.add_middleware(GradioLocale)
    if service.settings.api_key:  # outermost, so it sees the page's failed logins too
        app.add_middleware(KeyThrottle, limit=service.settings.login_failures_per_minute)
    return app


def _show_access_log() -> None:
    """Print the `qimma.access` lines (info level) to stderr, whatever the root level is."""
    logger = logging.getLogger("qimma.access")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def serve(settings, host: str = "127.0.0.1", port: int = 7860, access_log: bool = True) -> int:
    """Build the service, index the samples on first start, and serve until interrupted."""
    import uvicorn

    from assistant.service import QimmaService
    from assistant.uploads import clean_stale_upload_dirs

    for folder in clean_stale_upload_dirs():
        print(f"Removed a stale upload folder: {folder}", flush=True)
    service = QimmaService(settings)
    if not service.documents():
        print("First start: indexing the built-in sample articles…", flush=True)
    report = service.ingest_samples_if_empty()
    if report is not None:
        print(f"Sample articles: {report.summary_lines()[0]}")
    print(
        f"{len(service.documents())} articles in {service.location}; answers: {service.mode_label()}"
    )
    if access_log:
        _show_access_log()
    app = build_app(service, access_log=access_log)
    # the first question naming a place would otherwise wait ~2 s for the gazetteers
    threading.Thread(target=service.warm_up, name="qimma-warm-up", daemon=True).start()
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    print(f"Qimma is running at http://{shown}:{port} (API docs: /docs)", flush=True)
    if settings.api_key:
        print(
            "API key set: send `Authorization: Bearer <key>`; the web page asks for it as the "
            "password (any user name)",
            flush=True,
        )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
    )
    return 0
