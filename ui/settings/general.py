"""General settings: the club's identity (printed on every report) and the interface language.

The identity is kept in the database, so it travels with it (backups, a new computer); the
language is this computer's choice (QSettings).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.club import ClubIdentity
from app.domain.errors import ValidationError
from app.services.club import club_identity
from ui.context import AppContext
from ui.i18n import tr_error
from ui.settings import SettingsTab
from ui.widgets.label import PlainLabel

NAME_MAX = 120
ADDRESS_MAX = 400
LOGO_MAX_SIDE = 600  # pixels: sharp at 5 cm wide on a printed report, small in the database
LOGO_FILE_MAX_BYTES = 20 * 1024 * 1024

MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The club's name is too long ({max} characters at most).")
MSG_ADDRESS_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The address is too long ({max} characters at most).")
MSG_LOGO_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "{path} is not a PNG or JPEG image Cercle can read.")
MSG_LOGO_TOO_BIG = QT_TRANSLATE_NOOP("Validation", "{path} is too large for a logo (20 MB at most).")


def logo_png(path: str) -> bytes:
    """Read a PNG or JPEG image and return it as PNG, scaled down to fit ``LOGO_MAX_SIDE``.

    Raises:
        ValidationError: not a readable PNG/JPEG, or a file too large for a logo.
    """
    import os

    try:
        size = os.path.getsize(path)
    except OSError:
        raise ValidationError("logo", MSG_LOGO_UNREADABLE, path=path) from None
    if size > LOGO_FILE_MAX_BYTES:
        raise ValidationError("logo", MSG_LOGO_TOO_BIG, path=path)
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a photo's EXIF rotation
    if bytes(reader.format().data()).lower() not in (b"png", b"jpeg", b"jpg"):
        raise ValidationError("logo", MSG_LOGO_UNREADABLE, path=path)
    image = reader.read()
    if image.isNull():
        raise ValidationError("logo", MSG_LOGO_UNREADABLE, path=path)
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(QSize(LOGO_MAX_SIDE, LOGO_MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class GeneralTab(SettingsTab):
    """Identity (database) and language (this computer). A new language applies to the
    dialogs opened after it; the pages already open follow at the next start."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = self.tr("General")
        identity = club_identity(context.uow())
        self.logo: bytes | None = identity.logo_png

        self.club_name = QLineEdit(identity.name)
        self.club_name.setObjectName("club_name")
        self.club_name.setMaxLength(NAME_MAX + 50)  # longer is refused with a message, not cut
        self.club_name.setPlaceholderText(self.tr("e.g. Club des dirigeants de Casablanca"))
        self.address = QPlainTextEdit(identity.address)
        self.address.setObjectName("club_address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.logo_preview = PlainLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo_button = QPushButton(self.tr("Choose a logo…"))
        self.choose_logo_button.setObjectName("choose_logo")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.setObjectName("remove_logo")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        self.logo_error = PlainLabel()
        self.logo_error.setObjectName("logo_error")
        self.logo_error.setWordWrap(True)
        self.logo_error.setStyleSheet("color: #b3261e;")
        self.logo_error.hide()

        club = QGroupBox(self.tr("The club (printed on the reports)"))
        club_form = QFormLayout(club)
        club_form.addRow(self.tr("Name"), self.club_name)
        club_form.addRow(self.tr("Address"), self.address)
        club_form.addRow(self.tr("Logo"), logo_row)
        club_form.addRow("", self.logo_error)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        current = QSettings().value("ui/language", "fr")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language_note = PlainLabel(self.tr(
            "Dialogs opened from now on use the new language; the pages already open follow at the next start."))
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language.currentData() != current))
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)

        layout = QVBoxLayout(self)
        layout.addWidget(club)
        layout.addWidget(interface)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setTabOrder(self.club_name, self.address)
        self.setTabOrder(self.address, self.choose_logo_button)
        self.setTabOrder(self.choose_logo_button, self.remove_logo_button)
        self.setTabOrder(self.remove_logo_button, self.language)
        self._show_logo()

    # -- logo ----------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the club's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(path)

    def set_logo_file(self, path: str) -> bool:
        """Take the image at ``path`` as the logo (saved with OK); show why if it cannot be."""
        try:
            self.logo = logo_png(path)
        except ValidationError as error:
            self.logo_error.setText(tr_error(error))
            self.logo_error.show()
            return False
        self.logo_error.hide()
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self.logo_error.hide()
        self._show_logo()

    def _show_logo(self) -> None:
        self.remove_logo_button.setEnabled(self.logo is not None)
        if self.logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        image = QImage.fromData(self.logo, "PNG")
        ratio = self.logo_preview.devicePixelRatioF()
        target = self.logo_preview.size() * ratio
        pixmap = QPixmap.fromImage(image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
        pixmap.setDevicePixelRatio(ratio)
        self.logo_preview.setPixmap(pixmap)

    # -- saving --------------------------------------------------------------------
    def pending(self) -> dict[str, Any]:
        name = self.club_name.text().strip()
        address = self.address.toPlainText().strip()
        if len(name) > NAME_MAX:
            raise ValidationError("club_name", MSG_NAME_TOO_LONG, max=NAME_MAX)
        if len(address) > ADDRESS_MAX:
            raise ValidationError("club_address", MSG_ADDRESS_TOO_LONG, max=ADDRESS_MAX)
        return ClubIdentity(name=name, address=address, logo_png=self.logo).as_settings()

    def apply_local(self) -> None:
        from ui.i18n import install_translators

        language = self.language.currentData()
        QSettings().setValue("ui/language", language)
        install_translators(QApplication.instance(), language)  # type: ignore[arg-type]
