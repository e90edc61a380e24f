"""Every operator of the condition language, defined once.

An evidence condition (a *leaf*, see ``conditions.py``) is a topic, a count
(``at_least``) and *options* that an item of that topic must satisfy:
``kinds``, ``approved``, ``max_age_days``, ``current``, ``where`` (tests on
attributes) and ``value`` (tests on a metric's value). Each option, and each
attribute test inside ``where``, is one row of a table below holding
everything the project does with it:

=============  ==============================================================
``schema``     its JSON Schema fragment (``schemas/catalogue.schema.json``
               must say the same: ``tests/test_conformance.py`` checks)
``compile``    its durable_rules terms on one evidence fact (``engine.py``)
``holds``      its evaluation in Python on one evidence item, by the
               reference evaluator (``reference.py``); never by durable_rules
``missing``    whether an item lacks the data it tests; ``compile_open`` and
               ``holds_open`` match an item that meets it *or* lacks that
               data: a 'none of' check counts such an item against the
               criterion (fail closed)
``words``      what it says in ``cmm explain`` and in findings
``why_not``    why one item did not satisfy it, in words
``satisfy``    how evidence built to meet it looks (``witness.py``)
=============  ==============================================================

Adding an operator
------------------
*A leaf option* (``distinct_by``, say): add a :class:`LeafOption` to
``LEAF_OPTIONS`` with all of the above, its schema fragment under
``$defs.evidence.properties`` of the catalogue schema, a few conformance cases
in ``tests/conformance/`` and a paragraph in ``docs/conditions.md``. Options
that look at more than one item at a time (aggregates, relations) are not
single-fact terms; they need their own rules in ``engine.py`` and their own
branch in ``reference.py`` — keep their words and schema here all the same.

*An attribute test* (``starts_with``, say): add an :class:`AttributeTest` to
``ATTRIBUTE_TESTS`` (``compile`` gets the attribute name and the argument and
returns durable_rules terms on the typed fact properties of
``facts.typed_attribute``; ``holds`` gets the attribute's value, present, and
the argument), its schema under ``$defs.test.properties``, conformance cases
and a line in the docs table.

The *items* the Python side sees are ``facts.Facts.items``: the bundle's item
plus ``_approved``, ``_age_days`` (when dated) and ``_expired``, all measured
from the assessment date.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import operator
import re
from dataclasses import dataclass
from typing import Any, Callable

from . import money


# ------------------------------------------------------------------ words


def value_words(v) -> str:
    """A test argument as a reviewer reads it: ``'open'``, ``3``, ``true``."""
    if isinstance(v, bool):
        return "true" if v else "false"
    return number_words(v) if isinstance(v, (int, float)) else f"'{v}'"


def number_words(v) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def same(a, b) -> bool:
    """Equality of the condition language: of the same type (``'1'`` ≠ ``1``, ``1`` ≠ ``true``)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if is_number(a) and is_number(b):
        return a == b
    return type(a) is type(b) and a == b


def typed_property(name: str, value) -> str:
    """The typed fact property an equality test on ``value`` looks at (see ``facts.typed_attribute``)."""
    if isinstance(value, bool):
        return f"b_{name}"
    if isinstance(value, (int, float)):
        return f"n_{name}"
    return f"s_{name}"


def pattern_property(name: str, pattern: str) -> str:
    """The fact property that says whether text attribute ``name`` matches ``pattern``.

    durable_rules' own regular expressions (``$mt``) mis-match: ``.*[Hh]uman.*``
    does not match "Human error at the front desk", and ``(?:…)`` is accepted,
    then mis-matched. The engine therefore evaluates each catalogue pattern
    with Python's ``re`` (full match) when it asserts an evidence fact, under
    this property name, and the rule tests the flag.
    """
    digest = hashlib.sha1(f"{name}\0{pattern}".encode()).hexdigest()[:12]
    return f"m_{digest}"


# --------------------------------------------------------- comparisons


@dataclass(frozen=True)
class Comparison:
    """A numeric comparison, shared by attribute tests and metric values."""

    name: str          # gte, gt, lte, lt
    symbol: str        # ≥
    durable: str       # $gte
    python: Callable[[Any, Any], bool]
    bound: str         # "low" or "high": which end of a range it closes
    strict: bool

    def holds(self, actual, bound) -> bool:
        return is_number(actual) and self.python(actual, bound)

    def example(self, bound):
        """A number that meets this comparison alone."""
        if self.strict:
            step = max(abs(bound) * 1e-6, 1e-9) if isinstance(bound, float) or abs(bound) < 1 else 1
            return bound + step if self.bound == "low" else bound - step
        return bound


