"""Round 50 (qspan50): a body whose name is a lookalike noun speaks for itself.

- "Video said ...": a firm named for a medium, first named in full ("Video Orchard Networks Inc said ..."), and then
  by the first word of its name; the medium's word ("a video showed", "Video footage shows") still says nothing.
- "The Kesh Relief Programme said ...": an agency whose name ends in an instrument's word ("programme"); a bare
  "programme" that prescribes ("the aid programme calls for ...") still states terms, no one's words.

Invented dispatches (made-up firms, agencies and people, real places) in Reuters and AFP house styles.
"""

from __future__ import annotations

HEADLINE = "News in brief\n\n"


def _quotes(pipeline, text):
    record = pipeline.extract(HEADLINE + text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in record.quotes]


FIRM = ("ATLANTA, Oct 2 - Video Orchard Networks Inc said it had won a licence to run two cable channels in Quebec.\n"
        "    Video said the channels would start broadcasting in the spring.\n"
        "    Video said it would hire about 40 people in Montreal.")


def test_a_firm_named_for_a_medium_speaks_by_its_short_name(pipeline):
    texts = [t for t, _ in _quotes(pipeline, FIRM)]
    assert "the channels would start broadcasting in the spring" in texts
    assert "it would hire about 40 people in Montreal" in texts


def test_the_short_name_is_the_speaker(pipeline):
    speakers = dict(_quotes(pipeline, FIRM))
    assert speakers["the channels would start broadcasting in the spring"] == "Video"


def test_an_agency_named_a_programme_speaks(pipeline):
    text = ("GENEVA, May 12 (AFP) - The Kesh Relief Programme said it would halve food rations in three "
            "border camps from July.")
    quotes = _quotes(pipeline, text)
    assert [t for t, _ in quotes] == ["it would halve food rations in three border camps from July"]
    assert "Kesh Relief Programme" in (quotes[0][1] or "")


def test_a_video_still_shows_and_says_nothing(pipeline):
    text = ("ATLANTA, Oct 2 - Video Orchard Networks Inc said it had won a licence to run two cable channels in Quebec.\n\n"
            "A video posted by the firm's staff showed the new studio in Montreal.")
    assert [t for t, _ in _quotes(pipeline, text)] == ["it had won a licence to run two cable channels in Quebec"]


def test_video_footage_with_no_firm_named_says_nothing(pipeline):
    text = ("KYIV, March 4 (Reuters) - Video footage of the strike spread online on Monday. Video showed that the "
            "depot had burned through the night.")
    assert _quotes(pipeline, text) == []


def test_a_bare_aid_programme_still_prescribes(pipeline):
    text = ("NAIROBI, Feb 9 (Reuters) - The new aid programme calls for families to register at the camps by "
            "March, officials of the Vessa Aid Agency said on Thursday.")
    texts = [t for t, _ in _quotes(pipeline, text)]
    assert texts == ["The new aid programme calls for families to register at the camps by March"]
