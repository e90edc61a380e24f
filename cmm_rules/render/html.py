"""The report as one self-contained HTML page.

Inline CSS and SVG, no script, no network: a Content-Security-Policy forbids
loading anything. The page shows the overall stars, a radar chart of the
domain levels, a sub-domain × level grid coloured by result, a gap list,
every finding with the evidence it cites, the integrity checks of the
attachments and the provenance. Everything from the bundle is escaped.
"""
from __future__ import annotations

import html
import math
import re

from ..report import stars
from .common import (CHECK_LABEL, LEVELS, RESULT_LABEL, STATE_LABEL, STATUS_LABEL, cell_result, cells_by_level,
                     clean, evidence_by_id, gaps, points_text, score_rows, score_summary, veto_text)

def h(value) -> str:
    """Untrusted text for HTML (element content and quoted attribute values)."""
    return html.escape(clean(value), quote=True)


def _bi(zh, en, tag: str = "span") -> str:
    """A bilingual label, Chinese first."""
    return f'<{tag} class="bi"><span class="zh" lang="zh-CN">{h(zh)}</span> <span class="en" lang="en">{h(en)}</span></{tag}>'


def _anchor(cid: str) -> str:
    return "f-" + re.sub(r"[^A-Za-z0-9_-]", "_", clean(cid))


