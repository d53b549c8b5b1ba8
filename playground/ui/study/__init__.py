"""The convergence study window."""
