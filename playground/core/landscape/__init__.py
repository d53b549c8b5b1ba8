"""Same start, different choices: races of branches, the loss landscape around a run, and its sharpness."""
