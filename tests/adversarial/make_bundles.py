"""Write the adversarial corpus: one small bundle per trick, and manifest.yaml with the outcome each must get.

Run by hand after changing it (``python tests/adversarial/make_bundles.py``)
and commit what it writes; the tests read the committed files and never run
this. Each case says what it tries (``trick``) and what `cmm assess` must make
of it (``expect``, see README.md).
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from cmm_rules import load_catalogue  # noqa: E402
from cmm_rules.witness import bundle_meeting  # noqa: E402

DATE = "2026-11-01"
CASES: list[dict] = []


def bundle(*evidence, exclusions=None, date=DATE, org="ADV") -> dict:
    out = {"schema_version": "1.0",
           "organisation": {"id": org, "name": f"对抗样例 {org}", "kind": "market_firm"},
           "assessment": {"id": f"{org}-A", "date": date, "assessor": "评价组 王审核员"},
           "evidence": list(evidence)}
    if exclusions:
        out["exclusions"] = exclusions
    return out


def item(eid, topic, kind="document", title=None, **extra) -> dict:
    out = {"id": eid, "topic": topic, "kind": kind, "title": title or f"{topic.replace('_', ' ')} {eid}"}
    out.update(extra)
    return out


def plan(eid="P1", **extra) -> dict:
    """An honest annual work plan: meets ST-SG-1-01."""
    base = dict(title="2026年度中小企业服务工作计划", issued="2026-01-08",
                approval={"by": "中心主任办公会", "date": "2026-01-10"}, attributes={"year": 2026, "services_planned": 14})
    base.update(extra)
    return item(eid, "annual_work_plan", **base)


def register(eid="R1", issued="2026-10-28", **attributes) -> dict:
    return item(eid, "complaint_register", "record", title="投诉登记台账", issued=issued, attributes=attributes)


def complaint(eid, issued, status, title=None, **attributes) -> dict:
    return item(eid, "client_complaint", "record", title=title or f"投诉 {eid}", issued=issued,
                attributes={"status": status, "severity": "minor", **attributes})


def case(name: str, trick: str, data, expect: dict, args: list | None = None) -> None:
    path = HERE / name
    if isinstance(data, (bytes, str)):
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    entry = {"bundle": name, "trick": trick, "expect": expect}
    if args:
        entry["args"] = args
    CASES.append(entry)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files() -> dict[str, str]:
    """Attachment files beside the bundles; returns their sha256 by name."""
    folder = HERE / "files"
    folder.mkdir(exist_ok=True)
    (folder / "work-plan-2026.txt").write_text(
        "2026年度中小企业服务工作计划（摘要）\n一、服务目标：全年服务企业1200家次。\n二、服务项目：14项，含融资对接、政策申报辅导。\n"
        "三、保障措施：经中心主任办公会2026年1月10日审议通过。\n", encoding="utf-8")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "not-really.pdf").write_text("this is plain text pretending to be a PDF\n", encoding="utf-8")
    (folder / "minutes.txt").write_text("2026年第3次主任办公会纪要：审议年度计划、预算和投诉处理情况。\n", encoding="utf-8")
    return {p.name: sha(p) for p in sorted(folder.iterdir())}


def main() -> None:
    catalogue = load_catalogue()
    digests = files()
    honest_st = yaml.safe_load((ROOT / "evidence_samples" / "strategy-all-met.yaml").read_text(encoding="utf-8"))
    for it in honest_st["evidence"]:  # the sample's documents travel with it, into files/ beside the bundles
        for attachment in it.get("attachments", []):
            source = ROOT / "evidence_samples" / attachment["path"]
            shutil.copy2(source, HERE / "files" / source.name)
            attachment["path"] = f"files/{source.name}"
    one_star = yaml.safe_load((ROOT / "evidence_samples" / "county-sme-centre-1star.yaml").read_text(encoding="utf-8"))
    for entry in one_star["evidence"]:  # its files stay beside the sample: here it is the same bundle, claims only
        entry.pop("attachments", None)

    # ------------------------------------------------------------ controls (must keep their outcome)
    case("control-strategy-all-met.yaml", "none — an honest provider whose service-strategy evidence meets every level",
         honest_st, {"exit": 0, "levels": {"ST": 5}})
    case("control-1star.yaml", "none — the honest 1-star county centre", one_star, {"exit": 0, "stars": 1})
    case("control-complaints.yaml", "none — a register whose counts agree with the complaints it lists",
         bundle(register(entries=2, open=1, open_over_30_days=0),
                complaint("C1", "2026-09-01", "closed", closed="2026-09-06"),
                complaint("C2", "2026-10-20", "open")),
         {"exit": 0, "findings": {"OP-CP-3-01": "pass"}})
    documented = plan(attachments=[{"path": "files/work-plan-2026.txt", "sha256": digests["work-plan-2026.txt"]}])
    case("control-documented-plan.yaml", "none — an approved plan with its document attached passes in certification",
         bundle(documented), {"exit": 0, "findings": {"ST-SG-1-01": "pass"}, "mentions": ['"basis": "documented"']},
         args=["--mode", "certification"])
    case("control-documented-plan-screening.yaml", "none — the same plan in screening mode is labelled documented",
         bundle(copy.deepcopy(documented)), {"exit": 0, "findings": {"ST-SG-1-01": "pass"},
                                             "mentions": ['"claimed_share": 0.0']})

    # ------------------------------------------------------------ silence is not a clean record
    silent = copy.deepcopy(honest_st)  # the audit's findings and their register left out: nothing is listed as open
    silent["evidence"] = [it for it in silent["evidence"]
                          if it["topic"] not in ("financial_audit_finding", "financial_audit_finding_register")]
    case("audit-findings-left-out.yaml", "the honest strategy bundle with its audit findings and their register left"
         " out, so no open major finding is listed", silent,
         {"exit": 0, "findings": {"ST-FR-2-02": "fail"}, "levels": {"ST": 1}})
    hidden = copy.deepcopy(honest_st)  # the register admits an open major finding the bundle does not itemise
    for it in hidden["evidence"]:
        if it["topic"] == "financial_audit_finding_register":
            it["attributes"] = {"open": 1, "open_major": 1}
    case("audit-finding-hidden.yaml", "the register states one open major audit finding the bundle does not itemise",
         hidden, {"exit": 0, "findings": {"ST-FR-2-02": "fail"}, "levels": {"ST": 1},
                  "mentions": ["admits what the items leave out"]})

    # ------------------------------------------------------------ management by numbers (level 4)
    def definition(eid, name, target=90, issued="2025-09-01"):
        return item(eid, "indicator_definition", title=f"{name}指标定义", issued=issued,
                    approval={"by": "中心主任办公会", "date": issued},
                    attributes={"subdomain": "OP-CR", "indicator": name, "baseline": 86, "target": target,
                                "direction": "higher_better", "owner": "客户服务处"})

    def measured(eid, ref, issued, period, value, target=90):
        return item(eid, "indicator_measurement", "metric", title=f"{period} 测量值", issued=issued, value=value,
                    unit="%", period=period, refers_to=[ref],
                    attributes={"subdomain": "OP-CR", "target": target, "direction": "higher_better"})

    quarters = [("2026-01-12", "2025-Q4"), ("2026-04-10", "2026-Q1"), ("2026-07-10", "2026-Q2"), ("2026-10-12", "2026-Q3")]
    honest_mbn = [definition("D1", "回访满意度")] + [measured(f"M{i}", "D1", d, p, v) for i, ((d, p), v)
                                                  in enumerate(zip(quarters, [91, 88, 92, 93]), 1)]
    analysed = item("A1", "deviation_analysis", "record", title="一季度满意度偏差分析", issued="2026-04-25",
                    refers_to=["M2"], attributes={"subdomain": "OP-CR", "cause": "回访人手不足",
                                                  "action": "增设回访专员并每周复盘", "action_status": "verified"})
    case("control-mbn-one-indicator.yaml", "none — one indicator over four quarters, the low one analysed and acted on",
         bundle(*copy.deepcopy(honest_mbn), analysed), {"exit": 0, "findings": {"OP-CR-4-01": "pass"}})
    names = ["回访满意度", "重复合作率", "推荐意愿", "重点企业走访率"]
    case("mbn-four-indicators-once.yaml", "four indicators, each reported once in a different quarter, passed off as"
         " one indicator followed over four quarters",
         bundle(*[definition(f"D{i}", n) for i, n in enumerate(names, 1)],
                *[measured(f"M{i}", f"D{i}", d, p, 95) for i, (d, p) in enumerate(quarters, 1)]),
         {"exit": 0, "findings": {"OP-CR-4-01": "fail"}, "mentions": ["quarters_measured = 1"]})
    lowered = copy.deepcopy(honest_mbn)
    lowered[2]["attributes"]["target"] = 85  # M2 at 88 'meets' a target it set itself, below the definition's 90
    case("mbn-lowered-target.yaml", "the low quarter states its own lower target, to escape the deviation analysis",
         bundle(*lowered), {"exit": 0, "findings": {"OP-CR-4-01": "fail"}, "mentions": ["below the bar"]})
    late = copy.deepcopy(honest_mbn) + [analysed]
    late[0]["issued"] = late[0]["approval"]["date"] = "2026-10-20"  # the target was set once the figures were known
    case("mbn-defined-afterwards.yaml", "the indicator is defined after its four quarters were measured",
         bundle(*late), {"exit": 0, "findings": {"OP-CR-4-01": "fail"}, "mentions": ["quarters_measured = 0"]})

    # ------------------------------------------------------------ placeholders
    witness = bundle_meeting(catalogue, catalogue.criteria, date=DATE, org_id="ADV-X", name="x")
    for it in witness["evidence"]:
        it["title"] = "x"
        it["issued"] = DATE
        if "approval" in it:
            it["approval"] = {"by": "x", "date": DATE}
        declared = catalogue.topics[it["topic"]].get("attributes", {})
        for name, value in list(it.get("attributes", {}).items()):  # every free text (codes are checked as codes)
            if isinstance(value, str) and declared.get(name, {}).get("type", "text") == "text":
                it["attributes"][name] = "x"
    case("x-everywhere-220.yaml", f"about {len(witness['evidence'])} items whose every title, approver and text value"
         " is 'x', all dated on the assessment date, no attachment (rated 5 stars before)", witness,
         {"exit": 2, "mentions": ["approver 'x' is not a name"]})
    no_approver = copy.deepcopy(witness)
    for it in no_approver["evidence"]:
        it.pop("approval", None)
    case("x-everywhere-no-approvals.yaml", "the same 'x' bundle without approvals, so no approver check can stop it",
         no_approver, {"exit": 2, "mentions": ["hold placeholders instead of content"]})
    todo = [plan(f"P{i}", title="TODO") for i in range(8)] + [plan("P9")]
    case("todo-titles.yaml", "most titles are TODO", bundle(*todo), {"exit": 2, "mentions": ["placeholders"]})
    lorem = [item(f"L{i}", "annual_work_plan", title="Lorem ipsum dolor sit amet", issued="2026-01-08",
                  attributes={"year": 2026, "services_planned": 3}) for i in range(5)]
    case("lorem-ipsum.yaml", "titles in lorem ipsum", bundle(*lorem), {"exit": 2, "mentions": ["placeholders"]})
    pending = [plan(f"P{i}", title="待补充") for i in range(4)]
    case("chinese-placeholder.yaml", "titles 待补充 (to be filled in)", bundle(*pending),
         {"exit": 2, "mentions": ["待补充"]})
    case("one-placeholder-caution.yaml", "one placeholder title among real items: assessed, with a caution",
         bundle(plan("P1"), plan("P2", title="x", issued="2026-02-01", approval={"by": "中心主任办公会", "date": "2026-02-03"}),
                plan("P3", title="2026年度计划（修订）", issued="2026-03-01", approval={"by": "中心主任办公会", "date": "2026-03-02"})),
         {"exit": 0, "mentions": ["P2 holds a placeholder, not content: title 'x'"]})
    case("repeated-title.yaml", "one title repeated across many items",
         bundle(*[item(f"K{i}", "custom_service_case", "record", title="定制服务案例", issued="2026-06-01",
                       attributes={"enterprise": f"企业{i}"}) for i in range(4)]),
         {"exit": 0, "mentions": ["shares its title with 3 other items"]})

    # ------------------------------------------------------------ approvers and recorders
    case("approver-blank.yaml", "an approval by ' '", bundle(plan(approval={"by": " ", "date": "2026-01-10"})),
         {"exit": 2, "mentions": ["$.evidence[0].approval.by"]})
    case("approver-na.yaml", "an approval by 'n/a'", bundle(plan(approval={"by": "n/a", "date": "2026-01-10"})),
         {"exit": 2, "mentions": ["is not a name"]})
    case("observation-by-provider.yaml", "the provider writes its own observation (no recorded_by)",
         bundle(item("O1", "service_commitment", "observation", title="现场观察：服务承诺公示", issued="2026-10-27",
                     attributes={"published": True})), {"exit": 2, "mentions": ["recorded_by"]})
    case("interview-by-provider.yaml", "an interview nobody recorded",
         bundle(item("I1", "service_commitment", "interview", title="访谈：服务承诺", issued="2026-10-27")),
         {"exit": 2, "mentions": ["recorded_by"]})
    case("observation-recorded-by-x.yaml", "an observation 'recorded by' x",
         bundle(item("O1", "service_commitment", "observation", title="现场观察：服务承诺公示", issued="2026-10-27",
                     recorded_by="x")), {"exit": 2, "mentions": ["recorded_by 'x' is not a name"]})

    # ------------------------------------------------------------ dates
    case("approval-before-issue.yaml", "approved years before the document was issued",
         bundle(plan(approval={"by": "中心主任办公会", "date": "2020-01-10"})),
         {"exit": 2, "mentions": ["before the document was issued"]})
    case("approval-year-0001.yaml", "approved on 0001-01-01",
         bundle(plan(approval={"by": "中心主任办公会", "date": "0001-01-01"})),
         {"exit": 2, "mentions": ["earliest date the catalogue accepts"]})
    p9999 = plan()
    p9999["issued"] = "9999-01-08"
    p9999.pop("approval")
    case("issued-9999.yaml", "a document issued in 9999", bundle(p9999),
         {"exit": 2, "mentions": ["evidence cannot come from the future"]})
    p1900 = plan()
    p1900["issued"] = "1900-01-08"
    p1900["approval"] = {"by": "中心主任办公会", "date": "1900-01-10"}
    case("issued-1900.yaml", "a document issued in 1900", bundle(p1900),
         {"exit": 2, "mentions": ["earliest date the catalogue accepts"]})
    case("bundle-shifted-to-year-30.yaml", "the whole bundle shifted to the year 30",
         bundle(plan(issued="0030-01-08", approval={"by": "中心主任办公会", "date": "0030-01-10"}), date="0030-06-01"),
         {"exit": 2, "mentions": ["$.assessment.date"]})
    case("bundle-shifted-to-year-9999.yaml", "the whole bundle shifted to 9999",
         bundle(plan(issued="9999-01-08", approval={"by": "中心主任办公会", "date": "9999-01-10"}), date="9999-06-01"),
         {"exit": 2, "mentions": ["later than today"]})
    case("certificate-without-expiry.yaml", "a certificate from 2015 without valid_until, 'current forever'",
         bundle(item("S1", "security_certification", title="信息安全管理体系认证证书", issued="2015-03-01",
                     attributes={"standard": "ISO/IEC 27001"})),
         {"exit": 2, "mentions": ["must carry valid_until"]})
    case("adverse-item-from-the-future.yaml", "an open complaint dated after the assessment date, to be dropped silently",
         bundle(register(entries=1, open=0, open_over_30_days=0), complaint("C1", "2026-11-20", "open")),
         {"exit": 2, "mentions": ["$.evidence[1].issued"]})
    case("complaint-days-open-lie.yaml", "a complaint open since January 2025 declares days_open: 3",
         bundle(register(entries=1, open=1, open_over_30_days=0), complaint("C1", "2025-01-15", "open", days_open=3)),
         {"exit": 0, "findings": {"OP-CP-3-01": "fail"}, "mentions": ["declares days_open = 3"]})
    case("complaint-closed-date-in-future.yaml", "a complaint 'closed' on a date after the assessment",
         bundle(register(entries=1, open=0, open_over_30_days=0),
                complaint("C1", "2026-10-01", "closed", closed="2026-12-24")),
         {"exit": 2, "mentions": ["$.evidence[1].attributes.closed"]})
    case("assessment-after-today-with-as-of.yaml", "an assessment dated after today, given --as-of that day: accepted",
         bundle(plan(), date="2027-01-01"), {"exit": 0, "findings": {"ST-SG-1-01": "pass"},
                                             "mentions": ['"as_of": "2027-01-01"']},
         args=["--as-of", "2027-01-01"])
    case("assessment-after-today.yaml", "an assessment dated after today without --as-of",
         bundle(plan(), date="2099-01-01"), {"exit": 2, "mentions": ["later than today"]})

    # ------------------------------------------------------------ counting
    cases_copied = [item(f"K{i}", "custom_service_case", "record", title="定制服务案例：某机械公司融资方案",
                         issued="2026-04-22", attributes={"enterprise": "临水精工机械有限公司"}) for i in range(3)]
    case("copies-counted-once.yaml", "one custom-service case copied under three ids to make 'at least 3'",
         bundle(*cases_copied), {"exit": 0, "findings": {"ST-DI-3-02": "fail"}, "mentions": ["K1 is a copy of K0"]})

    # ------------------------------------------------------------ attachments
    empty_all = [plan(f"P{i}", title=f"2026年度计划 第{i}版", attachments=[{"path": "files/empty.pdf",
                                                                       "sha256": digests["empty.pdf"]}])
                 for i in range(3)]
    case("same-empty-file-everywhere.yaml", "the same empty file attached to every item ('integrity passed')",
         bundle(*empty_all), {"exit": 5, "mentions": ["is empty"]})
    case("attachment-is-the-bundle.yaml", "the bundle file attached as its own evidence",
         bundle(plan(attachments=[{"path": "attachment-is-the-bundle.yaml"}])), {"exit": 5, "mentions": ["bundle itself"]})
    case("pdf-that-is-text.yaml", "a text file named .pdf",
         bundle(plan(attachments=[{"path": "files/not-really.pdf", "sha256": digests["not-really.pdf"]}])),
         {"exit": 5, "mentions": ["not what its name says"]})
    case("attachment-hash-mismatch.yaml", "an attachment whose declared sha256 is another file's",
         bundle(plan(attachments=[{"path": "files/minutes.txt", "sha256": digests["work-plan-2026.txt"]}])),
         {"exit": 5, "mentions": ["does not match its declared sha256"]})
    shared = {"path": "files/minutes.txt", "sha256": digests["minutes.txt"]}
    case("one-file-for-unrelated-items.yaml", "one minutes file attached to a plan and to a budget, unrelated items",
         bundle(plan(attachments=[shared]),
                item("B1", "budget", title="2026年度预算", issued="2026-01-05",
                     approval={"by": "中心主任办公会", "date": "2026-01-10"}, attachments=[dict(shared)])),
         {"exit": 0, "mentions": ["it documents P1 only"]}, args=["--mode", "certification"])

    # ------------------------------------------------------------ claims vs evidence
    claims_only = copy.deepcopy(honest_st)
    for it in claims_only["evidence"]:
        it.pop("attachments", None)
    case("claims-only-certification.yaml", "an honest but claims-only bundle in certification mode",
         claims_only, {"exit": 0, "levels": {"ST": 0}, "mentions": ["only claimed"]}, args=["--mode", "certification"])
    case("claims-only-screening-share.yaml", "the same bundle in screening shows that every pass is a claim, and the"
         " criteria that require an attached document (the service management system, ST-SG-3-03/3-04) hold it at 2",
         claims_only, {"exit": 0, "levels": {"ST": 2}, "mentions": ['"claimed_share": 1.0', "only claimed"]})

    # ------------------------------------------------------------ registers
    case("register-missing.yaml", "complaints left out together with the whole register",
         bundle(plan()), {"exit": 0, "findings": {"OP-CP-3-01": "fail"}, "mentions": ["complaint_register"]})
    case("register-admits-what-items-leave-out.yaml", "the register counts 2 complaints open over 30 days; none is itemised",
         bundle(register(entries=5, open=2, open_over_30_days=2)),
         {"exit": 0, "findings": {"OP-CP-3-01": "fail"}, "mentions": ["admits what the items leave out"]})
    case("register-contradicts-items.yaml", "the register says nothing is open; an itemised complaint is open 45 days",
         bundle(register(entries=1, open=0, open_over_30_days=0), complaint("C1", "2026-09-17", "open")),
         {"exit": 0, "findings": {"OP-CP-3-01": "fail"}, "mentions": ["contradicts the items"]})
    case("register-without-summary.yaml", "a register that states no counts at all",
         bundle(register(entries=3)), {"exit": 0, "findings": {"OP-CP-3-01": "fail"}, "mentions": ["states no open"]})
    case("register-stale.yaml", "a register last updated in spring",
         bundle(register(issued="2026-04-30", entries=0, open=0, open_over_30_days=0)),
         {"exit": 0, "findings": {"OP-CP-3-01": "fail"}})

    # ------------------------------------------------------------ exclusions
    def excl(criterion="CI-RA-2-02", **extra):
        out = {"criterion": criterion, "justification": "本机构不承接任何财政资助或政府购买服务项目，全部收入来自客户付费。",
               "approved_by": "评价组长 王审核员", "expires": "2027-10-31"}
        out.update(extra)
        return out

    case("exclusion-honest.yaml", "none — an approved, bounded, substantive exclusion is honoured",
         bundle(plan(), exclusions=[excl()]), {"exit": 0, "findings": {"CI-RA-2-02": "not_applicable"}})
    case("exclusion-aaaa.yaml", "an exclusion justified by 'aaaaaaaaaaaaaaaaaaaa'",
         bundle(plan(), exclusions=[excl(justification="aaaaaaaaaaaaaaaaaaaa")]),
         {"exit": 0, "findings": {"CI-RA-2-02": "fail"}, "mentions": ["says nothing"]})
    case("exclusion-na-repeated.yaml", "an exclusion justified by 不适用 over and over",
         bundle(plan(), exclusions=[excl(justification="不适用 不适用 不适用 不适用 不适用 不适用 不适用")]),
         {"exit": 0, "findings": {"CI-RA-2-02": "fail"}, "mentions": ["says nothing"]})
    no_approver_excl = excl()
    no_approver_excl.pop("approved_by")
    case("exclusion-no-approver.yaml", "an exclusion nobody approved",
         bundle(plan(), exclusions=[no_approver_excl]),
         {"exit": 0, "findings": {"CI-RA-2-02": "fail"}, "mentions": ["no approver named"]})
    case("exclusion-expires-9999.yaml", "an exclusion valid until 9999-12-31",
         bundle(plan(), exclusions=[excl(expires="9999-12-31")]),
         {"exit": 0, "findings": {"CI-RA-2-02": "fail"}, "mentions": ["more than 1096 days"]})
    no_expiry = excl()
    no_expiry.pop("expires")
    case("exclusion-no-expiry.yaml", "an exclusion for ever", bundle(plan(), exclusions=[no_expiry]),
         {"exit": 0, "findings": {"CI-RA-2-02": "fail"}, "mentions": ["no expiry date"]})
    evaluation = item("F1", "funded_project_evaluation", title="2026年政府购买服务项目绩效评价报告", issued="2026-06-30",
                      attributes={"result": "unqualified"})
    case("exclusion-contradicted.yaml", "'we have no publicly funded projects' next to that project's failed evaluation",
         bundle(plan(), evaluation, exclusions=[excl()]),
         {"exit": 0, "findings": {"CI-RA-2-02": "fail"}, "mentions": ["contradicts it: F1"]})
    lifted = copy.deepcopy(one_star)
    lifted["exclusions"] = [{"criterion": c, "justification": "aaaaaaaaaaaaaaaaaaaa", "expires": "9999-12-31"}
                            for c in ("CI-RA-2-02", "DE-PS-2-02", "OP-DP-3-02", "TR-LP-3-01")]
    case("exclusions-lift-1star.yaml", "every excludable criterion excluded with 'aaaa…', no approver, until 9999",
         lifted, {"exit": 0, "stars": 1, "mentions": ['"honoured": false']})

    # ------------------------------------------------------------ shape of the evidence
    case("period-quarter-and-month.yaml", "a metric period with both a quarter and a month",
         bundle(item("M1", "repeat_client_rate", "metric", issued="2026-10-01", value=40, unit="%",
                     period={"year": 2026, "quarter": 3, "month": 8})),
         {"exit": 2, "mentions": ["a quarter or a month, not both"]})
    case("refers-to-nothing.yaml", "an item refers to evidence the bundle does not hold",
         bundle(plan(refers_to=["GHOST-1"])), {"exit": 2, "mentions": ["GHOST-1"]})

    (HERE / "manifest.yaml").write_text(
        "# Written by make_bundles.py: the outcome each bundle of this folder must get (see README.md).\n"
        + yaml.safe_dump(CASES, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
