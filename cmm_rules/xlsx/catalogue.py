"""A catalogue as an Excel workbook and back: `cmm catalogue export --format xlsx` / `cmm catalogue import`.

Editors review and amend criteria in a spreadsheet. The workbook holds one
row per criterion (sheet 准则 Criteria: id, domain, sub-domain, level,
titles, requirement, guidance, and the conditions as YAML flow text), one
row per topic and per topic attribute (词表 Vocabulary), and the header
(表头 Header: model, levels, roll-up, domains), each row naming the
catalogue file it belongs to, so that importing writes the same files with
the same content: the round trip is lossless (YAML comments aside).

Importing checks every file against the catalogue schema and then loads the
catalogue as ``--catalogue`` would; a problem names the sheet, the row and
the column of the cell to fix, and nothing is written.
"""
from __future__ import annotations

import copy
import os
import shutil
import tempfile
from pathlib import Path

import yaml
from openpyxl import Workbook

from ..catalogue import Catalogue, load_catalogue
from ..errors import InputError
from ..load import Document, load_file
from ..validate import schema_problems
from .common import WRAP, CellError, columns_of, flatten, flow, from_flow, open_workbook, read_table, unflatten, \
    write_table

CRITERIA, VOCABULARY, HEADER, ABOUT = "准则 Criteria", "词表 Vocabulary", "表头 Header", "说明 About"
_CRITERION_FIRST = ("file", "id", "domain", "subdomain", "level", "clause", "title.zh", "title.en",
                    "requirement.zh", "requirement.en")
_VOCABULARY_FIRST = ("file", "topic", "attribute", "zh", "en", "type", "unit", "description")
_ATTRIBUTE_WHOLE = ("codes", "items")
_SECTIONS = ("topics", "criteria")

ABOUT_TEXT = [
    ("本工作簿是一个评价准则库。每行注明所属的准则库文件（file 列）。", "This workbook is a criteria catalogue. Each row names the catalogue file it belongs to (column file)."),
    ("“准则”表每行一条准则；requires (YAML) 列是条件树，用 YAML 流式文本书写，如 {evidence: {topic: annual_work_plan, approved: true}}。",
     "Sheet Criteria: one row per criterion; the column requires (YAML) holds its condition tree as YAML flow text, e.g. {evidence: {topic: annual_work_plan, approved: true}}."),
    ("“词表”表：attribute 列为空的行是主题本身，其余各行是该主题的属性。", "Sheet Vocabulary: a row with an empty attribute column is the topic itself; the rows after it are its attributes."),
    ("“表头”表：模型、星级、汇总规则与领域，每格一个 YAML 流式值。", "Sheet Header: model, levels, roll-up policy and domains, one YAML flow value per cell."),
    ("导入：cmm catalogue import 本文件.xlsx -o 目录；有错误的单元格会按表、行、列指出，且不写入任何文件。",
     "Import: cmm catalogue import THIS.xlsx -o FOLDER; a cell that breaks the schema is named by sheet, row and column, and nothing is written."),
]


def _raw_files(catalogue: Catalogue) -> dict[str, dict]:
    """Each catalogue file's data as written (the loaded Catalogue keeps no per-file layout)."""
    root = Path(catalogue.root)
    return {name: load_file(root / name).data for name in sorted(catalogue.files)}


