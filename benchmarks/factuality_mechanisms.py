"""Printed events by the factuality mechanism of their trigger's clause (round 55, evfact55). ::

    python benchmarks/factuality_mechanisms.py --set pool [--show all|wrong|factuality|none]
    python benchmarks/factuality_mechanisms.py --set A [--show ...]
    python benchmarks/factuality_mechanisms.py --set B            # the check: class totals only, never items

Why: half B of the event precision audit prints many more events judged wrong for factuality (18) than
half A (4), and the pool has 41. To choose which general mechanism to fix, each printed (pool: taken)
judged event is put in one class by what its trigger's clause says about whether the deed happened,
read from a fresh spaCy parse of the event's sentence (the pipeline's own parse is not kept), in this
order (the first that holds wins):

- ``headline``: the event's sentence lies in the article's headline or subheadline span;
- ``question``: the sentence ends in "?", or the trigger's clause opens with "whether";
- ``negated``: the trigger, a verb over it (up its xcomp/ccomp/conj chain) or its subject is denied
  ("not", "never", "no", "without", "refused to", "denied");
- ``condition``: a clause over the trigger opens with "if", "unless", "provided", ... or carries
  "would"/"could"/"might"/"should";
- ``future``: "will", "shall", "'ll", "going to", "is to", "due to", "set to", "plan to", "expected to",
  "intends to", "wants to", "hopes to", "seeks to", "aims to", "prepares to", "threatens to", "vows to",
  "pledged to", a "to" clause of a noun ("a plan to", "a bid to"), or a time ahead ("next week", "tomorrow");
- ``proposal``: the trigger is the "to"/"that" clause of a verb or noun of asking, urging, demanding,
  proposing or offering ("called on X to", "urged", "a proposal to"), or is such a noun's object;
- ``claim``: a verb over the trigger accuses, alleges, claims, blames or charges, or "alleged"/"reportedly"
  stands on it;
- ``history``: a year before the article's own in the trigger's clause, "ago", "in the past", "former",
  "once", "earlier this century", or a past perfect ("had + -ed") in its clause;
- ``description``: the trigger heads a relative clause or participle on a noun ("a group that has
  attacked", "forces backed by X");
- ``habitual``: "often", "regularly", "repeatedly", "always", "usually", "routinely", "long", "frequently",
  "traditionally", "each/every time", or a present simple third-person verb (a general truth);
- ``noun``: the trigger is a noun in no class above (an event named in passing);
- ``plain``: a done or said deed told plainly (past or present perfect, no cue).

Per class it prints judged right, judged wrong for factuality, judged wrong otherwise (and unjudged).
``--set A`` and ``--set pool`` are tuning sets and may print their items (``--show``); ``--set B`` is
the check: it prints the class totals only (never an item, never a sentence), so one may read them once
before and once after a change.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_audit  # noqa: E402

CLASSES = ("headline", "question", "negated", "condition", "future", "proposal", "claim", "history",
           "description", "habitual", "noun", "plain")
CONDITION_MARKS = {"if", "unless", "provided", "providing", "whether", "lest", "suppose", "supposing"}
CONDITION_AUX = {"would", "could", "might", "should", "may", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_HEADS = {"plan", "intend", "expect", "want", "hope", "seek", "aim", "prepare", "threaten", "vow",
                "pledge", "promise", "set", "due", "go", "schedule", "propose", "decide", "agree", "try",
                "attempt", "wish", "need", "consider", "mull", "weigh", "mean", "bid", "move", "likely",
                "ready", "poised", "willing", "able", "prepared", "determined", "about", "eager", "keen"}
FUTURE_NOUNS = {"plan", "bid", "attempt", "effort", "intention", "move", "proposal", "offer", "call", "threat",
                "pledge", "promise", "decision", "readiness", "willingness", "idea", "scheme", "push", "drive",
                "campaign", "deal", "agreement", "chance", "right", "way", "power", "need", "desire", "ability"}
FUTURE_TIME = {"tomorrow", "next", "upcoming", "later", "soon", "coming"}
PROPOSAL_HEADS = {"call", "urge", "demand", "ask", "propose", "offer", "suggest", "press", "appeal", "request",
                  "invite", "encourage", "advise", "recommend", "insist", "push", "plead", "beg", "challenge",
                  "tell", "order", "instruct", "warn", "implore", "lobby", "petition", "seek"}
PROPOSAL_NOUNS = {"call", "demand", "request", "proposal", "offer", "appeal", "suggestion", "plea",
                  "invitation", "recommendation", "ultimatum", "motion", "bill", "resolution", "plan"}
CLAIM_HEADS = {"accuse", "allege", "claim", "blame", "charge", "suspect", "deny", "contend", "insist",
               "assert", "maintain", "believe", "think", "fear", "rumour", "rumor", "report"}
CLAIM_ADVERBS = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently", "alleged"}
NEGATORS = {"not", "n't", "never", "no", "without", "neither", "nor", "nobody", "nothing", "none"}
NEGATING_HEADS = {"refuse", "deny", "reject", "fail", "decline", "rule", "avoid", "stop", "cease", "dismiss",
                  "oppose", "resist", "halt", "prevent", "block", "bar", "forbid", "ban"}
HABITUAL = {"often", "regularly", "repeatedly", "always", "usually", "routinely", "long", "frequently",
            "traditionally", "constantly", "continually", "habitually", "generally", "typically", "sometimes",
            "occasionally", "increasingly", "ever", "persistently"}
HISTORY_WORDS = {"ago", "former", "once", "formerly", "previously", "historically", "decade", "decades",
                 "century", "centuries", "war", "era"}
YEAR = re.compile(r"^(1[89]\d\d|20[0-4]\d)s?$")


def _chain(tok) -> list:
    """The trigger and the words over it, up to the sentence's root (at most 8 steps)."""
    out = [tok]
    while out[-1].head is not out[-1] and len(out) < 9:
        out.append(out[-1].head)
    return out


