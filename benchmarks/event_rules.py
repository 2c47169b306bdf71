"""Event precision by provenance: how often the events each side-filling rule prints are right. ::

    python benchmarks/event_rules.py                    # tables over the tuning data
    python benchmarks/event_rules.py --write            # and refresh data/events/provenance.yaml's counts

Every printed event carries the names of the rules that named its source and its target
(``Coder.provenance``; ``events/coder.py`` ``Provenance``). This counts, per rule and per pair of
rules, how many of the events they printed were right on the TUNING data only:

- half A of the precision audit (``event_audit.py``): judged events, right or wrong;
- the real-news ``dev`` split: an event matching a required gold event is right, one matching no gold
  event (required or optional) is wrong, one matching only optional gold events counts in neither
  (GUIDE.md's scoring);
- the own invented dispatches' ``dev`` split (``tests/data/events_news``), scored the same way.

Half B of the audit, the real-news test split and the own holdout are never read here: they are the
check (``event_audit.py --by-rule`` prints half B's totals per rule, nothing else).

``--write`` rewrites the counts of ``src/wirecoder/data/events/provenance.yaml`` (pooled over the
three sets, per rule of each side), ``default`` (their pooled precision) and each rule's precision shrunk
towards it, ``(right + strength * default) / (judged + strength)``; the opt-in ``linking = "nearest"``
rule is counted from a second run with it on. The file's header is kept. Needs ``../shared``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OWN_EVENTS = ROOT / "tests" / "data" / "events_news"
PROVENANCE = ROOT / "src" / "wirecoder" / "data" / "events" / "provenance.yaml"

Verdict = tuple[str, str, str]  # (source rule, target rule, "right" | "wrong")


def coder_of(pipeline: Any) -> Any:
    """The events stage's :class:`~wirecoder.events.coder.Coder` of a loaded pipeline."""
    from wirecoder.components import EventsComponent

    return next(c.coder for c in pipeline.components if isinstance(c, EventsComponent))


def with_provenance(pipeline: Any, record: Any) -> list[tuple[Any, Any]]:
    """(event, Provenance) for each event of ``record``, the last record ``pipeline`` extracted."""
    coder = coder_of(pipeline)
    return [(e, coder.provenance(e)) for e in record.events]


def gold_verdicts(folder: Path, split: str, pipeline: Any) -> list[Verdict]:
    """Right / wrong per printed event of a gold folder's split, by GUIDE.md's scoring."""
    from wirecoder.evaluation.news import event_matches, load_article, split_names
    from wirecoder.sources import Document

    out: list[Verdict] = []
    for name in split_names(folder, split):
        gold = load_article(folder, name)
        record = pipeline.extract(Document(text=gold.text, source=f"{gold.name}.txt"), reference_date=gold.published)
        required = [g for g in gold.events if g.get("required")]
        for event, why in with_provenance(pipeline, record):
            if any(event_matches(g, record, event) for g in required):
                out.append((why.source_rule, why.target_rule, "right"))
            elif not any(event_matches(g, record, event) for g in gold.events):
                out.append((why.source_rule, why.target_rule, "wrong"))
    return out


