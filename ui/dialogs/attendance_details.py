"""The small questions the attendance sheet asks: an excuse's reason, a substitute's name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ui.widgets.label import PlainLabel

# Offered first in the reason list (stored as shown, in the interface language); any other
# text may be typed.
USUAL_REASONS = (
    QT_TRANSLATE_NOOP("ExcuseDialog", "Business trip"), QT_TRANSLATE_NOOP("ExcuseDialog", "Illness"),
    QT_TRANSLATE_NOOP("ExcuseDialog", "Client appointment"), QT_TRANSLATE_NOOP("ExcuseDialog", "Holiday"),
    QT_TRANSLATE_NOOP("ExcuseDialog", "Family reason"), QT_TRANSLATE_NOOP("ExcuseDialog", "Training"),
)


class ExcuseDialog(QDialog):
    """Ask the reason of an excused absence; Enter accepts the proposed one."""

    def __init__(self, names: str, last_reason: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Excused absence"))
        self.reason = QComboBox()
        self.reason.setObjectName("excuse_reason")
        self.reason.setEditable(True)
        reasons = [self.tr(reason) for reason in USUAL_REASONS]
        if last_reason and last_reason not in reasons:
            reasons.insert(0, last_reason)
        self.reason.addItems(reasons)
        self.reason.setCurrentText(last_reason or "")
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.lineEdit().selectAll()
        # An editable combo box keeps Enter for itself: Enter must answer the question.
        self.reason.lineEdit().returnPressed.connect(self.accept)
        form = QFormLayout(self)
        form.addRow(PlainLabel(names))
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> str:
        return self.reason.currentText().strip()


class SubstituteDialog(QDialog):
    """Ask who came in the member's place; OK stays disabled until a name is typed."""

    def __init__(self, name: str, company: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Substitute"))
        self.substitute_name = QLineEdit()
        self.substitute_name.setObjectName("substitute_name")
        self.substitute_company = QLineEdit(company or "")
        self.substitute_company.setObjectName("substitute_company")
        form = QFormLayout(self)
        form.addRow(PlainLabel(self.tr("Who came in the place of {name}?").format(name=name)))
        form.addRow(self.tr("Name"), self.substitute_name)
        form.addRow(self.tr("Company"), self.substitute_company)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.substitute_name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

    def values(self) -> tuple[str, str]:
        return self.substitute_name.text(), self.substitute_company.text()
