"""Round 43 (speed25): the hottest rules compare a token's ids (``tok.dep``, ``tok.tag``, ``tok.lower``,
``tok.ent_type``) with the ids of their labels and words (``wirecoder.ids``) instead of its strings;
each comparison answers as the string's did (a speed change only; invented dispatches parsed by the
real spaCy pipeline)."""

from __future__ import annotations

from wirecoder import ids

TEXTS = [
    "Minister Oskar Drenvald said on Tuesday that Velmora would not send troops to the border.",
    "The Velmoran government and the opposition party agreed to hold talks, a spokesman for the "
    "ministry told Reuters in Kessary.",
    "Protesters were arrested by police after they had marched to the parliament, Drenvald's office said.",
    "It is the army that has been accused of shelling the town, which it denies.",
]

_ATTRIBUTES = {"DEP": ("dep", "dep_"), "TAG": ("tag", "tag_"), "WORD": ("lower", "lower_"),
               "ENT": ("ent_type", "ent_type_")}


def _constants() -> list[tuple[str, str, str, object]]:
    """(name, id attribute, string attribute, value) of every id and id set in wirecoder.ids."""
    found = []
    for name in dir(ids):
        kind = name.split("_")[0].rstrip("S")
        if kind in _ATTRIBUTES and name.isupper():
            found.append((name, *_ATTRIBUTES[kind], getattr(ids, name)))
    return found


def _words(name: str) -> set[str]:
    """The strings a constant stands for, from its name (DEP_DOBJ: "dobj"; TAGS_VBZ_VBP: VBZ, VBP)."""
    kind, _, rest = name.partition("_")
    words = rest.split("_")
    if kind.startswith(("DEP", "WORD")):
        return {"ROOT" if w == "ROOT" and kind.startswith("DEP") else w.lower() for w in words}
    return set(words)


def test_every_label_and_word_id_matches_exactly_the_tokens_whose_string_is_that_label(pipeline) -> None:
    """``tok.dep == DEP_DOBJ`` is ``tok.dep_ == "dobj"``, and the same for tags, lower-case words and
    entity types, alone or as a set, for every token of the invented dispatches."""
    constants = _constants()
    assert len(constants) > 50
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            for name, id_attr, string_attr, value in constants:
                words = _words(name)
                if isinstance(value, frozenset):
                    assert (getattr(tok, id_attr) in value) == (getattr(tok, string_attr) in words), (name, tok)
                else:
                    assert (getattr(tok, id_attr) == value) == (getattr(tok, string_attr) in words), (name, tok)


def test_string_ids_of_a_word_list_hold_the_ids_of_its_words_and_no_other(pipeline) -> None:
    listed = frozenset({"the", "nsubj", "said", "Velmora", "ROOT"})
    id_set = ids.string_ids(listed)
    for doc in pipeline.nlp.pipe(TEXTS):
        for tok in doc:
            assert (tok.orth in id_set) == (tok.text in listed)
            assert (tok.dep in id_set) == (tok.dep_ in listed)
