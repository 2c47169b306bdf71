"""Writing records into the store: normalised rows, exact and near-duplicate checks, one transaction
per batch.

An article's id is the hash of its text, so a text already stored is never stored again (``duplicate``).
A new text whose MinHash signature is close to a stored one's (``dedup.py``) is stored with
``duplicate_of`` set to the first copy, so that the ``counted_*`` views leave it out
(``near_duplicate``). Each batch of records and its ``ingest_log`` rows is one transaction: a crash loses
at most the batch being written, and a rerun picks up from the log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..record import Record
from . import DEFAULT_DB, connect, dedup
from .schema import ACTORS, ARTICLES, EVENTS, INGEST_LOG, LSH_BANDS, MENTIONS, QUOTES, TABLES

STORED, DUPLICATE, NEAR_DUPLICATE, FAILED = "stored", "duplicate", "near_duplicate", "failed"
# An item that made wirecoder itself fail (a bug, not a bad input): logged, but retried by a rerun.
ERROR = "error"
FINAL = (STORED, DUPLICATE, NEAR_DUPLICATE, FAILED)


@dataclass
class Outcome:
    """What became of one item: a record to store, or the reason it could not be coded.

    ``write`` fills ``status`` (stored, duplicate, near_duplicate, failed), ``article_id`` and, for a
    near-duplicate, ``duplicate_of``.
    """

    item: str
    record: Record | None = None
    reason: str | None = None
    signature: Sequence[int] | None = None
    status: str | None = None
    article_id: str | None = None
    duplicate_of: str | None = None


# The tables a batch writes, in order; their columns, Arrow types and row order come from schema.py.
_WRITTEN = ("articles", "actors", "mentions", "quotes", "events", "ingest_log", "lsh_bands")


def _rows(record: Record, duplicate_of: str | None, signature: Sequence[int]) -> dict[str, list[tuple]]:
    """The record as rows of each table."""
    text, rid = record.text, record.id
    d = record.dateline
    rows: dict[str, list[tuple]] = {name: [] for name in _WRITTEN}
    rows["articles"].append(ARTICLES.row(
        id=rid, source=record.source, headline=record.headline, subheadline=record.subheadline,
        dateline_place=d.place if d else None, dateline_agency=d.agency if d else None,
        dateline_date_text=d.date_text if d else None, published=record.published, language=record.language,
        encoding=record.encoding, n_chars=len(text), duplicate_of=duplicate_of,
        minhash=[int(v) for v in signature], record=json.dumps(record.to_dict(), ensure_ascii=False)))
    seen: set[str] = set()
    for a in record.actors:
        if a.id in seen:  # one row per actor: a stage that listed one twice must not fail the batch
            continue
        seen.add(a.id)
        rows["actors"].append(ACTORS.row(article_id=rid, actor_id=a.id, name=a.name, kind=a.kind,
                                         country=a.country, role=a.role, sector=a.sector,
                                         n_mentions=len(a.mentions)))
        rows["mentions"].extend(MENTIONS.row(article_id=rid, actor_id=a.id, start=s, end=e) for s, e in a.mentions)
    for i, q in enumerate(record.quotes):
        sp, cue = q.speaker, q.cue
        rows["quotes"].append(QUOTES.row(
            article_id=rid, idx=i, kind=q.kind, text=q.text, start=q.span[0], end=q.span[1],
            speaker_actor=sp.actor if sp else None, speaker_name=sp.name if sp else None,
            speaker_start=sp.span[0] if sp and sp.span else None, speaker_end=sp.span[1] if sp and sp.span else None,
            cue_text=cue.text if cue else None, cue_start=cue.span[0] if cue else None,
            cue_end=cue.span[1] if cue else None))
    for i, e in enumerate(record.events):
        loc = e.location
        rows["events"].append(EVENTS.row(
            article_id=rid, idx=i, source=e.source, target=e.target, cameo=e.cameo, root=e.root,
            quad_class=e.quad_class, goldstein=e.goldstein, plover=e.plover, mode=e.mode, symmetric=e.symmetric,
            date=e.date, location_name=loc.name if loc else None, location_country=loc.country if loc else None,
            start=e.span[0], end=e.span[1], trigger_start=e.trigger[0], trigger_end=e.trigger[1],
            sentence=text[e.span[0]:e.span[1]], trigger_text=text[e.trigger[0]:e.trigger[1]], quote=e.quote,
            confidence=e.confidence))
    return rows


def done_items(con: duckdb.DuckDBPyConnection, items: Sequence[str]) -> set[str]:
    """Those of ``items`` that the ingest log of the store at ``con`` holds with a final status."""
    if not items:
        return set()
    rows = con.execute("SELECT item FROM ingest_log WHERE item IN (SELECT unnest(?::VARCHAR[])) "
                       "AND status IN (SELECT unnest(?::VARCHAR[]))", [list(items), list(FINAL)]).fetchall()
    return {r[0] for r in rows}


def stored_ids(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` already stored as articles in the store at ``con``."""
    if not ids:
        return set()
    rows = con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]).fetchall()
    return {r[0] for r in rows}


