"""The report as Markdown, for a ticket, a wiki or a pull request.

Text from the bundle is untrusted: outside code spans its markup characters
are escaped and raw HTML is neutralised; control characters are dropped.
"""
from __future__ import annotations

import re

from ..report import stars
from .common import (CHECK_LABEL, LEVELS, RESULT_LABEL, STATE_LABEL, STATUS_LABEL, cell_result, cells_by_level,
                     clean, evidence_by_id, gaps, points_text, score_rows, score_summary, veto_text)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def _one_line(value) -> str:
    return re.sub(r"\s*[\r\n]+\s*", " ", clean(value))


def md(value) -> str:
    """Untrusted text for Markdown: one line, markup characters escaped, no raw HTML."""
    text = _one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def code(value, in_table: bool = False) -> str:
    """Untrusted text as a code span, shown exactly as written (``my_bundle_v1.yaml``, ``R&D.txt``).

    Inside a code span Markdown interprets nothing — no escapes, no entities,
    no HTML — so the text goes in as it is, on one line, fenced by one more
    backtick than its longest run of backticks (padded with a space where it
    starts or ends with one). In a table cell a ``|`` would still end the
    cell, so there it is written ``\\|``, which GFM turns back into ``|``.
    """
    text = _one_line(value)
    if in_table:
        text = text.replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    if not text.strip():
        text = text or " "  # a span of spaces is kept as it is
    elif text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ")):
        text = f" {text} "
    return f"{fence}{text}{fence}"


def to_markdown(report: dict) -> str:
    """The report as Markdown: summary, domains, grid, gaps, findings, integrity, provenance."""
    org, overall, p = report["organisation"], report["overall"], report["provenance"]
    c = overall["counts"]
    out = [
        f"# 能力成熟度评估报告 Capability maturity assessment — {md(org['name'])}",
        "",
        f"- 机构 Organisation: {md(org['name'])} ({code(org['id'])})",
        f"- 评估 Assessment: {md(report['assessment']['id'])}, 评估日期 date {md(report['assessment']['date'])}",
    ]
    if report["assessment"].get("scope"):
        out.append(f"- 范围 Scope: {md(report['assessment']['scope'])}")
    if report["assessment"].get("assessor"):
        out.append(f"- 评估员 Assessor: {md(report['assessment']['assessor'])}")
    out += [
        f"- **总体星级 Overall: {stars(overall['stars'])} {overall['stars']} / 5**"
        f" (受限于 limited by {', '.join(map(md, overall['limited_by'])) or '—'})",
        f"- 结论 Findings: {c['pass']} 通过 pass, {c['fail']} 未通过 fail,"
        f" {c['not_applicable']} 不适用 not applicable, {c['error']} 错误 error",
    ]
    if overall.get("valid", True):
        out.append("- 决定有效 Decision valid: every attachment matched its declared digest and no finding is an error")
    else:
        out += ["", "> **决定无效 Decision NOT valid** — it must not be relied on until these are resolved:"]
        out += [f"> - {md(reason)}" for reason in overall["invalid_because"]]
    basis = report.get("basis")
    if basis:
        n = basis["passing"]
        out.append(f"- 依据 Basis ({md(basis['mode'])}): {n['claimed']} 仅声明 claimed, {n['documented']} 有文件"
                   f" documented, {n['verified']} 已核实 verified — 声明占比 claims {basis['claimed_share']:.0%}")
    if report.get("score"):
        out += _md_score(report["score"])
    out += _md_review(report)
    out += ["", "## 能力域 Domains", "", "| 域 Domain | 条款 Clause | 等级 Level | L1 | L2 | L3 | L4 | L5 |",
            "|---|---|---|---|---|---|---|---|"]
    for d in report["domains"]:
        prof = [d["profile"][str(lvl)] for lvl in LEVELS]
        cells = [f"{x['rating'] or '—'} ({x['passed']}/{x['applicable']})" for x in prof]
        out.append(f"| {md(d['code'])} {md(d['name']['zh'])} {md(d['name']['en'])} | {md(d['clause'])} |"
                   f" {d['level']} | " + " | ".join(cells) + " |")
    out += ["", "ISO/IEC 33020 achievement per level: N ≤15 %, P ≤50 %, L ≤85 %, F >85 % (passed/applicable).",
            "", "## 子域 × 等级 Sub-domain × level", "",
            "✔ 通过 pass · ✘ 未通过 fail · ! 错误 error · ○ 不适用 not applicable · — no criterion", "",
            "| 子域 Sub-domain | 等级 Level | L1 | L2 | L3 | L4 | L5 |", "|---|---|---|---|---|---|---|"]
    mark = {"pass": "✔", "fail": "✘", "error": "!", "not_applicable": "○", "empty": "—"}
    cells = cells_by_level(report)
    for d in report["domains"]:
        for s in d["subdomains"]:
            row = []
            for lvl in LEVELS:
                fs = cells.get((d["code"], s["code"], lvl), [])
                passed = sum(f["result"] == "pass" for f in fs)
                applicable = sum(f["result"] != "not_applicable" for f in fs)
                row.append(mark[cell_result(fs)] + (f" {passed}/{applicable}" if fs else ""))
            out.append(f"| {md(d['code'])}-{md(s['code'])} {md(s['name']['zh'])} {md(s['name']['en'])} |"
                       f" {s['level']} | " + " | ".join(row) + " |")
    out += ["", "## 差距清单 Gap list — to reach the next level", ""]
    gap_list = gaps(report)
    if not gap_list:
        out.append("Every sub-domain is at level 5.")
    for g in gap_list:
        flag = " — **limits the overall rating**" if g["limits_overall"] else ""
        out.append(f"- **{md(g['domain'])}-{md(g['subdomain'])} {md(g['name']['zh'])} {md(g['name']['en'])}**:"
                   f" level {g['level']} → {g['next_level']}{flag}")
        if not g["blockers"]:
            out.append(f"  - {md(g['because'])}")
        for b in g["blockers"]:
            out.append(f"  - {md(b['criterion'])} {md(b['title']['zh'])} / {md(b['title']['en'])}"
                       f" ({RESULT_LABEL[b['result']][1].lower()})")
            out += [f"    - {md(need)}" for need in b["needs"]]
    evidence = evidence_by_id(report)
    out += ["", "## 评价结论 Findings", ""]
    for f in report["findings"]:
        zh, en = RESULT_LABEL[f["result"]]
        out.append(f"### {md(f['criterion'])} — {zh} {en}")
        out.append("")
        out.append(f"{md(f['title']['zh'])} / {md(f['title']['en'])} · level {f['level']} · clause {md(f['clause'])}")
        out.append("")
        for eid in f["evidence"]:
            e = evidence.get(eid, {})
            line = f"- 证据 Evidence {md(eid)}: {md(e.get('title', ''))}"
            for a in e.get("attachments", []):
                line += f" · 附件 {code(a['path'])} ({STATUS_LABEL[a['status']][1]})"
            out.append(line)
        for eid in f.get("counter_evidence", []):
            out.append(f"- 反证 Counts against: {md(eid)} {md(evidence.get(eid, {}).get('title', ''))}")
        for miss in f["missing"]:
            out.append(f"- 缺少 Missing: {md(miss)}")
        for caution in f.get("cautions", []):
            out.append(f"- 未能核查 Could not check: {md(caution)}")
        if f["result"] == "not_applicable" and f.get("exclusion"):
            out.append(f"- 排除 Excluded: {md(f['exclusion']['justification'])}")
        if f.get("error"):
            out.append(f"- 错误 Error: {md(f['error'])}")
        if f.get("exclusion_ignored"):
            out.append(f"- 排除未采纳 Exclusion not honoured: {md(f['exclusion_ignored'])}")
        out.append("")
    out += _md_tail(report)
    return "\n".join(out).rstrip("\n") + "\n"


