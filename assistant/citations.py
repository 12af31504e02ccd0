"""Check, after generation, that each `[n]` claim in an answer is backed by the passage it cites.

Models cite loosely: they point at the wrong source, invent source numbers, or attach a
correct marker to a sentence whose date or name they changed. Every cited claim is scored
against its passage (`assistant.support`: word overlap, e5 similarity, numbers; weighed and
thresholded per language pair by `bench/fit_verifier.py`), and the score decides what the
reader sees.

A claim its source does not support but another given source does is re-attached to that
source; otherwise its citation is kept and marked `supported=False` (`verify_citations`),
or, checking an answer a sentence at a time (`ClaimChecker.check_sentence`, what the LLM
answerer shows), the sentence is left out.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.support import (
    EmbedFn,
    KnownVectors,
    _Scorer,
    _Support,
    support_score,
    to_ascii_digits,
)
from assistant.types import Citation
from assistant.verifier_params import VerifierParams, load_verifier_params
from store.types import Hit

PARTIAL_SUPPORT = 0.3
"""With several markers on one claim, each cited passage must reach this on its own."""
REATTACH_MARGIN = 0.1
"""Another source must beat the cited one by this much to take over its marker."""
UNCITED_MARGIN = 0.15
"""`attach_uncited`: a sentence gets a marker only when its score is this share of the way
from the (fitted) threshold up to a perfect 1: clearly supported, not just supported."""
JOINT_OVERLAP = 0.45
"""With several markers on one claim, the cited passages together must hold this much of its
words (then each must back a part on its own); the rule the check had before per-pair fitting."""

MAX_MARKER = 99  # [2019] is a year in brackets, not a citation

_MARKER = re.compile(r"\[\s*(\d{1,2}(?:\s*(?:,|،|;|؛|-|–)\s*\d{1,2})*)\s*\]")
_MARKER_SEPARATOR = re.compile(r"[\s,،]*")
_BOUNDARY = re.compile(r"[.!?؟۔]+(?=\s|$)|\n")
_WORD = re.compile(r"\w")


@dataclass
class _Claim:
    """A stretch of answer text and the marker occurrences that cite it."""

    text: str
    ranges: list[tuple[int, int]]  # where the claim's words sit in the answer
    numbers: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # its marker occurrences


def parse_markers(text: str) -> list[tuple[int, int, list[int]]]:
    """Every citation marker as (start, end, source numbers): `[1]`, `[1, 2]`, `[١]`, `[1-3]`."""
    found = []
    for m in _MARKER.finditer(to_ascii_digits(text)):
        numbers: list[int] = []
        for part in re.split(r"\s*(?:,|،|;|؛)\s*", m.group(1)):
            lo, _, hi = re.sub(r"\s", "", part).replace("–", "-").partition("-")
            if hi and 0 <= int(hi) - int(lo) <= 10:
                numbers.extend(range(int(lo), int(hi) + 1))
            else:
                numbers.append(int(lo))
                if hi:
                    numbers.append(int(hi))
        found.append((m.start(), m.end(), [n for n in numbers if 0 < n <= MAX_MARKER]))
    return found


def strip_markers(text: str) -> str:
    """The text without citation markers (for history, refusal matching and scoring)."""
    out, last = [], 0
    for start, end, _ in parse_markers(text):
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    return _tidy("".join(out))


def _tidy(text: str) -> str:
    """No doubled spaces and no space before punctuation once markers are gone."""
    text = re.sub(r"(?<=\S)[ \t]+([.،,؛;:!?؟])", r"\1", text)
    return re.sub(r"(?<=\S)[ \t]{2,}", " ", text).strip()


def _substantive(text: str) -> bool:
    return bool(_WORD.search(text))


def _marker_runs(text: str) -> list[tuple[list[tuple[int, int]], list[int]]]:
    """Adjacent markers (`[1][2]`, `[1], [2]`) grouped: (their spans, their numbers)."""
    runs: list[tuple[list[tuple[int, int]], list[int]]] = []
    previous_end = -1
    for start, end, numbers in parse_markers(text):
        if runs and _MARKER_SEPARATOR.fullmatch(text[previous_end:start]):
            runs[-1][0].append((start, end))
            runs[-1][1].extend(numbers)
        else:
            runs.append(([(start, end)], list(numbers)))
        previous_end = end
    return runs


def split_claims(text: str) -> tuple[list[_Claim], list[_Claim]]:
    """(cited claims, uncited sentences) of an answer.

    A cited claim runs from the previous marker or sentence end up to a run of markers, plus
    any uncited rest of its sentence: `A [1] and B [2].` is two claims, `A. [1]` cites A, and
    `In Bahrain [1] the summit opens` cites the whole sentence.
    """
    boundaries = [m.end() for m in _BOUNDARY.finditer(text)]
    runs = _marker_runs(text)
    claims: list[_Claim] = []
    cut = 0
    for k, (spans, numbers) in enumerate(runs):
        start, end = spans[0][0], spans[-1][1]
        claim_start = cut
        for b in reversed(boundaries):
            if cut < b < start and _substantive(text[b:start]):
                claim_start = b
                break
        if not _substantive(text[claim_start:start]) and claims:
            claims[-1].numbers += numbers  # `A [1]. [2]`: still about A
            claims[-1].spans += spans
            cut = end
            continue
        ranges = [(claim_start, start)]
        sentence_end = next((b for b in boundaries if b > end), len(text))
        next_marker = runs[k + 1][0][0][0] if k + 1 < len(runs) else len(text)
        if sentence_end <= next_marker and _substantive(text[end:sentence_end]):
            ranges.append((end, sentence_end))
        body = " ".join(text[s:e].strip() for s, e in ranges)
        claims.append(_Claim(body, ranges, list(numbers), list(spans)))
        cut = end
    covered = [r for c in claims for r in (*c.ranges, *c.spans)]
    uncited = []
    sentence_start = 0
    for b in [*boundaries, len(text)]:
        free = [i for i in range(sentence_start, b) if not any(s <= i < e for s, e in covered)]
        piece = "".join(text[i] for i in free)
        if _substantive(piece):
            uncited.append(_Claim(piece.strip(), [(free[0], b)]))
        sentence_start = b
    return claims, uncited


def _citation(hit: Hit, support: _Support | None, supported: bool) -> Citation:
    passage, start, end = hit.text, hit.start, hit.end
    if support is not None and support.sentence is not None and supported:
        s, e = support.sentence
        passage, start, end = hit.text[s:e].strip(), hit.start + s, hit.start + e
    return Citation(
        marker=0,
        doc_id=hit.doc_id,
        title=hit.title,
        source=hit.source,
        passage=passage,
        start=start,
        end=end,
        supported=supported,
        date=hit.date,
        score=round(support.score, 3) if support is not None else 0.0,
    )


_Decided = list[tuple[int, _Support, bool]]
_Edit = tuple[int, int, _Decided]


def _decide(claim: _Claim, scorer: _Scorer, n_hits: int) -> _Decided:
    """(hit index, support, supported) for each valid source the claim ends up citing."""
    cited = [n - 1 for n in dict.fromkeys(claim.numbers) if 1 <= n <= n_hits]
    if not cited:
        return []
    supports = {i: scorer.support(claim.text, i) for i in cited}
    ok = {i: s.holds for i, s in supports.items()}
    if len(cited) > 1 and not all(ok.values()):
        joined = "\n".join(scorer.hits[i].text for i in cited)
        if support_score(claim.text, joined) >= JOINT_OVERLAP:
            # together they back the claim; each must still back a part of it on its own
            part = {i: scorer.partial(claim.text, i) for i in cited}
            ok = {i: ok[i] or part[i] >= PARTIAL_SUPPORT for i in cited}
    if not any(ok.values()):
        best_cited = max(s.excess for s in supports.values())
        others = [(scorer.support(claim.text, i), i) for i in range(n_hits) if i not in supports]
        better = [(s.excess, i, s) for s, i in others if s.holds]
        if better:
            excess, index, support = max(better, key=lambda t: t[0])
            if excess >= best_cited + REATTACH_MARGIN:
                return [(index, support, True)]
    return [(i, supports[i], ok[i]) for i in cited]


class ClaimChecker:
    """Checks an answer's claims against the sources it was written from.

    One checker serves one answer: citations are numbered 1..m in order of first appearance
    across every piece it rewrites, so an answer checked a sentence at a time while it streams
    gets the same markers as one checked whole.
    """

    def __init__(
        self,
        hits: Sequence[Hit],
        embed: EmbedFn | None = None,
        params: VerifierParams | None = None,
    ):
        self.hits = hits
        self.scorer = _Scorer(hits, embed, params or load_verifier_params())
        self.citations: list[Citation] = []
        self._numbers: dict[tuple, int] = {}

    def prepare_in_background(self, known: KnownVectors | None = None) -> threading.Thread:
        """Start embedding the sources' sentences, so the first check need not wait for it."""
        thread = threading.Thread(target=self.scorer.prepare, args=(known,), daemon=True)
        thread.start()
        return thread

    def _edits(self, text: str, attach_uncited: bool) -> tuple[list[_Edit], bool]:
        """Marker edits for `text`, and whether every claim in it holds (at least one does)."""
        claims, uncited = split_claims(text)
        self.scorer.add([c.text for c in claims + uncited])
        edits: list[_Edit] = []
        holds = bool(claims or uncited)
        for claim in claims:
            decided = _decide(claim, self.scorer, len(self.hits))
            holds = holds and bool(decided) and all(ok for _, _, ok in decided)
            # the whole run of markers is rewritten at its first occurrence; the rest vanish
            first, *rest = claim.spans
            edits.append((first[0], first[1], decided))
            for (_, previous_end), (s, e) in zip(claim.spans, rest, strict=False):
                joined = _MARKER_SEPARATOR.fullmatch(text[previous_end:s])
                edits.append((previous_end if joined else s, e, []))
        for sentence in uncited:
            attached = False
            if attach_uncited and self.hits:
                best = max(
                    ((self.scorer.support(sentence.text, i), i) for i in range(len(self.hits))),
                    key=lambda t: t[0].excess,
                )
                if best[0].excess >= UNCITED_MARGIN * (1 - best[0].threshold):
                    start, end = sentence.ranges[0]
                    at = start + len(text[start:end].rstrip(" \n.!?؟۔"))
                    edits.append((at, at, [(best[1], best[0], True)]))
                    attached = True
            holds = holds and attached
        return edits, holds

    def verify(self, text: str, attach_uncited: bool = False) -> tuple[str, list[Citation]]:
        """The whole text with its markers checked and renumbered; unsupported ones flagged."""
        edits, _ = self._edits(text, attach_uncited)
        return self._rewrite(text, edits)

    def check_sentence(self, text: str) -> str | None:
        """The sentence with its markers renumbered if every claim in it holds, else None.

        A sentence without markers holds only when a source clearly supports it (it then
        gets that source's marker); nothing is numbered for a sentence that does not hold.
        """
        edits, holds = self._edits(text, attach_uncited=True)
        if not holds:
            return None
        checked, _ = self._rewrite(text, edits)
        return checked

    def _rewrite(self, text: str, edits: list[_Edit]) -> tuple[str, list[Citation]]:
        """Apply marker edits in text order, numbering citations by first appearance."""
        added: list[Citation] = []
        out, last = [], 0
        for start, end, decided in sorted(edits, key=lambda t: (t[0], t[1])):
            before = text[last:start]
            labels = []
            for index, support, supported in decided:
                cite = _citation(self.hits[index], support, supported)
                key = (cite.doc_id, cite.start, cite.end, cite.supported)
                if key not in self._numbers:
                    self._numbers[key] = len(self.citations) + 1
                    cite.marker = self._numbers[key]
                    self.citations.append(cite)
                    added.append(cite)
                label = f"[{self._numbers[key]}]"
                if label not in labels:
                    labels.append(label)
            if labels:
                sep = "" if before.endswith((" ", "\n")) else " "
                out.append(before + (sep if start == end else "") + "".join(labels))
            else:
                out.append(
                    before.rstrip(" ")
                    if text[end : end + 1] in ".،,؟?!:;\n" or not before.strip()
                    else before
                )
            last = end
        out.append(text[last:])
        return _tidy("".join(out)), added


def verify_citations(
    answer_text: str,
    hits: Sequence[Hit],
    embed: EmbedFn | None = None,
    attach_uncited: bool = False,
) -> tuple[str, list[Citation]]:
    """The answer with checked markers renumbered 1..m, and the m citations they point at.

    `hits` are the sources in the order the model saw them numbered (1-based). Markers that
    point at no source are removed. With `attach_uncited`, a sentence the model left without
    a marker gets one when a source supports it clearly (small models forget markers).
    """
    return ClaimChecker(hits, embed).verify(answer_text, attach_uncited)
