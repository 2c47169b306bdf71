"""What each JSON twin answers, as pydantic models: the OpenAPI document describes every response,
so that a client knows the shape of the data and the fuzzing test checks each answer against it.

The endpoints return the plain dicts of ``data.py`` as they are (the models document them and are
not applied on the way out: a model never reshapes an answer). Field names and meanings are those
of the ``wirecoder.store.query`` rows (``docs/RECORD.md``'s store section).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..store import query


class _Model(BaseModel):
    # An answer may carry more than a model names (a column added to the store later).
    model_config = ConfigDict(extra="allow")


class Error(_Model):
    error: str = Field(description="what was wrong, in one line")


class EventRow(_Model):
    """One event (or, per report, one coded report): its codes, the sentence and where it is."""
    article_id: str = Field(description="the article of its first report")
    idx: int = Field(description="the event's number in that article")
    day: date | None = Field(description="the event's date, else its article's publication date")
    source: str | None
    target: str | None
    cameo: str | None
    root: str | None
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    mode: str | None
    symmetric: bool | None
    confidence: float | None
    trigger_text: str | None
    sentence: str | None
    start: int | None
    end: int | None
    article_source: str | None = Field(description="the path or URL the article was read from")
    headline: str | None
    event_id: str | None = Field(None, description="stable id of the event (store/identity.py)")
    num_reports: int | None = Field(None, description="coded reports of the event")
    num_articles: int | None = Field(None, description="articles that report it")
    num_sources: int | None = Field(None, description="distinct agencies or outlets among them")
    first_seen: date | None = Field(None, description="the earliest publication date among them")
    article_ids: list[str] | None = Field(None, description="every article that reports it, earliest first")


class QuoteRow(_Model):
    article_id: str
    idx: int
    published: date | None
    kind: str | None
    speaker_actor: str | None
    speaker_name: str | None
    cue_text: str | None
    text: str | None
    start: int | None
    end: int | None
    article_source: str | None
    headline: str | None


class ActorRow(_Model):
    actor_id: str
    name: str | None
    kind: str | None
    country: str | None
    role: str | None
    articles: int
    mentions: int
    events: int
    as_source: int
    as_target: int


class Period(_Model):
    period: date
    quad_class: int | None
    n: int


class Counts(_Model):
    articles: int
    events: int = Field(description="distinct events (one however many articles report it)")
    quotes: int
    actors: int


class Overview(_Model):
    counts: Counts
    first_day: date | None
    last_day: date | None
    top_actors: list[ActorRow]
    timeline: list[Period] = Field(description="distinct events per month and quad class")


class EventsPage(_Model):
    filters: dict[str, Any]
    page: int
    size: int
    sort: str
    has_next: bool
    rows: list[EventRow]


# A dyad row: the period, then each series' count, counts per quad class and mean Goldstein.
DyadRow = create_model(  # type: ignore[call-overload]
    "DyadRow", __base__=_Model, period=(date, ...),
    **{c: ((float | None) if c.endswith("_goldstein") else int, ...) for c in query.dyad_columns()[1:]})


class Dyad(_Model):
    a: str
    b: str
    by: str
    since: date | None = None
    until: date | None = None
    country: bool
    names: dict[str, str]
    rows: list[DyadRow]  # type: ignore[valid-type]
    busiest: list[dict[str, Any]] | None = None


class DyadPeriod(_Model):
    a: str
    b: str
    by: str
    period: date
    until: date
    rows: list[EventRow]


class Node(_Model):
    id: str
    label: str
    events: int


class NodeData(_Model):
    data: Node


class Link(_Model):
    id: str
    source: str
    target: str
    events: int
    goldstein: float


class LinkData(_Model):
    data: Link


class Graph(_Model):
    """The network in the shape cytoscape reads."""
    nodes: list[NodeData]
    edges: list[LinkData]


class About(_Model):
    actor_id: str
    name: str | None
    kind: str | None
    country: str | None
    role: str | None
    sector: str | None
    articles: int
    mentions: int | None


class Partner(_Model):
    partner: str
    name: str
    events: int = Field(description="distinct events between the two, either way")
    as_source: int
    mean_goldstein: float | None


class ActorPage(_Model):
    actor: About
    partners: list[Partner]
    names: dict[str, str]
    network: Graph
    timeline: list[Period]
    quotes: list[QuoteRow]
    as_source: str = Field(description="the API address of its latest events as source")
    as_target: str = Field(description="the API address of its latest events as target")


class QuotesPage(_Model):
    filters: dict[str, Any]
    page: int
    size: int
    has_next: bool
    rows: list[QuoteRow]


class Annotation(_Model):
    id: str
    kind: str
    start: int = Field(description="code-point offset in the text")
    end: int
    label: str


class Segment(_Model):
    text: str
    start: int
    end: int
    ids: list[str]
    kinds: list[str]
    labels: list[str]


class ArticlePage(_Model):
    record: dict[str, Any] = Field(description="the record, as `wirecoder extract` prints it (docs/RECORD.md)")
    duplicate_of: str | None
    annotations: list[Annotation]
    segments: list[Segment]


class Edge(_Model):
    source: str
    target: str
    events: int
    mean_goldstein: float | None


class Network(_Model):
    since: date | None
    until: date | None
    quad_class: list[int]
    min_count: int
    limit: int
    edges: list[Edge]
    names: dict[str, str]
    graph: Graph


# The errors every JSON twin may answer.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "a bad parameter"},
    404: {"model": Error, "description": "no such actor or article"},
    503: {"model": Error, "description": "the store is busy (an ingest is writing to it); retry"},
}
