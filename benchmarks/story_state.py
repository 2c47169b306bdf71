"""Which actors get a state their own words do not name, and by which path. ::

    python benchmarks/story_state.py [--per-source 60] [--skip 0] [--show all|counts|PATH] [--sample 40]
        [--sources bbc,fundus,reuters,agnews]

Why (round 37, issue 10): an actor given the wrong state makes an event's source or target wrong.
The actor stage gives a state that no word of the actor names by several paths: a bare state body
("the army", "parliament") takes the state whose bodies the story names bare (``_own``); a common-noun
group ("protesters", "police") the story's state (``_story_state``); a bare "the government" before
any state is named the dateline's (``_stand_in_of_home``); a person with no state in the words the
dateline's (a guess made while the title is read), the state the story's officials serve, the story's
state, a scholar's dateline state, a principal body's state and so on (``_new_actor``). This script
runs the pool of unannotated news (``missing_events.pool``: BBC politics and business, fundus pages,
Reuters-21578, ag_news; a **tuning** set, no gold) and lists every such assignment with its path, so
that the paths can be counted and a sample judged by ``../shared/data/realnews/GUIDE.md`` (a person's
country only where the text says or clearly implies it; an organisation's where it belongs to one state).

The paths are read by wrapping the stage's helpers while it runs (nothing in the stage changes): the
helper whose answer is the state the actor ends with names the path (``person:story``,
``person:officials``, ``person:dateline-guess``, ``body:own``, ``group:story``, ``stand-in:home``, ...).
Each line: the path, the article, the actor's id, name and state, the dateline's state (``home``) and
the story's leading state (``story``), and the sentence of the actor's first mention (``--show all``).
``--sample N`` prints N lines drawn in a fixed hash order (the judged sample of
``benchmarks/results/story_state_round37.txt``). Needs ``../shared``; skips cleanly without it.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SOURCES = ("bbc", "fundus", "reuters", "agnews")
# The helpers whose answer may be the state an actor ends with, each the name of its path.
HELPERS = {
    "_home": "dateline", "_story_state": "story", "_officials_state": "officials",
    "_unmarked_officials_state": "unmarked-officials", "_dateline_city_state": "dateline-city",
    "_described_with_state": "described", "_principal_body_state": "principal-body",
    "_role_place_state": "role-place", "_past_passage_state": "past-passage", "_persons_state": "persons",
}


class _Tracer:
    """Wraps the actor stage's helpers and records which one gave each actor its state."""

    def __init__(self) -> None:
        from wirecoder.actors import _Run
        self.run_cls = _Run
        self.runs: list = []
        self.logs: list[list[tuple[str, str | None]]] = []
        self.paths: dict[str, str] = {}
        self.own_made: dict[str, str] = {}  # actor id -> "body:own" / "stand-in:home" / "work:own"
        self._patch()

    def _patch(self) -> None:
        cls, tracer = self.run_cls, self

        def logged(name, fn):
            @functools.wraps(fn)
            def inner(self, *a, **k):
                out = fn(self, *a, **k)
                if tracer.logs:
                    tracer.logs[-1].append((HELPERS[name], out))
                return out
            return inner

        for name in HELPERS:
            setattr(cls, name, logged(name, getattr(cls, name)))

        table = cls.table

        def traced_table(self):
            tracer.runs.append(self)
            tracer.paths = {}
            tracer.own_made = {}
            return table(self)
        cls.table = traced_table

        new_actor = cls._new_actor

        def traced_new_actor(self, actor_id, d, story_state):
            log: list[tuple[str, str | None]] = []
            tracer.logs.append(log)

            def story():
                out = story_state()
                log.append(("story", out))
                return out
            try:
                actor = new_actor(self, actor_id, d, story)
            finally:
                tracer.logs.pop()
            if actor_id not in tracer.paths:
                tracer.paths[actor_id] = _path(self, actor, log)
            return actor
        cls._new_actor = traced_new_actor

        for name, label in (("_bare_body", "body:own"), ("_stand_in_of_home", "stand-in:home"),
                            ("_doers_and_work", "work:own")):
            fn = getattr(cls, name)

            def made(self, *a, _fn=fn, _label=label, **k):
                before = len(self.mentions)
                out = _fn(self, *a, **k)
                for m in self.mentions[before:]:
                    tracer.own_made.setdefault(m.actor, _label)
                return out
            setattr(cls, name, made)


