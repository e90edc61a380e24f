"""`cmm catalogue lint` names a criterion that rests only on self-declared booleans, a criterion
split over items where one item should meet every part, and a star phrase nothing implements.

They are notes while the reference catalogue is brought up to them and errors once
``cmm_rules.lint.STRICT`` is switched on: every test here runs in both settings.
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from cmm_rules import lint as lint_module
from cmm_rules.cli import main

from mini_catalogue import criterion, write_catalogue
from test_management_by_numbers import shared_topics
from test_traceability import cited, phrased_catalogue


@pytest.fixture(params=[False, True], ids=["notes", "strict"])
def strict(request, monkeypatch):
    monkeypatch.setattr(lint_module, "STRICT", request.param)
    return request.param


def lint_lines(folder, strict: bool, kind: str) -> list[str]:
    """The lines of ``cmm catalogue lint`` about ``kind``, checked to be errors or notes as the switch says."""
    result = CliRunner().invoke(main, ["catalogue", "lint", str(folder)], catch_exceptions=False)
    lines = [line for line in result.output.splitlines() if f"{kind}:" in line]
    prefix = "error: " if strict else "note: "
    assert all(line.startswith(prefix + kind) for line in lines), lines
    if strict and lines:
        assert result.exit_code == 2
    return lines


def one(tmp_path, requires, topics=None, **extra):
    c = criterion("XX-AA-1-01", requires)
    c.update(extra)
    return write_catalogue(tmp_path / "cat", [c], topics)


BOOLEAN = {"topic": "plan", "kinds": ["document"], "approved": True, "where": {"measurable": {"eq": True}}}


def test_a_criterion_met_by_a_declared_boolean_alone_is_named(tmp_path, strict):
    lines = lint_lines(one(tmp_path, {"evidence": BOOLEAN}), strict, "self-declared")
    assert len(lines) == 1
    assert "XX-AA-1-01 can pass on plan.measurable alone" in lines[0]


def test_an_alternative_that_rests_on_a_boolean_alone_is_named(tmp_path, strict):
    requires = {"any": [{"evidence": {"topic": "kpi", "value": {"gte": 90}}}, {"evidence": BOOLEAN}]}
    assert len(lint_lines(one(tmp_path, requires), strict, "self-declared")) == 1


@pytest.mark.parametrize("beside", [
    {"at_least": 2}, {"max_age_days": 365}, {"referred_by": {"topic": "log"}},
    {"where": {"measurable": {"eq": True}, "goal_count": {"gte": 3}}}, {"kinds": ["interview"]},
], ids=["count", "date", "relation", "number", "interview"])
def test_a_boolean_beside_checkable_evidence_is_not_named(tmp_path, strict, beside):
    assert lint_lines(one(tmp_path, {"evidence": {**BOOLEAN, **beside}}), strict, "self-declared") == []


def test_a_boolean_on_a_criterion_that_requires_a_document_is_not_named(tmp_path, strict):
    folder = one(tmp_path, {"evidence": BOOLEAN}, requires_document=True)
    assert lint_lines(folder, strict, "self-declared") == []


def test_a_boolean_the_engine_computes_is_evidence_not_a_declaration(tmp_path, strict):
    requires = {"evidence": {"topic": "indicator_measurement", "where": {"meets_target": {"eq": True}}}}
    assert lint_lines(one(tmp_path, requires, shared_topics()), strict, "self-declared") == []


def test_a_boolean_in_a_none_of_check_rests_on_nothing_declared(tmp_path, strict):
    requires = {"all": [{"evidence": {"topic": "kpi", "value": {"gte": 90}}},
                        {"not": {"evidence": {"topic": "issue", "where": {"open": {"eq": True}}}}}]}
    assert lint_lines(one(tmp_path, requires), strict, "self-declared") == []


def test_two_conditions_on_one_topic_that_different_items_meet_are_a_split_item(tmp_path, strict):
    requires = {"all": [{"evidence": {"topic": "plan", "where": {"budget": {"gte": 1}}}},
                        {"evidence": {"topic": "plan", "where": {"owner": {"exists": True}}}},
                        {"evidence": {"topic": "kpi"}}]}
    lines = lint_lines(one(tmp_path, requires), strict, "split item")
    assert len(lines) == 1
    assert "XX-AA-1-01 all[0], all[1] each ask for an item of topic 'plan'" in lines[0]


@pytest.mark.parametrize("second", [
    {"topic": "plan", "at_least": 2}, {"topic": "plan", "at_least": 3, "distinct_by": "period.year"},
    {"topic": "plan", "referred_by": {"topic": "log"}}, {"topic": "plan", "kinds": ["metric"]},
    {"topic": "log", "where": {"owner": {"exists": True}}},
], ids=["count", "distinct", "relation", "other-kind", "other-topic"])
def test_conditions_that_count_distinct_things_are_not_a_split_item(tmp_path, strict, second):
    requires = {"all": [{"evidence": {"topic": "plan", "kinds": ["document"], "where": {"budget": {"gte": 1}}}},
                        {"evidence": second}]}
    assert lint_lines(one(tmp_path, requires), strict, "split item") == []


def test_one_condition_with_every_part_in_its_where_is_not_a_split_item(tmp_path, strict):
    requires = {"evidence": {"topic": "plan", "where": {"budget": {"gte": 1}, "owner": {"exists": True}}}}
    assert lint_lines(one(tmp_path, requires), strict, "split item") == []


def test_a_phrase_no_criterion_of_its_level_implements_is_a_gap(tmp_path, strict):
    folder = phrased_catalogue(tmp_path / "cat", [
        cited("XX-AA-1-01", {"evidence": {"topic": "plan"}}, "1.1"),
        cited("XX-AA-2-01", {"evidence": {"topic": "log"}}, "2.1")])
    lines = lint_lines(folder, strict, "gap")
    assert any("phrase 2.2 (has rules) has no level-2 criterion that implements it" in line for line in lines)
