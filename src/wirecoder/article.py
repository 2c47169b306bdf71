"""The dispatch reader: page furniture, headline, subheadline, dateline, body, publication date.

A dispatch as agencies write it, once copied to plain text::

    All news                                   <- page furniture (data/reader/furniture.txt)

    Lavrov says Russia, PRC step up ...        <- headline: a short line, no final full stop
                                                  (blank line)
    The Russian foreign minister pointed ...   <- subheadline (optional)

    MOSCOW, December 1. /TASS/. Russian ...    <- dateline, then the body

The reader looks only at the first and last few lines, with patterns compiled once, so it costs
next to nothing beside spaCy. The words it knows (agency names, months, weekdays, furniture) are
data files in ``data/reader/``.

What it decides, and why:

- ``Dateline.place`` is the city as written ("KYIV"); an AP-style region after it ("KYIV, Ukraine
  (AP)") stays out of ``place`` and is kept in ``Article.dateline_parts["region"]``. The dateline's
  span covers place, date, agency marks and dash, so the actors stage can treat it as a location.
- ``body_span`` starts after the dateline (or after the headline block when there is none) and
  ends before trailing furniture ("Read more").
- ``published``: a full date on a metadata line ("Published: 12 March 2024") wins; else the
  dateline's day and month take the latest year not after the reference date, and, when the lead
  sentence names a weekday ("on Thursday"), the latest such year in which that day is that weekday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources

import yaml

from .dates import leading_date
from .record import Dateline, Span
from .settings import default_settings


@dataclass
class Article:
    """What the reader found in a text, before any NLP."""

    text: str
    headline_span: Span | None = None
    subheadline_span: Span | None = None
    dateline: Dateline | None = None
    body_span: Span | None = None
    published: date | None = None
    # Leading page furniture ("All news") and anything else that is not the article.
    boilerplate: list[Span] = field(default_factory=list)
    # The parts of the dateline that were found: "place", "region", "date", "agency" -> span.
    dateline_parts: dict[str, Span] = field(default_factory=dict)
    # The reference date the caller gave (None: none given, "today"): when the text was current.
    reference_date: date | None = None
    # era54: an undated article's era (neither a published nor a reference date): the day the actors stage inferred
    # from the office holders the text gives an office and the years it names (actors._article_era); the office
    # holders' table and the events stage's "now" read it. None when the article has a date or the evidence is thin.
    era: date | None = None

    @property
    def office_day(self) -> date | None:
        """era56: the one day the article's offices are read as of, for every rule that asks who held what (the
        table's pick of a known person's office, the sole-office rule, "former", a state or body of its time, the
        events stage's "now"): the text's own date (a date line, a dateline's day, the page's date the source
        gave), else the reference date the caller gave (a record's date from its metadata), else the era the
        actors stage inferred (era54); None when none is known. Why: the table's pick read the text's date only,
        so a page dated in its metadata alone gave each person their latest office (a former president in
        office again, an ex-premier as the envoy or minister he became years later) while the sole-office
        rule read the same page as of its metadata date."""
        return self.published or self.reference_date or self.era

    @property
    def content_start(self) -> int:
        """Where the article proper begins (after page furniture)."""
        dateline = self.dateline.span if self.dateline else None
        starts = [s[0] for s in (self.headline_span, self.subheadline_span, dateline, self.body_span) if s]
        return min(starts) if starts else 0


# --- The reader's vocabulary, loaded and compiled once per process ------------------------------


def _data_lines(name: str) -> list[str]:
    text = resources.files("wirecoder").joinpath("data", "reader", name).read_text("utf-8")
    return [line.rstrip("\r") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class _Vocabulary:
    agencies: dict[str, str]          # written form, lower case -> short name
    months: dict[str, int]
    weekdays: dict[str, int]
    shifters: frozenset[str]
    lead_max_chars: int
    furniture: frozenset[str]         # plain furniture lines, normalised
    furniture_pattern: re.Pattern[str] | None
    dateline: re.Pattern[str]
    date_line: re.Pattern[str]
    weekday: re.Pattern[str]
    max_furniture_lines: int


def _furniture_key(line: str) -> str:
    return " ".join(line.lower().rstrip(":").split())


def _alternation(words: list[str]) -> str:
    # Longest first, so that "September" wins over "Sep".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _vocabulary() -> _Vocabulary:
    agencies: dict[str, str] = {}
    for line in _data_lines("agencies.tsv"):
        written, _, short = line.partition("\t")
        agencies[written.strip().lower()] = short.strip() or written.strip()
    calendar = yaml.safe_load(resources.files("wirecoder").joinpath("data", "reader", "calendar.yaml")
                              .read_text("utf-8"))
    months: dict[str, int] = {str(k).lower(): int(v) for k, v in calendar["months"].items()}
    weekdays: dict[str, int] = {str(k).lower(): int(v) for k, v in calendar["weekdays"].items()}

    plain, patterns = set(), []
    for line in _data_lines("furniture.txt"):
        if line.startswith("re:"):
            body = line[3:]
            # A pattern's own (?i) becomes a scoped group so that all patterns join in one regex.
            patterns.append(f"(?i:{body[4:]})" if body.startswith("(?i)") else f"(?:{body})")
        else:
            plain.add(_furniture_key(line))
    furniture_pattern = re.compile("|".join(patterns)) if patterns else None

    month = rf"(?i:{_alternation(list(months))})\.?"
    weekday_words = rf"(?i:{_alternation(list(weekdays))})"
    day = r"[0-3]?\d(?:st|nd|rd|th)?"
    year = r"(?:1[89]|2\d)\d\d"
    # Upper-case letters of the Latin scripts; the place must also pass str.isupper() (see below).
    up = "A-ZÀ-ÖØ-ÞĀ-ž"
    # A full stop belongs to the place ("ST. JOHN'S") unless the date follows it ("ASTANA. Nov 27").
    letter = rf"(?:[{up}a-zß-öø-ÿ'’\-]|\.(?![ ]{month}[ ]?\d))"
    place = rf"[{up}]{letter}*(?:[ ](?!{month}[ ]?\d)[{up}]{letter}*){{0,3}}"
    dateline = re.compile(rf"""
        (?P<place>{place})
        # An AP-style state or country after the city: "KYIV, Ukraine (AP)" (never a month word).
        (?:,[ ](?!{month}[ ]?\d)(?P<region>[{up}][a-z.'’\-]+(?:[ ][{up}][a-z.'’\-]+){{0,2}})(?=[ ]*[,(/—–-]))?
        # The day and month, either way round, with an optional weekday before and year after
        # (Interfax puts a full stop after the place: "ASTANA. Nov 27 (Interfax)").
        (?:[,.]?[ ](?:{weekday_words},?[ ])?
           (?P<date>(?P<month>{month})[ ]?(?P<day>{day})|(?P<day2>{day})[ ](?P<month2>{month}))
           (?:,?[ ](?P<year>{year}))?
        )?
        # TASS writes "December 1. /TASS/."; others "(Reuters)" or "(AP)".
        \.?[ ]*
        (?:\((?P<agency>[^\W\d][\w.&'\-]*(?:[ ][\w.&'\-]+){{0,3}})\)
          |/(?P<agency2>[^\W\d][\w.&'\-]*(?:[ ][\w.&'\-]+){{0,3}})/\.?
          # IRNA, SANA and others name themselves after a comma, with no brackets: "Tehran, IRNA -"
          # (only a listed agency, and only before the dash: see _match_dateline).
          |,[ ](?P<agency3>[^\W\d][\w.&'\-]*(?:[ ][\w.&'\-]+){{0,3}})(?=[ ]*(?:--|[—–:-])\s)
          # Kyodo names itself bare after the date: "SAPPORO, Japan, Oct. 5 Kyodo -" (only a listed
          # agency, as above).
          |(?<=[ ])(?P<agency4>[^\W\d][\w.&'\-]*(?:[ ][\w.&'\-]+){{0,2}})(?=[ ]*(?:--|[—–-])\s))?
        # The dash that ends it: "-", "--", "–", "—" (and ":" in some house styles).
        (?P<dash>[ ]*(?:--|[—–:-])(?=\s))?
        """, re.VERBOSE)
    date_line = re.compile(rf"""
        (?i:published|updated|posted|first[ ]published|date|last[ ]updated)?:?[ ]*
        (?:{weekday_words},?[ ]+)?
        (?:(?P<day>{day})[ ](?P<month>{month})|(?P<month2>{month})[ ](?P<day2>{day}),?)[ ](?P<year>{year})
        |(?P<iso>{year}-[01]\d-[0-3]\d)
        """, re.VERBOSE)
    shifters = frozenset(w.lower() for w in calendar.get("weekday_shifters", []))
    weekday = re.compile(rf"(?:\b(?P<before>\w+)[ ]+)?\b(?P<weekday>{_alternation([w.capitalize() for w in weekdays])})\b")
    return _Vocabulary(agencies, months, weekdays, shifters, int(calendar.get("lead_max_chars", 500)),
                       frozenset(plain), furniture_pattern, dateline, date_line, weekday,
                       int(default_settings().get("reader", {}).get("max_furniture_lines", 3)))


# --- Lines -------------------------------------------------------------------------------------

_LINE = re.compile(r"[^\n]+")
# How many non-blank lines at the top can hold furniture, headline, subheadline, bylines, dateline.
_HEAD_LINES = 10
# A headline is short: at most this many characters (a subheadline may be longer).
_HEADLINE_MAX = 200
_SUBHEADLINE_MAX = 350
# Lines a sentence ends on: a full stop, possibly inside closing quotes or brackets. Neither the
# stop of a final "U.S." ("Lavrov slams U.S.") nor an ellipsis ("My memories of Marley...") ends a
# sentence: headlines end so.
_SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\.\.)\.(?!\.)[\"'”’)\]]*$|[:;,]$")
# How a headline may begin besides a capital or digit: quotes, currency signs.
_HEADLINE_OPENERS = "\"'“‘«$£€¥"


@dataclass
class _Line:
    start: int
    end: int
    text: str
    blank_after: bool = False


def _head_lines(text: str, limit: int) -> list[_Line]:
    """The first ``limit`` non-blank lines, stripped, with whether a blank line follows each."""
    lines: list[_Line] = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        if lines:
            lines[-1].blank_after = text.count("\n", lines[-1].end, start) >= 2
        if len(lines) == limit:
            break
        lines.append(_Line(start, start + len(stripped), stripped))
    else:
        if lines:
            lines[-1].blank_after = True  # the text ends after it
    return lines


def _is_furniture(line: str, vocab: _Vocabulary) -> bool:
    if _furniture_key(line) in vocab.furniture:
        return True
    return bool(vocab.furniture_pattern and vocab.furniture_pattern.fullmatch(line))


def _looks_like_headline(line: _Line, limit: int) -> bool:
    # A headline is a short line that starts like a title and does not end like a sentence.
    t = line.text
    return (len(t) <= limit and not _SENTENCE_END.search(t)
            and (t[0].isupper() or t[0].isdigit() or t[0] in _HEADLINE_OPENERS))


# --- Dateline ----------------------------------------------------------------------------------


@cache
def _known_cities() -> frozenset[str]:
    from .actors.dictionary import capitals  # (here: the actors package reads articles)

    return frozenset(city.lower() for city in capitals())


def _known_city(place: str) -> bool:
    """Whether ``place`` is a capital or another city or region the actor tables list."""
    return place.lower() in _known_cities()


_AGENCY_LEAD = re.compile(r"[ \t]*([^\W\d][\w.&'\-]*(?:[ ][\w.&'\-]+){0,2})[ ]*(?:--|[\u2014\u2013-])[ ]+")


def agency_lead(text: str, start: int) -> Span | None:
    """The span of a listed agency's name alone before a dash at ``start`` ("AP - A county judge ruled ...",
    the AG News and wire-digest style), or None. The reader takes no dateline there (a bare "PLACE -" must
    be an upper-case place of three letters or more), so the stages that must keep the agency out of a
    sentence's subject ask for it."""
    m = _AGENCY_LEAD.match(text, start)
    return m.span() if m and m.group(1).lower() in _vocabulary().agencies else None


