"""What every form dialog shares: changes are never lost without a word, the first field has
the focus, and a message under a field never moves the fields below it.

A form (member, meeting, referral, contact, warning, settings…) subclasses
:class:`EditDialog` and gives its ``save``. Escape, Cancel and the window's close button all go
through ``reject``: with changes since the form was shown, it asks *Save*, *Discard changes*
or *Cancel*; without, it closes at once. What counts as a change is ``form_state``: by default
the values of every input of the dialog, read when it is first shown.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import look
from ui.widgets.label import PlainLabel
from ui.widgets.message_box import Icon, Role, clicked_in, message_box

_NOT_SHOWN = object()
IGNORED = "form_ignored"  # a widget property: this input is not part of what the form saves


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


_QUESTION = QT_TRANSLATE_NOOP("Forms", "This form has changes that are not saved.")
_SAVE = QT_TRANSLATE_NOOP("Forms", "Save")
_DISCARD = QT_TRANSLATE_NOOP("Forms", "Discard changes")
_STAY = QT_TRANSLATE_NOOP("Forms", "Cancel")


def unsaved_changes_box(parent: QWidget) -> tuple[QMessageBox, dict[QAbstractButton, UnsavedChoice]]:
    """The question asked before a form with changes closes, and what each button means."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("Forms", text)

    box = message_box(parent, Icon.Question, parent.windowTitle(), tr(_QUESTION))
    save = box.addButton(tr(_SAVE), Role.AcceptRole)
    discard = box.addButton(tr(_DISCARD), Role.DestructiveRole)
    stay = box.addButton(tr(_STAY), Role.RejectRole)
    save.setObjectName("unsaved_save")
    discard.setObjectName("unsaved_discard")
    stay.setObjectName("unsaved_cancel")
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    return box, {save: UnsavedChoice.SAVE, discard: UnsavedChoice.DISCARD, stay: UnsavedChoice.STAY}


def ask_unsaved_changes(parent: QWidget) -> UnsavedChoice:
    box, choices = unsaved_changes_box(parent)
    return choices.get(clicked_in(box), UnsavedChoice.STAY)  # type: ignore[arg-type]


def _inputs(root: QWidget) -> list[QWidget]:
    """The inputs under ``root`` in creation order; a combo's or spin box's own line edit is
    read through its owner."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.property(IGNORED) or any(p.property(IGNORED) for p in _parents(widget, root)):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QListWidget)):
            found.append(widget)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            found.append(widget)
    return found


def _parents(widget: QWidget, root: QWidget) -> list[QWidget]:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        parents.append(parent)
        parent = parent.parentWidget()
    return parents


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QListWidget):
        return tuple((widget.item(i).text(), widget.item(i).checkState()) for i in range(widget.count()))
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def input_values(root: QWidget) -> tuple[object, ...]:
    """What the inputs under ``root`` hold, to compare with what they held before."""
    return tuple((type(widget).__name__, widget.objectName(), _value(widget)) for widget in _inputs(root))


def first_input(root: QWidget) -> QWidget | None:
    """The first input the user reaches with Tab, in the focus chain of ``root``."""
    inputs = set(_inputs(root))
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        owner = widget.parentWidget() if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QComboBox, QAbstractSpinBox)) else widget
        if (owner in inputs and owner.isEnabled() and not owner.isHidden() and owner.isVisibleTo(root)
                and owner.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(owner, QAbstractItemView)):
            return owner
        widget = widget.nextInFocusChain()
    return None


class EditDialog(QDialog):
    """A form that asks before its changes are thrown away; subclasses give ``save``.

    ``save`` closes the dialog with ``accept`` once saved, or leaves it open with its messages.
    Code that closes the form on purpose (the record was deleted meanwhile, the user chose to
    open another one) calls ``discard``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean_state: object = _NOT_SHOWN

    def save(self) -> None:
        raise NotImplementedError

    def form_state(self) -> object:
        """What the form holds; the form has changes when it differs from its state when shown."""
        return input_values(self)

    def first_field(self) -> QWidget | None:
        return first_input(self)

    def mark_clean(self) -> None:
        """What the form holds now is what is saved (just loaded or reloaded)."""
        self._clean_state = self.form_state()

    def has_changes(self) -> bool:
        return self._clean_state is not _NOT_SHOWN and self.form_state() != self._clean_state

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._clean_state is _NOT_SHOWN:
            self.mark_clean()
            first = self.first_field() if self.focusWidget() is None else None  # unless the form chose
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if not self.has_changes():
            super().reject()
            return
        choice = ask_unsaved_changes(self)
        if choice is UnsavedChoice.SAVE:
            self.save()
        elif choice is UnsavedChoice.DISCARD:
            self.discard()

    def discard(self) -> None:
        """Close without saving and without asking."""
        super().reject()


class MessageLine(PlainLabel):
    """A message under a field that keeps its line when empty, so the fields below never move
    as it comes and goes; a message too long for the line is cut with "…" and shown whole in
    its tooltip."""

    def __init__(self, name: str, role: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        look.paint(self, role)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().height())
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


def with_message(widget: QWidget, message: MessageLine) -> QWidget:
    """``widget`` with its message line under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    column.addWidget(message)
    return box
