"""Who holds a role in a campaign, and a name said before its role when a caption names the
role first (from articles nobody here tuned on).

"من المتحدث الرسمي لمجلس … بشأن حملة «…»؟" asked nothing a card or a report is read for:
a campaign ("حملة") was no activity a role could belong to, and the sentence picker answered
with the campaign's launch. "من قائدة الفريق …؟" answered "أثناء شرحها", the words after the
role in a photo caption, where the report names her before her role further on.
"""

from __future__ import annotations

from tests.conftest import service_over

_BLOOD = {
    "id": "blood",
    "title": "حملة للتبرع بالدم في تبوك",
    "date": "2015-08-06",
    "text": (
        "أطلق نادي شباب تبوك أمس حملته الصحية «دمك حياة» في محافظات المنطقة لحث الأهالي "
        "على التبرع بالدم.\n"
        "وأفاد المتحدث الرسمي لنادي شباب تبوك فهد الشمري، أن الحملة تستمر أسبوعا في "
        "مستشفى الملك خالد."
    ),
}
_MILK = {
    "id": "milk",
    "title": "فريق تطوعي يشارك في حملة للرضاعة",
    "date": "2015-08-06",
    "text": (
        "شارك فريق «أيادي الخير» التطوعي في حملة «غذاء أمي» للتوعية بالرضاعة الطبيعية "
        "في مستشفى الولادة بالطائف.\n"
        "قائدة الفريق أثناء شرحها للزائرات\n"
        "ومن جهتها أوضحت سارة القحطاني ، قائدة فريق (أيادي الخير) التطوعي أن المشاركة "
        "واجب على كل متطوعة."
    ),
}
_FAIR = {
    "id": "fair",
    "title": "معرض للكتاب في الطائف",
    "date": "2015-08-06",
    "text": (
        "افتتح محافظ الطائف مساء أمس معرض الكتاب الخامس في قاعة الملك فهد بمشاركة 120 دار "
        "نشر.\nويستمر المعرض عشرة أيام."
    ),
}


def _service(tmp_path):
    return service_over(tmp_path, [_BLOOD, _MILK, _FAIR])


def test_the_spokesman_of_a_campaign_is_read_from_its_report(tmp_path):
    answer = _service(tmp_path).ask("من المتحدث الرسمي لنادي شباب تبوك بشأن حملة «دمك حياة»؟")
    assert answer.short_answer == "فهد الشمري", answer.answer
    assert [c.doc_id for c in answer.citations] == ["blood"]


def test_a_caption_after_the_role_names_nobody(tmp_path):
    answer = _service(tmp_path).ask("من قائدة الفريق التطوعي المشارك في حملة «غذاء أمي»؟")
    assert answer.short_answer == "سارة القحطاني", answer.answer
    assert [c.doc_id for c in answer.citations] == ["milk"]
