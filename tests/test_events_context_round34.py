"""Events in context, round 34 (issue 9): an event a sentence codes alone is still coded when the
sentence sits in an article: after a dateline, under a headline, after paragraphs about another
country, before background paragraphs about an old war, and deep in a long article on another topic.

Why: ``benchmarks/context_drops.py`` measured that the article-level steps (the headline rule, the
story's politics gate, history years, the dateline's own actors, dedup, the confidence floor) drop
almost none of the events that a sentence codes alone (half A of the recall audit: 1 of 150 misses,
real-news dev: 0 of 39). These tests keep it so: each invented sentence (made-up people, real states)
is coded alone, then inside each kind of context, and what it coded alone must still be coded there.
"""

from __future__ import annotations

import pytest

SENTENCES = [
    # a state urging two others (a verb with a coordinated object and an infinitive)
    "Norway is urging Chile and Peru to reopen talks on their disputed fishing waters.",
    # a person with an office and a country condemning another state's act
    "Foreign Minister Halvard Trennick of Norway condemned Chile's decision to expel two diplomats.",
    # a meeting of two ministers, the partner named by nationality
    "Vietnamese Defence Minister Quang Loc Tran met his Philippine counterpart in Hanoi on Monday.",
    # an accusation with "of" + gerund
    "Brazil accused Argentina of blocking grain shipments at the border.",
    # a government body summoning an envoy
    "The Polish government summoned Belarus's ambassador over the detention of a Polish journalist.",
    # aid pledged "to" a state
    "Egypt pledged 20 million dollars in aid to Sudan on Wednesday.",
    # a formal protest lodged "with" a state
    "Japan lodged a formal protest with China over a coast guard incursion near the islands.",
    # two states signing an accord "with" a third
    "Kenya and Tanzania signed a border security accord with Uganda on Tuesday.",
]

CONTEXTS = {
    "reuters dateline": lambda s: f"OSLO, March 3 (Reuters) - {s}\n\nThe talks were expected to resume "
                                  "next week, officials said.",
    "ap dateline": lambda s: f"LIMA, Peru (AP) — {s}\n\nNo date was set for a further meeting.",
    "tass dateline": lambda s: f"MOSCOW, March 3. /TASS/. {s} The ministry gave no further details.",
    "xinhua dateline": lambda s: f"BEIJING, March 3 (Xinhua) -- {s}\n\nThe two sides agreed to keep in touch.",
    "kyodo dateline": lambda s: f"TOKYO, March 3 Kyodo - {s}\n\nA spokesman declined to comment further.",
    "headline": lambda s: f"Ministers trade words amid regional tension\n\n{s}\n\nOfficials gave no "
                          "further details.",
    "another country first": lambda s: "Canada's parliament passed a budget bill on Monday after a long "
                                       "debate.\n\nThe vote was 180 to 150, with opposition lawmakers voting "
                                       "against the measure.\n\n" + s,
    "background after": lambda s: s + "\n\nIn 1998, the two countries fought a brief war over the area. "
                                      "Relations have been tense since then.\n\nThe dispute dates back to a "
                                      "treaty signed in 1904.",
    "long article": lambda s: "\n\n".join(
        ["The central bank kept interest rates unchanged on Thursday, citing slowing inflation and weak "
         "exports."] * 3 + [s] + ["Markets rose slightly after the decision, traders said."] * 6),
}


def _events(pipeline, text: str, start: int, end: int) -> set[tuple[str | None, str | None, str]]:
    record = pipeline.extract(text, reference_date="2024-03-05")
    return {(e.source, e.target, e.root) for e in record.events if start <= e.trigger[0] < end}


# Known, not fixed (round 34): after "PLACE, Country (AP) —" or "PLACE, date Kyodo -" the parser runs the
# dateline into the lead and cuts this sentence inside the three-word name ("... Minister Quang | Loc Tran
# met ..."), so the meeting loses its source. The reader knows the dateline but spaCy parses before it is
# read. A sentence start forced after the reader's dateline (tried in round 34, not kept) fixed these two and
# changed nothing on the recall audit (both halves) or real-news dev, and on the invented events dev gave
# one event more right and two more spurious: no gain to pay for a change to every wire lead's parse.
# strict: a fix shows here.
KNOWN = {("ap dateline", SENTENCES[2]), ("kyodo dateline", SENTENCES[2])}


def _cases():
    for context in sorted(CONTEXTS):
        for sentence in SENTENCES:
            marks = [pytest.mark.xfail(reason="the dateline parsed into the lead cuts a name", strict=True)] \
                if (context, sentence) in KNOWN else []
            yield pytest.param(context, sentence, marks=marks, id=f"{context}-{sentence.split()[0]}-{sentence.split()[2]}")


@pytest.mark.parametrize(("context", "sentence"), list(_cases()))
def test_an_event_coded_alone_stays_coded_in_its_article(pipeline, context, sentence):
    alone = _events(pipeline, sentence, 0, len(sentence))
    assert alone, "the sentence alone must code an event for this test to say anything"
    text = CONTEXTS[context](sentence)
    start = text.index(sentence)
    assert alone <= _events(pipeline, text, start, start + len(sentence))
