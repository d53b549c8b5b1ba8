"""The in-app help: "What is happening?" (forward pass, error, delta and update, in the app's own names)
and "Keyboard shortcuts", a page made from the window's actions themselves, so it never goes stale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMainWindow, QMenu, QTabWidget, QTextBrowser, QVBoxLayout,
                               QWidget)

from playground.ui.kit.plain import escape


def help_title() -> str:
    """The help page's title, also the Help menu entry."""
    return QCoreApplication.translate("HelpPage", "What is happening?")


def help_html() -> str:
    """The help page in the interface language, one translatable piece per section."""
    sections = [
        QCoreApplication.translate("HelpPage", """<p>The network learns the <b>Dataset</b> table: for each row, the <i>inputs</i> should give the
<i>target</i>. It starts with random weights (the <b>Seed</b> chooses them) and then repeats one
<b>iteration</b> many times. Each iteration has four steps. The names are the ones the notebook uses,
and the ones the <b>Inspector</b> shows (open it with <b>Ctrl+I</b>, press <b>Step</b>, and read the numbers).</p>
"""),
        QCoreApplication.translate("HelpPage", """<h3>1. Forward pass</h3>
<p><code>l0</code> is the table's inputs, one row per example. Each layer multiplies the layer before by its
weights and squashes the result into 0…1 with the sigmoid:
<code>l1 = nonlin(np.dot(l0, syn0))</code>, then <code>l2 = nonlin(np.dot(l1, syn1))</code>.
<code>syn0</code> and <code>syn1</code> are the weights: in the diagram, blue lines are positive weights, orange
lines negative ones, and thicker lines larger weights. The grey fill of a circle is that unit's output for the
selected row (dark = near 1).</p>
"""),
        QCoreApplication.translate("HelpPage", """<h3>2. Error</h3>
<p>The last layer is the network's answer. <code>l2_error = y - l2</code>: the target minus the output, for every
row. The <b>Error:</b> lines of the log and the error plot show the mean of its absolute values; it should fall
towards 0. The <b>Predictions</b> tab shows output and |error| for every row.</p>
"""),
        QCoreApplication.translate("HelpPage", """<h3>3. Delta (the backward pass)</h3>
<p>The error is multiplied by the slope of the sigmoid: <code>l2_delta = l2_error * nonlin(l2, deriv=True)</code>.
An output that is already confidently near 0 or 1 has a small slope, so it changes little. The blame is then sent
back along the weights to the hidden layer, <code>l1_error = l2_delta.dot(syn1.T)</code>, and turned into its
delta the same way: <code>l1_delta = l1_error * nonlin(l1, deriv=True)</code>.</p>
"""),
        QCoreApplication.translate("HelpPage", """<h3>4. Update</h3>
<p>Every weight changes by (what came in on it) × (the delta where it arrives), summed over all rows:
<code>syn1 += l1.T.dot(l2_delta)</code> and <code>syn0 += l0.T.dot(l1_delta)</code>. The <b>learning rate</b>
multiplies this change. Then the next iteration starts with the new weights.</p>
"""),
        QCoreApplication.translate("HelpPage", """<h3>The controls</h3>
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
</ul>"""),
        QCoreApplication.translate("HelpPage", """<p>With more hidden layers the names go on: <code>l3</code>, <code>syn2</code>, <code>l3_delta</code>, ...
With <b>Bias</b> on, each layer also gets a weight from a constant 1 (the bias row <code>b0</code>, <code>b1</code>,
... in the inspector, the square "1" nodes in the diagram).</p>"""),
    ]
    return f"<h2>{help_title()}</h2>\n" + "\n".join(sections)


def _plain(text: str) -> str:
    """An action's text as a reader sees it: no mnemonic ampersands, no decorative symbols or ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.lstrip("▶■⟲⚄ ").rstrip("…:").strip()


def _keys(action: QAction) -> str:
    # NativeText: as the platform and the interface language write keys ("Strg+I" in German)
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty())


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action of the window that has a shortcut, in menu order.

    Actions in no menu (toolbar-only ones, the table's own keys) follow under "Other".
    """
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, title: str) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu(), title)
            elif not act.isSeparator() and id(act) not in seen and _keys(act):
                seen.add(id(act))
                rows.append((title, _plain(act.text()), _keys(act)))

    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu(), _plain(top.text()))
    other = QCoreApplication.translate("HelpPage", "Other")
    for act in window.findChildren(QAction):
        if id(act) not in seen and _keys(act) and act.text():
            seen.add(id(act))
            rows.append((other, _plain(act.text()), _keys(act)))
    return rows


def shortcuts_html(window: QWidget) -> str:
    """The "Keyboard shortcuts" page: moving around, then every action with a shortcut."""
    moving = [
        (QCoreApplication.translate("HelpPage", "Tab, Shift+Tab"),
         QCoreApplication.translate("HelpPage", "Move to the next or previous control or panel")),
        (QCoreApplication.translate("HelpPage", "Arrow keys"),
         QCoreApplication.translate("HelpPage", "Move inside a table, a list or a slider")),
        (QCoreApplication.translate("HelpPage", "F2 or typing"),
         QCoreApplication.translate("HelpPage", "Edit the selected cell of the dataset table")),
        (QCoreApplication.translate("HelpPage", "Alt + underlined letter"),
         QCoreApplication.translate("HelpPage", "Open a menu or move to a field")),
        (QCoreApplication.translate("HelpPage", "Space"),
         QCoreApplication.translate("HelpPage", "Press the button or tick the box that has the focus")),
    ]
    title = escape(QCoreApplication.translate("HelpPage", "Keyboard shortcuts"))
    moving_title = escape(QCoreApplication.translate("HelpPage", "Moving around"))
    out = [f"<h2>{title}</h2>", f"<h3>{moving_title}</h3>", "<table cellpadding='3'>"]
    out += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in moving]
    out.append("</table>")
    menu = None
    for title, command, keys in shortcut_rows(window):
        if title != menu:
            if menu is not None:
                out.append("</table>")
            out += [f"<h3>{escape(title)}</h3>", "<table cellpadding='3'>"]
            menu = title
        out.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(command)}</td></tr>")
    if menu is not None:
        out.append("</table>")
    return "\n".join(out)


class HelpDialog(QDialog):
    """A non-modal window with the help pages; it takes the main window's (presentation) font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(help_title())
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html())
        self.browser.setAccessibleName(help_title())
        self.shortcuts = QTextBrowser(objectName="shortcutsBrowser")
        self.shortcuts.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.refresh_shortcuts()
        self.pages = QTabWidget(objectName="helpPages")
        self.pages.setAccessibleName(self.tr("Help pages"))
        self.pages.addTab(self.browser, help_title())
        self.pages.addTab(self.shortcuts, self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(760, 720)

    def refresh_shortcuts(self) -> None:
        """Rebuild the shortcuts page from the window's actions (presentation mode changes some keys)."""
        self.shortcuts.setHtml(shortcuts_html(self.parentWidget()) if self.parentWidget() is not None else "")

    def show_page(self, page: str) -> None:
        """Bring "help" (What is happening?) or "shortcuts" to the front."""
        self.refresh_shortcuts()
        self.pages.setCurrentWidget(self.shortcuts if page == "shortcuts" else self.browser)

    def text(self) -> str:
        return self.browser.toPlainText()


if __name__ == "__main__":  # python -m playground.ui.help
    from playground.ui.preview import preview

    preview(HelpDialog, size=(760, 640))
