"""The tamper-evident event log.

Every change the register makes is one :class:`~.models.Event` appended in
the same transaction as the change. An event carries the full record of
each row it wrote (``rows``: table, key, columns; a secret column such as a
password hash only as its sha256), and ``hash = sha256(seq | prev_hash |
at | kind | actor | assessment | payload)`` where ``prev_hash`` is the
previous event's hash. So:

* editing an event breaks its own hash;
* deleting or reordering events breaks the ``seq``/``prev_hash`` links;
* editing, adding or deleting a row of any logged table makes the table
  disagree with the last event that recorded that row;
* a stored blob whose bytes no longer hash to its key, or that a row
  refers to and is gone, is named too.

:func:`check` walks all of it and returns the problems, first one first.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import orjson
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from .models import LOGGED, Assessment, AssessmentFile, Blob, Event

GENESIS = "0" * 64
#: The PostgreSQL advisory lock key that serialises appends to the log.
CHAIN_LOCK = 0x636D6D02


def canonical_text(value) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def row_key(obj) -> str:
    """The row's table and primary key, as the log names it: ``overrides/3/A1-S1-L2-01``."""
    mapper = inspect(obj).mapper
    return "/".join([mapper.local_table.name] + [str(getattr(obj, c.key)) for c in mapper.primary_key])


def row_record(obj) -> dict:
    """Every column of a row as plain JSON values (secret columns as their sha256)."""
    mapper = inspect(obj).mapper
    out = {}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        value = getattr(obj, prop.key)
        if column.info.get("digest_only") and value is not None:
            value = "sha256:" + hashlib.sha256(value.encode()).hexdigest()
        out[column.name] = value
    return out


def event_hash(seq: int, prev_hash: str, at: str, kind: str, actor: str | None, assessment_id: int | None,
               payload: str) -> str:
    material = "\n".join([str(seq), prev_hash, at, kind, actor or "", "" if assessment_id is None else str(assessment_id),
                          payload])
    return hashlib.sha256(material.encode()).hexdigest()


def append(session: Session, kind: str, at: str, actor: str | None = None, assessment_id: int | None = None,
           rows: list = (), deleted: list = (), details: dict | None = None) -> Event:
    """Append one event recording ``rows`` (mapped objects, flushed first) and ``deleted`` rows.

    Call it once per change, last, inside the transaction of the change.
    """
    session.flush()  # ids, versions and defaults are known before they are recorded
    if session.bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
    last = session.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    payload = {"rows": [{"key": row_key(o), "row": row_record(o)} for o in rows],
               "deleted": [row_key(o) for o in deleted]}
    if details:
        payload["details"] = details
    body = canonical_text(payload)
    entry = Event(seq=seq, at=at, kind=kind, actor=actor, assessment_id=assessment_id, payload=body, prev_hash=prev,
                  hash=event_hash(seq, prev, at, kind, actor, assessment_id, body))
    session.add(entry)
    session.flush()
    return entry


@dataclass
class Problem:
    """One thing ``cmm register check`` found wrong; ``event`` is the sequence number it names."""

    event: int | None
    message: str

    def __str__(self) -> str:
        return self.message


def _describe(e: Event) -> str:
    subject = f", assessment {e.assessment_id}" if e.assessment_id is not None else ""
    return f"event {e.seq} ({e.kind}{subject}, {e.at})"


def check(session: Session) -> tuple[int, list[Problem]]:
    """Walk the chain, the logged tables and the blobs; return (events walked, problems in order)."""
    problems: list[Problem] = []
    expected: dict[str, tuple[dict, Event]] = {}
    prev, expected_seq, walked = GENESIS, 1, 0
    for e in session.scalars(select(Event).order_by(Event.seq)):
        walked += 1
        if e.seq != expected_seq:
            problems.append(Problem(e.seq, f"{_describe(e)}: the log jumps from event {expected_seq - 1} to {e.seq};"
                                           f" event {expected_seq} was deleted"))
        elif e.prev_hash != prev:
            problems.append(Problem(e.seq, f"{_describe(e)}: it does not follow event {e.seq - 1}"
                                           " (its previous-hash link is broken: reordered or replaced)"))
        if event_hash(e.seq, e.prev_hash, e.at, e.kind, e.actor, e.assessment_id, e.payload) != e.hash:
            problems.append(Problem(e.seq, f"{_describe(e)} was edited: its content no longer matches its hash"))
        try:
            payload = orjson.loads(e.payload)
            for entry in payload.get("rows", []):
                expected[entry["key"]] = (entry["row"], e)
            for key in payload.get("deleted", []):
                expected.pop(key, None)
        except (orjson.JSONDecodeError, TypeError, KeyError, AttributeError):
            problems.append(Problem(e.seq, f"{_describe(e)} was edited: its payload is not what the register writes"))
        prev, expected_seq = e.hash, e.seq + 1
    actual = {}
    for model in LOGGED:
        for obj in session.scalars(select(model)):
            actual[row_key(obj)] = row_record(obj)
    for key in sorted(set(expected) | set(actual), key=lambda k: (expected[k][1].seq if k in expected else 10**12, k)):
        if key not in actual:
            record, e = expected[key]
            problems.append(Problem(e.seq, f"row {key} recorded by {_describe(e)} was deleted outside the register"))
        elif key not in expected:
            problems.append(Problem(None, f"row {key} was added outside the register: no event records it"))
        else:
            record, e = expected[key]
            # A column added by a later migration is absent from older records: absent and NULL agree.
            columns = sorted(c for c in set(record) | set(actual[key]) if record.get(c) != actual[key].get(c))
            if not columns:
                continue
            problems.append(Problem(e.seq, f"row {key} was edited outside the register: {', '.join(columns)}"
                                           f" no longer match{'es' if len(columns) == 1 else ''} {_describe(e)}"))
    problems.sort(key=lambda p: (p.event is None, p.event or 0))
    problems += _blob_problems(session)
    return walked, problems


def _blob_problems(session: Session) -> list[Problem]:
    out = []
    for sha, content in session.execute(select(Blob.sha256, Blob.content)):
        if hashlib.sha256(content).hexdigest() != sha:
            out.append(Problem(None, f"blob {sha[:16]}… was edited: its bytes no longer hash to its key"))
    stored = set(session.scalars(select(Blob.sha256)))
    wanted = set()
    for a in session.execute(select(Assessment.id, Assessment.report_sha256, Assessment.bundle_sha256)):
        wanted |= {a.report_sha256, a.bundle_sha256}
    wanted |= {s for s in session.scalars(select(AssessmentFile.sha256)) if s}
    for sha in sorted(wanted - stored):
        out.append(Problem(None, f"blob {sha[:16]}… was deleted: an assessment refers to it"))
    return out


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Event)) or 0
