"""Synthetic but realistic evidence bundles for benchmarks (seeded, deterministic).

Each bundle aims at an overall level L (spread evenly over 0–5):

* for every criterion the provider is meant to meet (levels 1..L in the
  limiting sub-domains, sometimes one level more elsewhere), the evidence
  that :func:`cmm_rules.witness.bundle_meeting` builds from its conditions;
* *near misses* for some criteria of the next level up: the same evidence,
  but aged past the freshness limit, unapproved, or expired — the mistakes a
  real provider makes, which the rules must reject;
* *noise*: further items of the catalogue's topics (old minutes, metrics,
  records with unrelated attributes) until the bundle holds 50–150 items.

The items a criterion marked ``requires_document`` stands on get a short
document extract written beside the bundle (``files/``, with its sha256);
measurements refer to their definitions and registers state the counts of
what the bundle itemises, as a real hand-over would. Whether a bundle really
reaches L is decided only by the rules firing; the generator just aims. Identifiers are renumbered ``EV-0001…`` and the items
shuffled, as in a real hand-over.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from pathlib import Path

import yaml

from cmm_rules.catalogue import Catalogue
from cmm_rules.conditions import why_not
from cmm_rules.facts import derived_item
from cmm_rules.witness import NoWitness, bundle_meeting, fit_registers, fit_tallies, harmless_value

_KINDS = ["public_service_centre", "market_firm", "non_profit", "platform_operator", "other"]
_PLACES = ["湖滨省青溪县", "江川市", "云岭州", "北塘区", "南湾新区", "东陵市", "西岭县", "临河市"]
_NAMES = ["中小企业服务中心", "企业服务有限公司", "创业孵化基地", "中小企业公共服务平台", "管理咨询有限公司",
          "科技服务中心", "产业服务促进会"]
_ITEM_KINDS = ["document", "record", "metric", "system", "interview", "observation"]
_WORDS = ["季度工作例会纪要", "服务台账导出", "满意度回访记录", "专家库名单", "培训签到表", "制度汇编",
          "平台运行日志", "企业走访记录", "内部检查报告", "年度总结"]


def _aim(catalogue: Catalogue, rng: random.Random, target: int) -> dict[tuple[str, str], int]:
    """The level each sub-domain is meant to reach; at least one sits exactly at ``target``."""
    cells = [(d.code, s) for d in catalogue.domains for s in d.subdomain_codes]
    aim = {cell: min(5, target + (1 if rng.random() < 0.3 else 0)) for cell in cells}
    aim[rng.choice(cells)] = target
    return aim


def _miss(item: dict, criterion, day: dt.date, rng: random.Random) -> bool:
    """Spoil a witness item in a way its criterion's conditions notice; False if none applies."""
    specs = [leaf.spec for leaf in criterion.tree.leaves if leaf.topic == item["topic"] and not leaf.negated]
    ways = []
    if any(s.get("approved") for s in specs) and "approval" in item:
        ways.append("unapproved")
    if any("max_age_days" in s for s in specs):
        ways.append("aged")
    if any(s.get("current") for s in specs):
        ways.append("expired")
    if not ways:
        return False
    way = rng.choice(ways)
    if way == "unapproved":  # an approval dated after the assessment is an input error now, not a near miss
        rng.random()  # keeps the generator's sequence (and so every other bundle) as it was
        del item["approval"]
    elif way == "aged":
        limit = max(s.get("max_age_days", 0) for s in specs)
        issued = day - dt.timedelta(days=limit + rng.randint(30, 900))
        item["issued"] = issued.isoformat()
        if "approval" in item:
            item["approval"]["date"] = issued.isoformat()
        if "valid_until" in item and item["valid_until"] < item["issued"]:
            item["valid_until"] = (issued + dt.timedelta(days=365)).isoformat()
    else:
        item["valid_until"] = (day - dt.timedelta(days=rng.randint(1, 400))).isoformat()
        if item.get("issued", "") > item["valid_until"]:
            item["issued"] = (day - dt.timedelta(days=rng.randint(401, 700))).isoformat()
    if "period" in item and "issued" in item:  # an older figure measures an older period, begun before its report
        item["period"] = str(int(item["issued"][:4]) - 1)
    return True


