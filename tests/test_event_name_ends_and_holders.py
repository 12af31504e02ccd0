"""Where an event's name, a body's name and a patron's post end, and which lead verbs hold an
event (twenty-eighth round). Every sentence here is invented."""

from __future__ import annotations

import pytest

from ingest.events import bodies
from ingest.events.gate import _cue_words
from language.analyzer import normalize
from tests.conftest import event_cards, event_names, one_event_card

_PUBLISHED = "2015-08-01"


@pytest.mark.parametrize(
    "text,name",
    [
        # a definite word after "و" is definite: an indefinite noun after it is the verb's object
        (
            "من المقرر أن يناقش الملتقى الخليجي الرابع للسياحة والضيافة فرص العمل في قطاع الفنادق.",
            "الملتقى الخليجي الرابع للسياحة والضيافة",
        ),
        # the governorate it belongs to is not part of its name
        (
            "اختتم مساء الخميس الملتقى الشبابي الصيفي بقطاع الحمراء التابع لمحافظة الكامل، وسط حضور الأهالي.",
            "الملتقى الشبابي الصيفي بقطاع الحمراء",
        ),
        # "إلا" (except) names nothing
        ("وحذرت الوزارة من إقامة أي ملتقى إلا بعد الحصول على موافقتها المسبقة.", "ملتقى"),
    ],
)
def test_where_an_event_name_ends(text: str, name: str) -> None:
    assert event_names(text) == [name]


def test_a_group_named_in_both_genders_stays_in_the_name() -> None:
    card = one_event_card(
        "افتتح وكيل إمارة منطقة جازان أمس معرضاً تشكيلياً لفناني وفنانات منطقة جازان في مركز "
        "الأمير سلطان الحضاري، بمشاركة 40 فناناً وفنانة، ويستمر المعرض ثلاثة أيام.",
        published=_PUBLISHED,
    )
    assert card.name == "معرضاً تشكيلياً لفناني وفنانات منطقة جازان"


def test_a_town_that_looks_like_a_verb_ends_no_body_or_post() -> None:
    # "ينبع" begins like a present verb (يـ) but is a town: the body and the patron's post run on
    card = one_event_card(
        "أقامت إدارة التعليم بمحافظة ينبع معرضاً للكتاب المستعمل برعاية محافظ محافظة ينبع "
        "المهندس خالد الحربي، في مقر الإدارة، ويستمر المعرض أسبوعاً.",
        published=_PUBLISHED,
    )
    assert card.organizers == ["إدارة التعليم بمحافظة ينبع"]
    assert card.patrons == ["محافظ محافظة ينبع المهندس خالد الحربي"]
    assert card.city == "ينبع"


def test_a_lead_that_carries_out_an_event_reports_it() -> None:
    card = one_event_card(
        'نفذت وزارة العمل بالتعاون مع فريق النخبة التطوعي ورشة عمل بعنوان "مهارات المقابلة '
        'الوظيفية" في قاعة الغرفة التجارية بالخبر يوم الخميس الماضي. وشارك في الورشة أكثر من 60 '
        "شاباً وشابة من الباحثين عن عمل.",
        published=_PUBLISHED,
    )
    assert card.name == "مهارات المقابلة الوظيفية"
    assert card.organizers == ["وزارة العمل", "فريق النخبة التطوعي"]
    assert card.city == "الخبر"
    assert card.start_date == "2015-07-30"


@pytest.mark.parametrize(
    "text,organizer",
    [
        # a foreign name right after the body's noun begins like a future verb (سـ + يـ)
        ("نظمت شركة سيمنس السعودية معرضاً للكتاب في الظهران.", "شركة سيمنس السعودية"),
        # "systems" in Arabic letters is part of the company's name
        (
            "نظمت شركة بي أيه إي سيستمز السعودية معرضاً للسلامة المهنية في الظهران.",
            "شركة بي أيه إي سيستمز السعودية",
        ),
    ],
)
def test_a_foreign_company_name_is_no_future_verb(text: str, organizer: str) -> None:
    assert [b.text for b in bodies.find_bodies(text) if b.role == "organizer"] == [organizer]