def export_workbook(catalogue: Catalogue, path: str | Path) -> None:
    files = _raw_files(catalogue)
    criteria, vocabulary, header = [], [], []
    for name, data in files.items():
        for key, value in data.items():
            if key in _SECTIONS:
                continue
            if isinstance(value, dict) and value:
                header += [{"file": name, "key": key, "part": str(k), "value": flow(v)} for k, v in value.items()]
            elif isinstance(value, list) and value:
                header += [{"file": name, "key": key, "part": f"#{i}", "value": flow(v)}
                           for i, v in enumerate(value, 1)]
            else:
                header.append({"file": name, "key": key, "part": None, "value": flow(value)})
        for topic, spec in data.get("topics", {}).items():
            # the topic's own row; its attributes follow one per row (an empty mapping stays on the topic row)
            vocabulary.append({"file": name, "topic": topic,
                               **flatten({k: v for k, v in spec.items() if k != "attributes" or not v})})
            for attribute, attr in spec.get("attributes", {}).items():
                fields = flatten(attr, _ATTRIBUTE_WHOLE) if isinstance(attr, dict) else {"description": attr}
                vocabulary.append({"file": name, "topic": topic, "attribute": attribute, **fields})
        criteria += [{"file": name, **flatten(raw, ("requires",))} for raw in data.get("criteria", [])]

    book = Workbook()
    about = book.active
    about.title = ABOUT
    about.append(["说明", "About"])
    for zh, en in ABOUT_TEXT:
        about.append([zh, en])
    about.column_dimensions["A"].width = about.column_dimensions["B"].width = 90
    for row in about.iter_rows():
        for cell in row:
            cell.alignment = WRAP
    wide = {"requires (YAML)": 90, "title.zh": 28, "title.en": 40, "requirement.zh": 50, "requirement.en": 60,
            "description": 60, "value": 80}
    write_table(book.create_sheet(CRITERIA), columns_of(criteria, _CRITERION_FIRST), criteria, wide)
    write_table(book.create_sheet(VOCABULARY), columns_of(vocabulary, _VOCABULARY_FIRST), vocabulary, wide)
    write_table(book.create_sheet(HEADER), ["file", "key", "part", "value"], header, wide)
    book.save(path)


# ------------------------------------------------------------------ import


class _Places:
    """JSON paths of the files being rebuilt → the cell each came from, to name it in an error."""

    def __init__(self, book: str):
        self.book = book
        self.cells: dict[tuple[str, str], tuple[str, int, int | None]] = {}

    def add(self, file: str, where: str, sheet: str, row: int, column: int | None) -> None:
        self.cells[(file, where)] = (sheet, row, column)

    def error(self, file: str, problem: InputError) -> CellError:
        where = problem.where or "$"
        best = None
        for (f, path), cell in self.cells.items():
            if f == file and (where == path or where.startswith(path + ".") or where.startswith(path + "[")):
                if best is None or len(path) > len(best[0]):
                    best = (path, cell)
        if best is None:
            return CellError(self.book, HEADER, None, None, f"{file}: {problem.message}")
        sheet, row, column = best[1]
        return CellError(self.book, sheet, row, column, f"{problem.message} (catalogue file {file}, at {where})")


def _required(row: dict, name: str, book: str, sheet: str, number: int, columns: dict):
    value = row.get(name)
    if value is None:
        raise CellError(book, sheet, number, columns.get(name), f"the {name} cell is empty")
    return value


