"""The race and landscape windows: branches from one start side by side, and the error surface they travel."""
