"""Actors, round thirteen: what the actor audit's round-3 articles (benchmarks/actor_audit.py, half A)
found missing or wrong: another party whose name ends in a known party's ("... Democratic Party"), an
organisation's name broken over two lines of wire copy, a region's office and a region's story, a
devolved government, a nation listed among states, and "the government" of an undated story set by
its parties. Invented dispatches, invented names."""

from __future__ import annotations

from datetime import date

from actor_support import actor, find

from wirecoder.sources import Document


def test_a_party_whose_name_ends_in_democratic_party_is_not_the_american_one(pipeline):
    table = find(pipeline, "In Kenya, the Orange Democratic Party said it would boycott the vote.")
    party = actor(table, "org:orange-democratic-party")
    assert party.country != "USA"
    assert table.get("org:democratic-party") is None


def test_a_state_before_the_known_party_name_keeps_it_that_state_s(pipeline):
    table = find(pipeline, "Senators of the US Democratic Party met the governor on Tuesday.")
    assert actor(table, "org:democratic-party").country == "USA"


def test_a_party_name_broken_over_two_lines_is_one_party_with_its_acronym(pipeline):
    text = ("OSAKA, May 4 - Premier Kenta Morioka faces a revolt in his ruling Reform\n"
            "Democratic Party (RDP), analysts said.\n    The party will meet on Friday, they said.")
    table = find(pipeline, text, date(1987, 5, 4))
    party = actor(table, "org:reform-democratic-party")
    assert (party.name, party.country != "USA") == ("Reform Democratic Party", True)
    assert table.get("org:democratic-party") is None and table.get("org:reform") is None
    assert table.get("org:rdp") is None


def test_a_region_s_minister_is_of_the_region_s_state(pipeline):
    table = find(pipeline, "Scotland's education minister Morna Tallis said the schools would reopen.")
    assert actor(table, "person:morna-tallis").country == "GBR"
    table = find(pipeline, "Welsh health minister Morna Tallis said the clinics would stay open.")
    assert actor(table, "person:morna-tallis").country == "GBR"


def test_a_story_set_in_a_region_only_is_its_state_s(pipeline):
    table = find(pipeline, "Tenants in Scotland face higher rents from April. Morna Tallis said on Monday "
                           "that caps were coming. First Minister Dorran Keill met tenants' groups in Scotland.")
    assert actor(table, "person:morna-tallis").country == "GBR"
    assert actor(table, "person:dorran-keill").country == "GBR"


def test_a_devolved_executive_is_a_body_of_its_state(pipeline):
    table = find(pipeline, "Morna Tallis said the Scottish Executive would act against rogue landlords.")
    assert actor(table, "org:scottish-executive").country == "GBR"
    table = find(pipeline, "The Northern Ireland Executive met on Monday to discuss the budget.")
    assert actor(table, "org:northern-ireland-executive").country == "GBR"


def test_a_nation_listed_among_states_is_its_state(pipeline):
    table = find(pipeline, "Fishing envoys of Norway, Wales and Canada signed the quota accord.")
    assert actor(table, "GBR").kind == "state"
    table = find(pipeline, "Riot police in Wales arrested two men on Sunday.")
    assert table.get("GBR") is None


def test_the_government_of_an_undated_story_is_the_state_its_parties_set_it_in(pipeline):
    table = find(pipeline, "Labour MPs and Tory leaders clashed in the Commons over the levy. Critics "
                           "said the government had ignored small farmers.")
    assert actor(table, "GBR").kind == "state"


def test_a_participle_opening_the_sentence_is_no_word_of_an_organisation_s_name(pipeline):
    from spacy.tokens import Span

    from wirecoder.article import Article

    text = "Welcoming Norvik Athletic to the league, she said the club had earned its place."
    doc = pipeline.nlp(text)
    doc.ents = [Span(doc, 0, 3, label="ORG")]  # as spaCy reads such a sentence at times
    table = pipeline.find_actors(doc, Article(text=text, body_span=(0, len(text))))
    assert actor(table, "org:norvik-athletic").name == "Norvik Athletic"
    assert table.get("org:welcoming-norvik-athletic") is None


def test_organised_fans_are_a_group(pipeline):
    table = find(pipeline, "Fan groups of the two clubs said they would help the police keep hooligans out.")
    assert actor(table, "org:fan-groups").kind == "group"
    assert actor(table, "org:hooligans").kind == "group"
    table = find(pipeline, "Fans of the show voted for the singer.")
    assert table.get("org:fans") is None


