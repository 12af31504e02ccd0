"""Files the page's inputs may read: only those a client uploaded into Gradio's upload cache.

A Gradio file input receives a `FileData` whose `path` the client writes. Through Gradio's
HTTP API (`/gradio_api/call/<event>`) anyone who reaches the page can send any server path, and
a Blocks mounted with `gr.mount_gradio_app` never counts as launched, so Gradio skips its own
allowed-path check. `qimma.server` turns that check on; every handler that opens a file from
the page also passes it through `uploaded_file`, so the guard does not rest on Gradio alone.
"""

from __future__ import annotations

from pathlib import Path


class NotAnUpload(ValueError):
    """A page input named a file that no client uploaded."""


def upload_folder() -> Path:
    """Gradio's upload cache (`GRADIO_TEMP_DIR`, else `<tmp>/gradio`), symlinks resolved."""
    from gradio.utils import get_upload_folder

    return Path(get_upload_folder()).resolve()


def uploaded_file(path: str | Path) -> Path:
    """`path` resolved, when it is a regular file inside Gradio's upload cache; else NotAnUpload."""
    folder = upload_folder()
    try:
        resolved = Path(path).resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise NotAnUpload("the file was not uploaded through this page") from exc
    if not resolved.is_relative_to(folder) or resolved == folder or not resolved.is_file():
        raise NotAnUpload("the file was not uploaded through this page")
    return resolved
