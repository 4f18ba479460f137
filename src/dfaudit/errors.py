"""One exception base class and its typed subclasses.

The CLI maps every :class:`DfauditError` to a one-line message and the exit code it carries;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class DfauditError(Exception):
    """Base of every error dfaudit raises on purpose."""

    exit_code = 1


class InputError(DfauditError):
    """Bad input from the operator: an unknown platform or format, an unreadable file."""

    exit_code = 2


class DatabaseLockedError(DfauditError):
    """Another process holds the DuckDB file for writing."""

    exit_code = 3


class SourceError(DfauditError):
    """A platform API failed in a way retries cannot fix."""

    exit_code = 4


class AuthError(SourceError):
    """The API answered 401 or 403."""

    exit_code = 5


class NotFoundError(SourceError):
    """The API answered 404."""


class RetriesExhaustedError(SourceError):
    """A request kept failing after every retry."""

    exit_code = 6