def test_a_speaker_s_name_read_as_a_title_before_an_office_is_a_person(pipeline):
    text = ('"The pact has not worked well," Tomo Haradake, director of the Centre for Asian Studies, said.\n'
            '    This is making voters doubt the cabinet, Haradake told Reuters.')
    table = find(pipeline, text, date(1987, 4, 2))
    assert actor(table, "person:tomo-haradake").role == "Director"


# ------------------------------------------------------------------------------------------------
# Task actors13 (round 30): organisations and persons' countries on unseen news. Invented dispatches,
# invented names; each rule with a negative twin of the same shape.

def test_a_name_after_cllr_or_engr_is_a_person(pipeline):
    table = find(pipeline, "Cllr Brannagh Doyle-Fenwick said the council would appeal the ruling.")
    assert table.get("person:brannagh-doyle-fenwick") is not None
    table = find(pipeline, "KANO - The firm's managing director, Engr. Obiajulu Nwachinemere-Uko, said the plant "
                           "would reopen. Engr Tamuno Briggs-Ikiriko of the regulator disagreed.")
    assert table.get("person:obiajulu-nwachinemere-uko") is not None
    assert table.get("person:tamuno-briggs-ikiriko") is not None


def test_a_title_word_that_is_no_honorific_is_not_read_as_one(pipeline):
    # twin: "Engineering" opens a company's name, not a person's
    table = find(pipeline, "Engineering Solutions Ltd said it would bid for the bridge contract.")
    assert not any(a.kind == "person" for a in table.actors)


def test_letters_after_a_name_are_not_its_surname(pipeline):
    table = find(pipeline, "The party's housing spokesperson, Eilidh Corsewall MSP, said tenants had waited "
                           "too long. The motion was backed by Torquil Ardmenish MP.")
    assert actor(table, "person:eilidh-corsewall").name == "Eilidh Corsewall"
    assert table.get("person:torquil-ardmenish") is not None
    assert not any(a.name.endswith(("MSP", " MP")) for a in table.actors)


def test_letters_that_open_a_title_before_a_name_leave_the_name_to_the_title(pipeline):
    # twin: "Kentish Weald MP Jory Pascoe": the MP is Jory Pascoe, no person "Kentish Weald"
    table = find(pipeline, "Kentish Weald MP Jory Pascoe said the bypass would be built.")
    assert table.get("person:jory-pascoe") is not None
    assert table.get("person:kentish-weald") is None
    table = find(pipeline, '"I felt nothing but guilt," said the Kentish Weald MP.')
    assert table.get("person:kentish-weald") is None


def test_a_scottish_or_welsh_branch_of_a_british_party_is_one_party(pipeline):
    table = find(pipeline, "Scottish Labour said the budget was a betrayal. The Welsh Conservatives backed it.")
    assert actor(table, "org:scottish-labour").country == "GBR"
    assert actor(table, "org:welsh-conservatives").country == "GBR"
    assert table.get("org:labour-party") is None and table.get("place:scotland") is None


def test_a_nation_s_adjective_before_labour_in_lower_case_is_no_party(pipeline):
    # twin: "Scottish labour markets": the place's adjective and a common noun, no party
    table = find(pipeline, "Scottish labour markets tightened again in the spring, the survey found.")
    assert table.get("org:scottish-labour") is None


def test_a_body_named_after_a_nation_of_britain_is_an_organisation_not_the_state(pipeline):
    table = find(pipeline, "NHS Wales said waiting lists had grown. Police Scotland said two men were arrested.")
    assert actor(table, "org:nhs-wales").country == "GBR"
    assert actor(table, "org:police-scotland").country == "GBR"
    assert table.get("GBR") is None


def test_a_region_named_after_another_word_is_no_body(pipeline):
    # twin: "New England" and "rural Wales": a region and a place, no organisation
    table = find(pipeline, "Farmers in rural Wales and in New England protested on Monday.")
    assert table.get("org:new-england") is None and table.get("org:rural-wales") is None


def test_a_minister_of_state_for_a_portfolio_keeps_the_name_after_it(pipeline):
    table = find(pipeline, "Minister of State for Foreign Affairs Saqr Bin Haddar-Rumaithi said the aid would be "
                           "delivered through the World Food Programme.")
    person = actor(table, "person:saqr-bin-haddar-rumaithi") if table.get("person:saqr-bin-haddar-rumaithi") \
        else next(a for a in table.actors if a.kind == "person" and a.name.endswith("Haddar-Rumaithi"))
    assert person.role.startswith("Minister of State for Foreign Affairs")
    table = find(pipeline, "Oman's Minister for Trade and Industry Nasra Al-Hinawi-Saadi met the delegation.")
    person = next(a for a in table.actors if a.kind == "person")
    assert person.name.endswith("Al-Hinawi-Saadi") and person.country == "OMN"
    assert person.role == "Minister for Trade and Industry"


