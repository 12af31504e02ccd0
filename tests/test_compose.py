"""What the offline answerer quotes: pieces within the word budget, the short answer kept, the
sentence and piece models reading the features in the order they were fitted in."""

from __future__ import annotations

import re

import pytest

from assistant.offline import compose, select
from assistant.offline.compose import choose_pieces, score_units, units_of
from assistant.offline.extract import choose_lead, quoted_spans, typed_anchor
from assistant.offline.qtype import QType, detect_qtype
from assistant.offline.select import LinearModel, score_sentences, split_hits
from assistant.offline.terms import question_terms
from tests.conftest import article_hit

BAHRAIN = "bahrain-smart-cities-summit"


def _ranked(question: str, hits):
    qtype = detect_qtype(question)
    ranked, idf = score_sentences(question, qtype, question_terms(question), split_hits(hits), None)
    return qtype, ranked, idf


def _quoted_words(pieces) -> int:
    return sum(len(re.findall(r"\w+", p.text)) for p in pieces)


def test_models_match_their_feature_lists():
    for cross in (False, True):
        assert len(select.sentence_model(cross).weights) == len(select.SENTENCE_FEATURES)
        assert len(compose.piece_model(cross).weights) == len(compose.UNIT_FEATURES)
    assert LinearModel((1.0, -2.0), 0.5)((3.0, 1.0)) == pytest.approx(1.5)


def test_units_cover_clauses_pairs_and_windows_of_long_clauses():
    hit = article_hit(BAHRAIN, "تنطلق فعاليات")  # a 60-word sentence with few commas
    sent = split_hits([hit])[0]
    units = units_of(sent)
    n = len(sent.words)
    assert all(0 <= lo < hi <= n for lo, hi in units)
    assert len(set(units)) == len(units)
    # every word can be quoted, and no long clause is offered only whole
    assert set().union(*(range(lo, hi) for lo, hi in units)) == set(range(n))
    assert any(hi - lo == compose.WINDOW_WORDS for lo, hi in units)


@pytest.mark.parametrize("budget", [8, 15, 30])
def test_pieces_stay_within_the_budget(budget):
    question = "متى تنطلق فعاليات قمة المدن الذكية في البحرين؟"
    qtype, ranked, idf = _ranked(question, [article_hit(BAHRAIN, "تنطلق فعاليات", sentences=4)])
    pieces = choose_pieces(score_units(ranked, idf, qtype, question), budget)
    assert pieces
    assert _quoted_words(pieces) <= budget
    for p in pieces:  # every piece is a span of its own sentence, cut at word edges
        assert p.sentence.text[p.start : p.end] == p.text and p.text.strip() == p.text


def test_the_short_answer_is_inside_the_first_piece():
    # the date sits across a bracketed clause break: no clause holds it, a window must
    question = "متى تنطلق فعاليات قمة المدن الذكية في البحرين؟"
    qtype, ranked, idf = _ranked(question, [article_hit(BAHRAIN, "تنطلق فعاليات")])
    assert qtype is QType.DATE
    sent = ranked[0]
    units = score_units(ranked, idf, qtype, question)
    anchor = typed_anchor(sent.text, _tokens(sent), qtype, question)
    assert anchor is not None and "10- 11" in anchor.text
    first = choose_pieces(units, 12, anchor)[0]
    assert first.sentence is sent
    assert first.start <= anchor.start and anchor.end <= first.end
    assert _quoted_words([first]) <= 12


def test_a_number_inside_a_date_is_not_a_count():
    # "كم يوما" must not be answered with the day of the month in "الثلاثاء 27 فبراير"
    sentence = "موضوع الندوة الدولية التي انطلقت أشغالها يومه الثلاثاء 27 فبراير"
    hit = article_hit("berkane-smart-cities-symposium-2024", "27 فبراير")
    sent = next(s for s in split_hits([hit]) if "27 فبراير" in s.text)
    question = "كم يوما استمرت الندوة الدولية حول المدن الذكية ببركان؟"
    lead, _ = choose_lead(sent.text, _tokens(sent, question), QType.NUMBER, question)
    assert lead is None or "27" not in lead.text, sentence


def test_quotes_pair_up_in_order():
    text = 'شعار "المدن الذكية"، التي كانت تُعرف سابقًا باسم "مدن المستقبل" و«الغد»'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["المدن الذكية", "مدن المستقبل", "الغد"]


def _tokens(sent, question: str = "متى تنطلق فعاليات قمة المدن الذكية في البحرين؟"):
    from assistant.offline.extract import Token
    from assistant.offline.select import matched_terms
    from assistant.offline.terms import term_in

    matched = matched_terms(question_terms(question), sent.keys)
    return [
        Token(w.start, w.end, w.norm, any(term_in(t, w.keys) for t in matched), w.is_stop)
        for w in sent.words
    ]


def test_unlikely_pieces_do_not_fill_the_budget():
    question = "متى تنطلق فعاليات قمة المدن الذكية في البحرين؟"
    hits = [article_hit(BAHRAIN, "تنطلق فعاليات", sentences=4)]
    qtype, ranked, idf = _ranked(question, hits)
    units = score_units(ranked, idf, qtype, question)
    assert len({id(u.sentence) for u in units}) > 1
    best = units[0]
    for u in units[1:]:
        u.score = best.score - compose.EXTRA_GAP - 1.0
    pieces = choose_pieces(units, 200)
    assert len({id(p.sentence) for p in pieces}) == 1
    for u in units[1:]:  # close enough to the best: now they are quoted
        u.score = best.score - compose.EXTRA_GAP / 2
    assert len({id(p.sentence) for p in choose_pieces(units, 200)}) > 1
