"""Personal data in the member record (law 09-08): the consent fields of the form, and the
Privacy tab (consents with their dates, export of everything stored, anonymisation, audit trail).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.errors import CercleError
from app.services import privacy
from app.services.member_audit import AuditRow
from app.services.privacy import PrivacySummary
from ui.context import AppContext
from ui.i18n import tr_error
from ui.models.table import Column, DataclassTableModel
from ui.widgets.columns import set_read_only_rows
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Button, Icon, Role, clicked_in, message_box, warn

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Privacy", "Created"),
    "update": QT_TRANSLATE_NOOP("Privacy", "Changed"),
    "status": QT_TRANSLATE_NOOP("Privacy", "Status changed"),
    "consent": QT_TRANSLATE_NOOP("Privacy", "Consent changed"),
    "import": QT_TRANSLATE_NOOP("Privacy", "Imported"),
    "export": QT_TRANSLATE_NOOP("Privacy", "Data exported"),
    "anonymise": QT_TRANSLATE_NOOP("Privacy", "Anonymised"),
}
_FIELD_LABELS = dict(privacy.RECORD_LABELS)
_FIELD_LABELS |= {"sector_id": _FIELD_LABELS["sector"], "chapter_id": _FIELD_LABELS["chapter"],
                  "sponsor_id": _FIELD_LABELS["sponsor"]}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def field_names(row: AuditRow) -> str:
    """The changed fields as the form names them, e.g. "E-mail, Ville"."""
    return ", ".join(_tr(_FIELD_LABELS[name]) if name in _FIELD_LABELS else name for name in row.fields)


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: formatting.format_datetime(r.at),
               sort_key=lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.actor),
        Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: _tr(ACTIONS.get(r.action, r.action))),
        Column(QT_TRANSLATE_NOOP("Columns", "Fields"), field_names, tooltip=field_names),
    ]


class ConsentField(QWidget):
    """A consent in the member form: a check box and the date it was given (law 09-08)."""

    changed = Signal()

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox(text)
        self.check.setObjectName(f"{name}_given")
        self.date = date_edit(f"{name}_date")
        self.date.setEnabled(False)
        self.date.setToolTip(self.tr("The day the member gave this consent"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check, 1)
        row.addWidget(PlainLabel(self.tr("on")))
        row.addWidget(self.date)
        self.check.toggled.connect(self._toggled)
        self.date.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, checked: bool) -> None:
        self.date.setEnabled(checked)
        self.changed.emit()

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.date.setDate(QDate(value) if value is not None else QDate.currentDate())
        self.date.setEnabled(value is not None)


def consent_fields(parent: QWidget) -> list[tuple[str, ConsentField]]:
    """The two consents of the member form, by field name. The directory's is the one decision
    of appearing in the printed directory: ticked, with the day the member agreed."""
    directory = ConsentField(QCoreApplication.translate(
        "Privacy", "Appears in the printed directory, with their consent"), "consent_directory_on", parent)
    directory.check.setToolTip(QCoreApplication.translate(
        "Privacy", "The printed directory lists a member only with a consent to appear in it, and its date"))
    return [
        ("consent_processing_on", ConsentField(QCoreApplication.translate(
            "Privacy", "Consents to the processing of their data"), "consent_processing_on", parent)),
        ("consent_directory_on", directory),
    ]


class MemberPrivacyTab(QWidget):
    """The Privacy tab of an existing member's record; read again each time it is shown."""

    anonymised = Signal(int)

    def __init__(self, context: AppContext, member_id: int, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_tab")
        self.context = context
        self.member_id = member_id
        self.today = today
        self.summary: PrivacySummary | None = None

        consents = QGroupBox(self.tr("Consents (law 09-08)"))
        self.consent_processing = PlainLabel()
        self.consent_processing.setObjectName("consent_processing")
        self.consent_directory = PlainLabel()
        self.consent_directory.setObjectName("consent_directory")
        hint = PlainLabel(self.tr("Change them in the Record tab, with the date the member gave them."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        box = QVBoxLayout(consents)
        box.addWidget(self.consent_processing)
        box.addWidget(self.consent_directory)
        box.addWidget(hint)

        access = QGroupBox(self.tr("Right of access"))
        self.export_button = QPushButton(self.tr("Export this member's data (PDF or JSON)…"))
        self.export_button.setObjectName("export_data")
        self.export_button.clicked.connect(self.choose_export)
        self.export_result = PlainLabel()
        self.export_result.setObjectName("export_result")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        access_layout = QVBoxLayout(access)
        explain = PlainLabel(self.tr("Everything stored about the member in one file: record, status history, "
                                 "attendance, referrals, business, one-to-ones, presentations, guests, "
                                 "charter signatures, warnings and this audit trail."))
        explain.setWordWrap(True)
        access_layout.addWidget(explain)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        access_layout.addLayout(row)
        access_layout.addWidget(self.export_result)

        anonymise = QGroupBox(self.tr("Anonymisation"))
        self.anonymise_state = PlainLabel()
        self.anonymise_state.setObjectName("anonymise_state")
        self.anonymise_state.setWordWrap(True)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"))
        self.anonymise_button.setObjectName("anonymise")
        self.anonymise_button.clicked.connect(self.anonymise)
        anonymise_layout = QHBoxLayout(anonymise)
        anonymise_layout.addWidget(self.anonymise_state, 1)
        anonymise_layout.addWidget(self.anonymise_button, 0, Qt.AlignmentFlag.AlignTop)

        trail = QGroupBox(self.tr("Audit trail: who created or changed this record, and when"))
        self.audit_model: DataclassTableModel[AuditRow] = DataclassTableModel(audit_columns(), self)
        self.audit_table = QTableView()
        self.audit_table.setObjectName("audit_trail")
        self.audit_table.setModel(self.audit_model)
        set_read_only_rows(self.audit_table, several=True, alternating=False, row_height=24)
        for column, width in enumerate((130, 120, 150)):
            self.audit_table.setColumnWidth(column, width)
        trail_layout = QVBoxLayout(trail)
        trail_layout.addWidget(self.audit_table)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(consents, 1)
        top.addWidget(access, 1)
        layout.addLayout(top)
        layout.addWidget(anonymise)
        layout.addWidget(trail, 1)
        self.export_button.setEnabled(False)  # until the first reading, when the tab is shown
        self.anonymise_button.setEnabled(False)

    def _today(self) -> date:
        return self.today or date.today()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        try:
            summary = privacy.privacy_summary(self.context.uow(), self.member_id)
        except CercleError as error:
            self.anonymise_state.setText(tr_error(error))
            self.export_button.setEnabled(False)
            self.anonymise_button.setEnabled(False)
            return
        self.summary = summary
        self.export_button.setEnabled(True)
        self.consent_processing.setText(self._consent_text(
            self.tr("Processing of their data"), summary.consent_processing_on))
        self.consent_directory.setText(self._consent_text(
            self.tr("Appearing in the directory"), summary.consent_directory_on))
        self.anonymise_state.setText(self._anonymise_text(summary))
        self.anonymise_button.setEnabled(summary.can_anonymise(self._today()))
        self.audit_model.set_rows(list(reversed(summary.audit)))

    def _consent_text(self, what: str, given: date | None) -> str:
        if given is None:
            return self.tr("{what}: not given").format(what=what)
        return self.tr("{what}: given on {date}").format(what=what, date=formatting.format_date(given))

    def _anonymise_text(self, summary: PrivacySummary) -> str:
        if summary.anonymised_on is not None:
            return self.tr("This member was anonymised on {date}: their identity is no longer stored.").format(
                date=formatting.format_date(summary.anonymised_on))
        if summary.left_on is None or summary.anonymisable_from is None:
            return self.tr("Only a member who left the club (resigned or excluded) can be anonymised, "
                           "after the retention period ({months} months).").format(months=summary.retention_months)
        if summary.can_anonymise(self._today()):
            return self.tr("Left the club on {left}; the retention period ({months} months) is over. "
                           "Anonymising removes their identity for good and keeps their figures in the "
                           "club's statistics.").format(left=formatting.format_date(summary.left_on),
                                                        months=summary.retention_months)
        return self.tr("Left the club on {left}; the data is kept for {months} months, so it can be "
                       "anonymised from {from_date}.").format(
            left=formatting.format_date(summary.left_on), months=summary.retention_months,
            from_date=formatting.format_date(summary.anonymisable_from))

    # -- actions -------------------------------------------------------------------
    def choose_export(self) -> None:
        assert self.summary is not None
        settings = QSettings()
        folder = str(settings.value("privacy/export_folder", str(Path.home())))
        suggested = str(Path(folder) / f"donnees-membre-{self.summary.number}.pdf")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export this member's data"), suggested,
            self.tr("PDF document (*.pdf);;JSON file (*.json)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".pdf", ".json"):
            path += ".json" if "json" in chosen_filter.lower() else ".pdf"
        settings.setValue("privacy/export_folder", str(Path(path).parent))
        self.export(Path(path))

    def export(self, out: Path) -> None:
        """Write the file off the GUI thread; say where it went."""
        self.export_button.setEnabled(False)
        self.export_result.setText(self.tr("Writing {file}…").format(file=out.name))
        uow = self.context.uow()
        member_id = self.member_id

        def done(path: Path) -> None:
            self.export_button.setEnabled(True)
            self.export_result.setText(self.tr("Written to {path}").format(path=str(path)))
            self.reload()

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.export_result.setText("")
            message = tr_error(error) if isinstance(error, CercleError) else str(error)
            warn(self, self.tr("Export this member's data"), message)

        self.context.runner.run(lambda: privacy.export_member_data(uow, member_id, out), done, failed)

    def confirm_anonymise(self) -> bool:
        assert self.summary is not None
        box = message_box(self, Icon.Warning, self.tr("Anonymise a member"), self.tr(
            "Anonymise {name} (member {number})? Their name, contact details and notes are removed for "
            "good; their attendance, referrals and business stay in the statistics. This cannot be "
            "undone.").format(name=self.summary.name, number=self.summary.number),
            Button.Cancel, default=Button.Cancel)
        confirm = box.addButton(self.tr("Anonymise"), Role.DestructiveRole)
        return clicked_in(box) is confirm

    def anonymise(self) -> None:
        if self.summary is None or not self.confirm_anonymise():
            return
        try:
            privacy.anonymise_member(self.context.uow(), self.member_id, today=self._today())
        except CercleError as error:
            warn(self, self.tr("Anonymise a member"), tr_error(error))
            self.reload()
            return
        self.reload()
        self.context.data_changed.emit("members")
        self.anonymised.emit(self.member_id)