def _match_dateline(line: _Line, text: str, vocab: _Vocabulary) -> tuple[Dateline, dict[str, Span], int] | None:
    """The dateline at the start of ``line``, its parts, and where the body after it begins."""
    start = line.start
    lead = _AGENCY_LEAD.match(text, line.start, line.end)
    if lead and lead.group(1).lower() in vocab.agencies:
        # "Canadian Press - OTTAWA (CP) - ...": a wire digest's credit before the agency's own dateline
        # (AG News); the dateline is read after it, its span from the credit on (actrec45: the place was
        # read as the first words of the body and joined to the credit as one organisation)
        after = vocab.dateline.match(text, lead.end(), line.end)
        if after and (after.group("agency") or after.group("agency2")):
            line = _Line(lead.end(), line.end, text[lead.end():line.end], line.blank_after)
    m = vocab.dateline.match(text, line.start, line.end)
    if not m:
        return None
    agency_group = next((g for g in ("agency", "agency2", "agency3", "agency4") if m.group(g)), None)
    if agency_group in ("agency3", "agency4") and m.group(agency_group).strip().lower() not in vocab.agencies:
        return None  # "Tehran, Mr Ali -" is no dateline: unbracketed, only a listed agency is one
    if agency_group is None and m.group("region") and m.group("region").lower() in vocab.agencies:
        agency_group = "region"  # "BAKU, Trend -": a title-case agency read as the region
    place = m.group("place")
    # A known city alone on its line ("LAGOS", then the body), or a known city in title case before a
    # dash or colon ("Brasília - ", "Dubai: "): house styles of Nigerian, Brazilian and Gulf papers.
    # Only a city the actor tables list (states.yaml ``capitals`` and ``places``): an upper-case line
    # may be a label ("WORLD"), and a title-case word before a colon a headline's ("Gaza: ...").
    alone = agency_group is None and not m.group("dash") and not m.group("date") and m.end() == line.end \
        and place.isupper() and _known_city(place)
    titled = agency_group is None and m.group("dash") and not place.isupper() and _known_city(place)
    if agency_group is None and not (alone or titled):
        # Without an agency mark, only an upper-case place followed by a dash is a dateline
        # ("WASHINGTON —"); anything else may be the first words of a sentence.
        if not place.isupper() or not m.group("dash") or len(place) < 3:
            return None
    elif not (place.isupper() or m.group("date") or m.group("region") or m.group("dash")):
        # "Lin Qiao (Reuters) said" is no dateline; a title-case place needs a date or a dash:
        # "New Delhi, Nov 29 (IANS)", "Moscow (Reuters) -".
        return None
    end = m.end()
    if agency_group is None and not m.group("date") and line.end - end < 60 and not alone:
        # "NATO - Russia talks stall" is a headline: a bare "PLACE -" must open a paragraph.
        return None
    parts: dict[str, Span] = {"place": m.span("place")}
    region = "region" if agency_group != "region" else None
    for name, group in (("region", region), ("date", "date"), ("agency", agency_group)):
        if group and m.group(group):
            parts[name] = m.span(group)
    agency = None
    if agency_group:
        written = m.group(agency_group).strip()
        agency = vocab.agencies.get(written.lower(), written)
    dateline = Dateline(place=place, agency=agency, date_text=m.group("date"), span=(min(start, m.start()), end))
    body = end
    while body < len(text) and text[body].isspace():
        body += 1
    return dateline, parts, body


