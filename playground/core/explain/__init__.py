"""What the window explains: the inspector's quantities, per-edge formulas, the exported script and its line map, hints and the decision map's values."""
