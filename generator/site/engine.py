"""The MkDocs build, called as a library so errors come back as our own."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException

from generator.config import Project
from generator.errors import BuildError
from generator.logcollect import WarningCollector
from generator.site.external_engine import OFFLINE_VARIABLE, run_engine

ENGINES = ("mkdocs", "properdocs", "zensical")
DEFAULT_ENGINE = "mkdocs"


def build_site(
    project: Project,
    strict: bool = True,
    preview: bool = False,
    offline: bool = False,
    prerendered: bool = False,
    engine: str = DEFAULT_ENGINE,
) -> list[str]:
    """Build `site/` with MkDocs (the briefing plugin renders first); return its warnings.
    A preview shows drafts too, so it goes to its own folder, never to the public one.
    `offline` makes a copy that works from the file system, search included: no
    directory URLs, the search index as a script (Material's offline plugin).
    `prerendered`: the caller has just rendered the Markdown (as `preview` asks) under
    the project lock, so the plugin builds from it without rendering it again.
    `engine`: MkDocs (a library call), or ProperDocs or Zensical (their own commands),
    which build only Markdown rendered already: they need `prerendered`."""
    site_dir = preview_dir(project) if preview else project.site_dir
    if engine != DEFAULT_ENGINE:
        _check_engine(project, engine, prerendered)
        project.docs_dir.mkdir(parents=True, exist_ok=True)
        return run_engine(engine, project, site_dir, strict, offline)
    collector = WarningCollector()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collector)
    project.docs_dir.mkdir(parents=True, exist_ok=True)  # MkDocs checks it before rendering
    try:
        config = _load_config(project, strict, offline, site_dir)
        if preview:
            _plugin(config).config["preview"] = True
        if prerendered and (plugin := config.plugins.get("briefing")) is not None:
            plugin.prerendered = True
        mkdocs_build(config)
    except (Abort, ConfigurationError, MkDocsException) as err:
        detail = "; ".join(collector.messages[-5:]) or str(err)
        raise BuildError(project.config_file, f"MkDocs build failed: {detail}") from None
    finally:
        mkdocs_log.removeHandler(collector)
    return collector.messages


def preview_dir(project: Project) -> Path:
    return project.site_dir.with_name(f"{project.site_dir.name}-preview")


def _check_engine(project: Project, engine: str, prerendered: bool) -> None:
    if engine not in ENGINES:
        raise BuildError(
            project.config_file, f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}"
        )
    if not prerendered:
        raise BuildError(
            project.config_file,
            f"{engine} builds only Markdown rendered already: run `briefing build --engine "
            f"{engine}`, which renders first",
        )


def _plugin(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("briefing")
    if plugin is None:
        raise BuildError(
            config.config_file_path, "a preview needs the briefing plugin in mkdocs.yml"
        )
    return plugin


def _load_config(project: Project, strict: bool, offline: bool, site_dir: Path) -> MkDocsConfig:
    """mkdocs.yml reads !ENV BRIEFING_OFFLINE when it is loaded; set it for that only."""
    before = os.environ.get(OFFLINE_VARIABLE)
    if offline:
        os.environ[OFFLINE_VARIABLE] = "true"
    try:
        return load_config(str(project.config_file), strict=strict, site_dir=str(site_dir))
    finally:
        if before is None:
            os.environ.pop(OFFLINE_VARIABLE, None)
        else:
            os.environ[OFFLINE_VARIABLE] = before