# --- Dates -------------------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_year(month: int, day: int, reference: date, weekday: int | None) -> date | None:
    """The latest date with this day and month not after ``reference`` (on ``weekday`` if given)."""
    # Weekdays of a day and month repeat within 28 years (400 for 29 February's leap years).
    span = 400 if (month, day) == (2, 29) else 29
    fallback = None
    for year in range(reference.year, reference.year - span, -1):
        d = _safe_date(year, month, day)
        if d is None or d > reference:
            continue
        if weekday is None or d.weekday() == weekday:
            return d
        fallback = fallback or d
    return fallback


def _lead_weekday(text: str, start: int, vocab: _Vocabulary) -> int | None:
    """The weekday the lead sentence names for its news ("on Thursday"), if any."""
    end = text.find("\n", start)
    end = min(end if end != -1 else len(text), start + vocab.lead_max_chars)
    for m in vocab.weekday.finditer(text, start, end):
        if (m.group("before") or "").lower() in vocab.shifters:
            continue
        return vocab.weekdays[m.group("weekday").lower()]
    return None


def _month_day(m: re.Match[str], vocab: _Vocabulary, month: str, day: str) -> tuple[int, int] | None:
    month_word, day_word = m.group(month), m.group(day)
    if not month_word or not day_word:
        return None
    number = vocab.months.get(month_word.rstrip(".").lower())
    day_number = int(re.sub(r"\D", "", day_word))
    return (number, day_number) if number and 1 <= day_number <= 31 else None


