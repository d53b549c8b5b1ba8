"""BLAS threads: the rule, the pin, and that the helper processes pin as designed."""

import multiprocessing

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from playground.core.helper import helper_entry

from playground.core.helper import threads
from playground.core.data.dataset import generate
from playground.core.data.presets import get_preset
from playground.core.training.run import Failed, Heartbeat, Job
from playground.core.data.settings import Settings
from playground.core.training.study import StudyJob
from playground.core.training.training import Trainer

HAS_BLAS = any(d.get("user_api") == "blas" for d in threadpool_info())
needs_blas = pytest.mark.skipif(not HAS_BLAS, reason="threadpoolctl sees no BLAS library in this NumPy")


@pytest.fixture
def restore_blas():
    """Pinning is process-wide: put the test process's thread counts back afterwards."""
    limits = threadpool_limits(limits=None)  # records the current limits, changes nothing
    yield
    limits.restore_original_limits()


def blas_counts(info: list[dict]) -> set[int]:
    return {d["num_threads"] for d in info if d.get("user_api") == "blas"}


def notebook_job(until: int = 200) -> Job:
    preset = get_preset("notebook")
    return Job(preset.dataset(), preset.settings, until)


def test_largest_product_counts_the_shared_first_layer_of_a_study():
    assert threads.largest_product_flops(4096, [12, 64, 1]) == 2 * 4096 * 12 * 64
    assert threads.largest_product_flops(8, [3, 4, 1], networks=256) == 2 * 8 * 3 * 4 * 256
    assert threads.largest_product_flops(100, [2, 3, 256, 1]) == 2 * 100 * 3 * 256


def test_rule_one_thread_beside_the_window_and_for_small_products():
    huge = 100 * threads.BIG_PRODUCT_FLOPS
    assert threads.blas_threads_for(huge, beside_window=True, idle=8) == 1
    assert threads.blas_threads_for(threads.BIG_PRODUCT_FLOPS - 1, beside_window=False, idle=8) == 1
    # headless and big: one thread per BIG_PRODUCT_FLOPS, never more than the idle cores
    assert threads.blas_threads_for(2 * threads.BIG_PRODUCT_FLOPS, beside_window=False, idle=8) == 2
    assert threads.blas_threads_for(huge, beside_window=False, idle=3) == 3
    assert threads.blas_threads_for(huge, beside_window=False, idle=1) == 1
    # the app's biggest single training (4096 rows, 12 inputs, 64 hidden) stays on one thread
    assert threads.blas_threads_for(threads.largest_product_flops(4096, [12, 64, 1]), beside_window=False,
                                    idle=8) == 1


def test_idle_cores_is_within_the_available_ones():
    assert 1 <= threads.idle_cores() <= threads.available_cores()


@needs_blas
def test_pin_sets_the_blas_thread_count(restore_blas):
    threads.pin_blas_threads(1)
    assert blas_counts(threads.blas_info()) == {1}
    assert blas_counts(threadpool_info()) == {1}


@needs_blas
def test_results_do_not_depend_on_the_thread_count(restore_blas):
    big = generate([f"x{i}" for i in range(8)])
    big.values[:, -1] = big.X.sum(axis=1) % 2
    settings = Settings(hidden=(64,), iterations=20, log_every=10)
    weights = []
    for n in (1, 2):
        threads.pin_blas_threads(n)
        trainer = Trainer.from_settings(big, settings)
        trainer.run(settings.iterations)
        weights.append(trainer.network.weights)
    for a, b in zip(*weights):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)


def receive(conn) -> object:
    """The helper's next message that is not a Heartbeat (it beats while it starts and works)."""
    while True:
        assert conn.poll(60), "the helper did not answer"
        message = conn.recv()
        if not isinstance(message, Heartbeat):
            return message


def ask_threads(conn) -> set[int]:
    conn.send(threads.ThreadsQuery())
    report = receive(conn)
    assert isinstance(report, threads.ThreadsReport), report
    assert report.blas, "the helper sees no BLAS library"
    return blas_counts(report.blas)


def finish(conn, job) -> object:
    conn.send(job)
    while True:
        message = receive(conn)
        assert not isinstance(message, Failed), message.message
        if message.status is not None:
            return message


@needs_blas
def test_helper_reports_one_blas_thread_before_and_after_training_and_a_study():
    """The helper process, spawned as the window spawns it, pins one thread; its report says so."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    stop = ctx.Event()
    proc = ctx.Process(target=helper_entry.serve, args=(child, stop), daemon=True)
    proc.start()
    child.close()
    try:
        assert ask_threads(parent) == {1}
        assert finish(parent, notebook_job()).iteration == 200
        assert ask_threads(parent) == {1}
        preset = get_preset("notebook")
        progress = finish(parent, StudyJob(preset.dataset(), preset.settings.with_(iterations=100), 4))
        assert progress.final_errors.shape == (4,)
        assert ask_threads(parent) == {1}
    finally:
        parent.send(None)
        proc.join(10)
        if proc.is_alive():
            proc.terminate()
            proc.join(5)
    assert proc.exitcode == 0
