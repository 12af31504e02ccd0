"""A mall is named before its noun (from articles nobody here tuned on; the sentences are
invented).

'افتتح المعرض … في "الواحة مول"' gave the town: a venue is found by its noun first ("فندق
…", "مركز …"), and "مول" comes last in a mall's name. A name of up to three words before
"مول", after "في" or an attached "ب", is now a venue, with "التجاري" after it; "بمركز
النخيل مول" (after a venue's own noun, whose name starts with "ب" here) too.
"""

from __future__ import annotations

from ingest.events.places import find_venues


def _venues(text: str) -> list[str]:
    return [text[a:b] for a, b in find_venues(text)]


def test_a_quoted_mall_after_fi():
    text = 'وافتتح المعرض مدير فرع الهيئة في "الواحة مول". وقال إن المعرض يضم 40 صورة.'
    assert _venues(text) == ["الواحة مول"]


def test_a_mall_with_an_attached_b_and_its_adjective():
    assert _venues("وتقام الفعالية بالنخيل مول التجاري في الدمام.") == ["النخيل مول التجاري"]


def test_a_mall_after_a_venues_own_noun():
    assert _venues("وذلك بمركز بريق مول التجاري بالخبر.") == ["مركز بريق مول التجاري"]


def test_a_mall_said_of_nothing_held_is_no_venue():
    assert _venues("ويعرض المول منتجاته بأسعار مخفضة.") == []
    assert _venues("زار الوفد مول الرياض أمس.") == []
