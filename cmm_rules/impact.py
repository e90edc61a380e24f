"""Who moves when the catalogue changes: `cmm catalogue impact OLD NEW BUNDLES…`.

Each bundle is rated under both catalogues in the screening workers of
:mod:`cmm_rules.screen` (a worker compiles both engines once); the file is
read and parsed once and assessed twice, by the same pipeline as
``cmm assess``. The parent gathers per bundle the stars and domain levels
before → after and each criterion's result, and from them the transition
matrix of stars and each criterion's pass rate before → after.
"""
from __future__ import annotations

import html
import json

from .catalogue import Catalogue
from .screen import guarded

RESULT_CODE = {"pass": "p", "fail": "f", "not_applicable": "n", "error": "e"}
STARS = range(6)


def _side(report: dict) -> dict:
    """What one catalogue made of a bundle, compactly (it travels back from the worker)."""
    return {"stars": report["overall"]["stars"], "valid": report["overall"].get("valid", True),
            "domains": {d["code"]: d["level"] for d in report["domains"]},
            "results": "".join(RESULT_CODE[f["result"]] for f in report["findings"]),
            "criteria": [f["criterion"] for f in report["findings"]]}


class Impact:
    """The work of an impact worker: one bundle, parsed once, assessed under OLD and under NEW."""

    def __init__(self, old: Catalogue, new: Catalogue, max_bytes: int | None = None):
        self.old, self.new, self.max_bytes = old, new, max_bytes

    def prepare(self) -> None:
        from .engine import Engine

        Engine.for_catalogue(self.old)
        Engine.for_catalogue(self.new)

    def row(self, file: str) -> dict:
        return guarded(file, lambda: self._both(file))

    def _both(self, file: str) -> dict:
        from .assessment import assess
        from .load import load_file

        doc = load_file(file, max_bytes=self.max_bytes)
        sides = {}
        for key, catalogue in (("before", self.old), ("after", self.new)):
            side = guarded(file, lambda: _side(assess(doc, catalogue)))
            sides[key] = side if "stars" in side else {"error": side["error"]}
        organisation = doc.data.get("organisation", {}) if isinstance(doc.data, dict) else {}
        errors = [f"{key}: {side['error']}" for key, side in sides.items() if "error" in side]
        return {"file": file, "organisation_id": organisation.get("id"),
                "organisation_name": organisation.get("name"), **sides,
                "error": "; ".join(errors) or None}


# ----------------------------------------------------------------- summary


def _criteria_order(old: Catalogue, new: Catalogue) -> list[dict]:
    """One row per practice: a criterion the new catalogue moved (``replaces``) keeps its old row, under its new id."""
    moved = {was: c for c in new.criteria for was in c.replaces if was in old.by_id and was not in new.by_id}
    out = []
    for c in old.criteria:
        if c.id in moved:
            out.append({"id": moved[c.id].id, "was": c.id, "title": moved[c.id].title, "in_old": True, "in_new": True})
        else:
            out.append({"id": c.id, "title": c.title, "in_old": True, "in_new": c.id in new.by_id})
    taken = {m.id for m in moved.values()}
    out += [{"id": c.id, "title": c.title, "in_old": False, "in_new": True}
            for c in new.criteria if c.id not in old.by_id and c.id not in taken]
    return out


def _label(c: dict) -> str:
    """A criterion's id, and the id it had when the old catalogue had it elsewhere."""
    return f"{c['id']} (was {c['was']})" if "was" in c else c["id"]


def _rate(passed: int, applicable: int) -> float | None:
    return round(passed / applicable, 4) if applicable else None


