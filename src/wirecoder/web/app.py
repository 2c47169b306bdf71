"""The dashboard and its JSON API: one FastAPI app, read-only over one store (a DuckDB file or a lake).

Every page has a JSON twin: ``/events`` renders what ``/api/events`` returns, with the same
parameters (the keywords of the ``wirecoder.store.query`` functions). One endpoint function serves
both paths; the OpenAPI document (``/openapi.json``) describes the API ones.

Why these parts: FastAPI validates and documents every parameter from its type (an OpenAPI document
for free, which the fuzzing test reads); Jinja2 escapes every value it writes into HTML by default;
uvicorn serves it. Charts (Observable Plot + d3), the network (cytoscape) and the dyad's click
(htmx) are vendored JavaScript files under ``static/vendor/``: no CDN, no build step. Pages hold
no inline script (``static/charts.js`` starts each page from its JSON payload), so the
Content-Security-Policy sent with every answer allows scripts from this site only.

DuckDB lets one process write a file and, while it does, no other open it. So the store is opened
read-only when a request comes and let go ``keep_open`` seconds (default 2) after the last one:
a dashboard left open never keeps an ingest out for long, and the requests of one page (and of a
user clicking through) share a warm connection (a fresh one reads its data from disk again, which
cost about a third of a query's time on a million events). While an ingest holds the store, requests
answer 503 "store is busy" (the HTML page retries by itself).
"""


import atexit
import csv
import html
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BeforeValidator, Field

from .. import __version__
from ..errors import WirecoderError
from ..store import query, store_error
from . import data, models

HERE = Path(__file__).resolve().parent
RETRY_SECONDS = 2
# Scripts come from this site only and pages hold none inline: should a text from an article ever
# reach a page unescaped, the browser would still run nothing in it. (Plot and htmx write inline styles.)
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                           "frame-ancestors 'none'; form-action 'self'")


class StoreBusy(Exception):
    """Another process (an ingest) holds the store's write lock."""


def _blank(value: Any) -> Any:
    """An empty form field is no filter (an HTML form sends ``since=`` for an empty date box)."""
    return None if isinstance(value, str) and not value.strip() else value


def _optional(kind: Any, description: str | None = None, **constraints: Any) -> Any:
    """An optional query parameter: blank is absent, and ``constraints`` apply to a value given."""
    return Annotated[Annotated[kind, Field(**constraints)] | None, BeforeValidator(_blank),
                     Query(description=description)]


Text = _optional(str, None, max_length=200)
Day = _optional(date, "YYYY-MM-DD, inclusive")
Actor = Annotated[str, Query(min_length=1, max_length=200, description="an actor id: RUS, NATO, person:...")]


def open_store(db: Path) -> duckdb.DuckDBPyConnection:
    """The store, read-only; :class:`StoreBusy` while an ingest holds it. A folder is a lake
    (``ingest --lake``): views over its Parquet files, as the query commands read it (``lake/views.py``),
    in a database of this process's own, so nothing reaches the lake and no ingest is kept out."""
    if not db.exists():
        raise WirecoderError(f"{db}: no such database (run `wirecoder ingest` first)")
    if db.is_dir():
        from ..lake import open_lake

        return open_lake(db)  # a folder that is no lake, or one not compacted yet: one line naming it
    try:
        return duckdb.connect(str(db), read_only=True)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreBusy(str(db)) from None
        raise store_error(db, exc) from None
    except duckdb.Error as exc:
        raise store_error(db, exc) from None


