"""One exit-status rule for every command: 0 all done, 1 nothing done, 2 usage, 3 done in part."""

from __future__ import annotations

import pytest

from wirecoder.cli import main
from wirecoder.ingest.summary import IngestSummary

DISPATCH = ("Velmora and Tarsin sign port deal\n\nORVANE, May 3 (Reuters) - Velmora signed a port agreement "
            "with Norway on Tuesday, Foreign Minister Ivo Marsalk said.\n")


def ingest(tmp_path, *sources: str) -> tuple[int, str]:
    code = main(["ingest", *sources, "--db", str(tmp_path / "news.duckdb"), "--workers", "1", "--quiet"])
    return code, str(tmp_path / "news.duckdb")


def test_ingest_of_a_path_that_does_not_exist_exits_1(tmp_path, capsys):
    code, _ = ingest(tmp_path, str(tmp_path / "nowhere"))
    assert code == 1 and "no such file" in capsys.readouterr().out


def test_ingest_of_an_empty_folder_exits_1_and_says_so(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, _ = ingest(tmp_path, str(tmp_path / "empty"))
    assert code == 1 and "nothing to ingest" in capsys.readouterr().err


def test_ingest_of_a_folder_whose_items_all_fail_exits_1(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "a.txt").write_bytes(b"")
    (tmp_path / "bad" / "b.txt").write_bytes(b"\x00\x01" * 50)
    assert ingest(tmp_path, str(tmp_path / "bad"))[0] == 1


def test_ingest_with_some_failures_exits_3_and_a_rerun_exits_0(tmp_path):
    (tmp_path / "mixed").mkdir()
    (tmp_path / "mixed" / "good.txt").write_text(DISPATCH, encoding="utf-8")
    (tmp_path / "mixed" / "empty.txt").write_bytes(b"")
    assert ingest(tmp_path, str(tmp_path / "mixed"))[0] == 3
    (tmp_path / "mixed" / "empty.txt").unlink()
    assert ingest(tmp_path, str(tmp_path / "mixed"))[0] == 0  # all done before: nothing failed


@pytest.mark.parametrize("argv", [["events", "--no-such-option"], ["ingest", ".", "--workers", "0"],
                                  ["ingest", ".", "--batch-size", "x"]])
def test_a_usage_error_exits_2(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and "Traceback" not in capsys.readouterr().err


def test_the_progress_line_counts_committed_items_against_the_total():
    summary = IngestSummary(read=300, stored=100, duplicates=5, failed=3, skipped=12, coded=110, startup_s=1.0)
    assert summary.progress_line(12.0).startswith("120/300+ done (stored 100,")
    summary.read_all = True
    line = summary.progress_line(12.0)
    assert "120/300 done" in line and "10.0 articles/s" in line and "18 s left" in line
