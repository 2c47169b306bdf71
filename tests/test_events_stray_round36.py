"""Sides taken from the context that should not be there, round 36 (issue 9; evstray36).

1. A judgement of an act told before with no one named ("criticised the move", "condemned the
   decision"), where no event before names its doer, falls back on the subject of the sentence
   before (``Judgements.antecedent``). When that subject is a firm ("Norwegian ferry company X said
   it would move 900 posts to Poland"), the act is the firm's: the firm's nationality is not its state acting (round
   33's rule for sources), and no state named further back is its doer either.
2. "denied the claims" with no one named is aimed at the last speaker quoted before (told:sayer);
   a participle on the noun ("the allegations, published in a Sunday newspaper", "the accusations
   made in a radio interview") says itself where they came from: not the last speaker, and no event
   where no actor made them.

Why: in the judged pool blocks (``benchmarks/pool_events.py --block all``) the antecedent and
told:sayer rules named wrong targets more often than right ones on real news. Every dispatch below is
invented (made-up people and firms, real states), in the house styles of several agencies.
"""

from __future__ import annotations

from event_support import coded


# --- 1. the act told before is a firm's ---------------------------------------------------------------
def test_a_firms_move_judged_is_aimed_at_no_state(pipeline):
    reuters = ("SANTIAGO, March 3 (Reuters) - Chilean copper miner Andorra Minerals said on Tuesday it would "
               "close two pits and cut 1,200 jobs.\n\nUnions condemned the decision, saying the company was "
               "profitable.")
    ntb = ("OSLO (NTB) - Norwegian ferry company Fjordlinje said on Thursday it would move 900 posts to Poland."
           "\n\nSeafarers' unions condemned the decision, saying the company was profitable.")
    kyodo = ("TOKYO (Kyodo) -- Japanese carmaker Hoshida Motors said Monday it would close its plant in Ohio next "
             "spring.\n\nUnion leaders criticized the move, calling it a betrayal of workers.")
    assert not any(t == "CHL" for _, t, _ in coded(pipeline, reuters))
    assert not any(t == "NOR" for _, t, _ in coded(pipeline, ntb))
    assert not any(t == "JPN" for _, t, _ in coded(pipeline, kyodo))


def test_a_firms_move_told_by_a_nationality_group_is_aimed_at_no_state(pipeline):
    afp = ("THE HAGUE (AFP) - Dutch electronics group Velmaro announced on Monday that it would shut its "
           "plant near Eindhoven.\n\nLabour leaders denounced the move as short-sighted, AFP reported.")
    assert not any(t == "NLD" for _, t, _ in coded(pipeline, afp))


def test_a_governments_move_judged_keeps_its_state(pipeline):
    chile = ("SANTIAGO, March 3 (Reuters) - Chile's government raised fuel taxes by 10 percent on Monday."
             "\n\nUnions criticised the move, saying it would hurt drivers.")
    norway = "OSLO (AP) - Norway said on Friday it would expel two Russian diplomats.\n\nMoscow condemned the decision, a spokeswoman said."
    assert ("org:unions", "CHL", "11") in coded(pipeline, chile)
    assert ("RUS", "NOR", "11") in coded(pipeline, norway)


# --- 2. a said noun whose participle tells where it came from ----------------------------------------
def test_claims_published_or_made_elsewhere_are_not_the_last_speakers(pipeline):
    reuters = ("LONDON (Reuters) - Opposition MP Corwin Haldane said on Monday the ministry had hidden the costs "
               "of the scheme.\n\n\"They have misled parliament,\" Haldane told reporters.\n\nThe Home Office "
               "rejected the allegations, published in a Sunday newspaper.")
    bbc = ("Flood row deepens\n\nLabour MP Dara Quillon said on Tuesday that the flood defences in her "
           "constituency were years behind schedule.\n\n\"People deserve better,\" Ms Quillon said.\n\nThe "
           "Environment Agency has rejected the criticism, made in a letter to local newspapers.")
    ap = ("ACCRA, June 2 (AP) - Ghanaian opposition leader Kwesi Mensabo said the election commission had been "
          "bribed.\n\n\"The vote was stolen,\" Mensabo said at a rally.\n\nThe commission dismissed the "
          "accusations made in a radio interview last week.")
    assert not any(t == "person:corwin-haldane" for _, t, _ in coded(pipeline, reuters))
    assert not any(t == "person:dara-quillon" for _, t, _ in coded(pipeline, bbc))
    assert not any(t == "person:kwesi-mensabo" for _, t, _ in coded(pipeline, ap))


def test_bare_claims_denied_stay_the_last_speakers(pipeline):
    reuters = ("LONDON (Reuters) - Opposition MP Corwin Haldane said on Monday the ministry had hidden the costs "
               "of the scheme.\n\n\"They have misled parliament,\" Haldane told reporters.\n\nThe Home Office "
               "has denied the claims.")
    assert ("org:home-office", "person:corwin-haldane", "12") in coded(pipeline, reuters)