COMPARISONS = {c.name: c for c in (
    Comparison("gte", "≥", "$gte", operator.ge, "low", False),
    Comparison("gt", ">", "$gt", operator.gt, "low", True),
    Comparison("lte", "≤", "$lte", operator.le, "high", False),
    Comparison("lt", "<", "$lt", operator.lt, "high", True),
)}


# ------------------------------------------------------ attribute tests


@dataclass(frozen=True)
class AttributeTest:
    """One test on one attribute inside ``where``."""

    name: str
    schema: dict
    compile: Callable[[str, Any], list[dict]]     # (attribute, argument) → durable_rules terms
    holds: Callable[[Any, Any], bool]             # (value present on the item, argument) → met?
    words: Callable[[str, Any], str]              # (attribute, argument) → "status = 'open'"
    example: Callable[[Any], Any] | None          # argument → a value that meets it (None: cannot say)
    check: Callable[[Any], str | None] = lambda argument: None  # a problem with the argument (lint)
    comparison: Comparison | None = None
    #: argument → values that may fail it (the first that does is used: witness.py, for 'none of')
    counters: Callable[[Any], list] = lambda argument: ["-", "other", 0, False]
    #: (attribute, argument) → one durable_rules term holding exactly when the test does not
    #: (an absent or other-typed attribute included): for ``not`` inside ``where``
    negate: Callable[[str, Any], dict] | None = None


def _absent_or(prop: str, term: dict) -> dict:
    return {"$or": [{"$nex": {prop: 1}}, term]}


_OPPOSITE = {"$gte": "$lt", "$gt": "$lte", "$lte": "$gt", "$lt": "$gte"}


def _not_eq(name, v):
    prop = typed_property(name, v)
    return _absent_or(prop, {"$neq": {prop: v}})


def _in_terms(name, values):
    options = [{typed_property(name, v): v} for v in values]
    return [options[0] if len(options) == 1 else {"$or": options}]


def _pattern_check(pattern):
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"does not compile: {exc}"
    return None


def _comparison_test(c: Comparison) -> AttributeTest:
    return AttributeTest(
        c.name, {"type": "number"},
        compile=lambda name, bound: [{c.durable: {f"n_{name}": bound}}],
        negate=lambda name, bound: _absent_or(f"n_{name}", {_OPPOSITE[c.durable]: {f"n_{name}": bound}}),
        holds=lambda value, bound: c.holds(value, bound),
        words=lambda name, bound: f"{name} {c.symbol} {number_words(bound)}",
        example=c.example, comparison=c,
        counters=lambda bound: [bound - 1, bound + 1, bound])


ATTRIBUTE_TESTS: dict[str, AttributeTest] = {t.name: t for t in (
    AttributeTest(
        "eq", {"type": ["string", "number", "boolean"]},
        compile=lambda name, v: [{typed_property(name, v): v}],
        negate=_not_eq,
        holds=same,
        words=lambda name, v: f"{name} = {value_words(v)}",
        example=lambda v: v,
        counters=lambda v: [not v] if isinstance(v, bool) else [v + 1] if is_number(v) else [f"not {v}"]),
    AttributeTest(
        "in", {"type": "array", "minItems": 1, "items": {"type": ["string", "number"]}},
        compile=_in_terms,
        negate=lambda name, values: ({"$and": [_not_eq(name, v) for v in values]} if len(values) > 1
                                     else _not_eq(name, values[0])),
        holds=lambda value, values: any(same(value, v) for v in values),
        words=lambda name, values: f"{name} one of {', '.join(value_words(v) for v in values)}",
        example=lambda values: values[0],
        counters=lambda values: ["none of these", max((v for v in values if is_number(v)), default=0) + 1]),
    *(_comparison_test(c) for c in COMPARISONS.values()),
    AttributeTest(
        "contains", {"type": ["string", "number"]},
        compile=lambda name, v: [{"$iany": {f"l_{name}": {"$i": str(v)}}}],
        negate=lambda name, v: _absent_or(f"l_{name}", {"$iall": {f"l_{name}": {"$neq": {"$i": str(v)}}}}),
        holds=lambda value, v: isinstance(value, list) and str(v) in map(str, value),
        words=lambda name, v: f"{name} including {value_words(v)}",
        example=lambda v: [v],
        counters=lambda v: [[]]),
    AttributeTest(
        "pattern", {"type": "string", "minLength": 1},
        compile=lambda name, p: [{pattern_property(name, p): True}],
        negate=lambda name, p: _absent_or(pattern_property(name, p), {pattern_property(name, p): False}),
        holds=lambda value, p: isinstance(value, str) and re.fullmatch(p, value) is not None,
        words=lambda name, p: f"{name} matching /{p}/",
        example=None, check=_pattern_check),
)}

