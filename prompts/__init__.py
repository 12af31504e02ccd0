"""Qimma's prompts: plain text files next to this module, read by one loader.

Keeping every prompt in a file (not in code) means each one exists once, can be reviewed as
prose, and is tested. `<name>.<lang>.txt` holds a language-specific variant (e.g. the refusal
sentence); `<name>.txt` is the shared version used for every language without its own file.

Placeholders use `string.Template` syntax (`$question`, `${sources}`), not `str.format`:
prompts are full of literal braces in examples and JSON, and Template leaves those alone.
A missing variable raises KeyError instead of sending a half-filled prompt to the model.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from string import Template

PROMPTS_DIR = Path(__file__).resolve().parent

__all__ = ["PROMPTS_DIR", "load_prompt", "render"]


@lru_cache(maxsize=64)
def load_prompt(name: str, lang: str | None = None) -> str:
    """The text of prompt `name`, preferring the `lang` variant; trailing whitespace removed."""
    candidates = [f"{name}.{lang}.txt"] if lang else []
    candidates.append(f"{name}.txt")
    for filename in candidates:
        path = PROMPTS_DIR / filename
        if path.is_file():
            return path.read_text(encoding="utf-8").rstrip()
    raise FileNotFoundError(f"no prompt {' or '.join(candidates)} in {PROMPTS_DIR}")


def render(name: str, lang: str | None = None, **variables: object) -> str:
    """Prompt `name` with its `$placeholders` filled from `variables` (all of them required)."""
    return Template(load_prompt(name, lang)).substitute({k: str(v) for k, v in variables.items()})
