"""Catalogue ⇄ Excel workbook: `cmm catalogue export --format xlsx` and `cmm catalogue import`."""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner
from openpyxl import load_workbook

from cmm_rules.cli import main
from cmm_rules.xlsx.catalogue import CRITERIA, HEADER

from conftest import ROOT


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    book = tmp_path_factory.mktemp("xlsx") / "catalogue.xlsx"
    result = run("catalogue", "export", "--format", "xlsx", "-o", book)
    assert result.exit_code == 0, result.output
    return book


def test_export_then_import_is_lossless(exported, tmp_path):
    result = run("catalogue", "import", exported, "-o", tmp_path / "imported")
    assert result.exit_code == 0, result.output
    shown = [run("catalogue", "show", folder, "--format", "json").output for folder in (ROOT / "rules", tmp_path / "imported")]
    assert shown[0] == shown[1]
    for original in sorted((ROOT / "rules").glob("*.yaml")):  # the content every file digest is taken over
        again = tmp_path / "imported" / original.name
        assert yaml.safe_load(again.read_text(encoding="utf-8")) == yaml.safe_load(original.read_text(encoding="utf-8"))
    assert run("catalogue", "diff", ROOT / "rules", tmp_path / "imported").output.splitlines()[-1] == "no differences"


def test_the_criteria_sheet_reads_like_the_catalogue(exported):
    sheet = load_workbook(exported)[CRITERIA]
    headers = [c.value for c in sheet[1]]
    assert headers[:6] == ["file", "id", "domain", "subdomain", "level", "clause"]
    row = {h: c.value for h, c in zip(headers, sheet[2])}
    assert row["id"] == "CI-ME-1-02" and row["level"] == 1 and row["requires (YAML)"].startswith("{")


def _edited(exported, tmp_path, sheet: str, cell: str, value):
    book = load_workbook(exported)
    book[sheet][cell] = value
    path = tmp_path / "edited.xlsx"
    book.save(path)
    return path


def test_a_cell_that_breaks_the_schema_is_named_and_nothing_is_written(exported, tmp_path):
    headers = [c.value for c in load_workbook(exported)[CRITERIA][1]]
    level = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headers.index("level")]
    book = _edited(exported, tmp_path, CRITERIA, f"{level}5", 7)
    result = run("catalogue", "import", book, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert f"sheet '{CRITERIA}', row 5, column {level}: 7 is greater than the maximum of 5" in result.output
    assert not (tmp_path / "out").exists()


def test_a_condition_on_an_unknown_topic_or_broken_yaml_is_named_by_its_cell(exported, tmp_path):
    headers = [c.value for c in load_workbook(exported)[CRITERIA][1]]
    requires = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headers.index("requires (YAML)")]
    book = _edited(exported, tmp_path, CRITERIA, f"{requires}7", "{evidence: {topic: no_such_topic}}")
    result = run("catalogue", "import", book, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert f"row 7, column {requires}: criterion" in result.output and "unknown topic 'no_such_topic'" in result.output
    book = _edited(exported, tmp_path, CRITERIA, f"{requires}6", "{all: [oops")
    result = run("catalogue", "import", book, "-o", tmp_path / "out")
    assert f"row 6, column {requires}: not valid YAML flow text" in result.output
    book = _edited(exported, tmp_path, HEADER, "D2", "{id: x}")
    result = run("catalogue", "import", book, "-o", tmp_path / "out")
    assert f"sheet '{HEADER}', row 2, column D:" in result.output and "should be string" in result.output


def test_a_file_that_is_not_a_workbook_is_one_error_line(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    result = run("catalogue", "import", fake, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {fake}: not a readable .xlsx workbook")
