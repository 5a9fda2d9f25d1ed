"""The exceptions of parleygraph: one base class, a few kinds the CLI turns into one line."""

from __future__ import annotations

__all__ = ["ParleyError", "InputError", "RuleDataError", "ValidationError", "OutputError"]


class ParleyError(Exception):
    """Base of every error parleygraph raises on purpose."""


class InputError(ParleyError):
    """A document or a user file cannot be read or understood.

    >>> str(InputError("seeds/x.txt: not UTF-8"))
    'seeds/x.txt: not UTF-8'
    """


class RuleDataError(ParleyError):
    """A rule data file is malformed; the message names the file and the line."""


class ValidationError(ParleyError):
    """The output graph does not conform to the SHACL shapes (a bug, not a user error)."""


class OutputError(ParleyError):
    """An output cannot be written (a full disk, ``--out`` under a file, a build already
    writing there); the message names the path and says the earlier output is unchanged."""
