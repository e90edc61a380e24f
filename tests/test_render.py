"""Reports people and CI systems read: Markdown, HTML, JUnit, OSCAL.

Rendered through the CLI (``cmm assess --format …``) and the library API,
checked for what a reader relies on — the stars, the radar chart, the grid,
the gap list, the cited evidence, bilingual labels with Chinese first — and
for what an attacker would try: everything from the bundle is escaped.

The HTML is opened in a real headless Chromium (Debian's ``chromium``,
installed by ``.ci/run``): it must render with no console message at all
(the page has no script, and its Content-Security-Policy turns any attempt
to load something into a logged violation), its radar chart must be in the
rendered DOM, and a screenshot is written under pytest's temporary folder
(its path is printed; tests never write into the checkout).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from cmm_rules import assess, load_catalogue
from cmm_rules.cli import main
from cmm_rules.render import OSCAL_VERSION, cell_result, gaps, to_html, to_junit, to_markdown, to_oscal

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "evidence_samples" / "with-attachments"
HOSTILE_TITLE = '<script>alert("pwned")</script> | **bold** [x](javascript:alert(1))'
HOSTILE_NAME = 'Evil & Co "><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def sample_report(frozen_catalogue) -> dict:
    return assess(SAMPLE / "bundle.yaml", frozen_catalogue)


@pytest.fixture(scope="module")
def hostile_bundle(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.txt").write_text("x\n", encoding="utf-8")
    data = {
        "organisation": {"id": "EVIL-1", "name": HOSTILE_NAME, "kind": "other"},
        "assessment": {"id": "EVIL-1-A", "date": "2026-11-01", "scope": "</style><script>alert(2)</script>",
                       "assessor": "\x01ctl"},
        "evidence": [{"id": "EV-1", "topic": "annual_work_plan", "kind": "document", "title": HOSTILE_TITLE,
                      "issued": "2026-01-08", "approval": {"by": "<b>boss</b>", "date": "2026-01-10"},
                      "attributes": {"year": 2026, "services_planned": 14},
                      "attachments": [{"path": "a.txt", "sha256": "0" * 64}]}],
    }
    path = folder / "bundle.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def showcase_bundle(tmp_path_factory, frozen_catalogue) -> Path:
    """A provider at different levels per domain (ST 4, DE 3, TR 3, OP 2, CI 3), built from the
    catalogue's own conditions, with one honoured exclusion and a real attachment: a page worth a screenshot."""
    from cmm_rules.witness import bundle_meeting

    catalogue = load_catalogue(frozen_catalogue)
    aim = {"ST": 4, "DE": 3, "TR": 3, "OP": 2, "CI": 3}
    excluded = [c.id for c in catalogue.criteria if c.excludable and c.level <= aim.get(c.domain, 0)][:1]
    chosen = [c for c in catalogue.criteria if c.level <= aim.get(c.domain, 0) and c.id not in excluded]
    data = bundle_meeting(catalogue, chosen, org_id="HB-SMESC", name="湖滨省中小企业服务中心（示例）")
    data["assessment"]["assessor"] = "王审核员"
    data["exclusions"] = [{"criterion": c, "approved_by": "评审组 review panel",
                           "justification": "本机构不委托合作机构交付任何服务 / no service is delivered through partners"}
                          for c in excluded]
    folder = tmp_path_factory.mktemp("showcase")
    shutil.copy2(SAMPLE / "attachments" / "2026-work-plan.txt", folder / "plan.txt")
    data["evidence"][0]["attachments"] = [{"path": "plan.txt", "sha256": sha256(folder / "plan.txt")}]
    path = folder / "bundle.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def cmm(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


# ------------------------------------------------------------------ Markdown


