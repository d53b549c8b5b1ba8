"""NetworkView: layout counts, weight pens, activation fills, hover text, scale, real pixels."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPalette

from playground.ui.views.network_view import (
    MAX_WIDTH,
    MIN_WIDTH,
    NEGATIVE_COLOR,
    POSITIVE_COLOR,
    NetworkView,
    format_value,
)


@pytest.fixture
def view(qtbot):
    widget = NetworkView()
    qtbot.addWidget(widget)
    widget.resize(700, 450)
    return widget


@pytest.fixture
def shown(view, qtbot):
    """The view on screen (offscreen platform) with its view box laid out."""
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.view_box().width() > 600)
    return view


def small_net(view, bias=False):
    view.set_structure([3, 4, 1], ["x1", "x2", "x3"], ["y"], bias=bias)


def rgb(pens, i):
    return tuple(int(pens[c][i]) for c in ("red", "green", "blue"))


def widget_point(view, x, y):
    """Widget pixel of view (data) point (x, y)."""
    scene = view.view_box().mapViewToScene(QPointF(x, y))
    return view.mapFromScene(scene)


def test_defaults(view):
    assert view.objectName() == "networkView"
    vb = view.view_box()
    assert vb.state["mouseEnabled"] == [False, False]  # no pan/zoom: the picture can't get lost
    assert vb.menu is None or not vb.menuEnabled()
    assert vb.state["aspectLocked"]
    assert view.edge_count() == 0 and view.node_count() == 0
    assert view.describe_at(0, 0) is None


@pytest.mark.parametrize(
    ("sizes", "bias", "nodes", "edges"),
    [
        ([3, 4, 1], False, 8, 3 * 4 + 4 * 1),
        ([3, 4, 1], True, 8 + 2, 3 * 4 + 4 * 1 + 4 + 1),
        ([3, 1], False, 4, 3),
        ([3, 1], True, 5, 4),
        ([4, 3, 2, 2], False, 11, 12 + 6 + 4),
        ([4, 3, 2, 2], True, 11 + 3, 12 + 6 + 4 + 3 + 2 + 2),
    ],
)
def test_structure_counts(view, sizes, bias, nodes, edges):
    inputs, targets = [f"in{i}" for i in range(sizes[0])], [f"out{i}" for i in range(sizes[-1])]
    view.set_structure(sizes, inputs, targets, bias)
    assert view.sizes() == sizes
    assert view.node_count() == nodes
    assert view.edge_count() == edges
    assert len(view.edge_pens()) == edges
    assert len(view.node_brushes()) == nodes
    assert [label.toPlainText() for label in view.name_labels()] == inputs + targets
    captions = [label.toPlainText() for label in view.caption_labels()]
    assert captions[0] == "inputs"
    assert captions[1:-1] == [f"hidden {k}" for k in range(1, len(sizes) - 1)]
    assert captions[-1] in ("output", "outputs")


def test_layout_left_to_right_centred(view):
    view.set_structure([4, 3, 2, 2], list("abcd"), ["p", "q"], bias=True)
    xs = [view.node_position(k, 0)[0] for k in range(4)]
    assert xs == sorted(xs) and len(set(xs)) == 4
    for k, n in enumerate([4, 3, 2, 2]):
        ys = [view.node_position(k, i)[1] for i in range(n)]
        assert ys == sorted(ys, reverse=True)  # index 0 at the top
        assert np.mean(ys) == pytest.approx(0.0)  # centred per layer
        # The bias node sits above its layer, in the same column.
        bx, by = view.bias_position(k) if k < 3 else (None, None)
        if bx is not None:
            assert bx == xs[k] and by > max(ys)
    with pytest.raises(IndexError):
        view.node_position(0, 4)


def test_sizes_validated(view):
    with pytest.raises(ValueError):
        view.set_structure([3], ["a", "b", "c"], [], bias=False)
    with pytest.raises(ValueError):
        view.set_structure([3, 0, 1], ["a", "b", "c"], ["y"], bias=False)


def test_weight_sign_colours_and_widths(view):
    view.set_structure([2, 2, 1], ["a", "b"], ["y"], bias=False)
    pens = view.edge_pens()
    assert len(set(rgb(pens, i) for i in range(len(pens)))) == 1  # neutral before any weights

    w0 = np.array([[1.0, -0.5], [0.1, -2.0]])
    w1 = np.array([[0.3], [-0.05]])
    view.set_weights([w0, w1], None)
    pens = view.edge_pens()
    values = np.concatenate([w0.ravel(), w1.ravel()])  # documented edge order
    for i, v in enumerate(values):
        assert rgb(pens, i) == (POSITIVE_COLOR if v > 0 else NEGATIVE_COLOR)
    assert POSITIVE_COLOR != NEGATIVE_COLOR
    # Width (and opacity) grow with |w|; the largest |w| in the net gets the maximum width.
    order = np.argsort(np.abs(values))
    assert np.all(np.diff(pens["width"][order]) >= 0)
    assert pens["width"][order[-1]] == pytest.approx(MAX_WIDTH)
    assert pens["width"][order[0]] < 1.0 and pens["width"].min() >= MIN_WIDTH
    assert pens["alpha"][order[0]] < pens["alpha"][order[-1]]  # tiny weights drawn faint
    assert pens["width"][0] > pens["width"][2]  # |1.0| vs |0.1|


def test_bias_edges_take_bias_values(view):
    small_net(view, bias=True)
    w = [np.ones((3, 4)) * 0.5, np.ones((4, 1)) * 0.5]
    b = [np.array([-1.0, 0.0, 0.25, 0.5]), np.array([[2.0]])]  # (n,) and (1, n) shapes
    view.set_weights(w, b)
    pens = view.edge_pens()
    # Order: W0 (12), b0 (4), W1 (4), b1 (1).
    assert rgb(pens, 12) == NEGATIVE_COLOR
    assert rgb(pens, 15) == POSITIVE_COLOR
    assert pens["width"][20] == pytest.approx(MAX_WIDTH)  # bias 2.0 is the largest |value|
    assert view.describe_at(*midpoint(view.bias_position(1), view.node_position(2, 0))) == "b[y] = 2"


def test_weights_shape_checked(view):
    small_net(view)
    with pytest.raises(ValueError):
        view.set_weights([np.zeros((4, 3)), np.zeros((4, 1))], None)
    with pytest.raises(ValueError):
        view.set_weights([np.zeros((3, 4))], None)


def test_big_network_updates(view):
    rng = np.random.default_rng(0)
    sizes = [16, 64, 64, 4]
    view.set_structure(sizes, [f"x{i + 1}" for i in range(16)], list("abcd"), bias=True)
    assert view.edge_count() == 16 * 64 + 64 * 64 + 64 * 4 + 64 + 64 + 4
    for _ in range(3):
        weights = [rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        view.set_weights(weights, [rng.normal(size=n) for n in sizes[1:]])
    pens = view.edge_pens()
    colours = {rgb(pens, i) for i in range(len(pens))}
    assert colours == {POSITIVE_COLOR, NEGATIVE_COLOR}
    assert pens["width"].max() <= MAX_WIDTH
    # Edges between dense layers are thinner than the maximum, so the picture doesn't blot.
    dense = slice(16 * 64 + 64, 16 * 64 + 64 + 64 * 64)
    assert pens["width"][dense].max() < MAX_WIDTH / 2
    view.set_activations([rng.random(n) for n in sizes])
    image = view.grab().toImage()
    assert not image.isNull()


def midpoint(a, b):
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def test_hover_descriptions(view):
    small_net(view)
    w0 = np.arange(12, dtype=float).reshape(3, 4) / 10 - 0.5
    w0[0, 0] = 0.734
    view.set_weights([w0, np.array([[0.2], [-1.5], [0.0], [3.25]])], None)
    view.set_activations([np.array([1.0, 0.0, 37.5]), np.array([0.1, 0.51, -0.25, 1.7]), np.array([0.9])])

    assert view.describe_at(*view.node_position(1, 1)) == "h1.2 = 0.510"
    assert view.describe_at(*view.node_position(0, 0)) == "x1 = 1"
    assert view.describe_at(*view.node_position(0, 2)) == "x3 = 37.500"  # raw input shown exactly
    assert view.describe_at(*view.node_position(1, 3)) == "h1.4 = 1.700"  # not clipped in hover
    assert view.describe_at(*view.node_position(2, 0)) == "y = 0.900"
    # Slightly off centre still counts as the node.
    x, y = view.node_position(1, 2)
    assert view.describe_at(x + 0.1, y - 0.1) == "h1.3 = -0.250"

    edge = midpoint(view.node_position(0, 0), view.node_position(1, 0))
    assert view.describe_at(*edge) == "w[x1 → h1.1] = 0.734"
    edge = midpoint(view.node_position(1, 1), view.node_position(2, 0))
    assert view.describe_at(*edge) == "w[h1.2 → y] = -1.500"
    far = view.node_position(2, 0)
    assert view.describe_at(far[0] + 50, far[1] + 50) is None

    view.set_activations(None)
    assert view.describe_at(*view.node_position(1, 1)) == "h1.2"


def test_hover_without_weights_names_the_edge(view):
    small_net(view, bias=True)
    edge = midpoint(view.node_position(0, 2), view.node_position(1, 3))
    assert view.describe_at(*edge) == "w[x3 → h1.4]"
    assert view.describe_at(*view.bias_position(0)) == "bias = 1 (feeds hidden 1)"
    assert view.describe_at(*view.bias_position(1)) == "bias = 1 (feeds output)"


def test_mouse_move_shows_hover_text(shown, qtbot):
    small_net(shown)
    shown.set_weights([np.full((3, 4), 0.25), np.full((4, 1), -0.75)], None)
    scene = shown.scene()
    x, y = midpoint(shown.node_position(1, 0), shown.node_position(2, 0))
    scene.sigMouseMoved.emit(shown.view_box().mapViewToScene(QPointF(x, y)))
    assert shown.hover_text() == "w[h1.1 → y] = -0.750"
    hover = next(
        item
        for item in shown.scene().items()
        if isinstance(item, pg.TextItem) and item.toPlainText() == "w[h1.1 → y] = -0.750"
    )
    qtbot.waitUntil(lambda: shown.view_box().sceneBoundingRect().contains(hover.sceneBoundingRect()))
    assert 10 < hover.sceneBoundingRect().height() < 60  # drawn at pixel size, on screen
    # The read-out follows new weights while the mouse rests there.
    shown.set_weights([np.full((3, 4), 0.25), np.full((4, 1), 0.5)], None)
    assert shown.hover_text() == "w[h1.1 → y] = 0.500"
    scene.sigMouseMoved.emit(shown.view_box().mapViewToScene(QPointF(x, y + 40)))
    assert shown.hover_text() is None


def test_activations_change_brushes(view):
    small_net(view)
    neutral = [b.color().name() for b in view.node_brushes()]
    assert len(set(neutral)) == 1

    view.set_activations([np.array([0.0, 0.5, 1.0]), np.array([0.0, 0.25, 2.0, -3.0]), np.array([1.0])])
    fills = [b.color() for b in view.node_brushes()]
    assert [c.name() for c in fills] != neutral
    assert fills[0].lightness() > fills[1].lightness() > fills[2].lightness()  # 0 light, 1 dark
    # Out-of-range values are clipped for colour only.
    assert fills[5].name() == fills[2].name()  # 2.0 looks like 1.0
    assert fills[6].name() == fills[0].name()  # -3.0 looks like 0.0

    view.set_activations(None)
    assert [b.color().name() for b in view.node_brushes()] == neutral
    with pytest.raises(ValueError):
        view.set_activations([np.zeros(3), np.zeros(4)])


def test_scale_changes_fonts_and_widths(shown):
    small_net(shown)
    shown.set_weights([np.full((3, 4), 1.0), np.full((4, 1), -1.0)], None)
    label = shown.name_labels()[0]
    caption = shown.caption_labels()[0]
    name_px = label.textItem.font().pixelSize()
    caption_px = caption.textItem.font().pixelSize()
    width = shown.edge_pens()["width"].max()

    shown.set_scale(1.5)
    assert shown.scale_factor() == 1.5
    assert label.textItem.font().pixelSize() > name_px
    assert caption.textItem.font().pixelSize() > caption_px
    assert shown.edge_pens()["width"].max() == pytest.approx(1.5 * width)
    shown.set_scale(1.0)
    assert label.textItem.font().pixelSize() == name_px
    with pytest.raises(ValueError):
        shown.set_scale(0)


def test_structure_change_then_weights(view):
    small_net(view)
    view.set_weights([np.ones((3, 4)), np.ones((4, 1))], None)
    view.set_activations([np.zeros(3), np.zeros(4), np.zeros(1)])
    view.set_structure([2, 2, 1], ["a", "b"], ["out"], bias=True)
    assert view.edge_count() == 4 + 2 + 2 + 1
    assert view.describe_at(*view.node_position(1, 0)) == "h1.1"  # old activations dropped
    weights = [np.array([[1.0, -1.0], [0.5, 0.0]]), np.array([[2.0], [-2.0]])]
    view.set_weights(weights, [np.zeros(2), np.zeros(1)])
    assert len(view.edge_pens()) == 9
    assert view.describe_at(*view.node_position(2, 0)) == "out"
    assert [label.toPlainText() for label in view.name_labels()] == ["a", "b", "out"]
    with pytest.raises(ValueError):
        view.set_weights([np.ones((3, 4)), np.ones((4, 1))], None)  # stale shapes are refused


def test_fits_diagram_and_labels_in_view(shown, qtbot):
    names = [f"input {i + 1}" for i in range(16)]
    shown.set_structure([16, 64, 4], names, ["yes", "no", "maybe", "later"], bias=True)

    def everything_inside(size):
        assert abs(shown.view_box().width() - size[0]) < 2
        view_rect = shown.view_box().sceneBoundingRect()
        for item in shown.name_labels() + shown.caption_labels():
            assert view_rect.contains(item.sceneBoundingRect()), (size, item.toPlainText())
        for k, n in enumerate([16, 64, 4]):
            for i in (0, n - 1):
                scene = shown.view_box().mapViewToScene(QPointF(*shown.node_position(k, i)))
                assert view_rect.contains(scene), (size, k, i)

    # Labels follow the view transform lazily (on the next paint), so wait for it.
    for size in [(700, 450), (420, 600), (1000, 400)]:
        shown.resize(*size)
        qtbot.waitUntil(lambda s=size: everything_inside(s))


def test_grab_has_real_pixels(shown):
    shown.set_structure([2, 1], ["a", "b"], ["y"], bias=False)
    shown.set_weights([np.array([[1.0], [-1.0]])], None)
    shown.set_activations([np.array([0.0, 1.0]), np.array([0.5])])
    image = shown.grab().toImage()
    assert image.width() >= 700 and image.height() >= 450
    ratio = image.width() / shown.width()  # device pixel ratio

    def pixel(x, y):
        p = widget_point(shown, x, y)
        return image.pixelColor(int(p.x() * ratio), int(p.y() * ratio))

    positive = pixel(*midpoint(shown.node_position(0, 0), shown.node_position(1, 0)))
    negative = pixel(*midpoint(shown.node_position(0, 1), shown.node_position(1, 0)))
    assert positive == QColor(*POSITIVE_COLOR)
    assert negative == QColor(*NEGATIVE_COLOR)
    background = image.pixelColor(2, image.height() - 2)
    assert background == shown.palette().color(QPalette.ColorRole.Base)
    light, dark = pixel(*shown.node_position(0, 0)), pixel(*shown.node_position(0, 1))
    assert light.lightness() > 200 and dark.lightness() < 60


def test_edges_drawn_where_the_nodes_are_when_set_before_the_view_is_shown(qtbot):
    """A file opened before the window shows (a lesson, a document given on the command line):
    the edges are drawn where the nodes are once laid out, not a picture kept from before the
    view had its size (a device-coordinate item cache did that)."""
    view = NetworkView()
    qtbot.addWidget(view)
    view.set_structure([3, 4, 1], ["x1", "x2", "x3"], ["y"], bias=False)
    view.set_weights([np.full((3, 4), 1.0), np.full((4, 1), 1.0)], None)
    view.resize(700, 450)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.view_box().width() > 600)
    image = view.grab().toImage()
    ratio = image.width() / view.width()
    for a, b in [((0, 0), (1, 0)), ((0, 2), (1, 3)), ((1, 1), (2, 0)), ((1, 3), (2, 0))]:
        p = widget_point(view, *midpoint(view.node_position(*a), view.node_position(*b)))
        assert image.pixelColor(int(p.x() * ratio), int(p.y() * ratio)) == QColor(*POSITIVE_COLOR), (a, b)


def test_follows_dark_palette(view):
    small_net(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 34))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    view.setPalette(palette)
    assert view.backgroundBrush().color() == QColor(30, 30, 34)
    assert view.name_labels()[0].color == QColor(230, 230, 230)
    view.set_weights([np.ones((3, 4)), np.ones((4, 1))], None)
    image = view.grab().toImage()
    corner = image.pixelColor(1, image.height() - 2)
    assert corner == QColor(30, 30, 34)


@pytest.mark.parametrize(
    ("value", "text"),
    [(1.0, "1"), (0.0, "0"), (0.734, "0.734"), (-1.5, "-1.500"), (2.5e-5, "2.5e-05"), (12345.6, "1.23e+04")],
)
def test_format_value(value, text):
    assert format_value(value) == text


# ----- pictures: the PNG agrees with the SVG (both as the window draws the diagram) ---------------

def _circle_extent(image, cx, cy, limit):
    """Distances from (cx, cy) to the first dark pixel left, right, up and down (a node's outline)."""
    def dark(x, y):
        if not (0 <= x < image.width() and 0 <= y < image.height()):
            return True
        return image.pixelColor(x, y).lightness() < 110

    out = []
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        d = 0
        while d < limit and not dark(int(round(cx + dx * d)), int(round(cy + dy * d))):
            d += 1
        out.append(d)
    return out


def _nodes_in_picture(image, view, source, k):
    """(centre x, centre y, radius) of every unit, measured in the picture from where the window puts it."""
    found = []
    for layer, n in enumerate(view.sizes()):
        for i in range(n):
            scene = view.view_box().mapViewToScene(QPointF(*view.node_position(layer, i)))
            cx, cy = (scene.x() - source.left()) * k, (scene.y() - source.top()) * k
            left, right, up, down = _circle_extent(image, cx, cy, limit=int(200 * k))
            found.append((cx + (right - left) / 2, cy + (down - up) / 2, (left + right + up + down) / 4))
    return found


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_png_and_svg_pictures_agree_on_nodes(shown, qtbot, tmp_path, scale):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from playground.ui.documents.exports import PNG_RESOLUTION, save_picture

    shown.set_scale(scale)
    shown.set_structure([3, 4, 1], ["x1", "x2", "x3"], ["y"], bias=True)
    rng = np.random.default_rng(3)
    shown.set_weights([rng.normal(size=(3, 4)), rng.normal(size=(4, 1))], [rng.normal(size=4), rng.normal(size=1)])
    shown.grab()
    source = shown.ci.sceneBoundingRect()
    png = QImage(save_picture(shown.ci, str(tmp_path / "net.png"), shown))
    k = png.width() / source.width()
    assert k == pytest.approx(PNG_RESOLUTION, rel=0.01)
    renderer = QSvgRenderer(save_picture(shown.ci, str(tmp_path / "net.svg"), shown))
    svg = QImage(png.size(), QImage.Format.Format_ARGB32)
    svg.fill(QColor("white"))
    painter = QPainter(svg)
    renderer.render(painter, QRectF(0, 0, png.width(), png.height()))
    painter.end()

    in_png, in_svg = _nodes_in_picture(png, shown, source, k), _nodes_in_picture(svg, shown, source, k)
    radius = shown.view_box().viewPixelSize()[0]  # data units per px
    for (px, py, pr), (sx, sy, sr), layer in zip(in_png, in_svg, [0] * 3 + [1] * 4 + [2]):
        assert abs(px - sx) <= 3 and abs(py - sy) <= 3, (px, py, sx, sy)
        assert abs(pr - sr) <= 3, (pr, sr)
        # and both are the window's size: the node's diameter in data units, at the picture's scale
        expected = shown.node_radius(layer) / radius * k
        assert abs(pr - expected) <= 4, (pr, expected)


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c):
        def channel(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_faint_weights_keep_contrast_on_a_dark_palette(view):
    small_net(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    view.setPalette(palette)
    w0 = np.full((3, 4), 0.01)
    w0[0, 0], w0[1, 1] = 5.0, -0.01  # one large weight; the others tiny, of both signs
    view.set_weights([w0, np.full((4, 1), 0.01)], None)
    pens = view.edge_pens()
    background = QColor(30, 30, 30)
    for p in pens[1:]:  # as drawn: the pen's colour over the background at its opacity
        a = p["alpha"] / 255
        drawn = QColor(*(round(bg * (1 - a) + c * a) for bg, c in
                         zip((30, 30, 30), (int(p["red"]), int(p["green"]), int(p["blue"])))))
        assert _contrast(drawn, background) >= 1.5, (tuple(p), drawn.name())


def test_the_legend_explains_the_node_fill_once_a_row_is_shown(view):
    small_net(view)
    assert "activation" not in view.legend_text()
    view.set_activations([np.array([0.0, 0.0, 1.0]), np.full(4, 0.5), np.array([0.2])])
    view.set_row_caption("row 1: x1=0 x2=0 x3=1")
    assert "row 1: x1=0 x2=0 x3=1" in view.legend_text()
    assert "fill = activation: ○ 0 … ● 1" in view.legend_text()


def test_a_snapshot_that_moves_no_pen_or_fill_draws_nothing_again(shown, qtbot, monkeypatch):
    """Widths, colours and fills come in steps: most of the ~30 snapshots a second change none of
    them, and then the edges' picture and the nodes are not drawn again."""
    from playground.ui.views import network_items

    drawn = []
    original = network_items.EdgeGraphItem.generatePicture
    monkeypatch.setattr(network_items.EdgeGraphItem, "generatePicture",
                        lambda item: (drawn.append(1), original(item))[1])
    small_net(shown)
    w = [np.array([[0.5, -1.0, 2.0, 0.1]] * 3), np.array([[1.0], [-2.0], [0.3], [0.7]])]
    acts = [np.array([0.0, 0.5, 1.0]), np.array([0.2, 0.4, 0.6, 0.8]), np.array([0.9])]
    shown.set_weights(w, None)
    shown.set_activations(acts)
    shown.grab()
    drawn.clear()
    brushes = shown.node_brushes()
    shown.set_weights([m * (1 + 1e-6) for m in w], None)  # a little learning: no level changes
    shown.set_activations([a + 1e-6 for a in acts])
    shown.grab()
    assert drawn == [] and [b.color() for b in shown.node_brushes()] == [b.color() for b in brushes]
    shown.set_weights([w[0], -w[1]], None)  # signs flip: new colours
    shown.grab()
    assert drawn == [1]
    assert rgb(shown.edge_pens(), 12) == NEGATIVE_COLOR  # hidden 1 -> output: 1.0 became -1.0
