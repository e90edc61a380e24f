"""Stage 1 — load: read a YAML or JSON file into plain data, safely.

Evidence bundles come from outside, so the loader assumes they may be hostile:
only regular files are read (opened without blocking, so a named pipe cannot
stall it), a size cap is checked before reading, YAML is composed by the safe
loader — libyaml's parser when PyYAML has it — and converted node by node (no
Python objects, no custom tags or merge keys, no duplicate keys, a cap on the
number of values so that alias bombs stop early, a cap on nesting depth, finite
numbers), JSON rejects NaN/Infinity and duplicate keys, and bytes must be
UTF-8. Dates stay strings, exactly as written, so that what the schema checks
is what the author wrote.

Later stages can ask a :class:`Document` for the line of any JSON path, to say
*where* a schema violation is; the line map is built on the first such
question, so a valid bundle never pays for it.
"""
from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path

import yaml

from .errors import InputError

#: Default cap on the size of one input file (bytes); ``CMM_MAX_BYTES`` or the
#: ``--max-bytes`` option change it.
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
#: Cap on the number of YAML/JSON nodes in one document (alias bombs).
MAX_NODES = 300_000
#: Cap on nesting depth.
MAX_DEPTH = 64


class Document:
    """A loaded file: its data, its raw bytes and where each JSON path starts.

    The line map is built only when something asks for a line (an error
    message): a valid bundle never pays for it.
    """

    __slots__ = ("path", "data", "raw", "_lines", "_source")

    def __init__(self, path: str, data: object, raw: bytes, lines: dict[str, int] | None = None,
                 source: str | None = None):
        self.path = path
        self.data = data
        self.raw = raw
        self._lines = lines
        self._source = source

    def __repr__(self) -> str:
        return f"Document({self.path!r})"

    @property
    def lines(self) -> dict[str, int]:
        """JSON path → 1-based line where its value starts (built on first use)."""
        if self._lines is None:
            self._lines = _line_map(self._source, self.path) if self._source is not None else {}
            self._source = None
        return self._lines

    def locate(self, problem):
        """A problem found in this document, placed as precisely as the format allows (a workbook names its cell)."""
        return problem

    def line_of(self, where: str) -> int | None:
        """Line of ``where`` or of its nearest enclosing path that has one."""
        lines = self.lines
        probe = where
        while probe:
            if probe in lines:
                return lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            if cut <= 0:
                break
            probe = probe[:cut]
        return lines.get("$")


def json_path(parts) -> str:
    """``['evidence', 3, 'id']`` → ``$.evidence[3].id``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """Read a regular file, refusing missing files, directories, pipes and devices, and oversized files.

    The file is opened without blocking and checked on the open descriptor,
    so a FIFO (which would wait forever for a writer), ``/dev/zero`` or a
    file swapped after the check never reaches the parser.
    """
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError("file not found", file=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", file=name) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read file: {getattr(exc, 'strerror', None) or exc}", file=name) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory, not a file", file=name)
        if not stat.S_ISREG(info.st_mode):
            raise InputError("is not a regular file (a pipe, socket or device)", file=name)
        if info.st_size > limit:
            raise InputError(f"file is {info.st_size} bytes, over the limit of {limit} bytes", file=name)
        with os.fdopen(fd, "rb") as handle:
            fd = None
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", file=name) from None
    finally:
        if fd is not None:
            os.close(fd)
    if len(raw) > limit:
        raise InputError(f"file is over the limit of {limit} bytes", file=name)
    return raw


def load_file(path: str | Path, max_bytes: int | None = None) -> Document:
    """Load ``path`` (``.json`` as JSON, ``.xlsx`` as a self-assessment workbook, anything else as YAML)."""
    if str(path).lower().endswith(".xlsx"):
        from .xlsx.bundle import read_bundle

        return read_bundle(path, max_bytes)
    raw = read_bytes(path, max_bytes)
    return load_bytes(raw, str(path), as_json=str(path).lower().endswith(".json"))


def load_bytes(raw: bytes, name: str, as_json: bool = False) -> Document:
    """Parse bytes that came from ``name``; the root must be a mapping."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte {exc.start})", file=name, line=line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("file is empty", file=name)
    doc = _load_json(text, name) if as_json else _load_yaml(text, name)
    doc.raw = raw
    if not isinstance(doc.data, dict):
        kind = type(doc.data).__name__ if doc.data is not None else "empty"
        raise InputError(f"the top level must be a mapping, found {_kind(kind)}", file=name, where="$",
                         line=doc.lines.get("$"))
    return doc


