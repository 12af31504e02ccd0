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
