"""An article that writes the edition in the question's own words states it: "الموسم الأول".

A question naming an edition ("… الموسم الأول …") that the library's cards hold only other
editions of is refused unless an article retrieval found states that edition: the sentence
picker would answer with another edition's day. The extractor reads editions after its
event nouns ("النسخة", "الدورة", "المهرجان الثالث"), not after "الموسم", so a report of
"عروض الموسم الأول للأفلام القصيرة", with no card of its own, counted as not stating it and
its question was refused. An article writing the question's noun and ordinal together now
states that edition.
"""

from __future__ import annotations

import pytest

from tests.conftest import service_over

_FESTIVAL = {
    "id": "festival",
    "title": "انطلاق مهرجان الأفلام السينمائية الثالث بالطائف",
    "date": "2015-07-20",
    "text": (
        "انطلقت أمس فعاليات مهرجان الأفلام السينمائية الثالث الذي تنظمه جمعية الثقافة والفنون "
        "بالطائف في مسرح الجمعية بمشاركة عشرين فيلما قصيرا."
    ),
}
_SEASON = {
    "id": "season",
    "title": "عروض سينمائية في جمعية الثقافة بالطائف",
    "date": "2015-07-26",
    "text": (
        "تطلق جمعية الثقافة والفنون بالطائف غدا عروض الموسم الأول للأفلام القصيرة، التي يتم فيها "
        "تقديم ثلاثة أعمال لمخرجين شباب من المحافظة."
    ),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory.mktemp("season"), [_FESTIVAL, _SEASON])


def test_the_season_written_as_asked_is_answered(service):
    answer = service.ask(
        "متى تطلق جمعية الثقافة والفنون بالطائف عروض الموسم الأول للأفلام القصيرة؟"
    )
    assert not answer.refused, answer.answer
    assert answer.short_answer == "غدا", answer.answer
    assert answer.citations[0].doc_id == "season"


def test_an_edition_no_article_writes_is_still_refused(service):
    answer = service.ask("متى أقيم مهرجان الأفلام السينمائية الأول بالطائف؟")
    assert answer.refused, answer.answer