def _path(run, actor, log: list[tuple[str, str | None]]) -> str:
    """The path that gave ``actor`` its state, or "" when its own words or a table name it."""
    if actor.country is None or actor.kind in ("state", "place", "igo"):
        return ""
    person = run.persons.get(actor.id)
    if person is not None:
        attrs, entry = person.attrs, person.entry
        if entry is not None and entry.country and not attrs.country:
            return ""  # the table of office holders
        if attrs.country and not attrs.guessed:
            return ""  # the words around the name
        if attrs.guessed and actor.country == attrs.country:
            return "person:dateline-guess"
        for name, out in reversed(log):
            if out == actor.country:
                return "person:" + name
        return "person:other"
    if actor.id in run._agent_of:
        country, _sector, _kind = run._agent_of[actor.id]
        if country is None:
            return "group:story"
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-source", type=int, default=60, help="articles of each source (BBC: of each section)")
    ap.add_argument("--skip", type=int, default=0, help="start after this many of each source")
    ap.add_argument("--show", default="counts", help="all, counts or one path's lines")
    ap.add_argument("--sample", type=int, default=0, help="print this many lines in a fixed hash order")
    ap.add_argument("--sources", default=",".join(SOURCES), help="pool sources, comma-separated")
    args = ap.parse_args(argv)
    from missing_events import NEWS, pool
    if not NEWS.exists():
        print("../shared is absent: skipped")
        return 0
    import wirecoder
    from wirecoder.sources import Document

    tracer = _Tracer()
    pipeline = wirecoder.load()
    sources = set(args.sources.split(","))
    articles = pool(sources, args.skip + args.per_source)
    if args.skip:
        earlier = {a.path for a in pool(sources, args.skip)}
        articles = [a for a in articles if a.path not in earlier]
    lines: list[tuple[str, str]] = []
    counts: Counter[str] = Counter()
    for article in articles:
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        run = tracer.runs[-1] if tracer.runs else None
        tracer.runs.clear()
        if run is None:
            continue
        home = run._home()
        story = getattr(run, "_story_counts", None)
        lead = run._story_state()
        for actor in record.actors:
            path = tracer.own_made.get(actor.id) or tracer.paths.get(actor.id, "")
            if not path or actor.country is None or actor.kind in ("state", "place", "igo"):
                continue
            counts[path] += 1
            s = actor.mentions[0][0] if actor.mentions else 0
            a = max(record.text.rfind(". ", 0, s) + 2, record.text.rfind("\n", 0, s) + 1, 0)
            b = record.text.find(". ", s)
            sentence = " ".join(record.text[a:b + 1 if b >= 0 else len(record.text)].split())[:300]
            top = ",".join(f"{k}:{v}" for k, v in sorted((story or {}).items(), key=lambda kv: -kv[1])[:3])
            line = (f"{path}\t{article.path}\t{actor.id}\t{actor.name!r}\t{actor.kind}\t{actor.country}"
                    f"\thome={home}\tstory={lead}\t[{top}]\t{sentence}")
            lines.append((hashlib.sha256(f"story-state-37:{article.path}#{actor.id}".encode()).hexdigest(), line))
    if args.show == "all":
        for _, line in lines:
            print(line)
    elif args.show != "counts":
        for _, line in lines:
            if line.split("\t")[0] == args.show:
                print(line)
    if args.sample:
        for n, (_, line) in enumerate(sorted(lines)[:args.sample], 1):
            print(f"{n}\t{line}")
    print(f"articles {len(articles)}; assignments {sum(counts.values())}")
    for path, n in counts.most_common():
        print(f"  {path:28s} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
