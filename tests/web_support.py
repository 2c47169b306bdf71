"""Shared by the web tests: a store coded from the bundled samples and two dispatches written for the
dashboard's tests (one full of markup, one with emoji before its highlights), and a server thread."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
WEB_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
HOSTILE = WEB_FIXTURES / "hostile_markup.txt"
EMOJI = WEB_FIXTURES / "emoji_oslo_talks.txt"
SCREENSHOTS = ROOT / "out" / "screenshots"


def build_store(pipeline, path: Path) -> Path:
    """Code the samples and the web fixtures into a new store at ``path`` with the real pipeline."""
    from wirecoder.ingest import ingest

    ingest([SAMPLES, WEB_FIXTURES], db=path, workers=1, pipeline=pipeline, quiet=True,
           reference_date="2026-11-29")
    return path


def store_of_texts(pipeline, path: Path, texts: dict[str, str], reference_date: str) -> Path:
    """A new store at ``path`` holding ``texts`` (name: dispatch), each coded and stored (none may be
    taken for a near-duplicate of another)."""
    from wirecoder.store.writer import STORED, Store

    coded = [pipeline.extract(text, source=f"wire/{name}", reference_date=reference_date)
             for name, text in texts.items()]
    with Store(path) as store:
        outcomes = [o.status for o in store.add(coded)]
    assert outcomes == [STORED] * len(texts), outcomes
    return path


def article_id(db: Path, source: Path) -> str:
    """The id of the article read from ``source``."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT id FROM articles WHERE ends_with(source, ?)", [source.name]).fetchone()
    finally:
        con.close()
    assert row, f"{source.name} is not in the store"
    return row[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """The app served by uvicorn on a free local port, in a thread of this process."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
