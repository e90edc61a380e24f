"""evidence_samples/attach_documents.py: the samples' documents, written again without duplicates,
and for every item a criterion that requires a document would cite."""
from __future__ import annotations

import importlib.util
import shutil

import yaml

from cmm_rules import assess, load_catalogue

from conftest import ROOT, SAMPLES, copy_reference_catalogue

SCRIPT = SAMPLES / "attach_documents.py"


def script():
    spec = importlib.util.spec_from_file_location("attach_documents", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_samples(folder, *names):
    folder.mkdir()
    for name in names:
        shutil.copy(SAMPLES / f"{name}.yaml", folder)
        if (SAMPLES / f"{name}-files").is_dir():
            shutil.copytree(SAMPLES / f"{name}-files", folder / f"{name}-files")
    return folder


def requiring_document(tmp_path, cid: str):
    """The reference catalogue with ``cid`` marked requires_document."""
    (tmp_path / "rules").mkdir()
    folder = copy_reference_catalogue(tmp_path / "rules")
    for path in folder.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        mark = f"  - id: {cid}\n"
        if mark in text and "requires_document: true" not in text.split(mark, 1)[1].split("  - id:", 1)[0]:
            path.write_text(text.replace(mark, mark + "    requires_document: true\n"), encoding="utf-8")
    return load_catalogue(folder)


def attachments(bundle) -> dict[str, list[str]]:
    return {e["id"]: [a["path"] for a in e["attachments"]]
            for e in yaml.safe_load(bundle.read_text(encoding="utf-8"))["evidence"] if "attachments" in e}


def test_a_second_run_changes_nothing_and_repeats_no_attachment(tmp_path):
    folder = copy_samples(tmp_path / "samples", "provincial-sme-centre-4star")
    bundle = folder / "provincial-sme-centre-4star.yaml"
    before = bundle.read_bytes()
    counts = script().attach_all(folder, load_catalogue(ROOT / "rules"))
    assert counts["provincial-sme-centre-4star"] == len(attachments(bundle)) > 0
    assert bundle.read_bytes() == before  # the committed sample is what the script writes
    script().attach_all(folder, load_catalogue(ROOT / "rules"))
    assert bundle.read_bytes() == before
    assert all(len(paths) == 1 for paths in attachments(bundle).values())


def test_items_a_document_requiring_criterion_would_cite_get_a_document_and_it_then_passes(tmp_path):
    folder = copy_samples(tmp_path / "samples", "county-sme-centre-1star")
    bundle = folder / "county-sme-centre-1star.yaml"
    catalogue = requiring_document(tmp_path, "ST-SG-1-01")
    before = next(f for f in assess(bundle, catalogue)["findings"] if f["criterion"] == "ST-SG-1-01")
    assert before["result"] == "fail" and before.get("engine_result") == "pass"  # claims alone
    script().attach_all(folder, catalogue)
    attached = attachments(bundle)
    assert set(before["evidence"]) <= set(attached)
    assert (folder / "county-sme-centre-1star-files").is_dir()
    after = next(f for f in assess(bundle, catalogue)["findings"] if f["criterion"] == "ST-SG-1-01")
    assert after["result"] == "pass" and after["basis"] == "documented"
    text = bundle.read_bytes()
    script().attach_all(folder, catalogue)
    assert bundle.read_bytes() == text


def test_documents_no_item_needs_any_more_are_removed(tmp_path):
    folder = copy_samples(tmp_path / "samples", "county-sme-centre-1star")
    bundle = folder / "county-sme-centre-1star.yaml"
    original = bundle.read_bytes()
    script().attach_all(folder, requiring_document(tmp_path, "ST-SG-1-01"))
    assert attachments(bundle)
    script().attach_all(folder, load_catalogue(ROOT / "rules"))  # no criterion requires a document now
    assert bundle.read_bytes() == original
    assert not (folder / "county-sme-centre-1star-files").exists()
