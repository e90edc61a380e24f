"""A fast yes-only check of a JSON Schema, compiled to Python closures.

jsonschema is the contract and the only source of error messages, but it
interprets the schema afresh for every value, which made it the largest cost
of assessing a valid bundle. :func:`compile_check` turns a schema that uses
only the keywords listed in ``_KEYWORDS`` into one function that answers
*"is this instance valid?"* about ten times faster.

The answer is used one way only: ``True`` lets a valid document skip
jsonschema; ``False`` (including "not sure") sends it to jsonschema, which
decides and explains. Each keyword is reproduced exactly as
jsonschema 4 applies it to plain JSON values (``dict``, ``list``, ``str``,
``int``, ``float``, ``bool``, ``None`` — what the loader produces), so that
``oneOf`` counts the same; a schema with any keyword or format outside that
set compiles to ``None``: no fast path at all. ``tests/test_properties.py`` checks the one-way promise on
random documents.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

Check = Callable[[object], bool]

_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated",
                "readOnly", "writeOnly", "$defs"}
_KEYWORDS = {"$ref", "type", "enum", "const", "properties", "additionalProperties", "required", "propertyNames",
             "maxProperties", "minProperties", "dependentRequired", "items", "maxItems", "minItems",
             "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
             "exclusiveMaximum", "oneOf", "anyOf", "allOf"}
_RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


class Unsupported(Exception):
    """The schema uses something this compiler does not reproduce exactly."""


def _is_number(x) -> bool:
    return x.__class__ is int or x.__class__ is float  # not bool, as jsonschema


def _is_integer(x) -> bool:
    return x.__class__ is int or (x.__class__ is float and x.is_integer())  # 3.0 counts, as in jsonschema


_TYPES: dict[str, Check] = {
    "object": lambda x: x.__class__ is dict,
    "array": lambda x: x.__class__ is list,
    "string": lambda x: x.__class__ is str,
    "number": _is_number,
    "integer": _is_integer,
    "boolean": lambda x: x.__class__ is bool,
    "null": lambda x: x is None,
}


def _plain(value) -> bool:
    """A constant whose Python equality matches jsonschema's (no bool/number mixing)."""
    return value is None or value.__class__ in (str, int, float, bool)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if a.__class__ is bool or b.__class__ is bool:
        return a is b
    if a.__class__ is str or b.__class__ is str:
        return a == b
    return a.__class__ in (int, float) and b.__class__ in (int, float) and a == b


def _is_date(text: str) -> bool:
    if not _RE_DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _all_of(checks: tuple) -> Check:
    if not checks:
        return lambda x: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda x: first(x) and second(x)

    def check(x) -> bool:
        for one in checks:
            if not one(x):
                return False
        return True

    return check


def _any_of(checks: tuple) -> Check:
    if len(checks) == 1:
        return checks[0]

    def check(x) -> bool:
        for one in checks:
            if one(x):
                return True
        return False

    return check


def _one_of(checks: tuple) -> Check:
    def check(x) -> bool:
        matched = 0
        for one in checks:
            if one(x):
                matched += 1
                if matched > 1:
                    return False
        return matched == 1

    return check


def compile_check(schema: dict) -> Check | None:
    """A function ``instance → bool`` that is True only for instances jsonschema finds valid."""
    try:
        return _Compiler(schema).compile(schema)
    except Unsupported:
        return None


