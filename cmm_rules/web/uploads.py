"""An uploaded bundle, written safely under the data dir.

A client sends a bundle as YAML or JSON, or a ``.zip`` holding the bundle and
its attachments. Everything lands in a fresh folder under
``DATA_DIR/uploads/``; nothing an upload names can make the server write
anywhere else. A zip is checked entry by entry *before* anything is written:

* at most ``max_zip_entries`` entries, at most ``max_unzipped_bytes`` in all,
  no entry expanding more than ``max_zip_ratio`` times (zip bombs); sizes are
  counted again while unpacking, since a header can lie;
* no absolute path, drive letter, backslash or ``..`` segment;
* no symbolic link, device, FIFO or socket (Unix mode bits), no encrypted entry.

Each refusal is an :class:`UploadError` (HTTP 400) with one line saying
which entry and why. The bundle itself is then loaded and validated by the
pipeline like any file, which keeps its attachments inside its folder.
"""
from __future__ import annotations

import io
import re
import shutil
import stat
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .settings import Limits

#: Media type of the request body → suffix of the bundle file written.
BUNDLE_TYPES = {
    "application/yaml": ".yaml", "application/x-yaml": ".yaml", "text/yaml": ".yaml", "text/x-yaml": ".yaml",
    "application/json": ".json",
}
ZIP_TYPES = {"application/zip", "application/x-zip-compressed"}
BUNDLE_SUFFIXES = (".yaml", ".yml", ".json")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
_CHUNK = 64 * 1024


class UploadError(Exception):
    """An upload the server refuses (HTTP 400): one line, naming the entry."""


@dataclass
class Upload:
    """A bundle unpacked in its own folder: ``bundle`` is the file to assess."""

    folder: Path
    bundle: Path

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def kind_of(content_type: str | None, filename: str | None = None) -> str:
    """'yaml', 'json' or 'zip' from the media type, else from the file name; UploadError otherwise."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media in ZIP_TYPES:
        return "zip"
    if media in BUNDLE_TYPES:
        return BUNDLE_TYPES[media].lstrip(".")
    suffix = Path(filename or "").suffix.lower()
    if suffix == ".zip":
        return "zip"
    if suffix in BUNDLE_SUFFIXES:
        return "json" if suffix == ".json" else "yaml"
    raise UploadError(f"unsupported media type {media or 'none'!r}: send application/yaml, application/json"
                      " or application/zip (a .zip with the bundle and its attachments)")


def bundle_name(filename: str | None, kind: str) -> str:
    """The bundle's file name: the client's base name when it is plain and fits the kind, else ``bundle.KIND``.

    The report records the bundle by file name, so ``cmm assess NAME --format json``
    on the same bytes gives the same report.
    """
    base = PurePosixPath((filename or "").replace("\\", "/")).name
    if base and not _SAFE_NAME.search(base) and not base.startswith(".") \
            and Path(base).suffix.lower() in BUNDLE_SUFFIXES and len(base) <= 100:
        return base
    return f"bundle.{kind}"


def save(body: bytes, kind: str, root: Path, limits: Limits, filename: str | None = None) -> Upload:
    """Write an uploaded body into a fresh folder under ``root``; a zip is checked, then unpacked."""
    folder = root / uuid.uuid4().hex
    folder.mkdir(mode=0o700)
    try:
        if kind == "zip":
            bundle = _unzip(body, folder, limits)
        else:
            bundle = folder / bundle_name(filename, kind)
            bundle.write_bytes(body)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Upload(folder, bundle)


# --------------------------------------------------------------------- zip


def _entry_path(info: zipfile.ZipInfo) -> PurePosixPath:
    """The entry's relative path, or UploadError for anything that could leave the folder."""
    name = info.filename
    if not name or "\x00" in name:
        raise UploadError("zip entry with an empty or NUL-containing name")
    if "\\" in name:
        raise UploadError(f"zip entry {name!r}: backslashes are not allowed in paths")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise UploadError(f"zip entry {name!r}: absolute paths are not allowed")
    path = PurePosixPath(name)
    if any(part == ".." for part in path.parts):
        raise UploadError(f"zip entry {name!r}: '..' is not allowed in paths")
    return path


