"""Draft test sets from the indexed articles, for a person to review before use.

With an LLM configured, question/answer pairs are written by the model from passages (as
RAGAS's and LlamaIndex's dataset generators do). Offline, fill-in questions are cut from
sentences around a date, a number, a place or a person's name (متى / كم / أين / من, or
when / how many / where / who for English text). Either way the result is a DRAFT: generated
questions can be ambiguous or trivial, and only a reviewer can tell.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from language.analyzer import STOPWORDS, detect_language, normalize

if TYPE_CHECKING:
    from assistant.service import QimmaService

_W = r"[^\s،,.؛;:()\"«»“”]+"  # one word: no spaces or punctuation
_DIGITS = r"[0-9٠-٩]"
_AR_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليوز|أغسطس|اغسطس|غشت|سبتمبر|"
    "شتنبر|أكتوبر|اكتوبر|نوفمبر|نونبر|ديسمبر|دجنبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|"
    "تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
)
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = rf"{_DIGITS}{{1,2}}(?:\s*(?:و|-|–|إلى|and|to)\s*{_DIGITS}{{1,2}})?"
_YEAR = rf"(?:19|20|١٩|٢٠){_DIGITS}{{2}}"

# Each pattern marks the answer as group "a"; the words around it stay in the question.
PATTERNS: dict[str, dict[str, re.Pattern[str]]] = {
    "ar": {
        "when": re.compile(
            rf"(?P<a>{_DAYS}\s+(?:{_AR_MONTHS})(?:\s+{_YEAR})?|(?:{_AR_MONTHS})\s+{_YEAR}|"
            rf"(?<!{_DIGITS}){_YEAR}(?!{_DIGITS}))"
        ),
        "how_many": re.compile(
            rf"(?<![\d٠-٩.,])(?P<a>{_DIGITS}+(?:[.,]{_DIGITS}+)?)(?=\s+(?!(?:{_AR_MONTHS})){_W})"
        ),
        "where": re.compile(
            rf"(?:(?<!\S)ب?(?:مدينة|العاصمة) (?P<a>{_W})|"
            rf"(?<!\S)ب?(?P<b>(?:مركز|فندق|قصر|مقر|جامعة)\s+{_W}(?:\s+{_W}){{0,2}}))"
        ),
        "who": re.compile(
            rf"(?:الدكتور|الدكتورة|المهندس|المهندسة|السيد|السيدة|الوزير|الوزيرة|الأستاذ|"
            rf"الأستاذة|السفير|السفيرة)\s+(?P<a>{_W}(?:\s+{_W}){{0,3}})"
        ),
    },
    "en": {
        "when": re.compile(
            rf"(?P<a>{_DAYS}\s+(?:{_EN_MONTHS})(?:\s+{_YEAR})?|"
            rf"(?:{_EN_MONTHS})\s+{_DAYS}(?:,?\s+{_YEAR})?|(?:{_EN_MONTHS})\s+{_YEAR}|"
            rf"(?<!\d){_YEAR}(?!\d))"
        ),
        "how_many": re.compile(r"(?<![\d.,])(?P<a>\d+(?:[.,]\d+)?)(?=\s+[a-z]{3,})"),
        "where": re.compile(
            r"\b(?:in|at)\s+(?P<a>(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+){0,3})"
        ),
        "who": re.compile(
            r"\b(?:Dr\.?|Mr\.|Mrs\.|Ms\.|Minister|President|Mayor|Professor)\s+"
            r"(?P<a>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
        ),
    },
}
QUESTION_WORDS = {
    "ar": {"when": "متى", "how_many": "كم", "where": "أين", "who": "من"},
    "en": {"when": "When", "how_many": "How many", "where": "Where", "who": "Who"},
}
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")
DRAFT_NOTICE = (
    "DRAFT test set: generated questions can be wrong, ambiguous or trivial. Review every item "
    "(question, answers, gold_docs) before using it to judge the assistant."
)


def _trim_name(span: str) -> str:
    """Cut a name at the first function word (الوزير خلف في تصريح → خلف)."""
    words = []
    for word in span.split():
        if normalize(word) in STOPWORDS or normalize(word).startswith("ل"):
            break
        words.append(word)
    return " ".join(words)


def _is_adjective(word: str) -> bool:
    """ذكية، الاقتصادية: a nisba adjective after مدينة is not a place name."""
    return normalize(word).endswith(("يه", "ي"))


def _clause(sentence: str, start: int, end: int, before: int = 14, after: int = 8) -> str:
    """The words around the answer span, with the answer replaced by a blank."""
    left = sentence[:start].split()[-before:]
    right = sentence[end:].split()[:after]
    return " ".join([*left, "____", *right]).strip(" ،,.")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text) if 6 <= len(s.split()) <= 80]


def cloze_questions(text: str, lang: str | None = None) -> Iterator[dict[str, str]]:
    """Fill-in questions {qtype, question, answer, evidence} from the sentences of a text."""
    for sentence in sentences(text):
        sentence_lang = lang or detect_language(sentence)
        patterns = PATTERNS.get(sentence_lang, PATTERNS["ar"])
        words = QUESTION_WORDS.get(sentence_lang, QUESTION_WORDS["ar"])
        taken: list[tuple[int, int]] = []
        for qtype, pattern in patterns.items():
            for match in pattern.finditer(sentence):
                group = "a" if match.group("a") is not None else "b"
                start, end = match.span(group)
                answer = match.group(group).strip()
                if qtype == "who":
                    answer = _trim_name(answer)
                    end = start + len(answer)
                if qtype == "where" and group == "a" and _is_adjective(answer):
                    continue
                if start > 0 and sentence[start - 1] == "ب":  # بمقر: blank the ب as well
                    start -= 1
                if not answer or any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                mark = "؟" if sentence_lang == "ar" else "?"
                question = f"{words[qtype]}: «{_clause(sentence, start, end)}»{mark}"
                yield {"qtype": qtype, "question": question, "answer": answer, "evidence": sentence}


def _item_id(doc_id: str, question: str) -> str:
    return "gen-" + hashlib.sha1(f"{doc_id}|{question}".encode()).hexdigest()[:10]


def offline_draft(service: QimmaService, n: int) -> list[dict[str, Any]]:
    """Up to n fill-in items, spread over the articles and question types (deterministic)."""
    per_doc: list[list[dict[str, Any]]] = []
    for info in sorted(service.documents(), key=lambda d: d.doc_id):
        record = service.document(info.doc_id)
        by_type: dict[str, list[dict[str, Any]]] = {}
        seen_answers: set[str] = set()
        for q in cloze_questions(record.text, record.lang or None):
            key = normalize(q["answer"])
            if key in seen_answers:
                continue
            seen_answers.add(key)
            item = {
                "id": _item_id(info.doc_id, q["question"]),
                "question": q["question"],
                "answers": [q["answer"]],
                "gold_docs": [info.doc_id],
                "kind": f"generated-{q['qtype']}",
                "draft": True,
                "generator": "offline-cloze",
                "evidence": q["evidence"],
            }
            by_type.setdefault(q["qtype"], []).append(item)
        # interleave the types so a short draft still has some of each
        mixed = []
        queues = list(by_type.values())
        while any(queues):
            for queue in queues:
                if queue:
                    mixed.append(queue.pop(0))
        per_doc.append(mixed)
    return _round_robin(per_doc, n)


def _round_robin(groups: list[list[dict[str, Any]]], n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    index = 0
    while len(out) < n and any(index < len(g) for g in groups):
        out += [g[index] for g in groups if index < len(g)][: n - len(out)]
        index += 1
    return out


def parse_pairs(reply: str) -> list[dict[str, str]]:
    """The [{question, answer}] array in a model reply (a code fence or prose around it is fine)."""
    match = re.search(r"\[.*\]", reply or "", re.S)
    if not match:
        return []
    try:
        data = json.loads(match.group())
    except json.JSONDecodeError:
        return []
    pairs = []
    for entry in data if isinstance(data, list) else []:
        if isinstance(entry, dict):
            question, answer = (
                str(entry.get("question", "")).strip(),
                str(entry.get("answer", "")).strip(),
            )
            if question and answer:
                pairs.append({"question": question, "answer": answer})
    return pairs


def llm_draft(service: QimmaService, n: int, per_passage: int = 3) -> list[dict[str, Any]]:
    """Up to n items written by the configured chat model, a few per passage."""
    from openai import OpenAI

    from prompts import render

    settings = service.settings
    if not settings.llm_model:
        raise ValueError("drafting with an LLM needs QIMMA_LLM_MODEL")
    model = settings.llm_model
    client = OpenAI(
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key or "not-needed",
        timeout=settings.llm_timeout,
    )
    passages: list[list[tuple[Any, Any]]] = []
    for info in sorted(service.documents(), key=lambda d: d.doc_id):
        record = service.document(info.doc_id)
        spans = record.passages or []
        passages.append([(record, span.text) for span in spans] or [(record, record.text[:2000])])
    # one passage of each article in turn, so that every article gets questions
    order = _round_robin([[{"pair": p} for p in group] for group in passages], 10_000)
    items: list[dict[str, Any]] = []
    for entry in order:
        if len(items) >= n:
            break
        record, passage = entry["pair"]
        language = "Arabic" if (record.lang or detect_language(passage)) == "ar" else "English"
        prompt = render(
            "testset_generate",
            n=per_passage,
            language=language,
            title=record.title or "-",
            passage=passage,
        )
        reply = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            temperature=0.3,
        )
        for pair in parse_pairs(reply.choices[0].message.content or "")[: n - len(items)]:
            items.append(
                {
                    "id": _item_id(record.doc_id, pair["question"]),
                    "question": pair["question"],
                    "answers": [pair["answer"]],
                    "gold_docs": [record.doc_id],
                    "kind": "generated",
                    "draft": True,
                    "generator": f"llm:{settings.llm_model}",
                    "evidence": passage,
                }
            )
    return items


def draft_testset(
    service: QimmaService, n: int = 20, use_llm: bool | None = None
) -> list[dict[str, Any]]:
    """A draft test set of up to n items: by the LLM when configured, else offline fill-ins."""
    if not service.documents():
        raise ValueError("no articles indexed: run `qimma ingest` first")
    if use_llm is None:
        use_llm = service.settings.llm_configured
    return llm_draft(service, n) if use_llm else offline_draft(service, n)
