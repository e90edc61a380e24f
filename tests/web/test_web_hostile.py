"""Hostile uploads: each is refused with one line (400/413), writes nothing outside the data dir,
leaves nothing behind, and no request leaves a traceback in the server log."""
from __future__ import annotations

import io
import stat
import warnings
import zipfile

import pytest

from conftest import MAX_BYTES, THREE_STAR, tracebacks


def zip_bytes(*entries: tuple[str, bytes, int | None], compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of (name, content, Unix mode or None) entries, written as a hostile client would."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", compression) as archive:
        warnings.simplefilter("ignore")   # duplicate names are the point of one case
        for name, content, mode in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = compression
            if mode is not None:
                info.external_attr = mode << 16
            archive.writestr(info, content)
    return out.getvalue()


BUNDLE = THREE_STAR.read_bytes()
HOSTILE = {
    "zip slip": (zip_bytes(("bundle.yaml", BUNDLE, None), ("../../escaped.txt", b"x", None)), "'..' is not allowed"),
    "absolute path": (zip_bytes(("bundle.yaml", BUNDLE, None), ("/tmp/escaped.txt", b"x", None)),
                      "absolute paths are not allowed"),
    "drive letter": (zip_bytes(("bundle.yaml", BUNDLE, None), ("C:/escaped.txt", b"x", None)),
                     "absolute paths are not allowed"),
    "backslash": (zip_bytes(("bundle.yaml", BUNDLE, None), ("..\\escaped.txt", b"x", None)), "backslashes"),
    "symbolic link": (zip_bytes(("bundle.yaml", BUNDLE, None), ("attachments/passwd", b"/etc/passwd",
                                                                stat.S_IFLNK | 0o777)), "symbolic link"),
    "character device": (zip_bytes(("bundle.yaml", BUNDLE, None), ("null", b"", stat.S_IFCHR | 0o666)),
                         "character device"),
    "fifo": (zip_bytes(("bundle.yaml", BUNDLE, None), ("pipe", b"", stat.S_IFIFO | 0o644)), "FIFO"),
    "too many entries": (zip_bytes(("bundle.yaml", BUNDLE, None), *[(f"f{i}.txt", b"", None) for i in range(600)],
                                   compression=zipfile.ZIP_STORED), "entries; at most"),
    "zip bomb (ratio)": (zip_bytes(("bundle.yaml", BUNDLE, None), ("bomb.txt", b"\0" * 5_000_000, None)),
                         "expands"),
    "not a zip": (b"PK\x03\x04 this is not really a zip", "not a readable zip file"),
    "no bundle inside": (zip_bytes(("readme.txt", b"hello", None)), "holds no bundle"),
    "two bundles": (zip_bytes(("a.yaml", BUNDLE, None), ("b.yaml", BUNDLE, None)), "several bundles"),
    "duplicate entry": (zip_bytes(("bundle.yaml", BUNDLE, None), ("x/a.txt", b"1", None), ("x/a.txt", b"2", None)),
                        "appears twice"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_zip_is_refused(web, case):
    body, expected = HOSTILE[case]
    with web.api("ann") as client:
        answer = client.post("/api/v1/assessments", content=body, headers={"content-type": "application/zip"})
    assert answer.status_code == 400, answer.text
    assert expected in answer.json()["error"]
    assert "\n" not in answer.json()["error"]
    uploads = web.server.data_dir / "uploads"
    assert list(uploads.iterdir()) == []                                  # nothing left behind
    base = web.server.data_dir.parent
    assert not list(base.rglob("escaped.txt")) and not (base.parent / "escaped.txt").exists()


def test_zip_bundle_whose_attachment_path_leaves_the_folder(web):
    """A bundle inside a zip naming ``../`` attachments is refused by the pipeline, as by the CLI."""
    bundle = BUNDLE.decode() + ("\n  - id: X-LEAK\n    topic: strategic_plan\n    kind: document\n    title: leak\n"
                                "    issued: \"2026-01-01\"\n    attachments:\n      - path: ../../../../etc/passwd\n")
    with web.api("ann") as client:
        answer = client.post("/api/v1/assessments", content=zip_bytes(("bundle.yaml", bundle.encode(), None)),
                             headers={"content-type": "application/zip"})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error.startswith("bundle.yaml") and ".attachments[0].path" in error and "root:" not in error


def test_hostile_bodies(web):
    with web.api("prov-a") as client:
        # YAML that tries to build Python objects, or an alias bomb: the CLI's loader refuses both
        python = client.post("/api/v1/assessments", content=b"!!python/object/apply:os.system ['id']\n",
                             headers={"content-type": "application/yaml"})
        assert python.status_code == 400
        bomb = b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n".encode()
            for i in range(12))
        assert client.post("/api/v1/assessments", content=bomb, headers={"content-type": "application/yaml"}
                           ).status_code == 400
        assert client.post("/api/v1/assessments", content=b"\xff\xfe\x00garbage",
                           headers={"content-type": "application/json"}).status_code == 400
        # a body larger than the limit, announced or not (chunked), is 413
        def chunks():
            for _ in range(MAX_BYTES // 10_000 + 2):
                yield b"#" * 10_000
        chunked = client.post("/api/v1/assessments", content=chunks(), headers={"content-type": "application/yaml"})
        assert chunked.status_code == 413
        huge_zip = client.post("/api/v1/assessments", content=b"PK" + b"\0" * (MAX_BYTES + 10),
                               headers={"content-type": "application/zip"})
        assert huge_zip.status_code == 413 and "error" in huge_zip.json()


def test_the_server_log_has_no_traceback(web):
    """Runs after the hostile uploads above (and whatever ran before): none left a traceback."""
    assert tracebacks(web) == []
