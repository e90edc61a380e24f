"""Attachments: the files an evidence bundle points at, kept inside its folder.

A bundle comes from outside, so a path written in it must never make the
checker read an arbitrary file. Every attachment path is relative to the
folder that holds the bundle and must stay inside it:

* absolute paths (``/etc/passwd``, ``C:\\x``), backslashes, NUL bytes and
  any ``..`` segment are refused as written, before the filesystem is asked;
* the path is then resolved with every symbolic link followed, and a result
  outside the bundle's folder (a link leading out) is refused too;
* only regular files are read: a directory, a FIFO or a device is refused.

Each of those is an :class:`InputError` (exit 2) naming the bundle and the
JSON path of the attachment: the bundle is malformed and nothing is assessed.

What is *not* an input error is the state of a well-placed file: it may be
missing, unreadable, or its bytes may not match the ``sha256`` the bundle
declares. Those are integrity failures. They are recorded in the report
(``integrity``), every finding that cites the evidence item carrying the
attachment becomes an ``error`` finding, and the decision is marked not
valid. A certification body gets a complete report that says exactly which
file failed, instead of no report at all.

Limits, stated so nobody relies on more: the final path component is opened
with ``O_NOFOLLOW`` after the check, but a directory swapped for a link
between the check and the read is not guarded against (the bundle's folder
is expected not to change under a running assessment); a hard link made by
someone who can already write into the folder is an ordinary file; files are
hashed in 1 MiB chunks whatever their size.
"""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError
from .load import Document, json_path

#: Statuses of one attachment reference.
VERIFIED = "verified"          # declared sha256 matches the file
UNDECLARED = "not_declared"    # no sha256 declared; the file's digest is recorded
MISMATCH = "mismatch"          # declared sha256 differs from the file's
MISSING = "missing"            # no such file inside the bundle's folder
UNREADABLE = "unreadable"      # the file exists but cannot be read
EMPTY = "empty"                # the file has no bytes: it documents nothing
WRONG_TYPE = "wrong_type"      # the bytes are not what the file's name says (a .pdf that is not a PDF)
SELF = "bundle_itself"         # the attachment is the bundle file (or a copy of it)
FAILED = (MISMATCH, MISSING, UNREADABLE, EMPTY, WRONG_TYPE, SELF)
STATUSES = (VERIFIED, UNDECLARED, MISMATCH, MISSING, UNREADABLE, EMPTY, WRONG_TYPE, SELF)

#: What the first bytes of a file of each kind are (magic numbers); text is told by decoding.
_MAGIC = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "tiff": (b"II*\x00", b"MM\x00*"),
    "webp": (b"RIFF",),
    "office": (b"PK\x03\x04",),                    # docx, xlsx, pptx, odt…: zip containers
    "ole": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),  # doc, xls, ppt
}
_EXTENSIONS = {
    ".pdf": "pdf", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif", ".tif": "tiff", ".tiff": "tiff",
    ".webp": "webp", ".docx": "office", ".xlsx": "office", ".pptx": "office", ".odt": "office", ".ods": "office",
    ".zip": "office", ".doc": "ole", ".xls": "ole", ".ppt": "ole",
    ".txt": "text", ".md": "text", ".csv": "text", ".json": "text", ".xml": "text", ".html": "text",
    ".htm": "text", ".yaml": "text", ".yml": "text", ".log": "text",
}
_SNIFF_BYTES = 64 * 1024

_CHUNK = 1 << 20


def bundle_folder(doc: Document) -> Path:
    """The folder attachment paths are relative to (the bundle's own)."""
    return Path(doc.path).resolve().parent


def path_problem(text: str) -> str | None:
    """Why an attachment path is refused as written, or ``None``."""
    if "\0" in text:
        return "attachment path contains a NUL byte"
    if "\\" in text:
        return f"attachment path {text!r} uses a backslash; write paths with '/' relative to the bundle's folder"
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        return f"attachment path {text!r} is absolute; attachments must be relative to the bundle's folder"
    parts = PurePosixPath(text).parts
    if ".." in parts:
        return f"attachment path {text!r} leads out of the bundle's folder ('..' is not allowed)"
    if not parts or parts == (".",):
        return f"attachment path {text!r} names no file"
    return None