class _Compiler:
    def __init__(self, root: dict):
        self.root = root
        self.refs: dict[str, list] = {}

    def ref(self, target: str) -> Check:
        if not target.startswith("#/"):
            raise Unsupported(target)
        if target not in self.refs:
            cell: list = [None]
            self.refs[target] = cell
            node = self.root
            for part in target[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(node, dict) or part not in node:
                    raise Unsupported(target)
                node = node[part]
            cell[0] = self.compile(node)
        cell = self.refs[target]
        if cell[0] is not None:
            return cell[0]
        return lambda x: cell[0](x)  # a schema that refers to itself, still being compiled

    def compile(self, schema) -> Check:
        if schema is True:
            return lambda x: True
        if schema is False:
            return lambda x: False
        if not isinstance(schema, dict):
            raise Unsupported(repr(schema))
        unknown = set(schema) - _KEYWORDS - _ANNOTATIONS
        if unknown:
            raise Unsupported(", ".join(sorted(unknown)))
        checks: list[Check] = []
        s = schema
        if "$ref" in s:
            checks.append(self.ref(s["$ref"]))
        if "type" in s:
            names = s["type"] if isinstance(s["type"], list) else [s["type"]]
            tests = [_TYPES[n] for n in names]
            checks.append(_any_of(tuple(tests)))
        if "enum" in s or "const" in s:
            allowed = s["enum"] if "enum" in s else [s["const"]]
            if not all(_plain(v) for v in allowed):
                raise Unsupported("enum of structures")
            checks.append(lambda x, allowed=allowed: _plain(x) and any(_same(x, v) for v in allowed))
        checks.extend(self._object(s))
        checks.extend(self._array(s))
        checks.extend(self._string(s))
        checks.extend(self._number(s))
        for key in ("oneOf", "anyOf", "allOf"):
            if key in s:
                subs = [self.compile(sub) for sub in s[key]]
                checks.append({"oneOf": _one_of, "anyOf": _any_of, "allOf": _all_of}[key](tuple(subs)))
        return _all_of(tuple(checks))

    def _object(self, s: dict) -> list[Check]:
        keys = {"properties", "additionalProperties", "required", "propertyNames", "maxProperties",
                "minProperties", "dependentRequired"}
        if not keys & set(s):
            return []
        props = {name: self.compile(sub) for name, sub in s.get("properties", {}).items()}
        extra = s.get("additionalProperties", True)
        extra_check = None if extra is True else self.compile(extra)
        required = tuple(s.get("required", ()))
        names = self.compile(s["propertyNames"]) if "propertyNames" in s else None
        most = s.get("maxProperties")
        least = s.get("minProperties")
        depends = {k: tuple(v) for k, v in s.get("dependentRequired", {}).items()}

        def check(x) -> bool:
            if x.__class__ is not dict:
                return True  # object keywords ignore other types
            for name in required:
                if name not in x:
                    return False
            if most is not None and len(x) > most:
                return False
            if least is not None and len(x) < least:
                return False
            for key, value in x.items():
                sub = props.get(key)
                if sub is not None:
                    if not sub(value):
                        return False
                elif extra_check is not None and not extra_check(value):
                    return False
                if names is not None and not names(key):
                    return False
                need = depends.get(key)
                if need and not all(n in x for n in need):
                    return False
            return True

        return [check]

    def _array(self, s: dict) -> list[Check]:
        if not {"items", "maxItems", "minItems"} & set(s):
            return []
        item = self.compile(s["items"]) if "items" in s else None
        most, least = s.get("maxItems"), s.get("minItems")

        def check(x) -> bool:
            if x.__class__ is not list:
                return True
            if most is not None and len(x) > most:
                return False
            if least is not None and len(x) < least:
                return False
            if item is not None:
                for v in x:
                    if not item(v):
                        return False
            return True

        return [check]

    def _string(self, s: dict) -> list[Check]:
        if not {"minLength", "maxLength", "pattern", "format"} & set(s):
            return []
        least, most = s.get("minLength"), s.get("maxLength")
        search = re.compile(s["pattern"]).search if "pattern" in s else None
        fmt = s.get("format")
        if fmt not in (None, "date"):
            raise Unsupported(f"format {fmt}")

        def check(x) -> bool:
            if x.__class__ is not str:
                return True
            if least is not None and len(x) < least:
                return False
            if most is not None and len(x) > most:
                return False
            if search is not None and not search(x):
                return False
            return fmt is None or _is_date(x)

        return [check]

    def _number(self, s: dict) -> list[Check]:
        bounds = [(k, s[k]) for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum") if k in s]
        if not bounds:
            return []

        def check(x) -> bool:
            if x.__class__ is bool or not isinstance(x, (int, float)):
                return True
            for key, bound in bounds:
                if key == "minimum" and not x >= bound:
                    return False
                if key == "maximum" and not x <= bound:
                    return False
                if key == "exclusiveMinimum" and not x > bound:
                    return False
                if key == "exclusiveMaximum" and not x < bound:
                    return False
            return True

        return [check]
