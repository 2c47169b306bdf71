"""Round quotes20: pronouns after quotes that name other persons, replies, and reports that end before the
speaker's own next act.

Invented dispatches and names; tests/data/quotes_news q101-q130 hold the hand-annotated dev dispatches of the
round (other wording, other names)."""

from __future__ import annotations

from wirecoder.record import Quote

HEADLINE = "Harbour dispute goes on\n\n"


def quotes_in(pipeline, body: str, headline: str = HEADLINE) -> list[Quote]:
    record = pipeline.extract(headline + body, reference_date="2027-12-01")
    return [q for q in record.quotes if q.span[0] >= len(headline)]


def speaker_name(pipeline, body: str, words: str) -> str | None:
    quote = next(q for q in quotes_in(pipeline, body) if words in q.text)
    return quote.speaker.name if quote.speaker else None


def texts(pipeline, body: str) -> list[str]:
    return [q.text for q in quotes_in(pipeline, body)]


# -- a pronoun after a quote is not a person named inside the quote --------------------------------------------

def test_a_pronoun_after_a_quote_is_not_a_person_named_inside_it(pipeline):
    body = ("Minister Taravel Onsky criticised the harbour plan on Monday, in a speech to dockers.\n\n"
            "\"I have spoken to Halvard Brisk many times,\" he said.\n\n"
            "\"Mr Brisk told me the money was there.\"\n\n"
            "He branded the contract \"a fantasy for contractors\".\n")
    assert "Onsky" in speaker_name(pipeline, body, "a fantasy for contractors")


def test_a_person_named_outside_the_quote_still_takes_the_pronoun(pipeline):
    body = ("Minister Taravel Onsky criticised the harbour plan on Monday, in a speech to dockers.\n\n"
            "\"The money was never there,\" he said.\n\n"
            "Harbour chief Halvard Brisk disputed that account on Tuesday. He said the contract was "
            "\"fully funded\".\n")
    assert "Brisk" in speaker_name(pipeline, body, "fully funded")


# -- a reply turns from the person just quoted ----------------------------------------------------------------

REPLY = ("Transport Secretary Mirela Danvoss defended the harbour plan on Monday, saying it would pay for itself.\n\n"
         "A day earlier, dockers' leader Kasimir Tollund had threatened a strike. \"Tell Mirela Danvoss that she can "
         "find other dockers,\" Tollund said.\n\n")


def test_a_reply_after_a_quote_is_not_the_person_just_quoted(pipeline):
    body = REPLY + "Responding, she said the dockers' leader was \"playing games\". \"My door is open,\" she said.\n"
    assert "Danvoss" in speaker_name(pipeline, body, "playing games")
    assert "Danvoss" in speaker_name(pipeline, body, "My door is open")


def test_a_reply_to_someone_named_in_the_opener_stays_with_the_running_speaker(pipeline):
    body = ("Transport Secretary Mirela Danvoss defended the harbour plan on Monday.\n\n"
            "\"It will pay for itself,\" Danvoss said.\n\n"
            "Responding to a question from dockers' leader Kasimir Tollund, she said the fees would not rise.\n")
    assert "Danvoss" in speaker_name(pipeline, body, "the fees would not rise")


def test_without_a_reply_word_the_person_just_quoted_goes_on(pipeline):
    body = ("Transport Secretary Mirela Danvoss defended the harbour plan on Monday.\n\n"
            "\"The fees will rise,\" dockers' leader Kasimir Tollund said. Later, he said the strike was "
            "\"still on\".\n")
    assert "Tollund" in speaker_name(pipeline, body, "still on")


# -- "X put it to her": X is not the next "she" ---------------------------------------------------------------

def test_the_subject_whose_object_is_her_is_not_the_next_she(pipeline):
    body = REPLY + ("\"My door is open,\" Danvoss said.\n\n"
                    "The presenter, Aurel Vintry, put it to her that the cost had doubled. She said the figure was "
                    "wrong.\n")
    assert "Danvoss" in speaker_name(pipeline, body, "the figure was wrong")


