"""An event named only by its kind and whom it is for takes the title said after it (from
articles nobody here tuned on).

"أطلقت الملحقية … مسابقة أدبية للمبتعثين والمبتعثات … بعنوان «…»" made a card named
"مسابقة أدبية للمبتعثين والمبتعثات": a kind and an audience, which tell no contest from
another, while the title said after it, the contest's own name, became its slogan only.
A name that is a kind, its indefinite adjectives and whom it is for ("للمعلمين",
"للمبتعثين والمبتعثات") now takes the title, as "ندوة صحية بعنوان «…»" already did.
"""

from __future__ import annotations

from ingest.events.extract import _described_only, extract_events


def test_the_title_after_a_kind_and_its_audience_names_the_event():
    text = (
        "أعلنت الملحقية الثقافية في كندا عن إطلاق مسابقة فنية للطلاب والطالبات الدارسين في "
        "الجامعات الكندية بعنوان «ألوان من بلادي» في مجال الرسم، ويستمر استقبال الأعمال حتى "
        "نهاية شهر سبتمبر المقبل."
    )
    (card,) = extract_events("contest", text, title="مسابقة ألوان من بلادي", published="2015-08-02")
    assert card.name == "ألوان من بلادي"
    assert card.slogan == "ألوان من بلادي"


def test_whom_an_event_is_for_says_which_kind_it_is_not_which_event():
    assert _described_only("مسابقة أدبية للمبتعثين والمبتعثات")
    assert _described_only("دورة للمبتدئين")
    assert _described_only("ورشة عمل تدريبية للمعلمين")
    # a name of its own, or a definite audience of one place, is a name
    assert not _described_only("ملتقى الأسر المنتجة")
    assert not _described_only("مسابقة أدبية للمبتعثين في أستراليا وكندا ونيوزيلندا")
