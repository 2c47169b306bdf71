"""Later mentions: what refers back to an actor without naming it.

- A definite description made of an office ("the minister", "The Russian foreign minister") refers to
  the person whose role has that office (and whose country, if the description names one): the most
  recent such person before it, else the first after it (a subheadline may run ahead of the body).
- "the alliance", "the bloc" refer to the most recently named IGO that lists that noun (igos.yaml).
- "he"/"she" is indexed when only one person of a compatible gender has been mentioned before it;
  otherwise :meth:`ActorTable.resolve_pronoun` gives the most recent compatible person on request.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc

from .. import pronouns
from ..record import Actor
from .dictionary import Dictionary, trie_pattern
from .persons import Context, Office, _state_before

PRONOUN_GENDER = pronouns.GENDER
# The subject pronouns a later mention may be (object forms refer back too, but they are not looked for).
# (?<!\w)(?:[Hh]e|[Ss]he)(?!\w), with the word-edge check after the first letter so that the scan
# skips to the next H, h, S or s instead of trying the pattern at every character (speed only)
_PRONOUN = re.compile(r"(?:" + trie_pattern(("He", "he", "She", "she"), edge=r"\w") + r")(?!\w)")
_THE = frozenset({"the"})
_POSSESSIVE = frozenset({"'s", "’s"})


class Coreference:
    """Finds later mentions; built once per finder."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.entries = dictionary.entries
        nouns = sorted(dictionary.nouns, key=len, reverse=True)
        self.noun_pattern = (re.compile(r"(?<!\w)[Tt]he\s+(?i:(" + "|".join(map(re.escape, nouns)) + r"))(?!\w)")
                             if nouns else None)

    def later_mentions(self, doc: Doc, ctx: Context, offices: list[Office], used_offices: set[int],
                       mentions: list, kinds: dict[str, str], persons: dict[str, Actor],
                       genders: dict[str, str], lo: int, blocked: Callable[[int, int], bool]) -> list:
        from . import Mention  # the index's own type

        out: list[Mention] = []
        ordered = sorted(mentions, key=lambda m: m.start)
        person_ms = [m for m in ordered if m.actor in persons]
        out.extend(self._descriptions(doc, ctx, offices, used_offices, person_ms, persons, blocked, Mention))
        igo_ms = [m for m in ordered if kinds.get(m.actor) == "igo"]
        if self.noun_pattern is not None and igo_ms:
            starts = [m.start for m in igo_ms]
            for match in self.noun_pattern.finditer(ctx.text, lo):
                if blocked(*match.span()):
                    continue
                noun = match.group(1).lower()
                i = bisect.bisect_left(starts, match.start()) - 1
                while i >= 0 and noun not in self.entries[igo_ms[i].actor].nouns:
                    i -= 1
                if i >= 0:
                    out.append(Mention(match.start(), match.end(), igo_ms[i].actor, "alias"))
        # Pronouns, against every person mention so far (names and descriptions).
        person_ms = sorted(person_ms + [m for m in out if m.actor in persons], key=lambda m: m.start)
        seen: list[str] = []
        j = 0
        for match in _PRONOUN.finditer(ctx.text, lo):
            while j < len(person_ms) and person_ms[j].start < match.start():
                if person_ms[j].actor not in seen:
                    seen.append(person_ms[j].actor)
                j += 1
            want = PRONOUN_GENDER[match.group().lower()]
            fits = [p for p in seen if genders.get(p, want) == want]
            if len(fits) == 1 and not blocked(*match.span()):
                out.append(Mention(match.start(), match.end(), fits[0], "pronoun"))
        return out

    def _descriptions(self, doc: Doc, ctx: Context, offices: list[Office], used: set[int],
                      person_ms: list, persons: dict[str, Actor], blocked: Callable[[int, int], bool],
                      mention_type: type) -> list:
        out = []
        starts = [m.start for m in person_ms]
        for office in offices:
            if office.start in used:
                continue
            # "the General Election": the office word modifies a noun, it is not the head.
            if office.end < len(doc) and doc[office.end].pos_ in ("NOUN", "PROPN"):
                continue
            country, stop = _state_before(ctx, office.start)
            # Only a definite description: "the minister", "the Russian foreign minister", "Russia's
            # foreign minister"; "a minister" or "ministers" is nobody in particular.
            possessive = country is not None and stop < office.start and doc[stop:office.start].text.find("'s") >= 0
            if stop > 0 and doc[stop - 1].lower_ in _THE:
                first = stop - 1
            elif country is not None and (possessive or doc[stop:office.start].text.endswith(("'s", "’s"))):
                first = stop
            else:
                continue
            start, end = doc[first].idx, doc[office.end - 1].idx + len(doc[office.end - 1])
            if blocked(start, end):
                continue
            words = set(office.role.lower().split())
            fits = {pid for pid, actor in persons.items()
                    if actor.role and words <= set(actor.role.lower().split())
                    and (country is None or actor.country in (None, country))}
            if not fits:
                continue
            i = bisect.bisect_left(starts, start) - 1
            while i >= 0 and person_ms[i].actor not in fits:
                i -= 1
            if i < 0:  # nothing before: the first fitting person after it
                i = bisect.bisect_left(starts, end)
                while i < len(person_ms) and person_ms[i].actor not in fits:
                    i += 1
                if i == len(person_ms):
                    continue
            out.append(mention_type(start, end, person_ms[i].actor, "title"))
        return out
