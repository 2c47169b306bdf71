"""The Dask worker plugin that loads the pipeline once per worker process (before its first shard)."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

from ..ingest.coding import pipeline_for


class LoadPipeline(WorkerPlugin):
    name = "wirecoder-pipeline"

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        pipeline_for(self.options)
