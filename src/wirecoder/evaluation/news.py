"""The real-news set scored: quotes, events and actors of whole articles, by ``GUIDE.md``'s rules.

``wirecoder evaluate news [--split dev|test|all] [--show misses|spurious|all|none]`` or
``python -m wirecoder.evaluation.news``. Each article (``../shared/data/realnews/NAME.txt``) runs
through the whole pipeline as a user would run ``wirecoder extract`` on it, with the article's
publication date (the gold file's ``published``) as the reference date; its record is scored against
``NAME.gold.json``. ``splits.json`` names the ``dev`` articles (tune on them) and the ``test``
articles (report on them).

The scoring rules are those of ``../shared/data/realnews/GUIDE.md`` ("Scoring"), restated here
because the code follows them line by line:

- **quotes**: contents are compared as character spans of the text, each trimmed of spaces,
  quotation marks and trailing punctuation; a prediction matches a gold quote when their Jaccard is
  >= 0.5. Each gold quote takes its best-overlapping prediction. TP = required gold quotes matched;
  FP = predictions overlapping no gold quote (required or optional) with Jaccard >= 0.3.
  P = TP / (TP + FP), R = TP / required gold quotes. *Attributed*: TP counts only matches whose
  speaker is right (the predicted speaker's name, or its actor's name, contains the last word of the
  gold speaker or of one of its ``|`` alternatives, as a substring); P = attributed TP / (TP + FP).
- **events**: a prediction matches a gold event when its root is in ``root``, its source (or, for a
  person or organisation, that actor's country) is in ``source`` and its target likewise is in
  ``target`` (``null`` for no target), either way round when the gold event is symmetric.
  R = required gold events matched by any prediction / required gold events. P = predictions
  matching a required gold event / (those + predictions matching no gold event); a prediction
  matching only optional gold events counts in neither.
- **actors**: recall of gold actors. A state or IGO is found by its id; a person by a predicted
  person whose name ends in the same word as the gold name or one of its aliases; an organisation
  or group by its id, an id among its aliases, or a predicted organisation whose normalised name
  (lower case, ASCII, words only) equals the gold name or an alias. Reported for all actors and for
  states, IGOs and persons alone, with persons' country accuracy among the persons found whose gold
  gives a country (those it gives none are counted apart: left without one, or not).

The gold data is for evaluation only and never ships with the package; the command skips with a
message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..record import Record
from . import shared_dir

SPLITS = ("dev", "test", "all")
SHOW = ("misses", "spurious", "all", "none")
MATCH_JACCARD = 0.5  # a predicted quote matches a gold quote at this character Jaccard or more
OVERLAP_JACCARD = 0.3  # a prediction overlapping any gold quote this much is not a false positive
CORE_KINDS = frozenset({"state", "igo", "person"})
# Actors that act for a state: in an event they also stand for their country (GUIDE: "a person or
# organisation also stands for its country"; a group is an organisation of another kind).
COUNTRY_KINDS = frozenset({"person", "organization", "group"})
ORG_KINDS = frozenset({"organization", "group"})
QUOTE_MARKS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a"
TRAILING_PUNCTUATION = ".,;:!?\u2026-\u2013\u2014"
_WORD = re.compile(r"[a-z0-9]+")

Span = tuple[int, int]


def data_dir() -> Path:
    return shared_dir() / "data" / "realnews"


# --- the gold ------------------------------------------------------------------------------------
@dataclass
class GoldArticle:
    """One article of the set: its text and its gold annotation (``NAME.gold.json``, as built)."""

    name: str
    text: str
    published: str | None = None
    actors: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Spans where nothing may be coded (GUIDE: ``no_events_in``, the traps): not a scoring rule of its
    # own (a prediction there is spurious anyway), but a spurious event in one is marked "in a trap".
    no_events_in: list[Span] = field(default_factory=list)


def load_article(folder: Path, name: str) -> GoldArticle:
    gold = json.loads((folder / f"{name}.gold.json").read_text("utf-8"))
    text = (folder / f"{name}.txt").read_text("utf-8")
    return GoldArticle(name, text, gold.get("published"), gold.get("actors", []), gold.get("quotes", []),
                       gold.get("events", []), [(int(a), int(b)) for a, b in gold.get("no_events_in", [])])


def split_names(folder: Path, split: str) -> list[str]:
    """The article names of a split (``all``: dev then test), from ``splits.json``."""
    splits = json.loads((folder / "splits.json").read_text("utf-8"))
    parts = ("dev", "test") if split == "all" else (split,)
    return [name for part in parts for name in splits[part]]


# --- small helpers -------------------------------------------------------------------------------
def words(text: str | None) -> list[str]:
    """Lower-case ASCII words: how names are compared ("Selim Aydın" -> ["selim", "aydin"])."""
    if not text:
        return []
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(ascii_text.lower())


def trim(text: str, span: Sequence[int]) -> Span:
    """A quote's span without the spaces, quotation marks and trailing punctuation at its edges."""
    start, end = int(span[0]), int(span[1])
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while start < end and (text[end - 1].isspace() or text[end - 1] in QUOTE_MARKS + TRAILING_PUNCTUATION):
        end -= 1
    return start, end


