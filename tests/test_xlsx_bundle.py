"""The provider self-assessment workbook: `cmm template --format xlsx`, then `cmm assess FILE.xlsx`."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cmm_rules import InputError
from cmm_rules.cli import main

from conftest import ROOT, SAMPLES


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "self-assessment.xlsx"
    result = run("template", "--format", "xlsx", "-o", path)
    assert result.exit_code == 0, result.output
    return path


def test_the_template_has_a_sheet_per_domain_drop_downs_dates_and_bilingual_instructions(template):
    book = load_workbook(template)
    assert book.sheetnames[:7] == ["说明 Instructions", "机构 Organisation", "ST 服务战略", "DE 服务设计", "TR 服务转化",
                                   "OP 服务运营", "CI 服务持续改进"]
    instructions = [row for row in book["说明 Instructions"].iter_rows(values_only=True)]
    assert any("评估日期" in zh and "assessment date" in en for zh, en in instructions)
    st = book["ST 服务战略"]
    assert [c.value for c in st[1]][:2] == ["主题 topic", "annual_work_plan"]
    header = [c.value for c in st[2]]
    assert header[:4] == ["编号 id", "类型 kind", "标题 title", "签发日期 issued"] and "services_planned" in header
    kinds = [v for v in st.data_validations.dataValidation if v.type == "list" and "B3" in v.sqref]
    assert kinds, "the kind column offers a drop-down list"
    assert st["D3"].number_format == "yyyy-mm-dd"
    assert any(v.type == "date" and "D3" in v.sqref for v in st.data_validations.dataValidation)


def _decision(report: dict) -> dict:
    return {"overall": report["overall"], "domains": report["domains"], "findings": report["findings"],
            "evidence": sorted(report["evidence"], key=lambda e: e["id"]), "exclusions": report.get("exclusions"),
            "score": report.get("score")}


POINTS = ROOT / "catalogues" / "service-points"


@pytest.mark.parametrize("sample, catalogue", [
    (SAMPLES / "district-consulting-firm-2star.yaml", None),
    (SAMPLES / "with-attachments" / "bundle.yaml", None),
    (POINTS / "evidence_samples" / "steady-provider.yaml", POINTS),  # a points catalogue, with assessor points
], ids=["exclusions", "attachments", "points"])
def test_a_workbook_filled_from_a_bundle_rates_like_its_yaml_twin(sample, catalogue, tmp_path):
    # the twin lies beside a copy of the bundle (and of the attachments beside it)
    shutil.copytree(sample.parent, tmp_path / "bundle", ignore=shutil.ignore_patterns("*.yaml", "*.json"))
    source = shutil.copy(sample, tmp_path / "bundle" / sample.name)
    twin = tmp_path / "bundle" / "twin.xlsx"
    options = ["--catalogue", catalogue] if catalogue else []
    assert run("template", "--from", source, "-o", twin, *options).exit_code == 0
    yaml_report = json.loads(run("assess", source, "--format", "json", *options).output)
    xlsx_result = run("assess", twin, "--format", "json", *options)
    assert xlsx_result.exit_code == 0, xlsx_result.output
    xlsx_report = json.loads(xlsx_result.output)
    assert _decision(xlsx_report) == _decision(yaml_report)
    bundle = xlsx_report["provenance"]["bundle"]
    assert bundle["file"] == "twin.xlsx"
    assert bundle["sha256"] == hashlib.sha256(twin.read_bytes()).hexdigest()


def _fill_organisation(book):
    values = {"organisation.id": "ORG-X", "organisation.name": "测试服务中心", "organisation.kind": "other",
              "assessment.id": "A-1", "assessment.date": dt.date(2026, 11, 1)}
    for row in book["机构 Organisation"].iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values[row[0].value]


def _hand_filled(template, tmp_path, issued=dt.date(2026, 1, 8), kind="document"):
    book = load_workbook(template)
    _fill_organisation(book)
    st = book["ST 服务战略"]
    header = [c.value for c in st[2]]
    for column, value in (("编号 id", "E1"), ("类型 kind", kind), ("标题 title", "2026 年度服务工作计划"),
                          ("签发日期 issued", issued), ("批准人 approved by", "主任办公会"),
                          ("批准日期 approval date", dt.date(2026, 1, 9)), ("year", 2026),
                          ("services_planned", 14)):
        st.cell(3, header.index(column) + 1).value = value
    path = tmp_path / "filled.xlsx"
    book.save(path)
    return path


def test_a_hand_filled_workbook_is_assessed(template, tmp_path):
    result = run("assess", _hand_filled(template, tmp_path))
    assert result.exit_code == 0, result.output
    assert "PASS ST-SG-1-01 L1 有年度服务工作计划 / An annual service work plan [E1]" in result.output


def test_a_malformed_cell_is_named_by_sheet_row_and_column(template, tmp_path):
    result = run("assess", _hand_filled(template, tmp_path, issued="last spring"))
    assert result.exit_code == 2
    assert "sheet 'ST 服务战略', row 3, column D: 'last spring' is not a date" in result.output
    result = run("assess", _hand_filled(template, tmp_path, kind="memo"))
    assert result.exit_code == 2
    assert "sheet 'ST 服务战略', row 3, column B: 'memo' is not one of" in result.output
    assert "Traceback" not in result.output


def test_screen_reads_a_folder_of_workbooks(template, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(_hand_filled(template, tmp_path), folder / "a.xlsx")
    assert run("template", "--from", SAMPLES / "strategy-all-met.yaml", "-o", folder / "b.xlsx").exit_code == 0
    shutil.copytree(SAMPLES / "strategy-all-met-files", folder / "strategy-all-met-files")  # its documents, beside it
    (folder / "c.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    out = tmp_path / "rows.jsonl"
    result = run("screen", folder, "-j", "1", "-o", out, "-q")
    assert result.exit_code == 3
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in rows] == ["a.xlsx", "b.xlsx", "c.xlsx"]
    assert rows[0]["organisation_id"] == "ORG-X" and rows[1]["domains"]["ST"] == 5
    assert "not an .xlsx workbook" in rows[2]["error"]


def test_typed_attributes_get_drop_downs_and_are_read_as_their_types(catalogue, tmp_path):
    """With a typed vocabulary (type, codes), cells offer the codes and are read as integers, booleans, lists."""
    import copy
    import dataclasses

    from cmm_rules.xlsx.bundle import read_bundle, write_template

    topics = copy.deepcopy(catalogue.topics)
    topics["annual_work_plan"]["attributes"] = {
        "services_planned": {"type": "integer", "min": 0, "description": "number of services"},
        "approved_online": {"type": "boolean", "description": "published online"},
        "status": {"type": "code", "codes": {"draft": {"zh": "草稿", "en": "draft"},
                                             "final": {"zh": "定稿", "en": "final"}}, "description": "status"},
        "channels": {"type": "list", "items": {"type": "code", "codes": {"phone": {"zh": "电话", "en": "phone"}}},
                     "description": "channels"},
    }
    typed = dataclasses.replace(catalogue, topics=topics)
    path = tmp_path / "typed.xlsx"
    write_template(typed, path)
    book = load_workbook(path)
    st = book["ST 服务战略"]
    header = [c.value for c in st[2]]
    col = {name: header.index(name) + 1 for name in ("services_planned", "approved_online", "status", "channels")}
    status = st.cell(3, col["status"]).coordinate
    lists = [v for v in st.data_validations.dataValidation if v.type == "list" and status in v.sqref]
    assert lists and "_codes" in lists[0].formula1
    assert "draft 草稿" in st.cell(2, col["status"]).comment.text
    _fill_organisation(book)
    for name, value in (("编号 id", "E1"), ("类型 kind", "document"), ("标题 title", "plan")):
        st.cell(3, header.index(name) + 1).value = value
    st.cell(3, col["services_planned"]).value = "14"
    st.cell(3, col["approved_online"]).value = "是"
    st.cell(3, col["status"]).value = "final"
    st.cell(3, col["channels"]).value = "phone, email"
    book.save(path)
    item = read_bundle(path).data["evidence"][0]
    assert item["attributes"] == {"services_planned": 14, "approved_online": True, "status": "final",
                                  "channels": ["phone", "email"]}
    st.cell(3, col["services_planned"]).value = "fourteen"
    book.save(path)
    with pytest.raises(InputError, match=r"sheet 'ST 服务战略', row 3, column [A-Z]+: 'fourteen' is not a number"):
        read_bundle(path)