def test_a_future_verb_after_a_definite_body_still_ends_its_name() -> None:
    found = bodies.find_bodies("تنظم الأمانة ستظهر المهرجان بحلة جديدة")
    assert all("ستظهر" not in b.text for b in found)


def test_a_name_said_later_with_its_ordinal_is_the_fuller_name() -> None:
    card = one_event_card(
        "انطلقت أمس في الرياض أعمال منتدى الاستثمار الخليجي في نسخته الخامسة، بمشاركة 800 "
        "مستثمر من دول المجلس. وقال رئيس اللجنة المنظمة إن منتدى الاستثمار الخليجي الخامس "
        "يناقش فرص الشراكة بين القطاعين العام والخاص، ويستمر المنتدى ثلاثة أيام في فندق الفيصلية.",
        published=_PUBLISHED,
    )
    assert card.name == "منتدى الاستثمار الخليجي الخامس"
    assert card.edition == 5


_WIFE = (
    "The chancellor's wife is to take a bigger part in the party's election campaign, officials "
    "said.\nShe will visit marginal seats on her own and join her husband on his tour of the "
    "regions, the party's deputy chairman told reporters on Monday. \"We want voters to meet "
    'the whole family," he said, adding that the campaign would not shy away from questions '
    "about the economy or public services.\nRival parties have also promised to take their "
    "leaders to as many towns as they can before polling day. She gave her first speech at the "
    "Liberal Party Conference in Blackpool{when}, when she spoke about a children's charity. "
    "Party officials say she will also appear on morning television."
)


def test_an_english_event_months_before_the_story_is_not_where_it_is_set() -> None:
    def names_of(when: str) -> list[str]:
        cards = event_cards(_WIFE.format(when=when), "Wife gets campaign role", published=None)
        return [c.name for c in cards]

    assert names_of(" last September") == []
    # said with no time, the sentence may be set at it (as before)
    assert names_of("") == ["Liberal Party Conference"]


def test_an_ordinal_of_something_else_after_the_name_is_no_fuller_name() -> None:
    card = one_event_card(
        "تتواصل فعاليات مهرجان «الطائف يجمعنا» في منتزه الردف بمحافظة الطائف، وسط إقبال كبير "
        "من الزوار والمصطافين من داخل المملكة وخارجها. وقال مدير المهرجان إن برامج مهرجان "
        "«الطائف يجمعنا» للأسبوع الثاني تشمل عروضاً مسرحية وأمسيات شعرية ومسابقات للأطفال والأسر.",
        published=_PUBLISHED,
    )
    assert card.name == "مهرجان «الطائف يجمعنا»"


@pytest.mark.parametrize(
    "text,verb",
    [
        ("نفذت وزارة العمل بالتعاون مع فريق النخبة التطوعي ورشة عمل للباحثين عن عمل", "نفذت"),
        ("تبدأ الجمعية غدا المرحلة الثانية من الدورة التدريبية «101» التي ينفذها المركز", "ينفذها"),
    ],
)
def test_carrying_out_an_event_is_a_cue(text: str, verb: str) -> None:
    assert normalize(verb) in _cue_words(text, {(0, len(text))}, contest=False)


@pytest.mark.parametrize(
    "text",
    [
        # a project carried out, not an event
        "وقال إن المشروع الذي تنفذه شركة متخصصة يضم مطاعم ومحلات تجارية",
        # a year's record: the event is named far from the verb
        "وفي باب المهرجانات نفذ النادي خلال عامه المنصرم برعاية أمير المنطقة وبحضور محافظ "
        "المحافظة ونخبة من المثقفين والأدباء والباحثين من داخل المنطقة وخارجها مهرجان الشعر",
    ],
)
def test_carrying_out_something_else_is_no_cue(text: str) -> None:
    assert not {normalize(w) for w in ("نفذ", "تنفذه")} & _cue_words(
        text, {(0, len(text))}, contest=False
    )
