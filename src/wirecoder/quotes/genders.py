"""Persons' genders as the article tells them, for the pronouns that speak ("'...,' she said").

The actors stage knows a person's gender from an honorific or a gendered office before the name ("Mrs",
"Sir", "spokeswoman"). This adds what else the article says of the person: a gendered noun just
before the name or in apposition to it ("his wife, Mara X", "Mara X, the chairwoman of the board,"),
a reflexive ("X defended herself"), and, while no one else has been named, the pronoun of the clause
the person reports ("Mara X said she would stay") and a pronoun the coreference ties to them. A person
whose evidence disagrees is left without a gender. Failing the words around the names, a given name that is
(nearly) never written for the other sex tells it (spk54: ``data/actors/given_names.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .. import pronouns
from ..actors import ActorTable, coref
from ..arrays import kids_of, sentence_bounds, token_table
from ..ids import DEP_APPOS, string_ids

_PERSONAL = pronouns.GENDER
_REFLEXIVE = pronouns.REFLEXIVE_GENDER
_NOUNS = pronouns.NOUN_GENDER
_SUBJECTS = ("nsubj", "nsubjpass")


def article_genders(doc: Doc, actors: ActorTable, text: str | None = None,
                    speakers: Iterable[Token] = ()) -> dict[str, str]:
    """Person id -> "he" / "she": the actors stage's genders, and where it has none, the gender that
    all of the words around the person's names agree on; failing those, the gender that all the
    pronouns that follow the person while no one else has been named agree on (a weaker sign).
    ``text``: the doc's text where the caller holds it (``doc.text`` is rebuilt from the tokens); ``speakers``: the
    quotes' speaker words, whose "he" and "she" may go on with the subject just named (_goes_on_with)."""
    persons = {a.id for a in actors.actors if a.kind == "person"}
    words: dict[str, set[str]] = {}
    tied: dict[str, set[str]] = {}
    # (the doc's text: the caller's, else joined once and only if a pronoun asks; speed only)
    for m in actors.mentions:
        if m.actor not in persons or m.actor in actors.genders:
            continue
        if m.kind == "pronoun":
            # Only where the person is the one person named so far: a tie made because every other
            # person's gender clashed says nothing (a spokeswoman who is no actor is not the man named).
            if text is None:
                text = doc.text
            if (w := text[m.start:m.end].lower()) in _PERSONAL and len(actors.persons_before(m.start)) == 1:
                tied.setdefault(m.actor, set()).add(_PERSONAL[w])
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            # The pronoun of a reported clause is the reporter's own only while nobody else has been
            # named: "Minister X said she was free to campaign" after "opposition leader Y" is Y.
            alone = not [p for p in actors.persons_before(m.start) if p != m.actor]
            words.setdefault(m.actor, set()).update(_evidence(span.root, span.start, alone))
    for pronoun in speakers:
        if pronoun.lower_ in _PERSONAL and (person := _goes_on_with(pronoun, actors)) is not None \
                and person in persons and person not in actors.genders:
            tied.setdefault(person, set()).add(_PERSONAL[pronoun.lower_])
    out = dict(actors.genders)
    names = {a.id: a.name for a in actors.actors if a.kind == "person"}
    for pid, name in names.items():
        # (spk54: "Sir Talvor Brenik" is "he" whatever pronoun stood near his name)
        if len(parts := name.split()) >= 2 and (honorific := _NAME_HONORIFICS.get(parts[0].lower())):
            out[pid] = honorific
    for pid in persons - set(out):
        genders = words.get(pid) or _given_name_gender(names.get(pid, "")) or tied.get(pid) or set()
        if len(genders) == 1:
            out[pid] = next(iter(genders))
    return out


def _given_name_gender(name: str) -> set[str]:
    """Why (spk54): "Talvora Brenik said ... . Ivo Marsh, the mayor, said ... . She added": a person named by first
    and last name only had no gender, so a "she" could go to the man named last and a "he" to the woman. The
    gender of the first word of a full name (two words or more) that ``given_names.yaml`` lists; else none."""
    parts = name.split()
    if len(parts) < 2:
        return set()
    gender = _GIVEN.get(parts[0].lower().strip("."))
    return {gender} if gender else set()


