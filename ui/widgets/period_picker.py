"""A period chooser: two dates and the presets a secretary asks for most often."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from app.domain.windows import window
from ui.widgets.date_edit import date_edit
from ui.widgets.label import PlainLabel

PRESET_6_MONTHS = "6m"
PRESET_12_MONTHS = "12m"
PRESET_THIS_YEAR = "year"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The dates of a preset: a rolling window of 6 or 12 months, or this year so far."""
    if preset == PRESET_6_MONTHS:
        return window(today, 6)
    if preset == PRESET_12_MONTHS:
        return window(today, 12)
    if preset == PRESET_THIS_YEAR:
        return date(today.year, 1, 1), today
    raise ValueError(preset)


class PeriodPicker(QWidget):
    """From/to dates (dd/MM/yyyy) and preset buttons; default: the last 6 months.

    ``period_changed(start, end)`` carries two ``datetime.date`` and is emitted once per change
    (a preset sets both dates with a single signal). A start after the end moves the other
    date along, so the period is never empty.
    """

    period_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None,
                 preset: str = PRESET_6_MONTHS) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.start_edit = date_edit("period_from", latest=date(2100, 12, 31))
        self.end_edit = date_edit("period_to", latest=date(2100, 12, 31))
        self.presets = QButtonGroup(self)
        self.presets.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, edit in ((self.tr("From"), self.start_edit), (self.tr("to"), self.end_edit)):
            label = PlainLabel(caption)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        layout.addSpacing(8)
        self.preset_buttons: dict[str, QPushButton] = {}
        for key, caption, tip in (
            (PRESET_6_MONTHS, self.tr("6 months"), self.tr("The last 6 months, up to today")),
            (PRESET_12_MONTHS, self.tr("12 months"), self.tr("The last 12 months, up to today")),
            (PRESET_THIS_YEAR, self.tr("This year"), self.tr("From 1 January to today")),
        ):
            button = QPushButton(caption)
            button.setObjectName(f"period_{key}")
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter in a dialog must not press a preset
            button.clicked.connect(lambda _checked=False, k=key: self.apply_preset(k))
            self.presets.addButton(button)
            self.preset_buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.start_edit.dateChanged.connect(self._start_edited)
        self.end_edit.dateChanged.connect(self._end_edited)
        self._set_dates(*preset_period(preset, self.today))
        self._check_preset(preset)

    # -- reading and setting -----------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    def set_period(self, start: date, end: date, *, emit: bool = True) -> None:
        """Show ``[start, end]`` (swapped if given backwards); no preset is highlighted."""
        if start > end:
            start, end = end, start
        changed = (start, end) != self.period()
        self._set_dates(start, end)
        self._check_preset(None)
        if emit and changed:
            self.period_changed.emit(start, end)

    def apply_preset(self, preset: str) -> None:
        start, end = preset_period(preset, self.today)
        changed = (start, end) != self.period()
        self._set_dates(start, end)
        self._check_preset(preset)
        if changed:
            self.period_changed.emit(start, end)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _check_preset(self, preset: str | None) -> None:
        # An exclusive group keeps one button checked: lift it to clear them all.
        self.presets.setExclusive(False)
        for key, button in self.preset_buttons.items():
            button.setChecked(key == preset)
        self.presets.setExclusive(True)

    # -- typed dates ---------------------------------------------------------------------
    def _start_edited(self, day: QDate) -> None:
        if day > self.end_edit.date():
            self.end_edit.blockSignals(True)
            self.end_edit.setDate(day)
            self.end_edit.blockSignals(False)
        self._edited()

    def _end_edited(self, day: QDate) -> None:
        if day < self.start_edit.date():
            self.start_edit.blockSignals(True)
            self.start_edit.setDate(day)
            self.start_edit.blockSignals(False)
        self._edited()

    def _edited(self) -> None:
        self._check_preset(None)
        self.period_changed.emit(*self.period())
