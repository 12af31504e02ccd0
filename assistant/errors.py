"""Errors the faces turn into messages and HTTP statuses."""


class LLMError(RuntimeError):
    """The LLM server could not be reached or answered with an error (one-line message)."""


class NotFoundError(KeyError):
    """An article or conversation id that does not exist."""

    def __str__(self) -> str:
        return f"not found: {self.args[0]}" if self.args else "not found"
