"""From files on disk to raw article text: one reader per format, one error type for all.

Every failure a user can cause (a binary file, a broken PDF, a legacy-encoded text) becomes a
one-line `ReadError`, so a batch ingest can report it and go on with the next file. Nothing
here cleans the text further or touches the network.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import docx
import lxml.html
import trafilatura
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from pypdf import PdfReader
from trafilatura.settings import set_date_params

# ReadError and decode_text stay importable from here, as callers expect
from ingest.decoding import ReadError, check_size, decode_text, read_bytes

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".jsonl")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# a .docx is a zip: its size on disk says little about what parsing it costs
DEFAULT_MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
DEFAULT_MAX_CHARS = 500_000

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_MD_HEADING = re.compile(r"^#\s+(.+?)(?:\s+#+)?\s*$")
_MD_SETEXT_ONE = re.compile(r"^ {0,3}=+\s*$")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HTML_BLOCKS = (
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "blockquote", "pre", "header", "footer", "table",
)  # fmt: skip
# python-docx's own template carries this creation time; it says nothing about the article.
_PYTHON_DOCX_TEMPLATE_DATE = datetime(2013, 12, 23, 23, 15)


@dataclass
class RawDocument:
    """One article as a format gives it: text plus whatever metadata the format carries."""

    text: str
    title: str = ""
    url: str = ""
    date: str = ""
    source: str = ""
    lang: str = ""
    id: str = ""
    line: int | None = None


@dataclass
class InputFile:
    """A file to ingest, with the id it gets from its place under the folder the user named."""

    path: Path
    base: Path
    rel_id: str


# --- finding files -------------------------------------------------------------------------


def iter_input_files(
    paths: Iterable[str | Path],
) -> tuple[list[InputFile], list[tuple[str, str]]]:
    """Expand files and folders into readable files, and (path, reason) for paths we must skip.

    Folders are walked recursively in sorted order; hidden entries and unsupported suffixes
    inside them are skipped quietly, but a missing path or an explicitly named unsupported file
    is reported so the user learns why nothing happened.
    """
    found: list[InputFile] = []
    problems: list[tuple[str, str]] = []
    seen: set[Path] = set()

    def add(item: InputFile) -> None:
        key = item.path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(item)

    for raw in paths:
        path = Path(os.path.abspath(Path(raw).expanduser()))
        if path.is_dir():
            items = list(_walk_folder(path))
            if not items:
                problems.append((str(raw), "folder has no supported files"))
            for item in items:
                add(item)
        elif path.is_file():
            if not is_supported(path):
                problems.append((str(raw), _unsupported(path)))
            else:
                add(InputFile(path=path, base=path.parent, rel_id=_without_suffixes(path).name))
        elif path.exists():
            problems.append((str(raw), "not a regular file"))
        else:
            problems.append((str(raw), "no such file or folder"))
    return found, problems


def _walk_folder(base: Path) -> list[InputFile]:
    """Supported, non-hidden files under base, sorted by their path relative to it."""
    found: list[InputFile] = []
    for root, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # prune: never descend into .git
        for name in files:
            path = Path(root) / name
            if name.startswith(".") or not is_supported(path):
                continue
            rel = _without_suffixes(path.relative_to(base))
            found.append(InputFile(path=path, base=base, rel_id=rel.as_posix()))
    return sorted(found, key=lambda item: item.path.relative_to(base).parts)


def is_supported(path: Path) -> bool:
    """A supported suffix, or a supported one under .gz (news.jsonl.gz)."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        suffix = Path(path.stem).suffix.lower()
    return suffix in SUPPORTED_SUFFIXES


def _without_suffixes(path: Path) -> Path:
    """The id part of a path: 'a/news' for 'a/news.jsonl.gz' and for 'a/news.jsonl'."""
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.with_suffix("")


def _unsupported(path: Path) -> str:
    suffix = path.suffix or "(none)"
    return (
        f"unsupported file type {suffix} (supported: {', '.join(SUPPORTED_SUFFIXES)}, "
        "each also as .gz)"
    )


# --- reading -------------------------------------------------------------------------------