def _kind(name: str) -> str:
    return {"list": "a list", "str": "a string", "int": "a number", "float": "a number",
            "bool": "a boolean", "empty": "nothing"}.get(name, name)


# --------------------------------------------------------------------- JSON


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _no_duplicates(pairs):
    out = dict(pairs)
    if len(out) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return out


def _load_json(text: str, name: str) -> Document:
    try:
        data = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", file=name, line=exc.lineno) from None
    except ValueError as exc:
        raise InputError(f"malformed JSON: {exc}", file=name) from None
    except RecursionError:
        raise InputError(f"nesting is too deep (more than {MAX_DEPTH} levels)", file=name) from None
    _check_shape(data, name)
    return Document(name, data, b"", source=text)


def _check_shape(data, name: str) -> None:
    """Depth, size and finite numbers for data already parsed."""
    stack = [(data, 0)]
    count = 0
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise InputError(f"more than {MAX_NODES} values in one document", file=name)
        if depth > MAX_DEPTH:
            raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name)
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise InputError("numbers must be finite (no NaN or Infinity)", file=name)


# --------------------------------------------------------------------- YAML

_BASE_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVE = _BASE_PARSER.resolve
_SCALAR_NODE = yaml.ScalarNode
#: Resolved tags of short plain scalars (keys, enums, numbers), shared by every load in a process.
_TAGS: dict[tuple[str, bool], str] = {}
_TAGS_MAX = 8192


class _Parser(_BASE_PARSER):
    """libyaml's parser when PyYAML was built with it (about ten times faster), else PyYAML's own.

    Only the composer runs, never a constructor of Python objects. The tag of
    a plain scalar depends on its text alone (the safe loader has no path
    resolvers), so resolved tags of short scalars — the same keys and values
    in every bundle — are remembered instead of running the resolver's
    regular expressions for each one; the memo is capped, so memory stays flat.
    """

    def resolve(self, kind, value, implicit):
        if kind is _SCALAR_NODE and len(value) <= 40 and not self.yaml_path_resolvers:
            key = (value, bool(implicit[0]))
            tag = _TAGS.get(key)
            if tag is None:
                tag = _RESOLVE(self, kind, value, implicit)
                if len(_TAGS) < _TAGS_MAX:
                    _TAGS[key] = tag
            return tag
        return _RESOLVE(self, kind, value, implicit)


_PARSER = _Parser

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALAR_TAGS = {
    _STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", _TIMESTAMP,
}
_CONSTRUCT = yaml.SafeLoader.yaml_constructors


def _short_where(where: str) -> str:
    """A JSON path short enough for a one-line message."""
    return where if len(where) <= 120 else where[:50] + "…" + where[-50:]


