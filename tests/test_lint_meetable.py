"""`cmm catalogue lint` proves conditions meetable by firing evidence built to meet them; it must
not call a meetable criterion unmeetable ("at least one X, and none lacking Y")."""
from __future__ import annotations

from click.testing import CliRunner

from cmm_rules.cli import main

from mini_catalogue import criterion, write_catalogue

MEETABLE = {
    "XX-AA-1-01": {"all": [{"evidence": {"topic": "plan"}},
                           {"not": {"evidence": {"topic": "plan", "where": {"owner": {"exists": False}}}}}]},
    "XX-AA-1-02": {"all": [{"evidence": {"topic": "issue", "at_least": 2}},
                           {"not": {"evidence": {"topic": "issue", "where": {"status": {"eq": "open"}}}}}]},
    "XX-AA-1-03": {"all": [{"evidence": {"topic": "log", "max_age_days": 30}},
                           {"not": {"evidence": {"topic": "log", "where": {"cause": {"pattern": "(?i).*human.*"}}}}}]},
    "XX-AA-1-04": {"all": [{"evidence": {"topic": "kpi", "value": {"gte": 1}}},
                           {"not": {"evidence": {"topic": "kpi", "value": {"gt": 100}}}}]},
    "XX-AA-1-05": {"some": {"at_least": 2, "of": [{"evidence": {"topic": "plan"}}, {"evidence": {"topic": "log"}},
                                                  {"evidence": {"topic": "tags"}}]}},
}


def test_no_false_never_met(tmp_path):
    folder = write_catalogue(tmp_path / "cat", [criterion(cid, requires) for cid, requires in MEETABLE.items()]
                             + [criterion("XX-AA-2-01", {"all": [{"evidence": {"topic": "plan"}},
                                                                 {"not": {"evidence": {"topic": "plan"}}}]})])
    out = CliRunner().invoke(main, ["catalogue", "lint", str(folder)]).output
    assert "can never be met" in out  # the one that really cannot: a plan, and no plan
    assert [line for line in out.splitlines() if "can never be met" in line] == [
        line for line in out.splitlines() if line.startswith("error: XX-AA-2-01: its conditions can never be met")]
