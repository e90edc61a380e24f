"""Run Gherkin feature files against a catalogue: parse → expand → match steps → run → results.

The parser is Cucumber's own (gherkin-official, which pytest-bdd also uses),
so every Gherkin language works — ``# language: zh-CN`` gives 功能/场景/假如/
当/那么/而且/但是 — and scenario outlines and backgrounds are expanded into
plain scenarios ("pickles") the way every Cucumber does it. Each scenario
runs the step library of :mod:`cmm_rules.bdd.steps` in a fresh world; the
first step that does not hold stops it, and its message is the result.
"""
from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler

from ..catalogue import Catalogue
from ..errors import InputError
from .steps import StepFailed, World, match


@dataclass(frozen=True)
class ScenarioStep:
    keyword: str  # as written: "Given ", "而且", …
    text: str
    line: int
    table: list[list[str]] | None
    docstring: str | None = None  # the text between """ lines under the step


@dataclass(frozen=True)
class Scenario:
    file: str  # as the user named it, for messages
    feature: str
    name: str
    line: int
    language: str
    steps: tuple[ScenarioStep, ...]

    @property
    def id(self) -> str:
        return f"{Path(self.file).name}:{self.line}"


@dataclass(frozen=True)
class Result:
    scenario: Scenario
    status: str  # passed | failed | undefined
    step: ScenarioStep | None = None  # the step that failed or matched nothing
    message: str = ""

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def explain(self) -> str:
        """The failing step and why, as the editor should read it."""
        if self.passed:
            return ""
        where = f"{self.scenario.file}:{self.step.line}: {self.step.keyword}{self.step.text}"
        return f"{where}\n{self.message}"


def feature_files(paths: list[str | Path]) -> list[Path]:
    """The ``.feature`` files named, folders searched recursively, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(path.rglob("*.feature")))
        elif path.is_file():
            out.append(path)
        else:
            raise InputError("no such feature file or folder", file=str(raw))
    if not out:
        raise InputError("no .feature files", file=", ".join(map(str, paths)))
    return out


def _ast_steps(document: dict) -> dict[str, tuple[str, int]]:
    """AST step id → (keyword, line): pickles keep only the ids."""
    out = {}

    def children(node):
        for child in node.get("children", []):
            for key in ("background", "scenario"):
                if key in child:
                    for s in child[key].get("steps", []):
                        out[s["id"]] = (s["keyword"], s["location"]["line"])
            if "rule" in child:
                children(child["rule"])

    children(document.get("feature") or {})
    return out


def parse(path: Path) -> list[Scenario]:
    """The scenarios of one feature file, outlines expanded, backgrounds prepended."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read feature file: {getattr(exc, 'strerror', None) or exc}", file=str(path))
    try:
        document = Parser().parse(text)
    except (CompositeParserException, ParserError) as exc:
        first = exc.errors[0] if isinstance(exc, CompositeParserException) else exc
        line = first.location.get("line") if getattr(first, "location", None) else None
        message = str(first).split(": ", 1)[-1] if str(first).startswith("(") else str(first)
        raise InputError(f"not valid Gherkin: {message}", file=str(path), line=line) from None
    document["uri"] = str(path)
    steps = _ast_steps(document)
    feature = (document.get("feature") or {}).get("name", "")
    scenarios = []
    for pickle in Compiler().compile(document):
        out_steps = []
        for s in pickle["steps"]:
            keyword, line = steps.get(s["astNodeIds"][0], ("", 0))
            table = None
            if "dataTable" in s.get("argument", {}):
                table = [[cell["value"] for cell in row["cells"]] for row in s["argument"]["dataTable"]["rows"]]
            docstring = s.get("argument", {}).get("docString", {}).get("content")
            out_steps.append(ScenarioStep(keyword, s["text"], line, table, docstring))
        line = pickle.get("location", {}).get("line") or (out_steps[0].line if out_steps else 0)
        scenarios.append(Scenario(str(path), feature, pickle["name"], line, pickle.get("language", "en"),
                                  tuple(out_steps)))
    return scenarios


def collect(paths: list[str | Path]) -> list[Scenario]:
    return [s for path in feature_files(paths) for s in parse(path)]


def run_scenario(scenario: Scenario, catalogue: Catalogue, workdir: Path) -> Result:
    """Run one scenario's steps in a fresh world; stop at the first that does not hold."""
    world = World(catalogue=catalogue, workdir=workdir, base=Path(scenario.file).parent)
    for s in scenario.steps:
        found = match(s.text)
        if found is None:
            return Result(scenario, "undefined", s, "no step of the library says this (see docs/gherkin.md)")
        definition, args = found
        if s.table is not None:
            args["table"] = s.table
        if s.docstring is not None:
            args["docstring"] = s.docstring
        try:
            definition.func(world, **args)
        except StepFailed as exc:
            return Result(scenario, "failed", s, str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug behind a step fails its scenario, not the run
            return Result(scenario, "failed", s, f"internal error {type(exc).__name__}: {exc}")
    return Result(scenario, "passed")


def run(scenarios: list[Scenario], catalogue: Catalogue, on_result=None) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="cmm-features-") as tmp:
        for n, scenario in enumerate(scenarios):
            workdir = Path(tmp) / str(n)
            workdir.mkdir()
            result = run_scenario(scenario, catalogue, workdir)
            results.append(result)
            if on_result:
                on_result(result)
    return results


# ------------------------------------------------------------------ output


def result_line(result: Result) -> str:
    """One line per scenario; a failure adds the failing step and the finding's words, indented."""
    mark = {"passed": "PASS", "failed": "FAIL", "undefined": "UNDEFINED"}[result.status]
    head = f"{mark:<5} {result.scenario.file}:{result.scenario.line}  {result.scenario.name}"
    if result.passed:
        return head
    body = "\n".join("      " + line for line in result.explain().splitlines())
    return f"{head}\n{body}"


def summary(results: list[Result]) -> str:
    failed = [r for r in results if not r.passed]
    n = len(results)
    text = f"{n} scenario{'s' if n != 1 else ''}: {n - len(failed)} passed, {len(failed)} failed"
    undefined = sum(r.status == "undefined" for r in failed)
    if undefined:
        text += f" ({undefined} with an undefined step)"
    return text


def junit(results: list[Result], catalogue: Catalogue) -> str:
    """JUnit XML: one test suite per feature file, one test case per scenario (no times: same bytes each run)."""
    root = ET.Element("testsuites", name=f"cmm features ({catalogue.label})", tests=str(len(results)),
                      failures=str(sum(not r.passed for r in results)))
    by_file: dict[str, list[Result]] = {}
    for r in results:
        by_file.setdefault(r.scenario.file, []).append(r)
    for file, group in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=group[0].scenario.feature or file, file=file,
                              tests=str(len(group)), failures=str(sum(not r.passed for r in group)))
        for r in group:
            case = ET.SubElement(suite, "testcase", classname=Path(file).stem, name=r.scenario.name,
                                 file=file, line=str(r.scenario.line))
            if not r.passed:
                failure = ET.SubElement(case, "failure", type=r.status,
                                        message=r.message.splitlines()[0] if r.message else r.status)
                failure.text = r.explain()
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
