"""Events, round 57 (evmiss57): the body a speaker known by name only speaks for.

A quotation's speaker whom the actors stage knows by name only, with no office, state or sector ("Ines Dorrow
of Transparency International"), was no side at all (Context.political), so the judgements and appeals of a
rights group's or a watchdog's spokespeople died for want of a source, though the same phrase as a verb's
subject already coded the body. The speaker's phrase now gives its one organisation. Invented dispatches;
the persons and the firm are invented ("Wanjiru Odembe", "Hartwell Motors")."""

from __future__ import annotations

from wirecoder.sources import Document


def events(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    """Printed events as (source, target, root)."""
    return {(e.source, e.target, e.root)
            for e in pipeline.extract(Document(text=text, source="invented"), reference_date="2028-08-01").events}


def test_a_rights_researcher_quoted_after_the_quote_speaks_for_the_group_reuters_style(pipeline):
    found = events(pipeline, "\"The Kenyan government's crackdown on the press is reckless,\" said Wanjiru Odembe "
                             "of Human Rights Watch on Tuesday.")
    assert ("org:human-rights-watch", "KEN", "11") in found, found


def test_a_campaigner_of_a_rights_group_reported_speech_ap_style(pipeline):
    found = events(pipeline, "MANAGUA, Nicaragua (AP) - Marta Quillon of Amnesty International said on Wednesday "
                             "that the Nicaraguan government's new media law was hypocritical.")
    assert ("org:amnesty-international", "NIC", "11") in found, found


def test_a_watchdog_director_told_reporters_afp_style(pipeline):
    found = events(pipeline, "BRATISLAVA, Aug 3 (AFP) - \"The Slovak government's budget figures are misleading,\" "
                             "Ines Dorrow of Transparency International told reporters on Thursday.")
    assert ("org:transparency-international", "SVK", "11") in found, found


def test_a_firm_s_manager_judging_tariffs_is_no_side(pipeline):
    """A firm is no party to political events: its person named with it stays no side."""
    found = events(pipeline, "Tom Brisket of Hartwell Motors said the new British tariffs on steel were reckless "
                             "and would cost jobs in the Midlands.")
    assert not any(root == "11" for _, _, root in found), found


def test_a_think_tank_fellow_never_speaks_for_a_bloc(pipeline):
    """Only an organisation is the body a speaker speaks for, never a state or a bloc read from a name
    (the actors stage reads this forum as the Nordic Council)."""
    found = events(pipeline, "\"This is a dangerous escalation by Moscow,\" said Pavla Hrdinova of the Nordic "
                             "Council Policy Forum, a think tank.")
    assert not any(root == "11" for _, _, root in found), found
