"""The atlas window: the grid of trainings as a map that fills in live, labelled by failure mode."""
