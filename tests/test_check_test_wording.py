"""The tests and the rule data repeat no gold article's wording (benchmarks/check_test_wording.py)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "check_test_wording.py"


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "news").is_dir(), reason="../shared is absent")
def test_no_line_repeats_a_gold_article():
    run = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
