"""The error plot's row of controls (Log scale, All runs, Clear previous runs) kept on one line: at the projector it
is drawn smaller, down to scale 1, rather than wrapped (a mixin of ErrorPlot)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer

CONTROLS_PT = 12.0  # at scale 1


class ControlsFitting:
    """Fits ``_controls`` (the plot's FlowLayout of ``log_check``, ``all_check`` and ``clear_button``) to the plot's
    width. Wrapped, the row took a second line: ~45 px of a plot ~130 px tall at a
    1366x768 projector in presentation mode (in English 5 px short of one line, in German and Spanish ~100-180)."""

    controls_scale = 1.0  # the factor the row is drawn at (the plot's scale, or less where it had to fit)
    fit_row: Callable  # classroom.presentation.fit_controls, given by ErrorPlot (views sit below classroom)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_controls()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """A control shown again (presentation mode's inspector puts them away) is fitted with the others, once
        for all of them, before the next paint."""
        if (event.type() == QEvent.Type.Show and self._scale > 1.0 and not getattr(self, "_refit_queued", False)
                and obj in self._row_widgets()):
            self._refit_queued = True
            QTimer.singleShot(0, self, self._queued_fit)
        return super().eventFilter(obj, event)

    def _queued_fit(self) -> None:
        self._refit_queued = False
        self._fit_controls()

    def _row_widgets(self) -> list:
        return [self.log_check, self.all_check, self.clear_button]

    def _fit_controls(self) -> None:
        widgets = self._row_widgets()
        if not getattr(self, "_watching_row", False):
            self._watching_row = True
            for w in widgets:
                w.installEventFilter(self)
        elif self._scale == 1.0 and self.controls_scale == 1.0:
            return  # drawn at 1 already: nothing to fit
        row, width = self._controls, self.width()
        widest = []

        def lines() -> int:
            if not widest:  # drawn at the plot's scale first: the least width the row asks for, smaller or not
                widest.append(max((w.minimumSizeHint().width() for w in widgets if not w.isHidden()), default=0))
            return row.line_count(width)

        self.controls_scale = self.fit_row(widgets, CONTROLS_PT, self._scale, lines)
        margins = row.contentsMargins()
        # The plot asks for the width its widest control takes at its scale, as when the row only wrapped: drawn
        # smaller, it let the panes beside squeeze the plot (a lesson's dock took it to 182 px at 1366x768).
        row.set_least_width(widest[0] + margins.left() + margins.right() if widest else 0)
