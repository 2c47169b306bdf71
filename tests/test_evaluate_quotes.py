"""The PolNeAR quote scorer, on tiny hand-made gold and predictions (no shared data needed)."""

from __future__ import annotations

import json

import pytest

from wirecoder.cli import main
from wirecoder.evaluation.quotes import (
    GoldAttribution,
    GoldDoc,
    Prediction,
    jaccard,
    load_polnear,
    score,
    score_document,
)

#       0         1         2         3         4         5         6
#       0123456789012345678901234567890123456789012345678901234567890123
TEXT = "Ana Ruiz said the port would reopen. Officials denied it. Read more."
GOLD = GoldDoc("doc", TEXT, [
    GoldAttribution(content=[(14, 35)], sources=[(0, 8)]),      # the port would reopen
    GoldAttribution(content=[(47, 49)], sources=[(37, 46)]),    # it
], discard=[(58, 68)])


def test_jaccard_is_shared_characters_over_all_characters():
    assert jaccard([(0, 10)], [(5, 15)]) == pytest.approx(5 / 15)
    assert jaccard([(0, 4), (6, 10)], [(0, 10)]) == pytest.approx(0.8)
    assert jaccard([(0, 5)], [(5, 10)]) == 0.0


def test_a_prediction_with_half_the_content_and_the_speaker_is_found_and_attributed():
    counts = score_document(GOLD, [Prediction([(14, 36)], (4, 8))])
    assert (counts.gold, counts.predicted, counts.found, counts.attributed) == (2, 1, 1, 1)
    assert counts.found_prf == pytest.approx((1.0, 0.5, 2 / 3))


def test_a_found_quote_with_the_wrong_speaker_is_not_attributed():
    counts = score_document(GOLD, [Prediction([(14, 35)], (37, 46))])
    assert (counts.found, counts.attributed) == (1, 0)


def test_content_overlapping_less_than_half_is_not_found():
    counts = score_document(GOLD, [Prediction([(14, 20)], (0, 8))])
    assert counts.found == 0 and counts.predicted == 1


def test_matching_is_one_to_one():
    counts = score_document(GOLD, [Prediction([(14, 35)], (0, 8)), Prediction([(15, 35)], (0, 8))])
    assert (counts.found, counts.predicted) == (1, 2)


def test_predictions_inside_discard_spans_are_ignored():
    counts = score_document(GOLD, [Prediction([(58, 67)], None)])
    assert counts.predicted == 0


def test_gold_content_fragments_are_one_content():
    gold = GoldDoc("d", TEXT, [GoldAttribution([(0, 10), (20, 30)], [])])
    counts = score_document(gold, [Prediction([(0, 10), (20, 30)], None)])
    assert (counts.found, counts.attributed) == (1, 0)


def test_scores_add_up_over_documents():
    total = score([GOLD, GOLD], [[Prediction([(14, 35)], (0, 8))], []])
    assert (total.gold, total.predicted, total.found, total.attributed) == (4, 1, 1, 1)
    assert total.attributed_prf == pytest.approx((1.0, 0.25, 0.4))


def _polnear_line(doc_id: str, annotator: str) -> str:
    return json.dumps({
        "dataset": "polnear", "split": "dev", "doc_id": doc_id, "annotator": annotator, "text": TEXT,
        "quotes": [{"id": "E1", "cue": [{"start": 9, "end": 13, "text": "said"}],
                    "sources": [{"start": 0, "end": 8, "text": "Ana Ruiz"}],
                    "contents": [{"start": 14, "end": 35, "text": TEXT[14:35]}]}],
        "discard_spans": [{"start": 58, "end": 68}]})


def test_load_polnear_keeps_the_first_annotator_of_each_document(tmp_path):
    path = tmp_path / "polnear_dev.jsonl"
    path.write_text("\n".join([_polnear_line("a", "x1"), _polnear_line("a", "x2"), _polnear_line("b", "x1")]))
    docs = load_polnear(path)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].attributions[0].content == [(14, 35)] and docs[0].discard == [(58, 68)]
    assert len(load_polnear(path, limit=1)) == 1


def test_evaluate_quotes_skips_with_one_line_when_the_data_is_absent(tmp_path, capsys):
    assert main(["evaluate", "quotes", "--data", str(tmp_path)]) == 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not found" in err


@pytest.mark.parametrize("flags, scope", [([], "attributions"), (["--quote-scope", "statements"], "statements")])
def test_evaluate_quotes_scores_polnear_as_attributions_and_says_so(tmp_path, capsys, flags, scope):
    # PolNeAR marks stances and findings as attributions: its score uses that quote scope unless told otherwise.
    (tmp_path / "polnear_test.jsonl").write_text(_polnear_line("a", "x1"))
    assert main(["evaluate", "quotes", "--data", str(tmp_path), *flags]) == 0
    out = capsys.readouterr().out
    assert f"quote scope: {scope} " in out and "wirecoder" in out