#: ``exists`` is the one test that looks at presence rather than the value
EXISTS_SCHEMA = {"type": "boolean"}


def attribute_terms(name: str, test: dict) -> list[dict]:
    """durable_rules terms for the tests on one attribute."""
    terms = []
    if "exists" in test:
        terms.append({"$ex" if test["exists"] else "$nex": {f"p_{name}": 1}})
    for op, argument in test.items():
        if op != "exists":
            terms.extend(ATTRIBUTE_TESTS[op].compile(name, argument))
    return terms


def attribute_holds(attributes: dict, name: str, test: dict) -> bool:
    """The tests on one attribute, in Python. An absent attribute meets only ``exists: false``."""
    present = name in attributes
    if "exists" in test and test["exists"] != present:
        return False
    if not present:
        return test.get("exists") is False
    value = attributes[name]
    return all(ATTRIBUTE_TESTS[op].holds(value, arg) for op, arg in test.items() if op != "exists")


def attribute_words(name: str, test: dict) -> str:
    parts = []
    if test.get("exists") is True:
        parts.append(f"{name} recorded")
    if test.get("exists") is False:
        parts.append(f"no {name}")
    parts += [ATTRIBUTE_TESTS[op].words(name, arg) for op, arg in test.items() if op != "exists"]
    return ", ".join(parts)


def attribute_missing(attributes: dict, name: str, test: dict) -> bool:
    """The item lacks what the test looks at (an absent attribute that ``exists: false`` does not ask for)."""
    return name not in attributes and "exists" not in test


def _shown(attributes: dict, name: str, test: dict) -> str:
    if name not in attributes:
        return f"records no {name}"
    value = attributes[name]
    if isinstance(value, list):
        return f"has {name} = [{', '.join(map(str, value))}]"
    shown = f"has {name} = {value_words(value)}"
    if "contains" in test:
        shown += " (text, not a list)"
    elif isinstance(value, str) and any(op in test for op in COMPARISONS):
        shown += " (text, not a number)"
    return shown


def attribute_example(name: str, test: dict):
    """A value meeting every test on the attribute, or :class:`NoExample`."""
    if test.get("exists") is False:
        return _ABSENT
    tests = {op: arg for op, arg in test.items() if op != "exists"}
    if not tests:
        return "recorded"
    bounds = {op: arg for op, arg in tests.items() if op in COMPARISONS}
    candidates = []
    for op, arg in tests.items():
        t = ATTRIBUTE_TESTS[op]
        if t.example is None:
            raise NoExample(f"cannot make a value for {name} {t.words(name, arg).removeprefix(name + ' ')}")
        candidates.append(t.example(arg))
    if bounds and not any(op not in COMPARISONS for op in tests):
        candidates.insert(0, range_example(bounds))
    for value in candidates:
        if all(ATTRIBUTE_TESTS[op].holds(value, arg) for op, arg in tests.items()):
            return value
    raise NoExample(f"cannot make a value for {name} meeting {attribute_words(name, test)}")


def range_example(bounds: dict):
    """A number inside the range the comparisons in ``bounds`` make: its lower end when there is one."""
    low = [COMPARISONS[op].example(v) for op, v in bounds.items() if COMPARISONS[op].bound == "low"]
    high = [COMPARISONS[op].example(v) for op, v in bounds.items() if COMPARISONS[op].bound == "high"]
    if low and high and max(low) > min(high):  # a narrow strict range: its middle
        return (min(v for op, v in bounds.items() if COMPARISONS[op].bound == "high")
                + max(v for op, v in bounds.items() if COMPARISONS[op].bound == "low")) / 2
    if low:
        return max(low)
    if high:
        return min(high)
    return 1


def attribute_counter(name: str, test: dict):
    """A value that fails the tests on the attribute (present, so a 'none of' check can rule it out), or None."""
    if test.get("exists") is False:
        return "recorded"
    tests = {op: arg for op, arg in test.items() if op != "exists"}
    for op, arg in tests.items():
        for value in ATTRIBUTE_TESTS[op].counters(arg):
            if not ATTRIBUTE_TESTS[op].holds(value, arg):
                return value
    return None


