"""The one error type users see: what is wrong, in which file, and where.

Every stage raises :class:`InputError` for bad input so that the CLI can print
one clear line (never a traceback) and a batch run can record the error and
go on with the next bundle.
"""
from __future__ import annotations


class InputError(Exception):
    """Bad input: a file that cannot be read, parsed, validated or used.

    ``where`` is a JSON path such as ``$.evidence[3].issued`` and ``line`` the
    1-based line in ``file`` when it is known.
    """

    def __init__(self, message: str, file: str | None = None, where: str | None = None,
                 line: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.where = where
        self.line = line

    def __str__(self) -> str:
        place = []
        if self.file:
            place.append(f"{self.file}:{self.line}" if self.line else self.file)
        if self.where and self.where != "$":
            place.append(f"at {self.where}")
        return (" ".join(place) + ": " if place else "") + self.message

    def as_dict(self) -> dict:
        return {"file": self.file, "where": self.where, "line": self.line, "message": self.message}


class EngineUnavailable(Exception):
    """The durable_rules C engine cannot be loaded in this interpreter.

    Raised when ``cmm_rules.engine`` is first imported, which only what fires
    rules does: ``cmm --help``, ``cmm catalogue show``, ``cmm explain`` and
    ``cmm validate`` work without the engine.
    """
