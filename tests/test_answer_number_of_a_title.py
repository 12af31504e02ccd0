"""A number that ends a quoted title is part of a name, not a count: «الرياض 2040».

"أتاح معرض نور "الرياض 2040" لزوار الملتقى …": the count reader took "2040" for a count of
the visitors named after the closing quote and led with '2040" لزوار'. A number quoted with
words before it in the quotation is a title's; one quoted alone ("لـ «1800» شاب") still counts.
"""

from __future__ import annotations

from assistant.offline.extract import title_numbers
from tests.conftest import service_over

_ARTICLE = {
    "id": "noor",
    "title": "مهرجان الربيع في الطائف",
    "date": "2015-08-01",
    "text": (
        'أتاح معرض نور التفاعلي للطاقة "الرياض 2040" لزوار ملتقى العلوم المقام في ساحة العلوم '
        "بجدة فرصة الاطلاع على نماذج المستقبل، ويستقبل المعرض يوميا نحو 300 زائر."
    ),
}


def test_the_count_is_not_the_titles_number(tmp_path):
    service = service_over(tmp_path, [_ARTICLE])
    answer = service.ask("كم عدد زوار معرض نور التفاعلي يوميا؟")
    assert answer.short_answer == "نحو 300 زائر", answer.answer


def test_a_number_inside_a_quoted_title():
    text = 'شارك في معرض "الرياض 2040" لزوار الملتقى، وفي «رؤية 2030» أيضا، ووزع «1800» كتاب.'
    assert title_numbers(text) == {text.index("2040"), text.index("2030")}


def test_the_count_reader_skips_a_titles_number():
    from assistant.events.reading import counted
    from language.analyzer import normalize

    text = 'أتاح معرض "الرياض 2040" لزوار الملتقى فرصة الاطلاع، ويستقبل المعرض يوميا نحو 300 زائر.'
    found = counted([normalize("زوار"), normalize("زائر")], ["a"], {"a": text}.get, [])
    assert found is not None and "300" in found.value and "2040" not in found.value, found
    quoted_alone = "ويقدم المعرض لـ «1800» طالب وطالبة برنامجا تعليميا."
    found = counted([normalize("طالب")], ["a"], {"a": quoted_alone}.get, [])
    assert found is not None and "1800" in found.value, found
