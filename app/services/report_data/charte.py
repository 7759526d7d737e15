"""The charter in force, to print (report ``charte``)."""

from __future__ import annotations

from app.db.uow import UnitOfWork
from app.reports import ReportParams
from app.reports.charte import CharterText
from app.services.charter import current_charter


def read(uow: UnitOfWork, params: ReportParams) -> CharterText | None:
    """The current charter's version and text; ``None`` before one is adopted."""
    charter = current_charter(uow)
    return None if charter is None else CharterText(charter.label, charter.adopted_on, charter.text)
