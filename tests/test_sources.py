"""Sources: every reader yields Documents keyed for the ingest log, and bad items as InputError values."""

from __future__ import annotations

import gzip
import os
from io import BytesIO
from pathlib import Path

import pytest
from conftest import FIXTURES, SHARED

from wirecoder import errors
from wirecoder.errors import InputError
from wirecoder.sources import Document
from wirecoder.sources.registry import expand, iter_items, read_bytes, reader_for, register_reader

CORPUS = FIXTURES / "corpus"
REUTERS = SHARED / "data" / "news" / "reuters21578" / "sgm-data"


def page_html(title: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1><p>{body}</p><p>Officials gave no further details on Monday.</p>"
            "</article></body></html>").encode()


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for url, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(html),
                                                          http_headers=http))


def items(*sources: str | Path) -> list[Document | InputError]:
    return list(iter_items([str(s) for s in sources]))


def test_a_text_file_is_one_document_keyed_by_its_path():
    [doc] = items(CORPUS / "dispatch_okonkwo.txt")
    assert isinstance(doc, Document)
    assert doc.source == doc.meta["item"] == str(CORPUS / "dispatch_okonkwo.txt")
    assert doc.text.startswith("Marta Okonkwo-Ruiz urges talks")


def test_an_html_page_yields_title_blank_line_body_and_its_url_as_source():
    [doc] = items(CORPUS / "page.html")
    assert isinstance(doc, Document)
    title, body = doc.text.split("\n\n", 1)
    assert title == "Lin Qiao signs port agreement with Vietnam"
    assert body.startswith("HANOI, May 17 (Xinhua)") and title not in body
    assert "Copyright" not in doc.text and "Home" not in doc.text  # page furniture left out
    assert doc.source == "https://news.example.org/2024/05/lin-qiao-port-agreement"
    assert doc.meta["item"] == str(CORPUS / "page.html")
    assert doc.meta["published"] == "2024-05-17"


def test_a_gzipped_html_page_reads_like_the_plain_one(tmp_path):
    target = tmp_path / "page.html.gz"
    target.write_bytes(gzip.compress((CORPUS / "page.html").read_bytes()))
    [doc] = items(target)
    assert isinstance(doc, Document) and doc.text == items(CORPUS / "page.html")[0].text


def test_html_without_a_declared_charset_is_detected(tmp_path):
    target = tmp_path / "old.html"
    body = "Le ministre Théo Brûlé-Vasquez a déclaré que les négociations reprendraient à Genève " * 3
    target.write_bytes(f"<html><head><title>Négociations à Genève</title></head><body><article><p>{body}</p>"
                       "</article></body></html>".encode("cp1252"))
    [doc] = items(target)
    assert isinstance(doc, Document)
    assert "Négociations à Genève" in doc.text and "Brûlé-Vasquez" in doc.text


def test_broken_html_is_reported_not_raised(tmp_path):
    target = tmp_path / "broken.html"
    target.write_bytes(b"<html><head><title>x</ti<<<<div <p")
    [err] = items(target)
    assert isinstance(err, InputError) and "no article text" in err.reason


def test_an_rss_feed_yields_one_document_per_entry_with_link_as_source():
    docs = items(CORPUS / "world.rss")
    assert [d.source for d in docs] == ["https://news.example.org/aydin-baku", "https://news.example.org/ghana-budget"]
    assert [d.meta["item"] for d in docs] == [f"{CORPUS / 'world.rss'}#1", f"{CORPUS / 'world.rss'}#2"]
    first = docs[0]
    assert first.text.startswith("Selim Aydın visits Baku for energy talks\n\nSelim Aydın, the Turkish")
    assert "<p>" not in first.text and first.meta["published"] == "2024-05-06"


def test_an_atom_feed_reads_its_html_content():
    [doc] = items(CORPUS / "world.atom")
    assert doc.source == "https://wire.example.net/chile-peru-patrols"
    assert "SANTIAGO, June 2 (AFP) - Chile and Peru agreed" in doc.text


