"""Round 35's blind judged speaker diff (spkjudge35, benchmarks/speaker_diff.py): the fixes it led to.

1. "it"/"they" speaking in a relative clause on a thing acted on is the subject of the verb that acted on it
   (quotes28's rule); the thing may be the object of a gerund or an infinitive with no subject of its own
   ("claimed responsibility for downing the aircraft, which it said ...", "revived a plan to extend opening
   hours, which it says ..."), or of a preposition on the verb itself ("voted against the bid, which it said
   ..."): the climb goes up to the finite verb's subject, instead of "it" falling to the last body named before.
2. An unnamed spokesperson whose own phrase names a body ("a Labour spokesperson", "A Conservative spokeswoman",
   "a Quillora spokesperson" after "Quillora Inc") speaks for that body, not for the body made the subject of the
   sentence before (often the rival party), and is not left unresolved.

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


# --- 2. a body named in the spokesperson's own phrase is the body spoken for ----------------------------------
def _actor_of(pipeline, text, content_start):
    for q in pipeline.extract(text).quotes:
        if q.text.startswith(content_start):
            return q.speaker.actor if q.speaker else None
    return None


@pytest.mark.parametrize("text, content_start, actor", [
    # BBC politics style: the rival party is the subject of the sentence before
    ("Tax row deepens\n\nThe Labour Party on Monday unveiled a plan to cut council tax for pensioners. A Conservative "
     "spokeswoman said: \"This is a gimmick that will not survive the election.\"", "This is a gimmick",
     "org:conservative-party"),
    # the party adjective after an opening phrase, the other party named first
    ("Fees plan attacked\n\nThe Conservatives promised to scrap tuition fees for nurses. Ahead of the launch, a Labour "
     "spokesperson said: \"Their sums simply do not add up.\"", "Their sums", "org:labour-party"),
    # Reuters style, a two-word party name, reported speech
    ("LONDON, April 2 (Reuters) - The Green Party said it would contest every seat in Dunmere. A Liberal Democrat "
     "spokesman said the move would split the vote.", "the move would split", "org:liberal-democrats"),
    # AP style, a company named in full in the lead and by its short name in the spokesperson's phrase
    ("SAN FRANCISCO (AP) - Regulators opened an inquiry into Quillora Inc on Tuesday over its data sales.\n\n"
     "\"We are cooperating fully with the inquiry,\" a Quillora spokesperson said in an email.", "We are cooperating",
     "org:quillora"),
])
def test_body_named_in_the_spokespersons_phrase(pipeline, text, content_start, actor):
    assert _actor_of(pipeline, text, content_start) == actor


# (a definite "the Green spokesman" after a named spokesman is that person, as before: only "a"/"an" phrases)
def test_definite_party_spokesman_stays_the_person_named_before(pipeline):
    text = ("Harbour levy under fire\n\nGreen transport spokesman Amos Trelling visited Dunmere docks on Friday. The "
            "Green spokesman warned that the levy would drive freight to rival ports. \"Nobody in this town asked for "
            "it,\" he added.")
    assert _actor_of(pipeline, text, "Nobody in this town") == "person:amos-trelling"
