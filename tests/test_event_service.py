"""Event answers through the service: the sample test set's event items, follow-ups, LLM sources.

These run on real cards: the ones ingest extracts from the five sample articles.
"""

from __future__ import annotations

import pytest

from qimma.evaluation.metrics import containment
from qimma.evaluation.testset import load_testset
from tests.conftest import REPO, SAMPLES, make_settings

EVENT_KINDS = ("field", "list", "count", "temporal", "compare")
ITEMS = [i for i in load_testset(REPO / "testsets" / "samples.jsonl") if i.kind in EVENT_KINDS]
# known failures go here as pytest.mark.xfail(strict=True, reason=...) by item id
KNOWN: dict[str, pytest.MarkDecorator] = {}


def test_the_test_set_has_forty_event_questions_of_every_kind():
    kinds = {i.kind for i in ITEMS}
    assert len(ITEMS) >= 40 and kinds == set(EVENT_KINDS)
    langs = {"en" if i.question.isascii() else "ar" for i in ITEMS}
    assert langs == {"ar", "en"}


@pytest.mark.parametrize(
    "item", [pytest.param(i, id=i.id, marks=KNOWN.get(i.id, ())) for i in ITEMS]
)
def test_event_item_holds_the_answer_and_cites_its_articles(sample_service, item):
    answer = sample_service.ask(item.question)
    held = max(
        containment(answer.answer, item.answers),
        containment(answer.short_answer or "", item.answers),
    )
    assert held == 1.0, answer.answer
    cited = {c.doc_id for c in answer.citations}
    assert set(item.gold_docs) <= cited, answer.answer
    assert all(c.supported for c in answer.citations)
    for c in answer.citations:  # each citation is a span of the article's stored text
        assert sample_service.document(c.doc_id).text[c.start : c.end] == c.passage


def test_stream_gives_the_card_answer_then_the_answer(sample_service):
    from assistant.types import Answer

    *deltas, final = sample_service.ask_stream("ما شعار ملتقى المدينة الذكية للدار البيضاء؟")
    assert isinstance(final, Answer) and final.event_ids
    assert "".join(deltas) == final.answer
    assert final.short_answer == "المدينة الذكية.. نحو انتقالات حضرية مستدامة"


def test_follow_up_in_a_conversation_asks_about_the_same_event(sample_service):
    first = sample_service.ask("من ينظم ملتقى المدينة الذكية للدار البيضاء؟")
    assert first.event_ids
    follow = sample_service.ask("ومتى تنعقد؟", conversation_id=first.conversation_id)
    assert "7 و8 يونيو" in follow.short_answer
    assert [c.doc_id for c in follow.citations] == ["casablanca-smart-city-forum"]
    turns = sample_service.conversation(first.conversation_id).turns
    assert turns[-1].event_ids == tuple(first.event_ids)


def test_with_event_answers_off_the_answer_comes_from_retrieval(tmp_path):
    from assistant.service import QimmaService

    settings = make_settings(tmp_path, event_answers=False)
    service = QimmaService(settings)
    service.ingest([SAMPLES / "casablanca-smart-city-forum.txt"])
    assert service.events()  # the cards are there ...
    answer = service.ask("أين يقام ملتقى المدينة الذكية للدار البيضاء؟")
    assert not answer.event_ids and "cards_ms" not in answer.timings  # ... but unused


def test_llm_mode_gets_the_matching_card_as_a_numbered_source(tmp_path, llm_stub):
    from assistant.service import QimmaService

    settings = make_settings(tmp_path).model_copy(
        update={
            "answerer": "llm",
            "llm_model": "stub-model",
            "openai_base_url": llm_stub.base_url,
            "openai_api_key": "test",
        }
    )
    service = QimmaService(settings)
    service.ingest(
        [SAMPLES / "casablanca-smart-city-forum.txt", SAMPLES / "jeddah-e-municipality-day.txt"]
    )
    llm_stub.enqueue("يحتضن فندق حياة ريجنسي ملتقى المدينة الذكية للدار البيضاء [1].")
    answer = service.ask("أين يقام ملتقى المدينة الذكية للدار البيضاء؟")
    prompt = llm_stub.requests[0]["messages"][-1]["content"]
    first = prompt.split('<source id="1"', 1)[1].split("</source>", 1)[0]
    assert "(event card)" in first and "Venue: فندق حياة ريجنسي" in first
    assert "الحدث الذي يحتضنه فندق حياة ريجنسي" in first  # the evidence sentence, quoted
    assert '<source id="2"' in prompt  # the retrieved passages follow
    assert "يوم البلدية" not in first
    (citation,) = answer.citations
    assert citation.doc_id == "casablanca-smart-city-forum" and citation.supported
    casablanca = [c.event_id for c in service.events() if c.city_en == "Casablanca"]
    assert answer.event_ids == casablanca


