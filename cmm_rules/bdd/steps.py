"""The Gherkin step library: what a scenario may say, in English and in Chinese.

Catalogue editors write scenarios without Python (docs/gherkin.md lists
every step in both languages). Each step is one function with an English
and a Chinese phrasing; a scenario may mix them, and ``# language: zh-CN``
only changes the keywords (假如/当/那么/而且/但是). Steps build an evidence
bundle from the scenario's tables, run the real pipeline
(:func:`cmm_rules.assess` — the rules fire in durable_rules) and check the
report. A check that does not hold raises :class:`StepFailed` with the
finding's own words, so the editor reads *why* without a traceback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from ..assessment import assess
from ..catalogue import Catalogue, load_catalogue
from ..errors import InputError
from ..witness import NoWitness, bundle_meeting
from .sketch import HEADER, criterion, write_catalogue

DEFAULT_DATE = "2026-11-01"


class StepFailed(Exception):
    """A step's check does not hold; the message is what the editor reads."""


@dataclass
class World:
    """What one scenario has built so far: the bundle under construction and then its report."""

    catalogue: Catalogue
    workdir: Path  # a fresh folder for this scenario's bundle
    base: Path  # the folder of the feature file (sample bundles are found from here)
    date: str = DEFAULT_DATE
    evidence: list = field(default_factory=list)
    exclusions: list = field(default_factory=list)
    built_for: dict = field(default_factory=dict)
    sample: Path | None = None
    report: dict | None = None
    error: InputError | None = None
    assessor_points: list = field(default_factory=list)  # a points catalogue's assessor awards


@dataclass(frozen=True)
class Step:
    kind: str  # given | when | then (documentation; matching is by text)
    patterns: tuple[re.Pattern, ...]  # English first, then Chinese
    func: Callable


STEPS: list[Step] = []


def step(kind: str, *phrasings: str):
    """Register a step function under each of its phrasings (full-match regular expressions)."""

    def register(func):
        STEPS.append(Step(kind, tuple(re.compile(p) for p in phrasings), func))
        return func

    return register


def match(text: str) -> tuple[Step, dict] | None:
    """The step a line of a scenario means, with its named arguments."""
    for candidate in STEPS:
        for pattern in candidate.patterns:
            m = pattern.fullmatch(text.strip())
            if m:
                return candidate, {k: v for k, v in m.groupdict().items()}
    return None


def check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


_ID = r"(?P<cid>[A-Z]+-[A-Z]+-[1-5]-\d{2})"
_Q = r"[\"“「]"  # a quoted phrase may use ASCII, Chinese or corner quotes
_EQ = r"[\"”」]"
_DATE = r"\d{4}-\d{2}-\d{2}"

# ------------------------------------------------------------------ given


@step("given", rf"an assessment dated (?P<date>{_DATE})", rf"评估日期为 ?(?P<date>{_DATE})")
def assessment_dated(world: World, date: str) -> None:
    world.date = date


def _value(text: str):
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [_value(part) for part in text[1:-1].split(",") if part.strip()]
    if text in ("true", "false"):
        return text == "true"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def _attributes(cell: str) -> dict:
    out = {}
    for pair in filter(None, (p.strip() for p in re.split(r"[;；]", cell))):
        name, _, value = pair.partition("=")
        out[name.strip()] = _value(value)
    return out


# Evidence table columns: English name → Chinese names an editor may use instead.
COLUMNS = {
    "id": ("编号",), "topic": ("主题",), "kind": ("类型",), "title": ("标题",), "issued": ("签发日期", "签发"),
    "valid_until": ("有效期至",), "approved": ("批准",), "attributes": ("属性",), "value": ("数值",),
    "unit": ("单位",), "period": ("期间",), "refers_to": ("引用",),
}
_COLUMN = {alias: name for name, aliases in COLUMNS.items() for alias in (name, *aliases)}
KINDS_ZH = {"文件": "document", "记录": "record", "指标": "metric", "系统": "system", "访谈": "interview",
            "观察": "observation"}
_NO = ("", "no", "否")


