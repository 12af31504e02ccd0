"""Names that hold a person's title, and headlines that tell the event by its verb.

Invented sentences in the style of Saudi news. A title after an indefinite noun names a body
of the event's name ("حفل تأسيس مركز الأمير نايف للبحوث"), and the name runs over the
person's name; after a definite word or a town, the titled person is the verb's subject said
after its object ("دشن معرض التمور الأمير سعود"), and the name ends before the title.

A headline whose present-tense verb is the event's verbal noun ("جمعية … تعايد منسوبيها" of
"حفل معايدة", "… يكرم …" of "حفل تكريم") speaks of that event as one that repeats its words.

A body's own party, course, workshop or meeting named only by what it is ("حفل معايدة") is
told from another body's by its organizer: two bodies' parties in one town and year are two
events, not one card with both reports.

Each test fails without the rule it names, except the ones that guard a rule's limit.
"""

from __future__ import annotations

from tests.conftest import event_cards, event_names

# --- a title inside a name, a titled subject after it -------------------------------------------


def test_a_name_runs_over_the_person_a_body_of_it_is_named_after():
    assert event_names(
        "رعى المحافظ حفل تأسيس مركز الأمير نايف للبحوث الزراعية في محافظة الخرج أمس."
    ) == ["حفل تأسيس مركز الأمير نايف للبحوث الزراعية"]
    assert event_names("أقيم معرض جامعة الملك فيصل للكتاب في الهفوف.") == [
        "معرض جامعة الملك فيصل للكتاب"
    ]


def test_a_titled_subject_after_the_event_is_no_part_of_its_name():
    assert event_names("دشن معرض التمور الأمير سعود بن فهد صباح أمس في عنيزة.") == ["معرض التمور"]
    assert event_names("افتتح مهرجان الخرج الأمير تركي بن سلمان.") == ["مهرجان الخرج"]


def test_a_title_right_after_an_indefinite_head_still_names_the_event():
    # the person the event is named after (the rule is for titles further on)
    assert event_names("انطلق مهرجان الأمير فهد للهجن في الطائف.") == ["مهرجان الأمير فهد للهجن"]


# --- a headline's verb of the event's noun -----------------------------------------------------

_PARTY = (
    "أبها: أقامت جمعية الأطفال المعوقين بأبها، أمس، حفل معايدة لمنسوبيها احتفاء بعيد الفطر، "
    "حضره مدير الجمعية وعدد من الموظفين."
)


def test_a_headline_telling_the_party_by_its_verb_speaks_of_it():
    cards = event_cards(_PARTY, title="جمعية المعوقين تعايد منسوبيها", published="2015-07-22")
    assert [(c.name, c.city, c.start_date) for c in cards] == [("حفل معايدة", "أبها", "2015-07-21")]


def test_a_headline_telling_the_party_by_its_plural_verb_speaks_of_it():
    title = "مدير الجمعية وموظفوها يعايدون الأطفال"
    cards = event_cards(_PARTY, title=title, published="2015-07-22")
    assert [(c.name, c.city) for c in cards] == [("حفل معايدة", "أبها")]


def test_a_headline_of_something_else_leaves_the_short_report_below_the_bar():
    assert event_cards(_PARTY, title="مدير الجمعية يزور المرضى", published="2015-07-22") == []


# --- a body's own party: which body held it tells one from another -----------------------------


def _party(body: str, staff: str) -> str:
    return (
        f"تبوك: أقامت {body} في تبوك، مساء أمس، حفل معايدة {staff} في قاعة الاجتماعات، "
        "وسط أجواء من الفرح بالعيد."
    )


def test_two_bodies_parties_of_one_town_and_year_are_two_events():
    from ingest.events.extract import extract_events
    from ingest.events.merge import merge_cards

    reports = [
        ("a", _party("إدارة التعليم", "لمنسوبيها"), "التعليم تعايد منسوبيها", "2015-07-22"),
        ("b", _party("شركة المياه الوطنية", "لموظفيها"), "المياه تعايد موظفيها", "2015-07-23"),
        ("c", _party("إدارة التعليم", "لمنسوبيها"), "تعليم تبوك يعايد منسوبيه", "2015-07-22"),
    ]
    mentions = [card for r in reports for card in extract_events(*r)]
    merged = merge_cards(mentions)
    assert [(sorted(c.sources), c.organizers) for c in merged] == [
        (["a", "c"], ["إدارة التعليم في تبوك"]),
        (["b"], ["شركة المياه الوطنية"]),
    ]


def test_a_named_ceremony_keeps_one_id_whoever_reports_its_organizer():
    from ingest.events import names

    named = "حفل تخريج الدفعة العاشرة من طلاب كلية الجبيل الصناعية"
    assert names.series_id(named, "ceremony", "الجبيل", None, "SA", ["الهيئة الملكية"]) == (
        names.series_id(named, "ceremony", "الجبيل", None, "SA")
    )


def test_the_occasion_a_party_marks_names_no_one_party():
    from ingest.events import names

    ids = {
        names.series_id(
            "حفل معايدة بمناسبة عيد الفطر المبارك", "ceremony", "تبوك", None, "SA", [body]
        )
        for body in ("إدارة التعليم", "شركة المياه الوطنية")
    }
    assert len(ids) == 2
