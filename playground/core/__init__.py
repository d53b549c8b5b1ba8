"""The Qt-free core: network maths, training loop, datasets, documents.

Nothing in this package may import Qt or pyqtgraph (an import-linter
contract in pyproject.toml checks it).
"""
