"""wirecoder: news dispatches to structured, checkable data on world politics."""

from __future__ import annotations

from .pipeline import Pipeline, load
from .record import Actor, Cue, Dateline, Event, Location, Quote, Record, Speaker

__version__ = "0.1.0"

__all__ = ["Actor", "Cue", "Dateline", "Event", "Location", "Pipeline", "Quote", "Record", "Speaker",
           "__version__", "load"]
