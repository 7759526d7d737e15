"""Qt translation: Cercle's catalogue plus Qt's own, French unless the user chose English."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.domain.enums import label
from app.domain.errors import CercleError
from resources import resource_path

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Load ``cercle_<lang>.qm`` and Qt's ``qtbase_<lang>.qm`` (standard buttons, dialogs)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    locale = QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                     QLocale.Country.Morocco if language == "fr" else QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"cercle_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir) or qt_own.load(
        f"qtbase_{language}", str(resource_path("translations"))
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)


def tr_enum(value: StrEnum | None) -> str:
    """The translated label of an enum value of the club's vocabulary."""
    if value is None:
        return ""
    return QCoreApplication.translate("Enums", label(value))


def tr_error(error: CercleError) -> str:
    """A user error's message in the interface language, placeholders filled."""
    return QCoreApplication.translate(error.context, error.message).format(**error.params)