def test_markdown_through_the_cli(frozen_catalogue, sample_report):
    result = cmm("assess", SAMPLE / "bundle.yaml", "--format", "md", "--catalogue", frozen_catalogue)
    assert result.exit_code == 0
    md = result.stdout
    assert md.startswith("# 能力成熟度评估报告 Capability maturity assessment — 临水县中小企业服务中心\n")
    assert f"**总体星级 Overall: {'☆' * 5} 0 / 5**" in md
    for heading in ("## 能力域 Domains", "## 子域 × 等级 Sub-domain × level", "## 差距清单 Gap list",
                    "## 评价结论 Findings", "## 附件完整性 Attachment integrity", "## 可追溯信息 Provenance"):
        assert f"\n{heading}" in md
    assert "| ST 服务战略 Service strategy | 5 | 2 |" in md
    assert "### ST-SG-1-01 — 通过 Pass" in md
    assert "- 证据 Evidence EV-ST-001: 2026年度中小企业服务工作计划 · 附件 `attachments/2026-work-plan.txt` (verified)" in md
    assert f"- 决定编号 Decision id: `{sample_report['provenance']['decision_id']}`" in md
    assert "- **ST-SG 战略与目标 Strategy and goals**: level 2 → 3" in md


def test_markdown_escapes_the_bundle(hostile_bundle, frozen_catalogue):
    md = to_markdown(assess(hostile_bundle, frozen_catalogue))
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert "&lt;script&gt;alert(\"pwned\")&lt;/script&gt; \\| \\*\\*bold\\*\\* \\[x\\](javascript:alert(1))" in md
    assert "Evil &amp; Co \"&gt;&lt;img src=x onerror=alert(1)&gt;" in md
    assert "\x01" not in md


# ------------------------------------------------------------------ HTML


def test_html_is_one_self_contained_page(frozen_catalogue, sample_report, tmp_path):
    out = tmp_path / "report.html"
    result = cmm("assess", SAMPLE / "bundle.yaml", "--format", "html", "-o", out, "--catalogue", frozen_catalogue)
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page == to_html(sample_report)
    assert page.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in page  # nothing may be loaded, even if something slipped through
    assert not re.search(r"https?://", page)
    assert not re.search(r"<(script|link|iframe|object|embed|img)\b", page, re.I)
    assert not re.search(r"\b(src|srcset|href)\s*=\s*\"(?!#)", page)  # only in-page anchors
    assert "@import" not in page and "url(" not in page


def test_html_shows_stars_radar_grid_findings_and_gaps(sample_report):
    page = to_html(sample_report)
    # overall stars and validity
    assert '<div class="stars" role="img" aria-label="0 of 5 stars">☆☆☆☆☆</div>' in page
    assert "决定有效 Decision valid" in page
    # the radar: one axis and one vertex per domain, the levels polygon
    svg = page[page.index('<svg id="radar"'):page.index("</svg>")]
    assert svg.count('<line class="axis"') == len(sample_report["domains"]) == 5
    levels = re.search(r'<polygon class="levels" points="([^"]+)"', svg).group(1)
    assert len(levels.split()) == 5
    assert "ST 2" in svg  # chart title lists the levels
    # the grid: a row per sub-domain, cells coloured by result
    subdomains = sum(len(d["subdomains"]) for d in sample_report["domains"])
    grid = page[page.index('<table class="grid">'):page.index("</table>", page.index('<table class="grid">'))]
    assert grid.count('<td class="num lvl">') == subdomains
    assert 'class="cell c-pass"' in grid and 'class="cell c-fail"' in grid
    # every finding with the evidence it cites
    for f in sample_report["findings"]:
        assert f'id="f-{f["criterion"]}"' in page
    assert "2026年度中小企业服务工作计划" in page and "attachments/2026-work-plan.txt" in page
    # the gap list: what each sub-domain must show for its next level
    gap = page[page.index('id="gaps"'):page.index('id="findings"')]
    for g in gaps(sample_report):
        assert f'<b>{g["domain"]}-{g["subdomain"]}</b>' in gap
        for b in g["blockers"]:
            assert b["criterion"] in gap
    assert "ST-SG-3-01" in gap and "strategic_plan" in gap
    # bilingual, Chinese first
    assert page.index("能力域概览") < page.index("Domains at a glance")
    assert '<span class="zh" lang="zh-CN">差距清单</span> <span class="en" lang="en">Gap list' in page