def read_workbook(path: str | Path) -> tuple[dict[str, dict], _Places]:
    """The catalogue files a workbook describes (file name → data), and where each part came from."""
    book = str(path)
    workbook = open_workbook(path)
    for needed in (CRITERIA, VOCABULARY, HEADER):
        if needed not in workbook.sheetnames:
            raise InputError(f"no sheet {needed!r} (sheets: {', '.join(workbook.sheetnames)})", file=book)
    places = _Places(book)
    files: dict[str, dict] = {}

    def file_of(row, sheet, number, columns) -> dict:
        name = str(_required(row, "file", book, sheet, number, columns))
        if not name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name or name.startswith("."):
            raise CellError(book, sheet, number, columns.get("file"),
                            f"{name!r} is not a catalogue file name (NAME.yaml, no folders)")
        return files.setdefault(name, {})

    header_parts: dict[tuple[str, str], list] = {}
    for number, row, columns in read_table(book, workbook[HEADER]):
        data = file_of(row, HEADER, number, columns)
        name = row["file"]
        key = str(_required(row, "key", book, HEADER, number, columns))
        value = from_flow(row.get("value"), book, HEADER, number, columns.get("value"))
        part = row.get("part")
        where = f"$.{key}"
        if part is None:
            data[key] = value
        elif str(part).startswith("#"):
            data.setdefault(key, [])
            where = f"$.{key}[{len(data[key])}]"
            data[key].append(value)
        else:
            data.setdefault(key, {})[str(part)] = value
            where = f"$.{key}.{part}"
        header_parts.setdefault((name, key), []).append(number)
        places.add(name, where, HEADER, number, columns.get("value"))
        places.add(name, f"$.{key}", HEADER, header_parts[(name, key)][0], columns.get("key"))

    current: tuple[str, str] | None = None
    for number, row, columns in read_table(book, workbook[VOCABULARY]):
        data = file_of(row, VOCABULARY, number, columns)
        name = row["file"]
        topic = str(_required(row, "topic", book, VOCABULARY, number, columns))
        fields = {k: v for k, v in row.items() if k not in ("file", "topic", "attribute")}
        topics = data.setdefault("topics", {})
        attribute = row.get("attribute")
        if attribute is None:
            if topic in topics:
                raise CellError(book, VOCABULARY, number, columns.get("topic"), f"topic {topic!r} is listed twice")
            topics[topic] = unflatten(fields)
            current = (name, topic)
            base = f"$.topics.{topic}"
            places.add(name, base, VOCABULARY, number, columns.get("topic"))
        else:
            if current != (name, topic):
                raise CellError(book, VOCABULARY, number, columns.get("topic"),
                                f"attribute {attribute!r} must follow the row of its topic {topic!r} (in file {name})")
            attrs = topics[topic].setdefault("attributes", {})
            attrs[str(attribute)] = fields.get("description") if set(fields) <= {"description"} else unflatten(fields)
            base = f"$.topics.{topic}.attributes.{attribute}"
            places.add(name, base, VOCABULARY, number, columns.get("attribute"))
        for key in fields:
            places.add(name, f"{base}.{key}", VOCABULARY, number, columns.get(key))

    for number, row, columns in read_table(book, workbook[CRITERIA]):
        data = file_of(row, CRITERIA, number, columns)
        name = row["file"]
        items = data.setdefault("criteria", [])
        base = f"$.criteria[{len(items)}]"
        fields = {k: v for k, v in row.items() if k != "file"}
        items.append(unflatten(fields))
        places.add(name, base, CRITERIA, number, columns.get("id"))
        for key in fields:
            places.add(name, f"{base}.{key}", CRITERIA, number, columns.get(key))
    if not files:
        raise InputError("the workbook holds no catalogue rows", file=book)
    return files, places


def _ordered(data: dict) -> dict:
    """Header keys first, then topics, then criteria (the layout of the reference catalogue)."""
    return {**{k: v for k, v in data.items() if k not in _SECTIONS},
            **{k: data[k] for k in _SECTIONS if k in data}}


def import_workbook(path: str | Path, folder: str | Path) -> Catalogue:
    """Write the catalogue a workbook describes into ``folder`` (new or empty), after checking all of it."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError("the output must be a new or empty folder", file=str(folder))
    files, places = read_workbook(path)
    for name, data in files.items():
        # a copy: the fast schema check fills in defaults, which the files must not gain
        problems = schema_problems(Document(name, copy.deepcopy(data), b""), "catalogue")
        if problems:
            raise places.error(name, problems[0])
    parent = folder.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".cmm-import-", dir=parent))
    try:
        for name, data in files.items():
            text = yaml.safe_dump(_ordered(data), allow_unicode=True, sort_keys=False, width=100)
            (staging / name).write_text(text, encoding="utf-8")
        try:
            catalogue = load_catalogue(staging)
        except InputError as exc:
            raise _loaded_error(exc, files, places, staging) from None
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return load_catalogue(folder)


def _loaded_error(exc: InputError, files: dict, places: _Places, staging: Path) -> InputError:
    """A catalogue-level problem (an unknown topic, a duplicate id…) named by the cell of the row it concerns."""
    name = Path(exc.file).name if exc.file else None
    if name in files and exc.where and exc.where.startswith("$"):
        return places.error(name, exc)
    if name in files:
        for i, raw in enumerate(files[name].get("criteria", [])):
            if f"criterion {raw.get('id')}:" in exc.message:
                where = f"$.criteria[{i}]" + (".requires" if " condition " in exc.message else "")
                return places.error(name, InputError(exc.message, where=where))
    return InputError(exc.message.replace(str(staging), "the workbook"), file=places.book)
