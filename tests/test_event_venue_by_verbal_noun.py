"""A where-question's verb of holding is held by its verbal noun (from articles nobody here
tuned on; the sentences are invented).

"أين تقام الفعاليات المسائية لبرنامج …؟": the report says "… إقامة فعاليات مسائية … على مسرح
…", and "تقام" and "إقامة" share no consonant skeleton ("ت" reads as the verb's prefix),
so the sentence held too few of the question's words to place the evenings.
"""

from __future__ import annotations

from assistant.events.reading import venue_phrase
from language.analyzer import normalize

_TOUR = (
    "ينظم مكتب رعاية الشباب بالمنطقة برنامج رواد الطبيعة بالتعاون مع هيئة السياحة. "
    "وأوضح المشرف أن المشاركين يزورون المتنزهات والقرى التراثية والأسواق الشعبية والمزارع "
    "والأودية، بالإضافة إلى إقامة فعاليات مسائية متنوعة كل يوم على مسرح الشلال."
)


def test_the_verbal_noun_holds_the_questions_verb():
    words = normalize("تقام الفعاليات المسائية لبرنامج رواد الطبيعة").split()
    found = venue_phrase(words, ["doc"], {"doc": _TOUR}.get)
    assert found is not None and found.value == "مسرح الشلال"