@pytest.mark.parametrize(
    "question",
    [
        # no field of a card; the Berkane forum's slogan holds the same words
        "ما دور الذكاء الاصطناعي وإنترنت الأشياء في ملتقى المدينة الذكية للدار البيضاء؟",
        # a field its card lacks; the Berkane forum is "تحت الرعاية السامية"
        "من يرعى ملتقى المدينة الذكية للدار البيضاء تحت الرعاية السامية؟",
    ],
)
def test_what_the_named_events_card_lacks_is_answered_from_its_articles(sample_service, question):
    answer = sample_service.ask(question)
    assert not answer.refused
    assert {c.doc_id for c in answer.citations} == {"casablanca-smart-city-forum"}, answer.answer


@pytest.mark.parametrize(
    ("question", "there"),
    [
        ("متى يعقد مؤتمر المدن الذكية في اليابان؟", "متى يعقد مؤتمر المدن الذكية في البحرين؟"),
        (
            "When is the smart cities conference in Japan?",
            "When is the smart cities summit in Bahrain?",
        ),
        ("ما أهداف قمة المدن الذكية في اليابان؟", "ما أهداف قمة المدن الذكية في البحرين؟"),
        ("من يرعى ملتقى المدن الذكية في طوكيو؟", "من يرعى ملتقى المدن الذكية في بركان؟"),
    ],
)
def test_an_event_in_a_place_no_article_names_is_refused(sample_service, question, there):
    # the Bahrain summit's days were the answer to the Japan question: the sentence picker
    # reads "مؤتمر المدن الذكية" and nothing of the place
    answer = sample_service.ask(question)
    assert answer.refused and not answer.citations, answer.answer
    # asked about a place the articles hold, the same question is answered from them
    held = sample_service.ask(there)
    assert not held.refused and held.citations, held.answer


@pytest.mark.parametrize(
    "question",
    [
        "متى تعقد النسخة الرابعة من الملتقى الدولي حول المدن الذكية في بركان؟",
        "متى عقدت النسخة السادسة من ملتقى المدينة الذكية للدار البيضاء؟",
        "ما شعار ملتقى يوم البلدية الإلكترونية الرابع؟",
        "متى يعقد ملتقى بركان للمدن الذكية 2030؟",
        "Who sponsors the 2031 Berkane forum?",
    ],
)
def test_an_edition_no_article_states_is_refused(sample_service, question):
    # each was answered with the edition the library holds (the third Berkane forum's days,
    # the seventh Casablanca forum's, the third Jeddah day's slogan), as if it were the one asked
    answer = sample_service.ask(question)
    assert answer.refused and not answer.citations, answer.answer


def test_an_edition_an_article_recalls_is_answered_from_the_sentence_naming_it(sample_service):
    # the Bahrain card is the fifth summit's ("(10- 11 ) من الشهر المقبل"); its article recalls
    # "بعد نجاح القمة الرابعة في عام 2019"
    answer = sample_service.ask("متى عقدت النسخة الرابعة من قمة المدن الذكية في البحرين؟")
    assert answer.short_answer == "2019", answer.answer
    assert [c.doc_id for c in answer.citations] == ["bahrain-smart-cities-summit"]
    assert "القمة الرابعة في عام 2019" in answer.citations[0].passage
    # the edition the card is of is still answered from it
    fifth = sample_service.ask("متى تعقد النسخة الخامسة من قمة المدن الذكية في البحرين؟")
    assert "(10- 11 ) من الشهر المقبل" in fifth.short_answer, fifth.answer


