"""The network diagram following a :class:`~playground.ui.run.run.Run`: its layers, the weights it shows, the example
it looks at.

``DiagramFollowing`` is the part of :class:`~playground.ui.views.network_view.NetworkView` that listens to
the Run. While a run trains its snapshots come ~30 times a second; the diagram shows the newest weights at
most ``LIVE_HZ`` times a second, in an event-loop turn of its own (as the predictions table does), and at
once when the run stops or the weights shown change otherwise (History): the last weights of a run are
always the ones drawn.
"""

from __future__ import annotations

from PySide6 import QtCore

# While a run trains, the diagram shows the newest weights at most this many times a second (the error curve
# shows every snapshot). Drawing the diagram again costs ~4 ms of the UI thread (pens, activations, the text
# alternative, the repaint): at every snapshot it was the largest share of the window's work while training
# (benchmarks/gui_training.py), and on a busy 2-core laptop that is taken from the helper's core.
LIVE_HZ = 12


class DiagramFollowing:
    """How a :class:`~playground.ui.views.network_view.NetworkView` follows a Run (a mixin: the view's own state)."""

    def listen_to(self, run) -> None:
        """Follow a :class:`~playground.ui.run.run.Run`: its layers, the weights it shows, and the
        activations and name of the example it looks at.

        While the run trains, the weights are shown at most LIVE_HZ times a second, the newest each
        time, in an event-loop turn of their own; once it stops, at once: the last weights of a run
        are always the ones shown."""
        self._run = run
        self._shown_structure = None
        self._live_timer = QtCore.QTimer(self, singleShot=True, interval=round(1000 / LIVE_HZ))
        self._live_timer.timeout.connect(self._show_weights)
        run.reset.connect(self._run_reset)
        run.shownChanged.connect(self._shown_changed)
        run.rowChanged.connect(self._row_changed)

    def _run_reset(self) -> None:
        run = self._run
        if run.network is None:
            return
        structure = (run.network.sizes, run.dataset.input_names, run.dataset.target_names, run.network.has_bias)
        if structure != self._shown_structure:  # rebuilding labels is the slow part; skip when unchanged
            self.set_structure(*structure)
            self._shown_structure = structure

    def _shown_changed(self) -> None:
        if self._run.running:
            if not self._live_timer.isActive():
                self._live_timer.start()
            return
        self._show_weights()

    def live_pending(self) -> bool:
        """Whether newer weights of a training run wait to be shown (within 1 / LIVE_HZ seconds)."""
        return self._live_timer.isActive()

    def _show_weights(self) -> None:
        self._live_timer.stop()
        with self._one_description():  # weights and activations: one text alternative, not two
            net = self._run.shown_network()
            if net is not None:
                self.set_weights(net.weights, net.biases)
            self._row_changed()

    def _row_changed(self, *_args) -> None:
        run = self._run
        net, X = run.shown_network(), None if run.dataset is None else run.dataset.X
        if net is None or X is None or not 0 <= run.row < len(X):
            self.set_activations(None)
            self.set_row_caption("")
            return
        self.set_activations([a[0] for a in net.forward(X[run.row:run.row + 1])])
        values = "  ".join(f"{n}={v:g}" for n, v in zip(run.dataset.input_names, X[run.row]))
        self.set_row_caption(QtCore.QCoreApplication.translate("NetworkView", "row {number}:  {values}").format(
            number=run.row + 1, values=values))
