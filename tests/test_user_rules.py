"""Users extend every rule set without code: pattern, cue and stance files laid over the package's."""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecoder
from wirecoder.cli import main
from wirecoder.errors import InputError

INVENTED = "Russia blorficated NATO on Monday."
# A direct quotation whose only cue is an invented verb.
QUOTED = ('Talks ended on Monday.\n\n"We will never give up our claim to the islands," '
          "Ivan Petrovane blorficated on Monday.\n")


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def triples(record: wirecoder.Record) -> list[tuple[str | None, str | None, str]]:
    return [(e.source, e.target, e.cameo) for e in record.events]


@pytest.fixture(scope="module")
def pattern_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("rules") / "mine.yaml", 'verbs:\n  blorficate: "111"\n')


def test_a_pattern_file_with_an_invented_verb_codes_it(pattern_file, pipeline):
    assert ("RUS", "NATO", "111") not in triples(pipeline.extract(INVENTED))
    mine = wirecoder.load(patterns=[pattern_file])
    assert ("RUS", "NATO", "111") in triples(mine.extract(INVENTED))


def test_a_cue_file_with_an_invented_verb_finds_a_quote(tmp_path, pipeline):
    assert pipeline.extract(QUOTED).quotes == []
    cues = write(tmp_path / "cues.yaml", "clause: [blorficate]\n")
    quotes = wirecoder.load(cues=[cues], stages=("actors", "quotes")).extract(QUOTED).quotes
    assert [(q.kind, q.cue.text, q.speaker.name) for q in quotes] == [("direct", "blorficated", "Ivan Petrovane")]


def test_a_stance_file_adds_an_evaluative_word(tmp_path):
    text = 'Norwegian Foreign Minister Kari Lundqvist said: "The Swedish proposal is zorgish and Sweden knows it."'
    stance = write(tmp_path / "stance.yaml", 'scold:\n  code: "111"\n  words: [zorgish]\n')
    assert triples(wirecoder.load().extract(text)) == []
    assert triples(wirecoder.load(stance=[stance]).extract(text)) == [("NOR", "SWE", "111")]


def test_a_settings_data_section_names_rule_files_beside_it(tmp_path, pattern_file):
    write(tmp_path / "p.yaml", pattern_file.read_text("utf-8"))
    settings = write(tmp_path / "settings.toml", '[data]\npatterns = ["p.yaml"]\n')
    assert ("RUS", "NATO", "111") in triples(wirecoder.load(settings=settings).extract(INVENTED))


def test_the_cli_takes_patterns_and_cues(tmp_path, pattern_file, capsys):
    text = write(tmp_path / "t.txt", INVENTED + "\n")
    assert main(["extract", str(text), "--patterns", str(pattern_file), "--jsonl"]) == 0
    assert '"cameo": "111"' in capsys.readouterr().out


@pytest.mark.parametrize("kind,content,says", [
    ("patterns", 'verbs:\n  talk: "010"\n  blorficate: "999"\n', "line 3: pattern 'blorficate': '999' is not a CAMEO"),
    ("patterns", 'verb:\n  blorficate: "111"\n', "line 1: unknown section 'verb'"),
    ("patterns", "verbs: [blorficate]\n", "line 1: section 'verbs' must be a mapping"),
    ("patterns", 'verbs:\n  blorficate: "111"\n bad: [\n', "line 3: not valid YAML"),
    ("cues", "clause: blorficate\n", "line 1: section 'clause' must be a list"),
    ("stance", "scold:\n  words: [zorgish]\n", "line 1: stance group 'scold' needs `code:`"),
    ("stance", "- zorgish\n", "a rule file holds sections"),
    ("actors", "actors:\n  - {id: org:blue, name: Blue\n", "line 3: not valid YAML"),
])
def test_a_bad_rule_file_is_one_line_naming_the_file_and_line(tmp_path, kind, content, says):
    bad = write(tmp_path / "bad.yaml", content)
    with pytest.raises(InputError) as exc:
        wirecoder.load(**{kind: [bad]}, stages=())
    assert str(exc.value).startswith(f"{bad}: ") and says in str(exc.value) and "\n" not in str(exc.value)


def test_the_cli_words_a_bad_rule_file_without_a_traceback(tmp_path, capsys):
    text = write(tmp_path / "t.txt", INVENTED + "\n")
    bad = write(tmp_path / "bad.yaml", "clauses: [x]\n")
    assert main(["extract", str(text), "--cues", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"wirecoder: {bad}: line 1: unknown section 'clauses'") and err.count("\n") == 1


def test_a_settings_file_tunes_the_events_confidence(tmp_path, pipeline):
    settings = write(tmp_path / "settings.toml", "[events]\nconfidence_ceiling = 0.3\n")
    text = "Sweden imposed sanctions on Norway on Tuesday."
    assert max(e.confidence for e in pipeline.extract(text).events) > 0.3
    assert max(e.confidence for e in wirecoder.load(settings=settings).extract(text).events) == 0.3


def test_a_misspelt_tuning_setting_is_refused_by_name(tmp_path):
    from wirecoder.errors import WirecoderError

    settings = write(tmp_path / "settings.toml", "[quotes]\ncue_windw = 20\n")
    with pytest.raises(WirecoderError, match=r"unknown setting \[quotes\] cue_windw \(did you mean 'cue_window'\?\)"):
        wirecoder.load(settings=settings, stages=())


def test_ingest_takes_the_same_rule_files_as_extract(tmp_path, pattern_file, capsys):
    from wirecoder.store import query

    corpus = tmp_path / "wire"
    corpus.mkdir()
    write(corpus / "a.txt", "Moscow talks\n\nMOSCOW, March 3 (TASS) - " + INVENTED + "\n")
    db = tmp_path / "store.duckdb"
    assert main(["ingest", str(corpus), "--db", str(db), "--workers", "1", "--quiet",
                 "--patterns", str(pattern_file)]) == 0
    rows = query.events(db, source="RUS", target="NATO")
    assert [r["cameo"] for r in rows] == ["111"]


def test_a_component_refuses_a_misspelt_tuning_name_as_a_settings_file_does():
    import spacy

    import wirecoder.components  # noqa: F401  (registers the factories)
    from wirecoder.errors import WirecoderError

    with pytest.raises(WirecoderError, match=r"unknown setting \[quotes\] cue_windw \(did you mean 'cue_window'\?\)"):
        spacy.blank("en").add_pipe("wirecoder_quotes", config={"tuning": {"cue_windw": 20}})
