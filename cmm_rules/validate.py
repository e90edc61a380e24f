"""Stage 2 — validate: check loaded documents against the JSON Schemas.

The schemas in ``schemas/`` are the contract; this module only runs them and
turns their complaints into :class:`InputError` values that name the file,
the JSON path and, where the loader recorded it, the line. Checks a schema
cannot express (unique ids, known topics, exclusions of known criteria) sit
here too, so that everything that stops an assessment is found in one place.
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker

from . import periods
from .attachments import attachment_problems
from .errors import InputError
from .load import Document, json_path
from .resources import schema_path


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    """The compiled validator for ``schemas/<name>.schema.json``."""
    with open(schema_path(name), encoding="utf-8") as handle:
        schema = json.load(handle)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


@lru_cache(maxsize=None)
def fast_check(name: str):
    """A yes-only check of ``schemas/<name>.schema.json`` compiled by fastjsonschema.

    jsonschema interprets the schema afresh for every value, which made it the
    largest cost of assessing a valid bundle; fastjsonschema compiles the
    schema to Python code and answers "valid?" about ten times faster. Its
    answer is used one way only: ``True`` lets a valid document skip
    jsonschema; ``False`` sends it to jsonschema, which decides and explains.
    fastjsonschema reads draft-07, so the evidence schema states
    ``dependentRequired`` (2020-12) once more as ``dependencies`` (draft-07),
    and avoids ``oneOf`` (whose failed branches cost an exception each);
    ``tests/test_properties.py`` checks that the two agree on random documents.
    """
    compiled = fastjsonschema.compile(validator(name).schema, formats={"date": _is_date})

    def check(document) -> bool:
        try:
            compiled(document)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return check


def _is_date(value) -> bool:
    """The ``date`` format as jsonschema checks it: a real calendar date."""
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _describe(error) -> str:
    """A schema complaint in words, without dumping the whole offending value."""
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown field{'s' if len(extra) > 1 else ''} {', '.join(map(repr, extra))}"
    if error.validator == "required":
        if "'recorded_by'" in error.message:
            return "an interview or observation must name who recorded it (recorded_by): it is an assessor's evidence"
        return error.message.replace("is a required property", "is required")
    if error.validator in ("enum", "const"):
        allowed = error.validator_value if error.validator == "enum" else [error.validator_value]
        return f"{_short(error.instance)} is not one of {', '.join(map(repr, allowed))}"
    if error.validator == "type" and error.validator_value == ["string", "number", "boolean", "array"]:
        return f"{_short(error.instance)} is not a text, number, true/false or list"
    if error.validator == "format" and error.validator_value == "date":
        return f"{_short(error.instance)} is not a real calendar date"
    if error.validator == "pattern" and error.validator_value.startswith("^[0-9]{4}"):
        return f"{_short(error.instance)} is not a date written YYYY-MM-DD"
    if error.validator == "maxItems":
        return f"too many items (at most {error.validator_value})"
    if error.validator == "type":
        return f"{_short(error.instance)} should be {error.validator_value}"
    return error.message if len(error.message) < 300 else error.message[:300] + "…"


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 80 else text[:77] + "…"


def schema_problems(doc: Document, name: str) -> list[InputError]:
    """Every schema violation in ``doc``, in a stable order (by place)."""
    if fast_check(name)(doc.data):  # valid: jsonschema would find nothing
        return []
    errors = sorted(validator(name).iter_errors(doc.data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    out = []
    for error in errors:
        where = json_path(error.absolute_path)
        out.append(InputError(_describe(error), file=doc.path, where=where, line=doc.line_of(where)))
    return out


def raise_first(problems: list[InputError]) -> None:
    """Raise the first problem, saying how many more there are."""
    if problems:
        first = problems[0]
        if len(problems) > 1:
            first.message += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''}; `cmm validate` lists them all)"
        raise first


def bundle_problems(doc: Document, catalogue, today: dt.date | None = None) -> list[InputError]:
    """Schema and consistency problems of an evidence bundle, all of them.

    ``today`` is the latest assessment date allowed: the day the check runs
    unless the caller gives another (``cmm assess --as-of``).
    """
    problems = schema_problems(doc, "evidence")
    if problems:
        return [doc.locate(p) for p in problems]
    data = doc.data

    def at(parts, message):
        where = json_path(parts)
        problems.append(InputError(message, file=doc.path, where=where, line=doc.line_of(where)))

    seen: dict[str, int] = {}
    for i, item in enumerate(data["evidence"]):
        if item["id"] in seen:
            at(["evidence", i, "id"], f"duplicate evidence id {item['id']!r} (first used at $.evidence[{seen[item['id']]}])")
        else:
            seen[item["id"]] = i
        if item["topic"] not in catalogue.topics:
            at(["evidence", i, "topic"], f"unknown topic {item['topic']!r}: not in the catalogue's vocabulary"
               f" ({catalogue.label}); `cmm catalogue show --topics` lists the topics")
        elif catalogue.topics[item["topic"]].get("dated") and "issued" not in item:
            at(["evidence", i], f"evidence of topic {item['topic']!r} must carry an issued date: the catalogue"
               " checks that no such item falls within a period, which an undated item would escape")
        if "issued" in item and "valid_until" in item and item["valid_until"] < item["issued"]:
            at(["evidence", i, "valid_until"], f"valid_until {item['valid_until']} is before issued {item['issued']}")
        if isinstance(item.get("period"), dict):
            problem = period_problem(item["period"])
            if problem:
                at(["evidence", i, "period"], problem)
    for i, item in enumerate(data["evidence"]):
        for j, target in enumerate(item.get("refers_to", [])):
            if target == item["id"]:
                at(["evidence", i, "refers_to", j], f"item {target!r} refers to itself; refers_to names other items of the bundle")
            elif target not in seen:
                at(["evidence", i, "refers_to", j], f"refers_to names {target!r}, which is not an evidence id of this"
                   " bundle; refers_to may only name the ids of other items in the bundle")
    problems.extend(catalogue.vocabulary.problems(doc))  # typed attributes, normalised in place
    excluded: dict[str, int] = {}
    for i, exclusion in enumerate(data.get("exclusions", [])):
        cid = exclusion["criterion"]
        criterion = catalogue.by_id.get(cid)
        if criterion is None:
            at(["exclusions", i, "criterion"], f"unknown criterion {cid!r}: not in the catalogue ({catalogue.label})")
        elif not criterion.excludable:
            at(["exclusions", i, "criterion"], f"criterion {cid} may not be excluded: the catalogue does not allow it")
        if cid in excluded:
            at(["exclusions", i, "criterion"], f"criterion {cid} is excluded twice (first at $.exclusions[{excluded[cid]}])")
        excluded.setdefault(cid, i)
    problems.extend(attachment_problems(doc))
    problems.extend(date_problems(doc, catalogue, today))
    from .scoring import assessor_point_problems  # here: scoring builds on the catalogue, which imports this module

    problems.extend(assessor_point_problems(doc, catalogue))
    return [doc.locate(p) for p in problems]


def date_problems(doc: Document, catalogue, today: dt.date | None = None) -> list[InputError]:
    """Dates a bundle cannot honestly carry, each naming its JSON path.

    Evidence dates are taken as given only within bounds: none after the
    assessment date (an item from the future is an input error, not silently
    dropped), none before the catalogue's floor, no approval before the issue
    it approves, and the assessment itself no later than today. A topic
    whose items are valid for a time must say until when. An approver must be
    a name, not a blank or a placeholder.
    """
    from .substance import is_placeholder

    problems: list[InputError] = []
    data = doc.data

    def at(parts, message):
        where = json_path(parts)
        problems.append(InputError(message, file=doc.path, where=where, line=doc.line_of(where)))

    floor = catalogue.policy["date_floor"]
    today = today or dt.date.today()
    date = data["assessment"]["date"]
    if date < floor:
        at(["assessment", "date"], f"assessment date {date} is before {floor}, the earliest date the catalogue accepts")
    elif date > today.isoformat():
        at(["assessment", "date"], f"assessment date {date} is later than today ({today.isoformat()});"
           " an assessment cannot be dated in the future (give --as-of DATE to assess as of a later day)")
    for i, item in enumerate(data["evidence"]):
        topic = catalogue.topics.get(item["topic"], {})
        dated = [(["issued"], item.get("issued")), (["valid_until"], item.get("valid_until"))]
        approval = item.get("approval")
        if approval:
            dated.append((["approval", "date"], approval["date"]))
        for name in _date_attributes(topic):
            value = item.get("attributes", {}).get(name)
            if value is not None:
                if not isinstance(value, str) or not _is_date(value):
                    at(["evidence", i, "attributes", name], f"{name} must be a date written YYYY-MM-DD, not {_short(value)}")
                else:
                    dated.append((["attributes", name], value))
        for parts, value in dated:
            if value is None:
                continue
            if value < floor:
                at(["evidence", i, *parts], f"{value} is before {floor}, the earliest date the catalogue accepts")
            elif value > date and parts != ["valid_until"]:
                at(["evidence", i, *parts], f"{value} is after the assessment date {date}: evidence cannot come"
                   " from the future (correct the date or leave the item out)")
        begun = _period_start(item)
        if begun is not None and "issued" in item and begun > item["issued"]:
            at(["evidence", i, "period"], f"period {_short(item['period'])} begins on {begun}, after the item was"
               f" issued on {item['issued']}: a figure cannot measure a period that had not begun")
        if approval:
            if "issued" in item and approval["date"] < item["issued"]:
                at(["evidence", i, "approval", "date"], f"approved on {approval['date']}, before the document was"
                   f" issued on {item['issued']}")
            if is_placeholder(approval["by"]):
                at(["evidence", i, "approval", "by"], f"approver {approval['by']!r} is not a name: an approval"
                   " names the person or body that gave it")
        if topic.get("validity") and "valid_until" not in item:
            at(["evidence", i], f"evidence of topic {item['topic']!r} is valid for a time (a certificate,"
               " designation or plan) and must carry valid_until; without it, it is not 'valid forever'")
        if "recorded_by" in item and is_placeholder(item["recorded_by"]):
            at(["evidence", i, "recorded_by"], f"recorded_by {item['recorded_by']!r} is not a name")
    return problems


def _period_start(item: dict) -> str | None:
    """The first day of the item's period when it has a readable one (see :mod:`cmm_rules.periods`)."""
    if "period" not in item or (isinstance(item["period"], dict) and period_problem(item["period"])):
        return None
    key = periods.period_key(item["period"])
    return periods.bounds(key)[0].isoformat() if key else None


def _date_attributes(topic: dict) -> list[str]:
    """The date attributes a topic's durations are computed from."""
    return sorted({d["until"] for d in topic.get("durations", {}).values()})


def period_problem(period: dict) -> str | None:
    """Why a structured period is not one of the four shapes, or ``None``.

    The schema checks each part; what it cannot say simply is which parts go
    together: a year (with at most one of quarter or month), or start and end.
    """
    if "start" in period:
        if set(period) != {"start", "end"}:
            return "a period is either {year[, quarter | month]} or {start, end}, not both"
        if period["end"] < period["start"]:
            return f"period end {period['end']} is before its start {period['start']}"
        return None
    if "quarter" in period and "month" in period:
        return "a period has a quarter or a month, not both"
    if "year" not in period:
        return "a period needs a year (or start and end)"
    return None


def parse_date(text: str) -> dt.date:
    """A schema-checked ``YYYY-MM-DD`` string as a date."""
    return dt.date.fromisoformat(text)
