"""The MkDocs build, called as a library so errors come back as our own."""

from __future__ import annotations

import logging

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException

from generator.config import Project
from generator.errors import BuildError


class _Collector(logging.Handler):
    """Keeps MkDocs' warnings so a failed strict build can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(project: Project, strict: bool = True) -> list[str]:
    """Build `site/` with MkDocs (the briefing plugin renders first); return its warnings."""
    collector = _Collector()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collector)
    project.docs_dir.mkdir(parents=True, exist_ok=True)  # MkDocs checks it before rendering
    try:
        config = load_config(str(project.config_file), strict=strict)
        mkdocs_build(config)
    except (Abort, ConfigurationError, MkDocsException) as err:
        detail = "; ".join(collector.messages[-5:]) or str(err)
        raise BuildError(project.config_file, f"MkDocs build failed: {detail}") from None
    finally:
        mkdocs_log.removeHandler(collector)
    return collector.messages
