"""owner50: whose office is it, read once, in the actors stage.

A person's office ("chairwoman", "director", "political correspondent", "head of the credit section") may belong
to a firm, a paper, a college or a trade's body. The title reader (persons.read_attributes) reads the owner's
name where it stands next to the title (persons._owner_sector: "chief executive of the Tarnwick Trust", "Carrowby
Group chairman") and leaves a state's title of a private body with no sector (persons._of_a_private_body:
"spokesperson for the Acme Corporation"); but which bodies are firms and papers is known only once the stage has
found them. Round 49 read the rest in the events stage, from the parse (Context._tied_to_private_bodies), so that
the record, the GDELT export and the events stage gave the same person two answers: no sector in the record, a
firm's person to the events stage. Now the actors stage reads it, once per article, after its bodies have their
sectors (give_owners): a person of no sector whose office noun (the noun the name stands in apposition to, a
compound before the name, a conjunct of either) names in its own phrase (its compounds, its owner, the body
"of", "at", "for" or "with" it: arguments.yaml ``private_tie_preps``) a body of a private sector
(``private_person_sectors``: BUS, MED, EDU), or of no sector whose name has a trade's word
(``civil_body_trade_words``, ``business_heads``: a dealers' association, a chamber of commerce), takes that
body's sector (BUS for a trade's body), and its state where the person has none. The events stage reads only
the sector (Context.private_doer).

One order (debt51): 1. the title reader, as it reads the title (persons.read_attributes): the owner's name beside a
head title gives its sector (_owner_sector); a state's title "of", "for" or "at" an ORG that no state's or dictionary
name is part of gets none, and so no guessed state (_of_a_private_body), and the person keeps that ORG's first token
(Attributes.owner_at); both stay there because the dateline's state is guessed from the sector read there. 2.
give_owners, once the bodies have their sectors: the private body at that token, then the office noun's phrase in
the parse. 3. The events stage reads the sector only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ..arrays import labelled_kids, token_table
from ..record import Actor
from ..rules import package_yaml

_ARGS = package_yaml("events", "arguments.yaml")
# (one list each, the events stage's, so that the two stages agree)
PRIVATE_SECTORS = frozenset(str(s).upper() for s in _ARGS["private_person_sectors"])
_TIE_PREPS = frozenset(str(w).lower() for w in _ARGS["private_tie_preps"])
_ARMED = frozenset(str(w).lower() for w in _ARGS["armed_side_heads"])
# (a firm's words, not an armed side's, nor a miner: "the Union of Mineworkers" is labour's)
TRADE_WORDS = frozenset(str(w).lower() for w in _ARGS["civil_body_trade_words"]) | (
    frozenset(str(w).lower() for w in _ARGS["business_heads"]) - _ARMED - {"miner", "miners", "mine"})
_TRADE_SECTOR = "BUS"  # a trade's body of no sector speaks for firms
_BODY_KINDS = frozenset({"organization", "group"})
_PHRASE_DEPS = frozenset({"compound", "poss", "nmod"})
_WALK_DEPS = _PHRASE_DEPS | {"pobj", "prep"}


def name_words(name: str) -> list[str]:
    """A body's name as lower-case words, a possessive's "'s" and the punctuation around words dropped."""
    return [w.strip(".,()\"'") for w in name.lower().replace("'s ", " ").split()]


def give_owners(doc: Doc, actors: list[Actor], mentions: list, read_at: dict[str, int] | None = None) -> None:
    """Give each person of no sector whose office a mention ties to a private body that body's sector (and its
    state where the person has none); see the module's note. Reads the parse around each person's mentions once.

    debt51: one run, in one order, after the bodies have their sectors: first the body the title reader saw after a
    state's title that it left with no sector (``read_at``: person id -> the body's first token,
    persons._of_a_private_body, "spokesperson for the Acme Corporation"), then the office noun's phrase in the
    parse. (The title reader's own owner read, persons._owner_sector, "Carrowby Group chairman", stays where it
    is: it decides the sector before the dateline's state is guessed for a state's title.)"""
    # (debt51, speed only: with no person of no sector, or no private body to give, nothing is given; and the token
    # -> longest mention map (Tokens.longest_mentions), which round 50 made for 16 of 20 articles (about 9M
    # instructions), is made once an office's phrase reaches a token a private body's mention touches: elsewhere
    # no token's longest mention can be a private body's)
    private = {a.id: a for a in actors if _private(a)}
    if not private:
        return
    open_persons = {a.id: a for a in actors if a.kind == "person" and not a.sector}  # (those still to be given one)
    if not open_persons:
        return
    table = token_table(doc)
    near = {i for m in mentions if m.actor in private for i in table.touched(m.start, m.end)}
    longest: dict[int, Any] = {}

    def body_at(i: int) -> Actor | None:
        """The private body whose mention is the longest that touches token ``i``, if its longest is one."""
        if i not in near:
            return None
        if not longest:
            longest.update(table.longest_mentions(mentions))
        return private.get(longest[i].actor)

    for pid, at in (read_at or {}).items():
        if pid in open_persons and (body := body_at(at)) is not None:
            _give(open_persons.pop(pid), body)
    pos, heads = table.pos_id, table.head
    for m in mentions:
        person = open_persons.get(m.actor)
        if person is None:
            continue
        bounds = table.char_tokens(m.start, m.end)  # (the name's tokens, as char_span would give them, no Span made)
        if bounds is None or bounds[0] >= bounds[1]:
            continue
        a, b = bounds
        # (the name's root: its one token whose head lies outside it, as Span.root finds it; speed only)
        tops = [i for i in range(a, b) if heads[i] == i or not a <= heads[i] < b]
        name = doc[tops[0]] if len(tops) == 1 else doc[a:b].root
        offices = [c for c, dep in labelled_kids(name)
                   if (dep == "appos" or (dep == "compound" and c.i < a)) and pos[c.i] == NOUN]
        if name.dep_ == "appos" and pos[name.head.i] == NOUN:
            offices.append(name.head)
        offices += [c for o in offices for c, dep in labelled_kids(o) if dep == "conj" and pos[c.i] == NOUN]
        for office in offices:
            body = _private_body_in(office, body_at)
            if body is not None:
                _give(open_persons.pop(person.id), body)
                break


def _give(person: Actor, body: Actor) -> None:
    """The person takes the private body's sector (BUS for a trade's body of no sector), and its state where
    the person has none."""
    person.sector = body.sector.upper() if body.sector else _TRADE_SECTOR
    person.country = person.country or body.country


def _private(body: Actor) -> bool:
    """Whether ``body`` is a body of a private sector, or of no sector with a trade's word in its name."""
    if body.kind not in _BODY_KINDS:
        return False
    if body.sector:
        return body.sector.upper() in PRIVATE_SECTORS
    return any(w in TRADE_WORDS for w in name_words(body.name))


def _private_body_in(office: Token, body_at: Callable[[int], Actor | None]) -> Actor | None:
    """The private body the office noun's own phrase names, if any."""
    stack = [c for c, dep in labelled_kids(office) if dep in _PHRASE_DEPS or (dep == "prep" and c.lower_ in _TIE_PREPS)]
    seen = 0
    while stack and seen < 24:  # (an office's phrase is short: a bound, not a walk of the sentence)
        tok = stack.pop()
        seen += 1
        if (body := body_at(tok.i)) is not None:
            return body
        stack += [c for c, dep in labelled_kids(tok) if dep in _WALK_DEPS]
    return None