def read_file(
    path: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[RawDocument]:
    """Read one file into documents: one for most formats, one per good line for .jsonl.

    Raises ReadError when the whole file is unusable or its text is longer than max_chars;
    a .jsonl with some bad lines returns the good ones (`read_jsonl` gives the bad lines too).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        docs, bad_lines = read_jsonl(path, max_bytes=max_bytes, max_chars=max_chars)
        if not docs:
            if not bad_lines:
                raise ReadError("empty file")
            line, reason = bad_lines[0]
            raise ReadError(f"no readable lines (line {line}: {reason})")
        return docs
    doc = _read_one(path, suffix, max_bytes, max_unzipped_bytes)
    check_text_length(doc.text, max_chars)
    return [doc]


def check_text_length(text: str, max_chars: int) -> None:
    """Refuse an article longer than the limit instead of indexing (and embedding) all of it."""
    if len(text) > max_chars:
        raise ReadError(
            f"article text too long: {len(text):,} characters, over the {max_chars:,} limit"
            " (QIMMA_MAX_ARTICLE_CHARS)"
        )


def _read_one(path: Path, suffix: str, max_bytes: int, max_unzipped_bytes: int) -> RawDocument:
    if suffix in (".txt", ".md"):
        text = decode_text(read_bytes(path, max_bytes))
        if suffix == ".txt":
            return RawDocument(text=text)
        return _read_markdown(text)
    if suffix in (".html", ".htm"):
        return _read_html(read_bytes(path, max_bytes))
    if suffix == ".pdf":
        check_size(path, max_bytes)
        return _read_pdf(path)
    if suffix == ".docx":
        check_size(path, max_bytes)
        check_zip_expansion(path, max_unzipped_bytes, "DOCX")
        return _read_docx(path)
    raise ReadError(_unsupported(path))


def check_zip_expansion(path: Path, max_unzipped_bytes: int, kind: str = "archive") -> None:
    """Refuse a zip-based file whose members expand past the limit, before parsing any of it.

    The sizes come from the archive's directory; zipfile never returns more bytes than a
    member declares, so a lying header only truncates (and fails the CRC), it cannot inflate.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(f"corrupt or unreadable {kind}: {_short(exc)}") from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise ReadError(f"{kind} has {len(members):,} zip members (at most {MAX_ZIP_MEMBERS:,})")
    total = sum(m.file_size for m in members)
    if total > max_unzipped_bytes:
        mb = 1024 * 1024
        raise ReadError(
            f"{kind} expands to {total / mb:,.0f} MB, over the {max_unzipped_bytes / mb:,.0f} MB"
            " limit (QIMMA_MAX_UNZIPPED_MB): refused as a possible zip bomb"
        )


def read_jsonl(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[list[RawDocument], list[tuple[int, str]]]:
    """Read a JSON Lines file: good documents plus (line_number, reason) for each bad line.

    One article per line with a required "text"; blank lines are skipped. A bad line costs
    only itself. Raises ReadError only when the file as a whole cannot be read.
    """
    text = decode_text(read_bytes(Path(path), max_bytes))
    docs: list[RawDocument] = []
    bad: list[tuple[int, str]] = []
    # split on "\n" only: str.splitlines would also break on U+2028 inside JSON strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc = _jsonl_document(line, number)
            check_text_length(doc.text, max_chars)
            docs.append(doc)
        except ReadError as exc:
            bad.append((number, str(exc)))
    return docs, bad


def _jsonl_document(line: str, number: int) -> RawDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:  # a line nested thousands deep must cost only itself
        raise ReadError("invalid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise ReadError("line is not a JSON object")
    if "text" not in record:
        raise ReadError('missing "text"')
    text = record["text"]
    if not isinstance(text, str):
        raise ReadError('"text" is not a string')
    if not text.strip():
        raise ReadError('empty "text"')
    fields = {name: _jsonl_field(record, name) for name in ("title", "url", "date", "source", "id")}
    lang = _primary_language(_jsonl_field(record, "lang"))
    return RawDocument(text=text, lang=lang, line=number, **fields)


def _jsonl_field(record: dict, name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise ReadError(f'"{name}" is not a string')


# --- text ----------------------------------------------------------------------------------


def _primary_language(tag: str) -> str:
    """'ar-BH' and 'AR' both become 'ar', the form the rest of Qimma compares against."""
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0] if tag.strip() else ""


def _read_markdown(text: str) -> RawDocument:
    """The text with its front matter (`---` … `---`) taken off; its `title` and `date` kept,
    else the first level-one heading (`# Title`, or `Title` over a `===` line)."""
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in ("title", "date") and value.strip():
                fields[key.strip().lower()] = value.strip().strip("'\"").strip()
        text = text[match.end() :]
    title = fields.get("title") or _markdown_title(text)
    return RawDocument(text=text, title=title, date=fields.get("date", ""))


def _markdown_title(text: str) -> str:
    in_fence = False
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = _MD_HEADING.match(line)
        if match:
            return match.group(1).strip()
        underline = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and _MD_SETEXT_ONE.match(underline):
            return line.strip()
    return ""


# --- HTML ----------------------------------------------------------------------------------


def _read_html(data: bytes) -> RawDocument:
    """Main text via trafilatura (nav, footers and banners dropped); plain dump as a fallback."""
    match = _META_CHARSET.search(data[:4096])
    html = decode_text(data, declared=match.group(1).decode("ascii") if match else None)
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, etree.ParserError) as exc:
        raise ReadError(f"unreadable HTML: {_short(exc)}") from None
    try:
        extracted = trafilatura.bare_extraction(
            tree,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            with_metadata=True,
            # no free-text date guessing: a wrong date is worse than none
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception:  # an extractor bug must not lose a page that has text
        extracted = None
    text = (getattr(extracted, "text", None) or "").strip()
    if not text:
        text = _html_text_dump(tree)
    if not text:
        raise ReadError("HTML page has no text")
    title = (getattr(extracted, "title", None) or tree.findtext(".//title") or "").strip()
    return RawDocument(
        text=text,
        title=title,
        url=(getattr(extracted, "url", None) or "").strip(),
        date=(getattr(extracted, "date", None) or "").strip(),
        lang=_primary_language(tree.get("lang") or tree.get("xml:lang") or ""),
    )


def _html_text_dump(tree: lxml.html.HtmlElement) -> str:
    body = deepcopy(tree.body if tree.find("body") is not None else tree)
    for element in body.xpath(".//script|.//style|.//noscript|.//template"):
        element.drop_tree()
    for element in body.iter(*_HTML_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in body.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


# --- PDF -----------------------------------------------------------------------------------


def _read_pdf(path: Path) -> RawDocument:
    """Text of every page, joined by blank lines; pypdf's errors become one-line reasons."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not _decrypt_empty_password(reader):
            raise ReadError("PDF is password-protected")
        pages = list(reader.pages)
    except ReadError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise ReadError(f"corrupt or unreadable PDF: {_short(exc)}") from None
    texts: list[str] = []
    first_error: Exception | None = None
    for page in pages:
        try:
            page_text = (page.extract_text() or "").strip()
        except Exception as exc:  # one damaged page should not lose the others
            first_error = first_error or exc
            continue
        if page_text:
            texts.append(page_text)
    if not texts:
        if first_error is not None:
            raise ReadError(f"corrupt or unreadable PDF: {_short(first_error)}")
        raise ReadError("PDF has no extractable text (scanned?)")
    title, date = _pdf_metadata(reader)
    return RawDocument(text="\n\n".join(texts), title=title, date=date)


def _decrypt_empty_password(reader: PdfReader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False


def _pdf_metadata(reader: PdfReader) -> tuple[str, str]:
    try:
        meta = reader.metadata
        if meta is None:
            return "", ""
        title = str(meta.title or "").strip()
    except Exception:
        return "", ""
    date = ""
    for attribute in ("creation_date", "modification_date"):
        try:
            value = getattr(meta, attribute)
        except Exception:  # malformed date strings raise on access
            continue
        if value is not None:
            date = value.date().isoformat()
            break
    return title, date


# --- DOCX ----------------------------------------------------------------------------------


def _read_docx(path: Path) -> RawDocument:
    """Paragraphs and table rows in document order; date from the core properties, title from
    them or else from the first paragraph styled as a title or top heading."""
    if not zipfile.is_zipfile(path):
        raise ReadError("corrupt or unreadable DOCX: not a zip archive")
    try:
        document = docx.Document(str(path))
        lines = _docx_lines(document)
        props = document.core_properties
    except Exception as exc:  # python-docx/lxml/zipfile raise many types on damaged files
        raise ReadError(f"corrupt or unreadable DOCX: {_short(exc)}") from None
    text = "\n".join(line for line in lines if line.strip())
    if not text.strip():
        raise ReadError("DOCX has no text")
    date = ""
    for value in (props.created, props.modified):
        if value is not None and value.replace(tzinfo=None) != _PYTHON_DOCX_TEMPLATE_DATE:
            date = value.date().isoformat()
            break
    title = (props.title or "").strip() or _docx_heading(document)
    return RawDocument(text=text, title=title, date=date)


# paragraph styles that mark a document's headline, by their built-in (English) style names
_DOCX_HEADLINE_STYLES = ("Title", "Heading 1", "Heading 2")
_DOCX_HEADLINE_WITHIN = 5  # the headline is among the first few paragraphs that have text


def _docx_heading(document) -> str:
    """The first paragraph styled as a title or top heading near the start, else ""."""
    seen = 0
    for paragraph in document.paragraphs:
        if not paragraph.text.strip():
            continue
        style = paragraph.style
        name = getattr(style, "name", "") or ""
        if name in _DOCX_HEADLINE_STYLES:
            return paragraph.text.strip()
        seen += 1
        if seen >= _DOCX_HEADLINE_WITHIN:
            break
    return ""


def _docx_lines(container) -> list[str]:
    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return lines


def _table_lines(table: Table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell repeats across its columns
                continue
            seen.append(cell._tc)
            cell_text = " ".join(line.strip() for line in _docx_lines(cell) if line.strip())
            if cell_text:
                cells.append(cell_text)
        if cells:
            lines.append(" | ".join(cells))
    return lines


def _short(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message if len(message) <= 120 else message[:117] + "..."
