"""JUnit XML, for CI systems: a test suite per domain, a test case per criterion."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .common import clean, score_facts

def to_junit(report: dict) -> str:
    """JUnit XML: a test suite per domain, a test case per criterion.

    pass → passed, fail → ``<failure>`` with what is missing, error →
    ``<error>``, not applicable → ``<skipped>`` with the justification.
    The file validates against the JUnit XSD of Jenkins' xUnit plugin, which
    drops a file that does not: ``skipped`` is counted on each
    ``<testsuite>``, never on ``<testsuites>``, where that XSD forbids it.
    A points score goes into each suite's properties (total, band, rating,
    vetoes, the domain's weighted score) and each case's output (its points).
    """
    suites = ET.Element("testsuites", {"name": f"cmm-rules {clean(report['assessment']['id'])}",
                                       "tests": str(len(report["findings"])),
                                       "failures": str(report["overall"]["counts"]["fail"]),
                                       "errors": str(report["overall"]["counts"]["error"])})
    score = report.get("score")
    score_overall, score_of, domain_score = score_facts(score) if score else ([], {}, {})
    review = report.get("review")
    overrides = {o["criterion"]: o for o in review["overrides"]} if review else {}
    by_domain: dict[str, list[dict]] = {}
    for f in report["findings"]:
        by_domain.setdefault(f["domain"], []).append(f)
    for d in report["domains"]:
        fs = by_domain.get(d["code"], [])
        suite = ET.SubElement(suites, "testsuite", {
            "name": clean(f"{d['code']} {d['name']['zh']} {d['name']['en']}"),
            "tests": str(len(fs)),
            "failures": str(sum(f["result"] == "fail" for f in fs)),
            "errors": str(sum(f["result"] == "error" for f in fs)),
            "skipped": str(sum(f["result"] == "not_applicable" for f in fs)),
            "timestamp": clean(report["assessment"]["date"]) + "T00:00:00", "time": "0"})
        props = ET.SubElement(suite, "properties")
        for name, value in (("organisation", report["organisation"]["id"]),
                            ("decision_id", report["provenance"]["decision_id"]),
                            ("domain_level", d["level"]), ("overall_stars", report["overall"]["stars"]),
                            ("decision_valid", str(report["overall"].get("valid", True)).lower())):
            ET.SubElement(props, "property", {"name": name, "value": clean(value)})
        for name, value in score_overall + ([("domain_score", domain_score[d["code"]])] if d["code"] in domain_score else []):
            ET.SubElement(props, "property", {"name": name, "value": clean(value)})
        if review:
            final_level = next((x["final"] for x in review["domains"] if x["code"] == d["code"]), d["level"])
            for name, value in (("final_domain_level", final_level), ("final_stars", review["final_stars"]),
                                ("review_state", review["state"])):
                ET.SubElement(props, "property", {"name": name, "value": clean(value)})
        for f in fs:
            case = ET.SubElement(suite, "testcase", {
                "classname": clean(f"cmm.{f['domain']}.{f['subdomain']}"),
                "name": clean(f"{f['criterion']} L{f['level']} {f['title']['zh']} / {f['title']['en']}"),
                "time": "0"})
            if f["result"] == "fail":
                node = ET.SubElement(case, "failure", {"message": clean("; ".join(f["missing"][:3]) or "not met"),
                                                       "type": "not_met"})
                node.text = clean("\n".join(f["missing"]))
            elif f["result"] == "error":
                node = ET.SubElement(case, "error", {"message": clean(f.get("error", "error")), "type": "error"})
                node.text = clean(f.get("error", ""))
            elif f["result"] == "not_applicable":
                ET.SubElement(case, "skipped", {"message": clean("excluded: " + f.get("exclusion", {}).get(
                    "justification", ""))})
            lines = ["evidence: " + ", ".join(f["evidence"])] if f["evidence"] else []
            row = score_of.get(f["criterion"])
            if row:
                lines.append(f"points: {row['points']} ({row['basis']})" + (f" — {row['note']}" if row["note"] else ""))
            o = overrides.get(f["criterion"])
            if o:  # machine and final side by side: the case keeps the machine result, the output says who changed it
                lines.append(f"override: machine {o['machine']} → final {o['final']} — {o['reason']}"
                             f" ({o['by']}, {o['at']}): {o['rationale']}")
            if lines:
                out = ET.SubElement(case, "system-out")
                out.text = clean("\n".join(lines))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