def test_html_escapes_everything_from_the_bundle(hostile_bundle, frozen_catalogue):
    result = cmm("assess", hostile_bundle, "--format", "html", "--catalogue", frozen_catalogue)
    assert result.exit_code == 5  # the attachment's declared sha256 is wrong
    page = result.stdout
    assert "<script" not in page
    assert "<img" not in page and "<b>boss" not in page and "</style><" not in page
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in page
    assert "Evil &amp; Co &quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "\x01" not in page
    assert "决定无效 Decision NOT valid" in page and "does not match its declared sha256" in page


def test_cell_colours():
    assert cell_result([]) == "empty"
    assert cell_result([{"result": "pass"}, {"result": "not_applicable"}]) == "pass"
    assert cell_result([{"result": "pass"}, {"result": "fail"}]) == "fail"
    assert cell_result([{"result": "fail"}, {"result": "error"}]) == "error"
    assert cell_result([{"result": "not_applicable"}]) == "not_applicable"


# ------------------------------------------------------------------ JUnit


def test_junit_for_ci(frozen_catalogue, sample_report):
    result = cmm("assess", SAMPLE / "bundle.yaml", "--format", "junit", "--catalogue", frozen_catalogue)
    assert result.exit_code == 0
    root = ET.fromstring(result.stdout_bytes)
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(sample_report["findings"])
    counts = sample_report["overall"]["counts"]
    assert len(root.findall("./testsuite/testcase/failure")) == counts["fail"] == int(root.get("failures"))
    assert len(root.findall("./testsuite/testcase/error")) == counts["error"] == 0
    assert [s.get("name").split()[0] for s in root.findall("testsuite")] == ["ST", "DE", "TR", "OP", "CI"]
    sg3 = next(c for c in cases if c.get("name").startswith("ST-SG-3-01 "))
    assert "strategic_plan" in sg3.find("failure").text
    assert sg3.get("classname") == "cmm.ST.SG"


def test_junit_escapes_and_marks_errors(hostile_bundle, frozen_catalogue):
    root = ET.fromstring(to_junit(assess(hostile_bundle, frozen_catalogue)).encode())
    errors = root.findall("./testsuite/testcase/error")
    assert errors
    assert any("does not match its declared sha256" in e.get("message") for e in errors)
    props = {p.get("name"): p.get("value") for p in root.find("testsuite/properties")}
    assert props["decision_valid"] == "false"


# ------------------------------------------------------------------ OSCAL

# Validation against NIST's own schema: tests/test_output_schemas.py.


def test_oscal_assessment_results(frozen_catalogue, sample_report):
    result = cmm("assess", SAMPLE / "bundle.yaml", "--format", "oscal", "--catalogue", frozen_catalogue)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    ar = doc["assessment-results"]
    assert set(ar) == {"uuid", "metadata", "import-ap", "results"}
    assert ar["metadata"]["oscal-version"] == OSCAL_VERSION
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", ar["metadata"]["last-modified"])
    [res] = ar["results"]
    assert {"uuid", "title", "description", "start", "reviewed-controls"} <= set(res)
    assert len(res["findings"]) == len(sample_report["findings"])
    assert len(res["observations"]) == len(sample_report["evidence"])
    observation_ids = {o["uuid"] for o in res["observations"]}
    uuids = [ar["uuid"], res["uuid"]] + [f["uuid"] for f in res["findings"]] + list(observation_ids)
    assert len(set(uuids)) == len(uuids)
    for u in uuids:
        assert uuid.UUID(u).version == 5
    for f in res["findings"]:
        assert f["target"]["type"] == "objective-id"
        assert f["target"]["status"]["state"] in ("satisfied", "not-satisfied")
        for rel in f.get("related-observations", []):
            assert rel["observation-uuid"] in observation_ids
    sg1 = next(f for f in res["findings"] if f["target"]["target-id"] == "ST-SG-1-01")
    assert sg1["target"]["status"] == {"state": "satisfied", "reason": "pass"}
    ev = next(o for o in res["observations"] if o["title"] == "EV-ST-001")
    assert "attachments/2026-work-plan.txt" in ev["relevant-evidence"][0]["description"]
    assert to_oscal(sample_report) == result.stdout