def radar_svg(domains: list[dict], width: int = 460, height: int = 400) -> str:
    """An inline SVG radar chart of the domain levels (0-5), one axis per domain."""
    n = len(domains)
    cx, cy = width / 2, height / 2 + 10
    radius = 125
    if n == 0:
        return ""

    def point(i: int, r: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        return round(cx + r * math.cos(angle), 1), round(cy + r * math.sin(angle), 1)

    def fmt(pts) -> str:
        return " ".join(f"{x:g},{y:g}" for x, y in pts)

    parts = [f'<svg id="radar" class="radar" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
             ' aria-labelledby="radar-title">',
             '<title id="radar-title">能力域等级雷达图 Radar chart of the domain levels: '
             + h(", ".join(f"{d['code']} {d['level']}" for d in domains)) + "</title>"]
    for level in LEVELS:
        ring = [point(i, radius * level / 5) for i in range(n)]
        parts.append(f'<polygon class="ring" points="{fmt(ring)}"/>')
        x, y = point(0, radius * level / 5)
        parts.append(f'<text class="tick" x="{x + 4:g}" y="{y + 4:g}">{level}</text>')
    for i in range(n):
        x, y = point(i, radius)
        parts.append(f'<line class="axis" x1="{cx:g}" y1="{cy:g}" x2="{x:g}" y2="{y:g}"/>')
    values = [point(i, radius * d["level"] / 5) for i, d in enumerate(domains)]
    parts.append(f'<polygon class="levels" points="{fmt(values)}"/>')
    for (x, y), d in zip(values, domains):
        parts.append(f'<circle class="dot" cx="{x:g}" cy="{y:g}" r="4"><title>{h(d["code"])} {d["level"]}</title></circle>')
    for i, d in enumerate(domains):
        x, y = point(i, radius + 16)
        anchor = "middle" if abs(x - cx) < 8 else ("start" if x > cx else "end")
        # three lines (code + level, Chinese name, stars), kept clear of the chart
        top = y - 40 if y < cy - radius * 0.9 else (y + 4 if y > cy + radius * 0.5 else y - 18)
        parts.append(f'<text class="label" x="{x:g}" y="{top + 11:g}" text-anchor="{anchor}">'
                     f'{h(d["code"])} · {d["level"]}</text>')
        parts.append(f'<text class="label-name" x="{x:g}" y="{top + 26:g}" text-anchor="{anchor}">'
                     f'{h(d["name"]["zh"])}</text>')
        parts.append(f'<text class="label-level" x="{x:g}" y="{top + 40:g}" text-anchor="{anchor}">'
                     f'{stars(d["level"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


_CSS = """
:root{--pass:#1e8e4f;--pass-bg:#dcf3e5;--fail:#c0392b;--fail-bg:#fbe3e0;--error:#7b2cbf;--error-bg:#efe3fb;
--na:#6b7280;--na-bg:#eceef1;--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--brand:#0b4f8a;--star:#e6a100}
*{box-sizing:border-box}
body{margin:0;background:#f4f6f9;color:var(--ink);font:14px/1.5 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",
"WenQuanYi Micro Hei","Source Han Sans SC",system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px}
header.top{background:linear-gradient(120deg,#0b4f8a,#1769aa);color:#fff;border-radius:12px;padding:22px 28px;
display:flex;justify-content:space-between;gap:24px;align-items:center;flex-wrap:wrap}
header.top h1{margin:0 0 4px;font-size:22px}
header.top .meta{opacity:.9;font-size:13px}
header.top .score{text-align:right}
.stars{color:#ffd34d;font-size:34px;letter-spacing:2px;line-height:1}
.score .num{font-size:13px;opacity:.9}
.card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:18px 22px;margin-top:18px;
box-shadow:0 1px 2px rgba(0,0,0,.04)}
h2{font-size:17px;margin:0 0 12px;color:var(--brand)}
h2 .en,h3 .en{color:var(--muted);font-weight:500}
h3{font-size:15px;margin:18px 0 8px}
.bi .en{color:var(--muted)}
.banner{border-radius:10px;padding:12px 16px;margin-top:18px;font-weight:600}
.banner.ok{background:var(--pass-bg);color:#14532d;border:1px solid #a7dcbc}
.banner.bad{background:var(--fail-bg);color:#7f1d1d;border:1px solid #f0b4ab}
.banner ul{margin:6px 0 0 18px;padding:0;font-weight:400}
.chips{display:flex;gap:10px;flex-wrap:wrap;margin-top:12px}
.chip{border-radius:999px;padding:3px 12px;font-size:13px;font-weight:600}
.r-pass{background:var(--pass-bg);color:var(--pass)}.r-fail{background:var(--fail-bg);color:var(--fail)}
.r-error{background:var(--error-bg);color:var(--error)}.r-not_applicable{background:var(--na-bg);color:var(--na)}
.overview{display:grid;grid-template-columns:470px 1fr;gap:18px;align-items:start}
.radar .ring{fill:none;stroke:#d5dbe3;stroke-width:1}.radar .axis{stroke:#c3cbd6;stroke-width:1}
.radar .levels{fill:rgba(23,105,170,.28);stroke:#1769aa;stroke-width:2.5;stroke-linejoin:round}
.radar .dot{fill:#0b4f8a}.radar .tick{font-size:10px;fill:#9aa3af}
.radar .label{font-size:13px;font-weight:700;fill:#0b4f8a}.radar .label-name{font-size:12.5px;fill:#1f2937}.radar .label-level{font-size:12px;fill:var(--star)}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;background:#f9fafb}
td.num,th.num{text-align:center}
.lvl{font-weight:700;font-size:16px;color:var(--brand)}
.grid td.cell{text-align:center;font-size:12px;font-weight:600;border:2px solid #fff;border-radius:6px}
.grid td.cell a{color:inherit;text-decoration:none;display:block}
.c-pass{background:var(--pass-bg);color:var(--pass)}.c-fail{background:var(--fail-bg);color:var(--fail)}
.c-error{background:var(--error-bg);color:var(--error)}
.c-not_applicable{background:repeating-linear-gradient(45deg,#eceef1,#eceef1 5px,#f6f7f9 5px,#f6f7f9 10px);color:var(--na)}
.c-empty{background:#fafafa;color:#c0c4cc}
.grid tr.dom td{background:#f3f6fa;font-weight:700;color:var(--brand)}
.grid tr.ind td{font-weight:600}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:12px;color:var(--muted);margin-top:10px}
.legend span.sw{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;margin-right:4px}
.gap{border-left:4px solid var(--fail);padding:6px 12px;margin:10px 0;background:#fffafa;border-radius:0 8px 8px 0}
.gap.limits{border-left-color:#b45309;background:#fffbeb}
.gap .tag{font-size:11px;background:#fde68a;color:#78350f;border-radius:4px;padding:1px 6px;margin-left:6px}
.gap ul{margin:4px 0 0 18px;padding:0}.gap li{margin:2px 0}
.finding{border:1px solid var(--line);border-radius:10px;padding:10px 14px;margin:10px 0}
.finding.pass{border-left:5px solid var(--pass)}.finding.fail{border-left:5px solid var(--fail)}
.finding.error{border-left:5px solid var(--error)}.finding.not_applicable{border-left:5px solid var(--na)}
.finding .head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.finding .id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:700}
.badge{font-size:12px;font-weight:700;border-radius:6px;padding:1px 8px}
.finding .sub{font-size:12px;color:var(--muted)}
.finding h4{margin:0;font-size:14px}
.finding ul{margin:6px 0 0 18px;padding:0}
code,.ev{font-size:12.5px}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.missing li{color:#7f1d1d}.err{color:var(--error);font-weight:600}
details summary{cursor:pointer;color:var(--muted);font-size:12px;margin-top:6px}
.st-verified{color:var(--pass);font-weight:600}.st-not_declared{color:var(--na)}
.st-mismatch,.st-missing,.st-unreadable{color:var(--fail);font-weight:700}
.prov td:first-child{width:230px;color:var(--muted)}
.prov code{word-break:break-all}
footer{color:var(--muted);font-size:12px;text-align:center;margin:22px 0}
@media print{body{background:#fff}.card{box-shadow:none;break-inside:avoid}}
"""


def to_html(report: dict) -> str:
    """The report as one self-contained HTML page."""
    org, overall, p = report["organisation"], report["overall"], report["provenance"]
    c = overall["counts"]
    a = report["assessment"]
    meta = [f"{h(org['id'])}", f"评估 Assessment {h(a['id'])}", f"评估日期 Date {h(a['date'])}"]
    if a.get("assessor"):
        meta.append(f"评估员 Assessor {h(a['assessor'])}")
    body = [
        '<header class="top"><div>',
        f"<h1>{h(org['name'])}</h1>",
        '<div class="meta">能力成熟度评估报告 Capability maturity assessment · '
        + (h(p["catalogue"]["model"]) if report.get("score") else "T/ZXGJXH 002—2023") + "</div>",
        f'<div class="meta">{" · ".join(meta)}</div>',
        (f'<div class="meta">{h(a["scope"])}</div>' if a.get("scope") else ""),
        '</div><div class="score">',
        f'<div class="stars" role="img" aria-label="{overall["stars"]} of 5 stars">{stars(overall["stars"])}</div>',
        f'<div class="num">总体星级 Overall <b>{overall["stars"]}</b> / 5 · 受限于 limited by'
        f' {h(", ".join(overall["limited_by"])) or "—"}</div>',
        "</div></header>",
    ]
    if overall.get("valid", True):
        body.append('<div class="banner ok" id="validity">决定有效 Decision valid — every attachment matched its'
                    " declared digest and no finding is an error.</div>")
    else:
        body.append('<div class="banner bad" id="validity">决定无效 Decision NOT valid — it must not be relied on'
                    " until these are resolved:<ul>"
                    + "".join(f"<li>{h(r)}</li>" for r in overall["invalid_because"]) + "</ul></div>")
    basis = report.get("basis")
    if basis:
        n = basis["passing"]
        body.append(f'<p id="basis">依据 Basis ({h(basis["mode"])}): {n["claimed"]} 仅声明 claimed,'
                    f' {n["documented"]} 有文件 documented, {n["verified"]} 已核实 verified — 声明占比 claims'
                    f' {basis["claimed_share"]:.0%}</p>')
    body.append('<div class="chips">' + "".join(
        f'<span class="chip r-{r}">{RESULT_LABEL[r][0]} {RESULT_LABEL[r][1]}: {c[r]}</span>'
        for r in ("pass", "fail", "not_applicable", "error")) + "</div>")
    if report.get("score"):
        body += _html_score(report["score"])
    body += _html_review(report)
    body += _html_overview(report)
    body += _html_grid(report)
    body += _html_gaps(report)
    body += _html_findings(report)
    body += _html_integrity(report)
    body += _html_exclusions(report)
    body += _html_provenance(report)
    title = f"{clean(org['name'])} — {clean(a['id'])} — {overall['stars']}/5"
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        " img-src data:; base-uri 'none'; form-action 'none'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"cmm-rules " + h(p["versions"].get("cmm-rules", "")) + "\">\n"
        f"<title>{h(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(part for part in body if part)
        + f"\n<footer>决定编号 Decision {h(p['decision_id'])} · cmm-rules {h(p['versions'].get('cmm-rules', ''))}"
        " · durable_rules " + h(p["versions"].get("durable_rules", "")) + "</footer>\n</main>\n</body>\n</html>\n"
    )


def _html_score(score: dict) -> list[str]:
    """The points breakdown: total, band, vetoes, what each criterion earned, the assessor's awards."""
    summary = score_summary(score)
    out = ['<section class="card" id="score"><h2>' + _bi("积分", "Score") + "</h2>",
           f'<p>加权总分 Weighted total <b class="lvl">{h(summary["total"])}</b> · 区间 band {h(summary["band"])}'
           f' · 评级 rating <b>{h(summary["outcome"])}</b></p>',
           f'<p class="sub" style="color:var(--muted);font-size:12px">星级区间 Bands: {h(summary["bands"])}</p>']
    if score["vetoes"]:
        out.append('<ul class="missing">' + "".join(f"<li>一票否决 Veto: {h(veto_text(v))}</li>"
                                                    for v in score["vetoes"]) + "</ul>")
    rows = []
    domain = indicator = None
    for row in score_rows(score):
        if row["domain"] != domain:
            domain = row["domain"]
            rows.append(f'<tr class="dom"><td colspan="5">{h(domain)} · 权重 weight {h(row["domain_weight"])}'
                        f' · {h(row["domain_score"])}</td></tr>')
        if row["indicator"] != indicator:
            indicator = row["indicator"]
            rows.append(f'<tr class="ind"><td colspan="5">{h(indicator)} · 权重 weight {h(row["indicator_weight"])}'
                        f' · {h(row["indicator_points"])} · {h(row["indicator_score"])}</td></tr>')
        rows.append(f'<tr><td class="mono"><a href="#{_anchor(row["criterion"])}">{h(row["criterion"])}</a></td>'
                    f'<td><span class="badge r-{h(row["result"])}">{RESULT_LABEL[row["result"]][1]}</span></td>'
                    f'<td class="num">{h(row["points"])}</td><td>{h(row["basis"])}</td><td>{h(row["note"])}</td></tr>')
    out.append('<table class="grid"><thead><tr><th>准则 Criterion</th><th>结果 Result</th><th class="num">得分 Points</th>'
               f'<th>计分 Basis</th><th>说明 Note</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
    if score["assessor_points"]:
        out.append("<h3>" + _bi("评审员评分", "Assessor's awards") + '</h3><ul>' + "".join(
            f'<li><span class="mono">{h(a["criterion"])}</span> {points_text(a["points"])} · {h(a["assessor"])} · '
            + ("计入 counted" if a["counted"] else '<b class="err">未计入 not counted</b>')
            + f' — {h(a["justification"] or "no justification")}</li>' for a in score["assessor_points"]) + "</ul>")
    out.append("</section>")
    return out


def _html_review(report: dict) -> list[str]:
    """The register's review: machine and final results side by side, who changed what and why."""
    r = report.get("review")
    if not r:
        return []
    zh, en = STATE_LABEL[r["state"]]
    out = ['<section class="card" id="review"><h2>' + _bi("评审与复核", "Assessor review — machine and final") + "</h2>",
           f"<p>{h(zh)} {h(en)} · 机器评定 Machine <b>{r['machine_stars']}</b> / 5 → 最终 Final"
           f" <b>{r['final_stars']}</b> / 5</p>",
           "<table><thead><tr><th>域 Domain</th><th>机器 Machine</th><th>最终 Final</th></tr></thead><tbody>"]
    out += [f"<tr><td>{h(d['code'])}</td><td>{d['machine']}</td><td>{d['final']}</td></tr>" for d in r["domains"]]
    out.append("</tbody></table>")
    if r["overrides"]:
        out.append("<table><thead><tr><th>准则 Criterion</th><th>机器 Machine</th><th>最终 Final</th><th>理由 Reason</th>"
                   "<th>说明 Rationale</th><th>人员 By</th><th>时间 At</th></tr></thead><tbody>")
        out += [f"<tr><td>{h(o['criterion'])}</td><td class=\"r-{o['machine']}\">{' '.join(RESULT_LABEL[o['machine']])}</td>"
                f"<td class=\"r-{o['final']}\">{' '.join(RESULT_LABEL[o['final']])}</td><td>{h(o['reason'])}</td>"
                f"<td>{h(o['rationale'])}</td><td>{h(o['by'])}</td><td>{h(o['at'])}</td></tr>" for o in r["overrides"]]
        out.append("</tbody></table>")
    if r["checks"]:
        out.append("<table><thead><tr><th>证据 Evidence</th><th>核查 Check</th><th>备注 Note</th><th>人员 By</th></tr>"
                   "</thead><tbody>")
        out += [f"<tr><td>{h(c['evidence'])}</td><td>{' '.join(CHECK_LABEL[c['status']])}</td><td>{h(c['note'])}</td>"
                f"<td>{h(c['by'])}</td></tr>" for c in r["checks"]]
        out.append("</tbody></table>")
    if r["signoffs"]:
        out.append("<ul>" + "".join(
            f"<li>复核 Sign-off: {h(x['outcome'])} — {h(x['by'])} ({h(x['at'])}), review by {h(x['reviewed_by'])}"
            + ("" if x["signed"] else " — <b>NOT signed</b>") + "</li>" for x in r["signoffs"]) + "</ul>")
    out.append("</section>")
    return out


def _html_overview(report: dict) -> list[str]:
    rows = []
    for d in report["domains"]:
        prof = "".join(
            f'<td class="num" title="{d["profile"][str(lvl)]["passed"]}/{d["profile"][str(lvl)]["applicable"]}">'
            f'{h(d["profile"][str(lvl)]["rating"] or "—")}</td>' for lvl in LEVELS)
        rows.append(f'<tr><td><b>{h(d["code"])}</b> {_bi(d["name"]["zh"], d["name"]["en"])}</td>'
                    f'<td class="num">{h(d["clause"])}</td><td class="num lvl">{d["level"]}</td>{prof}</tr>')
    return [
        '<section class="card" id="overview"><h2>' + _bi("能力域概览", "Domains at a glance") + "</h2>",
        '<div class="overview"><div>' + radar_svg(report["domains"]) + "</div><div>",
        "<table><thead><tr><th>域 Domain</th><th class=\"num\">条款 Clause</th><th class=\"num\">等级 Level</th>"
        + "".join(f'<th class="num">L{lvl}</th>' for lvl in LEVELS) + "</tr></thead><tbody>",
        "".join(rows),
        "</tbody></table>",
        _how_rated(report),
        "</div></div></section>",
    ]


def _how_rated(report: dict) -> str:
    """The note under the domain table: how its levels were reached (staged, or bands on a points score)."""
    if report.get("score"):
        rule = ("A domain's or indicator's level is the star band its score reaches; the overall stars are the band"
                " of the weighted total, after vetoes (一票否决).")
    else:
        rule = ("A level counts only when every applicable criterion of it and of all lower levels passes (staged"
                " rating); the overall stars are the lowest domain level.")
    return ('<p class="sub" style="color:var(--muted);font-size:12px">L1–L5: ISO/IEC 33020 achievement of each'
            " level's criteria — N ≤15 %, P ≤50 %, L ≤85 %, F &gt;85 %. " + rule + "</p>")


def _html_grid(report: dict) -> list[str]:
    cells = cells_by_level(report)
    rows = []
    for d in report["domains"]:
        rows.append(f'<tr class="dom"><td colspan="7">{h(d["code"])} {_bi(d["name"]["zh"], d["name"]["en"])}'
                    f" — 等级 level {d['level']}</td></tr>")
        for s in d["subdomains"]:
            tds = []
            for lvl in LEVELS:
                fs = cells.get((d["code"], s["code"], lvl), [])
                result = cell_result(fs)
                if not fs:
                    tds.append('<td class="cell c-empty">—</td>')
                    continue
                passed = sum(f["result"] == "pass" for f in fs)
                applicable = sum(f["result"] != "not_applicable" for f in fs)
                tip = "; ".join(f"{f['criterion']} {f['result']}" for f in fs)
                excluded = len(fs) - applicable
                label = (f"{passed}/{applicable}" if applicable else "n/a") + (" ○" if excluded and applicable else "")
                tds.append(f'<td class="cell c-{result}" title="{h(tip)}"><a href="#{_anchor(fs[0]["criterion"])}">'
                           f"{h(label)}</a></td>")
            rows.append(f'<tr><td>{h(d["code"])}-{h(s["code"])} {_bi(s["name"]["zh"], s["name"]["en"])}</td>'
                        f'<td class="num lvl">{s["level"]}</td>{"".join(tds)}</tr>')
    legend = "".join(f'<span><span class="sw c-{r}"></span>{RESULT_LABEL[r][0]} {RESULT_LABEL[r][1]}</span>'
                     for r in ("pass", "fail", "error", "not_applicable"))
    return [
        '<section class="card" id="grid"><h2>' + _bi("子域 × 等级", "Sub-domain × level") + "</h2>",
        '<table class="grid"><thead><tr><th>子域 Sub-domain</th><th class="num">等级 Level</th>'
        + "".join(f'<th class="num">L{lvl}</th>' for lvl in LEVELS) + "</tr></thead><tbody>",
        "".join(rows), "</tbody></table>",
        f'<div class="legend">{legend}<span><span class="sw c-empty"></span>— 无准则 no criterion</span>'
        "<span>cell: criteria passed / applicable</span></div></section>",
    ]


def _html_gaps(report: dict) -> list[str]:
    out = ['<section class="card" id="gaps"><h2>' + _bi("差距清单", "Gap list — what to show for the next level")
           + "</h2>"]
    gap_list = gaps(report)
    if not gap_list:
        out.append("<p>每个子域均已达到五星 Every sub-domain is at level 5.</p>")
    for g in gap_list:
        tag = '<span class="tag">限制总体星级 limits the overall rating</span>' if g["limits_overall"] else ""
        items = []
        for b in g["blockers"]:
            needs = "".join(f"<li>{h(n)}</li>" for n in b["needs"])
            items.append(f'<li><a class="mono" href="#{_anchor(b["criterion"])}">{h(b["criterion"])}</a> '
                         f'{_bi(b["title"]["zh"], b["title"]["en"])}<ul>{needs}</ul></li>')
        if not items:
            items.append(f"<li>{h(g['because'])}</li>")
        out.append(f'<div class="gap{" limits" if g["limits_overall"] else ""}"><b>{h(g["domain"])}-'
                   f'{h(g["subdomain"])}</b> {_bi(g["name"]["zh"], g["name"]["en"])} · '
                   f'{g["level"]} → {g["next_level"]}{tag}<ul>{"".join(items)}</ul></div>')
    out.append("</section>")
    return out


def _html_evidence(eid: str, evidence: dict[str, dict]) -> str:
    e = evidence.get(eid)
    if e is None:
        return f'<li class="ev"><span class="mono">{h(eid)}</span></li>'
    bits = [h(e.get("kind", ""))]
    if e.get("issued"):
        bits.append(f"issued {h(e['issued'])}")
    if e.get("approval"):
        bits.append(f"approved by {h(e['approval'].get('by', ''))} {h(e['approval'].get('date', ''))}")
    if "value" in e:
        bits.append(f"{h(e['value'])} {h(e.get('unit', ''))}".strip())
    atts = "".join(
        f'<br>附件 <code>{h(a["path"])}</code> <span class="st-{h(a["status"])}">{h(" ".join(STATUS_LABEL[a["status"]]))}'
        f'</span> <span class="mono" title="sha256 {h(a["sha256"] or "")}">{h((a["sha256"] or "—")[:16])}</span>'
        for a in e.get("attachments", []))
    return (f'<li class="ev"><span class="mono">{h(eid)}</span> {h(e.get("title", ""))}'
            f' <span class="sub" style="color:var(--muted)">({"; ".join(bits)})</span>{atts}</li>')


def _html_findings(report: dict) -> list[str]:
    evidence = evidence_by_id(report)
    names = {(d["code"], s["code"]): s["name"] for d in report["domains"] for s in d["subdomains"]}
    out = ['<section class="card" id="findings"><h2>' + _bi("评价结论", "Findings") + "</h2>"]
    current = None
    for f in report["findings"]:
        key = (f["domain"], f["subdomain"])
        if key != current:
            current = key
            name = names.get(key, {"zh": "", "en": ""})
            out.append(f"<h3>{h(f['domain'])}-{h(f['subdomain'])} {_bi(name['zh'], name['en'])}</h3>")
        zh, en = RESULT_LABEL[f["result"]]
        parts = [f'<article class="finding {h(f["result"])}" id="{_anchor(f["criterion"])}">',
                 f'<div class="head"><span class="id">{h(f["criterion"])}</span>'
                 f'<span class="badge r-{h(f["result"])}">{zh} {en}</span>'
                 f'{_bi(f["title"]["zh"], f["title"]["en"], "h4")}'
                 f'<span class="sub">L{f["level"]} · 条款 clause {h(f["clause"])}</span></div>']
        if f["evidence"]:
            parts.append("<div>证据 Evidence cited:<ul>" + "".join(_html_evidence(e, evidence) for e in f["evidence"])
                         + "</ul></div>")
        if f.get("counter_evidence"):
            parts.append("<div>反证 Counts against:<ul>"
                         + "".join(_html_evidence(e, evidence) for e in f["counter_evidence"]) + "</ul></div>")
        if f["missing"]:
            parts.append('<div>缺少 Missing:<ul class="missing">' + "".join(f"<li>{h(m)}</li>" for m in f["missing"])
                         + "</ul></div>")
        if f.get("cautions"):
            parts.append('<div>未能核查 Could not check:<ul class="missing">'
                         + "".join(f"<li>{h(c)}</li>" for c in f["cautions"]) + "</ul></div>")
        if f["result"] == "not_applicable" and f.get("exclusion"):
            x = f["exclusion"]
            parts.append(f"<div>排除 Excluded: {h(x['justification'])}"
                         + (f" — approved by {h(x['approved_by'])}" if x.get("approved_by") else "")
                         + (f", until {h(x['expires'])}" if x.get("expires") else "") + "</div>")
        if f.get("exclusion_ignored"):
            parts.append(f'<div class="err">排除未采纳 Exclusion not honoured: {h(f["exclusion_ignored"])}</div>')
        if f.get("error"):
            parts.append(f'<div class="err">错误 Error: {h(f["error"])}'
                         + (f" (the rules said: {h(f['engine_result'])})" if f.get("engine_result") else "") + "</div>")
        if f["conditions"]:
            rows = "".join(
                f'<tr><td class="mono">{h(cond["path"])}</td><td>{h(cond["requires"])}</td>'
                f'<td class="num">{cond["found"]}/{cond["required"]}</td>'
                f'<td class="num">{"✔" if cond["met"] else "✘"}</td></tr>' for cond in f["conditions"])
            parts.append('<details><summary>条件 Conditions</summary><table><thead><tr><th>path</th>'
                         '<th>要求 Requires</th><th class="num">found</th><th class="num">met</th></tr></thead>'
                         f"<tbody>{rows}</tbody></table></details>")
        parts.append("</article>")
        out.append("".join(parts))
    out.append("</section>")
    return out


def _html_integrity(report: dict) -> list[str]:
    integrity = report["integrity"]
    rows = "".join(
        f'<tr><td class="mono">{h(e["id"])}</td><td><code>{h(a["path"])}</code></td>'
        f'<td class="st-{h(a["status"])}">{h(" ".join(STATUS_LABEL[a["status"]]))}</td>'
        f'<td class="mono">{h(a["sha256"] or "—")}</td></tr>'
        for e in report.get("evidence", []) for a in e["attachments"])
    status = "通过 passed" if integrity["status"] == "passed" else "失败 FAILED"
    out = ['<section class="card" id="integrity"><h2>' + _bi("附件完整性", "Attachment integrity") + "</h2>",
           f"<p>状态 Status: <b class=\"st-{'verified' if integrity['status'] == 'passed' else 'mismatch'}\">{status}</b>"
           f" — {integrity['attachments_checked']} attachment reference(s) hashed from disk and compared with the"
           " sha256 the bundle declares.</p>"]
    if rows:
        out.append("<table><thead><tr><th>证据 Evidence</th><th>附件 Attachment</th><th>状态 Status</th>"
                   f"<th>sha256</th></tr></thead><tbody>{rows}</tbody></table>")
    if integrity["problems"]:
        out.append('<ul class="missing">' + "".join(f"<li>{h(pr['problem'])}</li>" for pr in integrity["problems"])
                   + "</ul>")
    out.append("</section>")
    return out


def _html_exclusions(report: dict) -> list[str]:
    out = ['<section class="card" id="exclusions"><h2>' + _bi("排除项", "Exclusions") + "</h2>"]
    if not report["exclusions"]:
        out.append("<p>无 None declared.</p>")
    else:
        rows = "".join(
            f'<tr><td class="mono">{h(e["criterion"])}</td>'
            f'<td class="{"st-verified" if e["honoured"] else "st-mismatch"}">'
            f'{"采纳 honoured" if e["honoured"] else "未采纳 NOT honoured"}</td><td>{h(e["status"])}</td>'
            f'<td>{h(e["justification"])}</td><td>{h(e.get("approved_by") or "—")}</td></tr>'
            for e in report["exclusions"])
        out.append("<table><thead><tr><th>准则 Criterion</th><th>状态 State</th><th>说明 Status</th>"
                   f"<th>理由 Justification</th><th>批准 Approved by</th></tr></thead><tbody>{rows}</tbody></table>")
    out.append("</section>")
    return out


def _html_provenance(report: dict) -> list[str]:
    p = report["provenance"]
    cat = p["catalogue"]
    rows = [
        ("决定编号 Decision id", f"<code>{h(p['decision_id'])}</code>"),
        ("结论封印 Outcome seal", f"<code>{h(p['outcome_sha256'])}</code>"),
        ("评估日期 Assessment date", h(p["assessment_date"])),
        ("评价目录 Catalogue", f"{h(cat['model'])} v{h(cat['version'])} · digest <code>{h(cat['digest'])}</code>"
         + ("<br>项目方解读，非标准原文 The project's interpretation, not the standard's text"
            if cat.get("interpretation") else "")),
    ]
    rows += [(f"· {h(f['name'])}", f"<code>{h(f['sha256'])}</code>") for f in cat["files"]]
    rows.append(("证据包 Bundle", f"{h(p['bundle']['file'])} · <code>{h(p['bundle']['sha256'])}</code>"))
    rows += [(f"· 附件 {h(a['path'])}", f"<code>{h(a['sha256'] or 'missing')}</code>") for a in p["attachments"]]
    rows.append(("版本 Versions", h(", ".join(f"{k} {v}" for k, v in p["versions"].items()))))
    if p.get("generated_at"):
        rows.append(("生成时间 Generated at", h(p["generated_at"])))
    return ['<section class="card prov" id="provenance"><h2>' + _bi("可追溯信息", "Provenance") + "</h2><table><tbody>"
            + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
            + "</tbody></table><p style=\"color:var(--muted);font-size:12px\">Replay: <code>cmm verify REPORT.json"
            " BUNDLE</code> reproduces this decision or names exactly what changed.</p></section>"]
