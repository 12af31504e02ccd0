"""A name told to a news agency, a sponsor's tier after its name, and a town written with the
article that the gazetteer would read as another country's town without it.

Every sentence here is invented in the style of Arabic news; each test fails without the rule
it names.
"""

from __future__ import annotations

from ingest.events import bodies, names, places


def test_a_name_ends_before_whom_it_was_said_to():
    found = names.find_names("وقال رئيس المهرجان لـ«رويترز» إن الدورة الجديدة تفتتح في سبتمبر.")
    assert [m.text for m in found][0] == "المهرجان"


def test_a_sponsor_s_tier_is_not_part_of_its_name():
    text = (
        "ويحظى الملتقى برعاية الهيئة العامة للرياضة وأمانة الطائف الرعاة الرئيسيين، "
        "وشركة النخبة للأغذية الراعي الذهبي."
    )
    patrons = [b.text for b in bodies.find_bodies(text) if b.role == "patron"]
    assert patrons == ["الهيئة العامة للرياضة", "أمانة الطائف"]


def test_a_town_written_with_the_article_is_looked_up_with_it():
    found = places.find_cities("أقيمت الأمسية بالعمران في محافظة الأحساء", frozenset(), ())
    assert [(c.text, c.code) for c in found][:1] == [("العمران", "SA")]
    # without the article it is still Yemen's town
    found = places.find_cities("وصل الوفد إلى مدينة عمران اليمنية", frozenset(), ())
    assert [(c.text, c.code) for c in found][:1] == [("عمران", "YE")]


def test_a_weekday_in_quotation_marks_still_says_which_day_today_is():
    from ingest.events.dates import find_dates

    # published on a Friday whose crawl date lags: "today, Sunday" is the Sunday before
    found = find_dates("وافتتح المعرض مساء اليوم “الأحد” في صالة الفنون", "2015-07-24")
    assert [(d.text, d.start_date) for d in found] == [("اليوم “الأحد”", "2015-07-19")]
    found = find_dates("ويقام المعرض من «5» إلى «7» أغسطس", "2015-07-24")
    assert [(d.text, d.start_date, d.end_date) for d in found] == [
        ("«5» إلى «7» أغسطس", "2015-08-05", "2015-08-07")
    ]


def test_a_name_runs_over_the_body_whose_members_it_counts():
    found = names.find_names(
        "وتشارك الشركات في المعرض التجاري للدول الأعضاء في منظمة الأمن الغذائي."
    )
    assert [m.text for m in found] == ["المعرض التجاري للدول الأعضاء في منظمة الأمن الغذائي"]
    found = names.find_names("بدأ مؤتمر الدول المشاركة في التحالف ضد القرصنة أعماله.")
    assert [m.text for m in found] == ["مؤتمر الدول المشاركة في التحالف"]
    # a university after "في" is where it is held
    found = names.find_names("يقام الملتقى الطلابي في جامعة الملك خالد.")
    assert [m.text for m in found] == ["الملتقى الطلابي"]