# ------------------------------------------------------------------ Chromium

_CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--enable-logging=stderr", "--v=0", "--hide-scrollbars"]
_CONSOLE = re.compile(r":CONSOLE[:(\]]")


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run_chromium(binary: str, page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([binary, *_CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
                          capture_output=True, timeout=120, env=dict(os.environ, LANG="C.UTF-8"))


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = _chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium for this test")
        pytest.skip("no chromium on this machine (apt-get install -y chromium); CI installs it")
    return binary


def test_console_scanner_sees_a_console_error(chromium, tmp_path):
    """A positive control: the way console messages are detected still works in this Chromium."""
    page = tmp_path / "canary.html"
    page.write_text("<!DOCTYPE html><html><body><p>canary</p><script>console.error('canary-error')</script>"
                    "</body></html>", encoding="utf-8")
    done = _run_chromium(chromium, page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert _CONSOLE.search(done.stderr.decode(errors="replace")), "console message not seen in Chromium's log"


def test_html_renders_in_headless_chromium(chromium, frozen_catalogue, showcase_bundle, tmp_path, tmp_path_factory):
    page = tmp_path / "report.html"
    result = cmm("assess", showcase_bundle, "--format", "html", "-o", page, "--catalogue", frozen_catalogue)
    assert result.exit_code == 0, result.output
    report = assess(showcase_bundle, frozen_catalogue)
    assert sum(d["level"] for d in report["domains"]) > 0, "the showcase should give the radar chart an area"
    done = _run_chromium(chromium, page, tmp_path / "profile-dom", "--dump-dom")
    log = done.stderr.decode(errors="replace")
    assert done.returncode == 0, log[-2000:]
    console = [line for line in log.splitlines() if _CONSOLE.search(line)]
    assert console == [], "the page logged console messages:\n" + "\n".join(console)
    dom = done.stdout.decode()
    assert '<svg id="radar"' in dom and '<polygon class="levels"' in dom
    assert dom.count('<line class="axis"') == 5
    assert "湖滨省中小企业服务中心（示例）" in dom and 'id="gaps"' in dom and 'class="cell c-pass"' in dom
    shot = tmp_path_factory.mktemp("screenshots") / "report.png"
    print(f"\nscreenshot of the HTML report: {shot}")
    done = _run_chromium(chromium, page, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1280,2000")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a real page, not a blank one


def test_sample_html_renders_in_headless_chromium(chromium, frozen_catalogue, tmp_path):
    page = tmp_path / "sample.html"
    assert cmm("assess", SAMPLE / "bundle.yaml", "--format", "html", "-o", page, "--catalogue",
               frozen_catalogue).exit_code == 0
    done = _run_chromium(chromium, page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0
    assert not [line for line in done.stderr.decode(errors="replace").splitlines() if _CONSOLE.search(line)]
    assert "临水县中小企业服务中心" in done.stdout.decode() and "已核验 verified" in done.stdout.decode()


def test_hostile_html_runs_no_script_in_chromium(chromium, hostile_bundle, frozen_catalogue, tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(to_html(assess(hostile_bundle, frozen_catalogue)), encoding="utf-8")
    done = _run_chromium(chromium, page, tmp_path / "profile", "--dump-dom")
    log = done.stderr.decode(errors="replace")
    assert done.returncode == 0, log[-2000:]
    assert not [line for line in log.splitlines() if _CONSOLE.search(line)]
    dom = done.stdout.decode()
    assert "<script" not in dom and "<img" not in dom
    assert "&lt;script&gt;alert(\"pwned\")&lt;/script&gt;" in dom
