"""The engine: every operator of the condition language, fired in durable_rules,
session isolation, and proof that results come from the rules that fired."""
from __future__ import annotations

import pytest

from cmm_rules import assess, load_catalogue
from cmm_rules.engine import Engine, _SyncHost

from conftest import SAMPLES, minimal_bundle
from mini_catalogue import criterion, write_catalogue


def item(eid="E1", topic="plan", kind="document", **extra) -> dict:
    base = {"id": eid, "topic": topic, "kind": kind, "title": f"{topic} {eid}"}
    base.update(extra)
    return base


APPROVED = {"approval": {"by": "board", "date": "2026-01-10"}}

# (name, requires, evidence that passes, evidence that fails)
OPERATORS = [
    ("topic exists", {"evidence": {"topic": "plan"}}, [item()], [item(topic="log")]),
    ("kinds", {"evidence": {"topic": "plan", "kinds": ["record", "system"]}},
     [item(kind="system")], [item(kind="document")]),
    ("approved", {"evidence": {"topic": "plan", "approved": True}}, [item(**APPROVED)], [item()]),
    ("approved on the assessment date counts", {"evidence": {"topic": "plan", "approved": True}},
     [item(approval={"by": "b", "date": "2026-11-01"})], [item()]),
    ("max_age_days", {"evidence": {"topic": "plan", "max_age_days": 365}},
     [item(issued="2025-11-01")], [item(issued="2025-10-31")]),
    ("max_age_days refuses undated items (future ones are input errors)",
     {"evidence": {"topic": "plan", "max_age_days": 365}}, [item(issued="2026-11-01")], [item("E2")]),
    ("current", {"evidence": {"topic": "plan", "current": True}},
     [item(valid_until="2026-11-01"), ], [item(valid_until="2026-10-31")]),
    ("at_least", {"evidence": {"topic": "log", "at_least": 3}},
     [item(f"E{i}", "log", "record") for i in range(3)], [item(f"E{i}", "log", "record") for i in range(2)]),
    ("eq", {"evidence": {"topic": "plan", "where": {"status": {"eq": "active"}}}},
     [item(attributes={"status": "active"})], [item(attributes={"status": "draft"})]),
    ("eq boolean", {"evidence": {"topic": "plan", "where": {"public": {"eq": True}}}},
     [item(attributes={"public": True})], [item(attributes={"public": False})]),
    ("in", {"evidence": {"topic": "plan", "where": {"level": {"in": ["provincial", "national"]}}}},
     [item(attributes={"level": "national"})], [item(attributes={"level": "county"})]),
    ("gte", {"evidence": {"topic": "plan", "where": {"years": {"gte": 3}}}},
     [item(attributes={"years": 3})], [item(attributes={"years": 2})]),
    ("lte", {"evidence": {"topic": "plan", "where": {"days": {"lte": 5}}}},
     [item(attributes={"days": 5})], [item(attributes={"days": 6})]),
    ("gt", {"evidence": {"topic": "plan", "where": {"score": {"gt": 4.5}}}},
     [item(attributes={"score": 4.6})], [item(attributes={"score": 4.5})]),
    ("lt", {"evidence": {"topic": "plan", "where": {"score": {"lt": 2}}}},
     [item(attributes={"score": 1.9})], [item(attributes={"score": 2})]),
    ("contains", {"evidence": {"topic": "tags", "where": {"channels": {"contains": "online"}}}},
     [item(topic="tags", attributes={"channels": ["phone", "online"]})],
     [item(topic="tags", attributes={"channels": ["phone"]})]),
    ("pattern", {"evidence": {"topic": "plan", "where": {"code": {"pattern": "GB/T [0-9]+.*"}}}},
     [item(attributes={"code": "GB/T 19001-2016"})], [item(attributes={"code": "ISO 9001"})]),
    ("pattern on Chinese text", {"evidence": {"topic": "plan", "where": {"name": {"pattern": ".*五年.*"}}}},
     [item(attributes={"name": "中心五年规划"})], [item(attributes={"name": "中心年度计划"})]),
    ("pattern where durable_rules' own regex mis-matches",
     {"evidence": {"topic": "plan", "where": {"cause": {"pattern": ".*(?:[Hh]uman error|人为失误).*"}}}},
     [item(attributes={"cause": "Human error at the front desk"})], [item(attributes={"cause": "Machine fault"})]),
    ("numbers written as text never meet a numeric test", {"evidence": {"topic": "plan", "where": {"n": {"gte": 10}}}},
     [item(attributes={"n": 10})], [item(attributes={"n": "9"}), item("E2", attributes={"n": "100"})]),
    ("text never equals a boolean or a number", {"evidence": {"topic": "plan", "where": {"ok": {"eq": True}}}},
     [item(attributes={"ok": True})], [item(attributes={"ok": "true"}), item("E2", attributes={"ok": 1})]),
    ("exists", {"evidence": {"topic": "plan", "where": {"owner": {"exists": True}}}},
     [item(attributes={"owner": "张三"})], [item(attributes={"other": 1})]),
    ("value with unit", {"evidence": {"topic": "kpi", "kinds": ["metric"], "value": {"gte": 90, "unit": "%"}}},
     [item(topic="kpi", kind="metric", value=90, unit="%")],
     [item(topic="kpi", kind="metric", value=89.9, unit="%"), item("E2", "kpi", "metric", value=95, unit="‰")]),
    ("value range", {"evidence": {"topic": "kpi", "value": {"gt": 0, "lte": 24}}},
     [item(topic="kpi", kind="metric", value=24)], [item(topic="kpi", kind="metric", value=0)]),
    ("all", {"all": [{"evidence": {"topic": "plan"}}, {"evidence": {"topic": "log"}}]},
     [item(), item("E2", "log")], [item()]),
    ("any", {"any": [{"evidence": {"topic": "plan"}}, {"evidence": {"topic": "log"}}]},
     [item("E2", "log")], [item("E3", "kpi")]),
    ("not", {"all": [{"evidence": {"topic": "plan"}},
                     {"not": {"evidence": {"topic": "issue", "where": {"status": {"eq": "open"}}}}}]},
     [item(), item("E2", "issue", "record", attributes={"status": "closed"})],
     [item(), item("E2", "issue", "record", attributes={"status": "open"})]),
    ("not of any (De Morgan)", {"not": {"any": [{"evidence": {"topic": "issue"}}, {"evidence": {"topic": "log"}}]}},
     [item()], [item("E2", "log")]),
]


