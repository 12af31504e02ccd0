"""Bodies: a second styled patron after the first one's posts, a group getting ready to
present an exhibition, an event's title after its organizer, "كل" after a name or a cue, and
a body an event noun heads named again in short.

Every sentence here is invented in the style of Saudi news; each test fails without the rule
it names (the last assertion of a test may guard what the rule must leave alone).
"""

from __future__ import annotations

from ingest.events import bodies, names


def _found(text: str) -> list[tuple[str, str]]:
    return [(b.text, b.role) for b in bodies.find_bodies(text)]


def test_a_second_styled_patron_after_the_first_one_s_posts():
    text = (
        "ويقام المنتدى برعاية صاحب السمو الملكي الأمير بندر بن مشعل بن فيصل رئيس هيئة "
        "المعارض رئيس لجنة البرنامج الوطني للفعاليات، وصاحب السمو الملكي الأمير راكان بن "
        "سلطان أمير منطقة الجوف.\nويناقش المنتدى توطين الوظائف."
    )
    assert _found(text) == [
        ("الأمير بندر بن مشعل بن فيصل", "patron"),
        ("الأمير راكان بن سلطان", "patron"),
    ]


def test_a_group_getting_ready_to_present_an_exhibition_organizes_it():
    assert _found("تستعد جماعة الخط العربي بسيهات لتقديم معرض فني يحتفي بالحرف.") == [
        ("جماعة الخط العربي بسيهات", "organizer")
    ]
    # presenting a show is no event of a body's
    assert _found("تستعد جماعة الخط العربي بسيهات لتقديم عروضها.") == []


def test_an_event_s_title_after_its_organizer_is_not_the_organizer_s_name():
    assert _found('مهرجان صيف تبوك الذي تنظمه بلدية المدينة "تبوك تجمعنا" استقبل الزوار.') == [
        ("بلدية المدينة", "organizer")
    ]
    # a body named by its quotation keeps it
    assert _found("وتنظم شركة «تقنيات» المؤتمر.") == [("شركة «تقنيات»", "organizer")]


def test_every_ends_a_body_s_name_and_may_follow_a_cue():
    assert _found("يشار إلى أن المعرض ينظمه المركز العربي لتنمية الصادرات كل سنتين.") == [
        ("المركز العربي لتنمية الصادرات", "organizer")
    ]
    assert _found("ويقام الملتقى بتنظيم من كل من جمعية البر وهيئة الهلال الأحمر.") == [
        ("جمعية البر", "organizer"),
        ("هيئة الهلال الأحمر", "organizer"),
    ]


def test_a_body_an_event_noun_heads_is_no_event_when_named_again_in_short():
    text = (
        "استقبل أمير المنطقة أمس رئيس الندوة العالمية للشباب الإسلامي وعددا من أعضاء الندوة.\n"
        "وقدم الضيف عرضا عن برامج الندوة للشباب في الداخل والخارج.\n"
        "وتقيم الندوة العالمية في جدة ندوة عن الشباب والعمل التطوعي."
    )
    assert [m.text for m in names.find_names(text)] == ["ندوة عن الشباب والعمل التطوعي"]
