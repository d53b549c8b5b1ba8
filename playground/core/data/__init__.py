"""What a person sets up: the table (Dataset, CSV cells, expressions, presets, 2-D points, held-out rows), the settings (FIELDS) and the Experiment with its undoable commands."""
