"""Stage 6, the points policy — findings into a weighted score, star bands and vetoes.

Many Chinese evaluation schemes are points-based rather than staged. A
catalogue chooses this roll-up with ``rollup: {policy: points, …}``; the
staged policy (:mod:`cmm_rules.rollup`) stays the default. Everything is
catalogue data:

* each criterion may carry ``points``: a number (earned when it passes),
  ``{per_item: p, max: m}`` (p for each distinct evidence item the passing
  finding cites, capped at m), or ``{assessor: m}`` (up to m, awarded by an
  assessor in the bundle's ``assessor_points`` with a justification; counted
  only when the criterion passes — the evidence the assessor judged is there);
* an indicator is a sub-domain; its score is earned / possible points
  (excluded criteria are neither); a domain's score is the weighted mean of
  its indicators' (``rollup.indicators: {DOM-SUB: {weight}}``, default 1), the
  total is the weighted mean of the domains' (``rollup.domains: {DOM:
  {weight}}``) on the ``scale`` (default 100);
* ``bands`` give the least total for each star; the same bands rate each
  domain and indicator, so the radar, the grid and the gap list still read;
* a criterion with ``veto: void`` voids the rating (0 stars) when it fails or
  is an error, ``veto: {cap: n}`` caps it at n stars (一票否决).

Arithmetic is exact (fractions); the report rounds to two decimals for
reading, while bands compare the exact total, so a band edge is never missed
by a rounding error.
"""
from __future__ import annotations

from fractions import Fraction

from .catalogue import Catalogue, Criterion
from .errors import InputError
from .load import Document, json_path
from .rollup import LEVELS, domain_profile

DEFAULT_SCALE = 100


def is_points(catalogue: Catalogue) -> bool:
    """Whether the catalogue rolls up by points (otherwise: staged)."""
    return catalogue.rollup.get("policy") == "points"


def points_text(value) -> str:
    """A number of points as people write it: 10, 6.5, 76.22 (never 1e+06); "—" for none."""
    if value is None:
        return "—"
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _num(value: Fraction) -> int | float:
    """An exact number for the report: an integer when it is one, else rounded to two decimals."""
    return int(value) if value.denominator == 1 else round(float(value), 2)


# ------------------------------------------------------------- the catalogue


def policy_problems(catalogue: Catalogue, file: str) -> list[InputError]:
    """What the schema cannot say about a points policy: known codes, bands that rise, assessor-only veto."""
    if not is_points(catalogue):
        return []
    policy = catalogue.rollup
    problems = []

    def bad(where: str, message: str) -> None:
        problems.append(InputError(message, file=file, where=f"$.rollup.{where}"))

    bands = [policy["bands"][str(lvl)] for lvl in LEVELS]
    if any(b > a for a, b in zip(bands[1:], bands)):
        bad("bands", f"the bands must not fall from one star to the next: {bands}")
    if bands[-1] > policy.get("scale", DEFAULT_SCALE):
        bad("bands", f"5 stars needs {bands[-1]}, above the scale of {policy.get('scale', DEFAULT_SCALE)}")
    domains = catalogue.domain
    for code in policy.get("domains", {}):
        if code not in domains:
            bad(f"domains.{code}", f"unknown domain {code!r} (known: {', '.join(domains)})")
    for code in policy.get("indicators", {}):
        dom, _, sub = code.partition("-")
        if dom not in domains or sub not in domains[dom].subdomain_codes:
            bad(f"indicators.{code}", f"unknown indicator {code!r}: an indicator is DOMAIN-SUBDOMAIN")
    if not any(c.points for c in catalogue.criteria):
        bad("policy", "a points roll-up needs at least one criterion with points")
    return problems


def describe_scoring(catalogue: Catalogue, criterion: Criterion) -> str | None:
    """What a criterion counts for under a points policy, in words (``cmm explain``)."""
    if not is_points(catalogue) or (criterion.points is None and criterion.veto is None):
        return None
    spec, parts = criterion.points, []
    if isinstance(spec, dict) and "per_item" in spec:
        parts.append(f"{points_text(spec['per_item'])} points for each evidence item it cites, at most {points_text(spec['max'])}")
    elif isinstance(spec, dict):
        parts.append(f"up to {points_text(spec['assessor'])} points awarded by the assessor with a justification, when met")
    elif spec is not None:
        parts.append(f"{points_text(spec)} points when met")
    if criterion.veto == "void":
        parts.append("veto: failing it voids the rating (一票否决)")
    elif criterion.veto is not None:
        parts.append(f"veto: failing it caps the rating at {criterion.veto['cap']} stars")
    return "; ".join(parts)


# ------------------------------------------------------- the assessor's record


