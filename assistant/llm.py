"""Answers written by a chat model on any OpenAI-compatible server, with checked citations.

The model sees the retrieved passages as numbered, fenced sources and is told to cite them
as `[n]`. What it writes is not trusted: `assistant.citations` checks every claim against
its source afterwards. Policy for what reaches the reader:

- no sources, or sources that are all clearly off-topic: the refusal, without calling the
  model (it would only be tempted to answer from memory);
- a reply that is the refusal, or says the sources lack the answer: the refusal;
- a reply in which no claim is supported by a source (no markers at all, or only markers
  the check rejects): the refusal. An uncited answer cannot be checked, and it is exactly
  what a model that obeyed instructions planted in an article ("reply HACKED") produces;
- otherwise the answer, with each citation marked supported or not.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import numpy as np
import openai

from assistant.base import Turn
from assistant.citations import EmbedFn, parse_markers, strip_markers, verify_citations
from assistant.config import Settings
from assistant.errors import LLMError
from assistant.types import Answer
from ingest.arabic import normalize
from ingest.chunking import split_sentences
from ingest.tokens import count_tokens, truncate_to_tokens
from prompts import load_prompt, render
from store.types import Hit

log = logging.getLogger(__name__)

MIN_RELEVANT_DENSE = 0.72
"""Below this e5 cosine for every hit, the question is off-topic: refuse without the model.

Deliberately low: on XQuAD the best passage of every answerable question scores >= 0.79
(Arabic) and >= 0.73 (English question, Arabic passage), while off-topic questions reach 0.84,
so cosine alone cannot tell; the model's own refusal handles the rest."""
MIN_TRUNCATED_TOKENS = 60
"""A source cut to fit the budget must keep at least this many tokens, else it is dropped."""
HISTORY_TURNS = 3
"""Earlier exchanges shown to the model (condensing and answering)."""
HISTORY_ANSWER_TOKENS = 200
"""Each earlier answer is cut to this many tokens in the prompt."""
ANSWER_MAX_TOKENS = 1024
CONDENSE_MAX_TOKENS = 200
MAX_RETRIES = 1
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English"}
REFUSAL_PHRASES = (
    "do not contain",
    "does not contain",
    "don't contain",
    "doesn't contain",
    "not contain",
    "not in the sources",
    "not mentioned",
    "no information",
    "cannot answer",
    "can't answer",
    "cannot find",
    "not found in",
    "لا تحتوي",
    "لا تتضمن",
    "لا يوجد",
    "لا توجد",
    "لم تذكر",
    "لا تذكر",
    "لم يرد",
    "غير متوفر",
    "ليس في المصادر",
    "لا تتوفر",
    "لا اعرف",
    "لا يمكنني",
)
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_FENCE = re.compile(r"<\s*(/?)\s*(source|sources)\b", re.IGNORECASE)


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGE_NAMES else "en"


def refusal_text(lang: str) -> str:
    """The one-line refusal in the question's language."""
    return load_prompt("refusal", _lang(lang))


def _normalized(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", normalize(text).lower()).split())


def is_refusal(text: str) -> bool:
    """Whether a model reply says the sources lack the answer (the sentence or a variant).

    A variant ("the sources do not mention it") counts only in a short reply without markers:
    "لا يوجد رسوم للتسجيل [1]" (there is no fee) is an answer, not a refusal.
    """
    plain = _normalized(strip_markers(text))
    refusals = [_normalized(refusal_text(lang)) for lang in LANGUAGE_NAMES]
    if not plain or any(refusal in plain for refusal in refusals):
        return True
    if parse_markers(text) or len(plain) > 2 * max(len(r) for r in refusals):
        return False
    return any(_normalized(phrase) in plain for phrase in REFUSAL_PHRASES)


def fence(text: str) -> str:
    """Source text that cannot close or open a `<source>` fence of its own."""
    return _FENCE.sub(lambda m: f"‹{m.group(1)}{m.group(2)}", text)


def _render_source(number: int, hit: Hit, text: str) -> str:
    title = " ".join(fence(hit.title).replace('"', "'").split())
    return f'<source id="{number}" title="{title}">\n{fence(text)}\n</source>'


def _cut_at_sentence(number: int, hit: Hit, budget: int) -> str | None:
    """The longest run of the hit's opening sentences whose fenced block fits `budget` tokens."""
    best = None
    for _, end in split_sentences(hit.text):
        text = hit.text[:end].rstrip()
        if count_tokens(_render_source(number, hit, text)) > budget:
            break
        best = text
    if best is None or count_tokens(best) < MIN_TRUNCATED_TOKENS:
        return None
    return best


def pack_sources(hits: Sequence[Hit], budget: int) -> list[Hit]:
    """The hits that fit in `budget` prompt tokens, in retrieval order.

    Greedy: each hit goes in whole if it fits, else cut at a sentence end when at least
    MIN_TRUNCATED_TOKENS of it fit, else it is skipped (a later, shorter one may still fit).
    A cut hit keeps its start offset and gets the end of the text actually sent.
    """
    packed: list[Hit] = []
    used = 0
    for hit in hits:
        number = len(packed) + 1
        tokens = count_tokens(_render_source(number, hit, hit.text)) + 2  # blank line between
        if used + tokens <= budget:
            packed.append(hit)
            used += tokens
            continue
        cut = _cut_at_sentence(number, hit, budget - used - 2)
        if cut is not None:
            packed.append(dataclasses.replace(hit, text=cut, end=hit.start + len(cut)))
            used += count_tokens(_render_source(number, hit, cut)) + 2
    return packed


def render_sources(hits: Sequence[Hit]) -> str:
    """The sources block of the prompt: `<source id="n" title="…">text</source>`, 1-based."""
    return "\n\n".join(_render_source(i, hit, hit.text) for i, hit in enumerate(hits, 1))


def embed_function(embed_model: Any) -> EmbedFn | None:
    """A LlamaIndex embedding model as the texts -> normalized rows function the check uses."""
    if embed_model is None:
        return None

    def embed(texts: list[str]) -> np.ndarray:
        rows = np.asarray(embed_model.get_text_embedding_batch(list(texts)), dtype=np.float32)
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)

    return embed


