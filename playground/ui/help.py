"""The in-app help page "What is happening?": forward pass, error, delta and update, in the app's own names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

HELP_TITLE = "What is happening?"

HELP_HTML = """
<h2>What is happening?</h2>
<p>The network learns the <b>Dataset</b> table: for each row, the <i>inputs</i> should give the
<i>target</i>. It starts with random weights (the <b>Seed</b> chooses them) and then repeats one
<b>iteration</b> many times. Each iteration has four steps. The names are the ones the notebook uses,
and the ones the <b>Inspector</b> shows (open it with <b>Ctrl+I</b>, press <b>Step</b>, and read the numbers).</p>

<h3>1. Forward pass</h3>
<p><code>l0</code> is the table's inputs, one row per example. Each layer multiplies the layer before by its
weights and squashes the result into 0…1 with the sigmoid:
<code>l1 = nonlin(np.dot(l0, syn0))</code>, then <code>l2 = nonlin(np.dot(l1, syn1))</code>.
<code>syn0</code> and <code>syn1</code> are the weights: in the diagram, blue lines are positive weights, orange
lines negative ones, and thicker lines larger weights. The grey fill of a circle is that unit's output for the
selected row (dark = near 1).</p>

<h3>2. Error</h3>
<p>The last layer is the network's answer. <code>l2_error = y - l2</code>: the target minus the output, for every
row. The <b>Error:</b> lines of the log and the error plot show the mean of its absolute values; it should fall
towards 0. The <b>Predictions</b> tab shows output and |error| for every row.</p>

<h3>3. Delta (the backward pass)</h3>
<p>The error is multiplied by the slope of the sigmoid: <code>l2_delta = l2_error * nonlin(l2, deriv=True)</code>.
An output that is already confidently near 0 or 1 has a small slope, so it changes little. The blame is then sent
back along the weights to the hidden layer, <code>l1_error = l2_delta.dot(syn1.T)</code>, and turned into its
delta the same way: <code>l1_delta = l1_error * nonlin(l1, deriv=True)</code>.</p>

<h3>4. Update</h3>
<p>Every weight changes by (what came in on it) × (the delta where it arrives), summed over all rows:
<code>syn1 += l1.T.dot(l2_delta)</code> and <code>syn0 += l0.T.dot(l1_delta)</code>. The <b>learning rate</b>
multiplies this change. Then the next iteration starts with the new weights.</p>

<h3>The controls</h3>
<ul>
<li><b>Train</b> starts again from the seed's weights and runs to <b>Iterations</b>. <b>Play</b> goes on from
where the network is; <b>Pause</b> (or <b>Stop</b>) keeps everything, so Play continues exactly as if it had never
paused.</li>
<li><b>Step</b> does one iteration; <b>Step N</b> does the number in the box. The <b>Speed</b> slider goes from one
iteration a second (watch every change) to full speed.</li>
<li><b>Reset</b> goes back to the same starting weights; <b>New seed</b> picks different ones.</li>
<li>The <b>History</b> slider shows earlier moments of the run without training again.</li>
<li><b>Presentation mode</b> (F9; Ctrl+ and Ctrl− to resize, Ctrl+0 for normal) makes everything larger for a
projector; <b>F11</b> is full screen.</li>
</ul>
<p>With more hidden layers the names go on: <code>l3</code>, <code>syn2</code>, <code>l3_delta</code>, ...
With <b>Bias</b> on, each layer also gets a weight from a constant 1 (the bias row <code>b0</code>, <code>b1</code>,
... in the inspector, the square "1" nodes in the diagram).</p>
"""


class HelpDialog(QDialog):
    """A non-modal window with the help page; it takes the main window's (presentation) font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(HELP_TITLE)
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(HELP_HTML)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(760, 720)

    def text(self) -> str:
        return self.browser.toPlainText()
