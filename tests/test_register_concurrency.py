"""Concurrent writers and crashes: no lost update, a clear conflict, a consistent register — on both engines."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest

from cmm_rules.register import chain
from cmm_rules.register import service as s
from cmm_rules.register.db import open_register

from conftest import SAMPLES

SAMPLE = SAMPLES / "city-service-platform-3star.yaml"


@pytest.fixture
def prepared(register_url, sample_report):
    """A register holding the sample's assessment and two assessors; yields (url, assessment id, failing criteria)."""
    with open_register(register_url) as reg:
        with reg.session() as session:
            a = s.add_assessment_files(session, sample_report, SAMPLE)
            s.add_person(session, "alice", "assessor")
            s.add_person(session, "amir", "assessor")
            fails = [f["criterion"] for f in s.machine_report(session, a)["findings"] if f["result"] == "fail"]
            evidence = [e["id"] for e in s.machine_report(session, a)["evidence"]]
    return register_url, a.id, fails, evidence


def _in_threads(*jobs):
    """Run the jobs at the same moment, each in its own thread with its own connection; return their outcomes."""
    barrier = threading.Barrier(len(jobs))
    outcomes = [None] * len(jobs)

    def runner(i, job):
        barrier.wait()
        try:
            outcomes[i] = ("ok", job())
        except s.ConflictError as exc:
            outcomes[i] = ("conflict", str(exc))
        except Exception as exc:  # anything else is a failure of the test
            outcomes[i] = ("error", repr(exc))

    threads = [threading.Thread(target=runner, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return outcomes


def test_two_assessors_on_one_version_one_wins_the_other_is_told(prepared):
    url, aid, fails, _ = prepared
    with open_register(url) as reg:
        with reg.session() as session:
            seen = s.get_assessment(session, aid).version
        registers = [open_register(url), open_register(url)]

        def overrule(reg_, who, criterion):
            def job():
                with reg_.session() as session:
                    s.override_finding(session, aid, criterion, "pass", "evidence_found_on_site",
                                       f"{who} saw the signed original on site", s.get_person(session, who),
                                       expected_version=seen)
                return criterion
            return job

        outcomes = _in_threads(overrule(registers[0], "alice", fails[0]), overrule(registers[1], "amir", fails[1]))
        for r in registers:
            r.close()
        kinds = sorted(o[0] for o in outcomes)
        assert kinds == ["conflict", "ok"], outcomes
        conflict = next(o[1] for o in outcomes if o[0] == "conflict")
        assert "changed by someone else" in conflict and "reload it and try again" in conflict
        winner = next(o[1] for o in outcomes if o[0] == "ok")
        with reg.session() as session:
            stored = [o.criterion for o in s.overrides(session, s.get_assessment(session, aid))]
            assert stored == [winner]  # the loser wrote nothing
            assert chain.check(session)[1] == []


def test_concurrent_checks_never_lose_an_update(prepared):
    url, aid, _, evidence = prepared
    registers = [open_register(url) for _ in range(4)]

    def check(reg_, eid):
        def job():
            with reg_.session() as session:
                s.check_evidence(session, aid, eid, "verified", s.get_person(session, "alice"), "original seen")
            return eid
        return job

    outcomes = _in_threads(*(check(r, eid) for r, eid in zip(registers, evidence[:4])))
    for r in registers:
        r.close()
    assert all(o[0] in ("ok", "conflict") for o in outcomes), outcomes
    with open_register(url) as reg, reg.session() as session:
        stored = {c.evidence_id for c in s.evidence_checks(session, s.get_assessment(session, aid))}
        saved = {o[1] for o in outcomes if o[0] == "ok"}
        assert stored == saved and saved  # every reported success is kept, nothing else appears
        assert chain.check(session)[1] == []


def test_concurrent_appends_keep_one_unbroken_chain(register_url):
    registers = [open_register(register_url) for _ in range(4)]

    def adder(reg_, n):
        def job():
            for i in range(5):
                with reg_.session() as session:
                    s.add_person(session, f"person-{n}-{i}", "assessor")
        return job

    outcomes = _in_threads(*(adder(r, n) for n, r in enumerate(registers)))
    for r in registers:
        r.close()
    assert [o[0] for o in outcomes] == ["ok"] * 4, outcomes
    with open_register(register_url) as reg, reg.session() as session:
        walked, problems = chain.check(session)
        assert (walked, problems, len(s.list_people(session))) == (20, [], 20)


def test_a_crash_in_the_middle_of_a_write_leaves_the_register_consistent(prepared):
    url, aid, fails, _ = prepared
    crash = textwrap.dedent(f"""
        import os
        from cmm_rules.register import service as s
        from cmm_rules.register.db import open_register
        reg = open_register({url!r})
        with reg.session() as session:
            s.override_finding(session, {aid}, {fails[0]!r}, "pass", "evidence_found_on_site",
                               "The signed original was produced on site", s.get_person(session, "alice"))
            session.flush()
            os._exit(9)  # the process dies before the transaction commits
    """)
    assert subprocess.run([sys.executable, "-c", crash], timeout=120).returncode == 9
    with open_register(url) as reg, reg.session() as session:
        assert s.overrides(session, s.get_assessment(session, aid)) == []
        walked, problems = chain.check(session)
        assert problems == [] and walked == 4  # organisation, assessment, two people
