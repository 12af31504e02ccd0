"""LLM-judged faithfulness, relevancy and correctness, through LlamaIndex's evaluators.

Judged scores depend on the judge model and its mood, so they are reported apart from the
deterministic metrics and never replace them. The evaluators parse plain replies:
faithfulness and relevancy pass when the reply contains "yes"; correctness reads a 1-5 score
on the first line. LlamaIndex's default correctness parser fails on a reply with no second line,
so a tolerant one (first number in the reply) is used instead.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.config import Settings
from qimma.evaluation.metrics import strip_markup

_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def parse_score(reply: str) -> tuple[float | None, str]:
    """(score, reasoning) from a correctness reply: the first number in it, kept within 1-5."""
    match = _NUMBER_RE.search(reply or "")
    if not match:
        return None, (reply or "").strip()
    score = min(5.0, max(1.0, float(match.group())))
    return score, (reply[match.end() :]).strip()


def build_judge_llm(settings: Settings) -> Any:
    """The OpenAI-compatible chat model named in the settings, as a LlamaIndex LLM."""
    if not settings.llm_configured:
        raise ValueError("--judge needs an LLM: set QIMMA_LLM_MODEL (and OPENAI_BASE_URL)")
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise ValueError("--judge needs llama-index-llms-openai-like (pip install it)") from exc
    return OpenAILike(
        model=settings.llm_model,
        api_base=settings.openai_base_url,
        api_key=settings.openai_api_key or "not-needed",
        is_chat_model=True,
        context_window=8192,
        temperature=0.0,
        timeout=settings.llm_timeout,
        max_retries=1,
    )


class Judge:
    """Scores one answer with the three LlamaIndex evaluators; a failed call is recorded, not raised."""

    def __init__(self, llm: Any):
        from llama_index.core.evaluation import (
            CorrectnessEvaluator,
            FaithfulnessEvaluator,
            RelevancyEvaluator,
        )

        self.faithfulness = FaithfulnessEvaluator(llm=llm)
        self.relevancy = RelevancyEvaluator(llm=llm)
        self.correctness = CorrectnessEvaluator(llm=llm, parser_function=parse_score)

    @classmethod
    def from_settings(cls, settings: Settings) -> Judge:
        return cls(build_judge_llm(settings))

    def score(
        self, question: str, answer: str, contexts: list[str], references: list[str]
    ) -> dict[str, Any]:
        """{faithfulness: 0/1, relevancy: 0/1, correctness: 1-5} (missing where not judged)."""
        response = strip_markup(answer).strip()
        out: dict[str, Any] = {}
        errors = []
        if contexts:
            for name, evaluator in (
                ("faithfulness", self.faithfulness),
                ("relevancy", self.relevancy),
            ):
                try:
                    result = evaluator.evaluate(
                        query=question, response=response, contexts=contexts
                    )
                    out[name] = float(bool(result.passing))
                except Exception as exc:  # noqa: BLE001 - one judge failure must not stop the run
                    errors.append(f"{name}: {exc}")
        if references:
            try:
                result = self.correctness.evaluate(
                    query=question, response=response, reference=" | ".join(references)
                )
                if result.score is not None:
                    out["correctness"] = float(result.score)
            except Exception as exc:  # noqa: BLE001
                errors.append(f"correctness: {exc}")
        if errors:
            out["error"] = "; ".join(errors)
        return out
