"""Recall audit of event coding on real news nobody tuned on. ::

    python benchmarks/event_recall_audit.py [--half A|B|all] [--round 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|all]
                                            [--show misses|spurious|all|none] [--kinds]
    python benchmarks/event_recall_audit.py --list-round N [--annotator]   # round N's articles; half B's texts only with --annotator

Why: the real-news set's test split may not be read, and recall on its dev split did not carry to new
text; ``event_audit.py`` judges only what wirecoder prints, so it cannot see what it misses. Here every
event of a few articles of that audit's fixed sample (``event_audit.sample()``, halves A/B by alternate
article) was annotated by hand by ``../shared/data/realnews/GUIDE.md`` *before* looking at wirecoder's
output on them: 26 articles in rounds 1 and 2, 13 of half A and 13 of half B, round 3's 14, round
4's 12, round 5's 12, round 6's 12, round 7's 12, round 8's 12, round 9's 12, round 10's 12, round
11's 12, round 12's 12, round 13's 12, round 14's 12, round 15's 12 and round 16's 6 (190 in all, 95 per half).

- Round 1 (10 articles, 5 per half): short BBC politics and Reuters pieces with several actors, picked
  by hand. Their gold lines carry no ``round`` field.
- Round 2 (16 articles, 8 per half; gold lines carry ``"round": 2``): a fixed rule, ``round_articles(2)``
  below. Of each half, in the sample's order, among the articles round 1 did not take that are at most
  ``ROUND_CHARS[2]`` characters long, have at least ``ROUND_POLITICAL`` hits of
  ``event_audit.POLITICAL`` and are not a biography ("Profile: ..." headline: background only, which
  GUIDE.md does not code): the first 3 BBC politics articles, the first 3 Reuters-21578 records and the
  first 2 fundus pages. The next round can take the next articles of the same order.
- Round 3 (14 articles, 7 per half; ``"round": 3``): the same rule, ``round_articles(3)``, among the
  articles rounds 1 and 2 did not take, with pieces up to ``ROUND_CHARS[3]`` characters (the short
  BBC pieces were used up: at 2,200 characters only one was left). Only 2 web pages qualify, one per
  half, so the round has 14 articles, not 16.
- Round 4 (12 articles, 6 per half; ``"round": 4``): the same rule, ``round_articles(4)``, on the
  sample enlarged in round 22 (130 BBC, 56 Reuters), pieces up to ``ROUND_CHARS[4]`` characters. No
  web page is left, so 3 BBC and 3 Reuters per half. Annotated before looking at wirecoder's output
  on them: 59 gold events, 27 required (13 in half A, 14 in half B); one Reuters piece of half A is a
  trade between two companies, with one optional event and none required.
- Round 5 (12 articles, 6 per half; ``"round": 5``): the same rule, ``round_articles(5)``, after rounds
  1 to 4, on the same sample, pieces up to ``ROUND_CHARS[5]`` = 3,200 characters (as round 4: enough
  pieces are left at that length, 3 BBC and 3 Reuters per half; no web page qualifies). Annotated, for
  events, quotes and actors, before wirecoder was run on them: 93 gold events, 32 required (13 in half
  A, 19 in half B). Four Reuters pieces have optional events only (so they count in precision, not in
  recall): in half A a regulator's rule change, a government's share sale and a company's share
  purchase, in half B an opposition party's election programme.
- Round 6 (12 articles, 6 per half; ``"round": 6``): the same rule, ``round_articles(6)``, after rounds
  1 to 5, on the same sample, pieces up to ``ROUND_CHARS[6]`` = 3,200 characters (as rounds 4 and 5:
  enough pieces are still left at that length, 3 BBC and 3 Reuters per half; no web page qualifies).
  Annotated, for events, quotes and actors, before wirecoder was run on them: 117 gold events, 38
  required (19 in half A, 19 in half B). One Reuters piece of half B (a parliament's vote on a
  domestic currency law) has optional events only.
- Round 7 (12 articles, 6 per half; ``"round": 7``): the same rule, ``round_articles(7)``, after rounds
  1 to 6, on the same sample, pieces up to ``ROUND_CHARS[7]`` = 4,000 characters: at 3,200 only 2
  Reuters pieces of half A were left (11 articles), so the length was enlarged until 3 BBC and 3
  Reuters per half qualify. At that length the rule would also take 2 web pages, both of half B (none
  of half A is left), which would make the halves 6 and 8; so round 7 takes no web page
  (``ROUND_PER_HALF_OF[7]``: 3 BBC and 3 Reuters per half, as rounds 4 to 6 took), leaving those two
  pages to a later round. Chosen by length, source and the sample's order only. Annotated, for events,
  quotes and actors, before wirecoder was run on them: 199 gold events, 62 required (33 in half A, 29
  in half B).
- Round 8 (12 articles, 6 per half; ``"round": 8``): the same rule, ``round_articles(8)``, after rounds
  1 to 7, on the same sample, pieces up to ``ROUND_CHARS[8]`` = 4,500 characters: at 4,000 only 2
  Reuters pieces of half A were left, so the length was enlarged by the next step of 500 characters,
  at which 4 Reuters pieces of half A and 6 of half B qualify. At that length the only web pages left
  are still the two of half B, so round 8, as round 7, takes none (``ROUND_PER_HALF_OF[8]``). Chosen by
  length, source and the sample's order only: half A has BBC 405, 256 and 005 and Reuters NEWID 4165,
  11198 and 275; half B has BBC 174, 348 and 360 and Reuters NEWID 2979, 17915 and 12773. Annotated,
  for events, quotes and actors, before wirecoder was run on them (the gold was committed first): 99
  gold events, 29 required (16 in half A, 13 in half B). Three Reuters pieces have optional events
  only: in half A an economists' survey of a national economy and an embassy's crop forecast, in half
  B a bond market report.
- Round 9 (12 articles, 6 per half; ``"round": 9``): the same rule, ``round_articles(9)``, after rounds
  1 to 8, on the same sample, pieces up to ``ROUND_CHARS[9]`` = 5,000 characters: at 4,500 only 1
  Reuters piece of half A was left, so the length was enlarged by the next step of 500 characters, at
  which 4 Reuters pieces of half A and 3 of half B qualify. At that length web pages qualify in half B
  only (the same two), none in half A, so round 9, as rounds 7 and 8, takes none
  (``ROUND_PER_HALF_OF[9]``); at 5,500 two would qualify in each half, which a later round can take.
  Chosen by length, source and the sample's order only: half A has BBC 301, 349 and 241 and Reuters
  NEWID 8137, 15738 and 12848; half B has BBC 400, 383 and 046 and Reuters NEWID 10621, 4156 and 16088.
  Annotated, for events, quotes and actors, before wirecoder was run on them (the gold was committed
  first): 109 gold events, 39 required (17 in half A, 22 in half B). One BBC piece of half B (an
  obituary: tributes and history) has optional events only.
- Round 10 (12 articles, 6 per half; ``"round": 10``): the same rule, ``round_articles(10)``, after rounds
  1 to 9, on the same sample. At round 9's 5,000 characters no Reuters piece of half B and one of half A
  were left; enlarged by steps of 500 characters up to 7,000, Reuters pieces never qualify equally in the
  two halves beyond one each (at 5,500 one per half; at 6,500 and 7,000 two of half A, still one of half
  B), so neither 3 nor 2 Reuters pieces per half can be taken. ``ROUND_CHARS[10]`` = 5,500 is the least
  length at which each half has one, and at that length web pages qualify equally, two per half (the two
  of half B that rounds 7 to 9 left and two of half A), so by the rule they are taken:
  ``ROUND_PER_HALF_OF[10]`` is 3 BBC, 1 Reuters and 2 web pages per half, which keeps the halves equal in
  size and source mix. Chosen by length, source and the sample's order only: half A has BBC 094, 139 and
  187, Reuters NEWID 21013 and the pages TheIntercept_1 and TheNation_2; half B has BBC 127, 025 and
  008, Reuters NEWID 21508 and the pages iNews_0 and FreeBeacon_4. Annotated, for events, quotes and
  actors, before wirecoder was run on them (the gold was committed first): 97 gold events, 34 required
  (16 in half A, 18 in half B). One BBC piece of half B (MPs recalling sexist taunts from years before)
  has optional events only.
- Round 11 (12 articles, 6 per half; ``"round": 11``): the same rule, ``round_articles(11)``, after rounds
  1 to 10, on the same sample. Round 10's mix (3 BBC, 1 Reuters, 2 web pages per half) is not possible:
  the only Reuters piece left in the sample is one of half A (NEWID 17953, 6,296 characters); half B has
  none left at any length. So round 11 takes no Reuters piece and the nearest mix with 6 articles per
  half, its Reuters place given to a BBC piece (the largest group left): ``ROUND_PER_HALF_OF[11]`` is
  4 BBC and 2 web pages per half (3 BBC and 3 web pages, the other mix one place away, needs 9,500).
  ``ROUND_CHARS[11]`` = 8,500 is the least length, in steps of 500 from 5,500, at which two web pages
  qualify in each half (at 5,500 none is left in either half; at 6,000 to 8,000 one of half B; half A has
  two from 7,500). Chosen by length, source and the sample's order only: half A has BBC 097, 209, 292
  and 175 and the pages OccupyDemocrats_3 and TheNation_3; half B has BBC 250, 297, 105 and 197 and the
  pages FoxNews_1 and LATimes_2. ``--list-round 11`` prints them. Annotated, for events, quotes and
  actors, before wirecoder was run on them (the gold was committed first): 132 gold events, 47 required
  (27 in half A, 20 in half B). One web page of half B (a poll report) has optional events only.
- Round 12 (12 articles, 6 per half; ``"round": 12``): the same rule, ``round_articles(12)``, after rounds
  1 to 11, on the same sample, with round 11's mix (``ROUND_PER_HALF_OF[12]``: 4 BBC pieces and 2 web
  pages per half; no Reuters piece of half B is left at any length, so none is taken in either half).
  ``ROUND_CHARS[12]`` = 12,000 is the least length, in steps of 500 from round 11's 8,500, at which two web
  pages qualify in each half: at 8,500 none is left in either half; at 9,000 one of half B; at 9,500 one
  per half; from 10,000 to 11,500 two of half A and still one of half B. The nearer mixes (5 BBC and 1 web
  page per half from 9,500, or 6 BBC from 8,500) were not needed, as round 11's mix is possible; the BBC
  pieces the rule takes are short (1,462 to 4,898 characters), the web pages 8,745 to 11,975. Chosen by
  length, source and the sample's order only: half A has BBC 370, 019, 411 and 387 and the pages
  LATimes_1 and TheIntercept_2; half B has BBC 026, 039, 180 and 069 and the pages LATimes_3 and
  TheNation_0. ``--list-round 12`` prints them. Annotated, for events, quotes and actors, before wirecoder
  was run on them (the gold was committed first): 172 gold events, 56 required (34 in half A, 22 in half
  B). Two articles of half B have optional events only: a BBC piece (a report's release date and a
  leader's vows, no interaction) and a web page (an opinion piece whose events are background from years
  before).
- Round 13 (12 articles, 6 per half; ``"round": 13``): the same rule, ``round_articles(13)``, after rounds
  1 to 12, on the same sample, with round 12's mix (``ROUND_PER_HALF_OF[13]``: 4 BBC pieces and 2 web pages
  per half; still no Reuters piece of half B at any length). Only two web pages are left in each half:
  18,867 and 20,361 characters in half A, 18,875 and 40,539 in half B. ``ROUND_CHARS[13]`` = 41,000 is the
  least length, in steps of 500 from round 12's 12,000, at which two qualify in each half: from 12,000 to
  18,500 none is left in either half, from 19,000 one per half (the nearer mix, 5 BBC pieces and 1 web page
  per half, would need 19,000), from 20,500 two of half A and one of half B. As round 12's mix is possible,
  it is kept, and the round takes all four pages left (so no web page is left for a later round; the BBC
  pieces it takes are short, 1,648 to 3,569 characters). Chosen by length, source and the sample's order
  only: half A has BBC 179, 278, 211 and 258 and the pages TheTelegraph_3 and TheIntercept_0; half B has
  BBC 402, 007, 202 and 371 and the pages TheIntercept_4 and iNews_4. ``--list-round 13`` prints them.
  Annotated, for events, quotes and actors, before wirecoder was run on them (the gold was committed
  first): 144 gold events, 41 required (23 in half A, 18 in half B). One web page of half A (a football
  match report) holds no event at all, which no gold line can say: ``NO_EVENTS`` names it, so that it
  counts as the round's and is scored with an empty gold (every event printed on it is spurious).
- Round 14 (12 articles, 6 per half; ``"round": 14``): a new web source, as round 13 took the last fundus
  pages. ``event_audit.sample()`` was extended in round 35 (after its 130 BBC pieces, 56 Reuters records
  and 22 fundus pages, so every earlier article keeps its place and half) by 24 web pages of
  ``article-extraction-benchmark`` (news and opinion pages of 2018-2019: US, British, Indian, Arab and
  Russian sites): those with at least 5 ``POLITICAL`` words, not taken by the real-news set (``_taken()``),
  in the same hashed order. That source is in no tuning pool (``missing_events.pool()`` and the pool
  samples take BBC, Reuters, fundus-test-data and ag_news), which fundus-test-data, the other candidate,
  is. Rounds 1 to 13 take the same articles as before (``--list-round N`` prints the same ids), as no
  earlier quota takes the new group (``ROUND_PER_HALF`` gives it 0). ``ROUND_PER_HALF_OF[14]`` keeps round
  13's mix, 4 BBC pieces and 2 web pages per half, the web pages now of the new source (no fundus page and
  no Reuters piece of half B is left). ``ROUND_CHARS[14]`` = 3,000 is the least length, in steps of 500
  from 2,000, at which that mix qualifies (the new source has short pages, so the length need not stay at
  round 13's 41,000: at 2,000 only 2 BBC pieces of half A and none of half B qualify, at 2,500 3 of half A
  and 1 of half B); the BBC pieces are 812 to 2,948 characters, the web pages 1,299 to 2,506. Chosen by
  length, source and the sample's order only: half A has BBC 350, 355, 249 and 409 and the pages 624fcd90...
  and 5a822960...; half B has BBC 407, 312, 270 and 331 and the pages e7301133... and dc7ccccc...
  (``--list-round 14`` prints the full ids). The new pages carry no date (``published`` None). Annotated,
  for events, quotes and actors, before wirecoder was run on them (the gold was committed first): 84 gold
  events, 43 required (23 in half A, 20 in half B). One web page of half A has optional events only.
- Round 15 (12 articles, 6 per half; ``"round": 15``): the same rule, ``round_articles(15)``, after rounds 1
  to 14, on the same sample. Round 14's mix (4 BBC pieces and 2 pages of ``article-extraction-benchmark``
  per half) is not possible: only 3 BBC pieces of half B qualify at any length (the others left fail
  ``ROUND_POLITICAL`` or are biographies), against 4 of half A. So round 15 takes the nearest mix with 6
  articles per half, the fourth BBC place given to a web page of the new source (the largest group left:
  20 pages, 10 per half): ``ROUND_PER_HALF_OF[15]`` is 3 BBC pieces and 3 web pages per half (no fundus
  page and no Reuters piece of half B is left). ``ROUND_CHARS[15]`` = 4,000 is the least length, in steps
  of 500 from 2,000, at which that mix qualifies: up to 3,000 at most 2 BBC pieces of half A and none of
  half B, at 3,500 3 of half A but 1 of half B; at 4,000 half A has 4 BBC pieces and 3 web pages, half B 3
  and 4. The BBC pieces are 2,161 to 3,837 characters, the web pages 1,215 to 3,956. Chosen by length,
  source and the sample's order only: half A has BBC 328, 065 and 131 and the pages 5fa3154e..., d605bdef...
  and d90bda7e...; half B has BBC 218, 305 and 384 and the pages 39d5c43b..., 7916ecca... and 4a44ab3e...
  (``--list-round 15`` prints the full ids). Annotated, for events, quotes and actors, before wirecoder
  was run on them (the gold was committed first): 110 gold events, 42 required (22 in half A, 20 in half
  B).
- Round 16 (6 articles, 3 per half; ``"round": 16``): the same rule, ``round_articles(16)``, after rounds 1
  to 15, on the same sample. Round 15's mix (3 BBC pieces and 3 pages of ``article-extraction-benchmark`` per
  half) is not possible: no BBC piece of half B qualifies at any length (the one left that passes
  ``ROUND_POLITICAL`` is a profile), nor any Reuters or fundus piece of half B; half A still has one BBC piece
  (3,195 characters) and one Reuters piece, which a later round may pair. So round 16 takes web pages of that
  source only, the one group left in both halves (7 pages per half, 2,514 to 14,689 characters):
  ``ROUND_PER_HALF_OF[16]`` is 3 such pages per half. Not 6: half A's sixth page is 11,499 characters long
  (about 77,000 characters for the round), more than its annotator could annotate whole before any run in the
  time given. ``ROUND_CHARS[16]`` = 6,000 is the least length, in steps of 500 from 4,000, at which 3 pages
  per half qualify: at 4,500 half A has 1, at 5,000 and 5,500 2; at 6,000 half A has 4 and half B 5, the
  sample's order taking the first 3 of each. The pages are 2,514 to 5,957 characters. Chosen by length,
  source and the sample's order only: half A has the pages 04a6711c..., 7a664e40... and 7de52419...; half B
  has aec5deea..., 51d066b0... and 1ee91d1f... (``--list-round 16`` prints the full ids). Annotated, for
  events, quotes and actors, before wirecoder was run on them (the gold was committed first): 61 gold events,
  19 required (9 in half A, 10 in half B). One page of half B (a preview of a party's debate) has no
  required quote. First run, at bda1f523's rules: half A recall 0.222 (2/9) precision 0.286 (2 right, 5
  spurious); half B recall 0.500 (5/10) precision 0.727 (8 right, 3 spurious); all sixteen rounds: half A
  0.473 (160/338) P 0.796, half B 0.276 (82/297) P 0.591.

The golds live in ``benchmarks/audit/events_gold.jsonl``, one event a line: the article path (as in
``event_audit.py``), the trigger's character offsets (with a hash of the trigger's words, to notice a
changed corpus), ``source``/``target`` (lists of acceptable actor ids, ``null`` for no target), ``root``
(acceptable CAMEO roots), ``required`` and ``symmetric``, as GUIDE.md gives them. No article text is
stored. Scoring is GUIDE.md's, by ``wirecoder.evaluation.news.score_events``: recall over required
events, precision = predictions matching a required event / (those + predictions matching no gold).

Rules are fixed from half A's misses only (listed with their sentence); half B is the check and prints
totals only. ``--round`` scores one round alone (its totals; half A's list as usual). Needs
``../shared``; skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import NEWS, POLITICAL, SHARED, Article, half, sample  # noqa: E402

GOLD = Path(__file__).resolve().parent / "audit" / "events_gold.jsonl"
# rounds 2 to 15's choice rule (see the docstring): short political pieces, so that every event can be
# annotated; rounds 3 to 6 allow longer pieces, as round 2 took nearly every short one, and rounds 7 and 8
# longer still, as too few Reuters pieces of half A were left at 3,200 and then 4,000 characters, round 9
# at 5,000, as only one was left at 4,500, and round 10 at 5,500, the least length with a Reuters piece in
# each half (none of half B was left at 5,000); round 11 at 8,500, the least length with two web pages in
# each half (no Reuters piece of half B is left at any length), and round 12 at 12,000, likewise the least
# length, from 8,500, with two web pages left in each half, and round 13 at 41,000, likewise from 12,000 (the
# last two web pages of each half; half B's second is 40,539 characters long); round 14 at 3,000, the least
# length, from 2,000, with 4 BBC pieces and 2 pages of the new web source in each half; round 15 at 4,000, the
# least length, from 2,000, with 3 BBC pieces and 3 pages of that source in each half; round 16 at 6,000, the
# least length, from 4,000, with 3 pages of that source in each half
ROUND_CHARS = {2: 2200, 3: 3200, 4: 3200, 5: 3200, 6: 3200, 7: 4000, 8: 4500, 9: 5000, 10: 5500, 11: 8500, 12: 12000, 13: 41000,
               14: 3000, 15: 4000, 16: 6000}
ROUND_POLITICAL = 3
ROUND_PER_HALF = {"bbc/": 3, "reuters21578/": 3, "fundus-evaluation/": 2, "article-extraction-benchmark/": 0}
# a round's own quota where it differs: round 7 takes no web page, as the only two left at its length are
# both in half B (the halves would be 6 and 8 articles); round 8 likewise (its length still leaves those two
# pages of half B and none of half A), and round 9 (at 5,000 characters still the same two, none of half A);
# round 10 takes 1 Reuters piece per half (up to 7,000 characters no length gives more in both halves) and
# the 2 web pages per half that qualify at its length, so that each half has 6 articles of the same mix;
# round 11 takes no Reuters piece (half B has none left) and gives that place to a fourth BBC piece, and
# rounds 12 and 13 keep round 11's mix; round 14 keeps it with its web pages from the sample's second web source
# (article-extraction-benchmark), as no fundus page is left; round 15 gives a BBC place to a third such page,
# as only 3 BBC pieces of half B qualify at any length; round 16 takes 3 such pages per half and nothing else,
# as no BBC, Reuters or fundus piece of half B qualifies at any length (and 3, not 6, as 6 pages per half need
# 12,000 characters, more than the round's annotator could annotate whole before any run in the time given)
ROUND_PER_HALF_OF = {7: {"bbc/": 3, "reuters21578/": 3, "fundus-evaluation/": 0},
                     8: {"bbc/": 3, "reuters21578/": 3, "fundus-evaluation/": 0},
                     9: {"bbc/": 3, "reuters21578/": 3, "fundus-evaluation/": 0},
                     10: {"bbc/": 3, "reuters21578/": 1, "fundus-evaluation/": 2},
                     11: {"bbc/": 4, "reuters21578/": 0, "fundus-evaluation/": 2},
                     12: {"bbc/": 4, "reuters21578/": 0, "fundus-evaluation/": 2},
                     13: {"bbc/": 4, "reuters21578/": 0, "fundus-evaluation/": 2},
                     14: {"bbc/": 4, "reuters21578/": 0, "fundus-evaluation/": 0, "article-extraction-benchmark/": 2},
                     15: {"bbc/": 3, "reuters21578/": 0, "fundus-evaluation/": 0, "article-extraction-benchmark/": 3},
                     16: {"bbc/": 0, "reuters21578/": 0, "fundus-evaluation/": 0, "article-extraction-benchmark/": 3}}


# Articles of a round that were annotated and hold no event (no gold line can say so), as quote_recall_audit's
# NO_QUOTES: round 13's match report of a football game (no political actor in it). They count as the round's
# articles and are scored with an empty gold, so that an event printed on them is spurious.
NO_EVENTS = {13: frozenset({"fundus-evaluation/TheTelegraph_3.html.gz"})}


def gold_rounds(golds: dict[str, list[dict]]) -> dict[str, int]:
    """The annotation round of each annotated article: those with gold events and those of ``NO_EVENTS``."""
    rounds = {path: gold_round(events[0]) for path, events in golds.items()}
    rounds.update({path: number for number, paths in NO_EVENTS.items() for path in paths})
    return rounds


def load_gold(path: Path = GOLD) -> dict[str, list[dict]]:
    """The gold events by article path."""
    golds: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            golds[g["article"]].append(g)
    return golds


def gold_round(gold_event: dict) -> int:
    """The annotation round that added an event's article (round 1's lines carry no field)."""
    return int(gold_event.get("round", 1))


def round_articles(articles: list[Article], earlier: set[str], round_number: int) -> set[str]:
    """The paths a round after the first annotated: the docstring's rule applied to the sample in its
    order, skipping ``earlier`` (the articles of the rounds before it)."""
    taken: dict[tuple[str, str], int] = defaultdict(int)
    quota = ROUND_PER_HALF_OF.get(round_number, ROUND_PER_HALF)
    chosen = set()
    for index, article in enumerate(articles):
        h = half(index)
        prefix = next(k for k in ROUND_PER_HALF if article.path.startswith(k))
        if (article.path in earlier or len(article.text) > ROUND_CHARS[round_number]
                or len(POLITICAL.findall(article.text)) < ROUND_POLITICAL
                or article.text.lstrip().startswith("Profile:")):
            continue
        if taken[h, prefix] < quota.get(prefix, 0):  # a group a round's quota leaves out takes none
            taken[h, prefix] += 1
            chosen.add(article.path)
    return chosen


def rule_rounds(articles: list[Article], earlier: set[str], numbers) -> dict[int, set[str]]:
    """The articles each of the rounds ``numbers`` takes by its choice rule, in turn, each round skipping
    ``earlier`` and the rounds before it: what an audit that follows these rounds by the rule (not by
    their event gold, which may land later) covers."""
    chosen: dict[int, set[str]] = {}
    for number in numbers:
        chosen[number] = round_articles(articles, earlier, number)
        earlier = earlier | chosen[number]
    return chosen


def check_rounds(articles: list[Article], rounds: dict[str, int]) -> None:
    """Stop when a round's gold articles are not those its choice rule takes (a changed sample or
    rule would make the halves and the rounds mean something else). A round with no gold yet is
    not checked."""
    earlier = {p for p, r in rounds.items() if r == 1}
    for number in sorted(ROUND_CHARS):
        annotated = {p for p, r in rounds.items() if r == number}
        if not annotated:
            continue
        expected = round_articles(articles, earlier, number)
        if expected != annotated:
            raise SystemExit(f"round {number}'s gold articles differ from its choice rule's: {sorted(expected)}")
        earlier |= annotated


def list_round(articles: list[Article], rounds: dict[str, int], number: int, annotator: bool = False) -> None:
    """Print the articles round ``number`` takes by its choice rule (half, path, length, date, then the
    text), without running wirecoder: what an annotator reads before any output is seen. Half B's texts
    are printed only for the annotator (``--annotator``, who writes no rule): a rule writer listing a
    round to read its half A must not see the check half (round 32: one did, by this option)."""
    earlier = {p for p, r in rounds.items() if r == 1}
    chosen = rule_rounds(articles, earlier, [n for n in sorted(ROUND_CHARS) if n <= number])[number]
    for index, article in enumerate(articles):
        if article.path in chosen:
            shown = annotator or half(index) == "A"
            print(f"=== [{half(index)}] {article.path} ({len(article.text)} characters, published "
                  f"{article.published})\n\n{article.text if shown else '(half B: text withheld)'}\n")


def _words_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def checked_gold(article: Article, lines: list[dict], field: str, hash_field: str) -> list[dict]:
    """An article's gold lines, each checked against the text: the words at ``line[field]`` (character
    offsets) must still hash to ``line[hash_field]``; a changed corpus stops the audit."""
    for g in lines:
        start, end = g[field]
        if _words_hash(article.text[start:end]) != g[hash_field]:
            raise SystemExit(f"{article.path}: the text at {g[field]} changed; the gold is stale")
    return lines


def gold_event_articles(which: str) -> Iterator[tuple[str, Article, list[dict]]]:
    """Each sample article with event gold in the half asked for ("A", "B" or "all"), in the sample's
    order: its half, the article, and its checked gold events with the trigger as their span (the loop
    the scripts that study the audit's misses, event_drops, context_drops and actors_near, share)."""
    golds = load_gold()
    for index, article in enumerate(sample()):
        h = half(index)
        if article.path in golds and which in ("all", h):
            yield h, article, [{**g, "span": g["trigger"]}
                               for g in checked_gold(article, golds[article.path], "trigger", "trigger_hash")]


def list_half_a(show: str, heading: str, misses: list[str], spurious: list[str]) -> None:
    """Print a half-A article's misses and/or spurious predictions, as ``--show`` asks (half B, the
    check, prints totals only, so this is never called for it)."""
    shown = (misses if show in ("misses", "all") else []) + (spurious if show in ("spurious", "all") else [])
    if shown:
        print(heading)
        for line in shown:
            print(f"    {line}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--round", choices=("1", *map(str, sorted(ROUND_CHARS)), "all"), default="all",
                    help="score the articles of one annotation round only")
    ap.add_argument("--show", choices=("misses", "spurious", "all", "none"), default="misses",
                    help="what to list for half A (half B, the check, prints totals only)")
    ap.add_argument("--list-round", type=int, choices=sorted(ROUND_CHARS), metavar="N",
                    help="print the articles round N's choice rule takes (ids and texts) and stop; runs no wirecoder")
    ap.add_argument("--kinds", action="store_true",
                    help="also count each half's misses by kind (evaluation.news.MISS_KINDS): counts only")
    ap.add_argument("--annotator", action="store_true",
                    help="with --list-round: print half B's texts too (for the annotator of a new round only)")
    args = ap.parse_args(argv)
    if not (NEWS / "bbc").is_dir() or not (SHARED / "realnews").is_dir() or not GOLD.is_file():
        print(f"skipped: {NEWS}, {SHARED / 'realnews'} or {GOLD} is absent")
        return 0
    if args.list_round:
        golds = load_gold()
        list_round(sample(), gold_rounds(golds), args.list_round, args.annotator)
        return 0

    import wirecoder
    from wirecoder.evaluation.news import (
        ARGUMENT_KINDS,
        MISS_KINDS,
        EventScore,
        GoldArticle,
        event_matches,
        miss_at_trigger,
        miss_kind,
        pair_printed_near,
        score_events,
    )
    from wirecoder.sources import Document

    golds = load_gold()
    articles_in_order = sample()
    rounds = gold_rounds(golds)
    check_rounds(articles_in_order, rounds)
    pipeline = wirecoder.load()
    totals = {"A": EventScore(), "B": EventScore()}
    articles = {"A": 0, "B": 0}
    kinds: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}
    for index, article in enumerate(articles_in_order):
        h = half(index)
        if article.path not in rounds or args.half not in ("all", h) \
                or args.round not in ("all", str(rounds[article.path])):
            continue
        events = [{**g, "span": g["trigger"], "text": article.text[g["trigger"][0]:g["trigger"][1]]}
                  for g in checked_gold(article, golds.get(article.path, []), "trigger", "trigger_hash")]
        gold = GoldArticle(article.path, article.text, article.published, events=events)
        record = pipeline.extract(Document(text=article.text, source=article.path),
                                  reference_date=article.published)
        misses: list[str] = []
        spurious: list[str] = []
        score = score_events(gold, record, misses, spurious)
        articles[h] += 1
        for g in events:
            if g.get("required") and not any(event_matches(g, record, e) for e in record.events):
                kind = miss_kind(g, record)
                kinds[h][kind] += 1
                if miss_at_trigger(g, record, kind):
                    kinds[h]["at trigger: " + kind] += 1  # round 40: the same kind from the events near the trigger
                if kind == "pair right, root wrong":  # round 34: a confusion at the place, or a miss there
                    kinds[h]["pair near" if pair_printed_near(g, record) else "pair elsewhere"] += 1
        for name in ("required", "found", "tp", "fp"):
            setattr(totals[h], name, getattr(totals[h], name) + getattr(score, name))
        if h == "A":
            list_half_a(args.show, f"[A] {article.path}: found {score.found}/{score.required}, {score.fp} spurious",
                        misses, spurious)
    print("event recall audit (every event annotated by GUIDE.md; rules fixed from half A, half B is the check)")
    for h in ("A", "B"):
        if args.half not in ("all", h):
            continue
        s = totals[h]
        r = s.found / s.required if s.required else 0.0
        p = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rounds_said = "" if args.round == "all" else f" of round {args.round}"
        print(f"half {h}{' (check)' if h == 'B' else ' (tuning)'}: {articles[h]} articles{rounds_said}, recall {r:.3f} "
              f"({s.found} of {s.required} required), precision {p:.3f} ({s.tp} right, {s.fp} spurious), "
              f"F1 {f:.3f}")
        if args.kinds:
            print("  misses by kind: " + "; ".join(f"{kind} {kinds[h][kind]}" for kind in MISS_KINDS))
            print(f"  pair right, root wrong: {kinds[h]['pair near']} with the pair printed near the gold trigger "
                  f"(a root confusion there), {kinds[h]['pair elsewhere']} with it printed only elsewhere "
                  "(the event itself missed)")
            print("  at their trigger (the same kind from the events printed within 150 characters; the rest: the "
                  "pair or root printed only elsewhere): " + "; ".join(
                      f"{kind} {kinds[h]['at trigger: ' + kind]} of {kinds[h][kind]}" for kind in ARGUMENT_KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
