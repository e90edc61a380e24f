"""What a condition computes over the items its rule matched.

A leaf's rule in durable_rules finds the items that satisfy it (its
witnesses). Most leaves then only count them; a leaf of language v2 may
instead ask for

* ``distinct_by``: the number of distinct periods (or quarters, years,
  months) or distinct values of an attribute among them;
* an ``aggregate``: a sum, a minimum or maximum, the ratio of two sums, the
  share of the items that also meet a further test, or the run of rises
  (falls) of a value over consecutive periods up to the latest one.

These numbers are computed here, from the witnesses, and written on the
criterion's tally fact; the verdict rule in durable_rules compares them with
the catalogue's bounds, so the decision stays a rule. A number that cannot
be computed honestly (an item without the value, amounts in two currencies,
two different values for one period) is left off the tally, which no
comparison accepts, and :class:`Measure` says why.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import money, periods
from .operators import COMPARISONS, LEAF_OPTIONS, money_bounds

AGGREGATES = ("sum", "min", "max", "ratio", "share", "rises", "falls")


@dataclass
class Measure:
    """An aggregate over a leaf's witnesses: its value, or why there is none."""

    value: float | int | None
    unit: str | None = None
    why: list[str] = field(default_factory=list)
    used: list[str] = field(default_factory=list)  # the items it was computed from


#: the comparisons of an aggregate, a money threshold in its currency's base unit
bounds_of = money_bounds


def meets(value, spec: dict) -> bool:
    """Whether a computed aggregate meets the bounds of ``spec`` (None never does)."""
    return value is not None and all(COMPARISONS[op].holds(value, bound) for op, bound in bounds_of(spec).items())


# ------------------------------------------------------------ per item


def item_period(item: dict) -> str | None:
    """The canonical period key of an item: its ``period`` (structured or text),
    or for a document or record about a period, its ``period`` attribute."""
    if item.get("_period"):
        return item["_period"]
    key = periods.period_key(item.get("period"))
    if key is None:
        key = periods.period_key(item.get("attributes", {}).get("period"))
    return key


def distinct_key(item: dict, by: str) -> str | None:
    """The value ``distinct_by: by`` counts for one item (None: the item counts for nothing)."""
    if by == "period" or by.startswith("period."):
        key = item_period(item)
        if key is None or by == "period":
            return key
        return periods.within(key, by.split(".", 1)[1])
    value = item.get("attributes", {}).get(by)
    if value is None or isinstance(value, (list, dict)):
        return None
    if isinstance(value, str):
        return value.strip().casefold() or None
    return repr(value)


def number(item: dict, name: str):
    """(number, unit) an aggregate reads from an item: its measured ``value`` (money in base
    units) or a numeric attribute; (None, None) when it has none."""
    if name == "value":
        value = item.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None, None
        return money.canonical(value, item.get("unit"))
    value = item.get("attributes", {}).get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None, None
    return value, None


# ---------------------------------------------------------- aggregates


def count(spec: dict, items: list[dict]) -> int:
    """How many of the witnesses count towards ``at_least``: all, or their distinct values."""
    by = spec.get("distinct_by")
    if not by:
        return len(items)
    return len({k for k in (distinct_key(i, by) for i in items) if k is not None})


def aggregate(spec: dict, items: list[dict], sharing: set[str] | None = None) -> Measure:
    """The aggregate a leaf asks for over its witnesses ``items``.

    ``sharing`` is, for a ``share``, the ids of the witnesses that also met
    the share's test (found by a rule of their own).
    """
    agg = spec["aggregate"]
    kind = next(k for k in AGGREGATES if k in agg)
    ids = [i["id"] for i in items]
    if kind == "share":
        if not items:
            return Measure(None, "%", ["there are no items to take a share of"])
        met = [i for i in ids if i in (sharing or set())]
        return Measure(_clean(100 * len(met) / len(items)), "%", used=ids)
    if kind in ("rises", "falls"):
        return _trend(agg[kind], kind, items)
    names = agg["ratio"] if kind == "ratio" else [agg[kind]]
    why, columns = [], []
    for name in names:
        values, units = [], set()
        for item in items:
            value, unit = number(item, name)
            if value is None:
                why.append(f"{item['id']} records no {name}")
            else:
                values.append(value)
                units.add(unit)
        if len(units) > 1:
            why.append(f"{name} is in {' and '.join(sorted(u or 'no unit' for u in units))}: amounts in different"
                       " units are not added up (no exchange rate is applied)")
        columns.append((values, units.pop() if len(units) == 1 else None))
    wanted = money.currency(agg.get("unit"))
    if wanted and columns[0][0] and columns[0][1] != wanted[0] and kind != "ratio":
        why.append(f"the amounts are in {columns[0][1] or 'no unit'}, not {wanted[0]}: no exchange rate is applied")
    if not items:
        why.append("there are no items to compute it from")
    if why:
        return Measure(None, None, why, ids)
    values, unit = columns[0]
    if kind == "sum":
        return Measure(_clean(sum(values)), unit, used=ids)
    if kind == "min":
        return Measure(min(values), unit, used=ids)
    if kind == "max":
        return Measure(max(values), unit, used=ids)
    below = sum(columns[1][0])
    if below == 0:
        return Measure(None, "%", [f"the sum of {names[1]} is 0"], ids)
    return Measure(_clean(100 * sum(values) / below), "%", used=ids)


