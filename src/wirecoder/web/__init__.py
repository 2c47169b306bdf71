"""``wirecoder serve``: a read-only dashboard and JSON API over the store.

``create_app(db)`` builds the ASGI app (FastAPI); ``wirecoder serve`` runs it with uvicorn. Pages:
overview, events, dyad, actor, quotes, article, network; each has a JSON twin under ``/api/``.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
