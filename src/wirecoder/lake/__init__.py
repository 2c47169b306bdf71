"""The lake: a corpus coded in shards into Parquet files that the store's queries read.

Layout of a lake folder::

    shards/<shard>/<table>.parquet   one file per table of schema.py, per shard (coded by one task)
    shards/<shard>/_DONE             the shard's manifest (JSON), written last: a shard without it is
                                     redone by the next run, one with it is skipped
    tables/<table>/year=Y/[month=M/] the compacted tables (``compact``): every done shard, exact and
                                     near-duplicates settled over the whole lake; a year of few
                                     articles in one file per table, a larger one a file a month
    tables/_state/                   the similar pairs found so far, so that the next serial step scores
                                     only the pairs with a new article

A lake may also be an fsspec URL (``s3://bucket/lake``, ``location.py``): the same keys, except that
the compacted tables are a generation ``tables/<g>/...`` named by the object ``tables/CURRENT``.
A shard is sized in articles; a large multi-item file is cut into ranges of its items (``pieces.py``).

``code_shard`` (``shard.py``) codes one shard: paths in, Parquet files out, a manifest back. It
knows no engine, so an engine is a thin wrapper that runs it on many shards: ``ingest_lake``
(``engine.py``) runs it on local processes or on Dask. A Ray or Spark adapter would do the same:
call ``plan_shards`` for the list of shards, run ``code_shard`` once per shard on the cluster (the
pipeline loaded once per worker process), then ``compact`` on one machine.

``open_lake`` (``views.py``) gives a DuckDB connection whose views over ``tables/`` have the names
and columns of a store file, so that ``events``, ``quotes``, ``actors``, ``dyad`` and ``export``
answer the same on either; ``load_lake`` copies a lake into a store file.
"""

from __future__ import annotations

from .compact import compact
from .engine import LakeSummary, ingest_lake, plan_shards
from .shard import code_shard
from .views import is_lake, load_lake, open_lake

__all__ = ["LakeSummary", "code_shard", "compact", "ingest_lake", "is_lake", "load_lake", "open_lake",
           "plan_shards"]
