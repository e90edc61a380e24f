"""The provider's self-assessment workbook: `cmm template --format xlsx` writes it, `cmm assess FILE.xlsx` reads it.

Providers work in spreadsheets. The template is made from the catalogue:
one sheet per domain, on it one block per evidence topic its criteria ask
for (the topic's name and description, then a header row and rows to fill:
id, kind, title, dates, approval, value, attachments and one column per
attribute of the topic), drop-down lists for kinds and for the codes of a
typed vocabulary, date cells for dates, and instructions in Chinese and
English. A filled workbook is a bundle like any YAML one: :func:`read_bundle`
turns it into the same data (and the report records the workbook's own
bytes as the bundle's sha256); every later stage is unchanged. A cell that
cannot be read, or that breaks the evidence schema, is named by sheet, row
and column.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from ..catalogue import Catalogue
from ..errors import InputError
from ..load import Document, read_bytes
from ..resources import schema_path
from .common import HEADER_FILL, HEADER_FONT, WRAP, CellError, flow

FORMAT = "cmm-rules self-assessment workbook 1"
INSTRUCTIONS, ORGANISATION, EXCLUSIONS, META, CODES = "说明 Instructions", "机构 Organisation", "排除 Exclusions", \
    "_cmm", "_codes"
TOPIC_MARK = "主题 topic"
ROWS_PER_TOPIC = 3
KINDS = ("document", "record", "metric", "system", "interview", "observation")
ORG_KINDS = ("public_service_centre", "market_firm", "non_profit", "platform_operator", "other")
#: Unzipped, a workbook may be this many times larger than its file (a zip bomb is refused first).
MAX_INFLATION = 40

# (bundle field, header label); approval.* and attachments are assembled from their cells
ITEM_FIELDS = (
    ("id", "编号 id"), ("kind", "类型 kind"), ("title", "标题 title"), ("issued", "签发日期 issued"),
    ("valid_until", "有效期至 valid until"), ("approval.by", "批准人 approved by"),
    ("approval.date", "批准日期 approval date"), ("approval.reference", "批准文号 approval reference"),
    ("value", "数值 value"), ("unit", "单位 unit"), ("period", "期间 period"),
    ("refers_to", "关联证据 refers to"), ("recorded_by", "记录人 recorded by"),
    ("attachments", "附件 attachments"), ("notes", "备注 notes"),
)
DATE_FIELDS = {"issued", "valid_until", "approval.date"}
ORG_FIELDS = (
    ("schema_version", "格式版本 schema version", "1.0"),
    ("organisation.id", "机构编号 organisation id", None), ("organisation.name", "机构名称 organisation name", None),
    ("organisation.kind", "机构类型 organisation kind", None), ("organisation.region", "所在地区 region", None),
    ("assessment.id", "评估编号 assessment id", None), ("assessment.date", "评估日期 assessment date", None),
    ("assessment.scope", "评估范围 scope", None), ("assessment.assessor", "评估人 assessor", None),
)
EXCLUSION_FIELDS = (("criterion", "准则 criterion"), ("justification", "理由 justification（至少 20 字 / 20+ characters）"),
                    ("approved_by", "批准人 approved by"), ("expires", "到期日 expires"))
POINTS = "评审打分 Assessor points"
POINT_FIELDS = (("criterion", "准则 criterion"), ("points", "分数 points"), ("assessor", "评审员 assessor"),
                ("justification", "理由 justification（至少 20 字 / 20+ characters）"), ("date", "日期 date"))
LIST_DATES = {"expires", "date"}


def _list_sheets() -> dict[str, tuple[str, tuple]]:
    """Sheets of plain entries, by the bundle key they fill (assessor points only where the schema has them)."""
    allowed = set(json.loads(schema_path("evidence").read_text(encoding="utf-8"))["properties"])
    sheets = {EXCLUSIONS: ("exclusions", EXCLUSION_FIELDS), POINTS: ("assessor_points", POINT_FIELDS)}
    return {title: spec for title, spec in sheets.items() if spec[0] in allowed}

INSTRUCTION_TEXT = [
    ("中小企业服务机构能力成熟度自评工作簿", "SME service provider capability maturity self-assessment workbook"),
    ("1. 在“机构”表中填写机构与评估信息；评估日期决定时效与有效期的计算。",
     "1. Fill in the organisation and the assessment on sheet Organisation; the assessment date is what freshness and expiry are measured from."),
    ("2. 每个领域一张表；每个证据主题一个区块。每行填写一项证据：编号（在整个工作簿内唯一）、类型、标题，以及适用的日期、批准、数值与属性。",
     "2. One sheet per domain, one block per evidence topic. Fill one row per evidence item: an id (unique in the workbook), a kind, a title, and the dates, approval, value and attributes that apply."),
    ("3. 行不够时可在区块内插入行；空行会被忽略。不要修改区块的标题行和表头行。",
     "3. Insert rows inside a block when you need more; empty rows are ignored. Do not change a block's topic row or header row."),
    ("4. 日期请填写为日期（如 2026-01-08）；带下拉列表的单元格请从列表中选择。",
     "4. Enter dates as dates (e.g. 2026-01-08); pick from the list where a cell offers one."),
    ("5. 列表属性用逗号分隔（如 finance, talent）；附件每行一个：路径 | sha256 | 说明（路径相对于本工作簿所在文件夹）。",
     "5. List attributes are separated by commas (e.g. finance, talent); attachments one per line: path | sha256 | description (paths relative to this workbook's folder)."),
    ("6. 不适用的准则在“排除”表中说明理由（至少 20 个字符）。", "6. Criteria that do not apply go on sheet Exclusions, each with a justification of at least 20 characters."),
    ("7. 检查与评估：cmm validate 本文件.xlsx；cmm assess 本文件.xlsx。", "7. Check and assess: cmm validate THIS.xlsx; cmm assess THIS.xlsx."),
]


def _item_fields() -> list[tuple[str, str]]:
    """The item columns the evidence schema in use allows (refers_to and recorded_by only where it has them)."""
    allowed = set(json.loads(schema_path("evidence").read_text(encoding="utf-8"))["$defs"]["item"]["properties"])
    return [(name, label) for name, label in ITEM_FIELDS if name.split(".")[0] in allowed]


def attribute_type(spec) -> str | None:
    """The declared type of a topic attribute (typed vocabulary), or None for a free-text description."""
    return spec.get("type") if isinstance(spec, dict) else None


def _codes(spec) -> list[str]:
    codes = spec.get("codes") if isinstance(spec, dict) else None
    if not codes and isinstance(spec, dict) and isinstance(spec.get("items"), dict):
        codes = spec["items"].get("codes")
    return list(codes or [])


def _sheet_title(text: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", text)[:31]


def _topics_by_sheet(catalogue: Catalogue) -> dict[str, list[str]]:
    """Each topic once, on the sheet of the first domain whose criteria ask for it; the rest on 'Other'."""
    placed: dict[str, str] = {}
    sheets: dict[str, list[str]] = {}
    for domain in catalogue.domains:
        title = _sheet_title(f"{domain.code} {domain.name['zh']}")
        sheets[title] = []
        for criterion in catalogue.criteria_in(domain.code):
            for leaf in criterion.tree.leaves:
                if leaf.topic not in placed:
                    placed[leaf.topic] = title
                    sheets[title].append(leaf.topic)
    rest = [t for t in catalogue.topics if t not in placed]
    if rest:
        sheets["其他 Other"] = rest
    return sheets


# ------------------------------------------------------------------ write


class _Writer:
    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.book = Workbook()
        self.fields = _item_fields()
        self.codes_sheet = None
        self.code_ranges: dict[tuple, str] = {}
        self.types: dict[str, dict[str, str]] = {}

    def code_list(self, values: list[str], key: tuple) -> str:
        """A data-validation formula listing ``values`` (kept on a hidden sheet: no length limit)."""
        if key not in self.code_ranges:
            if self.codes_sheet is None:
                self.codes_sheet = self.book.create_sheet(CODES)
                self.codes_sheet.sheet_state = "hidden"
            column = get_column_letter(len(self.code_ranges) + 1)
            for i, value in enumerate(values, 1):
                self.codes_sheet[f"{column}{i}"] = value
            self.code_ranges[key] = f"{quote_sheetname(CODES)}!${column}$1:${column}${len(values)}"
        return self.code_ranges[key]

    def validate(self, sheet, formula_or_type: str, cells: str, **kwargs) -> None:
        if formula_or_type in ("date", "whole", "decimal"):
            rule = DataValidation(type=formula_or_type, allow_blank=True, **kwargs)
        else:
            rule = DataValidation(type="list", formula1=formula_or_type, allow_blank=True)
        sheet.add_data_validation(rule)
        rule.add(cells)

    def instructions(self) -> None:
        sheet = self.book.active
        sheet.title = INSTRUCTIONS
        for zh, en in INSTRUCTION_TEXT:
            sheet.append([zh, en])
        sheet.append([f"准则库：{self.catalogue.label}", f"Catalogue: {self.catalogue.label} ({self.catalogue.digest[:12]})"])
        sheet["A1"].font = sheet["B1"].font = HEADER_FONT
        sheet.column_dimensions["A"].width = sheet.column_dimensions["B"].width = 80
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = WRAP

    def organisation(self, bundle: dict | None) -> None:
        sheet = self.book.create_sheet(ORGANISATION)
        sheet.append(["字段 field", "值 value", "说明 label"])
        for cell in sheet[1]:
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        for key, label, default in ORG_FIELDS:
            value = _get(bundle, key) if bundle else default
            if key == "assessment.date" and isinstance(value, str):
                value = _as_date(value)
            sheet.append([key, value, label])
            row = sheet.max_row
            if key == "assessment.date":
                sheet[f"B{row}"].number_format = "yyyy-mm-dd"
                self.validate(sheet, "date", f"B{row}")
            if key == "organisation.kind":
                self.validate(sheet, self.code_list(list(ORG_KINDS), ("org-kind",)), f"B{row}")
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 40
        sheet.column_dimensions["C"].width = 32

    def domain_sheet(self, title: str, topics: list[str], items: dict[str, list[dict]]) -> None:
        sheet = self.book.create_sheet(title)
        widths: dict[int, int] = {}
        for topic in topics:
            spec = self.catalogue.topics[topic]
            attributes = spec.get("attributes", {}) or {}
            self.types[topic] = {name: attribute_type(a) or "" for name, a in attributes.items()}
            description = f"{spec.get('zh', '')} / {spec.get('en', '')}" + (
                f" — {spec['description']}" if spec.get("description") else "")
            sheet.append([TOPIC_MARK, topic, description])
            top = sheet.max_row
            for cell in sheet[top]:
                cell.font = HEADER_FONT
            headers = [label for _, label in self.fields] + list(attributes)
            sheet.append(headers)
            head = sheet.max_row
            for i, cell in enumerate(sheet[head], 1):
                cell.font, cell.fill = HEADER_FONT, HEADER_FILL
                widths[i] = max(widths.get(i, 12), min(40, len(str(cell.value)) + 4))
            for name, attribute in attributes.items():
                column = len(self.fields) + list(attributes).index(name) + 1
                text = attribute.get("description", "") if isinstance(attribute, dict) else str(attribute)
                kind = attribute_type(attribute)
                note = f"{text}" + (f"\n类型 type: {kind}" if kind else "")
                if isinstance(attribute, dict) and attribute.get("unit"):
                    note += f"\n单位 unit: {attribute['unit']}"
                codes = attribute.get("codes") or (attribute.get("items") or {}).get("codes") \
                    if isinstance(attribute, dict) else None
                if codes:
                    note += "\n代码 codes: " + ", ".join(
                        f"{code} {label.get('zh', '')}".strip() if isinstance(label, dict) else str(code)
                        for code, label in codes.items())
                sheet.cell(head, column).comment = Comment(note, "cmm")
            rows = items.get(topic, [])
            for item in rows:
                sheet.append(self.item_row(item, attributes))
            for _ in range(max(ROWS_PER_TOPIC - len(rows), 1)):
                sheet.append([None] * len(headers))
            first, last = head + 1, sheet.max_row
            self.block_rules(sheet, topic, attributes, first, last)
            sheet.append([])
        for i, width in widths.items():
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "B1"

    def block_rules(self, sheet, topic: str, attributes: dict, first: int, last: int) -> None:
        """Drop-down lists, date cells and number checks for one block's rows."""
        names = [name for name, _ in self.fields]
        for name in names:
            col = get_column_letter(names.index(name) + 1)
            cells = f"{col}{first}:{col}{last}"
            if name == "kind":
                self.validate(sheet, self.code_list(list(KINDS), ("kind",)), cells)
            elif name in DATE_FIELDS:
                self.validate(sheet, "date", cells)
                for row in range(first, last + 1):
                    sheet[f"{col}{row}"].number_format = "yyyy-mm-dd"
            elif name == "value":
                self.validate(sheet, "decimal", cells, operator="between", formula1="-1E+300", formula2="1E+300")
        for offset, (name, attribute) in enumerate(attributes.items()):
            col = get_column_letter(len(names) + offset + 1)
            cells = f"{col}{first}:{col}{last}"
            kind = attribute_type(attribute)
            codes = _codes(attribute)
            if kind == "code" and codes:
                self.validate(sheet, self.code_list(codes, ("code", topic, name)), cells)
            elif kind == "boolean":
                self.validate(sheet, '"TRUE,FALSE"', cells)
            elif kind == "date":
                self.validate(sheet, "date", cells)
                for row in range(first, last + 1):
                    sheet[f"{col}{row}"].number_format = "yyyy-mm-dd"
            elif kind in ("integer", "number"):
                bounds = {"operator": "between",
                          "formula1": str(attribute.get("min", -10**15)), "formula2": str(attribute.get("max", 10**15))}
                self.validate(sheet, "whole" if kind == "integer" else "decimal", cells, **bounds)

    def item_row(self, item: dict, attributes: dict) -> list:
        row = []
        for name, _ in self.fields:
            value = _get(item, name)
            if name in DATE_FIELDS and isinstance(value, str):
                value = _as_date(value)
            elif name == "refers_to" and value is not None:
                value = ", ".join(value)
            elif name == "attachments" and value is not None:
                value = "\n".join(" | ".join(x for x in (a["path"], a.get("sha256", ""), a.get("description"))
                                             if x is not None).rstrip(" |") for a in value)
            elif name == "period" and isinstance(value, dict):
                value = flow(value)
            row.append(value)
        extra = set(item.get("attributes", {})) - set(attributes)
        if extra:
            raise InputError(f"evidence {item['id']}: attributes {', '.join(sorted(extra))} are not in the vocabulary "
                             f"of topic {item['topic']!r}; the workbook has no column for them")
        for name, attribute in attributes.items():
            value = item.get("attributes", {}).get(name)
            if isinstance(value, list):
                value = ", ".join(map(str, value)) if attribute_type(attribute) == "list" else flow(value)
            elif attribute_type(attribute) == "date" and isinstance(value, str):
                value = _as_date(value)
            row.append(value)
        return row

    def list_sheet(self, title: str, key: str, fields: tuple, bundle: dict | None) -> None:
        """A plain table (exclusions, assessor points): a header row and one row per entry."""
        sheet = self.book.create_sheet(title)
        sheet.append([label for _, label in fields])
        for cell in sheet[1]:
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        for entry in (bundle or {}).get(key, []):
            sheet.append([_as_date(entry[k]) if k in LIST_DATES and k in entry else entry.get(k) for k, _ in fields])
        last = max(sheet.max_row, 21)
        names = [k for k, _ in fields]
        criteria = [c.id for c in self.catalogue.criteria if c.excludable] if key == "exclusions" \
            else [c.id for c in self.catalogue.criteria]
        if criteria:
            self.validate(sheet, self.code_list(criteria, ("criteria", key)), f"A2:A{last}")
        for k in LIST_DATES & set(names):
            col = get_column_letter(names.index(k) + 1)
            self.validate(sheet, "date", f"{col}2:{col}{last}")
            for row in range(2, last + 1):
                sheet[f"{col}{row}"].number_format = "yyyy-mm-dd"
        for i, (k, label) in enumerate(fields, 1):
            sheet.column_dimensions[get_column_letter(i)].width = 70 if k == "justification" else max(14, len(label) + 2)

    def meta(self) -> None:
        sheet = self.book.create_sheet(META)
        sheet.sheet_state = "hidden"
        sheet["A1"] = FORMAT
        sheet["A2"] = json.dumps({"catalogue": self.catalogue.label, "digest": self.catalogue.digest,
                                  "fields": [name for name, _ in self.fields], "types": self.types},
                                 ensure_ascii=False, sort_keys=True)


