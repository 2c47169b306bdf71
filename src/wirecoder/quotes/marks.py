"""Quotation marks: which marks open and close a quote, and the spans between paired marks."""

from __future__ import annotations

import re

# Quotation marks: curly double, straight double, two apostrophes (some US papers), guillemets; two
# right single quotes close a curly quote in some US papers ("“It was ...,’’ she said").
MARKS = re.compile(r"“|”|’’|\"|''|«|»|„")
OPENERS = {"“", "«", "„"}
CLOSERS = {"”", "’’", "»"}
# Marks pair only with their own kind; the other kind inside a quote is a quote within it.
FAMILY = {"“": "curly", "”": "curly", "’’": "curly", "„": "curly", '"': "straight", "''": "apostrophes",
           "«": "guillemet", "»": "guillemet"}
# A line opening with a short name and a colon: "Kasich: ...", "MATTHEWS: ...".
# (A line start, "(?m)^", checked after the label's first capital, so that the scan skips to the next
# capital instead of trying the pattern at every character: the same matches; speed only.)
# (real11a: a person's label may name the outlet they spoke on, as web pages print a clip: "Rep. X on CNN: ...";
# group 2, empty for a bare label)
LABEL_LINE = re.compile(r"([A-Z](?<![^\n][A-Z])[\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,3})"
                        r"((?:[ \t]on[ \t][A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,2})?):[ \t][^\n]+")
# A name after a dash that closes a quotation's line, as vox pops and pull quotes sign it:
# `"We were never asked." ― Ana Lind` or `― Ana Lind, nurse`. Matched from the closing mark on.
DASH_SIGNATURE = re.compile(r"[”\"’'»]*[ \t\xa0]*[―—–][ \t\xa0]*([A-Z][\w.’'-]*(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,4})"
                            r"(?:,[ \t\xa0]+[a-z][\w ’'-]{0,40})?\.?[ \t\xa0]*(?:\n|$)")
# Punctuation that ends the quoted words before a reporting clause.
CLAUSE_END = {",", ".", "?", "!", "…", "-", "–", "—", ":", ";"}
# Why (qspan54): web pages mix straight and curly double marks in one quotation (`"The grid was promised,” Voss
# said`, `“We will not sign," the minister said`), a CMS converting only some of them; the pool printed 8 such
# paragraphs in 3 of 240 articles, every one a quote the pairing by family lost whole (its cue fell inside the run).
# A double mark of the other form closes the quote where it stands after the words' own punctuation and before a
# space or the line's end, unless a quote inside the quote is open in that form (`“He called it "a disgrace," and
# left,” she said`: the inner pair opens with a mark before a word).
_DOUBLE_FORMS = frozenset({"curly", "straight"})
_WORDS_END = {",", ".", "?", "!", "…"}
# A quotation mark that opens a new sentence right after a closing one, on the same line: spaces only, then the mark
# and a capital (or a digit), as `." "The` (see quotation_spans).
_REOPENED = re.compile(r"[ \t\xa0]{1,3}(“|\"|''|«|„)(?=[A-Z0-9])")


# Lines of hard-wrapped wire copy: an indented line opens a paragraph, a flush one continues it.
_INDENTED_LINE = re.compile(r"(?m)^[ \t]+\S")
# The indented lines after the first, each found from its line break: the scan skips to the next
# "\n" where "^" is tried at every character (speed only; with the first line, the same count).
_INDENTED_AFTER_BREAK = re.compile(r"\n[ \t]+\S")
_FLUSH_LINE = re.compile(r"(?m)^\S")
_WRAPPED_MIN_LINES = 3


def _cued_next(text: str, at: int, end: int, family: str) -> bool:
    """Whether the quotation opened just before ``at`` closes, within the paragraph, on a comma: its own cue follows
    (`"...," she said`)."""
    for m in MARKS.finditer(text, at, end):
        if FAMILY[m.group()] == family and m.group() not in OPENERS:
            return text[:m.start()].rstrip().endswith(",")
    return False


