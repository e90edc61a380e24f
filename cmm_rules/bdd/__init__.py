"""Gherkin scenarios against any catalogue (`cmm features run`); the project's own suite uses the same library."""
from .runner import Result, Scenario, collect, junit, result_line, run, run_scenario, summary
from .steps import STEPS, match

__all__ = ["Result", "Scenario", "collect", "junit", "result_line", "run", "run_scenario", "summary", "STEPS",
           "match"]
