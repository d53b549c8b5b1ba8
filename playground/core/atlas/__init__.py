"""The failure-mode atlas: a grid of trainings, each cell exactly `nn-playground train`, labelled by why it failed."""