def assessor_point_problems(doc: Document, catalogue: Catalogue) -> list[InputError]:
    """Awards (``assessor_points``) that name an unknown criterion, one not scored by an assessor,
    a criterion twice, or more points than the criterion allows."""
    problems: list[InputError] = []

    def at(parts, message):
        where = json_path(parts)
        problems.append(InputError(message, file=doc.path, where=where, line=doc.line_of(where)))

    seen: dict[str, int] = {}
    for i, award in enumerate(doc.data.get("assessor_points", [])):
        cid = award["criterion"]
        criterion = catalogue.by_id.get(cid)
        if criterion is None:
            at(["assessor_points", i, "criterion"], f"unknown criterion {cid!r}: not in the catalogue ({catalogue.label})")
        elif not is_points(catalogue) or not isinstance(criterion.points, dict) or "assessor" not in criterion.points:
            at(["assessor_points", i, "criterion"],
               f"criterion {cid} is not scored by an assessor: the catalogue gives it no 'points: {{assessor: …}}'")
        elif award["points"] > criterion.points["assessor"]:
            at(["assessor_points", i, "points"],
               f"{award['points']} points for {cid}, which allows at most {criterion.points['assessor']}")
        if cid in seen:
            at(["assessor_points", i, "criterion"], f"criterion {cid} is awarded twice (first at $.assessor_points[{seen[cid]}])")
        seen.setdefault(cid, i)
    return problems


# ----------------------------------------------------------------- scoring


def _criterion_points(criterion: Criterion, finding: dict, award: dict | None) -> dict:
    """What one criterion earns, out of what it could, and why."""
    spec = criterion.points
    entry = {"criterion": criterion.id, "result": finding["result"]}
    if isinstance(spec, dict) and "per_item" in spec:
        possible = Fraction(str(spec["max"]))
        items = len(set(finding["evidence"])) if finding["result"] == "pass" else 0
        uncapped = Fraction(str(spec["per_item"])) * items
        earned = min(uncapped, possible)
        entry.update(basis="per_item", items=items, per_item=spec["per_item"])
        if uncapped > possible:
            entry["note"] = f"capped at {spec['max']} ({items} items × {spec['per_item']})"
    elif isinstance(spec, dict):
        possible = Fraction(str(spec["assessor"]))
        earned = Fraction(0)
        entry["basis"] = "assessor"
        if award is None:
            entry["note"] = "no assessor award in the bundle"
        elif not award.get("justification"):
            entry["note"] = "the assessor's award has no justification: not counted"
        elif finding["result"] != "pass":
            entry["note"] = "the criterion is not met: the assessor's award is not counted"
        else:
            earned = Fraction(str(award["points"]))
            entry["note"] = f"awarded by {award['assessor']}"
    else:
        possible = Fraction(str(spec or 0))
        earned = possible if finding["result"] == "pass" else Fraction(0)
        entry["basis"] = "criterion"
    if finding["result"] == "not_applicable":
        possible = earned = Fraction(0)
        entry["note"] = "excluded: counts neither way"
    entry["earned"], entry["possible"] = earned, possible
    return entry


def _band(total: Fraction, bands: dict) -> int:
    """The most stars whose least total ``total`` reaches."""
    stars = 0
    for lvl in LEVELS:
        if total >= Fraction(str(bands[str(lvl)])):
            stars = lvl
    return stars


def _mean(parts: list[tuple[Fraction, Fraction]]) -> Fraction | None:
    """Weighted mean of (weight, share) pairs; None when nothing has weight."""
    weight = sum((w for w, _ in parts), Fraction(0))
    return sum((w * s for w, s in parts), Fraction(0)) / weight if weight else None


def _weight(policy: dict, section: str, code: str) -> Fraction:
    return Fraction(str(policy.get(section, {}).get(code, {}).get("weight", 1)))


