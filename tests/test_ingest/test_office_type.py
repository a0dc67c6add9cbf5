"""Office type from the office name, and the invented demo plans read back as specified."""

from __future__ import annotations

import sys

import pytest
from conftest import INVENTED, REPO

from ingest import ingest_paths
from ingest.office_type import OFFICE_TYPES, OTHER, office_type

sys.path.insert(0, str(REPO / "scripts"))
import make_invented_plans as invented  # noqa: E402


@pytest.mark.parametrize(("office", "expected"), [
    ("臺中縣龍井鄉戶政事務所", "戶政事務所"),
    ("基隆市安樂地政事務所", "地政事務所"),
    ("臺南市北區區公所", "鄉鎮市區公所"),
    ("青山縣梅林鄉公所", "鄉鎮市區公所"),
    ("彰化縣員林市公所", "鄉鎮市區公所"),
    ("嘉禾市河濱區衛生所", "衛生所"),
    ("臺北市大安區健康服務中心", "衛生所"),
    ("法務部行政執行署臺北分署", "行政執行分署"),
    ("嘉禾市稅務局", "稅務機關"),
    ("宜蘭縣政府稅務局", "稅務機關"),
    ("財政部北區國稅局", "稅務機關"),
    ("基隆市政府", "縣市政府"),
    ("花蓮縣政府", "縣市政府"),
    ("國立故宮博物院", OTHER),
    ("", OTHER),
    (None, OTHER),
])
def test_office_type_comes_from_the_name_ending(office, expected):
    assert office_type(office) == expected
    assert expected in OFFICE_TYPES


def test_rows_carry_their_office_type(sample_rows):
    types = {r.office: r.office_type for r in sample_rows}
    assert types == {"基隆市安樂地政事務所": "地政事務所", "基隆市政府": "縣市政府", "臺中縣龍井鄉戶政事務所": "戶政事務所",
                     "臺南市北區區公所": "鄉鎮市區公所", "法務部行政執行署臺北分署": "行政執行分署"}


def test_rows_written_before_the_field_still_load():
    from ingest.record import MeasureRow

    row = next(r for r in ingest_paths([INVENTED / invented.PLANS[0].file])[0])
    data = row.to_dict()
    del data["office_type"]
    assert MeasureRow.from_dict(data).office_type == ""


def test_the_committed_invented_plans_are_what_the_generator_writes(tmp_path):
    invented.write_all(tmp_path)
    names = [p.file for p in invented.PLANS] + [invented.DECLARATION[0]]
    for name in names:
        assert (tmp_path / name).read_bytes() == (INVENTED / name).read_bytes(), name
    assert sorted(p.name for p in INVENTED.iterdir()) == sorted(names)


@pytest.mark.parametrize("plan", invented.PLANS, ids=lambda p: p.file)
def test_every_invented_plan_reads_back_as_specified(plan):
    rows, report = ingest_paths([INVENTED / plan.file])
    assert not report.errors and not report.files[0].warnings
    expected = invented.plan_measures(plan)
    assert [r.measure for r in rows] == [m.measure for m in expected]
    assert [r.actions for r in rows] == [m.actions for m in expected]
    assert [(r.deadline, r.owner, r.benefit) for r in rows] == [(m.deadline, m.owner, m.benefit) for m in expected]
    assert {(r.office, r.year_roc, r.office_type) for r in rows} == {(plan.office, plan.year_roc, office_type(plan.office))}
    assert [r.section[-1] for r in rows] == [invented.SECTIONS[0]] * len(plan.service) + [invented.SECTIONS[1]] * len(plan.special)
    assert invented.NOTICE in (INVENTED / plan.file).read_text(encoding="utf-8")


def test_the_invented_corpus_covers_every_office_type_and_repeats_offices():
    types = {office_type(p.office) for p in invented.PLANS}
    assert {"戶政事務所", "地政事務所", "鄉鎮市區公所", "衛生所", "行政執行分署", "稅務機關"} <= types
    years = {}
    for p in invented.PLANS:
        years.setdefault(p.office, set()).add(p.year_roc)
    assert max(len(y) for y in years.values()) == 3 and len(invented.PLANS) >= 10
    assert {p.layout for p in invented.PLANS} == {"txt", "md", "html"}
