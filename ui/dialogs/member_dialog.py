"""The member record: the form (every field, inline messages, Save enabled only for a valid
record) and, for an existing member, their attendance and business over a chosen period.
"""

from __future__ import annotations

import html
from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.attendance import AttendanceStatus, MeetingKind
from app.domain.enums import POSITIONS, Civility, ClubRole, CompanySize
from app.domain.errors import CercleError, ValidationError, ValidationErrors
from app.domain.members import Cell, MemberInput, member_warnings, validate_member
from app.domain.validation import format_phone
from app.services import attendance as attendance_service
from app.services import business_stats, reference
from app.services import members as member_service
from app.services.attendance import HistoryRow
from app.services.conflicts import ConflictError
from app.services.members import DuplicateMemberError, MemberDetails
from ui.context import AppContext
from ui.dialogs.member_privacy import ConsentField, MemberPrivacyTab, consent_fields
from ui.i18n import tr_enum, tr_error
from ui.icons import icon
from ui.member_tabs_compliance import ComplianceHistoryTab
from ui.models.table import Column, DataclassTableModel, SortFilterProxy
from ui.pages.attendance_sheet import status_brush, tr_attendance
from ui.widgets import look
from ui.widgets.columns import set_read_only_rows
from ui.widgets.date_edit import date_edit
from ui.widgets.focus import buttons_in_visual_order
from ui.widgets.form import EditDialog, MessageLine, with_message
from ui.widgets.label import PlainLabel, RichLabel
from ui.widgets.message_box import Button, Icon, Role, ask, clicked_in, inform, message_box, warn
from ui.widgets.period_picker import PeriodPicker

RIGHT = Qt.AlignmentFlag.AlignRight
# "Membre" first: a new member's role is what the list opens on, and nearly everyone is one.
ROLE_ORDER = (ClubRole.MEMBER, *(role for role in ClubRole if role is not ClubRole.MEMBER))


