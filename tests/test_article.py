"""The dispatch reader: furniture, headline, subheadline, dateline, body and publication date."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.article import Article, read_article

REF = date(2026, 11, 29)


def part(article: Article, span: tuple[int, int] | None) -> str | None:
    return article.text[span[0]:span[1]] if span else None


def dispatch(dateline: str, lead: str = "Foreign Minister Selim Aydın said on Monday that talks would resume.") -> str:
    return f"Ministers meet in the capital\n\n{dateline} {lead}\n\nA second paragraph follows.\n"


# --- The seed: a TASS page copied with its furniture ------------------------------------------


def test_seed_headline_subheadline_and_dateline_are_read(seed_record, seed_text):
    # the page's paragraphs: furniture, headline, subheadline, then the lead with its dateline (the seed's
    # wording is read from the seed, not copied here)
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    assert paragraphs[0] == "All news"
    assert seed_record.headline == paragraphs[1] and seed_record.headline.startswith("Lavrov says")
    assert seed_record.subheadline == paragraphs[2] and seed_record.subheadline.startswith("The Russian")
    d = seed_record.dateline
    assert (d.place, d.agency, d.date_text) == ("MOSCOW", "TASS", "December 1")
    assert seed_record.text[d.span[0]:d.span[1]] == "MOSCOW, December 1. /TASS/."


def test_seed_year_comes_from_the_weekday_of_the_lead(seed_record):
    # 1 December was a Thursday in 2022, the latest such year before the reference date.
    assert seed_record.published == "2022-12-01"


def test_seed_furniture_is_in_no_field_and_content_starts_after_it(seed_text):
    a = read_article(seed_text, REF)
    assert [part(a, s) for s in a.boilerplate] == ["All news"]
    for span in (a.headline_span, a.subheadline_span, a.body_span):
        assert "All news" not in (part(a, span) or "")
    assert a.content_start == seed_text.index("Lavrov says")
    assert part(a, a.body_span).startswith("Russian Foreign Minister")


# --- Datelines in the house styles of the agencies ---------------------------------------------


@pytest.mark.parametrize(("line", "place", "agency", "date_text"), [
    ("MOSCOW, December 1. /TASS/.", "MOSCOW", "TASS", "December 1"),
    ("BRUSSELS, June 3 (Reuters) -", "BRUSSELS", "Reuters", "June 3"),
    ("KYIV, Ukraine (AP) —", "KYIV", "AP", None),
    ("LUXEMBOURG, Oct 20 (AFP) -", "LUXEMBOURG", "AFP", "Oct 20"),
    ("BEIJING, March 14 (Xinhua) --", "BEIJING", "Xinhua", "March 14"),
    ("NEW DELHI, Feb 9 (PTI)", "NEW DELHI", "PTI", "Feb 9"),
    ("ANKARA (Anadolu) -", "ANKARA", "Anadolu", None),
    ("ANKARA (AA) -", "ANKARA", "Anadolu", None),
    ("SEOUL, Nov. 29 (Yonhap) --", "SEOUL", "Yonhap", "Nov. 29"),
    ("New Delhi, Nov 29 (IANS)", "New Delhi", "IANS", "Nov 29"),
    ("MOSCOW, 1 December /TASS/.", "MOSCOW", "TASS", "1 December"),
    ("UNITED NATIONS (AP) —", "UNITED NATIONS", "AP", None),
    ("SÃO PAULO, May 2 (Reuters) -", "SÃO PAULO", "Reuters", "May 2"),
    ("BERLIN, Jan 12 (dpa) -", "BERLIN", "DPA", "Jan 12"),
    ("Moscow (Reuters) -", "Moscow", "Reuters", None),
    ("WASHINGTON, Nov. 29 (Yonhap) --", "WASHINGTON", "Yonhap", "Nov. 29"),
    ("Tehran, IRNA -", "Tehran", "IRNA", None),
    ("DAMASCUS, SANA –", "DAMASCUS", "SANA", None),
    ("ISLAMABAD, APP -", "ISLAMABAD", "APP", None),
    ("BAKU, Trend -", "BAKU", "Trend", None),
    ("ASTANA. Nov 27 (Interfax)", "ASTANA", "Interfax", "Nov 27"),
])
def test_dateline_styles_of_the_agencies_are_read(line, place, agency, date_text):
    a = read_article(dispatch(line), REF)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.agency, a.dateline.date_text) == (place, agency, date_text)
    assert part(a, a.dateline.span) == line
    assert part(a, a.headline_span) == "Ministers meet in the capital"
    assert part(a, a.body_span).startswith("Foreign Minister Selim Aydın said")


def test_dateline_region_stays_out_of_the_place_and_is_kept_as_a_part():
    a = read_article(dispatch("KYIV, Ukraine (AP) —"), REF)
    assert a.dateline.place == "KYIV"
    assert part(a, a.dateline_parts["place"]) == "KYIV"
    assert part(a, a.dateline_parts["region"]) == "Ukraine"


def test_bare_place_and_dash_is_a_dateline_without_agency():
    lead = "The United States on Wednesday imposed sanctions on three shipping firms accused of aiding."
    a = read_article(dispatch("WASHINGTON —", lead), REF)
    assert (a.dateline.place, a.dateline.agency, a.dateline.date_text) == ("WASHINGTON", None, None)
    assert a.published is None


def test_a_name_in_brackets_or_an_acronym_opening_a_sentence_is_no_dateline():
    for lead in ("Lin Qiao (Reuters) said the talks were over.", "NATO said on Monday it would meet."):
        a = read_article(f"Talks end\n\n{lead}\n\nMore follows here.\n", REF)
        assert a.dateline is None
        assert part(a, a.body_span).startswith(lead)


def test_an_unbracketed_name_after_a_place_is_a_dateline_only_when_it_is_a_listed_agency():
    lead = "Lagos, NNPC - the state oil firm - said on Monday it would raise fuel prices by a tenth."
    a = read_article(f"Fuel prices rise\n\n{lead}\n\nMore follows here.\n", REF)
    assert a.dateline is None
    assert part(a, a.body_span).startswith(lead)


def test_headline_in_capitals_with_a_dash_is_not_taken_for_a_dateline():
    a = read_article("NATO - Russia talks stall\n\nBRUSSELS, June 3 (Reuters) - The talks stalled.\n", REF)
    assert part(a, a.headline_span) == "NATO - Russia talks stall"
    assert a.dateline.place == "BRUSSELS"


# --- Headlines and bodies ----------------------------------------------------------------------


def test_text_of_body_paragraphs_has_no_headline():
    text = ("The European Union on Tuesday agreed new sanctions on Belarus, diplomats said.\n\n"
            "Marta Okonkwo-Ruiz, a spokesperson for the bloc, said more would follow.\n")
    a = read_article(text, REF)
    assert a.headline_span is None and a.subheadline_span is None
    assert a.body_span == (0, len(text.rstrip()))


def test_dateline_at_the_top_means_no_headline():
    text = "BRUSSELS, June 3 (Reuters) - The European Union agreed new sanctions on Tuesday.\n"
    a = read_article(text, REF)
    assert a.headline_span is None
    assert a.dateline.place == "BRUSSELS"


def test_headline_without_dateline_needs_a_blank_line_after_it():
    a = read_article("Talks end in Geneva\n\nThe talks ended on Friday.\n\nMore.\n", REF)
    assert part(a, a.headline_span) == "Talks end in Geneva"
    b = read_article("Talks end in Geneva\nThe talks ended on Friday.\n\nMore.\n", REF)
    assert b.headline_span is None


def test_subheadline_may_end_with_a_full_stop_when_a_dateline_follows():
    text = ("Kazakhstan and China sign grain deal\n\nThe agreement covers five years.\n\n"
            "ASTANA, March 14 (Xinhua) -- Kazakh Foreign Minister Yerlan Tokbayev said on Friday.\n")
    a = read_article(text, REF)
    assert part(a, a.subheadline_span) == "The agreement covers five years."


def test_feature_question_after_headline_is_body_not_subheadline():
    text = "Who runs the talks\n\nSo who, if anyone, is in charge?\n\nNobody quite knows.\n"
    a = read_article(text, REF)
    assert part(a, a.headline_span) == "Who runs the talks"
    assert a.subheadline_span is None
    assert part(a, a.body_span).startswith("So who")


def test_furniture_lines_before_and_after_are_boilerplate():
    text = ("Advertisement\nTop stories\n\nTalks end in Geneva\n\nShare\n\n"
            "GENEVA, May 5 (AFP) - The talks ended on Friday, delegates said.\n\nRead more\n")
    a = read_article(text, REF)
    assert [part(a, s) for s in a.boilerplate] == ["Advertisement", "Top stories", "Share", "Read more"]
    assert part(a, a.headline_span) == "Talks end in Geneva"
    assert part(a, a.body_span) == "The talks ended on Friday, delegates said."
    assert a.content_start == text.index("Talks end")


def test_byline_is_neither_headline_nor_body():
    text = "Talks end in Geneva\n\nBy Marta Okonkwo-Ruiz\n\nThe talks ended on Friday.\n\nMore.\n"
    a = read_article(text, REF)
    assert part(a, a.headline_span) == "Talks end in Geneva"
    assert part(a, a.body_span).startswith("The talks ended")


def test_whitespace_only_text_reads_as_empty_article():
    a = read_article("  \n\n \t\n", REF)
    assert a.headline_span is None and a.body_span is None and a.published is None


# --- Publication date --------------------------------------------------------------------------


def test_year_is_latest_not_after_reference_date():
    a = read_article(dispatch("BRUSSELS, December 3 (Reuters) -", "The talks resumed."), REF)
    assert a.published == date(2025, 12, 3)
    b = read_article(dispatch("BRUSSELS, November 29 (Reuters) -", "The talks resumed."), REF)
    assert b.published == date(2026, 11, 29)


def test_weekday_of_the_lead_picks_the_year():
    # 9 February fell on a Friday in 2024 (and not in 2026 or 2025).
    a = read_article(dispatch("NEW DELHI, Feb 9 (PTI)", "India on Friday summoned the envoy."), REF)
    assert a.published == date(2024, 2, 9)


def test_weekday_shifted_by_last_or_next_is_ignored():
    a = read_article(dispatch("NEW DELHI, Feb 9 (PTI)", "India summoned the envoy it had met last Friday."), REF)
    assert a.published == date(2026, 2, 9)


def test_year_written_in_the_dateline_is_used():
    a = read_article(dispatch("ST. PETERSBURG, June 16, 2023 (Reuters) -"), REF)
    assert a.published == date(2023, 6, 16)
    assert a.dateline.date_text == "June 16"


def test_dateline_without_date_leaves_published_null():
    assert read_article(dispatch("ANKARA (Anadolu) -"), REF).published is None


def test_metadata_date_line_fixes_the_date():
    text = ("Published: 12 March 2024\n\nTalks end in Geneva\n\n"
            "GENEVA (AFP) - The talks ended on Friday.\n")
    a = read_article(text, REF)
    assert a.published == date(2024, 3, 12)
    assert part(a, a.headline_span) == "Talks end in Geneva"
    b = read_article("Talks end in Geneva\nMarch 12, 2024\n\nThe talks ended.\n\nMore.\n", REF)
    assert b.published == date(2024, 3, 12)
    assert part(b, b.headline_span) == "Talks end in Geneva"


def test_reference_date_defaults_to_today():
    a = read_article(dispatch("BRUSSELS, January 1 (Reuters) -", "Talks resumed."))
    assert a.published is not None and a.published <= date.today()
    assert (a.published.month, a.published.day) == (1, 1)


def test_headline_ending_in_an_abbreviation_is_still_a_headline():
    a = read_article("Minister Lin Qiao slams U.S.\n\nBEIJING, March 14 (Xinhua) -- China said.\n", REF)
    assert part(a, a.headline_span) == "Minister Lin Qiao slams U.S."


def test_windows_line_ends_are_read_and_spans_keep_to_the_text():
    text = dispatch("BRUSSELS, June 3 (Reuters) -").replace("\n", "\r\n")
    a = read_article(text, REF)
    assert part(a, a.headline_span) == "Ministers meet in the capital"
    assert part(a, a.dateline.span) == "BRUSSELS, June 3 (Reuters) -"
    assert part(a, a.body_span).endswith("A second paragraph follows.")


@pytest.mark.parametrize("headline", ["'My memories of the summit...'", "$1bn aid deal for Moldova",
                                      "Talks go on…"])
def test_headline_may_open_with_a_currency_sign_or_end_with_an_ellipsis(headline: str):
    a = read_article(f"{headline}\n\nThe talks ended on Friday.\n\nMore.\n", REF)
    assert part(a, a.headline_span) == headline


def test_paragraph_ending_with_a_full_stop_is_never_a_headline():
    a = read_article("The talks ended.\n\nMore talks are planned.\n", REF)
    assert a.headline_span is None


def test_source_date_hint_fixes_the_year_of_the_dateline():
    text = dispatch("NEW DELHI, Feb 9 (PTI)", "India summoned the envoy.")
    assert read_article(text, REF, published_hint="2019-02-08T22:30:00Z").published == date(2019, 2, 9)
    assert read_article(dispatch("ANKARA (Anadolu) -"), REF, published_hint="2021-05-04").published == \
        date(2021, 5, 4)


def test_date_line_in_the_text_wins_over_the_source_hint():
    text = "Published: 12 March 2024\n\nTalks end\n\nGENEVA (AFP) - The talks ended on Friday.\n"
    assert read_article(text, REF, published_hint="2020-01-01").published == date(2024, 3, 12)


def test_photo_credit_is_furniture_but_a_headline_about_photos_is_not():
    a = read_article("Photo: AFP\n\nPhoto finish in Georgian election\n\nThe vote was close.\n\nMore.\n", REF)
    assert [part(a, s) for s in a.boilerplate] == ["Photo: AFP"]
    assert part(a, a.headline_span) == "Photo finish in Georgian election"


# --- Settings: [reader] max_furniture_lines -----------------------------------------------------

# Five lines of page furniture before the headline: more than one may be skipped before the head.
FURNISHED = ("Advertisement\nTop stories\nShare\nAll news\nRead more\n\nTalks end in Geneva\n\n"
             "GENEVA, May 5 (AFP) - The talks ended on Friday, Lin Qiao said.\n")


def test_max_furniture_lines_limits_how_many_leading_lines_are_furniture():
    default = read_article(FURNISHED, REF)
    assert part(default, default.headline_span) == "Talks end in Geneva" and default.dateline is not None
    one = read_article(FURNISHED, REF, max_furniture_lines=1)
    assert one.headline_span is None and one.dateline is None


def test_a_pipeline_reads_with_its_own_settings_max_furniture_lines(tmp_path):
    import wirecoder

    settings = tmp_path / "settings.toml"
    settings.write_text("[reader]\nmax_furniture_lines = 1\n", encoding="utf-8")
    strict = wirecoder.load(settings=settings, stages=())
    assert strict.max_furniture_lines == 1
    assert strict.extract(FURNISHED, reference_date=REF).headline is None
    default = wirecoder.load(stages=()).extract(FURNISHED, reference_date=REF)
    assert default.headline == "Talks end in Geneva"
