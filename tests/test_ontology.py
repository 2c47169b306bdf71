"""The event ontology: CAMEO codes, Goldstein weights, quad classes, PLOVER types and the patterns."""

from __future__ import annotations

import pytest

from wirecoder.events.lexicon import (
    modality_codes,
    noun_patterns,
    parse_pattern,
    stance_words,
    verb_patterns,
)
from wirecoder.events.ontology import cameo, cameo_table, plover_for, plover_renamed, plover_types, roots


def test_cameo_has_twenty_roots():
    assert roots() == [f"{i:02d}" for i in range(1, 21)]


def test_cameo_has_about_three_hundred_ten_codes():
    assert 300 <= len(cameo_table()) <= 320


def test_every_code_has_a_goldstein_weight_between_minus_ten_and_ten():
    assert all(-10 <= c.goldstein <= 10 for c in cameo_table().values())


def test_every_code_maps_to_one_of_the_sixteen_plover_types():
    types = plover_types()
    assert len(types) == 16
    assert all(c.plover in types for c in cameo_table().values())


@pytest.mark.parametrize("root,quad", [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                       ("14", 4), ("20", 4)])
def test_quad_class_follows_the_root(root, quad):
    assert {c.quad_class for c in cameo_table().values() if c.root == root} == {quad}


def test_military_cooperation_is_material_cooperation_in_plover_cooperate_military():
    entry = cameo("062")
    assert (entry.root, entry.quad_class, entry.name) == ("06", 2, "Cooperate militarily")
    assert plover_for("062") == ("COOPERATE", "military")


def test_disapproval_maps_to_plover_accuse():
    assert plover_for("111")[0] == "ACCUSE"
    assert plover_for("112")[0] == "ACCUSE"


def test_sanctions_are_plover_sanction_as_the_manual_says():
    assert plover_for("163")[0] == "SANCTION"


def test_unknown_code_is_a_key_error():
    with pytest.raises(KeyError):
        cameo("999")


def test_old_plover_names_map_to_current_ones():
    renamed = plover_renamed()
    assert renamed["DISAPPROVE"] == "ACCUSE" and renamed["FIGHT"] == "ASSAULT"
    assert set(renamed.values()) <= set(plover_types())


def test_every_pattern_code_is_a_cameo_code():
    for index in (verb_patterns(), noun_patterns()):
        for plist in index.values():
            assert all(p.code in cameo_table() for p in plist)
    assert all(code in cameo_table() for code in stance_words().values())
    intent, refusal = modality_codes()
    assert all(code in cameo_table() for code in [*intent.values(), *refusal.values()])


def test_pattern_syntax_reads_objects_prepositions_and_flags():
    p = parse_pattern("impose [sanction|embargo] +on|against", "163", "verb")
    assert (p.lemma, p.objects, p.preps, p.symmetric) == ("impose", {"sanction", "embargo"}, ("on", "against"), False)
    q = parse_pattern("military cooperation +with", "062 sym", "noun")
    assert (q.lemma, q.modifiers, q.symmetric) == ("cooperation", {"military"}, True)
    r = parse_pattern("pull out", "0874", "verb")
    assert (r.lemma, r.particle) == ("pull", "out")


def test_a_pattern_with_an_unknown_code_is_refused():
    with pytest.raises(ValueError, match="not a CAMEO code"):
        parse_pattern("attack", "999", "verb")
