"""The MkDocs side: re-render the Markdown before each build, watch the sources.

With this plugin `mkdocs build` and `mkdocs serve` always show the current
briefings and templates; `mkdocs serve` reloads when a YAML file or a template
changes. Engines that run no plugins (Zensical) build the Markdown that
`briefing render` left on disk. `briefing build` renders before it calls MkDocs
(to report broken briefings by name) and tells the plugin so: rendering again
would double the cost of the render and say each problem twice.

Each build holds the project's lock from rendering until the site is written, so
`briefing serve` never renders while `briefing ingest` writes briefings, nor builds
from Markdown that `briefing render` is rewriting. A build waits for its turn rather
than fail: a rebuild refused while ingest runs would leave the served site stale
once ingest is done, as nothing changes after it to trigger another.
"""

from __future__ import annotations

import logging
import os
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.config import PREVIEW_VARIABLE, load_project
from generator.errors import GeneratorError
from generator.lock import project_lock
from generator.site.external_engine import PRERENDERED_VARIABLE
from generator.site.feeds import announce_feeds
from generator.site.render import BUILTIN_TEMPLATES, render
from generator.site.worldmap import relative_map_links

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingPlugin(BasePlugin):
    # preview: drafts and briefings in review too (`briefing build --preview` sets it).
    config_scheme = (("preview", config_options.Type(bool, default=False)),)
    # Set by `briefing build`, which rendered the Markdown under the lock it holds; not a
    # setting of mkdocs.yml, where it would leave `mkdocs build` showing stale pages.
    prerendered: bool = False
    _lock: ExitStack | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # `briefing serve --preview` runs MkDocs' own serve, which takes no plugin
        # options: it asks for the preview through the environment.
        if os.environ.get(PREVIEW_VARIABLE) == "true":
            self.config["preview"] = True
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if os.environ.get(PRERENDERED_VARIABLE):
            # ProperDocs run by `briefing build`, which holds the lock and has rendered.
            log.debug("briefing: the Markdown is rendered already, under the caller's lock")
            return
        try:
            project = load_project(Path(config.config_file_path).parent)
            self._lock = ExitStack()  # released by on_post_build or on_build_error
            self._lock.enter_context(project_lock(project.root, on_wait=log.info))
            if self.prerendered:
                log.debug("briefing: the Markdown is rendered already")
                return
            report = render(project, preview=self.config["preview"])
        except GeneratorError as err:
            raise PluginError(str(err)) from None
        for problem in report.problems:
            log.warning(str(problem))
        log.info(f"briefing: {report.pages} pages rendered, {report.changed} changed")

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The countries map links to the Markdown of country pages: give them the
        built pages' URLs, as MkDocs does for Markdown links."""

        def url_of(src: str) -> str | None:
            found = files.get_file_from_path(src)
            return found.url_relative_to(page.file) if found is not None else None

        return relative_map_links(html, page.file.src_uri, url_of)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Every page announces the site's Atom feed in its head, a relative link so
        the `--offline` copy finds it too."""
        return announce_feeds(output, page.url)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._release()

    def on_build_error(self, *, error: Exception) -> None:
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        project = load_project(Path(config.config_file_path).parent)
        for folder in (project.briefings_dir, project.templates_dir, BUILTIN_TEMPLATES):
            if folder.is_dir():
                server.watch(str(folder))
        return server
