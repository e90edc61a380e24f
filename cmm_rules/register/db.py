"""Opening a register: which database, its schema brought up to date, and transactions.

The database is ``--db URL``, else the environment variable ``CMM_DB``, else
an embedded SQLite file ``cmm-register.db`` in the current folder. A plain
file path is taken as a SQLite file; PostgreSQL is reached by a URL such as
``postgresql+psycopg://user:pass@host/dbname``.

Every open runs the Alembic migrations shipped in this package up to the
head revision (the schema upgrades itself; there is no separate step).
Writers are serialised where it matters: SQLite transactions begin
IMMEDIATE (one writer at a time, the others wait up to the busy timeout),
and on PostgreSQL appending to the event log takes a transaction-scoped
advisory lock (``chain.py``).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..errors import InputError
from .errors import ConflictError

DEFAULT_URL = "sqlite:///cmm-register.db"
MIGRATIONS = "cmm_rules.register:migrations"
#: The newest migration in ``migrations/versions`` (a test keeps the two in step). Knowing it lets
#: an up-to-date register open without loading Alembic at all.
HEAD = "0002"
#: Seconds a SQLite writer waits for another one before giving up.
SQLITE_BUSY_SECONDS = 30
#: The PostgreSQL advisory lock key that serialises migrations.
MIGRATION_LOCK = 0x636D6D01


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the argument, else ``CMM_DB``, else the default SQLite file."""
    url = url or os.environ.get("CMM_DB") or DEFAULT_URL
    if "://" not in url:  # a plain path: an embedded SQLite file
        url = "sqlite:///" + str(Path(url))
    return url


def display_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_engine(url: str) -> Engine:
    """A SQLAlchemy engine with the register's per-dialect settings."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InputError(f"not a database URL: {url!r} (use a file path, sqlite:///FILE or"
                         " postgresql+psycopg://USER@HOST/DB)") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_SECONDS})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record):
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    raise InputError(f"unsupported database {parsed.get_backend_name()!r}: the register runs on SQLite or PostgreSQL")


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The revision in Alembic's version table, read with one query (None for an empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the shipped migrations up to ``revision`` (one transaction; serialised on PostgreSQL)."""
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        command.upgrade(_alembic_config(connection), revision)


class Register:
    """An open register: an engine whose schema is at the head revision, and sessions on it."""

    def __init__(self, url: str | None = None, migrate: bool = True):
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        try:
            if migrate and _stored_revision(self.engine) != HEAD:
                upgrade(self.engine)
        except OperationalError as exc:
            self.engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise InputError(f"cannot open the register: {reason}", file=display_url(self.url)) from None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self):
        """One transaction: committed when the block ends, rolled back on any exception.

        A concurrent writer that changed a versioned row first (the row's
        ``version`` no longer matches) becomes :class:`ConflictError`.
        """
        try:
            with self._sessions() as session:
                with session.begin():
                    yield session
        except StaleDataError:
            raise ConflictError("the record was changed by someone else at the same time; nothing was saved —"
                                " reload it and try again") from None
        except IntegrityError as exc:  # a unique key taken by a concurrent writer (a name, a certificate)
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "a unique value is taken"
            raise ConflictError(f"the change conflicts with what the register holds ({reason}); nothing was saved")\
                from None
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) in ("40001", "40P01"):  # PostgreSQL serialization / deadlock
                raise ConflictError("the change collided with another writer; nothing was saved — try again") from None
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_register(url: str | None = None) -> Register:
    """Open (and, if needed, create or upgrade) the register at ``url`` (see :func:`resolve_url`)."""
    return Register(url)


__all__ = ["Register", "open_register", "resolve_url", "upgrade", "current_revision", "head_revision", "Session"]
