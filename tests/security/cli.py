"""The `briefing` command in a subprocess, running this checkout's code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import checkout_env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator", *args]


def briefing(project: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args, "-C", str(project)),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=checkout_env(),
    )


def start(project: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(*args, "-C", str(project)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=checkout_env(),
    )
