"""``cercle selftest``: load and run every lazily loaded part, on temporary databases.

Meant for the bundle (``Cercle.exe selftest``): a module, a data file or a Qt plugin left out
of it only shows when the feature that needs it runs, so this runs each one: migrations from
an empty file, the demo club, every PDF report with an Arabic name in it and the font's
shaping, the QR code, the backup, then the window side (Qt translations, icons, every page,
the PDF view). One line per check; the first failure stops it with exit code 1 (its details go
to the log file too). Nothing of the user's is read or written: the data folder is a
temporary one for the duration.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import translate

ARABIC_SAMPLE = "رضا الناصري"  # an Arabic name as the demo club has them


@dataclass
class SelfTest:
    """Shared state of one run: the temporary folder and what earlier checks produced."""

    folder: Path
    demo: Any = None  # the demo club's Database
    demo_path: Path | None = None
    reports: dict[str, Path] = field(default_factory=dict)
    arabic_member: int | None = None
    log_file: Path | None = None


Check = Callable[[SelfTest], str]


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope

    parser = subparsers.add_parser(
        "selftest", help=translate("Cli", "check that every part of the application loads and works"))
    parser.add_argument("--no-gui", action="store_true",
                        help=translate("Cli", "without the checks of the interface (Qt)"))
    parser.set_defaults(handler=run_selftest, scope=Scope.NEW_DATABASE)  # temporary ones


# -- checks without Qt ---------------------------------------------------------------------
def check_migrations(state: SelfTest) -> str:
    from sqlalchemy import text

    from app.db.schema import HEAD_REVISION
    from app.db.store import open_database

    db = open_database(str(state.folder / "empty.db"))
    try:
        with db.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar()
    finally:
        db.close()
    if revision != HEAD_REVISION:
        raise AssertionError(f"schema {revision}, expected {HEAD_REVISION}")
    return f"empty file brought to {revision} ({tables} tables)"


def check_demo(state: SelfTest) -> str:
    from sqlalchemy import func, select

    from app.db.models import Member
    from app.services.demo import build_demo

    state.demo_path = state.folder / "demo.db"
    state.demo = build_demo(state.demo_path)
    with state.demo.unit_of_work() as uow:
        count = uow.session.scalar(select(func.count(Member.id))) or 0
        state.arabic_member = uow.session.scalar(
            select(Member.number).where(Member.arabic_name.is_not(None)).order_by(Member.number).limit(1))
        if state.arabic_member is None:  # make sure the reports have an Arabic name to print
            member = uow.session.scalars(select(Member).order_by(Member.number).limit(1)).one()
            member.arabic_name = ARABIC_SAMPLE
            state.arabic_member = member.number
            uow.commit()
    if count == 0:
        raise AssertionError("the demo club has no member")
    return f"{count} members, Arabic name on member {state.arabic_member}"


def check_font(state: SelfTest) -> str:
    """The report font is embedded and harfbuzz joins Arabic letters (not isolated forms)."""
    import uharfbuzz

    from app.reports.fonts import FONT, register_fonts, shaping_available
    from resources import resource_path

    register_fonts()
    if not shaping_available():
        raise AssertionError(f"{FONT} cannot shape text: Arabic names would print as isolated letters")
    path = next(resource_path("fonts").glob("DejaVuSans.ttf"))
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path))))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(ARABIC_SAMPLE)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    shaped = [info.codepoint for info in buffer.glyph_infos]
    nominal = [font.get_nominal_glyph(ord(char)) or 0 for char in ARABIC_SAMPLE]
    if buffer.direction != "rtl" or 0 in shaped or sorted(shaped) == sorted(nominal):
        raise AssertionError(f"Arabic is not shaped (direction {buffer.direction})")
    return f"{path.name} shapes Arabic right to left ({len(shaped)} glyphs)"


def report_params(state: SelfTest, name: str) -> Any:
    """Parameters a report of this kind needs, taken from the demo club."""
    from sqlalchemy import select

    from app.db.models import Attendance, Meeting
    from app.reports import MEETING, MEMBER, REPORTS, ReportParams

    needs = REPORTS[name].needs
    meeting_id = member_number = None
    if MEETING in needs:
        with state.demo.unit_of_work() as uow:
            meeting_id = uow.session.scalar(
                select(Meeting.id).join(Attendance, Attendance.meeting_id == Meeting.id)
                .order_by(Meeting.date.desc()).limit(1))
    if MEMBER in needs:
        member_number = state.arabic_member
    return ReportParams(meeting_id=meeting_id, member_number=member_number)


def report_check(name: str) -> Check:
    def check(state: SelfTest) -> str:
        from app.services.report_data import generate_report

        out = state.folder / f"{name}.pdf"
        result = generate_report(state.demo.unit_of_work(), name, report_params(state, name), out)
        head = out.read_bytes()[:5]
        if head != b"%PDF-" or result.pages < 1:
            raise AssertionError(f"{out.name} is not a PDF ({result.pages} pages)")
        state.reports[name] = out
        return f"{result.pages} page(s), {out.stat().st_size // 1024} KB"

    return check


def check_qr(state: SelfTest) -> str:
    """The QR widget reportlab loads by name, drawn to PDF and to SVG (the dashboard's path)."""
    from reportlab.graphics import renderPDF, renderSVG
    from reportlab.graphics.barcode import createBarcodeDrawing

    drawing = createBarcodeDrawing("QR", value="CERCLE:1001", width=80, height=80)
    pdf = renderPDF.drawToString(drawing)
    svg = renderSVG.drawToString(drawing)
    if not pdf.startswith(b"%PDF") or "<svg" not in svg:
        raise AssertionError("QR code not drawn")
    return f"QR drawn to PDF ({len(pdf)} bytes) and SVG"


def check_backup(state: SelfTest) -> str:
    from sqlalchemy import func, select

    from app.db.models import Member
    from app.db.store import open_database
    from app.services.backup import back_up, check_backup

    made = back_up(state.demo, folder=state.folder / "backups", keep=3)
    workdir = state.folder / "restore-check"
    workdir.mkdir()
    checked = check_backup(made, workdir)
    copy = open_database(str(checked))
    try:
        with copy.unit_of_work() as uow:
            copied = uow.session.scalar(select(func.count(Member.id)))
        with state.demo.unit_of_work() as uow:
            original = uow.session.scalar(select(func.count(Member.id)))
    finally:
        copy.close()
    if copied != original:
        raise AssertionError(f"the backup holds {copied} members, the database {original}")
    return f"{made.name} ({made.stat().st_size // 1024} KB) passes the restore checks"


def core_checks() -> list[tuple[str, Check]]:
    from app.reports import REPORTS

    checks: list[tuple[str, Check]] = [
        ("migrations", check_migrations),
        ("demo club", check_demo),
        ("report font", check_font),
    ]
    checks += [(f"report {name}", report_check(name)) for name in REPORTS]
    checks += [("QR code", check_qr), ("backup", check_backup)]
    return checks


# -- running -------------------------------------------------------------------------------
def run_checks(checks: list[tuple[str, Check]], state: SelfTest, out: Any = None) -> bool:
    """Run the checks in order, one line each; stop at the first failure. True if all passed."""
    from app.logs import log

    out = out or sys.stdout
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail = check(state)
        except Exception as error:  # every failure is reported the same way, then we stop
            log.error("selftest: %s failed\n%s", name, traceback.format_exc())
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            print(f"FAIL {name}: {type(error).__name__}: {reason}", file=out, flush=True)
            return False
        print(f"ok   {name}: {detail} ({time.perf_counter() - started:.2f} s)", file=out, flush=True)
    return True


def run_selftest(args: argparse.Namespace) -> int:
    from app import __version__
    from app.logs import log, setup_logging

    started = time.perf_counter()
    frozen = "bundle" if getattr(sys, "frozen", False) else "Python"
    print(f"Cercle {__version__} selftest ({frozen} {sys.version.split()[0]}, {sys.platform})", flush=True)
    saved = os.environ.get("CERCLE_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="cercle-selftest-") as folder:
        state = SelfTest(Path(folder))
        # The user's log stays where it is; everything else goes to the temporary folder.
        state.log_file = setup_logging()
        os.environ["CERCLE_DATA_DIR"] = str(state.folder / "data")
        try:
            checks = [("log file", _check_log)] + core_checks()
            if not args.no_gui:
                checks += importlib.import_module("ui.selftest").gui_checks()
            passed = run_checks(checks, state)
        finally:
            if state.demo is not None:
                state.demo.close()
            if saved is None:
                os.environ.pop("CERCLE_DATA_DIR", None)
            else:
                os.environ["CERCLE_DATA_DIR"] = saved
    elapsed = time.perf_counter() - started
    if not passed:
        log.error("selftest failed after %.1f s", elapsed)
        return 1
    print(f"selftest: {len(checks)} checks passed in {elapsed:.1f} s", flush=True)
    log.info("selftest passed (%d checks, %.1f s)", len(checks), elapsed)
    return 0


def _check_log(state: SelfTest) -> str:
    from app.logs import log

    if state.log_file is None:
        raise AssertionError("no log file can be written in the user data folder")
    log.info("selftest started")
    for handler in log.handlers:
        handler.flush()
    if not state.log_file.exists():
        raise AssertionError(f"{state.log_file} was not written")
    return str(state.log_file)
