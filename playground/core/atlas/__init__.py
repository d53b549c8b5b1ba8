"""The failure-mode atlas: a grid of trainings, each cell exactly `nn-playground train`, labelled by why it failed.

grid.py (Axis, Grid, Cell, the seed rule, the budget) · labels.py (the labels and their thresholds) ·
records.py (CellRecord, AtlasRecords) · engine.py (cells of one shape in one NetworkStack) ·
fast_loop.py (the stack's loop, faster, same numbers) · compute.py (compute on local processes or Dask;
AtlasJob for a helper process) · dask_backend.py. Each module's docstring lists its API.
"""