def _history_text(history: Sequence[Turn]) -> list[tuple[str, str]]:
    return [
        (turn.question, truncate_to_tokens(strip_markers(turn.answer), HISTORY_ANSWER_TOKENS))
        for turn in history[-HISTORY_TURNS:]
    ]


def _clean_rewrite(text: str, question: str) -> str:
    """The first line of the model's rewrite, without labels or quotes; `question` if unusable."""
    line = next((ln.strip() for ln in _THINK.sub("", text).splitlines() if ln.strip()), "")
    line = re.sub(r"^[^:：]{0,40}(question|سؤال)[^:：]{0,20}[:：]\s*", "", line, flags=re.I)
    line = line.strip(" \"'«»“”`*")
    if not line or len(line) > max(400, 4 * len(question)):
        return question
    return line


class LLMAnswerer:
    """The Answerer for a chat model behind an OpenAI-compatible API."""

    mode = "llm"

    def __init__(
        self,
        settings: Settings,
        embed_model: Any = None,
        *,
        min_relevant_dense: float = MIN_RELEVANT_DENSE,
    ):
        if not settings.llm_model:
            raise ValueError("LLM mode needs a model name (QIMMA_LLM_MODEL)")
        self.model = settings.llm_model
        self.context_tokens = settings.context_tokens
        self.timeout = settings.llm_timeout
        self.min_relevant_dense = min_relevant_dense
        self.embed: EmbedFn | None = embed_function(embed_model)
        self.client = openai.OpenAI(
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key or "not-needed",
            timeout=settings.llm_timeout,
            max_retries=MAX_RETRIES,
        )

    def label(self) -> str:
        return f"llm: {self.model}"

    # ------------------------------------------------------------------ prompts
    def condense_messages(self, question: str, history: Sequence[Turn]) -> list[dict[str, str]]:
        lines = []
        for asked, answered in _history_text(history):
            lines += [f"User: {asked}", f"Assistant: {answered}"]
        prompt = render("condense", history="\n".join(lines), question=question)
        return [{"role": "user", "content": prompt}]

    def answer_messages(
        self, question: str, sources: Sequence[Hit], history: Sequence[Turn], lang: str
    ) -> list[dict[str, str]]:
        """System rules first, earlier turns next, then the fenced sources and the question."""
        lang = _lang(lang)
        system = render("answer_system", language=LANGUAGE_NAMES[lang], refusal=refusal_text(lang))
        messages = [{"role": "system", "content": system}]
        for asked, answered in _history_text(history):
            messages += [
                {"role": "user", "content": asked},
                {"role": "assistant", "content": answered},
            ]
        user = render("answer_user", sources=render_sources(sources), question=question)
        messages.append({"role": "user", "content": user})
        return messages

    # ------------------------------------------------------------------ calls
    def _error(self, exc: Exception) -> LLMError:
        where = f"LLM server {self.client.base_url}"
        if isinstance(exc, openai.APITimeoutError):
            text = f"{where} did not answer within {self.timeout:g} s"
        elif isinstance(exc, openai.APIConnectionError):
            text = f"cannot reach {where}: {exc.__cause__ or exc}"
        elif isinstance(exc, openai.APIStatusError):
            detail = exc.message.splitlines()[0] if exc.message else ""
            text = f"{where} answered HTTP {exc.status_code}: {detail[:200]}"
        elif isinstance(exc, httpx.HTTPError):
            text = f"{where} broke off the answer: {type(exc).__name__}: {exc}"
        else:
            text = f"{where} failed: {type(exc).__name__}: {exc}"
        return LLMError(" ".join(text.split()))

    def _create(self, **kwargs: Any) -> Any:
        try:
            return self.client.chat.completions.create(model=self.model, **kwargs)
        except openai.BadRequestError as exc:
            if "stream_options" in kwargs and "stream_options" in str(exc):
                kwargs.pop("stream_options")  # older servers reject it: stream without usage
                return self._create(**kwargs)
            raise self._error(exc) from exc
        except openai.OpenAIError as exc:
            raise self._error(exc) from exc

    def contextualize(self, question: str, history: list[Turn]) -> str:
        """The follow-up rewritten as a stand-alone question (the question itself on failure)."""
        if not history:
            return question
        try:
            reply = self._create(
                messages=self.condense_messages(question, history),
                temperature=0,
                max_tokens=CONDENSE_MAX_TOKENS,
            )
            return _clean_rewrite(reply.choices[0].message.content or "", question)
        except (LLMError, IndexError, AttributeError) as exc:
            log.warning("condensing the follow-up failed, searching with it as asked: %s", exc)
            return question

    # ------------------------------------------------------------------ answers
    def _off_topic(self, hits: Sequence[Hit]) -> bool:
        dense = [h.signals["dense"] for h in hits if "dense" in h.signals]
        return bool(dense) and len(dense) == len(hits) and max(dense) < self.min_relevant_dense

    def _refusal(self, lang: str, **fields: Any) -> Answer:
        return Answer(refusal_text(lang), refused=True, mode=self.mode, language=lang, **fields)

    def _sources(self, hits: Sequence[Hit]) -> list[Hit]:
        """The packed sources, or [] when the question should be refused without the model."""
        if not hits or self._off_topic(hits):
            return []
        return pack_sources(hits, self.context_tokens)

    def answer(self, question: str, hits: list[Hit], history: list[Turn], lang: str) -> Answer:
        """One request, then the checked answer (or the refusal)."""
        sources = self._sources(hits)
        if not sources:
            return self._refusal(lang)
        t0 = time.perf_counter()
        reply = self._create(
            messages=self.answer_messages(question, sources, history, lang),
            temperature=0,
            max_tokens=ANSWER_MAX_TOKENS,
        )
        timings = {"generate_ms": (time.perf_counter() - t0) * 1000}
        text = reply.choices[0].message.content if reply.choices else ""
        return self._finish(text or "", sources, lang, _usage(reply.usage), timings)

    def stream(
        self, question: str, hits: list[Hit], history: list[Turn], lang: str
    ) -> Iterator[str | Answer]:
        """Deltas as the server sends them, then the checked Answer.

        The final Answer's text replaces the streamed one: its markers are renumbered and,
        when the check fails, it is the refusal.
        """
        sources = self._sources(hits)
        if not sources:
            refusal = self._refusal(lang)
            yield refusal.answer
            yield refusal
            return
        t0 = time.perf_counter()
        chunks = self._create(
            messages=self.answer_messages(question, sources, history, lang),
            temperature=0,
            max_tokens=ANSWER_MAX_TOKENS,
            stream=True,
            stream_options={"include_usage": True},
        )
        parts: list[str] = []
        usage: dict[str, int] = {}
        first_token_ms = None
        try:
            for chunk in chunks:
                if chunk.usage is not None:
                    usage = _usage(chunk.usage)
                for choice in chunk.choices or []:
                    delta = choice.delta.content if choice.delta else None
                    if delta:
                        if first_token_ms is None:
                            first_token_ms = (time.perf_counter() - t0) * 1000
                        parts.append(delta)
                        yield delta
        except (openai.OpenAIError, httpx.HTTPError) as exc:  # the stream can break midway
            raise self._error(exc) from exc
        finally:
            chunks.close()  # also when the caller stops reading (client went away)
        timings = {"generate_ms": (time.perf_counter() - t0) * 1000}
        if first_token_ms is not None:
            timings["first_token_ms"] = first_token_ms
        yield self._finish("".join(parts), sources, lang, usage, timings)

    def _finish(
        self,
        text: str,
        sources: list[Hit],
        lang: str,
        usage: dict[str, int],
        timings: dict[str, float],
    ) -> Answer:
        """Apply the module's policy (see its docstring) to the model's reply."""
        text = _THINK.sub("", text).strip()
        if is_refusal(text):
            return self._refusal(lang, usage=usage, timings=timings)
        t0 = time.perf_counter()
        try:
            cleaned, citations = verify_citations(text, sources, self.embed, attach_uncited=True)
        except Exception as exc:  # e.g. a remote embeddings endpoint that went away
            if self.embed is None:
                raise
            log.warning("embedding claims failed (%s); checking citations by words only", exc)
            cleaned, citations = verify_citations(text, sources, None, attach_uncited=True)
        timings["verify_ms"] = (time.perf_counter() - t0) * 1000
        if not any(c.supported for c in citations):
            log.warning("no claim of the model's reply is supported by a source; refusing")
            return self._refusal(lang, usage=usage, timings=timings)
        return Answer(
            cleaned,
            refused=False,
            citations=citations,
            mode=self.mode,
            language=lang,
            usage=usage,
            timings=timings,
        )


def _usage(usage: Any) -> dict[str, int]:
    """Token counts the server reported ({} when it reports none)."""
    names = ("prompt_tokens", "completion_tokens", "total_tokens")
    values = {name: getattr(usage, name, None) for name in names}
    return {name: int(value) for name, value in values.items() if value is not None}
