"""`wirecoder evaluate news`: the real-news set scored by GUIDE.md's rules.

The scorer is tested on invented articles and invented gold files; one test runs the real set when
``../shared`` is there.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from conftest import SHARED

from wirecoder.cli import main
from wirecoder.evaluation import news
from wirecoder.record import Actor, Event, Quote, Record, Speaker

REALNEWS = SHARED / "data" / "realnews"

TEXT = ('Austria protests border closure\n\n'
        'Foreign Minister Ilse Varga said on Monday that Austria would recall its envoy from Hungary. '
        '"This closure is unacceptable," she said. Hungary denied any wrongdoing.')


def _span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _gold(**parts) -> news.GoldArticle:
    return news.GoldArticle("x", TEXT, "2026-03-02", parts.get("actors", []), parts.get("quotes", []),
                            parts.get("events", []))


def _event(source, target, root, fragment="recall its envoy"):
    return Event(source, target, root + "0", root, 1, 0.0, None, None, False, None, None,
                 _span(fragment), _span(fragment))


VARGA = Actor("person:ilse-varga", "Ilse Varga", "person", "AUT", "Foreign Minister", "GOV")


def _record(actors=(), quotes=(), events=()) -> Record:
    return Record("x", None, TEXT, actors=list(actors), quotes=list(quotes), events=list(events))


# --- quotes ---------------------------------------------------------------------------------------
def _gold_quote(fragment, speaker="Varga", required=True):
    return {"kind": "direct", "content": list(_span(fragment)), "speaker": speaker, "required": required}


def _quote(fragment, name="Ilse Varga", actor="person:ilse-varga"):
    return Quote("direct", fragment, _span(fragment), Speaker(actor, name, None))


def test_quote_marks_and_trailing_punctuation_do_not_count_against_a_match():
    assert news.trim(TEXT, _span('"This closure is unacceptable,"')) == _span("This closure is unacceptable")


def test_a_quote_with_half_its_words_is_found_and_its_speaker_checked_by_last_name():
    gold = _gold(quotes=[_gold_quote("This closure is unacceptable")])
    record = _record([VARGA], [_quote("This closure is unacceptable")])
    score = news.score_quotes(gold, record, [], [])
    assert (score.required, score.tp, score.attributed, score.fp) == (1, 1, 1, 0)


def test_a_quote_found_with_the_wrong_speaker_is_found_but_not_attributed():
    gold = _gold(quotes=[_gold_quote("This closure is unacceptable", "Varga|Austria")])
    misses: list[str] = []
    record = _record(quotes=[_quote("This closure is unacceptable", "Hungary", "HUN")])
    score = news.score_quotes(gold, record, misses, [])
    assert (score.tp, score.attributed) == (1, 0)
    assert misses and "speaker wrong" in misses[0]
    assert (score.wrong_none, score.wrong_person, score.wrong_body) == (0, 0, 1)


def test_a_speaker_alternative_after_a_bar_is_also_right():
    record = _record([Actor("AUT", "Austria", "state", "AUT")], [_quote("This closure", "she", "AUT")])
    assert news.speaker_is_right("Foreign Ministry|Austria", record, record.quotes[0])


def test_a_gold_speaker_contained_in_the_predicted_name_is_right_and_another_name_is_not():
    record = _record([Actor("EU", "European Union", "igo")], [_quote("This closure", "the bloc", "EU")])
    assert news.speaker_is_right("EU", record, record.quotes[0])
    assert not news.speaker_is_right("Varga", record, record.quotes[0])


def test_a_quote_overlapping_only_an_optional_gold_quote_is_not_spurious():
    gold = _gold(quotes=[_gold_quote("This closure is unacceptable", required=False)])
    record = _record([VARGA], [_quote("This closure is")])
    score = news.score_quotes(gold, record, [], [])
    assert (score.required, score.tp, score.fp) == (0, 0, 0)


def test_a_quote_overlapping_no_gold_quote_is_spurious():
    gold = _gold(quotes=[_gold_quote("This closure is unacceptable")])
    spurious: list[str] = []
    score = news.score_quotes(gold, _record(quotes=[_quote("Hungary denied any wrongdoing")]), [], spurious)
    assert (score.tp, score.fp) == (0, 1) and "Hungary denied" in spurious[0]


# --- events ---------------------------------------------------------------------------------------
def _gold_event(source, target, root, required=True, symmetric=False):
    return {"source": source, "target": target, "root": root, "text": "recall its envoy",
            "span": list(_span("recall its envoy")), "required": required, "symmetric": symmetric}


def test_a_person_event_matches_a_gold_event_given_by_the_persons_country():
    gold = _gold(events=[_gold_event(["AUT"], ["HUN"], ["16"])])
    score = news.score_events(gold, _record([VARGA], events=[_event("person:ilse-varga", "HUN", "16")]), [], [])
    assert (score.required, score.found, score.tp, score.fp) == (1, 1, 1, 0)


def test_a_wrong_root_is_a_miss_and_a_false_positive():
    gold = _gold(events=[_gold_event(["AUT"], ["HUN"], ["16"])])
    misses: list[str] = []
    spurious: list[str] = []
    score = news.score_events(gold, _record(events=[_event("AUT", "HUN", "18")]), misses, spurious)
    assert (score.found, score.tp, score.fp) == (0, 0, 1)
    assert "AUT -> HUN 16" in misses[0] and "recall its envoy" in spurious[0]


def test_a_spurious_event_inside_a_trap_is_marked():
    gold = _gold(events=[_gold_event(["AUT"], ["HUN"], ["16"])])
    gold.no_events_in = [_span("Austria would recall its envoy from Hungary")]
    spurious: list[str] = []
    news.score_events(gold, _record(events=[_event("HUN", "AUT", "16")]), [], spurious)
    assert "(in a trap)" in spurious[0]


def test_an_event_without_target_matches_a_gold_null_target():
    gold = _gold(events=[_gold_event(["AUT"], ["HUN", None], ["16"])])
    assert news.score_events(gold, _record(events=[_event("AUT", None, "16")]), [], []).found == 1


def test_a_reversed_event_matches_only_a_symmetric_gold_event():
    reversed_event = _record(events=[_event("HUN", "AUT", "04")])
    directed = _gold(events=[_gold_event(["AUT"], ["HUN"], ["04"])])
    symmetric = _gold(events=[_gold_event(["AUT"], ["HUN"], ["04"], symmetric=True)])
    assert news.score_events(directed, reversed_event, [], []).found == 0
    assert news.score_events(symmetric, reversed_event, [], []).found == 1


def test_an_event_matching_only_an_optional_gold_event_counts_in_neither_precision_term():
    gold = _gold(events=[_gold_event(["AUT"], ["HUN"], ["16"], required=False)])
    score = news.score_events(gold, _record(events=[_event("AUT", "HUN", "16")]), [], [])
    assert (score.required, score.tp, score.fp) == (0, 0, 0)


def test_two_predictions_of_one_gold_event_are_both_right_and_it_is_found_once():
    gold = _gold(events=[_gold_event(["AUT"], ["HUN"], ["16"])])
    record = _record([VARGA], events=[_event("AUT", "HUN", "16"), _event("person:ilse-varga", "HUN", "16")])
    score = news.score_events(gold, record, [], [])
    assert (score.found, score.tp, score.fp) == (1, 2, 0)


def test_a_miss_is_told_apart_by_what_was_printed_instead():
    miss = _gold_event(["AUT"], ["HUN"], ["16"])
    assert news.miss_kind(miss, _record(events=[_event("AUT", "SVK", "16")])) == "root+source right, target wrong"
    assert news.miss_kind(miss, _record(events=[_event("CZE", "HUN", "16")])) == "root+target right, source wrong"
    assert news.miss_kind(miss, _record(events=[_event("AUT", "HUN", "11")])) == "pair right, root wrong"
    assert news.miss_kind(miss, _record(events=[_event("CZE", "SVK", "16")])) == "root found, both args wrong"
    assert news.miss_kind(miss, _record(events=[_event("CZE", "SVK", "04")])) == "no such root, event near"
    assert news.miss_kind(miss, _record()) == "no such root, nothing near"


def test_the_report_counts_the_missed_events_by_kind():
    gold = _gold(events=[_gold_event(["AUT"], ["HUN"], ["16"])])
    out = io.StringIO()
    news.report([news.score_article(gold, _record(events=[_event("AUT", "HUN", "11")]))], "dev", "none", out)
    assert "events missed     pair right, root wrong 1" in out.getvalue()
    assert "at their trigger  pair right, root wrong 1 of 1" in out.getvalue()


def test_a_miss_read_at_its_trigger_ignores_what_was_printed_elsewhere_in_the_article():
    # the headline's event has the gold root and source: the article-wide kind says "target wrong", but at
    # the gold trigger nothing was printed, so the event itself was missed there
    miss = _gold_event(["AUT"], ["HUN"], ["16"])
    record = _record(events=[_event("AUT", "SVK", "16", fragment="Austria protests")])
    assert news.miss_kind(miss, record, near=10) == "root+source right, target wrong"
    assert news.miss_kind(miss, record, near=10, local=True) == "no such root, nothing near"


# --- actors ---------------------------------------------------------------------------------------
def test_a_person_is_found_by_last_name_and_their_country_is_checked():
    gold = _gold(actors=[{"id": "person:ilse-varga", "kind": "person", "name": "Ilse Varga", "aliases": ["Varga"],
                          "country": "AUT"}])
    record = _record([Actor("person:i-varga", "I. Varga", "person", "HUN")])
    misses: list[str] = []
    score = news.score_actors(gold, record, misses)
    assert (score.found, score.core_found, score.persons_found, score.persons_country_right) == (1, 1, 1, 0)
    assert "gold AUT, predicted HUN" in misses[0]


def test_a_person_without_a_gold_country_is_counted_apart():
    gold = _gold(actors=[{"id": "person:ilse-varga", "kind": "person", "name": "Ilse Varga", "aliases": []}])
    score = news.score_actors(gold, _record([Actor("person:ilse-varga", "Ilse Varga", "person", None)]), [])
    assert (score.persons_found, score.persons_stateless, score.persons_stateless_right) == (0, 1, 1)


def test_an_organisation_is_found_by_its_normalised_name_whatever_its_slug():
    gold = _gold(actors=[{"id": "org:border-guard", "kind": "organization", "name": "Border Guard",
                          "aliases": ["the Border Guard Service"]}])
    record = _record([Actor("org:the-border-guard-service", "The Border-Guard Service", "organization", "AUT")])
    score = news.score_actors(gold, record, [])
    assert (score.found, score.core_total) == (1, 0)


def test_a_state_is_found_only_by_its_code():
    gold = _gold(actors=[{"id": "HUN", "kind": "state", "name": "Hungary", "aliases": []}])
    assert news.score_actors(gold, _record([Actor("org:hungary", "Hungary", "organization")]), []).found == 0
    assert news.score_actors(gold, _record([Actor("HUN", "Hungary", "state", "HUN")]), []).found == 1


def test_totals_are_micro_averaged_and_attributed_precision_counts_misattributions_as_errors():
    one = news.ArticleResult("a", news.QuoteScore(required=4, tp=3, attributed=2, fp=1), news.EventScore(2, 1, 1, 1),
                             news.ActorScore(2, 2, 2, 2, 1, 1))
    two = news.ArticleResult("b", news.QuoteScore(required=0, tp=0, attributed=0, fp=0), news.EventScore(2, 0, 0, 1),
                             news.ActorScore(2, 1, 0, 0, 0, 0))
    t = news.totals([one, two])
    assert t.quotes[:2] == (0.75, 0.75)
    assert t.attributed[:2] == (0.5, 0.5)  # 2 / (3 + 1), 2 / 4
    assert t.events[:2] == (pytest.approx(1 / 3), 0.25)
    assert (t.actor_recall, t.core_actor_recall, t.persons_country) == (0.75, 1.0, 1.0)


def test_a_set_annotated_for_events_only_says_so_instead_of_printing_zeros_for_quotes_and_actors():
    only_events = news.ArticleResult("a", news.QuoteScore(required=0, tp=0, attributed=0, fp=3),
                                     news.EventScore(2, 1, 1, 1), news.ActorScore(0, 0, 0, 0, 0, 0))
    out = io.StringIO()
    news.report([only_events], "dev", show="none", out=out, label="mine")
    text = out.getvalue()
    assert "no gold quotations in this set" in text and "no gold actors in this set" in text
    assert "events            P" in text and "quotes found" not in text and "actors recall" not in text


# --- the whole run --------------------------------------------------------------------------------
def _folder(tmp_path):
    (tmp_path / "a01.txt").write_text(TEXT, "utf-8")
    gold = {"published": "2026-03-02",
            "actors": [{"id": "AUT", "kind": "state", "name": "Austria", "aliases": []},
                       {"id": "HUN", "kind": "state", "name": "Hungary", "aliases": []}],
            "quotes": [_gold_quote("This closure is unacceptable")],
            "events": [_gold_event(["AUT", "person:ilse-varga"], ["HUN"], ["16"])]}
    (tmp_path / "a01.gold.json").write_text(json.dumps(gold), "utf-8")
    (tmp_path / "splits.json").write_text(json.dumps({"dev": ["a01"], "test": []}), "utf-8")
    return tmp_path


def test_evaluate_runs_the_pipeline_on_each_article_of_the_split(pipeline, tmp_path):
    out = io.StringIO()
    t = news.evaluate("dev", "all", _folder(tmp_path), out, pipeline)
    assert t is not None and t.articles == 1
    assert t.actor_recall == 1.0  # Austria and Hungary are named
    text = out.getvalue()
    assert "== a01:" in text and f"{tmp_path.name} dev: 1 articles" in text and "events" in text


def test_evaluate_skips_with_a_message_when_the_data_is_absent(tmp_path):
    out = io.StringIO()
    assert news.evaluate("test", folder=tmp_path / "nowhere", out=out) is None
    assert "not found; skipped" in out.getvalue()


def test_the_command_skips_cleanly_without_the_data(tmp_path, capsys):
    assert main(["evaluate", "news", "--data", str(tmp_path / "nowhere")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_register_adds_the_news_benchmark_with_test_as_the_default_split():
    parser = argparse.ArgumentParser()
    news.register(parser.add_subparsers())
    args = parser.parse_args(["news", "--show", "misses"])
    assert (args.split, args.show, args.func) == ("test", "misses", news._run)


@pytest.mark.skipif(not (REALNEWS / "splits.json").exists(), reason="../shared real-news data is not here")
def test_the_real_news_test_split_is_scored(pipeline):
    out = io.StringIO()
    t = news.evaluate("test", "none", out=out, pipeline=pipeline)
    assert t is not None and t.articles == 10
    assert t.counts["quotes.required"] > 0 and t.counts["events.required"] > 0
    assert 0.0 < t.quotes[2] <= 1.0 and 0.0 < t.actor_recall <= 1.0
    assert "== " not in out.getvalue()  # --show none: totals only


# --- the invented dispatches (tests/data/events_news): the same scorer on another folder ---------
DISPATCHES = Path(__file__).parent / "data" / "events_news"


def test_the_invented_dispatches_are_built_with_every_span_in_its_text():
    splits = json.loads((DISPATCHES / "splits.json").read_text("utf-8"))
    names = splits["dev"] + splits["test"]
    assert len(names) == len(set(names)) >= 40
    for name in names:
        article = news.load_article(DISPATCHES, name)
        assert article.events or article.no_events_in, name  # (a dispatch of traps only codes nothing)
        for event in article.events:
            a, b = event["span"]
            assert article.text[a:b] == event["text"], name


def test_the_command_scores_another_folder_given_with_data(capsys):
    assert main(["evaluate", "news", "--data", str(DISPATCHES), "--split", "test", "--show", "none"]) == 0
    out = capsys.readouterr().out
    held_out = len(json.loads((DISPATCHES / "splits.json").read_text("utf-8"))["test"])
    assert f"events_news test: {held_out} articles" in out and "events            P" in out
