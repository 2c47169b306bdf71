"""The language of a text, offline, from its script and its commonest words (``data/language/``).

wirecoder codes English. A Russian dispatch run through the English rules gave actors with empty ids
and every person merged into one; so the pipeline asks :func:`detect` first and codes only the
languages the data file lists as ``coded``. The rule is deliberately small: the script most letters
are written in names most languages at once; Latin and Cyrillic texts are told apart by counting
function words. It looks at the first :data:`SAMPLE` characters only, so a long text costs no more.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from importlib import resources

import yaml

SAMPLE = 20_000  # characters looked at: enough words to tell, whatever the text's length
MIN_LETTERS = 20  # fewer letters than this: too little to tell (``und``), coded as English
MIN_HITS = 3  # another language needs at least this many function-word hits ...
MARGIN = 2.0  # ... and this many times English's, to win over English (headlines have few words)
UNDETERMINED = "und"
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # _WORD in lower-case ASCII text
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@cache
def _data() -> dict:
    text = resources.files("wirecoder").joinpath("data", "language", "languages.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    words = {lang: frozenset(str(w).lower() for w in ws) for lang, ws in raw["words"].items()}
    # The script each word list is written in (LATIN, CYRILLIC): only lists of the text's script compete.
    script_of = {lang: _script(sorted(ws)[0][0]) for lang, ws in words.items()}
    by_word: dict[str, list[str]] = {}  # word -> the languages whose list has it (one look-up per word)
    for lang, ws in words.items():
        for w in ws:
            by_word.setdefault(w, []).append(lang)
    return {"coded": frozenset(raw["coded"]), "scripts": dict(raw["scripts"]), "words": words,
            "script_of": script_of, "by_word": by_word}


def coded_languages() -> frozenset[str]:
    """The languages wirecoder codes (actors, quotes, events)."""
    return _data()["coded"]


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def detect(text: str) -> str:
    """An ISO 639-1 code (``en``, ``ru``, ``zh``...), or ``und`` when there is too little text to tell."""
    sample = text[:SAMPLE]
    # ASCII letters are Latin; only the others need a look-up (most English text is nearly all ASCII).
    # Each distinct character is looked up once (speed only: curly quotes and dashes recur); the
    # scripts keep the order of their first letter, as most_common breaks ties by it.
    scripts: Counter[str] = Counter()
    for ch, n in Counter(_NON_ASCII.findall(sample)).items():
        if ch.isalpha():
            scripts[_script(ch)] += n
    scripts["LATIN"] += len(sample.encode("ascii", "ignore").translate(None, _ASCII_NOT_LETTERS))
    if sum(scripts.values()) < MIN_LETTERS:
        return UNDETERMINED
    script = scripts.most_common(1)[0][0]
    data = _data()
    if script in data["scripts"]:
        return data["scripts"][script]
    # Each distinct word is looked up once, weighted by how often it occurs (speed only: the same
    # counts as one look-up per occurrence; Counter counts a list of words in C).
    by_word = data["by_word"]
    counted: Counter[str] = Counter()
    lowered = sample.lower()
    # (an ASCII text's words are its runs of a-z: the same words, by a simpler class; speed only)
    for w, n in Counter((_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)).items():
        for lang in by_word.get(w, ()):
            counted[lang] += n
    hits = {lang: counted[lang] for lang in data["words"] if data["script_of"][lang] == script}
    if not hits:
        return UNDETERMINED
    if "en" not in hits:  # another script: the language with the most hits
        best = max(hits, key=lambda lang: hits[lang])
        return best if hits[best] else UNDETERMINED
    english = hits["en"]
    rival = max((lang for lang in hits if lang != "en"), key=lambda lang: hits[lang], default="en")
    if rival != "en" and hits[rival] >= MIN_HITS and hits[rival] > MARGIN * english:
        return rival
    return "en"


def language_of(text: str) -> tuple[str, bool]:
    """The text's language, and whether wirecoder codes it (an undetermined one is tried as English)."""
    language = detect(text)
    return language, language == UNDETERMINED or language in coded_languages()


def not_coded_warning(language: str) -> str:
    return (f"language {language}: wirecoder codes {', '.join(sorted(coded_languages()))} only; the reader's "
            "fields are kept, actors, quotes and events are left out")
