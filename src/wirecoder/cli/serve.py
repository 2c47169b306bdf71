"""``wirecoder serve``: the dashboard and JSON API over a store (thin over ``wirecoder.web``)."""

from __future__ import annotations

import argparse
import socket
import sys

from ..errors import WirecoderError
from ..store import DEFAULT_DB

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="a dashboard and JSON API over the store, in the browser",
                       description="Serve a read-only dashboard and JSON API (/api/..., /openapi.json) over the store.")
    p.add_argument("--db", default=DEFAULT_DB,
                   help=f"the store: a DuckDB file or a lake folder (ingest --lake) (default {DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..web import create_app

    app = create_app(args.db)  # a missing or foreign store: one line, before the server starts
    _check_listen(args.host, args.port)
    if args.host not in LOCAL_HOSTS:
        print(f"wirecoder: warning: serving on {args.host}, reachable from other machines; the dashboard "
              "has no login", file=sys.stderr)
    print(f"wirecoder serve: http://{args.host}:{args.port}/ (JSON API under /api/, described by /openapi.json); "
          "Ctrl-C to stop", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _check_listen(host: str, port: int) -> None:
    """A port in use or an address not here: one line now, rather than uvicorn's log after start."""
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(info[0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(info[4])
    except OSError as exc:
        raise WirecoderError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
