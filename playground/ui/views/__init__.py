"""What a run looks like: the error plot, the network diagram, the predictions table, the decision map, the inspector and the formula panel with its script viewer."""
