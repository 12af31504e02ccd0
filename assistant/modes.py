"""The answer modes, in one type that the settings, the service, the faces and evaluation share."""

from __future__ import annotations

from enum import Enum


class AnswerMode(str, Enum):
    """How a question is answered: offline (extractive, no LLM), by an LLM, or auto.

    `auto` means the LLM when one is configured (`QIMMA_LLM_MODEL`), else offline; the
    service resolves it before choosing an answerer.
    """

    AUTO = "auto"
    OFFLINE = "offline"
    LLM = "llm"

    def __str__(self) -> str:
        return self.value


MODE_CHOICES = tuple(mode.value for mode in AnswerMode)
