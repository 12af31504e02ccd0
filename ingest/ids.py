"""Article ids: one documented rule for every id the store keeps.

An id is 1–200 characters after Unicode NFKC normalisation, made of ASCII letters and digits,
Arabic letters and digits, `.`, `_`, `-`, with `/` between non-empty segments. A segment
may not be `.` or `..`, and ids starting with `__` are reserved for the store's own records
(such as `__state__`). Anything else (other scripts' look-alike letters, spaces, NUL,
absolute paths) is refused for ids a user gives explicitly (a .jsonl "id"); ids derived
from file names are first made to fit (`id_from_path`), since a file name is not a choice
of id.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.decoding import ReadError

MAX_ID_CHARS = 200
RESERVED_PREFIX = "__"
ALLOWED_ID_CHARACTERS = "ASCII letters and digits, Arabic letters and digits, . _ - and /"

# Arabic letters, marks, tatweel and Arabic-Indic digits; not punctuation such as U+060C
_ARABIC = "\u0621-\u065f\u0660-\u0669\u066e-\u06d3\u06d5\u06f0-\u06f9"
_SEGMENT_CHAR = re.compile(rf"[0-9A-Za-z._\-{_ARABIC}]")
_NOT_SEGMENT_CHARS = re.compile(rf"[^0-9A-Za-z._\-{_ARABIC}]+")


def check_article_id(raw: str) -> str:
    """The id in its normal form, or ReadError saying which part of the rule it breaks."""
    doc_id = unicodedata.normalize("NFKC", raw).strip()
    if not doc_id:
        raise ReadError("empty id")
    if len(doc_id) > MAX_ID_CHARS:
        raise ReadError(f"id longer than {MAX_ID_CHARS} characters ({len(doc_id)})")
    if doc_id.startswith(RESERVED_PREFIX):
        raise ReadError(f"ids starting with {RESERVED_PREFIX!r} are reserved")
    for segment in doc_id.split("/"):
        if segment in ("", ".", ".."):
            raise ReadError(f"id {doc_id[:60]!r} has an empty, '.' or '..' path segment")
        bad = [c for c in segment if not _SEGMENT_CHAR.fullmatch(c)]
        if bad:
            shown = ", ".join(sorted({f"U+{ord(c):04X}" for c in bad})[:5])
            raise ReadError(f"id has characters outside {ALLOWED_ID_CHARACTERS} ({shown})")
    return doc_id


def id_from_path(rel_id: str) -> str:
    """An id for a file: its path under the ingested folder, each part fitted to the rule."""
    parts = []
    for part in unicodedata.normalize("NFKC", rel_id).replace("\\", "/").split("/"):
        slug = _NOT_SEGMENT_CHARS.sub("-", part).strip("-").lstrip("_").lstrip(".")
        if slug:
            parts.append(slug)
    joined = "/".join(parts)
    if not joined:
        raise ReadError(f"no usable id in the file name {rel_id[:60]!r}")
    if len(joined) > MAX_ID_CHARS:
        raise ReadError(f"file path too long for an id ({len(joined)} > {MAX_ID_CHARS} characters)")
    return check_article_id(joined)
