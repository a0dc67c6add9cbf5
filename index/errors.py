"""Index errors, one class per thing that can go wrong; the CLI and the HTTP API map them to
one-line messages and 503s in one place each."""

from __future__ import annotations


class IndexError_(Exception):
    """Base of index errors (named to avoid shadowing the builtin)."""


class IndexNotFound(IndexError_):
    """No build at the index folder yet; the message says how to make one."""


class IndexMismatch(IndexError_):
    """The saved index was built with another embedder or format; the message says how to rebuild."""


class UnknownPlan(IndexError_):
    """No indexed plan has this id or file name (a plan page, `plansearch plan`, `remove`);
    nothing was changed. Not a 503: the index is fine, the name is wrong (service/errors.py: 404)."""

    def __init__(self, *plan_ids: str, message: str | None = None):
        self.plan_ids = plan_ids
        self.plan_id = plan_ids[0] if plan_ids else ""
        super().__init__(message or f"no plan with id {', '.join(map(repr, plan_ids))}")


class IndexDamaged(IndexError_):
    """A file of a build does not match what its manifest records; the message names the file."""

    def __init__(self, message: str, build: str | None = None, file: str | None = None):
        super().__init__(message)
        self.build, self.file = build, file
