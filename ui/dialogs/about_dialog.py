"""About Cercle: version, the open database and its schema, where the logs are, and the licenses
of the components shipped with the application."""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.db.schema import HEAD_REVISION
from app.services.database_info import database_info
from resources import resource_path
from ui.context import AppContext
from ui.icons import icon
from ui.widgets.label import PlainLabel, RichLabel


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # the package whose installed version is shown
    license: str
    use: str  # English source, context "AboutDialog"
    url: str


# What pyproject.toml installs (and what those pull in that ships with the bundle). A test
# checks that every dependency of pyproject.toml is listed.
COMPONENTS: tuple[Component, ...] = (
    Component("Python", "", "PSF License 2.0", QT_TRANSLATE_NOOP("AboutDialog", "programming language"),
              "https://docs.python.org/3/license.html"),
    Component("Qt", "PySide6-Essentials", "LGPL-3.0", QT_TRANSLATE_NOOP("AboutDialog", "windows and widgets"),
              "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Component("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0",
              QT_TRANSLATE_NOOP("AboutDialog", "Qt from Python"), "https://pypi.org/project/PySide6/"),
    Component("Qt PDF", "PySide6-Pdf", "LGPL-3.0 (PDFium: BSD-3-Clause)",
              QT_TRANSLATE_NOOP("AboutDialog", "report preview"), "https://doc.qt.io/qt-6/qtpdf-index.html"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "database access"),
              "https://www.sqlalchemy.org/"),
    Component("Alembic", "alembic", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "database updates"),
              "https://alembic.sqlalchemy.org/"),
    Component("Mako", "Mako", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "used by Alembic"),
              "https://www.makotemplates.org/"),
    Component("SQLite", "", QT_TRANSLATE_NOOP("AboutDialog", "Public domain"),
              QT_TRANSLATE_NOOP("AboutDialog", "database file"),
              "https://www.sqlite.org/copyright.html"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", QT_TRANSLATE_NOOP("AboutDialog", "PDF reports"),
              "https://www.reportlab.com/"),
    Component("uharfbuzz / HarfBuzz", "uharfbuzz", "Apache-2.0 / MIT",
              QT_TRANSLATE_NOOP("AboutDialog", "Arabic text shaping in the reports"),
              "https://github.com/harfbuzz/uharfbuzz"),
    Component("Pillow", "pillow", "MIT-CMU", QT_TRANSLATE_NOOP("AboutDialog", "club logo in the reports"),
              "https://python-pillow.org/"),
    Component("openpyxl", "openpyxl", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Excel import and export"),
              "https://openpyxl.readthedocs.io/"),
    Component("et-xmlfile", "et-xmlfile", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "used by openpyxl"),
              "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    Component("Babel", "babel", "BSD-3-Clause", QT_TRANSLATE_NOOP("AboutDialog", "dates and numbers in French"),
              "https://babel.pocoo.org/"),
    Component("phonenumbers", "phonenumbers", "Apache-2.0", QT_TRANSLATE_NOOP("AboutDialog", "phone numbers"),
              "https://github.com/daviddrysdale/python-phonenumbers"),
    Component("python-stdnum", "python-stdnum", "LGPL-2.1-or-later",
              QT_TRANSLATE_NOOP("AboutDialog", "company identifiers (ICE)"), "https://arthurdejong.org/python-stdnum/"),
    Component("platformdirs", "platformdirs", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "user data folder"),
              "https://github.com/tox-dev/platformdirs"),
    Component("psycopg", "psycopg", "LGPL-3.0", QT_TRANSLATE_NOOP("AboutDialog", "PostgreSQL server (optional)"),
              "https://www.psycopg.org/"),
    Component("DejaVu Sans", "", QT_TRANSLATE_NOOP("AboutDialog", "Bitstream Vera / Arev fonts license (free)"),
              QT_TRANSLATE_NOOP("AboutDialog", "font of the reports"), "https://dejavu-fonts.github.io/License.html"),
)


def installed_version(component: Component) -> str | None:
    """The installed version, or None when the component is not installed (optional ones)."""
    if component.name == "Python":
        return platform.python_version()
    if component.name == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if component.name == "Qt":
        from PySide6.QtCore import qVersion

        return qVersion()
    if not component.distribution:
        return ""
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        if component.distribution.startswith("PySide6"):
            from PySide6 import __version__ as pyside_version

            return pyside_version if _pdf_available() or component.distribution != "PySide6-Pdf" else None
        return None


