"""The charter's points and warning steps in the user's language, for every charter screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.charter import WarningStep, point_label, step_label


def tr_point(point: int, aspect: str | None = None) -> str:
    return QCoreApplication.translate("Charter", point_label(point, aspect))


def tr_step(step: WarningStep) -> str:
    return QCoreApplication.translate("Charter", step_label(step))
