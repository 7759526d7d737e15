"""The charter in a member's record: their signature of the current version and their warnings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app import formatting
from app.domain.errors import CercleError
from app.services import charter as charter_service
from app.services.charter import MemberCharter, WarningRow
from ui.charter_text import tr_point, tr_step
from ui.context import AppContext
from ui.dialogs.signature_dialog import open_signature_dialog
from ui.dialogs.warning_dialog import open_warning_dialog
from ui.i18n import tr_error
from ui.icons import icon
from ui.widgets.label import PlainLabel, RichLabel


def warning_line(warning: WarningRow) -> str:
    """One warning in a sentence of rich text: date, point, state and the last step decided."""
    translate = QCoreApplication.translate
    if warning.is_open:
        state = translate("MemberCharter", "open")
    else:
        state = translate("MemberCharter", "closed on {date}").format(date=formatting.format_date(warning.closed_on))
    last = warning.last_decision
    step = (translate("MemberCharter", "last step: {step} ({date})").format(
        step=tr_step(last.step), date=formatting.format_date(last.decided_on))
        if last else translate("MemberCharter", "no decision yet"))
    return translate(
        "MemberCharter", "{date} – {point} – <b>{state}</b> – {step}<br><span style='color: #555;'>{facts}</span>",
    ).format(
        date=formatting.format_date(warning.date), point=escape(tr_point(warning.charter_point, warning.aspect)),
        state=state, step=step, facts=escape(warning.facts).replace("\n", " "))


class MemberCharterBox(QGroupBox):
    """"Charter: signed version 1 on 12 janvier 2026" (or not signed, with a button) and the warnings."""

    def __init__(self, context: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Charter"))
        self.setObjectName("member_charter")
        self.context = context
        self.member_id = member_id
        self.signature = PlainLabel()
        self.signature.setObjectName("charter_signature")
        self.signature.setWordWrap(True)
        self.sign_button = QPushButton(icon("edit.svg"), self.tr("Record signature…"))
        self.sign_button.setObjectName("record_signature")
        self.sign_button.clicked.connect(self.record_signature)
        self.warnings = RichLabel()
        self.warnings.setObjectName("member_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_button = QPushButton(icon("add.svg"), self.tr("Record warning…"))
        self.warning_button.setObjectName("record_warning")
        self.warning_button.clicked.connect(self.record_warning)
        top = QHBoxLayout()
        top.addWidget(self.signature, 1)
        top.addWidget(self.sign_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.warnings, 1)
        bottom.addWidget(self.warning_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bottom)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("charter", "all"):
            self.reload()

    def reload(self) -> None:
        try:
            record = charter_service.member_charter(self.context.uow(), self.member_id)
        except CercleError as error:
            self.signature.setText(tr_error(error))
            return
        self.show_record(record)

    def show_record(self, record: MemberCharter) -> None:
        current = record.current
        if current is None:
            self.signature.setText(self.tr("Charter: no version adopted yet"))
        elif record.signed_on is not None:
            self.signature.setText(self.tr("Charter: signed version {version} on {date}").format(
                version=current.label, date=formatting.format_date_long(record.signed_on)))
        else:
            earlier = ", ".join(label for label, _day in record.signatures)
            text = self.tr("Charter: version {version} not signed").format(version=current.label)
            if earlier:
                text += " " + self.tr("(signed earlier: version {versions})").format(versions=earlier)
            self.signature.setText(text)
        self.sign_button.setVisible(current is not None and record.signed_on is None)
        if record.warnings:
            self.warnings.setText("<br>".join(warning_line(w) for w in record.warnings))
        else:
            self.warnings.setText(self.tr("No warning."))

    def record_signature(self) -> None:
        open_signature_dialog(self.context, self.member_id, self)  # reloads on the change notice

    def record_warning(self) -> None:
        open_warning_dialog(self.context, self.member_id, self)
