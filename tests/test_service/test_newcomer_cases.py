"""Issue 8's newcomer cases, each on small plans written here (not only the sample corpus):
grounded claims, honest "none", how-answers quoting actions, nonsense queries, matched fields."""

from __future__ import annotations

import pytest

FENGSHAN = """高雄市鳳山地政事務所113年度提升服務品質執行計畫

一、服務措施

實施要項\t推動作法\t完成期限\t承辦單位\t預期效益
寵物友善環境\t1. 設置寵物友善區。 2. 提供寵物飲水設施。\t經常辦理\t秘書室\t友善洽公。
行動服務\t1. 透過行動載具提供查詢。\t經常辦理\t資訊課\t以「主動關心服務到家」為目標。
電話禮貌測試\t1. 每月由主管抽測各課電話禮貌。 2. 測試結果列入考評並公告改進。\t每月\t秘書室\t提升電話禮貌。
便民措施\t1. 設置服務台。 2. 延長午間服務。 3. 提供書表範例。 4. 設置無障礙坡道。 5. 設置哺乳室與飲水機。\t經常辦理\t登記課\t方便民眾。
"""

XINYI = """臺北市信義戶政事務所113年度提升服務品質執行計畫

一、服務措施

實施要項\t推動作法\t完成期限\t承辦單位\t預期效益
主動服務\t1. 針對行動不便民眾提供到宅服務。 2. 設攤宣導。\t經常辦理\t戶籍課\t照顧弱勢。
滿意度調查\t1. 每年辦理民眾滿意度調查。\t每年\t秘書室\t瞭解民意。
"""


@pytest.fixture(scope="module")
def small_searcher(tmp_path_factory, embedder, tokenizer):
    from index.search import Searcher
    from index.store import build_index
    from ingest import ingest_paths

    folder = tmp_path_factory.mktemp("newcomer-plans")
    paths = []
    for name, text in (("fengshan.txt", FENGSHAN), ("xinyi.txt", XINYI)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    rows, report = ingest_paths(paths)
    assert report.ok and len(rows) == 6
    build_index(rows, folder / "index", embedder, tokenizer)
    return Searcher.open(folder / "index", embedder, tokenizer=tokenizer)


def ask(searcher, question):
    from service.answer import ask as answer_question

    return answer_question(searcher, question)


def test_one_word_of_a_compound_topic_names_no_office(small_searcher):
    answer = ask(small_searcher, "哪些機關提供寵物美容服務")
    assert answer.offices == [] and answer.citations == []
    assert answer.answer == "沒有機關的措施提到「寵物美容服務」。"


def test_near_miss_question_is_answered_none_with_related_rows_apart(small_searcher):
    answer = ask(small_searcher, "哪些機關提供到宅剪髮服務")
    assert answer.offices == []
    assert "沒有" in answer.answer and "臺北市信義戶政事務所" not in answer.answer


def test_a_benefit_slogan_does_not_make_an_office_provide_home_service(small_searcher):
    answer = ask(small_searcher, "哪些機關提供到宅服務")
    assert [o.office for o in answer.offices] == ["臺北市信義戶政事務所"]
    assert all(c.office != "高雄市鳳山地政事務所" for c in answer.citations)


def test_how_answer_quotes_the_actions_that_say_how_once_each(small_searcher):
    answer = ask(small_searcher, "電話禮貌測試怎麼做")
    assert [o.office for o in answer.offices] == ["高雄市鳳山地政事務所"]
    quote = answer.citations[0].quote
    assert "每月由主管抽測各課電話禮貌" in quote and "測試結果列入考評並公告改進" in quote
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == len(set(quotes))


def test_english_question_echoes_english_beside_the_chinese_terms(small_searcher):
    answer = ask(small_searcher, "which offices offer home visits")
    assert [o.office for o in answer.offices] == ["臺北市信義戶政事務所"]
    assert "到宅服務" in answer.echo and "home visits" in answer.echo


def test_simplified_topic_is_echoed_in_traditional(small_searcher):
    answer = ask(small_searcher, "哪些机关办理满意度调查")
    assert "滿意度調查" in answer.answer and "满意度调查" not in answer.answer


def test_the_answer_repeats_the_measure_not_the_questions_modal_and_verb(small_searcher):
    """哪一家…會辦理滿意度調查: the rows say 滿意度調查, not 會辦理."""
    answer = ask(small_searcher, "哪一家機關會辦理滿意度調查？")
    assert answer.offices and "「滿意度調查」" in answer.answer and "會辦理" not in answer.answer


def test_nonsense_query_matches_nothing_and_total_is_zero(small_searcher):
    result = small_searcher.search("qwzx", k=10)
    assert result.hits == [] and result.total == 0


def test_rare_word_wrapped_in_common_words_finds_its_row(small_searcher):
    result = small_searcher.search("設置哺乳室", k=10)
    assert small_searcher.row(result.hits[0].row_id).measure == "便民措施"
    assert result.total == 1  # 設置 alone is no match: the other 設置 rows stay out


def test_a_row_matched_in_its_fifth_action_says_where(small_searcher):
    result = small_searcher.search("哺乳室", k=10)
    matches = {(m.field, m.index) for m in result.hits[0].matches}
    assert ("actions", 4) in matches


def test_a_row_matched_in_its_benefit_says_so(small_searcher):
    """A benefit is what a measure aims at, not what it does: the row is shown (related, not
    counted) and says the words were found in its benefit."""
    result = small_searcher.search("主動關心服務到家", k=10)
    top = result.ranked[0]
    assert small_searcher.row(top.row_id).measure == "行動服務"
    assert any(m.field == "benefit" for m in top.matches)


def test_a_chinese_word_no_plan_uses_still_reaches_rows_by_their_vectors(small_searcher):
    """毛小孩 (a citizen's word for pets) is in no plan: no row states it, so nothing is counted,
    but the row whose vector stands out is shown as related; an answer names no office."""
    result = small_searcher.search("毛小孩", k=10)
    assert result.total == 0 and result.hits == []
    assert "寵物友善環境" in [small_searcher.row(h.row_id).measure for h in result.related]
    assert ask(small_searcher, "哪些機關提供毛小孩美容").offices == []
