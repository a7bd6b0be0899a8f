"""ProperDocs and Zensical, run as their own commands from this Python environment.

They are separate programs with their own copies of MkDocs' internals (ProperDocs
replaces the `mkdocs` module when it runs), so each runs in a child process rather
than beside MkDocs in ours. `briefing build` renders the Markdown before it calls
them, so the site needs nothing from our MkDocs plugin: ProperDocs is told so
(`BRIEFING_PRERENDERED`) and Zensical runs no plugins at all.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import generator
from generator.config import Project
from generator.errors import BuildError

OFFLINE_VARIABLE = "BRIEFING_OFFLINE"  # mkdocs.yml enables the offline plugin with it
PRERENDERED_VARIABLE = "BRIEFING_PRERENDERED"  # the plugin neither renders nor locks
ENGINE_CONFIG = ".briefing-engine.yml"  # Zensical has no --site-dir: a config inherits


def run_engine(
    engine: str, project: Project, site_dir: Path, strict: bool, offline: bool
) -> list[str]:
    """Build `site_dir` with `engine` (properdocs or zensical); return its warnings."""
    if importlib.util.find_spec(engine) is None:
        raise BuildError(
            project.config_file,
            f"the {engine} engine is not installed: pip install -r requirements.txt",
        )
    config = _config_for(engine, project, site_dir)
    command = [sys.executable, "-m", engine, "build", "-f", str(config)]
    if engine == "properdocs":
        command += ["-d", str(site_dir), "--strict" if strict else "--no-strict"]
    elif strict:
        command.append("--strict")
    try:
        done = subprocess.run(
            command,
            cwd=project.root,
            env=_environment(offline),
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        if config.name == ENGINE_CONFIG:
            config.unlink(missing_ok=True)
    output = (done.stdout + done.stderr).splitlines()
    warnings = [line.strip() for line in output if _is_warning(line)]
    if done.returncode != 0:
        detail = "; ".join((warnings or [line for line in output if line.strip()])[-5:])
        raise BuildError(project.config_file, f"{engine} build failed: {detail}")
    return warnings


def _config_for(engine: str, project: Project, site_dir: Path) -> Path:
    """The project's mkdocs.yml, or for Zensical building elsewhere than its site_dir
    a small config beside it that inherits everything but the output folder."""
    if engine != "zensical" or site_dir.resolve() == project.site_dir.resolve():
        return project.config_file
    config = project.root / ENGINE_CONFIG
    target = os.path.relpath(site_dir, project.root)
    config.write_text(
        f"INHERIT: {project.config_file.name}\nsite_dir: {target}\n",
        encoding="utf-8",
    )
    return config


def _environment(offline: bool) -> dict[str, str]:
    """The child runs this same generator (its plugin, if the engine loads it)."""
    env = dict(os.environ)
    here = str(Path(generator.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    env[PRERENDERED_VARIABLE] = "true"
    if offline:
        env[OFFLINE_VARIABLE] = "true"
    else:
        env.pop(OFFLINE_VARIABLE, None)
    return env


def _is_warning(line: str) -> bool:
    return line.lstrip().startswith(("WARNING", "ERROR")) or "warning:" in line.lower()
