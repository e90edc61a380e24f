"""Stage 2, continued — the typed evidence vocabulary.

The catalogue declares, for every topic, what its evidence records: each
attribute's type (integer, number, boolean, text, date, a code from a closed
list, or a list of such), its unit and range, whether it is required, and
for codes the canonical values with their Chinese and English labels and the
synonyms that mean the same thing. A metric topic also declares the unit and
range of its ``value``.

An "adverse" item that writes ``Open``, ``open ``, ``未整改`` or ``["open"]``
instead of ``open`` would otherwise slip past every "none of" check, and an
impossible value (satisfaction 150 %) would pass as a good one. So, once,
when a bundle is validated, this module

1. normalises every attribute of a typed topic: Unicode NFKC and trimmed
   whitespace for text; case folding, spaces/hyphens to ``_`` and synonyms to
   the one canonical code for codes; units to their canonical spelling
   (``％`` → ``%``, ``小时`` → ``h``). Invisible (format) characters and
   codes mixing Latin with Cyrillic or Greek look-alikes are refused;
2. checks each item against a JSON Schema generated from its topic's
   declaration: fastjsonschema (compiled once per topic) accepts valid items
   quickly, and jsonschema explains the invalid ones as input errors naming
   file, line, JSON path, topic and what is allowed.

Later stages (facts, rules, reports) therefore only ever see canonical
values, and the rules compare canonical codes. A topic that declares nothing
(no ``attributes``, ``unit`` or ``value``: a catalogue written before the
typed vocabulary) is not checked.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cached_property

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker

from .errors import InputError
from .load import Document, json_path
from .operators import where_attributes

# Canonical units and the spellings that mean them (compared after NFKC and case folding).
UNITS = {
    "%": ["%", "percent", "per cent", "pct", "百分比"],
    "h": ["h", "hr", "hrs", "hour", "hours", "小时", "个小时"],
    "d": ["d", "day", "days", "天", "日", "自然日"],
    "month": ["month", "months", "个月", "月"],
    "score": ["score", "points", "point", "pts", "分"],
    "yuan": ["yuan", "cny", "rmb", "元", "人民币元"],
    "10k_yuan": ["10k yuan", "万元"],
}
_UNIT = {unicodedata.normalize("NFKC", s).casefold(): canonical for canonical, spellings in UNITS.items()
         for s in spellings}

TYPES = ("integer", "number", "boolean", "text", "date", "code", "list")
_JSON_TYPE = {"integer": "integer", "number": "number", "boolean": "boolean", "text": "string",
              "date": "string", "code": "string", "list": "array"}
_TYPE_WORDS = {"integer": "a whole number", "number": "a number", "boolean": "true or false",
               "text": "text", "date": "a date written YYYY-MM-DD", "code": "one code", "list": "a list"}
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def spelling(text: str) -> str:
    """The form in which codes, synonyms and units are compared: NFKC, trimmed,
    case-folded, runs of spaces and hyphens as one ``_``."""
    return re.sub(r"[\s\-]+", "_", unicodedata.normalize("NFKC", text).strip().casefold())


def canonical_unit(unit: str) -> str:
    """``％`` → ``%``, ``小时`` → ``h``; an unknown unit comes back NFKC-normalised and trimmed."""
    text = unicodedata.normalize("NFKC", unit).strip()
    return _UNIT.get(re.sub(r"\s+", " ", text.casefold()), text)


def hidden_character(text: str, allow_controls: bool = False) -> str | None:
    """The first invisible, format or control character in ``text``, named, or None."""
    if text.isprintable():  # no character of a C (other) or Z (separator) category but the space
        return None
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cf", "Co", "Cs", "Cn") or (category == "Cc" and not (allow_controls and ch in "\t\n\r")):
            return f"U+{ord(ch):04X} ({unicodedata.name(ch, 'unnamed character')})"
    return None


def mixed_scripts(text: str) -> list[str]:
    """The alphabets (Latin, Cyrillic, Greek) mixed in ``text``; fewer than two is fine."""
    if text.isascii():
        return []
    found = []
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ")[0]
            if script in _SCRIPTS and script not in found:
                found.append(script)
    return found if len(found) > 1 else []


def _range_words(spec: dict) -> str:
    unit = f" {spec['unit']}" if spec.get("unit") else ""
    low, high = spec.get("min"), spec.get("max")
    if low is not None and high is not None:
        return f"{_num(low)}–{_num(high)}{unit}"
    if low is not None:
        return f"≥ {_num(low)}{unit}"
    if high is not None:
        return f"≤ {_num(high)}{unit}"
    return unit.strip()


def _num(x) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)


def type_words(spec: dict) -> str:
    """An attribute's type in words: ``a whole number (d, ≥ 0)``, ``one code of open, closed``."""
    kind = spec["type"]
    if kind == "code":
        return "one code of " + ", ".join(spec["codes"])
    if kind == "list":
        return "a list of " + type_words(spec["items"]).replace("one code of", "codes from")
    words = _TYPE_WORDS[kind]
    extra = _range_words(spec)
    return f"{words} ({extra})" if extra else words


