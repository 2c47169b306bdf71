"""Nearest linking: an opt-in last resort for an act whose doer or target no syntactic rule found.

Round 25 measured where the events wirecoder misses die (``benchmarks/event_drops.py``): on new text
most misses had a trigger, and the sentence named both sides, but the parse did not put them where
any role looks (a misparsed aside, a long apposition, a list). ``[events] linking = "nearest"`` then
takes the nearest political actor of the trigger's sentence before it as the doer and the nearest
after it as the one acted on, with ``penalty_nearest`` off the event's confidence. It trades
precision for recall (README, "Nearest linking"), so the default, ``"syntax"``, prints only what the
rules tie to the trigger.

An actor counts only from the same side of a quotation mark as the trigger (a narrator's actor is
not the doer of a quoted act), and never one already on the other side of the act. The one acted on
is never taken from a clause above the trigger's ("Chile condemned the raids, Peru's government said":
Peru reports the act, it is not its target).
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import Context
from .rules import Found

LINKINGS = ("syntax", "nearest")
VERBAL = {"VERB", "AUX"}


def nearest_actor(ctx: Context, f: Found, before: bool) -> str | None:
    """The political actor nearest the trigger in its sentence, before it (the doer) or after it."""
    anchor = f.anchor
    quoted = ctx.in_direct_quote(anchor.idx)
    sent = f.sentence
    indices = range(anchor.i - 1, sent.start - 1, -1) if before else range(anchor.i + 1, sent.end)
    doc = anchor.doc
    above = set(anchor.ancestors)  # (read once, not per token)
    for i in indices:
        raw = ctx.token_actor.get(i)
        if raw is None or ctx.in_direct_quote(doc[i].idx) != quoted:
            continue
        if not before and _in_clause_above(doc[i], above):
            continue
        actor = ctx.political(raw)
        if actor and actor not in f.sources and actor not in f.targets:
            return actor
    return None


def _in_clause_above(tok: Token, trigger_ancestors: set[Token]) -> bool:
    """Whether ``tok`` belongs to a clause that governs the trigger's: its nearest verb up the parse
    is one of the trigger's ancestors (the reporter of the act, not a side of it)."""
    verb = next((h for h in tok.ancestors if h.pos_ in VERBAL), None)
    return verb is not None and verb in trigger_ancestors


def link_nearest(ctx: Context, f: Found, penalty: float) -> None:
    """Fill an act's missing doer and target from the nearest actors of its sentence (see above)."""
    if not f.sources and (doer := nearest_actor(ctx, f, before=True)):
        f.sources = [doer]
        f.confidence -= penalty
    if f.sources and not f.targets and (done_to := nearest_actor(ctx, f, before=False)):
        f.targets = [done_to]
        f.confidence -= penalty