def _pdf_available() -> bool:
    try:
        import PySide6.QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


def licenses_html() -> str:
    """The components table (name, version, license, what Cercle uses it for) as HTML."""
    translate = QCoreApplication.translate
    rows = []
    for component in COMPONENTS:
        version = installed_version(component)
        if version is None:
            continue
        rows.append(
            f"<tr><td><a href='{html.escape(component.url)}'>{html.escape(component.name)}</a></td>"
            f"<td>{html.escape(version)}</td><td>{html.escape(translate('AboutDialog', component.license))}</td>"
            f"<td>{html.escape(translate('AboutDialog', component.use))}</td></tr>")
    titles = (translate("AboutDialog", "Component"), translate("AboutDialog", "Version"),
              translate("AboutDialog", "License"), translate("AboutDialog", "Used for"))
    header = "".join(f"<th align='left'>{html.escape(title)}</th>" for title in titles)
    intro = translate("AboutDialog", "Cercle is built on these free components, shipped with it under their "
                                     "own licenses. Qt and PySide6 are used under the LGPL version 3: they are "
                                     "separate libraries in the application folder, which you may replace with "
                                     "compatible versions.")
    return (f"<p>{html.escape(intro)}</p>"
            f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{header}</tr>{''.join(rows)}</table>")


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Cercle"))
        self.resize(720, 520)
        info = database_info(context.uow())

        logo = PlainLabel()
        logo.setPixmap(icon("cercle.svg").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary = self.tr("The secretariat of the club: members, meetings, referrals, charter and reports.")
        title = RichLabel(f"<h2>Cercle {html.escape(__version__)}</h2><p>{html.escape(summary)}</p>")
        title.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)

        self.database = self._value(context.db.display_name, "about_database")
        schema = info.revision or "—"
        if info.revision != HEAD_REVISION:
            schema = self.tr("{stored} (this version expects {head})").format(stored=schema, head=HEAD_REVISION)
        self.schema = self._value(schema, "about_schema")
        from app.logs import log_path

        self.log_file = self._value(str(log_path()), "about_log")
        details = QWidget()
        form = QFormLayout(details)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Schema version"), self.schema)
        form.addRow(self.tr("Recorded"), PlainLabel(self.tr("{members} members, {meetings} meetings").format(
            members=info.members, meetings=info.meetings)))
        form.addRow(self.tr("Log file"), self.log_file)
        from PySide6 import __version__ as pyside_version

        form.addRow(self.tr("Runs on"), PlainLabel(f"Python {platform.python_version()}, Qt {pyside_version}, "
                                               f"{platform.system()} {platform.release()}"))
        copy = QPushButton(self.tr("Copy these details"))
        copy.setObjectName("copy_details")
        copy.clicked.connect(self.copy_details)
        copy.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow("", copy)

        self.licenses = QTextBrowser()
        self.licenses.setObjectName("licenses")
        self.licenses.setOpenExternalLinks(True)
        self.licenses.setHtml(licenses_html())
        font_license = QPushButton(self.tr("Font license…"))
        font_license.setObjectName("font_license")
        font_license.clicked.connect(self.show_font_license)
        licenses = QWidget()
        column = QVBoxLayout(licenses)
        column.addWidget(self.licenses, 1)
        column.addWidget(font_license, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("This installation"))
        self.tabs.addTab(licenses, self.tr("Licenses"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _value(text: str, name: str) -> QLabel:
        label = PlainLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def details_text(self) -> str:
        return "\n".join([
            f"Cercle {__version__}",
            f"{self.tr('Database')}: {self.database.text()}",
            f"{self.tr('Schema version')}: {self.schema.text()}",
            f"{self.tr('Log file')}: {self.log_file.text()}",
            f"Python {platform.python_version()}, {platform.platform()}",
        ])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def show_font_license(self) -> None:
        from PySide6.QtCore import QUrl

        folder = resource_path("fonts")
        found = sorted(folder.glob("LICENSE*"))
        if found:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(found[0])))