@step("given", r"the evidence:", r"证据如下[:：]?")
def the_evidence(world: World, table: list[list[str]] | None = None) -> None:
    check(bool(table), "the step needs a table of evidence under it")
    header, *rows = table
    names = []
    for cell in header:
        name = _COLUMN.get(cell.strip())
        check(name is not None, f"unknown evidence column {cell.strip()!r}; columns: {', '.join(COLUMNS)}")
        names.append(name)
    for row in rows:
        cells = {name: value.strip() for name, value in zip(names, row)}
        check(bool(cells.get("id") and cells.get("topic") and cells.get("kind")),
              f"every evidence row needs id, topic and kind: {row}")
        kind = KINDS_ZH.get(cells["kind"], cells["kind"])
        item = {"id": cells["id"], "topic": cells["topic"], "kind": kind,
                "title": cells.get("title") or f"{cells['topic']} {cells['id']}"}
        for key in ("issued", "valid_until", "unit", "period"):
            if cells.get(key):
                item[key] = cells[key]
        approved = cells.get("approved", "")
        if approved not in _NO:
            date = approved if re.fullmatch(_DATE, approved) else (item.get("issued") or world.date)
            item["approval"] = {"by": "management", "date": date}
        if kind in ("interview", "observation"):  # an assessor's evidence names who recorded it
            item["recorded_by"] = cells.get("recorded_by") or "评价组"
        if cells.get("attributes"):
            item["attributes"] = _attributes(cells["attributes"])
        if cells.get("value"):
            item["value"] = _value(cells["value"])
        if cells.get("refers_to"):
            item["refers_to"] = [part.strip() for part in re.split(r"[,，、]", cells["refers_to"]) if part.strip()]
        world.evidence.append(item)


@step("given", rf"a catalogue whose criterion {_ID} requires:", rf"一个只含准则 ?{_ID} ?的目录，其要求为[:：]?")
def catalogue_requiring(world: World, cid: str, docstring: str | None = None) -> None:
    """A one-criterion sketch catalogue (cmm_rules/bdd/sketch.py) to show what a condition does.

    The topics of its own vocabulary are plain; any other topic the condition names is taken, typed,
    from the catalogue the scenario runs against (so a sketch can use the reference vocabulary)."""
    check(bool(docstring), 'the step needs the condition as YAML between """ lines under it')
    try:
        requires = yaml.safe_load(docstring)
    except yaml.YAMLError as exc:
        raise StepFailed(f"the condition is not valid YAML: {exc}") from None
    folder = world.workdir / "catalogue"
    borrowed = {name: world.catalogue.topics[name] for name in sorted(_topics_named(requires))
                if name in world.catalogue.topics and name not in HEADER["topics"]}
    try:
        world.catalogue = load_catalogue(write_catalogue(folder, [criterion(cid, requires)], borrowed))
    except InputError as exc:
        raise StepFailed(f"the catalogue is refused: {exc}") from None