def audit_verdicts(half: str, pipeline: Any) -> list[Verdict]:
    """Right / wrong per judged event of one half of the precision audit (unjudged ones count in neither)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import event_audit

    from wirecoder.sources import Document

    judged = event_audit.load_judged()
    out: list[Verdict] = []
    for index, article in enumerate(event_audit.sample()):
        if event_audit.half(index) != half:
            continue
        record = pipeline.extract(Document(text=article.text, source=article.path), reference_date=article.published)
        for event, why in with_provenance(pipeline, record):
            j = judged.get((article.path, tuple(event.trigger), event.source, event.target, event.root))
            if j is not None:
                out.append((why.source_rule, why.target_rule, j["verdict"]))
    return out


def counts(verdicts: list[Verdict], key: str) -> dict[str, Counter[str]]:
    """Per rule (``key`` "source", "target") or per pair ("pair"): Counter of right / wrong."""
    table: dict[str, Counter[str]] = {}
    for s, t, v in verdicts:
        name = {"source": s, "target": t, "pair": f"{s} > {t}"}[key]
        table.setdefault(name, Counter())[v] += 1
    return table


def print_table(title: str, table: dict[str, Counter[str]], out: Any = None) -> None:
    out = out or sys.stdout
    print(title, file=out)
    for name, c in sorted(table.items(), key=lambda kv: (-(kv[1]["right"] + kv[1]["wrong"]), kv[0])):
        n = c["right"] + c["wrong"]
        print(f"  {name:<48} {c['right']:>4} / {n:<4} {c['right'] / n if n else 0:.2f}", file=out)


def tuning_verdicts(pipeline: Any) -> dict[str, list[Verdict]]:
    from wirecoder.evaluation.news import data_dir

    return {"audit half A": audit_verdicts("A", pipeline),
            "realnews dev": gold_verdicts(data_dir(), "dev", pipeline),
            "own events dev": gold_verdicts(OWN_EVENTS, "dev", pipeline)}


def write_counts(pooled: list[Verdict], path: Path = PROVENANCE) -> None:
    """Rewrites ``default`` (the pooled precision) and the ``sources:`` and ``targets:`` tables of
    provenance.yaml from ``pooled``, each rule's precision shrunk towards ``default`` by the file's
    ``strength``; the header (everything before the line ``default:``) is kept."""
    text = path.read_text("utf-8")
    header = text[:text.index("\ndefault:") + 1]
    strength = float(re.search(r"^strength: *([0-9.]+)", text, re.M).group(1))  # type: ignore[union-attr]
    usual = [v for v in pooled if v[0] and v[1] and "nearest" not in v[:2]]  # the default run's ("nearest": opt-in)
    right = sum(v == "right" for *_, v in usual)
    default = round(right / len(usual), 2) if usual else 0.5
    lines = [header.rstrip("\n"), f"default: {default}  # {right} right / {len(usual)} judged", ""]
    for side, key in (("sources", "source"), ("targets", "target")):
        lines.append(f"{side}:")
        for name, c in sorted(counts(pooled, key).items()):
            if not name:
                continue  # (the other side of a "nearest" event: counted in the default run)
            n = c["right"] + c["wrong"]
            precision = (c["right"] + strength * default) / (n + strength)
            lines.append(f'  "{name}": {{precision: {precision:.2f}, right: {c["right"]}, judged: {n}}}')
    path.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="refresh provenance.yaml's counts from the tuning data")
    ap.add_argument("--pairs", action="store_true", help="also print the table per pair of rules")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import event_audit

    if event_audit.shared_absent():
        return 0
    import wirecoder
    from wirecoder.settings import default_settings

    # every event the rules find, whatever the threshold: the counts are what sets it
    settings = default_settings()
    settings = {**settings, "events": {**settings["events"], "min_confidence": 0.0}}
    pipeline = wirecoder.load(settings=settings)
    sets = tuning_verdicts(pipeline)
    pooled = [v for vs in sets.values() for v in vs]
    for name, vs in [*sets.items(), ("pooled tuning data", pooled)]:
        right = sum(v == "right" for *_, v in vs)
        print(f"== {name}: {right} right / {len(vs)} judged")
        print_table(" by source rule:", counts(vs, "source"))
        print_table(" by target rule:", counts(vs, "target"))
        if args.pairs:
            print_table(" by pair:", counts(vs, "pair"))
    if args.write:
        # the opt-in ``linking = "nearest"`` rule: its events on the same tuning data, that rule's sides only
        near = {**settings, "events": {**settings["events"], "min_confidence": 0.0, "linking": "nearest"}}
        nearest = [v for vs in tuning_verdicts(wirecoder.load(settings=near)).values() for v in vs
                   if "nearest" in v[:2]]
        print_table("== linking = nearest, its events on the tuning data, by source rule:", counts(nearest, "source"))
        print_table("   by target rule:", counts(nearest, "target"))
        pooled += [(s if s == "nearest" else "", t if t == "nearest" else "", v) for s, t, v in nearest]
        write_counts(pooled)
        print(f"wrote the counts of {PROVENANCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