def _md_score(score: dict) -> list[str]:
    """The points breakdown: total, band, vetoes, a table of what each criterion earned, the assessor's awards."""
    summary = score_summary(score)
    out = ["", "## 积分 Score", "",
           f"- **加权总分 Weighted total: {summary['total']}** — 区间 band: {summary['band']};"
           f" 评级 rating: **{summary['outcome']}**",
           f"- 星级区间 Bands: {summary['bands']}"]
    out += [f"- **一票否决 Veto**: {md(veto_text(v))}" for v in score["vetoes"]]
    out += ["", "| 域 Domain | 指标 Indicator | 准则 Criterion | 结果 Result | 得分 Points | 计分 Basis | 说明 Note |",
            "|---|---|---|---|---|---|---|"]
    for row in score_rows(score):
        out.append(f"| {row['domain']} ×{row['domain_weight']} = {row['domain_score']}"
                   f" | {row['indicator']} ×{row['indicator_weight']}: {row['indicator_points']} = {row['indicator_score']}"
                   f" | {md(row['criterion'])} | {RESULT_LABEL[row['result']][1].lower()} | {row['points']}"
                   f" | {md(row['basis'])} | {md(row['note'])} |")
    if score["assessor_points"]:
        out.append("")
    for award in score["assessor_points"]:
        state = "计入 counted" if award["counted"] else "未计入 not counted"
        out.append(f"- 评审员评分 Assessor's award: {md(award['criterion'])} {points_text(award['points'])} points by"
                   f" {md(award['assessor'])} ({state}) — {md(award['justification'] or 'no justification')}")
    return out