def jaccard(a: Span, b: Span) -> float:
    """Character Jaccard of two spans of the same text."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union > 0 else 0.0


def sentence_bounds(text: str, span: Sequence[int]) -> tuple[int, int]:
    """The character bounds of the sentence (or line) holding ``span``, cut at a paragraph break or a sentence
    end (". ", "? ", "! "); ``sentence_around`` prints it, ``sides_near`` looks for actors in it."""
    start, end = int(span[0]), int(span[1])
    left = max(text.rfind("\n\n", 0, start), max(text.rfind(m, 0, start) for m in (". ", "? ", "! ")))
    right_candidates = [i for m in (". ", "? ", "! ", "\n\n") if (i := text.find(m, end)) != -1]
    return (left + 2 if left >= 0 else 0), (min(right_candidates) + 1 if right_candidates else len(text))


def sentence_around(text: str, span: Sequence[int], limit: int = 400) -> str:
    """The sentence (or line) holding ``span``, on one line, for printing a gold item in context."""
    left, right = sentence_bounds(text, span)
    sentence = " ".join(text[left:right].split())
    return sentence if len(sentence) <= limit else sentence[:limit - 3] + "..."


def one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


# --- quotes --------------------------------------------------------------------------------------
def speaker_is_right(gold_speaker: str | None, record: Record, quote: Any) -> bool:
    """The predicted speaker's name or its actor's name contains the last word of the gold speaker
    (or of one of its ``|`` alternatives).

    "Contains" is read as GUIDE.md writes it, a case-insensitive substring of the ASCII-folded
    name, so that gold "EU" is in "European Union". (A short gold word can then also sit inside an
    unrelated name, "US" in "Russia"; on the real-news set no such case occurs.)
    """
    if quote.speaker is None or not gold_speaker:
        return False
    names = [quote.speaker.name]
    actor = record.actor(quote.speaker.actor) if quote.speaker.actor else None
    if actor is not None:
        names.append(actor.name)
    predicted = [" ".join(words(name)) for name in names]
    return any((alt := words(alternative)) and any(alt[-1] in name for name in predicted)
               for alternative in gold_speaker.split("|"))


@dataclass
class QuoteScore:
    required: int = 0
    tp: int = 0
    attributed: int = 0
    fp: int = 0
    # found but misattributed, by what was printed instead (counts only, like the events' miss kinds)
    wrong_none: int = 0  # no speaker
    wrong_person: int = 0  # another person
    wrong_body: int = 0  # a state, body or group
    missed_cut: int = 0  # missed, but a printed quote overlaps it (its span cut or run on)


def score_quotes(gold: GoldArticle, record: Record, misses: list[str], spurious: list[str]) -> QuoteScore:
    text = gold.text
    score = QuoteScore()
    predicted = [trim(text, q.span) for q in record.quotes]
    gold_spans = [trim(text, g["content"]) for g in gold.quotes]
    for g, gspan in zip(gold.quotes, gold_spans, strict=True):
        if not g.get("required"):
            continue
        score.required += 1
        best = max(range(len(predicted)), key=lambda i: jaccard(gspan, predicted[i]), default=None)
        if best is None or jaccard(gspan, predicted[best]) < MATCH_JACCARD:
            misses.append(f"quote missed ({g.get('speaker')}): {one_line(text[gspan[0]:gspan[1]])}")
            score.missed_cut += best is not None and jaccard(gspan, predicted[best]) > 0
            continue
        score.tp += 1
        if speaker_is_right(g.get("speaker"), record, record.quotes[best]):
            score.attributed += 1
        else:
            speaker = record.quotes[best].speaker
            said = speaker.name if speaker else None
            if speaker is None:
                score.wrong_none += 1
            elif speaker.actor is None or speaker.actor.startswith("person:"):  # a person, or a name with no actor
                score.wrong_person += 1
            else:
                score.wrong_body += 1
            misses.append(f"quote speaker wrong (gold {g.get('speaker')}, predicted {said}): "
                          f"{one_line(text[gspan[0]:gspan[1]])}")
    for quote, pspan in zip(record.quotes, predicted, strict=True):
        if all(jaccard(pspan, gspan) < OVERLAP_JACCARD for gspan in gold_spans):
            score.fp += 1
            said = quote.speaker.name if quote.speaker else None
            spurious.append(f"quote ({said}): {one_line(text[pspan[0]:pspan[1]])}")
    return score


# --- events --------------------------------------------------------------------------------------
def stands_for(record: Record, actor_id: str | None) -> set[str | None]:
    """The ids an event's side matches: the actor's own id and, for a person or organisation, its
    country; ``{None}`` for no actor."""
    if actor_id is None:
        return {None}
    ids: set[str | None] = {actor_id}
    actor = record.actor(actor_id)
    if actor is not None and actor.kind in COUNTRY_KINDS and actor.country:
        ids.add(actor.country)
    return ids


def pair_matches(gold_event: dict[str, Any], record: Record, event: Any) -> bool:
    """The printed event's source and target are the gold pair (either way round for a symmetric event),
    a person or organisation also standing for its country (``stands_for``)."""
    source, target = stands_for(record, event.source), stands_for(record, event.target)
    gold_source, gold_target = set(gold_event["source"]), set(gold_event["target"])
    if source & gold_source and target & gold_target:
        return True
    return bool(gold_event.get("symmetric")) and bool(source & gold_target and target & gold_source)


def event_matches(gold_event: dict[str, Any], record: Record, event: Any) -> bool:
    return event.root in gold_event["root"] and pair_matches(gold_event, record, event)


def trigger_near(event: Any, span: Sequence[int], near: int) -> bool:
    """The printed event's trigger lies within ``near`` characters of ``span``."""
    return event.trigger[0] < span[1] + near and event.trigger[1] > span[0] - near


