"""Texts of playground.core shown in the window, marked for translation (made by
packaging/translations.py update; do not edit: tests/test_translations.py checks it is current)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

PRESET_DESCRIPTIONS = [
    QT_TRANSLATE_NOOP("Presets", "The notebook's data: y copies x1; x3 is a constant 1 acting as a bias"),
    QT_TRANSLATE_NOOP("Presets", "The notebook's first cell: the same data with no hidden layer"),
    QT_TRANSLATE_NOOP("Presets", "The notebook's data with y = x1 xor x2: needs the hidden layer"),
    QT_TRANSLATE_NOOP("Presets", 'y = a and b'),
    QT_TRANSLATE_NOOP("Presets", 'y = a or b'),
    QT_TRANSLATE_NOOP("Presets", 'y = not (a and b): every logic circuit can be built from it'),
    QT_TRANSLATE_NOOP("Presets", 'y = a xor b: not linearly separable, so it needs a hidden layer'),
    QT_TRANSLATE_NOOP("Presets", 'XOR with no hidden layer: it cannot be learnt (the error stays near 0.5)'),
    QT_TRANSLATE_NOOP("Presets", 'y = 1 when at least two of a, b, c are 1'),
    QT_TRANSLATE_NOOP("Presets", 'y = 1 when an odd number of a, b, c are 1 (three-input XOR)'),
    QT_TRANSLATE_NOOP("Presets", 'Two-bit adder: a1a0 + b1b0 = carry s1 s0'),
    QT_TRANSLATE_NOOP("Presets", "Seven-segment display a..g to the digit's binary b3..b0"),
    QT_TRANSLATE_NOOP("Presets", '8-3-8 auto-encoder: squeeze eight one-hot rows through three hidden units'),
    QT_TRANSLATE_NOOP("Presets", "Sure and wrong at the start: the notebook's loss crawls for ~2,000 iterations (compare saturated-cross-entropy)"),
    QT_TRANSLATE_NOOP("Presets", 'The same start with cross-entropy: no a*(1-a) slope in the delta, learnt within 10 iterations'),
    QT_TRANSLATE_NOOP("Presets", 'XOR with a small learning rate: a long plateau near 0.5 (compare plateau-momentum)'),
    QT_TRANSLATE_NOOP("Presets", 'The same plateau with momentum 0.9: crossed about ten times sooner'),
    QT_TRANSLATE_NOOP("Presets", '120 points in a circle, 8 rows per update: each update sees other rows, so the error curve is noisy'),
    QT_TRANSLATE_NOOP("Presets", 'Majority of five with three flipped targets and 8 test rows: the training error reaches 0, the test error does not'),
    QT_TRANSLATE_NOOP("Presets", 'Three clouds of points, one-hot targets y1..y3, softmax output'),
    QT_TRANSLATE_NOOP("Presets", '2-D points: class 1 inside a circle, class 0 in a ring around it'),
    QT_TRANSLATE_NOOP("Presets", '2-D points: class 1 where x1 and x2 have the same sign'),
    QT_TRANSLATE_NOOP("Presets", '2-D points: two clouds, one per class'),
    QT_TRANSLATE_NOOP("Presets", '2-D points: two interleaved spirals (needs two hidden layers)'),
]
