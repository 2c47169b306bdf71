"""Make a store full of synthetic events, to time queries at scale (see ``bench_queries.py``).

    python benchmarks/synth_store.py --events 1000000 --db /tmp/synth.duckdb

Random but plausible: about 200 actors (40 states and organisations, the rest officials acting for
them, with a sector), a few actors far more present than the rest (as in news), dates over five
years, ten events and three quotes an article (so ~100k articles for a million events), 3% of
articles near-duplicates of an earlier one, ``--repeats`` (default 30%) of the events re-reports of an
event of one of the 20 articles before (same actors, code and day: another agency's write-up), CAMEO codes with their quad class and Goldstein weight
from the package's ontology (``data/events/cameo.tsv``; a small table of our own if it is absent).
Everything is generated inside DuckDB with SQL (no Python loop per row): a million events take
seconds. The store has the real schema (``wirecoder.store.connect``) but no ``record`` JSON.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pyarrow as pa

from wirecoder.store import connect, query

# States and organisations, most present first (their order sets how often they appear).
ACTORS = [
    ("USA", "United States", "state"), ("RUS", "Russia", "state"), ("CHN", "China", "state"),
    ("UKR", "Ukraine", "state"), ("NATO", "NATO", "igo"), ("EU", "European Union", "igo"),
    ("GBR", "United Kingdom", "state"), ("FRA", "France", "state"), ("DEU", "Germany", "state"),
    ("IND", "India", "state"), ("JPN", "Japan", "state"), ("UN", "United Nations", "igo"),
    ("TUR", "Turkey", "state"), ("IRN", "Iran", "state"), ("ISR", "Israel", "state"),
    ("PRK", "North Korea", "state"), ("KOR", "South Korea", "state"), ("AUS", "Australia", "state"),
    ("SAU", "Saudi Arabia", "state"), ("BRA", "Brazil", "state"), ("PAK", "Pakistan", "state"),
    ("POL", "Poland", "state"), ("TWN", "Taiwan", "state"), ("SYR", "Syria", "state"),
    ("EGY", "Egypt", "state"), ("ASEAN", "ASEAN", "igo"), ("AUKUS", "AUKUS", "igo"),
    ("BLR", "Belarus", "state"), ("KAZ", "Kazakhstan", "state"), ("VNM", "Vietnam", "state"),
    ("PHL", "Philippines", "state"), ("IDN", "Indonesia", "state"), ("ZAF", "South Africa", "state"),
    ("NGA", "Nigeria", "state"), ("MEX", "Mexico", "state"), ("CAN", "Canada", "state"),
    ("ITA", "Italy", "state"), ("ESP", "Spain", "state"), ("OSCE", "OSCE", "igo"), ("AU", "African Union", "igo"),
]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "MIL", "LEG", "OPP", "BUS", "MED", "CVL"]
ROLES = {"GOV": "Foreign Minister", "MIL": "Defence Chief", "LEG": "Speaker of Parliament",
         "OPP": "Opposition Leader", "BUS": "Chief Executive", "MED": "Editor", "CVL": "Activist"}
# Used only when the package's ontology is not there: (code, goldstein, plover), quad from the root.
FALLBACK_CODES = [("010", 0.0, "SUPPORT"), ("036", 4.0, "CONSULT"), ("042", 1.9, "CONSULT"),
                  ("043", 2.8, "CONSULT"), ("046", 7.0, "CONSULT"), ("051", 3.4, "SUPPORT"),
                  ("057", 8.0, "AGREE"), ("061", 6.4, "COOPERATE"), ("062", 7.4, "COOPERATE"),
                  ("070", 7.0, "AID"), ("090", -2.0, "DEMAND"), ("100", -5.0, "DEMAND"),
                  ("111", -2.0, "ACCUSE"), ("112", -2.0, "ACCUSE"), ("120", -4.0, "REJECT"),
                  ("130", -4.4, "THREATEN"), ("140", -6.5, "PROTEST"), ("150", -7.2, "MOBILIZE"),
                  ("160", -4.0, "REDUCE"), ("173", -5.0, "SANCTION"), ("190", -10.0, "ASSAULT")]
# What a source does to its target in each quad class: (the sentence's words, the trigger).
VERBS = [("praised", "praised"), ("signed an accord with", "signed"), ("accused", "accused"),
         ("attacked", "attacked")]


def _quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def codes_table() -> pa.Table:
    """CAMEO codes to draw from, with a weight: statements and consultations are the most common."""
    try:
        from wirecoder.events.ontology import cameo_table

        rows = [(c.code, c.root, c.quad_class, c.goldstein, c.plover) for c in cameo_table().values()
                if len(c.code) >= 3]
    except (ImportError, FileNotFoundError):
        rows = [(code, code[:2], _quad(code[:2]), gs, plover) for code, gs, plover in FALLBACK_CODES]
    weight = [4 if r[1] <= "05" else 2 if r[1] <= "13" else 1 for r in rows]
    cols = list(zip(*rows, strict=True))
    return pa.table({"cameo": cols[0], "root": cols[1], "quad_class": cols[2], "goldstein": cols[3],
                     "plover": cols[4], "weight": weight})


def actors_table(n_actors: int) -> pa.Table:
    """The actors: the states and organisations above, then officials acting for them."""
    ids, names, kinds, countries, sectors, roles = [], [], [], [], [], []
    for aid, name, kind in ACTORS[:n_actors]:
        ids.append(aid)
        names.append(name)
        kinds.append(kind)
        countries.append(aid if kind == "state" else None)
        sectors.append(None)
        roles.append(None)
    states = [a for a in ACTORS if a[2] == "state"]
    for i in range(max(0, n_actors - len(ids))):
        state = states[i % len(states)]
        sector = SECTORS[i % len(SECTORS)]
        ids.append(f"person:official-{i:03d}-{state[0].lower()}")
        names.append(f"Official {i:03d} of {state[1]}")
        kinds.append("person")
        countries.append(state[0])
        sectors.append(sector)
        roles.append(ROLES[sector])
    return pa.table({"rank": list(range(len(ids))), "actor_id": ids, "name": names, "kind": kinds,
                     "country": countries, "sector": sectors, "role": roles})


def build(db: Path, n_events: int, per_article: int = 10, n_actors: int = 200, years: int = 5,
          duplicates: float = 0.03, repeats: float = 0.3, seed: float = 0.42) -> dict[str, int]:
    if db.exists():
        db.unlink()
    con = connect(db)
    con.execute(f"SELECT setseed({seed})").fetchall()
    codes, actors = codes_table(), actors_table(n_actors)
    con.register("codes_in", codes)
    con.register("actors_in", actors)
    n_articles = max(1, n_events // per_article)
    n = len(actors)
    # A deck of codes, each repeated by its weight, so that a uniform draw follows the weights.
    con.execute("""CREATE TEMP TABLE deck AS SELECT row_number() OVER () - 1 AS k, c.* EXCLUDE (weight)
                   FROM codes_in c, range(c.weight)""")
    con.execute("CREATE TEMP TABLE cast_ AS SELECT * FROM actors_in")
    deck = con.execute("SELECT count(*) FROM deck").fetchall()[0][0]
    start = "DATE '2020-01-01'"
    days = 365 * years
    con.execute(f"""
        INSERT INTO articles (id, source, headline, published, language, n_chars, duplicate_of,
                              dateline_agency)
        SELECT substr(md5(i::VARCHAR), 1, 16), 'https://synth.example/' || i, 'Synthetic dispatch ' || i,
               {start} + (random() * {days})::INTEGER, 'en', 2000,
               CASE WHEN i > 100 AND random() < {duplicates}
                    THEN substr(md5((i - 1 - (random() * 50)::INTEGER)::VARCHAR), 1, 16) END,
               ['TASS', 'Reuters', 'AP', 'AFP', 'Xinhua'][1 + (i % 5)]
        FROM range({n_articles}) t(i)""")
    # Popularity: rank = n * u^2.5 puts most events on the first few actors, as news does.
    # An actor does not act on itself: a target that drew the source draws again.
    con.execute(f"""
        CREATE TEMP TABLE draws AS
        SELECT i, a, idx, s, CASE WHEN t1 <> s THEN t1 WHEN t2 <> s THEN t2 ELSE (s + 1) % {n} END AS t,
               k, r1, r2
        FROM (SELECT i, i // {per_article} AS a, i % {per_article} AS idx,
                     least({n - 1}, floor({n} * pow(random(), 2.5)))::INTEGER AS s,
                     least({n - 1}, floor({n} * pow(random(), 2.5)))::INTEGER AS t1,
                     least({n - 1}, floor({n} * pow(random(), 2.5)))::INTEGER AS t2,
                     floor(random() * {deck})::INTEGER AS k, random() AS r1, random() AS r2
              FROM range({n_events}) r(i))""")
    con.execute(f"""
        INSERT INTO events (article_id, idx, source, target, cameo, root, quad_class, goldstein, plover,
                            mode, "symmetric", date, location_name, location_country, start, "end",
                            trigger_start, trigger_end, sentence, trigger_text, quote, confidence)
        SELECT substr(md5(d.a::VARCHAR), 1, 16), d.idx, sa.actor_id,
               ta.actor_id,
               c.cameo, c.root, c.quad_class, c.goldstein, c.plover, NULL,
               c.root IN ('03', '04', '05', '06') AND d.r1 < 0.5,
               CASE WHEN d.r1 < 0.4 THEN ar.published - (d.r2 * 3)::INTEGER END,
               NULL, NULL, 100 * d.idx, 100 * d.idx + 90, 100 * d.idx + 10, 100 * d.idx + 18,
               sa.name || ' ' || {[v for v, _ in VERBS]}[c.quad_class] || ' '
                   || ta.name || CASE WHEN d.r2 < 0.02 THEN ' over the AUKUS pact.' ELSE ' on Tuesday.' END,
               {[t for _, t in VERBS]}[c.quad_class], NULL, 0.5 + d.r1 / 2
        FROM draws d
        JOIN cast_ sa ON sa.rank = d.s
        JOIN cast_ ta ON ta.rank = d.t
        JOIN deck c ON c.k = d.k
        JOIN articles ar ON ar.id = substr(md5(d.a::VARCHAR), 1, 16)""")
    # Re-reports: an event of an earlier article (same index in it), written up again by this one.
    con.execute(f"""
        CREATE TEMP TABLE repeats AS
        SELECT substr(md5(a::VARCHAR), 1, 16) AS article_id, idx,
               substr(md5(greatest(0, a - 1 - floor(random() * 20))::INTEGER::VARCHAR), 1, 16) AS original
        FROM draws WHERE a > 0 AND random() < {repeats}""")
    con.execute("""
        UPDATE events SET source = o.source, target = o.target, cameo = o.cameo, root = o.root,
               quad_class = o.quad_class, goldstein = o.goldstein, plover = o.plover,
               "symmetric" = o.symmetric, date = o.day, sentence = o.sentence, trigger_text = o.trigger_text
        FROM (SELECT r.article_id AS rid, r.idx AS ridx, ev.*, coalesce(ev.date, a.published) AS day
              FROM repeats r JOIN events ev ON ev.article_id = r.original AND ev.idx = r.idx
              JOIN articles a ON a.id = ev.article_id) o
        WHERE events.article_id = o.rid AND events.idx = o.ridx""")
    # Each article's actors: those in its events, with a few mentions each.
    con.execute("""
        INSERT INTO actors (article_id, actor_id, name, kind, country, role, sector, n_mentions)
        SELECT x.article_id, x.actor_id, c.name, c.kind, c.country, c.role, c.sector,
               1 + (hash(x.article_id || x.actor_id) % 5)::INTEGER
        FROM (SELECT DISTINCT article_id, source AS actor_id FROM events
              UNION SELECT DISTINCT article_id, target FROM events) x
        JOIN cast_ c ON c.actor_id = x.actor_id""")
    # Three quotes an article, spoken by officials (those in the article's events when they are).
    con.execute(f"""
        INSERT INTO quotes (article_id, idx, kind, text, start, "end", speaker_actor, speaker_name,
                            speaker_start, speaker_end, cue_text, cue_start, cue_end)
        SELECT substr(md5(a::VARCHAR), 1, 16), q, ['direct', 'indirect', 'mixed'][1 + q],
               'We will answer ' || c.name || CASE WHEN random() < 0.02 THEN ' and AUKUS' ELSE '' END
                   || ' in due course',
               2000 + 100 * q, 2040 + 100 * q, p.actor_id, p.name, 1900 + 100 * q, 1910 + 100 * q, 'said',
               1911 + 100 * q, 1915 + 100 * q
        FROM (SELECT a, q, least({n - 1}, floor({n} * pow(random(), 1.5)))::INTEGER AS p_rank,
                     floor(random() * 40)::INTEGER AS c_rank
              FROM range({n_articles}) r(a), range(3) s(q)) d
        JOIN cast_ p ON p.rank = greatest(d.p_rank, {min(len(ACTORS), n - 1)})
        JOIN cast_ c ON c.rank = d.c_rank""")
    con.execute("CHECKPOINT")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
              for t in ("articles", "events", "actors", "quotes")}
    counts["near_duplicates"] = con.execute(
        "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchall()[0][0]
    counts["distinct_events"] = query.event_counts(con)["events"]
    con.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/synth.duckdb"))
    parser.add_argument("--actors", type=int, default=200)
    parser.add_argument("--per-article", type=int, default=10, help="events per article (default 10)")
    parser.add_argument("--repeats", type=float, default=0.3,
                        help="share of events that re-report an earlier article's event (default 0.3)")
    args = parser.parse_args()
    began = time.perf_counter()
    counts = build(args.db, args.events, per_article=args.per_article, n_actors=args.actors,
                   repeats=args.repeats)
    took = time.perf_counter() - began
    size = args.db.stat().st_size / 2**20
    print(f"{args.db}: " + ", ".join(f"{v:,} {k}" for k, v in counts.items())
          + f"; {size:.0f} MiB in {took:.1f} s")


if __name__ == "__main__":
    main()
