"""General rules from the sixth events round (issue 9): names given with "as", a need laid on
someone, joining another's act, a court keeping someone in custody, deeds done to "each other".

Every dispatch here is invented (made-up people and quarrels between real states), so what is coded
must come from the text.
"""

from __future__ import annotations

REF = "2026-11-20"


def coded(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in pipeline.extract(text, reference_date=REF).events}


# --- names given with "as" ------------------------------------------------------------------------
def test_viewing_a_states_move_as_a_breach_criticises_that_state(pipeline):
    text = "Latvian Foreign Minister Ilze Berzina said Riga viewed Estonia's new levy as a breach of the trade pact."
    assert ("LVA", "EST", "11") in coded(pipeline, text)


def test_describing_a_state_as_a_partner_in_aggression_criticises_it(pipeline):
    text = "Finnish Defence Minister Oskari Vanhala described Sweden as \"a partner in the aggression\"."
    assert ("FIN", "SWE", "11") in coded(pipeline, text)


def test_viewing_without_a_name_given_codes_nothing(pipeline):
    text = "Latvian Foreign Minister Ilze Berzina viewed the Estonian border post on Monday."
    assert not {c for c in coded(pipeline, text) if c[2] == "11"}


# --- a need laid on someone -----------------------------------------------------------------------
def test_saying_a_state_needed_to_act_appeals_to_it(pipeline):
    text = "Norwegian Prime Minister Ola Brekke said Denmark needed to respect the fishing accord."
    assert ("NOR", "DNK", "02") in coded(pipeline, text)


def test_a_state_needing_a_thing_asks_nothing_of_anyone(pipeline):
    text = "Norwegian Prime Minister Ola Brekke said Denmark needed the fuel at home after a dry winter."
    assert not {c for c in coded(pipeline, text) if c[2] in {"02", "10"}}


# --- joining another's act ------------------------------------------------------------------------
def test_allies_joining_a_state_in_cutting_aid_cut_it_to_the_same_target(pipeline):
    text = ("Chile cut aid to Bolivia on Monday. Spain and Italy joined Chile in cutting assistance on "
            "Tuesday.")
    found = coded(pipeline, text)
    assert {("ESP", "BOL", "16"), ("ITA", "BOL", "16")} <= found


# --- a court keeping someone in custody -----------------------------------------------------------
def test_a_court_ordering_a_suspect_held_in_custody_detains_him(pipeline):
    text = ("Peru court ruling\n\nLIMA (Reuters) - Peru's Supreme Court ordered that the former minister Merin Dask be held "
            "in custody for three months.")
    assert any(s == "org:peru-supreme-court" and t == "person:merin-dask" and r == "17"
               for s, t, r in coded(pipeline, text))


# --- deeds done to each other ---------------------------------------------------------------------
def test_two_leaders_criticising_each_other_code_one_against_the_other_not_their_parties(pipeline):
    text = ("VALGA (Reuters) - Estonian opposition leader Mart Kull and Prime Minister Liis Sepp criticised "
            "each other on Monday.")
    found = coded(pipeline, text)
    assert ("person:mart-kull", "person:liis-sepp", "11") in found or \
        ("person:liis-sepp", "person:mart-kull", "11") in found
    assert not {c for c in found if c[0] and c[0].startswith("org:")}


# --- warnings told as a participle; calls for protests ---------------------------------------------
def test_a_warning_told_as_a_participle_is_a_threat_to_the_one_warned(pipeline):
    text = ("Border talks\n\n\"Raids on our posts will not go unanswered,\" Latvian Defence Minister Ilze "
            "Berzina told reporters, warning Russia against further incursions.")
    assert ("LVA", "RUS", "13") in coded(pipeline, text)


def test_calling_for_protests_in_a_state_is_a_demonstration_against_it(pipeline):
    text = ("Fuel tax\n\nNAIROBI (AP) - Kenyan opposition leader Joseph Odera called for nationwide protests "
            "in Kenya against a new fuel tax.")
    found = coded(pipeline, text)
    assert any(r == "14" for _s, _t, r in found)
    assert not {c for c in found if c[2] == "10"}


# --- a bracketed name; a name that says the thing does harm ----------------------------------------
def test_a_bracketed_name_after_the_one_fired_is_the_target(pipeline):
    text = ("Tallinn\n\nTALLINN (AP) - Estonian Prime Minister Liis Sepp spoke on Monday. Protests have grown "
            "since Sepp fired the defence minister [Ivo Tamm] after a rift.")
    assert any(t is not None and t.endswith("ivo-tamm") and r == "17" for _s, t, r in coded(pipeline, text))


def test_naming_a_move_as_a_measure_undermining_talks_criticises_its_owner(pipeline):
    text = "Latvian Foreign Minister Ilze Berzina said Riga regards Estonia's move as \"another measure undermining\" the talks."
    assert ("LVA", "EST", "11") in coded(pipeline, text)


# --- an accusation joined to a reported clause is the reporter's ------------------------------------
def test_an_accusation_joined_to_a_reported_clause_is_the_reporters(pipeline):
    text = ("Border\n\nRIGA (Reuters) - Latvia's army said the raiders belonged to a smuggling ring and accused "
            "Russia of giving them shelter.")
    found = coded(pipeline, text)
    assert ("LVA", "RUS", "11") in found
    assert not {c for c in found if c[0] and c[0].startswith("org:") and c[2] == "11"}
