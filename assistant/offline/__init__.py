"""The offline answerer: extractive, cited answers with no LLM and no network."""

from assistant.offline.answerer import OfflineAnswerer

__all__ = ["OfflineAnswerer"]
