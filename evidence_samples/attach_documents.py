"""Give the 3-, 4- and 5-star samples their documents: one small file per evidence item that the
criteria of levels 1 and 2 cite, in a folder beside each bundle, referenced with its sha256.

Run by hand (``python evidence_samples/attach_documents.py``) after changing a sample, and commit
the files and bundles it writes. Each file is an extract of the document the item stands for:
approved documents as a one-page PDF, the rest as UTF-8 text. Certification mode
(``cmm assess --mode certification``) then rates what these documents support: levels 1 and 2,
and nothing that rests on claims alone.
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


def main() -> None:
    catalogue = load_catalogue()
    for name in SAMPLES:
        bundle = HERE / f"{name}.yaml"
        report = assess(bundle, catalogue)
        cited = {eid for f in report["findings"] if f["level"] <= LEVELS and f["result"] == "pass"
                 for eid in f["evidence"]}
        items = {e["id"]: e for e in report["evidence"]}
        folder = HERE / f"{name}-files"
        folder.mkdir(exist_ok=True)
        raw = {i["id"]: i for i in __import__("yaml").safe_load(bundle.read_text(encoding="utf-8"))["evidence"]}
        lines = bundle.read_text(encoding="utf-8").split("\n")
        out, current = [], None
        for n, line in enumerate(lines):
            out.append(line)
            match = re.match(r"  - id: (\S+)", line)
            if match:
                current = match.group(1)
            following = lines[n + 1] if n + 1 < len(lines) else ""
            if current in cited and not following.startswith("    ") and current in items:
                file_name, data = document(raw[current], report["organisation"]["id"])
                (folder / file_name).write_bytes(data)
                out += ["    attachments:", f"      - path: {folder.name}/{file_name}",
                        f"        sha256: {hashlib.sha256(data).hexdigest()}"]
                current = None
        bundle.write_text("\n".join(out), encoding="utf-8")
        print(name, len(cited), "documents")


if __name__ == "__main__":
    main()
