"""The record's language is detected; a language wirecoder does not code gets the reader's fields only,
a warning, and never an empty actor id."""

from __future__ import annotations

import pytest

from wirecoder.language import detect

# Invented dispatches, one per language.
SAMPLES = {
    "en": "The minister of Velmora said on Monday that the talks with the northern provinces were useful.",
    "ru": "Министр иностранных дел Вельморы заявил в понедельник, что переговоры с соседями были полезными и что "
          "стороны договорились о новой встрече.",
    "uk": "Міністр закордонних справ Вельмори заявив у понеділок, що переговори з сусідами були корисними і що "
          "сторони домовилися про нову зустріч.",
    "fr": "Le ministre des affaires étrangères de Velmora a déclaré lundi que les discussions avec les voisins "
          "sont utiles pour la paix et pour la région.",
    "de": "Der Außenminister von Velmora sagte am Montag, dass die Gespräche mit den Nachbarn nicht einfach sind "
          "und auch für die Region wichtig.",
    "es": "El ministro de Velmora dijo el lunes que las conversaciones con los vecinos son útiles para la paz y "
          "para la región, según un comunicado.",
    "zh": "韦尔莫拉外交部长周一表示，与邻国的会谈是有益的，双方同意举行新的会晤。",
    "ar": "قال وزير خارجية فيلمورا يوم الاثنين إن المحادثات مع الجيران كانت مفيدة وإن الطرفين اتفقا على لقاء جديد.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_the_language_of_a_dispatch_is_detected(language):
    assert detect(SAMPLES[language]) == language


def test_a_headline_without_function_words_stays_english():
    assert detect("Velmora, Tarsin hold border talks in Orvane") == "en"


def test_too_little_text_is_undetermined():
    assert detect("Velmora") == "und" and detect("12345 !!!") == "und"


def test_an_english_record_says_en(pipeline):
    record = pipeline.extract("VELMORA, May 3 (Reuters) - " + SAMPLES["en"])
    assert record.language == "en" and not any("language" in w for w in record.warnings)


def test_a_russian_dispatch_gets_the_reader_fields_a_warning_and_nothing_coded(pipeline):
    text = ("Вельмора и Тарсин проведут переговоры\n\nМОСКВА, 3 мая. Министр Олег Тандрук заявил, что "
            "Вельмора и Тарсин проведут переговоры. «Мы готовы», — сказал Олег Тандрук. Анна Кирова "
            "возразила ему.\n")
    record = pipeline.extract(text)
    assert record.language == "ru"
    assert record.actors == [] and record.quotes == [] and record.events == []
    assert record.headline == "Вельмора и Тарсин проведут переговоры"
    assert any(w.startswith("language ru: wirecoder codes en only") for w in record.warnings)


def test_no_actor_id_is_ever_empty_even_for_names_in_another_script(pipeline):
    text = ("ORVANE, May 3 (Reuters) - Foreign Minister Олег Тандрук of Norway met Анна Кирова and Ivo Marsalk "
            "in Orvane on Tuesday, the ministry said in a statement about the fishing talks with Sweden.")
    record = pipeline.extract(text)
    assert record.language == "en"
    assert all(a.id and not a.id.endswith(":") for a in record.actors)
    assert all(e.source is None or not e.source.endswith(":") for e in record.events)


def test_extract_says_on_stderr_that_a_text_was_not_coded(tmp_path, capsys):
    from wirecoder.cli import main

    path = tmp_path / "ru.txt"
    path.write_text(SAMPLES["ru"] + "\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    err = capsys.readouterr().err
    assert err == f"wirecoder: {path}: language ru: wirecoder codes en only; the reader's fields are kept, " \
                  "actors, quotes and events are left out\n"