def _get(data: dict | None, dotted: str):
    node = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _as_date(text: str):
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


def write_template(catalogue: Catalogue, path: str | Path, bundle: dict | None = None) -> None:
    """The self-assessment workbook for ``catalogue``; with ``bundle`` (a bundle's data), filled in with it."""
    writer = _Writer(catalogue)
    writer.instructions()
    writer.organisation(bundle)
    items: dict[str, list[dict]] = {}
    for item in (bundle or {}).get("evidence", []):
        if item["topic"] not in catalogue.topics:
            raise InputError(f"evidence {item['id']}: unknown topic {item['topic']!r}; the workbook has no block for it")
        items.setdefault(item["topic"], []).append(item)
    for title, topics in _topics_by_sheet(catalogue).items():
        writer.domain_sheet(title, topics, items)
    for title, (key, fields) in _list_sheets().items():
        writer.list_sheet(title, key, fields, bundle)
    writer.meta()
    if writer.codes_sheet is not None:  # the hidden lists go last, after the sheets people fill
        book = writer.book
        book.move_sheet(writer.codes_sheet, offset=len(book.sheetnames) - 1 - book.sheetnames.index(CODES))
    writer.book.save(path)


# ------------------------------------------------------------------- read


class WorkbookDocument(Document):
    """A bundle read from a workbook: problems found later name the cell their JSON path came from."""

    __slots__ = ("cells",)

    def __init__(self, path: str, data: dict, raw: bytes, cells: dict[str, tuple[str, int, int]]):
        super().__init__(path, data, raw, lines={})
        self.cells = cells

    def locate(self, problem: InputError) -> InputError:
        where = problem.where or "$"
        probe = where
        while probe:
            if probe in self.cells:
                sheet, row, column = self.cells[probe]
                return CellError(self.path, sheet, row, column, f"{problem.message} (at {where})")
            cut = max(probe.rfind("."), probe.rfind("["))
            if cut <= 0:
                break
            probe = probe[:cut]
        return problem


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _date(value, book, sheet, row, column) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise CellError(book, sheet, row, column, f"{value} has a time of day; a date is needed")
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    raise CellError(book, sheet, row, column, f"{value!r} is not a date (enter a date such as 2026-01-08)")