def _md_review(report: dict) -> list[str]:
    """The register's review: machine and final results side by side, who changed what and why."""
    r = report.get("review")
    if not r:
        return []
    zh, en = STATE_LABEL[r["state"]]
    out = ["", "## 评审与复核 Assessor review — machine and final", "",
           f"- 状态 State: {zh} {en} (register {r['register_id']})",
           f"- **机器评定 Machine {stars(r['machine_stars'])} {r['machine_stars']} / 5 →"
           f" 最终 Final {stars(r['final_stars'])} {r['final_stars']} / 5**",
           "", "| 域 Domain | 机器 Machine | 最终 Final |", "|---|---|---|"]
    out += [f"| {md(d['code'])} | {d['machine']} | {d['final']} |" for d in r["domains"]]
    if r["overrides"]:
        out += ["", "| 准则 Criterion | 机器 Machine | 最终 Final | 理由 Reason | 说明 Rationale | 人员 By | 时间 At |",
                "|---|---|---|---|---|---|---|"]
        out += [f"| {code(o['criterion'], True)} | {RESULT_LABEL[o['machine']][0]} {RESULT_LABEL[o['machine']][1]}"
                f" | {RESULT_LABEL[o['final']][0]} {RESULT_LABEL[o['final']][1]} | {md(o['reason'])}"
                f" | {md(o['rationale'])} | {md(o['by'])} | {md(o['at'])} |" for o in r["overrides"]]
    if r["checks"]:
        out += ["", "| 证据 Evidence | 核查 Check | 备注 Note | 人员 By |", "|---|---|---|---|"]
        out += [f"| {code(c['evidence'], True)} | {CHECK_LABEL[c['status']][0]} {CHECK_LABEL[c['status']][1]}"
                f" | {md(c['note']) or '—'} | {md(c['by'])} |" for c in r["checks"]]
    for x in r["signoffs"]:
        out.append(f"- 复核 Sign-off: {md(x['outcome'])} — {md(x['by'])} ({md(x['at'])}), review by {md(x['reviewed_by'])}"
                   + ("" if x["signed"] else " — **NOT signed**"))
    return out


def _md_tail(report: dict) -> list[str]:
    p = report["provenance"]
    out = ["## 排除项 Exclusions", ""]
    if not report["exclusions"]:
        out.append("None declared.")
    for e in report["exclusions"]:
        state = "采纳 honoured" if e["honoured"] else "未采纳 NOT honoured"
        out.append(f"- {md(e['criterion'])}: {state} — {md(e['status'])}; justification: {md(e['justification'])}"
                   + (f"; approved by {md(e['approved_by'])}" if e.get("approved_by") else ""))
    integrity = report["integrity"]
    out += ["", "## 附件完整性 Attachment integrity", "",
            f"Status: **{integrity['status']}** ({integrity['attachments_checked']} checked)", ""]
    rows = [(e["id"], a) for e in report.get("evidence", []) for a in e["attachments"]]
    if rows:
        out += ["| 证据 Evidence | 附件 Attachment | 状态 Status | sha256 |", "|---|---|---|---|"]
        out += [f"| {md(eid)} | {code(a['path'], in_table=True)} | {' '.join(STATUS_LABEL[a['status']])} |"
                f" `{a['sha256'] or '—'}` |" for eid, a in rows]
    for problem in integrity["problems"]:
        out.append(f"- **{md(problem['problem'])}**")
    out += ["", "## 可追溯信息 Provenance", "",
            f"- 决定编号 Decision id: `{p['decision_id']}`",
            f"- 结论封印 Outcome seal (sha256): `{p['outcome_sha256']}`",
            f"- 评估日期 Assessment date: {md(p['assessment_date'])}",
            f"- 评价目录 Catalogue: {md(p['catalogue']['model'])} v{md(p['catalogue']['version'])},"
            f" digest `{p['catalogue']['digest']}`"
            + (" (the project's interpretation, not the standard's text)" if p["catalogue"].get("interpretation") else "")]
    out += [f"  - {code(f['name'])} `{f['sha256']}`" for f in p["catalogue"]["files"]]
    out.append(f"- 证据包 Bundle: {code(p['bundle']['file'])} `{p['bundle']['sha256']}`")
    out += [f"  - 附件 {code(a['path'])} `{a['sha256'] or 'missing'}`" for a in p["attachments"]]
    out.append("- 版本 Versions: " + ", ".join(f"{md(k)} {md(v)}" for k, v in p["versions"].items()))
    if p.get("generated_at"):
        out.append(f"- 生成时间 Generated at: {md(p['generated_at'])}")
    out += ["", "Replay: `cmm verify REPORT.json BUNDLE` reproduces this decision or names what changed."]
    return out
