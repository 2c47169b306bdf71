"""Scorers against public gold sets. Their data is for evaluation only and never ships with the
package: it is looked for in ``../shared`` beside the checkout."""

from __future__ import annotations

from pathlib import Path


def shared_dir() -> Path:
    """``../shared`` beside the checkout, else beside or under the working directory; the first
    candidate when none exists (callers then report it missing and skip)."""
    repo = Path(__file__).resolve().parents[3]  # src/wirecoder/evaluation/__init__.py -> repo
    candidates = [repo.parent / "shared", Path.cwd().resolve().parent / "shared", Path.cwd() / "shared"]
    return next((c for c in candidates if c.is_dir()), candidates[0])