def test_a_malformed_feed_is_one_failure(tmp_path):
    target = tmp_path / "broken.rss"
    target.write_text("<?xml version='1.0'?><rss><channel><item><title>Unclosed", "utf-8")
    [err] = items(target)
    assert isinstance(err, InputError) and "feed" in err.reason


def test_an_xml_file_that_is_not_a_feed_is_reported(tmp_path):
    target = tmp_path / "config.xml"
    target.write_text("<?xml version='1.0'?><settings><a>1</a></settings>", "utf-8")
    [err] = items(target)
    assert isinstance(err, InputError) and "not an RSS or Atom feed" in err.reason


def test_jsonl_yields_a_document_per_line_and_reports_a_bad_line_by_number():
    out = items(CORPUS / "items.jsonl")
    docs = [x for x in out if isinstance(x, Document)]
    [bad] = [x for x in out if isinstance(x, InputError)]
    assert [d.meta["item"] for d in docs] == [f"{CORPUS / 'items.jsonl'}#1", f"{CORPUS / 'items.jsonl'}#2"]
    assert docs[0].source == "https://wire.example.net/norway-sudan"  # the url field
    assert docs[1].source == f"{CORPUS / 'items.jsonl'}#2"  # no url: path#line
    assert docs[0].meta["published"] == "2024-02-01" and docs[0].meta["id"] == "a1"
    assert bad.source == f"{CORPUS / 'items.jsonl'}#4" and bad.reason.startswith("line 4: not valid JSON")


def test_a_warc_yields_each_html_response(tmp_path):
    target = tmp_path / "crawl.warc.gz"
    write_warc(target, [(f"https://wire.example.net/{i}", page_html(f"Port talks round {i}",
                        f"Minister Lin Qiao said round {i} of the port talks ended with a draft text."))
                        for i in range(3)])
    docs = items(target)
    assert [d.source for d in docs] == [f"https://wire.example.net/{i}" for i in range(3)]
    assert [d.meta["item"] for d in docs] == [f"{target}#{n}" for n in (1, 2, 3)]
    assert docs[1].text.startswith("Port talks round 1\n\n")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_truncated_warc_keeps_what_was_read_and_reports_the_rest(tmp_path, name):
    whole = tmp_path / ("whole-" + name)
    write_warc(whole, [(f"https://wire.example.net/{i}", page_html(f"Grain deal round {i}",
                        f"Negotiators led by Marta Okonkwo-Ruiz closed round {i} of the grain talks."))
                       for i in range(3)])
    data = whole.read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: len(data) * 5 // 6])  # inside the third record
    out = items(cut)
    assert [type(x) for x in out] == [Document, Document, InputError]
    assert out[-1].source == f"{cut}#3" and "truncated" in out[-1].reason


def test_reuters_sgml_joins_title_dateline_and_body_and_reports_records_without_body():
    out = items(CORPUS / "reuters_like.sgm")
    assert [type(x) for x in out] == [Document, InputError, Document]
    first = out[0]
    assert first.text.startswith("FINLAND AND ESTONIA <FERRY> TALKS OPEN\n\nHELSINKI, March 2 - Finland and")
    assert "&lt;" not in first.text and "\x03" not in first.text and "Veskimägi-Laine" in first.text
    assert "A&B shipping" in out[2].text
    assert out[1].source == f"{CORPUS / 'reuters_like.sgm'}#2" and out[1].reason.startswith("no body")
    assert first.meta["newid"] == "9001" and first.meta["published"] == "1987-03-02"


@pytest.mark.skipif(not REUTERS.exists(), reason="../shared Reuters-21578 is not here")
def test_reuters_21578_reads_all_21578_records_19043_with_a_body():
    bodies = failures = 0
    for x in iter_items([REUTERS]):
        if isinstance(x, Document):
            bodies += 1
        else:
            assert x.reason.startswith("no body"), x
            failures += 1
    assert (bodies, failures) == (19043, 2535)


