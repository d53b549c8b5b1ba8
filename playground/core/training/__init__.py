"""Runs over time, without Qt: the chunked training loop, the headless Run (RunSession) and its job protocol, RunRecord, RunTree, weight timelines and curves, the convergence study and its budget."""