class _Scorer:
    """The points roll-up of one assessment: criteria → indicators → domains → total → vetoes."""

    def __init__(self, catalogue: Catalogue, findings: list[dict], awards: list[dict]):
        self.catalogue = catalogue
        self.policy = catalogue.rollup
        self.scale = Fraction(str(self.policy.get("scale", DEFAULT_SCALE)))
        self.bands = self.policy["bands"]
        self.findings = findings
        self.by_id = {f["criterion"]: f for f in findings}
        self.award_of = {a["criterion"]: a for a in awards}

    def level(self, share: Fraction | None) -> int:
        return _band(share * self.scale, self.bands) if share is not None else 0

    def score(self, share: Fraction | None) -> int | float | None:
        return _num(share * self.scale) if share is not None else None

    def indicator(self, domain: str, sub: dict) -> tuple[dict, dict, Fraction | None]:
        """(the sub-domain entry of the roll-up, its score breakdown, its share of its points)."""
        entries = [_criterion_points(c, self.by_id[c.id], self.award_of.get(c.id))
                   for c in self.catalogue.criteria_in(domain, sub["code"]) if c.points is not None]
        earned = sum((e["earned"] for e in entries), Fraction(0))
        possible = sum((e["possible"] for e in entries), Fraction(0))
        share = earned / possible if possible else None
        level = self.level(share)
        next_level = level + 1 if level < 5 else None
        because = None
        if next_level and share is None:
            because = "no criterion here carries points"
        elif next_level:
            because = (f"{_num(earned)} of {_num(possible)} points ({self.score(share)} of {_num(self.scale)});"
                       f" {next_level} stars needs {self.bands[str(next_level)]}")
        entry = {"code": sub["code"], "name": sub["name"], "level": level, "next_level": next_level,
                 "blocked_by": [e["criterion"] for e in entries if e["earned"] < e["possible"]] if next_level else [],
                 "blocked_because": because}
        breakdown = {"code": sub["code"], "weight": _num(_weight(self.policy, "indicators", f"{domain}-{sub['code']}")),
                     "earned": _num(earned), "possible": _num(possible), "score": self.score(share),
                     "criteria": [{**e, "earned": _num(e["earned"]), "possible": _num(e["possible"])} for e in entries]}
        return entry, breakdown, share

    def domain(self, domain) -> tuple[dict, dict, Fraction | None]:
        """(the domain entry of the roll-up, its score breakdown, its weighted share)."""
        subdomains, indicators, parts = [], [], []
        for sub in domain.subdomains:
            entry, breakdown, share = self.indicator(domain.code, sub)
            subdomains.append(entry)
            indicators.append(breakdown)
            if share is not None:
                parts.append((_weight(self.policy, "indicators", f"{domain.code}-{sub['code']}"), share))
        share = _mean(parts)
        entry = {"code": domain.code, "clause": domain.clause, "name": domain.name, "level": self.level(share),
                 "subdomains": subdomains, "profile": domain_profile(domain.code, self.findings)}
        breakdown = {"code": domain.code, "weight": _num(_weight(self.policy, "domains", domain.code)),
                     "score": self.score(share), "indicators": indicators}
        return entry, breakdown, share

    def vetoes(self) -> list[dict]:
        """The veto criteria that failed (or are errors: a veto that cannot be checked is not passed)."""
        out = []
        for c in self.catalogue.criteria:
            if c.veto is not None and self.by_id[c.id]["result"] in ("fail", "error"):
                void = c.veto == "void"
                out.append({"criterion": c.id, "result": self.by_id[c.id]["result"], "effect": "void" if void else "cap",
                            "cap": 0 if void else c.veto["cap"], "title": c.title})
        return out

    def roll_up(self) -> dict:
        domains, breakdowns, parts = [], [], []
        for domain in self.catalogue.domains:
            entry, breakdown, share = self.domain(domain)
            domains.append(entry)
            breakdowns.append(breakdown)
            if share is not None:
                parts.append((_weight(self.policy, "domains", domain.code), share))
        total = (_mean(parts) or Fraction(0)) * self.scale
        band = _band(total, self.bands)
        vetoes = self.vetoes()
        stars = min([band] + [v["cap"] for v in vetoes])
        limiting = []
        if stars < 5:  # the domains below the next band, and those whose veto set the rating
            vetoed = {self.catalogue.by_id[v["criterion"]].domain for v in vetoes if v["cap"] == stars}
            limiting = [d["code"] for d in domains if d["level"] <= stars or d["code"] in vetoed]
        counts = {r: sum(f["result"] == r for f in self.findings) for r in ("pass", "fail", "not_applicable", "error")}
        score = {"policy": "points", "scale": _num(self.scale), "total": _num(total), "band_stars": band,
                 "stars": stars, "voided": any(v["effect"] == "void" for v in vetoes),
                 "bands": {str(lvl): self.bands[str(lvl)] for lvl in LEVELS}, "vetoes": vetoes,
                 "domains": breakdowns,
                 "assessor_points": [_award_entry(a, self.by_id.get(a["criterion"])) for a in self.award_of.values()]}
        return {"overall": {"stars": stars, "limited_by": limiting, "counts": counts}, "domains": domains,
                "score": score}


def roll_up_points(catalogue: Catalogue, findings: list[dict], awards: list[dict]) -> dict:
    """The roll-up of a points catalogue: the same shape as the staged one, plus ``score``."""
    return _Scorer(catalogue, findings, awards).roll_up()


def _award_entry(award: dict, finding: dict | None) -> dict:
    counted = bool(award.get("justification")) and finding is not None and finding["result"] == "pass"
    return {"criterion": award["criterion"], "points": award["points"], "assessor": award["assessor"],
            "justification": award.get("justification"), "counted": counted}
