"""Actors, round 37 (actrec37): one id for a body named by its initials and by its longer name, and a
people or a faith named by its plural ("Muslims", "Kurds") as a group. Invented dispatches, invented
names (the international bodies are the dictionary's own)."""

from __future__ import annotations

from actor_support import actor, find


def _ids(table) -> set[str]:
    return {a.id for a in table.actors}


def _said(text: str, found) -> list[str]:
    return [text[s:e] for s, e in found.mentions]


# --- one id for the initials and the longer name --------------------------------------------------

def test_initials_after_a_dictionary_body_s_longer_name_are_that_body(pipeline):
    text = ("ABIDJAN, March 9 (Reuters) - The African Development Bank approved a loan to Ghana on Monday. "
            "The ADB said the first payments would be made in May.")
    table = find(pipeline, text)
    bank = actor(table, "AFDB")
    assert "ADB" in _said(text, bank) and "org:adb" not in _ids(table)


def test_a_think_tank_s_initials_after_its_name_are_one_actor(pipeline):
    text = ("The International Crisis Group warned on Tuesday that the truce was close to collapse. In a "
            "report, the ICG said both sides had rearmed.")
    table = find(pipeline, text)
    assert "ICG" in _said(text, actor(table, "org:crisis-group")) and "org:icg" not in _ids(table)


def test_a_union_of_states_named_in_full_then_by_initials(pipeline):
    text = ("MOSCOW, March 3. /TASS/. The Eurasian Economic Union will lift its duties on dairy goods in "
            "January. The EEU said inspections had found no breach of its rules.")
    table = find(pipeline, text)
    assert "EEU" in _said(text, actor(table, "EAEU")) and "org:eeu" not in _ids(table)


def test_initials_written_before_the_longer_name_join_it(pipeline):
    text = ("The VPE has rejected a takeover approach from a rival bourse. The Varnholt Power Exchange said "
            "on Tuesday that talks had ended, and the VPE said its board had been unanimous.")
    table = find(pipeline, text)
    exchange = actor(table, "org:varnholt-power-exchange")
    assert _said(text, exchange).count("VPE") == 2 and "org:vpe" not in _ids(table)


def test_a_longer_name_in_another_spelling_joins_the_initials_the_text_writes(pipeline):
    text = ("PARIS, Dec. 2 (Xinhua) -- In its outlook on Wednesday, the Organisation of Economic Cooperation "
            "and Development raised its growth forecast for Velmora. The OECD said exports had risen.")
    table = find(pipeline, text)
    assert "Organisation of Economic Cooperation and Development" in _said(text, actor(table, "OECD"))
    assert not [i for i in _ids(table) if i.startswith("org:organisation-of")]


def test_initials_that_spell_no_name_in_the_text_stay_their_own(pipeline):
    text = ("The Corvane Harbour Board raised berth fees on Friday. The KTX said the rise would hurt its "
            "members, and KTX officials asked for talks.")
    table = find(pipeline, text)
    assert {"org:corvane-harbour-board", "org:ktx"} <= _ids(table)


def test_a_longer_name_joins_only_initials_the_text_writes(pipeline):
    # The Eastern Energy Union spells "EEU", the Eurasian Economic Union's initials, but the text never
    # writes them: two bodies.
    text = ("The Eurasian Economic Union and the Eastern Energy Union signed a gas accord on Friday. The "
            "Eastern Energy Union said deliveries would begin in March.")
    table = find(pipeline, text)
    assert "EAEU" in _ids(table) and "org:eastern-energy-union" in _ids(table)


def test_a_place_s_initials_do_not_take_the_body_of_that_place(pipeline):
    # (a guard: only dictionary IGOs, organisations and groups give their id to a longer name)
    text = ("Floods swept across New South Wales on Sunday. The New South Wales government said on Monday it "
            "would pay for repairs, and the state government said NSW farms would get grants.")
    table = find(pipeline, text)
    body = actor(table, "org:new-south-wales-government")
    assert {"New South Wales government", "state government"} <= set(_said(text, body))
    assert not [a for a in table.actors if a.kind == "place" and any("government" in w for w in _said(text, a))]


# --- a people or a faith by its plural ------------------------------------------------------------

def test_a_faith_s_plural_that_acts_is_a_group(pipeline):
    table = find(pipeline, "Muslims in the town of Brindlecombe marched on Friday against plans to close its mosque.")
    muslims = actor(table, "org:muslims")
    assert (muslims.kind, muslims.sector) == ("group", "REL")


def test_a_people_acted_on_with_a_word_before_it(pipeline):
    table = find(pipeline, "ANKARA, Feb 11 (AFP) - Turkey accused Iran on Tuesday of backing dissident Kurds in attacks.")
    assert actor(table, "org:dissident-kurds").kind == "group"


def test_a_national_adjective_gives_the_community_its_state(pipeline):
    table = find(pipeline, "NEW DELHI, Dec 8 (PTI) Indian Christians staged a sit-in on Sunday to demand protection for churches.")
    christians = actor(table, "org:indian-christians")
    assert (christians.kind, christians.country) == ("group", "IND")


def test_two_communities_coordinated_are_two_groups(pipeline):
    table = find(pipeline, "KABUL, Dec 10 (Reuters) - Hindus and Sikhs in Kabul asked the government for protection "
                           "after an attack on a temple.")
    assert {"org:hindus", "org:sikhs"} <= _ids(table)


def test_a_community_that_only_says_who_people_are_is_no_group(pipeline):
    table = find(pipeline, "Most of the island's 90,000 people are Catholics, and Bishop Mateo Ruland urged calm.")
    assert "org:catholics" not in _ids(table)
    table = find(pipeline, "Christians make up about two per cent of Velmora's population, officials said.")
    assert "org:christians" not in _ids(table)


def test_a_community_inside_a_body_s_name_is_no_group(pipeline):
    table = find(pipeline, "A complaint was lodged on Monday by the Council of Elders of British Sikhs.")
    assert "org:british-sikhs" not in _ids(table) and "org:sikhs" not in _ids(table)


def test_the_singular_adjective_names_no_community(pipeline):
    table = find(pipeline, "Muslim voters in Dearholm backed the mayor on Tuesday.")
    assert "org:muslims" not in _ids(table)