# Why a required gold event was missed, by what the record printed instead (a diagnostic of the audits:
# it tells trigger recall from argument and sense errors without listing the check half's items).
MISS_KINDS = ("no such root, nothing near", "no such root, event near", "pair right, root wrong",
              "root+source right, target wrong", "root+target right, source wrong", "root found, both args wrong")
# The kinds that say a printed event got the root or the pair: each may be an error at the event's place
# or an event missed there whose pair or root was printed elsewhere (miss_kind's ``local``).
ARGUMENT_KINDS = MISS_KINDS[2:]


def miss_kind(gold_event: dict[str, Any], record: Record, near: int = 150, local: bool = False) -> str:
    """One of MISS_KINDS for a gold event no prediction matches (``near``: characters around its trigger).
    ``local``: read only the printed events within ``near`` characters of the trigger, so that a kind
    found both ways is an error at the event's own place, and one found only without ``local`` is an
    event missed there while its pair or root was printed elsewhere in the article (round 40: 9 of the
    real-news dev split's 10 "source wrong" misses were of that second sort)."""
    gold_source, gold_target, symmetric = set(gold_event["source"]), set(gold_event["target"]), gold_event.get("symmetric")
    source_right = target_right = pair_right = root_found = False
    events = [e for e in record.events if trigger_near(e, gold_event["span"], near)] if local else record.events
    for event in events:
        pair_right |= pair_matches(gold_event, record, event)
        if event.root in gold_event["root"]:
            source, target = stands_for(record, event.source), stands_for(record, event.target)
            root_found = True
            source_right |= bool(source & gold_source) or bool(symmetric and source & gold_target)
            target_right |= bool(target & gold_target) or bool(symmetric and target & gold_source)
    if source_right:
        return "root+source right, target wrong"
    if target_right:
        return "root+target right, source wrong"
    if pair_right:
        return "pair right, root wrong"
    if root_found:
        return "root found, both args wrong"
    close = any(trigger_near(e, gold_event["span"], near) for e in record.events)
    return "no such root, event near" if close else "no such root, nothing near"


