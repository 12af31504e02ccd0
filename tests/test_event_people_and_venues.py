"""Who opened an event, who said what, where its venue's name ends, and weeks and month ends in
dates (twenty-ninth round). Every sentence here is invented."""

from __future__ import annotations

import pytest

from assistant.events.questions import parse_question
from ingest.events import bodies, people, places
from ingest.events.dates import find_dates
from tests.conftest import event_cards, event_names, one_event_card

_PUBLISHED = "2015-08-04"  # a Tuesday


def _openers(text: str) -> list[str]:
    return [b.text for b in bodies.find_bodies(text) if b.role == "opener"]


@pytest.mark.parametrize(
    "text,opener",
    [
        # a post, a title, or a name told by "بن" or by the post after it
        ("افتتح محافظ الخرج أمس معرض الكتاب في مركز المدينة.", "محافظ الخرج"),
        ("افتتح الرئيس التنفيذي للشركة المهندس سامي العمري المعرض.", None),
        ("دشن مساء أمس الأمير سعود بن عبدالله معرض الصيف.", "الأمير سعود بن عبدالله"),
        ("افتتح سالم الدوسري وكيل محافظ رابغ مهرجان الصيف.", None),
        ("افتتح الفنان التشكيلي ماجد الحربي معرضه الشخصي.", None),
    ],
)
def test_who_opened_an_event(text: str, opener: str | None) -> None:
    found = _openers(text)
    assert len(found) == 1
    assert opener is None or found[0].startswith(opener)


@pytest.mark.parametrize(
    "text",
    [
        # the time of a passive: "the festival that was opened this evening"
        "لقي مهرجان الطائف الذي افتتح مساء اليوم إقبالاً كبيراً من الزوار.",
        # the thing opened, right after the verb
        "وفور وصوله دشن المعارض المشاركة في المهرجان، ثم تجول في أجنحته.",
        # the place it was opened in
        "دشن بيت الشربتلي في جدة أمسية شعرية للشباب.",
        # a year
        "وتضم المكتبة التي افتتحت عام 1990 أكثر من مئة ألف كتاب.",
    ],
)
def test_an_opening_verb_without_an_opener(text: str) -> None:
    assert _openers(text) == []


def test_a_role_does_not_run_into_what_was_said() -> None:
    # no comma between the speaker and the speech: the speaker's role is not read from here
    text = "وقال رئيس اللجنة المنظمة أحمد الزهراني إن المهرجان حقق نجاحاً، وسيتم تمديده أسبوعاً."
    assert people.find_people(text) == []
    # with the comma the article writes, the role and the name are read
    said = "وقال رئيس اللجنة المنظمة، أحمد الزهراني، إن المهرجان حقق نجاحاً."
    assert [(p.role, p.name) for p in people.find_people(said)] == [
        ("رئيس اللجنة المنظمة", "أحمد الزهراني")
    ]


def _venues(text: str) -> list[str]:
    return [text[s:e] for s, e in places.find_venues(text)]


def test_a_venue_ends_where_the_event_it_holds_is_named() -> None:
    text = "أقام فريق التطوع بنادي الشعلة الرياضي شرق محافظة الخرج حفل تكريم للمتطوعين."
    assert _venues(text) == ["نادي الشعلة الرياضي شرق محافظة الخرج"]


def test_a_theatre_already_named_starts_no_venue_of_the_clause_after_it() -> None:
    # "أحاط بالمسرح مبنى قديم": "the theatre" is the one named before; the building is the
    # clause's subject, not part of a venue's name
    text = "فعلى مسرح الميناء القديم، غنى الفنان ساعتين، إذ أحاط بالمسرح مبنى قديم من الحجر."
    assert _venues(text) == ["مسرح الميناء القديم"]


def test_a_venue_after_fa_ala() -> None:
    card = one_event_card(
        "انطلقت مساء السبت فعاليات مهرجان صور الدولي للموسيقى في دورته الخامسة. فعلى مسرح "
        "القلعة البحرية، غنت الفرقة الوطنية أمام ألفي متفرج، ويستمر المهرجان عشرة أيام.",
        published=_PUBLISHED,
    )
    assert card.venue == "مسرح القلعة البحرية"


@pytest.mark.parametrize(
    "text,said,day",
    [
        ("تنطلق المسابقة يوم الأربعاء بعد القادم في الطائف.", "الأربعاء بعد القادم", "2015-08-12"),
        ("تنطلق المسابقة يوم الأربعاء القادم في الطائف.", "الأربعاء القادم", "2015-08-05"),
        ("يقام الحفل الخميس بعد المقبل.", "الخميس بعد المقبل", "2015-08-13"),
    ],
)
def test_a_weekday_after_the_coming_one(text: str, said: str, day: str) -> None:
    (found,) = find_dates(text, _PUBLISHED)
    assert (found.text, found.start_date, found.end_date) == (said, day, day)


def test_a_weekday_after_the_coming_one_with_no_publication_date() -> None:
    (found,) = find_dates("تنطلق المسابقة يوم الأربعاء بعد القادم.", None)
    assert found.text == "الأربعاء بعد القادم"
    assert found.start_date is None and found.resolution.startswith("unresolved")


@pytest.mark.parametrize(
    "text",
    [
        "تفتح القاعة أبوابها للزوار من 12 مارس وحتى نهاية أبريل 2015.",
        "تفتح القاعة أبوابها للزوار من 12 مارس إلى نهاية شهر أبريل.",
    ],
)
def test_a_range_to_the_end_of_a_month(text: str) -> None:
    (found,) = find_dates(text, _PUBLISHED)
    assert (found.start_date, found.end_date) == ("2015-03-12", "2015-04-30")


