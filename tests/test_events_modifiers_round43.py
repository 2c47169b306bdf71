"""Round 43 (evmodtgt43, issue 9): a state named inside a modifier of the thing acted on is not the one acted
on. A hyphened prefix says whom the thing is against or for ("the anti-Kenyan riots", "pro-Ugandan groups"), a
hyphened participle after the name says who stands behind the thing or where it came from ("Russian-backed
militias", "a Syrian-born engineer"; arguments.yaml relation_prefixes, patron_participles;
Context.names_by_relation); "despite objections from X" names an obstacle, not a target (concessive_preps);
and "the West Bank" is a place, not the West as a bloc (actors: a bloc's name that opens a longer place name).
A side that leads, runs or sponsors a measure keeps it ("the French-led operation", "a US-sponsored draft
resolution"). Every dispatch is invented (made-up people and places, real states)."""

from __future__ import annotations

from event_support import REF, coded


def _targets(events: set[tuple[str | None, str | None, str]]) -> set[str | None]:
    return {t for _, t, _ in events}


# --- a prefix of whom the thing is against or for ---------------------------------------------------------
def test_condemning_anti_kenyan_riots_is_not_aimed_at_kenya(pipeline):
    events = coded(pipeline, "Uganda on Tuesday condemned the anti-Kenyan riots in the border town of Tarvel, "
                             "the foreign ministry in Kampala said.")
    assert "KEN" not in _targets(events)


def test_an_appeal_to_end_anti_french_violence_is_not_aimed_at_france(pipeline):
    events = coded(pipeline, "ABIDJAN (Reuters) - Ivorian Prime Minister Oskar Drenvald appealed on Sunday for an "
                             "end to the anti-French violence in the port district.")
    assert "FRA" not in _targets(events)


def test_support_for_anti_baghdad_guerrillas_is_not_support_for_iraq(pipeline):
    events = coded(pipeline, "Tehran has supported anti-Baghdad guerrillas in the Velmoran hills for years, "
                             "officials in Ankara said.")
    assert not any(t == "IRQ" and r == "05" for _, t, r in events)


def test_hostages_held_by_pro_iranian_groups_are_not_held_by_iran(pipeline):
    events = coded(pipeline, "BEIRUT - Two engineers held by pro-Iranian groups in Lebanon were freed on Monday, "
                             "a security source said.")
    assert not any(s == "IRN" for s, _, _ in events)


# --- a participle of who stands behind it -----------------------------------------------------------------
def test_shelling_russian_backed_militias_is_not_shelling_russia(pipeline):
    events = coded(pipeline, "TBILISI (AFP) - Georgian troops shelled Russian-backed militias near the village of "
                             "Oskel on Monday, the defence ministry said.")
    assert "RUS" not in _targets(events)


def test_deporting_a_syrian_born_engineer_is_not_aimed_at_syria(pipeline):
    events = coded(pipeline, "OTTAWA (CP) - Canada protested on Friday the deportation of a Syrian-born engineer, "
                             "Marek Ollenshaw, by the United States.")
    assert "SYR" not in _targets(events)


def test_an_appeal_against_opposition_from_two_states_is_aimed_at_neither(pipeline):
    events = coded(pipeline, "LONDON - Foreign Secretary Oskar Drenvald has defended plans to end the arms embargo "
                             "on Velmora, despite opposition from Japan and Australia.")
    assert not {"JPN", "AUS"} & _targets(events)


# --- must still hold --------------------------------------------------------------------------------------
def test_a_coalition_a_state_leads_is_still_that_state(pipeline):
    events = coded(pipeline, "TEHRAN (Reuters) - Iran on Tuesday criticised the US-led coalition for the air strikes "
                             "near the Velmoran border.")
    assert any(s == "IRN" and t == "USA" and r == "11" for s, t, r in events)


def test_a_resolution_a_state_sponsors_is_still_that_states_proposal(pipeline):
    events = coded(pipeline, "KHARTOUM - Sudan on Wednesday rejected a US-sponsored draft resolution on the Tarvel "
                             "region, saying it lacked balance.")
    assert any(s == "SDN" and t == "USA" and r == "12" for s, t, r in events)


def test_a_states_own_failure_criticised_is_still_aimed_at_it(pipeline):
    events = coded(pipeline, "NAIROBI - Kenya on Monday criticised Uganda's failure to stop the cattle raids along "
                             "the Tarvel border.")
    assert any(s == "KEN" and t == "UGA" and r == "11" for s, t, r in events)


def test_a_plain_state_object_is_still_the_target(pipeline):
    events = coded(pipeline, "Kenya urged Uganda on Monday to reopen the Malaba border post, the foreign ministry "
                             "said.")
    assert any(s == "KEN" and t == "UGA" for s, t, _ in events)


# --- a place whose name opens with a bloc's ---------------------------------------------------------------
def test_the_west_bank_is_a_place_not_the_west(pipeline):
    record = pipeline.extract("RAMALLAH (AP) - Jordanian Foreign Minister Oskar Drenvald visited the West Bank on "
                              "Tuesday to meet local officials.", reference_date=REF)
    assert not any(a.id == "org:the-west" for a in record.actors)
    assert not any(e.target == "org:the-west" for e in record.events)


def test_the_west_midlands_is_a_place_not_the_west(pipeline):
    record = pipeline.extract("Police in the West Midlands arrested two men after the march, the Home Office said.",
                              reference_date=REF)
    assert not any(a.id == "org:the-west" for a in record.actors)


def test_the_west_accused_with_a_bare_weekday_is_still_the_bloc(pipeline):
    record = pipeline.extract("MOSCOW (Reuters) - Russia accused the West Tuesday of meddling in the Velmoran "
                              "election.", reference_date=REF)
    assert any(e.source == "RUS" and e.target == "org:the-west" for e in record.events)
