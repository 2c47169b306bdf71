"""A long text is coded in pieces cut at paragraph breaks, with every span indexing the whole text."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.longtext import pieces
from wirecoder.settings import load_settings

# Invented paragraphs: each names its own people in full, so no link runs across a paragraph break.
PARAGRAPH = ('{place}, March {day} (Reuters) - Foreign Minister {name} of {a} said on Tuesday that {a} would '
             'open talks with {b} on fishing rights. "We want a fair deal on the northern waters," {name} '
             'told reporters, and {a} accused {b} of blocking the ports.')
_SYLLABLES = ["ta", "ren", "ol", "mi", "sek", "vo", "lan", "dru", "pi", "kwe", "mar", "sa"]
_STATES = ["Norway", "Sweden", "Chile", "Peru", "Kenya", "Ghana", "Japan", "Canada", "Poland", "Spain",
           "Egypt", "Turkey", "Brazil", "India", "Mexico", "Finland"]


def _name(i: int) -> str:
    s = _SYLLABLES
    return f"{s[i % 12].capitalize()}{s[(i * 5 + 1) % 12]} {s[(i * 7 + 3) % 12].capitalize()}{s[(i + 4) % 12]}k"


def long_text(n: int = 12, sep: str = "\n\n") -> str:
    """``n`` paragraphs, no two with the same pair of states (an article reports an event once)."""
    pairs = [(a, b) for a in _STATES for b in _STATES if a != b]
    return sep.join(PARAGRAPH.format(place="OSLO", day=i % 28 + 1, name=_name(i), a=pairs[i * 17 % len(pairs)][0],
                                     b=pairs[i * 17 % len(pairs)][1]) for i in range(n)) + "\n"


@pytest.fixture(scope="module")
def small_pieces() -> wirecoder.Pipeline:
    settings = load_settings()
    settings["pipeline"] = {**settings["pipeline"], "chunk_chars": 1000}
    return wirecoder.load(settings=settings)


@pytest.mark.parametrize("limit", [50, 400, 1000, 5000])
def test_pieces_cover_the_text_exactly_and_stay_under_the_limit(limit):
    text = long_text() + "x" * 3000  # a run without any break is cut at the limit
    spans = list(pieces(text, limit))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(0 < end - start <= limit for start, end in spans)


def test_pieces_end_at_paragraph_breaks_when_there_are_some():
    text = long_text()
    for start, end in list(pieces(text, 1000))[:-1]:
        assert text[start:end].endswith("\n\n")


def test_a_long_text_in_pieces_gives_what_the_whole_text_gives(pipeline, small_pieces):
    text = long_text()
    assert len(text) > 3 * 1000
    whole = pipeline.extract(text, reference_date="2026-11-29")
    cut = small_pieces.extract(text, reference_date="2026-11-29")
    assert cut.text == text and cut.id == whole.id
    assert cut.events == whole.events
    assert cut.quotes == whole.quotes
    assert sorted(a.id for a in cut.actors) == sorted(a.id for a in whole.actors)
    assert (cut.headline, cut.dateline, cut.published) == (whole.headline, whole.dateline, whole.published)


def test_every_span_of_a_record_coded_in_pieces_indexes_the_whole_text(small_pieces):
    text = long_text(20, sep="\r\n\r\n")
    record = small_pieces.extract(text, reference_date="2026-11-29")
    assert record.events and record.quotes
    for actor in record.actors:
        for start, end in actor.mentions:
            assert text[start:end].strip() and text[start:end] == text[start:end].strip()
    for quote in record.quotes:
        assert text[quote.span[0]:quote.span[1]] == quote.text
    for event in record.events:
        sentence = text[event.span[0]:event.span[1]]
        assert event.span[0] <= event.trigger[0] < event.trigger[1] <= event.span[1] and sentence
        if event.quote is not None:
            assert record.quotes[event.quote]
    late = [e for e in record.events if e.span[0] > len(text) // 2]
    assert late, "no event found past the first pieces"


@pytest.mark.parametrize("indent", [None, 2])
def test_a_record_written_piece_by_piece_is_the_json_of_its_dict(small_pieces, indent):
    import io
    import json

    from wirecoder.record import Record, write_json

    record = small_pieces.extract(long_text(8) + "Notes: \u00e9t\u00e9 \U0001f30d \"quoted\"\n", reference_date="2026-11-29")
    out = io.StringIO()
    write_json(record, out, indent)
    assert out.getvalue() == json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)
    assert Record.from_dict(json.loads(out.getvalue())) == record


def test_a_long_record_keeps_no_dict_of_attributes_per_part(small_pieces):
    # Slotted parts: a long text's record holds hundreds of thousands of them (bounded memory).
    record = small_pieces.extract(long_text(4), reference_date="2026-11-29")
    parts = [record, *record.actors, *record.quotes, *record.events]
    assert not any(hasattr(p, "__dict__") for p in parts)
