"""Event precision, round 37 (issue 9): a reported or promised asking still to come read as the appeal
or demand made. A seventh block of the unannotated pool (benchmarks/pool_events.py --block 7) was judged
before any rule; over blocks 1-7 every printed "said he will ask X to ...", "would urge X to ...",
"would press X over ..." event was wrong (a plan, GUIDE.md: plans that are not promises are not coded).
The verbs of asking that name an occasion (modality.yaml occasion_directives) code nothing in the
future or under a promise; "will insist on" / "will demand" state the demand itself and stay.

Every sentence here is invented (made-up people, real states), so what is coded must come from the text.
Each false-event test has a twin that keeps the real event.
"""

from __future__ import annotations

from event_support import coded


def _roots_between(found, source: str, target: str | None) -> set[str]:
    return {r for s, t, r in found if s == source and t == target}


# --- a future asking is a plan, not the appeal made (modality.yaml occasion_directives) ----------------
def test_said_he_will_ask_a_state_is_no_appeal_yet(pipeline):
    found = coded(pipeline, "SANTIAGO, June 2 (Reuters) - Chilean Foreign Minister Tomas Urzanda said on Monday "
                            "he will ask Peru to reopen the Tacna border crossing when he visits Lima next week.")
    assert "02" not in _roots_between(found, "CHL", "PER")


def test_government_said_it_would_urge_a_body_is_no_appeal_yet(pipeline):
    found = coded(pipeline, "BUDAPEST, Hungary (AP) — Hungary's government said Tuesday it would urge the "
                            "European Commission to open an inquiry into Slovakia's new language law.")
    assert not any(s == "HUN" and r == "02" for s, _, r in found)


def test_party_said_it_would_press_a_ministry_is_no_demand_yet(pipeline):
    found = coded(pipeline, "The Varnish Party said it would press the Polish government over the delayed "
                            "farm payments when parliament returns next week.")
    assert not any(r == "10" for _, _, r in found)


def test_quoted_we_will_ask_is_no_appeal_yet(pipeline):
    found = coded(pipeline, "\"We will ask the OSCE to send observers to Narva,\" Russian Foreign Ministry "
                            "spokeswoman Irina Volskaya told reporters in Moscow.")
    assert not any(s == "RUS" and r == "02" for s, _, r in found)


def test_said_it_would_appeal_to_a_state_is_no_appeal_yet(pipeline):
    found = coded(pipeline, "WARSAW, May 12 (PAP) - Poland said on Friday it would appeal to Germany for "
                            "more border patrols on the Oder.")
    assert "02" not in _roots_between(found, "POL", "DEU")


def test_will_request_talks_is_no_request_yet(pipeline):
    found = coded(pipeline, "BEIJING, June 6 (Xinhua) -- China will request talks with the Philippines on the "
                            "fishing row, Chinese Foreign Ministry spokesperson Lu Mingfei said Friday.")
    assert "02" not in _roots_between(found, "CHN", "PHL")


# --- twins: the asking made, and a stated demand, stay ------------------------------------------------
def test_asked_a_state_is_still_an_appeal(pipeline):
    found = coded(pipeline, "BERLIN, June 11 (dpa) - Germany asked Poland on Thursday to reopen the Gubin "
                            "rail link, government spokesman Jens Achterhold said.")
    assert ("DEU", "POL", "02") in found


def test_urged_a_state_is_still_an_appeal(pipeline):
    found = coded(pipeline, "The Latvian foreign minister, Ilze Varkane, urged Russia to withdraw its troops "
                            "from the border.")
    assert ("LVA", "RUS", "02") in found


def test_would_insist_on_a_price_is_still_a_demand(pipeline):
    found = coded(pipeline, "Chile said it would insist on compensation from Argentina for the sunken trawler.")
    assert ("CHL", "ARG", "10") in found


def test_will_demand_compensation_is_still_a_demand(pipeline):
    found = coded(pipeline, "LIMA, Peru (AP) — Peru will demand compensation from Bolivia for the damage to "
                            "the Desaguadero customs post, Foreign Minister Carla Mendivil said Sunday.")
    assert ("PER", "BOL", "10") in found


def test_past_urged_joined_to_a_future_verb_is_still_an_appeal(pipeline):
    found = coded(pipeline, "WARSAW (AP) — Poland said Friday it would reinforce its eastern frontier and urged "
                            "Belarus to halt the migrant flights.")
    assert ("POL", "BLR", "02") in found


def test_past_called_on_joined_to_a_future_verb_is_still_an_appeal(pipeline):
    found = coded(pipeline, "Lithuania's government said it would close two more checkpoints and called on Minsk "
                            "to stop the balloon incursions.")
    assert ("LTU", "BLR", "02") in found


def test_headline_calls_for_before_a_future_verb_is_still_a_demand(pipeline):
    found = coded(pipeline, "ROMANIAN MINISTER CALLS FOR NEW MOLDOVA TALKS WITH RUSSIA\n\nBUCHAREST, April 3 - "
                            "Foreign Minister Dan Ilescu said he will advise Moldova to take up talks with Russia "
                            "when he is in Vienna next week.")
    assert any(t == "MDA" and r == "10" for _, t, r in found)
