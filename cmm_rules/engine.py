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

import itertools
import json
import re
from dataclasses import dataclass, field

import durable_rules_engine
import orjson
from durable import engine as durable_engine

from . import conditions
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
    verdicts: dict[str, list[str]] = field(default_factory=dict)              # criterion → distinct results fired
    rules_fired: int = 0


@dataclass
class _Compiled:
    ruleset: str
    definition: dict
    topics: set[str]
    criteria: list
    patterns: list[tuple[str, "re.Pattern", str]] = field(default_factory=list)  # (attribute, regex, property)


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
        for criterion in criteria:
            for leaf in criterion.tree.leaves:
                topics.add(leaf.topic)
                for attribute, pattern in conditions.leaf_patterns(leaf):
                    prop = conditions.pattern_property(attribute, pattern)
                    patterns[prop] = (attribute, re.compile(pattern), prop)
                rules[f"{criterion.id}/leaf{leaf.index}"] = {
                    "all": [{"m": conditions.leaf_expression(leaf)}],
                    "run": self._on_leaf(criterion.id, leaf.index),
                }
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
        return _Compiled(name, rules, topics, criteria, [patterns[p] for p in sorted(patterns)])

    def _on_leaf(self, criterion_id: str, index: int):
        live = self._live

        def action(c):
            firings = live[c.m["sid"]]
            firings.rules_fired += 1
            found = firings.witnesses[criterion_id][index]
            if c.m["id"] not in found:  # a rule with an $or fires once per satisfied branch
                found.append(c.m["id"])

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
        try:
            for compiled in self.compiled:
                if not compiled.criteria:
                    continue
                try:
                    evidence = [self._fact(f, sid, compiled) for f in facts.evidence_facts
                                if f["topic"] in compiled.topics]
                    for start in range(0, len(evidence), BATCH):
                        self._host.assert_facts(compiled.ruleset, evidence[start:start + BATCH])
                    tallies = []
                    for criterion in compiled.criteria:
                        tally = {"sid": sid, "id": f"#tally/{criterion.id}", "type": "tally",
                                 "criterion": criterion.id, "excluded": criterion.id in excluded}
                        for index, ids in firings.witnesses[criterion.id].items():
                            tally[f"n{index}"] = len(ids)
                        tallies.append(tally)
                    self._host.assert_facts(compiled.ruleset, tallies)
                finally:
                    self._host.delete_state(compiled.ruleset, sid)
        except durable_engine.MessageNotHandledException as exc:  # a compiler bug, never bad input
            raise EngineError(f"durable_rules could not place a fact: {str(exc)[:200]}") from None
        finally:
            del self._live[sid]
        order = {item["id"]: i for i, item in enumerate(facts.items)}
        for leaves in firings.witnesses.values():
            for ids in leaves.values():
                ids.sort(key=order.__getitem__)
        return firings

    @staticmethod
    def _fact(fact: dict, sid: str, compiled: _Compiled) -> dict:
        """The evidence fact as this ruleset sees it: its session, and its pattern flags."""
        out = dict(fact, sid=sid)
        for attribute, regex, prop in compiled.patterns:
            text = fact.get(f"s_{attribute}")
            if text is not None:
                out[prop] = regex.fullmatch(text) is not None
        return out

    def session_count(self) -> int:
        """Sessions still open in this engine (0 between assessments)."""
        return len(self._live)
