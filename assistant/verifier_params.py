"""The citation check's fitted numbers, loaded from `assistant/fitted/verifier.json`.

`bench/fit_verifier.py` writes that file: for each language pair of claim and source it fits
how much word overlap counts against embedding similarity and the score a claim needs to be
"supported", on labelled Arabic and English claims, and stores the held-out precision and
recall beside the fitted values. Nothing here is tuned by hand: rerun the script to change it.

Pairs are `<claim language>-<source language>`: `ar-ar`, `en-ar` (an English answer quoting an
Arabic article, where shared words mean nothing and only the embedding speaks) and `en-en`.
`ar-en` has no material of its own and uses `en-ar`, the other cross-language pair.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

DATA_FILE = "fitted/verifier.json"
FORMAT_VERSION = 1
_FALLBACK = {"ar-en": "en-ar"}


@dataclass(frozen=True)
class PairParams:
    """How one language pair is scored: score = w * overlap + (1 - w) * scaled cosine."""

    lexical_weight: float
    threshold: float


@dataclass(frozen=True)
class VerifierParams:
    """Every fitted number the check uses; `pair()` picks the ones for a claim and source."""

    pairs: dict[str, PairParams]
    lexical_only_threshold: float
    embed_floor: float
    embed_ceil: float
    fitted_on: str = ""

    def pair(self, claim_lang: str, source_lang: str) -> PairParams:
        key = f"{claim_lang}-{source_lang}"
        key = key if key in self.pairs else _FALLBACK.get(key, "en-ar")
        return self.pairs[key]


def params_from_dict(data: dict[str, Any]) -> VerifierParams:
    """Parse the data file's contents (the script and tests build these too)."""
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"verifier data format {data.get('format')!r}, expected {FORMAT_VERSION}")
    pairs = {
        name: PairParams(float(p["lexical_weight"]), float(p["threshold"]))
        for name, p in data["pairs"].items()
    }
    missing = {"ar-ar", "en-ar", "en-en"} - set(pairs)
    if missing:
        raise ValueError(f"verifier data lacks pairs {sorted(missing)}")
    return VerifierParams(
        pairs=pairs,
        lexical_only_threshold=float(data["lexical_only_threshold"]),
        embed_floor=float(data["embed_floor"]),
        embed_ceil=float(data["embed_ceil"]),
        fitted_on=str(data.get("fitted_on", "")),
    )


@lru_cache(maxsize=4)
def load_verifier_params(path: str | None = None) -> VerifierParams:
    """The packaged fitted values, or those in `path` (a file the fitting script wrote)."""
    if path is None:
        text = files("assistant").joinpath(DATA_FILE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return params_from_dict(json.loads(text))
