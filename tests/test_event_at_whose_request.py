"""At whose request, invitation or direction a thing is done: "بطلب ممن جاءت مشاركة الفريق
في المهرجان؟" (from articles nobody here tuned on).

No field asked it, so the sentence picker quoted the team's arrival. The person named after
"بطلب من" ("بدعوة من", "بتوجيه من") in the sentence most like the question is now the
answer, past the honorifics before the name. Invented text.
"""

from __future__ import annotations

from datetime import date

from assistant.events.questions import parse_question
from assistant.events.reading import requested_by
from language.analyzer import normalize
from tests.conftest import CARDED_FAIR, service_over

_TEAM = {
    "id": "team",
    "title": "فريق الفرسان يصل إلى تبوك",
    "date": "2015-08-06",
    "text": (
        "وصل فريق الفرسان للعروض الجوية أمس إلى مطار تبوك لتقديم عروضه ضمن فعاليات صيف تبوك.\n"
        "ويشارك الفرسان في الصيف هذا العام بطلب من صاحب السمو الملكي الأمير فارس بن مشعل بن "
        "سعود، ويقدم الفريق 20 حركة استعراضية."
    ),
}
_FAIR = CARDED_FAIR  # another event, carded


def test_at_whose_request_is_asked():
    q = parse_question(
        "بطلب ممن جاءت مشاركة فريق الفرسان في فعاليات صيف تبوك؟", "ar", date(2015, 8, 6)
    )
    assert q is not None and q.field == "request" and q.role == ["بطلب"], q


def test_the_requester_is_named(tmp_path):
    service = service_over(tmp_path, [_TEAM, _FAIR])
    answer = service.ask("بطلب ممن جاءت مشاركة فريق الفرسان في فعاليات صيف تبوك؟")
    assert answer.short_answer == "الأمير فارس بن مشعل بن سعود", answer.answer


def test_an_invitation_is_read_too():
    text = "ويشارك الوفد في الملتقى بدعوة من الدكتور سالم بن علي الغامدي رئيس اللجنة المنظمة."
    found = requested_by("بدعوه", normalize("يشارك الوفد الملتقى").split(), ["d"], lambda _: text)
    assert found is not None and found.value == "الدكتور سالم بن علي الغامدي", found
