"""Round 55 (evrec55): denials of a charge told before, lost for want of sides.

1. A verdict of untruth on a charge noun with no one named in it ('X said the accusations were
   "baseless"', "the claim was untrue") is the speaker's rejection (12) of whoever made the charge: the
   subject of the latest verb that makes it, a sentence or two before (judgements.yaml claim_nouns).
2. "X has claimed that Y takes bribes, which he denies": a denial whose object is a "which" inside a
   clause that a verb of saying or claiming reports is Y's rejection (12) of X (targets.yaml
   relative_denial_*).

Every dispatch is invented (made-up persons and bodies; real states)."""

from __future__ import annotations

from event_support import coded


def _pairs(events: set[tuple[str | None, str | None, str]], root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in events if r == root}


# --- a charge called untrue, its maker told before ---------------------------------------------------------
def test_a_state_calling_the_accusations_false_rejects_the_accuser(pipeline):
    events = coded(pipeline, "NAIROBI, May 6 (Reuters) - Uganda's president accused Kenya of harbouring rebels on "
                             "Tuesday. Kenya's foreign ministry said the accusations were false.")
    assert ("KEN", "UGA") in _pairs(events, "12")


def test_a_ministry_calling_the_accusations_baseless_rejects_the_accuser(pipeline):
    events = coded(pipeline, "PARIS (AFP) - Chad's government accused France of arming rebel fighters in the "
                             "north. The French foreign ministry said the accusations were \"baseless\".")
    assert ("FRA", "TCD") in _pairs(events, "12")


def test_charges_called_fabricated_reject_the_state_that_brought_them(pipeline):
    events = coded(pipeline, "BERLIN (dpa) - German prosecutors charged an Iranian man with spying on exiled "
                             "dissidents. Iran's embassy said the charges against its citizen were fabricated.")
    assert ("IRN", "DEU") in _pairs(events, "12")


def test_a_claim_called_untrue_rejects_the_one_who_accused(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - Opposition lawmaker Corwen Baddeley accused Britain's ministers of "
                             "hiding the cost of the rail project. A spokesman for Britain's transport ministry said "
                             "the claim was untrue.")
    assert any(t == "person:corwen-baddeley" and r == "12" for _, t, r in events)


def test_allegations_called_serious_reject_no_one(pipeline):
    # a verdict that does not deny the charge its truth is no rejection of its maker
    events = coded(pipeline, "NAIROBI, May 6 (Reuters) - Uganda's president accused Kenya of harbouring rebels on "
                             "Tuesday. Kenya's foreign ministry said the allegations were serious.")
    assert ("KEN", "UGA") not in _pairs(events, "12")


def test_a_charge_no_one_made_before_rejects_no_one(pipeline):
    # no verb of charging and no accusation told before: the maker is not guessed
    events = coded(pipeline, "NAIROBI, May 6 (Reuters) - Uganda's president met Kenya's president on Tuesday. Kenya's "
                             "foreign ministry later said the accusations were false.")
    assert not _pairs(events, "12")


# --- "..., which he denies" --------------------------------------------------------------------------------
def test_which_he_denies_rejects_the_one_who_claimed_it(pipeline):
    events = coded(pipeline, "SACRAMENTO (AP) - State Senator Ilse Varga said Governor Pell Dunmore has donors in "
                             "the oil industry, which he denies.")
    assert ("person:pell-dunmore", "person:ilse-varga") in _pairs(events, "12")


def test_which_she_denies_between_dashes_rejects_the_claimant(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - Labour MP Harwin Doust has claimed that Home Secretary Petra "
                             "Lansby misled parliament - which she denies - and has called for an inquiry.")
    assert ("person:petra-lansby", "person:harwin-doust") in _pairs(events, "12")


def test_a_which_of_a_thing_announced_is_no_denial(pipeline):
    events = coded(pipeline, "LONDON (Reuters) - Home Secretary Petra Lansby said the new visa rules, which she "
                             "announced in March, would cut net migration.")
    assert not _pairs(events, "12")


def test_which_he_denies_outside_a_told_claim_is_no_rejection_of_the_teller(pipeline):
    # the clause that holds the denial is not reported by a verb of saying or claiming: no teller to reject
    events = coded(pipeline, "SACRAMENTO (AP) - Governor Pell Dunmore met donors from the oil industry, which he "
                             "denies, State Senator Ilse Varga wrote.")
    assert ("person:pell-dunmore", "person:ilse-varga") not in _pairs(events, "12")


# --- a surname two people of the story share -------------------------------------------------------------
def test_a_surname_two_named_people_share_is_the_one_named_last_before_it(pipeline):
    # before, the bare surname became a third person of no office, and the minister's act was lost
    events = coded(pipeline, "LONDON (Reuters) - Marten Lansby, a retired banker, gave money to the Labour Party last "
                             "year. Home Secretary Petra Lansby, his niece, faced questions in parliament on Monday. "
                             "Lansby criticised Labour MP Harwin Doust over his remarks on migrants.")
    assert ("person:petra-lansby", "person:harwin-doust") in _pairs(events, "11")
    assert not any(s == "person:marten-lansby" for s, _, _ in events)
