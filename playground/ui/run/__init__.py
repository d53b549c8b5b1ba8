"""The Qt side of a run: the Run adapter, branching, the helper pool and relay thread, the transport (Play, Step, speed), the History scrubber, the run's status and the log."""
