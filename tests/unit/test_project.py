"""The README's quick start is what CI runs, and the package ships its data."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_single_line_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert "cercle --demo" in commands[0]
    assert "pytest" in commands[1]


def test_quick_start_makes_a_virtual_environment_first_and_names_the_libraries_qt_needs() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    first_command = section.index(_quick_start_commands()[0])
    assert -1 < section.find("python3 -m venv .venv") < first_command
    assert -1 < section.find(". .venv/bin/activate") < first_command
    assert "libxcb-cursor0" in section and "libegl1" in section  # what PySide6 fails without on Linux


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _quick_start_commands()[1] in ci


def test_a_failed_install_fails_the_ci_run(tmp_path: Path) -> None:
    """The README's command, run as .ci/run runs it with an install that fails, stops the run."""
    import subprocess

    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    start = lines.index(_quick_start_commands()[1]) - 1
    assert lines[start] == "(" and lines[start + 2] == ")"  # the command in a subshell of its own
    for tool, status in (("pip", 1), ("python", 0)):
        stub = tmp_path / tool
        stub.write_text(f"#!/bin/sh\necho {tool} >> '{tmp_path / 'called'}'\nexit {status}\n", encoding="utf-8")
        stub.chmod(0o755)
    script = "set -euo pipefail\n" + "\n".join(lines[start:start + 3]) + "\necho went on\n"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                            env={"PATH": f"{tmp_path}:/usr/bin:/bin"})
    assert result.returncode != 0
    assert "went on" not in result.stdout
    assert (tmp_path / "called").read_text().split() == ["pip"]  # and the tests were not run


def test_migrations_and_resources_are_package_data() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]
    assert "migrations/versions/*.py" in data["app.db"]
    assert "translations/*.qm" in data["resources"]
    deps = " ".join(config["project"]["dependencies"])
    assert "PySide6-Essentials" in deps and "PySide6>" not in deps and '"PySide6"' not in deps
