"""Fitted numbers: one versioned JSON file per model, written by a script in `bench/`.

A constant pasted into a module with "tuned" in its comment cannot be reproduced; a file
that names the script that wrote it, the data it was fitted on and its figures on held-out
data can. Code loads a model by name (`load_fitted("sentence")`), lazily and once; the
refitting scripts call `write_fitted` with what they measured.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1


class FittedModelError(RuntimeError):
    """A fitted-model file is missing, malformed or does not match the code's features."""


def _path(name: str) -> Path:
    return Path(str(files("assistant.fitted") / f"{name}.json"))


@cache
def load_fitted(name: str) -> dict[str, Any]:
    """The parsed file `assistant/fitted/<name>.json` (checked for its format version)."""
    path = _path(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FittedModelError(f"cannot read fitted model {name!r} at {path}: {exc}") from exc
    if data.get("format") != FORMAT_VERSION or data.get("model") != name:
        raise FittedModelError(f"{path} is not a version-{FORMAT_VERSION} file for {name!r}")
    return data


def linear_weights(name: str, features: Sequence[str]) -> tuple[tuple[float, ...], float]:
    """(weights in the order of `features`, bias) of a fitted logistic model."""
    data = load_fitted(name)
    weights = data["weights"]
    if list(weights) != list(features):
        raise FittedModelError(
            f"fitted model {name!r} has features {list(weights)}, the code computes "
            f"{list(features)}: refit it with {data.get('fitted_by', 'its bench script')}"
        )
    return tuple(float(weights[f]) for f in features), float(data["bias"])


def write_fitted(
    name: str,
    *,
    fitted_by: str,
    fitted_on: str,
    weights: dict[str, float],
    bias: float | None = None,
    choices: dict[str, Any] | None = None,
    figures: dict[str, Any] | None = None,
    version: int | None = None,
) -> Path:
    """Write (or replace) a model file; its `version` goes up by one each time."""
    path = _path(name)
    old_version = 0
    if path.exists():
        old_version = int(json.loads(path.read_text(encoding="utf-8")).get("version", 0))
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "model": name,
        "version": version if version is not None else old_version + 1,
        "fitted_by": fitted_by,
        "fitted_on": fitted_on,
        "date": date.today().isoformat(),
        "weights": {k: round(float(v), 4) for k, v in weights.items()},
    }
    if bias is not None:
        data["bias"] = round(float(bias), 4)
    if choices:
        data["choices"] = choices
    if figures:
        data["figures"] = figures
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    load_fitted.cache_clear()
    return path
