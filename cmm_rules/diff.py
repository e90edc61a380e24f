"""What changed between two catalogues, in words an editor reviews: `cmm catalogue diff OLD NEW`.

Criteria are matched by id. A criterion's id starts with its cell
(domain-sub-domain-level), so a criterion moved to another cell has a new id:
a removed and an added criterion are reported as one move when the added one
names the removed id in ``replaces`` or they share a title or their conditions. A changed condition is shown in the words of
``cmm explain`` (:func:`conditions.describe_leaf`), before → after; every
other field (titles, requirement, guidance, topics and their vocabulary,
roll-up policy, header) as its dotted path with both values.
"""
from __future__ import annotations

import json

import yaml

from .catalogue import Catalogue, Criterion
from .conditions import describe_leaf, describe_tree

_CRITERION_FIELDS = ("clause", "title", "requirement", "guidance", "excludable", "interpretation")


def flow(value) -> str:
    """A value as one line of YAML flow text (how lists and mappings read in a diff or a spreadsheet cell)."""
    if isinstance(value, str):
        return value
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**9)
    return text.strip().removesuffix("...").strip()


def field_changes(before, after, path: str = "") -> list[dict]:
    """Leaf-level differences of two JSON-like values, as {field, before, after} (None: absent)."""
    if isinstance(before, dict) and isinstance(after, dict):
        out = []
        for key in list(before) + [k for k in after if k not in before]:
            sub = f"{path}.{key}" if path else str(key)
            out += field_changes(before.get(key), after.get(key), sub)
        return out
    if before == after:
        return []
    return [{"field": path, "before": None if before is None else flow(before),
             "after": None if after is None else flow(after)}]


