"""wirecoder: news dispatches to structured, checkable data on world politics.

``wirecoder.load()`` returns the pipeline; ``Pipeline`` and the record classes are imported lazily,
so that commands that only read the store start without loading spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "Pipeline": "pipeline", "load": "pipeline",
    "Actor": "record", "Cue": "record", "Dateline": "record", "Event": "record", "Location": "record",
    "Quote": "record", "Record": "record", "Speaker": "record",
}

__all__ = ["Actor", "Cue", "Dateline", "Event", "Location", "Pipeline", "Quote", "Record", "Speaker",
           "__version__", "load"]

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline, load
    from .record import Actor, Cue, Dateline, Event, Location, Quote, Record, Speaker


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'wirecoder' has no attribute {name!r}")
