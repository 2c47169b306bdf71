"""Round 44 (spk44): a document whose own words name the body that issued it by a body noun ("a government statement
said", "a finance ministry statement said", "a company statement said") speaks for that body, the story's state for a
state's executive; a definite title naming a portfolio ("the foreign minister", "the prime minister") is not a
person the text named with another office.

Invented dispatches and names."""

from __future__ import annotations

from functools import partial

from quote_support import quote_of, speaker_text

HEADLINE = "Talks stall over border crossing\n\n"
_quote = partial(quote_of, headline=HEADLINE, reference_date="2029-06-02")
_name = partial(speaker_text, headline=HEADLINE, reference_date="2029-06-02")


def speaker_actor(pipeline, body: str, words: str) -> str | None:
    speaker = _quote(pipeline, body, words).speaker
    return speaker.actor if speaker else None


def test_a_government_statement_speaks_for_the_storys_one_state(pipeline):
    body = ("ANKARA, June 2 (Reuters) - Turkey will close its busiest border crossing for ten days from Monday, a "
            "government statement said on Tuesday.\n")
    assert speaker_actor(pipeline, body, "busiest border crossing") == "TUR"


def test_a_government_statement_keeps_its_own_words_as_its_printed_name(pipeline):
    body = ("ANKARA, June 2 (Reuters) - Turkey will close its busiest border crossing for ten days from Monday, a "
            "government statement said on Tuesday.\n")
    assert "government" in _name(pipeline, body, "busiest border crossing")


def test_a_finance_ministry_statement_opening_a_sentence_speaks_for_the_state(pipeline):
    body = ("LUSAKA, June 3 (AFP) - Zambia raised pump prices by 20 percent on Wednesday. A finance ministry statement "
            "said the rise was needed to keep fuel imports flowing.\n")
    assert speaker_actor(pipeline, body, "keep fuel imports flowing") == "ZMB"


def test_a_presidency_statement_speaks_for_the_state_named_before(pipeline):
    body = ("CAIRO, June 7 (Xinhua) -- Egyptian President Abdel Drenvar met the visiting premier on Saturday. A "
            "presidency statement said the two leaders discussed a gas supply deal.\n")
    assert speaker_actor(pipeline, body, "gas supply deal") == "EGY"


def test_a_government_statement_in_a_story_of_two_states_stays_unresolved(pipeline):
    body = ("CARACAS, June 4 (Reuters) - Venezuela and Colombia traded accusations on Monday. A government statement "
            "said troops had crossed the border.\n")
    assert speaker_actor(pipeline, body, "troops had crossed") is None


def test_a_military_communique_speaks_for_the_military_named_before(pipeline):
    body = ("KHARTOUM, June 9 (Al Jazeera) - Sudan's military said on Monday that it had retaken the town of Orvesh. A "
            "military communique said dozens of fighters had been killed.\n")
    first = speaker_actor(pipeline, body, "retaken the town")
    assert first is not None and speaker_actor(pipeline, body, "dozens of fighters") == first


def test_a_company_statement_speaks_for_the_company_named_before(pipeline):
    body = ("LONDON, June 10 (Reuters) - Tarsk Mining reported a first-half loss on Tuesday. A company statement said "
            "the smelters would run at half capacity.\n")
    assert speaker_actor(pipeline, body, "half capacity") == "org:tarsk-mining"


def test_the_foreign_minister_is_not_the_health_minister_named_first(pipeline):
    body = ("ACCRA, June 4 (Kyodo) - Health Minister Amos Kiptarevu said the clinics would reopen. Velmora's foreign "
            "minister, Ilse Varga, arrived in Accra on Wednesday. The foreign minister said the two countries would "
            "sign a pact.\n")
    assert speaker_actor(pipeline, body, "sign a pact") == "person:ilse-varga"


def test_the_defence_minister_is_not_the_finance_minister_quoted_before(pipeline):
    body = ("LIMA, Peru (AP) — Finance Minister Oskar Velandro said the deficit would fall. The defence minister said "
            "the army would receive 300 new trucks.\n")
    assert speaker_actor(pipeline, body, "300 new trucks") != "person:oskar-velandro"


def test_the_prime_minister_is_not_the_home_secretary_quoted_before(pipeline):
    body = ("Home Secretary Oskar Drenvald unveiled a policing plan on Monday. Mr Drenvald said he wanted more officers "
            "on the beat. The prime minister said the plan would cut crime.\n")
    assert speaker_actor(pipeline, body, "cut crime") != "person:oskar-drenvald"


def test_the_foreign_secretary_is_not_the_chancellor_quoted_before(pipeline):
    body = ("Chancellor Oskar Halvorsen said taxes would not rise. Mr Halvorsen spoke in Leeds. The foreign secretary "
            "said Velmora would stay in the pact.\n")
    assert speaker_actor(pipeline, body, "stay in the pact") != "person:oskar-halvorsen"


def test_the_interior_minister_is_still_the_interior_minister_named_first(pipeline):
    body = ("SANTIAGO, June 11 (AFP) - Interior Minister Ilse Ravenko said the curfew would be extended. Foreign "
            "Minister Tomas Brenik flew to Buenos Aires. The interior minister said troops would guard the mines.\n")
    assert speaker_actor(pipeline, body, "guard the mines") == "person:ilse-ravenko"


def test_a_bare_minister_still_goes_on_with_the_minister_quoted(pipeline):
    body = ("KYIV, June 5 (Reuters) - Defence Minister Oskar Drenvald toured a Velmoran shipyard on Monday. The minister "
            "said the frigates would be ready by winter.\n")
    assert speaker_actor(pipeline, body, "ready by winter") == "person:oskar-drenvald"