def _verbs(chain) -> list:
    """The verbs (and adjective heads) of the clauses from the trigger up to the first finite clause."""
    return [t for t in chain if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT"]


def _clause_words(verb) -> list:
    """The verb's own words: its children that are not clauses of their own."""
    return [c for c in verb.children if c.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj")]


def classify(sent, trigger, article_year: int | None, in_headline: bool) -> str:
    """The class of the trigger token ``trigger`` of the parsed sentence ``sent``."""
    if in_headline:
        return "headline"
    chain = _chain(trigger)
    text = sent.text.strip()
    if text.endswith("?") or text.endswith('?"') or text.endswith("?'"):
        return "question"
    # the clause heads from the trigger up to the first finite verb, then up the reporting chain
    heads = []
    for t in chain:
        heads.append(t)
        if t.dep_ in ("ROOT",):
            break
    first_finite = next((t for t in heads if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
                         or t.dep_ == "ROOT"), heads[-1])
    near = heads[:heads.index(first_finite) + 1]  # the trigger's own clause and the non-finite ones over it
    words_near = [c for h in near for c in _clause_words(h)] + near
    lowers = {w.lower_ for w in words_near}
    lemmas = {w.lemma_.lower() for w in near}
    if any(c.dep_ == "mark" and c.lower_ == "whether" for h in near for c in h.children):
        return "question"
    if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("det", "advmod", "neg", "prep", "preconj"))
           for h in near for c in h.children) or lemmas & NEGATING_HEADS - {trigger.lemma_.lower()}:
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for h in heads for c in h.children) or \
            any(c.dep_ == "aux" and c.lower_ in CONDITION_AUX for h in near for c in h.children):
        return "condition"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for h in near for c in h.children) or \
            (lemmas - {trigger.lemma_.lower()}) & FUTURE_HEADS or \
            any(h.dep_ == "acl" and h.head.lemma_.lower() in FUTURE_NOUNS for h in near) or \
            any(w.lower_ in FUTURE_TIME for h in near for w in h.subtree if w.head is h or w.head.head is h) or \
            any(c.lower_ == "to" and c.dep_ == "aux" and h.head.lemma_ == "be" for h in near for c in h.children):
        return "future"
    over = heads[len(near):len(near) + 3]
    if any(h.lemma_.lower() in PROPOSAL_HEADS for h in near[1:] + over[:1]) or \
            (trigger.pos_ == "NOUN" and trigger.lemma_.lower() in PROPOSAL_NOUNS) or \
            any(h.lemma_.lower() in PROPOSAL_NOUNS and h.pos_ == "NOUN" for h in near[1:]):
        return "proposal"
    if any(h.lemma_.lower() in CLAIM_HEADS for h in near[1:] + over[:2]) or lowers & CLAIM_ADVERBS:
        return "claim"
    clause_text = {w.lower_ for h in near for w in h.subtree}
    years = [int(w.text[:4]) for h in near for w in h.subtree if YEAR.match(w.text)]
    past_perfect = any(c.dep_ == "aux" and c.lower_ == "had" for h in near for c in h.children)
    if (article_year and any(y < article_year for y in years)) or clause_text & HISTORY_WORDS & lowers or \
            "ago" in clause_text or past_perfect:
        return "history"
    if any(h.dep_ in ("relcl", "acl") for h in near):
        return "description"
    if lowers & HABITUAL or any(w.lower_ in ("each", "every") and w.head.lower_ == "time" for w in sent):
        return "habitual"
    if first_finite.tag_ in ("VBZ", "VBP") and first_finite.pos_ == "VERB" and \
            not any(c.dep_ in ("aux", "auxpass") for c in first_finite.children):
        return "habitual"
    if trigger.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return "plain"


