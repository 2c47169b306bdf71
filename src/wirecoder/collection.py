"""Python's cyclic garbage collector around the stages (speed only: no record changes).

speed28: the stages make and drop hundreds of thousands of small containers per batch of articles
(token lists, memo dicts, spans), and CPython's collector runs a young-generation pass every 700 net
allocations; objects a doc's memos still hold at such a pass are promoted, and once enough are, a
full pass walks every tracked object of the process: the spaCy model's and the rule files' ~130,000
as well as the stages' own. On 150 BBC articles that was one full pass a run at 0.2-0.3 s of CPU, about
a fifth of what the three stages add to spaCy's own time. Two measures:

- :class:`paused` keeps the collector off while one stage reads one doc (re-enabled after, even on an
  error): what the stage drops before it returns never meets a pass; what it keeps meets one pass at
  the next allocation outside instead of several inside.
- :func:`freeze_loaded` moves every object alive when the first pipeline of the process is loaded
  (the model, the rule files) to the collector's permanent generation (``gc.freeze``, after a full
  collection so that no garbage is frozen), so full passes no longer walk them. Once per process:
  a process that drops that first pipeline keeps its memory (a pipeline is made once per process).
"""

from __future__ import annotations

import gc
from types import TracebackType

_FROZEN = False


class paused:  # noqa: N801 (used as a statement: ``with paused():``)
    """``with paused():`` runs its block with the cyclic collector off, and turns it on again after
    unless it was already off (a caller's own ``gc.disable()`` is kept)."""

    __slots__ = ("was_on",)

    def __enter__(self) -> None:
        self.was_on = gc.isenabled()
        if self.was_on:
            gc.disable()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.was_on:
            gc.enable()


def freeze_loaded() -> bool:
    """Move the objects alive now to the permanent generation, the first time a pipeline is made in
    this process only; whether it did."""
    global _FROZEN
    if _FROZEN:
        return False
    _FROZEN = True
    gc.collect()
    gc.freeze()
    return True
