"""The import wizard driven as the secretary uses it: file, columns, dry run, unknowns, import."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from app.db.models import Member
from app.domain.importing import RowClass
from app.services.members import list_members


@pytest.fixture
def wizard(qtbot, french, demo_db):  # type: ignore[no-untyped-def]
    from ui.context import AppContext
    from ui.dialogs.import_wizard import ImportWizard

    context = AppContext(demo_db)
    context.runner.set_synchronous(True)
    dialog = ImportWizard(context)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def members_csv(path):  # type: ignore[no-untyped-def]
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Liste des membres"])
        writer.writerow(["Nom", "Prénom", "Société", "Portable perso", "Secteur", "Antenne", "Date d'adhésion"])
        writer.writerow(["Alaoui", "Karim", "Atlas Conseil", "06 61 23 45 67", "Conseil", "Casablanca", "15/03/2021"])
        writer.writerow(["Alaoui", "Karim", "Atlas Conseil", "0661234567", "Conseil", "Casablanca", "15/03/2021"])
        writer.writerow(["Tazi", "Omar", "Tazi SARL", "0663", "", "Casablanca", "01/01/2020"])
    return path


def count(db) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Member))


def grid_to_dry_run(wizard, path, rows: list[list]) -> None:  # type: ignore[no-untyped-def]
    """Write an attendance grid and take the wizard to its dry run."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    wizard.file_page.attendance.setChecked(True)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()