def _number(value, book, sheet, row, column, integer: bool = False):
    if isinstance(value, bool):
        raise CellError(book, sheet, row, column, f"{value!r} is not a number")
    if isinstance(value, (int, float)):
        number = value
    else:
        try:
            number = float(str(value).strip().replace(",", ""))
        except ValueError:
            raise CellError(book, sheet, row, column, f"{value!r} is not a number") from None
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if integer and not isinstance(number, int):
        raise CellError(book, sheet, row, column, f"{value!r} is not a whole number")
    return number


_TRUE = {"true", "yes", "是", "y", "1", "√", "✓"}
_FALSE = {"false", "no", "否", "n", "0", "×"}


def _boolean(value, book, sheet, row, column) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(book, sheet, row, column, f"{value!r} is not TRUE or FALSE (是/否)")


def _attribute(value, kind: str | None, book, sheet, row, column):
    """A cell as the attribute value its declared type asks for; untyped: the cell's own type."""
    if kind == "integer":
        return _number(value, book, sheet, row, column, integer=True)
    if kind == "number":
        return _number(value, book, sheet, row, column)
    if kind == "boolean":
        return _boolean(value, book, sheet, row, column)
    if kind == "date":
        return _date(value, book, sheet, row, column)
    if kind == "list":
        if isinstance(value, str):
            return [part.strip() for part in re.split(r"[,，、;；\n]", value) if part.strip()]
        return [value]
    if kind in ("text", "code"):
        return _text(value)
    # untyped vocabulary: numbers, TRUE/FALSE and text as the cell holds them; "[a, b]" is a list
    if isinstance(value, (dt.date, dt.datetime)):
        return _date(value, book, sheet, row, column)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("[") and text.endswith("]"):
            from .common import from_flow

            parsed = from_flow(text, book, sheet, row, column)
            if isinstance(parsed, list):
                return parsed
        return text
    return value


