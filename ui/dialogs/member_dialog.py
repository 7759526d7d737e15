"""The member form: every field, inline messages, Save enabled only for a valid record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.enums import POSITIONS, Civility, ClubRole, CompanySize
from app.domain.errors import CercleError, ValidationError, ValidationErrors
from app.domain.members import MemberInput, validate_member
from app.domain.validation import format_phone
from app.services import members as member_service
from app.services import reference
from app.services.members import DuplicateMemberError, MemberDetails
from ui.context import AppContext
from ui.i18n import tr_enum, tr_error
from ui.icons import icon


class MemberDialog(QDialog):
    """Create (``member_id`` None) or edit one member. Esc cancels without saving."""

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
        error = QLabel()
        error.setObjectName(f"{name}_error")
        error.setProperty("role", "error")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)

    def _build(self) -> None:
        uow = self.context.uow
        chapters = [(i.name, i.id) for i in reference.list_items(uow(), "chapter")
                    if not i.retired or (self.member_id is not None)]
        sectors = [("", None)] + [(i.name, i.id) for i in reference.list_items(uow(), "sector")]
        self.chapter_retired = {i.id for i in reference.list_items(uow(), "chapter") if i.retired}

        identity = QFormLayout()
        self._row(identity, self.tr("Civility"), "civility", self._combo(
            "civility", [("", None)] + [(tr_enum(c), c) for c in Civility]))
        self._row(identity, self.tr("First name *"), "first_name", self._line("first_name", 80))
        self._row(identity, self.tr("Last name *"), "last_name", self._line("last_name", 80))
        arabic = self._line("arabic_name", 120)
        arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        arabic.setPlaceholderText(self.tr("optional, in Arabic script"))
        self._row(identity, self.tr("Name in Arabic"), "arabic_name", arabic)

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

        club = QFormLayout()
        self._row(club, self.tr("Chapter *"), "chapter_id", self._combo("chapter_id", chapters))
        join = QDateEdit()
        join.setObjectName("join_date")
        join.setCalendarPopup(True)
        join.setDisplayFormat("dd/MM/yyyy")
        join.setMinimumDate(QDate(1950, 1, 1))
        self.fields["join_date"] = join
        self._row(club, self.tr("Joined on *"), "join_date", join)
        sponsor = self._combo("sponsor_id", [("", None)] + [
            (f"{m.number} – {m.first_name} {m.last_name} ({m.company})", m.id)
            for m in member_service.list_members(uow()) if m.id != self.member_id])
        sponsor.setEditable(True)
        sponsor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(sponsor.model(), sponsor)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        sponsor.setCompleter(completer)
        self._row(club, self.tr("Sponsor"), "sponsor_id", sponsor)
        self._row(club, self.tr("Role in the club"), "club_role", self._combo(
            "club_role", [(tr_enum(r), r) for r in ClubRole]))
        directory = QCheckBox(self.tr("Appears in the printed directory"))
        directory.setObjectName("in_directory")
        directory.setChecked(True)
        self.fields["in_directory"] = directory
        club.addRow("", directory)

        contact = QFormLayout()
        mobile = self._line("mobile", 30)
        mobile.setPlaceholderText("06 61 23 45 67")
        self._row(contact, self.tr("Mobile"), "mobile", mobile)
        office = self._line("office_phone", 30)
        office.setPlaceholderText("05 22 12 34 56")
        self._row(contact, self.tr("Office phone"), "office_phone", office)
        self._row(contact, self.tr("E-mail"), "email", self._line("email", 254))
        address = QPlainTextEdit()
        address.setObjectName("address")
        address.setTabChangesFocus(True)
        address.setFixedHeight(56)
        self.fields["address"] = address
        self._row(contact, self.tr("Address"), "address", address)
        notes = QPlainTextEdit()
        notes.setObjectName("notes")
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        self.fields["notes"] = notes
        self._row(contact, self.tr("Notes"), "notes", notes)

        grid = QGridLayout()
        for position_, (title, form) in enumerate((
                (self.tr("Identity"), identity), (self.tr("Company"), company),
                (self.tr("Club"), club), (self.tr("Contact details"), contact))):
            group = QGroupBox(title)
            group.setLayout(form)
            grid.addWidget(group, position_ // 2, position_ % 2)
        if self.member_id is not None:
            grid.addWidget(self._status_box(), 2, 0, 1, 2)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

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
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def tr_enum_text(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Enums", text)

    def _status_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Status"))
        layout = QHBoxLayout(group)
        self.status_label = QLabel()
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
        data = details.data
        for name in ("first_name", "last_name", "arabic_name", "company", "ice", "city", "email"):
            self.fields[name].setText(getattr(data, name))  # type: ignore[attr-defined]
        self.fields["mobile"].setText(format_phone(data.mobile or None))  # type: ignore[attr-defined]
        self.fields["office_phone"].setText(format_phone(data.office_phone or None))  # type: ignore[attr-defined]
        self.fields["address"].setPlainText(data.address)  # type: ignore[attr-defined]
        self.fields["notes"].setPlainText(data.notes)  # type: ignore[attr-defined]
        for name in ("civility", "sector_id", "company_size", "chapter_id", "sponsor_id", "club_role"):
            self._set_combo(name, getattr(data, name))
        self._set_combo("position", data.position)
        if data.join_date:
            self.fields["join_date"].setDate(QDate(data.join_date))  # type: ignore[attr-defined]
        self.fields["in_directory"].setChecked(data.in_directory)  # type: ignore[attr-defined]
        self._show_status(details)

    def _show_status(self, details: MemberDetails) -> None:
        lines = [self.tr("Current status: <b>{status}</b>").format(status=tr_enum(details.status))]
        for change in details.status_history:
            reason = (change.reason or "").replace("&", "&amp;").replace("<", "&lt;")
            lines.append(self.tr("{date}: {status} – {reason}").format(
                date=formatting.format_date(change.effective_date), status=tr_enum(change.status),
                reason=reason))
        self.status_label.setText("<br>".join(lines))

    def current_input(self) -> MemberInput:
        f = self.fields

        def text(name: str) -> str:
            widget = f[name]
            if isinstance(widget, QPlainTextEdit):
                return widget.toPlainText()
            if isinstance(widget, QComboBox):
                return widget.currentText()
            return widget.text()  # type: ignore[attr-defined]

        def data(name: str) -> object:
            combo = f[name]
            assert isinstance(combo, QComboBox)
            if combo.isEditable():
                index = combo.findText(combo.currentText())
                return combo.itemData(index) if index >= 0 else None
            return combo.currentData()

        join: QDate = f["join_date"].date()  # type: ignore[attr-defined]
        return MemberInput(
            first_name=text("first_name"), last_name=text("last_name"), company=text("company"),
            chapter_id=data("chapter_id"), join_date=date(join.year(), join.month(), join.day()),  # type: ignore[arg-type]
            civility=data("civility"), arabic_name=text("arabic_name"),  # type: ignore[arg-type]
            position=text("position"), sector_id=data("sector_id"),  # type: ignore[arg-type]
            company_size=data("company_size"), ice=text("ice"), city=text("city"),  # type: ignore[arg-type]
            mobile=text("mobile"), office_phone=text("office_phone"), email=text("email"),
            address=text("address"), sponsor_id=data("sponsor_id"),  # type: ignore[arg-type]
            club_role=data("club_role"), in_directory=f["in_directory"].isChecked(),  # type: ignore[arg-type,attr-defined]
            notes=text("notes"),
        )

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

    def validate(self, *, show_all: bool = False) -> bool:
        """Check the form; show messages for the fields already touched. True when valid."""
        problems: dict[str, ValidationError] = {}
        try:
            validate_member(self.current_input(), member_id=self.member_id)
        except ValidationErrors as errors:
            problems = errors.errors
        for name, label in self.errors.items():
            error = problems.get(name)
            visible = error is not None and (show_all or name in self.touched)
            label.setText(tr_error(error) if error is not None else "")
            label.setVisible(visible)
        self.save_button.setEnabled(not problems)
        return not problems

    # -- actions -------------------------------------------------------------------
    def save(self, *, allow_duplicate: bool = False) -> None:
        if not self.validate(show_all=True):
            return
        data = self.current_input()
        try:
            if self.member_id is None:
                details = member_service.create_member(self.context.uow(), data,
                                                       allow_duplicate=allow_duplicate)
            else:
                details = member_service.update_member(self.context.uow(), self.member_id, data,
                                                       allow_duplicate=allow_duplicate)
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
                QMessageBox.warning(self, self.windowTitle(), tr_error(error))
            return
        except CercleError as error:
            QMessageBox.warning(self, self.windowTitle(), tr_error(error))
            return
        self.member_id = details.id
        self.member_saved.emit(details.id)
        self.accept()

    def _ask_duplicate(self, duplicate: DuplicateMemberError) -> None:
        match = duplicate.matches[0]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        reasons = {"email": self.tr("same e-mail"), "mobile": self.tr("same mobile"),
                   "name_company": self.tr("same name and company")}
        box.setText(self.tr("{name} ({company}), member number {number}, looks like the same person: "
                            "{reason}.").format(name=match.name, company=match.company,
                                                number=match.number, reason=reasons[match.reason]))
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_existing = box.addButton(self.tr("Open the existing record"), QMessageBox.ButtonRole.AcceptRole)
        save_anyway = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_existing)
        box.exec()
        if box.clickedButton() is open_existing:
            self.reject()
            self.open_member_requested.emit(match.id)
        elif box.clickedButton() is save_anyway:
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

    def delete(self) -> None:
        assert self.details is not None
        answer = QMessageBox.question(self, self.tr("Delete member"), self.tr(
            "Delete {name}? Only a member entered by mistake can be deleted.").format(
                name=f"{self.details.data.first_name} {self.details.data.last_name}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            member_service.delete_member(self.context.uow(), self.details.id)
        except CercleError as error:
            QMessageBox.information(self, self.tr("Delete member"), tr_error(error))
            return
        self.context.data_changed.emit("members")
        self.accept()