def _metadata_date(line: _Line, vocab: _Vocabulary) -> date | None:
    """A full date on a line of its own: "Published: 12 March 2024", "March 12, 2024", "2024-03-12"."""
    m = vocab.date_line.fullmatch(line.text.rstrip("."))
    if not m:
        return None
    if m.group("iso"):
        return leading_date(m.group("iso"))
    md = _month_day(m, vocab, "month", "day") or _month_day(m, vocab, "month2", "day2")
    return _safe_date(int(m.group("year")), *md) if md else None


# --- The reader --------------------------------------------------------------------------------


def read_article(text: str, reference_date: date | None = None, *,
                 published_hint: date | str | None = None,
                 max_furniture_lines: int | None = None) -> Article:
    """Split a dispatch into its parts; dates resolve against ``reference_date`` (default today).

    ``published_hint`` is a date the source knows (a feed's or a page's published date, such as
    ``Document.meta["published"]``). A date line in the text wins over it; a dateline's day and
    month take their year from it (allowing two days for time zones); else it is the date.
    ``max_furniture_lines`` is ``[reader] max_furniture_lines`` (default: the package settings'); a
    :class:`~wirecoder.Pipeline` passes its own settings' value.
    """
    vocab = _vocabulary()
    furniture_limit = vocab.max_furniture_lines if max_furniture_lines is None else max_furniture_lines
    hint = leading_date(published_hint)
    # Two days past the hint for time zones; a nonsense hint at the end of the calendar stays on it.
    reference = min(hint, date.max - timedelta(days=2)) + timedelta(days=2) if hint else reference_date or date.today()
    lines = _head_lines(text, _HEAD_LINES)
    article = Article(text=text, reference_date=reference_date)
    if not lines:
        return article

    # Leading furniture and metadata lines ("All news", "Published: 12 March 2024").
    published: date | None = None
    i = 0
    while i < len(lines) and i < furniture_limit:
        meta = _metadata_date(lines[i], vocab)
        if meta is None and not _is_furniture(lines[i].text, vocab):
            break
        published = published or meta
        article.boilerplate.append((lines[i].start, lines[i].end))
        i += 1

    # The dateline: the first line in the head that starts with one.
    # Only the head can hold it: the first few lines, none of them a paragraph of the body.
    found = None
    for j in range(i, min(len(lines), i + 5)):
        found = _match_dateline(lines[j], text, vocab)
        if found or len(lines[j].text) > _SUBHEADLINE_MAX:
            break
    head = lines[i:j] if found else lines[i:i + 3]

    # Headline and subheadline: the lines before the dateline (or before the first paragraph).
    parts: list[_Line] = []
    for line in head:
        meta = _metadata_date(line, vocab)
        if meta or _is_furniture(line.text, vocab):
            published = published or meta
            article.boilerplate.append((line.start, line.end))
            if parts:
                parts[-1].blank_after = True  # a headline may sit right on top of its date line
        else:
            parts.append(line)
    body_start: int | None = None
    if found:
        dateline, article.dateline_parts, body_start = found
        article.dateline = dateline
        # With a dateline to close the head, its first line is the headline and the next the
        # subheadline (which may end with a full stop); more lines than that are not a headline.
        if parts and len(parts) <= 2 and _looks_like_headline(parts[0], _HEADLINE_MAX):
            article.headline_span = (parts[0].start, parts[0].end)
            if len(parts) == 2 and len(parts[1].text) <= _SUBHEADLINE_MAX:
                article.subheadline_span = (parts[1].start, parts[1].end)
    else:
        # No dateline: a headline must look like one and stand apart, so that a text of body
        # paragraphs never loses its first sentence to the headline.
        first = parts[0] if parts else None
        if first and first.blank_after and _looks_like_headline(first, _HEADLINE_MAX) and len(parts) > 1:
            article.headline_span = (first.start, first.end)
            second = parts[1]
            # Without a dateline a subheadline must not be a question either: in a feature, the
            # first paragraph after the headline is often one ("So who is playing politics?").
            if (len(parts) > 2 and second.blank_after and _looks_like_headline(second, _SUBHEADLINE_MAX)
                    and not second.text.endswith(("?", "?\"", "?”"))):
                article.subheadline_span = (second.start, second.end)
        after = max((s[1] for s in (article.headline_span, article.subheadline_span,
                                    *article.boilerplate) if s), default=0)
        nxt = next((ln for ln in lines if ln.start >= after), None)
        body_start = nxt.start if nxt else None

    if body_start is not None and body_start < len(text):
        article.body_span = (body_start, _body_end(text, body_start, vocab, article))

    # The date of publication.
    if published is None and article.dateline and "date" in article.dateline_parts:
        m = vocab.dateline.match(text, article.dateline.span[0], article.dateline.span[1])
        md = m and (_month_day(m, vocab, "month", "day") or _month_day(m, vocab, "month2", "day2"))
        if m and md:
            if m.group("year"):
                published = _safe_date(int(m.group("year")), *md)
            else:
                weekday = _lead_weekday(text, body_start or 0, vocab)
                published = _resolve_year(md[0], md[1], reference, weekday)
    article.published = published or hint
    return article


def _body_end(text: str, start: int, vocab: _Vocabulary, article: Article) -> int:
    """Where the body ends: before trailing whitespace and up to three lines of furniture."""
    end = len(text.rstrip())
    for _ in range(3):
        line_start = text.rfind("\n", start, end) + 1
        if line_start <= start or not _is_furniture(text[line_start:end].strip(), vocab):
            break
        article.boilerplate.append((line_start + len(text[line_start:end]) - len(text[line_start:end].lstrip()),
                                    end))
        end = len(text[:line_start].rstrip())
    return max(end, start)