def test_a_possessive_her_leaves_the_subject_as_the_next_she(pipeline):
    body = ("The harbour board's chairwoman, Ilse Varnow, met the dockers on Monday.\n\n"
            "\"We will talk again on Friday,\" dockers' leader Kasimir Tollund said.\n\n"
            "Later Varnow thanked her deputy. She said the talks had been \"useful\".\n")
    assert "Varnow" in speaker_name(pipeline, body, "useful")


# -- the report ends before the speaker's own next act ---------------------------------------------------------

def test_a_report_ends_before_an_announcement_joined_by_and(pipeline):
    found = texts(pipeline, "Harbour minister Taravel Onsky said the delay was \"unacceptable\" and announced an "
                            "inquiry into the contract.\n")
    assert any(t.strip(" .\"") == "the delay was \"unacceptable" for t in found)


def test_a_naming_verb_after_a_report_is_the_outer_speakers(pipeline):
    body = ("The dockers' lawyer, Ansgar Pellow, said his client \"never said any such thing\" and called the "
            "testimony \"a work of fiction\".\n")
    found = texts(pipeline, body)
    assert any(t.strip(" .\"") == "his client \"never said any such thing" for t in found)
    assert "Pellow" in speaker_name(pipeline, body, "a work of fiction")


def test_a_second_verb_of_the_reported_clause_stays_in_the_report(pipeline):
    found = texts(pipeline, "Harbour minister Taravel Onsky said the new crane was late and cost twice the budget.\n")
    assert any("cost twice the budget" in t for t in found)


def test_a_perfect_the_second_verb_shares_keeps_the_report_whole(pipeline):
    found = texts(pipeline, "Harbour minister Taravel Onsky said the board had ignored the warnings and ordered "
                            "new cranes anyway.\n")
    assert any("ordered new cranes anyway" in t for t in found)


# -- look-alikes: a recalled envoy, a dateline with a colon ----------------------------------------------------

def test_recalling_an_envoy_reports_no_words(pipeline):
    assert texts(pipeline, "Vardenia recalled its ambassador to Norway on Monday after a row over fishing rights.\n") == []


def test_recalling_that_something_happened_still_reports(pipeline):
    found = texts(pipeline, "Harbour minister Taravel Onsky recalled that the dockers had struck twice before.\n")
    assert any("the dockers had struck twice before" in t for t in found)


def test_a_capital_and_a_colon_opening_the_body_is_a_dateline_not_a_speaker(pipeline):
    quotes = quotes_in(pipeline, "ISLAMABAD: The harbour board on Monday raised its fees by a third.\n")
    assert not any(q.cue and q.cue.text == ":" for q in quotes)


def test_a_name_in_capitals_and_a_colon_still_labels_a_transcript(pipeline):
    body = "ONSKY: We will not sign this contract while I am minister.\n"
    quotes = quotes_in(pipeline, body, "Interview: Taravel Onsky\n\n")
    assert any(q.speaker and "ONSKY" in q.speaker.name.upper() for q in quotes)


# -- an office held for a body named in the possessive speaks for the body --------------------------------------

def test_a_bodys_lawyer_speaks_for_the_body_not_the_judge_quoted_before(pipeline):
    body = ("Justice Ilse Varnow remarked that the harbour board had \"ignored the law\". \"Rules are not "
            "suggestions,\" the judge said.\n\n"
            "The Harbour Authority's lawyer said the board would appeal.\n")
    assert "Varnow" not in (speaker_name(pipeline, body, "the board would appeal") or "")


# -- an interview written up as questions and quoted answers ---------------------------------------------------