def _value_schema(spec: dict) -> dict:
    """The JSON Schema of one attribute value (or list item) declared by ``spec``."""
    kind = spec["type"]
    schema: dict = {"type": _JSON_TYPE[kind]}
    if kind in ("integer", "number"):
        if "min" in spec:
            schema["minimum"] = spec["min"]
        if "max" in spec:
            schema["maximum"] = spec["max"]
    elif kind == "code":
        schema["enum"] = list(spec["codes"])
    elif kind == "date":
        schema.update(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$", format="date")
    elif kind == "list":
        schema.update(items=_value_schema(spec["items"]), maxItems=100)
    return schema


class Topic:
    """The declared vocabulary of one topic, its generated schema and compiled checks."""

    def __init__(self, name: str, declaration: dict):
        self.name = name
        self.declaration = declaration
        self.attributes: dict = declaration.get("attributes") or {}
        self.unit: str | None = declaration.get("unit")
        self.value: dict | None = declaration.get("value")
        self.typed = any(key in declaration for key in ("attributes", "unit", "value"))
        # attribute → normalised spelling → canonical code
        self.codes: dict[str, dict[str, str]] = {}
        for attr, spec in self.attributes.items():
            codes = spec.get("codes") or spec.get("items", {}).get("codes")
            if codes is not None:
                self.codes[attr] = code_spellings(codes)

    @cached_property
    def schema(self) -> dict:
        """The JSON Schema an item's ``{attributes, value, unit}`` must meet."""
        attributes = {"type": "object", "additionalProperties": False,
                      "properties": {a: _value_schema(s) for a, s in self.attributes.items()}}
        required = [a for a, s in self.attributes.items() if s.get("required")]
        if required:
            attributes["required"] = required
        schema: dict = {"type": "object", "properties": {"attributes": attributes}}
        if self.unit is None and self.value is None:
            schema["properties"]["value"] = {"not": {}}  # no value at all (a false schema loses the path)
        else:
            value = {"type": "number"}
            if self.value and "min" in self.value:
                value["minimum"] = self.value["min"]
            if self.value and "max" in self.value:
                value["maximum"] = self.value["max"]
            schema["properties"]["value"] = value
            if self.unit is not None:
                schema["properties"]["unit"] = {"const": self.unit}
                schema["dependentRequired"] = schema["dependencies"] = {"value": ["unit"]}
        return schema

    @cached_property
    def fast_check(self):
        """fastjsonschema's compiled yes-only check of :attr:`schema` (see validate.fast_check)."""
        from .validate import _is_date
        return fastjsonschema.compile(self.schema, formats={"date": _is_date})

    @cached_property
    def explainer(self) -> Draft202012Validator:
        return Draft202012Validator(self.schema, format_checker=FormatChecker())

    def valid(self, view: dict) -> bool:
        try:
            self.fast_check(view)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True


def code_spellings(codes: dict) -> dict[str, str]:
    """Every accepted spelling of a closed list of codes → its canonical code:
    the code, its English and Chinese labels and its synonyms."""
    out = {}
    for code, label in codes.items():
        for text in [code, label.get("en", ""), label.get("zh", ""), *label.get("synonyms", [])]:
            if text:
                out.setdefault(spelling(text), code)
                out.setdefault(text, code)  # as written: found without normalising
    return out


class Vocabulary:
    """The typed topics of one catalogue; per-topic validators are compiled once, when first needed."""

    def __init__(self, topics: dict):
        self.topics = {name: Topic(name, declaration) for name, declaration in topics.items()}

    def problems(self, doc: Document) -> list[InputError]:
        """Normalise every item of ``doc`` in place and return what does not fit its topic."""
        out: list[InputError] = []
        for i, item in enumerate(doc.data["evidence"]):
            topic = self.topics.get(item["topic"])
            if topic is None or not topic.typed:
                continue
            found = normalise_item(item, topic)
            view = {"attributes": item.get("attributes", {})}
            for key in ("value", "unit"):
                if key in item:
                    view[key] = item[key]
            if not found and topic.valid(view):
                continue
            said = {tuple(parts) for parts, _ in found}
            for error in sorted(topic.explainer.iter_errors(view),
                                key=lambda e: (list(map(str, e.absolute_path)), e.validator != "type")):
                if tuple(error.absolute_path) not in said:  # one complaint per value: the first, or its type
                    said.add(tuple(error.absolute_path))
                    found.append((list(error.absolute_path), _describe(error, topic, view)))
            for parts, message in found:
                where = json_path(["evidence", i, *parts])
                out.append(InputError(message, file=doc.path, where=where, line=doc.line_of(where)))
        return out


def normalise_item(item: dict, topic: Topic) -> list[tuple[list, str]]:
    """Canonical attribute values and unit for ``item`` (in place); the values refused outright."""
    refused: list[tuple[list, str]] = []
    attributes = item.get("attributes")
    if attributes:
        for name, value in attributes.items():
            spec = topic.attributes.get(name)
            if spec is None:
                continue  # the schema names it as unknown
            kind = spec["type"]
            if kind == "list" and isinstance(value, list) and spec["items"]["type"] == "code":
                for k, element in enumerate(value):
                    if isinstance(element, str):
                        value[k], problem = _code(element, topic.codes[name], topic.name)
                        if problem:
                            refused.append((["attributes", name, k], problem))
            elif not isinstance(value, str):
                continue
            elif kind == "code":
                attributes[name], problem = _code(value, topic.codes[name], topic.name)
                if problem:
                    refused.append((["attributes", name], problem))
            elif kind == "text":
                hidden = hidden_character(value, allow_controls=True)
                if hidden:
                    refused.append((["attributes", name], f"{_short(value)} contains the invisible character {hidden}"))
                elif not (value.isascii() or unicodedata.is_normalized("NFKC", value)) or value != value.strip():
                    attributes[name] = unicodedata.normalize("NFKC", value).strip()
    unit = item.get("unit")
    if isinstance(unit, str):
        hidden = hidden_character(unit)
        if hidden:
            refused.append((["unit"], f"unit {_short(unit)} contains the invisible character {hidden}"))
        else:
            item["unit"] = canonical_unit(unit)
    return refused


def _code(value: str, codes: dict[str, str], topic: str) -> tuple[str, str | None]:
    """(canonical code or the value as given, why it is refused or None)."""
    if value in codes:  # as written in the catalogue: the usual case, and safe
        return codes[value], None
    hidden = hidden_character(value)
    if hidden:
        return value, f"{_short(value)} contains the invisible character {hidden}: codes are refused with hidden characters"
    scripts = mixed_scripts(unicodedata.normalize("NFKC", value))
    if scripts:
        return value, (f"{_short(value)} mixes {' and '.join(s.title() for s in scripts)} letters"
                       f" (look-alike characters) and is not a code of topic {topic!r}")
    return codes.get(spelling(value), value), None


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _json_kind(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _describe(error, topic: Topic, view: dict) -> str:
    """A per-topic schema complaint in words: the value, the topic and what is allowed."""
    path = list(error.absolute_path)
    t = repr(topic.name)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(topic.attributes))
        known = ", ".join(topic.attributes) or "none"
        return f"unknown attribute{'s' if len(extra) > 1 else ''} {', '.join(map(repr, extra))} for topic {t} (known: {known})"
    if error.validator in ("dependentRequired", "dependencies"):
        return f"a value of topic {t} must state its unit ({topic.unit})"
    if error.validator == "required":
        missing = error.message.split("'")[1]
        return f"attribute {missing!r} is required for evidence of topic {t}: {topic.attributes[missing]['description']}"
    if path == ["value"]:
        if error.validator == "not":
            return f"topic {t} is not a metric and records no value"
        if error.validator in ("minimum", "maximum"):
            return (f"value {_num(error.instance)} is out of range for topic {t}"
                    f" (allowed {_range_words({**(topic.value or {}), 'unit': topic.unit})})")
        return f"value {_short(error.instance)} should be a number"
    if path == ["unit"]:
        return f"unit {_short(error.instance)} is not the unit of topic {t} (expected {topic.unit!r})"
    if len(path) >= 2 and path[0] == "attributes":
        name = path[1]
        spec = topic.attributes[name]
        element = spec["items"] if len(path) == 3 else spec
        shown = _short(error.instance)
        if error.validator == "enum":
            return f"{shown} is not a code of topic {t} (allowed: {', '.join(element['codes'])})"
        if error.validator in ("minimum", "maximum"):
            return f"{shown} is out of range for {name} of topic {t} (allowed {_range_words(element)})"
        if error.validator in ("type", "pattern", "format"):
            if error.validator == "format":
                return f"{shown} is not a real calendar date ({name} of topic {t})"
            return f"{shown} is {_json_kind(error.instance)}, but {name} of topic {t} takes {type_words(element)}"
    return f"{error.message} (topic {t})"


# ----------------------------------------------------------- catalogue side


def catalogue_problems(topics: dict, criteria) -> list[str]:
    """What makes a typed vocabulary unusable or a criterion test it wrongly:
    a synonym given to two codes, a unit nobody knows, a test on an undeclared
    attribute, a code a topic does not have, a numeric test on text…"""
    problems = []
    for name, declaration in topics.items():
        if declaration.get("unit") is not None and canonical_unit(declaration["unit"]) != declaration["unit"]:
            problems.append(f"topic {name!r}: unit {declaration['unit']!r} is not canonical"
                            f" (write {canonical_unit(declaration['unit'])!r})")
        for attr, spec in (declaration.get("attributes") or {}).items():
            codes = spec.get("codes") or spec.get("items", {}).get("codes")
            if codes is None:
                continue
            seen: dict[str, str] = {}
            for code, label in codes.items():
                for text in [code, label["en"], label["zh"], *label.get("synonyms", [])]:
                    key = spelling(text)
                    if seen.setdefault(key, code) != code:
                        problems.append(f"topic {name!r}, attribute {attr!r}: {text!r} would mean both"
                                        f" {seen[key]!r} and {code!r}")
                if spelling(code) != code:
                    problems.append(f"topic {name!r}, attribute {attr!r}: code {code!r} is not in canonical form"
                                    f" ({spelling(code)!r})")
    for criterion in criteria:
        for leaf in criterion.tree.leaves:
            declaration = topics.get(leaf.topic, {})
            if not any(key in declaration for key in ("attributes", "unit", "value")):
                continue
            attributes = declaration.get("attributes") or {}
            for attr, test in where_attributes(leaf.spec.get("where", {})):  # groups (any/all/not) included
                spec = attributes.get(attr)
                if spec is None:
                    problems.append(f"criterion {criterion.id}: condition {leaf.path} tests {attr!r},"
                                    f" which topic {leaf.topic!r} does not declare")
                    continue
                wrong = _test_mismatch(test, spec)
                if wrong:
                    problems.append(f"criterion {criterion.id}: condition {leaf.path} tests {attr!r} of topic"
                                    f" {leaf.topic!r} ({type_words(spec)}) {wrong}")
            unit = leaf.spec.get("value", {}).get("unit")
            if unit is not None and unit != declaration.get("unit"):
                problems.append(f"criterion {criterion.id}: condition {leaf.path} expects unit {unit!r}, but topic"
                                f" {leaf.topic!r} is measured in {declaration.get('unit')!r}")
    return problems


def _test_mismatch(test: dict, spec: dict) -> str | None:
    kind = spec["type"]
    numeric = kind in ("integer", "number")
    for op in ("gte", "gt", "lte", "lt"):
        if op in test and not numeric:
            return f"with {op}, which compares numbers"
    if "contains" in test:
        if kind != "list":
            return "with contains, which needs a list"
        codes = spec["items"].get("codes")
        if codes is not None and test["contains"] not in codes:
            return f"for {test['contains']!r}, which is not one of its codes"
    if "pattern" in test and kind != "text":
        return "with a pattern, which matches text"
    for value in ([test["eq"]] if "eq" in test else []) + list(test.get("in", [])):
        if kind == "boolean" and not isinstance(value, bool):
            return f"against {value!r}, which is not true/false"
        if kind == "code" and value not in spec["codes"]:
            return f"against {value!r}, which is not one of its codes"
        if numeric and (isinstance(value, bool) or not isinstance(value, (int, float))):
            return f"against {value!r}, which is not a number"
        if kind in ("text", "date") and not isinstance(value, str):
            return f"against {value!r}, which is not text"
    return None
