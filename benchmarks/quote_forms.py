"""Missed and cut quotes of the quote recall audit, counted by their form. ::

    python benchmarks/quote_forms.py [--half A|B|all] [--show items|none]

Why (round 54, qspan54): the quote recall audit's half B finds fewer of its quotes than half A, and
rules written from single misses did not move it. This script sorts every required gold quote that the
coder misses (no printed quote overlaps it) or cuts (a printed quote overlaps it, but under the match's
Jaccard) by the form of the text around it, so that a change can aim at the form half B misses most:

- ``direct: quoted paragraph, no cue`` -- a quotation that opens its paragraph and whose paragraph names
  no speech verb (the speaker stands in a paragraph before), split by whether the paragraph before holds a
  quotation mark or a speech verb (``after a quote``) or is narrative (``after narrative``);
- ``direct: no cue in sentence`` -- a quotation inside a paragraph whose own sentence names no speech verb;
- ``direct: cue in sentence`` -- a quotation with a speech verb in its sentence, missed all the same;
- ``colon lead-in`` -- the words before the quote, in its sentence, end in a colon;
- ``according to`` -- "according to" stands in the quote's sentence;
- ``cue noun`` -- a noun of words ("statement", "letter", "post", "interview") in the quote's sentence and
  no speech verb;
- ``report: cue before`` / ``report: cue after`` -- unquoted reported speech, the speech verb before or
  after the content; ``partial quote in narrative`` -- a mixed quote whose sentence names no speech verb;
- cut quotes: ``cut: split in N`` (two or more printed quotes share it), else where the one printed
  quote's edge falls against the gold's (``cut short at``, ``runs on at``, ``starts late``, ``starts
  early``) and the word at that edge ("and", "but", a comma, a sentence's or paragraph's end).

Half A (tuning) lists its items with ``--show items``; half B (the check) prints totals per class only,
never an item nor a text. Needs ``../shared``; skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_audit import NEWS, SHARED, half, sample  # noqa: E402
from event_recall_audit import checked_gold  # noqa: E402
from quote_recall_audit import GOLD, NO_QUOTES, load_gold  # noqa: E402

OPENING = "\"“‘'«„"
CLOSING = "\"”’'»“"
SPEECH = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|telling|added|adds|stated|states|explained|explains|insisted|"
    r"insists|argued|argues|warned|warns|claimed|claims|announced|announces|wrote|writes|noted|notes|asked|"
    r"asks|replied|replies|urged|urges|suggested|suggests|believes|believe|believed|stressed|stresses|"
    r"added|admitted|admits|acknowledged|declared|declares|maintained|maintains|conceded|continued|"
    r"predicted|predicts|promised|promises|pledged|vowed|denied|denies|confirmed|confirms|reported|"
    r"told|described|describes|called|calls|thinks|think|thought|feels|felt|according|agreed|agrees|"
    r"accused|accuses|recalled|recalls|revealed|reveals|blamed|criticised|criticized|complained|"
    r"proposed|estimated|estimates|responded|responds|answered|commented|comments|remarked|tweeted|"
    r"posted|indicated|indicates|signalled|signaled|hinted|emphasised|emphasized|underlined)\b", re.I)
_CUE_GROUPS = ("clause", "object", "to_listener", "direct_only", "quoting_verbs", "appeal_verbs")
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
              "felt": "feel", "knew": "know", "known": "know", "found": "find", "spoke": "speak",
              "spoken": "speak", "went": "go", "began": "begin", "gone": "go", "read": "read"}


def _cue_lemmas() -> frozenset[str]:
    """The cue lemmas the quote finder knows (cues.yaml's verb groups), so that a form counted as having
    "no cue word" is one whose cue the finder does not hold either."""
    import yaml

    data = yaml.safe_load((Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "data" / "quotes"
                           / "cues.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for g in _CUE_GROUPS for w in (data.get(g) or []) if isinstance(w, str))


_LEMMAS = _cue_lemmas()


def _has_cue(words: str) -> bool:
    """Whether a stretch of text holds a speech verb: ``SPEECH`` or a cue lemma of cues.yaml (a crude
    lemmatiser: irregular forms, then "-s", "-es", "-ed", "-d", "-ing", "-ying" stripped)."""
    if SPEECH.search(words):
        return True
    for w in re.findall(r"[a-z]+", words.lower()):
        forms = {w, _IRREGULAR.get(w, w)}
        for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"),
                             ("ied", "y"), ("ies", "y")):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                forms.add(w[:-len(suffix)] + repl)
        if forms & _LEMMAS:
            return True
    return False


CUE_NOUN = re.compile(r"\b(statement|letter|post|tweet|interview|message|release|memo|speech|remarks|"
                      r"address|communiqu[eé]|report|notice|filing|briefing|blog|column|op-ed)\b", re.I)
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z0-9])")


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _sentence_prefix(text: str, para_start: int, pos: int) -> str:
    prefix = text[para_start:pos]
    ends = list(SENTENCE_END.finditer(prefix))
    return prefix[ends[-1].end():] if ends else prefix


def _sentence_suffix(text: str, pos: int, para_end: int) -> str:
    suffix = text[pos:para_end]
    m = SENTENCE_END.search(suffix)
    return suffix[:m.end()] if m else suffix


def _edge_word(text: str, pos: int, para_end: int) -> str:
    """What stands at a printed quote's edge: "and", "but", a comma, a sentence's or paragraph's end."""
    rest = text[pos:para_end].lstrip(" \"”’'")
    if not rest.strip():
        return "paragraph end"
    if rest[:1] in ".!?":
        return "sentence end"
    if rest[:1] in ",;:-–—(":
        return f"'{rest[:1]}'"
    word = re.match(r"\w+", rest)
    return f"'{word.group(0).lower()}'" if word and word.group(0).lower() in (
        "and", "but", "or", "while", "because", "as", "which", "who", "when", "although", "though",
        "after", "before", "if", "since", "so", "saying", "adding") else "a word"


def _before_edge(text: str, pos: int, para_start: int) -> str:
    """What stands just before a printed quote's start (the text before ``pos``)."""
    head = text[para_start:pos].rstrip(" \"“‘'")
    if not head:
        return "paragraph start"
    if head[-1:] in ".!?":
        return "sentence end"
    if head[-1:] in ",;:-–—(":
        return f"'{head[-1:]}'"
    word = re.search(r"(\w+)$", head)
    return f"'{word.group(1).lower()}'" if word and word.group(1).lower() in (
        "and", "but", "that", "said", "says", "to") else "a word"


def form_of(text: str, span: tuple[int, int], kind: str) -> str:
    """The form of a missed quote (no printed quote overlaps it)."""
    start, end = span
    para_start, para_end = _paragraph(text, start)
    before = text[para_start:start].rstrip()
    quoted = bool(before) and before[-1] in OPENING or text[max(0, start - 1):start] in OPENING
    sentence = _sentence_prefix(text, para_start, start)
    after = _sentence_suffix(text, end, para_end)
    words_before = sentence.rstrip(" \"“‘'«")
    if words_before.endswith(":"):
        return "colon lead-in"
    if re.search(r"\baccording to\b", sentence + " " + after, re.I):
        return "according to"
    cue_in_sentence = bool(_has_cue(sentence) or _has_cue(after))
    if quoted:
        if not before.strip(OPENING + " "):
            if _has_cue(text[para_start:para_end].replace(text[start:end], " ")):
                return "direct: quoted paragraph, cue later in it"
            prev_end = para_start - 1
            prev_start = text.rfind("\n", 0, max(0, prev_end - 1)) + 1 if prev_end > 0 else 0
            while prev_end > 0 and not text[prev_start:prev_end].strip():
                prev_end = prev_start - 1
                prev_start = text.rfind("\n", 0, max(0, prev_end - 1)) + 1
            prev = text[prev_start:max(prev_start, prev_end)]
            after_quote = any(c in prev for c in OPENING + CLOSING) or bool(_has_cue(prev))
            return f"direct: quoted paragraph, no cue, after {'a quote or cue' if after_quote else 'narrative'}"
        if "\n" in text[start:end]:
            return "direct: runs over paragraphs"
        if cue_in_sentence:
            return "direct: cue in sentence"
        if CUE_NOUN.search(sentence + " " + after):
            return "cue noun"
        return "direct: no cue in sentence"
    if kind == "mixed" and not cue_in_sentence:
        return "partial quote in narrative"
    if _has_cue(sentence):
        return "report: cue before"
    if _has_cue(after):
        return "report: cue after"
    if CUE_NOUN.search(sentence + " " + after):
        return "cue noun"
    return "report: no cue word found"


def cut_form(text: str, span: tuple[int, int], printed: list[tuple[int, int]]) -> str:
    """The form of a cut quote: the printed quotes overlapping it, and where the one that overlaps most
    has its edges against the gold's."""
    start, end = span
    overlapping = [p for p in printed if p[0] < end and p[1] > start]
    if len(overlapping) >= 2:
        overlapping.sort()
        gaps = [text[a[1]:b[0]] for a, b in zip(overlapping, overlapping[1:], strict=False)]
        if any(_has_cue(gap) for gap in gaps):
            where = "at its own cue" + (" across a paragraph" if any("\n" in gap for gap in gaps) else "")
            # mid-sentence: the quotation resumes in lower case after the cue ('..., " X said, "but ...')
            resumes = [text[b[0]:b[0] + 1] for b in overlapping[1:]]
            where += ", mid-sentence" if any(c.islower() for c in resumes) else ", between sentences"
        elif any("\n" in gap for gap in gaps):
            where = "at a paragraph break"
        else:
            where = f"at {_edge_word(text, overlapping[0][1], _paragraph(text, overlapping[0][1])[1])}"
        return f"cut: split in {min(len(overlapping), 3)}{'+' if len(overlapping) > 3 else ''} {where}"
    p_start, p_end = max(overlapping, key=lambda p: min(p[1], end) - max(p[0], start))
    para_start, para_end = _paragraph(text, p_start)
    parts = []
    if p_end < end - 2:
        parts.append(f"cut short at {_edge_word(text, p_end, _paragraph(text, p_end)[1])}")
    elif p_end > end + 2:
        parts.append(f"runs on at {_edge_word(text, end, _paragraph(text, end)[1])}")
    if p_start > start + 2:
        parts.append(f"starts late after {_before_edge(text, p_start, para_start)}")
    elif p_start < start - 2:
        parts.append(f"starts early before {_before_edge(text, start, _paragraph(text, start)[0])}")
    return "cut: " + ("; ".join(parts) or "edges near")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "all"), default="all")
    ap.add_argument("--show", choices=("items", "none"), default="none",
                    help="list half A's items (half B, the check, prints totals per class only)")
    args = ap.parse_args(argv)
    if not (NEWS / "bbc").is_dir() or not (SHARED / "realnews").is_dir() or not GOLD.is_file():
        print(f"skipped: {NEWS}, {SHARED / 'realnews'} or {GOLD} is absent")
        return 0
    import wirecoder
    from wirecoder.evaluation.news import MATCH_JACCARD, jaccard, trim
    from wirecoder.sources import Document

    golds = load_gold()
    quote_articles = set(golds) | {p for paths in NO_QUOTES.values() for p in paths}
    pipeline = wirecoder.load()
    counts = {"A": Counter(), "B": Counter()}
    required = Counter()
    for index, article in enumerate(sample()):
        h = half(index)
        if article.path not in quote_articles or args.half not in ("all", h):
            continue
        lines = checked_gold(article, golds.get(article.path, []), "content", "content_hash")
        record = pipeline.extract(Document(text=article.text, source=article.path),
                                  reference_date=article.published)
        printed = [trim(article.text, q.span) for q in record.quotes]
        for g in lines:
            if not g.get("required"):
                continue
            required[h] += 1
            gspan = trim(article.text, g["content"])
            best = max((jaccard(gspan, p) for p in printed), default=0.0)
            if best >= MATCH_JACCARD:
                continue
            if best > 0:
                cls = cut_form(article.text, gspan, printed)
            else:
                cls = "missed: " + form_of(article.text, gspan, g.get("kind", ""))
            counts[h][cls] += 1
            if h == "A" and args.show == "items":
                words = " ".join(article.text[gspan[0]:gspan[1]].split())
                print(f"[A] {article.path} {cls} ({g.get('kind')}, {g.get('speaker')}): {words[:220]}")
    for h in ("A", "B"):
        if args.half not in ("all", h):
            continue
        total = sum(counts[h].values())
        print(f"half {h}{' (check, totals only)' if h == 'B' else ' (tuning)'}: {total} of {required[h]} "
              "required quotes missed or cut")
        for cls, n in sorted(counts[h].items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
