"""A quoted venue's name keeps the head noun the question asks by (from articles nobody here
tuned on).

"في أي قاعة احتفل …؟" over "… بقاعة "أمسيتي" بمدينة جدة" was answered "**أمسيتي**": the
quoted name alone. A place question answered by a quoted name after a venue's head noun now
leads with both ('قاعة "أمسيتي"'); a slogan or a title after "شعار" stays the quote alone.
"""

from __future__ import annotations

from tests.conftest import service_over

_WEDDING = {
    "id": "wedding",
    "title": "آل سالم يحتفلون بزفاف ابنهم",
    "date": "2015-07-24",
    "text": (
        "احتفلت أسرة آل سالم بزفاف ابنها الشاب خالد، مساء أمس الخميس بقاعة «الياقوت» بمدينة "
        "الطائف، وسط حضور كبير من الأهل والأصدقاء.\n"
        "وقدمت خلال الحفل فقرات شعبية وقصائد ترحيبية."
    ),
}


def test_the_hall_and_its_name(tmp_path):
    service = service_over(tmp_path, [_WEDDING])
    answer = service.ask("في أي قاعة احتفلت أسرة آل سالم بزفاف ابنها خالد؟")
    assert not answer.refused, answer.answer
    assert answer.short_answer == "قاعة «الياقوت»", answer.answer


def test_a_slogan_is_the_quote_alone():
    from assistant.offline.extract import Token, quoted_candidates
    from assistant.offline.qtype import QType

    text = "وأقيم الملتقى تحت شعار «معا نبني» في قاعة المؤتمرات"
    words = [(0, 5, "واقيم"), (6, 13, "الملتقي"), (14, 17, "تحت"), (18, 22, "شعار")]
    tokens = [Token(s, e, n, n in ("شعار", "الملتقي"), False) for s, e, n in words]
    ((cand, _),) = quoted_candidates(text, tokens, QType.NAME)
    assert cand.text == "معا نبني"


def test_a_title_after_an_event_word_is_no_place():
    """ "أين تقام الدورة …؟" over 'دورة «فن الحوار»': the course's title is not where it is."""
    from assistant.offline.extract import Token, quoted_candidates
    from assistant.offline.qtype import QType

    text = "وتقام غدا دورة «فن الحوار» بقاعة «الياقوت»"
    words = [(0, 5, "وتقام"), (6, 9, "غدا"), (10, 14, "دوره"), (27, 32, "بقاعه")]
    tokens = [Token(s, e, n, n in ("دوره", "بقاعه"), False) for s, e, n in words]
    found = [cand.text for cand, _ in quoted_candidates(text, tokens, QType.PLACE)]
    assert found == ["قاعة «الياقوت»"]
    # asked for a name, the title after the event word is still the answer
    found = [cand.text for cand, _ in quoted_candidates(text, tokens, QType.NAME)]
    assert found[0] == "فن الحوار"


def test_a_quote_closed_by_a_second_opening_mark():
    """News often closes "«" with another "«": "تحت شعار « معا نبني « بمشاركة …"."""
    from assistant.offline.extract import quoted_spans

    def quoted(text: str) -> list[str]:
        return [text[s:e] for s, e in quoted_spans(text)]

    assert quoted("أقيم الملتقى تحت شعار « معا نبني « بمشاركة عشرين جهة حكومية وأهلية") == [
        "معا نبني"
    ]
    assert quoted("معرض «ألوان» و«أطياف» في جدة") == ["ألوان", "أطياف"]
    # a quote inside a quote is left as before
    assert quoted("قال «نحن «هنا» دائما» ثم مضى") == ["نحن «هنا"]
