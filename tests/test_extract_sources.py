"""`wirecoder extract` reads every kind of source `ingest` reads: one record per item.

Every file here is invented for these tests: HTML pages (one with navigation and a related-links
sidebar that must not be coded), a gzipped page and a gzipped text, an RSS feed, JSON lines, a WARC
archive and a Reuters-style SGML file.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
from io import BytesIO
from pathlib import Path

import pytest

from wirecoder.cli import main
from wirecoder.errors import InputError
from wirecoder.sources.registry import documents

ARTICLE = ("Austria recalls envoy from Hungary\n\nVIENNA, March 3 (APA) - Austria recalled its ambassador "
           "from Hungary on Monday, Foreign Minister Ilse Varga said, after Budapest closed two border "
           "crossings without notice.")

PAGE = """<html><head><meta charset="utf-8"><title>Austria recalls envoy from Hungary</title>
<link rel="canonical" href="https://news.example.org/austria-envoy"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/world/chile">Chile threatens Peru over fishing fleet</a></li></ul></nav>
<article><h1>Austria recalls envoy from Hungary</h1>
<p>VIENNA, March 3 (APA) - Austria recalled its ambassador from Hungary on Monday, Foreign Minister
Ilse Varga said, after Budapest closed two border crossings without notice.</p>
<p>Varga said the closures broke an agreement the two neighbours signed last year on cross-border
commuters, and that Vienna expected the crossings to reopen within a week.</p>
<p>Hungarian officials did not respond to a request for comment on Monday evening.</p>
</article>
<aside><h2>Related stories</h2><ul>
<li><a href="/a">Chile expels Peruvian diplomats after fishing row</a></li>
<li><a href="/b">Norway accuses Sweden of blocking ferry talks</a></li></ul></aside>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example wire</title><link>https://wire.example.net/</link>
<item><title>Kenya and Tanzania sign border trade pact</title><link>https://wire.example.net/kenya-tanzania</link>
<pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>
<description>NAIROBI, March 4 (KNA) - Kenya and Tanzania signed a border trade pact on Tuesday, the
Kenyan trade ministry said.</description></item>
<item><title>Ghana condemns coup attempt in Togo</title><link>https://wire.example.net/ghana-togo</link>
<pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
<description>ACCRA, March 4 (GNA) - Ghana condemned on Tuesday what it called a coup attempt in Togo,
and urged calm in Lome.</description></item>
</channel></rss>"""

JSONL = "\n".join([
    json.dumps({"id": "one", "title": "Peru and Bolivia open lake talks", "url": "https://x.example/1",
                "text": "LIMA, May 6 - Peru and Bolivia opened talks on Tuesday on shared fishing rights "
                        "in the lake, Peruvian officials said."}),
    "{not json",
    json.dumps({"id": "two", "title": "Canada praises Mexico on trade",
                "text": "OTTAWA, May 6 - Canada praised Mexico on Tuesday for lifting duties on steel."}),
]) + "\n"

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS NEWID="7001"><DATE> 2-MAR-1987 10:00:00.00</DATE><TEXT>
<TITLE>PORTUGAL AND SPAIN AGREE RIVER PACT</TITLE>
<DATELINE>    LISBON, March 2 - </DATELINE><BODY>Portugal and Spain agreed on Monday to share the waters
of three border rivers, the Portuguese government said.
 REUTER
&#3;</BODY></TEXT></REUTERS>
<REUTERS NEWID="7002"><DATE> 2-MAR-1987 11:00:00.00</DATE><TEXT>
<TITLE>GREECE PROTESTS TO TURKEY OVER AIRSPACE</TITLE>
<DATELINE>    ATHENS, March 2 - </DATELINE><BODY>Greece protested to Turkey on Monday over what it said
were violations of its airspace by Turkish jets.
 REUTER
&#3;</BODY></TEXT></REUTERS>
"""


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(html), http_headers=http))


def _run(*args: str) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["extract", "--jsonl", "--reference-date", "2025-06-01", *args])
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("sources")
    paths = {"page": d / "envoy.html", "page_gz": d / "envoy.html.gz", "text_gz": d / "envoy.txt.gz",
             "rss": d / "wire.rss", "jsonl": d / "items.jsonl", "warc": d / "crawl.warc.gz",
             "sgml": d / "wire.sgm", "text": d / "envoy.txt"}
    paths["page"].write_text(PAGE, "utf-8")
    paths["page_gz"].write_bytes(gzip.compress(PAGE.encode()))
    paths["text_gz"].write_bytes(gzip.compress(ARTICLE.encode()))
    paths["rss"].write_text(RSS, "utf-8")
    paths["jsonl"].write_text(JSONL, "utf-8")
    paths["sgml"].write_text(SGML, "utf-8")
    paths["text"].write_text(ARTICLE, "utf-8")
    _warc(paths["warc"], [("https://crawl.example.com/1", PAGE.encode()),
                          ("https://crawl.example.com/2", PAGE.replace("Austria", "Slovenia").encode())])
    return paths


