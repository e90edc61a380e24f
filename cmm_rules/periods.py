"""Reporting periods: one canonical key per period, so that periods can be
counted (``distinct_by: period``) and ordered (trends).

A metric's ``period`` is either free text (the legacy form) or an object:
``{year: 2025}``, ``{year: 2025, quarter: 3}``, ``{year: 2025, month: 7}``,
``{start: "2025-01-01", end: "2025-06-30"}``. Both forms reach the same key:

=====================  ==========================
period                 key
=====================  ==========================
``{year: 2025}``       ``2025``
``{year: 2025, q: 3}`` ``2025-Q3``
``{year: 2025, m: 7}`` ``2025-07``
``{start, end}``       ``2025-01-01/2025-06-30``
=====================  ==========================

Free text is read when it is unambiguous: ``2025``, ``2025-Q3`` / ``2025Q3``,
``2025-07``, ``2025-H2`` (a half year becomes its start/end key), and
``2025年``, ``2025年第三季度``, ``2025年7月``, ``2025年上半年``. Anything else has
no key, and counts for nothing where periods are counted.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

_ZH_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TEXT_FORMS = [
    (re.compile(r"(\d{4})(?:年|年度)?"), lambda m: m[1]),
    (re.compile(r"(\d{4})-?[Qq]([1-4])"), lambda m: f"{m[1]}-Q{m[2]}"),
    (re.compile(r"(\d{4})年?第([一二三四1-4])季度"), lambda m: f"{m[1]}-Q{_ZH_QUARTER[m[2]]}"),
    (re.compile(r"(\d{4})-(0[1-9]|1[0-2])"), lambda m: f"{m[1]}-{m[2]}"),
    (re.compile(r"(\d{4})年(0?[1-9]|1[0-2])月"), lambda m: f"{m[1]}-{int(m[2]):02d}"),
    (re.compile(r"(\d{4})-?[Hh]([12])"), lambda m: _half(m[1], int(m[2]))),
    (re.compile(r"(\d{4})年?([上下])半年"), lambda m: _half(m[1], 1 if m[2] == "上" else 2)),
]


def _half(year: str, half: int) -> str:
    return f"{year}-01-01/{year}-06-30" if half == 1 else f"{year}-07-01/{year}-12-31"


def period_key(period) -> str | None:
    """The canonical key of a period (object or text), or None when it has none."""
    if isinstance(period, dict):
        year = period.get("year")
        if isinstance(year, int) and not isinstance(year, bool):
            if "quarter" in period:
                return f"{year}-Q{period['quarter']}"
            if "month" in period:
                return f"{year}-{int(period['month']):02d}"
            return str(year)
        if "start" in period and "end" in period:
            return f"{period['start']}/{period['end']}"
        return None
    if isinstance(period, (int,)) and not isinstance(period, bool):
        period = str(period)
    if not isinstance(period, str):
        return None
    text = period.strip()
    for pattern, key in _TEXT_FORMS:
        match = pattern.fullmatch(text)
        if match:
            return key(match)
    return None


def bounds(key: str) -> tuple[dt.date, dt.date]:
    """First and last day of the period a key names."""
    if "/" in key:
        start, end = key.split("/")
        return dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    year = int(key[:4])
    if len(key) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if key[5] == "Q":
        quarter = int(key[6])
        first = dt.date(year, 3 * quarter - 2, 1)
        last_month = 3 * quarter
        return first, dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    month = int(key[5:7])
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def period_end(key: str) -> str:
    """The last day of the period (ISO date)."""
    return bounds(key)[1].isoformat()


#: the granularities ``distinct_by`` can count in: ``period.year`` etc.
GRAINS = ("year", "quarter", "month")


def within(key: str, grain: str) -> str | None:
    """The year, quarter or month a period lies entirely within, as a key; None if it spans more."""
    start, end = bounds(key)
    if grain == "year":
        return str(start.year) if start.year == end.year else None
    if grain == "quarter":
        q = (start.month - 1) // 3 + 1
        same = start.year == end.year and (end.month - 1) // 3 + 1 == q
        return f"{start.year}-Q{q}" if same else None
    same = (start.year, start.month) == (end.year, end.month)
    return f"{start.year}-{start.month:02d}" if same else None


def follows(earlier: str, later: str) -> bool:
    """Whether period ``later`` starts the day after ``earlier`` ends (consecutive periods)."""
    return bounds(later)[0] == bounds(earlier)[1] + dt.timedelta(days=1)
