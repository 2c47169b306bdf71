"""Actors, round 36 (actctx36): countries the actors stage takes from the story. A bare body word that
an international body the story named before it goes by ("the Commission" after the EU or the EC,
"the Court" after the European Court of Justice) is that body's, of no state: the state the story
names most is only one of the members it is about. Where no such body is named, a bare body keeps the
story's state. Invented dispatches; names invented."""

from __future__ import annotations

from datetime import date

from actor_support import actor, find


def test_the_commission_after_the_eu_takes_no_state_from_a_one_state_story(pipeline):
    # a BBC-style story about one member's claim, the bloc named once
    table = find(pipeline, "Greek cheesemakers won a long fight on Tuesday when the European Union agreed that "
                           "only Greece may sell brine cheese under the name of Telvosa. Greece said the ruling "
                           "protected Greek farmers, and Greek firms welcomed it. Denmark and Germany had opposed "
                           "the plan. The Commission said the decision would take effect in March.")
    assert actor(table, "org:commission").country is None
    assert actor(table, "org:greek-firms").country == "GRC"  # the story's own groups keep its state


def test_the_commission_after_the_bloc_by_its_initials(pipeline):
    # wire style, the bloc named by its initials inside another phrase
    table = find(pipeline, "Spanish fishermen blockaded the port of Corvala on Friday. Spain's government said the "
                           "EU quota rules were unfair to Spain, and Spanish unions joined the protest. Spain will "
                           "raise the matter in Brussels. The Commission declined to comment.")
    assert actor(table, "org:commission").country is None
    assert actor(table, "org:spanish-unions").country == "ESP"


def test_the_commission_in_a_1987_story_about_the_community(pipeline):
    # Reuters 1987 style: the European Community, the Commission's proposal in a subordinate clause
    table = find(pipeline, "LUXEMBOURG, June 17 - Britain and Denmark still oppose a European Community tax on fish "
                           "oils, British farm minister Aldous Penhallow told reporters. Britain wants the plan "
                           "dropped, he said, after the Commission offered to make the tax temporary.",
                 date(1987, 6, 17))
    assert actor(table, "org:commission").country is None
    assert actor(table, "person:aldous-penhallow").country == "GBR"


def test_the_court_after_the_european_court_of_justice(pipeline):
    # AFP style: the court named by its initials, then by its noun alone
    table = find(pipeline, "ATHENS (AFP) - Greece's olive growers have filed a complaint with the ECJ over a "
                           "levy on exports, the Greek farm ministry said. Greek growers say the levy "
                           "breaks Greece's accession terms, and Greek officials backed them. The Court is "
                           "expected to rule next year.")
    assert actor(table, "org:court").country is None
    assert actor(table, "org:greek-farm-ministry").country == "GRC"


def test_a_bare_commission_in_a_story_that_names_no_international_body_keeps_the_state(pipeline):
    # AP style: no bloc named, so the commission is the story's state's own
    table = find(pipeline, "NAIROBI (AP) - Kenya's Teachers Service board met on Monday, and Kenya's ministers said "
                           "Kenya would raise pay. Kenyan unions welcomed the talks. The Commission said it would "
                           "publish the new scales on Friday.")
    assert actor(table, "org:commission").country == "KEN"


def test_the_commission_as_an_object_with_no_bloc_named_keeps_the_state(pipeline):
    table = find(pipeline, "Kenya's parliament voted on Monday to raise pay for teachers, and Kenyan unions welcomed "
                           "the vote. Kenya's ministers said the Commission would publish the new scales on Friday.")
    assert actor(table, "org:commission").country == "KEN"
