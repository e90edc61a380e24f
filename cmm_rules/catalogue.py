"""Load a criteria catalogue: a folder of YAML files, validated and merged.

The catalogue is data. A certification body that holds the licensed text of
the standard replaces or amends it without touching code, so everything the
engine needs — levels, domains, sub-domains, topics, criteria and their
conditions — comes from here, and everything that would make an assessment
meaningless (a duplicate id, a condition on an unknown topic, a criterion in
an unknown sub-domain) is refused when the catalogue is loaded.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import conditions, registers, relations, tallies, targets
from .errors import InputError
from .load import load_file
from .resources import reference_catalogue_dir
from .validate import raise_first, schema_problems
from .vocabulary import Vocabulary, catalogue_problems


@dataclass(frozen=True)
class Criterion:
    id: str
    domain: str
    subdomain: str
    level: int
    clause: str
    title: dict
    requirement: dict
    guidance: dict
    interpretation: bool
    excludable: bool
    requires: dict
    source: str
    line: int | None
    requires_document: bool = False
    points: float | dict | None = None  # points roll-up only: see cmm_rules.scoring
    veto: str | dict | None = None
    implements: tuple[str, ...] = ()  # ids of the star-level phrases it tests (see Catalogue.phrases)
    replaces: tuple[str, ...] = ()    # ids an earlier catalogue version gave this practice (see diff)

    @cached_property
    def tree(self) -> conditions.Tree:
        return conditions.parse(self.requires)

    @property
    def cell(self) -> tuple[str, str, int]:
        return (self.domain, self.subdomain, self.level)


@dataclass
class Domain:
    code: str
    clause: str
    name: dict
    subdomains: list[dict]

    @property
    def subdomain_codes(self) -> list[str]:
        return [s["code"] for s in self.subdomains]


@dataclass
class Catalogue:
    root: str
    model: dict
    levels: dict
    rollup: dict
    domains: list[Domain]
    topics: dict
    criteria: list[Criterion]
    files: dict[str, str] = field(default_factory=dict)  # file name → sha256
    topic_sources: dict[str, str] = field(default_factory=dict)
    policy: dict = field(default_factory=dict)  # the header's evidence_policy, defaults filled in

    @cached_property
    def by_id(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.criteria}

    @cached_property
    def phrases(self) -> dict[str, dict]:
        """The star-level phrases by id, in level order: each {id, level, zh, en}.

        A level's description may name several practices (2★: goals, products, a development
        plan...); a catalogue that splits it into phrases lets each criterion say which it tests,
        and lint then checks every phrase is tested. Catalogues without phrases have none.
        """
        out = {}
        for lvl in sorted(self.levels, key=int):
            for p in self.levels[lvl].get("phrases", []):
                out[p["id"]] = {"id": p["id"], "level": int(lvl), "zh": p["zh"], "en": p["en"]}
        return out

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The typed topics, with their bundle checks compiled once per catalogue."""
        return Vocabulary(self.topics)

    @cached_property
    def domain(self) -> dict[str, Domain]:
        return {d.code: d for d in self.domains}

    @cached_property
    def digest(self) -> str:
        return catalogue_digest(self.files)

    @property
    def version(self) -> str:
        return self.model["catalogue_version"]

    @property
    def label(self) -> str:
        return f"catalogue {self.model['id']} v{self.version}"

    def criteria_in(self, domain: str, subdomain: str | None = None, level: int | None = None) -> list[Criterion]:
        return [c for c in self.criteria if c.domain == domain
                and (subdomain is None or c.subdomain == subdomain)
                and (level is None or c.level == level)]


def catalogue_digest(files: dict[str, str]) -> str:
    """sha256 over the sorted (file name, file sha256) pairs of a catalogue."""
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(f"{name}\0{files[name]}\n".encode())
    return h.hexdigest()


_HEADER_KEYS = ("model", "levels", "rollup", "domains")

#: What a catalogue that says nothing about it trusts: no evidence dated before
#: the founding of the People's Republic, exclusions for at most three years,
#: and a bundle refused when more than half of its items are placeholders.
DEFAULT_POLICY = {"date_floor": "1949-10-01", "exclusion_max_days": 1096, "placeholder_share": 0.5}