def resolve(base: Path, text: str) -> tuple[Path | None, str | None]:
    """Resolve ``text`` inside ``base``: ``(path, None)`` or ``(None, why refused)``.

    A path that does not exist resolves to its would-be place (the caller
    records it as missing); one that exists must be a regular file whose
    real location, links followed, is inside ``base``.
    """
    problem = path_problem(text)
    if problem:
        return None, problem
    candidate = base.joinpath(*PurePosixPath(text).parts)
    try:
        real = Path(os.path.realpath(candidate))
    except (OSError, ValueError) as exc:  # pragma: no cover - realpath rarely fails
        return None, f"attachment path {text!r} cannot be resolved: {exc}"
    if real != base and base not in real.parents:
        return None, f"attachment path {text!r} leads out of the bundle's folder through a symbolic link"
    if os.path.lexists(candidate) and not os.path.exists(candidate):
        return None, f"attachment path {text!r} is a broken symbolic link"
    if real.exists():
        try:
            mode = real.stat().st_mode
        except OSError:
            return real, None  # reported as unreadable when hashed
        if not stat.S_ISREG(mode):
            kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            return None, f"attachment path {text!r} is {kind}"
    return real, None


def attachment_problems(doc: Document) -> list[InputError]:
    """Every attachment path in a schema-valid bundle that is refused."""
    base = bundle_folder(doc)
    problems = []
    for i, item in enumerate(doc.data.get("evidence", [])):
        for j, attachment in enumerate(item.get("attachments", [])):
            _, problem = resolve(base, attachment["path"])
            if problem:
                where = json_path(["evidence", i, "attachments", j, "path"])
                problems.append(InputError(problem, file=doc.path, where=where, line=doc.line_of(where)))
    return problems