INTERVIEW = ("In an interview with the Harbour Times, Vardenian Prime Minister Taravel Onsky defended the port deal. "
             "Excerpts:\n\n"
             "He said the deal had been \"misread abroad\".\n\n"
             "Q: Critics say the deal hands the port to a foreign company.\n\n"
             "\"That is simply false. The port stays ours.\"\n\n"
             "Q: Will you publish the contract?\n\n"
             "\"We will publish it when both sides have signed it.\"\n")


def test_a_quoted_answer_after_a_question_is_the_interviewees(pipeline):
    assert "Onsky" in speaker_name(pipeline, INTERVIEW, "That is simply false")
    assert "Onsky" in speaker_name(pipeline, INTERVIEW, "We will publish it")


def test_a_quoted_paragraph_after_another_speakers_report_goes_on_with_them(pipeline):
    body = ("Prime Minister Taravel Onsky defended the port deal on Monday.\n\n"
            "Opposition leader Halvard Brisk said the deal handed the port to a foreign company.\n\n"
            "\"It is a sale in all but name.\"\n")
    assert "Brisk" in speaker_name(pipeline, body, "a sale in all but name")


# -- quoted words of a report nested in another's are the outer speaker's ---------------------------------------

def test_quoted_words_nested_in_a_report_are_the_outer_speakers(pipeline):
    body = "Supporters' club leader Ansgar Pellow said fans wanted \"a harbour, not a car park\".\n"
    quote = next(q for q in quotes_in(pipeline, body) if "a harbour, not a car park" in q.text)
    assert quote.kind == "mixed" and "fans wanted" in quote.text
    assert "Pellow" in quote.speaker.name


def test_a_quote_a_statement_relays_keeps_its_own_speaker(pipeline):
    body = ("Minister Taravel Onsky visited the harbour on Thursday.\n\n"
            "\"This is a great day for the port,\" he told dockers, according to a statement.\n")
    assert "Onsky" in speaker_name(pipeline, body, "a great day for the port")


# -- a document's issuer is where the document was issued, not where it was only mentioned ----------------------

REPORT = ("A report published on Monday by the rights group Harbour Watch says 40 dockers were held without charge.\n\n"
          "The report, titled \"Salt and Silence\", is based on interviews with 12 former detainees.\n\n"
          "One former detainee, identified in the report only as \"Ivo\", told researchers he had been beaten.\n\n")


def test_a_report_urging_speaks_for_its_publisher_not_a_person_it_mentions(pipeline):
    body = REPORT + "The report urges the port authority to open the camp to inspectors.\n"
    assert "Harbour Watch" in (speaker_name(pipeline, body, "open the camp to inspectors") or "")


def test_a_report_issued_by_a_body_named_as_subject_still_speaks_for_it(pipeline):
    body = ("The Vardenian port authority issued a report on Monday on the harbour fire.\n\n"
            "The report said the sprinklers had failed.\n")
    assert "port authority" in (speaker_name(pipeline, body, "the sprinklers had failed") or "").lower()


# -- what a sign or a banner says is a slogan -------------------------------------------------------------------

def test_what_signs_and_banners_say_is_no_quote(pipeline):
    body = ("Several dockers held handmade signs that said \"Ports Not Parking\" and \"Save the Quay\".\n\n"
            "A banner read \"No to the sale\".\n")
    assert texts(pipeline, body) == []


def test_what_the_sign_carriers_say_is_still_a_quote(pipeline):
    body = "The dockers, who carried signs and banners, said the sale would \"kill the quay\".\n"
    assert any("kill the quay" in t for t in texts(pipeline, body))


# -- titles: a judge is the justice named before; a body's unnamed officer speaks for the body --------------------

def test_the_judge_is_the_justice_named_before_not_the_lawyer_quoted_last(pipeline):
    body = ("Justice Mirela Danvoss said on Monday that the harbour board could not \"wash its hands\" of the fire.\n\n"
            "The board's lawyer, Kasimir Tollund, said the board had formed a committee. Later, the judge said a "
            "committee was \"not a substitute for action\".\n")
    assert "Danvoss" in speaker_name(pipeline, body, "not a substitute for action")


