"""Targets: whether a measurement meets its target is computed, never declared.

"Managed by numbers" rests on the measurements below target: each needs a
deviation analysis and a corrective action. A bundle that simply wrote
``meets_target: true`` beside a value of 88 against a target of 95 would
escape that check. So a topic declares which boolean attributes are
computed from a value, a target and a direction
(``targets: {meets_target: {target: target, direction: direction}}``), and
the facts stage computes them for every item of the topic — the durable_rules
facts and the reference evaluator's items both carry the computed value. A
declared value that differs is replaced and said in a caution; an item that
states no target or no direction gets none (so a 'none of' over it fails
closed rather than guessing).

A measurement that refers to the definition it measures (``refers_to``) is
held to that definition: it cannot turn the direction round, nor lower the
bar — the stricter of its own target and the definition's is used, and a
measurement that states none takes the definition's. A provider revising a
target does so in the approved definition, not beside one low figure.
"""
from __future__ import annotations

#: The directions a target can be met in, and what meeting it means.
DIRECTIONS = {
    "higher_better": ("≥", lambda value, target: value >= target),
    "lower_better": ("≤", lambda value, target: value <= target),
}


def computed(raw: dict, attributes: dict, targets: dict, cautions: list, governing: dict | None = None) -> dict:
    """``attributes`` (a copy) with every target attribute of ``targets`` computed from the item's values.

    ``governing`` is the item the measurement refers to whose target and direction bind it (its definition)."""
    attributes = dict(attributes)
    for name, spec in sorted(targets.items()):
        if governing is not None:
            _hold_to_definition(raw, attributes, spec, governing, cautions)
        declared = attributes.pop(name, None)
        value = attributes.get(spec["value"]) if "value" in spec else raw.get("value")
        target, direction = attributes.get(spec["target"]), attributes.get(spec["direction"])
        if not number(value) or not number(target) or direction not in DIRECTIONS:
            if declared is not None:
                lacking = [word for word, ok in ((spec.get("value", "value"), number(value)),
                                                  (spec["target"], number(target)),
                                                  (spec["direction"], direction in DIRECTIONS)) if not ok]
                cautions.append({"evidence": raw["id"], "message": f"{raw['id']} declares {name} = {declared!r} but"
                                 f" states no {' or '.join(lacking)} to compute it from: it is not used"})
            continue
        sign, meets = DIRECTIONS[direction]
        result = meets(value, target)
        attributes[name] = result
        if declared is not None and declared != result:
            said = f"{_num(value)} {sign} {_num(target)}" if result else f"{_num(value)} is not {sign} {_num(target)}"
            cautions.append({"evidence": raw["id"], "message": f"{raw['id']} declares {name} = {declared!r}, but its"
                             f" value and target give {result!r} ({said}, {direction}): {result!r} is used"})
    return attributes


def governing_item(raw: dict, by_id: dict, targets: dict) -> dict | None:
    """The first item ``raw`` refers to, of another topic, that states a number target and a direction under
    the names ``targets`` uses: the definition the measurement is held to."""
    for ref in raw.get("refers_to", []):
        other = by_id.get(ref)
        if other is None or other["topic"] == raw["topic"]:
            continue
        attributes = other.get("attributes") or {}
        if any(number(attributes.get(spec["target"])) and attributes.get(spec["direction"]) in DIRECTIONS
               for spec in targets.values()):
            return other
    return None


def _hold_to_definition(raw: dict, attributes: dict, spec: dict, governing: dict, cautions: list) -> None:
    """Put the definition's direction, and the stricter target, in the measurement's attributes (cautioning)."""
    theirs = governing.get("attributes") or {}
    t_name, d_name = spec["target"], spec["direction"]
    target, direction = theirs.get(t_name), theirs.get(d_name)
    if not number(target) or direction not in DIRECTIONS:
        return
    own_direction = attributes.get(d_name)
    if own_direction is not None and own_direction != direction:
        cautions.append({"evidence": raw["id"], "message": f"{raw['id']} states {d_name} = {own_direction!r} but the"
                         f" definition it measures ({governing['id']}) says {direction!r}: {direction!r} is used"})
    attributes[d_name] = direction
    own = attributes.get(t_name)
    if not number(own):
        attributes[t_name] = target
        return
    stricter = max(own, target) if direction == "higher_better" else min(own, target)
    if stricter != own:
        cautions.append({"evidence": raw["id"], "message": f"{raw['id']} states {t_name} = {_num(own)}, below the bar"
                         f" of the definition it measures ({governing['id']}: {_num(target)}, {direction}):"
                         f" {_num(target)} is used"})
    attributes[t_name] = stricter


def computed_names(topic: dict) -> set[str]:
    """The attributes of a topic the engine computes (targets, durations, tallies), which a bundle never declares."""
    return set(topic.get("targets", {})) | set(topic.get("durations", {})) | set(topic.get("tallies", {}))


def catalogue_problems(topics: dict) -> list[str]:
    """What makes a ``targets`` declaration unusable: attributes it names that the topic does not declare
    with the right type, a direction code list that is not higher_better / lower_better, a value it cannot read."""
    problems = []
    for name, topic in sorted(topics.items()):
        attributes = topic.get("attributes") or {}
        for computed_name, spec in sorted(topic.get("targets", {}).items()):
            where = f"topic {name!r}, targets.{computed_name}"
            if attributes.get(computed_name, {}).get("type") != "boolean":
                problems.append(f"{where}: {computed_name!r} must be declared as a boolean attribute")
            for role in ("target", "value"):
                attr = spec.get(role)
                if attr is not None and attributes.get(attr, {}).get("type") not in ("number", "integer"):
                    problems.append(f"{where}: {role} {attr!r} must be a number attribute of the topic")
            if "value" not in spec and "unit" not in topic and "value" not in topic:
                problems.append(f"{where}: the topic is not a metric (no unit or value declared), so name the"
                                " number attribute to compare (value)")
            direction = attributes.get(spec["direction"], {})
            if direction.get("type") != "code" or set(direction.get("codes", {})) != set(DIRECTIONS):
                problems.append(f"{where}: direction {spec['direction']!r} must be a code attribute whose codes are"
                                f" {' and '.join(DIRECTIONS)}")
    return problems


def number(x) -> bool:
    """A number (not a boolean, which Python counts as one)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _num(x) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)