class _Merger:
    """Let one document serve several criteria, as a real provider's would.

    ``bundle_meeting`` makes separate items for every condition; a provider
    hands over one strategic plan that satisfies the level-3 and the level-5
    criterion alike. An item is folded into an earlier item of the same topic
    and kind when their attributes agree and the result still satisfies every
    condition either served (checked with the catalogue's own
    :func:`~cmm_rules.conditions.why_not`); two items for one ``at_least: 2``
    condition are never folded together.
    """

    def __init__(self, day: dt.date):
        self.day = day
        self.items: list[dict] = []
        self.serves: list[list[tuple]] = []  # per item: (leaf key, leaf)
        self.folded: dict[str, str] = {}      # id of an item folded into another → that item's id

    def add(self, item: dict, criterion) -> None:
        index = int(item["id"].rsplit("-L", 1)[1].split("-")[0])
        leaf = criterion.tree.leaves[index]
        key = (criterion.id, index)
        for i, other in enumerate(self.items):
            if other["topic"] != item["topic"] or other["kind"] != item["kind"]:
                continue
            if any(k == key for k, _ in self.serves[i]):
                continue
            candidate = _fold(other, item)
            if candidate is not None and all(not why_not(lf, derived_item(candidate, self.day), self.day.isoformat())
                                             for _, lf in self.serves[i] + [(key, leaf)]):
                self.items[i] = candidate
                self.serves[i].append((key, leaf))
                self.folded[item["id"]] = other["id"]
                return
        self.items.append(item)
        self.serves.append([(key, leaf)])


def _fold(a: dict, b: dict) -> dict | None:
    out = json.loads(json.dumps(a))
    attributes = dict(a.get("attributes", {}))
    for name, value in b.get("attributes", {}).items():
        if name in attributes and isinstance(value, list) and isinstance(attributes[name], list):
            value = list(dict.fromkeys(attributes[name] + value))
        elif name in attributes and attributes[name] != value:
            return None
        attributes[name] = value
    if attributes:
        out["attributes"] = attributes
    for key in ("value", "unit"):
        if key in a and key in b and a[key] != b[key]:
            return None
        if key in b:
            out[key] = b[key]
    if "period" in b:
        out["period"] = b["period"]
    if b.get("_document"):
        out["_document"] = True
    refs = list(dict.fromkeys(a.get("refers_to", []) + b.get("refers_to", [])))
    if refs:
        out["refers_to"] = refs
    out["issued"] = max(a["issued"], b["issued"])
    if "approval" in a or "approval" in b:
        out["approval"] = {"by": "management board", "date": out["issued"]}
    if "valid_until" in a or "valid_until" in b:
        out["valid_until"] = max(a.get("valid_until", ""), b.get("valid_until", ""))
    return out


def _noise(catalogue: Catalogue, rng: random.Random, day: dt.date, n: int) -> dict:
    topic = rng.choice(sorted(catalogue.topics))
    kind = rng.choice(_ITEM_KINDS)
    issued = day - dt.timedelta(days=rng.randint(0, 2000))
    item = {"id": "", "topic": topic, "kind": kind, "title": f"{rng.choice(_WORDS)}（{issued.year}）",
            "issued": issued.isoformat()}
    if kind in ("interview", "observation"):
        item["recorded_by"] = "评价组"
    if rng.random() < 0.4:
        item["approval"] = {"by": rng.choice(["主任办公会", "理事会", "总经理"]),
                            "date": min(issued + dt.timedelta(days=rng.randint(0, 20)), day).isoformat()}
    declared = catalogue.topics[topic]  # noise records no value: a typed one could meet a metric criterion
    if declared.get("validity"):  # a certificate, licence or plan says until when it is valid
        item["valid_until"] = (issued + dt.timedelta(days=rng.randint(365, 1500))).isoformat()
    names = sorted(declared.get("attributes", {}) or {})
    required = [name for name in names if declared["attributes"][name].get("required")]
    attributes = {}
    for name in sorted(set(required) | set(rng.sample(names, k=min(len(names), rng.randint(0, 2))))):
        attributes[name] = harmless_value(catalogue, topic, name, issued)
    if attributes:
        item["attributes"] = attributes
    if rng.random() < 0.2:
        item["notes"] = "扫描件，原件存档备查"
    return item


