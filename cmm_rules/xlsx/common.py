"""What the workbooks share: cells as values or YAML flow text, and errors that name sheet, row and column."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..errors import InputError

#: A column header ending in this holds YAML flow text (lists, mappings, condition trees).
YAML_MARK = " (YAML)"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F2")
WRAP = Alignment(wrap_text=True, vertical="top")


class CellError(InputError):
    """A cell that cannot be used; its message names the workbook, sheet, row and column."""

    def __init__(self, book: str, sheet: str, row: int | None, column: int | str | None, message: str):
        col = get_column_letter(column) if isinstance(column, int) else column
        place = f"sheet {sheet!r}" + (f", row {row}" if row else "") + (f", column {col}" if col else "")
        super().__init__(f"{place}: {message}", file=book)
        self.sheet, self.row, self.column = sheet, row, col


def flow(value) -> str:
    """A value as one line of YAML flow text (``{gte: 80}``, ``[a, b]``)."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**9)
    return text.strip().removesuffix("...").strip()


def from_flow(text, book: str, sheet: str, row: int, column: int):
    """Parse a YAML flow cell; an error names the cell."""
    if text is None:
        return None
    if not isinstance(text, str):
        return text
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CellError(book, sheet, row, column, f"not valid YAML flow text ({mark}): {text[:60]!r}") from None


def flatten(value: dict, keep_whole: tuple[str, ...] = (), prefix: str = "") -> dict:
    """Nested mappings → dotted keys; lists, empty mappings and ``keep_whole`` keys stay whole."""
    out = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict) and item and key not in keep_whole:
            out.update(flatten(item, (), name + "."))
        else:
            out[name] = item
    return out


def unflatten(flat: dict) -> dict:
    out: dict = {}
    for name, value in flat.items():
        *parents, last = name.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def columns_of(rows: list[dict], first: tuple[str, ...]) -> list[str]:
    """Columns in order of first appearance, ``first`` leading; a column holding a list or mapping is YAML."""
    names = list(first)
    for row in rows:
        names += [k for k in row if k not in names]
    yaml_cols = {k for row in rows for k, v in row.items() if isinstance(v, (list, dict))}
    return [n + YAML_MARK if n in yaml_cols else n for n in names]


def write_table(sheet, headers: list[str], rows: list[dict], widths: dict[str, int] | None = None) -> None:
    """A header row and one row per dict; YAML columns hold flow text, the rest native cell values."""
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row in rows:
        values = []
        for header in headers:
            name = header.removesuffix(YAML_MARK)
            value = row.get(name)
            if header.endswith(YAML_MARK) and name in row:
                value = flow(value)
            values.append(value)
        sheet.append(values)
    for i, header in enumerate(headers, 1):
        sheet.column_dimensions[get_column_letter(i)].width = (widths or {}).get(header, 18)
    sheet.freeze_panes = "A2"


def read_table(book: str, sheet) -> list[tuple[int, dict, dict]]:
    """Rows of a sheet written by :func:`write_table`: (row number, {name: value}, {name: column})."""
    rows = sheet.iter_rows(values_only=True)
    try:
        headers = [h for h in next(rows)]
    except StopIteration:
        return []
    out = []
    columns = {}
    for i, header in enumerate(headers, 1):
        if header is not None:
            columns[str(header).removesuffix(YAML_MARK)] = i
    for number, values in enumerate(rows, 2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        row = {}
        for i, (header, value) in enumerate(zip(headers, values), 1):
            if header is None or value is None or (isinstance(value, str) and value == ""):
                continue
            header = str(header)
            name = header.removesuffix(YAML_MARK)
            if header.endswith(YAML_MARK):
                value = from_flow(value, book, sheet.title, number, i)
            elif isinstance(value, dt.datetime) and value.time() == dt.time():
                value = value.date()
            row[name] = value
        out.append((number, row, columns))
    return out


def open_workbook(path: str | Path, max_bytes: int | None = None):
    """Open an .xlsx read-only (values, not formulas); a file that is not one is an InputError."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"the file is {size} bytes, over the limit of {max_bytes}", file=str(path))
    try:
        return load_workbook(path, read_only=False, data_only=True)
    except Exception as exc:  # noqa: BLE001 - zipfile, XML and openpyxl errors all mean "not a workbook"
        raise InputError(f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})", file=str(path)) from None
