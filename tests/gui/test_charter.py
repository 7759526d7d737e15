"""The charter page as the secretary uses it: text and versions, signatures, warnings and decisions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.domain.charter import BRAND, MSG_DECISION_BEFORE_WARNING, MSG_FACTS_REQUIRED, WarningStep
from app.domain.enums import MemberStatus
from app.formatting import format_date, format_date_long
from app.services import charter as charter_service
from app.services import members as member_service
from app.services.charter import MSG_VERSION_EXISTS
from ui.dialogs.warning_dialog import POINT_CHOICES

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"),
              pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def context(french, demo_db):
    from ui.context import AppContext

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    return context


@pytest.fixture
def page(qtbot, context):
    from ui.pages.charter import CharterPage

    widget = CharterPage(context)
    qtbot.add_widget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _wait_dialog(qtbot, page, attribute: str):
    qtbot.waitUntil(lambda: getattr(page, attribute, None) is not None and getattr(page, attribute).isVisible())
    return getattr(page, attribute)


def test_text_versions_and_current_charter(page) -> None:
    assert page.version_model.rowCount() == 1
    assert "5. Respecter" in page.text_view.toPlainText()
    assert format_date_long(date(2026, 1, 1)) in page.current_label.text()
    assert page.version_model.row_at(0).signed_count == sum(1 for r in page.signature_model.all_rows if r.signed_on)


def test_not_signed_filter_lists_the_active_members_without_signature(page, context) -> None:
    unsigned = charter_service.unsigned_member_ids(context.uow())
    _choose(page.signature_state, "unsigned")
    assert {r.member_id for r in page.signature_model.shown_rows} == unsigned
    assert str(len(unsigned)) in page.signature_count.text()
    _choose(page.signature_state, "signed")
    assert all(r.signed_on for r in page.signature_model.shown_rows)


def test_recording_a_signature_takes_the_member_off_the_not_signed_list(qtbot, page, context, message_boxes) -> None:
    _choose(page.signature_state, "unsigned")
    before = page.signature_model.rowCount()
    member = page.signature_model.row_at(0)
    page.signature_table.setCurrentIndex(page.signature_proxy.index(0, 0))
    page.record_signature()
    dialog = _wait_dialog(qtbot, page, "signature_dialog")
    assert dialog.member.member_id() == member.member_id
    dialog.signed_on.setDate(QDate.currentDate().addDays(1))  # in the future: refused
    _ok(dialog)
    assert dialog.isVisible() and dialog.errors["signed_on"].isVisible()
    dialog.signed_on.setDate(QDate(2026, 2, 3))
    _ok(dialog)
    assert not dialog.isVisible()
    assert page.signature_model.rowCount() == before - 1
    assert member.member_id not in charter_service.unsigned_member_ids(context.uow())
    _choose(page.signature_state, None)
    row = page.signature_model.row_of(lambda r: r.member_id == member.member_id)
    assert page.signature_model.row_at(row).signed_on == date(2026, 2, 3)

    # Removed by mistake? Remove it again, after confirmation.
    page.signature_table.setCurrentIndex(page.signature_proxy.index(row, 0))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.remove_signature()
    assert member.member_id in charter_service.unsigned_member_ids(context.uow())


def test_a_new_version_must_have_a_new_name_and_becomes_current(qtbot, page, context) -> None:
    page.new_version()
    dialog = _wait_dialog(qtbot, page, "version_dialog")
    assert "5. Respecter" in dialog.text.toPlainText()  # starts from the current text
    dialog.version.setText("1")
    _ok(dialog)
    expected = QCoreApplication.translate("Validation", MSG_VERSION_EXISTS).format(version="1")
    assert dialog.errors["version"].isVisible() and dialog.errors["version"].text() == expected
    dialog.version.setText("2")
    dialog.text.setPlainText(dialog.text.toPlainText() + "\n6. Tom & Jerry <b>SARL</b> — الاحترام")
    _ok(dialog)
    assert not dialog.isVisible()
    assert page.version_model.rowCount() == 2
    assert page.signature_version.currentText().endswith("2")
    assert "Tom & Jerry <b>SARL</b>" in page.text_view.toPlainText()
    # Nobody signed version 2 yet: every active member is on the not-signed list.
    active = {r.member_id for r in page.signature_model.all_rows if r.status is MemberStatus.ACTIVE}
    assert charter_service.unsigned_member_ids(context.uow()) == active


def test_warnings_filters_and_the_decisions_of_the_selected_one(page) -> None:
    all_rows = page.warning_model.all_rows
    assert page.warning_model.rowCount() == len(all_rows) >= 3
    _choose(page.warning_state, "open")
    assert page.warning_model.shown_rows and all(w.is_open for w in page.warning_model.shown_rows)
    _choose(page.warning_state, "closed")
    assert page.warning_model.shown_rows and all(not w.is_open for w in page.warning_model.shown_rows)
    _choose(page.warning_state, None)
    _choose(page.warning_point, "5")
    assert [w.charter_point for w in page.warning_model.shown_rows] == [5]
    _choose(page.warning_point, f"3:{BRAND}")
    assert [(w.charter_point, w.aspect) for w in page.warning_model.shown_rows] == [(3, BRAND)]
    _choose(page.warning_point, None)

    page.warning_table.setCurrentIndex(page.warning_proxy.index(0, 0))
    warning = page.selected_warning()
    assert page.decision_model.rowCount() == len(warning.decisions) > 0
    decided_by = page.decision_model.index(0, 2).data()
    assert decided_by == warning.decisions[0].decided_by and decided_by.startswith("Bureau du")
    assert warning.member_name in page.decision_caption.text()


def test_record_a_warning_then_decide_and_close_it(qtbot, page, context) -> None:
    member = member_service.list_members(context.uow())[0]
    page.record_warning()
    dialog = _wait_dialog(qtbot, page, "warning_dialog")
    qtbot.keyClicks(dialog.member, str(member.number))
    dialog.point.setCurrentIndex(POINT_CHOICES.index((5, None)))
    _ok(dialog)  # no facts yet
    assert dialog.isVisible()
    assert dialog.errors["facts"].text() == QCoreApplication.translate("Validation", MSG_FACTS_REQUIRED)
    facts = "Propos <b>&</b> déplacés — إهانة"
    dialog.facts.setPlainText(facts)
    dialog.date.setDate(QDate(2026, 11, 2))
    _ok(dialog)
    assert not dialog.isVisible()
    warning = page.selected_warning()
    assert (warning.member_id, warning.charter_point, warning.facts, warning.date) == (
        member.id, 5, facts, date(2026, 11, 2))
    assert page.warning_model.index(page.warning_table.currentIndex().row(), 4).data() == facts

    page.add_decision()
    decision = _wait_dialog(qtbot, page, "decision_dialog")
    assert decision.current_step() is WarningStep.REMINDER
    decision.decided_on.setDate(QDate(2026, 11, 1))  # before the warning
    decision.decided_by.setText("Bureau du 01/11/2026 — K. Alaoui")
    _ok(decision)
    expected = QCoreApplication.translate("Validation", MSG_DECISION_BEFORE_WARNING).format(
        date=format_date(date(2026, 11, 2)))
    assert decision.isVisible() and decision.errors["decided_on"].text() == expected
    decision.decided_on.setDate(QDate(2026, 11, 12))
    decision.decided_by.setText("Bureau du 12/11/2026 — K. Alaoui")
    _ok(decision)
    assert not decision.isVisible()
    assert page.selected_warning().id == warning.id
    assert [page.decision_model.index(0, c).data() for c in (0, 2)] == [
        format_date(date(2026, 11, 12)), "Bureau du 12/11/2026 — K. Alaoui"]

    page.close_warning()
    closing = _wait_dialog(qtbot, page, "close_dialog")
    closing.note.setPlainText("Excuses présentées")
    _ok(closing)
    assert not closing.isVisible()
    row = page.selected_warning()
    assert row.id == warning.id and not row.is_open and row.closing_note == "Excuses présentées"
    assert page.warning_buttons["reopen_warning"].isEnabled()
    assert not page.warning_buttons["add_decision"].isEnabled()


def test_an_exclusion_decision_can_change_the_member_status(qtbot, page, context) -> None:
    _choose(page.warning_state, "open")
    page.warning_table.setCurrentIndex(page.warning_proxy.index(0, 0))
    warning = page.selected_warning()
    page.add_decision()
    dialog = _wait_dialog(qtbot, page, "decision_dialog")
    assert not dialog.exclude.isEnabled()
    _choose(dialog.step, WarningStep.EXCLUSION.value)
    assert dialog.exclude.isEnabled()
    dialog.exclude.setChecked(True)
    dialog.decided_by.setText("Bureau du 20/11/2026 — H. Tazi")
    dialog.decided_on.setDate(QDate(2026, 11, 20))
    _ok(dialog)
    assert not dialog.isVisible()
    details = member_service.get_member(context.uow(), warning.member_id)
    assert details.status is MemberStatus.EXCLUDED
    assert details.status_history[-1].effective_date == date(2026, 11, 20)


def test_the_members_page_filters_members_who_have_not_signed(qtbot, context) -> None:
    from ui.pages.members import MembersPage

    members = MembersPage(context)
    qtbot.add_widget(members)
    _choose(members.status_filter, "unsigned")
    assert {r.id for r in members.model.shown_rows} == charter_service.unsigned_member_ids(context.uow())
    assert all(r.status is MemberStatus.ACTIVE for r in members.model.shown_rows)


def test_the_member_record_shows_the_signature_and_the_warnings(qtbot, context) -> None:
    from ui.member_charter import MemberCharterBox

    warning = next(w for w in charter_service.list_warnings(context.uow()) if w.is_open)
    record = charter_service.member_charter(context.uow(), warning.member_id)
    box = MemberCharterBox(context, warning.member_id)
    qtbot.add_widget(box)
    assert format_date_long(record.signed_on) in box.signature.text()
    assert not box.sign_button.isVisibleTo(box)
    assert warning.facts.split()[0] in box.warnings.text()

    unsigned = min(charter_service.unsigned_member_ids(context.uow()))
    box = MemberCharterBox(context, unsigned)
    qtbot.add_widget(box)
    assert box.sign_button.isVisibleTo(box)

    def sign() -> None:
        from ui.dialogs.signature_dialog import SignatureDialog

        dialog = next(w for w in box.findChildren(SignatureDialog) if w.isVisible())
        dialog.signed_on.setDate(QDate(2026, 11, 20))
        _ok(dialog)

    QTimer.singleShot(0, sign)
    box.sign_button.click()
    assert format_date_long(date(2026, 11, 20)) in box.signature.text()
    assert not box.sign_button.isVisibleTo(box)


def test_open_warning_dialog_records_for_the_given_member(qtbot, context) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.dialogs.warning_dialog import WarningDialog, open_warning_dialog

    parent = QWidget()
    qtbot.add_widget(parent)
    member = member_service.list_members(context.uow())[3]

    def fill() -> None:
        dialog = next(w for w in parent.findChildren(WarningDialog) if w.isVisible())
        assert dialog.member.member_id() == member.id
        dialog.facts.setPlainText("Absent sans excuse")
        dialog.date.setDate(QDate.currentDate().addDays(-1))
        _ok(dialog)

    QTimer.singleShot(0, fill)
    assert open_warning_dialog(context, member.id, parent) is True
    mine = charter_service.list_warnings(context.uow(), member.id)
    assert mine[0].facts == "Absent sans excuse" and mine[0].date == date.today() - timedelta(days=1)

    QTimer.singleShot(0, lambda: next(w for w in parent.findChildren(WarningDialog) if w.isVisible()).reject())
    assert open_warning_dialog(context, member.id, parent) is False


def test_the_charter_page_is_in_the_sidebar_after_network() -> None:
    from ui.navigation import PAGES

    keys = [spec.key for spec in PAGES]
    assert keys.index("charter") > keys.index("network")