def history_columns() -> list[Column[HistoryRow]]:
    """The member's attendance history: one row per meeting they were expected at."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: formatting.format_date(r.date),
               sort_key=lambda r: r.date, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: tr_attendance(r.kind),
               sort_key=lambda r: list(MeetingKind).index(r.kind)),
        Column(QT_TRANSLATE_NOOP("Columns", "Chapter"),
               lambda r: r.chapter or QCoreApplication.translate("Columns", "Whole club"),
               sort_key=lambda r: r.chapter or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: tr_attendance(r.status),
               sort_key=lambda r: list(AttendanceStatus).index(r.status) if r.status else len(AttendanceStatus),
               background=lambda r: status_brush(r.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Arrival"),
               lambda r: formatting.format_time(r.arrival_time),
               sort_key=lambda r: r.arrival_time, align=RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason or substitute"), lambda r: r.detail or ""),
    ]


class MemberDialog(EditDialog):
    """Create (``member_id`` None) or edit one member. Esc asks before changes are lost."""

    member_saved = Signal(int)
    open_member_requested = Signal(int)

    def __init__(self, context: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.details: MemberDetails | None = None
        self.touched: set[str] = set()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.setObjectName("member_dialog")
        self.setMinimumSize(980, 640)

        self._build()
        if member_id is not None:
            self.details = member_service.get_member(context.uow(), member_id)
            self._load(self.details)
            self.setWindowTitle(self.tr("Member {number} – {name}").format(
                number=self.details.number,
                name=f"{self.details.data.first_name} {self.details.data.last_name}"))
        else:
            self.setWindowTitle(self.tr("New member"))
            self.fields["join_date"].setDate(QDate.currentDate())  # type: ignore[attr-defined]
        self._connect_changes()
        self.validate()

    # -- building ------------------------------------------------------------------
    def _line(self, name: str, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length + 50)  # longer text is refused with a message, not cut silently
        self.fields[name] = edit
        return edit

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        self.fields[name] = combo
        return combo

    def _row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        error = MessageLine(f"{name}_error")
        error.setProperty("role", "error")
        self.errors[name] = error
        caption = PlainLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, with_message(widget, error))

    def _build(self) -> None:
        """The four groups of fields (with the status and charter of an existing member), in a
        scroll area, tabs for an existing member, and the buttons."""
        grid = QGridLayout()
        for position, (title, form) in enumerate((
                (self.tr("Identity"), self._identity_form()), (self.tr("Company"), self._company_form()),
                (self.tr("Club"), self._club_form()), (self.tr("Contact details"), self._contact_form()))):
            group = QGroupBox(title)
            group.setLayout(form)
            grid.addWidget(group, position // 2, position % 2)
        if self.member_id is not None:
            grid.addWidget(self._status_box(), 2, 0, 1, 2)
            from ui.member_charter import MemberCharterBox

            grid.addWidget(MemberCharterBox(self.context, self.member_id), 3, 0, 1, 2)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = self._button_box()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll if self.member_id is None else self._tabs(scroll), 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def _identity_form(self) -> QFormLayout:
        identity = QFormLayout()
        self._row(identity, self.tr("Civility"), "civility", self._combo(
            "civility", [("", None)] + [(tr_enum(c), c) for c in Civility]))
        self._row(identity, self.tr("First name *"), "first_name", self._line("first_name", 80))
        self._row(identity, self.tr("Last name *"), "last_name", self._line("last_name", 80))
        arabic = self._line("arabic_name", 120)
        arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        arabic.setPlaceholderText(self.tr("optional, in Arabic script"))
        self._row(identity, self.tr("Name in Arabic"), "arabic_name", arabic)
        return identity

    def _company_form(self) -> QFormLayout:
        sectors = [("", None)] + [(i.name, i.id) for i in reference.list_items(self.context.uow(), "sector")]
        company = QFormLayout()
        self._row(company, self.tr("Company *"), "company", self._line("company", 160))
        position = self._combo("position", [("", "")] + [(self.tr_enum_text(p), self.tr_enum_text(p))
                                                         for p in POSITIONS])
        position.setEditable(True)
        self._row(company, self.tr("Position"), "position", position)
        self._row(company, self.tr("Sector"), "sector_id", self._combo("sector_id", sectors))
        self._row(company, self.tr("Company size"), "company_size", self._combo(
            "company_size", [("", None)] + [(tr_enum(s), s) for s in CompanySize]))
        ice = self._line("ice", 20)
        ice.setPlaceholderText(self.tr("15 digits"))
        self._row(company, self.tr("ICE"), "ice", ice)
        self._row(company, self.tr("City"), "city", self._line("city", 80))
        return company

    def _club_form(self) -> QFormLayout:
        """Chapter, join date, sponsor, role, and the two consents (law 09-08), each with its
        date: the directory's is the one decision of appearing in the printed directory."""
        items = reference.list_items(self.context.uow(), "chapter")
        chapters = [(i.name, i.id) for i in items if not i.retired or self.member_id is not None]
        self.chapter_retired = {i.id for i in items if i.retired}
        club = QFormLayout()
        self._row(club, self.tr("Chapter *"), "chapter_id", self._combo("chapter_id", chapters))
        join = date_edit("join_date")
        self.fields["join_date"] = join
        self._row(club, self.tr("Joined on *"), "join_date", join)
        self._row(club, self.tr("Sponsor"), "sponsor_id", self._sponsor_combo())
        self._row(club, self.tr("Role in the club"), "club_role", self._combo(
            "club_role", [(tr_enum(r), r) for r in ROLE_ORDER]))
        for name, consent in consent_fields(self):
            self.fields[name] = consent
            self._row(club, "", name, consent)
        return club

    def _sponsor_combo(self) -> QComboBox:
        """Every other member, found by any part of their number, name or company."""
        sponsor = self._combo("sponsor_id", [("", None)] + [
            (f"{m.number} – {m.first_name} {m.last_name} ({m.company})", m.id)
            for m in member_service.list_members(self.context.uow()) if m.id != self.member_id])
        sponsor.setEditable(True)
        sponsor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(sponsor.model(), sponsor)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        sponsor.setCompleter(completer)
        return sponsor

    def _contact_form(self) -> QFormLayout:
        contact = QFormLayout()
        mobile = self._line("mobile", 30)
        mobile.setPlaceholderText(self.tr("e.g. {phone}").format(phone="06 61 23 45 67"))  # not a real number
        self._row(contact, self.tr("Mobile"), "mobile", mobile)
        office = self._line("office_phone", 30)
        office.setPlaceholderText(self.tr("e.g. {phone}").format(phone="05 22 12 34 56"))
        self._row(contact, self.tr("Office phone"), "office_phone", office)
        self._row(contact, self.tr("E-mail"), "email", self._line("email", 254))
        for name, label, height in (("address", self.tr("Address"), 56), ("notes", self.tr("Notes"), 70)):
            text = QPlainTextEdit()
            text.setObjectName(name)
            text.setTabChangesFocus(True)
            text.setFixedHeight(height)
            self.fields[name] = text
            self._row(contact, label, name, text)
        return contact

    def _button_box(self) -> QDialogButtonBox:
        """Save and Cancel; Delete and Print record for an existing member."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if self.member_id is not None:
            delete = QPushButton(icon("delete.svg"), self.tr("Delete…"))
            delete.setObjectName("delete")
            delete.setToolTip(self.tr("Only a member entered by mistake, with no history, can be deleted"))
            delete.clicked.connect(self.delete)
            self.buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            print_record = QPushButton(self.tr("Print record"))
            print_record.setObjectName("print_record")
            print_record.setToolTip(self.tr("The member's record as a PDF, on the Reports page"))
            print_record.clicked.connect(self.print_record)
            self.buttons.addButton(print_record, QDialogButtonBox.ButtonRole.ActionRole)
        buttons_in_visual_order(self.buttons)  # Save, Delete, Print, Cancel as drawn
        return self.buttons

    # -- attendance and business tabs (existing members) ------------------------------
    def _tabs(self, record: QWidget) -> QTabWidget:
        """Record / Attendance / Business; the figures are read when their tab is first shown."""
        self.figures: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("member_tabs")
        self.tabs.addTab(record, self.tr("Record"))
        self.attendance_tab = self._attendance_tab()
        self.tabs.addTab(self.attendance_tab, self.tr("Attendance"))
        self.business_tab = self._business_tab()
        self.tabs.addTab(self.business_tab, self.tr("Business"))
        self.tabs.addTab(ComplianceHistoryTab(self.context, self.member_id), self.tr("Compliance"))
        self.privacy_tab = MemberPrivacyTab(self.context, self.member_id)  # type: ignore[arg-type]
        self.privacy_tab.anonymised.connect(lambda member_id: (self.member_saved.emit(member_id), self.accept()))
        self.tabs.addTab(self.privacy_tab, self.tr("Personal data"))
        self._stale: set[QWidget] = {self.attendance_tab, self.business_tab}
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        return self.tabs

    def _figure_grid(self, prefix: str, rows: list[tuple[str, str]], columns: int = 2) -> QGridLayout:
        """Caption/value pairs laid out in ``columns`` pairs a line; values land in ``self.figures``."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for number, (key, caption) in enumerate(rows):
            line, pair = divmod(number, columns)
            value = PlainLabel()
            value.setObjectName(f"{prefix}_{key}")
            value.setAlignment(RIGHT | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(110)
            label = PlainLabel(caption)
            label.setBuddy(value)
            grid.addWidget(label, line, pair * 3)
            grid.addWidget(value, line, pair * 3 + 1)
            self.figures[f"{prefix}_{key}"] = value
        for pair in range(columns - 1):
            grid.setColumnMinimumWidth(pair * 3 + 2, 36)
        grid.setColumnStretch(columns * 3, 1)
        return grid

    def _attendance_tab(self) -> QWidget:
        tab = QWidget()
        tab.setObjectName("attendance_tab")
        self.attendance_period = PeriodPicker()
        self.attendance_period.setObjectName("attendance_period")
        self.attendance_period.period_changed.connect(self._attendance_period_changed)
        figures = QGroupBox(self.tr("Figures over the period"))
        figures.setLayout(self._figure_grid("attendance", [
            ("expected", self.tr("Meetings expected")),
            ("rate", self.tr("Attendance rate")),
            ("present", self.tr("Present")),
            ("unexcused", self.tr("Unexcused absences")),
            ("late", self.tr("Late")),
            ("longest_run", self.tr("Longest run of absences")),
            ("absent", self.tr("Absent")),
            ("last_presence", self.tr("Last presence")),
            ("excused", self.tr("Excused")),
            ("unmarked", self.tr("Not marked")),
            ("substituted", self.tr("Substituted")),
        ]))
        rate = self.figures["attendance_rate"]
        rate.setStyleSheet("font-weight: bold;")
        self.history_model: DataclassTableModel[HistoryRow] = DataclassTableModel(history_columns(), self)
        self.history_proxy = SortFilterProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_table = QTableView()
        self.history_table.setObjectName("attendance_history")
        self.history_table.setModel(self.history_proxy)
        self.history_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.history_table.setSortingEnabled(True)
        set_read_only_rows(self.history_table, several=True, alternating=False, row_height=24)
        for column, width in enumerate((90, 150, 120, 200, 100, 70)):
            self.history_table.setColumnWidth(column, width)
        self.history_caption = PlainLabel()
        self.history_caption.setObjectName("attendance_history_caption")
        self.history_caption.setBuddy(self.history_table)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.attendance_period)
        layout.addWidget(figures)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history_table, 1)
        return tab

    def _business_tab(self) -> QWidget:
        tab = QWidget()
        tab.setObjectName("business_tab")
        self.business_period = PeriodPicker()
        self.business_period.setObjectName("business_period")
        self.business_period.period_changed.connect(self._business_period_changed)
        referrals = QGroupBox(self.tr("Referrals"))
        referrals.setLayout(self._figure_grid("business", [
            ("given_internal", self.tr("Given to members (internal)")),
            ("given_external", self.tr("Given to non-members (external)")),
            ("given", self.tr("Given in all")),
            ("received", self.tr("Received from members")),
        ], columns=1))
        closed = QGroupBox(self.tr("Closed business (excluding tax)"))
        closed.setLayout(self._figure_grid("business", [
            ("closed_received", self.tr("Received: business closed by this member")),
            ("closed_generated", self.tr("Generated for others: closed thanks to their referrals")),
        ], columns=1))
        activity = QGroupBox(self.tr("Taking part"))
        activity.setLayout(self._figure_grid("business", [
            ("one_to_ones", self.tr("One-to-ones")),
            ("presentations", self.tr("Presentations")),
        ], columns=1))
        for key in ("closed_received", "closed_generated"):
            self.figures[f"business_{key}"].setMinimumWidth(220)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.business_period)
        layout.addWidget(referrals)
        layout.addWidget(closed)
        layout.addWidget(activity)
        layout.addStretch(1)
        # Three groups, one column of figures: give every caption the width of the longest.
        values = {label for key, label in self.figures.items() if key.startswith("business_")}
        captions = [label for label in tab.findChildren(QLabel) if label.buddy() in values]
        width = max(label.sizeHint().width() for label in captions)
        for label in captions:
            label.setMinimumWidth(width)
        return tab

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab is self.attendance_tab:
            self.load_attendance()
        elif tab is self.business_tab:
            self.load_business()

    def _attendance_period_changed(self, start: date, end: date) -> None:
        # One period for the whole record: the business tab follows, read when shown.
        self.business_period.set_period(start, end, emit=False)
        self._check_same_preset(self.attendance_period, self.business_period)
        self._stale.add(self.business_tab)
        self.load_attendance()

    def _business_period_changed(self, start: date, end: date) -> None:
        self.attendance_period.set_period(start, end, emit=False)
        self._check_same_preset(self.business_period, self.attendance_period)
        self._stale.add(self.attendance_tab)
        self.load_business()

    @staticmethod
    def _check_same_preset(source: PeriodPicker, target: PeriodPicker) -> None:
        for key, button in source.preset_buttons.items():
            target.preset_buttons[key].setChecked(button.isChecked())

    def load_attendance(self) -> None:
        """Read the member's figures and history over the chosen period (one unit of work)."""
        assert self.member_id is not None
        start, end = self.attendance_period.period()
        try:
            record = attendance_service.member_attendance(self.context.uow(), self.member_id, start, end)
        except CercleError as error:
            warn(self, self.windowTitle(), tr_error(error))
            return
        f = record.figures
        show = self.figures
        for key, value in (("expected", f.expected), ("present", f.present), ("late", f.late),
                           ("absent", f.absent), ("excused", f.excused), ("substituted", f.substituted),
                           ("unmarked", f.unmarked), ("unexcused", f.unexcused_absences),
                           ("longest_run", f.longest_absence_run)):
            show[f"attendance_{key}"].setText(formatting.format_number(value))
        show["attendance_rate"].setText(formatting.format_percent(f.rate))
        show["attendance_last_presence"].setText(formatting.format_date(f.last_presence) or "\u2014")
        self.history_model.set_rows(record.history)
        if record.history:
            self.history_caption.setText(self.tr("Meetings expected over the period, latest first:"))
        else:
            self.history_caption.setText(self.tr("No held meeting expected this member over the period."))

    def load_business(self) -> None:
        """Read the member's business over the chosen period (one unit of work)."""
        assert self.member_id is not None
        start, end = self.business_period.period()
        try:
            totals = business_stats.member_business_summary(self.context.uow(), self.member_id, start, end)
        except CercleError as error:
            warn(self, self.windowTitle(), tr_error(error))
            return
        show = self.figures
        for key in ("given_internal", "given_external", "given", "received", "one_to_ones", "presentations"):
            show[f"business_{key}"].setText(formatting.format_number(getattr(totals, key)))
        for key, amount, count in (
                ("closed_received", totals.closed_received_amount, totals.closed_received_count),
                ("closed_generated", totals.closed_generated_amount, totals.closed_generated_count)):
            label = show[f"business_{key}"]
            # %n: Qt picks the plural form of the language ("1 affaire", "5 affaires").
            label.setText(self.tr("{amount} (%n deal(s))", "", count).format(
                amount=formatting.format_money(amount)))
            label.setProperty("amount", str(amount))

    def tr_enum_text(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Enums", text)

    def _status_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Status"))
        layout = QHBoxLayout(group)
        self.status_label = RichLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label, 1)
        change = QPushButton(icon("status.svg"), self.tr("Change status…"))
        change.setObjectName("change_status")
        change.clicked.connect(self.change_status)
        layout.addWidget(change)
        return group

    # -- data ----------------------------------------------------------------------
    def _set_combo(self, name: str, value: object) -> None:
        combo = self.fields[name]
        assert isinstance(combo, QComboBox)
        index = combo.findData(value)
        if index < 0 and name == "position" and value:
            combo.setEditText(str(value))
            return
        combo.setCurrentIndex(max(index, 0))

    def _load(self, details: MemberDetails) -> None:
        """Each field of the record into its widget, as the record declares its fields."""
        for item in fields(MemberInput):
            widget, value = self.fields[item.name], getattr(details.data, item.name)
            if isinstance(widget, QComboBox):
                self._set_combo(item.name, value)
            elif isinstance(widget, QLineEdit):
                widget.setText(format_phone(value or None) if item.metadata["cell"] is Cell.PHONE else value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QDateEdit):
                if value is not None:
                    widget.setDate(QDate(value))
            elif isinstance(widget, ConsentField):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
        self._show_status(details)

    def _show_status(self, details: MemberDetails) -> None:
        lines = [self.tr("Current status: <b>{status}</b>").format(status=html.escape(tr_enum(details.status)))]
        for change in details.status_history:
            reason = html.escape(change.reason or "")
            lines.append(self.tr("{date}: {status} – {reason}").format(
                date=formatting.format_date(change.effective_date), status=tr_enum(change.status),
                reason=reason))
        self.status_label.setText("<br>".join(lines))

    def current_input(self) -> MemberInput:
        """The form's values, one per field the record declares, read from its widget."""
        return MemberInput(**{item.name: self._value(self.fields[item.name], text=item.default == "")
                              for item in fields(MemberInput)})

    @staticmethod
    def _value(widget: QWidget, *, text: bool) -> Any:
        """What ``widget`` holds: its text for a text field (an editable list's too), else the
        chosen item's data, the date, the consent's date or the box's state."""
        if isinstance(widget, QComboBox):
            if text:
                return widget.currentText()
            if widget.isEditable():
                index = widget.findText(widget.currentText())
                return widget.itemData(index) if index >= 0 else None
            return widget.currentData()
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QDateEdit):
            chosen = widget.date()
            return date(chosen.year(), chosen.month(), chosen.day())
        if isinstance(widget, ConsentField):
            return widget.value()
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    def form_state(self) -> object:
        return self.current_input()

    def _connect_changes(self) -> None:
        for name, widget in self.fields.items():
            def touched(*_args: object, field: str = name) -> None:
                self.touched.add(field)
                self.validate()

            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(touched)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(touched)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(touched)
                if widget.isEditable():
                    widget.editTextChanged.connect(touched)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(touched)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(touched)
            elif isinstance(widget, ConsentField):
                widget.changed.connect(touched)

    def validate(self, *, show_all: bool = False) -> bool:
        """Check the form; show messages for the fields already touched. True when valid."""
        problems: dict[str, ValidationError] = {}
        data = self.current_input()
        try:
            validate_member(data, member_id=self.member_id)
        except ValidationErrors as errors:
            problems = errors.errors
        # A warning (no consent to the processing of their data) is shown at once and never
        # stops the save; an error on the same field takes its line once the field is touched.
        warnings = {warning.field: warning for warning in member_warnings(data)}
        for name, label in self.errors.items():
            error = problems.get(name)
            visible = error is not None and (show_all or name in self.touched)
            warning = None if visible else warnings.get(name)
            role = "warning" if warning is not None else "error"
            if label.property("look_role") != role:
                look.paint(label, role)
            shown = warning or error
            label.setText(tr_error(shown) if shown is not None else "")
            label.setVisible(visible or warning is not None)
        self.save_button.setEnabled(not problems)
        return not problems

    # -- actions -------------------------------------------------------------------
    def save(self, *, allow_duplicate: bool = False, overwrite_version: int | None = None) -> None:
        if not self.validate(show_all=True):
            return
        data = self.current_input()
        try:
            if self.member_id is None:
                details = member_service.create_member(self.context.uow(), data,
                                                       allow_duplicate=allow_duplicate)
            else:
                # The version the form loaded: a save over someone else's is refused (no lost update).
                version = overwrite_version or (self.details.version if self.details else None)
                details = member_service.update_member(self.context.uow(), self.member_id, data,
                                                       allow_duplicate=allow_duplicate, expected_version=version)
        except ConflictError as conflict:
            self._resolve_conflict(conflict, allow_duplicate)
            return
        except DuplicateMemberError as duplicate:
            self._ask_duplicate(duplicate)
            return
        except ValidationErrors as errors:
            self.touched.update(errors.errors)
            self.validate(show_all=True)
            return
        except ValidationError as error:
            label = self.errors.get(error.field)
            if label is not None:
                label.setText(tr_error(error))
                label.show()
            else:
                warn(self, self.windowTitle(), tr_error(error))
            return
        except CercleError as error:
            warn(self, self.windowTitle(), tr_error(error))
            return
        self.member_id = details.id
        self.member_saved.emit(details.id)
        self.accept()

    def _resolve_conflict(self, conflict: ConflictError, allow_duplicate: bool) -> None:
        """Someone saved this member meanwhile: show what differs; reload, or overwrite knowingly."""
        from ui.dialogs.conflict_dialog import ConflictChoice, ask_conflict, form_labels

        choice = ask_conflict(conflict, form_labels(self, self.fields), self)
        if choice is ConflictChoice.OVERWRITE and conflict.current_version is not None:
            self.save(allow_duplicate=allow_duplicate, overwrite_version=conflict.current_version)
        elif choice is ConflictChoice.RELOAD and conflict.current_version is None:
            self.discard()  # deleted meanwhile
        elif choice is ConflictChoice.RELOAD and self.member_id is not None:
            self.details = member_service.get_member(self.context.uow(), self.member_id)
            self._load(self.details)
            self.touched.clear()
            self.validate()
            self.mark_clean()

    def _ask_duplicate(self, duplicate: DuplicateMemberError) -> None:
        match = duplicate.matches[0]
        reasons = {"email": self.tr("same e-mail"), "mobile": self.tr("same mobile"),
                   "name_company": self.tr("same name and company")}
        box = message_box(self, Icon.Warning, self.tr("Possible duplicate"), self.tr(
            "{name} ({company}), member number {number}, looks like the same person: {reason}.").format(
                name=match.name, company=match.company, number=match.number, reason=reasons[match.reason]),
            Button.Cancel)
        open_existing = box.addButton(self.tr("Open the existing record"), Role.AcceptRole)
        save_anyway = box.addButton(self.tr("Save anyway"), Role.DestructiveRole)
        box.setDefaultButton(open_existing)
        clicked = clicked_in(box)
        if clicked is open_existing:
            self.discard()
            self.open_member_requested.emit(match.id)
        elif clicked is save_anyway:
            self.save(allow_duplicate=True)

    def change_status(self) -> None:
        from ui.dialogs.status_dialog import StatusDialog

        assert self.details is not None
        dialog = StatusDialog(self.context, self.details, self)
        if dialog.exec():
            self.details = dialog.result_details
            assert self.details is not None
            self._show_status(self.details)
            self.member_saved.emit(self.details.id)

    def print_record(self) -> None:
        """Close the record (asking first if it was edited) and show it as a report."""
        if self.details is None:
            return
        if self.has_changes() and ask(self, self.windowTitle(), self.tr(
                "The report shows the record as saved. Close the record without saving your changes?"
        )) != Button.Yes:
            return
        from app.reports import ReportParams
        from ui.pages.reports import open_report

        start, end = self.attendance_period.period()
        self.discard()
        open_report(self.context, "fiche-membre", ReportParams(start=start, end=end,
                                                              member_number=self.details.number))

    def delete(self) -> None:
        assert self.details is not None
        answer = ask(self, self.tr("Delete member"), self.tr(
            "Delete {name}? Only a member entered by mistake can be deleted.").format(
                name=f"{self.details.data.first_name} {self.details.data.last_name}"))
        if answer != Button.Yes:
            return
        try:
            member_service.delete_member(self.context.uow(), self.details.id)
        except CercleError as error:
            inform(self, self.tr("Delete member"), tr_error(error))
            return
        self.context.data_changed.emit("members")
        self.accept()