def test_a_minister_of_a_portfolio_alone_makes_no_person_of_the_portfolio(pipeline):
    # twin: "the Minister of State for Housing said": no name after the portfolio, no person
    table = find(pipeline, "The Minister of State for Housing and Planning said the target would be met.")
    assert not any(a.kind == "person" for a in table.actors)


def test_labour_as_a_portfolio_is_no_british_party(pipeline):
    text = ("PARIS, Jan 22 (AFP) - French unions called a strike for February. Labour Minister Odile "
            "Varenne-Chaptal said the reform was needed. The Minister of Labour of Benin, who was visiting, agreed.")
    record = pipeline.extract(Document(text=text, source="x"), reference_date="2026-01-22")
    assert not any(a.id == "org:labour-party" for a in record.actors)
    assert next(a for a in record.actors if a.id == "person:odile-varenne-chaptal").country == "FRA"


def test_labour_as_a_party_before_its_people_stays_the_party(pipeline):
    # twin: "Labour MP", "a former Labour minister": the party's people, of Britain
    table = find(pipeline, "Labour MP Ciaran Tolputt said the vote was lost. A former Labour minister, Edwina "
                           "Strakewell, agreed.")
    assert actor(table, "org:labour-party").country == "GBR"
    assert actor(table, "person:ciaran-tolputt").country == "GBR"


def test_a_party_name_several_states_share_is_the_dateline_state_s(pipeline):
    text = ("OTTAWA, Nov 18 (CP) - The Conservatives forced a vote on the carbon levy on Wednesday. "
            "Conservative Leader Hollis Brackwater-Ng said families could not pay.")
    record = pipeline.extract(Document(text=text, source="x"), reference_date="2026-11-18")
    party = next(a for a in record.actors if a.kind == "organization" and a.name == "Conservatives")
    assert party.country == "CAN"
    assert next(a for a in record.actors if a.id == "person:hollis-brackwater-ng").country == "CAN"
    text = "SEOUL, April 7 (Yonhap) -- The main opposition Democratic Party urged the president to meet the doctors."
    record = pipeline.extract(Document(text=text, source="x"), reference_date="2026-04-07")
    assert next(a for a in record.actors if a.name == "Democratic Party").country == "KOR"


def test_a_shared_party_name_in_a_story_naming_its_own_state_stays_that_state_s(pipeline):
    # twin: datelined in Washington, but the text names Britain: Britain's Labour
    text = ("WASHINGTON, May 2 (Reuters) - Labour leader Keir Pennock met the president during his visit from "
            "Britain. The Conservatives said the visit was a stunt.")
    record = pipeline.extract(Document(text=text, source="x"), reference_date="2026-05-02")
    assert next(a for a in record.actors if a.id == "org:labour-party").country == "GBR"
    assert next(a for a in record.actors if a.id == "org:conservative-party").country == "GBR"


def test_its_inside_a_sentence_points_to_that_sentence_s_subject_not_an_earlier_state(pipeline):
    table = find(pipeline, "Hezbollah said the decision served Israel. The Lebanese Forces party welcomed it, and "
                           "its MP Wadih Sarrouf-Kesrouani called for a timetable.")
    assert actor(table, "person:wadih-sarrouf-kesrouani").country == "LBN"


def test_its_after_a_state_named_in_the_same_sentence_is_that_state_s(pipeline):
    # twin: the sentence names the state before "its": the state's
    table = find(pipeline, "Hezbollah said the decision served Israel. Lebanon rejected the claim, and its "
                           "envoy Wadih Sarrouf-Kesrouani called for a timetable.")
    assert actor(table, "person:wadih-sarrouf-kesrouani").country == "LBN"


def test_a_state_before_an_agency_s_name_owns_that_body_and_its_officers(pipeline):
    table = find(pipeline, "Manila said the Philippine National Security Council spokesperson Ramoncito "
                           "Dimagiba-Ferrer would brief reporters.")
    assert actor(table, "person:ramoncito-dimagiba-ferrer").country == "PHL"


def test_an_agency_s_name_with_no_state_before_it_keeps_the_lexicon_s_state(pipeline):
    # twin: the bare name is the lexicon's agency, of its own state
    table = find(pipeline, "WASHINGTON - National Security Council spokesperson Ramoncito Dimagiba-Ferrer "
                           "said the talks would go on.")
    assert actor(table, "person:ramoncito-dimagiba-ferrer").country == "USA"


def test_a_parliament_named_by_its_own_name_is_a_body_of_its_state(pipeline):
    for text, oid, state in (("BERLIN (dpa) - The Bundestag will vote on the motion next week.", "org:bundestag", "DEU"),
                             ("The Knesset passed the bill by 61 votes to 50 on Monday.", "org:knesset", "ISR"),
                             ("The State Duma approved the budget in a first reading.", "org:state-duma", "RUS")):
        assert actor(find(pipeline, text), oid).country == state


