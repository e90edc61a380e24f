"""Stage 4 — rules fire: compile the catalogue into durable_rules and run it.

One durable_rules ruleset per domain holds, for every criterion of that
domain:

* one *leaf rule* per evidence condition, matching single evidence facts
  (a relation: three facts together); its action records the matching item
  as a witness;
* *part rules* for the groups of its tree that are counted apart (too deep
  or too wide for one expression, or a ``some``: see
  ``conditions.verdict_plan``), over the tally fact of an earlier stage;
* three *verdict rules* over the criterion's last tally fact (the witness
  counts, aggregates and group counts): pass, fail (the exact negation of
  pass) and not-applicable (an honoured exclusion). Exactly one of them fires.

A domain whose items would each match more than :data:`MAX_FIRINGS_PER_FACT`
leaf rules gets further rulesets (shards) for them: durable_rules fails when
one fact fires more than 64 rules. Facts and rules reach its C reader as
:func:`durable_json`, which it parses exactly whatever the numbers.

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
from dataclasses import dataclass, field

import sys

import orjson

from . import conditions, measures, relations
from .errors import EngineUnavailable
from .operators import day_property, item_date

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

#: facts per ``assert_facts`` call; keeps each call's JSON and engine batch bounded — except in a
#: ruleset with a relation (a join of three facts, see ``relations``), which gets all its evidence
#: and reference facts in one call: durable_rules 2.0.28 misses most join matches when a fact
#: early in a join arrives in a later call than the facts after it (measured: 2000 references
#: asserted 300 facts at a time found 409 to 1279 of 2000 matches, depending on the order; in
#: one call, 2000 in every order). The run-time cross-check is what caught it.
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
    #: what relation and share rules found besides: (criterion, leaf, role) → evidence ids, where role is
    #: "pool" (items a 'lacking' leaf looks at), "referred" (those of them referred to) or "share"
    collected: dict[tuple[str, int, str], list[str]] = field(default_factory=dict)
    partners: dict[tuple[str, int], dict[str, list[str]]] = field(default_factory=dict)  # → item → referring items
    counts: dict[tuple[str, int], int] = field(default_factory=dict)          # what counts towards at_least
    everies: set[tuple[str, int]] = field(default_factory=set)                # leaves with ``every``: t<i> = topic count
    measures: dict[tuple[str, int], "measures.Measure"] = field(default_factory=dict)   # aggregates computed
    held: dict[str, dict[str, set[int]]] = field(default_factory=dict)        # criterion → group → parts that hold
    rules_fired: int = 0


#: durable_rules fails (error 303) when one fact makes more than 64 rule branches fire at once;
#: rules are laid out so that no evidence or tally fact can make more than this many fire
MAX_FIRINGS_PER_FACT = 60


@dataclass
class _Compiled:
    """One durable_rules ruleset: the leaf rules of some topics, and/or the tally rules of some criteria."""

    ruleset: str
    definition: dict
    topics: set[str]                  # the evidence topics its leaf rules look at
    criteria: list                    # the criteria whose tally facts it takes
    patterns: list[tuple[str, "re.Pattern", str]] = field(default_factory=list)  # (attribute, regex, property)
    plans: dict[str, conditions.Verdict] = field(default_factory=dict)             # criterion → how its verdict fires
    bins: dict[tuple[str, int], int] = field(default_factory=dict)                 # (criterion, stage) → tally facts
    dates: set[str] = field(default_factory=set)   # dates a rule compares as day numbers (days_between)
    references: bool = False                       # whether a rule joins items by their references

    @property
    def stages(self) -> int:
        return max((plan.stage for plan in self.plans.values()), default=0)


def _pack(units: list[tuple[int, object]], capacity: int) -> list[list[object]]:
    """Units (weight, payload) in order into as few bins of ``capacity`` as first fit gives."""
    bins: list[tuple[int, list]] = []
    for weight, payload in units:
        for i, (load, content) in enumerate(bins):
            if load + weight <= capacity:
                content.append(payload)
                bins[i] = (load + weight, content)
                break
        else:
            bins.append((weight, [payload]))
    return [content for _, content in bins]


class Engine:
    """The compiled catalogue, registered once per process and catalogue digest."""

    _cache: dict[str, "Engine"] = {}
    _sids = itertools.count(1)

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self._host = _SyncHost()
        self._live: dict[str, Firings] = {}
        self.compiled = [compiled for d in catalogue.domains for compiled in self._compile(catalogue, d.code)]
        definitions = {c.ruleset: c.definition for c in self.compiled}
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

    def _compile(self, catalogue: Catalogue, domain: str) -> list[_Compiled]:
        """The rulesets of one domain: the first holds the tally rules of its criteria (part and
        verdict rules) and leaf rules; further *shards* hold more leaf rules when one evidence
        fact would otherwise match more than :data:`MAX_FIRINGS_PER_FACT` of them."""
        name = f"cmm-{catalogue.digest[:16]}-{domain}"
        criteria = catalogue.criteria_in(domain)
        if not criteria:
            return []
        tallies = _Compiled(name, {}, set(), criteria)
        shards = [tallies]
        load: list[dict[str, int]] = [{}]
        for criterion in criteria:
            for leaf in criterion.tree.leaves:
                weight = conditions.leaf_branches(leaf) * len(conditions.leaf_rules(leaf))  # rules one fact may fire
                k = next((k for k, used in enumerate(load) if used.get(leaf.topic, 0) + weight <= MAX_FIRINGS_PER_FACT),
                         None)
                if k is None:
                    shards.append(_Compiled(f"{name}-{len(shards)}", {}, set(), []))
                    load.append({})
                    k = len(shards) - 1
                load[k][leaf.topic] = load[k].get(leaf.topic, 0) + weight
                self._compile_leaf(criterion, leaf, shards[k], load[k])
            self._compile_tally_rules(criterion, tallies)
        for shard in shards:
            shard.patterns = sorted({p[2]: p for p in shard.patterns}.values(), key=lambda p: p[2])
            fact_types = ["evidence"] + (["tally"] if shard.criteria else []) + (["ref"] if shard.references else [])
            for fact_type in fact_types:
                shard.definition[f"receipt/{fact_type}"] = {
                    "all": [{"e": {"type": fact_type}}, {"never": {"type": "never-asserted"}}],
                    "run": self._never,
                }
        return shards

    def _compile_leaf(self, criterion, leaf, shard: _Compiled, load: dict[str, int]) -> None:
        """The rules of one leaf (:func:`conditions.leaf_rules`): over single evidence facts, or a
        relation's join of three; the topics, pattern flags and day numbers their facts need."""
        shard.topics.add(leaf.topic)
        for attribute, pattern in conditions.spec_patterns(leaf.spec):
            shard.patterns.append((attribute, re.compile(pattern), conditions.pattern_property(attribute, pattern)))
        related = relations.relation(leaf.spec)
        for spec in [leaf.spec] + ([related[1]] if related else []):
            if "days_between" in spec:
                shard.dates.update((spec["days_between"]["from"], spec["days_between"].get("to", "assessment")))
        if related:
            shard.references = True
            shard.topics.add(related[1]["topic"])
            load[related[1]["topic"]] = load.get(related[1]["topic"], 0) + 1
        for suffix, role, facts in conditions.leaf_rules(leaf):
            joined = len(facts) > 1  # a relation: the item, a reference to it and the referring item together
            action = (self._on_join if joined else self._on_leaf)(criterion.id, leaf.index, role)
            shard.definition[f"{criterion.id}/leaf{leaf.index}{suffix}"] = {"all": facts, "run": action}

    def _compile_tally_rules(self, criterion, compiled: _Compiled) -> None:
        """Part rules of the criterion's groups and its verdict rules, each stage's rules spread over
        as many tally facts (bins) as keep each fact's firings within the limit."""
        plan = conditions.verdict_plan(criterion.tree)
        compiled.plans[criterion.id] = plan
        units: dict[int, list] = {}
        for group in plan.groups:
            for j, part in enumerate(group.parts):
                units.setdefault(group.stage, []).append(
                    (conditions.branches(part), (f"group{group.key}/part{j}", part, self._on_part(criterion.id, group.key, j))))
        weight = max(conditions.branches(plan.passes), conditions.branches(plan.fails))
        units.setdefault(plan.stage, []).append((weight, ("verdict", None, None)))
        for stage, staged in units.items():
            bins = _pack(staged, MAX_FIRINGS_PER_FACT)
            compiled.bins[(criterion.id, stage)] = len(bins)
            for b, content in enumerate(bins):
                tally = [{"type": "tally"}, {"criterion": criterion.id}, {"stage": stage}, {"bin": b}]
                for rule, expression, action in content:
                    if rule != "verdict":
                        compiled.definition[f"{criterion.id}/{rule}"] = {
                            "all": [{"m": {"$and": tally + [expression]}}], "run": action}
                        continue
                    verdicts = {
                        "pass": {"$and": tally + [{"excluded": False}, plan.passes]},
                        "fail": {"$and": tally + [{"excluded": False}, plan.fails]},
                        "not_applicable": {"$and": tally + [{"excluded": True}]},
                    }
                    for result, verdict in verdicts.items():
                        compiled.definition[f"{criterion.id}/{result}"] = {
                            "all": [{"m": verdict}], "run": self._on_verdict(criterion.id, result)}

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

    def _on_part(self, criterion_id: str, group: str, part: int):
        live = self._live

        def action(c):
            firings = live[c.m["sid"]]
            firings.rules_fired += 1
            firings.held[criterion_id].setdefault(group, set()).add(part)  # once per part, however many branches

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
            firings.held[criterion.id] = {}
        self._live[sid] = firings
        excluded = facts.excluded
        try:
            touched = []  # rulesets holding state of this session, deleted whatever happens
            try:
                for compiled in self.compiled:
                    evidence = [self._fact(f, item, sid, compiled, facts.date)
                                for f, item in zip(facts.evidence_facts, facts.counted_items)  # copies have no fact
                                if f["topic"] in compiled.topics]
                    batch = BATCH
                    if compiled.references:
                        evidence += [dict(ref, sid=sid) for ref in relations.ref_facts(facts.items)]
                        batch = max(len(evidence), 1)  # a join needs every fact in one call: see BATCH
                    for start in range(0, len(evidence), batch):
                        touched.append(compiled.ruleset)
                        self._host.assert_facts(compiled.ruleset, evidence[start:start + batch])
                self._measure(firings, facts)
                for compiled in self.compiled:  # every witness is known: count and decide, stage by stage
                    for stage in range(1, compiled.stages + 1):
                        tallies = [tally for criterion in compiled.criteria
                                   if compiled.plans[criterion.id].stage >= stage
                                   for tally in self._tallies(criterion, compiled, stage, sid, firings, excluded)]
                        touched.append(compiled.ruleset)
                        self._host.assert_facts(compiled.ruleset, tallies)
            except durable_engine.MessageNotHandledException:
                raise
            except Exception as exc:  # noqa: BLE001 - an error code of the C engine (a limit met at run time)
                if not str(exc).startswith("Could not"):
                    raise
                touched.clear()  # its session state is not to be trusted, not even to delete
                raise EngineError(f"durable_rules failed on this bundle: {exc}") from None
            finally:
                for ruleset in dict.fromkeys(touched):
                    self._host.delete_state(ruleset, sid)
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
    def _tallies(criterion, compiled: _Compiled, stage: int, sid: str, firings: Firings, excluded: set) -> list[dict]:
        """The criterion's tally facts for one stage (one per bin): its leaves' witness counts and
        the counts of its groups counted in earlier stages."""
        tally = {"sid": sid, "type": "tally", "criterion": criterion.id, "stage": stage,
                 "excluded": criterion.id in excluded}
        for index in firings.witnesses[criterion.id]:
            tally[f"n{index}"] = firings.counts[(criterion.id, index)]
            measure = firings.measures.get((criterion.id, index))
            if measure is not None and measure.value is not None:
                tally[f"a{index}"] = measure.value
            if (criterion.id, index) in firings.everies:
                tally[f"t{index}"] = len(firings.collected.get((criterion.id, index, "topic"), ()))
        held = firings.held[criterion.id]
        for group in compiled.plans[criterion.id].groups:
            if group.stage < stage:
                tally[group.counter] = len(held.get(group.key, ()))
        return [dict(tally, id=f"#tally/{criterion.id}/{stage}/{b}", bin=b)
                for b in range(compiled.bins[(criterion.id, stage)])]

    def _measure(self, firings: Firings, facts: Facts) -> None:
        """Per leaf, once every witness is known: what counts towards ``at_least`` (``n<i>``) and the
        aggregate over the witnesses (``a<i>``, see :mod:`measures`), for the tally facts to carry."""
        by_id = {item["id"]: item for item in facts.items}
        order = {item["id"]: i for i, item in enumerate(facts.items)}
        for criterion in self.catalogue.criteria:
            for leaf in criterion.tree.leaves:
                key = (criterion.id, leaf.index)
                found = firings.witnesses[criterion.id][leaf.index]
                if "lacking" in leaf.spec:  # the items looked at, less those a matching item refers to
                    referred = set(firings.collected.get((*key, "referred"), []))
                    found[:] = [i for i in firings.collected.get((*key, "pool"), []) if i not in referred]
                found.sort(key=order.__getitem__)  # bundle order, so that words and sums read the same every run
                items = [by_id[i] for i in found]
                firings.counts[key] = measures.count(leaf.spec, items)
                if leaf.spec.get("every"):
                    firings.everies.add(key)
                if "aggregate" in leaf.spec:
                    firings.measures[key] = measures.aggregate(leaf.spec, items,
                                                               set(firings.collected.get((*key, "share"), [])))

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
