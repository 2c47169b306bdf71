"""Query filters checked before a query runs: codes against the ontology, actor ids against the store.

A filter that cannot match anything printed no rows and no word before: ``--root 25``, ``--plover
BOGUS``, ``--source rus``. Now a code the ontology lacks is an error naming the nearest codes (nothing
can match it), and an actor id the store lacks is a hint naming the nearest ids in the store (it may
simply not be there yet), and the query still runs.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .errors import WirecoderError
from .store.query import Db, opened


class UnknownCode(WirecoderError):
    """A CAMEO code, root or PLOVER type that the ontology does not have."""


def _nearest(value: str, known: Iterable[str], n: int = 3) -> str:
    close = difflib.get_close_matches(value, list(known), n=n, cutoff=0.5)
    return f"; nearest: {', '.join(close)}" if close else ""


def check_codes(cameo: str | None = None, root: str | int | None = None, plover: str | None = None) -> None:
    """Raise :class:`UnknownCode` for a code no event can have."""
    if root in (None, "") and not cameo and not plover:
        return
    # Imported here: the events package loads spaCy, which store commands without a code filter skip.
    from .events.ontology import cameo_table, plover_renamed, plover_types, roots

    if root not in (None, ""):
        text = str(root).strip()
        normal = f"{int(text):02d}" if text.isdigit() else text
        if normal not in roots():
            raise UnknownCode(f"root {root!r}: not a CAMEO root; the roots are {roots()[0]} to {roots()[-1]}")
    if cameo:
        code = cameo.strip()
        if not any(c.startswith(code) for c in cameo_table()):
            raise UnknownCode(f"CAMEO code {cameo!r}: no CAMEO code starts with it"
                              + _nearest(code, cameo_table()))
    if plover:
        name = plover.strip().upper()
        if name not in plover_types() and name not in plover_renamed():
            raise UnknownCode(f"PLOVER type {plover!r}: not a PLOVER event type" + _nearest(name, plover_types())
                              + ("" if _nearest(name, plover_types()) else
                                 f"; the types are {', '.join(sorted(plover_types()))}"))


def actor_hints(db: Db, ids: Iterable[str]) -> list[str]:
    """For each actor id the store does not hold, a line naming it and the nearest ids it does hold
    (same letters in another case first, then similar spellings)."""
    wanted = [i for i in dict.fromkeys(ids) if i]
    if not wanted:
        return []
    hints = []
    with opened(db) as con:
        present = {row[0] for row in con.execute(
            "SELECT DISTINCT actor_id FROM actors WHERE actor_id IN (SELECT unnest(?))", [wanted]).fetchall()}
        for actor in wanted:
            if actor in present:
                continue
            near = [row[0] for row in con.execute(
                """SELECT actor_id FROM (SELECT DISTINCT actor_id FROM actors)
                   WHERE lower(actor_id) = lower(?) OR jaro_winkler_similarity(lower(actor_id), lower(?)) > 0.85
                   ORDER BY lower(actor_id) = lower(?) DESC, jaro_winkler_similarity(lower(actor_id), lower(?)) DESC,
                            actor_id
                   LIMIT 3""", [actor, actor, actor, actor]).fetchall()]
            hints.append(f"no actor {actor!r} in the store" + (f"; nearest: {', '.join(near)}" if near else ""))
    return hints
