"""A one-domain sketch catalogue written as data into a folder.

The step "a catalogue whose criterion X requires:" puts one criterion into it
so that a scenario can show what a condition of the language does, apart
from the reference catalogue; the test suite builds small catalogues with
it too. The engine must work with any catalogue a certification body
supplies, not only the reference one."""
from __future__ import annotations

from pathlib import Path

import yaml

HEADER = {
    "model": {"id": "TEST-MODEL", "title": {"zh": "测试模型", "en": "Test model"}, "catalogue_version": "0.0.1",
              "interpretation": True},
    "levels": {str(i): {"zh": f"{i}星", "en": f"{i} stars"} for i in range(1, 6)},
    "rollup": {"subdomain": "staged", "domain": "min", "overall": "min"},
    "domains": [{"code": "XX", "clause": "5", "name": {"zh": "测试域", "en": "Test domain"},
                 "subdomains": [{"code": "AA", "name": {"zh": "甲", "en": "A"}},
                                {"code": "BB", "name": {"zh": "乙", "en": "B"}}]}],
    "topics": {t: {"zh": "主题", "en": t, "description": t} for t in ("plan", "log", "kpi", "issue", "tags", "action", "verification",
                                                                       "staff", "volume", "licence", "revenue")},
}


def criterion(cid: str, requires: dict, excludable: bool = False) -> dict:
    domain, sub, level, _ = cid.split("-")
    return {
        "id": cid, "domain": domain, "subdomain": sub, "level": int(level), "clause": "5",
        "title": {"zh": "标题", "en": cid}, "requirement": {"zh": "要求", "en": "requirement"},
        "guidance": {"acceptable": {"zh": "可", "en": "ok"}, "not_acceptable": {"zh": "否", "en": "no"}},
        "interpretation": True, "excludable": excludable, "requires": requires,
    }


def write_catalogue(folder: Path, criteria: list[dict], topics: dict | None = None) -> Path:
    """The sketch catalogue with ``criteria``; ``topics`` adds (typed) topics to the header's plain ones."""
    folder.mkdir(parents=True, exist_ok=True)
    header = {**HEADER, "topics": {**HEADER["topics"], **(topics or {})}}
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(header, allow_unicode=True), encoding="utf-8")
    (folder / "XX.yaml").write_text(yaml.safe_dump({"criteria": criteria}, allow_unicode=True), encoding="utf-8")
    return folder