def _year_of(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None


def events_of(which: str, pipeline):
    """(article path, record, event, judgement or None) for the printed judged events of ``which``: "pool"
    (the taken events of all seven blocks), "A" or "B" (the precision audit's halves)."""
    from wirecoder.sources import Document
    if which == "pool":
        import pool_events
        judged = event_audit.load_judged(pool_events.JUDGED)
        for article in pool_events.blocks("all", 40, 50):
            try:
                record = pipeline.extract(Document(text=article.text, source=article.path),
                                          reference_date=article.published)
            except Exception:  # as pool_events: one bad page must not stop the count
                continue
            for event in pool_events.taken(record.events, article.path, 3):
                key = (article.path, tuple(event.trigger), event.source, event.target, event.root)
                yield article, record, event, judged.get(key)
        return
    judged = event_audit.load_judged()
    for index, article in enumerate(event_audit.sample()):
        if event_audit.half(index) != which or not article.path.startswith(event_audit.JUDGED_GROUPS):
            continue
        record = pipeline.extract(Document(text=article.text, source=article.path),
                                  reference_date=article.published)
        for event in record.events:
            key = (article.path, tuple(event.trigger), event.source, event.target, event.root)
            yield article, record, event, judged.get(key)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("pool", "A", "B"), required=True)
    ap.add_argument("--show", choices=("all", "wrong", "factuality", "none"), default="none")
    args = ap.parse_args(argv)
    if event_audit.shared_absent():
        return 0
    if args.set == "B":
        args.show = "none"  # the check: totals only
    import spacy

    import wirecoder
    pipeline = wirecoder.load()
    nlp = spacy.load(pipeline.model, disable=["ner"])
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for article, record, event, j in events_of(args.set, pipeline):
        sentence = record.text[event.span[0]:event.span[1]]
        sent = nlp(sentence)
        at = event.trigger[0] - event.span[0]
        trigger = next((t for t in sent if t.idx <= at < t.idx + max(len(t.text), 1)), sent[0])
        spans = [s for s in (record.headline_span, record.subheadline_span) if s]
        in_headline = any(s[0] <= event.span[0] < s[1] for s in spans)
        cls = classify(sent, trigger, _year_of(article.published) or _year_of(record.published), in_headline)
        state = "unjudged" if j is None else ("right" if j["verdict"] == "right" else
                                               "wrong-factuality" if j["class"] == "factuality" else "wrong-other")
        table[cls][state] += 1
        show = args.show == "all" or (args.show == "wrong" and state.startswith("wrong")) or \
            (args.show == "factuality" and state == "wrong-factuality")
        if show:
            mark = state + (f" {j['class']}" if j and j["class"] and state == "wrong-other" else "")
            print(f"[{cls}] {article.path} {event.source} -> {event.target} {event.cameo} "
                  f"\"{record.text[event.trigger[0]:event.trigger[1]]}\" [{mark}]\n    {' '.join(sentence.split())}")
    print(f"factuality mechanisms of the printed events ({'pool, taken, all blocks' if args.set == 'pool' else 'half ' + args.set})")
    print(f"  {'class':<12} {'right':>6} {'wrong-fact':>10} {'wrong-other':>11} {'unjudged':>8}  P")
    total: Counter[str] = Counter()
    for cls in CLASSES:
        c = table[cls]
        total.update(c)
        n = c["right"] + c["wrong-factuality"] + c["wrong-other"]
        p = f"{c['right'] / n:.2f}" if n else "-"
        print(f"  {cls:<12} {c['right']:>6} {c['wrong-factuality']:>10} {c['wrong-other']:>11} {c['unjudged']:>8}  {p}")
    n = total["right"] + total["wrong-factuality"] + total["wrong-other"]
    print(f"  {'all':<12} {total['right']:>6} {total['wrong-factuality']:>10} {total['wrong-other']:>11} "
          f"{total['unjudged']:>8}  {total['right'] / n if n else 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
