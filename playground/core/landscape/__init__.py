"""Same start, different choices: races of branches, the loss landscape around a run, and its sharpness.

The landscape's API (NumPy only; the landscape window, ``nn-playground landscape`` and
``nn-playground train --sharpness`` use it):

- :mod:`.weights`: ``parse_weight("syn0[0, 1]", sizes, bias) -> WeightRef(layer, kind, i, j)``, its
  ``name`` and ``value(state)``; ``weight_names``; ``flatten``/``unflatten`` (weights, then biases).
- :mod:`.slice`: ``error_slice(dataset, settings, state, w1, w2, range1, range2, n)`` (an exact slice),
  ``interpolation(dataset, settings, start, end, n, t_range)``, ``random_directions(state, seed)`` and
  ``direction_slice(dataset, settings, state, directions, range1, range2, n)`` (a projection): each a
  ``Landscape`` (kind, axes, coordinates, errors, losses, loss_name, iteration, marks, description;
  ``to_json``, ``to_csv``); ``range_around(values)`` for a default range.
- :mod:`.paths`: ``weight_path(dataset, settings, states, w1, w2)``,
  ``projected_path(dataset, settings, states, centre, directions)``,
  ``interpolation_path(dataset, settings, states, start, end)``,
  ``ghost_paths(dataset, start, variants, w1, w2, iterations, every)``: each a ``Path`` (iterations, x, y,
  errors, label, off_plane, status); ``start_for(settings, start)``.
- :mod:`.sharpness`: ``sharpness(dataset, settings, state)`` -> ``Sharpness(value, steps, converged,
  vector)``; ``edge_of_stability(settings or network)``; ``curve_of_states(dataset, settings, states)``,
  ``states_every(dataset, settings, until, every, start)``, ``sharpness_curve(record or trainer, every)``
  -> ``SharpnessCurve(iterations, values, errors, converged, edge, loss_name)``.
- :mod:`.evaluate`: ``Problem.of(dataset, settings)``: many networks' errors, losses and gradients at once.

A *state* is a ``Checkpoint`` (core/training/run_record.py), a timeline's ``WeightSnapshot`` or a
``Network``; None means the seed's starting weights.
"""
