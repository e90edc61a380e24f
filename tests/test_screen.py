"""`cmm screen`: many bundles in worker processes, one row each, whatever goes wrong."""
from __future__ import annotations

import csv
import ctypes
import io
import json
import multiprocessing
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cmm_rules import assess, screen
from cmm_rules.cli import main

from conftest import SAMPLES

STAR_SAMPLES = sorted(SAMPLES.glob("*-[0-5]star.yaml"))
needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="patching the worker function needs the fork start method")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def folder(tmp_path) -> Path:
    """The six N-star samples, one in a sub-folder, and one corrupt bundle."""
    target = tmp_path / "bundles"
    (target / "more").mkdir(parents=True)
    for i, sample in enumerate(STAR_SAMPLES):
        shutil.copy(sample, (target / "more" if i == 0 else target) / sample.name)
        documents = sample.with_name(sample.stem + "-files")  # the documents some samples attach lie beside them
        if documents.is_dir():
            shutil.copytree(documents, (target / "more" if i == 0 else target) / documents.name)
    (target / "corrupt.yaml").write_text("organisation: {id: [\n", encoding="utf-8")
    (target / "notes.txt").write_text("not a bundle", encoding="utf-8")
    return target


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_folder_with_one_corrupt_bundle_gives_a_row_each_and_exits_3(folder, tmp_path):
    out = tmp_path / "rows.jsonl"
    result = run("screen", folder, "-o", out)
    assert result.exit_code == 3, result.output
    rows = read_jsonl(out)
    assert [Path(r["file"]).name for r in rows] == sorted(
        [Path(r["file"]).name for r in rows], key=lambda n: str(next(folder.rglob(n))))
    assert len(rows) == len(STAR_SAMPLES) + 1
    corrupt = [r for r in rows if r["file"].endswith("corrupt.yaml")]
    assert len(corrupt) == 1 and "malformed YAML" in corrupt[0]["error"] and corrupt[0]["stars"] is None
    for row in rows:
        if row is not corrupt[0]:
            assert row["error"] is None
            assert row["stars"] == int(Path(row["file"]).stem.rsplit("-", 1)[1][0])
    assert "1 in error" in result.output and "corrupt.yaml" in result.output


def test_rows_agree_with_single_assessments(folder, tmp_path, catalogue):
    out = tmp_path / "rows.jsonl"
    run("screen", *STAR_SAMPLES, "-o", out)
    for row, sample in zip(read_jsonl(out), STAR_SAMPLES):
        report = assess(sample, catalogue)
        assert row["file"] == os.path.normpath(str(sample))
        assert row["organisation_id"] == report["organisation"]["id"]
        assert row["organisation_name"] == report["organisation"]["name"]
        assert row["stars"] == report["overall"]["stars"]
        assert row["domains"] == {d["code"]: d["level"] for d in report["domains"]}
        assert (row["pass"], row["fail"]) == (report["overall"]["counts"]["pass"], report["overall"]["counts"]["fail"])


def test_all_assessed_exits_0_with_a_summary():
    result = run("screen", *STAR_SAMPLES)
    assert result.exit_code == 0, result.output
    assert f"Screened {len(STAR_SAMPLES)} bundles: {len(STAR_SAMPLES)} assessed, 0 in error" in result.output
    for n in range(6):
        assert f"  {n} ★        1" in result.output
    assert "Median level per domain: ST" in result.output


def test_order_and_bytes_do_not_depend_on_the_number_of_workers(folder, tmp_path):
    outputs = []
    for jobs in (1, 2, 4):
        out = tmp_path / f"rows-{jobs}.csv"
        assert run("screen", folder, "-j", jobs, "-o", out, "-q").exit_code == 3
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_csv_has_the_promised_columns(folder, tmp_path):
    out = tmp_path / "rows.csv"
    run("screen", folder, "-o", out)
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(table[0]) == ["file", "organisation_id", "organisation_name", "assessment_date", "evidence_items",
                              "stars", "ST", "DE", "TR", "OP", "CI", "pass", "fail", "not_applicable",
                              "error_findings", "valid", "claimed_share", "error"]
    bad = next(r for r in table if r["file"].endswith("corrupt.yaml"))
    assert bad["stars"] == "" and bad["error"].startswith(str(folder))
    good = next(r for r in table if r["file"].endswith("5star.yaml"))
    assert good["stars"] == "5" and good["CI"] == "5" and good["valid"] == "True" and good["error"] == ""


def test_globs_folders_and_missing_files(folder, tmp_path):
    out = tmp_path / "rows.jsonl"
    result = run("screen", str(folder / "*star.yaml"), str(folder / "more"), tmp_path / "missing.yaml", "-o", out)
    assert result.exit_code == 3
    rows = read_jsonl(out)
    assert len(rows) == len(STAR_SAMPLES) + 1
    missing = [r for r in rows if r["file"].endswith("missing.yaml")]
    assert missing and "file not found" in missing[0]["error"]