def _topics_named(node) -> set[str]:
    """Every topic a condition names (its leaves' and their relations' partners')."""
    if isinstance(node, dict):
        found = {node["topic"]} if isinstance(node.get("topic"), str) else set()
        return found.union(*(_topics_named(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_topics_named(v) for v in node))
    return set()


def _meet(world: World, level: int, domain: str | None) -> None:
    catalogue = world.catalogue
    check(domain is None or domain in catalogue.domain,
          f"unknown domain {domain!r}; the catalogue has {', '.join(catalogue.domain)}")
    for criterion in catalogue.criteria:
        if criterion.level > level or (domain is not None and criterion.domain != domain):
            continue
        try:
            bundle = bundle_meeting(catalogue, [criterion], date=world.date)
        except NoWitness as exc:
            raise StepFailed(f"cannot build evidence meeting {criterion.id}: {exc}") from None
        world.built_for[criterion.id] = [e["id"] for e in bundle["evidence"]]
        world.evidence.extend(bundle["evidence"])


@step("given", r"evidence meeting every criterion up to level (?P<level>[0-5])",
      r"满足(?:所有领域)? ?(?P<level>[0-5]) ?级及以下全部准则的证据")
def meeting_up_to(world: World, level: str) -> None:
    _meet(world, int(level), None)


@step("given", r"evidence meeting every criterion up to level (?P<level>[0-5]) in domain (?P<domain>[A-Z]+)",
      r"满足领域 ?(?P<domain>[A-Z]+) ?(?P<level>[0-5]) ?级及以下全部准则的证据")
def meeting_up_to_in(world: World, level: str, domain: str) -> None:
    _meet(world, int(level), domain)


@step("given", rf"without the evidence for criterion {_ID}", rf"去掉为准则 ?{_ID} ?构建的证据")
def without(world: World, cid: str) -> None:
    ids = set(world.built_for.pop(cid, []))
    check(bool(ids), f"no evidence was built for {cid}: say 'evidence meeting every criterion up to level N' first")
    world.evidence = [e for e in world.evidence if e["id"] not in ids]


@step("given",
      rf'criterion {_ID} is excluded because {_Q}(?P<why>[^"”」]+){_EQ}(?: until (?P<until>{_DATE}))?',
      rf'准则 ?{_ID} ?被排除[，,]? ?理由(?:是|为)?[:：]? ?{_Q}(?P<why>[^"”」]+){_EQ}(?:[，,]? ?有效期至 ?(?P<until>{_DATE}))?')
def excluded(world: World, cid: str, why: str, until: str | None) -> None:
    import datetime as dt

    # an exclusion is granted by someone for a time: the scenario's is approved, for a year unless it says
    default = (dt.date.fromisoformat(world.date) + dt.timedelta(days=365)).isoformat()
    exclusion = {"criterion": cid, "justification": why, "approved_by": "评价组长", "expires": until or default}
    world.exclusions.append(exclusion)


@step("given", rf'the sample bundle {_Q}(?P<name>[^"”」]+){_EQ}', rf'样例证据包 ?{_Q}(?P<name>[^"”」]+){_EQ}')
def sample_bundle(world: World, name: str) -> None:
    """A bundle beside the feature file, or in an ``evidence_samples`` folder next to the features folder."""
    for candidate in (world.base / name, world.base.parent / "evidence_samples" / name):
        if candidate.is_file():
            world.sample = candidate
            return
    raise StepFailed(f"no sample bundle {name!r} beside the feature file or in ../evidence_samples")


@step("given",
      rf'the assessor awards (?P<points>[0-9.]+) points? for {_ID}(?: because {_Q}(?P<why>[^"”」]+){_EQ}'
      r'| (?P<bare>without a justification))',
      rf'评审员给准则 ?{_ID} ?评 ?(?P<points>[0-9.]+) ?分(?:[，,]? ?理由(?:是|为)?[:：]? ?{_Q}(?P<why>[^"”」]+){_EQ}'
      r'|[，,]? ?(?P<bare>未写理由))')
def assessor_awards(world: World, points: str, cid: str, why: str | None, bare: str | None) -> None:
    """An assessor's award in the bundle (``assessor_points``, points catalogues only), with or without a justification."""
    award = {"criterion": cid, "points": _value(points), "assessor": "Scenario assessor"}
    if why:
        award["justification"] = why
    world.assessor_points.append(award)


# ------------------------------------------------------------------- when


@step("when", r"the bundle is assessed", r"评估(?:该|这个)?证据包")
def assessed(world: World) -> None:
    path = world.sample
    if path is None:
        bundle = {
            "organisation": {"id": "BDD-ORG", "name": "Scenario provider", "kind": "other"},
            "assessment": {"id": "BDD-A1", "date": world.date},
            "evidence": world.evidence,
        }
        if world.exclusions:
            bundle["exclusions"] = world.exclusions
        if world.assessor_points:
            bundle["assessor_points"] = world.assessor_points
        path = world.workdir / "scenario.yaml"
        path.write_text(yaml.safe_dump(bundle, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        world.report = assess(path, world.catalogue)
    except InputError as exc:
        world.error = exc


# ------------------------------------------------------------------- then


def _report(world: World) -> dict:
    check(world.error is None, f"the bundle was refused: {world.error}")
    check(world.report is not None, "the bundle has not been assessed: add 'When the bundle is assessed'")
    return world.report


def _finding(world: World, cid: str) -> dict:
    for finding in _report(world)["findings"]:
        if finding["criterion"] == cid:
            return finding
    raise StepFailed(f"no finding for {cid}: it is not in {world.catalogue.label}")


def _explanation(finding: dict) -> str:
    """The finding in words: what is missing, or what counted and against which conditions."""
    if finding["missing"]:
        return "; ".join(finding["missing"])
    cited = ", ".join(finding["evidence"]) or "no evidence"
    met = "; ".join(c["requires"] for c in finding["conditions"] if c.get("met"))
    return f"it cites {cited}" + (f" and meets: {met}" if met else "")


RESULTS = {"passes": "pass", "fails": "fail", "is not applicable": "not_applicable",
           "通过": "pass", "不通过": "fail", "不适用": "not_applicable"}


@step("then", rf"criterion {_ID} (?P<outcome>passes|fails|is not applicable)",
      rf"准则 ?{_ID} ?(?P<outcome>通过|不通过|不适用)")
def criterion_result(world: World, cid: str, outcome: str) -> None:
    finding = _finding(world, cid)
    expected = RESULTS[outcome]
    check(finding["result"] == expected,
          f"{cid}: expected {expected}, got {finding['result']} — {_explanation(finding)}")


@step("then", rf"criterion {_ID} cites (?P<eid>\S+)", rf"准则 ?{_ID} ?引用 ?(?P<eid>\S+)")
def criterion_cites(world: World, cid: str, eid: str) -> None:
    finding = _finding(world, cid)
    check(eid in finding["evidence"], f"{cid} cites {', '.join(finding['evidence']) or 'nothing'}, not {eid}")


@step("then", rf'the finding for {_ID} says {_Q}(?P<phrase>[^"”」]+){_EQ}',
      rf'准则 ?{_ID} ?的(?:评定|发现)(?:说明|写明)[:：]? ?{_Q}(?P<phrase>[^"”」]+){_EQ}')
def finding_says(world: World, cid: str, phrase: str) -> None:
    finding = _finding(world, cid)
    texts = list(finding["missing"])
    for condition in finding["conditions"]:
        texts.extend(condition.get("why", []))
        texts.append(condition["requires"])
        texts.extend([condition["measure"]] if "measure" in condition else [])
    check(any(phrase in text for text in texts), f"the finding for {cid} does not say {phrase!r}; it says: "
          + " | ".join(texts))


@step("then", r"the overall rating is (?P<stars>[0-5]) stars?", r"总体评级为 ?(?P<stars>[0-5]) ?星")
def overall(world: World, stars: str) -> None:
    report = _report(world)
    got = report["overall"]["stars"]
    check(got == int(stars), f"overall {got} stars, expected {stars}")


@step("then", r"domain (?P<code>[A-Z]+) is at level (?P<level>[0-5])", r"领域 ?(?P<code>[A-Z]+) ?为 ?(?P<level>[0-5]) ?级")
def domain_level(world: World, code: str, level: str) -> None:
    domain = next((d for d in _report(world)["domains"] if d["code"] == code), None)
    check(domain is not None, f"no domain {code} in the report")
    check(domain["level"] == int(level), f"domain {code} is at level {domain['level']}, expected {level}")


def _subdomain(world: World, code: str) -> dict:
    domain_code, _, sub_code = code.partition("-")
    for domain in _report(world)["domains"]:
        if domain["code"] == domain_code:
            for sub in domain["subdomains"]:
                if sub["code"] == sub_code:
                    return sub
    raise StepFailed(f"no sub-domain {code} in the report")


@step("then", r"sub-domain (?P<code>[A-Z]+-[A-Z]+) is at level (?P<level>[0-5])",
      r"子领域 ?(?P<code>[A-Z]+-[A-Z]+) ?为 ?(?P<level>[0-5]) ?级")
def subdomain_level(world: World, code: str, level: str) -> None:
    sub = _subdomain(world, code)
    check(sub["level"] == int(level), f"sub-domain {code} is at level {sub['level']}, expected {level}"
          + (f" ({sub['blocked_because']})" if sub.get("blocked_because") else ""))


@step("then", rf"sub-domain (?P<code>[A-Z]+-[A-Z]+) is blocked by {_ID}",
      rf"子领域 ?(?P<code>[A-Z]+-[A-Z]+) ?受 ?{_ID} ?阻碍")
def subdomain_blocked(world: World, code: str, cid: str) -> None:
    sub = _subdomain(world, code)
    check(cid in sub["blocked_by"], f"sub-domain {code} is blocked by {', '.join(sub['blocked_by']) or 'nothing'}, "
          f"not {cid}")


@step("then", rf'the report cautions {_Q}(?P<phrase>[^"”」]+){_EQ}',
      rf'报告提示[:：]? ?{_Q}(?P<phrase>[^"”」]+){_EQ}')
def report_cautions(world: World, phrase: str) -> None:
    """A caution the report gives the reviewer (a declared value replaced by the computed one, a copy…)."""
    cautions = [c["message"] for c in _report(world).get("cautions", [])]
    check(any(phrase in text for text in cautions), f"no caution says {phrase!r}; the report cautions: "
          + (" | ".join(cautions) or "nothing"))


@step("then", rf'the assessment is refused with {_Q}(?P<phrase>[^"”」]+){_EQ}',
      rf'评估被拒绝[，,]? ?(?:原因|理由)(?:含|包含)[:：]? ?{_Q}(?P<phrase>[^"”」]+){_EQ}')
def refused(world: World, phrase: str) -> None:
    check(world.error is not None, "the bundle was accepted, not refused")
    check(phrase in str(world.error), f"the bundle was refused with: {world.error}")


# ------------------------------------------------- points roll-up (docs/scoring.md)


def _score(world: World) -> dict:
    report = _report(world)
    check("score" in report, f"{world.catalogue.label} does not roll up by points (rollup.policy: points)")
    return report["score"]


@step("then", r"the weighted total is (?P<total>[0-9.]+)", r"加权总分为 ?(?P<total>[0-9.]+)")
def weighted_total(world: World, total: str) -> None:
    got = _score(world)["total"]
    check(got == _value(total), f"the weighted total is {got}, expected {total}")


@step("then", r"the total is in the (?P<stars>[0-5]) stars? band", r"总分落在 ?(?P<stars>[0-5]) ?星区间")
def total_band(world: World, stars: str) -> None:
    got = _score(world)["band_stars"]
    check(got == int(stars), f"the total {_score(world)['total']} is in the {got}-star band, expected {stars}")


def _vetoes(score: dict) -> str:
    return ", ".join(f"{v['criterion']} ({v['effect']})" for v in score["vetoes"]) or "none"


@step("then", rf"the rating is voided by {_ID}", rf"评级被 ?{_ID} ?一票否决")
def voided_by(world: World, cid: str) -> None:
    score = _score(world)
    check(any(v["criterion"] == cid and v["effect"] == "void" for v in score["vetoes"]) and score["stars"] == 0,
          f"the rating is not voided by {cid}: {score['stars']} stars; vetoes: {_vetoes(score)}")


@step("then", rf"the rating is capped at (?P<stars>[0-5]) stars? by {_ID}",
      rf"评级被 ?{_ID} ?限定为最高 ?(?P<stars>[0-5]) ?星")
def capped_by(world: World, stars: str, cid: str) -> None:
    score = _score(world)
    check(any(v["criterion"] == cid and v["cap"] == int(stars) for v in score["vetoes"])
          and score["stars"] == int(stars),
          f"the rating is {score['stars']} stars; vetoes: {_vetoes(score)}")


def _scored(world: World, cid: str) -> dict:
    for domain in _score(world)["domains"]:
        for indicator in domain["indicators"]:
            for entry in indicator["criteria"]:
                if entry["criterion"] == cid:
                    return entry
    raise StepFailed(f"{cid} carries no points in {world.catalogue.label}")


@step("then", rf"criterion {_ID} earns (?P<earned>[0-9.]+) of (?P<possible>[0-9.]+) points",
      rf"准则 ?{_ID} ?得 ?(?P<earned>[0-9.]+) ?分[，,]? ?满分 ?(?P<possible>[0-9.]+) ?分")
def criterion_earns(world: World, cid: str, earned: str, possible: str) -> None:
    entry = _scored(world, cid)
    check((entry["earned"], entry["possible"]) == (_value(earned), _value(possible)),
          f"{cid} earns {entry['earned']} of {entry['possible']} points" + (f" ({entry['note']})" if entry.get("note") else ""))


@step("then", rf'the points of {_ID} are noted {_Q}(?P<phrase>[^"”」]+){_EQ}',
      rf'准则 ?{_ID} ?的得分说明[:：]? ?{_Q}(?P<phrase>[^"”」]+){_EQ}')
def points_noted(world: World, cid: str, phrase: str) -> None:
    entry = _scored(world, cid)
    check(phrase in entry.get("note", ""), f"the points of {cid} are noted {entry.get('note', 'nothing')!r}")
