"""The project lock: one run at a time, also between processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from generator.lock import project_lock
from tests.conftest import checkout_env

# Another process that takes the lock: with "wait", it waits its turn.
OTHER = """
import sys
from pathlib import Path
from generator.lock import project_lock
options = {"on_wait": lambda m: print(m, flush=True)} if sys.argv[2] == "wait" else {}
with project_lock(Path(sys.argv[1]), **options):
    print("locked", flush=True)
"""


def other_process(root: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", OTHER, str(root), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=checkout_env(),
    )


def test_taking_the_lock_again_in_the_holding_process_keeps_it(tmp_path: Path) -> None:
    """The MkDocs plugin locks inside `briefing build`, which holds the lock: closing a
    second descriptor of the file would have released the record lock altogether."""
    with project_lock(tmp_path):
        with project_lock(tmp_path):
            pass
        _, stderr = other_process(tmp_path, "refuse").communicate(timeout=300)
        assert "another briefing run" in stderr and "wait for it to finish" in stderr
    out, _ = other_process(tmp_path, "refuse").communicate(timeout=300)
    assert out.strip() == "locked"  # released with the outer one


def test_a_waiting_run_goes_on_when_the_holder_is_done(tmp_path: Path) -> None:
    with project_lock(tmp_path):
        other = other_process(tmp_path, "wait")
        assert other.stdout is not None
        first = other.stdout.readline()
        assert "is working on this project; waiting for it to finish" in first, first
        time.sleep(0.5)
        assert other.poll() is None  # still waiting
    out, _ = other.communicate(timeout=300)
    assert out.strip() == "locked"
