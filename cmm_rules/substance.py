"""Substance: is there anything behind what a bundle says?

A bundle can be made to pass every condition with no effort: titles,
approvers and recorded values written as ``x``, ``TODO`` or ``n/a``; one item
copied under many ids; one file attached to everything. None of that is
evidence. This module recognises it so that the report can say so per item
(a *caution*), a bundle that is mostly placeholders is refused, and copies
count once.
"""
from __future__ import annotations

import json
import re
import unicodedata

import orjson

#: Texts that stand in for content that was never written (compared NFKC-normalised, trimmed, case-folded).
PLACEHOLDERS = frozenset({
    "x", "xx", "xxx", "todo", "tbd", "tbc", "tba", "n/a", "na", "n.a.", "none", "null", "nil", "-", "--", "—",
    "?", "??", "...", "…", "test", "testing", "dummy", "sample", "placeholder", "asdf", "qwerty", "foo", "bar",
    "abc", "123", "xxx-xxx", "待补充", "待定", "待填写", "待完善", "暂无", "略", "测试", "示例", "某某", "xx公司", "不适用",
})
_LOREM = re.compile(r"lorem\s+ipsum|dolor\s+sit\s+amet", re.IGNORECASE)


def normalised(text: str) -> str:
    """Text as compared: NFKC, trimmed, case-folded."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def is_placeholder(text: str) -> bool:
    """True when ``text`` says nothing: a stock filler, lorem ipsum, or one character repeated.

    A letter or digit repeated three times or more (``aaaa``) or punctuation
    (``.``, ``---``) is filler; a single letter (a grade ``A``) or a CJK
    character (``无``) is a word.
    """
    if len(text) > 24 and len(set(text)) > 3:  # long, varied text: only lorem ipsum is filler (a fast path)
        return bool(_LOREM.search(text))
    t = normalised(text)
    if not t or t in PLACEHOLDERS or _LOREM.search(t):
        return True
    if len(set(t)) == 1 and not unicodedata.name(t[0], "").startswith("CJK"):
        return len(t) >= 3 or not t[0].isalnum()
    return False


def item_placeholders(item: dict) -> list[str]:
    """The places in one evidence item that hold a placeholder, as ``field = 'text'``."""
    out = []
    if is_placeholder(item["title"]):
        out.append(f"title {item['title']!r}")
    approval = item.get("approval")
    if approval and is_placeholder(approval["by"]):
        out.append(f"approver {approval['by']!r}")
    for name, value in item.get("attributes", {}).items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and is_placeholder(v) for v in values):
            out.append(f"{name} {value!r}")
    return out


def duplicate_groups(items: list[dict]) -> list[list[str]]:
    """Groups of evidence ids whose items are identical except for their id (first id first).

    A copy says nothing the original did not: it is counted once.
    """
    seen: dict[bytes, list[str]] = {}
    for item in items:
        rest = {k: v for k, v in item.items() if k != "id"}
        try:
            key = orjson.dumps(rest, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # integers beyond 64 bits
            key = json.dumps(rest, sort_keys=True, ensure_ascii=False).encode()
        seen.setdefault(key, []).append(item["id"])
    return [ids for ids in seen.values() if len(ids) > 1]


def repeated_titles(items: list[dict]) -> dict[str, int]:
    """Titles (normalised) that more than two items share, with how many do."""
    counts: dict[str, int] = {}
    for item in items:
        counts[normalised(item["title"])] = counts.get(normalised(item["title"]), 0) + 1
    return {title: n for title, n in counts.items() if n > 2}
