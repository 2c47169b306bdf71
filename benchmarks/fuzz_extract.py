"""A bounded fuzz run of `extract`: random and mutated dispatches, each must give a record whose spans
index its text, or a one-line InputError; anything else (an exception, a span out of place) is a find.

Plain mutation loop (atheris does not install here): seeds are invented dispatches; each input is a
seed mutated 1 to 8 times (bytes flipped, inserted, deleted, truncated, spliced with another seed,
CRLF, BOM, control characters, emoji, combining marks, other scripts) or plain random bytes::

    python benchmarks/fuzz_extract.py --count 2000 --seed 1

Prints the number of inputs tried, how each ended, and every find with a reproducible input (hex).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter

import wirecoder
from wirecoder.errors import InputError
from wirecoder.record import Record
from wirecoder.sources import decode_bytes

SEEDS = [
    "Velmora and Tarsin sign port deal\n\nORVANE, May 3 (Reuters) - Velmora signed a port agreement with "
    "Tarsin on Tuesday, Foreign Minister Ivo Marsalk said. \"We will open the harbour,\" Marsalk told "
    "reporters.\n\nOfficials from Norway accused Sweden of delaying the talks.\n",
    "OSLO, June 2 - Norway and Chile held talks on fishing rights. The minister said the meeting was useful.",
    "Kenya warns Ghana over border\r\n\r\nNAIROBI (AP) — Kenya's interior minister, Ada Kwenbury, warned Ghana "
    "on Friday that it could impose sanctions. “This is the last chance,” she said.\r\n",
    "Peru threatens to cut ties with Poland, says Tessa Brulk, the Peruvian trade minister.",
]
INSERTS = ["\r\n", "\n\n", "\ufeff", "\u0301", "\U0001f600", "\x0b", "\x1f", "\x7f", "\u2028", "\u200b", "\u201c",
           "\"", "(Reuters) -", "said", "Министр заявил", "وزير", "部长", "\t", " " * 40, "=2+3", "@SUM(1"]


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        at = rng.randint(0, len(b))
        if op == 0 and b:
            b[min(at, len(b) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del b[at:at + rng.randint(1, 30)]
        elif op == 3:
            b = b[:at]
        elif op == 4:
            other = rng.choice(SEEDS).encode("utf-8")
            cut = rng.randint(0, len(other))
            b[at:at] = other[cut:cut + rng.randint(10, 200)]
        else:
            b[at:at] = rng.choice(INSERTS).encode("utf-8")
    return bytes(b)


def problems(record: Record) -> list[str]:
    text, n, out = record.text, len(record.text), []

    def bad(span) -> bool:
        return span is not None and not (0 <= span[0] <= span[1] <= n)

    if record.headline_span and record.headline != text[record.headline_span[0]:record.headline_span[1]]:
        out.append("headline does not match its span")
    for a in record.actors:
        if not a.id or a.id.endswith(":"):
            out.append(f"empty actor id {a.id!r}")
        out += [f"mention {m} out of the text" for m in a.mentions if bad(m)]
    for q in record.quotes:
        if bad(q.span) or q.text != text[q.span[0]:q.span[1]]:
            out.append(f"quote span {q.span} does not index its text")
    for e in record.events:
        if bad(e.span) or bad(e.trigger):
            out.append(f"event span {e.span} out of the text")
    if Record.from_dict(record.to_dict()) != record:
        out.append("does not round-trip")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="inputs to try (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pipeline = wirecoder.load()
    outcomes: Counter[str] = Counter()
    finds: list[tuple[str, bytes]] = []
    start = time.monotonic()
    for _ in range(args.count):
        if rng.random() < 0.1:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
        else:
            data = mutate(rng, rng.choice(SEEDS).encode(rng.choice(["utf-8", "utf-8", "utf-16", "cp1252"]),
                                                         "replace"))
        try:
            record = pipeline.extract(decode_bytes(data, source="fuzz"))
        except InputError as exc:
            outcomes["one-line error" if "\n" not in str(exc) else "multi-line error"] += 1
            if "\n" in str(exc):
                finds.append((f"error of several lines: {exc!r}", data))
            continue
        except Exception as exc:  # a find
            outcomes["exception"] += 1
            finds.append((f"{type(exc).__name__}: {exc}", data))
            continue
        found = problems(record)
        outcomes["record" if not found else "bad record"] += 1
        finds += [(p, data) for p in found]
    seconds = time.monotonic() - start
    print(f"fuzz_extract: {args.count:,} inputs in {seconds:.0f} s (seed {args.seed}): "
          + ", ".join(f"{n:,} {k}" for k, n in outcomes.most_common()))
    for what, data in finds[:20]:
        print(f"  FIND {what}\n    input (hex): {data.hex()}")
    print(f"finds: {len(finds)}")
    return 1 if finds else 0


if __name__ == "__main__":
    sys.exit(main())
