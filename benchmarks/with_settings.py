"""Run a benchmark script, or the wirecoder command, with settings changed. ::

    python benchmarks/with_settings.py events.linking=nearest -- benchmarks/event_recall_audit.py --show none
    python benchmarks/with_settings.py events.linking=nearest -- wirecoder evaluate news --split dev --show none

Every ``SECTION.KEY=VALUE`` before ``--`` is laid over the package's settings.toml (checked as a settings
file is: a name the package does not know is refused; VALUE is read as TOML, else as a string), and
every ``wirecoder.load()`` the script makes then loads those settings. Why: the evaluations and audits
load the package's settings; an opt-in mode (such as ``[events] linking = "nearest"``) is measured with
the same scripts, not with copies of them.
"""

from __future__ import annotations

import runpy
import shutil
import sys
import tomllib
from typing import Any


def overrides(items: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        name, _, raw = item.partition("=")
        section, _, key = name.partition(".")
        if not (section and key and raw):
            raise SystemExit(f"with_settings: {item!r} is not SECTION.KEY=VALUE")
        try:
            value = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw
        out.setdefault(section, {})[key] = value
    return out


def main(argv: list[str]) -> None:
    if "--" not in argv:
        raise SystemExit(__doc__)
    cut = argv.index("--")
    changes, command = overrides(argv[:cut]), argv[cut + 1:]
    if not command:
        raise SystemExit("with_settings: no script to run after --")
    import wirecoder
    import wirecoder.pipeline as pipeline
    from wirecoder.settings import default_settings, load_settings
    from wirecoder.settings_check import check_settings

    check_settings(changes, default_settings(), "with_settings")
    load = pipeline.load

    def load_with(*args: Any, **kwargs: Any) -> Any:
        settings = load_settings(None)
        for section, values in changes.items():
            settings[section].update(values)
        kwargs["settings"] = settings
        return load(*args, **kwargs)

    wirecoder.load = pipeline.load = load_with  # type: ignore[assignment]
    script = command[0] if command[0].endswith(".py") else shutil.which(command[0]) or command[0]
    sys.argv = [script, *command[1:]]
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