_GIVEN = coref.GIVEN_NAME_GENDER
_NAME_HONORIFICS = coref.NAME_HONORIFICS


def _goes_on_with(pronoun: Token, actors: ActorTable) -> str | None:
    """Why (spk49): "The head of the union, Bruno X, said ... . He warned that ... . She said ...": a subject pronoun
    right after a person was named as the subject (or in apposition to it) of the pronoun's sentence or the one
    before, with no one else named between, goes on with that person and tells their gender, though others were
    named earlier in the story. Without it the union head had no gender, and a later "she" fell to him as the
    running speaker rather than to the woman named before. The person, or None."""
    if pronoun.dep_ not in _SUBJECTS:
        return None
    before = actors.person_mentions_between(max(0, pronoun.idx - _GOES_ON_CHARS), pronoun.idx)
    if not before or before[-1].kind == "title":
        return None
    doc = pronoun.doc
    name = doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
    if name is None:
        return None
    root = name.root.head if name.root.dep == DEP_APPOS else name.root
    if root.dep not in _SUBJECTS_IDS:
        return None
    # (the pronoun's sentence or the one before it, from the doc's sentence starts: ``tok.sent`` makes a Span
    # each time; speed only)
    sent_start = sentence_bounds(doc, pronoun.i)[0]
    root_start = sentence_bounds(doc, root.i)[0]
    if root_start != sent_start and (sent_start == 0 or sentence_bounds(doc, sent_start - 1)[0] != root_start):
        return None
    # (no other "he" or "her" between: "The presenter, X, put it to her that ... . She said" is not X)
    # (the words' lower-case ids from the doc's table, not a Token each: speed only)
    if not _GENDERED_IDS.isdisjoint(token_table(doc).lower_id[name.end:pronoun.i]):
        return None
    return before[-1].actor


_GENDERED_IDS = string_ids(("he", "him", "his", "himself", "she", "her", "hers", "herself"))
_GOES_ON_CHARS = 600  # spk49: how far before a pronoun the name it goes on with may stand


def _evidence(root: Token, first: int, alone: bool) -> set[str]:
    """The genders that the words around one mention of a name tell (its root token, its first token);
    ``alone``: whether no other person has been named before it."""
    doc = root.doc
    found: set[str] = set()
    # "his wife Mara X", "his wife, Mara X": the noun just before the name.
    k = first - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].lower in _NOUNS_IDS and doc[k].pos_ == "NOUN":
        found.add(_NOUNS[doc[k].lower_])
    # "Mara X, the chairwoman of the board,"; "the widow of the late president, Mara X".
    nouns = [c for c in kids_of(root) if c.dep == DEP_APPOS]
    if root.dep == DEP_APPOS:
        nouns.append(root.head)
    found.update(_NOUNS[n.lower_] for n in nouns if n.lower_ in _NOUNS and n.pos_ == "NOUN")
    if root.dep in _SUBJECTS_IDS:
        verb = root.head
        for c in kids_of(verb):
            # "X defended herself"
            if c.lower in _REFLEXIVE_IDS:
                found.add(_REFLEXIVE[c.lower_])
            # "X said she would stay": the subject of the clause the person reports.
            elif alone and c.dep_ == "ccomp" and c.i > verb.i:
                subject = next((s for s in kids_of(c) if s.dep_ in _SUBJECTS), None)
                if subject is not None and subject.lower_ in _PERSONAL:
                    found.add(_PERSONAL[subject.lower_])
    return found


# The id sets of this module's word and label lists that its hottest lines compare a token's
# ``lower``, ``dep``, ``tag`` or ``ent_type`` with, as spaCy's tokens hold them: ``tok.dep in X_IDS``
# is ``tok.dep_ in X`` without making the string (speed only; see wirecoder.ids).
_NOUNS_IDS = string_ids(_NOUNS)
_REFLEXIVE_IDS = string_ids(_REFLEXIVE)
_SUBJECTS_IDS = string_ids(_SUBJECTS)