def _meeting(catalogue: Catalogue, criterion, day: dt.date) -> list[dict]:
    """The witness evidence of one criterion, clear of every other criterion's 'none of' checks (a change
    record built for one criterion must not be one another criterion counts against the provider)."""
    return bundle_meeting(catalogue, [criterion], date=day.isoformat())["evidence"]


def make_bundle(catalogue: Catalogue, seed: int, index: int, target: int) -> dict:
    """One bundle aimed at overall level ``target``; the same arguments give the same bundle."""
    rng = random.Random(f"{seed}/{index}")
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    aim = _aim(catalogue, rng, target)
    items: list[dict] = []
    merged = _Merger(day)
    for criterion in catalogue.criteria:
        want = aim[(criterion.domain, criterion.subdomain)]
        try:
            if criterion.level <= want:
                for item in _meeting(catalogue, criterion, day):
                    if criterion.requires_document:
                        item["_document"] = True  # write_bundles attaches its file
                    merged.add(item, criterion)
            elif criterion.level == want + 1 and rng.random() < 0.35:
                made = _meeting(catalogue, criterion, day)
                if made and all(_miss(item, criterion, day, rng) for item in made):
                    items.extend(made)
        except NoWitness:
            continue
    items = merged.items + items
    total = max(len(items) + rng.randint(0, 8), rng.randint(50, 150))
    while len(items) < total:
        items.append(_noise(catalogue, rng, day, len(items)))
    fit_tallies(items, catalogue)  # measurements refer to their definitions; registers count what is itemised
    fit_registers(items, catalogue, day.isoformat())
    rng.shuffle(items)
    renamed = {}
    for i, item in enumerate(items, 1):
        if item["id"]:
            renamed[item["id"]] = f"EV-{i:04d}"
        item["id"] = f"EV-{i:04d}"
    for item in items:  # references follow the renumbering (and folding); one to nothing left is dropped
        refs = [renamed.get(merged.folded.get(ref, ref)) for ref in item.pop("refers_to", [])]
        refs = list(dict.fromkeys(r for r in refs if r is not None and r != item["id"]))
        if refs:
            item["refers_to"] = refs
    org = f"ORG-{index:05d}"
    bundle = {
        "schema_version": "1.0",
        "organisation": {"id": org, "name": rng.choice(_PLACES) + rng.choice(_NAMES), "kind": rng.choice(_KINDS),
                         "region": rng.choice(_PLACES)},
        "assessment": {"id": f"{org}-{day.year}", "date": day.isoformat(), "scope": "预审筛查 / pre-audit screening",
                       "assessor": "screening"},
        "evidence": items,
    }
    excludable = [c for c in catalogue.criteria if c.excludable]
    if excludable and rng.random() < 0.1:
        c = rng.choice(excludable)
        bundle["exclusions"] = [{"criterion": c.id, "justification": "本机构不提供该类服务，相关要求不适用。"
                                 " / The provider offers no such service.", "approved_by": "理事会"}]
    return bundle


def write_bundles(catalogue: Catalogue, folder: Path, n: int, seed: int = 20261101, start: int = 0,
                  json_share: float = 0.2) -> list[Path]:
    """Write bundles ``start..start+n-1`` to ``folder`` (YAML, some JSON); targets cycle 0–5."""
    folder.mkdir(parents=True, exist_ok=True)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    paths = []
    for index in range(start, start + n):
        bundle = make_bundle(catalogue, seed, index, index % 6)
        for item in bundle["evidence"]:  # the documents a criterion requires, as extracts beside the bundle
            if item.pop("_document", False):
                name = f"files/{index:06d}-{item['id']}.txt"
                data = (f"{item['title']}\n{bundle['organisation']['name']} 证据 {item['id']}（{item['topic']}）"
                        f"原件摘录，存档备查。\n").encode()
                (folder / "files").mkdir(exist_ok=True)
                (folder / name).write_bytes(data)
                item["attachments"] = [{"path": name, "sha256": hashlib.sha256(data).hexdigest()}]
        as_json = random.Random(f"{seed}/{index}/format").random() < json_share
        path = folder / f"bundle-{index:06d}.{'json' if as_json else 'yaml'}"
        if as_json:
            text = json.dumps(bundle, ensure_ascii=False, indent=1)
        else:
            text = yaml.dump(bundle, Dumper=dumper, allow_unicode=True, sort_keys=False, width=120)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
