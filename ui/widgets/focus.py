"""Tab order that follows what the user sees.

A ``QDialogButtonBox`` places its buttons by role, in the platform's order, while the focus chain
keeps the order they were added in: Tab then jumps right and back left. ``buttons_in_visual_order``
re-chains the buttons from left to right (right to left in Arabic) each time the box is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget


class _VisualOrder(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialogButtonBox):
            chain_buttons(watched)
        return False


def chain_buttons(box: QDialogButtonBox) -> list[QWidget]:
    """Chain the box's visible buttons in the order they are drawn; returns that order."""
    buttons: list[QWidget] = [button for button in box.buttons() if not button.isHidden()]
    right_to_left = box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if box.orientation() == Qt.Orientation.Vertical:
        buttons.sort(key=lambda button: button.mapTo(box, QPoint(0, 0)).y())
    else:
        buttons.sort(key=lambda button: -button.x() if right_to_left else button.x())
    for first, second in zip(buttons, buttons[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return buttons


def buttons_in_visual_order(box: QDialogButtonBox) -> None:
    """Keep the box's buttons in visual tab order whenever it is shown."""
    box.installEventFilter(_VisualOrder(box))