def test_members_import_from_file_to_result(wizard, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = members_csv(tmp_path / "membres.csv")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert "ligne 2" in wizard.mapping_page.subTitle() or "row 2" in wizard.mapping_page.subTitle()
    page = wizard.mapping_page
    assert page.mapping()[:3] == ("last_name", "first_name", "company")
    assert page.mapping()[3] is None  # "Portable perso" is no known title: the user maps it
    page.set_field(3, "mobile")
    page.set_field(4, "mobile")  # a field goes to one column: the other is freed
    assert page.mapping()[3:5] == (None, "mobile")
    page.set_field(3, "mobile")
    page.set_field(4, "sector")
    wizard.next()

    assert wizard.currentPage() is wizard.dry_run_page
    plan = wizard.plan
    assert (plan.count(RowClass.NEW), plan.count(RowClass.DUPLICATE), plan.count(RowClass.ERROR)) == (1, 1, 1)
    assert "Tél" not in wizard.dry_run_page.counts.text()
    assert wizard.dry_run_page.view.model().rowCount() == 2  # only the rejected rows at first
    out = tmp_path / "rejets.csv"
    wizard.save_rejected_to(str(out))
    assert out.read_text(encoding="utf-8-sig").count("\n") == 3
    assert count(demo_db) == 200  # a dry run writes nothing

    wizard.next()
    assert wizard.currentPage() is wizard.unknown_page
    assert list(wizard.unknown_page.combos) == [("sector", "Conseil")]
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    assert "1" in wizard.confirm_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result is not None and wizard.result.created == 1
    assert count(demo_db) == 201
    assert wizard.isVisible()  # the result is shown until the user closes
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    karim = next(m for m in list_members(demo_db.unit_of_work()) if m.company == "Atlas Conseil")
    assert karim.mobile == "+212661234567" and karim.sector == "Conseil"


def test_unreadable_file_stays_on_the_first_page(wizard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "faux.xlsx"
    bad.write_bytes(b"not a workbook")
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.isVisibleTo(wizard) and "faux.xlsx" in wizard.file_page.error.text()


def test_attendance_grid_asks_once_to_create_missing_meetings(wizard, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    member = next(m for m in list_members(demo_db.unit_of_work())
                  if m.chapter == "Casablanca" and m.status.value == "active" and m.join_date < date(2026, 1, 1))
    grid_to_dry_run(wizard, tmp_path / "grille.xlsx", [["N°", "Nom", "03/11/2026", "16/11/2026", "17/11/2026"],
                                                      [member.number, member.last_name, "P", "P", "A"]])
    assert wizard.currentPage() is wizard.dry_run_page and wizard.plan.marks >= 2  # the new meetings' two
    wizard.next()
    page = wizard.unknown_page
    assert wizard.currentPage() is page and "16/11/2026" in page.dates.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # asked, not assumed
    page.create_meetings.setChecked(True)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result.meetings_created == 1 and wizard.result.marks == wizard.plan.marks


def test_wizard_pages_fit_in_french(wizard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = members_csv(tmp_path / "membres.csv")
    wizard.resize(820, 560)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    for label in (wizard.mapping_page.chapter_label, wizard.mapping_page.join_date_check):
        assert label.sizeHint().width() < 560, label.text()


def test_file_menu_opens_the_wizard(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr("ui.dialogs.import_wizard.open_import_wizard",
                        lambda context, parent=None, kind="members": opened.append((context, kind)))
    action = next(a for menu in main_window.menuBar().actions() for a in menu.menu().actions()
                  if a.objectName() == "import_spreadsheet")
    action.trigger()
    assert opened == [(main_window.context, "members")]


def test_going_back_and_changing_the_options_runs_the_dry_run_again(wizard, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    path = tmp_path / "sans-antenne.csv"
    path.write_text("Nom;Prénom;Société\nKettani;Ilham;Kettani Design\n", encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    page = wizard.mapping_page
    page.chapter.setCurrentIndex(page.chapter.findText("Rabat"))
    page.join_date_check.setChecked(True)
    page.join_date.setDate(QDate(2024, 1, 15))
    wizard.next()
    assert wizard.currentPage() is wizard.dry_run_page and wizard.plan.count(RowClass.NEW) == 1

    wizard.back()
    assert wizard.currentPage() is page
    page.chapter.setCurrentIndex(page.chapter.findText("Fès"))
    page.join_date.setDate(QDate(2025, 2, 3))
    wizard.next()
    assert wizard.currentPage() is wizard.dry_run_page
    fes = page.chapter.itemData(page.chapter.findText("Fès"))
    assert wizard.options.default_chapter_id == fes and wizard.options.default_join_date == date(2025, 2, 3)
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    ilham = next(m for m in list_members(demo_db.unit_of_work()) if m.company == "Kettani Design")
    assert ilham.chapter == "Fès" and ilham.join_date == date(2025, 2, 3)


def test_unticking_the_join_date_after_going_back_is_seen(wizard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sans-date.csv"
    path.write_text("Nom;Prénom;Société;Antenne\nKettani;Ilham;Kettani Design;Rabat\n", encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.mapping_page.join_date_check.setChecked(True)
    wizard.next()
    assert wizard.plan.count(RowClass.NEW) == 1
    wizard.back()
    wizard.mapping_page.join_date_check.setChecked(False)
    wizard.next()
    assert wizard.options.default_join_date is None
    assert wizard.plan.count(RowClass.ERROR) == 1  # no join date any more: the row says so


def test_a_namesake_is_shown_for_checking(wizard, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    someone = list_members(demo_db.unit_of_work())[3]
    path = tmp_path / "homonyme.csv"
    path.write_text(f"Nom;Prénom;Société;Antenne;Date d'adhésion\n{someone.last_name};{someone.first_name};"
                    "Autre Société;Rabat;01/02/2024\nKettani;Ilham;Kettani Design;Rabat;01/02/2024\n",
                    encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    page = wizard.dry_run_page
    assert wizard.plan.count(RowClass.NEW) == 2
    assert page.view.model().rowCount() == 1 and not page.show_all.isChecked()  # the namesake, to check
    reason = page.view.model().index(0, 4).data()
    assert someone.company in reason and str(someone.number) in reason
    assert "1" in page.counts.text().splitlines()[-1]


def test_a_grid_shows_its_visitors_and_every_error_of_a_row(wizard, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.import_wizard import counts_text

    active = [m for m in list_members(demo_db.unit_of_work())
              if m.status.value == "active" and m.join_date < date(2026, 1, 1) and m.club_role.value == "member"]
    casa = [m for m in active if m.chapter == "Casablanca"][:3]
    rabat = next(m for m in active if m.chapter == "Rabat")
    grid_to_dry_run(wizard, tmp_path / "grille.xlsx", [
        ["N°", "Nom", "03/11/2026", "10/11/2026"],
        *([member.number, member.last_name, "P", "P"] for member in casa[:2]),
        [casa[2].number, casa[2].last_name, "?", "Z"],
        [rabat.number, rabat.last_name, "P", ""],
    ])
    page = wizard.dry_run_page
    assert wizard.currentPage() is page
    shown = {row.row: row for row in page.model.shown_rows}  # the rejected ones and those to check
    visitor = shown[5]
    assert visitor.warning and visitor.result is RowClass.NEW
    assert "visiteur" in visitor.reason and "Rabat" in visitor.reason
    assert [column for column, _ in shown[4].problems] == ["03/11/2026", "10/11/2026"]
    assert "Membres d'une autre antenne, enregistrés comme visiteurs : 1" in counts_text(wizard.plan)
    assert "même nom" not in page.counts.text()


def test_two_titles_of_one_field_are_named_in_the_dry_run(wizard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "membres.csv"
    path.write_text("Nom;Prénom;Nom de famille;Société;Antenne;Date d'adhésion\n"
                    "Alaoui;Sami;Bennani;Atlas Conseil;Rabat;01/01/2025\n", encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.mapping_page.mapping()[:3] == ("last_name", "first_name", None)
    wizard.next()
    assert wizard.currentPage() is wizard.dry_run_page
    assert ("Les colonnes A (« Nom ») et C (« Nom de famille ») contiennent toutes deux le champ « Nom » : "
            "la colonne A est importée, C est laissée de côté.") in wizard.dry_run_page.counts.text().splitlines()