def summarise(rows: list[dict], old: Catalogue, new: Catalogue) -> dict:
    """The impact record: every bundle before → after, the stars transition matrix, pass rates per criterion."""
    matrix = [[0] * 6 for _ in STARS]
    bundles = []
    tallies: dict[str, dict[str, list[int]]] = {}  # id → side → [passed, applicable]
    for row in rows:
        before, after = row.get("before") or {}, row.get("after") or {}
        entry = {"file": row["file"], "organisation_id": row.get("organisation_id"),
                 "organisation_name": row.get("organisation_name"),
                 "stars_before": before.get("stars"), "stars_after": after.get("stars"),
                 "domains_before": before.get("domains"), "domains_after": after.get("domains"),
                 "error": row["error"] if row["error"] else None}
        bundles.append(entry)
        for key, side in (("before", before), ("after", after)):
            for cid, code in zip(side.get("criteria", []), side.get("results", "")):
                tally = tallies.setdefault(cid, {"before": [0, 0], "after": [0, 0]})[key]
                tally[0] += code == "p"
                tally[1] += code in "pfe"
        if entry["stars_before"] is not None and entry["stars_after"] is not None:
            matrix[entry["stars_before"]][entry["stars_after"]] += 1
    compared = [b for b in bundles if b["stars_before"] is not None and b["stars_after"] is not None]
    criteria = []
    for c in _criteria_order(old, new):
        t = {"before": tallies.get(c.get("was", c["id"]), {}).get("before", [0, 0]),
             "after": tallies.get(c["id"], {}).get("after", [0, 0])}
        criteria.append({**c, "passed_before": t["before"][0], "applicable_before": t["before"][1],
                         "rate_before": _rate(*t["before"]) if c["in_old"] else None,
                         "passed_after": t["after"][0], "applicable_after": t["after"][1],
                         "rate_after": _rate(*t["after"]) if c["in_new"] else None})
    return {
        "old": {"catalogue": old.label, "digest": old.digest},
        "new": {"catalogue": new.label, "digest": new.digest},
        "bundles": len(rows),
        "compared": len(compared),
        "in_error": sum(b["error"] is not None for b in bundles),
        "up": sum(b["stars_after"] > b["stars_before"] for b in compared),
        "down": sum(b["stars_after"] < b["stars_before"] for b in compared),
        "unchanged": sum(b["stars_after"] == b["stars_before"] for b in compared),
        "stars_before": {str(n): sum(row[n] for row in matrix) for n in STARS},
        "stars_after": {str(n): sum(matrix[m][n] for m in STARS) for n in STARS},
        "transitions": matrix,  # [before][after]
        "moved": [b for b in compared if b["stars_after"] != b["stars_before"]],
        "criteria": criteria,
        "results": bundles,
    }


def changed_criteria(record: dict) -> list[dict]:
    """Criteria whose pass rate (or presence) differs."""
    return [c for c in record["criteria"] if c["rate_before"] != c["rate_after"]]


# ------------------------------------------------------------------ output


def _pct(rate) -> str:
    return "–" if rate is None else f"{100 * rate:.1f}%"


def _org(b: dict) -> str:
    return " ".join(x for x in (b["organisation_id"] or "", b["organisation_name"] or "") if x)


def _headline(record: dict) -> str:
    moved = record["up"] + record["down"]
    return (f"Impact of {record['old']['catalogue']} → {record['new']['catalogue']} on {record['bundles']} "
            f"bundle{'s' if record['bundles'] != 1 else ''}: {moved} move ({record['up']} up, {record['down']} "
            f"down), {record['unchanged']} unchanged, {record['in_error']} in error")


def _domain_moves(b: dict) -> str:
    before, after = b["domains_before"] or {}, b["domains_after"] or {}
    return ", ".join(f"{code} {before.get(code, '–')}→{after.get(code, '–')}"
                     for code in list(before) + [c for c in after if c not in before]
                     if before.get(code) != after.get(code))


def as_text(record: dict) -> str:
    lines = [_headline(record), ""]
    if record["moved"]:
        lines.append("Bundles whose stars move:")
        for b in record["moved"]:
            moves = _domain_moves(b)
            lines.append(f"  {b['stars_before']} → {b['stars_after']} ★  {b['file']}  {_org(b)}"
                         + (f"  ({moves})" if moves else ""))
        lines.append("")
    lines.append("Stars before (rows) → after (columns):")
    lines.append("        " + "".join(f"{n:>5} ★" for n in STARS))
    for m in STARS:
        lines.append(f"  {m} ★   " + "".join(f"{record['transitions'][m][n]:>7}" for n in STARS))
    changed = changed_criteria(record)
    lines += ["", f"Criteria whose pass rate changes ({len(changed)}):" if changed
              else "No criterion's pass rate changes."]
    for c in changed:
        lines.append(f"  {_label(c):<12} {_pct(c['rate_before']):>7} → {_pct(c['rate_after']):<7} "
                     f"({c['passed_before']}/{c['applicable_before']} → {c['passed_after']}/{c['applicable_after']})"
                     f"  {c['title']['en']}")
    errors = [b for b in record["results"] if b["error"]]
    if errors:
        lines += ["", f"In error ({len(errors)}):"] + [f"  {b['error']}" for b in errors[:20]]
        if len(errors) > 20:
            lines.append(f"  … and {len(errors) - 20} more (--format json lists them all)")
    return "\n".join(lines) + "\n"