@pytest.fixture(scope="module")
def operator_catalogue(tmp_path_factory):
    folder = tmp_path_factory.mktemp("operators")
    criteria = [criterion(f"XX-AA-1-{i:02d}", requires) for i, (_, requires, _, _) in enumerate(OPERATORS)]
    return load_catalogue(write_catalogue(folder, criteria))


@pytest.mark.parametrize("index", range(len(OPERATORS)), ids=[o[0] for o in OPERATORS])
def test_operator_passes_and_fails(index, operator_catalogue, write_bundle):
    name, _, passing, failing = OPERATORS[index]
    cid = f"XX-AA-1-{index:02d}"

    def result(evidence):
        report = assess(write_bundle(minimal_bundle(*evidence)), operator_catalogue)
        return next(f for f in report["findings"] if f["criterion"] == cid)

    good = result(passing)
    assert good["result"] == "pass", good["missing"]
    bad = result(failing)
    assert bad["result"] == "fail", f"{name}: expected fail"
    assert bad["missing"], "a fail must say what is missing"


def test_a_finding_changes_when_one_fact_changes(catalogue, write_bundle):
    plan = item("EV-7", "annual_work_plan", issued="2026-01-08", approval={"by": "board", "date": "2026-01-10"},
                attributes={"year": 2026, "services_planned": 4})
    first = assess(write_bundle(minimal_bundle(plan)), catalogue)
    plan["issued"] = "2023-01-02"
    second = assess(write_bundle(minimal_bundle(plan)), catalogue)

    def st_sg_1(report):
        return next(f for f in report["findings"] if f["criterion"] == "ST-SG-1-01")

    assert st_sg_1(first)["result"] == "pass" and st_sg_1(first)["evidence"] == ["EV-7"]
    assert st_sg_1(second)["result"] == "fail"
    assert any("EV-7 does not count: it dates from 2023-01-02" in m for m in st_sg_1(second)["missing"])
    assert any("issued within 400 days before 2026-11-01" in m for m in st_sg_1(second)["missing"])


def test_results_come_from_the_rules_that_fired(catalogue, write_bundle, monkeypatch):
    """Stop evidence facts reaching durable_rules: no leaf fires, so nothing can pass."""
    bundle = write_bundle(minimal_bundle(item("E1", "budget", issued="2026-02-14",
                                              approval={"by": "b", "date": "2026-02-14"})))
    assert any(f["result"] == "pass" for f in assess(bundle, catalogue)["findings"])
    real = _SyncHost.assert_facts

    def drop_evidence(self, ruleset, facts, complete=None):
        facts = [f for f in facts if f["type"] != "evidence"]
        return real(self, ruleset, facts, complete) if facts else None

    monkeypatch.setattr(_SyncHost, "assert_facts", drop_evidence)
    assert not any(f["result"] == "pass" and f["evidence"] for f in assess(bundle, catalogue)["findings"])


def test_every_criterion_compiles_to_durable_rules(catalogue):
    definitions = Engine.for_catalogue(catalogue).definitions()
    names = {name for rules in definitions.values() for name in rules}
    for c in catalogue.criteria:
        assert {f"{c.id}/pass", f"{c.id}/fail", f"{c.id}/not_applicable"} <= names
        assert all(f"{c.id}/leaf{leaf.index}" in names for leaf in c.tree.leaves)


