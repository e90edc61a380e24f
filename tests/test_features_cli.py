"""`cmm features run`: editors' scenarios against any catalogue, through the command line."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from click.testing import CliRunner

from cmm_rules.cli import main

from conftest import ROOT, copy_reference_catalogue

FEATURES = ROOT / "features"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_the_project_features_pass_against_the_bundled_catalogue():
    result = run("features", "run", FEATURES / "ST.feature", FEATURES / "rollup.feature")
    assert result.exit_code == 0, result.output
    assert "PASS  " in result.output and "ST-SG-3-02 fails when too few staff were reached" in result.output
    assert "0 failed" in result.output.splitlines()[-1]


def _lowered_threshold(tmp_path):
    folder = copy_reference_catalogue(tmp_path)
    st = folder / "ST.yaml"
    text = st.read_text(encoding="utf-8")
    assert "staff_reached_pct: {gte: 80}" in text
    st.write_text(text.replace("staff_reached_pct: {gte: 80}", "staff_reached_pct: {gte: 50}"), encoding="utf-8")
    return folder


def test_a_changed_threshold_fails_its_scenario_with_the_finding_in_words(tmp_path):
    result = run("features", "run", FEATURES / "ST.feature", "--catalogue", _lowered_threshold(tmp_path), "-q")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("FAIL ") and lines[0].endswith("ST-SG-3-02 fails when too few staff were reached")
    assert "Then criterion ST-SG-3-02 fails" in lines[1]
    assert "expected fail, got pass" in lines[2] and "staff_reached_pct ≥ 50" in lines[2]
    assert "1 failed" in lines[-1]
    assert not any(line.startswith("PASS") for line in lines)  # -q: failures only


def test_junit_names_the_failing_scenario(tmp_path):
    out = tmp_path / "features.xml"
    result = run("features", "run", FEATURES / "ST.feature", "--catalogue", _lowered_threshold(tmp_path),
                 "--format", "junit", "-o", out)
    assert result.exit_code == 1
    root = ET.parse(out).getroot()
    failed = [case.get("name") for case in root.iter("testcase") if case.find("failure") is not None]
    assert failed == ["ST-SG-3-02 fails when too few staff were reached"]
    assert int(root.get("tests")) == len(list(root.iter("testcase"))) > 40


def test_a_step_the_library_does_not_know_is_named(tmp_path):
    feature = tmp_path / "x.feature"
    feature.write_text("Feature: x\n  Scenario: typo\n    Given an assesment dated 2026-11-01\n", encoding="utf-8")
    result = run("features", "run", feature)
    assert result.exit_code == 1
    assert f"{feature}:3: Given an assesment dated 2026-11-01" in result.output
    assert "no step of the library says this" in result.output


def test_broken_gherkin_is_one_error_line_naming_file_and_line(tmp_path):
    feature = tmp_path / "bad.feature"
    feature.write_text("Feature: x\n  Scenario: y\n    Given an assessment dated 2026-11-01\n  Feature: again\n",
                       encoding="utf-8")
    result = run("features", "run", feature)
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"error: {feature}:4: not valid Gherkin")
    assert "Traceback" not in result.output


ZH_FEATURE = """# language: zh-CN
功能: 服务战略 ST

  背景:
    假如评估日期为 2026-11-01

  场景: ST-SG-3-02 不通过：宣贯覆盖的员工太少
    假如证据如下：
      | 编号 | 主题                   | 类型 | 签发日期   | 属性                 |
      | E1   | strategy_communication | 记录 | 2026-02-26 | staff_reached_pct=55 |
    当评估该证据包
    那么准则 ST-SG-3-02 不通过
    而且准则 ST-SG-3-02 的评定说明“needs staff_reached_pct ≥ 80”

  场景: 缺一项 2 级准则即封顶 1 星
    假如满足所有领域 5 级及以下全部准则的证据
    但是去掉为准则 DE-SL-2-01 构建的证据
    当评估该证据包
    那么总体评级为 1 星
    而且子领域 DE-SL 受 DE-SL-2-01 阻碍
"""


def test_a_chinese_feature_file_runs_and_fails_readably(tmp_path):
    feature = tmp_path / "战略.feature"
    feature.write_text(ZH_FEATURE, encoding="utf-8")
    assert run("features", "run", feature).exit_code == 0
    result = run("features", "run", feature, "--catalogue", _lowered_threshold(tmp_path), "-q")
    assert result.exit_code == 1
    assert "ST-SG-3-02 不通过：宣贯覆盖的员工太少" in result.output
    assert f"{feature}:12: 那么准则 ST-SG-3-02 不通过" in result.output
    assert "expected fail, got pass" in result.output
