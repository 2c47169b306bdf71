"""The dashboard's JavaScript is vendored: every file is the one the manifest names, with its licence,
and no page loads anything from another host."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import wirecoder.web

WEB = Path(wirecoder.web.__file__).resolve().parent
VENDOR = WEB / "static" / "vendor"


def manifest() -> list[tuple[str, str, str]]:
    rows = []
    for line in (VENDOR / "MANIFEST.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, digest, package = line.split("\t")
            rows.append((name, digest, package))
    return rows


def test_every_vendored_file_matches_its_sha256():
    rows = manifest()
    assert rows
    for name, digest, _ in rows:
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name


def test_every_vendored_file_is_in_the_manifest():
    listed = {name for name, _, _ in manifest()}
    present = {p.name for p in VENDOR.iterdir() if p.name != "MANIFEST.tsv"}
    assert present == listed


def test_every_vendored_package_ships_its_licence():
    for package in {package for _, _, package in manifest()}:
        files = [name for name, _, p in manifest() if p == package]
        assert any(name.endswith(".LICENSE") for name in files), package
        assert any(name.endswith(".js") for name in files), package
    for name, _, _ in manifest():
        if name.endswith(".LICENSE"):
            text = (VENDOR / name).read_text("utf-8")
            assert "Permission" in text or "BSD" in text, name


def test_pages_load_scripts_from_the_package_only():
    for template in (WEB / "templates").glob("*.html"):
        text = template.read_text("utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), template.name
        for path in re.findall(r"""src=["'](/static/[^"']+)""", text):
            assert (WEB / path.lstrip("/")).exists(), path