@pytest.fixture(scope="module")
def every_kind(files) -> tuple[int, list[dict], str]:
    """One run over a file of every kind, in this order."""
    order = ("page", "page_gz", "text_gz", "rss", "jsonl", "warc", "sgml", "text")
    return _run(*(str(files[k]) for k in order))


def test_each_item_of_each_kind_comes_out_as_one_record_in_order(every_kind, files):
    code, records, err = every_kind
    sources = [r["source"] for r in records]
    assert sources == ["https://news.example.org/austria-envoy", "https://news.example.org/austria-envoy",
                       str(files["text_gz"]), "https://wire.example.net/kenya-tanzania",
                       "https://wire.example.net/ghana-togo", "https://x.example/1", f"{files['jsonl']}#3",
                       "https://crawl.example.com/1", "https://crawl.example.com/2",
                       f"{files['sgml']}#1", f"{files['sgml']}#2", str(files["text"])]
    # A JSON line's text is taken as it is (its title is not prepended); every other item leads with its headline.
    assert all(r["headline"] for i, r in enumerate(records) if i not in (5, 6))


def test_a_bad_item_is_one_line_and_the_rest_still_come_out(every_kind, files):
    code, records, err = every_kind
    assert code == 3  # some items failed, the others came out (the exit-status rule in the README)
    assert err.strip().splitlines() == [line for line in err.strip().splitlines() if line.startswith("wirecoder: ")]
    assert f"{files['jsonl']}#2" in err and "not valid JSON" in err and "Traceback" not in err


def test_an_html_page_is_coded_from_its_main_text_never_its_navigation(every_kind):
    page = every_kind[1][0]
    assert page["headline"] == "Austria recalls envoy from Hungary"
    assert page["text"].startswith("Austria recalls envoy from Hungary\n\nVIENNA, March 3 (APA)")
    for furniture in ("Home", "Related stories", "Chile", "Peru", "Norway", "Copyright"):
        assert furniture not in page["text"]
    ids = {a["id"] for a in page["actors"]}
    assert {"AUT", "HUN"} <= ids and not ids & {"CHL", "PER", "NOR", "SWE"}
    assert all({e["source"], e["target"]} <= ids | {None} for e in page["events"])
    assert page["published"] is not None


def test_a_gzipped_page_or_text_reads_as_the_plain_one(every_kind):
    records = every_kind[1]
    assert records[1]["text"] == records[0]["text"]
    assert records[2]["text"] == ARTICLE == records[-1]["text"]


def test_feed_entries_and_json_lines_each_give_a_record_with_their_own_text(every_kind):
    records = every_kind[1]
    kenya, ghana, peru, canada = records[3:7]
    assert kenya["text"].startswith("Kenya and Tanzania sign border trade pact\n\n")
    assert "Ghana" in ghana["text"] and "Kenya" not in ghana["text"]
    assert peru["text"].startswith("LIMA, May 6 - Peru and Bolivia") and peru["published"] == "2025-05-06"
    assert "Canada praised Mexico" in canada["text"]


def test_warc_responses_and_sgml_records_each_give_a_record(every_kind):
    records = every_kind[1]
    austria, slovenia, portugal, greece = records[7:11]
    assert "Slovenia" in slovenia["text"] and "Slovenia" not in austria["text"]
    assert portugal["text"].startswith("PORTUGAL AND SPAIN AGREE RIVER PACT")
    assert greece["published"] == "1987-03-02"
    assert any(e["source"] == "GRC" and e["target"] == "TUR" for e in greece["events"])


def test_a_file_of_no_known_kind_is_read_as_plain_text(tmp_path):
    path = tmp_path / "envoy.dispatch"
    path.write_text(ARTICLE, "utf-8")
    code, [record], err = _run(str(path))
    assert code == 0 and record["text"] == ARTICLE and record["source"] == str(path)


def test_a_missing_file_and_a_page_without_text_are_one_line_each(tmp_path):
    empty_page = tmp_path / "empty.html"
    empty_page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    code, records, err = _run(str(tmp_path / "nowhere.html"), str(empty_page))
    assert code == 1 and records == []
    assert len(err.strip().splitlines()) == 2 and "nowhere.html" in err and "empty.html" in err


def test_the_python_api_reads_the_same_items_and_hands_bad_ones_to_a_callback(files, pipeline):
    bad: list[InputError] = []
    docs = list(documents([str(files["jsonl"]), str(files["page"])], on_error=bad.append))
    assert len(docs) == 3 and [b.source for b in bad] == [f"{files['jsonl']}#2"]
    records = list(pipeline.extract_many(docs, reference_date="2025-06-01"))
    assert records[2].headline == "Austria recalls envoy from Hungary"
    with pytest.raises(InputError):
        list(documents([str(files["jsonl"])]))