class _Converter:
    """Turn a composed YAML node tree into plain data.

    Every value visited is counted (an alias is visited again each time it is
    used, so an alias bomb stops at :data:`MAX_NODES`), nesting is capped at
    :data:`MAX_DEPTH`, only the standard tags are accepted, and keys must be
    unique. With ``lines`` it also records the line of every JSON path.
    """

    def __init__(self, name: str, lines: dict[str, int] | None = None):
        self.name = name
        self.lines = lines
        self.count = 0
        self.scalars = yaml.SafeLoader("")

    def fail(self, message: str, node, path) -> InputError:
        return InputError(message, file=self.name, where=_short_where(json_path(path)),
                          line=node.start_mark.line + 1)

    def convert(self, node, path: list, depth: int = 0):
        self.count += 1
        if self.count > MAX_NODES:
            raise self.fail(f"more than {MAX_NODES} values (an alias bomb?)", node, path)
        if depth > MAX_DEPTH:
            raise self.fail(f"nesting deeper than {MAX_DEPTH} levels", node, path)
        if self.lines is not None:
            self.lines.setdefault(json_path(path), node.start_mark.line + 1)
        cls = node.__class__
        if cls is yaml.ScalarNode:
            return self.scalar(node, path)
        if cls is yaml.MappingNode:
            if node.tag != _MAP:
                raise self.fail(f"YAML tag {node.tag!r} is not allowed", node, path)
            out = {}
            inline = self.lines is None and depth < MAX_DEPTH  # a text child passes every check
            for key_node, value_node in node.value:
                if key_node.tag == _STR and key_node.__class__ is _SCALAR_NODE:
                    key = key_node.value
                else:
                    if key_node.tag == "tag:yaml.org,2002:merge":
                        raise self.fail("YAML merge keys (<<) are not allowed", key_node, path)
                    if key_node.__class__ is not _SCALAR_NODE:
                        raise self.fail("mapping keys must be plain text", key_node, path)
                    key = self.scalar(key_node, path)
                    if key.__class__ is not str:
                        key = str(key).lower() if isinstance(key, bool) else str(key)
                if key in out:
                    raise self.fail(f"duplicate key {key!r}", key_node, path)
                if (inline and value_node.__class__ is _SCALAR_NODE and self.count < MAX_NODES
                        and (value_node.tag == _STR or value_node.tag == _TIMESTAMP)):
                    self.count += 1
                    out[key] = value_node.value
                    continue
                path.append(key)
                out[key] = self.convert(value_node, path, depth + 1)
                path.pop()
            return out
        if cls is yaml.SequenceNode:
            if node.tag != _SEQ:
                raise self.fail(f"YAML tag {node.tag!r} is not allowed", node, path)
            out = []
            for i, item in enumerate(node.value):
                path.append(i)
                out.append(self.convert(item, path, depth + 1))
                path.pop()
            return out
        raise self.fail(f"unexpected YAML node {cls.__name__}", node, path)  # pragma: no cover

    def scalar(self, node, path):
        tag = node.tag
        if tag == _STR or tag == _TIMESTAMP:
            return node.value  # dates stay exactly as written; the schema checks them
        if tag not in _SCALAR_TAGS:
            raise self.fail(f"YAML tag {tag!r} is not allowed", node, path)
        value = _CONSTRUCT[tag](self.scalars, node)
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail("numbers must be finite (no .nan or .inf)", node, path)
        return value


def _compose(text: str, name: str):
    """The YAML node tree of a single-document stream (no Python objects are built)."""
    try:
        loader = _PARSER(text)
        try:
            return loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        line = mark.line + 1 if mark else None
        if "nesting depth" in problem:  # libyaml's own cap (1000 levels), far above ours
            raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name, line=line) from None
        raise InputError(f"malformed YAML: {problem}", file=name, line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML: {' '.join(str(exc).split())}", file=name) from None
    except RecursionError:
        raise InputError("nesting is too deep", file=name) from None


def _load_yaml(text: str, name: str) -> Document:
    node = _compose(text, name)
    if node is None:
        raise InputError("file is empty", file=name)
    try:
        data = _Converter(name).convert(node, [])
    except RecursionError:
        raise InputError("nesting is too deep", file=name) from None
    return Document(name, data, b"", source=text)


def _line_map(text: str, name: str) -> dict[str, int]:
    """JSON path → line, for a document that has already loaded (JSON is read as YAML here).

    A YAML document composes again exactly as it loaded. JSON is (almost) a
    subset of YAML, but not quite: a string with an escape YAML 1.1 does not
    know (a surrogate pair such as ``\\ud83d\\ude00``) is a YAML error. Such a
    document gets no line map (or the part read before YAML disagreed), and a
    message about it names the JSON path without a line.
    """
    lines: dict[str, int] = {}
    try:
        node = _compose(text, name)
        if node is not None:
            _Converter(name, lines).convert(node, [])
    except InputError:  # the text is JSON that YAML reads differently; the error is not the user's
        pass
    return lines