def _entry_type(info: zipfile.ZipInfo) -> str:
    """'dir' or 'file'; UploadError for links, devices, FIFOs, sockets and encrypted entries."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        what = {stat.S_IFLNK: "symbolic link", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device",
                stat.S_IFIFO: "FIFO", stat.S_IFSOCK: "socket"}.get(kind, "special file")
        raise UploadError(f"zip entry {info.filename!r}: a {what} is not allowed; send regular files only")
    if info.flag_bits & 0x1:
        raise UploadError(f"zip entry {info.filename!r}: encrypted entries are not allowed")
    return "dir" if info.is_dir() or kind == stat.S_IFDIR else "file"


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> list[tuple[zipfile.ZipInfo, PurePosixPath, str]]:
    """Every entry with its path and type, once the whole archive passes the limits."""
    infos = archive.infolist()
    if len(infos) > limits.max_zip_entries:
        raise UploadError(f"the zip has {len(infos)} entries; at most {limits.max_zip_entries} are allowed")
    total = 0
    entries = []
    seen: set[str] = set()
    for info in infos:
        path = _entry_path(info)
        kind = _entry_type(info)
        key = str(path).casefold()
        if kind == "file":
            if key in seen:
                raise UploadError(f"zip entry {info.filename!r} appears twice")
            seen.add(key)
            total += info.file_size
            if info.file_size > 1024 and info.file_size > limits.max_zip_ratio * max(info.compress_size, 1):
                raise UploadError(f"zip entry {info.filename!r} expands {info.file_size // max(info.compress_size, 1)}"
                                  f" times; at most {limits.max_zip_ratio} times is allowed")
        entries.append((info, path, kind))
    if total > limits.max_unzipped_bytes:
        raise UploadError(f"the zip unpacks to {total} bytes; at most {limits.max_unzipped_bytes} are allowed")
    return entries


def _unzip(body: bytes, folder: Path, limits: Limits) -> Path:
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise UploadError(f"not a readable zip file: {exc}") from None
    with archive:
        entries = check_zip(archive, limits)
        root = folder.resolve()
        written = 0
        files: list[PurePosixPath] = []
        for info, path, kind in entries:
            target = (root / path).resolve()
            if target != root and root not in target.parents:
                raise UploadError(f"zip entry {info.filename!r} would be written outside the upload folder")
            if kind == "dir":
                target.mkdir(parents=True, exist_ok=True, mode=0o700)
                continue
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                with archive.open(info) as source, open(target, "xb") as out:
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        if written > limits.max_unzipped_bytes:
                            raise UploadError(f"the zip unpacks to more than {limits.max_unzipped_bytes} bytes")
                        out.write(chunk)
            except FileExistsError:
                raise UploadError(f"zip entry {info.filename!r} clashes with another entry") from None
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError) as exc:
                raise UploadError(f"zip entry {info.filename!r} cannot be unpacked: {exc}") from None
            files.append(path)
    return folder / _find_bundle(files)


def _find_bundle(files: list[PurePosixPath]) -> PurePosixPath:
    """The bundle of an unpacked zip: the one YAML/JSON file at its top, or in its single top folder."""
    candidates = [p for p in files if len(p.parts) == 1 and p.suffix.lower() in BUNDLE_SUFFIXES]
    tops = {p.parts[0] for p in files}
    if not candidates and len(tops) == 1 and all(len(p.parts) > 1 for p in files):
        candidates = [p for p in files if len(p.parts) == 2 and p.suffix.lower() in BUNDLE_SUFFIXES]
    named = [p for p in candidates if p.stem.lower() == "bundle"]
    if len(named) == 1:
        return named[0]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise UploadError("the zip holds no bundle: put one .yaml, .yml or .json file at its top level")
    raise UploadError("the zip holds several bundles at its top level ("
                      + ", ".join(sorted(str(p) for p in candidates)[:5])
                      + "); name the one to assess bundle.yaml")
