"""Answers written by a chat model on any OpenAI-compatible server, with checked citations.

The model sees the retrieved passages as numbered, fenced sources and is told to cite them
as `[n]`. What it writes is not trusted: each sentence is checked against the sources it cites before
anyone sees it (`assistant.checked_stream`), streamed or not. Policy for what reaches the reader:

- no sources, or sources that are all clearly off-topic: the refusal, without calling the
  model (it would only be tempted to answer from memory);
- a sentence is shown only when every claim in it is supported by the source it cites (or,
  uncited, clearly supported by one source, whose marker it then gets); sentences that are
  not answers (chat-template tokens, echoed prompt lines or fences, a question, the refusal
  or a variant of it) are dropped whatever they cite (`assistant.non_answer`);
- when no sentence holds, the answer is the refusal in the question's language. An uncited
  answer cannot be checked, and it is exactly what a model that obeyed instructions planted
  in an article ("reply HACKED") produces.

So every citation shown is a supported one, and the streamed deltas joined are the answer.
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
from assistant.checked_stream import CheckedStream
from assistant.citations import ClaimChecker, parse_markers, strip_markers
from assistant.config import Settings
from assistant.errors import LLMError
from assistant.non_answer import non_answer_reason
from assistant.support import EmbedFn, KnownVectors
from assistant.types import Answer
from language.analyzer import normalize
from language.sentences import split_sentences
from language.tokens import count_tokens, truncate_to_tokens
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
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)  # condense replies only
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
        sentence_vectors: KnownVectors | None = None,
        answer_max_tokens: int = ANSWER_MAX_TOKENS,
    ):
        if not settings.llm_model:
            raise ValueError("LLM mode needs a model name (QIMMA_LLM_MODEL)")
        self.model = settings.llm_model
        self.context_tokens = settings.context_tokens
        self.timeout = settings.llm_timeout
        self.min_relevant_dense = min_relevant_dense
        self.embed: EmbedFn | None = embed_function(embed_model)
        self.sentence_vectors = sentence_vectors  # the store's, so sources need no embedding
        self.answer_max_tokens = answer_max_tokens
        self.condense_max_tokens = CONDENSE_MAX_TOKENS
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
                max_tokens=self.condense_max_tokens,
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

    def _checked_stream(self, question: str, sources: list[Hit]) -> CheckedStream:
        def reject(sentence: str) -> str | None:
            if is_refusal(sentence):
                return "the refusal or a variant of it"
            return non_answer_reason(sentence, question)

        checker = ClaimChecker(sources, self.embed)
        checker.prepare_in_background(self.sentence_vectors)  # overlaps the model's writing
        return CheckedStream(checker, reject)

    def answer(self, question: str, hits: list[Hit], history: list[Turn], lang: str) -> Answer:
        """One request, then the checked answer (or the refusal): the stream's text, whole."""
        sources = self._sources(hits)
        if not sources:
            return self._refusal(lang)
        checked = self._checked_stream(question, sources)
        t0 = time.perf_counter()
        reply = self._create(
            messages=self.answer_messages(question, sources, history, lang),
            temperature=0,
            max_tokens=self.answer_max_tokens,
        )
        timings = {"generate_ms": (time.perf_counter() - t0) * 1000}
        text = (reply.choices[0].message.content if reply.choices else "") or ""
        t1 = time.perf_counter()
        checked.feed(text)
        checked.close()
        timings["verify_ms"] = (time.perf_counter() - t1) * 1000
        return self._final(checked, lang, _usage(reply.usage), timings)

    def stream(
        self, question: str, hits: list[Hit], history: list[Turn], lang: str
    ) -> Iterator[str | Answer]:
        """Checked sentences as the model completes them, then the Answer they make up.

        The deltas joined are the final Answer's text: a sentence appears only once checked,
        with its final markers, and when none holds the refusal is the one delta.
        """
        sources = self._sources(hits)
        if not sources:
            refusal = self._refusal(lang)
            yield refusal.answer
            yield refusal
            return
        checked = self._checked_stream(question, sources)
        t0 = time.perf_counter()
        chunks = self._create(
            messages=self.answer_messages(question, sources, history, lang),
            temperature=0,
            max_tokens=self.answer_max_tokens,
            stream=True,
            stream_options={"include_usage": True},
        )
        usage: dict[str, int] = {}
        timings: dict[str, float] = {"verify_ms": 0.0}

        def shown(pieces: list[str]) -> list[str]:
            if pieces and "first_shown_ms" not in timings:
                timings["first_shown_ms"] = (time.perf_counter() - t0) * 1000
            return pieces

        try:
            for chunk in chunks:
                if chunk.usage is not None:
                    usage = _usage(chunk.usage)
                for choice in chunk.choices or []:
                    delta = choice.delta.content if choice.delta else None
                    if delta:
                        timings.setdefault("first_token_ms", (time.perf_counter() - t0) * 1000)
                        t1 = time.perf_counter()
                        pieces = checked.feed(delta)
                        timings["verify_ms"] += (time.perf_counter() - t1) * 1000
                        yield from shown(pieces)
        except (openai.OpenAIError, httpx.HTTPError) as exc:  # the stream can break midway
            raise self._error(exc) from exc
        finally:
            chunks.close()  # also when the caller stops reading (client went away)
        t1 = time.perf_counter()
        pieces = checked.close()
        timings["verify_ms"] += (time.perf_counter() - t1) * 1000
        yield from shown(pieces)
        timings["generate_ms"] = (time.perf_counter() - t0) * 1000
        final = self._final(checked, lang, usage, timings)
        if final.refused:
            yield final.answer
        yield final

    def _final(
        self, checked: CheckedStream, lang: str, usage: dict[str, int], timings: dict[str, float]
    ) -> Answer:
        """The checked sentences as the Answer, or the refusal when none held."""
        if not checked.pieces:
            if checked.dropped:
                log.warning("no sentence of the model's reply holds; refusing")
            return self._refusal(lang, usage=usage, timings=timings)
        return Answer(
            checked.text,
            refused=False,
            citations=list(checked.checker.citations),
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
