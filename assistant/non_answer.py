"""Text a model writes that is not an answer, whatever a source seems to say about it.

Small or misconfigured models leak their chat template (`[INST]`, `<<SYS>>`,
`<start_of_turn>`, `<|im_start|>`), echo the prompt back (the `<source>` fences, "Question:",
the rules) or ask a question instead of answering. A cross-language embedding can find such
debris "similar" to a passage about the same topic, so the citation check alone lets some of
it through; a sentence that matches here is never shown, whatever its markers say.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.citations import strip_markers
from language.analyzer import normalize
from prompts import load_prompt

_TEMPLATE_TOKEN = re.compile(
    r"\[/?\s*INST\s*\]|<</?\s*SYS\s*>>|<\|[\w.\-]{1,40}\|>|</?\s*(?:start_of_turn|end_of_turn|bos|"
    r"eos|s|pad|unk|im_start|im_end|eot_id|think)\s*>|\b(?:start|end)_of_turn\b|"
    r"^\s*#{2,}\s*(?:instruction|response|system|input)\b",
    re.IGNORECASE | re.MULTILINE,
)
_FENCE = re.compile(r"</?\s*sources?\b|‹/?\s*sources?\b|\bsource\s+id\s*=", re.IGNORECASE)
_PROMPT_LABEL = re.compile(
    r"^[\s#>*_\-]*(?:question|follow-up question|stand-alone question|sources?|rules?|"
    r"conversation|context|instructions?|system|user|assistant|model|"
    r"السؤال|سؤال|المصادر|المصدر|القواعد|السياق|التعليمات)\s*\**\s*[:：]",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"[?؟]\s*[*_\"'»”)]*\s*$")
MIN_ECHO_WORDS = 4
"""A sentence of at least this many words found verbatim in the prompt is an echo of it."""


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(text).lower()).split())


@lru_cache(maxsize=1)
def _prompt_text() -> str:
    """The fixed wording of the answer prompts (placeholders removed), normalized."""
    wording = " ".join(load_prompt(name) for name in ("answer_system", "answer_user"))
    return _plain(re.sub(r"\$\{?\w+\}?", " ", wording))


def non_answer_reason(sentence: str, question: str = "") -> str | None:
    """Why `sentence` is not part of an answer ('chat-template token', …), or None if it may be."""
    if _TEMPLATE_TOKEN.search(sentence):
        return "chat-template token"
    if _FENCE.search(sentence):
        return "echoed source fence"
    plain = strip_markers(sentence)
    if _PROMPT_LABEL.match(plain):
        return "echoed prompt line"
    if _QUESTION_END.search(plain):
        return "a question, not an answer"
    words = _plain(plain)
    if question and words and words == _plain(question):
        return "the question repeated"
    if len(words.split()) >= MIN_ECHO_WORDS and f" {words} " in f" {_prompt_text()} ":
        return "echoed prompt line"
    return None
