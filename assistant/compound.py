"""Questions that ask two things at once: "أين ومتى يقام ملتقى بركان؟", "When and where is the
Casablanca forum?", "أين يقام الملتقى ومتى؟".

The offline readers answer one field per question, so such a question is split into one
question per interrogative ("أين يقام ملتقى بركان؟", "متى يقام ملتقى بركان؟"), each answered
as if asked alone, and the answers are joined under one set of citation numbers. A part the
articles do not answer is said to be unanswered, in its own words, rather than dropped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from assistant.citations import parse_markers
from assistant.events.questions import names_an_activity
from assistant.offline.messages import message
from assistant.types import Answer, Citation
from language.analyzer import normalize

# the interrogatives that ask a field of their own, as they are written and as normalized
_AR_WORDS = ("أين", "متى", "من", "كم")
_AR_KEYS = {normalize(w): w for w in _AR_WORDS}
# a second clause may also ask what ("متى يقام ملتقى بركان وما شعاره"); "ومن" there is as
# often "and from" ("المشاركين من السعودية ومن الخارج") as "and who"
_SECOND_KEYS = {
    **{k: w for k, w in _AR_KEYS.items() if w != "من"},
    **{normalize(w): w for w in ("ما", "ماذا")},
}
_EN_WORDS = "when|where|who"

_EN_LEAD = re.compile(
    rf"^((?:{_EN_WORDS})(?:(?:\s*,\s*|\s+)(?:and\s+)?(?:{_EN_WORDS}))+)\s+(\S.*)$"
)
_EN_TAIL = re.compile(rf"^({_EN_WORDS})\s+(\S.*?),?\s+and\s+({_EN_WORDS})$")
_END = re.compile(r"[\s؟?.!]+$")


def split_question(question: str, lang: str) -> list[str] | None:
    """The one-field questions `question` asks, in its order, or None when it asks one thing."""
    mark = "?" if lang == "en" else "؟"
    bare = _END.sub("", question.strip())
    if lang == "en":
        low = " ".join(bare.split())
        if m := _EN_LEAD.match(low.lower()):
            words = re.findall(_EN_WORDS, m.group(1))
            rest = low[m.start(2) :]
            if rest.lower().startswith("and "):
                return None
        elif m := _EN_TAIL.match(low.lower()):
            words = [m.group(1), m.group(3)]
            rest = low[m.start(2) : m.end(2)]
        else:
            return None
        parts = [f"{w.capitalize()} {rest}{mark}" for w in words]
    else:
        found = _arabic_parts(bare.split())
        if found is None:
            return None
        parts = [f"{part}{mark}" for part in found]
    unique = list(dict.fromkeys(parts))
    return unique if len(unique) > 1 else None


def _arabic_parts(words: list[str]) -> list[str] | None:
    """The parts of an Arabic question of two things (see `split_question`), without their
    question marks; the rest keeps the question's spelling (only the interrogatives are
    read in their normalized form)."""
    keys = [normalize(w) for w in words]
    lead = 0
    while lead < len(keys) and (keys[lead] if lead == 0 else keys[lead][1:]) in _AR_KEYS:
        if lead and not keys[lead].startswith("و"):
            break
        lead += 1
    if 2 <= lead < len(keys):  # "أين ومتى يقام …"
        asked = [_AR_KEYS[k if i == 0 else k[1:]] for i, k in enumerate(keys[:lead])]
        return [f"{w} {' '.join(words[lead:])}" for w in asked]
    if len(keys) >= 3 and keys[0] in _AR_KEYS and keys[-1][:1] == "و" and keys[-1][1:] in _AR_KEYS:
        rest = " ".join(words[1:-1])  # "أين يقام الملتقى ومتى"
        return [f"{_AR_KEYS[keys[0]]} {rest}", f"{_AR_KEYS[keys[-1][1:]]} {rest}"]
    # "ما شعار ملتقى بركان ومتى يقام": the second clause asks of the event the first names
    for j in range(2, len(keys) - 1):
        if keys[j][:1] == "و" and keys[j][1:] in _SECOND_KEYS:
            first = words[:j]
            event = next((k for k, w in enumerate(first) if names_an_activity(normalize(w))), None)
            if event is None:
                return None
            second = [words[j][1:], *words[j + 1 :]]
            return [" ".join(first), " ".join([*second, *first[event:]])]
    return None


def _renumbered(text: str, numbers: dict[int, int]) -> str:
    out, last = [], 0
    for start, end, found in parse_markers(text):
        kept = [numbers[n] for n in found if n in numbers]
        out += [text[last:start], "".join(f"[{n}]" for n in dict.fromkeys(kept))]
        last = end
    return "".join([*out, text[last:]])


def join_answers(parts: Sequence[str], answers: Sequence[Answer], lang: str) -> Answer:
    """One answer from the answers to each part: the answered parts in order, each with its
    citations renumbered into one list (a passage cited twice keeps one number), and a line
    for each part the articles do not answer. Refused when every part is."""
    if all(a.refused for a in answers):
        return answers[0]
    citations: list[Citation] = []
    at: dict[tuple[str, int, int], int] = {}
    blocks: list[str] = []
    shorts: list[str] = []
    event_ids: list[str] = []
    for part, answer in zip(parts, answers, strict=True):
        if answer.refused:
            blocks.append(message("part_refused", lang).format(part=part))
            continue
        numbers: dict[int, int] = {}
        for c in answer.citations:
            key = (c.doc_id, c.start, c.end)
            if key not in at:
                at[key] = len(citations) + 1
                citations.append(dataclasses.replace(c, marker=at[key]))
            numbers[c.marker] = at[key]
        blocks.append(_renumbered(answer.answer, numbers))
        if answer.short_answer:
            shorts.append(answer.short_answer)
        event_ids += [e for e in answer.event_ids if e not in event_ids]
    first = next(a for a in answers if not a.refused)
    return Answer(
        answer="\n\n".join(blocks),
        refused=False,
        citations=citations,
        mode=first.mode,
        timings={k: sum(a.timings.get(k, 0.0) for a in answers) for k in first.timings},
        short_answer=" | ".join(shorts) or None,
        language=first.language,
        event_ids=event_ids,
    )
