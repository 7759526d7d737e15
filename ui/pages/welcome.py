"""The first run: an empty database opens here, with three ways to start.

Import the member list from Excel, type the first member, or explore the demo club (a separate
file, never mixed with the club's own data). The main window decides when to show it
(:meth:`ui.main_window.MainWindow.update_welcome`) and what each choice does.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.icons import icon
from ui.widgets import look
from ui.widgets.label import PlainLabel, RichLabel


def _underlined(title: str) -> str:
    """Rich text of a title with its ``&`` mnemonic shown underlined, as on a real button."""
    import html

    before, _, after = title.partition("&")
    if not after:
        return html.escape(title)
    return f"{html.escape(before)}<u>{html.escape(after[0])}</u>{html.escape(after[1:])}"


class WelcomePage(QWidget):
    import_requested = Signal()
    add_member_requested = Signal()
    demo_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("welcome_page")
        title = PlainLabel(self.tr("Welcome to Cercle"))
        title.setObjectName("welcome_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = PlainLabel(self.tr(
            "This database is still empty. Start with your member list: the meetings, attendance, "
            "referrals and reports build on it."))
        intro.setWordWrap(True)

        self.import_button = self._choice(
            "import_members", "open.svg", self.tr("&Import members from Excel"),
            self.tr("Read your current list (.xlsx or .csv). You check every row before anything is saved."))
        self.add_button = self._choice(
            "add_first_member", "add.svg", self.tr("&Add the first member"),
            self.tr("Type a member's record; you can import the others later."))
        self.demo_button = self._choice(
            "explore_demo", "members.svg", self.tr("&Explore the demo club"),
            self.tr("A fictional club of 200 members with a year of meetings, in a separate file. "
                    "Your own database stays empty and untouched; come back to it with File → My database."))
        self.import_button.clicked.connect(self.import_requested)
        self.add_button.clicked.connect(self.add_member_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.database = PlainLabel()
        self.database.setObjectName("welcome_database")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        look.paint(self.database, "muted")  # quieter than the text, readable on light and dark palettes

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        for button in (self.import_button, self.add_button, self.demo_button):
            column.addWidget(button)
        column.addSpacing(8)
        column.addWidget(self.database)
        column.addStretch(1)
        frame = QFrame()
        frame.setLayout(column)
        frame.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 40, 32, 24)
        outer.addStretch(1)
        outer.addWidget(frame, 4)
        outer.addStretch(1)
        self.setTabOrder(self.import_button, self.add_button)
        self.setTabOrder(self.add_button, self.demo_button)
        self.show_database()
        context.database_changed.connect(self.show_database)

    def _choice(self, name: str, icon_name: str, title: str, description: str) -> QPushButton:
        """A large button: icon, title (its Alt shortcut underlined) and a wrapped explanation."""
        button = QPushButton()
        button.setObjectName(name)
        button.setShortcut(QKeySequence.mnemonic(title))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        button.setToolTip(description)
        button.setAccessibleName(title.replace("&", ""))
        button.setAccessibleDescription(description)
        picture = PlainLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(32, 32)))
        caption = RichLabel(_underlined(title))
        caption.setObjectName(f"{name}_title")
        bold = caption.font()
        bold.setBold(True)
        caption.setFont(bold)
        explanation = PlainLabel(description)
        explanation.setObjectName(f"{name}_description")
        explanation.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(caption)
        texts.addWidget(explanation)
        row = QHBoxLayout(button)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(12)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        return button

    def show_database(self) -> None:
        self.database.setText(self.tr("Database: {name}").format(name=self.context.db.display_name))
