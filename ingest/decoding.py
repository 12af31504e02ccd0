"""Bytes on disk to text: size-capped reads and the encoding detection users' files need.

Arabic news arrives as UTF-8, UTF-16/32 (with or without a BOM) and legacy cp1256; binary or
empty input becomes a one-line `ReadError` rather than mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import charset_normalizer

_BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 64 * 1024
_MAX_BAD_CHAR_RATIO = 0.02
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


class ReadError(Exception):
    """One-line, user-facing reason a file (or one jsonl line) could not be read.

    Defined at this lowest layer so every reader can raise it; `ingest.readers` re-exports it.
    """


class StorageFullError(RuntimeError):
    """The disk (or the database on it) is full: an ingest stops at once instead of crawling."""


def check_size(path: Path, max_bytes: int) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise ReadError(f"file too large: {_size(size)} > {_size(max_bytes)} limit")
    if size == 0:
        raise ReadError("empty file")
    return size


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read at most max_bytes (+1 to notice a file that grew since stat), never the whole file."""
    check_size(path, max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise ReadError("not a regular file") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ReadError(f"file too large: more than {_size(max_bytes)}")
    return data


def _size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text for UTF-8/16/32 and legacy Arabic (cp1256); ReadError for binary or empty.

    charset-normalizer alone misreads short cp1256 Arabic (as cp932, big5...), so cp1256 wins
    whenever it turns the bytes into mostly Arabic letters.
    """
    text = _decode(data, declared)
    if not text.strip():
        raise ReadError("empty file")
    if _looks_binary(text):
        raise ReadError("binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared: str | None) -> str:  # noqa: C901 - encodings tried in a fixed order
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if b"\x00" in data[:_SNIFF_BYTES]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ReadError("binary file, not text")
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise ReadError("binary file, not text") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    if _mostly_utf8(lenient):
        return lenient  # UTF-8 with a few bad bytes, not a legacy encoding
    if declared:
        try:
            return data.decode(codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            pass
    as_cp1256 = data.decode("cp1256")
    if _mostly_arabic(as_cp1256):
        return as_cp1256
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReadError("binary file, not text")
    return str(best)


def _mostly_utf8(lenient: str) -> bool:
    """A few bad bytes among valid multi-byte UTF-8 characters: UTF-8 with damage.

    Legacy cp1256 Arabic almost never forms valid UTF-8 sequences (its letters are lead bytes
    followed by lead bytes), so every Arabic letter in it becomes a replacement mark; a short
    UTF-8 file with three bad bytes keeps dozens of valid Arabic letters beside three marks.
    """
    bad = lenient.count("\ufffd")
    if bad <= max(1, len(lenient) // 1000):
        return True
    valid_multibyte = sum(1 for c in lenient if ord(c) > 127) - bad
    return valid_multibyte >= 4 * bad


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text puts its NUL bytes (spaces, digits, Latin) on one side of each byte pair."""
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = max(1, len(sample) // 2)
    if odd >= pairs * 0.05 and even <= odd * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.05 and odd <= even * 0.02:
        return "utf-16-be"
    return None


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha() and ord(c) > 127]
    return len(letters) >= 2 and sum(map(_is_arabic, letters)) >= 0.8 * len(letters)


def _looks_binary(text: str) -> bool:
    """Control characters and replacement marks in bulk mean the bytes were never text."""
    sample = text[:_SNIFF_BYTES]
    bad = sum(1 for c in sample if c == "\ufffd" or _is_control(c))
    return bad > max(8, len(sample) * _MAX_BAD_CHAR_RATIO)


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Co", "Cs") and char not in "\t\n\r\f\v"