@pytest.mark.parametrize(
    ("question", "other"),
    [
        # the Bahrain summit's "أكثر من 20 متحدث" was given as the Jeddah day's speakers
        ("كم عدد المتحدثين في ملتقى يوم البلدية الإلكترونية؟", "bahrain-smart-cities-summit"),
        # the 2025 forum's slogan was given as the 2024 symposium's, which states none
        (
            "ما شعار الندوة الدولية حول المدن الذكية ببركان 2024؟",
            "berkane-smart-cities-forum-2025",
        ),
    ],
)
def test_another_events_article_is_not_read_for_what_the_card_lacks(
    sample_service, question, other
):
    answer = sample_service.ask(question)
    assert other not in {c.doc_id for c in answer.citations}, answer.answer


def test_a_month_without_a_year_lists_the_event_dated_in_it(sample_service):
    # the Casablanca forum is "يومي 7 و8 يونيو المقبل" of an undated article: June of a year
    # the article does not tell; "in June" was refused
    for question in ("ما الفعاليات التي تعقد في يونيو؟", "Which events are in June?"):
        answer = sample_service.ask(question)
        assert not answer.refused, answer.answer
        assert {c.doc_id for c in answer.citations} == {"casablanca-smart-city-forum"}
    # a year asked is one the card cannot be said to be of
    assert sample_service.ask("ما الفعاليات التي تعقد في يونيو 2025؟").refused


def test_a_count_an_article_gives_of_the_previous_edition_is_that_editions(sample_service):
    # "بعد نجاح القمة الرابعة في عام 2019 … وحضور 250 مشارك": the fourth summit's audience,
    # which was given as the fifth's
    fifth = sample_service.ask("كم عدد المشاركين في قمة البحرين للمدن الذكية؟")
    assert "250" not in (fifth.short_answer or ""), fifth.answer
    fourth = sample_service.ask("كم عدد المشاركين في القمة الرابعة للمدن الذكية في البحرين؟")
    assert fourth.short_answer == "250 مشارك", fourth.answer


def test_a_town_spelled_with_a_clitics_letter_is_that_town(sample_service):
    # "وجدة" is Oujda, not "و" + جدة: the Jeddah day was the answer
    answer = sample_service.ask("من يرعى ملتقى المدن الذكية في وجدة؟")
    assert answer.refused and not answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "docs"),
    [
        (
            "كم عدد الملتقيات في السعودية والبحرين؟",
            {"jeddah-e-municipality-day", "bahrain-smart-cities-summit"},
        ),
        (
            "Which events are held in Casablanca and Jeddah?",
            {"jeddah-e-municipality-day", "casablanca-smart-city-forum"},
        ),
    ],
)
def test_a_list_over_two_towns_or_two_countries_lists_the_events_of_each(
    sample_service, question, docs
):
    # both were refused: no event is held in both places
    answer = sample_service.ask(question)
    assert {c.doc_id for c in answer.citations} == docs, answer.answer
    # a town and a country narrow each other: Jeddah is not in Morocco
    assert sample_service.ask("ما الملتقيات في جدة بالمغرب؟").refused


def test_main_in_a_question_is_no_place(sample_service):
    # "الرئيسية" reads "main" in English, and "main" was the stem of Maine, a US state: the
    # question named a place no card holds and got the article's opening sentence
    answer = sample_service.ask("ما المحاور الرئيسية لملتقى بركان 2025؟")
    assert "ديناميات التحول الرقمي" in (answer.short_answer or ""), answer.answer
    assert {c.doc_id for c in answer.citations} == {"berkane-smart-cities-forum-2025"}


def test_an_arabic_date_without_a_year_is_marked_as_written(sample_service):
    # "اليوم" of an undated article is not today: marked as English answers already were
    answer = sample_service.ask("متى يعقد ملتقى يوم البلدية الإلكترونية؟")
    assert answer.short_answer == "اليوم (كما ورد؛ دون سنة)", answer.answer


def _chat(service, *questions):
    answers, conversation = [], None
    for question in questions:
        answers.append(service.ask(question, conversation_id=conversation))
        conversation = answers[-1].conversation_id
    return answers


def test_what_about_another_event_asks_the_same_field_of_it(sample_service):
    # "وماذا عن بركان؟" was refused, and the next "ومتى تنعقد؟" gave Casablanca's days again
    _, about, when = _chat(
        sample_service, "متى ملتقى الدار البيضاء؟", "وماذا عن بركان؟", "ومتى تنعقد؟"
    )
    for answer in (about, when):
        assert "10 و 11 أبريل 2025" in answer.short_answer, answer.answer
        assert answer.event_ids == ["berkane-mdn-dhky-3"]
    *_, bahrain, berkane = _chat(
        sample_service,
        "Where is the Casablanca forum?",
        "what about Jeddah?",
        "and Bahrain?",
        "and the Berkane one?",
    )
    assert bahrain.short_answer.startswith("مركز الخليج للمؤتمرات"), bahrain.answer
    assert berkane.event_ids == ["berkane-mdn-dhky-3"], berkane.answer