def test_directories_are_walked_recursively_in_order_skipping_hidden_and_readme_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", ".git/x.txt", ".hidden.txt", "README.md", "LICENSE"):
        (tmp_path / name).write_text("Kenya and Ethiopia talk.", "utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in expand([tmp_path])] == ["a.txt", "b/2.txt"]


def test_globs_expand_and_a_missing_source_is_reported(tmp_path):
    for name in ("one.txt", "two.txt", "three.html"):
        (tmp_path / name).write_text("x", "utf-8")
    found = list(expand([str(tmp_path / "*.txt"), str(tmp_path / "nothing-here.txt"), str(tmp_path / "z*.txt")]))
    assert [p.name for p in found if isinstance(p, Path)] == ["one.txt", "two.txt"]
    assert [e.reason for e in found if isinstance(e, InputError)] == ["no such file", "no file matches this pattern"]


def test_a_file_of_unknown_kind_is_reported_and_one_without_suffix_is_text(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "dispatch").write_text("Chile recalls envoy\n\nSANTIAGO - Chile recalled its envoy.", "utf-8")
    out = items(tmp_path)
    assert isinstance(out[0], Document) and out[0].text.startswith("Chile recalls envoy")
    assert isinstance(out[1], InputError) and "no reader" in out[1].reason


def test_bad_text_files_are_reported_with_a_reason(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c_latin1.txt").write_bytes("Le ministre a parlé à Genève.".encode("latin-1"))
    empty, binary, latin = items(tmp_path)
    assert isinstance(empty, InputError) and empty.reason.startswith("empty")
    assert isinstance(binary, InputError) and binary.reason.startswith("binary")
    assert isinstance(latin, Document) and "parlé à Genève" in latin.text and latin.warnings


def test_a_registered_reader_reads_its_suffix(tmp_path):
    def read_pipe_table(path: Path):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            key = f"{path}#{n}"
            yield Document(text=line.split("|", 1)[1], source=key, meta={"item": key})

    register_reader(".pipes", read_pipe_table)
    target = tmp_path / "wire.pipes"
    target.write_text("1|Peru and Chile meet.\n2|Ghana votes.\n", "utf-8")
    assert reader_for(target) is read_pipe_table
    assert [d.text for d in items(target)] == ["Peru and Chile meet.", "Ghana votes."]


# --- Files that would block or fill memory ------------------------------------------------------


def test_a_fifo_named_or_matched_by_a_glob_is_refused_not_opened(tmp_path):
    fifo = tmp_path / "wire.txt"
    os.mkfifo(fifo)  # reading it would wait forever for a writer
    (tmp_path / "real.txt").write_text("Peru and Chile meet.", "utf-8")
    named = items(fifo)
    assert len(named) == 1 and isinstance(named[0], InputError) and named[0].reason == errors.NOT_A_FILE
    globbed = items(tmp_path / "*.txt")
    assert [type(x).__name__ for x in globbed] == ["Document", "InputError"]
    assert [x.text for x in items(tmp_path)] == ["Peru and Chile meet."]  # a walk passes it over


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(64 * 2**30)  # sparse: 64 GiB on paper, nothing on disk
    (out,) = items(huge)
    assert isinstance(out, InputError) and out.reason.startswith("too long: 68,719,476,736 bytes on disk")
    with pytest.raises(InputError) as exc:
        read_bytes(huge, max_bytes=10)
    assert exc.value.reason == errors.TOO_LONG_FILE.format(n=64 * 2**30, limit=10, what="on disk")


def test_a_small_gzip_file_that_unpacks_past_the_limit_is_refused(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"Peru and Chile meet. " * 50_000))  # ~1 MB unpacked, a few KB packed
    assert bomb.stat().st_size < 100_000
    with pytest.raises(InputError) as exc:
        read_bytes(bomb, max_bytes=100_000)
    assert exc.value.reason.startswith("too long: 100,001 bytes or more unpacked")
    assert read_bytes(bomb).startswith(b"Peru and Chile meet.")
