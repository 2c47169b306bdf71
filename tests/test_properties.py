"""Properties over the reader and the record (hypothesis, bounded examples, spaCy loaded once):
any bytes give a record or a one-line error; every span indexes its text; a record survives
to_dict/from_dict and JSON; offsets survive CRLF, BOMs, control characters, emoji and combining marks."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecoder import Record
from wirecoder.cli import main
from wirecoder.errors import InputError
from wirecoder.sources import decode_bytes

BOUNDED = settings(max_examples=25, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Invented pieces of dispatches, and the characters that trip offset arithmetic.
FRAGMENTS = [
    "OSLO, May 3 (Reuters) - ", "Norway accused Sweden of blocking the port. ",
    '"We will answer any threat," Foreign Minister Ivo Marsalk said. ', "Velmora and Tarsin signed a trade pact. ",
    "Chile met Peru for talks on Tuesday. ", "The minister said talks would go on. ", "Talks stall\n\n",
    "\n\n", "\r\n", "\r\n\r\n", "\ufeff", "\u0301", "e\u0301", "\U0001f600", "\U0001f1f3\U0001f1f4", "\x0b",
    "\x0c", "\x1f", "\x7f", "\u2028", "\u00a0", "\u200b", "\u201c", "\u201d", "\t",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)),
    min_size=1, max_size=25).map("".join)


def check_spans(record: Record) -> None:
    """Every span of the record lies inside its text, and the parts it names are those characters."""
    text, n = record.text, len(record.text)

    def inside(span) -> None:
        assert span is None or 0 <= span[0] <= span[1] <= n, (span, n)

    for name in ("headline", "subheadline"):
        span = getattr(record, f"{name}_span")
        inside(span)
        if span:
            assert getattr(record, name) == text[span[0]:span[1]]
    inside(record.body_span)
    if record.dateline:
        inside(record.dateline.span)
    for actor in record.actors:
        assert actor.id and not actor.id.endswith(":")
        for mention in actor.mentions:
            inside(mention)
    for quote in record.quotes:
        inside(quote.span)
        assert quote.text == text[quote.span[0]:quote.span[1]]
        if quote.speaker:
            inside(quote.speaker.span)
        if quote.cue:
            inside(quote.cue.span)
            assert quote.cue.text == text[quote.cue.span[0]:quote.cue.span[1]]
    for event in record.events:
        inside(event.span)
        inside(event.trigger)
        assert event.quote is None or 0 <= event.quote < len(record.quotes)


def round_trips(record: Record) -> None:
    assert Record.from_dict(record.to_dict()) == record
    assert Record.from_dict(json.loads(json.dumps(record.to_dict(), ensure_ascii=False))) == record


@BOUNDED
@given(st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_a_record_or_a_one_line_error(pipeline, data):
    try:
        document = decode_bytes(data, source="fuzz.txt")
        record = pipeline.extract(document)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.txt: ")
        return
    check_spans(record)
    round_trips(record)


@BOUNDED
@given(texts)
def test_every_span_indexes_its_text_whatever_the_characters(pipeline, text):
    try:
        record = pipeline.extract(text, reference_date="2026-11-29")
    except InputError:
        assert not text.strip() or "\x00" in text
        return
    assert record.text == text
    check_spans(record)
    round_trips(record)


@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_the_cli_answers_any_file_with_a_record_or_one_line(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["extract", str(path), "--jsonl"])
    if code == 0:
        check_spans(Record.from_dict(json.loads(out.getvalue())))
    else:
        assert code == 1 and out.getvalue() == ""
        lines = err.getvalue().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"wirecoder: {path}: ")


@BOUNDED
@given(texts, st.integers(0, 30), st.sampled_from(["person", "state", "igo"]), st.none() | st.floats(-10, 10))
def test_records_built_by_hand_round_trip(text, cut, kind, goldstein):
    from wirecoder import Actor, Event, Quote, Speaker

    end = min(cut, len(text))
    record = Record(id="0" * 16, source=None, text=text, headline=text[:end] or None,
                    headline_span=(0, end), warnings=["w"], language="und",
                    actors=[Actor("person:ivo-marsalk", text[:end], kind, mentions=[(0, end)])],
                    quotes=[Quote("direct", text[:end], (0, end), Speaker(None, text[:end], (0, end)))],
                    events=[Event("NOR", None, "010", "01", 1, goldstein or 0.0, "CONSULT", None, False, None, None,
                                  (0, end), (0, end), quote=0)])
    round_trips(record)
