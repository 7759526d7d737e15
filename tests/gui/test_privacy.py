"""Personal data and backups as the secretary uses them: consents in the member form, the
Personal data tab, the backup settings, restoring a backup and the storage warning."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from app.domain import backup as backup_rules
from app.domain import privacy as privacy_rules
from app.domain.enums import MemberStatus
from app.paths import backup_folder
from app.services import backup, storage_check
from app.services import members as member_service
from app.services.member_audit import audit_trail
from app.services.settings import get_settings
from ui.context import AppContext

TODAY = date(2026, 11, 22)


@pytest.fixture
def context(french, demo_db) -> AppContext:
    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    return context


def _resigned(demo_db) -> int:
    return next(row.id for row in member_service.list_members(demo_db.unit_of_work())
                if row.status is MemberStatus.RESIGNED)


def test_consents_are_entered_with_their_dates_in_the_record(qtbot, context, demo_db) -> None:
    from ui.dialogs.member_dialog import MemberDialog

    member_id = _resigned(demo_db)
    dialog = MemberDialog(context, member_id)
    qtbot.add_widget(dialog)
    directory = dialog.fields["consent_directory_on"]
    directory.check.setChecked(False)
    directory.check.setChecked(True)
    assert directory.date.isEnabled()
    directory.date.setDate(QDate(2026, 11, 2))
    processing = dialog.fields["consent_processing_on"]
    processing.check.setChecked(False)
    assert not processing.date.isEnabled()
    dialog.save()
    saved = member_service.get_member(context.uow(), member_id).data
    assert saved.consent_directory_on == date(2026, 11, 2)
    assert saved.consent_processing_on is None
    assert set(audit_trail(context.uow(), member_id)[-1].fields) >= {"consent_directory_on"}


def test_a_consent_in_the_future_is_refused_next_to_the_field(qtbot, context, demo_db) -> None:
    from ui.dialogs.member_dialog import MemberDialog

    dialog = MemberDialog(context, _resigned(demo_db))
    qtbot.add_widget(dialog)
    consent = dialog.fields["consent_processing_on"]
    consent.check.setChecked(True)
    consent.date.setDate(QDate.currentDate().addDays(3))
    assert not dialog.save_button.isEnabled()
    assert dialog.errors["consent_processing_on"].isVisibleTo(dialog)


def test_personal_data_tab_shows_consents_audit_and_exports(qtbot, context, demo_db, tmp_path: Path) -> None:
    from ui.dialogs.member_dialog import MemberDialog

    member_id = _resigned(demo_db)
    data = member_service.get_member(context.uow(), member_id).data
    member_service.update_member(context.uow(), member_id, replace(
        data, consent_processing_on=date(2024, 5, 6), consent_directory_on=None, city="Fès"),
        allow_duplicate=True)
    dialog = MemberDialog(context, member_id)
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.privacy_tab)
    tab = dialog.privacy_tab
    assert "06/05/2024" in tab.consent_processing.text()
    assert tab.consent_directory.text().endswith("not given") or "non donné" in tab.consent_directory.text()
    first = [tab.audit_model.index(0, column).data() for column in range(4)]
    assert "Ville" in first[3] or "City" in first[3]
    out = tmp_path / "données.json"
    tab.export(out)
    assert json.loads(out.read_text(encoding="utf-8"))["member"]["city"] == "Fès"
    assert str(out) in tab.export_result.text()
    assert tab.audit_model.rowCount() >= 3  # create (demo), update, export


def test_anonymise_from_the_tab_after_the_retention_period(qtbot, context, demo_db, monkeypatch) -> None:
    from ui.dialogs.member_privacy import MemberPrivacyTab

    member_id = _resigned(demo_db)
    name = member_service.get_member(context.uow(), member_id).data.last_name
    tab = MemberPrivacyTab(context, member_id, today=TODAY)
    qtbot.add_widget(tab)
    tab.show()
    assert not tab.anonymise_button.isEnabled()
    assert "36" in tab.anonymise_state.text()
    later = MemberPrivacyTab(context, member_id, today=date(2031, 1, 1))
    qtbot.add_widget(later)
    later.show()
    assert later.anonymise_button.isEnabled()
    monkeypatch.setattr(later, "confirm_anonymise", lambda: True)
    with qtbot.wait_signal(later.anonymised):
        later.anonymise_button.click()
    details = member_service.get_member(context.uow(), member_id)
    assert details.data.last_name != name and details.data.company.startswith("Membre anonymisé")
    assert not later.anonymise_button.isEnabled()


def test_settings_tab_saves_backup_and_retention(qtbot, context, tmp_path: Path) -> None:
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.settings.backup import BackupTab

    dialog = SettingsDialog(context)
    qtbot.add_widget(dialog)
    tab = dialog.tab(BackupTab)
    assert tab.folder.placeholderText().endswith("Sauvegardes")
    assert tab.keep.value() == 10 and tab.retention.value() == 36
    tab.retention.setValue(0)
    dialog.apply()
    assert tab.error.isVisibleTo(tab) and dialog.result() == 0
    tab.retention.setValue(24)
    tab.keep.setValue(5)
    tab.folder.setText("dossier relatif")
    dialog.apply()
    assert tab.error.isVisibleTo(tab)
    tab.folder.setText(str(tmp_path / "Copies"))
    dialog.apply()
    stored = get_settings(context.uow(), backup_rules.SETTINGS_DEFAULTS | privacy_rules.SETTINGS_DEFAULTS)
    assert stored == {backup_rules.SETTING_BACKUP_FOLDER: str(tmp_path / "Copies"),
                      backup_rules.SETTING_BACKUP_KEEP: 5, privacy_rules.SETTING_RETENTION_MONTHS: 24}


def _first_name(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT first_name FROM members WHERE number = 1001").fetchone()[0]
    finally:
        connection.close()


def test_restore_dialog_lists_backups_and_restores_one(qtbot, context, demo_db, message_boxes) -> None:
    from ui.dialogs.restore_dialog import RestoreDialog

    made = backup.back_up(demo_db)
    original = _first_name(demo_db.path)
    connection = sqlite3.connect(demo_db.path)
    connection.execute("UPDATE members SET first_name = 'Changé' WHERE number = 1001")
    connection.commit()
    connection.close()
    dialog = RestoreDialog(context)
    qtbot.add_widget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.selected().path == made
    old_db = context.db
    assert dialog.restore(made, confirm=False)
    assert context.db is not old_db
    assert _first_name(context.db.path) == original
    assert message_boxes.texts and made.name in message_boxes.texts[0]


def test_restore_dialog_refuses_a_bad_file_and_keeps_working(qtbot, context, demo_db, message_boxes,
                                                             tmp_path: Path) -> None:
    from ui.dialogs.restore_dialog import RestoreDialog

    bad = tmp_path / "image.db"
    bad.write_bytes(b"GIF89a" + b"\x00" * 64)
    dialog = RestoreDialog(context)
    qtbot.add_widget(dialog)
    assert not dialog.restore(bad, confirm=False)
    assert message_boxes.texts and "image.db" in message_boxes.texts[0]
    assert len(member_service.list_members(context.uow())) == 200


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_restore_dialog_asks_before_replacing_a_file_it_cannot_open(qtbot, context, demo_db, message_boxes,
                                                                    answer) -> None:
    from ui.dialogs.restore_dialog import RestoreDialog

    made = backup.back_up(demo_db)
    connection = sqlite3.connect(demo_db.path)  # meanwhile a newer Cercle updated the file
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.commit()
    connection.close()
    before = demo_db.path.read_bytes()
    message_boxes.answer = answer
    dialog = RestoreDialog(context)
    qtbot.add_widget(dialog)
    assert dialog.restore(made, confirm=False) == (answer == QMessageBox.StandardButton.Yes)
    asked = message_boxes.texts[0]
    assert "0099_future" in asked and str(backup_folder()) in asked
    # Then, once restored, only the message that says so: no warning.
    assert [shown.icon for shown in message_boxes.shown[1:]] == (
        [QMessageBox.Icon.Information] if answer == QMessageBox.StandardButton.Yes else [])
    kept = list(backup_folder().glob("demo-remplacee-*.db"))
    if answer == QMessageBox.StandardButton.No:
        assert demo_db.path.read_bytes() == before and not kept
    else:
        assert [path.read_bytes() for path in kept] == [before]
        assert len(member_service.list_members(context.uow())) == 200


def test_file_menu_backs_up_and_close_makes_the_daily_backup(main_window) -> None:
    actions = {action.objectName(): action for action in main_window.menuBar().actions()[0].menu().actions()}
    assert {"back_up_now", "restore_backup"} <= set(actions)
    actions["back_up_now"].trigger()
    folder = backup_folder()
    assert len(list(folder.glob("demo-sauvegarde-*.db"))) == 1
    assert "Sauvegardes" in main_window.statusBar().currentMessage() or str(folder) in \
        main_window.statusBar().currentMessage()
    main_window.close()
    assert len(list(folder.glob("demo-sauvegarde-*.db"))) == 1  # already one today: no second


def test_close_makes_a_backup_when_none_today(main_window) -> None:
    main_window.close()
    assert len(list(backup_folder().glob("demo-sauvegarde-*.db"))) == 1


def test_storage_warning_once_per_path_then_status_bar_only(main_window, monkeypatch, qtbot) -> None:
    from ui.data_safety import warn_about_storage

    risk = storage_check.StorageRisk(storage_check.SYNCED, r"C:\Users\Amina\OneDrive\cercle.db", "OneDrive")
    monkeypatch.setattr(storage_check, "check_database_path", lambda path: risk)
    QSettings().remove("storage/warned_paths")
    warn_about_storage(main_window, main_window.context)
    boxes = [box for box in main_window.findChildren(QMessageBox) if box.objectName() == "storage_warning"]
    assert len(boxes) == 1 and boxes[0].isVisible() and "OneDrive" in boxes[0].text()
    boxes[0].close()
    label = main_window.findChild(QLabel, "storage_risk")
    assert label.isVisible() and "OneDrive" in label.text()
    qtbot.wait(10)
    warn_about_storage(main_window, main_window.context)
    assert not [box for box in main_window.findChildren(QMessageBox)
                if box.objectName() == "storage_warning" and box.isVisible()]
    monkeypatch.setattr(storage_check, "check_database_path", lambda path: None)
    warn_about_storage(main_window, main_window.context)
    assert not label.isVisible()


def test_a_new_member_is_in_the_directory_only_with_a_dated_consent(qtbot, context, demo_db) -> None:
    # One decision: no separate "in the printed directory" box, ticked by default, beside an
    # unticked consent. Saving without the processing consent is warned about, never refused.
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

    from ui.dialogs.member_dialog import MemberDialog

    dialog = MemberDialog(context, None)
    qtbot.add_widget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    assert dialog.findChild(QCheckBox, "in_directory") is None
    directory = dialog.fields["consent_directory_on"]
    assert not directory.check.isChecked()
    assert "annuaire imprimé" in directory.check.text()
    warning = dialog.findChild(QLabel, "consent_processing_on_error")
    assert warning.isVisible() and "consentement" in warning.text() and "09-08" in warning.text()
    assert warning.property("look_role") == "warning"
    for name, text in (("first_name", "Nadia"), ("last_name", "Idrissi"), ("company", "Idrissi Conseil")):
        dialog.findChild(QLineEdit, name).setText(text)
    dialog.findChild(QComboBox, "chapter_id").setCurrentIndex(0)
    dialog.validate()
    assert dialog.save_button.isEnabled()  # a warning, not a refusal
    saved: list[int] = []
    dialog.member_saved.connect(saved.append)
    dialog.save()
    assert saved
    row = next(r for r in member_service.list_members(context.uow()) if r.id == saved[0])
    assert not row.in_directory
    assert member_service.get_member(context.uow(), saved[0]).data.consent_processing_on is None

    again = MemberDialog(context, saved[0])
    qtbot.add_widget(again)
    again.fields["consent_processing_on"].check.setChecked(True)
    assert not again.findChild(QLabel, "consent_processing_on_error").isVisibleTo(again)
    again.fields["consent_directory_on"].check.setChecked(True)
    again.fields["consent_directory_on"].date.setDate(QDate(2026, 11, 20))
    again.save()
    row = next(r for r in member_service.list_members(context.uow()) if r.id == saved[0])
    assert row.in_directory
    assert member_service.get_member(context.uow(), saved[0]).data.consent_directory_on == date(2026, 11, 20)
