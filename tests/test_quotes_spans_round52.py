"""Round 52 (qspan52): three ways a quote was lost around its marks and its cue.

- `"Nobody on these farms trusts" the new water rules, Vornet told reporters. "They were written ..."`: quoted words
  that run on after their closing mark into a sentence with a cue of its own open a mixed report; they are no next
  sentence of the quote before them (same speaker, same cue), and the quoted sentence after that cue goes on with its
  own speaker.
- "Councillor X is heard saying the board was ...": in the passive, the one heard (or caught, filmed, recorded)
  speaking is the participle's speaker.
- `Kestrin said:` / `"Nobody on the committee read the report. "The transit fund drops ... anyway."`: an opening mark
  after a finished sentence inside a quote opened in the same paragraph runs the quote on; restarting there lost the
  words before it and the cue.

Invented dispatches (made-up people, real places) in AP, Reuters, BBC, AFP and US web house styles.
"""

from __future__ import annotations

from quote_support import brief_quotes as _quotes


def test_quoted_words_running_on_into_their_own_cue_are_no_continuation_of_the_quote_before(pipeline):
    text = ("LISBON, March 9 (Reuters) - Port workers will stay out, union leader Rui Andavel said on Thursday. "
            '"We have waited long enough," he said.\n\n'
            '"Three ministers have ignored" our safety reports, Celia Morvanho said outside the gates. '
            '"We will not take a boat out until the reports are read."')
    quotes = _quotes(pipeline, text)
    fronted = [q for q in quotes if q[1].lstrip('"“').startswith("Three ministers have ignored")]
    assert len(fronted) == 1 and fronted[0][0] == "mixed" and "our safety reports" in fronted[0][1]
    assert "Celia Morvanho" in (fronted[0][2] or "")
    after = [q for q in quotes if q[1].startswith("We will not take a boat out")]
    assert len(after) == 1 and "Celia Morvanho" in (after[0][2] or "")


def test_the_same_speakers_fronted_quote_keeps_its_next_sentence(pipeline):
    text = ("CANTON, Ohio (AP) — State Sen. Dalia Vornet toured dairy farms on Monday. “Bring your neighbors to the "
            "polls,” she said.\n\n“Nobody on these farms trusts” the new water rules, Vornet told reporters at a feed "
            "store. “They were written in Columbus by people who have never run a well dry.”")
    words = [w for _, w, _ in _quotes(pipeline, text)]
    assert any(w.startswith("They were written in Columbus") for w in words)


def test_a_quote_closed_before_its_cue_still_continues_the_quote_before(pipeline):
    text = ('The union will not give in. "We have waited long enough," Rui Andavel said on Thursday. "The ministry '
            'has had our letter since January."')
    quotes = _quotes(pipeline, text)
    assert [w for _, w, _ in quotes][-1] == "The ministry has had our letter since January."
    assert "Rui Andavel" in (quotes[-1][2] or "")


def test_one_heard_saying_something_is_its_speaker(pipeline):
    text = ('On the recording, Councillor Brannock Hale is heard saying the planning board was "a waste of everybody\'s '
            'Thursday afternoons".')
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    kind, words, speaker = quotes[0]
    assert words.startswith("the planning board was") and "Brannock Hale" in (speaker or "")


def test_one_heard_telling_a_listener_is_its_speaker(pipeline):
    text = ('TOULOUSE, Aug 3 (AFP) - On Thursday, before a council vote, Mayor Odile Fanrec was heard telling aides '
            'that the city budget "will never balance".')
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1 and "Odile Fanrec" in (quotes[0][2] or "")


def test_a_film_showing_someone_speak_still_gives_the_one_shown(pipeline):
    text = "The footage showed Councillor Brannock Hale telling the meeting that the depot would close in May."
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1 and "Brannock Hale" in (quotes[0][2] or "")


def test_an_opening_mark_after_a_finished_sentence_inside_a_quote_runs_the_quote_on(pipeline):
    text = ("State Sen. Marla Kestrin spoke against the transit budget on Tuesday.\n\nKestrin said:\n\n"
            "“Nobody on the committee read the report. “The transit fund drops by a third next spring. Riders in the "
            "north will wait forty minutes for a bus. And the board voted for it anyway.”")
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    kind, words, speaker = quotes[0]
    assert kind == "direct" and words.startswith("Nobody on the committee") and words.endswith("anyway.")
    assert "Marla Kestrin" in (speaker or "")


def test_a_second_quote_with_its_own_cue_after_an_unclosed_one_stays_apart(pipeline):
    # (the next close is a cue's comma: the new mark opens a quote of its own, as before)
    text = "The port will reopen. “We are ready. “The ferries will run again,” harbour master Ana Velsko said."
    words = [w for _, w, _ in _quotes(pipeline, text)]
    assert "The ferries will run again," in words