def _md(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def as_markdown(record: dict) -> str:
    lines = [f"# Catalogue impact: {record['old']['catalogue']} → {record['new']['catalogue']}", "",
             _headline(record) + ".", "", "## Stars transition", "",
             "| before \\ after | " + " | ".join(f"{n} ★" for n in STARS) + " |",
             "|---|" + "---:|" * 6]
    for m in STARS:
        lines.append(f"| {m} ★ | " + " | ".join(str(record["transitions"][m][n]) for n in STARS) + " |")
    if record["moved"]:
        lines += ["", "## Bundles whose stars move", "", "| file | organisation | stars | domains |",
                  "|---|---|---|---|"]
        lines += [f"| {_md(b['file'])} | {_md(_org(b))} | {b['stars_before']} → {b['stars_after']} | "
                  f"{_md(_domain_moves(b))} |" for b in record["moved"]]
    changed = changed_criteria(record)
    lines += ["", "## Criteria whose pass rate changes", ""]
    if changed:
        lines += ["| criterion | before | after | title |", "|---|---:|---:|---|"]
        lines += [f"| {_label(c)} | {_pct(c['rate_before'])} ({c['passed_before']}/{c['applicable_before']}) | "
                  f"{_pct(c['rate_after'])} ({c['passed_after']}/{c['applicable_after']}) | "
                  f"{_md(c['title']['zh'])} / {_md(c['title']['en'])} |" for c in changed]
    else:
        lines.append("None.")
    errors = [b for b in record["results"] if b["error"]]
    if errors:
        lines += ["", "## In error", ""] + [f"- {_md(b['error'])}" for b in errors]
    return "\n".join(lines) + "\n"


def as_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem auto;max-width:70rem;color:#1d2433;
padding:0 1rem}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #c9d1de;padding:.25rem .55rem;text-align:left;vertical-align:top}th{background:#eef2f8}
td.n{text-align:right}.up{color:#1a7f37}.down{color:#b42318}.muted{color:#667085}svg text{font-size:12px}
"""


def _bars_svg(record: dict, width: int = 560, height: int = 240) -> str:
    """Grouped bars: how many bundles hold each star rating, before and after."""
    before, after = record["stars_before"], record["stars_after"]
    top = max([1, *before.values(), *after.values()])
    left, bottom, plot_h = 40, height - 30, height - 60
    group = (width - left - 10) / 6
    bar = group * 0.35
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="bundles per star rating, before and after">',
             f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="#667085"/>']
    for n in STARS:
        x = left + n * group + group * 0.12
        for offset, count, colour, label in ((0, before[str(n)], "#98a2b3", "before"),
                                             (bar, after[str(n)], "#2f6fde", "after")):
            h = plot_h * count / top
            parts.append(f'<rect x="{x + offset:.1f}" y="{bottom - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{colour}"><title>{n} ★ {label}: {count}</title></rect>')
            parts.append(f'<text x="{x + offset + bar / 2:.1f}" y="{bottom - h - 4:.1f}" text-anchor="middle">'
                         f'{count}</text>')
        parts.append(f'<text x="{x + bar:.1f}" y="{bottom + 16}" text-anchor="middle">{n} ★</text>')
    parts.append(f'<rect x="{width - 170}" y="8" width="12" height="12" fill="#98a2b3"/>'
                 f'<text x="{width - 152}" y="18">前 before</text>'
                 f'<rect x="{width - 90}" y="8" width="12" height="12" fill="#2f6fde"/>'
                 f'<text x="{width - 72}" y="18">后 after</text>')
    parts.append("</svg>")
    return "".join(parts)


def _matrix_svg(record: dict, cell: int = 44) -> str:
    """The transition matrix as a heat map: rows before, columns after; the diagonal is 'unchanged'."""
    matrix = record["transitions"]
    top = max([1, *(v for row in matrix for v in row)])
    pad = 60
    size = pad + 6 * cell + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" role="img" '
             f'aria-label="stars before (rows) and after (columns)">',
             f'<text x="{pad + 3 * cell}" y="14" text-anchor="middle">后 after →</text>',
             f'<text x="14" y="{pad + 3 * cell}" text-anchor="middle" transform="rotate(-90 14 {pad + 3 * cell})">'
             f'前 before →</text>']
    for n in STARS:
        parts.append(f'<text x="{pad + n * cell + cell / 2}" y="{pad - 8}" text-anchor="middle">{n}★</text>')
        parts.append(f'<text x="{pad - 8}" y="{pad + n * cell + cell / 2 + 4}" text-anchor="end">{n}★</text>')
    for m in STARS:
        for n in STARS:
            v = matrix[m][n]
            shade = 0.08 + 0.92 * v / top if v else 0
            colour = "47,111,222" if m == n else ("26,127,55" if n > m else "180,35,24")
            parts.append(f'<rect x="{pad + n * cell}" y="{pad + m * cell}" width="{cell - 2}" height="{cell - 2}" '
                         f'fill="rgba({colour},{shade:.2f})" stroke="#c9d1de"><title>{m} ★ → {n} ★: {v}</title></rect>')
            if v:
                parts.append(f'<text x="{pad + n * cell + cell / 2 - 1}" y="{pad + m * cell + cell / 2 + 4}" '
                             f'text-anchor="middle">{v}</text>')
    parts.append("</svg>")
    return "".join(parts)


def as_html(record: dict) -> str:
    """One self-contained page (inline CSS and SVG, no script; the CSP forbids loading anything)."""
    e = html.escape
    title = f"目录变更影响 Catalogue impact: {record['old']['catalogue']} → {record['new']['catalogue']}"
    out = ["<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n",
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\">\n",
           f"<title>{e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n<h1>{e(title)}</h1>\n",
           f"<p>{e(_headline(record))}.</p>\n",
           "<h2>星级分布 Stars before and after</h2>\n", _bars_svg(record), "\n",
           "<h2>星级迁移 Stars transition</h2>\n", _matrix_svg(record), "\n"]
    if record["moved"]:
        out.append("<h2>星级变化的机构 Bundles whose stars move</h2>\n<table><tr><th>文件 file</th>"
                   "<th>机构 organisation</th><th>星级 stars</th><th>领域 domains</th></tr>\n")
        for b in record["moved"]:
            cls = "up" if b["stars_after"] > b["stars_before"] else "down"
            out.append(f"<tr><td>{e(b['file'])}</td><td>{e(_org(b))}</td>"
                       f"<td class=\"{cls}\">{b['stars_before']} → {b['stars_after']} ★</td>"
                       f"<td>{e(_domain_moves(b))}</td></tr>\n")
        out.append("</table>\n")
    changed = changed_criteria(record)
    out.append("<h2>通过率变化的准则 Criteria whose pass rate changes</h2>\n")
    if changed:
        out.append("<table><tr><th>准则 criterion</th><th>前 before</th><th>后 after</th><th>名称 title</th></tr>\n")
        for c in changed:
            out.append(f"<tr><td>{e(_label(c))}</td><td class=\"n\">{_pct(c['rate_before'])} "
                       f"({c['passed_before']}/{c['applicable_before']})</td><td class=\"n\">{_pct(c['rate_after'])} "
                       f"({c['passed_after']}/{c['applicable_after']})</td>"
                       f"<td>{e(c['title']['zh'])} / {e(c['title']['en'])}</td></tr>\n")
        out.append("</table>\n")
    else:
        out.append("<p class=\"muted\">无 None.</p>\n")
    errors = [b for b in record["results"] if b["error"]]
    if errors:
        out.append("<h2>无法评估 In error</h2>\n<ul>\n" + "".join(f"<li>{e(b['error'])}</li>\n" for b in errors)
                   + "</ul>\n")
    out.append(f"<p class=\"muted\">{e(record['old']['catalogue'])} <code>{record['old']['digest'][:12]}</code> → "
               f"{e(record['new']['catalogue'])} <code>{record['new']['digest'][:12]}</code></p>\n"
               "</main>\n</body>\n</html>\n")
    return "".join(out)


FORMATS = {"text": as_text, "md": as_markdown, "json": as_json, "html": as_html}


def impact(files: list[str], old: Catalogue, new: Catalogue, jobs: int | None = None,
           max_bytes: int | None = None, timeout: float | None = None, on_progress=None) -> tuple[dict, object]:
    """Rate ``files`` under both catalogues in worker processes; the impact record and the run's stats."""
    from . import screen

    rows, stats = screen.run(files, old, jobs=jobs, max_bytes=max_bytes, timeout=timeout,
                             on_progress=on_progress, work=Impact(old, new, max_bytes))
    return summarise(rows, old, new), stats

