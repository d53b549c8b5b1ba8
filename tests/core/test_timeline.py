"""Weight snapshots for the history scrubber: bounded, evenly spread, exact; streamed to a mirror."""

import pickle

import numpy as np
import pytest

from playground.core.nn.network import Network
from playground.core.training.timeline import MIN_CAPACITY, WeightTimeline, capacity_for
from playground.core.training.training import Trainer
from tests.core.test_network import X_NB, Y_NB


def fake(i):
    return [np.full((2, 2), float(i))], None


def test_stride_doubles_and_memory_is_bounded():
    t = WeightTimeline(capacity=8)
    i = 0
    while i < 10**6:
        i = t.next_wanted(i)
        t.add(i, *fake(i))
        i += 1
    its = t.iterations
    assert len(t) <= 8 and its[0] == 0 and np.all(np.diff(its) == t.stride)
    assert its[-1] > 10**6 - 2 * t.stride
    assert all(t[k].weights[0][0, 0] == its[k] for k in range(len(t)))


def test_capacity_follows_the_memory_budget():
    assert capacity_for(16) == 256
    assert capacity_for(256 * 256 * 8) == MIN_CAPACITY
    assert capacity_for(10**6, budget=100 * 8 * 10**6) == 100
    assert WeightTimeline.for_sizes([3, 4, 1], bias=False).capacity == 256


def test_trainer_keeps_the_exact_weights_after_each_kept_iteration():
    trainer = Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB, keep_timeline=True)
    trainer.run(5000)
    its = trainer.timeline.iterations
    assert its[0] == 0 and len(its) >= trainer.timeline.capacity // 2 and its[-1] <= 5000
    replay = Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB)
    for k in (0, 1, len(its) // 2, len(its) - 1):
        replay.run(its[k])
        for w, kept in zip(replay.network.weights, trainer.timeline[k].weights):
            np.testing.assert_array_equal(w, kept)


def test_the_timeline_does_not_change_the_numbers():
    plain = Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB)
    kept = Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB, keep_timeline=True)
    plain.run(20000)
    kept.run(20000)
    assert all(np.array_equal(a, b) for a, b in zip(plain.network.weights, kept.network.weights))
    assert np.array_equal(plain.history.curve[1], kept.history.curve[1])


def test_a_mirror_fed_by_snapshots_holds_the_same_snapshots():
    trainer = Trainer(Network([3, 4, 1], bias=True, seed=2), X_NB, Y_NB, keep_timeline=True)
    mirror = WeightTimeline(trainer.timeline.capacity)
    seq = 0
    for until in (1, 2, 3, 100, 777, 4000, 30000):  # like a stream of progress messages
        trainer.run(until)
        mirror.merge(pickle.loads(pickle.dumps(trainer.timeline.since(seq))), trainer.timeline.stride)  # the pipe
        seq = trainer.timeline.seq
    assert mirror.iterations == trainer.timeline.iterations and mirror.stride == trainer.timeline.stride
    for a, b in zip(mirror, trainer.timeline):
        assert all(np.array_equal(x, y) for x, y in zip(a.weights + a.biases, b.weights + b.biases))


def test_nearest_and_truncate():
    t = WeightTimeline(capacity=8)
    for i in range(6):
        t.add(i, *fake(i))
    assert t.nearest(3) == 3 and t.nearest(100) == 5
    t.truncate(2)
    assert t.iterations == [0, 1, 2]
    t.clear()
    assert len(t) == 0 and t.nearest(3) == -1
    with pytest.raises(ValueError):
        WeightTimeline(capacity=3)


def adam_snapshots(n=40):
    """Snapshots of a network with biases and Adam's state, as a helper's timeline keeps them."""
    from playground.core.data.presets import get_preset

    preset = get_preset("notebook")
    trainer = Trainer.from_settings(preset.dataset(), preset.settings.with_(bias=True, optimizer="adam",
                                                                               learning_rate=0.05),
                                    keep_timeline=True)
    trainer.run(n)
    assert trainer.timeline[0].biases and trainer.timeline[0].optimizer  # what this case is for
    return list(trainer.timeline)


def notebook_snapshots(n=300):
    trainer = Trainer(Network([3, 4, 1], seed=1), X_NB, Y_NB, keep_timeline=True)
    trainer.run(n)
    return list(trainer.timeline)


@pytest.mark.parametrize("make", [notebook_snapshots, adam_snapshots])
def test_packed_snapshots_unpack_bit_for_bit_read_only_and_in_under_half_the_bytes(make):
    from playground.core.training.timeline import PackedSnapshots

    snapshots = make()
    packed = pickle.loads(pickle.dumps(PackedSnapshots.pack(snapshots)))
    back = list(packed)
    assert len(packed) == len(back) == len(snapshots)
    for a, b in zip(snapshots, back):
        assert a.iteration == b.iteration
        for x, y in zip(a.weights + (a.biases or []), b.weights + (b.biases or [])):
            assert x.shape == y.shape and x.tobytes() == y.tobytes() and not y.flags.writeable
        assert (a.optimizer is None) == (b.optimizer is None)
        for key in a.optimizer or {}:
            assert all(x.tobytes() == y.tobytes() and x.shape == y.shape
                       for x, y in zip(a.optimizer[key], b.optimizer[key]))
    apart = sum(len(pickle.dumps(s)) for s in snapshots)
    numbers = sum(8 * (1 + sum(x.size for x in s.weights + (s.biases or [])
                               + [v for vs in (s.optimizer or {}).values() for v in vs])) for s in snapshots)
    together = len(pickle.dumps(PackedSnapshots.pack(snapshots)))
    assert together < numbers + 400 and together < apart / 2


def test_snapshots_of_different_shapes_are_not_packed_together():
    from playground.core.training.timeline import PackedSnapshots, WeightSnapshot

    with pytest.raises(ValueError, match="layouts"):
        PackedSnapshots.pack([WeightSnapshot(0, [np.zeros((2, 2))], None), WeightSnapshot(1, [np.zeros((2, 3))], None)])