def miss_at_trigger(gold_event: dict[str, Any], record: Record, kind: str, near: int = 150) -> bool:
    """Whether a miss of ``kind`` (miss_kind's, article-wide) is one of ARGUMENT_KINDS that the events printed
    within ``near`` characters of its trigger give alone: an error at the event's own place."""
    return kind in ARGUMENT_KINDS and miss_kind(gold_event, record, near, local=True) == kind


def pair_printed_near(gold_event: dict[str, Any], record: Record, near: int = 150) -> bool:
    """For a miss of kind "pair right, root wrong": whether a printed event of the gold pair lies within
    ``near`` characters of the gold trigger (a real root confusion at that place) rather than only
    elsewhere in the article (the event itself was missed; the pair acts again in another sentence).
    Round 34 (evroot34): on the audit's half A, 35 of that kind's 36 misses were of the second sort."""
    return any(pair_matches(gold_event, record, event) and trigger_near(event, gold_event["span"], near)
               for event in record.events)


# Round 34 (actorsnear34): whether a missed event's gold sides are among the actors printed with a mention
# in the event's sentence. A pattern can only fire on actors the actors stage found there, so a miss whose
# sides are absent from its sentence is an actor (or coreference) miss before it is a vocabulary miss.
SIDES_NEAR = ("both", "source only", "target only", "neither")


def ids_mentioned(record: Record, start: int, end: int) -> set[str | None]:
    """The ids that the actors with a mention inside ``[start, end)`` stand for (``stands_for``: a person
    or organisation also stands for its country)."""
    ids: set[str | None] = set()
    for actor in record.actors:
        if any(m[0] >= start and m[1] <= end for m in actor.mentions):
            ids |= stands_for(record, actor.id)
    return ids


def sides_near(gold_event: dict[str, Any], record: Record) -> tuple[str, str, str]:
    """One of SIDES_NEAR for a gold event: which of its sides (a gold id or one it accepts through the
    scorer's country rule) is printed as an actor mentioned in the sentence of its trigger; then, for the
    source and the target, where a missing side is: "near" (in the sentence), "elsewhere" (an actor of
    the article with no mention in that sentence), "unprinted" (no actor of the article stands for it).
    A gold side that accepts no actor (``None``, an event with no target) counts as near."""
    start, end = sentence_bounds(record.text, gold_event["span"])
    near = ids_mentioned(record, start, end)
    anywhere = ids_mentioned(record, 0, len(record.text))

    def where(side: set) -> str:
        if None in side or side & near:
            return "near"
        return "elsewhere" if side & anywhere else "unprinted"

    source, target = where(set(gold_event["source"])), where(set(gold_event["target"]))
    both = source == "near" and target == "near"
    label = "both" if both else "source only" if source == "near" else "target only" if target == "near" else "neither"
    return label, source, target


@dataclass
class EventScore:
    required: int = 0
    found: int = 0  # required gold events matched by some prediction
    tp: int = 0  # predictions matching a required gold event
    fp: int = 0  # predictions matching no gold event


def _describe(record: Record, event: Any) -> str:
    return f"{event.source} -> {event.target} {event.cameo}"


def score_events(gold: GoldArticle, record: Record, misses: list[str], spurious: list[str]) -> EventScore:
    score = EventScore()
    required = [g for g in gold.events if g.get("required")]
    score.required = len(required)
    for g in required:
        if any(event_matches(g, record, e) for e in record.events):
            score.found += 1
        else:
            targets = "|".join(t or "none" for t in g["target"])
            misses.append(f"event missed {'|'.join(g['source'])} -> {targets} {'|'.join(g['root'])}"
                          f"{' (symmetric)' if g.get('symmetric') else ''} \"{one_line(g.get('text', ''), 80)}\": "
                          f"{sentence_around(gold.text, g['span'])}")
    for event in record.events:
        if any(event_matches(g, record, event) for g in required):
            score.tp += 1
        elif not any(event_matches(g, record, event) for g in gold.events):
            score.fp += 1
            trigger = record.text[event.trigger[0]:event.trigger[1]]
            trap = any(a <= event.trigger[0] and event.trigger[1] <= b for a, b in gold.no_events_in)
            spurious.append(f"event {_describe(record, event)} \"{trigger}\"{' (in a trap)' if trap else ''}: "
                            f"{one_line(record.text[event.span[0]:event.span[1]], 400)}")
    return score