class Store:
    """A wirecoder store (a DuckDB file) opened for writing.

    >>> with Store("news.duckdb") as store:
    ...     store.add(records)
    """

    def __init__(self, path: str | Path = DEFAULT_DB, threshold: float = dedup.THRESHOLD) -> None:
        self.path = Path(path)
        self.con: duckdb.DuckDBPyConnection = connect(path)
        self.threshold = threshold

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def reopen(self) -> duckdb.DuckDBPyConnection:
        """A fresh connection to the same file (after letting other processes read it)."""
        return connect(self.path)

    def add(self, records: Iterable[Record]) -> list[Outcome]:
        """Store records (one transaction), without ingest-log rows; returns what became of each."""
        return self.write([Outcome(item=r.source or r.id, record=r) for r in records], log=False)

    def done_items(self, items: Sequence[str], con: duckdb.DuckDBPyConnection | None = None) -> set[str]:
        """Those of ``items`` that the ingest log holds with a final status (``con``: another cursor)."""
        return done_items(con or self.con, items)

    def stored_ids(self, ids: Sequence[str], con: duckdb.DuckDBPyConnection | None = None) -> set[str]:
        """Those of ``ids`` already stored as articles (``con``: another cursor)."""
        return stored_ids(con or self.con, ids)

    def counts(self) -> dict[str, int]:
        """Rows per table, and articles that are near-duplicates."""
        out = {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
               for t in ("articles", "actors", "mentions", "quotes", "events", "ingest_log")}
        out["near_duplicates"] = self.con.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]  # type: ignore[index]
        return out

    def _near_duplicate_candidates(self, keys: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        if keys:
            for key, article_id in self.con.execute(
                    "SELECT key, article_id FROM lsh_bands WHERE key IN (SELECT unnest(?::UBIGINT[]))",
                    [keys]).fetchall():
                found.setdefault(int(key), []).append(article_id)
        return found

    def _signatures(self, ids: set[str]) -> dict[str, list[int]]:
        if not ids:
            return {}
        return dict(self.con.execute("SELECT id, minhash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                     [sorted(ids)]).fetchall())

    def write(self, outcomes: Sequence[Outcome], log: bool = True) -> list[Outcome]:
        """Write one batch in one transaction: the records that are new, and (``log``) a log row per item."""
        latest: dict[str, Outcome] = {}
        for o in outcomes:
            latest[o.item] = o  # an item listed twice in a batch is logged once
        stored = self.stored_ids([o.record.id for o in outcomes if o.record is not None])
        fresh: list[tuple[Outcome, list[int]]] = []
        for o in outcomes:
            if o.record is None:
                o.status = o.status or FAILED  # or DUPLICATE, found by the caller before coding
                continue
            o.article_id = o.record.id
            if o.record.id in stored:
                o.status = DUPLICATE
                continue
            stored.add(o.record.id)
            sig = [int(v) for v in (o.signature if o.signature is not None else dedup.signature(o.record.text))]
            fresh.append((o, sig))

        # Near-duplicates: candidates share a band key with an indexed article, stored or in this batch.
        all_keys = {o.article_id: dedup.band_keys(sig) for o, sig in fresh}
        in_store = self._near_duplicate_candidates(sorted({k for ks in all_keys.values() for k in ks}))
        known = self._signatures({a for ids in in_store.values() for a in ids})
        in_batch: dict[int, list[str]] = {}
        rows: dict[str, list[tuple]] = {name: [] for name in _WRITTEN}
        for o, sig in fresh:
            keys = all_keys[o.article_id]
            candidates = {a for k in keys for a in in_store.get(k, []) + in_batch.get(k, [])}
            best = max(((dedup.similarity(sig, known[a]), a) for a in candidates), default=(0.0, None))
            if best[1] is not None and best[0] >= self.threshold:
                o.status, o.duplicate_of = NEAR_DUPLICATE, best[1]
            else:
                o.status = STORED
                known[o.article_id] = sig  # type: ignore[index]
                for k in keys:
                    in_batch.setdefault(k, []).append(o.article_id)  # type: ignore[arg-type]
                    rows["lsh_bands"].append(LSH_BANDS.row(key=k, article_id=o.article_id))
            for table, table_rows in _rows(o.record, o.duplicate_of, sig).items():  # type: ignore[arg-type]
                rows[table].extend(table_rows)
        if log:
            rows["ingest_log"] = [INGEST_LOG.row(item=o.item, status=o.status, reason=o.reason, article_id=o.article_id)
                                 for o in latest.values()]
        self._insert(rows)
        return list(outcomes)

    def _insert(self, rows: dict[str, list[tuple[Any, ...]]]) -> None:
        con = self.con
        con.begin()
        try:
            for table, table_rows in rows.items():
                if not table_rows:
                    continue
                schema = TABLES[table].arrow_schema()
                values_by_column = zip(*table_rows, strict=True)
                batch = pa.table([pa.array(col, type=field.type)
                                  for col, field in zip(values_by_column, schema, strict=True)], schema=schema)
                name = f"_batch_{table}"
                con.register(name, batch)
                # A rerun retries items logged as ``error`` and replaces their rows.
                verb = "INSERT OR REPLACE" if table == "ingest_log" else "INSERT"
                con.execute(TABLES[table].insert_sql(name, verb))
                con.unregister(name)
            con.commit()
        except BaseException:
            con.rollback()
            raise
