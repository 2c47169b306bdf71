"""Judgements said with no pattern word, round 49 (evjudge49): a speaker calls another's act, words or
standing a noun or adjective of scorn or acclaim (judgements.yaml `scorn`, `acclaim`), or passes a verdict
on "the decision" that was done to the speaker's own side, or on a thing whose owner a relative clause
names. The speaker is the source; the one judged, or the owner of the thing judged, the target.

Every sentence here is invented (made-up people, parties and bodies; real states), with cases that must
not fire: a negated verdict, a deed done to someone else, a verdict with no owner.
"""

from __future__ import annotations

from event_support import coded
from helpers import events_with


# --- the decision done to the speaker's side (judgements.yaml deed_against_sentences_back) ---------------
def test_the_expulsion_done_to_the_speaker_is_judged_as_its_doers(pipeline):
    found = coded(pipeline, "LIMA, March 3 (Reuters) - Chile expelled two Peruvian diplomats on Monday. Peru's "
                            "foreign minister Tadeo Quispellama told reporters the expulsion was unjustified.")
    assert events_with(found, source="PER", target="CHL", root="11"), found


def test_the_move_called_a_mistake_by_the_side_it_hit(pipeline):
    found = coded(pipeline, "ACCRA (AFP) - Britain suspended budget aid to Ghana on Tuesday. Ghanaian government "
                            "spokeswoman Abena Kwarteymaa said the move was a grave mistake.")
    assert events_with(found, source="GHA", target="GBR", root="11"), found


def test_a_decision_done_to_someone_else_judges_no_one(pipeline):
    # the latest deed was done to a third state: "the decision" is not read as that deed
    found = coded(pipeline, "NAIROBI (Reuters) - Uganda closed its border with South Sudan on Monday. Kenyan "
                            "trade minister Wanjiru Olekasse said the closure was unjustified.")
    assert not events_with(found, source="KEN", target="UGA"), found


# --- a relative pronoun as the object names the thing's owner ----------------------------------------------
def test_the_quota_which_a_state_set_is_that_states(pipeline):
    found = coded(pipeline, "REYKJAVIK (Reuters) - \"The cod quota, which Norway set last month, is a farce,\" Icelandic "
                            "fisheries minister Sigrun Hallvardottir told reporters.")
    assert events_with(found, source="ISL", target="NOR", root="11"), found


# --- nouns of scorn and acclaim (judgements.yaml scorn, acclaim) -------------------------------------------
def test_a_rival_party_called_a_joke(pipeline):
    found = coded(pipeline, "LONDON (Reuters) - Tory MP Gideon Parrel quit the Liberal party last month, calling "
                            "it a joke.")
    assert events_with(found, target="org:liberal-party", root="11"), found


def test_an_inquiry_said_to_be_a_charade(pipeline):
    found = coded(pipeline, "LIMA (Reuters) - Peru's foreign minister Tadeo Quispellama said the Chilean inquiry "
                            "into the border shooting was a charade.")
    assert events_with(found, source="PER", target="CHL", root="11"), found


def test_an_offer_hailed_as_a_masterstroke_is_praise(pipeline):
    found = coded(pipeline, "HANOI (Xinhua) -- Vietnamese Deputy Foreign Minister Tran Quoc Dinh hailed the Lao "
                            "offer as a masterstroke of diplomacy.")
    assert events_with(found, source="VNM", target="LAO", root="05"), found


def test_a_negated_noun_of_scorn_judges_nothing(pipeline):
    found = coded(pipeline, "LIMA (Reuters) - Peru's foreign minister Tadeo Quispellama said the Chilean warning "
                            "was no joke.")
    assert not events_with(found, source="PER", target="CHL"), found


# --- a name that swallowed its object in the parse ---------------------------------------------------------
def test_a_stance_called_hypocrisy_is_its_owners(pipeline):
    found = coded(pipeline, "LIMA (Reuters) - Peru's foreign minister Tadeo Quispellama called Chile's stance "
                            "\"pure hypocrisy\".")
    assert events_with(found, source="PER", target="CHL", root="11"), found
