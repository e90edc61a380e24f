"""Stage 4 — rules fire: compile the catalogue into durable_rules and run it.

One durable_rules ruleset per domain holds, for every criterion of that
domain:

* one *leaf rule* per evidence condition, matching single evidence facts;
  its action records the matching item as a witness;
* three *verdict rules* over the criterion's tally fact (the witness
  counts): pass, fail (the exact negation of pass) and not-applicable (an
  honoured exclusion). Exactly one of them fires.

Every assessment runs in a session of its own (a fresh ``sid``) whose state
is deleted afterwards, so one provider's evidence can never satisfy another
provider's rule and memory does not grow across a batch.

durable_rules raises ``MessageNotHandledException`` for a fact that no rule
can use. Instead of swallowing it (which would silently drop the facts after
it), every ruleset has a *receipt rule* that joins each evidence fact with a
fact type that is never asserted: every evidence fact enters the network, and
the rule itself never fires.

The stock ``durable.engine.Host`` starts background threads that dispatch
queued actions and timers; we use neither and want every action to run in
the calling thread before ``run`` returns, so :class:`_SyncHost` does not
start them.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import sys
from dataclasses import dataclass, field

import orjson

from . import conditions, measures, relations
from .errors import EngineUnavailable
from .operators import attribute_terms, day_property, item_date

#: the interpreters durable_rules 2.0.28 (its last release) imports on; keep in step with pyproject.toml
SUPPORTED_PYTHON = ((3, 11), (3, 12))

try:
    import durable_rules_engine
    from durable import engine as durable_engine
except Exception as exc:  # ImportError, or an undefined symbol of the C extension  # noqa: BLE001
    running = ".".join(map(str, sys.version_info[:2]))
    supported = " and ".join(".".join(map(str, v)) for v in SUPPORTED_PYTHON)
    hint = ("" if sys.version_info[:2] in SUPPORTED_PYTHON
            else f"; it runs on Python {supported}, this is Python {running}")
    raise EngineUnavailable(f"the rule engine durable_rules cannot be loaded ({type(exc).__name__}: "
                            f"{str(exc)[:160]}){hint}") from None
from .catalogue import Catalogue
from .facts import Facts

#: facts per ``assert_facts`` call; keeps each call's JSON and engine batch bounded
BATCH = 500


class _Ruleset(durable_engine.Ruleset):
    """A durable_rules ruleset whose definition reaches the C engine as :func:`durable_json`
    (the stock one uses ``json.dumps``, whose ``1e-09`` the reader refuses)."""

    def __init__(self, name, host, definition):  # noqa: D107 - as Ruleset.__init__, another writer
        self._actions = {rule: durable_engine.Promise(rule_def.pop("run")) for rule, rule_def in definition.items()}
        self._name = name
        self._host = host
        self._handle = durable_rules_engine.create_ruleset(name, durable_json(definition))
        self._definition = definition


class _SyncHost(durable_engine.Host):
    """A durable_rules host without background dispatch threads."""

    def _run(self):  # noqa: D401 - overriding the thread starter
        return None

    def register_rulesets(self, ruleset_definitions):
        """Register plain rulesets (no statecharts or flowcharts) written by :func:`durable_json`."""
        for name, definition in ruleset_definitions.items():
            if name in self._ruleset_directory:
                raise EngineError(f"ruleset {name} is already registered")
            ruleset = _Ruleset(name, self, definition)
            self._ruleset_directory[name] = ruleset
            self._ruleset_list.append(ruleset)
        return list(ruleset_definitions)

    def assert_facts(self, ruleset_name, facts, complete=None):
        """Assert ``facts`` and run every action they trigger, here and now.

        The protocol of ``Host.assert_facts`` — assert, then start, run and
        complete each queued action in turn — without what this engine never
        uses yet paid for on every firing (about 300 per bundle): a
        ``Closure`` with two clock reads, a ``Promise`` chain, and a JSON round
        trip of the session state after each action (our actions never change
        it). An action that raises stops the run instead of being recorded in
        the session state and ignored.
        """
        if complete is not None:
            return super().assert_facts(ruleset_name, facts, complete)
        rules = self.get_ruleset(ruleset_name)
        handle = rules._handle
        state = rules._handle_result(durable_rules_engine.assert_facts(handle, durable_json(facts)), facts)
        pending = durable_rules_engine.start_action_for_state(handle, state)
        if not pending:
            return None
        actions = rules._actions
        message = orjson.loads(pending[1])
        while True:
            name, matched = next(iter(message.items()))  # durable_rules runs the first action of a message
            try:
                actions[name]._func(_Match(matched))
            except BaseException:
                durable_rules_engine.abandon_action(handle, state)
                raise
            following = durable_rules_engine.complete_and_start_action(handle, state)
            if not following:
                return None
            message = orjson.loads(following)


_INT64 = (-(2 ** 63), 2 ** 63 - 1)
#: a number token orjson wrote with an exponent and no decimal point (``1e-7``, ``1e20``),
#: or an integer of 19 digits or more (it may lie beyond 64 bits)
_UNREADABLE_NUMBER = re.compile(rb"[:\[,]-?[0-9]+(?:[eE]|[0-9]{18})")


def durable_json(value) -> str:
    """``value`` as JSON text that durable_rules' reader parses exactly.

    Its reader (``getNumber`` in the C engine) takes an exponent only after a
    decimal point: ``1e-7`` is refused (error 204) or, inside a batch, silently
    mis-read, while ``1.0e-7`` is read exactly; and it holds integers in 64
    bits, saturating larger ones (so 10**30 and 10**25 would compare equal).
    orjson writes the common case about ten times faster than ``json``; when
    its text holds a bare exponent (rare: |x| < 1e-4 or ≥ 1e16), or it
    refuses an integer beyond 64 bits, the value is written by
    :func:`_careful_json` instead: floats as Python's shortest repr with a
    point before the exponent, integers beyond 64 bits as the nearest double.
    """
    try:
        text = orjson.dumps(value)
    except TypeError:
        return _careful_json(value)
    if _UNREADABLE_NUMBER.search(text) is None:
        return text.decode()
    return _careful_json(value)  # the match may be inside a string: the careful writer decides


def _careful_json(value) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{_careful_json(str(k))}:{_careful_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_careful_json(v) for v in value) + "]"
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return orjson.dumps(value).decode()
    if isinstance(value, int):
        if _INT64[0] <= value <= _INT64[1]:
            return str(value)
        try:
            value = float(value)
        except OverflowError:  # beyond any double: the largest one, with the sign
            value = float("inf")
        if value in (float("inf"), float("-inf")):
            value = 1.7976931348623157e308 if value > 0 else -1.7976931348623157e308
    if isinstance(value, float):
        text = repr(value)
        if "e" in text and "." not in text:
            mantissa, exponent = text.split("e")
            text = f"{mantissa}.0e{exponent}"
        return text
    return json.dumps(value, ensure_ascii=False)


class _Match:
    """What an action sees: ``c.m``, the matched fact (as durable_rules' ``Closure`` offers it)."""

    __slots__ = ("m",)

    def __init__(self, matched: dict):
        self.m = durable_engine.Content(matched["m"] if "m" in matched else matched)


class EngineError(Exception):
    """durable_rules refused the compiled catalogue or a session."""


@dataclass
class Firings:
    """What the rules said for one session."""

    sid: str = ""
    witnesses: dict[str, dict[int, list[str]]] = field(default_factory=dict)  # criterion → leaf → evidence ids
    #: what relation and share rules found besides: (criterion, leaf, role) → evidence ids, where role is
    #: "pool" (items a 'lacking' leaf looks at), "referred" (those of them referred to) or "share"
    collected: dict[tuple[str, int, str], list[str]] = field(default_factory=dict)
    partners: dict[tuple[str, int], dict[str, list[str]]] = field(default_factory=dict)  # → item → referring items
    measures: dict[tuple[str, int], "measures.Measure"] = field(default_factory=dict)   # aggregates computed
    verdicts: dict[str, list[str]] = field(default_factory=dict)              # criterion → distinct results fired
    rules_fired: int = 0


@dataclass
class _Compiled:
    ruleset: str
    definition: dict
    topics: set[str]
    criteria: list
    patterns: list[tuple[str, "re.Pattern", str]] = field(default_factory=list)  # (attribute, regex, property)
    dates: list[str] = field(default_factory=list)  # dates a rule compares as day numbers (days_between)
    references: bool = False                        # whether a rule joins items by their references


class Engine:
    """The compiled catalogue, registered once per process and catalogue digest."""

    _cache: dict[str, "Engine"] = {}
    _sids = itertools.count(1)

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self._host = _SyncHost()
        self._live: dict[str, Firings] = {}
        self.compiled = [self._compile(catalogue, d.code) for d in catalogue.domains]
        definitions = {c.ruleset: c.definition for c in self.compiled if c.criteria}
        try:
            self._host.register_rulesets(definitions)
        except Exception as exc:  # durable_rules reports only an error code
            raise EngineError(f"durable_rules refused the compiled catalogue: {exc}") from None

    @classmethod
    def for_catalogue(cls, catalogue: Catalogue) -> "Engine":
        engine = cls._cache.get(catalogue.digest)
        if engine is None:
            engine = cls._cache[catalogue.digest] = cls(catalogue)
        return engine

    # ----------------------------------------------------------- compile

    def _compile(self, catalogue: Catalogue, domain: str) -> _Compiled:
        name = f"cmm-{catalogue.digest[:16]}-{domain}"
        criteria = catalogue.criteria_in(domain)
        rules: dict = {}
        topics: set[str] = set()
        patterns: dict[str, tuple[str, re.Pattern, str]] = {}
        dates: set[str] = set()
        references = False
        for criterion in criteria:
            for leaf in criterion.tree.leaves:
                topics.add(leaf.topic)
                for attribute, pattern in conditions.spec_patterns(leaf.spec):
                    prop = conditions.pattern_property(attribute, pattern)
                    patterns[prop] = (attribute, re.compile(pattern), prop)
                related = relations.relation(leaf.spec)
                for spec in [leaf.spec] + ([related[1]] if related else []):
                    if "days_between" in spec:
                        dates.update((spec["days_between"]["from"], spec["days_between"].get("to", "assessment")))
                rule = f"{criterion.id}/leaf{leaf.index}"
                expression = conditions.leaf_expression(leaf)
                if related is None:
                    rules[rule] = {"all": [{"m": expression}], "run": self._on_leaf(criterion.id, leaf.index)}
                else:  # a relation: the join matches the item, a reference to it and the referring item together
                    references = True
                    topics.add(related[1]["topic"])
                    join = relations.join_rule(expression, conditions.spec_expression(related[1]))
                    if related[0] == "referred_by":
                        rules[rule] = {"all": join, "run": self._on_join(criterion.id, leaf.index, None)}
                    else:
                        rules[rule] = {"all": [{"m": expression}], "run": self._on_leaf(criterion.id, leaf.index, "pool")}
                        rules[f"{rule}/referred"] = {"all": join, "run": self._on_join(criterion.id, leaf.index, "referred")}
                share = leaf.spec.get("aggregate", {}).get("share")
                if share:  # the items that also pass the share's tests, found by a rule of their own
                    shared = {"$and": expression["$and"] + [t for attribute, test in sorted(share.items())
                                                            for t in attribute_terms(attribute, test)]}
                    rules[f"{rule}/share"] = {"all": [{"m": shared}], "run": self._on_leaf(criterion.id, leaf.index, "share")}
            tally = [{"type": "tally"}, {"criterion": criterion.id}]
            verdicts = {
                "pass": {"$and": tally + [{"excluded": False}, conditions.verdict_expression(criterion.tree)]},
                "fail": {"$and": tally + [{"excluded": False}, conditions.negated_verdict_expression(criterion.tree)]},
                "not_applicable": {"$and": tally + [{"excluded": True}]},
            }
            for result, expression in verdicts.items():
                rules[f"{criterion.id}/{result}"] = {"all": [{"m": expression}], "run": self._on_verdict(criterion.id, result)}
        rules["receipt"] = {
            "all": [{"e": {"type": "evidence"}}, {"never": {"type": "never-asserted"}}],
            "run": self._never,
        }
        if references:
            rules["receipt-ref"] = {"all": [{"e": {"type": "ref"}}, {"never": {"type": "never-asserted"}}],
                                    "run": self._never}
        return _Compiled(name, rules, topics, criteria, [patterns[p] for p in sorted(patterns)], sorted(dates),
                         references)

    def _on_leaf(self, criterion_id: str, index: int, role: str | None = None):
        """The action of a single-item rule: record the item as a witness (or in ``collected[role]``)."""
        live = self._live

        def action(c):
            firings = live[c.m["sid"]]
            firings.rules_fired += 1
            found = (firings.witnesses[criterion_id][index] if role is None
                     else firings.collected.setdefault((criterion_id, index, role), []))
            if c.m["id"] not in found:  # a rule with an $or fires once per satisfied branch
                found.append(c.m["id"])

        return action

    def _on_join(self, criterion_id: str, index: int, role: str | None):
        """The action of a relation rule: item ``x`` is referred to by item ``y``."""
        live = self._live

        def action(c):
            item, partner = c.m["x"], c.m["y"]
            firings = live[item["sid"]]
            firings.rules_fired += 1
            found = (firings.witnesses[criterion_id][index] if role is None
                     else firings.collected.setdefault((criterion_id, index, role), []))
            if item["id"] not in found:
                found.append(item["id"])
            referring = firings.partners.setdefault((criterion_id, index), {}).setdefault(item["id"], [])
            if partner["id"] not in referring:
                referring.append(partner["id"])

        return action

    def _on_verdict(self, criterion_id: str, result: str):
        live = self._live

        def action(c):
            firings = live[c.m["sid"]]
            firings.rules_fired += 1
            fired = firings.verdicts[criterion_id]
            if result not in fired:  # a rule with an $or fires once per satisfied branch
                fired.append(result)

        return action

    @staticmethod
    def _never(c):  # pragma: no cover - the receipt rule's partner fact never exists
        raise AssertionError("the receipt rule fired")

    def definitions(self) -> dict[str, dict]:
        """The compiled durable_rules definitions, actions named (for audit)."""
        out = {}
        for compiled in self.compiled:
            out[compiled.ruleset] = {name: {k: v for k, v in rule.items() if k != "run"}
                                     for name, rule in compiled.definition.items()}
        return out

    # --------------------------------------------------------------- run

    def run(self, facts: Facts) -> Firings:
        """Fire every rule against one bundle's facts in a fresh session."""
        sid = f"a{next(self._sids)}"
        firings = Firings(sid=sid)
        for criterion in self.catalogue.criteria:
            firings.witnesses[criterion.id] = {leaf.index: [] for leaf in criterion.tree.leaves}
            firings.verdicts[criterion.id] = []
        self._live[sid] = firings
        excluded = facts.excluded
        by_id = {item["id"]: item for item in facts.items}
        order = {item["id"]: i for i, item in enumerate(facts.items)}
        try:
            for compiled in self.compiled:
                if not compiled.criteria:
                    continue
                try:
                    evidence = [self._fact(f, item, sid, compiled, facts.date)
                                for f, item in zip(facts.evidence_facts, facts.items) if f["topic"] in compiled.topics]
                    if compiled.references:
                        evidence += [dict(ref, sid=sid) for ref in relations.ref_facts(facts.items)]
                    for start in range(0, len(evidence), BATCH):
                        self._host.assert_facts(compiled.ruleset, evidence[start:start + BATCH])
                    tallies = [self._tally(criterion, firings, by_id, order, criterion.id in excluded)
                               for criterion in compiled.criteria]
                    self._host.assert_facts(compiled.ruleset, tallies)
                finally:
                    self._host.delete_state(compiled.ruleset, sid)
        except durable_engine.MessageNotHandledException as exc:  # a compiler bug, never bad input
            raise EngineError(f"durable_rules could not place a fact: {str(exc)[:200]}") from None
        finally:
            del self._live[sid]
        for leaves in firings.witnesses.values():
            for ids in leaves.values():
                ids.sort(key=order.__getitem__)
        return firings

    @staticmethod
    def _tally(criterion, firings: Firings, by_id: dict, order: dict, excluded: bool) -> dict:
        """The criterion's tally fact: per leaf, how many witnesses count (``n<i>``) and
        the aggregate over them (``a<i>``, left off when it cannot be computed)."""
        tally = {"sid": firings.sid, "id": f"#tally/{criterion.id}", "type": "tally",
                 "criterion": criterion.id, "excluded": excluded}
        for leaf in criterion.tree.leaves:
            key = (criterion.id, leaf.index)
            found = firings.witnesses[criterion.id][leaf.index]
            if "lacking" in leaf.spec:  # the items looked at, less those a matching item refers to
                referred = set(firings.collected.get((*key, "referred"), []))
                found[:] = [i for i in firings.collected.get((*key, "pool"), []) if i not in referred]
            found.sort(key=order.__getitem__)  # bundle order, so that words and sums read the same every run
            items = [by_id[i] for i in found]
            tally[leaf.counter] = measures.count(leaf.spec, items)
            if "aggregate" in leaf.spec:
                measure = measures.aggregate(leaf.spec, items, set(firings.collected.get((*key, "share"), [])))
                firings.measures[key] = measure
                if measure.value is not None:
                    tally[leaf.measure] = measure.value
        return tally

    @staticmethod
    def _fact(fact: dict, item: dict, sid: str, compiled: _Compiled, date: str) -> dict:
        """The evidence fact as this ruleset sees it: its session, its pattern flags, and the
        dates its rules compare as day numbers."""
        out = dict(fact, sid=sid)
        for attribute, regex, prop in compiled.patterns:
            text = fact.get(f"s_{attribute}")
            if text is not None:
                out[prop] = regex.fullmatch(text) is not None
        for name in compiled.dates:
            text = item_date(item, name, date)
            if text is not None:
                out[day_property(name)] = dt.date.fromisoformat(text).toordinal()
        return out

    def session_count(self) -> int:
        """Sessions still open in this engine (0 between assessments)."""
        return len(self._live)
