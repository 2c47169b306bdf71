"""The readers wirecoder ships with, registered by suffix (see ``registry.py`` to add more)."""

from __future__ import annotations

from .feeds import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .registry import read_text_file, register_reader
from .sgml import read_reuters_sgml
from .warc import read_warc

register_reader((".txt", ".text", ".txt.gz"), read_text_file)
register_reader((".html", ".htm", ".html.gz", ".htm.gz"), read_html)
register_reader((".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz"), read_feed)
register_reader((".jsonl", ".jsonl.gz", ".ndjson"), read_jsonl)
register_reader((".warc", ".warc.gz"), read_warc)
register_reader(".sgm", read_reuters_sgml)