def load_catalogue(folder: str | Path | None = None) -> Catalogue:
    """Load and check the catalogue in ``folder`` (the reference one by default)."""
    root = Path(folder) if folder is not None else reference_catalogue_dir()
    if not root.exists():
        raise InputError("catalogue folder not found", file=str(root))
    if not root.is_dir():
        raise InputError("a catalogue is a folder of YAML files, not a file", file=str(root))
    paths = sorted(p for p in root.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not paths:
        raise InputError("no .yaml files in the catalogue folder", file=str(root))

    header: dict = {}
    header_file = None
    topics: dict = {}
    topic_sources: dict = {}
    criteria: list[Criterion] = []
    files: dict[str, str] = {}
    seen_ids: dict[str, str] = {}
    for path in paths:
        doc = load_file(path)
        files[path.name] = hashlib.sha256(doc.raw).hexdigest()
        raise_first(schema_problems(doc, "catalogue"))
        data = doc.data
        present = [k for k in _HEADER_KEYS if k in data]
        if present:
            if header_file:
                raise InputError(f"a second catalogue header ({', '.join(present)}); the first is in {header_file}",
                                 file=str(path), where=f"$.{present[0]}", line=doc.line_of(f"$.{present[0]}"))
            missing = [k for k in _HEADER_KEYS if k not in data]
            if missing:
                raise InputError(f"the catalogue header also needs {', '.join(missing)}", file=str(path), where="$")
            header = {k: data[k] for k in _HEADER_KEYS}
            header["evidence_policy"] = data.get("evidence_policy", {})
            header_file = path.name
        for name, topic in data.get("topics", {}).items():
            if name in topics:
                where = f"$.topics.{name}"
                raise InputError(f"topic {name!r} is declared twice (also in {topic_sources[name]})",
                                 file=str(path), where=where, line=doc.line_of(where))
            topics[name] = topic
            topic_sources[name] = path.name
        for i, raw in enumerate(data.get("criteria", [])):
            where = f"$.criteria[{i}]"
            if raw["id"] in seen_ids:
                raise InputError(f"duplicate criterion id {raw['id']!r} (also in {seen_ids[raw['id']]})",
                                 file=str(path), where=where + ".id", line=doc.line_of(where + ".id"))
            seen_ids[raw["id"]] = path.name
            criteria.append(Criterion(
                id=raw["id"], domain=raw["domain"], subdomain=raw["subdomain"], level=raw["level"],
                clause=raw["clause"], title=raw["title"], requirement=raw["requirement"],
                guidance=raw["guidance"], interpretation=raw["interpretation"],
                excludable=raw.get("excludable", False), requires=raw["requires"],
                source=path.name, line=doc.line_of(where), points=raw.get("points"), veto=raw.get("veto"),
                requires_document=raw.get("requires_document", False),
                implements=tuple(raw.get("implements", ())), replaces=tuple(raw.get("replaces", ()))))
    if not header_file:
        raise InputError("no catalogue header: one file must hold model, levels, rollup and domains", file=str(root))

    domains = [Domain(d["code"], d["clause"], d["name"], d["subdomains"]) for d in header["domains"]]
    catalogue = Catalogue(root=str(root), model=header["model"], levels=header["levels"], rollup=header["rollup"],
                          domains=domains, topics=topics, criteria=criteria, files=files,
                          topic_sources=topic_sources, policy={**DEFAULT_POLICY, **header["evidence_policy"]})
    _check_references(catalogue)
    registers.catalogue_problems(catalogue)
    from .scoring import policy_problems  # here: scoring builds on this module's types

    raise_first(policy_problems(catalogue, str(root / header_file)))
    order = {d.code: (i, {s: j for j, s in enumerate(d.subdomain_codes)}) for i, d in enumerate(domains)}
    catalogue.criteria.sort(key=lambda c: (order[c.domain][0], order[c.domain][1][c.subdomain], c.level, c.id))
    return catalogue


def _check_references(catalogue: Catalogue) -> None:
    """Refuse criteria that point at things the catalogue does not define."""
    domains = catalogue.domain
    for c in catalogue.criteria:
        where = dict(file=str(Path(catalogue.root) / c.source), line=c.line)
        if c.domain not in domains:
            raise InputError(f"criterion {c.id}: unknown domain {c.domain!r}", where=f"criterion {c.id}", **where)
        d = domains[c.domain]
        if c.subdomain not in d.subdomain_codes:
            raise InputError(f"criterion {c.id}: unknown sub-domain {c.subdomain!r} of {c.domain}"
                             f" (known: {', '.join(d.subdomain_codes)})", **where)
        expected = f"{c.domain}-{c.subdomain}-{c.level}-"
        if not c.id.startswith(expected):
            raise InputError(f"criterion {c.id}: its id must start with {expected} (domain, sub-domain, level)", **where)
        if c.clause != d.clause:
            raise InputError(f"criterion {c.id}: clause {c.clause} is not clause {d.clause} of domain {c.domain}", **where)
        for path, need, parts in _some_groups(c.requires):
            if need > parts:
                raise InputError(f"criterion {c.id}: {path} needs at least {need} of only {parts} parts", **where)
        for leaf in c.tree.leaves:
            if leaf.topic not in catalogue.topics:
                raise InputError(f"criterion {c.id}: condition {leaf.path} uses unknown topic {leaf.topic!r}", **where)
            limit = conditions.leaf_limit_problem(leaf)
            if limit:
                raise InputError(f"criterion {c.id}: condition {leaf.path} {limit}", **where)
            related = relations.relation(leaf.spec)
            if related and related[1]["topic"] not in catalogue.topics:
                raise InputError(f"criterion {c.id}: condition {leaf.path} {related[0]} uses unknown topic"
                                 f" {related[1]['topic']!r}", **where)
    problems = catalogue_problems(catalogue.topics, catalogue.criteria) + targets.catalogue_problems(catalogue.topics)
    problems += tallies.catalogue_problems(catalogue.topics)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(problems[0] + more, file=catalogue.root)


def _some_groups(node: dict, path: str = "requires"):
    """(path, at_least, number of parts) of every ``some`` in a condition tree."""
    (op, arg), = node.items()
    if op == "some":
        yield f"{path}.some", arg["at_least"], len(arg["of"])
        for i, child in enumerate(arg["of"]):
            yield from _some_groups(child, f"{path}.some.of[{i}]")
    elif op == "not":
        yield from _some_groups(arg, f"{path}.not")
    elif op in ("all", "any"):
        for i, child in enumerate(arg):
            yield from _some_groups(child, f"{path}.{op}[{i}]")
