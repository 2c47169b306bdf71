"""Round 41 (spk41): a body printed by the name the text gives it, and "the paper said" after a newspaper was named.

The quote recall audit's half A showed bodies resolved to the right actor but printed by the actor table's long name
where the text (and a reader) uses a short one: a party's clipped name of two words, a state's initials ("The UK has
urged"), an agency's initials before "which said", and a party that "they" or "it" goes on with. Such a speaker is now
printed by the words the text names it with (``speakers._other_name_of``), the record's actor staying the table's.
A state's or an IGO's short name counts only when it is the speaker's whole phrase, so a body whose own name holds a
state's ("Ports UK said") is not printed as the state.

The pool showed "The paper said", "the newspaper reported", "the daily said" going to the sentence before's subject
or to no one after a newspaper had been named; such a noun is now the newspaper or magazine named last in its
sentence or the three before (``speakers._masthead_before``; ``media_nouns`` and ``masthead_words`` in
``cues.yaml``).

Invented dispatches (made-up people, parties and papers) in several agency styles.
"""

from __future__ import annotations

import pytest


def _speaker(pipeline, text: str, content_start: str) -> tuple[str | None, str | None]:
    """(printed name, actor id) of the speaker of the quote whose text starts with ``content_start``."""
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return (q.speaker.name, q.speaker.actor) if q.speaker else (None, None)
    raise AssertionError(f"no quote starting {content_start!r}")


@pytest.mark.parametrize("text, content_start, printed", [
    # BBC style: a party named in full with its initials, then by the initials alone
    ("The Velmoran Democratic Alliance (VDA) has accused the farming minister, Oskar Drenvald, of hiding the cost "
     "of the new subsidy scheme.\n\nThe VDA said the scheme would cost twice what ministers had admitted.",
     "the scheme would cost twice", "VDA"),
    # Reuters style: an agency's initials before "which said"
    ("TARVEL, March 8 (Reuters) - The Tarvel Maritime Safety Authority (TMSA) has halted inspections at the port "
     "of Kessmouth.\n\nShipowners have appealed to the TMSA, which said its inspectors would return "
     "once a new crane was installed.", "its inspectors would return", "TMSA"),
    # AP style: a state by its initials as the whole speaker phrase
    ("GENEVA (AP) \u2014 The UK on Monday called for a ceasefire in northern Velmora.\n\nThe US said it was sending an "
     "envoy to the region.", "it was sending an envoy", "US"),
])
def test_body_is_printed_by_the_name_the_text_gives_it(pipeline, text, content_start, printed):
    name, actor = _speaker(pipeline, text, content_start)
    assert name == printed
    assert actor is not None


def test_it_after_a_party_goes_by_the_party_s_short_name(pipeline):
    text = ("The Velmoran Nationalist Party (VNP) has published its plan for the northern valleys.\n\n"
            "The VNP said the plan would bring a rail link to every valley town. But it said the first trains would "
            "not run before 2032.")
    assert _speaker(pipeline, text, "the first trains would not run")[0] == "VNP"


def test_a_body_whose_name_holds_a_state_s_is_not_printed_as_that_state(pipeline):
    text = "LONDON (Reuters) - Ports UK said harbour fees would rise by a fifth next year."
    assert _speaker(pipeline, text, "harbour fees would rise")[0] != "UK"


@pytest.mark.parametrize("text, content_start, outlet", [
    # an interview with a newspaper, then "The paper said" (the sentence before's subject is the premier)
    ("In an interview with the Orvan Times, Prime Minister Tarn Oskel would not name a day for the ballot, "
     "saying it would be held \"before the harvest\".\n\nThe paper said the prime minister had also ruled out a second "
     "vote on the treaty.", "the prime minister had also ruled out", "org:orvan-times"),
    # Reuters style: the newspaper reported, union leaders made the sentence before's subject
    ("MARROWBY, March 10 (Reuters) - The Kessler Dockers Union will strike next week over pay, the Marrowby Herald "
     "reported on Tuesday.\n\nUnion leaders rejected a 3 percent offer on Monday. The newspaper said the strike "
     "could close the port for five days.", "the strike could close the port", "org:marrowby-herald"),
    # AP style: "The Post quoted ... . The paper said"
    ("HALDEN (AP) \u2014 Defence Minister Ilse Varn knew of the arms sale months before it was announced, according "
     "to the Halden Post.\n\nThe Post quoted a senior official as saying the minister had signed the papers in May. "
     "The paper said Varn had declined to comment.", "Varn had declined to comment", "org:halden-post"),
])
def test_the_paper_is_the_newspaper_named_just_before(pipeline, text, content_start, outlet):
    assert _speaker(pipeline, text, content_start)[1] == outlet


def test_the_paper_is_not_a_newspaper_named_many_sentences_up(pipeline):
    """Only the speaker's sentence and the three before are searched: an outlet named further up (and not quoted)
    may have given way to one no actor stands for."""
    text = ("KESSMOUTH, March 15 (Reuters) - Harbour Equity Partners has bought a stake in the Kessmouth Times. "
            "The sale was approved by the council. Dock workers held a rally on Tuesday. The mayor stayed away. "
            "Three bidders remain for the port. The paper said the buyers had been told to keep the dock workers.")
    assert _speaker(pipeline, text, "the buyers had been told")[1] != "org:kessmouth-times"