def counter_number(bounds: dict):
    """A number outside the range the comparisons in ``bounds`` make, or None."""
    for op, bound in bounds.items():
        c = COMPARISONS[op]
        value = bound - 1 if c.bound == "low" else bound + 1
        if not c.holds(value, bound):
            return value
    return None


class NoExample(Exception):
    """A condition for which no evidence can be made up (e.g. an arbitrary pattern)."""


_ABSENT = object()


# ---------------------------------------------------------- leaf options


@dataclass(frozen=True)
class LeafOption:
    """One option of an evidence condition (besides ``topic`` and ``at_least``)."""

    name: str
    schema: dict
    compile: Callable[[Any], list[dict]]                        # argument → durable_rules terms
    holds: Callable[[Any, dict], bool]                          # (argument, item) → met?
    missing: Callable[[Any, dict], bool]                        # (argument, item) → the data it tests is absent
    words: Callable[[Any, str | None], tuple[str, str]]         # (argument, date) → (slot, text)
    why_not: Callable[[Any, dict, str], list[str]]              # (argument, item, date) → reasons
    satisfy: Callable[[Any, dict, dt.date], None]               # (argument, item, date): make the item meet it
    #: under 'none of' (fail closed): the terms matching an item that meets the option *or lacks the
    #: data it tests*, and the same in Python; None where an option has no data to lack
    compile_open: Callable[[Any], list[dict]] | None = None
    holds_open: Callable[[Any, dict], bool] | None = None

    def terms(self, argument, fail_closed: bool) -> list[dict]:
        return (self.compile_open or self.compile)(argument) if fail_closed else self.compile(argument)

    def admits(self, argument, item: dict, fail_closed: bool) -> bool:
        """The item meets the option (or, failing closed, may: it lacks the data)."""
        return (self.holds_open or self.holds)(argument, item) if fail_closed else self.holds(argument, item)


def _never_missing(argument, item) -> bool:
    return False


def _or_absent(terms: list[dict], prop: str) -> dict:
    """durable_rules: the terms hold, or the fact has no ``prop`` (the two exclude each other)."""
    return {"$or": [terms[0] if len(terms) == 1 else {"$and": terms}, {"$nex": {prop: 1}}]}


# kinds


def _kinds_why(kinds, item, date):
    return [] if item.get("kind") in kinds else [f"is a {item.get('kind')}, not a {' or '.join(kinds)}"]


# approved


def _approved_why(flag, item, date):
    if item.get("_approved"):
        return []
    approval = item.get("approval")
    if approval and approval.get("date", "") > date:
        return [f"was approved only on {approval['date']}, after {date}"]
    return ["is not approved"]


def _approved_satisfy(flag, item, date):
    item["approval"] = {"by": "management board", "date": item.get("issued", date.isoformat())}


# max_age_days


def _age_holds(days, item):
    return "_age_days" in item and 0 <= item["_age_days"] <= days


def _age_why(days, item, date):
    if "_age_days" not in item:
        return ["has no issue date"]
    if item["_age_days"] < 0:
        return [f"is dated {item['issued']}, after the assessment date"]
    if item["_age_days"] > days:
        if item.get("_period_end", "9999") < item.get("issued", ""):
            return [f"measures a period that ended on {item['_period_end']} ({item['_age_days']} days ago, more"
                    f" than {days}), whatever the date of its report"]
        return [f"dates from {item['issued']} ({item['_age_days']} days old, more than {days})"]
    return []


def _age_words(days, date):
    when = f"before {date}" if date else "before the assessment date"
    return "clause", f"issued within {days} days {when}"