@pytest.mark.parametrize("args, phrase", [
    (["nothing-here-*.yaml"], "no bundles found"),
    ([str(SAMPLES), "-o", "rows.txt"], "must end in .jsonl or .csv"),
    ([str(SAMPLES), "-j", "0"], "Invalid value"),
    ([str(SAMPLES), "--catalogue", "no-such-folder"], "catalogue folder not found"),
])
def test_usage_errors_exit_2(args, phrase, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("screen", *args)
    assert result.exit_code == 2
    assert phrase in result.output


# ------------------------------------------------ crashes, hangs, progress


def _crashing_assess_row(file, catalogue, max_bytes):
    if "3star" in file:
        ctypes.string_at(0)  # a real segmentation fault, as a bug in a C extension would cause
    if "4star" in file:
        os.kill(os.getpid(), signal.SIGKILL)  # the OOM killer's way
    return _REAL_ASSESS_ROW(file, catalogue, max_bytes)


def _hanging_assess_row(file, catalogue, max_bytes):
    if "2star" in file:
        time.sleep(60)
    return _REAL_ASSESS_ROW(file, catalogue, max_bytes)


_REAL_ASSESS_ROW = screen.assess_row


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_worker_that_dies_costs_one_row_not_the_run(jobs, catalogue, monkeypatch):
    monkeypatch.setattr(screen, "assess_row", _crashing_assess_row)
    files = [str(p) for p in STAR_SAMPLES]
    rows, stats = screen.run(files, catalogue, jobs=jobs)
    assert [r["file"] for r in rows] == sorted(files)
    by_name = {Path(r["file"]).name: r for r in rows}
    crashed = [n for n, r in by_name.items() if r["error"]]
    assert sorted(crashed) == sorted(n for n in by_name if "3star" in n or "4star" in n)
    assert any("SIGSEGV" in by_name[n]["error"] for n in crashed)
    assert any("SIGKILL" in by_name[n]["error"] for n in crashed)
    assert all(by_name[n]["stars"] is not None for n in by_name if n not in crashed)
    assert stats.crashes == 2 and stats.workers_started == jobs + 2


@needs_fork
def test_a_bundle_that_hangs_is_stopped_at_the_time_limit(catalogue, monkeypatch):
    monkeypatch.setattr(screen, "assess_row", _hanging_assess_row)
    started = time.monotonic()
    rows, stats = screen.run([str(p) for p in STAR_SAMPLES], catalogue, jobs=2, timeout=2)
    assert time.monotonic() - started < 30
    slow = [r for r in rows if "2star" in r["file"]]
    assert "time limit" in slow[0]["error"] and stats.timeouts == 1
    assert sum(r["error"] is None for r in rows) == len(STAR_SAMPLES) - 1


def test_progress_bar_only_on_a_terminal():
    quiet = io.StringIO()
    bar = screen.Progress(stream=quiet)
    bar(5, 10, 0)
    bar.close()
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    bar = screen.Progress(stream=shown, enabled=True)
    bar(10, 10, 1)
    assert "10/10" in shown.getvalue() and "1 in error" in shown.getvalue()


def test_summary_medians_and_errors():
    rows = [screen.error_row("x.yaml", "x.yaml: broken")]
    for stars in (1, 2, 2, 5):
        rows.append({**screen.error_row("f", ""), "error": None, "stars": stars, "error_findings": 0,
                     "domains": {"ST": stars, "DE": 3}})
    summary = screen.summarise(rows, ["ST", "DE"])
    assert summary["stars"] == {"0": 0, "1": 1, "2": 2, "3": 0, "4": 0, "5": 1}
    assert summary["domain_medians"] == {"ST": 2, "DE": 3}
    assert summary["in_error"] == 1 and summary["errors"][0]["error"] == "x.yaml: broken"
    text = screen.format_summary(summary)
    assert "In error (1):" in text and "x.yaml: broken" in text


def test_a_decision_that_is_not_valid_is_marked_in_its_row(tmp_path):
    copy = tmp_path / "with-attachments"
    shutil.copytree(SAMPLES / "with-attachments", copy)
    target = next(p for p in sorted((copy / "attachments").iterdir()) if p.suffix == ".txt")
    target.write_text(target.read_text(encoding="utf-8") + "\nedited after signing\n", encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    result = run("screen", SAMPLES / "with-attachments" / "bundle.yaml", copy / "bundle.yaml", "-o", out)
    assert result.exit_code == 0, result.output  # assessed, though not validly
    rows = {row["file"]: row for row in read_jsonl(out)}
    original = rows[os.path.normpath(str(SAMPLES / "with-attachments" / "bundle.yaml"))]
    edited = rows[os.path.normpath(str(copy / "bundle.yaml"))]
    assert original["valid"] is True and edited["valid"] is False
    assert "Decisions not valid" in result.output
