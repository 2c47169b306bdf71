"""What an ingest did, and the progress line that shows it while it runs."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..store.writer import DUPLICATE, NEAR_DUPLICATE, STORED, Outcome


@dataclass
class IngestSummary:
    """What an ingest did. ``failures`` counts the reasons; ``examples`` names a few items for each.

    Every count but ``read``, ``skipped`` and ``coded`` is of outcomes committed to the store, so the
    progress line never runs ahead of what a kill would keep.
    """

    read: int = 0
    skipped: int = 0  # already in the ingest log from an earlier run
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    coded: int = 0  # texts that went through the pipeline
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    # Items stored with a warning from their reader (decoded as cp1252, a malformed feed read anyway).
    warnings: Counter[str] = field(default_factory=Counter)
    warned: dict[str, list[str]] = field(default_factory=dict)
    elapsed_s: float = 0.0
    startup_s: float = 0.0  # loading the pipeline(s), before the first text is coded
    read_all: bool = False  # the sources are read to the end: ``read`` is the total
    interrupted: str | None = None  # the signal that stopped the run (SIGINT, SIGTERM), if one did

    @property
    def rate(self) -> float:
        """Articles coded per second, pipeline loading left out."""
        busy = self.elapsed_s - self.startup_s
        return self.coded / busy if busy > 0 else 0.0

    @property
    def done(self) -> int:
        """Items settled: committed to the store (stored, duplicate or failed) or done before."""
        return self.stored + self.duplicates + self.near_duplicates + self.failed + self.skipped

    @property
    def processed(self) -> int:
        """Items this run settled (``done`` without those an earlier run did)."""
        return self.done - self.skipped

    def count(self, outcome: Outcome) -> None:
        for warning in outcome.record.warnings if outcome.record is not None else []:
            group = reason_group(warning)
            self.warnings[group] += 1
            examples = self.warned.setdefault(group, [])
            if len(examples) < 3:
                examples.append(outcome.item)
        if outcome.status == STORED:
            self.stored += 1
        elif outcome.status == DUPLICATE:
            self.duplicates += 1
        elif outcome.status == NEAR_DUPLICATE:
            self.near_duplicates += 1
        else:
            self.failed += 1
            reason = reason_group(outcome.reason or "unknown")
            self.failures[reason] += 1
            examples = self.examples.setdefault(reason, [])
            if len(examples) < 3:
                examples.append(outcome.item)

    def progress_line(self, elapsed: float) -> str:
        """``120/300 done (stored 100, ...) | 3.1 articles/s, 58 s left``: the total is known once the
        sources are read to the end (until then ``120/300+``), the time left once texts are coded."""
        busy = elapsed - self.startup_s
        rate = self.coded / busy if busy > 0 and self.coded else 0.0
        total = f"{self.read:,}" if self.read_all else f"{self.read:,}+"
        line = (f"{self.done:,}/{total} done (stored {self.stored:,}, duplicates "
                f"{self.duplicates + self.near_duplicates:,}, failed {self.failed:,}, already done "
                f"{self.skipped:,}) | {rate:.1f} articles/s")
        if rate and self.read_all and self.done < self.read:
            line += f", {_duration((self.read - self.done) / rate)} left"
        return line

    def format(self) -> str:
        lines = [f"read {self.read:,} items in {self.elapsed_s:.1f} s: stored {self.stored:,}, "
                 f"duplicates {self.duplicates:,}, near-duplicates {self.near_duplicates:,}, "
                 f"failed {self.failed:,}, already done {self.skipped:,}"]
        if self.coded:
            lines.append(f"coded {self.coded:,} articles at {self.rate:.1f} articles/s "
                         f"(after {self.startup_s:.1f} s loading)")
        for reason, n in self.failures.most_common():
            lines.append(f"  failed {n:,} x {reason}: {', '.join(self.examples[reason])}"
                         + (", ..." if n > len(self.examples[reason]) else ""))
        for warning, n in self.warnings.most_common():
            lines.append(f"  warned {n:,} x {warning}: {', '.join(self.warned[warning])}"
                         + (", ..." if n > len(self.warned[warning]) else ""))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "skipped": self.skipped, "stored": self.stored,
                "duplicates": self.duplicates, "near_duplicates": self.near_duplicates,
                "failed": self.failed, "coded": self.coded, "failures": dict(self.failures),
                "warnings": dict(self.warnings),
                "elapsed_s": round(self.elapsed_s, 3), "startup_s": round(self.startup_s, 3),
                "articles_per_s": round(self.rate, 2), "interrupted": self.interrupted}


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


def reason_group(reason: str) -> str:
    """Failures grouped by the reason's first clause: "line 3: not valid JSON (...)" -> "not valid JSON",
    "empty file: nothing to read" -> "empty file"."""
    head = reason.split(" (")[0].split("; ")[0]
    if re.match(r"line \d+: ", head):
        head = head.split(": ", 1)[1]
    return head.split(": ")[0]


class Progress:
    """A ``\\r`` line on a terminal; on anything else a line every ``every`` seconds (and at the first commit)."""

    def __init__(self, stream: TextIO | None, every: float = 10.0) -> None:
        self.stream = stream
        self.tty = bool(stream is not None and stream.isatty())
        self.every = 0.5 if self.tty else every
        self.last = time.monotonic()
        self.lines = 0

    def show(self, summary: IngestSummary, elapsed: float, force: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (not force and now - self.last < self.every):
            return
        self.last = now
        line = "wirecoder ingest: " + summary.progress_line(elapsed)
        if self.tty:
            self.stream.write("\r" + line + "\x1b[K")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
        self.lines += 1

    def end(self) -> None:
        if self.stream is not None and self.tty and self.lines:
            self.stream.write("\n")
            self.stream.flush()
