"""The store's schema: the record's fields, normalised into DuckDB tables.

Ids are stable: an article is its record id (sha256 of the text); quotes and events are numbered by
their index in the record. ``SCHEMA_VERSION`` is kept in ``meta``; ``migrate`` brings an older file up.
Near-duplicates point at the first copy through ``articles.duplicate_of``; the ``counted_*`` views leave
them out, so that a re-issued story is never counted twice.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

# Version history (``migrate`` applies each step in turn; steps only ADD tables and columns):
#   1  articles, actors, mentions, quotes, events, ingest_log, counted_* views
#   2  lsh_bands: the near-duplicate index, kept in the file so that it works across runs

DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,          -- record id: sha256(text)[:16]
    source VARCHAR,                  -- path or URL it was read from
    headline VARCHAR,
    subheadline VARCHAR,
    dateline_place VARCHAR,
    dateline_agency VARCHAR,
    dateline_date_text VARCHAR,
    published DATE,
    language VARCHAR,
    encoding VARCHAR,
    n_chars INTEGER,
    duplicate_of VARCHAR,            -- id of the first near-duplicate, or NULL
    minhash UBIGINT[],               -- signature used to find near-duplicates
    record JSON,                     -- the whole record, as `extract` prints it
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
    role VARCHAR, sector VARCHAR, n_mentions INTEGER,
    PRIMARY KEY (article_id, actor_id)
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, actor_id VARCHAR, start INTEGER, "end" INTEGER
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, kind VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER,
    speaker_actor VARCHAR, speaker_name VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
    cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, idx INTEGER, source VARCHAR, target VARCHAR, cameo VARCHAR, root VARCHAR,
    quad_class TINYINT, goldstein DOUBLE, plover VARCHAR, mode VARCHAR, "symmetric" BOOLEAN,
    date DATE, location_name VARCHAR, location_country VARCHAR,
    start INTEGER, "end" INTEGER, trigger_start INTEGER, trigger_end INTEGER,
    sentence VARCHAR, trigger_text VARCHAR, quote INTEGER, confidence DOUBLE,
    PRIMARY KEY (article_id, idx)
);

-- What each ingest saw of each item: lets a rerun skip what is done and report what failed.
CREATE TABLE IF NOT EXISTS ingest_log (
    item VARCHAR PRIMARY KEY,        -- source path/URL plus, for multi-item files, '#n'
    status VARCHAR,                  -- stored | duplicate | near_duplicate | failed
    reason VARCHAR,
    article_id VARCHAR,
    logged_at TIMESTAMP DEFAULT current_timestamp
);

-- The near-duplicate index (store/dedup.py): one row per LSH band of each article that is not itself
-- a near-duplicate. Articles sharing a key are candidates, checked on their minhash signatures.
CREATE TABLE IF NOT EXISTS lsh_bands (
    key UBIGINT,                     -- band number and the band's rows of the signature, hashed
    article_id VARCHAR
);

CREATE OR REPLACE VIEW counted_articles AS SELECT * FROM articles WHERE duplicate_of IS NULL;
CREATE OR REPLACE VIEW counted_events AS
    SELECT e.*, a.published FROM events e JOIN articles a ON a.id = e.article_id
    WHERE a.duplicate_of IS NULL;
CREATE OR REPLACE VIEW counted_quotes AS
    SELECT q.*, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE a.duplicate_of IS NULL;
"""


def migrate(con) -> int:  # con: duckdb.DuckDBPyConnection
    """Bring the store at ``con`` up to ``SCHEMA_VERSION``; returns the version it found (0: new file).

    ``DDL`` creates whatever is missing (every statement is IF NOT EXISTS or OR REPLACE); the steps
    below fill what a new table needs from the data already there.
    """
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    found = int(row[0]) if row else 0
    if found > SCHEMA_VERSION:
        from ..errors import WirecoderError

        raise WirecoderError(f"this store has schema version {found}, newer than this wirecoder's "
                             f"{SCHEMA_VERSION}: upgrade wirecoder")
    con.execute(DDL)
    if 0 < found < 2:
        # 1 -> 2: index the signatures of the articles that are not near-duplicates.
        from .dedup import band_keys

        rows = con.execute("SELECT id, minhash FROM articles WHERE duplicate_of IS NULL "
                           "AND minhash IS NOT NULL").fetchall()
        keys = [(key, article_id) for article_id, sig in rows for key in band_keys(sig)]
        if keys:
            con.executemany("INSERT INTO lsh_bands VALUES (?, ?)", keys)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return found