def test_what_about_another_edition_follows_that_edition(sample_service):
    # "وماذا عن نسخة 2025؟" after the 2024 symposium, then "ومن راعيها؟": the 2025 patron
    _, other, patron = _chat(
        sample_service, "ما شعار ندوة بركان 2024؟", "وماذا عن نسخة 2025؟", "ومن راعيها؟"
    )
    assert other.short_answer == "إدارة المدن الذكية في ظل الذكاء الاصطناعي وإنترنت الأشياء"
    assert patron.short_answer == "الملك محمد السادس", patron.answer
    # "وماذا عن النسخة الثانية؟" after the third forum is about the 2024 symposium
    _, second = _chat(sample_service, "شعار ملتقى بركان 2025", "وماذا عن النسخة الثانية؟")
    assert {c.doc_id for c in second.citations} == {"berkane-smart-cities-symposium-2024"}


def test_a_streamed_answer_is_kept_to_the_named_events_articles_too(sample_service):
    from assistant.types import Answer

    question = "ما دور الذكاء الاصطناعي وإنترنت الأشياء في ملتقى المدينة الذكية للدار البيضاء؟"
    items = list(sample_service.ask_stream(question))
    final = items[-1]
    assert isinstance(final, Answer) and "".join(items[:-1]) == final.answer
    assert {c.doc_id for c in final.citations} == {"casablanca-smart-city-forum"}


def test_search_kept_to_some_articles_returns_only_their_passages(sample_service):
    query = "قمة المدن الذكية في البحرين"
    assert sample_service.search(query, 3)[0].doc_id == "bahrain-smart-cities-summit"
    hits = sample_service.store.search(query, 3, doc_ids=["jeddah-e-municipality-day"])
    assert hits and {h.doc_id for h in hits} == {"jeddah-e-municipality-day"}
    assert all("dense" in h.signals for h in hits)  # scored as any search is
    assert sample_service.store.search(query, 3, doc_ids=[]) == []


def test_warm_up_loads_the_place_gazetteers_before_the_first_question(sample_service):
    """`qimma serve` warms the gazetteers in the background, so the first question that names
    a city does not wait ~2 s for them."""
    from ingest.events import places

    places._city_index.cache_clear()
    places._country_index.cache_clear()
    sample_service.warm_up()
    assert places._city_index.cache_info().currsize == 1
    assert places._country_index.cache_info().currsize == 1
    assert places.city_of_word("بركان").country == "MA"


def test_a_refusal_over_every_hit_is_retried_within_the_named_events_articles():
    # sentences of other articles (another language, another event) can outrank the named
    # event's own and make the question look unanswered; its own articles decide
    from assistant.service import QimmaService, Within
    from assistant.types import Answer
    from store.types import Hit

    def hit(doc_id: str) -> Hit:
        return Hit(doc_id=doc_id, title="", source="", text="", start=0, end=0, score=1.0)

    class Answerer:
        def answer(self, question, hits, turns, lang):
            own = [h for h in hits if h.doc_id == "event"]
            if len(own) == len(hits):
                return Answer(answer=f"{question} from its article", refused=False, language=lang)
            return Answer(answer="no answer", refused=True, language=lang)

    hits = [hit("other"), hit("event")]
    answer = QimmaService._answer_within(Answerer(), "q", hits, Within([hits[1]]), [], "ar")
    assert not answer.refused and answer.answer == "q from its article"
    # without a named event, a refusal stays a refusal
    assert QimmaService._answer_within(Answerer(), "q", hits, Within(), [], "ar").refused
    # an English event's articles are read for the question without its name, and the
    # answer keeps the question as asked
    read = QimmaService._answer_within(
        Answerer(), "Who hosted the X Awards?", hits, Within([hits[1]], "Who hosted?"), [], "en"
    )
    assert read.answer == "Who hosted? from its article"
    assert read.question == "Who hosted the X Awards?"
