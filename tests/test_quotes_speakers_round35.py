"""Round 35's blind judged speaker diff (spkjudge35, benchmarks/speaker_diff.py): the fixes it led to.

1. "it"/"they" speaking in a relative clause on a thing acted on is the subject of the verb that acted on it
   (quotes28's rule); the thing may be the object of a gerund or an infinitive with no subject of its own
   ("claimed responsibility for downing the aircraft, which it said ...", "revived a plan to extend opening
   hours, which it says ..."), or of a preposition on the verb itself ("voted against the bid, which it said
   ..."): the climb goes up to the finite verb's subject, instead of "it" falling to the last body named before.

Invented dispatches (made-up people, bodies and places) in several agency styles.
"""

from __future__ import annotations

import pytest


def _speaker_of(pipeline, text, content_start):
    """The words the quote's speaker was taken from (its mention, which the climb picks; the actor's name may be
    shorter when the actors stage names the body by its place)."""
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return text[q.speaker.span[0]:q.speaker.span[1]] if q.speaker and q.speaker.span else None
    return None


# --- 1. the doer of a gerund's or infinitive's object speaks in the relative clause on it ---------------
@pytest.mark.parametrize("text, content_start, speaker", [
    # Al Jazeera style: another body speaks in the lead; a gerund after "responsibility for"
    ("Two soldiers were killed when a transport aircraft came down, the Corvian army said on Tuesday.\n\n"
     "The Velmari Front, however, claimed responsibility for downing the aircraft, which it said crashed near "
     "the town of Oskel.", "crashed near", "Velmari Front"),
    # AFP style: an infinitive on the noun "proposal", a trade office quoted before
    ("PARIS, March 9 (AFP) - Officials at the Marevian trade office said sales fell in May.\n\n"
     "The Marevian government also on Wednesday revived a proposal to extend shop opening hours, which it says "
     "will create jobs in the retail trade.", "will create jobs", "Marevian government"),
    # TASS style: a gerund inside "called for a ban on ...", a ministry named before
    ("MOSCOW, June 2 (TASS) - The Ostrava energy ministry said output rose.\n\n"
     "The Ostrava Miners' Union has called for a ban on importing coal, which it says is undercutting local pits.",
     "is undercutting", "Ostrava Miners' Union"),
    # Kyodo style: an infinitive after "plans to", a gerund after "curbs on"
    ("TOKYO, Jan 12 (Kyodo) - The Hanzaki central bank said prices were stable.\n\n"
     "The Hanzaki trade ministry plans to lift curbs on exporting rare metals, which it says are no longer in "
     "short supply.", "are no longer", "Hanzaki trade ministry"),
])
def test_it_in_a_relative_clause_on_a_nonfinite_verbs_object(pipeline, text, content_start, speaker):
    who = _speaker_of(pipeline, text, content_start)
    assert who is not None and speaker in who


# (a preposition's object on the verb itself: the climb reaches the verb through the preposition)
@pytest.mark.parametrize("text, content_start, speaker", [
    ("The Tarvel port board said trade was slow.\n\nThe Tarvel Shipping Authority voted against the harbour bid, "
     "which it said was far too low.", "was far too low", "Tarvel Shipping Authority"),
    ("LAGOS, Oct 3 (Reuters) - The Nembe state assembly said it would meet.\n\nThe Nembe Traders' Guild argued "
     "against the fuel levy, which it said would hurt the poorest families.", "would hurt", "Nembe Traders' Guild"),
])
def test_it_in_a_relative_clause_on_a_prepositions_object(pipeline, text, content_start, speaker):
    who = _speaker_of(pipeline, text, content_start)
    assert who is not None and speaker in who