# --- actors --------------------------------------------------------------------------------------
def find_actor(gold_actor: dict[str, Any], record: Record) -> Any:
    """The predicted actor that finds this gold actor, or None (GUIDE's rules for each kind)."""
    gid, kind = gold_actor["id"], gold_actor.get("kind")
    exact = record.actor(gid)
    if kind in {"state", "igo"}:
        return exact
    aliases = [a for a in gold_actor.get("aliases", []) if a]
    if kind == "person":
        last_words = {w[-1] for name in [gold_actor.get("name"), *aliases] if (w := words(name))}
        persons = [a for a in record.actors if a.kind == "person" and words(a.name) and words(a.name)[-1] in last_words]
        if exact is not None and exact.kind == "person":
            return exact
        # Of several persons sharing the last word, the one with the gold's full name, else the first.
        full = words(gold_actor.get("name"))
        return next((a for a in persons if words(a.name) == full), persons[0] if persons else None)
    if exact is not None:
        return exact
    alias_ids = [record.actor(a) for a in aliases]
    if any(alias_ids):
        return next(a for a in alias_ids if a)
    names = {" ".join(words(n)) for n in [gold_actor.get("name"), *aliases] if words(n)}
    return next((a for a in record.actors if a.kind in ORG_KINDS and " ".join(words(a.name)) in names), None)


@dataclass
class ActorScore:
    total: int = 0
    found: int = 0
    core_total: int = 0  # states, IGOs and persons
    core_found: int = 0
    persons_found: int = 0  # found persons whose gold gives a country: the base of the accuracy
    persons_country_right: int = 0
    persons_stateless: int = 0  # found persons whose gold gives no country ...
    persons_stateless_right: int = 0  # ... and left without one


def score_actors(gold: GoldArticle, record: Record, misses: list[str]) -> ActorScore:
    score = ActorScore()
    for g in gold.actors:
        core = g.get("kind") in CORE_KINDS
        score.total += 1
        score.core_total += core
        predicted = find_actor(g, record)
        if predicted is None:
            misses.append(f"actor missed {g['id']} ({g.get('kind')}, {g.get('name')})")
            continue
        score.found += 1
        score.core_found += core
        if g.get("kind") == "person" and not g.get("country"):
            # The text gives no clue to the person's country: reported apart, not in the accuracy.
            score.persons_stateless += 1
            score.persons_stateless_right += predicted.country is None
        elif g.get("kind") == "person":
            score.persons_found += 1
            if predicted.country == g.get("country"):
                score.persons_country_right += 1
            else:
                misses.append(f"person's country wrong {g['id']}: gold {g.get('country')}, "
                              f"predicted {predicted.country} ({predicted.id})")
    return score


# --- the whole article and the totals ------------------------------------------------------------
@dataclass
class ArticleResult:
    name: str
    quotes: QuoteScore
    events: EventScore
    actors: ActorScore
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    miss_kinds: dict[str, int] = field(default_factory=dict)  # required events missed, by miss_kind
    # of those, the misses whose kind the printed events near the trigger give alone (miss_kind's local)
    miss_kinds_near: dict[str, int] = field(default_factory=dict)


def score_article(gold: GoldArticle, record: Record) -> ArticleResult:
    misses: list[str] = []
    spurious: list[str] = []
    quotes = score_quotes(gold, record, misses, spurious)
    events = score_events(gold, record, misses, spurious)
    actors = score_actors(gold, record, misses)
    kinds: dict[str, int] = {}
    kinds_near: dict[str, int] = {}
    for g in gold.events:
        if g.get("required") and not any(event_matches(g, record, e) for e in record.events):
            kind = miss_kind(g, record)
            kinds[kind] = kinds.get(kind, 0) + 1
            if miss_at_trigger(g, record, kind):
                kinds_near[kind] = kinds_near.get(kind, 0) + 1
    return ArticleResult(gold.name, quotes, events, actors, misses, spurious, kinds, kinds_near)