class StoreHandle:
    """The store, opened read-only on first use and closed ``keep_open`` seconds after the last request.

    Each request gets its own cursor (DuckDB connections are not shared between threads); they all
    read through one database instance, so its cache stays warm while the dashboard is in use.
    """

    def __init__(self, path: Path, keep_open: float) -> None:
        self.path, self.keep_open = path, keep_open
        self.lock = threading.Lock()
        self.con: duckdb.DuckDBPyConnection | None = None
        self.users = 0
        self.last = 0.0
        self.timer: threading.Timer | None = None
        self.opened_at: tuple[int, ...] = ()
        # Closed at exit in the main thread: a timer thread caught inside DuckDB's close while the
        # interpreter ends is killed there, and the process aborts instead of exiting.
        atexit.register(self.shutdown)

    def version(self) -> tuple[int, ...]:
        """What changes when the store does: a file's (and its write-ahead log's) modification time and
        size; a lake's folder and its ``tables/`` (replaced whole when the lake is compacted again)."""
        if self.path.is_dir():
            parts = [self.path, self.path / "tables"]
        else:
            parts = [self.path, self.path.with_name(self.path.name + ".wal")]
        stats = [p.stat() for p in parts if p.exists()]
        return tuple(x for st in stats for x in (st.st_mtime_ns, st.st_size, st.st_ino))

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self.lock:
            # A lake's views list its files when opened: a lake compacted again since is opened anew
            # (a store file is read live and never needs it).
            if self.con is not None and self.users == 0 and self.path.is_dir() and self.version() != self.opened_at:
                self.con.close()
                self.con = None
            if self.con is None:
                self.opened_at = self.version()
                self.con = open_store(self.path)  # StoreBusy while an ingest writes
            self.users += 1
            return self.con.cursor()

    def release(self, cursor: duckdb.DuckDBPyConnection) -> None:
        cursor.close()
        with self.lock:
            self.users -= 1
            self.last = time.monotonic()
            if self.users == 0:
                if self.timer is not None:
                    self.timer.cancel()
                self.timer = threading.Timer(self.keep_open, self.close_if_idle)
                self.timer.daemon = True
                self.timer.start()

    def shutdown(self) -> None:
        with self.lock:  # waits for a close already running in the timer thread
            if self.timer is not None:
                self.timer.cancel()
            if self.con is not None:
                self.con.close()
                self.con = None

    def close_if_idle(self) -> None:
        with self.lock:
            if self.con is not None and self.users == 0 and time.monotonic() - self.last >= self.keep_open * 0.9:
                self.con.close()
                self.con = None


def check_store(path: Path) -> None:
    """Fail at once, in one line, for a file that is not a wirecoder store (a busy one is fine: the
    pages say so until the ingest holding it is done)."""
    try:
        con = open_store(path)
    except StoreBusy:
        return
    try:
        con.execute("SELECT 1 FROM counted_events LIMIT 0")
    except duckdb.Error:
        raise WirecoderError(f"{path}: not a wirecoder store (no events table); make one with "
                             "`wirecoder ingest`") from None
    finally:
        con.close()


def event_filters(source: Text = None, target: Text = None,
                  cameo: _optional(str, "a CAMEO code prefix", pattern=r"^\d{2,4}$") = None,
                  root: _optional(int, "a CAMEO root, 1-20", ge=1, le=20) = None,
                  quad: Annotated[list[int] | None, Query(description="quad classes 1-4")] = None,
                  plover: _optional(str, "a PLOVER event type", pattern=r"^[A-Za-z_]{1,40}$") = None,
                  since: Day = None, until: Day = None, contains: Text = None,
                  country: bool = False) -> dict[str, Any]:
    """The filters of ``wirecoder events`` (``quad`` is ``quad_class`` there)."""
    quads = _quads(quad)
    found = {"source": source, "target": target, "cameo": cameo, "root": root, "quad_class": quads or None,
             "plover": plover, "since": since, "until": until, "contains": contains, "country": country}
    return {k: v for k, v in found.items() if v not in (None, False)}


def _quads(quad: list[int] | None) -> list[int]:
    quads = sorted(set(quad or []))
    if any(q not in data.QUADS for q in quads):
        raise WirecoderError(f"quad: {quads}; a quad class is 1, 2, 3 or 4")
    return quads


