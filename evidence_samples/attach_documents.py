"""Give the samples their documents: one small file per evidence item an assessor would ask to see,
in a folder beside each bundle (``<sample>-files/``), referenced with its sha256.

Which items: for the 3-, 4- and 5-star samples, every item the passing criteria of levels 1 and 2
cite (certification mode, ``cmm assess --mode certification``, then rates what these documents
support: levels 1 and 2, and nothing that rests on claims alone); and for every sample, every item
a criterion marked ``requires_document: true`` would cite — the items that count for its positive
conditions, whether the criterion passes yet or not — since such a criterion passes only on
documented evidence.

Run by hand (``python evidence_samples/attach_documents.py``) after changing a sample, and commit
the files and bundles it writes. It is idempotent: the ``attachments:`` it wrote before (those
pointing into ``<sample>-files/``) are replaced, not repeated, files no item refers to any more are
removed, and a second run changes nothing. Each file is an extract of the document the item stands
for: approved documents as a one-page PDF, the rest as UTF-8 text.
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from cmm_rules import assess, load_catalogue  # noqa: E402

SAMPLES = ["city-service-platform-3star", "provincial-sme-centre-4star", "national-platform-5star"]
LEVELS = 2


def pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF showing ``lines`` (ASCII) in Helvetica."""
    text = "BT /F1 11 Tf 56 780 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines) + " ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
               b" /Contents 5 0 R >>", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(text) + text.encode() + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def document(item: dict, org: str) -> tuple[str, bytes]:
    """The file name and bytes of an item's document extract."""
    if "approval" in item and item["kind"] == "document":
        lines = [f"{org} - evidence {item['id']} ({item['topic']})", f"issued {item.get('issued', '-')}",
                 f"approved {item['approval']['date']}", "extract of the approved document held on file"]
        return f"{item['id']}.pdf", pdf(lines)
    attributes = "\n".join(f"{k}: {v}" for k, v in item.get("attributes", {}).items())
    text = (f"{item['title']}\n证据编号 {item['id']}（{item['topic']}），{item['kind']}，"
            f"日期 {item.get('issued', '未注明')}\n{attributes}\n摘录：原件存档备查。\n")
    return f"{item['id']}.txt", text.encode("utf-8")


def wanted(bundle: Path, catalogue) -> set[str]:
    """The ids of the items of ``bundle`` that get a document."""
    report = assess(bundle, catalogue)
    ids = {e["id"] for e in report["evidence"]}
    out = set()
    for f in report["findings"]:
        criterion = catalogue.by_id[f["criterion"]]
        passed = f.get("engine_result", f["result"]) == "pass"  # the rules' verdict, before any basis check
        if bundle.stem in SAMPLES and f["level"] <= LEVELS and passed:
            out.update(f["evidence"])
        if criterion.requires_document:  # the candidates of each positive condition, passing or not
            for leaf in criterion.tree.leaves:
                if not leaf.negated:
                    out.update(f["conditions"][leaf.index]["evidence"])
    return out & ids


def strip_managed(lines: list[str], folder: str) -> list[str]:
    """``lines`` without the ``attachments:`` blocks this script wrote (all their paths in ``folder``)."""
    out, n = [], 0
    while n < len(lines):
        if lines[n] == "    attachments:":
            end = n + 1
            while end < len(lines) and lines[end].startswith("      "):
                end += 1
            paths = [line.split("path:", 1)[1].strip() for line in lines[n + 1:end] if "path:" in line]
            if paths and all(p.startswith(f"{folder}/") for p in paths):
                n = end
                continue
        out.append(lines[n])
        n += 1
    return out


def attach(bundle: Path, ids: set[str], org: str) -> int:
    """Write the documents of ``ids`` and the bundle that references them; return how many."""
    import yaml

    folder = bundle.parent / f"{bundle.stem}-files"
    text = bundle.read_text(encoding="utf-8")
    raw = {i["id"]: i for i in yaml.safe_load(text)["evidence"]}
    lines = strip_managed(text.split("\n"), folder.name)
    has_own = {current for current, line in _items(lines) if line == "    attachments:"}  # attached by hand
    out, written = [], set()
    for n, (current, line) in enumerate(_items(lines)):
        out.append(line)
        following = lines[n + 1] if n + 1 < len(lines) else ""
        if current in ids and current not in has_own and not following.startswith("    "):
            file_name, data = document(raw[current], org)
            folder.mkdir(exist_ok=True)
            if not (folder / file_name).is_file() or (folder / file_name).read_bytes() != data:
                (folder / file_name).write_bytes(data)
            written.add(file_name)
            out += ["    attachments:", f"      - path: {folder.name}/{file_name}",
                    f"        sha256: {hashlib.sha256(data).hexdigest()}"]
    new = "\n".join(out)
    if new != text:
        bundle.write_text(new, encoding="utf-8")
    if folder.is_dir():  # what no item refers to any more goes
        for stale in sorted(p for p in folder.iterdir() if p.is_file() and p.name not in written):
            stale.unlink()
        if not any(folder.iterdir()):
            folder.rmdir()
    return len(written)


def _items(lines: list[str]):
    """(id of the evidence item the line belongs to, or None; line) for every line."""
    current = None
    for line in lines:
        match = re.match(r"  - id: (\S+)", line)
        if match:
            current = match.group(1)
        elif line and not line.startswith("    "):
            current = None
        yield current, line


def attach_all(folder: Path = HERE, catalogue=None) -> dict[str, int]:
    """Attach the documents of every sample bundle in ``folder``; the number of documents per sample."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    counts = {}
    for bundle in sorted(folder.glob("*.yaml")):
        ids = wanted(bundle, catalogue)
        if ids or (folder / f"{bundle.stem}-files").is_dir():
            org = __import__("yaml").safe_load(bundle.read_text(encoding="utf-8"))["organisation"]["id"]
            counts[bundle.stem] = attach(bundle, ids, org)
    return counts


def main() -> None:
    for name, n in attach_all().items():
        print(name, n, "documents")


if __name__ == "__main__":
    main()
