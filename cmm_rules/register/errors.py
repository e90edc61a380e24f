"""What the register refuses, each as one line (``InputError`` subclasses, so the CLI prints them plainly)."""
from __future__ import annotations

from ..errors import InputError


class RegisterError(InputError):
    """Something the register refuses, in one line."""


class NotFound(RegisterError):
    """No such record — or one the asking person may not see (a provider never learns the difference)."""


class NotAllowed(RegisterError):
    """The person's role, the four-eyes rule or the record's state forbids it."""


class ConflictError(RegisterError):
    """Someone else changed the record since the caller read it; nothing was saved — reload and try again."""
