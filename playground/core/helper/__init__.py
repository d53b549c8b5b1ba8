"""Helper processes: the helper's main loop (which runs the jobs of training/run.py's protocol), its entry point and BLAS thread limits."""