def _rows(sheet):
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        yield number, list(values)


def _empty(values) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _check_zip(raw: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise InputError("not an .xlsx workbook (not a zip archive)", file=name) from None
    if size > MAX_INFLATION * max(len(raw), 1 << 20):
        raise InputError(f"the workbook unpacks to {size} bytes, more than {MAX_INFLATION} times its size: refused",
                         file=name)


def read_bundle(path: str | Path, max_bytes: int | None = None) -> WorkbookDocument:
    """A filled self-assessment workbook as a bundle document (its raw bytes are the workbook's)."""
    book = str(path)
    raw = read_bytes(path, max_bytes)
    _check_zip(raw, book)
    try:
        workbook = load_workbook(io.BytesIO(raw), data_only=True)
    except Exception as exc:  # noqa: BLE001 - zip, XML and openpyxl errors all mean "not a workbook"
        raise InputError(f"not a readable .xlsx workbook ({type(exc).__name__})", file=book) from None
    if META not in workbook.sheetnames or workbook[META]["A1"].value != FORMAT:
        raise InputError("not a self-assessment workbook made by `cmm template --format xlsx`", file=book)
    try:
        meta = json.loads(workbook[META]["A2"].value)
    except (TypeError, ValueError):
        raise InputError(f"sheet {META!r} has been altered; make a new template", file=book) from None
    types: dict[str, dict[str, str]] = meta.get("types", {})
    cells: dict[str, tuple[str, int, int]] = {}
    data: dict = {}

    if ORGANISATION not in workbook.sheetnames:
        raise InputError(f"no sheet {ORGANISATION!r}", file=book)
    for number, values in _rows(workbook[ORGANISATION]):
        if number == 1 or _empty(values[:2]):
            continue
        key = _text(values[0])
        value = values[1] if len(values) > 1 else None
        if key is None or value is None or (isinstance(value, str) and not value.strip()):
            continue
        if key == "assessment.date":
            value = _date(value, book, ORGANISATION, number, 2)
        else:
            value = _text(value)
        node = data
        *parents, last = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
        cells["$." + key] = (ORGANISATION, number, 2)

    evidence: list[dict] = []
    labels = {label: name for name, label in ITEM_FIELDS}
    for title in workbook.sheetnames:
        if title in (INSTRUCTIONS, ORGANISATION, EXCLUSIONS, POINTS, META, CODES):
            continue
        _read_blocks(workbook[title], book, types, labels, evidence, cells)
    data["evidence"] = evidence

    for title, (key, fields) in _list_sheets().items():
        if title in workbook.sheetnames:
            entries = _read_list(workbook[title], book, key, fields, cells)
            if entries:
                data[key] = entries
    return WorkbookDocument(book, data, raw, cells)


def _read_list(sheet, book: str, key: str, fields: tuple, cells: dict) -> list[dict]:
    """The entries of a plain table sheet (exclusions, assessor points)."""
    entries = []
    width = len(fields)
    for number, values in _rows(sheet):
        if number == 1 or _empty(values[:width]):
            continue
        values = (values + [None] * width)[:width]
        entry = {}
        where = f"$.{key}[{len(entries)}]"
        for column, ((name, _), value) in enumerate(zip(fields, values), 1):
            if name in LIST_DATES:
                value = _date(value, book, sheet.title, number, column)
            elif name == "points" and value is not None:
                value = _number(value, book, sheet.title, number, column)
            else:
                value = _text(value)
            if value is not None:
                entry[name] = value
            cells[f"{where}.{name}"] = (sheet.title, number, column)
        cells[where] = (sheet.title, number, 1)
        entries.append(entry)
    return entries


def _read_blocks(sheet, book: str, types: dict, labels: dict, evidence: list, cells: dict) -> None:
    """The evidence items of one domain sheet: blocks that start with a topic row and its header row."""
    topic = None
    header: list | None = None
    expect_header = False
    for number, values in _rows(sheet):
        first = _text(values[0]) if values else None
        if first == TOPIC_MARK:
            topic = _text(values[1]) if len(values) > 1 else None
            if topic is None:
                raise CellError(book, sheet.title, number, 2, "the topic row names no topic")
            expect_header, header = True, None
            continue
        if expect_header:
            header = [_text(v) for v in values]
            expect_header = False
            continue
        if topic is None or header is None or _empty(values):
            continue
        where = f"$.evidence[{len(evidence)}]"
        item: dict = {"topic": topic}
        attributes: dict = {}
        cells[where] = (sheet.title, number, 1)
        cells[f"{where}.topic"] = (sheet.title, number - 1, 1)
        for column, (head, value) in enumerate(zip(header, values), 1):
            if head is None or value is None or (isinstance(value, str) and not value.strip()):
                continue
            name = labels.get(head)
            if name is None:  # an attribute column
                attributes[head] = _attribute(value, types.get(topic, {}).get(head) or None, book, sheet.title,
                                              number, column)
                cells[f"{where}.attributes.{head}"] = (sheet.title, number, column)
                continue
            cells[f"{where}.{name}"] = (sheet.title, number, column)
            if name in DATE_FIELDS:
                value = _date(value, book, sheet.title, number, column)
            elif name == "value":
                value = _number(value, book, sheet.title, number, column)
            elif name == "refers_to":
                value = [p.strip() for p in re.split(r"[,，、;；\s]+", str(value)) if p.strip()]
            elif name == "attachments":
                value = _attachments(str(value))
            elif name == "period":
                text = _text(value)
                if text and text.startswith("{"):
                    from .common import from_flow

                    value = from_flow(text, book, sheet.title, number, column)
                else:
                    value = text
            else:
                value = _text(value)
            if value is None:
                continue
            if "." in name:
                parent, child = name.split(".")
                item.setdefault(parent, {})[child] = value
                cells.setdefault(f"{where}.{parent}", (sheet.title, number, column))
            else:
                item[name] = value
        if attributes:
            item["attributes"] = attributes
        evidence.append(_ordered_item(item))


def _attachments(text: str) -> list[dict]:
    out = []
    for line in filter(None, (x.strip() for x in text.splitlines())):
        parts = [p.strip() for p in line.split("|")]
        attachment = {"path": parts[0]}
        if len(parts) > 1 and parts[1]:
            attachment["sha256"] = parts[1]
        if len(parts) > 2 and parts[2]:
            attachment["description"] = " | ".join(parts[2:])
        out.append(attachment)
    return out


_ITEM_ORDER = ("id", "topic", "kind", "title")


def _ordered_item(item: dict) -> dict:
    return {**{k: item[k] for k in _ITEM_ORDER if k in item}, **{k: v for k, v in item.items() if k not in _ITEM_ORDER}}