def test_a_seat_of_government_still_stands_for_its_state(pipeline):
    # twin: "the Kremlin" and "the Chancellery" are seats, the state itself
    table = find(pipeline, "The Kremlin said the talks were useful. The Chancellery in Berlin declined to comment.")
    assert table.get("RUS") is not None and table.get("DEU") is not None
    assert table.get("org:kremlin") is None


def test_a_body_s_name_ending_in_of_and_a_state_is_that_state_s_body(pipeline):
    table = find(pipeline, "The Law Society of Kenya urged both sides to accept mediation. The People's Party "
                           "of Ghana said it would not take part.")
    assert actor(table, "org:law-society-of-kenya").country == "KEN"
    assert actor(table, "org:peoples-party-of-ghana").country == "GHA"
    table = find(pipeline, "The Probation Officers Federation of England and Wales said its members were exhausted.")
    assert actor(table, "org:probation-officers-federation-of-england-and-wales").country == "GBR"


def test_an_office_or_a_government_of_a_state_is_no_body_of_that_name(pipeline):
    # twin: "the President of Kenya", "the Government of Kenya": an office and the state itself
    table = find(pipeline, "The President of Kenya said the Government of Kenya would pay the arrears.")
    assert table.get("KEN") is not None
    assert not any(a.id.endswith("-of-kenya") for a in table.actors)


def test_a_body_s_name_after_an_office_s_of_is_no_person(pipeline):
    # twin of the portfolio rule: "Head of the Coastal Fraud Watch unit, NAME": the words after "of" are
    # a body's name, and no person is made of its last two words
    table = find(pipeline, "Orla Penhaligon-Rudd, Head of the Coastal Fraud Watch unit at the port, said smugglers "
                           "had bribed two inspectors.")
    assert table.get("person:fraud-watch") is None
    assert table.get("person:orla-penhaligon-rudd") is not None


def test_a_gaelic_surname_with_a_capital_inside_is_read_on_after_a_title(pipeline):
    table = find(pipeline, "Cllr Iain MacAskellan said the ferry contract was a scandal. Transport Secretary "
                           "Mairi McIlvennan-Ross said it was not.")
    assert actor(table, "person:iain-macaskellan").name == "Iain MacAskellan"
    assert table.get("org:macaskellan") is None
    assert table.get("person:mairi-mcilvennan-ross") is not None


def test_a_word_with_a_capital_inside_that_opens_with_no_surname_prefix_is_no_name(pipeline):
    # twin: "CalMac" (a company) has a capital inside but no Mac/Mc/O' opening it
    table = find(pipeline, "Transport Secretary Mairi Dunellan told CalMac the ferries were late.")
    assert actor(table, "person:mairi-dunellan").name == "Mairi Dunellan"


def test_a_body_named_after_an_office_holder_s_possessive_is_an_organisation(pipeline):
    table = find(pipeline, "LONDON - The King's Fund, a health think tank, said the savings were small.")
    assert table.get("org:kings-fund") is not None


def test_an_office_holder_s_possessive_before_a_person_s_office_is_no_body(pipeline):
    # twin: "the King's adviser X": the monarch's adviser, a person, no organisation
    table = find(pipeline, "The King's adviser Tomas Drewittson said the visit would go ahead.")
    assert table.get("person:tomas-drewittson") is not None
    assert not any(a.id.startswith("org:king") for a in table.actors)


def test_the_aged_description_of_the_person_named_last_is_a_mention_of_them(pipeline):
    text = ("LIMA - Congress appointed Leoncio Huamanchumo-Ruiz as ombudsman on Wednesday. The 54-year-old "
            "lawyer, a former adviser to the party, won 88 votes.")
    table = find(pipeline, text)
    person = actor(table, "person:leoncio-huamanchumo-ruiz")
    assert "The 54-year-old lawyer" in [text[s:e] for s, e in person.mentions]


def test_an_aged_thing_or_an_unnamed_new_person_is_no_mention_of_the_person(pipeline):
    # twins: "the 40-year-old bridge" is a thing; "a 54-year-old lawyer" is someone new
    text = ("LIMA - Congress appointed Leoncio Huamanchumo-Ruiz as ombudsman. The 40-year-old bridge collapsed "
            "in May, and a 54-year-old lawyer was hurt.")
    person = actor(find(pipeline, text), "person:leoncio-huamanchumo-ruiz")
    assert [text[s:e] for s, e in person.mentions] == ["Leoncio Huamanchumo-Ruiz"]