def sha256_file(path: Path) -> tuple[str, int]:
    """sha256 and size of a regular file, read in chunks, never following a final link."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        digest, size = hashlib.sha256(), 0
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest(), size


@dataclass
class AttachmentCheck:
    """One attachment reference of one evidence item, checked against the disk."""

    evidence: str
    path: str
    declared_sha256: str | None
    sha256: str | None
    bytes: int | None
    status: str
    detail: str | None = None

    @property
    def failed(self) -> bool:
        return self.status in FAILED

    @property
    def problem(self) -> str:
        """The failure in words (empty for a good attachment)."""
        if self.status == MISMATCH:
            return (f"attachment {self.path} of {self.evidence} does not match its declared sha256:"
                    f" declared {self.declared_sha256}, file has {self.sha256}")
        if self.status == MISSING:
            return f"attachment {self.path} of {self.evidence} is missing from the bundle's folder"
        if self.status == UNREADABLE:
            return f"attachment {self.path} of {self.evidence} cannot be read: {self.detail}"
        if self.status == EMPTY:
            return f"attachment {self.path} of {self.evidence} is empty: an empty file documents nothing"
        if self.status == WRONG_TYPE:
            return f"attachment {self.path} of {self.evidence} is not what its name says: {self.detail}"
        if self.status == SELF:
            return f"attachment {self.path} of {self.evidence} is the bundle itself, not a document"
        return ""

    def as_dict(self) -> dict:
        out = {"evidence": self.evidence, "path": self.path, "status": self.status,
               "declared_sha256": self.declared_sha256, "sha256": self.sha256, "bytes": self.bytes}
        if self.failed:
            out["problem"] = self.problem
        return out


def check_attachments(doc: Document) -> list[AttachmentCheck]:
    """Hash every attachment of a bundle that passed :func:`attachment_problems`.

    Each file is read once however many items reference it; results come in
    bundle order (item, then attachment).
    """
    base = bundle_folder(doc)
    cache: dict[Path, tuple[str | None, int | None, str, str | None]] = {}
    bundle_sha = hashlib.sha256(doc.raw).hexdigest()
    out = []
    for i, item in enumerate(doc.data.get("evidence", [])):
        for j, attachment in enumerate(item.get("attachments", [])):
            text = attachment["path"]
            real, problem = resolve(base, text)
            if problem:  # the file changed between validation and now
                where = json_path(["evidence", i, "attachments", j, "path"])
                raise InputError(problem, file=doc.path, where=where, line=doc.line_of(where))
            if real not in cache:
                if not real.exists():
                    cache[real] = (None, None, MISSING, None)
                else:
                    try:
                        sha, size = sha256_file(real)
                        problem = content_problem(real, size)
                        if sha == bundle_sha:
                            cache[real] = (sha, size, SELF, None)
                        elif size == 0:
                            cache[real] = (sha, size, EMPTY, None)
                        elif problem:
                            cache[real] = (sha, size, WRONG_TYPE, problem)
                        else:
                            cache[real] = (sha, size, UNDECLARED, None)
                    except OSError as exc:
                        cache[real] = (None, None, UNREADABLE, exc.strerror or str(exc))
            sha, size, status, detail = cache[real]
            declared = attachment.get("sha256")
            if status == UNDECLARED and declared:
                status = VERIFIED if declared == sha else MISMATCH
            out.append(AttachmentCheck(item["id"], text, declared, sha, size, status, detail))
    return out


def sniff(head: bytes) -> str | None:
    """The kind of file ``head`` (its first bytes) begins, by magic number, or ``"text"``, or ``None``."""
    for kind, magics in _MAGIC.items():
        if head.startswith(magics):
            return kind
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text"
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3:  # a character cut by the sniffing window
                return "text"
    return None


def content_problem(path: Path, size: int) -> str | None:
    """Why a non-empty file's bytes do not match the type its name claims, or ``None``.

    A name with no known extension must still hold a known kind of document.
    """
    if size == 0:
        return None
    with open(path, "rb") as handle:
        found = sniff(handle.read(_SNIFF_BYTES))
    claimed = _EXTENSIONS.get(path.suffix.lower())
    if claimed is None:
        return None if found else "its content is not a known kind of document (PDF, text, image, office file)"
    if found != claimed:
        return f"named {path.suffix.lower()} ({claimed}) but its bytes are {found or 'of no known kind'}"
    return None


def integrity_section(checks: list[AttachmentCheck]) -> dict:
    """The report's ``integrity`` section: passed or failed, and every problem."""
    problems = [c.as_dict() for c in checks if c.failed]
    counts = {s: sum(c.status == s for c in checks) for s in STATUSES}
    return {"status": "failed" if problems else "passed", "attachments_checked": len(checks),
            "counts": counts, "problems": problems}


def apply_integrity(findings: list[dict], checks: list[AttachmentCheck]) -> None:
    """Turn every finding that rests on evidence with a failed attachment into an error.

    The finding keeps what the rules said (``engine_result``) so a reader can
    see what the decision would have been, but its result is ``error``: a
    level is never awarded on evidence whose files cannot be trusted.
    """
    tainted: dict[str, list[str]] = {}
    for check in checks:
        if check.failed:
            tainted.setdefault(check.evidence, []).append(check.problem)
    if not tainted:
        return
    for finding in findings:
        if finding["result"] == "not_applicable":  # an honoured exclusion rests on no evidence
            continue
        cited = finding["evidence"] + finding.get("counter_evidence", [])
        reasons = [p for eid in dict.fromkeys(cited) for p in tainted.get(eid, [])]
        if not reasons:
            continue
        finding["engine_result"] = finding["result"]
        finding["result"] = "error"
        finding["missing"] = []
        finding["error"] = "evidence integrity failed: " + "; ".join(reasons)
