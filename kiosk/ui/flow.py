"""A row of buttons or check boxes that wraps onto the next line when the column is too
narrow for it, as words do. Translated captions differ in length by two or three times
between languages (Malayalam and Tamil are the longest); a fixed row that fits English
would run past the column's right edge in them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right, wrapping; each line is pushed to the right edge when
    ``align_right`` (like a row of action buttons after a stretch)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, align_right: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.align_right = align_right
        self.setContentsMargins(0, 0, 0, 0)

    # QLayout's bookkeeping ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802  (Qt's name)
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One line when there is room for it."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest item: the rest wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    # Placing -----------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if lines[-1] and used + self._gap + w > width:
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + w
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        y = rect.y()
        for line in self._lines(rect.width()):
            height = max(i.sizeHint().height() for i in line)
            used = sum(min(i.sizeHint().width(), rect.width()) for i in line)
            used += self._gap * (len(line) - 1)
            x = rect.x() + (rect.width() - used if self.align_right else 0)
            for item in line:
                hint = item.sizeHint()
                w = min(hint.width(), rect.width())
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(w, hint.height())))
                x += w + self._gap
            y += height + self._gap
        return max(y - rect.y() - self._gap, 0)