def _shape(node):
    """The condition tree with every evidence leaf replaced by a marker: equal shapes pair leaves in order."""
    if isinstance(node, dict):
        if set(node) == {"evidence"}:
            return "•"
        return {k: _shape(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_shape(v) for v in node]
    return node


def condition_changes(old: Criterion, new: Criterion, old_topics: dict, new_topics: dict) -> list[dict]:
    """Each changed evidence condition in words; the whole tree when its structure changed."""
    if old.requires == new.requires:
        return []
    if _shape(old.requires) != _shape(new.requires):
        return [{"field": "conditions", "before": describe_tree(old.tree, old_topics),
                 "after": describe_tree(new.tree, new_topics)}]
    return [{"field": f"condition {a.path}", "before": describe_leaf(a, old_topics),
             "after": describe_leaf(b, new_topics)}
            for a, b in zip(old.tree.leaves, new.tree.leaves) if a.spec != b.spec]


def _criterion_changes(old: Criterion, new: Criterion, old_cat: Catalogue, new_cat: Catalogue) -> list[dict]:
    changes = []
    for name in _CRITERION_FIELDS:
        changes += field_changes(getattr(old, name), getattr(new, name), name)
    return changes + condition_changes(old, new, old_cat.topics, new_cat.topics)


def _brief(c: Criterion) -> dict:
    return {"id": c.id, "domain": c.domain, "subdomain": c.subdomain, "level": c.level, "title": c.title}


def _same_criterion(a: Criterion, b: Criterion) -> bool:
    return a.id in b.replaces or a.title == b.title or a.title.get("en") == b.title.get("en") or a.requires == b.requires


def diff(old: Catalogue, new: Catalogue) -> dict:
    """The differences of two catalogues as one JSON-ready record."""
    removed = [c for c in old.criteria if c.id not in new.by_id]
    added = [c for c in new.criteria if c.id not in old.by_id]
    moved = []
    for before in list(removed):
        after = next((c for c in added if _same_criterion(before, c)), None)
        if after is not None:
            removed.remove(before)
            added.remove(after)
            moved.append({"from": _brief(before), "to": _brief(after),
                          "changes": _criterion_changes(before, after, old, new)})
    changed = []
    for c in old.criteria:
        if c.id in new.by_id:
            changes = _criterion_changes(c, new.by_id[c.id], old, new)
            if changes:
                changed.append({**_brief(new.by_id[c.id]), "changes": changes})
    topics_changed = []
    for name in old.topics:
        if name in new.topics:
            changes = field_changes(old.topics[name], new.topics[name])
            if changes:
                topics_changed.append({"topic": name, "changes": changes})
    return {
        "old": {"catalogue": old.label, "digest": old.digest},
        "new": {"catalogue": new.label, "digest": new.digest},
        "criteria": {"added": [_brief(c) for c in added], "removed": [_brief(c) for c in removed],
                     "moved": moved, "changed": changed},
        "topics": {"added": [n for n in new.topics if n not in old.topics],
                   "removed": [n for n in old.topics if n not in new.topics],
                   "changed": topics_changed},
        "rollup": field_changes(old.rollup, new.rollup),
        "header": (field_changes(old.model, new.model, "model") + field_changes(old.levels, new.levels, "levels")
                   + field_changes(_domains(old), _domains(new), "domains")),
    }


def _domains(catalogue: Catalogue) -> dict:
    return {d.code: {"clause": d.clause, "name": d.name,
                     "subdomains": {s["code"]: {k: v for k, v in s.items() if k != "code"} for s in d.subdomains}}
            for d in catalogue.domains}


def is_empty(record: dict) -> bool:
    c, t = record["criteria"], record["topics"]
    return not any([*c.values(), *t.values(), record["rollup"], record["header"]])


# ------------------------------------------------------------------ output


def _cell_name(b: dict) -> str:
    return f"{b['domain']}-{b['subdomain']} L{b['level']}"


def _value(v) -> str:
    return "(absent)" if v is None else v


def _change_lines(changes: list[dict], pad: str) -> list[str]:
    lines = []
    for ch in changes:
        before, after = _value(ch["before"]), _value(ch["after"])
        if "\n" in before or "\n" in after:
            lines += [f"{pad}{ch['field']}, before:"] + [pad + "  " + x for x in before.splitlines()]
            lines += [f"{pad}{ch['field']}, after:"] + [pad + "  " + x for x in after.splitlines()]
        else:
            lines += [f"{pad}{ch['field']}: {before}", f"{pad}{' ' * len(ch['field'])}→ {after}"]
    return lines


def _moved_text(m: dict) -> str:
    a, b = m["from"], m["to"]
    what = []
    if a["domain"] != b["domain"]:
        what.append(f"domain {a['domain']} → {b['domain']}")
    if a["subdomain"] != b["subdomain"]:
        what.append(f"sub-domain {a['subdomain']} → {b['subdomain']}")
    if a["level"] != b["level"]:
        what.append(f"level {a['level']} → {b['level']}")
    return f"{a['id']} → {b['id']} ({', '.join(what)})"


def as_text(record: dict) -> str:
    c, t = record["criteria"], record["topics"]
    lines = [f"{record['old']['catalogue']} ({record['old']['digest'][:12]}) → "
             f"{record['new']['catalogue']} ({record['new']['digest'][:12]})"]
    if is_empty(record):
        return "\n".join(lines + ["no differences"]) + "\n"
    lines.append(f"criteria: {len(c['added'])} added, {len(c['removed'])} removed, {len(c['moved'])} moved, "
                 f"{len(c['changed'])} changed")
    for b in c["added"]:
        lines.append(f"  + {b['id']}  {_cell_name(b)}  {b['title']['zh']} / {b['title']['en']}")
    for b in c["removed"]:
        lines.append(f"  - {b['id']}  {_cell_name(b)}  {b['title']['zh']} / {b['title']['en']}")
    for m in c["moved"]:
        lines.append(f"  > {_moved_text(m)}")
        lines += _change_lines(m["changes"], "      ")
    for b in c["changed"]:
        lines.append(f"  ~ {b['id']}  {b['title']['zh']} / {b['title']['en']}")
        lines += _change_lines(b["changes"], "      ")
    if any(t.values()):
        lines.append(f"topics: {len(t['added'])} added, {len(t['removed'])} removed, {len(t['changed'])} changed")
        lines += [f"  + {n}" for n in t["added"]] + [f"  - {n}" for n in t["removed"]]
        for tc in t["changed"]:
            lines.append(f"  ~ {tc['topic']}")
            lines += _change_lines(tc["changes"], "      ")
    if record["rollup"]:
        lines.append("roll-up policy:")
        lines += _change_lines(record["rollup"], "    ")
    if record["header"]:
        lines.append("header:")
        lines += _change_lines(record["header"], "    ")
    return "\n".join(lines) + "\n"


def _md(text) -> str:
    return "*(absent)*" if text is None else str(text).replace("|", "\\|").replace("\n", "<br>")


def _md_changes(changes: list[dict]) -> list[str]:
    return ["| what | before | after |", "|---|---|---|"] + [
        f"| {_md(ch['field'])} | {_md(ch['before'])} | {_md(ch['after'])} |" for ch in changes]


def as_markdown(record: dict) -> str:
    c, t = record["criteria"], record["topics"]
    lines = [f"# Catalogue diff: {record['old']['catalogue']} → {record['new']['catalogue']}", "",
             f"Digests `{record['old']['digest'][:12]}` → `{record['new']['digest'][:12]}`.", ""]
    if is_empty(record):
        return "\n".join(lines + ["No differences."]) + "\n"
    lines += [f"**Criteria:** {len(c['added'])} added, {len(c['removed'])} removed, {len(c['moved'])} moved, "
              f"{len(c['changed'])} changed.", ""]
    for title, rows in (("Added criteria", c["added"]), ("Removed criteria", c["removed"])):
        if rows:
            lines += [f"## {title}", "", "| id | cell | title |", "|---|---|---|"]
            lines += [f"| {b['id']} | {_cell_name(b)} | {_md(b['title']['zh'])} / {_md(b['title']['en'])} |"
                      for b in rows]
            lines.append("")
    if c["moved"]:
        lines += ["## Moved criteria", ""]
        for m in c["moved"]:
            lines += [f"### {_md(_moved_text(m))}", ""]
            if m["changes"]:
                lines += _md_changes(m["changes"]) + [""]
    if c["changed"]:
        lines += ["## Changed criteria", ""]
        for b in c["changed"]:
            lines += [f"### {b['id']} {_md(b['title']['zh'])} / {_md(b['title']['en'])}", ""]
            lines += _md_changes(b["changes"]) + [""]
    if any(t.values()):
        lines += ["## Topics", ""]
        lines += [f"- added: `{n}`" for n in t["added"]] + [f"- removed: `{n}`" for n in t["removed"]]
        if t["added"] or t["removed"]:
            lines.append("")
        for tc in t["changed"]:
            lines += [f"### `{tc['topic']}`", ""] + _md_changes(tc["changes"]) + [""]
    if record["rollup"]:
        lines += ["## Roll-up policy", ""] + _md_changes(record["rollup"]) + [""]
    if record["header"]:
        lines += ["## Header", ""] + _md_changes(record["header"]) + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def as_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


FORMATS = {"text": as_text, "md": as_markdown, "json": as_json}