# The last text's paragraphs, with the text and the start they were read from: the quotes stage asks
# for the same article's three times (quotation_spans, paragraph_breaks, the continued paragraphs;
# speed only: the same spans).
_LAST_PARAGRAPHS: tuple[str, int, list[tuple[int, int]]] = ("", -1, [])


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` from ``start`` on, as (start, end) spans without their line breaks.

    A paragraph is a line, except in hard-wrapped copy whose paragraphs open with an indent (wire
    stories of the 1980s): there a flush line goes on with the paragraph above it, and only an
    indented line or a blank line starts a new one.
    """
    global _LAST_PARAGRAPHS
    last_text, last_start, found = _LAST_PARAGRAPHS
    if last_start != start or last_text != text:
        found = _paragraphs(text, start)
        _LAST_PARAGRAPHS = (text, start, found)
    return list(found)  # (a copy: the caller may change its list)


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    body = text[start:]
    indented = len(_INDENTED_AFTER_BREAK.findall(body)) + (_INDENTED_LINE.match(body) is not None)
    wrapped = indented >= _WRAPPED_MIN_LINES \
        and len(_FLUSH_LINE.findall(body)) >= _WRAPPED_MIN_LINES
    lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", body)]
    if not wrapped:
        return lines
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if out and not text[s].isspace() and text[out[-1][1]:s].count("\n") == 1:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def paragraph_breaks(text: str, start: int = 0) -> set[int]:
    """The offsets of the line breaks that end a paragraph (see :func:`paragraphs`)."""
    pars = paragraphs(text, start)
    return {k for (_, e), (s, _) in zip(pars, pars[1:], strict=False) for k in range(e, s) if text[k] == "\n"}


def quotation_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The content spans between paired quotation marks, marks excluded, from ``start`` on.

    A quote left open at the end of a paragraph continues when the next paragraph opens with a
    quotation mark (the news convention for a multi-paragraph quote); otherwise it ends there.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    family = ""
    last_par_end = start

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))

    for p_start, p_end in paragraphs(text, start):
        marks = list(MARKS.finditer(text, p_start, p_end))
        if open_at is not None:
            first = marks[0] if marks else None
            lead = text[p_start:first.start()].strip() if first else None
            if first is not None and lead == "" and first.group() not in CLOSERS \
                    and FAMILY[first.group()] == family:
                marks = marks[1:]  # the paragraph reopens the running quote
            else:
                emit(open_at, last_par_end)
                open_at = None
        skip_to = -1
        inner_open = False  # a quote inside the open quote, in the other double form (qspan54)
        for m in marks:
            mark, pos = m.group(), m.start()
            if pos < skip_to:
                continue  # (the opening mark of a quote's next sentence, joined to the one before it)
            before = text[pos - 1] if pos > 0 else " "
            after = text[m.end()] if m.end() < len(text) else " "
            # A mark between two letters is an inch sign or part of a word, not a quotation.
            if before.isalnum() and after.isalnum():
                continue
            if open_at is None:
                if mark not in CLOSERS:
                    open_at, family, inner_open = m.end(), FAMILY[mark], False
            elif FAMILY[mark] != family:
                if family in _DOUBLE_FORMS and FAMILY[mark] in _DOUBLE_FORMS:
                    opens_word = not before.isalnum() and after.isalnum()
                    if inner_open:
                        inner_open = mark in OPENERS  # (the inner quote's closing mark)
                    elif mark not in OPENERS and before in _WORDS_END and (after.isspace() or m.end() >= p_end):
                        emit(open_at, pos)  # the other form closes the quote (qspan54, see _DOUBLE_FORMS)
                        open_at = None
                    elif mark in OPENERS or mark == '"' and opens_word:
                        inner_open = True
                continue  # a quote inside the quote: "He said 'no'" in the other kind of marks
            elif mark == '"' and before == " " and after.isalpha() and pos >= 2 \
                    and text[pos - 2] in ".?!":
                # Why: an opening-shaped mark after a finished sentence, inside an open quote, starts
                # the quote's next paragraph where the page lost the line break (`"... unacceptable.
                # "The rule ..."`): the quote runs on, one quote from its first word to its last.
                continue
            elif mark in OPENERS and before == " " and pos >= 2 and text[pos - 2] in ".?!" and after.isupper() \
                    and open_at >= p_start and not _cued_next(text, m.end(), p_end, family):
                # Why (qspan52): `"Nobody on the committee read the report. "The transit fund drops by a third ..."`: an
                # opening mark after a finished sentence inside a quote opened in the same paragraph, whose next close is no
                # cue's comma, opens a sentence the speaker quotes (or a mark the page doubled): the quote runs on to
                # its closing mark, one quote from its first word to its last (GUIDE.md). Restarting there lost the
                # words before it and the cue before them.
                continue
            elif mark in OPENERS and not (before in ",.?!" and not after.isalnum()):
                open_at = m.end()  # an unclosed quote: restart at the new opening mark
            elif before in ".!" and (nxt := _REOPENED.match(text, m.end(), p_end)) is not None \
                    and FAMILY[nxt.group(1)] == family and nxt.group(1) not in CLOSERS \
                    and not _cued_next(text, nxt.end(1), p_end, family):
                # Why (quotes28): `"... 1 April." "Let us never forget ..."`: a finished sentence closed and a new one
                # opened right after it on the same line, with no cue between, is the next paragraph of the same quote
                # where the page lost the line break (BBC pages print a speech so); one quote from its first word to
                # its last (GUIDE.md), not a first sentence with the rest left without a speaker. (A next quote that
                # closes on a comma, `"We were destined to meet," Williams said`, is a paragraph with a cue of its own,
                # maybe another speaker's: it stays apart.)
                skip_to = nxt.end(1)
            else:
                # (an opening mark after final punctuation, before a space, is a typo for a closer)
                emit(open_at, pos)
                open_at = None
        last_par_end = p_end
    if open_at is not None:
        emit(open_at, last_par_end)
    return spans
