"""wirecoder.arrays: helpers over spaCy's token arrays (speed only: the same answers as numpy's)."""

from __future__ import annotations

import numpy as np

from wirecoder.arrays import is_in


def test_is_in_gives_the_mask_that_np_isin_gives() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        keys = rng.integers(0, 50, int(rng.integers(0, 20)), dtype=np.uint64)  # unsorted, repeated, or none
        values = rng.integers(0, 60, int(rng.integers(0, 300)), dtype=np.uint64)
        assert is_in(values, keys).tolist() == np.isin(values, keys).tolist()


def test_is_in_handles_the_largest_ids() -> None:
    values = np.array([2**64 - 1, 0, 5], dtype=np.uint64)  # string hashes use the whole 64 bits
    assert is_in(values, np.array([2**64 - 1, 3], dtype=np.uint64)).tolist() == [True, False, False]