def _prf(tp: int, fp: int, relevant: int, found: int | None = None) -> tuple[float, float, float]:
    """P = tp / (tp + fp), R = found / relevant (found defaults to tp), F1 their harmonic mean."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = (tp if found is None else found) / relevant if relevant else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Totals:
    """Micro-averaged figures over the articles scored."""

    articles: int
    quotes: tuple[float, float, float]  # found P, R, F1
    attributed: tuple[float, float, float]
    events: tuple[float, float, float]
    actor_recall: float
    core_actor_recall: float
    persons_country: float
    counts: dict[str, int]


def totals(results: Sequence[ArticleResult]) -> Totals:
    c: dict[str, int] = {}
    for r in results:
        for prefix, part in (("quotes", r.quotes), ("events", r.events), ("actors", r.actors)):
            for key, value in vars(part).items():
                c[f"{prefix}.{key}"] = c.get(f"{prefix}.{key}", 0) + value
    g = c.get
    quotes = _prf(g("quotes.tp", 0), g("quotes.fp", 0), g("quotes.required", 0))
    attributed = _prf(g("quotes.attributed", 0), g("quotes.tp", 0) - g("quotes.attributed", 0) + g("quotes.fp", 0),
                      g("quotes.required", 0))
    events = _prf(g("events.tp", 0), g("events.fp", 0), g("events.required", 0), g("events.found", 0))

    def ratio(a: str, b: str) -> float:
        return g(a, 0) / g(b, 0) if g(b, 0) else 0.0

    return Totals(len(results), quotes, attributed, events, ratio("actors.found", "actors.total"),
                  ratio("actors.core_found", "actors.core_total"),
                  ratio("actors.persons_country_right", "actors.persons_found"), c)


def run_articles(golds: Sequence[GoldArticle], pipeline: Any = None) -> list[ArticleResult]:
    """Extract each article with the whole pipeline and score it."""
    from ..pipeline import load
    from ..sources import Document

    pipeline = pipeline or load()
    results = []
    for gold in golds:
        record = pipeline.extract(Document(text=gold.text, source=f"{gold.name}.txt"),
                                  reference_date=gold.published)
        results.append(score_article(gold, record))
    return results


def report(results: Sequence[ArticleResult], split: str, show: str = "all", out: TextIO | None = None,
           label: str = "realnews") -> Totals:
    """Print per-article misses and false positives (as ``show`` asks), then the totals."""
    out = out or sys.stdout
    t = totals(results)
    c = t.counts
    if show != "none":
        for r in results:
            print(f"== {r.name}: quotes {r.quotes.tp}/{r.quotes.required} found, {r.quotes.attributed} attributed, "
                  f"{r.quotes.fp} spurious; events {r.events.found}/{r.events.required} found, {r.events.tp} right, "
                  f"{r.events.fp} spurious; actors {r.actors.found}/{r.actors.total}", file=out)
            # "-" a gold item the record lacks, "+" a prediction the gold lacks
            lines = ([f"- {m}" for m in r.misses] if show in {"misses", "all"} else []) + \
                ([f"+ {s}" for s in r.spurious] if show in {"spurious", "all"} else [])
            for line in lines:
                print(f"  {line}", file=out)
        print(file=out)
    print(f"{label} {split}: {t.articles} articles (GUIDE.md scoring)", file=out)
    # A set annotated for one layer only (the invented dispatches: events, or actors) has no gold for
    # the others: their lines would be zeros that read as failures, so they say so instead.
    if not c.get("quotes.required", 0):
        print("  quotes            no gold quotations in this set", file=out)
    else:
        print(f"  quotes found      P {t.quotes[0]:.3f}  R {t.quotes[1]:.3f}  F1 {t.quotes[2]:.3f}  "
              f"(tp {c.get('quotes.tp', 0)}, fp {c.get('quotes.fp', 0)}, required {c.get('quotes.required', 0)})",
              file=out)
        print(f"  quotes attributed P {t.attributed[0]:.3f}  R {t.attributed[1]:.3f}  F1 {t.attributed[2]:.3f}  "
              f"(tp {c.get('quotes.attributed', 0)})", file=out)
        print(f"  quotes missed     {c.get('quotes.required', 0) - c.get('quotes.tp', 0)}, of which "
              f"{c.get('quotes.missed_cut', 0)} overlap a printed quote (span cut or run on)", file=out)
        print(f"  quotes misattributed: no speaker {c.get('quotes.wrong_none', 0)}; another person "
              f"{c.get('quotes.wrong_person', 0)}; a state, body or group {c.get('quotes.wrong_body', 0)}", file=out)
    if not c.get("events.required", 0):
        print("  events            no gold events in this set", file=out)
    else:
        print(f"  events            P {t.events[0]:.3f}  R {t.events[1]:.3f}  F1 {t.events[2]:.3f}  "
              f"(right {c.get('events.tp', 0)}, spurious {c.get('events.fp', 0)}, "
              f"required found {c.get('events.found', 0)}/{c.get('events.required', 0)})", file=out)
        # counts only, so the test split's misses can be told apart without reading them
        kinds = {kind: sum(r.miss_kinds.get(kind, 0) for r in results) for kind in MISS_KINDS}
        print("  events missed     " + "; ".join(f"{kind} {n}" for kind, n in kinds.items() if n), file=out)
        near = {kind: sum(r.miss_kinds_near.get(kind, 0) for r in results) for kind in ARGUMENT_KINDS}
        if any(kinds[kind] for kind in ARGUMENT_KINDS):  # (the rest: pair or root printed only elsewhere, the event missed)
            print("  at their trigger  " + "; ".join(f"{kind} {near[kind]} of {kinds[kind]}" for kind in ARGUMENT_KINDS
                                                     if kinds[kind]), file=out)
    if not c.get("actors.total", 0):
        print("  actors            no gold actors in this set", file=out)
    else:
        print(f"  actors recall     all {t.actor_recall:.3f} ({c.get('actors.found', 0)}/{c.get('actors.total', 0)})  "
              f"states, IGOs, persons {t.core_actor_recall:.3f} "
              f"({c.get('actors.core_found', 0)}/{c.get('actors.core_total', 0)})", file=out)
        print(f"  persons' country  {t.persons_country:.3f} "
              f"({c.get('actors.persons_country_right', 0)}/{c.get('actors.persons_found', 0)} persons found whose "
              f"gold gives a country; {c.get('actors.persons_stateless_right', 0)}/"
              f"{c.get('actors.persons_stateless', 0)} found without one were left without one)", file=out)
    return t


def evaluate(split: str = "test", show: str = "all", folder: Path | None = None, out: TextIO | None = None,
             pipeline: Any = None, scope: str | None = None) -> Totals | None:
    """Score a split of the real-news set; prints the report and returns the totals (None when the
    data is absent: a message is printed and nothing else happens)."""
    out = out or sys.stdout
    label = folder.name if folder else "realnews"
    folder = folder or data_dir()
    if not (folder / "splits.json").exists():
        print(f"realnews: {folder} not found; skipped", file=out)
        return None
    golds = [load_article(folder, name) for name in split_names(folder, split)]
    if pipeline is None and scope is not None:  # another quote scope than the settings' (GUIDE.md: statements)
        from ..pipeline import load
        from ..settings import with_quote_scope

        pipeline = load(settings=with_quote_scope(scope))
    return report(run_articles(golds, pipeline), split, show, out, label)


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--split", choices=SPLITS, default="test",
                   help="dev (tune on it), test (report on it; default) or all")
    p.add_argument("--show", choices=SHOW, default="all",
                   help="per article, print missed gold items, spurious predictions, both (default) or none")
    p.add_argument("--data", metavar="DIR", help="the real-news folder (default: ../shared/data/realnews); any "
                   "folder in its layout, e.g. tests/data/events_news, the invented dispatches (events only)")
    p.add_argument("--quote-scope", choices=("statements", "attributions"), default=None,
                   help="what counts as a quote (default: settings.toml [quotes] scope, \"statements\", as GUIDE.md "
                        "marks them)")


def _run(args: argparse.Namespace) -> int:
    evaluate(args.split, args.show, Path(args.data) if args.data else None, scope=args.quote_scope)
    return 0


def register(benchmarks: argparse._SubParsersAction) -> None:
    """Add ``news`` to ``wirecoder evaluate``."""
    p = benchmarks.add_parser("news", help="quotes, events and actors on the annotated real-news articles")
    _add_arguments(p)
    p.set_defaults(func=_run)


def main(argv: Iterable[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m wirecoder.evaluation.news", description=__doc__.split("\n")[0])
    _add_arguments(p)
    return _run(p.parse_args(list(argv) if argv is not None else None))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
