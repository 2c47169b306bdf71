"""The pipeline: reader -> spaCy -> actors -> quotes -> events -> record.

It loads once per process; :meth:`Pipeline.extract_many` batches texts through spaCy's ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from . import errors
from .actors import ActorTable
from .article import Article, read_article
from .collection import freeze_loaded
from .components import ACTORS, ARTICLE, EVENTS, FACTORIES, QUOTES
from .dates import parse_date
from .errors import InputError
from .language import language_of, not_coded_warning
from .longtext import code_long_document, is_long
from .nlp import load_nlp, parser_text, with_original_text
from .record import Record, record_id
from .settings import load_settings
from .sources import Document

STAGES = ("actors", "quotes", "events")


def _internal(source: str | None, exc: Exception) -> InputError:
    return InputError(source, errors.INTERNAL.format(error=f"{type(exc).__name__}: {exc}"))


class Pipeline:
    """wirecoder's whole extraction, from text to :class:`~wirecoder.record.Record`.

    ``stages`` names the stages after the reader and spaCy that run (all by default); leaving some
    out is for benchmarks and for users who want only actors, say. ``actors``, ``patterns``, ``cues``
    and ``stance`` are a user's rule files, laid over the package's after those of the settings'
    ``[data]`` section.

    The stages are the spaCy components ``wirecoder_actors``, ``wirecoder_quotes`` and
    ``wirecoder_events`` (:mod:`wirecoder.components`), made from their factories; ``nlp`` is the
    parser they run after, and ``components`` holds them in order.
    """

    def __init__(self, model: str | None = None, actors: Iterable[str | Path] = (),
                 settings: str | Path | dict[str, Any] | None = None,
                 stages: Iterable[str] = STAGES, *, patterns: Iterable[str | Path] = (),
                 cues: Iterable[str | Path] = (), stance: Iterable[str | Path] = ()) -> None:
        self.stages = tuple(stages)
        unknown = set(self.stages) - set(STAGES)
        if unknown:
            raise ValueError(f"unknown stages {sorted(unknown)}; the stages are {', '.join(STAGES)}")
        self.settings = settings if isinstance(settings, dict) else load_settings(settings)
        self.model = model or self.settings["pipeline"]["model"]
        data = self.settings.get("data", {})

        def files(key: str, given: Iterable[str | Path]) -> list[str]:
            return [str(p) for p in (*(data.get(key) or []), *given)]

        configs = {
            "actors": {"actors": files("actors", actors)},
            "quotes": {"cues": files("cues", cues), "tuning": dict(self.settings.get("quotes", {}))},
            "events": {"patterns": files("patterns", patterns), "stance": files("stance", stance),
                       "tuning": dict(self.settings.get("events", {}))},
        }
        self.nlp = load_nlp(self.model)
        # Every rule file loads as its component is made, before any text and whichever stages run:
        # a bad file is reported at once.
        made = {s: self.nlp.create_pipe(FACTORIES[s], config=configs[s]) for s in STAGES}
        self.components = [made[s] for s in STAGES if s in self.stages]
        self.find_actors = made["actors"].finder  # ``find_actors(doc, article)``: the actor table alone
        self.max_chars = int(self.settings["pipeline"]["max_chars"])
        # spaCy refuses texts over nlp.max_length (1M by default) with an exception that would end
        # the batch; our own max_chars check is the one that should speak, so spaCy must allow it.
        self.nlp.max_length = max(self.nlp.max_length, self.max_chars + 1)
        self.batch_size = int(self.settings["pipeline"]["batch_size"])
        # Longer texts are coded in pieces of at most this many characters (longtext.py): bounded memory.
        self.chunk_chars = int(self.settings["pipeline"].get("chunk_chars", 100_000))
        self.max_furniture_lines = int(self.settings.get("reader", {}).get("max_furniture_lines", 3))
        # speed28: the model and the rule files, loaded, out of the collector's full passes (once per
        # process: collection.py)
        freeze_loaded()

    def extract(self, text: str | Document, *, source: str | None = None,
                reference_date: date | str | None = None) -> Record:
        """Code one text. Raises :class:`InputError` for a text that cannot be coded."""
        doc = text if isinstance(text, Document) else Document(text=text, source=source)
        if source is not None:
            doc.source = source
        result = next(self.extract_many([doc], reference_date=reference_date))
        if isinstance(result, InputError):
            raise result
        return result

    def extract_many(self, texts: Iterable[str | Document], *,
                     reference_date: date | str | None = None) -> Iterator[Record | InputError]:
        """Code many texts, in order, batched through spaCy.

        Yields a Record per text, or the InputError that explains why that text was not coded; one
        bad text never stops the rest.
        """
        ref = parse_date(reference_date, "reference_date")
        docs = (t if isinstance(t, Document) else Document(text=t) for t in texts)

        def checked() -> Iterator[tuple[str, tuple[Document, Article | InputError]]]:
            for d in docs:
                problem = self._check(d)
                if problem is None:
                    try:
                        article = read_article(d.text, ref, published_hint=d.meta.get("published"),
                                               max_furniture_lines=self.max_furniture_lines)
                    except Exception as exc:  # a text the reader trips on must not end the batch
                        problem = _internal(d.source, exc)
                    else:  # a long text goes to spaCy in pieces later (longtext.py): "" stands in here
                        yield ("" if is_long(d.text, self.chunk_chars) else parser_text(d.text)), (d, article)
                        continue
                yield "", (d, problem)

        for spacy_doc, (document, article) in self.nlp.pipe(checked(), as_tuples=True,
                                                             batch_size=self.batch_size):
            if isinstance(article, InputError):
                yield article
                continue
            try:
                result: Record | InputError = (
                    code_long_document(self, document, article) if is_long(document.text, self.chunk_chars)
                    else self._record(with_original_text(spacy_doc, document.text), document, article))
            except Exception as exc:  # one text that trips a stage must not end the batch
                result = _internal(document.source, exc)
            yield result

    def _check(self, document: Document) -> InputError | None:
        if not document.text.strip():
            return InputError(document.source, errors.BLANK)
        if len(document.text) > self.max_chars:
            return InputError(document.source, errors.TOO_LONG.format(n=len(document.text),
                                                                      limit=self.max_chars))
        return None

    def _record(self, doc: Doc, document: Document, article: Article) -> Record:
        # A language wirecoder does not code keeps the reader's fields only, with a warning (language.py).
        language, coded = language_of(document.text)
        doc._.set(ARTICLE, article)
        for component in self.components if coded else ():
            component(doc)
        actors = doc._.get(ACTORS) or ActorTable()
        quotes = doc._.get(QUOTES) or []
        events = doc._.get(EVENTS) or []
        text = document.text

        def part(span: tuple[int, int] | None) -> str | None:
            return text[span[0]:span[1]] if span else None

        return Record(
            id=record_id(text), source=document.source, text=text,
            headline=part(article.headline_span), subheadline=part(article.subheadline_span),
            dateline=article.dateline,
            published=article.published.isoformat() if article.published else None,
            actors=actors.actors, quotes=quotes, events=events,
            headline_span=article.headline_span, subheadline_span=article.subheadline_span,
            body_span=article.body_span, encoding=document.encoding, language=language,
            warnings=list(document.warnings) + ([] if coded else [not_coded_warning(language)]),
        )


def load(model: str | None = None, actors: Iterable[str | Path] = (),
         settings: str | Path | dict[str, Any] | None = None, stages: Iterable[str] = STAGES, *,
         patterns: Iterable[str | Path] = (), cues: Iterable[str | Path] = (),
         stance: Iterable[str | Path] = ()) -> Pipeline:
    """Load wirecoder: ``wirecoder.load().extract(text)``.

    ``actors``, ``patterns``, ``cues`` and ``stance``: your own rule files (YAML, in the formats of
    ``data/actors/*.yaml``, ``data/events/patterns.yaml``, ``data/quotes/cues.yaml`` and
    ``data/events/stance.yaml``), laid over the package's.
    """
    return Pipeline(model=model, actors=actors, settings=settings, stages=stages, patterns=patterns, cues=cues,
                    stance=stance)