def _found(value: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    """``value``, or a 404 naming what was looked for."""
    if value is None:
        raise HTTPException(404, f"no {what} {key!r} in this store")
    return value


def _paging(page: int, size: int, most: int) -> None:
    """Pages stop at row ``most``: a result set is bounded, however far one pages."""
    if page * size > most:
        raise WirecoderError(f"page {page} of {size} rows goes past row {most:,}; narrow the filters")


def _qs(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes``, leaving out empty values."""
    from urllib.parse import urlencode

    merged = {**params, **changes}
    pairs: list[tuple[str, str]] = []
    for key, value in merged.items():
        if value in (None, "", False, []):
            continue
        key = "quad" if key == "quad_class" else key
        for v in value if isinstance(value, list) else [value]:
            pairs.append((key, "true" if v is True else str(v)))
    return urlencode(pairs)


def _goldstein_colour(value: float | None) -> str:
    """Red for conflict, blue for cooperation, grey near zero: the colour of a Goldstein score."""
    if value is None:
        return "#999"
    v = max(-10.0, min(10.0, float(value))) / 10
    if v < 0:
        return f"rgb({200}, {int(200 + 55 * v)}, {int(200 + 150 * v)})"
    return f"rgb({int(200 - 160 * v)}, {int(200 - 80 * v)}, {220})"


def create_app(db: str | Path, keep_open: float = 2.0) -> FastAPI:
    """The dashboard and API over the store at ``db``, opened read-only while requests come and let
    go ``keep_open`` seconds after the last one (so that an ingest can start)."""
    path = Path(db)
    check_store(path)
    app = FastAPI(title="wirecoder", version=__version__,
                  description="Read-only JSON API over a wirecoder store: the twin of every dashboard page.",
                  # The interactive docs pages load their scripts from a CDN; the document itself is served.
                  docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(qs=_qs, quads=data.QUADS, event_sorts=data.EVENT_SORTS, report_links=data.REPORT_LINKS,
                                 goldstein_colour=_goldstein_colour, db_name=path.name,
                                 pretty_json=lambda value: json.dumps(value, indent=1, ensure_ascii=False, default=str))

    handle = StoreHandle(path, keep_open)
    app.state.store = handle

    def store() -> Iterator[duckdb.DuckDBPyConnection]:
        con = handle.cursor()
        try:
            yield con
        finally:
            handle.release(con)

    Store = Annotated[duckdb.DuckDBPyConnection, Depends(store)]

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def respond(request: Request, template: str, payload: dict[str, Any], status: int = 200) -> Response:
        if is_api(request):
            return JSONResponse(jsonable_encoder(payload), status_code=status)
        params = {k: v for k, v in request.query_params.multi_items() if v}
        return templates.TemplateResponse(request, template, {**payload, "params": params,
                                                              "payload_json": jsonable_encoder(payload)},
                                          status_code=status)

    def failure(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        if is_api(request):
            return JSONResponse({"error": message}, status_code=status, headers=headers)
        if request.headers.get("HX-Request"):  # a piece of a page: the message alone, in its place
            return HTMLResponse(f'<p class="{"busy" if status == 503 else "error"}" role="alert">'
                                f"{html.escape(message)}</p>", status_code=status, headers=headers)
        name = "busy.html" if status == 503 else "error.html"
        return templates.TemplateResponse(request, name, {"status": status, "message": message,
                                                          "retry": RETRY_SECONDS, "params": {}},
                                          status_code=status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "request"
            problems.append(f"{where}: {err.get('msg')}")
        return failure(request, 400, "bad parameter: " + "; ".join(problems))

    @app.exception_handler(WirecoderError)
    async def wirecoder_error(request: Request, exc: WirecoderError) -> Response:
        return failure(request, 400, str(exc))

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> Response:
        message = f"The store {path.name} is busy (an ingest is writing to it)"
        if is_api(request):
            message += f"; try again in {RETRY_SECONDS} s"
        return failure(request, 503, message, {"Retry-After": str(RETRY_SECONDS)})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return failure(request, exc.status_code, str(exc.detail))

    def twin(page: str, api: str, endpoint: Callable[..., Any], model: type[models.BaseModel]) -> None:
        """Serve ``endpoint`` as the HTML page ``page`` and as its JSON twin ``api`` (answering
        ``model``, as the OpenAPI document says)."""
        app.add_api_route(api, endpoint, methods=["GET"], name=f"api:{page}", response_model=model,
                          responses=models.ERRORS)
        app.add_api_route(page, endpoint, methods=["GET"], include_in_schema=False,
                          response_class=HTMLResponse, name=f"page:{page}")

    # The overview and the network sum up the whole store, and change only when the store does: their
    # answers are kept for as long as the store keeps its version (StoreHandle.version).
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}

    def summary(key: tuple[Any, ...], compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        version = handle.version()
        if any(k[0] != version for k in kept) or len(kept) > 64:
            kept.clear()
        if (version, *key) not in kept:
            kept[(version, *key)] = compute()
        return kept[(version, *key)]

    def overview(request: Request, con: Store) -> Response:
        """Totals, date range, the most active actors and the quad-class timeline by month."""
        return respond(request, "overview.html", summary(("overview",), lambda: data.overview(con)))

    def events(request: Request, con: Store, filters: Annotated[dict[str, Any], Depends(event_filters)],
               page: Annotated[int, Query(ge=1)] = 1, size: Annotated[int, Query(ge=1, le=500)] = 50,
               sort: Literal["day", "-day", "goldstein", "-goldstein"] = "day") -> Response:
        """Events matching the filters of ``wirecoder events``, a page at a time."""
        _paging(page, size, data.MAX_OFFSET)
        # htmx asks for the rows alone (the actor page loads its events this way, beside the rest).
        template = "events_rows.html" if request.headers.get("HX-Request") else "events.html"
        return respond(request, template, data.events_page(con, filters, page, size, sort))

    def download(fmt: Literal["csv", "jsonl"]) -> Callable[..., Response]:
        def endpoint(con: Store, filters: Annotated[dict[str, Any], Depends(event_filters)]) -> Response:
            rows = query.events(con, **filters, limit=data.MAX_DOWNLOAD + 1)
            headers = {"Content-Disposition": f'attachment; filename="events.{fmt}"'}
            if len(rows) > data.MAX_DOWNLOAD:
                rows = rows[:data.MAX_DOWNLOAD]
                headers["X-Wirecoder-Truncated"] = str(data.MAX_DOWNLOAD)
            if fmt == "jsonl":
                body = "".join(json.dumps(jsonable_encoder(r), ensure_ascii=False) + "\n" for r in rows)
                return Response(body, media_type="application/x-ndjson", headers=headers)
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["article_id"])
            writer.writeheader()
            writer.writerows(rows)
            return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)

        endpoint.__doc__ = f"Every event matching the filters (at most {data.MAX_DOWNLOAD:,}) as {fmt.upper()}."
        return endpoint

    def dyad(request: Request, con: Store, a: Text = None, b: Text = None,
             by: Literal["day", "week", "month", "year"] = "month", since: Day = None, until: Day = None,
             country: bool = False) -> Response:
        """Events between two actors (``a`` and ``b``, both required) per period, each direction:
        quad-class counts and mean Goldstein."""
        if not (a and b):
            if is_api(request):
                raise WirecoderError("a dyad needs two actors: give a and b (actor ids such as RUS, CHN)")
            busiest = summary(("dyads",), lambda: {"pairs": data.busiest_dyads(con)})["pairs"]
            return respond(request, "dyad.html", {"a": a or "", "b": b or "", "by": by, "country": country,
                                                  "names": {}, "rows": [], "busiest": busiest})
        return respond(request, "dyad.html", data.dyad_page(con, a, b, by, since, until, country))

    def dyad_period(request: Request, con: Store, a: Actor, b: Actor, period: date,
                    by: Literal["day", "week", "month", "year"] = "month", country: bool = False) -> Response:
        """The events of one period of a dyad, both directions."""
        return respond(request, "dyad_period.html", data.dyad_period_events(con, a, b, by, period, country))

    def actor(request: Request, con: Store, actor_id: str) -> Response:
        """One actor: description, partners (a network), timeline, quotes, events each way."""
        return respond(request, "actor.html", _found(data.actor_page(con, actor_id), "actor", actor_id))

    def quotes(request: Request, con: Store, speaker: Text = None, contains: Text = None,
               kind: Literal["direct", "indirect", "mixed"] | None = None, since: Day = None,
               until: Day = None, page: Annotated[int, Query(ge=1)] = 1,
               size: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
        """Quotations by speaker, words, kind and date, a page at a time."""
        _paging(page, size, data.MAX_ROWS)
        filters = {k: v for k, v in {"speaker": speaker, "contains": contains, "kind": kind,
                                     "since": since, "until": until}.items() if v is not None}
        return respond(request, "quotes.html", data.quotes_page(con, filters, page, size))

    def article(request: Request, con: Store, article_id: str) -> Response:
        """An article's text with every highlight (built from code-point spans) and its record."""
        return respond(request, "article.html", _found(data.article_page(con, article_id), "article", article_id))

    def network(request: Request, con: Store, since: Day = None, until: Day = None,
                quad: Annotated[list[int] | None, Query(description="quad classes 1-4")] = None,
                min_count: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                limit: Annotated[int, Query(ge=1, le=data.MAX_EDGES)] = 60) -> Response:
        """The actor graph: edges weighted by event count, coloured by mean Goldstein."""
        quads = _quads(quad)
        found = summary(("network", since, until, tuple(quads), min_count, limit),
                        lambda: data.network(con, since, until, quads, min_count, limit))
        return respond(request, "network.html", found)

    twin("/", "/api/overview", overview, models.Overview)
    twin("/events", "/api/events", events, models.EventsPage)
    for fmt, media in (("csv", "text/csv"), ("jsonl", "application/x-ndjson")):
        app.add_api_route(f"/api/events.{fmt}", download(fmt), methods=["GET"], response_class=Response,
                          responses={200: {"content": {media: {"schema": {"type": "string"}}},
                                           "description": f"every matching event, one {fmt.upper()} row each"},
                                     **models.ERRORS})
    twin("/dyad", "/api/dyad", dyad, models.Dyad)
    twin("/dyad/period", "/api/dyad/period", dyad_period, models.DyadPeriod)
    twin("/actor/{actor_id}", "/api/actor/{actor_id}", actor, models.ActorPage)
    twin("/quotes", "/api/quotes", quotes, models.QuotesPage)
    twin("/article/{article_id}", "/api/article/{article_id}", article, models.ArticlePage)
    twin("/network", "/api/network", network, models.Network)

    def openapi() -> dict[str, Any]:
        """The OpenAPI document, less FastAPI's 422 answers: a bad parameter is a 400 here."""
        if app.openapi_schema is None:
            document = FastAPI.openapi(app)
            for path in document["paths"].values():
                for operation in path.values():
                    operation["responses"].pop("422", None)
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]
    return app