def test_two_bundles_in_one_process_never_leak(catalogue):
    rich, poor = SAMPLES / "strategy-all-met.yaml", SAMPLES / "strategy-none-met.yaml"
    before = assess(poor, catalogue)
    assess(rich, catalogue)
    after = assess(poor, catalogue)
    assert [f["result"] for f in before["findings"]] == [f["result"] for f in after["findings"]]
    assert after["domains"][0]["level"] == 0
    assert assess(rich, catalogue)["domains"][0]["level"] == 5


def test_sessions_are_deleted_after_each_assessment(catalogue):
    from cmm_rules.facts import load_bundle

    engine = Engine.for_catalogue(catalogue)
    firings = engine.run(load_bundle(SAMPLES / "strategy-all-met.yaml", catalogue))
    assert firings.rules_fired > 0
    assert engine.session_count() == 0
    facts_left = []
    for compiled in engine.compiled:
        if not compiled.criteria:
            continue
        try:
            facts_left.extend(engine._host.get_facts(compiled.ruleset, firings.sid))
        except Exception:  # durable_rules raises for a session it no longer knows
            pass
    assert facts_left == []


def test_same_evidence_id_in_two_bundles_is_kept_apart(operator_catalogue, write_bundle):
    """Two providers using the same evidence id: one's item must not satisfy the other's rule."""
    cid = "XX-AA-1-07"  # at_least 3 logs
    many = minimal_bundle(*[item(f"E{i}", "log", "record") for i in range(3)], org="A")
    few = minimal_bundle(item("E0", "log", "record"), org="B")
    results = []
    for bundle in (many, few, many, few):
        report = assess(write_bundle(bundle, f"{bundle['organisation']['id']}.yaml"), operator_catalogue)
        results.append(next(f["result"] for f in report["findings"] if f["criterion"] == cid))
    assert results == ["pass", "fail", "pass", "fail"]


def test_a_none_of_condition_counts_what_it_cannot_check_against_the_criterion(operator_catalogue, write_bundle):
    """An issue without the tested status cannot be shown not to be open: it fails 'no open issue'
    (fail closed), and the finding says why."""
    index = next(i for i, o in enumerate(OPERATORS) if o[0] == "not")
    cid = f"XX-AA-1-{index:02d}"
    bundle = minimal_bundle(item(), item("E2", "issue", "record", attributes={"owner": "front desk"}))
    finding = next(f for f in assess(write_bundle(bundle), operator_catalogue)["findings"] if f["criterion"] == cid)
    assert finding["result"] == "fail"
    assert finding["counter_evidence"] == ["E2"]
    assert finding["cautions"] == [
        "E2 counts against \"none: at least one evidence item of topic 'issue' (主题)"
        " with status = 'open'\" because it could not be checked: it records no status; needs status = 'open'"]
    condition = next(c for c in finding["conditions"] if c["path"].startswith("all[1].not"))
    assert condition["unchecked"] == ["E2"]
    assert condition["why"] == ["E2 counts against it (it could not be checked: it records no status;"
                                " needs status = 'open')"]


def test_integers_beyond_64_bits_are_assessed_not_crashed(operator_catalogue, write_bundle):
    """orjson refuses them; the engine and the report digests fall back to json."""
    index = next(i for i, o in enumerate(OPERATORS) if o[0] == "gte")
    cid = f"XX-AA-1-{index:02d}"
    bundle = minimal_bundle(item(attributes={"years": 10 ** 30}), item("E2", "kpi", "metric", value=10 ** 25))
    report = assess(write_bundle(bundle), operator_catalogue)
    assert next(f for f in report["findings"] if f["criterion"] == cid)["result"] == "pass"


def test_canonical_bytes_are_those_of_json_sort_keys():
    import json

    from cmm_rules.report import canonical

    value = {"b": [1.5, 2, "中文", {"z": None, "a": True}], "a": 83.3, "n": -0.0}
    assert canonical(value) == json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def test_a_copy_earlier_in_the_bundle_does_not_shift_the_dates_the_rules_compare(write_bundle, catalogue):
    """Copies (identical but for the id) have no fact: each later item's day numbers must still be its own.
    An open action due next month is not overdue, whatever copies come before it."""
    suggestion = {"topic": "improvement_suggestion", "kind": "record", "title": "员工建议：简化预约",
                  "issued": "2026-05-06", "attributes": {"source": "staff", "decision": "pending"}}
    action = {"id": "A1", "topic": "improvement_action", "kind": "record", "title": "改进措施：预约流程简化",
              "issued": "2026-10-10", "attributes": {"status": "in_progress", "owner": "运营部", "due": "2026-12-15"}}
    register = {"id": "R1", "topic": "improvement_register", "kind": "system", "title": "改进措施台账",
                "issued": "2026-10-28", "attributes": {"actions": 12, "open": 1}}
    report = assess(write_bundle(minimal_bundle(dict(suggestion, id="S1"), dict(suggestion, id="S2"), action, register)),
                    catalogue)
    finding = next(f for f in report["findings"] if f["criterion"] == "CI-IA-3-01")
    assert finding["result"] == "fail" and "error" not in finding  # fails for want of verified actions, not an engine split
    assert report["overall"]["valid"], report["overall"].get("invalid_because")
