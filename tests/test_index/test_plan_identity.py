"""A plan is its office, year and title, not its file name: the same plan added again in another
format is kept once (the newer file replaces the indexed one, or the indexed one stays when
told), and two different plans never replace each other because their names look alike."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import INVENTED, SAMPLE, FakeEmbedder, copied_as, sample_text_plans
from fastapi.testclient import TestClient

from index import corpus
from index.corpus import FIRST_GIVEN, INDEXED_KEPT, NEWER_REPLACES, ConfirmationNeeded
from index.identity import plan_identity
from index.store import current_build, load_index
from ingest import ingest_paths

PLANS = sample_text_plans()
TEXT = SAMPLE / "000_b2ab89f419355ba8.txt"
PDF = SAMPLE / "pdf" / "000_b2ab89f419355ba8.pdf"
OFFICE = "基隆市安樂地政事務所"


def plans_of(index_dir) -> dict[str, str]:
    """Indexed plans: file name → office."""
    return {p.source_file: p.office for p in corpus.list_plans(index_dir)}


def rows_of(index_dir, office: str) -> list:
    return [r for r in load_index(index_dir, "fake:chars").rows if r.office == office]


def test_identity_folds_width_space_and_script_and_falls_back_to_the_file():
    row = ingest_paths([TEXT])[0][0]
    assert plan_identity(row) == plan_identity(replace(row, office="基隆市 安樂地政事務所", title=row.title.replace(" ", "")))
    assert plan_identity(row) == plan_identity(replace(row, title=row.title.replace("107", "１０７")))
    assert plan_identity(replace(row, office="臺中市")) == plan_identity(replace(row, office="台中市"))
    assert plan_identity(row) != plan_identity(replace(row, year_roc=108))
    assert plan_identity(replace(row, title="")) == f"file:{row.source_file}"


@pytest.mark.slow  # reads the PDF rendering
def test_the_same_plan_added_as_pdf_replaces_its_text_and_is_kept_once(tmp_path, tokenizer):
    corpus.add([TEXT, PLANS[1]], tmp_path, FakeEmbedder(), tokenizer)
    report = corpus.add([PDF], tmp_path, FakeEmbedder(), tokenizer)
    assert [(s.kept, s.dropped, s.why) for s in report.same_plan] == [(PDF.name, TEXT.name, NEWER_REPLACES)]
    assert report.replaced_plans == [PDF.name] and not report.added_plans
    assert "the newer file replaces the indexed one" in report.same_plan[0].describe()
    assert plans_of(tmp_path) == {PDF.name: OFFICE, PLANS[1].name: "基隆市政府"}
    rows = rows_of(tmp_path, OFFICE)
    assert len({r.plan_id for r in rows}) == 1 and len(rows) == 19 and {r.source_file for r in rows} == {PDF.name}
    assert {p.name for p in (current_build(tmp_path) / "sources").iterdir()} == {PDF.name, PLANS[1].name}


@pytest.mark.slow  # reads the PDF rendering
def test_told_to_keep_the_indexed_file_the_new_format_is_dropped(tmp_path, tokenizer):
    corpus.add([TEXT], tmp_path, FakeEmbedder(), tokenizer)
    before = current_build(tmp_path)
    report = corpus.add([PDF], tmp_path, FakeEmbedder(), tokenizer, keep_indexed=True)
    assert [(s.kept, s.dropped, s.why) for s in report.same_plan] == [(TEXT.name, PDF.name, INDEXED_KEPT)]
    assert report.build is None and current_build(tmp_path) == before and plans_of(tmp_path) == {TEXT.name: OFFICE}


@pytest.mark.slow  # reads the PDF rendering
def test_one_plan_given_twice_in_one_call_is_indexed_once(tmp_path, tokenizer):
    for operation in (corpus.add, lambda *a: corpus.sync(*a, confirm=True)):
        report = operation([TEXT, PDF], tmp_path, FakeEmbedder(), tokenizer)
        assert plans_of(tmp_path) == {TEXT.name: OFFICE} and len(rows_of(tmp_path, OFFICE)) == 19
    assert [(s.kept, s.dropped, s.why) for s in report.same_plan] == [(TEXT.name, PDF.name, FIRST_GIVEN)]
    pdf_report = next(f for f in report.ingest.files if f.file == str(PDF))
    assert pdf_report.rows == 0 and pdf_report.warnings[-1]["code"] == "same_plan_given"


def test_a_different_plan_under_an_indexed_name_is_kept_beside_it(tmp_path, tokenizer):
    index_dir = tmp_path / "index"
    corpus.add(PLANS[:2], index_dir, FakeEmbedder(), tokenizer)
    other = copied_as(PLANS[2], tmp_path / "elsewhere" / PLANS[0].name)  # another office's plan, named like plan 000
    report = corpus.add([other], index_dir, FakeEmbedder(), tokenizer)
    second = f"{PLANS[0].stem} (2).txt"
    assert [(r.given, r.indexed_as) for r in report.renamed] == [(PLANS[0].name, second)]
    assert "different plan" in report.renamed[0].describe() and report.added_plans == [second]
    assert plans_of(index_dir) == {PLANS[0].name: OFFICE, PLANS[1].name: "基隆市政府", second: "臺中縣龍井鄉戶政事務所"}
    assert len(rows_of(index_dir, OFFICE)) == 19


def test_sync_never_drops_a_plan_for_another_of_the_same_name_unconfirmed(tmp_path, tokenizer):
    index_dir = tmp_path / "index"
    corpus.add(PLANS[:2], index_dir, FakeEmbedder(), tokenizer)
    other = copied_as(PLANS[2], tmp_path / "elsewhere" / PLANS[0].name)
    with pytest.raises(ConfirmationNeeded) as info:
        corpus.sync([other, PLANS[1]], index_dir, FakeEmbedder(), tokenizer)
    assert [p.source_file for p in info.value.removals] == [PLANS[0].name]
    assert plans_of(index_dir) == {PLANS[0].name: OFFICE, PLANS[1].name: "基隆市政府"}


def test_the_same_file_marked_invented_is_rebuilt_not_unchanged(tmp_path, tokenizer):
    corpus.add(PLANS[:1], tmp_path, FakeEmbedder(), tokenizer)
    report = corpus.add(PLANS[:1], tmp_path, FakeEmbedder(), tokenizer, provenance="invented")
    assert report.replaced_plans == [PLANS[0].name] and report.build is not None
    assert {r.provenance for r in load_index(tmp_path, "fake:chars").rows} == {"invented"}
    assert [p.provenance for p in corpus.list_plans(tmp_path)] == ["invented"]


# -- the upload that folded i1０_ into i10_ ------------------------------------------------------
TOKEN = "s3cret-token"
I10 = INVENTED / "i10_qingshan_meilin_township_112.txt"
I13 = INVENTED / "i13_qingshan_meilin_health_112.txt"


def test_an_upload_whose_name_folds_to_an_indexed_one_keeps_both_plans(tmp_path, tokenizer):
    from service.app import create_app
    from service.settings import Settings

    index_dir = tmp_path / "index"
    corpus.add([I10], index_dir, FakeEmbedder(), tokenizer)
    full_width = "i1０_qingshan_meilin_township_112.txt"  # a different plan (the health station's)
    settings = Settings(index_dir=index_dir, reload_interval=3600, admin_token=TOKEN)
    with TestClient(create_app(settings, embedder=FakeEmbedder())) as client:
        response = client.post("/api/admin/upload", headers={"X-Admin-Token": TOKEN},
                               files=[("files", (full_width, I13.read_bytes(), "text/plain"))])
        assert response.status_code == 200, response.text
        assert response.json()["added_plans"] == [full_width] and not response.json()["renamed"]
        offices = {p["source_file"]: p["office"] for p in client.get("/api/plans").json()["plans"]}
        assert offices == {I10.name: "青山縣梅林鄉公所", full_width: "青山縣梅林鄉衛生所"}
        # the same plan again under the plain name: it is the plan of i1０_…, which the newer file replaces
        again = client.post("/api/admin/upload", headers={"X-Admin-Token": TOKEN},
                            files=[("files", ("i13 copy.txt", I13.read_bytes(), "text/plain"))]).json()
        assert [(s["kept"], s["dropped"], s["why"]) for s in again["same_plan"]] == [("i13 copy.txt", full_width, "newer")]
        assert {p["office"] for p in client.get("/api/plans").json()["plans"]} == {"青山縣梅林鄉公所", "青山縣梅林鄉衛生所"}
