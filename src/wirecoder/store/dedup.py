"""Near-duplicates: the same story re-issued with small edits, found by MinHash and LSH.

A text becomes the set of its 5-word shingles (lower-cased words); its MinHash signature is the
minimum, over the shingles, of each of 64 hash functions. Two signatures agree in a position with
probability equal to the Jaccard similarity of the two shingle sets. LSH cuts the signature into 16
bands of 4 rows: texts sharing any band hash are candidates (at Jaccard 0.8 a pair is a candidate
with probability 0.9998; at 0.3, 0.12), and a candidate whose signature agrees in at least
``threshold`` of the positions is a near-duplicate. Changing one word changes at most 5 shingles,
so a 200-word dispatch with two words changed keeps a Jaccard similarity near 0.9.

Pure numpy; the hash functions are fixed (seeded), so signatures and band hashes written to the store
stay valid across runs and processes.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from ..settings import default_settings

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
# Estimated Jaccard similarity from which a text is the same story re-issued: the package's
# [dedup] threshold (settings.toml), so that the number lives in one place.
THRESHOLD = float(default_settings().get("dedup", {}).get("threshold", 0.7))

_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(20261129)
# Multiply-shift hashing: h_i(x) = (a_i * x + b_i) mod 2**64, top 32 bits; a_i odd.
_A = _rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
# Weights that fold the words of a shingle, and the rows of a band, into one 64-bit number.
_FOLD = _rng.integers(1, 2**63, size=max(SHINGLE, ROWS + 1), dtype=np.uint64) | np.uint64(1)


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``: ``NUM_PERM`` unsigned 32-bit values (as uint64)."""
    words = _WORD.findall(text.lower())
    if not words:
        words = [text]
    hashes = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    width = min(SHINGLE, len(hashes))
    n = len(hashes) - width + 1
    with np.errstate(over="ignore"):
        shingles = np.zeros(n, dtype=np.uint64)
        for k in range(width):  # wrapping uint64 arithmetic is intended: it is a hash
            shingles += hashes[k:k + n] * _FOLD[k]
        shingles = np.unique(shingles)
        permuted = (np.outer(shingles, _A) + _B) >> np.uint64(32)
    return permuted.min(axis=0)


def band_keys(sig: np.ndarray) -> list[int]:
    """One 64-bit key per band: the band's rows and its number folded together."""
    bands = np.asarray(sig, dtype=np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        keys = bands @ _FOLD[:ROWS] + np.arange(BANDS, dtype=np.uint64) * _FOLD[ROWS]
    return [int(k) for k in keys]


def similarity(a: np.ndarray | list[int], b: np.ndarray | list[int]) -> float:
    """Estimated Jaccard similarity: the share of positions where two signatures agree."""
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))