def _age_satisfy(days, item, date):
    item["issued"] = (date - dt.timedelta(days=min(30, days // 2))).isoformat()
    if "approval" in item:  # approved when issued
        item["approval"]["date"] = item["issued"]


# current


def _current_why(flag, item, date):
    return [f"expired on {item['valid_until']}"] if item.get("_expired") else []


def _current_satisfy(flag, item, date):
    item["valid_until"] = (date + dt.timedelta(days=365)).isoformat()


# where: tests on attributes, all of which apply; and, on one item, the groups
#   any: [where, …]   one of these holds        all: [where, …]   each holds
#   not: where        this does not hold
# (so "any", "all" and "not" are not attribute names)

WHERE_GROUPS = ("all", "any", "not")


def _and(terms: list[dict]) -> dict:
    return terms[0] if len(terms) == 1 else {"$and": terms}


def where_terms(where: dict) -> list[dict]:
    """durable_rules terms for a ``where`` (attribute tests and groups), all of which must hold."""
    terms = []
    for name, test in sorted(where.items()):
        if name == "all":
            terms += [t for part in test for t in where_terms(part)]
        elif name == "any":
            terms.append(_and(where_terms(test[0])) if len(test) == 1
                         else {"$or": [_and(where_terms(part)) for part in test]})
        elif name == "not":
            terms.append(_where_negated(test))
        else:
            terms += attribute_terms(name, test)
    return terms


def _where_negated(where: dict) -> dict:
    """One durable_rules term holding exactly when ``where`` does not (De Morgan, down to the tests)."""
    parts = []
    for name, test in sorted(where.items()):
        if name == "all":
            parts += [_where_negated(part) for part in test]
        elif name == "any":
            parts.append(_and([_where_negated(part) for part in test]))
        elif name == "not":
            parts.append(_and(where_terms(test)))
        else:
            if "exists" in test:
                parts.append({"$nex" if test["exists"] else "$ex": {f"p_{name}": 1}})
            parts += [ATTRIBUTE_TESTS[op].negate(name, arg) for op, arg in test.items() if op != "exists"]
    return parts[0] if len(parts) == 1 else {"$or": parts}


def where_holds(where: dict, attributes: dict) -> bool:
    """A ``where`` in Python."""
    for name, test in where.items():
        if name == "all":
            ok = all(where_holds(part, attributes) for part in test)
        elif name == "any":
            ok = any(where_holds(part, attributes) for part in test)
        elif name == "not":
            ok = not where_holds(test, attributes)
        else:
            ok = attribute_holds(attributes, name, test)
        if not ok:
            return False
    return True


def where_attributes(where: dict) -> list[tuple[str, dict]]:
    """Every (attribute, tests) a ``where`` names, groups included."""
    out = []
    for name, test in sorted(where.items()):
        if name in ("all", "any"):
            out += [pair for part in test for pair in where_attributes(part)]
        elif name == "not":
            out += where_attributes(test)
        else:
            out.append((name, test))
    return out


def where_branches(where: dict) -> int:
    """How many branches of a ``where``'s terms one fact can satisfy at once (its ``any`` groups)."""
    count = 1
    for name, test in where.items():
        if name == "any":
            count *= sum(where_branches(part) for part in test)
        elif name == "all":
            for part in test:
                count *= where_branches(part)
    return count


def _where_words_of(where: dict) -> str:
    parts = []
    for name, test in sorted(where.items()):
        if name == "all":
            parts.append("(" + " and ".join(_where_words_of(part) for part in test) + ")")
        elif name == "any":
            parts.append("(" + " or ".join(_where_words_of(part) for part in test) + ")")
        elif name == "not":
            parts.append(f"not ({_where_words_of(test)})")
        else:
            parts.append(attribute_words(name, test))
    return ", ".join(parts)


def _where_compile(where):
    return where_terms(where)


def _where_holds(where, item):
    return where_holds(where, item.get("attributes", {}))


def _where_missing(where, item):
    attributes = item.get("attributes", {})
    return any(attribute_missing(attributes, name, test) for name, test in where_attributes(where))


def _where_words(where, date):
    return "with", _where_words_of(where)


def _where_why(where, item, date):
    attributes = item.get("attributes", {})
    reasons = []
    for name, test in sorted(where.items()):
        if name in WHERE_GROUPS:
            group = {name: test}
            if not where_holds(group, attributes):
                shown = "; ".join(_shown(attributes, a, t) for a, t in where_attributes(group))
                reasons.append(f"{shown}; needs {_where_words_of(group)}")
        elif not attribute_holds(attributes, name, test):
            reasons.append(f"{_shown(attributes, name, test)}; needs {attribute_words(name, test)}")
    return reasons


def _where_compile_open(where):
    """Fail closed: each test or group holds, or an attribute it tests is absent."""
    terms = []
    for name, test in sorted(where.items()):
        if name in WHERE_GROUPS:
            own = where_terms({name: test})
            absent = [{"$nex": {f"p_{a}": 1}}
                      for a in dict.fromkeys(a for a, t in where_attributes({name: test}) if "exists" not in t)]
            terms.append({"$or": [_and(own), *absent]} if absent else _and(own))
            continue
        own = attribute_terms(name, test)
        if "exists" in test:  # presence is what it tests: nothing to lack
            terms.extend(own)
        else:
            terms.append(_or_absent(own, f"p_{name}"))
    return terms


def _where_holds_open(where, item):
    attributes = item.get("attributes", {})
    for name, test in where.items():
        group = {name: test} if name in WHERE_GROUPS else None
        if group is not None:
            ok = where_holds(group, attributes) or any(attribute_missing(attributes, a, t)
                                                        for a, t in where_attributes(group))
        else:
            ok = attribute_holds(attributes, name, test) or attribute_missing(attributes, name, test)
        if not ok:
            return False
    return True


def _where_satisfy(where, item, date):
    attributes = item.setdefault("attributes", {})
    _satisfy_where(where, attributes)
    if not attributes:
        del item["attributes"]


def _satisfy_where(where: dict, attributes: dict) -> None:
    for name, test in sorted(where.items()):
        if name == "all":
            for part in test:
                _satisfy_where(part, attributes)
        elif name == "any":
            errors = []
            for part in test:
                trial = dict(attributes)
                try:
                    _satisfy_where(part, trial)
                except NoExample as exc:
                    errors.append(exc)
                    continue
                attributes.clear()
                attributes.update(trial)
                break
            else:
                raise errors[0]
        elif name == "not":
            for attribute, tests in where_attributes(test):
                value = attribute_counter(attribute, tests)
                trial = dict(attributes)
                if value is None:
                    continue
                trial[attribute] = value
                if not where_holds(test, trial):
                    attributes[attribute] = value
                    break
            else:
                raise NoExample(f"cannot make attributes that fail ({_where_words_of(test)})")
        else:
            value = attribute_example(name, test)
            if value is not _ABSENT:
                earlier = attributes.get(name)
                if isinstance(earlier, list) and isinstance(value, list):  # all: [contains a, contains b]
                    value = earlier + [v for v in value if v not in earlier]
                attributes[name] = value


# value


def money_bounds(spec: dict) -> dict:
    """The comparisons of a test, a money threshold in its currency's base unit (500 万元 → 5000000)."""
    bounds = {c.name: spec[c.name] for c in COMPARISONS.values() if c.name in spec}
    if money.is_money(spec.get("unit")):
        bounds = {op: money.canonical(v, spec["unit"])[0] for op, v in bounds.items()}
    return bounds


def _value_compile(value):
    """The metric's value and unit; money compares in base units (facts hold it so, see ``money``)."""
    terms = [{"unit": money.canonical(0, value["unit"])[1]}] if "unit" in value else []
    return terms + [{COMPARISONS[op].durable: {"value": bound}} for op, bound in money_bounds(value).items()]


def _value_holds(value, item):
    if "value" not in item:
        return False
    amount, unit = money.canonical(item["value"], item.get("unit"))
    if "unit" in value and unit != money.canonical(0, value["unit"])[1]:
        return False
    return all(COMPARISONS[op].holds(amount, bound) for op, bound in money_bounds(value).items())


def _value_words(value, date):
    bounds = " and ".join(f"{c.symbol} {number_words(value[c.name])}" for c in COMPARISONS.values() if c.name in value)
    unit = f" {value['unit']}" if "unit" in value else ""
    return "with", (f"a value {bounds}{unit}".rstrip() if bounds else f"a value in {unit.strip()}")


def _value_why(value, item, date):
    if "value" not in item:
        return ["has no measured value"]
    reasons = []
    unit = value.get("unit")
    amount, item_unit = money.canonical(item["value"], item.get("unit"))
    if unit is not None and item_unit != money.canonical(0, unit)[1]:
        rate = " (no exchange rate is applied)" if money.is_money(unit) and money.is_money(item_unit) else ""
        reasons.append(f"is measured in {item.get('unit') or 'no unit'}, not {unit}{rate}")
    money_unit = f" {unit}" if money.is_money(unit) else ""
    for op, bound in money_bounds(value).items():
        c = COMPARISONS[op]
        if not c.holds(amount, bound):
            shown_unit = f" {item['unit']}" if item.get("unit") else ""
            reasons.append(f"has value {number_words(item['value'])}{shown_unit}; needs {c.symbol} "
                           f"{number_words(value[c.name])}{money_unit}")
    return reasons


def _value_satisfy(value, item, date):
    item["value"] = range_example({op: v for op, v in value.items() if op in COMPARISONS})
    if "unit" in value:
        item["unit"] = value["unit"]
    item["period"] = str(date.year)


# days_between


#: dates every item may have besides its attributes (``assessment``: the assessment date)
BUILTIN_DATES = ("issued", "valid_until", "approved", "assessment")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def day_property(name: str) -> str:
    """The fact property holding date ``name`` as a day number (the engine adds it where a rule uses it)."""
    return f"D_{name}" if name in BUILTIN_DATES else f"d_{name}"


def item_date(item: dict, name: str, assessment_date: str | None = None) -> str | None:
    """The ISO date ``name`` of an item: built-in (issued, valid_until, approved, assessment) or a
    date attribute; None when the item has no such real date."""
    if name == "assessment":
        text = assessment_date or item.get("_assessment_date")
    elif name == "approved":
        text = (item.get("approval") or {}).get("date")
    elif name in BUILTIN_DATES:
        text = item.get(name)
    else:
        text = item.get("attributes", {}).get(name)
    if not (isinstance(text, str) and _ISO_DATE.fullmatch(text)):
        return None
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return None
    return text


def days_apart(days: dict, item: dict, assessment_date: str | None = None) -> int | None:
    """Days from ``days['from']`` to ``days['to']`` (default: the assessment date) for one item."""
    start = item_date(item, days["from"], assessment_date)
    end = item_date(item, days.get("to", "assessment"), assessment_date)
    if start is None or end is None:
        return None
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


def _date_name(name: str) -> str:
    return {"assessment": "the assessment date", "approved": "the approval date"}.get(name, name)


def days_words(days: dict) -> str:
    bounds = " and ".join(f"{c.symbol} {number_words(days[c.name])}" for c in COMPARISONS.values() if c.name in days)
    return f"{bounds} days from {_date_name(days['from'])} to {_date_name(days.get('to', 'assessment'))}"


def _days_compile(days):
    """``to − from`` compared in durable_rules arithmetic: ``to ≥ from + n`` (both dates present)."""
    start, end = day_property(days["from"]), day_property(days.get("to", "assessment"))
    terms = [{"$ex": {start: 1}}, {"$ex": {end: 1}}]
    return terms + [{c.durable: {end: {"$add": {"$l": {"$m": start}, "$r": days[c.name]}}}}
                    for c in COMPARISONS.values() if c.name in days]


def _days_holds(days, item):
    apart = days_apart(days, item)
    return apart is not None and all(c.holds(apart, days[c.name]) for c in COMPARISONS.values() if c.name in days)


def _days_why(days, item, date):
    apart = days_apart(days, item, date)
    if apart is None:
        missing = [n for n in (days["from"], days.get("to", "assessment")) if item_date(item, n, date) is None]
        return [f"records no date {' or '.join(missing)}"]
    if all(c.holds(apart, days[c.name]) for c in COMPARISONS.values() if c.name in days):
        return []
    return [f"has {apart} days from {days['from']} to {days.get('to', 'assessment')}; needs {days_words(days)}"]


def _days_satisfy(days, item, date):
    gap = int(range_example({c.name: days[c.name] for c in COMPARISONS.values() if c.name in days}))
    end_name = days.get("to", "assessment")
    if end_name == "assessment":
        end = date
    elif end_name in ("issued", "valid_until"):
        end = dt.date.fromisoformat(item.get(end_name) or item["issued"])
        item[end_name] = end.isoformat()
    elif end_name == "approved":
        raise NoExample("cannot place the approval date after another date of the item")
    else:
        end = date - dt.timedelta(days=1)
        item.setdefault("attributes", {})[end_name] = end.isoformat()
    start = (end - dt.timedelta(days=gap)).isoformat()
    if days["from"] in BUILTIN_DATES:
        if days["from"] != "issued":
            raise NoExample(f"cannot place {days['from']} {gap} days before {end_name}")
        item["issued"] = start
        if "approval" in item:
            item["approval"]["date"] = start
    else:
        item.setdefault("attributes", {})[days["from"]] = start


_NUMBER = {"type": "number"}
_INTEGER = {"type": "integer"}
_NAME = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}$"}

LEAF_OPTIONS: dict[str, LeafOption] = {o.name: o for o in (
    LeafOption(
        "kinds",
        {"type": "array", "minItems": 1, "uniqueItems": True,
         "items": {"enum": ["document", "record", "metric", "system", "interview", "observation"]}},
        compile=lambda kinds: [{"kind": kinds[0]} if len(kinds) == 1 else {"$or": [{"kind": k} for k in kinds]}],
        holds=lambda kinds, item: item.get("kind") in kinds,
        missing=_never_missing,
        words=lambda kinds, date: ("noun", ""),  # the noun itself: see conditions.describe_leaf
        why_not=_kinds_why,
        satisfy=lambda kinds, item, date: item.__setitem__("kind", kinds[0])),
    LeafOption(
        "approved", {"const": True},
        compile=lambda flag: [{"approved": True}],
        holds=lambda flag, item: bool(item.get("_approved")),
        missing=_never_missing,
        words=lambda flag, date: ("adjective", "approved"),
        why_not=_approved_why,
        satisfy=_approved_satisfy),
    LeafOption(
        "max_age_days", {"type": "integer", "minimum": 0, "maximum": 36500},
        compile=lambda days: [{"$gte": {"age_days": 0}}, {"$lte": {"age_days": days}}],
        holds=_age_holds,
        missing=lambda days, item: "_age_days" not in item,
        words=_age_words,
        why_not=_age_why,
        satisfy=_age_satisfy,
        compile_open=lambda days: [_or_absent([{"$gte": {"age_days": 0}}, {"$lte": {"age_days": days}}], "age_days")],
        holds_open=lambda days, item: "_age_days" not in item or _age_holds(days, item)),
    LeafOption(
        "current", {"const": True},
        compile=lambda flag: [{"expired": False}],
        holds=lambda flag, item: not item.get("_expired"),
        missing=_never_missing,
        words=lambda flag, date: ("clause", "not expired" + (f" on {date}" if date else "")),
        why_not=_current_why,
        satisfy=_current_satisfy),
    LeafOption(
        "where", {"$ref": "#/$defs/where"},
        compile=_where_compile,
        holds=_where_holds,
        missing=_where_missing,
        words=_where_words,
        why_not=_where_why,
        satisfy=_where_satisfy,
        compile_open=_where_compile_open,
        holds_open=_where_holds_open),
    LeafOption(
        "value",
        {"type": "object", "additionalProperties": False, "minProperties": 1,
         "properties": {"gte": _NUMBER, "lte": _NUMBER, "gt": _NUMBER, "lt": _NUMBER, "unit": {"type": "string"}}},
        compile=_value_compile,
        holds=_value_holds,
        missing=lambda value, item: "value" not in item,
        words=_value_words,
        why_not=_value_why,
        satisfy=_value_satisfy,
        compile_open=lambda value: [_or_absent(_value_compile(value), "value")],
        holds_open=lambda value, item: "value" not in item or _value_holds(value, item)),
    LeafOption(
        "days_between",
        {"type": "object", "additionalProperties": False, "required": ["from"],
         "anyOf": [{"required": [c]} for c in COMPARISONS],
         "properties": {"from": _NAME, "to": _NAME, "gte": _INTEGER, "gt": _INTEGER, "lte": _INTEGER, "lt": _INTEGER}},
        compile=_days_compile,
        holds=_days_holds,
        missing=lambda days, item: days_apart(days, item) is None,
        words=lambda days, date: ("with", days_words(days)),
        why_not=_days_why,
        satisfy=_days_satisfy,
        compile_open=lambda days: [{"$or": [{"$and": _days_compile(days)},
                                            *({"$nex": {day_property(name): 1}}
                                              for name in dict.fromkeys((days["from"], days.get("to", "assessment"))))]}],
        holds_open=lambda days, item: days_apart(days, item) is None or _days_holds(days, item)),
)}

#: the order durable_rules sees the terms in: equalities first, so that alpha nodes are shared
COMPILE_ORDER = ("kinds", "approved", "current", "max_age_days", "where", "value", "days_between")


#: ``$defs.where`` of the catalogue schema: attribute tests, and the groups of :data:`WHERE_GROUPS`
WHERE_SCHEMA = {
    "description": "tests on an item's attributes, all of which apply; `any` / `all` / `not` group them on the same item",
    "type": "object", "minProperties": 1, "propertyNames": {"pattern": "^[a-z][a-z0-9_]{0,39}$"},
    "properties": {"all": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/where"}},
                   "any": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/where"}},
                   "not": {"$ref": "#/$defs/where"}},
    "additionalProperties": {"$ref": "#/$defs/test"},
}


def attribute_test_schema() -> dict:
    """The ``$defs.test`` JSON Schema the table implies."""
    properties = {name: t.schema for name, t in ATTRIBUTE_TESTS.items()}
    properties["exists"] = EXISTS_SCHEMA
    return properties