def _trend(name: str, kind: str, items: list[dict]) -> Measure:
    """How many times in a row, up to the latest period, the value rose (fell) from one period to the next."""
    by_period: dict[str, set] = {}
    why = []
    for item in items:
        key = item_period(item)
        value, _ = number(item, name)
        if key is None:
            why.append(f"{item['id']} has no period")
        elif value is None:
            why.append(f"{item['id']} records no {name}")
        else:
            by_period.setdefault(key, set()).add(value)
    for key, values in sorted(by_period.items()):
        if len(values) > 1:
            why.append(f"period {key} has {len(values)} different values ({', '.join(map(_show, sorted(values)))})")
    if why:
        return Measure(None, None, why, [i["id"] for i in items])
    keys = sorted(by_period, key=lambda k: periods.bounds(k))
    run = 0
    for earlier, later in zip(reversed(keys[:-1]), reversed(keys[1:])):
        before, after = next(iter(by_period[earlier])), next(iter(by_period[later]))
        moved = after > before if kind == "rises" else after < before
        if not moved or not periods.follows(earlier, later):
            break
        run += 1
    return Measure(run, None, used=[i["id"] for i in items])


def _clean(x):
    """Round away float noise (33.33333333333333 stays, 80.00000000000001 becomes 80)."""
    if isinstance(x, float):
        x = round(x, 9)
        return int(x) if x.is_integer() else x
    return x


def _show(x) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)


# ----------------------------------------------------------------- words


def describe(spec: dict) -> list[str]:
    """The v2 parts of a leaf in words (appended to the leaf's description)."""
    words = []
    by = spec.get("distinct_by")
    if by:
        words.append(f"counting distinct {distinct_noun(by, 2)}")
    agg = spec.get("aggregate")
    if agg:
        words.append(describe_aggregate(agg))
    return words


def distinct_noun(by: str, n: int) -> str:
    """What ``distinct_by`` counts, in words: ``quarters``, ``periods``, ``values of channel``."""
    if by.startswith("period"):
        noun = by.split(".", 1)[1] if "." in by else "period"
        return noun if n == 1 else noun + "s"
    return f"value{'' if n == 1 else 's'} of {by}"


def _bound_text(spec: dict, unit: str | None = None) -> str:
    unit = spec.get("unit", unit)
    suffix = f" {unit}" if unit else ""
    return " and ".join(f"{c.symbol} {_show(spec[c.name])}{suffix}" for c in COMPARISONS.values() if c.name in spec)


def describe_aggregate(agg: dict) -> str:
    """An aggregate in words: ``whose hours add up to ≥ 40``, ``of which ≥ 80 % have degree = true``."""
    kind = next(k for k in AGGREGATES if k in agg)
    bound = _bound_text(agg, "%" if kind in ("ratio", "share") else None)
    if kind == "share":
        return f"of which {bound} have {LEAF_OPTIONS['where'].words(agg['share'], None)[1]}"
    if kind == "ratio":
        top, below = agg["ratio"]
        return f"where Σ {top} / Σ {below} over them is {bound}"
    if kind in ("rises", "falls"):
        verb = "rose" if kind == "rises" else "fell"
        if set(agg) & set(COMPARISONS) == {"gte"}:
            return f"whose {agg[kind]} {verb} period on period in each of the last {_show(agg['gte'])} consecutive periods"
        return f"whose {agg[kind]} {verb} period on period, in consecutive periods up to the latest, {bound} times"
    name = agg[kind]
    if kind == "sum":
        return f"whose {name} add{'s' if name == 'value' else ''} up to {bound}"
    return f"whose {'smallest' if kind == 'min' else 'largest'} {name} is {bound}"


def describe_measure(spec: dict, measure: Measure) -> str:
    """What the aggregate came to, for a finding: ``sum of value = 1200 (E1, E2)``."""
    agg = spec["aggregate"]
    kind = next(k for k in AGGREGATES if k in agg)
    what = {"share": "share", "ratio": f"Σ {agg['ratio'][0]} / Σ {agg['ratio'][1]}" if kind == "ratio" else "",
            "rises": "consecutive rises", "falls": "consecutive falls"}.get(kind) or f"{kind} of {agg[kind]}"
    if measure.value is None:
        return f"{what} cannot be computed: {'; '.join(measure.why)}"
    unit = f" {measure.unit}" if measure.unit else ""
    over = f" over {', '.join(measure.used)}" if measure.used else ""
    return f"{what} = {_show(measure.value)}{unit}{over}"