def test_a_capital_said_by_its_country_takes_the_name_the_article_gives_it() -> None:
    text = (
        "انطلقت اليوم في العاصمة الكينية أعمال القمة العالمية لريادة الأعمال بمشاركة ألف رجل "
        "أعمال، وتستمر القمة يومين. وكان الرئيس قد وصل مساء أمس إلى نيروبي قادماً من أديس أبابا."
    )
    card = one_event_card(text, published=_PUBLISHED)
    assert (card.city, card.city_en, card.country) == ("نيروبي", "Nairobi", "KE")
    (quote,) = [e.quote for e in card.evidence["city"]]
    assert quote == "نيروبي"
    # with no name of it in the article, the capital stays as the article says it
    alone = one_event_card(text.split(" وكان")[0], published=_PUBLISHED)
    assert (alone.city, alone.city_en) == ("العاصمة الكينية", "Nairobi")


_EXPO_LEAD = (
    "The Northern Games Expo in Manchester is a paradise for players, with more than 300 new "
    "titles shown during the three-day event. Top games at the show are picked by judges."
)
_AHEAD_OF = (
    "Games for casual players will grow in the coming year, said a panel of experts. They were "
    "speaking ahead of the annual Northern Games Expo in Manchester, which shows the latest "
    "titles. Puzzle games were the most played."
)


@pytest.mark.parametrize("text", [_EXPO_LEAD, _AHEAD_OF])
def test_an_english_story_set_at_an_event_in_its_town(text: str) -> None:
    # the lead's subject is the event in its town; experts speaking ahead of it, in its town
    card = one_event_card(text, title="Puzzle games take off", published=None)
    assert (card.name, card.city, card.country) == ("Northern Games Expo", "Manchester", "GB")


@pytest.mark.parametrize(
    "text",
    [
        # the event in its town, but not the lead's subject
        "Console prices fell this winter, the shop said. The Northern Games Expo in Manchester "
        "is one place where buyers compare them.",
        # ahead of it, with no town or time after it: no sign the story happens there
        _AHEAD_OF.replace(" in Manchester", ""),
    ],
)
def test_an_english_event_named_in_passing(text: str) -> None:
    assert event_cards(text, title="Puzzle games take off", published=None) == []


@pytest.mark.parametrize(
    "text,name",
    [
        # a second indefinite plural joined by "و" is one more noun of the name
        (
            "عقد المركز ورشة عمل لمناقشة نتائج وتوصيات دراسة عن الحوادث في مقر النادي.",
            "ورشة عمل لمناقشة نتائج وتوصيات دراسة عن الحوادث",
        ),
        (
            "تقيم الأمانة ورشة عمل حول مقترحات وتوجيهات وزارة النقل صباح الأحد.",
            "ورشة عمل حول مقترحات وتوجيهات وزارة النقل",
        ),
        # not right after the head noun: the festival and its activities
        ("وتتواصل مهرجان وفعاليات الصيف في الحديقة.", "مهرجان"),
        # a second kind of event is not more of the first one's name
        ("ينظم المركز ورش عمل ومحاضرات توعوية للشباب.", "ورش عمل"),
    ],
)
def test_a_second_plural_joined_by_waw(text: str, name: str) -> None:
    assert event_names(text)[:1] == [name]


def test_a_course_in_an_art() -> None:
    # "دورة فن …" teaches an art: a course, like "دورة تدريبية"
    card = one_event_card(
        "بدأ النادي الأدبي برنامجه الصيفي بدورة فن الخط العربي، التي قدمتها الدكتورة سارة "
        "العلي مساء الأحد في قاعة النادي، وحضرها 30 متدربة.",
        title="النادي الأدبي يفتتح أنشطته الصيفية بدورة عن فن الخط",
        published=_PUBLISHED,
    )
    assert (card.name, card.kind) == ("دورة فن الخط العربي", "course")


def test_the_capital_is_not_taken_from_a_country_spelt_the_same() -> None:
    # "سلطنة عمان" (Oman) is spelt like Amman, the Jordanian capital
    card = one_event_card(
        "انطلقت اليوم في العاصمة الأردنية فعاليات معرض الكتاب العربي الثالث بمشاركة دور نشر من "
        "سلطنة عمان ومصر ولبنان، ويستمر المعرض عشرة أيام.",
        published=_PUBLISHED,
    )
    assert (card.city, card.city_en) == ("العاصمة الأردنية", "Amman")


@pytest.mark.parametrize(
    "question",
    [
        "على أي مسرح غنت الفرقة في مهرجان صور الدولي؟",
        "في أي صالة يقام معرض الكتاب؟",
        "في أي حديقة تقام فعاليات مهرجان الربيع؟",
    ],
)
def test_which_theatre_hall_or_park_asks_for_the_venue(question: str) -> None:
    q = parse_question(question, "ar")
    assert q is not None and q.field == "stage"  # the building: the venue alone


def test_an_opener_after_waw_at_a_clause_start() -> None:
    text = "تنظم الغرفة المعرض في مقرها. وافتتح رئيس الغرفة سالم الحربي المعرض بحضور رجال الأعمال."
    assert _openers(text) == ["رئيس الغرفة سالم الحربي"]
    # joined to another verb, "وافتتحها" tells of what that clause is about (an earlier
    # station of a touring exhibition), not who opened this one
    earlier = "وكانت جولة المعرض بدأت في الدمام، وهي محطة رعاها وافتتحها الأمير سعود بن عبدالله."
    assert _openers(earlier) == []