def test_a_ministrys_unnamed_adviser_is_not_the_person_quoted_last(pipeline):
    body = ("Deputy minister Kasimir Tollund said the ministry had formed a committee.\n\n"
            "The ministry's legal adviser said a report would be ready within a week.\n")
    assert "Tollund" not in (speaker_name(pipeline, body, "a report would be ready") or "")


def test_a_ministers_adviser_named_with_the_title_before_is_that_person(pipeline):
    body = ("Legal adviser Ansgar Pellow said the committee would meet on Friday.\n\n"
            "Deputy minister Kasimir Tollund said the ministry had formed a committee. The adviser said a report "
            "would be ready within a week.\n")
    assert "Pellow" in (speaker_name(pipeline, body, "a report would be ready") or "")


def test_she_in_the_clause_of_a_subject_with_object_her_is_her(pipeline):
    body = ("Transport Secretary Mirela Danvoss said the harbour would reopen in May.\n\n"
            "The presenter, Aurel Vintry, put it to her that she had promised in March that fees would fall. She said "
            "she had \"always been honest\" about the cost.\n")
    assert "Danvoss" in speaker_name(pipeline, body, "always been honest")


# -- "signalled" reports a clause only ---------------------------------------------------------------------------

def test_a_bank_that_signalled_a_cut_is_quoted(pipeline):
    found = texts(pipeline, "The krone fell after the Vardenian central bank signalled it could cut rates in May.\n")
    assert any("it could cut rates in May" in t for t in found)


def test_a_referee_who_signalled_a_penalty_is_not_quoted(pipeline):
    assert texts(pipeline, "The move signalled a shift in policy. The referee signalled a penalty.\n") == []


# -- "described X as ..." keeps what was said of X ---------------------------------------------------------------

def test_an_as_phrase_after_the_object_is_part_of_the_report(pipeline):
    found = texts(pipeline, "The Vardenian audit office described the harbour project as \"poorly planned from the "
                            "start\".\n")
    assert any("as \"poorly planned from the start" in t for t in found)


def test_an_as_clause_of_time_after_the_object_is_not(pipeline):
    found = texts(pipeline, "Harbour minister Taravel Onsky announced the new fees as the dockers walked out.\n")
    assert not any("the dockers walked out" in t for t in found)


# -- the one asked answers ---------------------------------------------------------------------------------------

def test_the_pronoun_after_a_question_put_to_a_named_person_is_that_person(pipeline):
    body = ("Senator Ilse Varnow asked the harbour board's director, Kasimir Tollund, how many cranes were in service. "
            "He said six were working and two more would arrive in May.\n")
    assert "Tollund" in speaker_name(pipeline, body, "six were working")


def test_without_a_question_the_pronoun_stays_with_the_running_speaker(pipeline):
    body = ("Senator Ilse Varnow thanked the harbour board's director, Kasimir Tollund, for coming. \"Six cranes for "
            "four years of work,\" Varnow said. She said the board had \"run out of excuses\".\n")
    assert "Varnow" in speaker_name(pipeline, body, "run out of excuses")


# -- a body noun after a name of its own ---------------------------------------------------------------------------

def test_a_union_named_before_its_noun_is_that_union_not_the_company_quoted_last(pipeline):
    body = ("Kestrel Ferries said falling trade had left it \"no choice\".\n\n"
            "The DKV union said the cuts were \"a betrayal\".\n")
    assert "Ferries" not in (speaker_name(pipeline, body, "a betrayal") or "")


def test_the_company_pointing_back_is_still_the_company_quoted_last(pipeline):
    body = ("Kestrel Ferries said falling trade had left it \"no choice\".\n\n"
            "The company said talks with the union were \"ongoing\".\n")
    assert "Ferries" in (speaker_name(pipeline, body, "ongoing") or "")
