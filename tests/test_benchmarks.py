"""The benchmark scripts run as a user runs them: `python benchmarks/NAME.py`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO, checkout_env

BENCHMARKS = REPO / "benchmarks"
SCRIPTS = sorted(
    p.stem for p in BENCHMARKS.glob("*.py") if 'if __name__ == "__main__"' in p.read_text()
)


def test_no_benchmark_shadows_a_standard_module() -> None:
    """Python puts a script's folder first on sys.path: benchmarks/html.py made
    `import html` (BeautifulSoup's, http.server's) load the benchmark."""
    names = {p.stem for p in BENCHMARKS.glob("*.py")}
    assert not names & sys.stdlib_module_names


@pytest.mark.parametrize("script", SCRIPTS)
def test_benchmark_script_answers_help(script: str) -> None:
    result = subprocess.run(
        [sys.executable, f"benchmarks/{script}.py", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=checkout_env(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: {script}.py"), result.stdout
